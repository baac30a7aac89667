"""Correcting a client's details, with the real dialogs."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import Vault
from kastdesk.ui.cases.edit_client import EditClientDialog
from tests.ui.conftest import screenshot, when_modal

NAME = "Gustav Raderasson"


@pytest.fixture
def clinic(vault: Vault) -> Vault:
    """Two clients: K-2026-001 named, with a session; K-2026-002 anonymous."""
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-2026-001", name=NAME, first_contact_date=date(2026, 5, 1),
                            contact_channel=ContactChannel.PHONE)
    case.sessions.add(datetime(2026, 5, 10, 10), note="about " + NAME)
    vault.add_client("K-2026-002", first_contact_date=date(2026, 5, 3))
    return vault


def _case(vault: Vault, code: str):  # type: ignore[no-untyped-def]
    return vault.open_case(vault.client_by_code(code).id)


# -- editing --------------------------------------------------------------------------
def test_edit_dialog_corrects_every_detail(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _case(clinic, "K-2026-001")
    dialog = EditClientDialog(clinic, case, privacy=False)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.code.text() == "K-2026-001" and form.named.isChecked()
    assert form.name.text() == NAME and form.name.isEnabled()
    assert form.first_contact.date().toPython() == date(2026, 5, 1)
    assert form.first_contact.maximumDate().toPython() == date(2026, 6, 1)
    screenshot(dialog, "edit_client_dialog")

    form.code.setText("K-2026-010")
    form.name.setText("Gustav R.")
    form.channel.setCurrentIndex(form.channel.findData(ContactChannel.EMAIL.value))
    form.referral.setCurrentIndex(form.referral.findData(ReferralSource.PARTNER.value))
    form.first_contact.setDate(form.first_contact.date().addDays(-2))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    assert saved.args == [case.client_id] and not dialog.isVisible()
    entry = clinic.client(case.client_id)
    assert (entry.code, entry.name, entry.first_contact_date) == (
        "K-2026-010", "Gustav R.", date(2026, 4, 29))
    profile = case.profile.get()
    assert profile.contact_channel is ContactChannel.EMAIL
    assert profile.referral_source is ReferralSource.PARTNER
    assert case.audit_entries()[0].action == "Edit client profile"


def test_edit_dialog_refuses_what_the_new_client_dialog_refuses(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _case(clinic, "K-2026-002")
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.anonymous.isChecked() and not form.name.isEnabled()
    for code, named, name, says in (
        ("   ", False, "", "needs a code"),
        ("k-2026-001", False, "", "already has this code"),
        ("K-2026-002", True, "  ", "Type the name, or choose Anonymous"),
    ):
        form.code.setText(code)
        (form.named if named else form.anonymous).setChecked(True)
        form.name.setText(name)
        dialog.accept()
        assert dialog.isVisible() and says in dialog.message.text(), code
    form.anonymous.setChecked(True)
    form.first_contact.setMaximumDate(form.first_contact.date().addYears(1))  # go round it
    form.first_contact.setDate(date(2026, 6, 5))
    dialog.accept()
    assert dialog.isVisible() and "after today" in dialog.message.text()
    screenshot(dialog, "edit_client_dialog_refused")
    assert clinic.client(case.client_id).code == "K-2026-002"


def test_anonymous_to_named_and_back(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _case(clinic, "K-2026-002")
    for named, name in ((True, "Bo Ek"), (False, None)):
        dialog = EditClientDialog(clinic, case, privacy=False)
        qtbot.addWidget(dialog)
        dialog.show()
        (dialog.form.named if named else dialog.form.anonymous).setChecked(True)
        if name:
            dialog.form.name.setText(name)
        dialog.accept()
        assert not dialog.isVisible()
        assert clinic.client(case.client_id).name == name


def test_privacy_mode_keeps_the_name_off_the_screen_until_asked(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _case(clinic, "K-2026-001")
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.named.isChecked() and form.name.text() == "" and not form.name.isEnabled()
    assert form.show_name.isVisible()
    texts = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")]
    assert not any("Raderasson" in str(t) for t in texts)
    screenshot(dialog, "edit_client_dialog_privacy")

    # Saving another correction keeps the hidden name as it is.
    form.code.setText("K-2026-011")
    dialog.accept()
    assert clinic.client(case.client_id).name == NAME

    # Shown on request, and then it can be corrected.
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.show_name, Qt.MouseButton.LeftButton)
    assert dialog.form.name.text() == NAME and dialog.form.name.isEnabled()
    assert not dialog.form.show_name.isVisible()
    dialog.form.name.setText("Gustav Other")
    dialog.accept()
    assert clinic.client(case.client_id).name == "Gustav Other"

    # Made anonymous without ever showing the name.
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.anonymous.setChecked(True)
    dialog.accept()
    assert clinic.client(case.client_id).name is None


def test_nothing_changed_closes_without_a_write(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _case(clinic, "K-2026-001")
    before = len(case.audit_entries())
    dialog = EditClientDialog(clinic, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert not dialog.isVisible() and dialog.changed == ()
    assert len(case.audit_entries()) == before


def test_the_case_header_offers_the_correction(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.workspace import CaseWorkspace

    case = _case(clinic, "K-2026-002")
    workspace = CaseWorkspace(clinic, case)
    qtbot.addWidget(workspace)
    workspace.resize(1000, 600)
    workspace.show()
    assert workspace.code_label.text() == "K-2026-002"

    def correct(dialog: EditClientDialog) -> None:
        dialog.form.code.setText("K-2026-020")
        dialog.accept()

    timer = when_modal(EditClientDialog, correct)
    qtbot.mouseClick(workspace.details_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert workspace.code_label.text() == "K-2026-020"  # redrawn from the change
    screenshot(workspace, "case_header_edit_details")
    workspace.clear()
    assert not workspace.details_button.isEnabled()
