"""Demo responses validate; the storage adapter round-trips through a real case file."""

from __future__ import annotations

import random
from datetime import date

import pytest

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import Status
from kastdesk.forms import FormResponse, get_family, validate_response
from kastdesk.forms.demo import make_demo_intake, make_demo_responses
from kastdesk.forms.responses import EnteredBy
from kastdesk.forms.storage import list_responses, load_response, save_response
from kastdesk.store import CaseFile, Vault


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A real case file: the adapter is tested against the store it will run on."""
    return vault.add_client("K-1")


def test_demo_responses_validate_on_their_version() -> None:
    family = get_family("self_rating")
    for seed in range(10):
        for data in make_demo_responses(
            random.Random(seed), date(2024, 5, 1), date(2025, 2, 1), date(2025, 8, 1), 0.2
        ):
            response = FormResponse.from_dict(data)
            assert validate_response(family.get(response.form_version), response) == []


def test_demo_responses_skip_all_with_probability_one() -> None:
    assert make_demo_responses(random.Random(1), date(2025, 1, 1), None, None, 1.0) == []


def test_demo_responses_are_reproducible() -> None:
    args = (date(2025, 1, 1), date(2025, 6, 1), date(2025, 12, 1), 0.0)
    assert make_demo_responses(random.Random(5), *args) == make_demo_responses(
        random.Random(5), *args
    )


def test_demo_intake_honours_hint_and_validates() -> None:
    data = make_demo_intake(random.Random(3), {"age_group": "age_25_34", "has_bought_sex": True})
    response = FormResponse.from_dict(data)
    assert response.answers["age_group"] == "age_25_34"
    assert validate_response(get_family("intake").latest, response) == []


def test_save_and_load_response(case: CaseFile) -> None:
    response = FormResponse.from_dict(make_demo_intake(random.Random(2), {}))
    save_response(case, response, session_id="s1")
    assert load_response(case, response.response_id) == response
    assert case.audit_entries(limit=1)[0].action == "Intake: save answers"


def test_list_responses_filters_by_form(case: CaseFile) -> None:
    for data in make_demo_responses(
        random.Random(4), date(2025, 1, 1), date(2025, 6, 1), None, 0.0
    ):
        save_response(case, FormResponse.from_dict(data))
    save_response(case, FormResponse.from_dict(make_demo_intake(random.Random(2), {})))
    assert [r.variant for r in list_responses(case, "self_rating")] == ["start", "end"]


def _follow_up(answered: date) -> FormResponse:
    """A follow-up form the client finished (its required questions answered: one left
    half done completes no point)."""
    return FormResponse("self_rating", 1, "follow_up", answered, EnteredBy.CLIENT,
                        {"has_bought_sex": False, "wellbeing": "good",
                         "impulse_control": "mostly"})


def test_follow_up_answers_end_the_follow_up_in_the_register(vault: Vault, case: CaseFile) -> None:
    """Filling in the follow-up scale at the follow-up moves the date on to the 24-month point
    and, that one filled in too, clears it, so the due view lists each point in turn; a draft
    or an answer months early leaves it due."""
    case.profile.set_status(Status.IN_TREATMENT, at=date(2026, 1, 10))
    case.profile.set_status(Status.ENDED, at=date(2026, 3, 1))
    due = case.profile.get().followup_due
    assert due == date(2026, 9, 1)
    save_response(case, _follow_up(date(2026, 4, 1)))  # a month after the end: too early
    save_response(case, _follow_up(due), draft=True)  # still being typed
    assert case.profile.get().followup_due == due
    listed = due_lists(vault.clients(), today=due).follow_ups
    assert [i.entry.code for i in listed] == ["K-1"]
    save_response(case, _follow_up(due))
    # On to the 24-month point (counted from the end here: the case has no sessions).
    assert case.profile.get().followup_due == date(2028, 3, 1)
    assert due_lists(vault.clients(), today=due).follow_ups == []
    save_response(case, _follow_up(date(2027, 1, 1)))  # too early for two years
    assert case.profile.get().followup_due == date(2028, 3, 1)
    save_response(case, _follow_up(date(2028, 3, 5)))
    assert case.profile.get().followup_due is None  # every planned point is done


def test_the_follow_up_date_follows_the_planned_points(vault: Vault, case: CaseFile) -> None:
    """The later points are the case's plan (the self-rating tab's "Add a later point"),
    counted from the last contact as the tab counts them; a late form completes one point."""
    from datetime import datetime

    from kastdesk.forms.storage import PLAN_ID, PLAN_KIND

    case.sessions.add(datetime(2026, 1, 10, 9))
    case.sessions.add(datetime(2026, 2, 20, 9))
    case.profile.set_status(Status.INTAKE, at=date(2026, 1, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2026, 1, 10))
    case.profile.set_status(Status.ENDED, at=date(2026, 3, 1))
    case.documents.put(PLAN_KIND, PLAN_ID, {"extra_months": [24, 12]})
    assert case.profile.get().followup_due == date(2026, 8, 20)
    save_response(case, _follow_up(date(2027, 3, 1)))  # the six-month one, half a year late
    assert case.profile.get().followup_due == date(2027, 2, 20)  # 12 months: open, overdue
    save_response(case, _follow_up(date(2027, 3, 2)))
    assert case.profile.get().followup_due == date(2028, 2, 20)
