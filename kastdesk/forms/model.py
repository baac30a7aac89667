"""Plain, immutable data classes describing a versioned form definition."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ItemType(StrEnum):
    """The kinds of question a form can ask; each maps to one answer type."""

    YES_NO = "yes_no"  # answer: bool
    SINGLE_CHOICE = "single_choice"  # answer: choice id (str)
    MULTI_CHOICE = "multi_choice"  # answer: list of choice ids
    ORDERED_SCALE = "ordered_scale"  # answer: step id (str); numeric value from the step
    NUMBER = "number"  # answer: int or float
    DATE = "date"  # answer: ISO date string "YYYY-MM-DD"
    TEXT = "text"  # answer: str


#: Translation context of every form text (titles, questions, choices, help): the form widget,
#: the comparison and the PDF report all look texts up here, and tools/resource_strings.py
#: lists them for the catalogues.
FORMS_CONTEXT = "forms"

CHOICE_TYPES = frozenset({ItemType.SINGLE_CHOICE, ItemType.MULTI_CHOICE, ItemType.ORDERED_SCALE})

#: Condition operators understood in ``show_if``; the key in JSON names the operator.
CONDITION_OPERATORS = (
    "equals",
    "not_equals",
    "in",
    "not_in",
    "contains",
    "answered",
    "at_least",
    "at_most",
)


@dataclass(frozen=True)
class Choice:
    """One answer option; ``id`` is stable across versions, ``value`` orders scale steps."""

    id: str
    label: str
    value: float | None = None  # only for ordered_scale steps
    renamed_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class Condition:
    """``show_if``: the item is shown only when this holds for an earlier answer.

    A leaf has ``item``/``operator``/``value``; ``all_of``/``any_of`` combine leaves.
    """

    item: str | None = None
    operator: str | None = None
    value: Any = None
    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()

    def referenced_items(self) -> Iterator[str]:
        """Yield every item id this condition looks at (for load-time checks)."""
        if self.item is not None:
            yield self.item
        for sub in (*self.all_of, *self.any_of):
            yield from sub.referenced_items()


@dataclass(frozen=True)
class Item:
    """One question. ``id`` never changes meaning; a reworded question keeps its id."""

    id: str
    type: ItemType
    label: str
    section_id: str
    required: bool = False
    help: str = ""
    choices: tuple[Choice, ...] = ()
    #: For ordered scales, yes/no and numbers: which answer is better ("higher"/"lower"
    #: numeric value; for yes_no "yes"/"no"). ``None`` = no direction, no change markers.
    better: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    length: str = "short"  # text only: "short" or "long"
    show_if: Condition | None = None
    variants: tuple[str, ...] = ()  # empty = all variants of the form
    renamed_from: tuple[str, ...] = ()
    #: Stable, machine-friendly tag for yearly counts and exports (defaults to the id).
    export_key: str = ""

    def choice(self, choice_id: str) -> Choice | None:
        """Return the choice with ``choice_id`` or ``None``."""
        for c in self.choices:
            if c.id == choice_id:
                return c
        return None

    @property
    def choice_ids(self) -> tuple[str, ...]:
        """All choice ids in order."""
        return tuple(c.id for c in self.choices)

    def in_variant(self, variant: str | None) -> bool:
        """True when the item is asked in ``variant`` (``None`` means any variant)."""
        return variant is None or not self.variants or variant in self.variants


@dataclass(frozen=True)
class Section:
    """A titled group of items; its own ``show_if`` hides all its items at once."""

    id: str
    title: str
    help: str = ""
    show_if: Condition | None = None
    item_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormDefinition:
    """One version of one form, validated and ready to use."""

    form_id: str
    version: int
    title: str
    description: str
    variants: tuple[str, ...]
    sections: tuple[Section, ...]
    items: Mapping[str, Item] = field(repr=False)
    source: str = ""  # file the definition came from, for error messages

    @property
    def item_order(self) -> tuple[str, ...]:
        """Item ids in the order they appear on the form."""
        return tuple(i for s in self.sections for i in s.item_ids)

    def item(self, item_id: str) -> Item:
        """Return the item with ``item_id``; ``KeyError`` when it does not exist."""
        return self.items[item_id]

    def items_for(self, variant: str | None = None) -> list[Item]:
        """Items asked in ``variant`` in form order (``None``: every item)."""
        return [self.items[i] for i in self.item_order if self.items[i].in_variant(variant)]

    def section(self, section_id: str) -> Section:
        """Return a section by id."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


@dataclass(frozen=True)
class FormFamily:
    """Every known version of one form, oldest first, so old answers can be upgraded."""

    form_id: str
    versions: tuple[FormDefinition, ...]

    @property
    def latest(self) -> FormDefinition:
        """The newest version: the one new responses are filled in on."""
        return self.versions[-1]

    def get(self, version: int) -> FormDefinition:
        """Return ``version``; ``KeyError`` when unknown."""
        for d in self.versions:
            if d.version == version:
                return d
        raise KeyError(f"{self.form_id} version {version}")
