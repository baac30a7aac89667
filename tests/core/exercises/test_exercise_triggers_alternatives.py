"""Triggers → needs → alternatives."""

from __future__ import annotations

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.triggers_alternatives import (
    TriggersAlternativesState,
    add_alternative,
    add_own_need,
    add_trigger,
    chains,
    gaps,
    remove_trigger,
    update_alternative,
    update_trigger,
)

EX = get_exercise("triggers_alternatives")


def state() -> TriggersAlternativesState:
    s = add_trigger(
        TriggersAlternativesState(),
        "Alone at night",
        ("loneliness",),
        ("closeness", "numbing"),
        trigger_id="t1",
    )
    return add_alternative(s, "Call my brother", "a film", ("closeness",), alternative_id="a1")


def test_chain_links_trigger_need_alternative() -> None:
    chain = chains(state())[0]
    closeness = chain["needs"][0]
    assert chain["feelings"] == ["Loneliness"]
    assert (
        closeness["need"] == "Closeness"
        and closeness["alternatives"][0]["text"] == "Call my brother"
    )


def test_gaps_show_needs_without_alternative() -> None:
    assert gaps(state())["needs_without_alternative"] == ["numbing"]


def test_gap_closes_when_alternative_meets_need() -> None:
    s = update_alternative(state(), "a1", need_ids=["closeness", "numbing"])
    assert gaps(s)["needs_without_alternative"] == []


def test_unknown_need_refused() -> None:
    with pytest.raises(ExerciseError, match="unknown need"):
        add_trigger(TriggersAlternativesState(), "x", need_ids=("cake",))


def test_own_need_can_be_linked() -> None:
    s = add_own_need(TriggersAlternativesState(), "Feeling alive", need_id="own_alive")
    s = add_trigger(s, "Sunday afternoons", need_ids=("own_alive",))
    assert chains(s)[0]["needs"][0]["need"] == "Feeling alive"


def test_update_and_remove_trigger() -> None:
    s = update_trigger(state(), "t1", situation="Alone late at night")
    assert s.trigger("t1").situation == "Alone late at night"
    assert remove_trigger(s, "t1").triggers == ()


def test_summary_names_gaps_readably() -> None:
    assert EX.summary(state())["needs_without_alternative"] == ["Numbing difficult feelings"]


def test_changes_lists_added_alternative() -> None:
    new = add_alternative(state(), "Walk", "", ("numbing",), alternative_id="a2")
    assert [a["id"] for a in EX.changes(state(), new)["alternatives_added"]] == ["a2"]


def test_round_trip() -> None:
    assert EX.from_dict(state().to_dict()) == state()
