"""Side-by-side comparison and chart series for one client's responses."""

from __future__ import annotations

from datetime import date

from kastdesk.forms import (
    Change,
    EnteredBy,
    FormResponse,
    chart_series,
    compare_responses,
    get_family,
)

FAMILY = get_family("self_rating")


def response(version: int, variant: str, day: date, **answers: object) -> FormResponse:
    return FormResponse("self_rating", version, variant, day, EnteredBy.CLIENT, dict(answers))


START = response(
    1,
    "start",
    date(2024, 3, 1),
    wellbeing="bad",
    impulse_control="rarely",
    behaviour_destructive=True,
)
END = response(
    2,
    "end",
    date(2024, 9, 1),
    wellbeing="neither_good_nor_bad",
    control_unwanted_impulses="rarely",
    behaviour_destructive=False,
    treated_with_respect="fully",
)
FOLLOW = response(2, "follow_up", date(2025, 3, 1), wellbeing="bad")


def test_columns_are_ordered_by_date() -> None:
    table = compare_responses(FAMILY, [FOLLOW, START, END])
    assert [c.variant for c in table.columns] == ["start", "end", "follow_up"]


def test_rows_use_newest_ids_across_versions() -> None:
    table = compare_responses(FAMILY, [START, END])
    row = table.row("control_unwanted_impulses")
    assert [c.value for c in row.cells] == ["rarely", "rarely"]


def test_improvement_marker_on_higher_is_better() -> None:
    row = compare_responses(FAMILY, [START, END]).row("wellbeing")
    assert [c.change for c in row.cells] == [None, Change.IMPROVED]


def test_worse_marker() -> None:
    row = compare_responses(FAMILY, [START, END, FOLLOW]).row("wellbeing")
    assert row.cells[2].change is Change.WORSE


def test_same_marker() -> None:
    row = compare_responses(FAMILY, [START, END]).row("control_unwanted_impulses")
    assert row.cells[1].change is Change.SAME


def test_yes_no_with_direction_gets_marker() -> None:
    row = compare_responses(FAMILY, [START, END]).row("behaviour_destructive")
    assert row.cells[1].change is Change.IMPROVED


def test_new_marker_for_item_first_answered_later() -> None:
    row = compare_responses(FAMILY, [START, END]).row("treated_with_respect")
    assert [c.change for c in row.cells] == [None, Change.NEW]


def test_unanswered_items_are_left_out() -> None:
    table = compare_responses(FAMILY, [START])
    assert {r.item_id for r in table.rows} == {
        "wellbeing",
        "control_unwanted_impulses",
        "behaviour_destructive",
    }


def test_display_uses_labels() -> None:
    row = compare_responses(FAMILY, [START, END]).row("wellbeing")
    assert row.cells[1].display == "Neither well nor badly"


def test_chart_series_for_ordered_item() -> None:
    table = compare_responses(FAMILY, [START, END, FOLLOW])
    series = {s.item_id: s for s in chart_series(FAMILY, table)}["wellbeing"]
    assert [p.value for p in series.points] == [2.0, 3.0, 2.0]
    assert (series.minimum, series.maximum, series.better) == (1.0, 5.0, "higher")


def test_chart_series_skips_missing_points() -> None:
    table = compare_responses(FAMILY, [START, END, FOLLOW])
    series = {s.item_id: s for s in chart_series(FAMILY, table)}["control_unwanted_impulses"]
    assert [p.variant for p in series.points] == ["start", "end"]
