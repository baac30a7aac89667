"""Measurement points for the self-rating scale: start, end, follow-up, later follow-ups.

The clinics fill in the scale at the start, at the end and six months after the last
contact; the evaluation recommends later points (e.g. two years). Pure date functions so
the UI, reminders and demo data agree on the dates.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

FOLLOW_UP_MONTHS = 6
#: A response within this many days of a point's due date counts for that point.
DEFAULT_WINDOW_DAYS = 45


class PointStatus(StrEnum):
    """Where a measurement point stands on a given day."""

    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    NOT_YET_KNOWN = "not_yet_known"  # depends on the end of treatment


@dataclass(frozen=True)
class MeasurementPoint:
    """One planned filling-in: ``key`` is stable ("start", "end", "follow_up", "follow_up_24m")."""

    key: str
    variant: str  # which variant of the scale is used at this point
    due: date | None
    months_after_last_contact: int | None = None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Aug + 6 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_up_date(last_contact: date, months: int = FOLLOW_UP_MONTHS) -> date:
    """The follow-up date: ``months`` after the last contact (six by default)."""
    return add_months(last_contact, months)


def measurement_schedule(
    start: date,
    last_contact: date | None = None,
    extra_months: Iterable[int] = (24,),
) -> list[MeasurementPoint]:
    """The planned points for one case; after-treatment dates stay ``None`` while it runs."""
    points = [
        MeasurementPoint("start", "start", start),
        MeasurementPoint("end", "end", last_contact, 0),
        MeasurementPoint(
            "follow_up",
            "follow_up",
            follow_up_date(last_contact) if last_contact else None,
            FOLLOW_UP_MONTHS,
        ),
    ]
    for months in sorted(set(extra_months)):
        if months <= FOLLOW_UP_MONTHS:
            raise ValueError("extra points must come after the six-month follow-up")
        due = add_months(last_contact, months) if last_contact else None
        points.append(MeasurementPoint(f"follow_up_{months}m", "follow_up", due, months))
    return points


def point_status(
    point: MeasurementPoint,
    answered_on: Sequence[date],
    today: date,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> PointStatus:
    """Status of ``point`` given the dates responses of its variant were filled in."""
    if point.due is None:
        return PointStatus.NOT_YET_KNOWN
    if any(abs((d - point.due).days) <= window_days for d in answered_on):
        return PointStatus.DONE
    delta = (today - point.due).days
    if delta < -window_days:
        return PointStatus.UPCOMING
    if delta <= window_days:
        return PointStatus.DUE
    return PointStatus.OVERDUE


def next_due(
    points: Sequence[MeasurementPoint], answered: dict[str, Sequence[date]], today: date
) -> MeasurementPoint | None:
    """The earliest point that is due or overdue; ``answered`` maps variant -> dates."""
    open_points = [
        p
        for p in points
        if point_status(p, answered.get(p.variant, ()), today)
        in (PointStatus.DUE, PointStatus.OVERDUE)
    ]
    return min(open_points, key=lambda p: p.due or today, default=None)
