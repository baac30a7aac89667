"""The end point and every follow-up count from the day treatment ended, not from the latest
session (QA course F1): the six-month follow-up call documented as a phone session moved
the end point, the six-month and the 24-month follow-up by six months each, marked the
points already done as overdue, and the 24-month follow-up left the Due list."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kastdesk.domain.course import (
    course_began_on,
    end_of_treatment,
    end_of_treatment_day,
    treatment_left_on,
)
from kastdesk.domain.due import due_lists
from kastdesk.domain.models import Attendance, Modality, Status, StatusChange
from kastdesk.forms import EnteredBy, FormResponse, PointStatus, next_due, point_statuses
from kastdesk.forms.storage import (
    case_schedule,
    list_responses,
    next_follow_up,
    save_response,
    treatment_ended,
)
from kastdesk.store import CaseFile, Vault

ENDED = date(2027, 6, 28)
FOLLOW_UP_CALL = date(2027, 12, 28)


def _history(*changes: tuple[date, Status]) -> list[StatusChange]:
    return [StatusChange(at, status, "", "T") for at, status in changes]


COURSE = _history(
    (date(2027, 1, 11), Status.FIRST_CONTACT),
    (date(2027, 2, 1), Status.IN_TREATMENT),
    (ENDED, Status.ENDED),
    (FOLLOW_UP_CALL, Status.FOLLOW_UP),
)


def test_end_of_treatment_is_the_last_session_by_the_day_it_ended() -> None:
    days = [date(2027, 2, 1), date(2027, 6, 14), ENDED, FOLLOW_UP_CALL]
    # The follow-up call (a session after the end) does not move it; follow-up status
    # does not either: the run of after-treatment statuses began when it ended.
    assert treatment_left_on(COURSE) == ENDED
    assert end_of_treatment(COURSE, days) == ENDED
    # Ended a week after the last session: the last session is the end (six months after
    # the last contact, domain.md).
    assert end_of_treatment_day(date(2027, 7, 5), [date(2027, 6, 14)]) == date(2027, 6, 14)
    # Ended without a session: the day it ended.
    assert end_of_treatment(COURSE, []) == ENDED
    # While the case runs there is no end.
    assert end_of_treatment(COURSE[:2], days) is None
    assert end_of_treatment([], days) is None


def test_a_reopened_course_ends_by_its_own_sessions() -> None:
    history = [*COURSE,
               *_history((date(2030, 8, 12), Status.INTAKE),
                         (date(2030, 9, 1), Status.CLOSED))]
    assert course_began_on(COURSE) is None
    assert course_began_on(history) == date(2030, 8, 12)
    # Ended without a session of its own: its day, not the first course's last session.
    assert end_of_treatment(history, [ENDED, FOLLOW_UP_CALL]) == date(2030, 9, 1)
    assert end_of_treatment(history, [ENDED, date(2030, 8, 26)]) == date(2030, 8, 26)
    # Closed straight from treatment: closing is the end of treatment.
    closed = _history((date(2027, 2, 1), Status.IN_TREATMENT), (ENDED, Status.CLOSED))
    assert end_of_treatment(closed, [date(2027, 6, 1)]) == date(2027, 6, 1)


def _form(variant: str, day: date) -> FormResponse:
    return FormResponse("self_rating", 2, variant, day, EnteredBy.THERAPIST, {"wellbeing": "good"})


def make_qa_case(vault: Vault) -> CaseFile:
    """The QA story: ended 2027-06-28 with the end form; on 2027-12-28 the six-month
    follow-up call is logged as a phone session and the follow-up form typed in."""
    day = [ENDED]
    vault.today = lambda: day[0]  # type: ignore[method-assign]
    case = vault.add_client("K-2027-001", first_contact_date=date(2027, 1, 11))
    for d in (date(2027, 2, 1), date(2027, 3, 1), ENDED):
        case.sessions.add(datetime(d.year, d.month, d.day, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 2, 1))
    save_response(case, _form("start", date(2027, 2, 1)))
    save_response(case, _form("end", ENDED))
    case.profile.set_status(Status.ENDED, at=ENDED)
    assert case.profile.get().followup_due == FOLLOW_UP_CALL
    day[0] = FOLLOW_UP_CALL
    case.profile.set_status(Status.FOLLOW_UP, at=FOLLOW_UP_CALL)
    case.sessions.add(datetime(2027, 12, 28, 10), modality=Modality.PHONE, note="Follow-up call")
    save_response(case, _form("follow_up", FOLLOW_UP_CALL))
    return case


@pytest.fixture
def qa_case(vault: Vault) -> CaseFile:
    return make_qa_case(vault)


def _statuses(case: CaseFile, today: date, closed: bool = False) -> dict[str, PointStatus]:
    points = case_schedule(case, today)
    answered: dict[str, list[date]] = {}
    for r in list_responses(case, "self_rating"):
        answered.setdefault(r.variant, []).append(r.answered_at)
    return {p.key: st for p, st in zip(
        points, point_statuses(points, answered, today, closed=closed), strict=True)}


def test_follow_up_call_as_session_moves_no_point(vault: Vault, qa_case: CaseFile) -> None:
    assert treatment_ended(qa_case) == ENDED
    dues = {p.key: p.due for p in case_schedule(qa_case, FOLLOW_UP_CALL)}
    assert dues == {"start": date(2027, 2, 1), "end": ENDED, "follow_up": FOLLOW_UP_CALL,
                    "follow_up_24m": date(2029, 6, 28)}
    # The case's follow-up date (register, overview, Due list, case summary): the 24-month
    # point, from the end of treatment (it was 2029-12-28, six months late).
    assert next_follow_up(qa_case) == date(2029, 6, 28)
    assert qa_case.profile.get().followup_due == date(2029, 6, 28)
    assert vault.client(qa_case.client_id).followup_due == date(2029, 6, 28)


@pytest.mark.parametrize("today", [FOLLOW_UP_CALL, date(2029, 6, 28), date(2029, 9, 1)])
def test_done_points_are_never_overdue(qa_case: CaseFile, today: date) -> None:
    got = _statuses(qa_case, today)
    assert got["start"] is got["end"] is got["follow_up"] is PointStatus.DONE
    assert got["follow_up_24m"] is {
        FOLLOW_UP_CALL: PointStatus.UPCOMING, date(2029, 6, 28): PointStatus.DUE,
        date(2029, 9, 1): PointStatus.OVERDUE}[today]


def test_due_list_has_the_24_month_follow_up_on_its_day(vault: Vault, qa_case: CaseFile) -> None:
    lists = due_lists(vault.clients(), date(2029, 6, 28))
    assert [(i.entry.code, i.day) for i in lists.follow_ups] == [("K-2027-001", date(2029, 6, 28))]
    # Two weeks ahead it is listed already (it was not listed until 2029-12-14).
    assert due_lists(vault.clients(), date(2029, 6, 14)).follow_ups


def test_closed_case_has_nothing_due_or_overdue(qa_case: CaseFile) -> None:
    qa_case.profile.set_status(Status.CLOSED, at=date(2029, 8, 20))
    got = _statuses(qa_case, date(2029, 8, 20), closed=True)
    assert got == {"start": PointStatus.DONE, "end": PointStatus.DONE,
                   "follow_up": PointStatus.DONE, "follow_up_24m": PointStatus.NOT_DONE}
    points = case_schedule(qa_case, date(2029, 8, 20))
    assert next_due(points, {}, date(2029, 8, 20), closed=True) is None


def test_a_missed_last_session_is_not_the_end(vault: Vault) -> None:
    vault.today = lambda: ENDED  # type: ignore[method-assign]
    case = vault.add_client("K-2027-002", first_contact_date=date(2027, 1, 11))
    case.sessions.add(datetime(2027, 6, 14, 10))
    case.sessions.add(datetime(2027, 6, 28, 10), attendance=Attendance.NO_SHOW)
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 6, 14))
    case.profile.set_status(Status.ENDED, at=ENDED)
    assert treatment_ended(case) == date(2027, 6, 14)
    assert next_follow_up(case) == date(2027, 12, 14) == case.profile.get().followup_due


def test_ending_sets_the_follow_up_by_the_same_rule(vault: Vault) -> None:
    """The six-month date written when treatment ends follows the rule the self-rating
    points follow: a treatment ended on paper on 06-28 and entered later, after a phone call
    logged as a session on 07-05, is followed up six months after 06-28 (it was six months
    after the call, and the tab and the register then disagreed)."""
    vault.today = lambda: date(2027, 7, 10)  # type: ignore[method-assign]
    case = vault.add_client("K-2027-002", first_contact_date=date(2027, 1, 11))
    for d in (date(2027, 2, 1), ENDED, date(2027, 7, 5)):
        case.sessions.add(datetime(d.year, d.month, d.day, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 2, 1))
    case.profile.set_status(Status.ENDED, at=ENDED)
    assert case.profile.get().followup_due == FOLLOW_UP_CALL
    assert next_follow_up(case) == FOLLOW_UP_CALL
