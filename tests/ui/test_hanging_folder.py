"""A network folder that hangs does not freeze the window (R8), with the real screens.

A look at a folder on a dead SMB or NFS mount can block for minutes. The missing-vault
screen looked every two seconds and the save retry every ten, on the UI thread: nothing
painted and no button answered meanwhile. Here the look (the seam where the file system is
reached, a function the screen is given) blocks until the test lets it go; the screens and
the vault are real.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.folder_check import NOT_ANSWERING, FolderCheck, folder_answers
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.start.missing import MissingVaultScreen, look_for_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import close_after_pulled, screenshot, unlocked_window, vault_with_a_session
from tests.ui.conftest import message_boxes as _boxes


class Hanging:
    """A look that blocks (as a stat on a dead mount does) until ``release`` is set, then
    gives the real look's answer; it counts the looks sent out and those still out."""

    def __init__(self, real: Callable[[Path], Any]) -> None:
        self.real = real
        self.release = threading.Event()
        self.sent = 0
        self.out = 0
        self._lock = threading.Lock()

    def __call__(self, folder: Path) -> Any:
        with self._lock:
            self.sent += 1
            self.out += 1
        try:
            self.release.wait(20)
            return self.real(folder)
        finally:
            with self._lock:
                self.out -= 1


def _ticking(owner: QObject) -> list[int]:
    """A timer on the UI thread (ending with ``owner``): its ticks are the event loop
    running."""
    ticks: list[int] = []
    timer = QTimer(owner)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return ticks


def test_the_missing_vault_screen_keeps_answering_while_the_folder_hangs(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "share" / "Practice vault"
    hanging = Hanging(look_for_vault)
    screen = MissingVaultScreen(folder, look=hanging)
    qtbot.addWidget(screen)
    screen.watcher.patience_ms = screen.picker.patience_ms = 300
    screen.watch.setInterval(50)
    chosen: list[Path] = []
    screen.chosen.connect(chosen.append)
    ticks = _ticking(screen)
    try:
        screen.resize(700, 420)
        screen.show()
        qtbot.waitUntil(lambda: hanging.out == 1)
        before = len(ticks)
        qtbot.wait(700)  # the look blocks all along; the watch asks fourteen times
        assert hanging.out == 1 and hanging.sent == 1  # never a second look at the folder
        assert len(ticks) - before >= 10  # the event loop ran while the look blocked
        text = screen.message.text()
        assert "not answering" in text and str(folder.name) in text
        screenshot(screen, "missing_vault_not_answering")

        # A click answers at once: the folder dialog opens without touching the folder.
        screen.choose_button.click()
        dialog = screen.dialog
        assert isinstance(dialog, QFileDialog) and dialog.isVisible()
        assert Path(dialog.directory().absolutePath()) == Path.home()
        dialog.reject()
        qtbot.waitUntil(lambda: screen.dialog is None)

        # The network comes back with the vault on it: the late answer opens it.
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
        vault.close()
        hanging.release.set()
        qtbot.waitUntil(lambda: chosen == [folder], timeout=3000)
        assert "not answering" not in screen.message.text()
    finally:
        hanging.release.set()


def test_a_folder_chosen_that_hangs_is_said_not_to_answer(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    hanging = Hanging(look_for_vault)
    screen = MissingVaultScreen(tmp_path / "gone", look=hanging)
    qtbot.addWidget(screen)
    screen.picker.patience_ms = 200
    screen.show()
    qtbot.waitUntil(lambda: screen.last_look is None and hanging.out == 1)
    hanging.release.set()  # the missing folder itself answers: not there
    qtbot.waitUntil(lambda: screen.last_look is not None)
    hanging.release.clear()
    share = tmp_path / "share"
    share.mkdir()
    try:
        screen.pick_folder(share)
        qtbot.waitUntil(lambda: "not answering" in screen.message.text(), timeout=2000)
        assert str(share) in screen.message.toolTip()
    finally:
        hanging.release.set()
    # It answered after all, without a vault: said so, nothing opened.
    qtbot.waitUntil(lambda: "vault.json" in screen.message.text(), timeout=3000)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return vault_with_a_session(tmp_path / "vault", "K-N")


@pytest.fixture
def window(qtbot, folder: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, folder)
    yield window
    close_after_pulled(window, folder, folder.parent / "share down")


def test_the_save_retry_keeps_the_window_answering_while_the_folder_hangs(
    qtbot, window: MainWindow, folder: Path  # type: ignore[no-untyped-def]
) -> None:
    assert window.vault is not None
    window.register.select(window.vault.client_by_code("K-N").id)
    qtbot.waitUntil(lambda: window.case is not None)
    window.workspace.set_current_tab("sessions")
    tab = window.workspace.tab("sessions")
    tab.new_session()
    tab.editor.note.insertPlainText("Talked about the move north.")

    hanging = Hanging(folder_answers)
    window.retry_look.look = hanging
    window.retry_look.patience_ms = 300
    window._save_retry.setInterval(100)
    folder.rename(folder.parent / "share down")  # the network share drops
    tab.editor.autosave()
    [box] = _boxes()
    qtbot.wait(100)  # the box has the focus (the note's own save on leaving it failed too)
    assert tab.editor.has_unsaved_changes()
    ticks = _ticking(window)
    try:
        box.done(0)  # closing the box tries again: a look at the folder goes out
        qtbot.waitUntil(lambda: hanging.out == 1, timeout=2000)
        (folder.parent / "share down").rename(folder)  # back, but the mount still hangs
        before = len(ticks)
        qtbot.wait(700)  # seven retry ticks while the look blocks
        assert hanging.sent == 1  # one look out, not one more at each tick
        assert len(ticks) - before >= 10  # the event loop ran all along
        assert tab.editor.has_unsaved_changes()  # the save waits for the folder
        message = window.statusBar().currentMessage()
        assert "not answering" in message and "kept" in message
        screenshot(window, "save_retry_not_answering")
    finally:
        hanging.release.set()
    # The folder answers: the retry saves, and the status bar no longer says it hangs.
    qtbot.waitUntil(lambda: not tab.editor.has_unsaved_changes(), timeout=5000)
    assert window.statusBar().currentMessage() == ""


def test_the_window_shows_while_the_remembered_folder_hangs_at_the_start(
    qtbot, folder: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """A vault remembered on a network share that hangs: the window never showed, since
    the start screen was chosen by a look on the UI thread."""
    hanging = Hanging(Vault.is_vault)
    monkeypatch.setattr(MainWindow, "vault_look", staticmethod(hanging))
    window = MainWindow(folder, expect_vault=True, kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    ticks = _ticking(window)
    try:
        assert hanging.out == 1
        assert window.waiting_label.isVisible()
        assert "Looking for the vault" in window.waiting_label.text()
        screenshot(window, "start_looking_for_the_vault")
        # Not answering after a few seconds: taken as not there yet, said so, and looked
        # for again (as a stick plugged in later).
        qtbot.waitUntil(lambda: window.missing_screen is not None
                        and window.missing_screen.isVisible(), timeout=5000)
        assert len(ticks) > 50 and hanging.sent == 1 and hanging.out == 1
        assert "not answering" in window.missing_screen.message.text()
        screenshot(window, "start_folder_not_answering")
        window.missing_screen.watch.setInterval(50)
    finally:
        hanging.release.set()
    # The share answers, the vault on it: its unlock screen.
    qtbot.waitUntil(lambda: window.unlock_screen is not None
                    and window.unlock_screen.isVisible(), timeout=5000)
    assert window.folder == folder
    window.close()


def test_a_second_kind_of_look_waits_for_the_hanging_one(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """Never two threads on one folder: a look of another kind goes once the first lands."""
    hanging, second = Hanging(folder_answers), Hanging(folder_answers)
    second.release.set()
    owner = QObject()
    first_check = FolderCheck(hanging, patience_ms=100, parent=owner)
    second_check = FolderCheck(second, patience_ms=100, parent=owner)
    answers: list[tuple[str, object]] = []
    first_check.answered.connect(lambda _f, a: answers.append(("first", a)))
    second_check.answered.connect(lambda _f, a: answers.append(("second", a)))
    try:
        assert first_check.ask(tmp_path) and second_check.ask(tmp_path)
        assert not first_check.ask(tmp_path)  # its look is out: nothing new sent
        qtbot.waitUntil(lambda: len(answers) == 2)
        assert answers == [("first", NOT_ANSWERING), ("second", NOT_ANSWERING)]
        assert second.sent == 0 and hanging.sent == 1
    finally:
        hanging.release.set()
    qtbot.waitUntil(lambda: len(answers) == 4)
    assert answers[2:] == [("first", True), ("second", True)] and second.sent == 1


def test_create_a_new_vault_while_the_folder_hangs_is_refused_in_a_sentence(
    qtbot, folder: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """QA 20: with the folder not answering, Create a new vault left "Looking for the vault
    in …" alone, no button, until the share answered (the look still out was not sent
    again, so no new patience started)."""
    hanging = Hanging(Vault.is_vault)
    monkeypatch.setattr(MainWindow, "vault_look", staticmethod(hanging))
    window = MainWindow(folder, expect_vault=True, kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.missing_screen is not None
                        and window.missing_screen.isVisible(), timeout=5000)
        window.missing_screen.create_button.click()
        qtbot.wait(50)
        assert window.missing_screen.isVisible()
        assert not window.waiting_label.isVisible()
        assert "cannot be made there now" in window.missing_screen.message.text()
        assert window.missing_screen.choose_button.isEnabled()
        screenshot(window, "start_create_while_not_answering")
    finally:
        hanging.release.set()
    qtbot.waitUntil(lambda: window.unlock_screen is not None
                    and window.unlock_screen.isVisible(), timeout=5000)
    window.close()


def test_asking_about_a_folder_never_reaches_the_file_system_on_the_ui_thread(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """The key two askers share is made from the name only: resolving a link there (so
    two names of one folder share a look) stats every part of the path on the UI thread,
    which on a dead mount hangs as the look itself does."""
    import os

    target = tmp_path / "share"
    target.mkdir()
    link = tmp_path / "mounted"
    link.symlink_to(target, target_is_directory=True)
    reached: list[str] = []

    def watched(name: str) -> Callable[..., Any]:
        real = getattr(os, name)

        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread() \
                    and str(path).startswith(str(tmp_path)):
                reached.append(f"{name}({path})")
            return real(path, *args, **kwargs)
        return call

    for name in ("stat", "lstat", "readlink", "listdir", "scandir"):
        monkeypatch.setattr(os, name, watched(name))
    owner = QObject()
    check = FolderCheck(folder_answers, patience_ms=1000, parent=owner)
    answers: list[object] = []
    check.answered.connect(lambda _f, a: answers.append(a))
    assert check.ask(link) and check.waiting(link)
    assert reached == []
    assert check.ask(target)  # another name: a look of its own (at worst two threads)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert reached == [] and answers == [True, True]
