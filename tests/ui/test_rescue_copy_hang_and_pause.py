"""The sealed rescue copy is written before every save of the case (a save on a network
folder that stops answering hangs in the write, and the hung app is killed), and half a
second after typing pauses (at least every second while it goes on), with the vault in
reach: a kill loses nothing saved-in-progress and at most the last half second typed.
With the real app, a real vault and real processes killed.

Before, the copy was kept only once a save had failed: a save that hung never failed, and
a kill took everything typed since the last save that had finished; and it was written at
most every two seconds, only after a save's failure.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.rescue import MAX_GAP_MS, PAUSE_MS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import child_app, kill_after_typing, screenshot
from tests.ui.test_rescue_copy import (
    CHILD_AT_THE_NOTE,
    SAVED,
    WAITING,
    _copies,
    _end,
    _kept_text,
    _no_plain_text,
    _note_tab,
    _offered,
    _stored,
    _texts,
    _vault_on,
    _window,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _vault_on(tmp_path, "NETSHARE")


_CHILD = (r"""
import os, signal, sys, threading, time
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from kastdesk.store.casefile import CaseFile
from kastdesk.ui.main_window import MainWindow

folder, rescue, mode, text = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
PASSPHRASE = sys.argv[-1]
app = QApplication([])

# The network share that stops answering: from ``dies`` on, a write to a case file
# blocks in the file's first step (its lock), as one on a dead share does, or the
# process is killed right there.
dies = threading.Event()
opens_write = CaseFile._begin

def begin(self, conn):
    if dies.is_set():
        print("saving", flush=True)
        if mode == "hang":
            threading.Event().wait()
        os.kill(os.getpid(), signal.SIGKILL)
    return opens_write(self, conn)

CaseFile._begin = begin
"""
+ CHILD_AT_THE_NOTE
+ r"""
if mode == "pause":  # no save while typing pauses: only the copy keeps the text
    editor.timer.setInterval(3_600_000)
    note.insertPlainText(text)
    print("typed", flush=True)
    sys.exit(app.exec())
note.insertPlainText(text)  # typed, and saved at once: the write hangs
dies.set()
editor.autosave()
""")


def _offered_back(qtbot, folder: Path, rescue: Path, png: str) -> None:  # type: ignore[no-untyped-def]
    """The next start offers the note as typed, and puts it back into the session."""
    session_id, note = _stored(folder)
    assert note == SAVED  # the vault never got it
    with _offered(qtbot, folder, rescue) as (_, offer):
        assert _kept_text(offer) == SAVED + WAITING
        assert "K-R: the note of the session of 2026-11-20 10:00" in _texts(offer)
        screenshot(offer, png)
        offer.put_back_button.click()
        qtbot.waitUntil(lambda: not offer.isVisible(), timeout=5000)
        assert _copies(rescue) == []
    assert _stored(folder) == (session_id, SAVED + WAITING)


@pytest.mark.parametrize("mode", ["hang", "killed"])
def test_a_save_that_hangs_or_is_killed_mid_write_loses_nothing_typed(
    qtbot, folder: Path, rescue: Path, tmp_path: Path, mode: str  # type: ignore[no-untyped-def]
) -> None:
    """The note is saved the moment it is typed (no half second for the copy's own timer):
    the copy written before the save is all that keeps it."""
    with child_app(tmp_path, _CHILD, [str(folder), str(rescue), mode, WAITING, PASSPHRASE],
                   says="saving") as child:
        if mode == "hang":
            time.sleep(0.3)
            assert child.poll() is None  # hung in the write
            child.send_signal(signal.SIGKILL)  # the therapist ends the frozen app
        assert child.wait(timeout=30) == -signal.SIGKILL
    [copy] = _copies(rescue)
    _no_plain_text(copy)
    _offered_back(qtbot, folder, rescue, f"rescue_offer_after_save_{mode}")


def test_a_kill_half_a_second_after_typing_paused_loses_nothing(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The vault in reach and the note not saved yet (its save is not due): the copy,
    written half a second after typing paused, keeps it through a kill. The kill comes two
    seconds after the pause rather than just after the half second, so a busy machine's
    slow write is not taken for a lost one (the next test times the half second)."""
    kill_after_typing(tmp_path, _CHILD, [str(folder), str(rescue), "pause", WAITING,
                                         PASSPHRASE], pause=(PAUSE_MS + 2000) / 1000)
    [copy] = _copies(rescue)
    _no_plain_text(copy)
    _offered_back(qtbot, folder, rescue, "rescue_offer_after_pause")


def test_the_copy_follows_half_a_second_after_typing_pauses_and_every_second_while_not(
    qtbot, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = _window(qtbot, folder, rescue)
    try:
        tab = _note_tab(qtbot, window)
        editor = tab.editor
        editor.timer.setInterval(3_600_000)  # its own save not due: only the copy
        note = editor.note
        note.moveCursor(note.textCursor().MoveOperation.End)

        def kept() -> str:
            data = window.rescue._file.read()
            return data["items"][0]["text"] if data and data["items"] else ""

        note.insertPlainText(WAITING)
        clock = QElapsedTimer()
        clock.start()
        qtbot.wait(PAUSE_MS - 250)
        assert _copies(rescue) == []  # not at every key
        qtbot.waitUntil(lambda: kept() == SAVED + WAITING, timeout=3000)
        assert clock.elapsed() < PAUSE_MS + 2500  # after the pause, not minutes later

        # Steady typing, a key every 150 ms for three seconds: never half a second's pause.
        changes: list[int] = []
        seen = [kept()]
        typing = QTimer()
        typing.timeout.connect(lambda: note.insertPlainText("x"))
        watch = QTimer()

        def look() -> None:
            now = kept()
            if now != seen[-1]:
                seen.append(now)
                changes.append(clock.elapsed())

        watch.timeout.connect(look)
        clock.restart()
        typing.start(150)
        watch.start(40)
        qtbot.wait(3000)
        typing.stop()
        ended = clock.elapsed()
        qtbot.wait(PAUSE_MS + 400)
        watch.stop()
        during = [t for t in changes if t <= ended]
        assert len(during) >= 2, changes  # written while typing went on
        gaps = [b - a for a, b in zip([0, *during], during, strict=False)]
        assert max(gaps) < MAX_GAP_MS + 600, gaps
        assert seen[-1] == editor.note_text()  # all of it, once typing stopped

        editor.save()  # saved: the copy goes
        qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)
    finally:
        _end(window, folder)
