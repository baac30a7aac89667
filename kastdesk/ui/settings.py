"""Vault settings the therapist may change: auto-lock time, the name in the audit log, and
the passphrase (therapists are not IT people: ``kastdesk passwd`` in a terminal was the
only way)."""

from __future__ import annotations

import math
import time
import unicodedata
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import DiskFull, Vault, WeakPassphrase, WrongPassphrase
from kastdesk.ui.common import Task, WrappingLabel, error_text, plural, run_in_thread, run_op
from kastdesk.ui.screen import ScrollingBody, fit_dialog
from kastdesk.ui.start.passphrase import NewPassphrase
from kastdesk.ui.start.unlock import delay_after

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
        self.change_passphrase_button = QPushButton(self.tr("Change passphrase…"), self)
        self.change_passphrase_button.setObjectName("changePassphraseButton")
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        # Said here once the change is made: it is done at once, whatever OK or Cancel.
        self.passphrase_note = WrappingLabel("", self)
        self.passphrase_note.setObjectName("passphraseChanged")
        self.passphrase_note.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Lock after idle:"), self.autolock)
        form.addRow("", note)
        form.addRow(self.tr("&Your name (audit log):"), self.therapist)
        form.addRow("", self.change_passphrase_button)
        form.addRow("", self.passphrase_note)
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

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.vault, self)
        dialog.changed.connect(self._passphrase_changed)
        dialog.open()
        return dialog

    def _passphrase_changed(self, text: str) -> None:
        self.passphrase_note.setText(text)
        self.passphrase_note.show()


#: Wrong current passphrases per vault folder, and when the pause after the last one ends
#: (time.monotonic), for as long as the app runs: closing and reopening the dialog started
#: the count over at nothing, so the pause after repeated guesses cost nothing to skip.
_REFUSED: dict[str, tuple[int, float]] = {}


class ChangePassphraseDialog(QDialog):
    """The passphrase used now, the new one twice; the store's ``change_passphrase`` in a
    worker (two Argon2 derivations, a second or so). ``changed(sentence)`` on success.

    The new passphrase follows the rule every other place uses (``NewPassphrase``); only
    the passphrase slot is rewrapped, so the recovery key stays valid.
    """

    changed = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.vault = vault
        self.failures, paused_until = _REFUSED.get(self._key(), (0, 0.0))
        self._task: Task | None = None
        self._waiting = False
        intro = WrappingLabel(self.tr(
            "Type the passphrase you use now, then the new one twice. The recovery key "
            "stays as it is."
        ), self)
        self.old = QLineEdit(self)
        self.old.setObjectName("oldPassphrase")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setAccessibleName(self.tr("Current passphrase"))
        self.new = NewPassphrase(self)
        # In the new passphrase's own form, so the three fields line up.
        self.new.form.insertRow(0, self.tr("&Current passphrase:"), self.old)
        new_label = self.new.form.labelForField(self.new.first)
        if isinstance(new_label, QLabel):
            new_label.setText(self.tr("&New passphrase:"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = WrappingLabel("", self)
        self.message.setObjectName("changePassphraseMessage")
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change passphrase"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # The fields scroll where a large font meets a short screen; the buttons stay below.
        content = QWidget(self)
        fields = QVBoxLayout(content)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(intro)
        fields.addSpacing(6)
        fields.addWidget(self.new)
        fields.addWidget(self.busy)
        fields.addWidget(self.message)
        fields.addStretch(1)
        self.body = ScrollingBody(content, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)
        self.old.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()
        # 500 wide, as tall as the fields are at that width (the size hint, taken before the
        # labels knew their width, opened it 611 pixels tall at 14 pt), within the screen.
        fit_dialog(self, 500)
        left = math.ceil(paused_until - time.monotonic())
        if left > 0:  # reopened during the pause: the rest of it still applies
            self._pause(left)

    def _key(self) -> str:
        return str(self.vault.folder)

    @property
    def running(self) -> bool:
        return self._task is not None

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.old.text()) and self.new.valid and not self._task
                           and not self._waiting)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        vault, old, new = self.vault, self.old.text(), self.new.text
        if _same(old, new):
            self.message.setText(self.tr(
                "The new passphrase is the same as the one you use now; choose another."))
            return
        slot = dict(vault.meta["slots"]["passphrase"])
        was_full = vault.disk_full
        self._task = run_in_thread(
            self, lambda _p: vault.change_passphrase(old, new),
            lambda _result: self._done(self._audit_missed() if vault.disk_full and not was_full
                                       else ""),
            on_failed=lambda exc: self._failed(exc, slot), show_progress=False,
        )
        self.busy.show()
        self.message.setText(self.tr("Changing the passphrase…"))
        self.old.setEnabled(False)
        self.new.setEnabled(False)
        self.cancel.setEnabled(False)  # it cannot be stopped half-way; a second at most
        self._update()

    def _finish(self) -> None:
        self._task = None
        self.busy.hide()
        self.old.setEnabled(True)
        self.new.setEnabled(True)
        self.cancel.setEnabled(True)
        self._update()

    def _done(self, text: str = "") -> None:
        self._finish()
        _REFUSED.pop(self._key(), None)  # the right passphrase ends the count
        self.old.clear()
        self.new.clear()
        self.message.clear()
        self.changed.emit(text or self.tr(
            "The passphrase is changed: use the new one from now on. "
            "The recovery key still works."))
        self.accept()

    def _failed(self, exc: BaseException, slot_before: dict[str, Any]) -> None:
        if self.vault.meta["slots"]["passphrase"] != slot_before:
            # The new slot was written; only the audit line after it failed (a full disk).
            # Saying "not changed" here would leave the therapist typing the old one.
            if isinstance(exc, DiskFull):
                self._done(self._audit_missed())
            else:
                self._done(self.tr(
                    "The passphrase is changed: use the new one from now on. The change could "
                    "not be written to the audit log: {reason}").format(reason=error_text(exc)))
            return
        self._finish()
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            delay = delay_after(self.failures)
            _REFUSED[self._key()] = (self.failures, time.monotonic() + delay)
            self.old.selectAll()
            self.old.setFocus()
            self._pause(delay)
            return
        if isinstance(exc, DiskFull):
            self.message.setText(self.tr(
                "The disk is full, so the passphrase was not changed. Free some space and "
                "try again; the passphrase you use now still works."))
            return
        if isinstance(exc, WeakPassphrase):
            self.message.setText(exc.message)
            return
        self.message.setText(error_text(exc))

    def _audit_missed(self) -> str:
        """The passphrase is set, but its audit line found the disk full: the store lets the
        line go (``disk_full``) rather than make a set passphrase look unchanged."""
        return self.tr(
            "The passphrase is changed: use the new one from now on. The disk is full, so "
            "the change is missing from the audit log; free some space.")

    def _pause(self, seconds: int) -> None:
        """The unlock screen's pause after repeated wrong passphrases, here too: the vault
        is open, and a guess here must cost what it costs there."""
        if seconds <= 0:
            self.message.setText(self.tr(
                "The passphrase you use now is not correct. Check Caps Lock and try again; "
                "nothing was changed."))
            return
        self._waiting = True
        self.message.setText(plural(self.tr(
            "The passphrase you use now is not correct; nothing was changed. "
            "You can try again in %n second(s).", "", seconds), seconds))
        self._update()
        QTimer.singleShot(seconds * 1000, self, self._resume)

    def _resume(self) -> None:
        self._waiting = False
        self.message.setText(self.tr("Try again."))
        self._update()

    def reject(self) -> None:  # Qt override: Cancel, Escape, and a lock closing windows
        if self._task is not None:
            self._task.wait()  # a lock waits for it anyway (finish_running_work)
        super().reject()


def _same(old: str, new: str) -> bool:
    """Whether two passphrases would derive the same key (NFC, as the store reads them)."""
    return unicodedata.normalize("NFC", old) == unicodedata.normalize("NFC", new)
