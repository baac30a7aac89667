"""A dialog that belongs to one client keeps what is typed as promptly as the rest of the
app: its draft (in the case file, encrypted) follows half a second after typing pauses and
at least every second while it goes on, never at every key. With the real app, a real
vault and a real process killed.

Before, the draft was written once a second whatever the typing did: the notes and the
windows that belong to no one client were kept half a second after a pause (the sealed
rescue copy), and a kill in such a dialog lost up to the last second typed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest

from kastdesk.store import Vault
from kastdesk.ui import drafts
from kastdesk.ui.common import TypingDialog
from kastdesk.ui.rescue import PAUSE_MS
from kastdesk.ui.workspace.flags import RaiseFlagDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import kill_after_typing, screenshot, when_modal
from tests.ui.test_rescue_copy import CHILD_OPENS, _copies, _end, _vault_on, _window

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

#: What is typed as the risk note (fictional; QTest types ASCII only).
WORDS = "Said he has not slept since the arrest and sees no way out"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _vault_on(tmp_path)


def _kept(window: Any) -> str:
    """The risk note the case file's draft holds ("" for none)."""
    data = drafts.read_draft(window.case, "flag")
    return str(data.get("note", "")) if data else ""


def test_the_draft_follows_half_a_second_after_typing_pauses(
    qtbot, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    assert TypingDialog.DRAFT_PAUSE_MS == PAUSE_MS  # as prompt as the rescue copy
    window = _window(qtbot, folder, rescue)
    seen: dict[str, Any] = {}

    def type_and_watch(dialog: RaiseFlagDialog) -> None:
        try:
            # Typed at once: the dialog's first draft was written as it opened.
            QTest.keyClicks(dialog.note, WORDS)
            clock = QElapsedTimer()
            clock.start()
            qtbot.wait(PAUSE_MS - 200)
            seen["before the pause"] = _kept(window)  # not at every key
            # The wait ends after the draft's own timer is due (timers fire in the order
            # they are due), however busy the machine: no second's wait any more.
            qtbot.wait(300)
            seen["after the pause"] = _kept(window)
            seen["waited"] = clock.elapsed()
            # The rescue copy held the draft while it was being written (a write that
            # hangs); once it is in the case file, the copy follows and goes.
            qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)

            # Steady typing, a key every 150 ms for three seconds: never half a second's
            # pause, and the draft still follows at least every second.
            changes: list[int] = []
            last = [_kept(window)]

            def look() -> None:
                now = _kept(window)
                if now != last[-1]:
                    last.append(now)
                    changes.append(clock.elapsed())

            typing = QTimer()
            typing.timeout.connect(lambda: QTest.keyClick(dialog.note, Qt.Key.Key_Period))
            watch = QTimer()
            watch.timeout.connect(look)
            clock.restart()
            typing.start(150)
            watch.start(40)
            qtbot.wait(3000)
            typing.stop()
            ended = clock.elapsed()
            qtbot.wait(PAUSE_MS + 300)
            watch.stop()
            seen["during"] = [t for t in changes if t <= ended]
            seen["last"] = last[-1]
            seen["typed"] = dialog.note.text()
            screenshot(dialog, "raise_flag_dialog_draft_follows")
        finally:
            dialog.reject()  # closed from code: no question; the draft goes

    try:
        window.register.select(window.vault.client_by_code("K-R").id)
        qtbot.waitUntil(lambda: window.case is not None)
        typing = when_modal(RaiseFlagDialog, type_and_watch)
        window.workspace.raise_flag()
        typing.stop()
        assert seen["before the pause"] == ""
        assert seen["after the pause"] == WORDS, seen
        during = seen["during"]
        assert len(during) >= 2, during  # written while typing went on
        gaps = [b - a for a, b in zip([0, *during], during, strict=False)]
        assert max(gaps) < TypingDialog.DRAFT_MAX_WAIT_MS + 600, gaps
        assert seen["last"] == seen["typed"]  # all of it, once typing stopped
        assert drafts.pending_drafts(window.case) == []  # cancelled: the draft went
    finally:
        _end(window, folder)


def test_a_draft_that_could_not_be_written_is_written_once_the_stick_is_back(
    qtbot, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """Typing stopped while the stick was out: no key restarts the pause, and the draft
    is still tried again until it is in the case file (the rescue copy kept it meanwhile,
    and goes then)."""
    window = _window(qtbot, folder, rescue)
    seen: dict[str, Any] = {}

    def type_while_out(dialog: RaiseFlagDialog) -> None:
        try:
            folder.rename(folder.parent / "stick out")
            QTest.keyClicks(dialog.note, WORDS)
            qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
            seen["waits"] = dialog.waiting_draft() is not None
            (folder.parent / "stick out").rename(folder)
            qtbot.waitUntil(lambda: _kept(window) == WORDS, timeout=4000)
            qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)
            seen["kept"] = _kept(window)
        finally:
            dialog.reject()

    try:
        window.register.select(window.vault.client_by_code("K-R").id)
        qtbot.waitUntil(lambda: window.case is not None)
        typing = when_modal(RaiseFlagDialog, type_while_out)
        window.workspace.raise_flag()
        typing.stop()
        assert seen == {"waits": True, "kept": WORDS}
    finally:
        _end(window, folder)


_CHILD = (r"""
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.workspace.flags import RaiseFlagDialog

folder, rescue, text = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
PASSPHRASE = sys.argv[-1]
app = QApplication([])

"""
+ CHILD_OPENS
+ r"""
def type_note():
    QTest.keyClicks(dialog[0].note, text)
    print("typed", flush=True)

dialog = []

def when_open():
    found = app.activeModalWidget()
    if not isinstance(found, RaiseFlagDialog):
        QTimer.singleShot(20, when_open)
        return
    dialog.append(found)
    # A little over a second after it opened: just after the write the dialog made once
    # a second before, so that alone would not have kept it by the kill.
    QTimer.singleShot(1050, type_note)

QTimer.singleShot(0, when_open)
window.workspace.raise_flag()  # open, typed into, until the kill
""")


def test_a_note_typed_just_before_a_kill_is_offered_back(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """Killed 0.8 s after the last key: the next start opens the dialog again, with the
    note in it."""
    kill_after_typing(tmp_path, _CHILD, [str(folder), str(rescue), WORDS, PASSPHRASE],
                      pause=(PAUSE_MS + 300) / 1000)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-R").id)
        assert drafts.read_draft(case, "flag") == {"kind": "suicidal_thoughts",
                                                   "note": WORDS}
    window = _window(qtbot, folder, rescue)
    seen: dict[str, str] = {}

    def look(dialog: RaiseFlagDialog) -> None:
        seen["note"] = dialog.note.text()
        screenshot(dialog, "raise_flag_dialog_after_kill")
        dialog.accept()  # raised now, with the note

    try:
        reopening = when_modal(RaiseFlagDialog, look)
        window.register.select(window.vault.client_by_code("K-R").id)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        reopening.stop()
        assert seen == {"note": WORDS}
        assert [f.note for f in window.case.flags.list()] == [WORDS]
        assert drafts.pending_drafts(window.case) == []
    finally:
        _end(window, folder)
