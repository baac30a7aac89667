"""First run: make a vault (passphrase twice) and show the recovery key once.

The recovery-key page locks like the app: after the app's idle time the key leaves the
screen (and the clipboard, should it be there) and the new vault is closed; the passphrase
opens it again (and, if the key was not yet confirmed as written down, shows the key
again). A print dialog left open prints nothing once the key is hidden.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QClipboard, QFont, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kastdesk.store import KdfParams, Vault, WrongPassphrase
from kastdesk.ui.common import (
    Task,
    WrappingLabel,
    error_text,
    log_unexpected,
    plural,
    run_in_thread,
)
from kastdesk.ui.main_window import IdleWatcher
from kastdesk.ui.settings import DEFAULT_AUTOLOCK_MINUTES, autolock_minutes
from kastdesk.ui.start.passphrase import NewPassphrase
from kastdesk.ui.start.unlock import Countdown, delay_after


def _key_groups(key: str) -> list[str]:
    return [g for g in re.split(r"[\s-]+", key.upper()) if g]


def forget_key_on_clipboard(key: str) -> None:
    """Clear the clipboard (and the X11 selection) if it holds ``key`` or a group of it.

    The key cannot be selected on the page, but it may have come there from elsewhere
    (typed back from the paper, copied from a PDF printed from the page): when the key
    leaves the screen it leaves the clipboard too. Anything else there is left alone."""
    groups = _key_groups(key)
    clipboard = QApplication.clipboard()
    if not groups or clipboard is None:
        return
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        held = re.sub(r"[\s-]+", "", clipboard.text(mode).upper())
        if held and any(group in held for group in groups):
            clipboard.clear(mode)


class PassphrasePage(QWizardPage):
    """Choose the passphrase; "Create vault" runs Argon2 calibration in a worker."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Create your vault"))
        self.setSubTitle(self.tr(
            "Everything you write in KastDesk is kept encrypted in this vault. "
            "Choose the passphrase that opens it."
        ))
        self.therapist = QLineEdit(self)
        self.therapist.setObjectName("therapistName")
        self.therapist.setPlaceholderText(self.tr("Optional; shown on the notes you sign"))
        self.new = NewPassphrase(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("createMessage")
        self.message.setWordWrap(True)
        # In the passphrase's own form, so the fields line up (two forms stood 60 pixels
        # apart); what the name is for said as a therapist sees it ("for the audit log" meant
        # nothing to one: it stands under each signed note and in the case's history).
        self.new.form.insertRow(
            0, self.tr("Your name:"), self.therapist)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        self.new.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create vault"))

    def isComplete(self) -> bool:  # Qt override
        return self.new.valid and not self._wizard.creating

    def validatePage(self) -> bool:  # Qt override
        if self._wizard.vault is not None:
            return True
        self._wizard.start_create(self.new.text, self.therapist.text().strip())
        return False  # the wizard moves on by itself once the vault exists

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.new.setEnabled(not busy)
        self.therapist.setEnabled(not busy)
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        self.message.setProperty("role", "")
        self.message.setText(
            self.tr("Creating the vault and tuning its encryption to this computer…")
            if busy else ""
        )
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.message.setProperty("role", "error")
        self.message.style().polish(self.message)
        self.message.setText(text)


class RecoveryKeyPage(QWizardPage):
    """The recovery key, shown this once; the therapist must confirm writing it down.

    After the app's idle time the key is hidden and the vault locked (``show_locked``):
    the passphrase shows it again, or, once confirmed, opens the vault.
    """

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._print_dialog: QDialog | None = None  # the print dialog while it is open
        self._countdown = Countdown(self)
        self._countdown.ticked.connect(lambda _seconds: self._show_countdown())
        self._countdown.over.connect(self._pause_over)
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr(
            "If you forget the passphrase, this key is the only way into the vault. "
            "It is shown only now."
        ))
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKeyText")
        # Not selectable: the key belongs on paper (written or printed), never in a file or
        # an e-mail, and a copy would sit on the clipboard, where any program reads it and
        # the idle hide cannot reach it. Nothing here needs it copied.
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.key.setFont(mono)
        self.advice = QLabel(self.tr(
            "Write it on paper or print it, and keep it locked away from the laptop. "
            "Do not save it in a file or an e-mail."
        ), self)
        self.advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        self.confirm = QCheckBox(self.tr("I have written down the recovery key"), self)
        self.confirm.setObjectName("confirmWrittenDown")
        self.confirm.toggled.connect(self.completeChanged)
        self.confirm.toggled.connect(self._say_why_locked)

        # Shown instead of the key once it was hidden: why, and the passphrase to go on.
        self.locked_box = QWidget(self)
        self.locked_box.setObjectName("recoveryKeyLocked")
        self.hidden_note = WrappingLabel("", self.locked_box)
        self.hidden_note.setObjectName("recoveryKeyHidden")
        self.passphrase = QLineEdit(self.locked_box)
        self.passphrase.setObjectName("recoveryPagePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.locked_box)
        self.unlock_button.setObjectName("recoveryPageUnlock")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.busy = QProgressBar(self.locked_box)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.message = WrappingLabel("", self.locked_box)
        self.message.setObjectName("recoveryPageMessage")
        self.message.setProperty("role", "error")
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        boxed = QVBoxLayout(self.locked_box)
        boxed.setContentsMargins(0, 0, 0, 0)
        boxed.addWidget(self.hidden_note)
        boxed.addLayout(row)
        boxed.addWidget(self.busy)
        boxed.addWidget(self.message)
        self.locked_box.hide()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addSpacing(8)
        layout.addWidget(self.key)
        layout.addWidget(self.locked_box)
        layout.addSpacing(8)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # Qt override
        self.show_key()

    def isComplete(self) -> bool:  # Qt override
        return self.confirm.isChecked() and not self._wizard.locked

    # -- hidden after idle ------------------------------------------------------------
    def show_key(self) -> None:
        """The key on screen (again), the locked part gone."""
        self.key.setText(self._wizard.recovery_key)
        self.key.show()
        self.advice.show()
        self.print_button.show()
        self.print_button.setEnabled(True)
        self.confirm.setEnabled(True)
        self.locked_box.hide()
        self.passphrase.clear()
        self.message.clear()
        self.completeChanged.emit()

    def show_locked(self) -> None:
        """The key off the screen and the passphrase asked for, saying why."""
        key = self.key.text() or self._wizard.recovery_key
        self.key.clear()
        self.key.hide()
        forget_key_on_clipboard(key)
        if self._print_dialog is not None:  # left open: the key must not be printed now
            self._print_dialog.reject()
        self.advice.hide()  # "write it down or print it" with no key on screen
        self.print_button.hide()
        self.print_button.setEnabled(False)
        # No confirming a key that is not on the screen: ticked while hidden, the key was
        # forgotten at the unlock and never shown again, though perhaps never written down.
        # A confirmation given before stands (the key is no longer kept to be shown again).
        self.confirm.setEnabled(False)
        self.message.clear()
        self.locked_box.show()
        self._say_why_locked()
        self.passphrase.setFocus()
        self.completeChanged.emit()

    def _say_why_locked(self) -> None:
        if not self._wizard.locked:
            return
        minutes = int(self._wizard.idle.minutes)
        if self.confirm.isChecked():
            self.hidden_note.setText(plural(self.tr(
                "For safety, the recovery key was hidden and the vault locked after "
                "%n minute(s) without use. Type your passphrase to open the vault.", "",
                minutes), minutes))
            self.unlock_button.setText(self.tr("Open the vault"))
        else:
            self.hidden_note.setText(plural(self.tr(
                "For safety, the recovery key was hidden and the vault locked after "
                "%n minute(s) without use. Type your passphrase to see the key again.", "",
                minutes), minutes))
            self.unlock_button.setText(self.tr("Show the key"))

    @property
    def waiting(self) -> bool:
        return self._countdown.remaining > 0

    def try_unlock(self) -> None:
        if self._wizard.unlocking or self.waiting or not self._wizard.locked:
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Enter your passphrase."))
            return
        self.set_busy(True)
        self._wizard.unlock_again(text)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.waiting)
        self.message.setText(self.tr("Unlocking…") if busy else "")

    def unlock_failed(self, exc: BaseException, failures: int) -> None:
        self.set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            # The unlock screen's pause after repeated failures: no trying a list here either.
            self._countdown.start(delay_after(failures))
            if self._countdown.remaining:
                self.unlock_button.setEnabled(False)
                self._show_countdown()
            else:
                self.message.setText(exc.message)
        else:
            self.message.setText(error_text(exc))

    def _show_countdown(self) -> None:
        seconds = self._countdown.remaining
        self.message.setText(plural(self.tr(
            "The passphrase is not correct. Check Caps Lock; "
            "you can try again in %n second(s).", "", seconds), seconds))

    def _pause_over(self) -> None:
        self.unlock_button.setEnabled(True)
        self.message.setText(self.tr("Try again."))

    # -- printing ---------------------------------------------------------------------
    def document(self) -> QTextDocument:
        """What gets printed: the key, the vault folder, and what the key is for."""
        doc = QTextDocument(self)
        title = self.tr("KastDesk recovery key")
        explain = self.tr("This key opens the vault if the passphrase is forgotten. "
                          "Keep this paper locked away.")
        folder = self.tr("Vault folder: {folder}").format(folder=self._wizard.folder)
        doc.setHtml(
            f"<h2>{title}</h2><p style='font-family:monospace;font-size:16pt'>"
            f"{self._wizard.recovery_key}</p><p>{explain}</p><p>{folder}</p>"
        )
        return doc

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._wizard.recovery_key or self._wizard.locked:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        self._print_dialog = dialog
        try:
            accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        finally:
            self._print_dialog = None
        # The idle time may have passed while the dialog was open: the key is hidden and
        # the vault locked, and a printout (to a PDF file, too) must not carry it off.
        if accepted and self._wizard.recovery_key and not self._wizard.locked:
            self.document().print_(printer)


class CreateVaultWizard(QWizard):
    """Emits ``created(vault)`` when the therapist finishes, with the vault open.

    ``kdf`` is for tests only (cheap Argon2); the program never passes it, so a real
    vault always gets parameters calibrated on this machine.
    """

    created = Signal(object)
    cancelled = Signal()

    #: The size it has where the window has room: a form, not a page, kept readable.
    PREFERRED = QSize(720, 540)

    def __init__(
        self, folder: Path, *, kdf: KdfParams | None = None, cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultWizard")
        self.setWindowTitle(self.tr("Create a vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Cancel only where there is somewhere to go back to (no vault found where one was
        # expected); on a first run there is nothing else to do.
        self.cancellable = cancellable
        self.setOption(QWizard.WizardOption.NoCancelButton, not cancellable)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.folder = Path(folder)
        self.kdf = kdf
        self.vault: Vault | None = None
        self.recovery_key = ""
        self._task: Task | None = None
        # The recovery-key page locks after the app's idle time, as the app does: the
        # vault is open from the moment it is made, and the key is on the screen.
        self.idle = IdleWatcher(DEFAULT_AUTOLOCK_MINUTES, parent=self)
        self.idle.idle.connect(self.lock)
        self.locked = False
        self.failures = 0
        self._unlock_task: Task | None = None
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.addPage(self.passphrase_page)
        self.addPage(self.recovery_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the vault"))

    def sizeHint(self) -> QSize:  # Qt override
        # Shown centred in the main window, it gets this size where the window has room and
        # less (down to what its pages need) where it has not: a fixed 720×540 made the
        # window 603 pixels tall at the least, its buttons behind a 1093×574 laptop's taskbar.
        return super().sizeHint().expandedTo(self.PREFERRED)

    @property
    def creating(self) -> bool:
        return self._task is not None

    @property
    def unlocking(self) -> bool:
        return self._unlock_task is not None

    def start_create(self, passphrase: str, therapist: str) -> None:
        if self._task is not None:
            return
        folder, kdf = self.folder, self.kdf
        self.passphrase_page.set_busy(True)
        self._task = run_in_thread(
            self,
            lambda _p: Vault.create(folder, passphrase, kdf=kdf, therapist=therapist),
            self._created, on_failed=self._failed, show_progress=False,
        )
        self.passphrase_page.completeChanged.emit()

    def _created(self, result: object) -> None:
        self._task = None
        vault, recovery = result  # type: ignore[misc]
        self.vault = vault
        self.recovery_key = recovery
        self.passphrase_page.set_busy(False)
        self.next()
        self.passphrase_page.new.clear()  # the passphrase need not linger in a widget
        self._watch_idle(vault)

    def _watch_idle(self, vault: Vault) -> None:
        """Start the idle countdown with the vault's own setting (a new vault: the default)."""
        try:
            minutes = autolock_minutes(vault)
        except Exception as exc:  # the default is safe; a setting unread is no reason to stop
            log_unexpected(exc)
            minutes = DEFAULT_AUTOLOCK_MINUTES
        self.idle.watch(self.window().windowHandle())  # the window the wizard is shown in
        self.idle.start(minutes)

    def lock(self) -> None:
        """Hide the recovery key and close the vault, as the app's idle lock does.

        Confirmed as written down, the key is forgotten (the passphrase then opens the
        vault); not yet confirmed, it is kept to be shown again after the passphrase,
        since without it a forgotten passphrase would lose everything.
        """
        if self.vault is None or self.currentPage() is not self.recovery_page:
            return
        self.idle.stop()
        vault, self.vault = self.vault, None
        self.locked = True
        try:
            vault.close()
        except Exception as exc:  # the keys are dropped in any case
            log_unexpected(exc)
        if self.recovery_page.confirm.isChecked():
            self.recovery_key = ""
        self.recovery_page.show_locked()

    def unlock_again(self, passphrase: str) -> None:
        """Open the vault again with ``passphrase`` (Argon2 in a worker thread)."""
        if self._unlock_task is not None or not self.locked:
            return
        folder = self.folder
        self._unlock_task = run_in_thread(
            self, lambda _p: Vault.unlock(folder, passphrase),
            self._unlocked_again, on_failed=self._unlock_failed, show_progress=False,
        )

    def _unlocked_again(self, result: object) -> None:
        self._unlock_task = None
        self.failures = 0
        self.vault = result  # type: ignore[assignment]
        self.locked = False
        self.recovery_page.set_busy(False)
        if self.recovery_page.confirm.isChecked() or not self.recovery_key:
            self.accept()  # the passphrase was typed to open the vault
            return
        self.recovery_page.show_key()
        if self.vault is not None:
            self._watch_idle(self.vault)

    def _unlock_failed(self, exc: BaseException) -> None:
        self._unlock_task = None
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
        self.recovery_page.unlock_failed(exc, self.failures)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.passphrase_page.set_busy(False)
        self.passphrase_page.show_error(error_text(exc))

    def reject(self) -> None:  # Qt override: Cancel, and Escape
        # Embedded in the window, a rejected wizard would only hide and leave the window
        # empty; and a vault being made (or made) is seen through to its recovery key.
        if not self.cancellable or self.creating or self.vault is not None or self.locked:
            return
        self.cancelled.emit()

    def accept(self) -> None:
        if self.vault is None:
            return
        self.idle.stop()
        self.idle.detach()
        vault, self.vault = self.vault, None
        forget_key_on_clipboard(self.recovery_key)
        self.recovery_key = ""
        self.recovery_page.key.clear()
        super().accept()
        self.created.emit(vault)
