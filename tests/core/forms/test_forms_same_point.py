"""Two forms at one measurement point: side by side, never read as a change over time.

QA15: a paper form typed in after the client's own, on the same day, was compared with it
as if time had passed (▲/▼ between two "Start" columns, a slope on the chart and in the
PDF), and which of the two came first changed from run to run.
"""

from __future__ import annotations

from datetime import date

from kastdesk.forms import (
    Change,
    EnteredBy,
    FormResponse,
    assign_responses,
    chart_series,
    compare_responses,
    get_family,
    measurement_schedule,
    points_of_forms,
)

FAMILY = get_family("self_rating")
DAY = date(2026, 12, 3)


def form(variant: str, day: date, by: EnteredBy, rid: str, **answers: object) -> FormResponse:
    return FormResponse("self_rating", 2, variant, day, by, dict(answers), response_id=rid)


CLIENT = form("start", DAY, EnteredBy.CLIENT, "ffff", wellbeing="good")
PAPER = form("start", DAY, EnteredBy.THERAPIST, "0000", wellbeing="bad")
END = form("end", date(2027, 6, 1), EnteredBy.CLIENT, "8888", wellbeing="neither_good_nor_bad")


def test_two_forms_of_one_point_are_not_compared_with_each_other() -> None:
    table = compare_responses(FAMILY, [CLIENT, PAPER])
    assert [c.response_id for c in table.columns] == ["ffff", "0000"]  # as entered, not by id
    assert [(c.point, c.form_at_point, c.forms_at_point) for c in table.columns] == [
        ("start", 1, 2), ("start", 2, 2)]
    assert [c.change for c in table.row("wellbeing").cells] == [None, None]


def test_the_next_point_is_compared_with_the_point_before_its_last_form() -> None:
    row = compare_responses(FAMILY, [CLIENT, PAPER, END]).row("wellbeing")
    # End (3) against the start point's last form (bad = 2), not against "good" (4).
    assert [c.change for c in row.cells] == [None, None, Change.IMPROVED]


def test_two_forms_at_the_end_are_each_compared_with_the_start() -> None:
    second_end = form("end", date(2027, 6, 1), EnteredBy.THERAPIST, "1111", wellbeing="bad")
    start = form("start", DAY, EnteredBy.CLIENT, "2222", wellbeing="bad")
    row = compare_responses(FAMILY, [start, END, second_end]).row("wellbeing")
    assert [c.change for c in row.cells] == [None, Change.IMPROVED, Change.SAME]


def test_the_order_given_decides_within_a_day_whatever_the_ids() -> None:
    one = compare_responses(FAMILY, [PAPER, CLIENT])
    assert [c.response_id for c in one.columns] == ["0000", "ffff"]
    again = compare_responses(FAMILY, [END, PAPER, CLIENT])
    assert [c.response_id for c in again.columns] == ["0000", "ffff", "8888"]


def test_a_late_second_form_stays_beside_its_point() -> None:
    """A start form dated after the end form (typed in late with the day it was typed) is
    still the start point: it stands beside the first start form, not after the end."""
    late = form("start", date(2027, 7, 1), EnteredBy.THERAPIST, "3333", wellbeing="very_good")
    table = compare_responses(FAMILY, [CLIENT, END, late])
    assert [c.response_id for c in table.columns] == ["ffff", "3333", "8888"]
    assert [c.change for c in table.row("wellbeing").cells] == [None, None, Change.WORSE]


def test_the_chart_line_runs_through_each_points_last_form() -> None:
    table = compare_responses(FAMILY, [CLIENT, PAPER, END])
    wellbeing = {s.item_id: s for s in chart_series(FAMILY, table)}["wellbeing"]
    assert [(p.column, p.value) for p in wellbeing.points] == [(1, 2.0), (2, 3.0)]
    assert [(p.column, p.value) for p in wellbeing.also] == [(0, 4.0)]


def test_with_the_schedule_follow_ups_are_their_own_points() -> None:
    """The six-month and the two-year follow-up share a variant but are two points; two
    forms near the six-month date are one."""
    last = date(2027, 6, 1)
    points = measurement_schedule(DAY, last, (24,))
    six_a = form("follow_up", date(2027, 12, 1), EnteredBy.CLIENT, "a", wellbeing="bad")
    six_b = form("follow_up", date(2027, 12, 1), EnteredBy.THERAPIST, "b", wellbeing="good")
    two = form("follow_up", date(2029, 6, 1), EnteredBy.CLIENT, "c", wellbeing="very_good")
    table = compare_responses(FAMILY, [CLIENT, END, six_a, six_b, two], points)
    assert [c.point for c in table.columns] == [
        "start", "end", "follow_up", "follow_up", "follow_up_24m"]
    assert [c.change for c in table.row("wellbeing").cells] == [
        None, Change.WORSE, Change.WORSE, Change.IMPROVED, Change.IMPROVED]
    # Without the schedule (the PDF), forms close in time share a point all the same.
    assert [c.point for c in compare_responses(FAMILY, [six_a, six_b, two]).columns] == [
        "follow_up@2027-12-01", "follow_up@2027-12-01", "follow_up@2029-06-01"]


def test_points_of_forms_agrees_with_assign_responses() -> None:
    points = measurement_schedule(DAY, date(2027, 6, 1), (24,))
    forms = [("start", DAY), ("start", DAY), ("follow_up", date(2027, 12, 1)),
             ("follow_up", date(2027, 12, 2))]
    assert points_of_forms(points, forms) == ["start", "start", "follow_up", "follow_up"]
    assert assign_responses(points, {"start": [DAY, DAY],
                                     "follow_up": [date(2027, 12, 1), date(2027, 12, 2)]}) == {
        "start": DAY, "follow_up": date(2027, 12, 1)}
    # While treatment runs the end point has no date: an end form still belongs to it.
    running = measurement_schedule(DAY)
    assert points_of_forms(running, [("end", date(2027, 1, 1))]) == ["end"]
