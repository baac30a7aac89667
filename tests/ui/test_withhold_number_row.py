"""A long number the pseudonymizer cannot be sure of (QA 21, finding 3: "5000-1234567"
after no word that says it is an account) is listed under "Still in the text" with its
reason, in the summary dialog as in the packet's, and Withhold on its row withholds it
where the text has it; an account number it is sure of is withheld by itself, listed
nowhere.

Names and numbers are fictional, written for this test.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QPushButton

from kastdesk.report.export import prepare
from kastdesk.store import Vault
from kastdesk.ui.settings import PRIVACY_KEY
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.withhold import ACTION, WHY
from tests.ui.conftest import screenshot

NOTE = ("Han för över pengar från 5000-1234567 varje månad. Han får lön till kontonummer "
        "123 456 789-0, och IP 10.0.0.12 står i loggen vecka 36.")


def test_a_number_row_is_listed_and_withheld_where_written(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.set_setting(PRIVACY_KEY, "0")
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-091", name="Ture Lindberg",
                            first_contact_date=date(2026, 8, 1))
    case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    dialog = ExportDialog(vault, case.client_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 760)
    dialog.show()
    panel = dialog.withhold
    dialog.pseudonymize.setChecked(True)
    assert panel.suspect_words() == ["5000-1234567"]
    table = panel.suspect_table
    assert table.item(0, WHY).text() == "a long number: an account, an id or a phone number?"
    dialog.body.ensureWidgetVisible(table)
    qtbot.wait(20)
    screenshot(dialog, "summary_dialog_number_row")
    button = table.cellWidget(0, ACTION)
    assert isinstance(button, QPushButton)
    button.click()
    assert panel.withhold_words() == ("5000-1234567",) and panel.suspect_words() == []
    snap, pseudo = prepare(vault, case.client_id, dialog.options())
    assert pseudo is not None
    note = pseudo.apply(snap)["sessions"][0]["note"]
    assert note == ("Han för över pengar från [withheld] varje månad. Han får lön till "
                    "kontonummer [account number], och IP [IP address] står i loggen [week].")
