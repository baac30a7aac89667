"""The supervision packet's dialog: review and add to what is withheld; never replace a
packet of the same day.

The dialog had no way to see what the packet withholds or to add places and employers
(QA found "Tromsø", "Equinor", "Stavanger" in a packet), and a second packet for the same
meeting day silently replaced the first.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from kastdesk.genogram.symbols import initials
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import flag_for_guidance, open_packet
from kastdesk.ui.supervision.meeting import PacketDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot

PACKET_PASS = "the packet passphrase"
NOTE = "He moved to Tromsø; she works at Equinor in Stavanger."


def _flagged(vault: Vault) -> tuple[str, str]:
    """A named client with a flagged note naming places and an employer."""
    entry = next(e for e in vault.clients() if e.name)
    case = vault.open_case(entry.id)
    session = next(s for s in case.sessions.list() if not s.signed_at)
    case.sessions.save_note(session.id, NOTE)
    flag_for_guidance(case, "Is the move a risk?", "session", session.id)
    return entry.id, str(entry.name)


def _review(dialog: PacketDialog) -> list[str]:
    return [dialog.review.item(i).text() for i in range(dialog.review.count())]


def test_the_dialog_lists_what_is_withheld_and_takes_more(
        qtbot: object, demo_vault: Path, tmp_path: Path, every_language: str) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        client_id, name = _flagged(vault)
        dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        for cid, box in dialog.case_boxes.items():
            box.setChecked(cid == client_id)
        dialog.show()
        review = _review(dialog)
        assert review[0] in {"Case A", "Ärende A", "Sak A"}, review
        # Privacy mode is on in the demo (a client may be in the room): initials only, until
        # the therapist asks for the names.
        assert dialog.withhold.show_names.isVisible()
        assert not any(name in line for line in review), review
        assert any(line.strip().startswith(f"{initials(name)}  →  ") for line in review), review
        dialog.withhold.show_names.setChecked(True)
        review = _review(dialog)
        assert any(line.strip().startswith(f"{name}  →  ") for line in review), review
        assert dialog.withhold.note.isVisible() and dialog.withhold.note.text()
        assert dialog.extra.isVisible() and dialog.review.isVisible()

        dialog.extra.setText("Tromsø, Equinor, Stavanger")
        dialog.extra.editingFinished.emit()
        review = _review(dialog)
        for place in ("Tromsø", "Equinor", "Stavanger"):
            assert any(line.strip().startswith(f"{place}  →  ") for line in review), review
        screenshot(dialog, f"packet_dialog_withhold_{every_language}")

        out = tmp_path / "out"
        out.mkdir()
        dialog.folder.setText(str(out))
        dialog.passphrase.setText(PACKET_PASS)
        dialog.again.setText(PACKET_PASS)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
            dialog.export()
        text = json.dumps(open_packet(dialog.result.packet, PACKET_PASS), ensure_ascii=False)
    for place in ("Tromsø", "Equinor", "Stavanger"):
        assert place not in text


def test_a_second_packet_for_the_day_is_saved_beside_the_first(
        qtbot: object, demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first_pdf = out / "supervision-2026-12-03.pdf"
    first_pdf.write_bytes(b"%PDF the first packet")
    (out / "supervision-2026-12-03.kastsup").write_bytes(b"the first packet")
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        _flagged(vault)
        dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        dialog.day.setDate(QDate(2026, 12, 4))
        dialog.folder.setText(str(out))
        assert not dialog.taken.isVisible()
        dialog.day.setDate(QDate(2026, 12, 3))
        assert dialog.taken.isVisible()
        assert "supervision-2026-12-03-2.pdf" in dialog.taken.text()
        screenshot(dialog, "packet_dialog_day_taken")
        dialog.passphrase.setText(PACKET_PASS)
        dialog.again.setText(PACKET_PASS)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
            dialog.export()
        assert dialog.result.pdf.name == "supervision-2026-12-03-2.pdf"
        assert dialog.result.packet.name == "supervision-2026-12-03-2.kastsup"
    assert first_pdf.read_bytes() == b"%PDF the first packet"
    assert open_packet(dialog.result.packet, PACKET_PASS)["meeting_day"] == \
        date(2026, 12, 3).isoformat()
