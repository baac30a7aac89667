"""Open a vault with the printed recovery key and choose a new passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import Vault
from kastdesk.ui.common import Task, error_text, run_in_thread
from kastdesk.ui.screen import ScrollingBody, fit_dialog
from kastdesk.ui.start.passphrase import NewPassphrase


class RecoveryDialog(QDialog):
    """Emits ``recovered(vault)`` with the vault open under the new passphrase."""

    recovered = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.folder = Path(folder)
        self._task: Task | None = None
        intro = QLabel(self.tr(
            "Type the recovery key exactly as printed, then choose a new passphrase. "
            "The old passphrase stops working."
        ), self)
        intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKey")
        self.key.setPlaceholderText(self.tr("Recovery key"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.key.setFont(mono)
        self.new = NewPassphrase(self)
        # In the new passphrase's form, labelled, so the three fields line up and Alt+K
        # comes back to the key (a placeholder alone named it, and only while empty).
        self.new.form.insertRow(0, self.tr("Recovery &key:"), self.key)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Open vault"))
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
        self.key.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()
        # 480 wide and as tall as the fields are at that width, within the screen.
        fit_dialog(self, 480)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.key.text().strip()) and self.new.valid and not self._task)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        folder, key, new = self.folder, self.key.text(), self.new.text
        self._task = run_in_thread(
            self, lambda _p: Vault.recover(folder, key, new), self._done,
            on_failed=self._failed, show_progress=False,
        )
        self.busy.show()
        self.message.clear()
        self._update()

    def _done(self, vault: object) -> None:
        self._task = None
        self.busy.hide()
        self.new.clear()
        self.key.clear()
        self.accept()
        self.recovered.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.message.setText(error_text(exc))
        self._update()
