"""Save and load form responses through the case file's generic versioned document store.

Duck-typed against the store's contract (``case.transaction(label)`` and
``case.documents.put/get/history/list_ids``) so this package never imports the store.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from kastdesk.domain.course import end_of_treatment
from kastdesk.domain.status import FOLLOW_UP_PENDING
from kastdesk.forms.definitions import get_definition
from kastdesk.forms.responses import FormResponse, is_finished
from kastdesk.forms.schedule import (
    Filled,
    MeasurementPoint,
    PointStatus,
    assign_responses,
    measurement_schedule,
    missed_points,
    point_statuses,
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
    """The later follow-up points planned for the case, in months after treatment ended."""
    data = case.documents.get(PLAN_KIND, PLAN_ID)
    months = data.get("extra_months", DEFAULT_EXTRA_MONTHS) if data else DEFAULT_EXTRA_MONTHS
    return [int(m) for m in months]


def held_session_days(case: Any) -> list[date]:
    """The days of the case's sessions not cancelled or missed (the store's
    ``held_days``), for ``treatment_ended``: a no-show is no contact, so never the end of
    treatment."""
    sessions = getattr(case, "sessions", None)
    return sessions.held_days() if sessions is not None else []


def treatment_ended(case: Any, held_days: list[date] | None = None) -> date | None:
    """The day the case's treatment ended (``kastdesk.domain.course.end_of_treatment``:
    the last session held on or before the day its status left treatment, else that
    day), or ``None`` while it runs. A session after it (a follow-up call logged as a
    session) never moves it, nor the points counted from it. ``held_days``: the case's
    ``held_session_days``, where the caller has them already."""
    profile = getattr(case, "profile", None)
    if profile is None:
        return None
    days = held_session_days(case) if held_days is None else held_days
    return end_of_treatment(profile.history(), days)


def case_schedule(case: Any, today: date) -> list[MeasurementPoint]:
    """The case's self-rating points: start at the first session (the first contact, or
    ``today``, before one), the end and the follow-ups from ``treatment_ended``, and the
    later follow-ups planned for it (``planned_extra_months``). The self-rating tab's
    points and the case's follow-up date (``next_follow_up``) both come from here."""
    profile = case.profile.get()
    days = held_session_days(case)
    start = min(days, default=None) or profile.first_contact_date or today
    return measurement_schedule(start, treatment_ended(case, days), planned_extra_months(case))


def filled_forms(responses: list[FormResponse]) -> dict[str, list[Filled]]:
    """Saved forms as the schedule counts them (variant -> ``Filled``): the point chosen
    for each and whether it was finished (every required question answered, in its own
    version). What the self-rating tab, the case's follow-up date and the report count."""
    out: dict[str, list[Filled]] = {}
    for r in responses:
        try:
            finished = is_finished(get_definition(r.form_id, r.form_version), r)
        except KeyError:  # a form this version does not know: taken as it was saved
            finished = True
        out.setdefault(r.variant, []).append(Filled(r.variant, r.answered_at, r.point, finished))
    return out


def next_follow_up(case: Any, form_id: str = "self_rating") -> date | None:
    """The due date of the case's earliest follow-up point (six months, then the later
    ones) that no saved follow-up form completes, by the self-rating tab's rule
    (``assign_responses``: the point chosen for a form wins), and no later point's form
    has passed by (a skipped 6-month point once the 24-month form is in: ``missed_points``);
    ``None`` while treatment runs or when every one is done."""
    ended = treatment_ended(case)
    if ended is None:
        return None
    points = [p for p in measurement_schedule(ended, ended, planned_extra_months(case))
              if p.variant == "follow_up"]
    forms = filled_forms([r for r in list_responses(case, form_id) if r.variant == "follow_up"])
    completed = assign_responses(points, {"follow_up": forms.get("follow_up", [])})
    missed = missed_points(points, completed)
    return min((p.due for p in points if p.key not in completed and p.key not in missed
                and p.due is not None), default=None)


def start_form_state(case: Any, form_id: str = "self_rating") -> str:
    """Where the case's start form stands, by the self-rating tab's rule (the start
    point's status, ``point_statuses``): "done" (a finished form completes it), "partly"
    (a form begun at it leaves required questions blank) or "none". Kept in the register
    (``Vault``), so the Due list names a start form not filled in at the first session
    without opening every case; the day it is due comes from the register's first
    session, and time alone never changes this."""
    today = case.today() if callable(getattr(case, "today", None)) else date.today()
    points = [p for p in case_schedule(case, today) if p.key == "start"]
    starts = filled_forms([r for r in list_responses(case, form_id) if r.variant == "start"])
    [status] = point_statuses(points, starts, today, all_statuses=True)
    return ("done" if status is PointStatus.DONE
            else "partly" if status is PointStatus.PARTLY else "none")


def update_follow_up_due(case: Any, form_id: str = "self_rating") -> None:
    """Set the case's follow-up date (register, overview, Due list, case summary) to
    ``next_follow_up``: for a case ended or in follow-up that still has one (a case with no
    follow-up planned keeps none). Called when a follow-up form is saved and when a later
    point is planned."""
    profile = getattr(case, "profile", None)
    if profile is None:
        return
    current = profile.get()
    if current.status not in FOLLOW_UP_PENDING or current.followup_due is None:
        return
    due = next_follow_up(case, form_id)
    if due != current.followup_due:
        profile.set_followup_due(due)


def _follow_up_done(case: CaseLike, response: FormResponse) -> None:
    """A follow-up scale saved: the case's follow-up date becomes the next follow-up point
    no saved form completes (``update_follow_up_due``, by the self-rating tab's rule), the
    24-month one after the six-month one by default, or none when none is left, so the due
    view lists each follow-up point the self-rating tab shows. The points count from the
    day treatment ended (``treatment_ended``), not from the latest session: the follow-up
    call logged as a session moved the 24-month point six months on.
    """
    if response.variant == "follow_up":
        update_follow_up_due(case, response.form_id)


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
