"""Consequence listing: every consequence of buying sex, sorted by the area it affects."""

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

EXERCISE_ID = "consequence_listing"
SERIOUSNESS_MIN, SERIOUSNESS_MAX = 1, 5
TERMS = ("short", "long", "both")


@dataclass(frozen=True)
class Consequence:
    """One consequence the client named, in one area."""

    id: str
    area: str
    text: str
    seriousness: int = 3
    term: str = "short"
    added_in_session: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "area": self.area,
            "text": self.text,
            "seriousness": self.seriousness,
            "term": self.term,
            "added_in_session": self.added_in_session,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Consequence:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            id=str(data["id"]),
            area=str(data["area"]),
            text=str(data.get("text", "")),
            seriousness=int(data.get("seriousness", 3)),
            term=str(data.get("term", "short")),
            added_in_session=data.get("added_in_session"),
        )


@dataclass(frozen=True)
class ConsequenceListingState:
    """All consequences in the order they were named."""

    exercise_id: ClassVar[str] = EXERCISE_ID
    consequences: tuple[Consequence, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store."""
        return {
            "exercise": EXERCISE_ID,
            "schema": 1,
            "consequences": [c.to_dict() for c in self.consequences],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConsequenceListingState:
        """Rebuild from :meth:`to_dict` output."""
        return cls(tuple(Consequence.from_dict(c) for c in data.get("consequences", [])))

    def get(self, consequence_id: str) -> Consequence:
        """A consequence by id; :class:`ExerciseError` if missing."""
        for c in self.consequences:
            if c.id == consequence_id:
                return c
        raise ExerciseError(f"no consequence '{consequence_id}'")


def _check(area: str, seriousness: int, term: str) -> None:
    if area not in get_exercise(EXERCISE_ID).catalogue_ids("areas"):
        raise ExerciseError(f"unknown area '{area}'")
    if not SERIOUSNESS_MIN <= seriousness <= SERIOUSNESS_MAX:
        raise ExerciseError(f"seriousness must be {SERIOUSNESS_MIN}–{SERIOUSNESS_MAX}")
    if term not in TERMS:
        raise ExerciseError(f"term must be one of {', '.join(TERMS)}")


def add_consequence(
    state: ConsequenceListingState,
    area: str,
    text: str,
    seriousness: int = 3,
    term: str = "short",
    session_id: str | None = None,
    consequence_id: str | None = None,
) -> ConsequenceListingState:
    """Return a state with one more consequence."""
    _check(area, seriousness, term)
    if not text.strip():
        raise ExerciseError(tr("exercise_consequence_listing", "A consequence needs some words."))
    item = Consequence(
        consequence_id or new_id(), area, text.strip(), seriousness, term, session_id
    )
    return replace(state, consequences=(*state.consequences, item))


def update_consequence(
    state: ConsequenceListingState, consequence_id: str, **changes: Any
) -> ConsequenceListingState:
    """Return a state with fields of one consequence changed (text, area, seriousness, term)."""
    allowed = {"text", "area", "seriousness", "term"}
    if set(changes) - allowed:
        raise ExerciseError(f"cannot change {', '.join(sorted(set(changes) - allowed))}")
    updated = replace(state.get(consequence_id), **changes)
    _check(updated.area, updated.seriousness, updated.term)
    return replace(
        state,
        consequences=tuple(updated if c.id == consequence_id else c for c in state.consequences),
    )


def remove_consequence(
    state: ConsequenceListingState, consequence_id: str
) -> ConsequenceListingState:
    """Return a state without one consequence."""
    state.get(consequence_id)
    return replace(
        state, consequences=tuple(c for c in state.consequences if c.id != consequence_id)
    )


@dataclass(frozen=True)
class AreaGroup:
    """One row of the grid: an area and its consequences, most serious first."""

    area_id: str
    label: str
    help: str
    consequences: tuple[Consequence, ...]

    @property
    def is_empty(self) -> bool:
        """Nothing named here yet: the therapist may want to ask about it."""
        return not self.consequences

    @property
    def max_seriousness(self) -> int:
        """Highest seriousness in the area (0 when empty)."""
        return max((c.seriousness for c in self.consequences), default=0)


def grid(state: ConsequenceListingState) -> list[AreaGroup]:
    """Every area in resource order, including empty ones, for the grid view."""
    exercise = get_exercise(EXERCISE_ID)
    groups = []
    for area in exercise.catalogue("areas"):
        items = sorted(
            (c for c in state.consequences if c.area == area.id),
            key=lambda c: -c.seriousness,
        )
        groups.append(AreaGroup(area.id, area.label, area.help, tuple(items)))
    return groups


@register
class ConsequenceListing(Exercise[ConsequenceListingState]):
    """The client lists consequences by area; empty areas are shown, not hidden."""

    id = EXERCISE_ID
    title = "Consequence listing"
    state_type = ConsequenceListingState

    def new_state(self) -> ConsequenceListingState:
        """No consequences yet."""
        return ConsequenceListingState()

    def validate(self, state: ConsequenceListingState) -> list[ExerciseProblem]:
        """Known areas, seriousness in range, a known term, some text, unique ids."""
        problems = check_unique_ids(state.consequences, "consequences")
        areas = set(self.catalogue_ids("areas"))
        for c in state.consequences:
            if c.area not in areas:
                problems.append(ExerciseProblem(c.id, f"unknown area '{c.area}'"))
            if not SERIOUSNESS_MIN <= c.seriousness <= SERIOUSNESS_MAX:
                problems.append(ExerciseProblem(c.id, "seriousness out of range"))
            if c.term not in TERMS:
                problems.append(ExerciseProblem(c.id, f"unknown term '{c.term}'"))
            if not c.text.strip():
                problems.append(ExerciseProblem(c.id, "the consequence has no words"))
        return problems

    def summary(self, state: ConsequenceListingState) -> dict[str, Any]:
        """Areas with their consequences, the empty areas named, and the most serious ones."""
        seriousness = {e.id: e.label for e in self.catalogue("seriousness")}
        terms = {e.id: e.label for e in self.catalogue("terms")}
        groups = grid(state)
        return {
            "title": self.display_title(),
            "areas": [
                {
                    "id": g.area_id,
                    "label": g.label,
                    "empty": g.is_empty,
                    "consequences": [
                        {
                            "text": c.text,
                            "seriousness": c.seriousness,
                            "seriousness_label": seriousness.get(str(c.seriousness), ""),
                            "term": terms.get(c.term, c.term),
                        }
                        for c in g.consequences
                    ],
                }
                for g in groups
            ],
            "empty_areas": [g.label for g in groups if g.is_empty],
            "count": len(state.consequences),
            "most_serious": [
                c.text for c in sorted(state.consequences, key=lambda c: -c.seriousness)[:3]
            ],
        }

    def changes(self, old: ConsequenceListingState, new: ConsequenceListingState) -> dict[str, Any]:
        """Consequences added, removed and changed; areas that stopped being empty."""
        added, removed, changed = diff_by_id(old.consequences, new.consequences)
        old_areas = {c.area for c in old.consequences}
        new_areas = {c.area for c in new.consequences}
        return {
            "added": [c.to_dict() for c in added],
            "removed": [c.to_dict() for c in removed],
            "changed": [{"old": a.to_dict(), "new": b.to_dict()} for a, b in changed],
            "areas_filled": sorted(new_areas - old_areas),
        }
