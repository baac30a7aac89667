"""The client form offers first-contact days from 1997-01-01 (the first KAST clinic) to
today; a day stored before that bound is shown as it is, and saving says what is wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from kastdesk.store import Vault
from kastdesk.ui.cases.edit_client import EditClientDialog
from kastdesk.ui.cases.new_client import NewClientDialog
from tests.ui.conftest import screenshot


def test_the_new_client_form_goes_back_to_1997_only(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClientDialog(vault, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    assert dialog.first_contact.minimumDate() == QDate(1997, 1, 1)
    dialog.first_contact.setDate(QDate(1800, 1, 1))
    assert dialog.first_contact.date() == QDate(1997, 1, 1)


def test_a_day_stored_before_the_bound_is_shown_and_refused(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-OLD", first_contact_date=date(1800, 1, 1))  # the store alone
    dialog = EditClientDialog(vault, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.first_contact.date() == QDate(1800, 1, 1)  # not moved silently
    dialog.accept()
    assert dialog.isVisible()
    assert "cannot be before 1997-01-01" in dialog.message.text()
    screenshot(dialog, "edit_client_first_contact_too_early")
    dialog.form.first_contact.setDate(QDate(2008, 1, 1))
    dialog.accept()
    assert not dialog.isVisible()
    assert vault.client(case.client_id).first_contact_date == date(2008, 1, 1)
