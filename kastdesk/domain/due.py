"""What needs the therapist's attention soon: follow-ups, start self-ratings not filled
in, waiting clients, silent cases.

Qt-free so the "Due" view, the CLI and reports can share one definition of "due".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kastdesk.domain.models import RegisterEntry, Status
from kastdesk.domain.status import FOLLOW_UP_PENDING

# A follow-up is listed two weeks ahead so the therapist has time to book it.
FOLLOW_UP_HORIZON_DAYS = 14
# A case in treatment with no contact for two months has probably dropped out.
SILENCE_DAYS = 60

_WAITING_STATUSES = frozenset({Status.FIRST_CONTACT, Status.INTAKE})
#: Before treatment has ended: the start form is still to be had (after it, the start
#: point goes missed by the self-rating tab's rule, and the end and follow-up are due).
_BEFORE_THE_END = frozenset({Status.FIRST_CONTACT, Status.INTAKE, Status.IN_TREATMENT})
#: The register's word for a start form not complete (``RegisterEntry.start_form``).
START_FORM_OPEN = frozenset({"none", "partly"})


@dataclass(frozen=True)
class DueItem:
    """One line of the due view; ``days`` is overdue days, waiting days or silent days."""

    entry: RegisterEntry
    day: date | None
    days: int


@dataclass
class DueLists:
    follow_ups: list[DueItem] = field(default_factory=list)
    waiting: list[DueItem] = field(default_factory=list)
    silent: list[DueItem] = field(default_factory=list)
    #: Start self-ratings not filled in (or left partly filled in) since the first session.
    start_forms: list[DueItem] = field(default_factory=list)
    #: As ``start_forms``, but where the register does not know yet whether the start form
    #: was filled in: a line from before it kept that (index schema step 3), until it is
    #: checked in the background after unlock or its case is opened, or a case whose forms
    #: could not be read. After an upgrade the group was empty for a case 210 days overdue
    #: (QA 19 #12); the Due list names these. Not counted as due: nothing is known yet.
    unchecked_start_forms: list[DueItem] = field(default_factory=list)

    def __len__(self) -> int:
        return (len(self.follow_ups) + len(self.waiting) + len(self.silent)
                + len(self.start_forms))


def due_lists(
    entries: Iterable[RegisterEntry],
    today: date | None = None,
    *,
    horizon_days: int = FOLLOW_UP_HORIZON_DAYS,
    silence_days: int = SILENCE_DAYS,
) -> DueLists:
    """Sort the register into the three lists, most urgent first in each.

    Follow-ups: due within ``horizon_days`` or overdue (``days`` > 0 means overdue).
    Waiting: no first session yet (``days`` waited so far since first contact).
    Silent: in treatment, last contact (or first contact if none) ``silence_days`` ago or more.
    Start forms: the start self-rating not filled in (or only partly) from the day of the
    first session on, while treatment has not ended (``days``: since the first session).
    Only follow-ups were listed: a start form missed at the first session showed nowhere
    but in the case's own Self-rating tab. Unchecked start forms: as start forms, where the
    register does not know the form's state yet (``RegisterEntry.start_form`` None).
    """
    today = today or date.today()
    lists = DueLists()
    horizon = today + timedelta(days=horizon_days)
    for entry in entries:
        if (entry.status in FOLLOW_UP_PENDING and entry.followup_due is not None
                and entry.followup_due <= horizon):
            lists.follow_ups.append(
                DueItem(entry, entry.followup_due, (today - entry.followup_due).days)
            )
        first = entry.first_session_date
        if entry.status in _BEFORE_THE_END and first is not None and first <= today:
            if entry.start_form in START_FORM_OPEN:
                lists.start_forms.append(DueItem(entry, first, (today - first).days))
            elif entry.start_form is None:
                lists.unchecked_start_forms.append(DueItem(entry, first, (today - first).days))
        if entry.status in _WAITING_STATUSES and entry.first_session_date is None:
            since = entry.first_contact_date
            lists.waiting.append(DueItem(entry, since, (today - since).days if since else 0))
        if entry.status is Status.IN_TREATMENT:
            last = entry.last_contact_date or entry.first_contact_date
            if last is not None and (today - last).days >= silence_days:
                lists.silent.append(DueItem(entry, last, (today - last).days))
    for items in (lists.follow_ups, lists.waiting, lists.silent, lists.start_forms,
                  lists.unchecked_start_forms):
        items.sort(key=lambda item: (-item.days, item.entry.code))
    return lists


__all__ = ["FOLLOW_UP_HORIZON_DAYS", "SILENCE_DAYS", "START_FORM_OPEN", "DueItem", "DueLists",
           "due_lists"]
