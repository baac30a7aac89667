"""Case text copied in KastDesk does not stay on the clipboard after the lock or after
quitting (a leak hunt found a copied note still there after Quit; clipboard managers keep
it, some on disk), and what another program put there is left alone."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import unlock


def test_quitting_takes_copied_note_text_off_the_clipboard(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    QApplication.clipboard().setText("MARKERALPHA suicidal thoughts")  # copied from a note
    main_window.close()
    assert QApplication.clipboard().text() == ""


def test_the_lock_takes_it_off_too(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    QApplication.clipboard().setText("MARKERBETA")
    main_window.lock()
    assert QApplication.clipboard().text() == ""


def test_text_another_program_put_there_later_stays(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Copied in KastDesk, then something else copied while another program was active:
    quitting leaves that alone."""
    unlock(qtbot, main_window)
    clipboard = QApplication.clipboard()
    clipboard.setText("from a note")
    main_window._copied_here = "from a note"  # as recorded while KastDesk was active
    clipboard.blockSignals(True)  # the other program's copy, seen while inactive
    clipboard.setText("a recipe from the browser")
    clipboard.blockSignals(False)
    main_window.close()
    assert clipboard.text() == "a recipe from the browser"
