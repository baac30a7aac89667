"""One client's responses side by side, with change markers and chart series.

Every response is first mapped to the newest version of its form, so a row is one
stable item however often the wording changed. The result is plain data; the UI and
the PDF report draw it.

A column is one filled-in form; a measurement point may hold more than one (a paper copy
kept beside the client's own). Changes are measured from one *point* to the next, never
between two forms of the same point: a day-one "change" between them is no change over
time, and a before/after comparison is what the scale is for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from kastdesk.forms.model import FORMS_CONTEXT, FormFamily, Item, ItemType
from kastdesk.forms.responses import FormResponse, in_force, is_empty, is_finished, numeric_value
from kastdesk.forms.schedule import (
    DEFAULT_WINDOW_DAYS,
    Filled,
    MeasurementPoint,
    is_late,
    points_of_forms,
)
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
    """One filled-in form in the table, and the measurement point it belongs to.

    ``point`` names the point (a schedule key such as "start" or "follow_up_24m" when the
    schedule was given); columns with the same ``point`` stand side by side and are not
    compared with each other. ``form_at_point`` counts from 1 in the order the forms were
    entered, ``forms_at_point`` is how many the point holds.

    ``late``: filled in after the next point's day (a start form filled in after treatment
    ended, ``schedule.is_late``): shown, marked, but neither given nor used for a
    better/worse marker and not charted, since it measures no start. ``finished``: every
    required question answered; a form left half done is shown and marked as such."""

    response_id: str
    variant: str
    answered_at: date
    original_version: int
    point: str = ""
    form_at_point: int = 1
    forms_at_point: int = 1
    late: bool = False
    finished: bool = True


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
    """One value on a chart, placed by its table column (``Comparison.columns`` index):
    two forms may share a date and a variant, so those never say where it goes."""

    answered_at: date
    variant: str
    value: float
    column: int = -1


@dataclass(frozen=True)
class Series:
    """Values of one directional item over time, with the scale range for the axis."""

    item_id: str
    label: str
    better: str  # "higher" or "lower" (yes/no items: yes=1, no=0, so "yes" -> "higher")
    minimum: float | None
    maximum: float | None
    points: tuple[SeriesPoint, ...]
    #: Values of the other forms at a point that has more than one: shown as dots only.
    #: The line runs through the last form of each point (the one the next point is
    #: compared with), so two forms of one point never draw a slope between them.
    also: tuple[SeriesPoint, ...] = ()


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


def _points_without_schedule(
    ordered: Sequence[FormResponse], window_days: int = DEFAULT_WINDOW_DAYS
) -> list[str]:
    """Which forms share a point when the schedule is not known (oldest first).

    A case has one start point and one end point, so every start form is the same point,
    and every end form too. Follow-ups may be several (six months, two years): a follow-up
    form within ``window_days`` of the first of the previous follow-up forms shares its
    point, a later one starts the next."""
    keys: list[str] = []
    first_of: dict[str, tuple[date, str]] = {}
    for r in ordered:
        if r.variant in ("start", "end"):
            keys.append(r.variant)
            continue
        group = first_of.get(r.variant)
        if group is None or (r.answered_at - group[0]).days > window_days:
            group = (r.answered_at, f"{r.variant}@{r.answered_at.isoformat()}")
            first_of[r.variant] = group
        keys.append(group[1])
    return keys


def compare_responses(
    family: FormFamily,
    responses: Iterable[FormResponse],
    points: Sequence[MeasurementPoint] | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> Comparison:
    """Build the side-by-side table for one client's responses to one form.

    Columns are ordered by measurement point (in the order the points were first
    filled in), then by the day each form was filled in, then in the order given:
    ``list_responses`` gives the order the forms were entered, so two forms of one day
    keep their places from one drawing to the next (the screen and the PDF agree).
    ``points`` is the case's schedule: each form is placed at its point as the
    self-rating tab counts them (``points_of_forms``: the point chosen for a form wins);
    without it, every start form is the start point, every end form the end point, and
    follow-ups close in time share one. A form filled in after the next point's day is
    ``late`` (with the schedule only) and left out of the markers: a start form filled in
    after a follow-up read ▼ "worse" than it.

    Rows follow the newest version's order; items no response answered are left out so
    the table stays readable. A change is measured against the latest answer at an
    earlier *point*: the forms of one point are each compared with the point before,
    never with each other. The first answered point of an item carries no marker unless
    earlier points exist without an answer ("new"), e.g. end-only questions.
    Answers to items hidden by an earlier answer are left out (``in_force``).
    """
    latest = family.latest
    given = [r for r in responses if r.form_id == family.form_id]
    by_day = sorted(given, key=_sort_key)  # stable: the same day keeps the order given
    if points is None:
        keys = _points_without_schedule(by_day, window_days)
    else:
        found = points_of_forms(points, [Filled(r.variant, r.answered_at, r.point)
                                         for r in by_day], window_days)
        keys = [k if k is not None else f"{r.variant}:{r.response_id}"
                for k, r in zip(found, by_day, strict=True)]
    point_rank: dict[str, int] = {}
    for key in keys:
        point_rank.setdefault(key, len(point_rank))
    placed = sorted(zip(by_day, keys, strict=True), key=lambda rk: point_rank[rk[1]])
    ordered = [r for r, _ in placed]
    # Only answers in force: one set aside under a question hidden now is neither shown,
    # scored nor printed (in the response's own version, where its conditions hold).
    upgraded = [upgrade_response(in_force(family.get(r.form_version), r), family).response
                for r in ordered]
    counts = {key: keys.count(key) for key in point_rank}
    seen_at: dict[str, int] = {}
    columns_list: list[Column] = []
    for r, key in placed:
        seen_at[key] = seen_at.get(key, 0) + 1
        late = points is not None and is_late(points, key, r.answered_at)
        finished = is_finished(family.get(r.form_version), r)
        columns_list.append(Column(r.response_id, r.variant, r.answered_at, r.form_version,
                                   key, seen_at[key], counts[key], late, finished))
    columns = tuple(columns_list)
    rows: list[Row] = []
    for item in latest.items_for(None):
        values = [u.answers.get(item.id) for u in upgraded]
        if all(is_empty(v) for v in values):
            continue
        cells: list[Cell] = []
        before: float | None = None  # the latest answer at an earlier point
        here: float | None = None  # the latest answer at this column's point so far
        point = None
        for index, value in enumerate(values):
            if columns[index].late:  # measures no point in time: never compared
                number = None if is_empty(value) else numeric_value(item, value)
                cells.append(Cell(value, display_value(item, value), number, None))
                continue
            if columns[index].point != point:
                if point is not None and here is not None:
                    before = here
                point, here = columns[index].point, None
            number = None if is_empty(value) else numeric_value(item, value)
            change = _change(item, before, number, seen=point_rank[point] > 0)
            if number is not None:
                here = number
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
        answered = [
            SeriesPoint(col.answered_at, col.variant, cell.numeric, index)
            for index, (col, cell) in enumerate(zip(comparison.columns, row.cells, strict=True))
            if cell.numeric is not None and not col.late
        ]
        if not answered:
            continue
        # One value per point on the line: its last form's (what the next point is
        # compared with); the point's other forms are dots beside it.
        last_at = {comparison.columns[p.column].point: p for p in answered}
        points = tuple(p for p in answered if last_at[comparison.columns[p.column].point] is p)
        also = tuple(p for p in answered if p not in points)
        if item.type is ItemType.ORDERED_SCALE:
            values = [c.value for c in item.choices if c.value is not None]
            lo, hi = min(values), max(values)
        elif item.type is ItemType.YES_NO:
            lo, hi = 0.0, 1.0
        else:
            lo, hi = item.minimum, item.maximum
        series.append(Series(item.id, row.label, direction, lo, hi, points, also))
    return series
