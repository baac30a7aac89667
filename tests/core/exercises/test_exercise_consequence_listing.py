"""Consequence listing by area, with empty areas listed."""

from __future__ import annotations

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.consequence_listing import (
    Consequence,
    ConsequenceListingState,
    add_consequence,
    grid,
    remove_consequence,
    update_consequence,
)

EX = get_exercise("consequence_listing")


def state() -> ConsequenceListingState:
    s = add_consequence(ConsequenceListingState(), "money", "Debt", 2, consequence_id="a")
    return add_consequence(s, "money", "Lies about money", 4, "long", consequence_id="b")


def test_grid_lists_every_area_including_empty() -> None:
    areas = grid(state())
    assert len(areas) == 9
    assert [a.area_id for a in areas if not a.is_empty] == ["money"]


def test_grid_sorts_most_serious_first() -> None:
    money = next(a for a in grid(state()) if a.area_id == "money")
    assert [c.id for c in money.consequences] == ["b", "a"] and money.max_seriousness == 4


def test_person_who_sold_is_an_area() -> None:
    assert "person_who_sold" in [a.area_id for a in grid(ConsequenceListingState())]


def test_unknown_area_refused() -> None:
    with pytest.raises(ExerciseError, match="unknown area"):
        add_consequence(ConsequenceListingState(), "moon", "x")


def test_seriousness_out_of_range_refused() -> None:
    with pytest.raises(ExerciseError, match="seriousness"):
        add_consequence(ConsequenceListingState(), "self", "x", seriousness=9)


def test_update_moves_to_other_area() -> None:
    moved = update_consequence(state(), "a", area="health")
    assert moved.get("a").area == "health" and state().get("a").area == "money"


def test_remove_consequence() -> None:
    assert [c.id for c in remove_consequence(state(), "a").consequences] == ["b"]


def test_summary_names_empty_areas() -> None:
    summary = EX.summary(state())
    assert "For the person who sold sex" in summary["empty_areas"]
    assert (
        "Money" not in summary["empty_areas"] and summary["most_serious"][0] == "Lies about money"
    )


def test_validate_flags_duplicate_ids_and_bad_term() -> None:
    bad = ConsequenceListingState(
        (Consequence("x", "self", "a"), Consequence("x", "self", "b", term="soon"))
    )
    messages = [p.message for p in EX.validate(bad)]
    assert "id 'x' is used twice" in messages and "unknown term 'soon'" in messages


def test_round_trip() -> None:
    assert EX.from_dict(state().to_dict()) == state()


def test_changes_reports_filled_areas() -> None:
    new = add_consequence(state(), "law", "Fine", consequence_id="c")
    changes = EX.changes(state(), new)
    assert [c["id"] for c in changes["added"]] == ["c"] and changes["areas_filled"] == ["law"]
