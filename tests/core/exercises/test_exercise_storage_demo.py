"""Storage adapter over the document-store contract, and demo states."""

from __future__ import annotations

import random

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.consequence_listing import ConsequenceListingState, add_consequence
from kastdesk.exercises.demo import make_demo_exercises
from kastdesk.exercises.i_am_vs_i_do import (
    IAmVsIDoState,
    add_statement,
    reopen_statement,
    rewrite_statement,
)
from kastdesk.exercises.storage import (
    changes_since,
    exercise_history,
    load_exercise,
    load_or_new,
    rewritten_since,
    save_exercise,
    statement_timeline,
)
from kastdesk.store import CaseFile, Vault


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A real case file: the adapter is tested against the store it will run on."""
    return vault.add_client("K-1")


def statements_case(case: CaseFile) -> CaseFile:
    s = add_statement(IAmVsIDoState(), "I am a bad person", "s1", statement_id="a")
    s = add_statement(s, "I am weak", "s1", statement_id="b")
    save_exercise(case, s, "s1")
    s = rewrite_statement(s, "a", "I did a bad thing", "s2")
    save_exercise(case, s, "s2", "I am / I do: rewrite")
    s = rewrite_statement(s, "b", "I gave in", "s3")
    save_exercise(case, s, "s3")
    return case


def test_save_and_load_latest(case: CaseFile) -> None:
    state = add_consequence(ConsequenceListingState(), "law", "Fine", consequence_id="x")
    save_exercise(case, state, "s1", "Consequence listing: add consequence")
    assert load_exercise(case, "consequence_listing") == state
    assert case.audit_entries(limit=1)[0].action == "Consequence listing: add consequence"


def test_load_missing_gives_none_or_new(case: CaseFile) -> None:
    assert load_exercise(case, "urge_log") is None
    assert load_or_new(case, "urge_log") == get_exercise("urge_log").new_state()


def test_invalid_state_is_not_saved(case: CaseFile) -> None:
    from kastdesk.exercises.consequence_listing import Consequence

    bad = ConsequenceListingState((Consequence("x", "moon", "?"),))
    with pytest.raises(ExerciseError, match="unknown area"):
        save_exercise(case, bad)
    assert case.documents.list_ids("exercise") == []


def test_history_keeps_every_version_with_session(case: CaseFile) -> None:
    history = exercise_history(statements_case(case), "i_am_vs_i_do")
    assert [(v.version, v.session_id) for v in history] == [(1, "s1"), (2, "s2"), (3, "s3")]


def test_rewritten_since_session(case: CaseFile) -> None:
    history = exercise_history(statements_case(case), "i_am_vs_i_do")
    assert [s["id"] for s in rewritten_since(history, "s2")] == ["b"]
    assert [s["id"] for s in rewritten_since(history, "s1")] == ["a", "b"]


def test_rewritten_since_accepts_raw_store_history(case: CaseFile) -> None:
    raw = statements_case(case).documents.history("exercise", "i_am_vs_i_do")
    assert [s["id"] for s in rewritten_since(raw, "s2")] == ["b"]


def test_changes_since_unknown_session_counts_everything_as_new(case: CaseFile) -> None:
    history = exercise_history(statements_case(case), "i_am_vs_i_do")
    assert len(changes_since("i_am_vs_i_do", history, "never")["added"]) == 2


def test_statement_timeline(case: CaseFile) -> None:
    statements_case(case)
    state = reopen_statement(load_exercise(case, "i_am_vs_i_do"), "b")
    save_exercise(case, state, "s4")
    timeline = {t["id"]: t for t in statement_timeline(exercise_history(case, "i_am_vs_i_do"))}
    assert (timeline["a"]["status"], timeline["a"]["rewritten_session"]) == ("rewritten", "s2")
    assert (timeline["b"]["status"], timeline["b"]["rewritten_session"]) == ("standing", None)
    assert timeline["a"]["added_session"] == "s1"


@pytest.mark.parametrize("stage", [0.0, 0.3, 0.7, 1.0])
def test_demo_states_validate(stage: float) -> None:
    for seed in range(5):
        for exercise_id, data in make_demo_exercises(random.Random(seed), stage).items():
            exercise = get_exercise(exercise_id)
            problems = exercise.validate(exercise.from_dict(data))
            assert [p for p in problems if p.severity == "error"] == []


def test_demo_progresses_with_stage() -> None:
    early = make_demo_exercises(random.Random(1), 0.1)
    late = make_demo_exercises(random.Random(1), 1.0)
    ex = get_exercise("consequence_listing")
    assert ex.summary(ex.from_dict(early["consequence_listing"]))["empty_areas"]
    assert "urge_log" not in early and "urge_log" in late
    statements = get_exercise("i_am_vs_i_do").from_dict(late["i_am_vs_i_do"])
    assert statements.rewritten and not statements.standing


def test_demo_log_has_lapses_late() -> None:
    lapses = 0
    for seed in range(5):
        data = make_demo_exercises(random.Random(seed), 1.0)["urge_log"]
        lapses += sum(e["lapse"] for e in data["entries"])
    assert lapses > 0
