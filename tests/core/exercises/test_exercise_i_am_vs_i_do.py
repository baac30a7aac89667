"""Identity statements rewritten into statements about actions."""

from __future__ import annotations

import pytest

from kastdesk.exercises import ExerciseError, get_exercise
from kastdesk.exercises.i_am_vs_i_do import (
    IAmVsIDoState,
    Statement,
    StatementStatus,
    add_statement,
    edit_identity,
    remove_statement,
    reopen_statement,
    rewrite_statement,
)

EX = get_exercise("i_am_vs_i_do")


def two() -> IAmVsIDoState:
    s = add_statement(IAmVsIDoState(), "I am a bad person", "s1", statement_id="a")
    return add_statement(s, "I am weak", "s1", statement_id="b")


def test_new_statement_stands() -> None:
    assert two().get("a").status is StatementStatus.STANDING


def test_rewrite_records_session() -> None:
    s = rewrite_statement(two(), "a", "I have done a bad thing", "s3")
    assert (
        s.get("a").status is StatementStatus.REWRITTEN and s.get("a").rewritten_in_session == "s3"
    )


def test_rewrite_needs_words() -> None:
    with pytest.raises(ExerciseError):
        rewrite_statement(two(), "a", "  ", "s3")


def test_reopen_makes_statement_stand_again() -> None:
    s = reopen_statement(rewrite_statement(two(), "a", "I did wrong", "s3"), "a")
    assert s.get("a").status is StatementStatus.STANDING and s.get("a").rewritten_in_session is None


def test_standing_and_rewritten_lists() -> None:
    s = rewrite_statement(two(), "b", "I gave in once", "s2")
    assert [x.id for x in s.standing] == ["a"] and [x.id for x in s.rewritten] == ["b"]


def test_edit_identity_and_remove() -> None:
    s = remove_statement(edit_identity(two(), "a", "I am rotten"), "b")
    assert [x.i_am for x in s.statements] == ["I am rotten"]


def test_summary_counts() -> None:
    summary = EX.summary(rewrite_statement(two(), "a", "I did a bad thing", "s2"))
    assert (summary["count_rewritten"], summary["count_standing"]) == (1, 1)


def test_changes_shows_rewritten_and_reopened() -> None:
    old = rewrite_statement(two(), "b", "I gave in", "s2")
    new = reopen_statement(rewrite_statement(old, "a", "I did a bad thing", "s3"), "b")
    changes = EX.changes(old, new)
    assert [c["id"] for c in changes["rewritten"]] == ["a"]
    assert [c["id"] for c in changes["reopened"]] == ["b"]


def test_validate_flags_rewritten_without_words() -> None:
    bad = IAmVsIDoState((Statement("a", "I am bad", "", StatementStatus.REWRITTEN),))
    assert EX.validate(bad)[0].message == "rewritten, but the new wording is empty"


def test_round_trip() -> None:
    s = rewrite_statement(two(), "a", "I did a bad thing", "s3")
    assert EX.from_dict(s.to_dict()) == s


def test_draft_rewrite_keeps_words_and_the_statement_standing() -> None:
    """Half-typed words are kept as they are, but only "Rewrite" rewrites."""
    from kastdesk.exercises.i_am_vs_i_do import draft_rewrite

    s = draft_rewrite(two(), "a", "I have lied ")
    assert s.get("a").i_do == "I have lied " and s.get("a").status is StatementStatus.STANDING
    assert s.get("a").rewritten_in_session is None and EX.validate(s) == []
    assert draft_rewrite(s, "a", "").get("a").i_do == ""  # a standing draft may be emptied


def test_draft_rewrite_of_a_rewritten_statement_rewords_it() -> None:
    from kastdesk.exercises.i_am_vs_i_do import draft_rewrite

    s = rewrite_statement(two(), "a", "I did wrong", "s3")
    s = draft_rewrite(s, "a", " I lied to her ")
    assert s.get("a").i_do == "I lied to her" and s.get("a").status is StatementStatus.REWRITTEN
    with pytest.raises(ExerciseError):
        draft_rewrite(s, "a", "  ")
