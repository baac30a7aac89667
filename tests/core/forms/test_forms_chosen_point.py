"""The point a form was filled in for, forms left half done, and a start form missed.

QA 18 (fictional data throughout):
1. Treatment ended 2024-10-15, the 6-month point was skipped; a form filled in on
   2026-10-20 for "Follow-up, 24 months after treatment" completed the 6-month point, the
   24-month one stayed overdue and the case's follow-up date read 2026-10-15 (late).
2. A client who answered a few questions and never pressed "I am done" left a form that
   read "✓ Done", like a whole baseline.
3. A start form missed read "overdue" years into the follow-up; filled in then, it made a
   "Start" column after the follow-up whose answers read ▼ worse.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from kastdesk.domain.models import Status
from kastdesk.forms import (
    Change,
    EnteredBy,
    Filled,
    FormResponse,
    PointStatus,
    assign_responses,
    compare_responses,
    get_family,
    is_finished,
    measurement_schedule,
    next_due,
    point_statuses,
    points_of_forms,
)
from kastdesk.forms.storage import (
    filled_forms,
    list_responses,
    next_follow_up,
    save_response,
)
from kastdesk.store import CaseFile, Vault

FAMILY = get_family("self_rating")
STARTED = date(2024, 2, 5)
ENDED = date(2024, 10, 15)
TODAY = date(2026, 12, 4)
PAPER_DAY = date(2026, 10, 20)  # five days after the 24-month point's day
POINTS = measurement_schedule(STARTED, ENDED, (24,))
WHOLE = {"has_bought_sex": False, "wellbeing": "good", "control_unwanted_impulses": "mostly"}


def form(variant: str, day: date, point: str = "", by: EnteredBy = EnteredBy.CLIENT,
         rid: str = "", **answers: object) -> FormResponse:
    kw = {"response_id": rid} if rid else {}
    return FormResponse("self_rating", 2, variant, day, by, {**WHOLE, **answers},
                        point=point, **kw)  # type: ignore[arg-type]


def statuses(responses: list[FormResponse], today: date = TODAY) -> dict[str, PointStatus]:
    found = point_statuses(POINTS, filled_forms(responses), today, all_statuses=True)
    return {p.key: st for p, st in zip(POINTS, found, strict=True)}


# -- 1. the chosen point wins ---------------------------------------------------------------


def test_a_form_for_the_24_month_point_completes_it_not_the_skipped_6_month_one() -> None:
    chosen = Filled("follow_up", PAPER_DAY, "follow_up_24m")
    assert assign_responses(POINTS, {"follow_up": [chosen]}) == {"follow_up_24m": PAPER_DAY}
    assert points_of_forms(POINTS, [chosen]) == ["follow_up_24m"]
    got = statuses([form("follow_up", PAPER_DAY, "follow_up_24m")])
    assert got["follow_up_24m"] is PointStatus.DONE
    # The 6-month point's time has passed, a later one is done: not "overdue" for ever.
    assert got["follow_up"] is PointStatus.MISSED
    assert next_due(POINTS, filled_forms([form("follow_up", PAPER_DAY, "follow_up_24m")]),
                    TODAY) is None


def test_forms_saved_before_the_point_was_recorded_keep_their_place() -> None:
    """Old data stays readable: a form with no chosen point is placed as it always was."""
    assert assign_responses(POINTS, {"follow_up": [PAPER_DAY]}) == {"follow_up": PAPER_DAY}
    old = FormResponse.from_dict({k: v for k, v in form("follow_up", PAPER_DAY).to_dict().items()
                                  if k != "point"})
    assert old.point == ""
    assert statuses([old])["follow_up"] is PointStatus.DONE


def test_the_chosen_point_is_saved_with_the_form() -> None:
    saved = form("follow_up", PAPER_DAY, "follow_up_24m")
    assert saved.to_dict()["point"] == "follow_up_24m"
    assert FormResponse.from_dict(saved.to_dict()) == saved
    assert "point" not in form("start", STARTED).to_dict()  # the old shape when none chosen


def test_the_table_puts_the_form_at_its_chosen_point() -> None:
    table = compare_responses(
        FAMILY, [form("start", STARTED, "start"), form("follow_up", PAPER_DAY, "follow_up_24m")],
        POINTS)
    assert [c.point for c in table.columns] == ["start", "follow_up_24m"]


@pytest.fixture
def ended_case(vault: Vault) -> CaseFile:
    """K-2024-006's story: treatment ended 2024-10-15, in follow-up, 6 months skipped."""
    day = [ENDED]
    vault.today = lambda: day[0]  # type: ignore[method-assign]
    case = vault.add_client("K-2024-006", first_contact_date=date(2024, 1, 22))
    for d in (STARTED, date(2024, 6, 3), ENDED):
        case.sessions.add(datetime(d.year, d.month, d.day, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=STARTED)
    case.profile.set_status(Status.ENDED, at=ENDED)
    day[0] = date(2025, 4, 15)
    case.profile.set_status(Status.FOLLOW_UP, at=day[0])
    day[0] = TODAY
    return case


def test_the_case_follow_up_date_clears_when_the_24_month_form_is_in(
        ended_case: CaseFile) -> None:
    assert ended_case.profile.get().followup_due == date(2025, 4, 15)
    save_response(ended_case, form("follow_up", PAPER_DAY, "follow_up_24m",
                                   EnteredBy.THERAPIST))
    assert next_follow_up(ended_case) is None
    assert ended_case.profile.get().followup_due is None  # no "planned 2026-10-15 (late)"
    assert list_responses(ended_case)[0].point == "follow_up_24m"


# -- 2. a form left half done -----------------------------------------------------------------


def test_a_client_form_left_half_done_reads_partly_filled_in() -> None:
    half = FormResponse("self_rating", 2, "start", STARTED, EnteredBy.CLIENT,
                        {"wellbeing": "bad"}, point="start")  # two required ones blank
    assert not is_finished(FAMILY.get(2), half)
    got = statuses([half], STARTED)
    assert got["start"] is PointStatus.PARTLY
    assert next_due(POINTS[:1], filled_forms([half]), STARTED) == POINTS[0]  # still wanted
    table = compare_responses(FAMILY, [half], POINTS)
    assert [c.finished for c in table.columns] == [False]
    assert table.row("wellbeing").cells[0].display  # the answers are kept and shown
    # Finished, it is done; a paper form is taken as the client handed it in.
    assert statuses([form("start", STARTED, "start")], STARTED)["start"] is PointStatus.DONE
    paper = replace(half, entered_by=EnteredBy.THERAPIST)
    assert statuses([paper], STARTED)["start"] is PointStatus.DONE


# -- 3. a start form missed, or filled in late ------------------------------------------------


def test_a_missed_start_reads_missed_once_treatment_has_ended() -> None:
    assert statuses([], date(2024, 3, 30))["start"] is PointStatus.OVERDUE  # treatment runs
    running = measurement_schedule(STARTED, None)
    assert point_statuses(running, {}, TODAY, all_statuses=True)[0] is PointStatus.OVERDUE
    assert statuses([], TODAY)["start"] is PointStatus.MISSED
    # A caller without words for it yet keeps what it knew.
    assert point_statuses(POINTS, {}, TODAY)[0] is PointStatus.OVERDUE


def test_a_start_form_filled_in_after_treatment_is_late_and_not_compared() -> None:
    start = form("start", TODAY, "start", rid="late", wellbeing="very_bad")
    end = form("end", ENDED, "end", rid="end", wellbeing="good")
    follow = form("follow_up", date(2025, 4, 15), "follow_up", rid="fu", wellbeing="good")
    table = compare_responses(FAMILY, [end, follow, start], POINTS)
    late = {c.response_id: c.late for c in table.columns}
    assert late == {"end": False, "fu": False, "late": True}
    assert [c.change for c in table.row("wellbeing").cells] == [None, Change.SAME, None]
    assert statuses([start, end, follow])["start"] is PointStatus.DONE
