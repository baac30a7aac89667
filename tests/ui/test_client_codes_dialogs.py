"""The new-client, edit and delete dialogs take a code in any of its forms as one code:
"Å-7" typed with a combining ring, or in lower case, is "Å-7"."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kastdesk.store import Vault
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from kastdesk.ui.cases.edit_client import EditClientDialog
from kastdesk.ui.cases.new_client import NewClientDialog

COMPOSED = unicodedata.normalize("NFC", "Å-7")
DECOMPOSED = unicodedata.normalize("NFD", "Å-7")


@pytest.fixture
def clinic(vault: Vault) -> Vault:
    vault.today = lambda: date(2026, 6, 1)
    vault.add_client(COMPOSED, first_contact_date=date(2026, 5, 3))
    vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    return vault


def test_the_new_client_dialog_refuses_the_code_decomposed(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClientDialog(clinic, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText(unicodedata.normalize("NFD", "å-7"))
    dialog.accept()
    assert dialog.isVisible() and "already" in dialog.message.text()
    assert [e.code for e in clinic.clients()] == ["K-2026-001", COMPOSED]


def test_the_edit_dialog_refuses_it_and_keeps_a_new_code_composed(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    case = clinic.open_case(clinic.client_by_code("K-2026-001").id)
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.code.setText(DECOMPOSED)
    dialog.accept()
    assert dialog.isVisible() and "already" in dialog.message.text()
    dialog.form.code.setText(unicodedata.normalize("NFD", " Ö-8 "))
    dialog.accept()
    assert not dialog.isVisible()
    assert clinic.client(case.client_id).code == "Ö-8"


def test_the_delete_dialog_takes_the_code_in_any_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DeleteClientDialog(COMPOSED)
    qtbot.addWidget(dialog)
    for typed in (DECOMPOSED, "å-7", unicodedata.normalize("NFD", " å-7 ")):
        dialog.typed.setText(typed)
        assert dialog.delete_button.isEnabled(), ascii(typed)
    dialog.typed.setText("A-7")
    assert not dialog.delete_button.isEnabled()
