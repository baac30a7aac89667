"""The New client dialog takes the clinic's next code in its series ("KST-000123", which
reads as 23 January 2000, was refused as initials and a birth date once "KST-000001" was
in the register) and still refuses initials beside a birth date ("PA-850312"). Made up."""

from __future__ import annotations

from datetime import date

from kastdesk.store import Vault
from kastdesk.ui.cases.new_client import NewClientDialog

from .conftest import screenshot

TODAY = date(2026, 6, 1)


def test_the_new_client_dialog_takes_the_series_and_refuses_initials(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault) -> None:
    vault.today = lambda: TODAY
    vault.add_client("KST-000001", first_contact_date=date(2026, 5, 1))
    dialog = NewClientDialog(vault, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.form.code_hint

    dialog.code.setText("PA-850312")
    assert hint.isVisible() and "initials and a date of birth" in hint.text()
    screenshot(dialog, "new_client_code_series_initials")
    dialog.accept()
    assert dialog.isVisible()
    assert [e.code for e in vault.clients()] == ["KST-000001"]

    dialog.code.setText("KST-000123")
    assert not hint.isVisible() and hint.text() == ""
    screenshot(dialog, "new_client_code_series")
    dialog.accept()
    assert not dialog.isVisible() and dialog.message.text() == ""
    assert [e.code for e in vault.clients()] == ["KST-000001", "KST-000123"]
