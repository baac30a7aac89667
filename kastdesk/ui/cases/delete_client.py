"""Delete a client for good, as an erasure request asks: said plainly, confirmed by the code.

The dialog names what goes (the whole case file: sessions and notes, self-rating scales,
family map, exercises, goals, risk flags, questions for guidance), that it cannot be
undone, and the one line the vault's audit log keeps (the code, nothing else). The
Delete button stays off until the client's code is typed: a slip of the mouse in the
register's menu must not erase a case. It shows the code only, never the name, since
privacy mode or not, a client may be sitting across the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kastdesk.clients.details import code_key


def _paragraph(text: str, parent: QWidget) -> QLabel:
    """A wrapped paragraph. A plain word-wrapped QLabel: in a dialog's own layout its
    height follows its width (a WrappingLabel grew the dialog at its narrowest)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class DeleteClientDialog(QDialog):
    """Confirms; the caller deletes (it must close the open case first)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteClientDialog")
        self.setWindowTitle(self.tr("Delete client"))
        self.code = code

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        heading = QLabel(self.tr("Delete client {code} for good?").format(code=code), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        what = _paragraph(self.tr(
            "This erases the client's whole case file: every session and note, the "
            "self-rating scales, the family map, the exercises, the goals, the risk flags "
            "and the questions for guidance. The client leaves the register, and is taken "
            "out of the lists of guidance meetings and supervision packets."), self)
        undone = _paragraph(self.tr(
            "This cannot be undone. Only a backup of the vault folder made before now "
            "still holds the case."), self)
        undone.setProperty("role", "error")
        audit = _paragraph(self.tr(
            "The vault's audit log keeps one line: that client {code} was deleted, by whom "
            "and when. Nothing of the case is kept in it.").format(code=code), self)
        audit.setObjectName("muted")

        self.typed = QLineEdit(self)
        self.typed.setObjectName("confirmCode")
        self.typed.setPlaceholderText(code)
        self.typed.textChanged.connect(self._typed_changed)
        confirm = QFormLayout()
        confirm.addRow(self.tr("Type the code {code} to confirm:").format(code=code),
                       self.typed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = QPushButton(self.tr("Delete client"), self)
        self.delete_button.setObjectName("deleteClientButton")
        self.delete_button.setEnabled(False)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # Enter after the code deletes, as the button would; before it, Enter does nothing
        # (a disabled default button is not pressed), and neither cancels the typing.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.delete_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(heading)
        text.addWidget(what)
        text.addWidget(undone)
        text.addWidget(audit)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(confirm)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.typed.setFocus()

    def confirmed(self) -> bool:
        """The code as typed matches (spaces round it, the case of letters and how an "Å"
        was typed aside: :func:`kastdesk.clients.details.code_key`)."""
        return code_key(self.typed.text()) == code_key(self.code)

    def _typed_changed(self) -> None:
        self.delete_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():  # the button is off until then; Enter cannot go round it
            super().accept()
