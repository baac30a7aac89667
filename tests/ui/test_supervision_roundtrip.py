"""Packet round trip through supervisor mode: export, open, comment, save, import."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.report.sample import ensure_demo_content
from kastdesk.store import KdfParams, StoreError, Vault
from kastdesk.supervision import (
    export_packet,
    flag_for_guidance,
    import_comments,
    list_comments,
    packet_keys,
)
from kastdesk.ui.supervision.supervisor import SupervisorWindow, open_packet_window
from tests.conftest import PASSPHRASE

PACKET_PASS = "a packet passphrase for the supervisor"


def test_supervisor_mode_round_trip(qtbot: object, demo_vault: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        case = vault.open_case(entry.id)
        ensure_demo_content(case, random.Random(2))
        session = case.sessions.list()[0]
        flag = flag_for_guidance(case, "Where do we go from here?", "session", session.id)
        result = export_packet(vault, PACKET_PASS, tmp_path / "p.pdf",
                               tmp_path / "p.kastsup", kdf=KdfParams.for_tests())
        keys = packet_keys(vault, result.packet_id)  # the packet knows its own keys only
    # The supervisor's side: no vault is open.
    window = open_packet_window(tmp_path / "p.kastsup", PACKET_PASS)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert isinstance(window, SupervisorWindow)
    key = keys[entry.id]
    window.comment_boxes[(key, "flag", keys[flag.id])].setPlainText("Slow down.")
    window.comment_boxes[(key, "session", keys[session.id])].setPlainText("Good note.")
    assert window.save_to(tmp_path / "c.kastcmt", "Supervisor", kdf=KdfParams.for_tests()) == 2
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        assert import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS) == (2, 0)
        texts = {c["target_id"]: c["text"] for c in list_comments(vault.open_case(entry.id))}
    assert texts == {flag.id: "Slow down.", session.id: "Good note."}


def test_wrong_passphrase_is_refused_before_any_window(demo_vault: Path,
                                                       tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        case = vault.open_case(vault.clients()[0].id)
        flag_for_guidance(case, "A question", "case")
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
    with pytest.raises(StoreError):
        open_packet_window(tmp_path / "p.kastsup", "wrong passphrase here")


def test_export_dialog_writes_pdf_in_a_worker(qtbot: object, demo_vault: Path,
                                              tmp_path: Path) -> None:
    from kastdesk.ui.supervision.export_dialog import ExportDialog

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = next(e for e in vault.clients() if e.name)
        dialog = ExportDialog(vault, entry.id)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        # What to withhold shows with Pseudonymize only (it did nothing without).
        assert not dialog.withhold.isVisible()
        dialog.pseudonymize.setChecked(True)
        assert dialog.withhold.isVisible() and dialog.extra.isVisible()
        assert dialog.review.count() >= 1
        # Privacy mode is on in the demo: the list shows initials until Show names.
        texts = [dialog.review.item(i).text() for i in range(dialog.review.count())]
        assert not any(str(entry.name) in t for t in texts), texts
        dialog.withhold.show_names.setChecked(True)
        # The review list names the reference the PDF will print in place of the code.
        assert dialog.review.item(0).text() == f"{entry.code}  →  {dialog.reference}"
        out = tmp_path / "x.pdf"
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
            dialog.export_to(out)
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=10_000)  # type: ignore[attr-defined]
        assert out.exists() and dialog.result_path == out
        text = PdfReader(out).pages[0].extract_text()
        assert dialog.reference in text and entry.code not in text
        # Where it went, and which reference stands for the client, is said afterwards.
        said = [b.text() for b in QApplication.topLevelWidgets()
                if isinstance(b, QMessageBox) and b.objectName() == "infoBox" and b.isVisible()]
        assert any(dialog.reference in t and "x.pdf" in t for t in said), said
        for b in QApplication.topLevelWidgets():
            if isinstance(b, QMessageBox) and b.isVisible():
                b.done(0)
        dialog.close()


def _packet(vault: Vault, folder: Path) -> tuple[Path, str, str]:
    """A packet with one flagged question; (packet file, the case's and the flag's keys
    in the packet)."""
    entry = vault.clients()[0]
    flag = flag_for_guidance(vault.open_case(entry.id, audit_open=False), "Go on?", "case")
    result = export_packet(vault, PACKET_PASS, folder / "p.pdf", folder / "p.kastsup",
                           kdf=KdfParams.for_tests())
    keys = packet_keys(vault, result.packet_id)
    return folder / "p.kastsup", keys[entry.id], keys[flag.id]


def _answer_next_question(button: str, asked: list[str]) -> QTimer:
    """Click ``button`` ("save", Discard or Cancel) in the next message box that shows."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            asked.append(box.text())
            if button == "save":
                next(b for b in box.buttons() if b.text() == "Save comments…").click()
            else:
                box.button(getattr(QMessageBox.StandardButton, button)).click()

    timer.timeout.connect(check)
    timer.start()
    return timer


def test_closing_with_unsaved_comments_asks_first(qtbot, demo_vault: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    """Closing the window threw every typed comment away without a word."""
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        path, case_id, flag_id = _packet(vault, tmp_path)
    window = open_packet_window(path, PACKET_PASS)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    window.comment_boxes[(case_id, "flag", flag_id)].setPlainText("Slow down.")

    answer = _answer_next_question("Cancel", asked)
    assert not window.close()
    answer.stop()
    assert window.isVisible() and len(asked) == 1 and "not saved" in asked[0]

    saved_to = tmp_path / "c.kastcmt"
    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(saved_to), ""))
    answer = _answer_next_question("save", asked)
    assert window.close()
    answer.stop()
    assert len(asked) == 2 and saved_to.exists()
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        assert import_comments(vault, saved_to, PACKET_PASS) == (1, 0)

    # Saved, or nothing typed: no question. Typed again: Discard closes without saving.
    again = open_packet_window(path, PACKET_PASS)
    qtbot.addWidget(again)
    again.show()
    assert again.close() and len(asked) == 2
    again.show()
    again.comment_boxes[(case_id, "case", case_id)].setPlainText("A second thought.")
    answer = _answer_next_question("Discard", asked)
    assert again.close()
    answer.stop()
    assert len(asked) == 3


def test_a_lock_keeps_the_comments_and_reopens_the_packet(qtbot, open_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    """In the therapist's app the lock closes the window: it may not wait for a question,
    and the comments may not be lost. They are kept in the vault; the window comes back."""
    from kastdesk.ui import drafts
    from tests.ui.conftest import unlock

    window = open_window
    path, case_id, flag_id = _packet(window.vault, tmp_path)
    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(path), ""))
    monkeypatch.setattr("kastdesk.ui.supervision.supervisor.QInputDialog.getText",
                        lambda *a, **k: (PACKET_PASS, True))
    window.open_packet()
    packet_window = window._supervisor_windows[-1]
    packet_window.comment_boxes[(case_id, "flag", flag_id)].setPlainText("Slow down.")
    asked: list[str] = []
    answer = _answer_next_question("Cancel", asked)  # a question would block the lock
    assert window.lock()
    answer.stop()
    assert asked == [] and window.locked and not packet_window.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix) == ["p.kastsup", "p.pdf"]

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(isinstance(w, SupervisorWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    back = next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, SupervisorWindow) and w.isVisible())
    qtbot.addWidget(back)
    assert back.comment_boxes[(case_id, "flag", flag_id)].toPlainText() == "Slow down."
    assert back.unsaved  # still to be saved for the therapist
    assert drafts.pending_vault_drafts(window.vault) == []
    back.draft_kept = True  # let the test close it without the question
    back.close()
