"""The New client dialog says under the code field that a code of digits alone that is
a birth date ("850312") identifies the client, and keeps it out of the register. Made up."""

from __future__ import annotations

from datetime import date

from kastdesk.store import Vault
from kastdesk.ui.cases.new_client import NewClientDialog

from .conftest import screenshot

TODAY = date(2026, 6, 1)


def test_the_new_client_dialog_refuses_a_birth_date_alone(  # type: ignore[no-untyped-def]
        qtbot, vault: Vault) -> None:
    vault.today = lambda: TODAY
    dialog = NewClientDialog(vault, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.form.code_hint

    dialog.code.setText("850312")
    assert hint.isVisible() and "looks like a date of birth" in hint.text()
    screenshot(dialog, "new_client_code_birth_date")
    dialog.accept()
    assert dialog.isVisible()
    assert vault.clients() == []

    dialog.code.setText("K-2026-001")
    assert not hint.isVisible()
