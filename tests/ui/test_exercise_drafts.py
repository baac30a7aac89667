"""Words typed into an exercise but not confirmed yet (no Rewrite, no Enter) are never lost.

They count as unsaved, are saved by the tab's flush (the one before a lock too) and come
through a redraw of the page. A half-typed rewrite is kept as the statement's draft
``i_do``: the statement stays standing until Rewrite is pressed.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from kastdesk.exercises.i_am_vs_i_do import StatementStatus
from kastdesk.exercises.storage import exercise_history
from kastdesk.store import CaseFile, Vault
from tests.ui.conftest import unlock
from tests.ui.test_exercises_tab import make_tab, start


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A client with one session, today's (the day ``make_tab`` takes for today)."""
    case = vault.add_client("K-2026-043", first_contact_date=date(2026, 2, 1))
    case.sessions.add(datetime(2026, 3, 16, 10))
    return case


def _two_statements(qtbot, vault, case):  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "i_am_vs_i_do", "2026-03-16")
    assert tab.editor.add_statement("I am a bad person")
    assert tab.editor.add_statement("I am weak")
    tab.flush()
    return tab, [s.id for s in tab.editor.state().statements]


def test_half_typed_rewrite_counts_as_unsaved_and_is_saved_standing(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab, (first, _second) = _two_statements(qtbot, vault, case)
    qtbot.keyClicks(tab.editor.action_edits[first], "I have lied to my wife")
    assert tab.has_unsaved_changes()
    tab.flush()
    assert not tab.has_unsaved_changes()
    saved = exercise_history(case, "i_am_vs_i_do")[-1].state.get(first)
    assert saved.i_do == "I have lied to my wife"
    assert saved.status is StatementStatus.STANDING and saved.rewritten_in_session is None


def test_half_typed_rewrite_survives_adding_and_removing_statements(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab, (first, second) = _two_statements(qtbot, vault, case)
    editor = tab.editor
    qtbot.keyClicks(editor.action_edits[first], "I have lied")
    qtbot.keyClicks(editor.new_edit, "I am disgusting")
    editor.add_button.click()
    assert editor.action_edits[first].text() == "I have lied"
    qtbot.keyClicks(editor.action_edits[first], " to her")
    remove = [b for b in editor.page.findChildren(QToolButton)
              if b.toolTip() == "Remove this statement"]
    remove[1].click()  # ✕ on the second row redraws the page
    assert second not in editor.action_edits
    assert editor.action_edits[first].text() == "I have lied to her"
    # Rewrite is still what rewrites it.
    editor.action_edits[first].returnPressed.emit()
    assert editor.state().get(first).status is StatementStatus.REWRITTEN


def test_open_rewording_is_unsaved_saved_and_kept_in_a_redraw(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    editor = tab.editor
    assert editor.add_consequence("money", "Money I cannot explain")
    assert editor.add_consequence("health", "I sleep badly")
    tab.flush()
    first = editor.state().consequences[0].id

    def open_line() -> QLineEdit:
        return next(line for line in editor.page.findChildren(QLineEdit)
                    if line.objectName() == "consequenceEdit" and not line.isHidden())

    next(b for b in editor.page.findChildren(QToolButton)
         if b.objectName() == "editConsequence").click()
    open_line().setText("Money I cannot explain to her")
    assert tab.has_unsaved_changes()
    # A redraw (here: the client view handing back a change) keeps the open line.
    editor.set_state(editor.state())
    assert open_line().text() == "Money I cannot explain to her"
    tab.flush()
    assert not tab.has_unsaved_changes()
    saved = exercise_history(case, "consequence_listing")[-1].state
    assert saved.get(first).text == "Money I cannot explain to her"
    # Still open after the save; Esc goes back to the wording from before ✎.
    qtbot.keyClick(open_line(), Qt.Key.Key_Escape)
    assert editor.state().get(first).text == "Money I cannot explain"


def test_lock_saves_a_half_typed_rewrite(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    client = main_window.vault.clients()[5]
    main_window.register.select(client.id)
    qtbot.waitUntil(lambda: main_window.case is not None
                    and main_window.case.client_id == client.id)
    main_window.workspace.set_current_tab("exercises")
    tab = main_window.workspace.tab("exercises")
    tab.open_exercise("i_am_vs_i_do")
    sid = tab.editor.state().statements[0].id
    qtbot.keyClicks(tab.editor.action_edits[sid], "I have lied about where I was")
    assert main_window.workspace.has_unsaved_changes()
    assert main_window.lock()
    unlock(qtbot, main_window)
    main_window.register.select(client.id)
    qtbot.waitUntil(lambda: main_window.case is not None)
    saved = exercise_history(main_window.case, "i_am_vs_i_do")[-1].state.get(sid)
    assert saved.i_do == "I have lied about where I was"
