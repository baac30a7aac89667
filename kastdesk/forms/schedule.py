"""Measurement points for the self-rating scale: start, end, follow-up, later follow-ups.

The clinics fill in the scale at the start, at the end and six months after the last
contact; the evaluation recommends later points (e.g. two years). Pure date functions so
the UI, reminders and demo data agree on the dates. The end point and every follow-up
count from the day treatment ended (``kastdesk.domain.course.end_of_treatment``), never
from a later contact: a follow-up call logged as a session moved them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

# One definition of "six months after the last contact" for the case's follow-up date
# (register, Due list) and the self-rating's follow-up point.
from kastdesk.domain.status import FOLLOW_UP_MONTHS, follow_up_due
from kastdesk.domain.status import add_months as _add_months

#: A response from this many days before a point's due date on counts for that point
#: (however late: a form filled in late still completes its point).
DEFAULT_WINDOW_DAYS = 45


class PointStatus(StrEnum):
    """Where a measurement point stands on a given day."""

    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    NOT_YET_KNOWN = "not_yet_known"  # depends on the end of treatment
    NOT_DONE = "not_done"  # the case was closed without it: neither due nor overdue


@dataclass(frozen=True)
class MeasurementPoint:
    """One planned filling-in: ``key`` is stable ("start", "end", "follow_up", "follow_up_24m").

    ``months_after_last_contact``: months after the day treatment ended (the last contact
    of the treatment, ``kastdesk.domain.course``)."""

    key: str
    variant: str  # which variant of the scale is used at this point
    due: date | None
    months_after_last_contact: int | None = None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Aug + 6 → 28/29 Feb)."""
    return _add_months(day, months)


def follow_up_date(last_contact: date, months: int = FOLLOW_UP_MONTHS) -> date:
    """The follow-up date: ``months`` after the last contact (six by default)."""
    return follow_up_due(last_contact, months)


def counts_for(due: date, answered_on: date, window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    """Whether a form filled in on ``answered_on`` can count for a point due on ``due``:
    from ``window_days`` before the due date on, however late. The one rule shared by the
    self-rating tab and the case's follow-up date (register, Due list)."""
    return answered_on >= due - timedelta(days=window_days)


def assign_responses(
    points: Sequence[MeasurementPoint],
    answered: Mapping[str, Sequence[date]],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> dict[str, date]:
    """Which filled-in form completes which point: point key -> the day it was filled in.

    ``answered`` maps variant -> the days its forms were filled in. Each form, oldest
    first, completes the earliest point of its variant that is still open and that it can
    count for (``counts_for``); a form too early for every open point completes none.
    """
    forms = sorted((day, variant) for variant, days in answered.items() for day in days)
    keys = points_of_forms(points, [(variant, day) for day, variant in forms], window_days)
    known = {p.key for p in points if p.due is not None}
    done: dict[str, date] = {}
    for (day, _variant), key in zip(forms, keys, strict=True):
        if key in known and key not in done:
            done[key] = day  # the first form at a point completes it
    return done


def points_of_forms(
    points: Sequence[MeasurementPoint],
    forms: Sequence[tuple[str, date]],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> list[str | None]:
    """The measurement point each filled-in form belongs to (same order as ``forms``).

    ``forms`` are (variant, day filled in), in the order they were entered. Taken oldest
    first (the same day: as given), a form completes the earliest point of its variant
    that is still open and that it can count for (``assign_responses``' rule). A form for a
    point already completed (a paper copy typed in after the client's own, kept as a
    second form) belongs to the latest completed point of its variant that it can count
    for: it is the same point, so the comparison never reads the two as a change over time.
    While treatment runs, a form of a variant whose points have no date yet belongs to
    the first of them. ``None``: no point of its variant can hold it.
    """
    order = sorted(range(len(forms)), key=lambda i: forms[i][1])
    done: list[MeasurementPoint] = []
    keys: list[str | None] = [None] * len(forms)
    for i in order:
        variant, day = forms[i]
        dated = sorted((p for p in points if p.variant == variant and p.due is not None),
                       key=lambda p: p.due)  # type: ignore[arg-type, return-value]
        target = next((p for p in dated if p not in done
                       and counts_for(p.due, day, window_days)), None)  # type: ignore[arg-type]
        if target is not None:
            done.append(target)
        else:
            target = next((p for p in reversed(dated) if p in done
                           and counts_for(p.due, day, window_days)), None)  # type: ignore[arg-type]
        if target is None:
            target = next((p for p in points if p.variant == variant and p.due is None), None)
        keys[i] = target.key if target is not None else None
    return keys


def measurement_schedule(
    start: date,
    treatment_ended: date | None = None,
    extra_months: Iterable[int] = (24,),
) -> list[MeasurementPoint]:
    """The planned points for one case; after-treatment dates stay ``None`` while it runs.

    ``treatment_ended``: the day treatment ended (``kastdesk.domain.course.end_of_treatment``,
    the one rule for it), not the latest contact: the end point falls on it and the
    follow-ups count from it."""
    ended = treatment_ended
    points = [
        MeasurementPoint("start", "start", start),
        MeasurementPoint("end", "end", ended, 0),
        MeasurementPoint(
            "follow_up",
            "follow_up",
            follow_up_date(ended) if ended else None,
            FOLLOW_UP_MONTHS,
        ),
    ]
    for months in sorted(set(extra_months)):
        if months <= FOLLOW_UP_MONTHS:
            raise ValueError("extra points must come after the six-month follow-up")
        due = add_months(ended, months) if ended else None
        points.append(MeasurementPoint(f"follow_up_{months}m", "follow_up", due, months))
    return points


def point_status(
    point: MeasurementPoint,
    answered_on: Sequence[date],
    today: date,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> PointStatus:
    """Status of ``point`` alone, given the dates responses of its variant were filled in.

    For a whole schedule use ``point_statuses``: one form completes one point only."""
    if point.due is None:
        return PointStatus.NOT_YET_KNOWN
    if any(counts_for(point.due, d, window_days) for d in answered_on):
        return PointStatus.DONE
    return _open_status(point.due, today, window_days)


def _open_status(due: date, today: date, window_days: int) -> PointStatus:
    delta = (today - due).days
    if delta < -window_days:
        return PointStatus.UPCOMING
    if delta <= window_days:
        return PointStatus.DUE
    return PointStatus.OVERDUE


def point_statuses(
    points: Sequence[MeasurementPoint],
    answered: Mapping[str, Sequence[date]],
    today: date,
    window_days: int = DEFAULT_WINDOW_DAYS,
    *,
    closed: bool = False,
) -> list[PointStatus]:
    """The status of each of ``points`` (same order); ``answered`` maps variant -> dates.
    A late form completes its point (``assign_responses``), so it is no longer overdue: a
    point with its form is done, whatever the day. On a ``closed`` case a point without
    its form is ``NOT_DONE``: nothing is due, overdue or upcoming on a case closed."""
    done = assign_responses(points, answered, window_days)
    return [PointStatus.DONE if p.key in done
            else PointStatus.NOT_DONE if closed
            else PointStatus.NOT_YET_KNOWN if p.due is None
            else _open_status(p.due, today, window_days) for p in points]


def next_due(
    points: Sequence[MeasurementPoint],
    answered: Mapping[str, Sequence[date]],
    today: date,
    *,
    closed: bool = False,
) -> MeasurementPoint | None:
    """The earliest point that is due or overdue; ``answered`` maps variant -> dates.
    ``None`` on a ``closed`` case."""
    statuses = point_statuses(points, answered, today, closed=closed)
    open_points = [p for p, st in zip(points, statuses, strict=True)
                   if st in (PointStatus.DUE, PointStatus.OVERDUE)]
    return min(open_points, key=lambda p: p.due or today, default=None)
