"""Correct a client's register details: the new-client form again, filled in.

A mistyped code, a name given after an anonymous start (or withdrawn again), a first
contact entered on the wrong day, the wrong channel or referral: the same fields and
checks as when the client was added, written through the case file, which audits the
change ("Edit client profile", naming the fields changed, never their values).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kastdesk.clients import ClientDetails, edit_client
from kastdesk.clients.details import family_map_name
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.client_form import ClientDetailsForm
from kastdesk.ui.common import FieldValue, TypingDialog, error_text, field_key, log_unexpected


def save_open_typing(parent: QWidget | None, client_id: str) -> None:
    """Save what is typed in ``client_id``'s case open in ``parent``'s window, before an
    operation writes the case beside the workspace. A save that fails is left for the
    operation's own error, or the next save, to report."""
    from kastdesk.ui.workspace.workspace import CaseWorkspace

    window = parent.window() if parent is not None else None
    for workspace in window.findChildren(CaseWorkspace) if window is not None else []:
        if workspace.case.client_id == client_id and not workspace.case.closed:
            try:
                workspace.flush()
            except Exception as exc:
                log_unexpected(exc)


class EditClientDialog(TypingDialog):
    """Emits ``saved(client_id)`` after a change was written (not when nothing changed).

    ``privacy``: privacy mode is on, so a client's name is not put on the screen unless
    the therapist presses *Show name* (someone may be in the room).

    A correction typed when the vault locks is kept as a draft in the case file and the
    dialog opens again with it (kastdesk.ui.drafts), as the other dialogs do: the lock
    threw it away without a word. Escape, Cancel or closing the window asks before a
    correction is discarded (:class:`TypingDialog`).
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
        # Offered for a code that identifies the client (one kept from before is said
        # under the field as the dialog opens, and must be changed to save).
        self.form.example_code = vault.suggest_code(case.today())
        self.form.set_other_codes([entry.code for entry in vault.clients()
                                   if entry.id != case.client_id])
        self.form.set_details(self._opened, hide_name=privacy)
        # Made anonymous, a named client's name stayed on their own symbol in the family
        # map (and so in the case summary): asked here, ticked unless the therapist says
        # otherwise, and done as a family map edit, audited as one.
        self._map_has_name = bool(self._opened.name) and family_map_name(case) is not None
        self.clear_map_name = QCheckBox(self.tr("Also remove the name from the family map"),
                                        self)
        self.clear_map_name.setObjectName("clearMapName")
        self.clear_map_name.setToolTip(self.tr(
            "The client's own symbol in the family map still has the name, and the case "
            "summary prints it from there"))
        self.clear_map_name.setChecked(True)
        self.form.anonymous.toggled.connect(self._show_map_question)
        self._show_map_question()
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
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.clear_map_name)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.form.code.setFocus()
        self.remember_as_opened()

    def typed_state(self) -> dict[object, FieldValue]:
        """The fields, with the name as it would be saved: *Show name* (privacy mode) puts
        the hidden name into its field, which is no correction to ask about."""
        state = super().typed_state()
        form = self.form
        state[field_key(form.name)] = (
            "text", (form.hidden_name or "") if form.name_hidden else form.name.text())
        return state

    def _show_map_question(self) -> None:
        self.clear_map_name.setVisible(self._map_has_name and self.form.anonymous.isChecked())
        if self.isVisible():  # room for it (a translation may be longer)
            self.resize(max(self.width(), self.sizeHint().width()), self.height())

    @property
    def clears_map_name(self) -> bool:
        """Saving takes the name off the family map too (asked, and left ticked)."""
        return (self._map_has_name and self.form.anonymous.isChecked()
                and self.clear_map_name.isChecked())

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """The correction as typed, or None when nothing was changed. The name goes with
        it, shown or hidden: the draft is kept in the case file, encrypted as the name is,
        and comes back hidden in privacy mode."""
        form = self.form
        details = form.details()
        if details == self._opened and form.named.isChecked() == bool(self._opened.name):
            return None
        named = form.named.isChecked()
        shown_or_hidden = form.hidden_name if form.name_hidden else form.name.text()
        return {
            **form.details_draft(),
            "name": shown_or_hidden if named else None,  # Anonymous keeps none
            "clear_map_name": self.clear_map_name.isChecked(),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in the correction kept at a lock; a name in it stays hidden in privacy mode
        (*Show name* shows it, as it would the client's own)."""
        form = self.form
        form.restore_details_draft(data)
        name = data.get("name")
        if data.get("named"):
            form.named.setChecked(True)
            if isinstance(name, str) and name:
                if self._privacy:
                    form.hide_name(name)
                else:
                    form.name.setEnabled(True)
                    form.name.setText(name)
        self.clear_map_name.setChecked(data.get("clear_map_name", True) is not False)

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.message.setText(problem)
            return
        if self.form.refuses_code():  # said under the code field
            self.message.clear()
            return
        clear_map = self.clears_map_name
        if clear_map:
            # What the family map editor has not saved yet goes first: saved after this
            # edit, its copy of the map would bring the name back.
            save_open_typing(self.parentWidget(), self.case.client_id)
        try:
            self.changed = edit_client(self.vault, self.case, self.form.details(),
                                       clear_map_name=clear_map)
        except Exception as exc:  # shown beside the fields, one sentence
            log_unexpected(exc)
            self.message.setText(error_text(exc))
            return
        super().accept()
        if self.changed:
            self.saved.emit(self.case.client_id)
