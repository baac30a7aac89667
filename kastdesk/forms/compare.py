"""One client's responses side by side, with change markers and chart series.

Every response is first mapped to the newest version of its form, so a row is one
stable item however often the wording changed. The result is plain data; the UI and
the PDF report draw it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from kastdesk.forms.model import FORMS_CONTEXT, FormFamily, Item, ItemType
from kastdesk.forms.responses import FormResponse, in_force, is_empty, numeric_value
from kastdesk.forms.versions import upgrade_response
from kastdesk.i18n import tr

VARIANT_ORDER = {"start": 0, "end": 1, "follow_up": 2}


class Change(StrEnum):
    """How an answer moved since the previous answered measurement point."""

    IMPROVED = "improved"
    WORSE = "worse"
    SAME = "same"
    NEW = "new"  # answered now, not at any earlier point


@dataclass(frozen=True)
class Column:
    """One measurement point in the table."""

    response_id: str
    variant: str
    answered_at: date
    original_version: int


@dataclass(frozen=True)
class Cell:
    """One answer: raw value (newest ids), readable text, number if any, change marker."""

    value: Any
    display: str
    numeric: float | None
    change: Change | None


@dataclass(frozen=True)
class Row:
    """One item across all columns."""

    item_id: str
    label: str
    section_id: str
    item_type: ItemType
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Comparison:
    """The side-by-side table: columns are measurement points, rows are items."""

    form_id: str
    version: int
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def row(self, item_id: str) -> Row:
        """Row by item id (``KeyError`` if the item never was answered or asked)."""
        for r in self.rows:
            if r.item_id == item_id:
                return r
        raise KeyError(item_id)


@dataclass(frozen=True)
class SeriesPoint:
    """One value on a chart line."""

    answered_at: date
    variant: str
    value: float


@dataclass(frozen=True)
class Series:
    """Values of one directional item over time, with the scale range for the axis."""

    item_id: str
    label: str
    better: str  # "higher" or "lower" (yes/no items: yes=1, no=0, so "yes" -> "higher")
    minimum: float | None
    maximum: float | None
    points: tuple[SeriesPoint, ...]


def _direction(item: Item) -> str | None:
    """Normalise ``better`` to "higher"/"lower" on the numeric value, or ``None``."""
    if item.better in ("higher", "yes"):
        return "higher"
    if item.better in ("lower", "no"):
        return "lower"
    return None


def display_value(item: Item, value: Any) -> str:
    """Readable, translated text for an answer (labels rather than ids)."""
    ctx = FORMS_CONTEXT
    if is_empty(value):
        return ""
    if item.type is ItemType.YES_NO:
        return tr("forms", "Yes") if value else tr("forms", "No")  # literal: lupdate reads it
    if item.type in (ItemType.SINGLE_CHOICE, ItemType.ORDERED_SCALE):
        choice = item.choice(value)
        return tr(ctx, choice.label) if choice else str(value)
    if item.type is ItemType.MULTI_CHOICE:
        labels = [tr(ctx, c.label) if (c := item.choice(v)) else str(v) for v in value]
        return ", ".join(labels)
    if item.type is ItemType.NUMBER:
        return f"{value:g}" if isinstance(value, float) else str(value)
    return str(value)


def _change(item: Item, previous: float | None, current: float | None, seen: bool) -> Change | None:
    direction = _direction(item)
    if direction is None or current is None:
        return None
    if previous is None:
        return Change.NEW if seen else None
    if current == previous:
        return Change.SAME
    better = current > previous if direction == "higher" else current < previous
    return Change.IMPROVED if better else Change.WORSE


def _sort_key(r: FormResponse) -> tuple[date, int]:
    return (r.answered_at, VARIANT_ORDER.get(r.variant, 99))


def compare_responses(family: FormFamily, responses: Iterable[FormResponse]) -> Comparison:
    """Build the side-by-side table for one client's responses to one form.

    Rows follow the newest version's order; items no response answered are left out so
    the table stays readable. The first answered point of an item carries no marker
    unless earlier points exist without an answer ("new"), e.g. end-only questions.
    Answers to items hidden by an earlier answer are left out (``in_force``).
    """
    latest = family.latest
    ordered = sorted((r for r in responses if r.form_id == family.form_id), key=_sort_key)
    # Only answers in force: one set aside under a question hidden now is neither shown,
    # scored nor printed (in the response's own version, where its conditions hold).
    upgraded = [upgrade_response(in_force(family.get(r.form_version), r), family).response
                for r in ordered]
    columns = tuple(
        Column(r.response_id, r.variant, r.answered_at, r.form_version) for r in ordered
    )
    rows: list[Row] = []
    for item in latest.items_for(None):
        values = [u.answers.get(item.id) for u in upgraded]
        if all(is_empty(v) for v in values):
            continue
        cells: list[Cell] = []
        previous: float | None = None
        for index, value in enumerate(values):
            number = None if is_empty(value) else numeric_value(item, value)
            change = _change(item, previous, number, seen=index > 0)
            if number is not None:
                previous = number
            cells.append(Cell(value, display_value(item, value), number, change))
        label = tr(FORMS_CONTEXT, item.label)
        rows.append(Row(item.id, label, item.section_id, item.type, tuple(cells)))
    return Comparison(family.form_id, latest.version, columns, tuple(rows))


def chart_series(family: FormFamily, comparison: Comparison) -> list[Series]:
    """Series of every directional item with at least one numeric value, for a line chart."""
    latest = family.latest
    series: list[Series] = []
    for row in comparison.rows:
        item = latest.items[row.item_id]
        direction = _direction(item)
        if direction is None:
            continue
        points = tuple(
            SeriesPoint(col.answered_at, col.variant, cell.numeric)
            for col, cell in zip(comparison.columns, row.cells, strict=True)
            if cell.numeric is not None
        )
        if not points:
            continue
        if item.type is ItemType.ORDERED_SCALE:
            values = [c.value for c in item.choices if c.value is not None]
            lo, hi = min(values), max(values)
        elif item.type is ItemType.YES_NO:
            lo, hi = 0.0, 1.0
        else:
            lo, hi = item.minimum, item.maximum
        series.append(Series(item.id, row.label, direction, lo, hi, points))
    return series
