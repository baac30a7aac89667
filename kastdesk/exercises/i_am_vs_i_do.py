""" "I am" versus "what I do": rewrite identity statements into statements about actions."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
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
from kastdesk.i18n import tr

EXERCISE_ID = "i_am_vs_i_do"


class StatementStatus(StrEnum):
    """Whether the identity statement still stands or has been rewritten as an action."""

    STANDING = "standing"
    REWRITTEN = "rewritten"


@dataclass(frozen=True)
class Statement:
    """One pair: "I am a bad person" and, once rewritten, "I have done a bad thing"."""

    id: str
    i_am: str
    i_do: str = ""
    status: StatementStatus = StatementStatus.STANDING
    added_in_session: str | None = None
    rewritten_in_session: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "i_am": self.i_am,
            "i_do": self.i_do,
            "status": self.status.value,
            "added_in_session": self.added_in_session,
            "rewritten_in_session": self.rewritten_in_session,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            id=str(data["id"]),
            i_am=str(data.get("i_am", "")),
            i_do=str(data.get("i_do", "")),
            status=StatementStatus(data.get("status", "standing")),
            added_in_session=data.get("added_in_session"),
            rewritten_in_session=data.get("rewritten_in_session"),
        )


@dataclass(frozen=True)
class IAmVsIDoState:
    """All statements in the order the client said them."""

    exercise_id: ClassVar[str] = EXERCISE_ID
    statements: tuple[Statement, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store."""
        return {
            "exercise": EXERCISE_ID,
            "schema": 1,
            "statements": [s.to_dict() for s in self.statements],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IAmVsIDoState:
        """Rebuild from :meth:`to_dict` output."""
        return cls(tuple(Statement.from_dict(s) for s in data.get("statements", [])))

    def get(self, statement_id: str) -> Statement:
        """A statement by id; :class:`ExerciseError` if missing."""
        for s in self.statements:
            if s.id == statement_id:
                return s
        raise ExerciseError(f"no statement '{statement_id}'")

    @property
    def standing(self) -> tuple[Statement, ...]:
        """Statements not yet rewritten."""
        return tuple(s for s in self.statements if s.status is StatementStatus.STANDING)

    @property
    def rewritten(self) -> tuple[Statement, ...]:
        """Statements rewritten as actions."""
        return tuple(s for s in self.statements if s.status is StatementStatus.REWRITTEN)


def _replace_statement(state: IAmVsIDoState, updated: Statement) -> IAmVsIDoState:
    return replace(
        state, statements=tuple(updated if s.id == updated.id else s for s in state.statements)
    )


def add_statement(
    state: IAmVsIDoState,
    i_am: str,
    session_id: str | None = None,
    statement_id: str | None = None,
) -> IAmVsIDoState:
    """Return a state with a new identity statement that still stands."""
    if not i_am.strip():
        raise ExerciseError(tr("exercise_i_am_vs_i_do", "The statement needs some words."))
    item = Statement(statement_id or new_id(), i_am.strip(), added_in_session=session_id)
    return replace(state, statements=(*state.statements, item))


def rewrite_statement(
    state: IAmVsIDoState, statement_id: str, i_do: str, session_id: str | None = None
) -> IAmVsIDoState:
    """Return a state where the statement is rewritten as an action, in ``session_id``."""
    if not i_do.strip():
        raise ExerciseError(
            tr("exercise_i_am_vs_i_do", "The rewritten statement needs some words.")
        )
    current = state.get(statement_id)
    return _replace_statement(
        state,
        replace(
            current,
            i_do=i_do.strip(),
            status=StatementStatus.REWRITTEN,
            rewritten_in_session=session_id,
        ),
    )


def draft_rewrite(state: IAmVsIDoState, statement_id: str, i_do: str) -> IAmVsIDoState:
    """Return a state keeping ``i_do`` as typed so far, without rewriting anything.

    A rewrite is half-typed while the therapist and client look for the words; those words
    are kept (and saved) as the statement's draft, so a lock or a redraw does not lose them.
    A standing statement stays standing until :func:`rewrite_statement`; for one already
    rewritten the draft is its new wording, which must keep some words.
    """
    current = state.get(statement_id)
    if current.status is StatementStatus.REWRITTEN:
        if not i_do.strip():
            raise ExerciseError(
                tr("exercise_i_am_vs_i_do", "The rewritten statement needs some words.")
            )
        i_do = i_do.strip()
    return _replace_statement(state, replace(current, i_do=i_do))


def reopen_statement(state: IAmVsIDoState, statement_id: str) -> IAmVsIDoState:
    """The old sentence is back ("I still feel I am…"): standing again, draft kept."""
    current = state.get(statement_id)
    return _replace_statement(
        state, replace(current, status=StatementStatus.STANDING, rewritten_in_session=None)
    )


def edit_identity(state: IAmVsIDoState, statement_id: str, i_am: str) -> IAmVsIDoState:
    """Return a state with the client's own wording of the identity statement corrected."""
    if not i_am.strip():
        raise ExerciseError(tr("exercise_i_am_vs_i_do", "The statement needs some words."))
    return _replace_statement(state, replace(state.get(statement_id), i_am=i_am.strip()))


def remove_statement(state: IAmVsIDoState, statement_id: str) -> IAmVsIDoState:
    """Return a state without one statement."""
    state.get(statement_id)
    return replace(state, statements=tuple(s for s in state.statements if s.id != statement_id))


@register
class IAmVsIDo(Exercise[IAmVsIDoState]):
    """Identity statements rewritten into statements about actions."""

    id = EXERCISE_ID
    title = '"I am" and "what I do"'
    state_type = IAmVsIDoState

    def new_state(self) -> IAmVsIDoState:
        """No statements yet."""
        return IAmVsIDoState()

    def validate(self, state: IAmVsIDoState) -> list[ExerciseProblem]:
        """Unique ids, words in every statement, a rewritten one has its action text."""
        problems = check_unique_ids(state.statements, "statements")
        for s in state.statements:
            if not s.i_am.strip():
                problems.append(ExerciseProblem(s.id, "the statement has no words"))
            if s.status is StatementStatus.REWRITTEN and not s.i_do.strip():
                problems.append(ExerciseProblem(s.id, "rewritten, but the new wording is empty"))
        return problems

    def summary(self, state: IAmVsIDoState) -> dict[str, Any]:
        """Rewritten pairs and statements that still stand, with counts."""
        return {
            "title": self.display_title(),
            "rewritten": [
                {"i_am": s.i_am, "i_do": s.i_do, "session_id": s.rewritten_in_session}
                for s in state.rewritten
            ],
            "standing": [{"i_am": s.i_am} for s in state.standing],
            "count_rewritten": len(state.rewritten),
            "count_standing": len(state.standing),
        }

    def changes(self, old: IAmVsIDoState, new: IAmVsIDoState) -> dict[str, Any]:
        """Statements added, removed, newly rewritten, reopened, or reworded."""
        added, removed, changed = diff_by_id(old.statements, new.statements)
        rewritten = [
            b.to_dict()
            for a, b in changed
            if a.status is StatementStatus.STANDING and b.status is StatementStatus.REWRITTEN
        ]
        rewritten += [s.to_dict() for s in added if s.status is StatementStatus.REWRITTEN]
        reopened = [
            b.to_dict()
            for a, b in changed
            if a.status is StatementStatus.REWRITTEN and b.status is StatementStatus.STANDING
        ]
        reworded = [
            {"old": a.to_dict(), "new": b.to_dict()}
            for a, b in changed
            if a.status == b.status and (a.i_am != b.i_am or a.i_do != b.i_do)
        ]
        return {
            "added": [s.to_dict() for s in added],
            "removed": [s.to_dict() for s in removed],
            "rewritten": rewritten,
            "reopened": reopened,
            "reworded": reworded,
        }
