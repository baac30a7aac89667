"""Putting the behaviour into words."""

from __future__ import annotations

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.behaviour_in_words import BehaviourInWordsState, set_answer

EX = get_exercise("behaviour_in_words")


def test_set_answer_returns_new_state() -> None:
    empty = BehaviourInWordsState()
    filled = set_answer(empty, "what_happened", "I paid for sex.")
    assert filled.answers == {"what_happened": "I paid for sex."} and empty.answers == {}


def test_blank_answer_clears_prompt() -> None:
    state = set_answer(
        set_answer(BehaviourInWordsState(), "what_happened", "x"), "what_happened", " "
    )
    assert state.answers == {}


def test_unknown_prompt_refused() -> None:
    with pytest.raises(ExerciseError):
        set_answer(BehaviourInWordsState(), "favourite_colour", "blue")


def test_summary_marks_empty_prompts() -> None:
    summary = EX.summary(set_answer(BehaviourInWordsState(), "what_led_to_it", "Stress"))
    assert summary["filled"] == 1 and summary["total"] == 5
    assert next(p["id"] for p in summary["prompts"] if p["empty"]) == "what_happened"


def test_validate_flags_unknown_prompt() -> None:
    assert EX.validate(BehaviourInWordsState({"old_prompt": "x"}))[0].field == "old_prompt"


def test_changes_lists_changed_prompts() -> None:
    old = set_answer(BehaviourInWordsState(), "what_happened", "a")
    new = set_answer(old, "what_happened", "b")
    assert EX.changes(old, new)["changed"] == [{"id": "what_happened", "old": "a", "new": "b"}]
