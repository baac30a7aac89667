"""Urge log: urges, alternatives chosen and lapses over time, with streaks and a weekly trend.

Lapses are recorded as facts without judgement; the summary always shows progress that
survives a lapse (longest streak, the share of urges met with an alternative).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, ClassVar

from kastdesk.exercises.base import (
    Exercise,
    ExerciseError,
    ExerciseProblem,
    check_unique_ids,
    diff_by_id,
    new_id,
    register,
)

EXERCISE_ID = "urge_log"
LAPSE_KINDS = ("buying_sex", "pornography")
INTENSITY_MAX = 10


@dataclass(frozen=True)
class LogEntry:
    """One urge (and what came of it) on one day."""

    id: str
    day: date
    intensity: int | None = None  # 0–10, None when not rated
    trigger: str = ""
    chosen_instead: str = ""
    lapse: bool = False
    lapse_kind: str | None = None
    note: str = ""

    @property
    def chose_alternative(self) -> bool:
        """The client did something else instead (may still lapse later the same day)."""
        return bool(self.chosen_instead.strip())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "day": self.day.isoformat(),
            "intensity": self.intensity,
            "trigger": self.trigger,
            "chosen_instead": self.chosen_instead,
            "lapse": self.lapse,
            "lapse_kind": self.lapse_kind,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LogEntry:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            id=str(data["id"]),
            day=date.fromisoformat(data["day"]),
            intensity=data.get("intensity"),
            trigger=str(data.get("trigger", "")),
            chosen_instead=str(data.get("chosen_instead", "")),
            lapse=bool(data.get("lapse", False)),
            lapse_kind=data.get("lapse_kind"),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True)
class UrgeLogState:
    """The log, when it was started and whether pornography is a goal to track."""

    exercise_id: ClassVar[str] = EXERCISE_ID
    entries: tuple[LogEntry, ...] = field(default_factory=tuple)
    started_on: date | None = None
    tracks_pornography: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store."""
        return {
            "exercise": EXERCISE_ID,
            "schema": 1,
            "started_on": self.started_on.isoformat() if self.started_on else None,
            "tracks_pornography": self.tracks_pornography,
            "entries": [e.to_dict() for e in self.entries],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UrgeLogState:
        """Rebuild from :meth:`to_dict` output."""
        started = data.get("started_on")
        return cls(
            entries=tuple(LogEntry.from_dict(e) for e in data.get("entries", [])),
            started_on=date.fromisoformat(started) if started else None,
            tracks_pornography=bool(data.get("tracks_pornography", False)),
        )

    def entry(self, entry_id: str) -> LogEntry:
        """An entry by id; :class:`ExerciseError` if missing."""
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise ExerciseError(f"no log entry '{entry_id}'")

    @property
    def first_day(self) -> date | None:
        """When the log begins: its start date or the first entry."""
        days = [e.day for e in self.entries]
        if self.started_on:
            days.append(self.started_on)
        return min(days, default=None)


def _check_entry(entry: LogEntry) -> None:
    if entry.intensity is not None and not 0 <= entry.intensity <= INTENSITY_MAX:
        raise ExerciseError(f"intensity must be 0–{INTENSITY_MAX}")
    if entry.lapse and entry.lapse_kind not in LAPSE_KINDS:
        raise ExerciseError(f"a lapse needs a kind: {', '.join(LAPSE_KINDS)}")
    if not entry.lapse and entry.lapse_kind is not None:
        raise ExerciseError("a kind of lapse was given, but no lapse")


def _sorted(entries: tuple[LogEntry, ...]) -> tuple[LogEntry, ...]:
    return tuple(sorted(entries, key=lambda e: e.day))  # stable: same-day order kept


def add_entry(
    state: UrgeLogState,
    day: date,
    intensity: int | None = None,
    trigger: str = "",
    chosen_instead: str = "",
    lapse: bool = False,
    lapse_kind: str | None = None,
    note: str = "",
    entry_id: str | None = None,
) -> UrgeLogState:
    """Return a state with one more entry (kept in date order)."""
    entry = LogEntry(
        entry_id or new_id(), day, intensity, trigger, chosen_instead, lapse, lapse_kind, note
    )
    _check_entry(entry)
    return replace(state, entries=_sorted((*state.entries, entry)))


def update_entry(state: UrgeLogState, entry_id: str, **changes: Any) -> UrgeLogState:
    """Return a state with fields of one entry changed."""
    if "id" in changes:
        raise ExerciseError("an entry's id cannot change")
    updated = replace(state.entry(entry_id), **changes)
    _check_entry(updated)
    return replace(
        state, entries=_sorted(tuple(updated if e.id == entry_id else e for e in state.entries))
    )


def remove_entry(state: UrgeLogState, entry_id: str) -> UrgeLogState:
    """Return a state without one entry."""
    state.entry(entry_id)
    return replace(state, entries=tuple(e for e in state.entries if e.id != entry_id))


def set_tracking(
    state: UrgeLogState, started_on: date | None = None, tracks_pornography: bool | None = None
) -> UrgeLogState:
    """Return a state with the log's start date and/or pornography goal changed."""
    return replace(
        state,
        started_on=started_on if started_on is not None else state.started_on,
        tracks_pornography=(
            tracks_pornography if tracks_pornography is not None else state.tracks_pornography
        ),
    )


@dataclass(frozen=True)
class DaysSince:
    """Days without a lapse of one kind, counted from the last lapse or from the log start."""

    kind: str
    days: int
    since_last_lapse: bool


def _lapse_days(state: UrgeLogState, kind: str) -> list[date]:
    return sorted(e.day for e in state.entries if e.lapse and e.lapse_kind == kind)


def days_since(state: UrgeLogState, kind: str, today: date) -> DaysSince | None:
    """Days since the last lapse of ``kind``; ``None`` when the log has not begun."""
    if kind not in LAPSE_KINDS:
        raise ExerciseError(f"unknown kind '{kind}'")
    lapses = [d for d in _lapse_days(state, kind) if d <= today]
    if lapses:
        return DaysSince(kind, (today - lapses[-1]).days, True)
    first = state.first_day
    if first is None:
        return None
    return DaysSince(kind, max(0, (today - first).days), False)


def longest_streak(state: UrgeLogState, kind: str, today: date) -> int:
    """The highest "days since" count ever reached for ``kind`` (through today).

    A lapse does not erase this number: it is the progress the client has shown he can make.
    """
    first = state.first_day
    if first is None:
        return 0
    best, previous = 0, first
    for day in _lapse_days(state, kind):
        if day > today:
            break
        best = max(best, (day - previous).days - 1)
        previous = day
    return max(best, (today - previous).days)


@dataclass(frozen=True)
class WeekPoint:
    """One week of the trend chart (weeks start on Monday)."""

    week_start: date
    urges: int
    alternatives_chosen: int
    lapses: int

    @property
    def alternatives_ratio(self) -> float | None:
        """Share of the week's urges met with an alternative (``None`` with no urges)."""
        return self.alternatives_chosen / self.urges if self.urges else None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_trend(
    state: UrgeLogState, until: date | None = None, *, entries_only: bool = False
) -> list[WeekPoint]:
    """One point per week from the first week of the log to ``until``, empty weeks included.

    ``entries_only`` spans the weeks from the first entry to the last one up to ``until``
    instead: a printed chart of a log kept for three months, exported a year later, was
    mostly empty weeks (and began with a start date set before the first contact).
    """
    first = state.first_day
    if first is None:
        return []
    if entries_only:
        days = [e.day for e in state.entries if until is None or e.day <= until]
        if not days:
            return []
        first, last = min(days), max(days)
    else:
        last = until if until is not None else max((e.day for e in state.entries), default=first)
    points = []
    week = _monday(first)
    while week <= last:
        end = week + timedelta(days=7)
        in_week = [e for e in state.entries if week <= e.day < end]
        points.append(
            WeekPoint(
                week,
                urges=len(in_week),
                alternatives_chosen=sum(e.chose_alternative for e in in_week),
                lapses=sum(e.lapse for e in in_week),
            )
        )
        week = end
    return points


def tracked_kinds(state: UrgeLogState) -> list[str]:
    """Buying sex always; pornography when it is one of the client's goals."""
    return ["buying_sex", *(["pornography"] if state.tracks_pornography else [])]


@register
class UrgeLog(Exercise[UrgeLogState]):
    """A log of urges, alternatives chosen and lapses; progress stays visible after a lapse."""

    id = EXERCISE_ID
    title = "Urge log"
    state_type = UrgeLogState

    def new_state(self) -> UrgeLogState:
        """An empty log."""
        return UrgeLogState()

    def validate(self, state: UrgeLogState) -> list[ExerciseProblem]:
        """Unique ids; every entry's intensity and lapse kind make sense."""
        problems = check_unique_ids(state.entries, "entries")
        for e in state.entries:
            try:
                _check_entry(e)
            except ExerciseError as exc:
                problems.append(ExerciseProblem(e.id, str(exc)))
        return problems

    def summary(self, state: UrgeLogState, today: date | None = None) -> dict[str, Any]:
        """Counts, days since last lapse per tracked kind, longest streaks and the trend.

        Streaks are counted through ``today``, which the report sets to the day the log
        ends for it (a closed case's end, not the export day: a log nobody keeps any more
        says nothing about the days since) and prints as "as of"; ``as_of`` says which day
        that was. The weeks span the entries, not the empty time before or after them.
        """
        today = today or date.today()
        kinds = {e.id: e.label for e in self.catalogue("lapse_kinds")}
        urges = len(state.entries)
        chosen = sum(e.chose_alternative for e in state.entries)
        streaks = []
        for kind in tracked_kinds(state):
            since = days_since(state, kind, today)
            streaks.append(
                {
                    "kind": kind,
                    "label": kinds.get(kind, kind),
                    "days_since": since.days if since else None,
                    "since_last_lapse": since.since_last_lapse if since else False,
                    "longest_streak": longest_streak(state, kind, today),
                }
            )
        return {
            "title": self.display_title(),
            "as_of": today.isoformat(),
            "entries": urges,
            "alternatives_chosen": chosen,
            "alternatives_ratio": chosen / urges if urges else None,
            "lapses": sum(e.lapse for e in state.entries),
            "streaks": streaks,
            "weeks": [
                {
                    "week_start": w.week_start.isoformat(),
                    "urges": w.urges,
                    "alternatives_chosen": w.alternatives_chosen,
                    "lapses": w.lapses,
                    "alternatives_ratio": w.alternatives_ratio,
                }
                for w in weekly_trend(state, today, entries_only=True)
            ],
        }

    def changes(self, old: UrgeLogState, new: UrgeLogState) -> dict[str, Any]:
        """Entries added, removed or corrected since the older state."""
        added, removed, changed = diff_by_id(old.entries, new.entries)
        return {
            "added": [e.to_dict() for e in added],
            "removed": [e.to_dict() for e in removed],
            "changed": [b.to_dict() for _, b in changed],
            "new_lapses": sum(e.lapse for e in added),
            "new_alternatives": sum(e.chose_alternative for e in added),
        }
