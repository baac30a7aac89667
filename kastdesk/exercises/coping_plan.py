"""Coping plan: a short personal card of what to do, in order, when the urge comes."""

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

EXERCISE_ID = "coping_plan"
OWN = "own"
#: More steps than this and the card stops being something one reads in the moment.
CARD_MAX_STEPS = 7


@dataclass(frozen=True)
class Strategy:
    """One step on the card: a catalogue strategy (``kind``) or the client's own (``own``)."""

    id: str
    kind: str
    text: str = ""  # own words; for catalogue kinds an optional personal detail

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"id": self.id, "kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Strategy:
        """Rebuild from :meth:`to_dict` output."""
        return cls(str(data["id"]), str(data["kind"]), str(data.get("text", "")))


@dataclass(frozen=True)
class Contact:
    """Someone to call, described by role; a name or number is optional, never required."""

    id: str
    role: str  # catalogue role id or own words
    how_to_reach: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"id": self.id, "role": self.role, "how_to_reach": self.how_to_reach}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        """Rebuild from :meth:`to_dict` output."""
        return cls(str(data["id"]), str(data["role"]), str(data.get("how_to_reach", "")))


@dataclass(frozen=True)
class CopingPlanState:
    """Ordered strategies, people to call, and the client's reason to stop."""

    exercise_id: ClassVar[str] = EXERCISE_ID
    strategies: tuple[Strategy, ...] = field(default_factory=tuple)
    contacts: tuple[Contact, ...] = field(default_factory=tuple)
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store."""
        return {
            "exercise": EXERCISE_ID,
            "schema": 1,
            "reason": self.reason,
            "strategies": [s.to_dict() for s in self.strategies],
            "contacts": [c.to_dict() for c in self.contacts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CopingPlanState:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            tuple(Strategy.from_dict(s) for s in data.get("strategies", [])),
            tuple(Contact.from_dict(c) for c in data.get("contacts", [])),
            str(data.get("reason", "")),
        )

    def index_of(self, strategy_id: str) -> int:
        """Position of a strategy; :class:`ExerciseError` if missing."""
        for i, s in enumerate(self.strategies):
            if s.id == strategy_id:
                return i
        raise ExerciseError(f"no strategy '{strategy_id}'")


def _strategy_kinds() -> list[str]:
    return get_exercise(EXERCISE_ID).catalogue_ids("strategies")


def add_strategy(
    state: CopingPlanState,
    kind: str,
    text: str = "",
    position: int | None = None,
    strategy_id: str | None = None,
) -> CopingPlanState:
    """Return a state with a step added at ``position`` (default: last)."""
    if kind not in _strategy_kinds():
        raise ExerciseError(f"unknown strategy '{kind}'")
    if kind == OWN and not text.strip():
        raise ExerciseError(tr("exercise_coping_plan", "Describe your own strategy."))
    items = list(state.strategies)
    index = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(index, Strategy(strategy_id or new_id(), kind, text.strip()))
    return replace(state, strategies=tuple(items))


def move_strategy(state: CopingPlanState, strategy_id: str, new_index: int) -> CopingPlanState:
    """Return a state with one step moved to ``new_index`` (clamped to the list)."""
    items = list(state.strategies)
    item = items.pop(state.index_of(strategy_id))
    items.insert(max(0, min(new_index, len(items))), item)
    return replace(state, strategies=tuple(items))


def update_strategy_text(state: CopingPlanState, strategy_id: str, text: str) -> CopingPlanState:
    """Return a state with a step's own words changed."""
    index = state.index_of(strategy_id)
    current = state.strategies[index]
    if current.kind == OWN and not text.strip():
        raise ExerciseError(tr("exercise_coping_plan", "Describe your own strategy."))
    items = list(state.strategies)
    items[index] = replace(current, text=text.strip())
    return replace(state, strategies=tuple(items))


def remove_strategy(state: CopingPlanState, strategy_id: str) -> CopingPlanState:
    """Return a state without one step."""
    state.index_of(strategy_id)
    return replace(state, strategies=tuple(s for s in state.strategies if s.id != strategy_id))


def add_contact(
    state: CopingPlanState, role: str, how_to_reach: str = "", contact_id: str | None = None
) -> CopingPlanState:
    """Return a state with one more person to call, by role."""
    if not role.strip():
        raise ExerciseError(tr("exercise_coping_plan", "Say who it is (a role is enough)."))
    contact = Contact(contact_id or new_id(), role.strip(), how_to_reach.strip())
    return replace(state, contacts=(*state.contacts, contact))


def remove_contact(state: CopingPlanState, contact_id: str) -> CopingPlanState:
    """Return a state without one contact."""
    if all(c.id != contact_id for c in state.contacts):
        raise ExerciseError(f"no contact '{contact_id}'")
    return replace(state, contacts=tuple(c for c in state.contacts if c.id != contact_id))


def set_reason(state: CopingPlanState, reason: str) -> CopingPlanState:
    """Return a state with the client's reason to stop (shown on top of the card)."""
    return replace(state, reason=reason.strip())


@register
class CopingPlan(Exercise[CopingPlanState]):
    """Strategies for the moment of the urge as a short, ordered personal card."""

    id = EXERCISE_ID
    title = "Coping plan"
    state_type = CopingPlanState

    def new_state(self) -> CopingPlanState:
        """An empty card."""
        return CopingPlanState()

    def validate(self, state: CopingPlanState) -> list[ExerciseProblem]:
        """Known kinds, own strategies have words, roles given; warn when the card grows long."""
        problems = check_unique_ids(state.strategies, "strategies")
        problems += check_unique_ids(state.contacts, "contacts")
        kinds = set(self.catalogue_ids("strategies"))
        for s in state.strategies:
            if s.kind not in kinds:
                problems.append(ExerciseProblem(s.id, f"unknown strategy '{s.kind}'"))
            if s.kind == OWN and not s.text.strip():
                problems.append(ExerciseProblem(s.id, "own strategy without words"))
        for c in state.contacts:
            if not c.role.strip():
                problems.append(ExerciseProblem(c.id, "the contact has no role"))
        if len(state.strategies) > CARD_MAX_STEPS:
            problems.append(ExerciseProblem("strategies", self.text("too_long"), "warning"))
        return problems

    def summary(self, state: CopingPlanState) -> dict[str, Any]:
        """The card: reason, numbered steps in order, and people by role."""
        labels = {e.id: e.label for e in self.catalogue("strategies")}
        roles = {e.id: e.label for e in self.catalogue("roles")}
        steps = []
        for number, s in enumerate(state.strategies, start=1):
            title = s.text if s.kind == OWN else labels.get(s.kind, s.kind)
            detail = "" if s.kind == OWN else s.text
            steps.append({"number": number, "kind": s.kind, "title": title, "detail": detail})
        return {
            "title": self.text("card_title"),
            "reason": state.reason,
            "steps": steps,
            "people": [
                {"role": roles.get(c.role, c.role), "how_to_reach": c.how_to_reach}
                for c in state.contacts
            ],
        }

    def changes(self, old: CopingPlanState, new: CopingPlanState) -> dict[str, Any]:
        """Steps added/removed/reworded, whether the order changed, contacts added/removed."""
        added, removed, changed = diff_by_id(old.strategies, new.strategies)
        c_add, c_rem, _ = diff_by_id(old.contacts, new.contacts)
        kept_old = [s.id for s in old.strategies if s.id in {n.id for n in new.strategies}]
        kept_new = [s.id for s in new.strategies if s.id in set(kept_old)]
        return {
            "added": [s.to_dict() for s in added],
            "removed": [s.to_dict() for s in removed],
            "changed": [b.to_dict() for _, b in changed],
            "reordered": kept_old != kept_new,
            "contacts_added": [c.to_dict() for c in c_add],
            "contacts_removed": [c.to_dict() for c in c_rem],
            "reason_changed": old.reason != new.reason,
        }
