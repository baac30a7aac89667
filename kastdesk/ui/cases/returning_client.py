"""A new case for a client who comes back after the case ended or closed (QA F6).

Re-opening the old case kept the first course's first contact, waiting time, intake,
start measurement and goals as the new one's. This dialog starts a new case instead, as
New client does (a code in the clinic's pattern, first contact today, channel, referral),
carrying over what is about the person: the name (if any), the gender, the risk flags
still active (said in the dialog) and, ticked, the family map
(:meth:`Vault.add_returning_client`). The two cases are linked both ways.
Privacy mode: the dialog names the cases by code; the client's name only with it off.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kastdesk.clients import ClientDetails, check_details
from kastdesk.clients.details import EARLIEST_FIRST_CONTACT
from kastdesk.domain.models import ContactChannel, ReferralSource, Status
from kastdesk.domain.status import AFTER_TREATMENT
from kastdesk.genogram.storage import has_genogram
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.client_form import (
    channel_box,
    first_contact_box,
    picked_day,
    referral_box,
)
from kastdesk.ui.common import (
    TypingDialog,
    WrappingLabel,
    error_text,
    inform,
    log_unexpected,
    plural,
    run_op,
)
from kastdesk.ui.screen import ScrollingBody, fit_dialog
from kastdesk.ui.workspace.common import risk_label


def action_text() -> str:
    return QCoreApplication.translate("ReturningClient", "New case for a returning client…")


class ReturningClientDialog(TypingDialog):
    """Emits ``created(client_id)`` once the new case exists and is linked.

    What is typed when the vault locks is kept in the earlier case's file (the one open,
    which the dialog belongs to) and the dialog opens again with it after the unlock
    (kastdesk.ui.drafts): the idle lock closed it and what was typed was gone.
    """

    created = Signal(str)
    draft_key = "returning"

    def __init__(self, vault: Vault, previous: CaseFile, parent: QWidget | None = None, *,
                 today: date | None = None, privacy: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("returningClientDialog")
        self.setWindowTitle(self.tr("New case for a returning client"))
        self.vault = vault
        self.previous = previous
        self.case: CaseFile | None = None
        self.today = today or vault.today()
        before = previous.profile.get()
        self.before = before
        self.earlier_code = before.code

        # The fields scroll, the buttons stay below them; each explanation is as tall as
        # its words (plain wrapped labels made the dialog's least height a guess: at 14 pt
        # on a laptop at 125 % the form's rows were squashed to half their height).
        content = QWidget(self)
        intro = WrappingLabel("", content)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(self.tr(
            "A new case for the client of {code}, with its own first contact, waiting "
            "time, intake, self-rating and goals. The sessions, notes and measurements of "
            "{code} stay in that case."
        ).format(code=before.code))
        intro.setObjectName("returningIntro")

        self.code = QLineEdit(self)
        self.code.setObjectName("clientCode")
        self.code.setText(vault.suggest_code(self.today))
        # Who the client is stays: the name is shown only with privacy mode off.
        if not before.name:
            name_text = QCoreApplication.translate("NewClientDialog", "Anonymous (code only)")
        elif privacy:
            name_text = QCoreApplication.translate("ClientDetailsForm",
                                                   "Hidden in privacy mode")
        else:
            name_text = before.name
        self.name = QLabel(name_text, self)
        self.name.setObjectName("carriedName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.channel = channel_box(self)
        # Not before the earlier case began (the store refuses it too), nor after today.
        lowest = max(before.first_contact_date or EARLIEST_FIRST_CONTACT, EARLIEST_FIRST_CONTACT)
        self.first_contact = first_contact_box(self.today, self, earliest=lowest)
        self.referral = referral_box(self)

        form = QFormLayout()
        # The earlier case and the name are shown, not typed: their labels are linked to
        # nothing, so they take no Alt+letter (a string label would be linked to the text).
        form.addRow(QLabel(self.tr("Earlier case:"), self), QLabel(before.code, self))
        form.addRow(QCoreApplication.translate("NewClientDialog", "&Code:"), self.code)
        form.addRow(QLabel(QCoreApplication.translate("NewClientDialog", "Name:"), self),
                    self.name)
        form.addRow(
            QCoreApplication.translate("NewClientDialog", "&First contact by:"), self.channel)
        form.addRow(
            QCoreApplication.translate("NewClientDialog", "First contact &on:"),
            self.first_contact)
        form.addRow(QCoreApplication.translate("NewClientDialog", "Came &through:"),
                    self.referral)

        carried = WrappingLabel(self.tr(
            "The name and gender come along from {code}; correct them later with Edit "
            "client details.").format(code=before.code), content)
        carried.setObjectName("muted")

        # The risk flags still active come along (Vault.add_returning_client), said before
        # the therapist confirms: the new case showed "No risk flags" while the earlier one
        # had an active suicidal-thoughts flag (QA 21-2 finding 1).
        flags = previous.flags.list(active_only=True)
        self.flags_note: WrappingLabel | None = None
        if flags:
            kinds = ", ".join(dict.fromkeys(risk_label(f.kind) for f in flags))
            self.flags_note = WrappingLabel("", content)
            self.flags_note.setTextFormat(Qt.TextFormat.PlainText)
            self.flags_note.setText(plural(self.tr(
                "%n active risk flag(s) of {code} will be raised on the new case too, "
                "noted as carried over: {kinds}.", "", len(flags)), len(flags))
                .format(code=before.code, kinds=kinds))
            self.flags_note.setObjectName("carriedFlags")
            self.flags_note.setProperty("role", "error")

        self.copy_map = QCheckBox(self.tr("Copy the family map into the new case"), self)
        self.copy_map.setObjectName("copyFamilyMap")
        if has_genogram(previous):
            self.copy_map.setChecked(True)
        else:
            self.copy_map.setEnabled(False)
            self.copy_map.setToolTip(
                self.tr("{code} has no family map.").format(code=before.code))

        # An ended case waits for its follow-up interview: offered to close it now.
        self.close_previous = QCheckBox(
            self.tr("Close {code}: its follow-up interview is no longer planned")
            .format(code=before.code), self)
        self.close_previous.setObjectName("closePrevious")
        self.close_previous.setToolTip(self.tr(
            "Untick to keep {code} as it is, its follow-up interview on the Due list")
            .format(code=before.code))
        self.close_previous.setChecked(True)
        self.close_previous.setVisible(before.status is not Status.CLOSED)

        self.message = WrappingLabel("", self)  # by the buttons, in sight
        self.message.setObjectName("newClientMessage")
        self.message.setProperty("role", "error")
        self.message.hide()  # empty, it kept a line's height
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create new case"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)

        fields = QVBoxLayout(content)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(intro)
        fields.addLayout(form)
        fields.addWidget(carried)
        if self.flags_note is not None:
            fields.addWidget(self.flags_note)
        fields.addWidget(self.copy_map)
        fields.addWidget(self.close_previous)
        fields.addStretch(1)
        self.body = ScrollingBody(content, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.code.selectAll()
        fit_dialog(self, 560)
        self.remember_as_opened()  # the suggested code is no typing

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """The fields as typed, or None when nothing was (the suggested code alone)."""
        if not self.has_typed():
            return None
        return {
            "code": self.code.text(),
            "first_contact": picked_day(self.first_contact).isoformat(),
            "channel": self.channel.currentData(),
            "referral": self.referral.currentData(),
            "copy_map": self.copy_map.isChecked(),
            "close_previous": self.close_previous.isChecked(),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in what a lock kept (``draft``)."""
        if isinstance(data.get("code"), str):
            self.code.setText(data["code"])
        with contextlib.suppress(KeyError, TypeError, ValueError):  # a later version's
            day = date.fromisoformat(str(data["first_contact"]))
            self.first_contact.setDate(day)
        for box, key in ((self.channel, "channel"), (self.referral, "referral")):
            index = box.findData(data.get(key))
            if index >= 0:
                box.setCurrentIndex(index)
        if self.copy_map.isEnabled():
            self.copy_map.setChecked(data.get("copy_map", True) is not False)
        self.close_previous.setChecked(data.get("close_previous", True) is not False)

    def details(self) -> ClientDetails:
        return ClientDetails(
            code=self.code.text().strip(),
            name=self.before.name,
            first_contact_date=picked_day(self.first_contact),
            contact_channel=ContactChannel(self.channel.currentData()),
            referral_source=ReferralSource(self.referral.currentData()),
        )

    def accept(self) -> None:
        if not self.code.text().strip():
            self.message.setText(
                QCoreApplication.translate("NewClientDialog", "A client needs a code."))
            self.message.show()
            return
        close = self.close_previous.isVisibleTo(self) and self.close_previous.isChecked()
        try:
            details = check_details(self.vault, self.details(), today=self.today)
            case = self.vault.add_returning_client(
                self.previous.client_id,
                details.code,
                first_contact_date=details.first_contact_date,
                contact_channel=details.contact_channel,
                referral_source=details.referral_source,
                copy_family_map=self.copy_map.isEnabled() and self.copy_map.isChecked(),
                close_previous=close,
                close_note=self.tr("Client came back: new case {code}").format(
                    code=details.code),
            )
        except Exception as exc:  # shown beside the fields, one sentence
            log_unexpected(exc)
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.case = case
        super().accept()
        self.created.emit(case.client_id)


def start_returning_case(parent: QWidget, vault: Vault, case: CaseFile, *,
                         privacy: bool = True,
                         created: Callable[[str], None] | None = None,
                         draft: dict[str, Any] | None = None) -> str | None:
    """Ask for the new case of ``case``'s client and create it; its id, or None.

    ``created(client_id)`` runs after it exists; without it, the window's register shows
    the new case's line and opens it (as after New client). ``draft``: what was typed when
    a lock closed the dialog (it opens with it)."""
    later = run_op(parent, lambda: case.links.later())
    if later is not None and vault.is_listed(later.client_id):  # one deleted is no bar
        inform(parent, QCoreApplication.translate("ReturningClient",
                                                  "New case for a returning client"),
               QCoreApplication.translate(
                   "ReturningClient",
                   "{code} already has a later case, {later}: start the new case from "
                   "that one.").format(code=case.profile.get().code,
                                       later=vault.linked_code(later)))
        return None
    if case.profile.get().status not in AFTER_TREATMENT:
        return None
    dialog = ReturningClientDialog(vault, case, parent, privacy=privacy)
    if draft:
        dialog.restore_draft(draft)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.case is None:
            return None
        client_id = dialog.case.client_id
    finally:
        dialog.deleteLater()
    if created is not None:
        created(client_id)
    else:
        show_new_case(parent, vault, client_id)
    return client_id


def show_new_case(parent: QWidget | None, vault: Vault, client_id: str) -> None:
    """Put the new case's line in the window's register and open it there."""
    from kastdesk.ui.cases.register import RegisterPanel

    window = parent.window() if parent is not None else None
    register = window.findChild(RegisterPanel) if window is not None else None
    if register is None:
        return
    try:
        entry = vault.client(client_id)
    except Exception as exc:  # the register catches up on the next unlock
        log_unexpected(exc)
        return
    vault.close_case(client_id)  # the workspace opens it again and keeps it
    register.model.update_entry(entry)
    register.select(client_id)
