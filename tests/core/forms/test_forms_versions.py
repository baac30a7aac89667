"""Version mapping: answers given on version 1 read on version 2's ids."""

from __future__ import annotations

from datetime import date

from kastdesk.forms import EnteredBy, FormResponse, get_family, item_lineage, upgrade_response

FAMILY = get_family("self_rating")


def v1(**answers: object) -> FormResponse:
    return FormResponse(
        "self_rating", 1, "start", date(2024, 3, 1), EnteredBy.CLIENT, dict(answers)
    )


def test_renamed_item_is_mapped() -> None:
    result = upgrade_response(v1(impulse_control="rarely"), FAMILY)
    assert result.response.answers == {"control_unwanted_impulses": "rarely"}


def test_renamed_choice_is_mapped() -> None:
    result = upgrade_response(v1(wellbeing="neither"), FAMILY)
    assert result.response.answers["wellbeing"] == "neither_good_nor_bad"


def test_unchanged_items_keep_ids_and_values() -> None:
    result = upgrade_response(v1(guilt_shame="very_much", has_partner=True), FAMILY)
    assert result.response.answers == {"guilt_shame": "very_much", "has_partner": True}


def test_upgraded_response_carries_newest_version() -> None:
    assert upgrade_response(v1(), FAMILY).response.form_version == 2


def test_unknown_old_item_is_kept_as_dropped() -> None:
    result = upgrade_response(v1(retired_question="x"), FAMILY)
    assert result.dropped == {"retired_question": "x"}


def test_upgraded_v1_answers_validate_on_v2() -> None:
    from kastdesk.forms import validate_response

    old = v1(has_bought_sex=True, wellbeing="neither", impulse_control="mostly")
    assert validate_response(FAMILY.latest, upgrade_response(old, FAMILY).response) == []


def test_lineage_lists_old_ids() -> None:
    assert item_lineage(FAMILY, "control_unwanted_impulses") == [
        (1, "impulse_control"),
        (2, "control_unwanted_impulses"),
    ]
