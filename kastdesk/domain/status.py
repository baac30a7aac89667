"""The rules of a case's course: which status may follow which, and when follow-up is due."""

from __future__ import annotations

import calendar
from datetime import date

from kastdesk.domain.models import Status
from kastdesk.i18n import tr

# Forward along the course, plus re-opening: former clients come back with new problems.
ALLOWED: dict[Status, frozenset[Status]] = {
    Status.FIRST_CONTACT: frozenset({Status.INTAKE, Status.IN_TREATMENT, Status.CLOSED}),
    Status.INTAKE: frozenset({Status.IN_TREATMENT, Status.ENDED, Status.CLOSED}),
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
