"""The focus stays in the exercise when a click or Enter redraws it (QA 26).

The QA pass rewrote "Jag är en dålig människa" with Enter in "What I did": the redraw took
the field away with the focus, and the window had no field to type in. Keys went nowhere,
and once the window was active again (back from another program, a dialog closed) the
focus was on the register's search field: the next words typed went there, in plain sight
beside the case, and filtered the register instead of reaching the exercise. The same for
a Rewrite or ✕ clicked. The focus now goes to the exercise's add field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from tests.ui.conftest import unlock
from tests.ui.test_exercise_inputs_kept import _select


def _open(qtbot, window, exercise_id: str):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    unlock(qtbot, window)
    _select(qtbot, window, window.vault.clients()[4].id)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    tab.open_exercise(exercise_id)
    if tab.editor is None:
        tab.start_current()
    qtbot.wait(50)
    return tab.editor


def _focus_after(qtbot, window) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Where the keys go once the redraw has settled and the window is active again."""
    qtbot.wait(50)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.wait(20)
    return QApplication.focusWidget()


def _inside(editor, widget: QWidget | None) -> bool:  # type: ignore[no-untyped-def]
    return widget is not None and editor.isAncestorOf(widget)


def test_enter_in_what_i_did_keeps_the_focus_in_the_exercise(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, main_window, "i_am_vs_i_do")
    assert editor.add_statement("Jag är en dålig människa")
    sid = editor.state().statements[-1].id
    edit = editor.action_edits[sid]
    edit.setFocus()
    qtbot.keyClicks(edit, "I hurt others")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert editor.state().get(sid).i_do == "I hurt others"  # rewritten
    focus = _focus_after(qtbot, main_window)
    assert focus is editor.new_edit, focus  # ready for the next statement
    qtbot.keyClicks(focus, "I am weak")
    assert main_window.register.search.text() == ""
    assert editor.new_edit.text() == "I am weak"


def test_a_button_that_redraws_keeps_the_focus_in_the_exercise(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, main_window, "i_am_vs_i_do")
    assert editor.add_statement("I am a liar")
    sid = editor.state().statements[-1].id
    editor.action_edits[sid].setText("I lied to my wife")
    card = editor.action_edits[sid].parentWidget()
    rewrite = next(b for b in card.findChildren(QPushButton) if b.text() == "Rewrite")
    rewrite.setFocus()
    qtbot.mouseClick(rewrite, Qt.MouseButton.LeftButton)
    assert editor.state().get(sid).i_do == "I lied to my wife"
    focus = _focus_after(qtbot, main_window)
    assert _inside(editor, focus), focus
    card = editor.action_edits[sid].parentWidget()
    remove = next(b for b in card.findChildren(QToolButton) if b.isVisible())
    remove.setFocus()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert sid not in [s.id for s in editor.state().statements]
    focus = _focus_after(qtbot, main_window)
    assert _inside(editor, focus), focus


def test_a_removed_consequence_keeps_the_focus_in_the_exercise(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, main_window, "consequence_listing")
    before = len(editor.state().consequences)
    remove = next(b for b in editor.page.findChildren(QToolButton)
                  if b.isVisible() and b.text() == "✕")
    remove.setFocus()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(editor.state().consequences) == before - 1
    focus = _focus_after(qtbot, main_window)
    assert focus is editor.text_edit, focus
