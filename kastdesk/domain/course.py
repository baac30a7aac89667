"""When treatment ended: the one day the end-of-treatment point and every follow-up count from.

domain.md: "End of treatment, then a follow-up interview six months after the last
contact". The last contact *of the treatment*: a follow-up call documented as a session
(the only place a contact can be written down) is not a new end of treatment. It moved
the end point, the six-month and the 24-month follow-up by six months each, marked the
points already done as overdue, and the 24-month follow-up left the Due list until six
months after it was due.

The rule (``end_of_treatment``): treatment ends on the day of the last session held on or
before the day the case's status left treatment (ended, follow-up or closed), counting
only the sessions of the current course (on or after the day a closed or ended case was
last re-opened); without such a session, on the day the status changed. A session later
than that day never moves it. Every place a follow-up date or a measurement point is
computed goes through this function: the self-rating tab's points, the case's follow-up
date (register, overview, Due list, case summary) when a follow-up form is saved, and the
six-month date set when treatment is ended.

Pure dates, no store and no Qt: the store, the forms and the UI all call it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol

from kastdesk.domain.models import Status
from kastdesk.domain.status import AFTER_TREATMENT


class _Change(Protocol):
    """One line of a case's status history (``kastdesk.domain.models.StatusChange``)."""

    @property
    def at(self) -> date: ...

    @property
    def status(self) -> Status: ...


def treatment_left_on(history: Sequence[_Change]) -> date | None:
    """The day the case's status left treatment for the last time: the first of the
    unbroken run of after-treatment statuses (ended, follow-up, closed) it is in now.
    ``None`` while the case is before or in treatment (and for an empty history)."""
    left = None
    for change in history:
        left = (left or change.at) if change.status in AFTER_TREATMENT else None
    return left


def closed_on(history: Sequence[_Change]) -> date | None:
    """The day a closed case was closed (its last move to closed); None if never."""
    return next((c.at for c in reversed(history) if c.status is Status.CLOSED), None)


def missed_before_closing(due: date | None, history: Sequence[_Change],
                          today: date) -> bool:
    """Whether a closed case's follow-up date fell due while the case was still open (a
    follow-up missed, said as "passed; the case is closed"); a date after the closing is no
    follow-up planned. The overview and the case summary both ask here."""
    return due is not None and due < (closed_on(history) or today)


def course_began_on(history: Sequence[_Change]) -> date | None:
    """The day the current course of the case began: the last time it was re-opened
    (moved from an after-treatment status back to intake or treatment). ``None`` for a
    case never re-opened: its course began with the case."""
    began = None
    after = False
    for change in history:
        now_after = change.status in AFTER_TREATMENT
        if after and not now_after:
            began = change.at
        after = now_after
    return began


def end_of_treatment_day(
    left_on: date, session_days: Iterable[date], course_began: date | None = None
) -> date:
    """The day treatment ended, for a case whose status left treatment on ``left_on``: the
    last of ``session_days`` (the days sessions were held) on or before ``left_on`` and,
    for a re-opened case, on or after ``course_began``; ``left_on`` when there is none."""
    return max(
        (d for d in session_days
         if d <= left_on and (course_began is None or d >= course_began)),
        default=left_on,
    )


def end_of_treatment(history: Sequence[_Change], session_days: Iterable[date]) -> date | None:
    """The day treatment ended (see the module's rule), or ``None`` while the case is
    before or in treatment. ``history`` is the case's status history, oldest first;
    ``session_days`` the days its sessions were held."""
    left = treatment_left_on(history)
    if left is None:
        return None
    return end_of_treatment_day(left, session_days, course_began_on(history))


__all__ = [
    "closed_on",
    "course_began_on",
    "end_of_treatment",
    "end_of_treatment_day",
    "missed_before_closing",
    "treatment_left_on",
]
