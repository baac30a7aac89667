"""The rules of a case's course: which status may follow which, and when follow-up is due."""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

from kastdesk.domain.models import Status
from kastdesk.i18n import tr

# Forward along the course, plus re-opening: former clients come back with new problems.
# "Ended" means treatment ended and a follow-up interview is due: a case still at intake
# never had treatment to end (a client referred elsewhere after intake ended up with a
# six-month follow-up), so from intake the way out is closing.
ALLOWED: dict[Status, frozenset[Status]] = {
    Status.FIRST_CONTACT: frozenset({Status.INTAKE, Status.IN_TREATMENT, Status.CLOSED}),
    Status.INTAKE: frozenset({Status.IN_TREATMENT, Status.CLOSED}),
    Status.IN_TREATMENT: frozenset({Status.ENDED, Status.CLOSED}),
    Status.ENDED: frozenset({Status.FOLLOW_UP, Status.CLOSED, Status.INTAKE, Status.IN_TREATMENT}),
    Status.FOLLOW_UP: frozenset({Status.CLOSED, Status.INTAKE, Status.IN_TREATMENT}),
    Status.CLOSED: frozenset({Status.INTAKE, Status.IN_TREATMENT}),
}

FOLLOW_UP_MONTHS = 6
#: The statuses after treatment: the course has ended (a follow-up may still be due).
AFTER_TREATMENT = frozenset({Status.ENDED, Status.FOLLOW_UP, Status.CLOSED})
#: The statuses in which a follow-up is still to be held (the Due list, the register, the
#: case summary's "overdue").
FOLLOW_UP_PENDING = frozenset({Status.ENDED, Status.FOLLOW_UP})


def status_label(status: Status) -> str:
    return {
        Status.FIRST_CONTACT: tr("Status", "First contact"),
        Status.INTAKE: tr("Status", "Intake"),
        Status.IN_TREATMENT: tr("Status", "In treatment"),
        Status.ENDED: tr("Status", "Ended"),
        Status.FOLLOW_UP: tr("Status", "Follow-up"),
        Status.CLOSED: tr("Status", "Closed"),
    }[status]


def can_change(old: Status, new: Status) -> bool:
    return new in ALLOWED[old]


def why_not(old: Status, new: Status) -> str:
    return tr("Status", "A case cannot go from “{old}” to “{new}”.").format(
        old=status_label(old), new=status_label(new)
    )


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def follow_up_due(last_contact: date, months: int = FOLLOW_UP_MONTHS) -> date:
    """The follow-up interview is due six months after the last contact (domain.md)."""
    return add_months(last_contact, months)


def waiting_days(first_contact: date | None, first_session: date | None) -> int | None:
    """Days from first contact to first session: what the clinics are judged by."""
    if first_contact is None or first_session is None:
        return None
    return (first_session - first_contact).days


class EndReason(StrEnum):
    """Why treatment ended or a case was closed: the clinic's yearly counts and the
    evaluations tell a completed course from a drop-out, a referral or a client lost."""

    COMPLETED = "completed"
    CLIENT_STOPPED = "client_stopped"
    DROPPED_OUT = "dropped_out"
    REFERRED = "referred"
    NOT_TARGET_GROUP = "not_target_group"
    NOT_REACHED = "not_reached"
    FOLLOW_UP_HELD = "follow_up_held"
    DECLINED_FOLLOW_UP = "declined_follow_up"
    OTHER = "other"


# Reasons after which no follow-up interview is planned: a client who stopped coming or
# cannot be reached is not called in six months later (the Due list kept such a case
# overdue for years).
NO_FOLLOW_UP = frozenset({EndReason.DROPPED_OUT, EndReason.NOT_REACHED})

_BEFORE_TREATMENT = (
    EndReason.NOT_TARGET_GROUP, EndReason.REFERRED, EndReason.CLIENT_STOPPED,
    EndReason.NOT_REACHED, EndReason.OTHER,
)
_IN_TREATMENT = (
    EndReason.COMPLETED, EndReason.CLIENT_STOPPED, EndReason.DROPPED_OUT,
    EndReason.REFERRED, EndReason.NOT_REACHED, EndReason.OTHER,
)
_AFTER_TREATMENT = (
    EndReason.FOLLOW_UP_HELD, EndReason.NOT_REACHED, EndReason.DECLINED_FOLLOW_UP,
    EndReason.OTHER,
)


def end_reasons(old: Status, new: Status) -> tuple[EndReason, ...]:
    """The reasons offered for the move from ``old`` to ``new`` (none for other moves):
    what fits where the case stands, so the list stays short."""
    if new is Status.ENDED:
        return _IN_TREATMENT
    if new is not Status.CLOSED:
        return ()
    if old in (Status.FIRST_CONTACT, Status.INTAKE):
        return _BEFORE_TREATMENT
    if old is Status.IN_TREATMENT:
        return _IN_TREATMENT
    return _AFTER_TREATMENT


def end_reason_label(reason: EndReason) -> str:
    return {
        EndReason.COMPLETED: tr("Status", "Treatment completed"),
        EndReason.CLIENT_STOPPED: tr("Status", "Client chose to stop"),
        EndReason.DROPPED_OUT: tr("Status", "Dropped out (stopped coming)"),
        EndReason.REFERRED: tr("Status", "Referred elsewhere"),
        EndReason.NOT_TARGET_GROUP: tr("Status", "Not in the target group"),
        EndReason.NOT_REACHED: tr("Status", "Could not be reached"),
        EndReason.FOLLOW_UP_HELD: tr("Status", "Follow-up held"),
        EndReason.DECLINED_FOLLOW_UP: tr("Status", "Client declined the follow-up"),
        EndReason.OTHER: tr("Status", "Other"),
    }[reason]


def status_note(reason: EndReason | None, text: str = "") -> str:
    """The status history's note: the reason in words, then what the therapist added
    ("Referred elsewhere – DPS Oslo"); the case summary's history prints it as it stands.
    "Other" with words of its own is just those words."""
    text = " ".join(text.split())
    if reason is None or (reason is EndReason.OTHER and text):
        return text
    label = end_reason_label(reason)
    return f"{label} – {text}" if text else label
