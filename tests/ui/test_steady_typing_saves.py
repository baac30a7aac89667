"""Steady typing autosaves: no editor waits for a full pause before it saves (QA 19, F5).

Every editor restarted a single-shot timer of a second (a second and a half on the family
map) on each key, so someone typing a key every 0.3 s, or dictating, never saw a save, and
a crash lost everything since the last pause. The shared ``TypingTimer`` saves at least
every ``MAX_WAIT_MS`` while the typing goes on. The keys here come one by one through
QTest at a steady pace, the event loop running between them, as a real typist's do.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kastdesk.exercises.storage import exercise_history
from kastdesk.forms.storage import list_responses
from kastdesk.genogram.model import Sex
from kastdesk.genogram.storage import load_genogram
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.autosave import MAX_WAIT_MS, TypingTimer
from kastdesk.ui.workspace import CaseWorkspace
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)

KEY_EVERY_MS = 300  # well under any editor's pause: the pause alone never comes


def first_save_while_typing(qtbot, field: QWidget, saved: Callable[[], bool],  # type: ignore[no-untyped-def]
                            give_up_ms: int) -> float | None:
    """Type into ``field`` one key every ``KEY_EVERY_MS`` until ``saved()`` holds; the
    seconds that took, or None when ``give_up_ms`` went by without a save."""
    field.setFocus()
    began = time.monotonic()
    for key in itertools.cycle("steady words "):
        qtbot.keyClicks(field, key)
        qtbot.wait(KEY_EVERY_MS)
        if saved():
            return time.monotonic() - began
        if (time.monotonic() - began) * 1000 > give_up_ms:
            return None
    return None


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:  # noqa: F811
    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    ws.clear()


def test_the_timer_fires_within_the_maximum_wait_however_often_it_restarts(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    timer = TypingTimer(400, holder, max_wait_ms=1200)
    fired: list[float] = []
    timer.timeout.connect(lambda: fired.append(time.monotonic()))
    began = time.monotonic()
    while time.monotonic() - began < 2.0:
        timer.start()  # a key every 100 ms: the 400 ms pause never comes
        qtbot.wait(100)
    assert fired and fired[0] - began < 1.5
    assert len(fired) >= 1 and all(b - a >= 0.9 for a, b in itertools.pairwise(fired))
    timer.stop()
    fired.clear()
    timer.start()
    qtbot.wait(700)
    assert len(fired) == 1  # a pause still saves after the pause, as before


def test_a_session_note_typed_steadily_is_saved_within_the_maximum_wait(  # type: ignore[no-untyped-def]
        qtbot, workspace: CaseWorkspace, case: CaseFile) -> None:  # noqa: F811
    workspace.set_current_tab("sessions")
    tab = workspace.tab("sessions")
    tab.new_session()
    session_id = tab.current_session_id()
    took = first_save_while_typing(
        qtbot, tab.editor.note, lambda: "steady" in case.sessions.get(session_id).note,
        give_up_ms=MAX_WAIT_MS + 2500)
    assert took is not None and took < MAX_WAIT_MS / 1000 + 1.0


def test_the_intake_typed_steadily_is_saved(qtbot, workspace: CaseWorkspace,  # type: ignore[no-untyped-def]
                                            case: CaseFile) -> None:  # noqa: F811
    workspace.set_current_tab("intake")
    tab = workspace.tab("intake")
    tab.timer.max_wait_ms = 2000  # shorter than the default, to keep the test quick
    field = next(w for w in tab.form.findChildren(QPlainTextEdit) if w.isVisible())
    took = first_save_while_typing(
        qtbot, field,
        lambda: any("steady" in str(r.answers) for r in list_responses(case, "intake")),
        give_up_ms=4500)
    assert took is not None and took < 3.0


def test_an_exercise_typed_steadily_is_saved(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    tab = make_tab(qtbot, vault, case)
    start(tab, "behaviour_in_words", "2026-03-16")
    tab.timer.max_wait_ms = 2000

    def saved() -> bool:
        history = exercise_history(case, "behaviour_in_words")
        return bool(history) and "steady" in history[-1].state.answers.get("what_happened", "")

    took = first_save_while_typing(qtbot, tab.editor.edits["what_happened"], saved,
                                   give_up_ms=4500)
    assert took is not None and took < 3.0


def test_family_map_notes_typed_steadily_are_saved(qtbot, workspace: CaseWorkspace,  # type: ignore[no-untyped-def]
                                                   case: CaseFile) -> None:  # noqa: F811
    workspace.set_current_tab("genogram")
    editor = workspace.tab("genogram").editor
    pid = editor.add_person(Sex.MALE)
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    editor.panel._typing.max_wait_ms = 2500
    took = first_save_while_typing(
        qtbot, editor.panel.notes,
        lambda: "steady" in load_genogram(case).persons[pid].notes, give_up_ms=5000)
    assert took is not None and took < 3.5


def test_the_clients_self_rating_typed_steadily_is_saved(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from datetime import date

    from kastdesk.ui.selfrating import SelfRatingTab
    from kastdesk.ui.workspace.base import WorkspaceContext

    tab = SelfRatingTab(WorkspaceContext(vault, case, None),  # type: ignore[arg-type]
                        today=lambda: date(2026, 3, 16))
    qtbot.addWidget(tab)
    tab.show()
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    tab._client_timer.max_wait_ms = 2500
    field = next(w for w in view.content.findChildren(QPlainTextEdit) if w.isVisible())
    took = first_save_while_typing(
        qtbot, field,
        lambda: any("steady" in str(r.answers) for r in list_responses(case, "self_rating")),
        give_up_ms=5000)
    assert took is not None and took < 3.5
    view.leave()
