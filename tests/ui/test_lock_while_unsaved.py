"""What was typed while the vault could not be written is never lost, and never left on
screen: QA 19 F1, F2, F3 and F11, with the real app and real files.

The vault folder is renamed away and back (a memory stick pulled out and plugged in again),
and a second SQLCipher connection holds a read transaction on the case file (a backup's
copy). Before: the case closed for good at the first failed save, and what was typed then
and after the folder was back was lost at the lock; a busy file read as "damaged, restore a
backup"; the idle lock refused while the vault could not be written, one more message box
at each idle period; and nothing saved again once the cause was gone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from kastdesk.store import Vault, db
from kastdesk.store.errors import CaseDamaged
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.workspace.flags import RaiseFlagDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import (
    close_after_pulled,
    screenshot,
    unlock,
    unlocked_window,
    vault_with_a_session,
    when_modal,
)
from tests.ui.conftest import close_message_boxes as _close_boxes
from tests.ui.conftest import message_boxes as _boxes


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return vault_with_a_session(tmp_path / "vault", "K-A")


@pytest.fixture
def window(qtbot, folder: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, folder)
    yield window
    close_after_pulled(window, folder, folder.parent / "stick pulled")


def _writing(qtbot, window: MainWindow, words: str) -> Any:  # type: ignore[no-untyped-def]
    assert window.vault is not None
    window.register.select(window.vault.client_by_code("K-A").id)
    qtbot.waitUntil(lambda: window.case is not None)
    window.workspace.set_current_tab("sessions")
    tab = window.workspace.tab("sessions")
    tab.new_session()
    tab.editor.note.insertPlainText(words)
    return tab


def _idle_lock(window: MainWindow) -> None:
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()


def _stored_note(folder: Path, session_id: str) -> str:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-A").id)
        return case.sessions.get(session_id).note


def test_a_folder_gone_for_a_while_locks_the_screen_and_saves_once_it_is_back(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _writing(qtbot, window, "PART-A")
    tab.editor.save()
    session_id = tab.current_session_id()
    folder.rename(folder.parent / "stick pulled")
    tab.editor.note.insertPlainText(" PART-B")
    tab.editor.autosave()
    assert tab.editor.saved_label.text() == "Not saved"
    [box] = _boxes()
    assert "plug the stick back in" in box.text() and "moved or deleted" not in box.text()
    screenshot(window, "save_waits_for_the_stick")
    screenshot(box, "save_waits_for_the_stick_box")
    _close_boxes()
    tab.editor.note.insertPlainText(" PART-C")
    for _ in range(3):  # idle period after idle period: one lock, no pile of boxes
        _idle_lock(window)
    assert window.locked and window.vault is not None
    assert window.stack.currentWidget() is window.start_host  # the case is off the screen
    assert not tab.editor.isVisible() and not window.menuBar().isVisible()
    assert _boxes() == []
    assert "not saved yet" in window.unlock_screen.message.text()
    assert not window.unlock_screen.recover_button.isVisible()  # would say "already open"
    screenshot(window, "locked_with_unsaved_text")
    (folder.parent / "stick pulled").rename(folder)  # plugged back in
    window.unlock_screen.passphrase.setText("not the passphrase")
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: "not correct" in window.unlock_screen.message.text())
    assert window.locked
    window.unlock_screen._countdown.start(0)  # the pause after a wrong passphrase, skipped
    window.unlock_screen._pause_over()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.locked)
    assert tab.editor.isVisible()
    # Saved once a look at the folder, off the UI thread, came back (R8).
    qtbot.waitUntil(lambda: tab.editor.saved_label.text().startswith("Saved"))
    assert _boxes() == []
    window.lock()
    assert window.vault is None  # saved, so a real lock: the keys are gone
    assert window.unlock_screen.recover_button.isVisible()
    assert _stored_note(folder, session_id) == "PART-A PART-B PART-C"


@pytest.mark.parametrize("back", ["before the unlock", "while locked"])
def test_an_open_dialog_closed_by_the_lock_comes_back_with_its_text(
    qtbot, window: MainWindow, folder: Path, back: str  # type: ignore[no-untyped-def]
) -> None:
    """The dialog is closed as any lock closes it (run with exec(), it would otherwise
    return as cancelled behind the lock), its text kept in memory while the case cannot be
    written. Unlocked with the stick back, or saved behind the lock screen (the lock then
    finished as any lock): the text is kept in the case and the dialog opens again."""
    tab = _writing(qtbot, window, "PART-A")
    session_id = tab.current_session_id()
    seen: dict[str, Any] = {}

    def type_then_lock(dialog: RaiseFlagDialog) -> None:
        folder.rename(folder.parent / "stick pulled")
        tab.editor.note.insertPlainText(" PART-B")
        dialog.note.setText("said he has pills saved at home")
        window.lock()
        seen["closed"] = not dialog.isVisible()
        if dialog.isVisible():  # the lock refused: let the test fail, not hang
            dialog.reject()

    typing = when_modal(RaiseFlagDialog, type_then_lock)
    window.workspace.raise_flag()
    typing.stop()
    assert seen["closed"] and window.locked and window.vault is not None
    assert window._held_drafts  # in memory: the case cannot be written
    (folder.parent / "stick pulled").rename(folder)
    reopened: dict[str, str] = {}

    def look(dialog: RaiseFlagDialog) -> None:
        reopened["note"] = dialog.note.text()
        if back == "before the unlock":
            screenshot(dialog, "dialog_back_after_held_lock")
            dialog.accept()  # raised: saved from the dialog
        else:
            dialog.reject()

    reopening = when_modal(RaiseFlagDialog, look)
    if back == "before the unlock":
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: bool(reopened), timeout=5_000)
        reopening.stop()
        assert window.vault is not None and not window.locked
        assert tab.editor.isVisible() and not tab.editor.has_unsaved_changes()
        qtbot.waitUntil(lambda: bool(window.case.flags.list(active_only=True)))
    else:
        window._save_retry.setInterval(200)  # the next try comes soon
        qtbot.waitUntil(lambda: window.vault is None, timeout=5_000)  # a real lock now
        assert _stored_note(folder, session_id) == "PART-A PART-B"
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: bool(reopened), timeout=5_000)
        reopening.stop()
    assert reopened == {"note": "said he has pills saved at home"}
    assert "PART-B" in window.workspace.tab("sessions").editor.note_text()


def _hold_read(path: Path, key: bytes, holding: threading.Event,
               release: threading.Event) -> None:
    conn = db.connect(path, key, CaseDamaged, read_only=True)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        holding.set()
        release.wait(20)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_busy_case_file_says_busy_and_the_save_is_tried_again(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _writing(qtbot, window, "PART-A")
    tab.editor.save()
    session_id = tab.current_session_id()
    case = window.case
    assert case is not None and window.vault is not None
    window._save_retry.setInterval(300)
    holding, release = threading.Event(), threading.Event()
    reader = threading.Thread(target=_hold_read, args=(
        case.path, window.vault._case_key(case.client_id), holding, release))
    reader.start()
    try:
        assert holding.wait(10)
        tab.editor.note.insertPlainText(" PART-B while the backup copies")
        tab.editor.autosave()
        [box] = _boxes()
        assert "busy" in box.text() and "backup" in box.text()
        assert "Restore" not in box.text() and "damaged" not in box.text()
        screenshot(box, "save_busy_box")
        tab.editor.autosave()  # focus moving about: still one box
        assert len(_boxes()) == 1
    finally:
        release.set()
        reader.join()
    # Nothing typed since, the box left open: the timer saves it all the same.
    qtbot.waitUntil(lambda: not tab.editor.has_unsaved_changes(), timeout=5_000)
    assert tab.editor.saved_label.text().startswith("Saved")
    _close_boxes()
    window.lock()
    assert _stored_note(folder, session_id) == "PART-A PART-B while the backup copies"


def test_closing_the_box_saves_at_once_when_the_cause_is_gone(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _writing(qtbot, window, "PART-A")
    folder.rename(folder.parent / "stick pulled")
    tab.editor.autosave()
    [box] = _boxes()
    (folder.parent / "stick pulled").rename(folder)
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not tab.editor.has_unsaved_changes(), timeout=2_000)
    assert tab.editor.saved_label.text().startswith("Saved")


def test_a_tab_chosen_while_the_file_is_out_of_reach_says_so_once(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    """The Overview tab chosen with the stick out raised CaseGone from a Qt slot (a
    traceback, the tab half-built)."""
    tab = _writing(qtbot, window, "PART-A")
    workspace = window.workspace
    assert "goals" not in workspace._tabs
    folder.rename(folder.parent / "stick pulled")
    tab.editor.autosave()  # the save finds the file gone
    _close_boxes()
    errors: list[BaseException] = []
    with qtbot.capture_exceptions() as raised:
        workspace.tabs.setCurrentWidget(workspace._holders["goals"])
        errors.extend(e[1] for e in raised)
    assert errors == []
    [box] = _boxes()
    assert "plug the stick back in" in box.text()
    _close_boxes()
    (folder.parent / "stick pulled").rename(folder)
    workspace.set_current_tab("sessions")
    workspace.set_current_tab("goals")  # chosen again, once back: built
    assert "goals" in workspace._tabs
