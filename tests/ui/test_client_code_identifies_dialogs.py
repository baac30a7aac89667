"""The new-client and edit dialogs say under the code field when the code identifies the
client (an id number, a phone number, the name typed or its initials and birth date), and
refuse to save it (QA 21, 5: "19790314-1234" was taken without a word). Made-up data."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.store import Vault
from kastdesk.ui.cases.edit_client import EditClientDialog
from kastdesk.ui.cases.new_client import NewClientDialog

from .conftest import screenshot


@pytest.fixture
def clinic(vault: Vault) -> Vault:
    vault.today = lambda: date(2026, 6, 1)
    vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    return vault


def _hint_shown(dialog) -> bool:  # type: ignore[no-untyped-def]
    hint = dialog.form.code_hint
    return hint.isVisible() and bool(hint.text())


def test_an_id_number_as_code_is_said_under_the_field_and_not_saved(  # type: ignore[no-untyped-def]
        qtbot, clinic: Vault) -> None:
    dialog = NewClientDialog(clinic, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _hint_shown(dialog)  # the suggested code
    dialog.code.setText("19790314-1234")
    assert _hint_shown(dialog)
    assert dialog.form.code_hint.text() == (
        "A code must not identify the client, and this one looks like a personal "
        "identity number: use a code such as K-2026-002.")
    # Right under the code field, above the anonymous/named choice.
    hint_y = dialog.form.code_hint.mapTo(dialog, dialog.form.code_hint.rect().topLeft()).y()
    code_y = dialog.code.mapTo(dialog, dialog.code.rect().bottomLeft()).y()
    choice_y = dialog.anonymous.mapTo(dialog, dialog.anonymous.rect().topLeft()).y()
    assert code_y <= hint_y < choice_y
    screenshot(dialog, "new_client_code_id_number")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text() == ""
    assert [e.code for e in clinic.clients()] == ["K-2026-001"]
    dialog.code.setText("K-2026-002")
    assert not _hint_shown(dialog)
    dialog.accept()
    assert not dialog.isVisible()
    assert [e.code for e in clinic.clients()] == ["K-2026-001", "K-2026-002"]


def test_the_name_typed_and_its_initials_with_a_birth_date(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClientDialog(clinic, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("ML790314")
    # No name yet: letters and a birth date all the same, whoever's initials they are.
    assert _hint_shown(dialog)
    assert dialog.form.code_hint.text() == (
        "A code must not identify the client, and this one looks like initials and a date "
        "of birth: use a code such as K-2026-002.")
    dialog.named.setChecked(True)
    dialog.name.setText("Mikael Lindqvist")
    assert _hint_shown(dialog)
    assert "initials and a date of birth" in dialog.form.code_hint.text()
    screenshot(dialog, "new_client_code_initials")
    dialog.accept()
    assert dialog.isVisible()
    dialog.code.setText("lindqvist-2")
    assert "holds the client's name" in dialog.form.code_hint.text()
    dialog.accept()
    assert dialog.isVisible() and [e.code for e in clinic.clients()] == ["K-2026-001"]
    # Anonymous after all: the name was typed, and the code still names him.
    dialog.anonymous.setChecked(True)
    assert _hint_shown(dialog)
    dialog.code.setText("K-2026-002")
    dialog.accept()
    assert not dialog.isVisible()


def test_the_edit_dialog_says_it_of_a_code_kept_from_before(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    # Added before the check (the store takes any code): shown as the dialog opens,
    # without putting the name on the screen (privacy mode).
    case = clinic.add_client("ML-790314", name="Mikael Lindqvist",
                             first_contact_date=date(2026, 5, 2))
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.name_hidden and _hint_shown(dialog)
    assert "Mikael" not in dialog.form.code_hint.text()
    assert "K-2026-002" in dialog.form.code_hint.text()
    screenshot(dialog, "edit_client_code_initials")
    dialog.form.code.setText("+46 70 123 45 67")
    assert "phone number" in dialog.form.code_hint.text()
    dialog.accept()
    assert dialog.isVisible() and clinic.client(case.client_id).code == "ML-790314"
    dialog.form.code.setText("K-2026-002")
    assert not _hint_shown(dialog)
    dialog.accept()
    assert not dialog.isVisible() and clinic.client(case.client_id).code == "K-2026-002"


def test_initials_and_a_birth_date_with_no_name_are_said_and_not_saved(  # type: ignore[no-untyped-def]
        qtbot, clinic: Vault) -> None:
    """"PA-850312" for an anonymous client was taken as a code (nothing to compare it
    with); a date of the case in a code ("KD-260105", first contact 5 January 2026) is
    no birth date."""
    dialog = NewClientDialog(clinic, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("PA-850312")
    assert _hint_shown(dialog)
    assert "looks like initials and a date of birth" in dialog.form.code_hint.text()
    screenshot(dialog, "new_client_code_letters_birth_date")
    dialog.accept()
    assert dialog.isVisible() and [e.code for e in clinic.clients()] == ["K-2026-001"]
    dialog.code.setText("KD-260105")
    dialog.form.set_first_contact(date(2026, 1, 5))
    assert not _hint_shown(dialog)
    dialog.accept()
    assert not dialog.isVisible()
    assert [e.code for e in clinic.clients()] == ["K-2026-001", "KD-260105"]


def test_the_edit_dialog_says_it_of_an_anonymous_clients_code(  # type: ignore[no-untyped-def]
        qtbot, clinic: Vault) -> None:
    case = clinic.add_client("JK120585", first_contact_date=date(2026, 5, 2))
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _hint_shown(dialog)
    assert "looks like initials and a date of birth" in dialog.form.code_hint.text()
    screenshot(dialog, "edit_client_code_letters_birth_date")
    dialog.accept()
    assert dialog.isVisible() and clinic.client(case.client_id).code == "JK120585"
