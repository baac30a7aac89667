"""The export dialog's words check with a client's initials and a nickname no list knows:
"M.L." of the client is replaced (and the review says so), "OK" of a partner Olle Karlsson
is an abbreviation too, so it is left and listed with Withhold and Keep, and "Kikki" at a
sentence's start is listed, where before it went out unlisted. Names and notes are
fictional, written for this test."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QPushButton

from kastdesk.genogram import Genogram
from kastdesk.genogram.model import Person, Sex, Union
from kastdesk.genogram.storage import save_genogram
from kastdesk.report.export import free_text, prepare
from kastdesk.store import Vault
from kastdesk.ui.settings import PRIVACY_KEY
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.withhold import ACTION, KEEP, WithholdPanel
from tests.ui.conftest import screenshot

NOTE = "M.L. sa att det är OK nu. Kikki ringde igen. Idag gick det bra."


def _case(vault: Vault) -> str:
    vault.set_setting(PRIVACY_KEY, "0")
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-233", name="Mikael Lindqvist",
                            first_contact_date=date(2026, 8, 1))
    save_genogram(case, Genogram.build(
        [Person("c", Sex.MALE, "Mikael Lindqvist", is_index=True),
         Person("p", Sex.MALE, "Olle Karlsson")],
        [Union("u", ("c", "p"))], [], check=False), "Import")
    case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    return case.client_id


def _cell(panel: WithholdPanel, word: str, column: int) -> QPushButton:
    button = panel.suspect_table.cellWidget(panel.suspect_words().index(word), column)
    assert isinstance(button, QPushButton), (word, column, panel.suspect_words())
    return button


def test_initials_are_replaced_or_listed_and_a_nickname_at_a_start_is_listed(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault) -> None:
    client_id = _case(vault)
    dialog = ExportDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    dialog.pseudonymize.setChecked(True)
    panel = dialog.withhold
    assert panel.suspect_words() == ["OK", "Kikki"], panel.suspect_words()
    review = [panel.review.item(i).text() for i in range(panel.review.count())]
    assert any(line.startswith("ML  →") for line in review), review
    screenshot(dialog, "export_dialog_initials")

    _cell(panel, "OK", KEEP).click()  # "OK" here is okay: kept, and not listed again
    assert panel.keep_words() == ("OK",) and panel.suspect_words() == ["Kikki"]
    _cell(panel, "Kikki", ACTION).click()
    assert panel.suspect_words() == []
    snap, pseudo = prepare(vault, client_id, dialog.options())
    assert pseudo is not None
    [note] = [t for t in free_text(pseudo.apply(snap)) if "ringde igen" in t]
    assert note == ("The client sa att det är OK nu. [withheld] ringde igen. Idag gick "
                    "det bra."), note
