"""The exercise contract, the registry, and the shared helpers every exercise uses.

An exercise is one module that declares a subclass of :class:`Exercise` with
``@register``. The registry discovers the modules of this package on first use, so
adding an exercise means adding one module (and its texts in resources/exercises).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

from kastdesk.i18n import tr
from kastdesk.resources import resources_dir

#: Modules in this package that are infrastructure, not exercises.
_NOT_EXERCISES = frozenset({"base", "demo", "demo_case", "storage"})


class ExerciseState(Protocol):
    """What every state dataclass offers: a JSON-ready dict and back."""

    exercise_id: ClassVar[str]

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self: ...


S = TypeVar("S", bound=ExerciseState)


@dataclass(frozen=True)
class ExerciseProblem:
    """One thing wrong (or worth a look, ``severity="warning"``) in a state."""

    field: str
    message: str
    severity: str = "error"


@dataclass(frozen=True)
class CatalogueEntry:
    """One entry of a category list from the resources (area, need, strategy …)."""

    id: str
    label: str
    help: str = ""


class ExerciseError(ValueError):
    """An operation was asked for something impossible (unknown entry, bad value)."""


def new_id() -> str:
    """A short random id for entries inside a state (unique within one case is enough)."""
    return uuid.uuid4().hex[:12]


@cache
def load_texts(exercise_id: str) -> dict[str, Any]:
    """The texts and category lists of one exercise, from resources/exercises/<id>.json."""
    path = resources_dir() / "exercises" / f"{exercise_id}.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


class Exercise(ABC, Generic[S]):
    """One guided exercise: pure functions over an immutable state dataclass.

    Subclasses set ``id``, ``title`` and ``state_type`` and implement ``new_state``,
    ``validate``, ``summary`` and ``changes``. Operations live as module functions that
    take a state and return a new one, so the UI can keep both for undo.
    """

    id: ClassVar[str]
    title: ClassVar[str]
    state_type: ClassVar[type[Any]]

    @property
    def context(self) -> str:
        """Translation context for this exercise's texts."""
        return f"exercise_{self.id}"

    def display_title(self) -> str:
        """The title, translated."""
        return tr(self.context, self.title)

    def texts(self) -> dict[str, Any]:
        """Raw, untranslated resource data (for tools and tests)."""
        return load_texts(self.id)

    def text(self, key: str) -> str:
        """A translated text from the resource file's ``texts`` object."""
        return tr(self.context, str(self.texts().get("texts", {}).get(key, key)))

    def catalogue(self, name: str) -> list[CatalogueEntry]:
        """A translated category list from the resource file (e.g. ``areas``)."""
        return [
            CatalogueEntry(
                id=e["id"],
                label=tr(self.context, e["label"]),
                help=tr(self.context, e["help"]) if e.get("help") else "",
            )
            for e in self.texts().get(name, [])
        ]

    def catalogue_ids(self, name: str) -> list[str]:
        """Only the ids of a category list (no translation needed for checks)."""
        return [e["id"] for e in self.texts().get(name, [])]

    def from_dict(self, data: dict[str, Any]) -> S:
        """Rebuild a state saved by its ``to_dict``."""
        if data.get("exercise", self.id) != self.id:
            raise ExerciseError(f"data belongs to '{data.get('exercise')}', not '{self.id}'")
        state: S = self.state_type.from_dict(data)
        return state

    @abstractmethod
    def new_state(self) -> S:
        """An empty state to start the exercise with."""

    @abstractmethod
    def validate(self, state: S) -> list[ExerciseProblem]:
        """Problems in ``state``; empty when it can be saved as is."""

    @abstractmethod
    def summary(self, state: S) -> dict[str, Any]:
        """Plain, translated data for the case summary PDF and the overview."""

    @abstractmethod
    def changes(self, old: S, new: S) -> dict[str, Any]:
        """What changed between two states ("since last session"), as plain data."""


_registry: dict[str, Exercise[Any]] = {}
_discovered = False


def register(cls: type[Exercise[Any]]) -> type[Exercise[Any]]:
    """Class decorator: make an exercise available under its ``id``."""
    if cls.id in _registry and type(_registry[cls.id]) is not cls:
        raise ValueError(f"exercise id '{cls.id}' registered twice")
    _registry[cls.id] = cls()
    return cls


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    import kastdesk.exercises as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name not in _NOT_EXERCISES and not info.name.startswith("_"):
            importlib.import_module(f"{package.__name__}.{info.name}")
    _discovered = True


def get_exercise(exercise_id: str) -> Exercise[Any]:
    """The registered exercise with this id; ``KeyError`` names the known ones."""
    _discover()
    if exercise_id not in _registry:
        raise KeyError(f"unknown exercise '{exercise_id}' (known: {', '.join(sorted(_registry))})")
    return _registry[exercise_id]


def all_exercises() -> list[Exercise[Any]]:
    """Every registered exercise, in the order the resources give (``order``), then by id."""
    _discover()
    return sorted(_registry.values(), key=lambda e: (e.texts().get("order", 99), e.id))


def diff_by_id(
    old: Iterable[Any], new: Iterable[Any], key: str = "id"
) -> tuple[list[Any], list[Any], list[tuple[Any, Any]]]:
    """Entries added, removed and changed (old, new) between two tuples of dataclasses."""
    before = {getattr(e, key): e for e in old}
    after = {getattr(e, key): e for e in new}
    added = [e for k, e in after.items() if k not in before]
    removed = [e for k, e in before.items() if k not in after]
    changed = [(before[k], e) for k, e in after.items() if k in before and before[k] != e]
    return added, removed, changed


def check_unique_ids(entries: Iterable[Any], field: str) -> list[ExerciseProblem]:
    """A problem for every id used twice (ids are how versions are compared)."""
    seen: set[str] = set()
    problems = []
    for e in entries:
        if e.id in seen:
            problems.append(ExerciseProblem(field, f"id '{e.id}' is used twice"))
        seen.add(e.id)
    return problems
