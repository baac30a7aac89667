"""The fields of a client's register card: code, anonymous or named, first contact, referral.

One form for the new-client dialog and for correcting the details later, so both ask
the same and check the same. Its texts keep the new-client dialog's context
("NewClientDialog"): they were translated there first, and the catalogues keep them.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from kastdesk.clients import ClientDetails
from kastdesk.clients.details import EARLIEST_FIRST_CONTACT
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.ui.cases.labels import channel_label, referral_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# The fields of a first contact, built alike wherever one is recorded: a new client, a
# correction, a returning client's new case.
def channel_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("contactChannel")
    for channel in ContactChannel:
        box.addItem(channel_label(channel), channel.value)
    return box


def referral_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("referralSource")
    for source in ReferralSource:
        box.addItem(referral_label(source), source.value)
    return box


def first_contact_box(today: date, parent: QWidget,
                      earliest: date = EARLIEST_FIRST_CONTACT) -> QDateEdit:
    """A date from ``earliest`` (by default the day the first KAST clinic opened,
    kastdesk.clients.details) to today, showing today."""
    edit = QDateEdit(_qdate(today), parent)
    edit.setObjectName("firstContactDate")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(_qdate(min(earliest, today)))
    edit.setMaximumDate(_qdate(today))
    return edit


def picked_day(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class ClientDetailsForm(QWidget):
    """The six fields; ``problem()`` says what is missing before the store is asked."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hidden_name: str | None = None  # a name kept off the screen (privacy mode)
        self._set_aside = ""  # a name typed or shown, put aside while Anonymous is chosen

        self.code = QLineEdit(self)
        self.code.setObjectName("clientCode")
        self.anonymous = QRadioButton(
            QCoreApplication.translate("NewClientDialog", "Anonymous (code only)"), self)
        self.anonymous.setObjectName("anonymous")
        self.named = QRadioButton(QCoreApplication.translate("NewClientDialog", "Named"), self)
        self.named.setObjectName("named")
        group = QButtonGroup(self)
        group.addButton(self.anonymous)
        group.addButton(self.named)
        self.anonymous.setChecked(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("clientName")
        self.name.setPlaceholderText(
            QCoreApplication.translate("NewClientDialog", "Name, if the client gave one"))
        self.name.setEnabled(False)
        # Privacy mode: the name stays off the screen until the therapist asks for it.
        self.show_name = QPushButton(self.tr("Show name"), self)
        self.show_name.setObjectName("showName")
        self.show_name.setToolTip(self.tr("Privacy mode is on: the name is shown only "
                                          "when you ask, to correct it"))
        self.show_name.hide()
        self.show_name.clicked.connect(self.reveal_name)
        self.named.toggled.connect(self._named_toggled)
        who = QHBoxLayout()
        who.addWidget(self.anonymous)
        who.addWidget(self.named)
        who.addStretch(1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.show_name)

        self.channel = channel_box(self)
        self.first_contact = first_contact_box(today, self)
        self.referral = referral_box(self)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("NewClientDialog", "Code:"), self.code)
        # A row made of a layout gets a label linked to nothing: screen readers read
        # "Client:" and "Name:" beside no field. Linked to the choice and the name field.
        who_label = QLabel(QCoreApplication.translate("NewClientDialog", "Client:"), self)
        who_label.setBuddy(self.anonymous)
        name_label = QLabel(QCoreApplication.translate("NewClientDialog", "Name:"), self)
        name_label.setBuddy(self.name)
        form.addRow(who_label, who)
        form.addRow(name_label, name_row)
        form.addRow(
            QCoreApplication.translate("NewClientDialog", "First contact by:"), self.channel)
        form.addRow(
            QCoreApplication.translate("NewClientDialog", "First contact on:"), self.first_contact)
        form.addRow(QCoreApplication.translate("NewClientDialog", "Came through:"), self.referral)

    # -- filling and reading -----------------------------------------------------------
    def set_details(self, details: ClientDetails, *, hide_name: bool = False) -> None:
        """Show ``details``; with ``hide_name`` a client's name is kept off the screen
        (privacy mode) until *Show name* is pressed, and kept as it is unless it is."""
        self.code.setText(details.code)
        if details.name:
            self.named.setChecked(True)
            if hide_name:
                self.hide_name(details.name)
            else:
                self.name.setText(details.name)
        else:
            self.anonymous.setChecked(True)
        self.channel.setCurrentIndex(self.channel.findData(details.contact_channel.value))
        self.referral.setCurrentIndex(self.referral.findData(details.referral_source.value))
        self.set_first_contact(details.first_contact_date)

    def details_draft(self) -> dict[str, Any]:
        """The fields a lock keeps for the new client's and the correction's dialogs alike
        (the name apart: each dialog says how it keeps it)."""
        details = self.details()
        return {
            "code": self.code.text(),
            "named": self.named.isChecked(),
            "first_contact": details.first_contact_date.isoformat(),
            "channel": details.contact_channel.value,
            "referral": details.referral_source.value,
        }

    def restore_details_draft(self, data: dict[str, Any]) -> None:
        """Fill in what :meth:`details_draft` kept, but the name; a value a later version
        wrote that this one does not know is left as it is."""
        if isinstance(data.get("code"), str):
            self.code.setText(data["code"])
        if not data.get("named"):
            self.anonymous.setChecked(True)
        with contextlib.suppress(KeyError, TypeError, ValueError):
            self.set_first_contact(date.fromisoformat(str(data["first_contact"])))
        for box, key in ((self.channel, "channel"), (self.referral, "referral")):
            index = box.findData(data.get(key))
            if index >= 0:
                box.setCurrentIndex(index)

    def set_first_contact(self, day: date) -> None:
        if day < EARLIEST_FIRST_CONTACT:
            # A date typed before the bound existed is shown as it is, not silently moved
            # (the check then says what is wrong with it, and it can be put right here).
            self.first_contact.setMinimumDate(_qdate(day))
        self.first_contact.setDate(_qdate(day))

    def hide_name(self, name: str) -> None:
        """Keep ``name`` as the client's, off the screen until *Show name* (privacy mode)."""
        self._hidden_name = name
        self._set_aside = ""
        self.name.clear()
        self.name.setEnabled(False)
        self.name.setPlaceholderText(self.tr("Hidden in privacy mode"))
        self.show_name.setVisible(self.named.isChecked())

    def reveal_name(self) -> None:
        """Put the hidden name in the field, to be corrected."""
        if self._hidden_name is None:
            return
        name, self._hidden_name = self._hidden_name, None
        self._set_aside = ""
        self.show_name.hide()
        self.name.setPlaceholderText(
            QCoreApplication.translate("NewClientDialog", "Name, if the client gave one"))
        self.name.setEnabled(self.named.isChecked())
        self.name.setText(name)
        self.name.setFocus()

    @property
    def name_hidden(self) -> bool:
        return self._hidden_name is not None

    @property
    def hidden_name(self) -> str | None:
        """The name kept off the screen (privacy mode), to be saved as it is."""
        return self._hidden_name

    def _named_toggled(self, on: bool) -> None:
        """Anonymous puts the name aside (it is not saved: :meth:`details`), Named brings
        it back: a click on Anonymous and back must not cost the name, which privacy mode
        kept off the screen and Save then asked to be typed again."""
        if not on:
            if self._hidden_name is None:
                self._set_aside = self.name.text()
            self.name.clear()  # an anonymous client shows no name, half-typed or not
            self.name.setEnabled(False)
            self.show_name.hide()
            self.name.setPlaceholderText(
                QCoreApplication.translate("NewClientDialog", "Name, if the client gave one"))
            return
        if self._hidden_name is not None:  # still off the screen until Show name
            self.name.setPlaceholderText(self.tr("Hidden in privacy mode"))
            self.show_name.show()
            self.name.setEnabled(False)
            return
        if self._set_aside and not self.name.text():
            self.name.setText(self._set_aside)
        self._set_aside = ""
        self.name.setEnabled(True)
        self.name.setFocus()

    def problem(self) -> str | None:
        """What is missing, in one sentence (None: the store may be asked)."""
        if not self.code.text().strip():
            return QCoreApplication.translate("NewClientDialog", "A client needs a code.")
        if self.named.isChecked() and not self.name_hidden and not self.name.text().strip():
            return QCoreApplication.translate("NewClientDialog",
                                              "Type the name, or choose Anonymous.")
        return None

    def details(self) -> ClientDetails:
        if not self.named.isChecked():
            name = None
        elif self._hidden_name is not None:
            name = self._hidden_name
        else:
            name = self.name.text().strip() or None
        return ClientDetails(
            code=self.code.text().strip(),
            name=name,
            first_contact_date=picked_day(self.first_contact),
            contact_channel=ContactChannel(self.channel.currentData()),
            referral_source=ReferralSource(self.referral.currentData()),
        )
