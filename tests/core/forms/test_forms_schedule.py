"""Measurement point dates: follow-up six months after last contact, later extra points."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.forms import (
    PointStatus,
    add_months,
    follow_up_date,
    measurement_schedule,
    next_due,
    point_status,
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
