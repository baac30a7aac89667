"""The note of the session gets the height of the Sessions tab on a laptop screen.

A therapist types the note during the session. On a 1366×768 laptop at 125 % (a window of
1093×543 logical pixels above the taskbar) the QA pass saw about four lines of it beside
the register, two with a risk flag raised, and at 14 pt not one: the session list, the
session's fields and the buttons took the whole tab, the note below the fold. Now the list
shrinks and then becomes a drop-down, and the session's fields fold into one line beside
"Note" that says what they hold. Screenshots:
artifacts/screenshots/sessions_note_<font>_<register>.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code

FLAGGED = "K-2022-001"
LAPTOP_125 = (1093, 543)


def _shown_height(widget) -> int:  # type: ignore[no-untyped-def]
    """How much of ``widget`` is in sight (scroll areas and the window clip it)."""
    return widget.visibleRegion().boundingRect().height()


def _open_sessions(qtbot, window, register: bool):  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.resize(*LAPTOP_125)
    select_code(qtbot, window, FLAGGED)
    window.show_register(register)
    window.workspace.set_current_tab("sessions")
    qtbot.wait(80)
    return window.workspace.tab("sessions")


@pytest.mark.parametrize("register", [True, False], ids=["register", "no_register"])
@pytest.mark.parametrize("points", [None, 14], ids=["normal", "14pt"], indirect=True)
def test_the_note_is_in_sight_and_gets_the_most_height(  # type: ignore[no-untyped-def]
    qtbot, points, main_window, register: bool
) -> None:
    window = main_window
    tab = _open_sessions(qtbot, window, register)
    editor = tab.editor
    note = editor.note
    font = f"{points}pt" if points else "normal"
    screenshot(window, f"sessions_note_{font}_{'register' if register else 'no_register'}")
    assert not window.workspace_scroll.verticalScrollBar().isVisible()
    # The note's box is whole in sight: nothing of it below the fold of the editor.
    assert _shown_height(note) == note.height()
    lines = note.viewport().height() // note.fontMetrics().lineSpacing()
    # Most of the tab: more than anything else in it, and at least five lines of text
    # even at 14 pt with a risk banner above (it was 0 lines, 2 in the normal font).
    assert lines >= 5, lines
    assert note.height() >= 0.4 * tab.height(), (note.height(), tab.height())
    if tab.splitter.orientation() == Qt.Orientation.Vertical:  # the list above the note
        assert note.height() > tab.list.height()
    # Sign note… stays whole in sight below it.
    sign = editor.sign_button
    if sign.isVisible():
        assert _shown_height(sign) == sign.height()


@pytest.mark.parametrize("points", [14], indirect=True)
def test_folded_fields_and_list_still_do_their_work(qtbot, points, main_window) -> None:  # type: ignore[no-untyped-def]
    """Folded, the fields say what they hold and open with a click; the drop-down that
    stands in for the list opens another session."""
    window = main_window
    tab = _open_sessions(qtbot, window, register=True)
    editor = tab.editor
    assert editor.details_folded and tab.list_folded
    session = editor.session
    assert session is not None
    summary = editor.details_toggle.summary()
    assert session.starts_at.strftime("%Y-%m-%d") in summary
    assert editor.modality.currentText() in summary
    assert not editor.when.isVisible()

    # The drop-down names the open session and opens another.
    picker = tab.picker
    assert picker.isVisible()
    assert picker.currentData() == session.id
    other = picker.itemData(picker.count() - 1)
    assert other != session.id
    picker.setCurrentIndex(picker.count() - 1)
    picker.activated.emit(picker.count() - 1)
    qtbot.waitUntil(lambda: editor.session is not None and editor.session.id == other)
    assert tab.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == other

    # A click unfolds the fields (above the note, which stays in the tab), and another
    # session folds them again where the room is short.
    qtbot.mouseClick(editor.details_toggle, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert editor.when.isVisible() and not editor.details_folded
    qtbot.wait(50)
    screenshot(window, "sessions_note_14pt_unfolded")
    for field in (editor.when, editor.modality, editor.topics):  # a scroll, no squeeze
        assert field.height() >= field.minimumSizeHint().height()
    tab.set_current_session(session.id)
    qtbot.waitUntil(lambda: editor.session is not None and editor.session.id == session.id)
    assert editor.details_folded


def test_a_roomy_window_keeps_the_list_and_the_fields(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Where there is height (1366×740, normal font) nothing folds."""
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 740)
    select_code(qtbot, window, FLAGGED)
    window.workspace.set_current_tab("sessions")
    qtbot.wait(80)
    tab = window.workspace.tab("sessions")
    assert not tab.list_folded and tab.list.isVisible()
    assert not tab.editor.details_folded and tab.editor.when.isVisible()
    assert not tab.editor.details_toggle.isVisible()
