"""Correct a client's register details: the new-client form again, filled in.

A mistyped code, a name given after an anonymous start (or withdrawn again), a first
contact entered on the wrong day, the wrong channel or referral: the same fields and
checks as when the client was added, written through the case file, which audits the
change ("Edit client profile", naming the fields changed, never their values).
"""

from __future__ import annotations

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
    """

    saved = Signal(str)

    def __init__(self, vault: Vault, case: CaseFile, parent: QWidget | None = None, *,
                 privacy: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("editClientDialog")
        self.setWindowTitle(self.tr("Edit client details"))
        self.vault = vault
        self.case = case
        self.changed: tuple[str, ...] = ()

        self.form = ClientDetailsForm(case.today(), self)
        self.form.set_details(ClientDetails.of(case.profile.get()), hide_name=privacy)
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
