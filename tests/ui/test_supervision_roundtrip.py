"""Packet round trip through supervisor mode: export, open, comment, save, import."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kastdesk.report.sample import ensure_demo_content
from kastdesk.store import KdfParams, StoreError, Vault
from kastdesk.supervision import (
    export_packet,
    flag_for_guidance,
    import_comments,
    list_comments,
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
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
    # The supervisor's side: no vault is open.
    window = open_packet_window(tmp_path / "p.kastsup", PACKET_PASS)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert isinstance(window, SupervisorWindow)
    window.comment_boxes[(entry.id, "flag", flag.id)].setPlainText("Slow down.")
    window.comment_boxes[(entry.id, "session", session.id)].setPlainText("Good note.")
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
        dialog.pseudonymize.setChecked(True)
        assert dialog.review.count() >= 1
        out = tmp_path / "x.pdf"
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
            dialog.export_to(out)
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=10_000)  # type: ignore[attr-defined]
        assert out.exists() and dialog.result_path == out
        dialog.close()
