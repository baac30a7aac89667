"""Keep (QA 18 M1): a word of the family map's free text inside a field ("Arbetar som
Polis i Borås") was withheld in every note with no way back ("[withheld] har inte varit
inblandad sedan gripandet"), though the therapist knows "Polis" is no name and police
involvement is what supervision discusses. *Keep* on its row of the check, or unticking
it in the review list, keeps it as written for this export; a person's name is never
kept. Names, places and notes are fictional, written for this test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QPushButton

from kastdesk.genogram import Genogram
from kastdesk.genogram.model import ChildLink, Person, Sex, Union
from kastdesk.genogram.storage import save_genogram
from kastdesk.report.export import free_text, prepare
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import flag_for_guidance, open_packet
from kastdesk.ui.settings import PRIVACY_KEY
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.meeting import PacketDialog
from kastdesk.ui.supervision.withhold import ACTION, KEEP, WithholdPanel
from tests.ui.conftest import screenshot
from tests.ui.test_dialogs_fit_laptop_125 import _buttons_whole, _fits, squashed

PACKET_PASS = "the packet passphrase"
NOTE = ("Polis har inte varit inblandad sedan gripandet. Han bor kvar i Borås. "
        "Pappa Bo var också polis. Modern flyttade till Kungälv.")
LAPTOP_125 = QRect(0, 0, 1093, 574)


def _case(vault: Vault) -> str:
    vault.set_setting(PRIVACY_KEY, "0")
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-417", name="Ture Lindberg",
                            first_contact_date=date(2026, 8, 1))
    save_genogram(case, Genogram.build(
        [Person("c", Sex.MALE, "Ture Lindberg", is_index=True,
                occupation="Arbetar som Polis i Borås"),
         Person("f", Sex.MALE, "Bo Lindberg"), Person("m", Sex.FEMALE, "Siv Lindberg")],
        [Union("u", ("f", "m"))], [ChildLink("l", "c", union_id="u")], check=False), "Import")
    session = case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    flag_for_guidance(case, "Hur går vi vidare?", "session", session.id)
    return case.client_id


def _keep_button(panel: WithholdPanel, word: str) -> QPushButton:
    button = panel.suspect_table.cellWidget(panel.suspect_words().index(word), KEEP)
    assert isinstance(button, QPushButton), (word, panel.suspect_words())
    return button


def _review(panel: WithholdPanel) -> list[str]:
    return [panel.review.item(i).text() for i in range(panel.review.count())]


def test_keep_on_a_row_gives_the_word_back_in_the_packet(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault, tmp_path: Path) -> None:
    _case(vault)
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.withhold
    assert not panel.keep.isVisible()  # shown once it holds a word
    # "Polis" is withheld capitalized; its small-letter "polis" is listed as the map's word.
    assert "polis" in panel.suspect_words(), panel.suspect_words()
    # No Keep on a person's name in small letters ("bo"? not in this note; "Bo" is replaced).
    _keep_button(panel, "polis").click()
    assert panel.keep_words() == ("polis",) and panel.keep.isVisible()
    assert "polis" not in panel.suspect_words()  # prepared again, not listed again
    review = _review(panel)
    assert any(line.strip() == "polis  (kept as written)" for line in review), review
    assert not any(line.strip().startswith("Polis  →") for line in review), review
    screenshot(dialog, "packet_dialog_keep")

    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.passphrase.setText(PACKET_PASS)
    dialog.again.setText(PACKET_PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.export()
    packet = open_packet(dialog.result.packet, PACKET_PASS)
    note = packet["cases"][0]["snapshot"]["sessions"][0]["note"]
    assert note.startswith("Polis har inte varit inblandad sedan gripandet. Han bor kvar i "
                           "[withheld]."), note
    assert "Bo " not in note and "Lindberg" not in json.dumps(packet, ensure_ascii=False)


def test_unticking_a_review_entry_keeps_it_and_ticking_withholds_it_again(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault) -> None:
    client_id = _case(vault)
    dialog = ExportDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pseudonymize.setChecked(True)
    panel = dialog.withhold
    items = {panel.review.item(i).text(): panel.review.item(i)
             for i in range(panel.review.count())}
    polis = next(item for text, item in items.items() if text.startswith("Polis  →"))
    assert polis.checkState() == Qt.CheckState.Checked
    # Names are no checkable entries: Keep is never offered on a person's name.
    for text, item in items.items():
        if text.startswith(("Bo  →", "Ture", "Lindberg", "K-2026-417")):
            assert item.data(Qt.ItemDataRole.CheckStateRole) is None, text  # no tick box
    polis.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.options().keep_words == ("Polis",)
    snap, pseudo = prepare(vault, client_id, dialog.options())
    assert pseudo is not None
    [note] = [t for t in free_text(pseudo.apply(snap)) if t.startswith("Polis")]
    assert note.startswith("Polis har inte varit inblandad"), note
    kept = next(panel.review.item(i) for i in range(panel.review.count())
                if panel.review.item(i).text() == "Polis  (kept as written)")
    kept.setCheckState(Qt.CheckState.Checked)  # undo: withheld again
    assert dialog.options().keep_words == ()
    assert any(t.startswith("Polis  →") for t in _review(panel))


def test_a_kept_name_is_not_claimed_kept(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """Typed into Keep, a person's name stays withheld, and the review does not say it
    was kept."""
    client_id = _case(vault)
    dialog = ExportDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pseudonymize.setChecked(True)
    panel = dialog.withhold
    panel.keep.setText("Bo, Lindberg")
    panel.keep.editingFinished.emit()
    review = _review(panel)
    assert not any("kept" in line for line in review), review
    assert any(line.startswith("Bo  →") for line in review), review


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(LAPTOP_125))
    yield LAPTOP_125


@pytest.mark.parametrize("points", [14], indirect=True)
def test_keep_fits_the_laptop_at_14_points(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault, laptop: QRect, points: int) -> None:
    _case(vault)
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.withhold.suspect_table
    dialog.body.ensureWidgetVisible(table)
    qtbot.wait(60)
    screenshot(dialog, "laptop125_14pt_packet_keep")
    assert _fits(dialog, LAPTOP_125) and not _buttons_whole(dialog)
    assert not squashed(dialog), squashed(dialog)
    assert table.cellWidget(dialog.withhold.suspect_words().index("polis"), KEEP) is not None
    for r in range(table.rowCount()):
        for column in (ACTION, KEEP):
            button = table.cellWidget(r, column)
            if button is not None:  # whole, not cut by the reasons' column
                assert button.width() >= button.sizeHint().width(), button.text()
                assert button.geometry().right() <= table.viewport().width(), button.text()
    _keep_button(dialog.withhold, "polis").click()
    qtbot.wait(60)
    dialog.body.ensureWidgetVisible(dialog.withhold.keep)
    screenshot(dialog, "laptop125_14pt_packet_kept")
