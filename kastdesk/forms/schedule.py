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
    #: Its time has passed without a form: a later point's day has come, or a later point
    #: was filled in (a start form missed stayed "overdue" years into the follow-up).
    MISSED = "missed"
    #: A form was begun but required questions are still blank: kept, not complete.
    PARTLY = "partly"


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


@dataclass(frozen=True)
class Filled:
    """One saved form as the schedule counts it.

    ``point``: the measurement point the therapist chose it for (``FormResponse.point``);
    it wins over the form's date. "" (forms saved before the choice was recorded): the
    schedule's rule places it. ``finished``: every required question has an answer
    (``responses.is_finished``); a form left half done belongs to its point but does not
    complete it (the point reads partly filled in)."""

    variant: str
    day: date
    point: str = ""
    finished: bool = True


#: What the schedule's functions take for one form: (variant, day) or a ``Filled``.
FormLike = tuple[str, date] | Filled


def _filled(form: FormLike) -> Filled:
    return form if isinstance(form, Filled) else Filled(form[0], form[1])


def _filled_by_variant(answered: Mapping[str, Sequence[date | Filled]]) -> list[Filled]:
    """``answered`` (variant -> days or ``Filled``) as one list, oldest first."""
    forms = [f if isinstance(f, Filled) else Filled(variant, f)
             for variant, days in answered.items() for f in days]
    return sorted(forms, key=lambda f: (f.day, f.variant))


def assign_responses(
    points: Sequence[MeasurementPoint],
    answered: Mapping[str, Sequence[date | Filled]],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> dict[str, date]:
    """Which filled-in form completes which point: point key -> the day it was filled in.

    ``answered`` maps variant -> the days its forms were filled in (or ``Filled``, which
    also names the point chosen for it and whether it was finished). A form completes the
    point chosen for it; one without a chosen point, oldest first, the earliest point of
    its variant that is still open and that it can count for (``counts_for``); a form too
    early for every open point completes none. A form not finished completes none
    (``point_statuses``: partly filled in).
    """
    forms = _filled_by_variant(answered)
    return _completed(points, forms, points_of_forms(points, forms, window_days))


def _completed(points: Sequence[MeasurementPoint], forms: Sequence[Filled],
               keys: Sequence[str | None]) -> dict[str, date]:
    """``assign_responses`` given each form's point (``points_of_forms``), for a caller
    that has them already (``point_statuses``) and need not place the forms twice."""
    known = {p.key for p in points if p.due is not None}
    done: dict[str, date] = {}
    for form, key in zip(forms, keys, strict=True):
        if key in known and key not in done and form.finished:
            done[key] = form.day  # the first finished form at a point completes it
    return done


def points_of_forms(
    points: Sequence[MeasurementPoint],
    forms: Sequence[FormLike],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> list[str | None]:
    """The measurement point each filled-in form belongs to (same order as ``forms``).

    ``forms`` are (variant, day filled in) or ``Filled``, in the order they were entered.
    A form filled in for a chosen point (``Filled.point``, a point of the schedule of its
    variant) belongs to it, whatever its day: the therapist's choice wins (QA 18: the
    24-month form filled in where the 6-month one was skipped went to the 6-month point).
    The others (forms saved before the choice was recorded) keep the rule they always
    had: taken oldest first (the same day: as given), a form completes the earliest point
    of its variant that is still open and that it can count for. A form for a point
    already completed (a paper copy typed in after the client's own, kept as a second
    form) belongs to the latest completed point of its variant that it can count for: it
    is the same point, so the comparison never reads the two as a change over time.
    While treatment runs, a form of a variant whose points have no date yet belongs to
    the first of them. ``None``: no point of its variant can hold it.
    """
    filled = [_filled(f) for f in forms]
    by_key = {p.key: p for p in points}
    done: list[MeasurementPoint] = []
    keys: list[str | None] = [None] * len(filled)
    for i, form in enumerate(filled):
        chosen = by_key.get(form.point)
        if chosen is not None and chosen.variant == form.variant:
            keys[i] = chosen.key
            if chosen.due is not None and chosen not in done:
                done.append(chosen)
    order = sorted(range(len(filled)), key=lambda i: filled[i].day)
    for i in order:
        if keys[i] is not None:
            continue
        variant, day = filled[i].variant, filled[i].day
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


def is_late(points: Sequence[MeasurementPoint], key: str | None, day: date) -> bool:
    """Whether a form filled in on ``day`` for point ``key`` came after the next point's
    day: a start form filled in after treatment ended measures no start. Shown marked
    late and left out of the better/worse comparison (``compare.compare_responses``)."""
    point = next((p for p in points if p.key == key), None)
    if point is None or point.due is None:
        return False
    return any(p.due is not None and point.due < p.due < day for p in points)


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
    answered: Mapping[str, Sequence[date | Filled]],
    today: date,
    window_days: int = DEFAULT_WINDOW_DAYS,
    *,
    closed: bool = False,
    all_statuses: bool = False,
) -> list[PointStatus]:
    """The status of each of ``points`` (same order); ``answered`` maps variant -> dates
    (or ``Filled``). A late form completes its point (``assign_responses``), so it is no
    longer overdue: a point with its finished form is done, whatever the day; one with
    only a form left half done is ``PARTLY`` filled in. On a ``closed`` case a point
    without a form is ``NOT_DONE``: nothing is due, overdue or upcoming on a case closed.
    An open point is ``MISSED`` once a later point's day has passed or a later point is
    done (``missed_points``): it is no longer due.

    ``MISSED`` and ``PARTLY`` only with ``all_statuses`` (a caller that has words for them);
    without, a missed point keeps its open status and a partly filled-in one reads done,
    as before they existed, so a screen that does not know them yet still draws."""
    if not all_statuses:
        found = point_statuses(points, answered, today, window_days, closed=closed,
                               all_statuses=True)
        return [PointStatus.DONE if st is PointStatus.PARTLY
                else _open_status(p.due, today, window_days)  # type: ignore[arg-type]
                if st is PointStatus.MISSED else st for p, st in zip(points, found, strict=True)]
    forms = _filled_by_variant(answered)
    keys = points_of_forms(points, forms, window_days)
    placed = set(keys)
    done = _completed(points, forms, keys)
    missed = missed_points(points, done, today, window_days)
    return [PointStatus.DONE if p.key in done
            else PointStatus.PARTLY if p.key in placed and p.due is not None
            else PointStatus.NOT_DONE if closed
            else PointStatus.NOT_YET_KNOWN if p.due is None
            else PointStatus.MISSED if p.key in missed
            else _open_status(p.due, today, window_days) for p in points]


def missed_points(
    points: Sequence[MeasurementPoint],
    done: Iterable[str],
    today: date | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> set[str]:
    """Keys of the open points whose time has passed: a later point (by due date) is done
    (``done``: keys), or, for the start, given ``today``, a later point is overdue itself
    (the end point's day and window have passed). Such a point is no longer due or
    overdue: a start form missed read "overdue" two and a half years into the follow-up,
    and the 6-month point once the 24-month one was filled in. Only the start goes by
    the day alone: a baseline taken after treatment measures no start, while an end or a
    follow-up filled in late still completes its point (an earlier QA round asked for it)."""
    completed = set(done)
    dated = [p for p in points if p.due is not None]
    out: set[str] = set()
    for p in dated:
        later = [q for q in dated if q.due > p.due]  # type: ignore[operator]
        if any(q.key in completed for q in later) or (
                today is not None and p.key == "start" and any(
                    _open_status(q.due, today, window_days)  # type: ignore[arg-type]
                    is PointStatus.OVERDUE for q in later)):
            out.add(p.key)
    return out - completed


def next_due(
    points: Sequence[MeasurementPoint],
    answered: Mapping[str, Sequence[date | Filled]],
    today: date,
    *,
    closed: bool = False,
) -> MeasurementPoint | None:
    """The earliest point that is due or overdue (or partly filled in: it still wants
    finishing); ``answered`` maps variant -> dates or ``Filled``. ``None`` on a ``closed``
    case."""
    if closed:
        return None
    statuses = point_statuses(points, answered, today, all_statuses=True)
    open_points = [p for p, st in zip(points, statuses, strict=True)
                   if st in (PointStatus.DUE, PointStatus.OVERDUE, PointStatus.PARTLY)]
    return min(open_points, key=lambda p: p.due or today, default=None)
