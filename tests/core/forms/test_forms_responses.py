"""Responses: conditions, validation against the definition, and round trips."""

from __future__ import annotations

from datetime import date

from kastdesk.forms import (
    EnteredBy,
    FormResponse,
    get_definition,
    in_force,
    validate_response,
    visible_items,
)

INTAKE = get_definition("intake")
REQUIRED_INTAKE = {
    "contact_reason": ["bought_sex"],
    "has_bought_sex": False,
    "in_target_group": True,
    "age_group": "age_35_44",
    "relationship_status": "single",
    "has_children": False,
    "porn_use": "never",
}


def intake(**answers: object) -> FormResponse:
    return FormResponse(
        "intake",
        1,
        "default",
        date(2025, 3, 1),
        EnteredBy.THERAPIST,
        {**REQUIRED_INTAKE, **answers},
    )


def problems(response: FormResponse) -> dict[str, str]:
    return {p.item_id: p.message for p in validate_response(INTAKE, response)}


def test_complete_intake_validates() -> None:
    assert problems(intake()) == {}


def test_purchases_hidden_when_not_bought() -> None:
    assert "purchase_places" not in visible_items(INTAKE, intake().answers)


def test_purchases_shown_when_bought() -> None:
    assert "purchase_places" in visible_items(INTAKE, intake(has_bought_sex=True).answers)


def test_contains_condition_on_multi_choice() -> None:
    answers = intake(has_bought_sex=True, purchase_places=["abroad"]).answers
    assert "abroad_notes" in visible_items(INTAKE, answers)


def test_hiding_cascades_through_hidden_items() -> None:
    # abroad_notes depends on purchase_places, which is hidden when nothing was bought.
    answers = intake(has_bought_sex=False, purchase_places=["abroad"]).answers
    assert "abroad_notes" not in visible_items(INTAKE, answers)


def test_missing_required_answer() -> None:
    response = intake()
    response = response.with_answer("age_group", None)
    assert problems(response) == {"age_group": "an answer is required"}


def test_required_only_for_visible_items() -> None:
    scale = get_definition("self_rating")
    response = FormResponse(
        "self_rating",
        2,
        "start",
        date(2025, 3, 1),
        EnteredBy.CLIENT,
        {"has_bought_sex": True, "wellbeing": "good", "control_unwanted_impulses": "sometimes"},
    )
    assert validate_response(scale, response) == []


def test_answer_to_hidden_item_is_kept_not_a_problem() -> None:
    # Set aside under a question hidden now: kept so that it can come back, not in force.
    assert problems(intake(purchase_places=["street"])) == {}
    assert "not one of the choices" in problems(intake(purchase_places=["moon"]))[
        "purchase_places"]


def test_unknown_choice_is_a_problem() -> None:
    assert "not one of the choices" in problems(intake(age_group="age_99"))["age_group"]


def test_wrong_type_is_a_problem() -> None:
    assert problems(intake(has_children="yes"))["has_children"] == "the answer must be yes or no"


def test_number_range_is_checked() -> None:
    assert "at most 20" in problems(intake(has_children=True, children_count=30))["children_count"]


def test_unknown_item_is_a_problem() -> None:
    assert problems(intake(shoe_size=44)) == {"shoe_size": "no such item on this form"}


def test_variant_only_item_rejected_in_other_variant() -> None:
    scale = get_definition("self_rating")
    response = FormResponse(
        "self_rating",
        2,
        "start",
        date(2025, 3, 1),
        EnteredBy.CLIENT,
        {
            "has_bought_sex": True,
            "wellbeing": "good",
            "control_unwanted_impulses": "sometimes",
            "treated_with_respect": "fully",
        },
    )
    assert [p.item_id for p in validate_response(scale, response)] == ["treated_with_respect"]


def test_prune_hidden_drops_stale_answers() -> None:
    pruned = in_force(INTAKE, intake(purchase_places=["street"]))
    assert "purchase_places" not in pruned.answers


def test_round_trip_through_dict() -> None:
    response = intake(has_bought_sex=True, purchase_places=["flat", "abroad"])
    assert FormResponse.from_dict(response.to_dict()) == response
