"""Register a client from first contact: code, anonymous or named, channel, date, referral."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.labels import channel_label, referral_label
from kastdesk.ui.common import error_text, log_unexpected


class NewClientDialog(QDialog):
    """Emits ``created(client_id)`` after the case file exists."""

    created = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newClientDialog")
        self.setWindowTitle(self.tr("New client"))
        self.vault = vault
        self.case: CaseFile | None = None
        today = today or date.today()

        self.code = QLineEdit(vault.suggest_code(today), self)
        self.code.setObjectName("clientCode")
        self.anonymous = QRadioButton(self.tr("Anonymous (code only)"), self)
        self.anonymous.setObjectName("anonymous")
        self.named = QRadioButton(self.tr("Named"), self)
        self.named.setObjectName("named")
        group = QButtonGroup(self)
        group.addButton(self.anonymous)
        group.addButton(self.named)
        self.anonymous.setChecked(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("clientName")
        self.name.setPlaceholderText(self.tr("Name, if the client gave one"))
        self.name.setEnabled(False)
        self.named.toggled.connect(self._named_toggled)
        who = QHBoxLayout()
        who.addWidget(self.anonymous)
        who.addWidget(self.named)
        who.addStretch(1)

        self.channel = QComboBox(self)
        self.channel.setObjectName("contactChannel")
        for channel in ContactChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.first_contact = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.first_contact.setObjectName("firstContactDate")
        self.first_contact.setCalendarPopup(True)
        self.first_contact.setDisplayFormat("yyyy-MM-dd")
        self.first_contact.setMaximumDate(QDate(today.year, today.month, today.day))
        self.referral = QComboBox(self)
        self.referral.setObjectName("referralSource")
        for source in ReferralSource:
            self.referral.addItem(referral_label(source), source.value)

        self.message = QLabel(self)
        self.message.setObjectName("newClientMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Client:"), who)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("First contact by:"), self.channel)
        form.addRow(self.tr("First contact on:"), self.first_contact)
        form.addRow(self.tr("Came through:"), self.referral)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add client"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.code.selectAll()

    def _named_toggled(self, on: bool) -> None:
        self.name.setEnabled(on)
        if on:
            self.name.setFocus()
        else:
            self.name.clear()  # an anonymous client must not keep a half-typed name

    def accept(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.message.setText(self.tr("A client needs a code."))
            return
        name = self.name.text().strip() if self.named.isChecked() else None
        if self.named.isChecked() and not name:
            self.message.setText(self.tr("Type the name, or choose Anonymous."))
            return
        qdate = self.first_contact.date()
        try:
            case = self.vault.add_client(
                code,
                name=name,
                first_contact_date=date(qdate.year(), qdate.month(), qdate.day()),
                contact_channel=ContactChannel(self.channel.currentData()),
                referral_source=ReferralSource(self.referral.currentData()),
            )
        except Exception as exc:  # shown beside the fields, one sentence
            log_unexpected(exc)
            self.message.setText(error_text(exc))
            return
        self.case = case
        super().accept()
        self.created.emit(case.client_id)
