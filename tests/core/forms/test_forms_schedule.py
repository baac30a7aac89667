"""Measurement point dates: follow-up six months after last contact, later extra points."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.forms import (
    PointStatus,
    add_months,
    assign_responses,
    counts_for,
    follow_up_date,
    measurement_schedule,
    next_due,
    point_status,
    point_statuses,
)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)


def test_add_months_crosses_years() -> None:
    assert add_months(date(2024, 11, 15), 3) == date(2025, 2, 15)


def test_follow_up_six_months_after_last_contact() -> None:
    assert follow_up_date(date(2025, 1, 10)) == date(2025, 7, 10)


def test_schedule_while_in_treatment_has_unknown_dates() -> None:
    points = measurement_schedule(date(2025, 1, 1))
    assert [p.due for p in points] == [date(2025, 1, 1), None, None, None]


def test_schedule_includes_two_year_point() -> None:
    points = measurement_schedule(date(2024, 1, 1), date(2024, 6, 1))
    assert points[-1].key == "follow_up_24m" and points[-1].due == date(2026, 6, 1)


def test_extra_point_before_follow_up_is_refused() -> None:
    with pytest.raises(ValueError):
        measurement_schedule(date(2024, 1, 1), date(2024, 6, 1), extra_months=(3,))


def test_point_done_when_answered_near_due_date() -> None:
    point = measurement_schedule(date(2024, 1, 1), date(2024, 6, 1))[2]
    assert point_status(point, [date(2024, 12, 10)], date(2025, 1, 1)) is PointStatus.DONE


def test_point_overdue_when_long_past() -> None:
    point = measurement_schedule(date(2024, 1, 1), date(2024, 6, 1))[2]
    assert point_status(point, [], date(2025, 6, 1)) is PointStatus.OVERDUE


def test_next_due_picks_follow_up() -> None:
    points = measurement_schedule(date(2024, 1, 1), date(2024, 6, 1))
    answered = {"start": [date(2024, 1, 1)], "end": [date(2024, 6, 1)]}
    due = next_due(points, answered, date(2024, 12, 5))
    assert due is not None and due.key == "follow_up"


def test_late_form_completes_its_point() -> None:
    """Filled in months after the due date, the start form still completes the start point
    (it stayed "Overdue" for ever when only ±45 days counted)."""
    points = measurement_schedule(date(2026, 8, 11))
    statuses = point_statuses(points, {"start": [date(2026, 12, 3)]}, date(2026, 12, 3))
    assert statuses[0] is PointStatus.DONE
    assert point_status(points[0], [date(2026, 12, 3)], date(2026, 12, 3)) is PointStatus.DONE
    assert next_due(points, {"start": [date(2026, 12, 3)]}, date(2026, 12, 3)) is None


def test_one_late_follow_up_completes_the_earliest_open_point_only() -> None:
    """Six-month and 24-month points both overdue: one form completes the six-month one;
    the 24-month point stays open until a second form."""
    points = measurement_schedule(date(2024, 4, 28), date(2024, 9, 12))
    today = date(2026, 12, 3)
    answered = {"start": [date(2024, 4, 28)], "end": [date(2024, 9, 12)],
                "follow_up": [today]}
    assert assign_responses(points, answered) == {
        "start": date(2024, 4, 28), "end": date(2024, 9, 12), "follow_up": today}
    assert point_statuses(points, answered, today) == [
        PointStatus.DONE, PointStatus.DONE, PointStatus.DONE, PointStatus.OVERDUE]
    due = next_due(points, answered, today)
    assert due is not None and due.key == "follow_up_24m"
    answered["follow_up"] = [today, today]
    assert point_statuses(points, answered, today)[3] is PointStatus.DONE


def test_form_too_early_completes_nothing() -> None:
    points = measurement_schedule(date(2024, 1, 1), date(2024, 6, 1))
    answered = {"follow_up": [date(2024, 7, 1)]}  # due 2024-12-01: five months early
    assert "follow_up" not in assign_responses(points, answered)
    assert counts_for(date(2024, 12, 1), date(2024, 10, 17))
    assert not counts_for(date(2024, 12, 1), date(2024, 10, 16))


def test_follow_up_date_is_the_case_follow_up_date() -> None:
    """The self-rating point and the case's follow-up date (register, Due list) agree."""
    from kastdesk.domain.status import follow_up_due

    for last in (date(2025, 8, 31), date(2024, 9, 12), date(2025, 1, 10)):
        assert follow_up_date(last) == follow_up_due(last)
