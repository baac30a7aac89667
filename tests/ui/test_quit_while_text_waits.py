"""Quitting, and a logout, while what was typed cannot be saved (QA 19 R2), with the real
app and real folders.

Text that waits for the vault (a memory stick out and not coming back, an older copy put in
its place, a full disk not cleared) refused every Quit with the same box, and a termination
signal too: a logout then ended in the session manager's kill, and every unsaved word was
lost without a word. Now the first Quit says why it waits, the next asks ("Keep waiting",
the default, or "Quit without saving it"), and a termination signal quits after the usual
try. The box on screen also says what is there now: an older copy, not "plug the stick back
in" with the stick plugged in.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import close_after_pulled, screenshot, unlocked_window, vault_with_a_session
from tests.ui.conftest import close_message_boxes as _close_boxes
from tests.ui.conftest import message_boxes as _boxes


def _button(box: QMessageBox, text: str) -> Any:
    [button] = [b for b in box.buttons() if b.text() == text]
    return button


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return vault_with_a_session(tmp_path / "KASTSTICK", "K-Q")


@pytest.fixture
def window(qtbot, folder: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, folder)
    yield window
    close_after_pulled(window, folder, folder.parent / "stick out", replace=True, ending=True)


def _typing_saved(qtbot, window: MainWindow, words: str) -> Any:  # type: ignore[no-untyped-def]
    assert window.vault is not None
    window.register.select(window.vault.client_by_code("K-Q").id)
    qtbot.waitUntil(lambda: window.case is not None)
    qtbot.wait(50)  # the case settled (its drafts looked for) before the stick goes
    window.workspace.set_current_tab("sessions")
    tab = window.workspace.tab("sessions")
    tab.new_session()
    tab.editor.note.insertPlainText(words)
    tab.editor.save()
    return tab


def _stored_note(folder: Path, session_id: str) -> str:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-Q").id)
        return case.sessions.get(session_id).note


def test_the_second_quit_asks_and_quit_without_saving_it_quits(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _typing_saved(qtbot, window, "PART-A")
    session_id = tab.current_session_id()
    folder.rename(folder.parent / "stick out")  # lost, or broken: it never comes back
    tab.editor.note.insertPlainText(" PART-B")
    tab.editor.autosave()
    _close_boxes()

    window.close()  # the first Quit: refused, and the box says why
    assert window.isVisible() and window.vault is not None
    [box] = _boxes()
    assert "plug the stick back in" in box.text()
    _close_boxes()

    window.close()  # the second: a question, "Keep waiting" the default
    [question] = _boxes()
    assert question.objectName() == "quitUnsavedBox"
    assert "is lost" in question.text() and "copy what you need" in question.text()
    assert "plug the stick back in" in question.text()  # why it waits, still said
    assert question.defaultButton() is _button(question, "Keep waiting")
    assert question.escapeButton() is _button(question, "Keep waiting")
    screenshot(question, "quit_while_text_waits_question")
    _button(question, "Keep waiting").click()
    qtbot.wait(300)  # focus back in the note, and out as the question came: no new box
    qtbot.waitUntil(lambda: _boxes() == [])
    assert window.isVisible() and window.vault is not None
    assert tab.editor.note.toPlainText().endswith("PART-A PART-B")  # still there to copy

    window.close()  # asked again (not the first box again), and this time it quits
    [question] = _boxes()
    assert question.objectName() == "quitUnsavedBox"
    _button(question, "Quit without saving it").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.vault is None
    (folder.parent / "stick out").rename(folder)
    assert _stored_note(folder, session_id) == "PART-A"  # as chosen: B was not saved


def test_the_question_goes_once_the_text_is_saved_and_quit_then_saves_it(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _typing_saved(qtbot, window, "PART-A")
    session_id = tab.current_session_id()
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(" PART-B")
    window.close()
    _close_boxes()
    window.close()
    [question] = _boxes()
    assert question.objectName() == "quitUnsavedBox"
    (folder.parent / "stick out").rename(folder)  # plugged in again after all
    window._retry_save()  # the retry timer's try
    qtbot.waitUntil(lambda: _boxes() == [])
    assert tab.editor.saved_label.text().startswith("Saved")
    window.close()  # saved: a quit as any, and the next time trouble starts afresh
    assert not window.isVisible() and window.vault is None
    assert _stored_note(folder, session_id) == "PART-A PART-B"


def test_the_box_says_older_copy_once_one_is_in_the_sticks_place(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _typing_saved(qtbot, window, "PART-A")
    shutil.copytree(folder, folder.parent / "older copy",
                    ignore=shutil.ignore_patterns("*.lock", "lock*"))
    tab.editor.note.insertPlainText(" PART-A2")
    tab.editor.save()
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(" PART-B")
    tab.editor.autosave()
    [box] = _boxes()
    assert "plug the stick back in" in box.text()
    (folder.parent / "older copy").rename(folder)
    tab.editor.note.insertPlainText(" PART-C")
    window._retry_save()  # the retry timer's try
    assert _boxes() == [box]  # the same box, not a second one
    assert "older copy" in box.text() and "plug the stick back in" not in box.text()
    screenshot(box, "save_waits_older_copy_box")


def test_a_box_closed_before_the_older_copy_came_is_followed_by_one_saying_so(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    """The retry is quiet while the cause stays the same; a new cause is said once (the
    note only went on saying "Not saved")."""
    tab = _typing_saved(qtbot, window, "PART-A")
    shutil.copytree(folder, folder.parent / "older copy",
                    ignore=shutil.ignore_patterns("*.lock", "lock*"))
    tab.editor.note.insertPlainText(" PART-A2")
    tab.editor.save()
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(" PART-B")
    tab.editor.autosave()
    _close_boxes()
    qtbot.wait(50)
    _close_boxes()  # read, and closed
    window._retry_save()
    assert _boxes() == []  # the same cause: quiet
    (folder.parent / "older copy").rename(folder)
    tab.editor.note.insertPlainText(" PART-C")
    window._retry_save()
    [box] = _boxes()
    assert "older copy" in box.text()
    _close_boxes()
    qtbot.wait(50)
    _close_boxes()
    window._retry_save()
    assert _boxes() == []  # said once


def test_another_vault_in_the_sticks_place_is_named_so_not_damage(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """QA 19 R3: another stick with the same label: "damaged, restore a backup" would
    have put this vault over the other person's."""
    tab = _typing_saved(qtbot, window, "PART-A")
    session_id = tab.current_session_id()
    case_name = window.case.path.name
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.for_tests())
    other_case = other.add_client("K-9")
    other_name = other_case.path.name
    other.close()
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(" PART-B")
    tab.editor.autosave()
    [box] = _boxes()
    (tmp_path / "other").rename(folder)
    (folder / "cases" / other_name).rename(folder / "cases" / case_name)
    window._retry_save()  # the retry timer's try
    assert _boxes() == [box]
    assert "another vault or another case file" in box.text()
    assert "damaged" not in box.text() and "Restore" not in box.text()
    screenshot(box, "save_waits_other_vault_box")
    _close_boxes()
    shutil.rmtree(folder)
    (folder.parent / "stick out").rename(folder)
    window._retry_save()
    assert tab.editor.saved_label.text().startswith("Saved")
    window.close()
    assert window.vault is None
    assert _stored_note(folder, session_id) == "PART-A PART-B"


SIGTERM_SCRIPT = """
import os, shutil, signal, sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QTimer
from kastdesk.store import Vault
from kastdesk.ui.app import _quit_on_termination, make_application
from kastdesk.ui.main_window import MainWindow

folder = Path(sys.argv[1])
app = make_application()
window = MainWindow(folder, today=lambda: date(2026, 11, 20))
window.show()
window.open_vault(Vault.unlock(folder, sys.argv[2]))
window.register.select(window.vault.client_by_code("K-Q").id)
window.workspace.set_current_tab("sessions")
tab = window.workspace.tab("sessions")
tab.new_session()
tab.editor.note.insertPlainText("PART-A")
tab.editor.save()
folder.rename(folder.parent / "stick out")
tab.editor.note.insertPlainText(" PART-B")
tab.editor.autosave()
window.close()  # the first Quit, refused: the text waits
print("refused:", window.isVisible(), flush=True)
_quit_on_termination(app)
QTimer.singleShot(500, lambda: os.kill(os.getpid(), signal.SIGTERM))  # the logout
status = app.exec()
print("ended:", status, window.vault is None, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_a_logout_quits_though_the_text_waits(folder: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SIGTERM_SCRIPT, str(folder), PASSPHRASE],
                          env=env, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).parents[2])
    assert "refused: True" in proc.stdout, proc.stderr[-2000:]
    assert "ended: 0 True" in proc.stdout, proc.stderr[-2000:]
    assert proc.returncode == 0
