"""Correcting a client's details and deleting a client, with the real dialogs."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kastdesk.clients import erase_client
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import CaseNotFound, KdfParams, Vault
from kastdesk.supervision import (
    Comment,
    MeetingItem,
    export_packet,
    flag_for_guidance,
    open_packet,
    record_meeting,
    save_comments,
)
from kastdesk.supervision.forget import VAULT_DRAFTS_SETTING
from kastdesk.ui import drafts
from kastdesk.ui.cases.client_actions import add_client_actions, delete_client
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from kastdesk.ui.cases.edit_client import EditClientDialog
from kastdesk.ui.main_window import MainWindow
from tests.ui.conftest import screenshot, when_modal

PACKET_PASS = "supervision packet passphrase"
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


# -- deleting -------------------------------------------------------------------------
def test_delete_dialog_asks_for_the_code(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DeleteClientDialog("K-2026-001")
    qtbot.addWidget(dialog)
    dialog.show()
    text = " ".join(label.text() for label in dialog.findChildren(QWidget)
                    if hasattr(label, "text") and isinstance(label.text(), str))
    for said in ("K-2026-001", "session", "self-rating scales", "family map", "exercises",
                 "cannot be undone", "audit log"):
        assert said in text, said
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "K-2026-00")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter does not go round the button
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.typed, "1")
    assert dialog.delete_button.isEnabled()
    screenshot(dialog, "delete_client_dialog")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # with the code typed, Enter deletes
    assert not dialog.isVisible()
    assert dialog.result() == DeleteClientDialog.DialogCode.Accepted


def _confirm_with(code: str) -> Any:
    def act(dialog: DeleteClientDialog) -> None:
        dialog.typed.setText(code)
        dialog.delete_button.click()
    return act


def test_delete_flow_closes_the_case_then_erases(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    client_id = clinic.client_by_code("K-2026-001").id
    closed: list[bool] = []

    cancel = when_modal(DeleteClientDialog, lambda d: d.reject())
    assert delete_client(parent, clinic, client_id, close_case=lambda: closed.append(1) or True) \
        is None
    cancel.stop()
    assert closed == [] and clinic.client(client_id).code == "K-2026-001"

    timer = when_modal(DeleteClientDialog, _confirm_with("k-2026-001"))
    erased = delete_client(parent, clinic, client_id,
                           close_case=lambda: closed.append(True) or True)
    timer.stop()
    assert erased is not None and erased.code == "K-2026-001" and closed == [True]
    with pytest.raises(CaseNotFound):
        clinic.client(client_id)
    box = parent.findChild(QMessageBox, "infoBox")
    assert box is not None and "K-2026-001" in box.text()


def test_the_menu_offers_both_and_the_edit_only_for_an_open_case(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    parent = QWidget()
    qtbot.addWidget(parent)
    case = _case(clinic, "K-2026-001")
    menu = QMenu(parent)
    add_client_actions(menu, parent, clinic, case.client_id, case, privacy=True,
                       close_case=lambda: True, deleted=lambda _cid: None)
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["editClientAction"].text() == "Edit client details…"
    assert actions["deleteClientAction"].text() == "Delete client…"
    assert actions["editClientAction"].isEnabled()
    other = clinic.client_by_code("K-2026-002").id
    menu = QMenu(parent)
    add_client_actions(menu, parent, clinic, other, case, privacy=True,
                       close_case=lambda: True, deleted=lambda _cid: None)
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["editClientAction"].isEnabled()
    assert actions["deleteClientAction"].isEnabled()


# -- what the vault keeps beside the case file ----------------------------------------
def test_the_core_names_the_drafts_setting_the_ui_uses() -> None:
    assert VAULT_DRAFTS_SETTING == drafts.VAULT_SETTING


def test_drafts_a_lock_kept_lose_the_erased_client_and_keep_the_rest(
        qtbot, clinic: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The drafts written by the real meeting dialog and supervisor window, forgotten for
    one client, open again with the other client's text."""
    from kastdesk.ui.supervision.meeting import MeetingDialog
    from kastdesk.ui.supervision.supervisor import SupervisorWindow, reopen_packet_window

    gone = _case(clinic, "K-2026-001")
    kept = _case(clinic, "K-2026-002")
    gone_flag = flag_for_guidance(gone, "About " + NAME)
    kept_flag = flag_for_guidance(kept, "About the other")
    export_packet(clinic, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    meeting = MeetingDialog(clinic)
    qtbot.addWidget(meeting)
    for row, (_cid, _code, flag) in enumerate(meeting.questions):
        meeting.set_advice(row, "advice on " + flag.question)
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    from kastdesk.supervision import case_owners

    owners = case_owners(clinic, packet["packet_id"])  # the packet names no client
    kept_key = next(k for k, client in owners.items() if client == kept.client_id)
    window = SupervisorWindow(packet, PACKET_PASS, owners=owners)
    qtbot.addWidget(window)
    for (case_id, target, _tid), box in window.comment_boxes.items():
        if target == "case":
            box.setPlainText("comment on " + owners[case_id])
    clinic.set_setting(drafts.VAULT_SETTING, json.dumps({
        "meeting": meeting.draft(), window.draft_key: window.draft()}))

    erase_client(clinic, gone.client_id)

    kept_drafts = json.loads(clinic.get_setting(drafts.VAULT_SETTING) or "{}")
    assert gone.client_id not in json.dumps(kept_drafts) and NAME not in json.dumps(kept_drafts)
    again = MeetingDialog(clinic)
    qtbot.addWidget(again)
    again.restore_draft(kept_drafts["meeting"])
    assert [(flag.id, again.table.item(row, 3).text())
            for row, (_cid, _code, flag) in enumerate(again.questions)] == [
        (kept_flag.id, "advice on About the other")]
    assert gone_flag.id not in json.dumps(kept_drafts)
    reopened = reopen_packet_window(kept_drafts[window.draft_key])
    assert reopened is not None
    qtbot.addWidget(reopened)
    assert {key[0] for key in reopened.comment_boxes} == {kept_key}
    assert reopened.comment_boxes[(kept_key, "case", kept_key)].toPlainText() \
        == "comment on " + kept.client_id


def test_importing_comments_says_which_were_on_a_deleted_client(
        qtbot, clinic: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.supervision import meeting as meeting_ui

    gone = _case(clinic, "K-2026-001")
    kept = _case(clinic, "K-2026-002")
    flag_for_guidance(gone, "One")
    flag_for_guidance(kept, "Two")
    export_packet(clinic, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    save_comments(tmp_path / "c.kastcmt", packet,
                  [Comment(c["case_id"], "case", c["case_id"], "x") for c in packet["cases"]],
                  PACKET_PASS, kdf=KdfParams.for_tests())
    record_meeting(clinic, date(2026, 5, 20), ["Sup"],
                   [MeetingItem(gone.client_id, None, "q", "a")])
    erase_client(clinic, gone.client_id)
    monkeypatch.setattr(meeting_ui, "ask_file_and_passphrase",
                        lambda *_a: (tmp_path / "c.kastcmt", PACKET_PASS))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert meeting_ui.ask_and_import_comments(clinic, parent) == (1, 1)
    box = parent.findChild(QMessageBox, "infoBox")
    assert box is not None
    assert box.text() == ("Comments attached to their cases: 1. Left out because their "
                          "client was deleted since the packet was made: 1.")


# -- in the main window ---------------------------------------------------------------
def _register_menu(qtbot, window: MainWindow, code: str) -> Any:  # type: ignore[no-untyped-def]
    """Open the register's context menu on ``code``'s line; the menu shown."""
    from PySide6.QtWidgets import QMenu

    entry = window.vault.client_by_code(code)
    window.register.select(entry.id)
    rect = window.register.table.visualRect(window.register.table.currentIndex())
    window.register.table.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def test_the_register_menu_edits_and_deletes(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    menu = _register_menu(qtbot, window, "K-2026-004")
    names = [a.objectName() for a in menu.actions()]
    assert "editClientAction" in names and "deleteClientAction" in names
    screenshot(menu, "register_menu_client_actions")
    edit = next(a for a in menu.actions() if a.objectName() == "editClientAction")
    menu.close()

    def correct(dialog: EditClientDialog) -> None:
        dialog.form.code.setText("K-2026-044")
        dialog.accept()

    timer = when_modal(EditClientDialog, correct)
    edit.trigger()
    timer.stop()
    client_id = window.case.client_id
    row = window.register.model.row_of(client_id)
    assert window.register.model.index(row, 0).data() == "K-2026-044"
    assert window.workspace.code_label.text() == "K-2026-044"

    count = window.register.model.rowCount()
    menu = _register_menu(qtbot, window, "K-2026-044")
    delete = next(a for a in menu.actions() if a.objectName() == "deleteClientAction")
    menu.close()
    timer = when_modal(DeleteClientDialog, _confirm_with("K-2026-044"))
    delete.trigger()
    timer.stop()
    assert window.register.model.rowCount() == count - 1
    assert window.register.model.row_of(client_id) < 0
    assert window.case is None and window.workspace is None  # no other case opened unasked
    assert window.register.current_id() is None
    with pytest.raises(CaseNotFound):
        window.vault.client(client_id)
    # A lock and unlock after it go as usual.
    from tests.ui.conftest import unlock

    window.lock()
    unlock(qtbot, window)
    assert window.register.model.rowCount() == count - 1
