"""Correct a client's register details: the new-client form again, filled in.

A mistyped code, a name given after an anonymous start (or withdrawn again), a first
contact entered on the wrong day, the wrong channel or referral: the same fields and
checks as when the client was added, written through the case file, which audits the
change ("Edit client profile", naming the fields changed, never their values).
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kastdesk.clients import ClientDetails, edit_client
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.client_form import ClientDetailsForm
from kastdesk.ui.common import error_text, log_unexpected


class EditClientDialog(QDialog):
    """Emits ``saved(client_id)`` after a change was written (not when nothing changed).

    ``privacy``: privacy mode is on, so a client's name is not put on the screen unless
    the therapist presses *Show name* (someone may be in the room).

    A correction typed when the vault locks is kept as a draft in the case file and the
    dialog opens again with it (kastdesk.ui.drafts), as the other dialogs do: the lock
    threw it away without a word.
    """

    saved = Signal(str)
    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)

    def __init__(self, vault: Vault, case: CaseFile, parent: QWidget | None = None, *,
                 privacy: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("editClientDialog")
        self.setWindowTitle(self.tr("Edit client details"))
        self.vault = vault
        self.case = case
        self.changed: tuple[str, ...] = ()

        self._privacy = privacy
        self._opened = ClientDetails.of(case.profile.get())
        self.form = ClientDetailsForm(case.today(), self)
        self.form.set_details(self._opened, hide_name=privacy)
        note = QLabel(self.tr("Each change is written to the case's audit log."), self)
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.message = QLabel(self)
        self.message.setObjectName("editClientMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.form.code.setFocus()

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """The correction as typed, or None when nothing was changed. The name goes with
        it, shown or hidden: the draft is kept in the case file, encrypted as the name is,
        and comes back hidden in privacy mode."""
        form = self.form
        details = form.details()
        if details == self._opened and form.named.isChecked() == bool(self._opened.name):
            return None
        typed = form.name.text() if form.named.isChecked() and not form.name_hidden else None
        return {
            "code": form.code.text(),
            "named": form.named.isChecked(),
            "name": form.hidden_name if form.name_hidden else typed,
            "first_contact": details.first_contact_date.isoformat(),
            "channel": details.contact_channel.value,
            "referral": details.referral_source.value,
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in the correction kept at a lock; a name in it stays hidden in privacy mode
        (*Show name* shows it, as it would the client's own)."""
        form = self.form
        if isinstance(data.get("code"), str):
            form.code.setText(data["code"])
        name = data.get("name")
        if data.get("named"):
            form.named.setChecked(True)
            if isinstance(name, str) and name:
                if self._privacy:
                    form.hide_name(name)
                else:
                    form.name.setEnabled(True)
                    form.name.setText(name)
        else:
            form.anonymous.setChecked(True)
        with contextlib.suppress(KeyError, TypeError, ValueError):  # a later version's
            form.set_first_contact(date.fromisoformat(str(data["first_contact"])))
        for box, key in ((form.channel, "channel"), (form.referral, "referral")):
            index = box.findData(data.get(key))
            if index >= 0:
                box.setCurrentIndex(index)

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.message.setText(problem)
            return
        try:
            self.changed = edit_client(self.vault, self.case, self.form.details())
        except Exception as exc:  # shown beside the fields, one sentence
            log_unexpected(exc)
            self.message.setText(error_text(exc))
            return
        super().accept()
        if self.changed:
            self.saved.emit(self.case.client_id)
