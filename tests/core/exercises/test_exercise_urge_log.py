"""Urge log: entries, days since, longest streak, weekly trend."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.urge_log import (
    UrgeLogState,
    add_entry,
    days_since,
    longest_streak,
    remove_entry,
    update_entry,
    weekly_trend,
)

EX = get_exercise("urge_log")
START = date(2025, 3, 3)  # a Monday


def log() -> UrgeLogState:
    s = UrgeLogState(started_on=START, tracks_pornography=True)
    s = add_entry(s, date(2025, 3, 4), 8, "Alone", chosen_instead="Walk", entry_id="e1")
    s = add_entry(
        s, date(2025, 3, 13), 9, "Hotel", lapse=True, lapse_kind="buying_sex", entry_id="e2"
    )
    s = add_entry(
        s, date(2025, 3, 6), 5, "Porn", lapse=True, lapse_kind="pornography", entry_id="e3"
    )
    return add_entry(s, date(2025, 3, 20), 4, "Stress", chosen_instead="Gym", entry_id="e4")


def test_entries_kept_in_date_order() -> None:
    assert [e.id for e in log().entries] == ["e1", "e3", "e2", "e4"]


def test_days_since_last_lapse() -> None:
    since = days_since(log(), "buying_sex", date(2025, 3, 23))
    assert since is not None and since.days == 10 and since.since_last_lapse


def test_days_since_start_without_lapse() -> None:
    s = UrgeLogState(started_on=START)
    since = days_since(s, "buying_sex", date(2025, 3, 10))
    assert since is not None and since.days == 7 and not since.since_last_lapse


def test_longest_streak_survives_lapse() -> None:
    # Start 3 Mar to lapse on 13 Mar: the count reached 9 before the lapse.
    assert longest_streak(log(), "buying_sex", date(2025, 3, 15)) == 9


def test_longest_streak_grows_after_lapse() -> None:
    assert longest_streak(log(), "buying_sex", date(2025, 4, 1)) == 19


def test_lapse_needs_kind() -> None:
    with pytest.raises(ExerciseError, match="needs a kind"):
        add_entry(UrgeLogState(), START, lapse=True)


def test_intensity_range() -> None:
    with pytest.raises(ExerciseError, match="intensity"):
        add_entry(UrgeLogState(), START, intensity=11)


def test_weekly_trend_includes_empty_weeks() -> None:
    weeks = weekly_trend(log(), until=date(2025, 3, 30))
    assert [(w.urges, w.alternatives_chosen, w.lapses) for w in weeks] == [
        (2, 1, 1),
        (1, 0, 1),
        (1, 1, 0),
        (0, 0, 0),
    ]
    assert weeks[0].alternatives_ratio == 0.5 and weeks[3].alternatives_ratio is None


def test_summary_tracks_pornography_only_when_goal() -> None:
    s = UrgeLogState(started_on=START)
    kinds = [x["kind"] for x in EX.summary(s, today=date(2025, 3, 10))["streaks"]]
    assert kinds == ["buying_sex"]


def test_summary_counts() -> None:
    summary = EX.summary(log(), today=date(2025, 3, 23))
    assert (summary["entries"], summary["lapses"], summary["alternatives_chosen"]) == (4, 2, 2)


def test_update_and_remove_entry() -> None:
    s = update_entry(log(), "e1", intensity=3)
    assert s.entry("e1").intensity == 3
    assert "e1" not in [e.id for e in remove_entry(s, "e1").entries]


def test_changes_counts_new_lapses() -> None:
    old = log()
    new = add_entry(old, date(2025, 3, 25), 7, lapse=True, lapse_kind="buying_sex", entry_id="e5")
    assert EX.changes(old, new)["new_lapses"] == 1


def test_round_trip() -> None:
    assert EX.from_dict(log().to_dict()) == log()
