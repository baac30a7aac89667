"""First run: make a vault (passphrase twice) and show the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
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

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.common import Task, error_text, run_in_thread
from kastdesk.ui.start.passphrase import NewPassphrase


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
        self.therapist.setPlaceholderText(self.tr("Optional"))
        self.new = NewPassphrase(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("createMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name (for the audit log):"), self.therapist)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
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
    """The recovery key, shown this once; the therapist must confirm writing it down."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr(
            "If you forget the passphrase, this key is the only way into the vault. "
            "It is shown only now."
        ))
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKeyText")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.key.setFont(mono)
        advice = QLabel(self.tr(
            "Write it on paper or print it, and keep it locked away from the laptop. "
            "Do not save it in a file or an e-mail."
        ), self)
        advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        self.confirm = QCheckBox(self.tr("I have written down the recovery key"), self)
        self.confirm.setObjectName("confirmWrittenDown")
        self.confirm.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addSpacing(8)
        layout.addWidget(self.key)
        layout.addSpacing(8)
        layout.addWidget(advice)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # Qt override
        self.key.setText(self._wizard.recovery_key)

    def isComplete(self) -> bool:  # Qt override
        return self.confirm.isChecked()

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

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.document().print_(printer)


class CreateVaultWizard(QWizard):
    """Emits ``created(vault)`` when the therapist finishes, with the vault open.

    ``kdf`` is for tests only (cheap Argon2); the program never passes it, so a real
    vault always gets parameters calibrated on this machine.
    """

    created = Signal(object)
    cancelled = Signal()

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
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.addPage(self.passphrase_page)
        self.addPage(self.recovery_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the vault"))

    @property
    def creating(self) -> bool:
        return self._task is not None

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

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.passphrase_page.set_busy(False)
        self.passphrase_page.show_error(error_text(exc))

    def reject(self) -> None:  # Qt override: Cancel, and Escape
        # Embedded in the window, a rejected wizard would only hide and leave the window
        # empty; and a vault being made (or made) is seen through to its recovery key.
        if not self.cancellable or self.creating or self.vault is not None:
            return
        self.cancelled.emit()

    def accept(self) -> None:
        if self.vault is None:
            return
        vault, self.vault = self.vault, None
        self.recovery_key = ""
        self.recovery_page.key.clear()
        super().accept()
        self.created.emit(vault)
