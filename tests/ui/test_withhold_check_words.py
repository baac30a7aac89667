"""Before the packet or a pseudonymized summary is written, the words its pseudonymized text
still has that look identifying are listed, each with one click to withhold it (QA session
18, M5: "Greta", a town and an employer only a note named, and "Erikk" for "Erik", went to
the supervisor; the review listed only what was replaced).

Names, places and notes are fictional, written for this test.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import flag_for_guidance, open_packet
from kastdesk.ui.settings import PRIVACY_KEY
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.meeting import PacketDialog
from kastdesk.ui.supervision.withhold import ACTION, WHY, WORD, WithholdPanel
from tests.ui.conftest import screenshot

PACKET_PASS = "the packet passphrase"
NOTE = "Efter mötet ringde han till Greta. Hon jobbar kvar på Skanska i Kungälv."


def _case(vault: Vault) -> str:
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-061", name="Ture Lindberg",
                            first_contact_date=date(2026, 8, 1))
    session = case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    flag_for_guidance(case, "Hur går vi vidare?", "session", session.id)
    return case.client_id


def _button(panel: WithholdPanel, word: str) -> QPushButton:
    row = panel.suspect_words().index(word)
    button = panel.suspect_table.cellWidget(row, ACTION)
    assert isinstance(button, QPushButton)
    return button


def test_the_packet_dialog_lists_the_words_left_and_withholds_one_in_a_click(
        qtbot: object, vault: Vault, tmp_path: Path) -> None:
    _case(vault)
    vault.set_setting(PRIVACY_KEY, "0")  # names in the lists
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    panel = dialog.withhold

    words = panel.suspect_words()
    assert "Greta" in words and "Skanska" in words and "Kungälv" in words, words
    assert panel.check_title.isVisible() and panel.suspect_table.isVisible()
    # The client's own name is replaced, so never listed as left.
    assert "Ture" not in words and "Lindberg" not in words
    screenshot(dialog, "packet_dialog_words_left")

    _button(panel, "Greta").click()
    assert panel.names() == ("Greta",)
    assert "Greta" not in panel.suspect_words()  # prepared again
    review = [dialog.review.item(i).text() for i in range(dialog.review.count())]
    assert any(line.strip().startswith("Greta  →  ") for line in review), review
    _button(panel, "Skanska").click()
    assert panel.names() == ("Greta", "Skanska")

    # The therapist goes on when satisfied: "Kungälv" left, the export is not stopped.
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.passphrase.setText(PACKET_PASS)
    dialog.again.setText(PACKET_PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
        dialog.export()
    text = json.dumps(open_packet(dialog.result.packet, PACKET_PASS), ensure_ascii=False)
    assert "Greta" not in text and "Skanska" not in text and "Kungälv" in text


def test_in_privacy_mode_the_words_show_as_initials_until_show_names(
        qtbot: object, vault: Vault) -> None:
    _case(vault)  # privacy mode is on unless turned off
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    table = dialog.withhold.suspect_table
    shown = [table.item(r, WORD).text() for r in range(table.rowCount())]
    assert "G." in shown and "Greta" not in shown
    why = [table.item(r, WHY).text() for r in range(table.rowCount())]
    assert not any("Greta" in reason or "Lindberg" in reason for reason in why), why
    screenshot(dialog, "packet_dialog_words_left_private")
    dialog.withhold.show_names.setChecked(True)
    shown = [table.item(r, WORD).text() for r in range(table.rowCount())]
    assert "Greta" in shown


def test_the_summary_dialog_lists_the_words_left_when_pseudonymizing(
        qtbot: object, vault: Vault) -> None:
    client_id = _case(vault)
    dialog = ExportDialog(vault, client_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    panel = dialog.withhold
    assert not panel.suspect_table.isVisible()  # not pseudonymized: nothing to check
    dialog.pseudonymize.setChecked(True)
    assert "Greta" in panel.suspect_words() and panel.suspect_table.isVisible()
    _button(panel, "Kungälv").click()
    assert panel.names() == ("Kungälv",) and "Kungälv" not in panel.suspect_words()
    screenshot(dialog, "summary_dialog_words_left")
