"""Save and load form responses through the case file's generic versioned document store.

Duck-typed against the store's contract (``case.transaction(label)`` and
``case.documents.put/get/history/list_ids``) so this package never imports the store.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from kastdesk.domain.models import Status
from kastdesk.forms.responses import FormResponse
from kastdesk.forms.schedule import (
    MeasurementPoint,
    add_months,
    assign_responses,
    counts_for,
)

KIND = "form_response"
#: Where a case's later follow-up points are kept (a versioned document): here, not in the
#: self-rating tab, so the case's follow-up date (register, Due list) follows the same plan.
PLAN_KIND, PLAN_ID = "self_rating_plan", "plan"
#: The later points a case has until the therapist plans others: the evaluation's two years.
DEFAULT_EXTRA_MONTHS = (24,)


class _Documents(Protocol):
    def put(self, kind: str, doc_id: str, data: dict[str, Any], session_id: str | None) -> Any: ...
    def get(self, kind: str, doc_id: str) -> dict[str, Any] | None: ...
    def history(self, kind: str, doc_id: str) -> list[Any]: ...
    def list_ids(self, kind: str) -> list[str]: ...


class CaseLike(Protocol):
    """What this module needs from an open case file."""

    documents: _Documents

    def transaction(self, label: str) -> Any: ...


def save_response(
    case: CaseLike,
    response: FormResponse,
    session_id: str | None = None,
    label: str | None = None,
    *,
    draft: bool = False,
) -> str:
    """Store ``response`` as a new version under its ``response_id``; return that id.

    Opens its own named transaction so the label shows in undo and audit; a correction
    of a typed-in paper form is a new version of the same document, not a new response.
    ``draft`` is for autosave while typing: it overwrites the newest version when that
    was saved in the same session, so typing does not pile up versions.
    """
    text = label or f"{response.form_id.replace('_', ' ').capitalize()}: save answers"
    with case.transaction(text):
        if draft:
            case.documents.put(
                KIND, response.response_id, response.to_dict(), session_id, replace_latest=True
            )
        else:
            case.documents.put(KIND, response.response_id, response.to_dict(), session_id)
            _follow_up_done(case, response)
    return response.response_id


def planned_extra_months(case: CaseLike) -> list[int]:
    """The later follow-up points planned for the case, in months after the last contact."""
    data = case.documents.get(PLAN_KIND, PLAN_ID)
    months = data.get("extra_months", DEFAULT_EXTRA_MONTHS) if data else DEFAULT_EXTRA_MONTHS
    return [int(m) for m in months]


def _follow_up_done(case: CaseLike, response: FormResponse) -> None:
    """A follow-up scale filled in at (or after) the follow-up date means that follow-up took
    place: the case's follow-up date moves on to the next planned follow-up point (the
    24-month one by default), or is cleared when none is left, so the due view lists each
    follow-up point the self-rating tab shows (it listed the six-month one only).

    Only for an ended case or one in follow-up, and by the self-rating tab's rule
    (``counts_for``): from the window before the follow-up date on, however late (an early
    answer does not count as the six-month follow-up; a late one does). The six-month
    point is the first follow-up point, so a form that counts completes it first.
    """
    if response.variant != "follow_up":
        return
    profile = getattr(case, "profile", None)
    if profile is None:
        return
    current = profile.get()
    due = current.followup_due
    if (
        due is not None
        and current.status in (Status.ENDED, Status.FOLLOW_UP)
        and counts_for(due, response.answered_at)
    ):
        profile.set_followup_due(_next_follow_up(case, profile, response.form_id, due))


def _next_follow_up(case: CaseLike, profile: Any, form_id: str, done: date) -> date | None:
    """The due date of the earliest planned follow-up point after ``done`` (the point just
    completed) that no saved follow-up form completes, by the self-rating tab's rules.

    The points count from the last contact, as in the tab and as the six-month date did
    when the case ended (a case ended without a session: from the day it ended).
    """
    sessions = getattr(case, "sessions", None)
    last = sessions.last_contact() if sessions is not None else None
    if last is None:
        last = max((c.at for c in profile.history() if c.status is Status.ENDED), default=None)
    if last is None:
        return None
    points = [MeasurementPoint("done", "follow_up", done)]
    points += [MeasurementPoint(f"follow_up_{m}m", "follow_up", add_months(last, m), m)
               for m in sorted(set(planned_extra_months(case))) if add_months(last, m) > done]
    answered = [r.answered_at for r in list_responses(case, form_id) if r.variant == "follow_up"]
    # The point just completed takes its form first, so one form completes one point.
    completed = assign_responses(points, {"follow_up": answered})
    return min((p.due for p in points[1:] if p.key not in completed and p.due is not None),
               default=None)


def load_response(case: CaseLike, response_id: str) -> FormResponse | None:
    """The latest saved version of one response, or ``None``."""
    data = case.documents.get(KIND, response_id)
    return FormResponse.from_dict(data) if data is not None else None


def list_responses(case: CaseLike, form_id: str | None = None) -> list[FormResponse]:
    """All responses in the case (optionally of one form), oldest answered first; forms
    of one day in the order they were entered (``list_ids`` gives that order).

    Ties went by the random response id, so a paper form and the client's own form of the
    same day swapped places between runs, and the comparison with them."""
    found = [load_response(case, doc_id) for doc_id in case.documents.list_ids(KIND)]
    kept = [r for r in found if r is not None and (form_id is None or r.form_id == form_id)]
    return sorted(kept, key=lambda r: r.answered_at)  # stable: entry order within a day
