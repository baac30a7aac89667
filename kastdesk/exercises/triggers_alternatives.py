"""Triggers, needs and alternatives: what comes before the urge, what it serves, what instead."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from kastdesk.exercises.base import (
    Exercise,
    ExerciseError,
    ExerciseProblem,
    check_unique_ids,
    diff_by_id,
    get_exercise,
    new_id,
    register,
)
from kastdesk.i18n import tr

EXERCISE_ID = "triggers_alternatives"


@dataclass(frozen=True)
class Trigger:
    """A situation and the feelings in it that come before the urge, and the needs behind."""

    id: str
    situation: str
    feelings: tuple[str, ...] = ()  # catalogue ids or the client's own words
    need_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "situation": self.situation,
            "feelings": list(self.feelings),
            "need_ids": list(self.need_ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Trigger:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            str(data["id"]),
            str(data.get("situation", "")),
            tuple(data.get("feelings", [])),
            tuple(data.get("need_ids", [])),
        )


@dataclass(frozen=True)
class Alternative:
    """Something the client would rather do, the reward for doing it, and the needs it meets."""

    id: str
    text: str
    reward: str = ""
    need_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "text": self.text,
            "reward": self.reward,
            "need_ids": list(self.need_ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alternative:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            str(data["id"]),
            str(data.get("text", "")),
            str(data.get("reward", "")),
            tuple(data.get("need_ids", [])),
        )


@dataclass(frozen=True)
class OwnNeed:
    """A need in the client's own words, beside the catalogue ones."""

    id: str
    label: str


@dataclass(frozen=True)
class TriggersAlternativesState:
    """Triggers and alternatives, linked through needs."""

    exercise_id: ClassVar[str] = EXERCISE_ID
    triggers: tuple[Trigger, ...] = field(default_factory=tuple)
    alternatives: tuple[Alternative, ...] = field(default_factory=tuple)
    own_needs: tuple[OwnNeed, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store."""
        return {
            "exercise": EXERCISE_ID,
            "schema": 1,
            "triggers": [t.to_dict() for t in self.triggers],
            "alternatives": [a.to_dict() for a in self.alternatives],
            "own_needs": [{"id": n.id, "label": n.label} for n in self.own_needs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TriggersAlternativesState:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            tuple(Trigger.from_dict(t) for t in data.get("triggers", [])),
            tuple(Alternative.from_dict(a) for a in data.get("alternatives", [])),
            tuple(OwnNeed(str(n["id"]), str(n["label"])) for n in data.get("own_needs", [])),
        )

    def need_ids(self) -> list[str]:
        """Catalogue needs followed by the client's own."""
        return get_exercise(EXERCISE_ID).catalogue_ids("needs") + [n.id for n in self.own_needs]

    def trigger(self, trigger_id: str) -> Trigger:
        """A trigger by id; :class:`ExerciseError` if missing."""
        for t in self.triggers:
            if t.id == trigger_id:
                return t
        raise ExerciseError(f"no trigger '{trigger_id}'")

    def alternative(self, alternative_id: str) -> Alternative:
        """An alternative by id; :class:`ExerciseError` if missing."""
        for a in self.alternatives:
            if a.id == alternative_id:
                return a
        raise ExerciseError(f"no alternative '{alternative_id}'")


def _check_needs(state: TriggersAlternativesState, need_ids: tuple[str, ...]) -> None:
    known = state.need_ids()
    unknown = [n for n in need_ids if n not in known]
    if unknown:
        raise ExerciseError(f"unknown need '{unknown[0]}'")


def add_own_need(
    state: TriggersAlternativesState, label: str, need_id: str | None = None
) -> TriggersAlternativesState:
    """Return a state with a need in the client's own words."""
    if not label.strip():
        raise ExerciseError(tr("exercise_triggers_alternatives", "The need needs a name."))
    need = OwnNeed(need_id or f"own_{new_id()}", label.strip())
    return replace(state, own_needs=(*state.own_needs, need))


def add_trigger(
    state: TriggersAlternativesState,
    situation: str,
    feelings: tuple[str, ...] = (),
    need_ids: tuple[str, ...] = (),
    trigger_id: str | None = None,
) -> TriggersAlternativesState:
    """Return a state with one more trigger."""
    if not situation.strip():
        raise ExerciseError(tr("exercise_triggers_alternatives", "Describe the situation."))
    _check_needs(state, tuple(need_ids))
    item = Trigger(trigger_id or new_id(), situation.strip(), tuple(feelings), tuple(need_ids))
    return replace(state, triggers=(*state.triggers, item))


def update_trigger(
    state: TriggersAlternativesState, trigger_id: str, **changes: Any
) -> TriggersAlternativesState:
    """Return a state with a trigger's situation, feelings or needs changed."""
    allowed = {"situation", "feelings", "need_ids"}
    if set(changes) - allowed:
        raise ExerciseError(f"cannot change {', '.join(sorted(set(changes) - allowed))}")
    changes = {k: tuple(v) if k != "situation" else v for k, v in changes.items()}
    updated = replace(state.trigger(trigger_id), **changes)
    _check_needs(state, updated.need_ids)
    return replace(
        state, triggers=tuple(updated if t.id == trigger_id else t for t in state.triggers)
    )


def remove_trigger(state: TriggersAlternativesState, trigger_id: str) -> TriggersAlternativesState:
    """Return a state without one trigger."""
    state.trigger(trigger_id)
    return replace(state, triggers=tuple(t for t in state.triggers if t.id != trigger_id))


def add_alternative(
    state: TriggersAlternativesState,
    text: str,
    reward: str = "",
    need_ids: tuple[str, ...] = (),
    alternative_id: str | None = None,
) -> TriggersAlternativesState:
    """Return a state with one more "I'd rather …", its reward and the needs it meets."""
    if not text.strip():
        raise ExerciseError(
            tr("exercise_triggers_alternatives", "Describe what you would rather do.")
        )
    _check_needs(state, tuple(need_ids))
    item = Alternative(alternative_id or new_id(), text.strip(), reward.strip(), tuple(need_ids))
    return replace(state, alternatives=(*state.alternatives, item))


def update_alternative(
    state: TriggersAlternativesState, alternative_id: str, **changes: Any
) -> TriggersAlternativesState:
    """Return a state with an alternative's text, reward or needs changed."""
    allowed = {"text", "reward", "need_ids"}
    if set(changes) - allowed:
        raise ExerciseError(f"cannot change {', '.join(sorted(set(changes) - allowed))}")
    if "need_ids" in changes:
        changes["need_ids"] = tuple(changes["need_ids"])
    updated = replace(state.alternative(alternative_id), **changes)
    _check_needs(state, updated.need_ids)
    return replace(
        state,
        alternatives=tuple(updated if a.id == alternative_id else a for a in state.alternatives),
    )


def remove_alternative(
    state: TriggersAlternativesState, alternative_id: str
) -> TriggersAlternativesState:
    """Return a state without one alternative."""
    state.alternative(alternative_id)
    return replace(
        state, alternatives=tuple(a for a in state.alternatives if a.id != alternative_id)
    )


def _need_labels(state: TriggersAlternativesState) -> dict[str, str]:
    labels = {e.id: e.label for e in get_exercise(EXERCISE_ID).catalogue("needs")}
    labels.update({n.id: n.label for n in state.own_needs})
    return labels


def _feeling_label(feeling: str) -> str:
    labels = {e.id: e.label for e in get_exercise(EXERCISE_ID).catalogue("feelings")}
    return labels.get(feeling, feeling)


def chains(state: TriggersAlternativesState) -> list[dict[str, Any]]:
    """Trigger → needs → alternatives, as plain data for the diagram and the PDF."""
    labels = _need_labels(state)
    result = []
    for t in state.triggers:
        needs = [
            {
                "need_id": n,
                "need": labels.get(n, n),
                "alternatives": [
                    {"id": a.id, "text": a.text, "reward": a.reward}
                    for a in state.alternatives
                    if n in a.need_ids
                ],
            }
            for n in t.need_ids
        ]
        result.append(
            {
                "trigger_id": t.id,
                "situation": t.situation,
                "feelings": [_feeling_label(f) for f in t.feelings],
                "needs": needs,
            }
        )
    return result


def gaps(state: TriggersAlternativesState) -> dict[str, list[str]]:
    """What is not yet covered: triggers with no need, needs with no alternative."""
    covered = {n for a in state.alternatives for n in a.need_ids}
    linked = [n for t in state.triggers for n in t.need_ids]
    return {
        "triggers_without_need": [t.id for t in state.triggers if not t.need_ids],
        "needs_without_alternative": sorted({n for n in linked if n not in covered}),
    }


@register
class TriggersAlternatives(Exercise[TriggersAlternativesState]):
    """Links what sets off the urge to the need behind it and to concrete alternatives."""

    id = EXERCISE_ID
    title = "Triggers, needs and alternatives"
    state_type = TriggersAlternativesState

    def new_state(self) -> TriggersAlternativesState:
        """Nothing mapped yet."""
        return TriggersAlternativesState()

    def validate(self, state: TriggersAlternativesState) -> list[ExerciseProblem]:
        """Unique ids, known needs, words in every entry."""
        problems = check_unique_ids(state.triggers, "triggers")
        problems += check_unique_ids(state.alternatives, "alternatives")
        known = set(state.need_ids())
        for t in state.triggers:
            if not t.situation.strip():
                problems.append(ExerciseProblem(t.id, "the trigger has no situation"))
            problems += [
                ExerciseProblem(t.id, f"unknown need '{n}'") for n in t.need_ids if n not in known
            ]
        for a in state.alternatives:
            if not a.text.strip():
                problems.append(ExerciseProblem(a.id, "the alternative has no words"))
            problems += [
                ExerciseProblem(a.id, f"unknown need '{n}'") for n in a.need_ids if n not in known
            ]
        return problems

    def summary(self, state: TriggersAlternativesState) -> dict[str, Any]:
        """The chains, the gaps (with readable need names) and all alternatives."""
        labels = _need_labels(state)
        g = gaps(state)
        return {
            "title": self.display_title(),
            "chains": chains(state),
            "needs_without_alternative": [labels.get(n, n) for n in g["needs_without_alternative"]],
            "alternatives": [
                {
                    "text": a.text,
                    "reward": a.reward,
                    "needs": [labels.get(n, n) for n in a.need_ids],
                }
                for a in state.alternatives
            ],
        }

    def changes(
        self, old: TriggersAlternativesState, new: TriggersAlternativesState
    ) -> dict[str, Any]:
        """Triggers and alternatives added, removed or changed."""
        t_add, t_rem, t_chg = diff_by_id(old.triggers, new.triggers)
        a_add, a_rem, a_chg = diff_by_id(old.alternatives, new.alternatives)
        return {
            "triggers_added": [t.to_dict() for t in t_add],
            "triggers_removed": [t.to_dict() for t in t_rem],
            "triggers_changed": [b.to_dict() for _, b in t_chg],
            "alternatives_added": [a.to_dict() for a in a_add],
            "alternatives_removed": [a.to_dict() for a in a_rem],
            "alternatives_changed": [b.to_dict() for _, b in a_chg],
        }
