"""A sealed rescue copy of the note that waits for a vault out of reach, with the real app,
a real vault on a folder renamed away as a memory stick pulled out, and real processes
killed or told to end.

Before, the note waited in memory for the stick, and a battery that died (or a logout's
kill) meanwhile lost it. Now a sealed copy waits in the user's application data folder,
goes once the note is saved, and the next unlock of that vault offers it back.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kastdesk.store import KdfParams, Vault
from kastdesk.store.rescue import digest
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.rescue import RescueDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import (
    child_app,
    kill_after_typing,
    screenshot,
    unlock,
    vault_with_a_session,
    when_modal,
)
from tests.ui.conftest import close_message_boxes as _close_boxes
from tests.ui.conftest import end_rescue_window as _end
from tests.ui.conftest import message_boxes as _boxes
from tests.ui.conftest import rescue_window as _window

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

SAVED = "Samtal om helgen."  # fictional
WAITING = " Klienten berättade om resan till Göteborg och vad som hände där."
LATER = " Vi bokade ett nytt samtal."


def _vault_on(tmp_path: Path, name: str = "KASTSTICK") -> Path:
    """The rescue-copy tests' vault, on a folder ``name`` (a memory stick, a network share)
    in ``tmp_path``: client K-R and one session, 20 November 2026 at 10, whose note is
    ``SAVED``."""
    return vault_with_a_session(tmp_path / name, "K-R", datetime(2026, 11, 20, 10), note=SAVED)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _vault_on(tmp_path)


def _copies(rescue: Path) -> list[Path]:
    return sorted(rescue.glob("*.kastrescue")) if rescue.exists() else []


@contextmanager
def _offered(qtbot, folder: Path,  # type: ignore[no-untyped-def]
             rescue: Path) -> Iterator[tuple[MainWindow, RescueDialog]]:
    """The app started again on ``folder`` (after a kill, a logout) and the rescue offer it
    shows at the unlock; the window ended after, whatever the test found."""
    window = _window(qtbot, folder, rescue)
    try:
        yield window, _rescue_dialog(qtbot)
    finally:
        _end(window, folder)


def _kept_text(offer: RescueDialog) -> str:
    """The one text ``offer`` shows as kept."""
    [kept] = offer.findChildren(QPlainTextEdit, "keptText")
    return kept.toPlainText()


def _note_tab(qtbot, window: MainWindow) -> Any:  # type: ignore[no-untyped-def]
    assert window.vault is not None
    window.register.select(window.vault.client_by_code("K-R").id)
    qtbot.waitUntil(lambda: window.case is not None)
    qtbot.wait(50)
    window.workspace.set_current_tab("sessions")
    return window.workspace.tab("sessions")


def _stored(folder: Path) -> tuple[str, str]:
    """(the session's id, its note) as the vault holds them."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-R").id)
        [session] = case.sessions.list()
        return session.id, case.sessions.get(session.id).note


def _kept(folder: Path, rescue: Path) -> dict[str, Any] | None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return vault.rescue_file(rescue).read()


def _no_plain_text(path: Path) -> None:
    blob = path.read_bytes()
    for words in (WAITING.strip(), "Göteborg", "resan", SAVED, LATER.strip(), "K-R"):
        assert words.encode("utf-8") not in blob, words
        assert words.encode("utf-16-le") not in blob, words


def _rescue_dialog(qtbot) -> RescueDialog:  # type: ignore[no-untyped-def]
    found: list[RescueDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, RescueDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def test_a_copy_is_kept_while_the_stick_is_out_and_goes_once_the_note_is_saved(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _note_tab(qtbot, window)
    tab.editor.note.moveCursor(tab.editor.note.textCursor().MoveOperation.End)
    folder.rename(folder.parent / "stick out")  # the stick pulled out
    tab.editor.note.insertPlainText(WAITING)
    tab.editor.autosave()  # the autosave's try: it cannot
    _close_boxes()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    [copy] = _copies(rescue)
    assert not copy.is_relative_to(folder.parent / "stick out")
    _no_plain_text(copy)
    first = copy.read_bytes()

    tab.editor.note.insertPlainText(LATER)  # more typed while it waits: the copy follows
    qtbot.waitUntil(lambda: copy.read_bytes() != first, timeout=4000)
    _no_plain_text(copy)
    assert [i["text"] for i in window.rescue._file.read()["items"]] == [SAVED + WAITING + LATER]

    (folder.parent / "stick out").rename(folder)  # the stick back
    window._retry_save()  # the retry timer's try
    assert tab.editor.saved_label.text().startswith("Saved")
    assert _copies(rescue) == []  # saved: the copy goes at once


def test_a_copy_goes_as_soon_as_the_notes_own_autosave_saves_it(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _note_tab(qtbot, window)
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(WAITING)
    tab.editor.autosave()
    _close_boxes()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    (folder.parent / "stick out").rename(folder)
    tab.editor.note.insertPlainText(LATER)
    tab.editor.autosave()  # saved by the note itself, before the window's retry
    qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)


#: What a child script's window does first, after it has made ``app`` (its QApplication),
#: ``folder``, ``rescue`` and ``PASSPHRASE``: ``wait`` and ``close_boxes`` for it, the main
#: window on the vault, unlocked, with client K-R open.
CHILD_OPENS = r"""
def wait(test, seconds=20):
    end = time.monotonic() + seconds
    while not test():
        assert time.monotonic() < end
        app.processEvents()
        time.sleep(0.01)

def close_boxes():
    for w in app.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.done(0)

window = MainWindow(folder, today=lambda: date(2026, 11, 20), rescue_folder=rescue)
window.show()
window.unlock_screen.passphrase.setText(PASSPHRASE)
window.unlock_screen.unlock_button.click()
wait(lambda: window.vault is not None)
window.register.select(window.vault.client_by_code("K-R").id)
wait(lambda: window.case is not None)
"""

#: ``CHILD_OPENS``, then the case's sessions tab: ``editor``, its session's editor, and
#: ``note``, the note, with the cursor at its end.
CHILD_AT_THE_NOTE = CHILD_OPENS + r"""
window.workspace.set_current_tab("sessions")
editor = window.workspace.tab("sessions").editor
note = editor.note
note.moveCursor(note.textCursor().MoveOperation.End)
"""

_CHILD = (r"""
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from kastdesk.ui.app import _quit_on_termination
from kastdesk.ui.main_window import MainWindow

folder, rescue, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
PASSPHRASE = sys.argv[-1]
app = QApplication([])

"""
+ CHILD_AT_THE_NOTE
+ r"""
folder.rename(folder.parent / "stick out")
note.insertPlainText(sys.argv[4])
editor.autosave()
close_boxes()
wait(lambda: any(rescue.glob("*.kastrescue")))
if mode == "term":
    # typed just before the signal: within the copy's half second, so the quit writes it
    note.insertPlainText(sys.argv[5])
    _quit_on_termination(app)
print("typed", flush=True)
sys.exit(app.exec())
""")


def test_the_copy_survives_a_kill_and_the_next_unlock_puts_it_back(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    session_id, _ = _stored(folder)
    kill_after_typing(tmp_path, _CHILD, [str(folder), str(rescue), "kill", WAITING, "", PASSPHRASE],
                      pause=0.5)
    [copy] = _copies(rescue)
    _no_plain_text(copy)
    (folder.parent / "stick out").rename(folder)  # found again, days later
    assert _stored(folder)[1] == SAVED  # the vault never got it

    window = _window(qtbot, folder, rescue)  # a new start: the kill left a stale lock
    try:
        dialog = _rescue_dialog(qtbot)
        assert dialog.put_back_button.isVisible() and dialog.put_back_button.isDefault()
        [kept] = dialog.findChildren(QPlainTextEdit, "keptText")
        assert kept.isReadOnly() and kept.toPlainText() == SAVED + WAITING
        assert "K-R: the note of the session of 2026-11-20 10:00" in _texts(dialog)
        path = screenshot(dialog, "rescue_offer_dialog")
        assert path.exists()
        dialog.put_back_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        tab = window.workspace.tab("sessions")
        assert tab.current_session_id() == session_id  # in its case and place
        assert tab.editor.note.toPlainText() == SAVED + WAITING
        assert _copies(rescue) == []  # in the vault: the copy goes
    finally:
        _end(window, folder)
    assert _stored(folder) == (session_id, SAVED + WAITING)


def _texts(widget: Any) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_termination_signal_writes_the_copy_before_quitting(
    folder: Path, rescue: Path, tmp_path: Path, signum: int
) -> None:
    """SIGTERM (a logout, a shutdown) or SIGHUP (the terminal closed) quits without
    waiting for the stick; what was typed after the last copy (within its half second) is
    in the copy all the same."""
    with child_app(tmp_path, _CHILD, [str(folder), str(rescue), "term", WAITING, LATER,
                                      PASSPHRASE]) as child:
        child.send_signal(signum)
        assert child.wait(timeout=30) == 0
    [copy] = _copies(rescue)
    _no_plain_text(copy)
    (folder.parent / "stick out").rename(folder)
    kept = _kept(folder, rescue)
    assert kept is not None
    [item] = kept["items"]
    assert item["text"] == SAVED + WAITING + LATER


def _keep_by_hand(folder: Path, rescue: Path, text: str, base: str) -> Path:
    """A copy as a session that ended earlier left it (written through the store)."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-R").id)
        [session] = case.sessions.list()
        copy = vault.rescue_file(rescue)
        copy.write({"v": 1, "items": [{
            "kind": "session_note", "client_id": case.client_id, "session_id": session.id,
            "starts_at": session.starts_at.isoformat(), "base": digest(base), "text": text}]})
        return copy.path


def test_a_note_changed_since_is_shown_to_copy_and_the_copy_kept_until_deleted(
    qtbot, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    copy = _keep_by_hand(folder, rescue, SAVED + WAITING, base="an older note")
    window = _window(qtbot, folder, rescue)
    try:
        dialog = _rescue_dialog(qtbot)
        assert not dialog.put_back_button.isVisible()
        assert "changed since the text was kept" in _texts(dialog)
        screenshot(dialog, "rescue_offer_dialog_copy_only")
        dialog.findChild(QPushButton, "copyKeptButton").click()
        assert QApplication.clipboard().text() == SAVED + WAITING
        dialog.later_button.click()  # later: kept, offered again at the next unlock
        assert copy.exists()
        window.lock()
        unlock(qtbot, window)
        dialog = _rescue_dialog(qtbot)
        timer = when_modal(QMessageBox, lambda box: next(
            b for b in box.buttons() if b.text() == "Delete").click())
        dialog.delete_button.click()
        timer.stop()
        assert not copy.exists()
    finally:
        _end(window, folder)
    assert _stored(folder)[1] == SAVED  # nothing written over the newer note


def _keep_many(folder: Path, rescue: Path, windows: int) -> None:
    """A copy holding the session's note and what ``windows`` vault-wide dialogs held."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-R").id)
        [session] = case.sessions.list()
        items: list[dict[str, Any]] = [{
            "kind": "session_note", "client_id": case.client_id, "session_id": session.id,
            "starts_at": session.starts_at.isoformat(), "base": digest(SAVED),
            "text": SAVED + WAITING}]
        items += [{"kind": "dialog_draft", "scope": "vault",
                   "key": "new_client" if n == 0 else f"new_client#{n + 1}",
                   "client_id": "", "data": {"note": f"Anteckning nummer {n} om resan."}}
                  for n in range(windows)]
        vault.rescue_file(rescue).write({"v": 1, "items": items})


class _PaintWatch(QObject):
    """At every paint of an offer: the shown labels and text boxes of its body that run
    on past the scroll area's viewport (under the scroll bar, cut at the edge)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.cut: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if isinstance(watched, RescueDialog) and event.type() == QEvent.Type.Paint:
            self.paints += 1
            viewport = watched.findChild(QScrollArea, "scrollingBody").viewport()
            for widget in watched.body.findChildren(QWidget):
                if isinstance(widget, (QLabel, QPlainTextEdit)) and widget.isVisible():
                    right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
                    if right > viewport.width():
                        self.cut.append(f"{right} > {viewport.width()}")
        return False


@pytest.mark.parametrize("count", [2, 5])
def test_the_offers_explanations_wrap_inside_the_scrolling_body(
    qtbot, folder: Path, rescue: Path, count: int  # type: ignore[no-untyped-def]
) -> None:
    """As the offer opened, its body was painted with a scroll bar over contents laid out
    for the width without one: the explanation lines ran on under the bar and were cut at
    the dialog's edge ("…the note the vault holds now (Undo i")."""
    _keep_many(folder, rescue, count - 1)
    watch = _PaintWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        window = _window(qtbot, folder, rescue)
        try:
            dialog = _rescue_dialog(qtbot)
            qtbot.wait(100)
            dialog.resize(dialog.width(), 300)  # a short screen: the body scrolls
            qtbot.wait(100)
            assert dialog.findChild(QScrollArea, "scrollingBody").verticalScrollBar().isVisible()
            screenshot(dialog, f"rescue_offer_dialog_{count}_items_scrolling")
        finally:
            _end(window, folder)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.paints and not watch.cut, watch.cut


def test_a_damaged_copy_is_said_in_one_sentence_and_kept(
    qtbot, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    copy = _keep_by_hand(folder, rescue, SAVED + WAITING, base=SAVED)
    blob = bytearray(copy.read_bytes())
    blob[-3] ^= 0x10
    copy.write_bytes(bytes(blob))
    window = _window(qtbot, folder, rescue)
    try:
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=3000)
        [box] = _boxes()
        assert box.text().startswith("The copy KastDesk kept of text it could not save "
                                     "cannot be read")
        screenshot(box, "rescue_damaged_box")
        [aside] = _copies(rescue)
        assert aside.read_bytes() == bytes(blob)  # kept, not deleted
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, RescueDialog) and w.isVisible()]
    finally:
        _end(window, folder)


def _our_name(folder: Path, rescue: Path) -> Path:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return vault.rescue_file(rescue).path


def _make_the_note_wait(qtbot, window: MainWindow, folder: Path) -> Any:  # type: ignore[no-untyped-def]
    tab = _note_tab(qtbot, window)
    tab.editor.note.moveCursor(tab.editor.note.textCursor().MoveOperation.End)
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(WAITING)
    tab.editor.autosave()
    _close_boxes()
    return tab


def test_another_vaults_copy_is_not_offered_nor_written_over(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """Renamed by hand to this vault's name, it was "left as it is" at the unlock, then
    replaced by this vault's first copy and deleted once the note was saved."""
    other = tmp_path / "OTHERSTICK"
    vault, _ = Vault.create(other, PASSPHRASE, kdf=KdfParams.for_tests())
    theirs = vault.rescue_file(rescue)
    theirs.write({"v": 1, "items": [{"kind": "session_note", "client_id": "x",
                                      "session_id": "y", "starts_at": "2026-11-19T09:00:00",
                                      "base": digest(""), "text": "not this vault's"}]})
    vault.close()
    blob = theirs.path.read_bytes()
    ours = _our_name(folder, rescue)
    theirs.path.rename(ours)  # renamed by hand
    window = _window(qtbot, folder, rescue)
    try:
        qtbot.wait(200)
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, (RescueDialog, QMessageBox)) and w.isVisible()]
        assert theirs.path.read_bytes() == blob  # back at its own name, unopened
        tab = _make_the_note_wait(qtbot, window, folder)
        qtbot.waitUntil(lambda: ours.exists(), timeout=3000)
        assert theirs.path.read_bytes() == blob
        (folder.parent / "stick out").rename(folder)
        window._retry_save()
        assert tab.editor.saved_label.text().startswith("Saved")
        assert _copies(rescue) == [theirs.path] and theirs.path.read_bytes() == blob
    finally:
        _end(window, folder)
    with Vault.unlock(other, PASSPHRASE) as again:  # its own vault still finds it
        assert again.rescue_file(rescue).read() is not None
    shutil.rmtree(other)


def test_a_folder_at_the_copys_name_is_moved_aside_and_quitting_says_the_copy_stays(
    qtbot, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """A folder there made every write of the copy fail with a log line only: no copy
    was kept, and the quit question did not say the sealed copy stays."""
    ours = _our_name(folder, rescue)
    ours.mkdir(parents=True)
    (ours / "holiday.txt").write_text("someone's own file")  # fictional
    window = _window(qtbot, folder, rescue)
    try:
        qtbot.wait(200)
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, (RescueDialog, QMessageBox)) and w.isVisible()]
        _make_the_note_wait(qtbot, window, folder)
        window.lock()
        qtbot.waitUntil(lambda: ours.is_file(), timeout=3000)
        [aside] = [p for p in rescue.iterdir() if p.is_dir()]
        assert (aside / "holiday.txt").read_text() == "someone's own file"
        window.close()  # the first Quit: refused, the box says why
        _close_boxes()
        window.close()  # the second asks
        [question] = _boxes()
        assert "a sealed copy of it stays on this computer" in question.text()
        next(b for b in question.buttons() if b.text() == "Quit without saving it").click()
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        _end(window, folder)
    kept = _kept(folder, rescue)
    assert kept is not None and [i["text"] for i in kept["items"]] == [SAVED + WAITING]


def test_a_lock_that_holds_the_note_keeps_the_copy_and_quitting_says_it_is_kept(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """The lock screen over a note that waits (``_hold_lock``) keeps the copy too; the
    question before quitting without it says the copy stays (it said all was lost), and
    quitting leaves the copy with the last words typed."""
    tab = _note_tab(qtbot, window)
    tab.editor.note.moveCursor(tab.editor.note.textCursor().MoveOperation.End)
    folder.rename(folder.parent / "stick out")
    tab.editor.note.insertPlainText(WAITING)
    window.lock()
    assert window.holds_unsaved
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    [copy] = _copies(rescue)
    _no_plain_text(copy)

    window.close()  # the first Quit: refused, the box says why
    _close_boxes()
    window.close()  # the second asks
    [question] = _boxes()
    assert question.objectName() == "quitUnsavedBox"
    assert "a sealed copy of it stays on this computer" in question.text()
    screenshot(question, "rescue_quit_question")
    next(b for b in question.buttons() if b.text() == "Quit without saving it").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.vault is None
    (folder.parent / "stick out").rename(folder)
    kept = _kept(folder, rescue)
    assert kept is not None
    assert [i["text"] for i in kept["items"]] == [SAVED + WAITING]


FLAG_WORDS = "sa att han har tabletter sparade hemma"  # fictional


def test_a_dialog_a_held_lock_closed_is_kept_too_and_opens_again_with_its_text(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """A risk flag being typed when the lock came over the note that waits: its text was
    in memory only (``_held_drafts``), and a logout then lost it with the note."""
    from kastdesk.ui.workspace.flags import RaiseFlagDialog

    tab = _note_tab(qtbot, window)
    tab.editor.note.moveCursor(tab.editor.note.textCursor().MoveOperation.End)

    def type_then_lock(dialog: RaiseFlagDialog) -> None:
        folder.rename(folder.parent / "stick out")
        tab.editor.note.insertPlainText(WAITING)
        dialog.note.setText(FLAG_WORDS)
        window.lock()
        if dialog.isVisible():  # the lock refused: let the test fail, not hang
            dialog.reject()

    typing = when_modal(RaiseFlagDialog, type_then_lock)
    window.workspace.raise_flag()
    typing.stop()
    assert window.holds_unsaved and window._held_drafts
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    [copy] = _copies(rescue)
    _no_plain_text(copy)
    assert FLAG_WORDS.encode("utf-8") not in copy.read_bytes()

    window.ending = True  # a logout: quits without the stick, the copy written first
    window.close()
    assert window.vault is None
    (folder.parent / "stick out").rename(folder)
    kept = _kept(folder, rescue)
    assert kept is not None
    assert sorted(i["kind"] for i in kept["items"]) == ["dialog_draft", "session_note"]

    again = _window(qtbot, folder, rescue)
    try:
        dialog = _rescue_dialog(qtbot)
        assert "K-R: text typed in a window" in _texts(dialog)
        assert FLAG_WORDS in [w.toPlainText() for w in
                              dialog.findChildren(QPlainTextEdit, "keptText")]
        screenshot(dialog, "rescue_offer_dialog_two_items")
        reopened: dict[str, str] = {}

        def look(flag: RaiseFlagDialog) -> None:
            reopened["note"] = flag.note.text()
            flag.accept()  # raised: saved from the dialog

        reopening = when_modal(RaiseFlagDialog, look)
        dialog.put_back_button.click()
        qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
        reopening.stop()
        assert reopened == {"note": FLAG_WORDS}
        assert again.workspace.tab("sessions").editor.note_text() == SAVED + WAITING
        assert _copies(rescue) == []
        assert again.case is not None and again.case.flags.list(active_only=True)
    finally:
        _end(again, folder)
    assert _stored(folder)[1] == SAVED + WAITING
