"""The check of the words still in the text has room at 14 pt on a 1366×768 laptop at
125 % (QA session 18, L1): the dialogs were 600-695 pixels wide, the reason column cut
("known name in small letters (also an everyday…") with the "(5×)" after it, and about
four rows showed in a table that scrolled inside the dialog's scrolling fields.

Now the dialogs open 820 wide (within the screen), how often stands in a column of its
own, the reasons wrap, and the table is as tall as its rows: the fields scroll, not a
table inside them. The screen is simulated as the app reads it (availableGeometry).

Names, places and notes are fictional, written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QTableWidget

from kastdesk.genogram import Genogram
from kastdesk.genogram.model import ChildLink, Person, Sex, Union
from kastdesk.genogram.storage import save_genogram
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import flag_for_guidance
from kastdesk.ui.settings import PRIVACY_KEY
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.meeting import PacketDialog
from kastdesk.ui.supervision.withhold import ACTION, TIMES, WHY, WORD
from tests.ui.conftest import screenshot
from tests.ui.test_dialogs_fit_laptop_125 import _buttons_whole, _fits, squashed

LAPTOP_125 = QRect(0, 0, 1093, 574)
NOTE = ("Han vill bo kvar i huset. Att bo ensam skrämmer honom, men att bo med Greta går "
        "inte. Han kan inte bo hos Oskar heller, och att bo i Kungälv är för dyrt. Han "
        "jobbar på Skanska och reser till Tyskland och Göteborg.")


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(LAPTOP_125))
    yield LAPTOP_125


def _case(vault: Vault) -> str:
    vault.set_setting(PRIVACY_KEY, "0")
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-314", name="Ture Lindberg",
                            first_contact_date=date(2026, 8, 1))
    # A father called Bo: "bo" (Swedish "live") is a known name in small letters.
    save_genogram(case, Genogram.build(
        [Person("c", Sex.MALE, "Ture Lindberg", is_index=True),
         Person("f", Sex.MALE, "Bo Lindberg"), Person("m", Sex.FEMALE, "Siv Lindberg")],
        [Union("u", ("f", "m"))], [ChildLink("l", "c", union_id="u")], check=False), "Import")
    session = case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    flag_for_guidance(case, "Hur går vi vidare?", "session", session.id)
    return case.client_id


def _roomy(qtbot, dialog: QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    table: QTableWidget = dialog.withhold.suspect_table
    qtbot.wait(60)  # sized once shown, and once more when its labels know their width
    screenshot(dialog, name)
    assert dialog.width() >= 800, dialog.width()
    assert _fits(dialog, LAPTOP_125) and not _buttons_whole(dialog)
    assert not squashed(dialog), squashed(dialog)
    words = [table.item(r, WORD).text() for r in range(table.rowCount())]
    assert "bo" in words, words
    row = words.index("bo")
    # How often, in its own column; the reason whole, not followed by "(5×)".
    assert table.item(row, TIMES).text() == "5"
    reason = table.item(row, WHY).text()
    assert reason == "known name in small letters (also an everyday word)"
    # Every reason fits its cell, wrapped where it must.
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        if table.columnSpan(r, WORD) > 1:
            continue
        text = table.item(r, WHY).text()
        width = table.columnWidth(WHY) - 8
        need = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                    int(Qt.TextFlag.TextWordWrap), text)
        assert need.width() <= width and need.height() <= table.rowHeight(r), (text, need)
    # Not a table scrolling inside the scrolling fields: as tall as its rows.
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows + table.horizontalHeader().height()
    assert not table.verticalScrollBar().isVisible()


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_packet_dialog_gives_the_check_room(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault, laptop: QRect, points: int) -> None:
    _case(vault)
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _roomy(qtbot, dialog, "laptop125_14pt_packet_check")
    body = dialog.body
    body.ensureWidgetVisible(dialog.withhold.suspect_table)
    qtbot.wait(20)
    screenshot(dialog, "laptop125_14pt_packet_check_table")


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_summary_dialog_gives_the_check_room(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault, laptop: QRect, points: int) -> None:
    client_id = _case(vault)
    dialog = ExportDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pseudonymize.setChecked(True)
    _roomy(qtbot, dialog, "laptop125_14pt_summary_check")
    dialog.body.ensureWidgetVisible(dialog.withhold.suspect_table)
    qtbot.wait(20)
    screenshot(dialog, "laptop125_14pt_summary_check_table")


def test_withhold_on_a_small_letter_row_withholds_those_places_only(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault, tmp_path) -> None:
    """QA 18 H3: Withhold on the row "bo ×5" (a father called Bo; "bo" Swedish for "live")
    added "bo" to Also withhold as a name, and the packet read "Han vill far kvar". It is
    withheld where the text has it, as "[withheld]"; a capitalized word's row still goes
    to Also withhold."""
    import json

    from kastdesk.supervision import open_packet

    _case(vault)
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.withhold
    table = panel.suspect_table
    words = panel.suspect_words()
    table.cellWidget(words.index("bo"), ACTION).click()
    assert panel.withhold_words() == ("bo",) and panel.names() == ()
    assert panel.words.isVisible()  # shown once it holds a word, to undo it there
    assert "bo" not in panel.suspect_words()
    table.cellWidget(panel.suspect_words().index("Greta"), ACTION).click()
    assert panel.names() == ("Greta",) and panel.withhold_words() == ("bo",)
    screenshot(dialog, "packet_dialog_withhold_words")

    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.passphrase.setText("the packet passphrase")
    dialog.again.setText("the packet passphrase")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.export()
    packet = open_packet(dialog.result.packet, "the packet passphrase")
    note = packet["cases"][0]["snapshot"]["sessions"][0]["note"]
    assert note.startswith("Han vill [withheld] kvar i huset."), note
    assert "far kvar" not in note and "father" not in json.dumps(packet["cases"][0]["questions"])
    assert "Greta" not in note


def test_the_summary_dialog_withholds_a_small_letter_word_where_written(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault) -> None:
    from kastdesk.report.export import free_text, prepare

    client_id = _case(vault)
    dialog = ExportDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pseudonymize.setChecked(True)
    panel = dialog.withhold
    panel.suspect_table.cellWidget(panel.suspect_words().index("bo"), ACTION).click()
    assert dialog.options().withhold_words == ("bo",) and dialog.options().extra_names == ()
    snap, pseudo = prepare(vault, client_id, dialog.options())
    assert pseudo is not None
    [note] = [t for t in free_text(pseudo.apply(snap)) if t.startswith("Han vill")]
    assert note.startswith("Han vill [withheld] kvar i huset. Att [withheld] ensam"), note


def test_withhold_on_a_sentence_start_row_withholds_those_places_only(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault) -> None:
    """A brother called Hans: "Hans mamma dog" ("his mother died") begins a sentence and is
    listed, not replaced. Withhold on its row withholds it there, as "[withheld]", not as
    the brother's role, and leaves "hans" (his) in small letters."""
    from kastdesk.report.export import free_text, prepare

    vault.set_setting(PRIVACY_KEY, "0")
    case = vault.add_client("K-2026-315", name="Ture Lindberg",
                            first_contact_date=date(2026, 8, 1))
    save_genogram(case, Genogram.build(
        [Person("c", Sex.MALE, "Ture Lindberg", is_index=True),
         Person("b", Sex.MALE, "Hans Lindberg"), Person("f", Sex.MALE, "Olof Lindberg"),
         Person("m", Sex.FEMALE, "Siv Lindberg")],
        [Union("u", ("f", "m"))],
        [ChildLink("l1", "c", union_id="u"), ChildLink("l2", "b", union_id="u")],
        check=False), "Import")
    case.sessions.add(datetime(2026, 9, 7, 10, 0),
                      note="Vi talade om brodern. Hans mamma dog i våras, och hans fru vet inget.")
    dialog = ExportDialog(vault, case.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pseudonymize.setChecked(True)
    panel = dialog.withhold
    assert "Hans" in panel.suspect_words(), panel.suspect_words()
    review = [dialog.review.item(i).text() for i in range(dialog.review.count())]
    assert "Hans  →  brother  (where capitalized, not at a sentence's start)" in review, review
    panel.suspect_table.cellWidget(panel.suspect_words().index("Hans"), ACTION).click()
    assert dialog.options().withhold_words == ("Hans",) and dialog.options().extra_names == ()
    snap, pseudo = prepare(vault, case.client_id, dialog.options())
    assert pseudo is not None
    [note] = [t for t in free_text(pseudo.apply(snap)) if t.startswith("Vi talade")]
    assert "[withheld] mamma dog" in note and "hans fru vet inget" in note, note
