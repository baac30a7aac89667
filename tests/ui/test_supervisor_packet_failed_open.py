"""A packet that opens (right passphrase) but is not laid out as this version reads it:
keys missing, values of another type, a list where a dict was, a newer format version.
Supervisor mode (``run_supervisor``) crashed with a KeyError out of the event loop's
start; now it says in one sentence that this is not a supervision file this KastDesk can
read, leaves the packet file as it was (no draft beside it) and does not hold it: the
sealed draft's hold was once taken first and never let go, so every later open of that
packet was refused as "already open in another KastDesk window".

Every packet here is fictional, written and sealed by the test."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

import kastdesk.supervision.packet as packet_module
from kastdesk.store import KdfParams
from kastdesk.store.packet import PacketHold, PacketUnreadable, seal_file
from kastdesk.supervision.packet import PACKET_FORMAT, draft_path
from kastdesk.ui.app import run_supervisor
from kastdesk.ui.supervision.supervisor import SupervisorWindow, open_packet_window
from tests.ui.conftest import screenshot, when_modal

PASSPHRASE = "fictional packet passphrase 1357"
SENTENCE = ("This supervision file opens, but this version of KastDesk cannot read what is "
            "in it; it may have been made by a newer version.")

GOOD: dict[str, Any] = {
    "format": PACKET_FORMAT, "version": 3, "packet_id": "pk-fictional-1",
    "created_on": "2026-11-01", "meeting_day": None,
    "cases": [{
        "ref": "Case A", "case_id": "case-key-1",
        "questions": [{"id": "q-key-1", "target": "session", "session_id": "s-key-1",
                       "question": "Fictional question: how fast to go?"}],
        "snapshot": {"code": "Case A", "sessions": [{
            "id": "s-key-1", "number": 2, "starts_at": "3 days before",
            "note": "A fictional note.",
            "amendments": [{"at": "1 day before", "author": "the therapist",
                            "reason": "typo", "text": "A fictional correction."}]}]},
    }],
}


def _changed(change: str) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    case = data["cases"][0]
    session = case["snapshot"]["sessions"][0]
    if change == "no cases":
        del data["cases"]
    elif change == "cases a dict":
        data["cases"] = {"case-key-1": case}
    elif change == "case without snapshot":
        del case["snapshot"]
    elif change == "snapshot a list":
        case["snapshot"] = [session]
    elif change == "question a string":
        case["questions"] = ["Fictional question?"]
    elif change == "session without id":
        del session["id"]
    elif change == "amendment a string":
        session["amendments"] = ["A fictional correction."]
    elif change == "version a word":
        data["version"] = "three"
    elif change == "newer version":
        data["version"] = 4
    elif change == "no packet id":
        del data["packet_id"]
    return data


CHANGES = ["no cases", "cases a dict", "case without snapshot", "snapshot a list",
           "question a string", "session without id", "amendment a string",
           "version a word", "newer version", "no packet id"]


def _sealed(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / "supervision-odd.kastsup"
    path.write_bytes(seal_file(data, PASSPHRASE, "packet", KdfParams.for_tests()))
    return path


def _untouched(path: Path, before: tuple[bytes, int]) -> None:
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not draft_path(path).exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    hold = PacketHold(path)  # raised PacketInUse if the failed open still held it
    assert hold.held or os.name != "posix"
    hold.release()


@pytest.mark.parametrize("change", CHANGES)
def test_supervisor_mode_says_it_cannot_read_the_packet(
    qtbot, qapp: QApplication, tmp_path: Path, change: str  # type: ignore[no-untyped-def]
) -> None:
    path = _sealed(tmp_path, _changed(change))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    said: list[str] = []

    def passphrase(dialog: QInputDialog) -> None:
        dialog.setTextValue(PASSPHRASE)
        dialog.accept()
        boxes.append(when_modal(QMessageBox, answer))

    def answer(box: QMessageBox) -> None:
        said.append(box.text())
        if change == CHANGES[0]:
            screenshot(box, "supervisor_packet_unreadable")
        box.accept()

    shown: list[str] = []

    def close_a_window() -> None:
        # Where a packet of a newer version was shown (as if read right), the event loop
        # would run on: the window is closed again so the test ends and fails.
        for w in qapp.topLevelWidgets():
            if isinstance(w, SupervisorWindow) and w.isVisible():
                shown.append(w.windowTitle())
                w.draft_kept = True
                w.close()

    boxes = [when_modal(QInputDialog, passphrase)]
    closer = QTimer()
    closer.timeout.connect(close_a_window)
    closer.start(200)
    try:
        assert run_supervisor(qapp, path) == 0  # no window, and no passphrase asked again
    finally:
        closer.stop()
        for timer in boxes:
            timer.stop()
    assert shown == []
    assert said == [SENTENCE]
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]
    _untouched(path, before)


def test_the_well_formed_packet_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_packet_window(_sealed(tmp_path, GOOD), PASSPHRASE, keep_draft=True)
    qtbot.addWidget(window)
    window.draft_kept = True
    assert len(window.comment_boxes) == 3  # the case, its question, its note


def test_a_shape_the_check_lets_through_is_said_the_same_and_not_held(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Should the check ever let a shape through that the window cannot lay out, the
    window's own failure is said in the same sentence, and the sealed draft's hold taken
    before it is let go. The check is switched off here (it is not what is tested)."""
    monkeypatch.setattr(packet_module, "check_packet", lambda data: None)
    path = _sealed(tmp_path, _changed("no cases"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(PacketUnreadable) as failed:
        open_packet_window(path, PASSPHRASE, keep_draft=True)
    assert failed.value.message == SENTENCE
    assert isinstance(failed.value.__cause__, KeyError)
    _untouched(path, before)
