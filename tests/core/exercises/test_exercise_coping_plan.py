"""Coping plan: an ordered personal card."""

from __future__ import annotations

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.coping_plan import (
    CARD_MAX_STEPS,
    CopingPlanState,
    add_contact,
    add_strategy,
    move_strategy,
    remove_contact,
    remove_strategy,
    set_reason,
    update_strategy_text,
)

EX = get_exercise("coping_plan")


def plan() -> CopingPlanState:
    s = add_strategy(CopingPlanState(), "pause_and_name", strategy_id="a")
    s = add_strategy(s, "breathe", strategy_id="b")
    return add_strategy(s, "own", "Phone in another room", strategy_id="c")


def test_steps_in_order_on_card() -> None:
    steps = EX.summary(plan())["steps"]
    assert [s["number"] for s in steps] == [1, 2, 3]
    assert steps[2]["title"] == "Phone in another room"


def test_move_strategy() -> None:
    assert [s.id for s in move_strategy(plan(), "c", 0).strategies] == ["c", "a", "b"]


def test_add_at_position() -> None:
    s = add_strategy(plan(), "say_no", position=1, strategy_id="d")
    assert [x.id for x in s.strategies] == ["a", "d", "b", "c"]


def test_own_strategy_needs_words() -> None:
    with pytest.raises(ExerciseError):
        add_strategy(CopingPlanState(), "own")


def test_unknown_strategy_refused() -> None:
    with pytest.raises(ExerciseError):
        add_strategy(CopingPlanState(), "teleport")


def test_contact_by_role_only() -> None:
    s = add_contact(plan(), "friend", contact_id="p")
    assert EX.summary(s)["people"] == [{"role": "A friend", "how_to_reach": ""}]
    assert remove_contact(s, "p").contacts == ()


def test_long_card_gets_warning_not_error() -> None:
    s = CopingPlanState()
    for _ in range(CARD_MAX_STEPS + 1):
        s = add_strategy(s, "breathe")
    assert [p.severity for p in EX.validate(s)] == ["warning"]


def test_changes_detects_reorder_and_reason() -> None:
    new = set_reason(move_strategy(plan(), "b", 0), "For my children")
    changes = EX.changes(plan(), new)
    assert changes["reordered"] and changes["reason_changed"] and changes["added"] == []


def test_update_text_and_remove() -> None:
    s = update_strategy_text(plan(), "b", "Four slow breaths")
    assert EX.summary(s)["steps"][1]["detail"] == "Four slow breaths"
    assert [x.id for x in remove_strategy(s, "a").strategies] == ["b", "c"]


def test_round_trip() -> None:
    s = add_contact(set_reason(plan(), "x"), "therapist", "Tuesdays")
    assert EX.from_dict(s.to_dict()) == s
