"""Putting the behaviour into words: what happened and what led to it, in the client's words."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from kastdesk.exercises.base import (
    Exercise,
    ExerciseError,
    ExerciseProblem,
    get_exercise,
    register,
)

EXERCISE_ID = "behaviour_in_words"


@dataclass(frozen=True)
class BehaviourInWordsState:
    """Answers keyed by prompt id; the prompts themselves are resource data."""

    exercise_id: ClassVar[str] = EXERCISE_ID
    answers: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store."""
        return {"exercise": EXERCISE_ID, "schema": 1, "answers": dict(self.answers)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BehaviourInWordsState:
        """Rebuild from :meth:`to_dict` output."""
        return cls(answers={str(k): str(v) for k, v in data.get("answers", {}).items()})


def _prompt_ids() -> list[str]:
    return get_exercise(EXERCISE_ID).catalogue_ids("prompts")


def set_answer(state: BehaviourInWordsState, prompt_id: str, text: str) -> BehaviourInWordsState:
    """Return a state with the client's words for one prompt (blank text clears it)."""
    if prompt_id not in _prompt_ids():
        raise ExerciseError(f"unknown prompt '{prompt_id}'")
    answers = dict(state.answers)
    if text.strip():
        answers[prompt_id] = text
    else:
        answers.pop(prompt_id, None)
    return replace(state, answers=answers)


@register
class BehaviourInWords(Exercise[BehaviourInWordsState]):
    """The client states plainly what he did and what led to it."""

    id = EXERCISE_ID
    title = "The behaviour in words"
    state_type = BehaviourInWordsState

    def new_state(self) -> BehaviourInWordsState:
        """Nothing written yet."""
        return BehaviourInWordsState()

    def validate(self, state: BehaviourInWordsState) -> list[ExerciseProblem]:
        """Only known prompts may be answered (unknown ones would never be shown)."""
        known = set(self.catalogue_ids("prompts"))
        return [
            ExerciseProblem(key, f"unknown prompt '{key}'")
            for key in state.answers
            if key not in known
        ]

    def summary(self, state: BehaviourInWordsState) -> dict[str, Any]:
        """Every prompt with the client's words, empty ones marked so they can be raised."""
        prompts = [
            {
                "id": p.id,
                "prompt": p.label,
                "text": state.answers.get(p.id, ""),
                "empty": not state.answers.get(p.id, "").strip(),
            }
            for p in self.catalogue("prompts")
        ]
        return {
            "title": self.display_title(),
            "prompts": prompts,
            "filled": sum(not p["empty"] for p in prompts),
            "total": len(prompts),
        }

    def changes(self, old: BehaviourInWordsState, new: BehaviourInWordsState) -> dict[str, Any]:
        """Prompts whose text changed, with old and new wording."""
        keys = [
            k for k in self.catalogue_ids("prompts") if old.answers.get(k) != new.answers.get(k)
        ]
        return {
            "changed": [
                {"id": k, "old": old.answers.get(k, ""), "new": new.answers.get(k, "")}
                for k in keys
            ]
        }
