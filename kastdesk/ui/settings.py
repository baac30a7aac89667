"""Vault settings the therapist may change: auto-lock time and the name in the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import Vault
from kastdesk.ui.common import run_op

AUTOLOCK_KEY = "autolock_minutes"
PRIVACY_KEY = "privacy_mode"
DEFAULT_AUTOLOCK_MINUTES = 5


def autolock_minutes(vault: Vault) -> int:
    """The stored idle time before locking; a damaged value falls back to the default."""
    try:
        value = int(vault.get_setting(AUTOLOCK_KEY) or DEFAULT_AUTOLOCK_MINUTES)
    except ValueError:
        value = DEFAULT_AUTOLOCK_MINUTES
    return max(1, min(value, 120))


def privacy_mode(vault: Vault) -> bool:
    """On unless the therapist turned it off: the safe default with a client in the room."""
    return vault.get_setting(PRIVACY_KEY, "1") != "0"


class SettingsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.vault = vault
        self.autolock = QSpinBox(self)
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(1, 120)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(autolock_minutes(vault))
        self.therapist = QLineEdit(vault.get_setting("therapist_name") or "", self)
        self.therapist.setObjectName("therapistName")
        note = QLabel(self.tr(
            "KastDesk locks itself when nobody has used it for this long. "
            "Everything typed is saved first."
        ), self)
        note.setWordWrap(True)
        note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("Lock after idle:"), self.autolock)
        form.addRow("", note)
        form.addRow(self.tr("Your name (audit log):"), self.therapist)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        def save() -> bool:
            if self.autolock.value() != autolock_minutes(self.vault):
                self.vault.set_setting(AUTOLOCK_KEY, str(self.autolock.value()))
            name = self.therapist.text().strip()
            if name != (self.vault.get_setting("therapist_name") or ""):
                self.vault.set_setting("therapist_name", name)
            return True

        if run_op(self, save):
            super().accept()
