"""The registry finds every exercise module; each offers the whole contract."""

from __future__ import annotations

import json

import pytest

from kastdesk.exercises import all_exercises, get_exercise
from kastdesk.i18n import set_translator

IDS = [
    "behaviour_in_words",
    "consequence_listing",
    "i_am_vs_i_do",
    "triggers_alternatives",
    "urge_log",
    "coping_plan",
]


def test_all_six_exercises_registered_in_order() -> None:
    assert [e.id for e in all_exercises()] == IDS


def test_unknown_exercise_names_known_ones() -> None:
    with pytest.raises(KeyError, match="consequence_listing"):
        get_exercise("nope")


@pytest.mark.parametrize("exercise_id", IDS)
def test_new_state_round_trips_as_json(exercise_id: str) -> None:
    exercise = get_exercise(exercise_id)
    data = json.loads(json.dumps(exercise.new_state().to_dict()))
    assert exercise.from_dict(data) == exercise.new_state()


@pytest.mark.parametrize("exercise_id", IDS)
def test_new_state_is_valid(exercise_id: str) -> None:
    exercise = get_exercise(exercise_id)
    assert exercise.validate(exercise.new_state()) == []


@pytest.mark.parametrize("exercise_id", IDS)
def test_state_dict_names_its_exercise(exercise_id: str) -> None:
    assert get_exercise(exercise_id).new_state().to_dict()["exercise"] == exercise_id


def test_from_dict_refuses_another_exercises_data() -> None:
    data = get_exercise("urge_log").new_state().to_dict()
    with pytest.raises(ValueError, match="belongs to 'urge_log'"):
        get_exercise("coping_plan").from_dict(data)


def test_texts_go_through_translator() -> None:
    set_translator(lambda ctx, text: f"[{ctx}]{text}")
    try:
        assert get_exercise("urge_log").display_title() == "[exercise_urge_log]Urge log"
    finally:
        set_translator(None)
