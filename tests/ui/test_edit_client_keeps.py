"""The edit dialog keeps what the therapist gave it: the hidden name through a click on
Anonymous and back, and a correction being typed through a lock (kastdesk.ui.drafts)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kastdesk.store import Vault
from kastdesk.ui import drafts
from kastdesk.ui.cases.edit_client import EditClientDialog
from tests.ui.conftest import screenshot, unlock, when_modal

NAME = "Gustav Raderasson"


@pytest.fixture
def clinic(vault: Vault) -> Vault:
    vault.today = lambda: date(2026, 6, 1)
    vault.add_client("K-2026-001", name=NAME, first_contact_date=date(2026, 5, 1))
    return vault


def _dialog(qtbot, vault: Vault, privacy: bool) -> EditClientDialog:  # type: ignore[no-untyped-def]
    case = vault.open_case(vault.client_by_code("K-2026-001").id)
    dialog = EditClientDialog(vault, case, privacy=privacy)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_anonymous_then_named_keeps_the_hidden_name(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, clinic, privacy=True)
    form = dialog.form
    form.anonymous.setChecked(True)
    assert not form.show_name.isVisible() and form.name.text() == ""
    form.named.setChecked(True)
    assert form.name_hidden and form.show_name.isVisible() and form.name.text() == ""
    screenshot(dialog, "edit_client_anonymous_and_back_privacy")
    form.code.setText("K-2026-009")
    dialog.accept()
    assert not dialog.isVisible(), dialog.message.text()
    entry = clinic.client_by_code("K-2026-009")
    assert entry.name == NAME


def test_anonymous_then_named_gives_back_the_name_shown(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, clinic, privacy=False)
    form = dialog.form
    form.name.setText(NAME + " Jr")
    form.anonymous.setChecked(True)
    assert form.name.text() == "" and not form.name.isEnabled()
    assert form.details().name is None
    form.named.setChecked(True)
    assert form.name.text() == NAME + " Jr" and form.name.isEnabled()


def test_an_untouched_edit_dialog_keeps_no_draft(qtbot, clinic: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, clinic, privacy=True)
    assert dialog.draft() is None
    dialog.form.reveal_name()
    assert dialog.draft() is None  # shown, not changed


def _named_client(window) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    entry = next(e for e in window.vault.clients() if e.name)
    return entry.id, entry.code, entry.name


def test_a_correction_typed_when_the_vault_locks_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    client_id, code, name = _named_client(window)
    assert window.register.select(client_id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
    assert window.privacy

    def type_then_lock(dialog: EditClientDialog) -> None:
        dialog.form.code.setText(code + "-X")
        dialog.form.reveal_name()
        dialog.form.name.setText(name + " Corrected")
        window.idle.last_input -= window.idle.minutes * 60 + 1
        window.idle.check()  # the idle lock, with the dialog open

    typing = when_modal(EditClientDialog, type_then_lock)
    window.workspace.details_button.click()
    typing.stop()
    assert window.locked

    seen: dict[str, Any] = {}

    def look_then_save(dialog: EditClientDialog) -> None:
        form = dialog.form
        seen.update(code=form.code.text(), field=form.name.text(), hidden=form.name_hidden)
        screenshot(dialog, "edit_client_back_after_lock")
        form.reveal_name()
        seen["revealed"] = form.name.text()
        dialog.accept()

    reopening = when_modal(EditClientDialog, look_then_save)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    # Back filled in, the name kept off the screen in privacy mode until asked for.
    assert seen == {"code": code + "-X", "field": "", "hidden": True,
                    "revealed": name + " Corrected"}
    entry = window.vault.client(client_id)
    assert (entry.code, entry.name) == (code + "-X", name + " Corrected")
    assert drafts.pending_drafts(window.case) == []
