"""Register a client from first contact: code, anonymous or named, channel, date, referral."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kastdesk.clients import check_details
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.client_form import ClientDetailsForm
from kastdesk.ui.common import TypingDialog, error_text, log_unexpected


class NewClientDialog(TypingDialog):
    """Emits ``created(client_id)`` after the case file exists.

    Escape, Cancel or closing the window asks before what was typed is discarded
    (:class:`TypingDialog`). What is typed when the vault locks is kept and the dialog
    opens again with it after the unlock (kastdesk.ui.drafts): the idle lock closed it and
    the code and name typed were gone. The client has no case file yet, so the draft is
    kept in the vault's own index, encrypted with the vault key like the register.
    """

    created = Signal(str)
    draft_key = "new_client"
    draft_scope = "vault"
    draft_kept = False

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newClientDialog")
        self.setWindowTitle(self.tr("New client"))
        self.vault = vault
        self.case: CaseFile | None = None
        today = today or date.today()

        self.form = ClientDetailsForm(today, self)
        self.form.set_other_codes([entry.code for entry in vault.clients()])
        self.form.code.setText(vault.suggest_code(today))
        self.form.example_code = self.form.code.text()  # offered for a code that identifies
        # The fields by their old names: tests and callers reach them on the dialog.
        self.code, self.anonymous, self.named = self.form.code, self.form.anonymous, \
            self.form.named
        self.name, self.channel = self.form.name, self.form.channel
        self.first_contact, self.referral = self.form.first_contact, self.form.referral

        self.message = QLabel(self)
        self.message.setObjectName("newClientMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add client"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.code.selectAll()
        self.remember_as_opened()  # the suggested code is no typing

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """The fields as typed, or None when nothing was (the suggested code alone)."""
        if not self.has_typed():
            return None
        form = self.form
        named = form.named.isChecked()
        # Anonymous keeps no name.
        return {**form.details_draft(), "name": form.name.text() if named else None}

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in what a lock kept (``draft``)."""
        form = self.form
        form.restore_details_draft(data)
        if data.get("named"):
            form.named.setChecked(True)
            if isinstance(data.get("name"), str):
                form.name.setText(data["name"])

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.message.setText(problem)
            return
        if self.form.refuses_code():  # said under the code field
            self.message.clear()
            return
        try:
            # The register's rules for a code and a first contact, as when they are
            # corrected later (a code differing only in "Å"/"å" is taken, too).
            details = check_details(self.vault, self.form.details())
            case = self.vault.add_client(
                details.code,
                name=details.name,
                first_contact_date=details.first_contact_date,
                contact_channel=details.contact_channel,
                referral_source=details.referral_source,
            )
        except Exception as exc:  # shown beside the fields, one sentence
            log_unexpected(exc)
            self.message.setText(error_text(exc))
            return
        self.case = case
        super().accept()
        self.created.emit(case.client_id)
