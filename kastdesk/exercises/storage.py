"""Save and load exercise states through the case file's generic versioned document store.

Each save appends a version (kind ``"exercise"``, doc id = exercise id) tagged with the
session it was made in, so "what changed since session X" is a diff of two versions.
Duck-typed against the store's contract; this package never imports the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from kastdesk.exercises.base import ExerciseError, get_exercise

KIND = "exercise"


class _Documents(Protocol):
    def put(self, kind: str, doc_id: str, data: dict[str, Any], session_id: str | None) -> Any: ...
    def get(self, kind: str, doc_id: str) -> dict[str, Any] | None: ...
    def history(self, kind: str, doc_id: str) -> list[Any]: ...
    def list_ids(self, kind: str) -> list[str]: ...


class CaseLike(Protocol):
    """What this module needs from an open case file."""

    documents: _Documents

    def transaction(self, label: str) -> Any: ...


class DocumentVersionLike(Protocol):
    """One saved version as the store returns it."""

    version: int
    saved_at: str
    session_id: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class SavedExercise:
    """One saved version of an exercise, with its state rebuilt."""

    version: int
    saved_at: str
    session_id: str | None
    state: Any


def save_exercise(
    case: CaseLike,
    state: Any,
    session_id: str | None = None,
    label: str | None = None,
    *,
    draft: bool = False,
) -> None:
    """Append ``state`` as a new version in a named transaction.

    ``label`` names the user operation for undo and audit ("Consequence listing: add
    consequence"); by default the exercise title. Invalid states are refused here so a
    broken state never becomes a version the history has to carry. ``draft`` is for
    autosave while typing: the newest version is overwritten when it belongs to the
    same session, so the history keeps one version per session, not one per pause.
    """
    exercise = get_exercise(state.exercise_id)
    errors = [p for p in exercise.validate(state) if p.severity == "error"]
    if errors:
        raise ExerciseError("; ".join(f"{p.field}: {p.message}" for p in errors))
    if draft and session_id is None:
        # Work outside a session keeps one version per day: the store's "same session"
        # would take every such day for one, and Monday's version was overwritten on Friday.
        draft = _saved_today_outside_sessions(case, exercise.id)
    with case.transaction(label or f"{exercise.title}: save"):
        if draft:
            case.documents.put(
                KIND, exercise.id, state.to_dict(), session_id, replace_latest=True
            )
        else:
            case.documents.put(KIND, exercise.id, state.to_dict(), session_id)


def saved_on(saved_at: str) -> date | None:
    """The local day of a version's save time (the store keeps it in UTC)."""
    try:
        return datetime.fromisoformat(saved_at).astimezone().date()
    except ValueError:
        return None


def _saved_today_outside_sessions(case: CaseLike, exercise_id: str) -> bool:
    """Whether the exercise's newest version was saved today in no session."""
    history = case.documents.history(KIND, exercise_id)
    if not history:
        return False
    newest = max(history, key=lambda v: v.version)
    return newest.session_id is None and saved_on(newest.saved_at) == date.today()


def load_exercise(case: CaseLike, exercise_id: str) -> Any | None:
    """The latest saved state, or ``None`` when the exercise has not been started."""
    data = case.documents.get(KIND, exercise_id)
    return get_exercise(exercise_id).from_dict(data) if data is not None else None


def load_or_new(case: CaseLike, exercise_id: str) -> Any:
    """The latest saved state, or a fresh empty one."""
    state = load_exercise(case, exercise_id)
    return state if state is not None else get_exercise(exercise_id).new_state()


def started_exercises(case: CaseLike) -> list[str]:
    """Ids of exercises with at least one saved version."""
    return list(case.documents.list_ids(KIND))


def exercise_history(case: CaseLike, exercise_id: str) -> list[SavedExercise]:
    """Every saved version, oldest first, with states rebuilt."""
    return states_from_history(exercise_id, case.documents.history(KIND, exercise_id))


def states_from_history(
    exercise_id: str, history: Sequence[DocumentVersionLike]
) -> list[SavedExercise]:
    """Rebuild states from the store's ``DocumentVersion`` list, ordered by version."""
    exercise = get_exercise(exercise_id)
    return [
        SavedExercise(v.version, v.saved_at, v.session_id, exercise.from_dict(v.data))
        for v in sorted(history, key=lambda v: v.version)
    ]


def _as_saved(exercise_id: str, history: Sequence[Any]) -> list[SavedExercise]:
    """Accept either rebuilt versions or the store's raw ``DocumentVersion`` list."""
    if history and not isinstance(history[0], SavedExercise):
        return states_from_history(exercise_id, history)
    return sorted(history, key=lambda v: v.version)


def state_after_session(history: Sequence[SavedExercise], session_id: str) -> Any | None:
    """The state as it was left at the end of ``session_id`` (``None``: not saved then)."""
    matching = [v for v in history if v.session_id == session_id]
    return matching[-1].state if matching else None


def changes_since(
    exercise_id: str, history: Sequence[SavedExercise | DocumentVersionLike], session_id: str
) -> dict[str, Any]:
    """What changed from the end of ``session_id`` to the latest version.

    When nothing was saved in that session, the comparison starts from an empty state,
    so everything counts as new: the safe reading for "what has he done since".
    """
    exercise = get_exercise(exercise_id)
    history = _as_saved(exercise_id, history)
    if not history:
        empty = exercise.new_state()
        return exercise.changes(empty, empty)
    baseline = state_after_session(history, session_id)
    if baseline is None:
        baseline = exercise.new_state()
    return exercise.changes(baseline, history[-1].state)


def rewritten_since(
    history: Sequence[SavedExercise | DocumentVersionLike], session_id: str
) -> list[dict[str, Any]]:
    """ "I am / what I do" statements rewritten after ``session_id`` and still rewritten now."""
    return list(changes_since("i_am_vs_i_do", history, session_id)["rewritten"])


def statement_timeline(
    history: Sequence[SavedExercise | DocumentVersionLike],
) -> list[dict[str, Any]]:
    """Per statement: the version/session it appeared in, was rewritten in, and its status now.

    Read from the saved versions rather than the state alone, so a statement that was
    rewritten, reopened and rewritten again shows when it finally changed.
    """
    history = _as_saved("i_am_vs_i_do", history)
    timeline: dict[str, dict[str, Any]] = {}
    previous_status: dict[str, str] = {}
    for saved in history:
        for s in saved.state.statements:
            entry = timeline.setdefault(
                s.id,
                {
                    "id": s.id,
                    "i_am": s.i_am,
                    "added_version": saved.version,
                    "added_session": saved.session_id,
                    "rewritten_version": None,
                    "rewritten_session": None,
                },
            )
            status = s.status.value
            if status == "rewritten" and previous_status.get(s.id) != "rewritten":
                entry["rewritten_version"] = saved.version
                entry["rewritten_session"] = saved.session_id
            if status == "standing":
                entry["rewritten_version"] = entry["rewritten_session"] = None
            entry.update(i_am=s.i_am, i_do=s.i_do, status=status)
            previous_status[s.id] = status
    latest_ids = {s.id for s in history[-1].state.statements} if history else set()
    for entry in timeline.values():
        if entry["id"] not in latest_ids:
            entry["status"] = "removed"
    return list(timeline.values())
