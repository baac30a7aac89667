"""The fields of a client's register card: code, anonymous or named, first contact, referral.

One form for the new-client dialog and for correcting the details later, so both ask
the same and check the same. Its texts keep the new-client dialog's context
("NewClientDialog"): they were translated there first, and the catalogues keep them.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
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
from kastdesk.clients.codes import CodeSeries, code_leak, code_leak_message
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
    """The six fields; ``problem()`` says what is missing before the store is asked.

    A code that identifies the client (an id number, a phone number, an e-mail address,
    the name typed, or its initials and a birth date) is said under the field as it is
    typed, and :meth:`refuses_code` keeps it from being saved: the code is what privacy
    mode shows (kastdesk.clients.codes). ``example_code`` is the code the sentence offers
    instead; the dialogs set the register's next free one, and the other clients' codes
    (:meth:`set_other_codes`), whose series prefix is no initials ("KST-000123").
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hidden_name: str | None = None  # a name kept off the screen (privacy mode)
        self._set_aside = ""  # a name typed or shown, put aside while Anonymous is chosen

        self._today = today  # a birth date in the code is counted back from it
        self._others = CodeSeries((), today)  # the register's other codes (set_other_codes)
        self.code = QLineEdit(self)
        self.code.setObjectName("clientCode")
        self.example_code = f"K-{today.year}-001"
        self.code_hint = QLabel(self)
        self.code_hint.setObjectName("clientCodeHint")
        self.code_hint.setProperty("role", "error")
        self.code_hint.setWordWrap(True)
        self.code_hint.setTextFormat(Qt.TextFormat.PlainText)
        self._fitted_height = 0  # the window's height the hint last set, 0: none
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
        form.addRow(QCoreApplication.translate("NewClientDialog", "&Code:"), self.code)
        form.addRow("", self.code_hint)  # under the field it is about
        self._form = form
        form.setRowVisible(self.code_hint, False)
        # A row made of a layout gets a label linked to nothing: screen readers read
        # "Client:" and "Name:" beside no field. Linked to the choice and the name field.
        who_label = QLabel(QCoreApplication.translate("NewClientDialog", "C&lient:"), self)
        who_label.setBuddy(self.anonymous)
        # Alt+L comes to the choice made, as Tab does: a label clicks the radio button it
        # is linked to, and a choice of Named must not become Anonymous on the way there.
        self.named.toggled.connect(
            lambda on: who_label.setBuddy(self.named if on else self.anonymous))
        name_label = QLabel(QCoreApplication.translate("NewClientDialog", "&Name:"), self)
        name_label.setBuddy(self.name)
        form.addRow(who_label, who)
        form.addRow(name_label, name_row)
        form.addRow(
            QCoreApplication.translate("NewClientDialog", "&First contact by:"), self.channel)
        form.addRow(
            QCoreApplication.translate("NewClientDialog", "First contact &on:"), self.first_contact)
        form.addRow(QCoreApplication.translate("NewClientDialog", "Came &through:"), self.referral)
        # Said as soon as the code (or the name it is compared with) reads so, not only
        # at Save: the therapist is choosing the code now.
        self.code.textChanged.connect(self._show_code_hint)
        self.name.textChanged.connect(self._show_code_hint)
        self.named.toggled.connect(self._show_code_hint)
        # A date in the code near the first contact is the case's, not a birth date.
        self.first_contact.dateChanged.connect(self._show_code_hint)

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
        self._show_code_hint()  # the code is compared with the hidden name too

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

    def _known_name(self) -> str | None:
        """The client's name as this form knows it: typed, hidden (privacy mode) or put
        aside by Anonymous (typed, it identifies the client all the same)."""
        if self._hidden_name is not None:
            return self._hidden_name
        return self.name.text() if self.named.isChecked() else self._set_aside or None

    def set_other_codes(self, codes: list[str]) -> None:
        """The register's codes but this client's: letters the clinic numbers them with
        ("KST-000001") are no initials beside a birth date in the code typed ("KST-000123"
        was refused as 23 January 2000). Read once, not at every key typed."""
        self._others = CodeSeries(codes, self._today)
        self._show_code_hint()

    def code_problem(self) -> str | None:
        """The sentence saying the code identifies the client, or None."""
        leak = code_leak(self.code.text(), self._known_name(),
                         first_contact=picked_day(self.first_contact), today=self._today,
                         others=self._others)
        return code_leak_message(leak, self.example_code) if leak is not None else None

    def _show_code_hint(self) -> None:
        problem = self.code_problem()
        if problem == (self.code_hint.text() or None):
            return
        self.code_hint.setText(problem or "")
        self._form.setRowVisible(self.code_hint, problem is not None)
        self._fit_window()

    def _fit_window(self) -> None:
        """Make the open dialog as tall as it now needs: the hint shown after it opened
        was cut to two lines of three (the window kept its height), and gone again it
        left the gap. A height the therapist chose since is not taken back."""
        window = self.window()
        layout = window.layout()
        if window is self or not window.isVisible() or layout is None:
            return
        # The form's own size is cached by the dialog's layout until told.
        self._form.activate()
        self.updateGeometry()
        layout.invalidate()
        layout.activate()
        width = window.width()
        need = window.heightForWidth(width) if window.hasHeightForWidth() else -1
        need = max(need if need > 0 else window.sizeHint().height(),
                   window.minimumSizeHint().height())
        height = window.height()
        if need > height or (need < height and height == self._fitted_height):
            window.resize(width, need)
            self._fitted_height = need

    def refuses_code(self) -> bool:
        """Whether the code must be changed before saving; if so the sentence is under the
        field and the code selected, to be typed over."""
        self._show_code_hint()
        if self.code_problem() is None:
            return False
        self.code.setFocus()
        self.code.selectAll()
        return True

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
