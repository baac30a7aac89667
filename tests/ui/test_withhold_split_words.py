"""A word a note splits with a hyphen at a line's end ("Lind-⏎quist", a surname wrapped by
hand or pasted from a PDF) is listed by the words check before export; its Withhold did
nothing: the word went to Also withhold joined, and the text had it only split. Now the
split goes too, and a name whose second part is capitalized ("Anna-⏎Karin") goes to Also
withhold with its hyphen, so it is withheld on one line as well.

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
from kastdesk.ui.supervision.meeting import PacketDialog
from kastdesk.ui.supervision.withhold import ACTION, WithholdPanel
from tests.ui.conftest import screenshot

PACKET_PASS = "the packet passphrase"
NOTE = ("Samtal med Lind-\nquist, hans advokat, om vårdnaden. Han nämnde Anna-\nKarin "
        "från jobbet. Anna-Karin har ringt honom.")


def _button(panel: WithholdPanel, word: str) -> QPushButton:
    row = panel.suspect_words().index(word)
    button = panel.suspect_table.cellWidget(row, ACTION)
    assert isinstance(button, QPushButton)
    return button


def test_withhold_on_a_word_split_at_a_line_end_withholds_it(
        qtbot: object, vault: Vault, tmp_path: Path) -> None:
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-071", name="Ture Lindqvist",
                            first_contact_date=date(2026, 8, 1))
    session = case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    flag_for_guidance(case, "Hur går vi vidare?", "session", session.id)
    vault.set_setting(PRIVACY_KEY, "0")  # names in the lists
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    panel = dialog.withhold

    words = panel.suspect_words()
    assert "Lindquist" in words and "Anna-Karin" in words, words
    screenshot(dialog, "packet_dialog_split_words")
    _button(panel, "Lindquist").click()
    assert panel.names() == ("Lindquist",)
    assert "Lindquist" not in panel.suspect_words()  # prepared again: gone from the text
    _button(panel, "Anna-Karin").click()
    assert panel.names() == ("Lindquist", "Anna-Karin")
    assert panel.suspect_words() == []

    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.passphrase.setText(PACKET_PASS)
    dialog.again.setText(PACKET_PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
        dialog.export()
    text = json.dumps(open_packet(dialog.result.packet, PACKET_PASS), ensure_ascii=False)
    assert "quist" not in text and "Karin" not in text, text
