"""Delete a client for good, as an erasure request asks: said plainly, confirmed by the code.

The dialog names what goes (the whole case file: sessions and notes, self-rating scales,
family map, exercises, goals, risk flags, questions for guidance), that it cannot be
undone, and the one line the vault's audit log keeps (the code, nothing else). The
Delete button stays off until the client's code is typed: a slip of the mouse in the
register's menu must not erase a case. It shows the code only, never the name, since
privacy mode or not, a client may be sitting across the desk.

Files exported from the case (summaries, supervision packets, family map exports, comment
files) are not deleted with it, and where they went was recorded only in the case's audit
log, which is: the dialog lists them (:mod:`kastdesk.clients.exports`) while they can
still be found, so the therapist can delete them too. It lists the folders they went to as
well: an export cut short may have left a hidden, complete copy there under a temp name,
which nothing removes once the client is gone (``RecordedExports.folders``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kastdesk.clients.details import code_key
from kastdesk.clients.exports import RecordedExports


def _paragraph(text: str, parent: QWidget) -> QLabel:
    """A wrapped paragraph. A plain word-wrapped QLabel: in a dialog's own layout its
    height follows its width (a WrappingLabel grew the dialog at its narrowest)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class DeleteClientDialog(QDialog):
    """Confirms; the caller deletes (it must close the open case first)."""

    def __init__(self, code: str, parent: QWidget | None = None,
                 exports: RecordedExports | None = None) -> None:
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
            "This cannot be undone. Copies made before now still hold the case: backups "
            "of the vault, and the files exported from it, which are not deleted with it."),
            self)
        undone.setProperty("role", "error")
        self.exports_note: QLabel | None = None
        self.exports_list: QPlainTextEdit | None = None
        self.folders_note: QLabel | None = None
        self.folders_list: QPlainTextEdit | None = None
        if exports is not None:
            self._list_exports(exports)
        audit = _paragraph(self.tr(
            "The vault's audit log keeps one line: that client {code} was deleted, by whom "
            "and when. Nothing of the case is kept in it.").format(code=code), self)
        audit.setObjectName("muted")

        self.typed = QLineEdit(self)
        self.typed.setObjectName("confirmCode")
        self.typed.setPlaceholderText(code)
        self.typed.textChanged.connect(self._typed_changed)
        confirm = QFormLayout()
        # "&&": an "&" in the code is shown as typed, not taken for the label's Alt+letter.
        confirm.addRow(self.tr("&Type the code {code} to confirm:")
                       .format(code=code.replace("&", "&&")), self.typed)

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
        if self.exports_note is not None:
            text.addWidget(self.exports_note)
        if self.exports_list is not None:
            text.addWidget(self.exports_list)
        if self.folders_note is not None:
            text.addWidget(self.folders_note)
        if self.folders_list is not None:
            text.addWidget(self.folders_list)
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
        self.setMinimumWidth(max(500, self.minimumWidth()))
        self.typed.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        # The first size comes from the paragraphs' one-line widths; wrapped at the
        # dialog's width they need more lines, and squeezed they overlapped the heading.
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _list_exports(self, exports: RecordedExports) -> None:
        """The files the case's audit log says were exported, where it recorded them."""
        if exports.files:
            said = self.tr("Its audit log, deleted with it, recorded these exports. Delete "
                           "the files too, wherever they are kept:")
        else:
            said = self.tr("Its audit log records no export of the case.")
        if not exports.readable:
            said += " " + self.tr("The log could not be read in full, so exports may be "
                                  "missing here.")
        self.exports_note = _paragraph(said, self)
        self.exports_note.setObjectName("exportsNote")
        if not exports.files:
            return
        lines = []
        for exported in exports.files:
            lines.append(f"{exported.when}  {exported.what}")
            lines += [f"    {path}" for path in exported.paths] or [
                "    " + self.tr("(where it went was not recorded)")]
        self.exports_list = self._list_box(lines, "exportedFiles", 7)
        self._list_folders(exports)
        self.setMinimumWidth(580)

    def _list_folders(self, exports: RecordedExports) -> None:
        """The folders the exports went to: an export cut short may have left a hidden
        copy there, which nothing removes once the client is gone."""
        folders = exports.folders
        said = self.tr(
            "An export cut short (a crash or a power cut while it was written) may have left "
            "a complete copy beside it, under a name that starts with a dot and ends in .tmp "
            "or .part, hidden in most folder views.")
        if exports.some_unplaced:
            said += " " + self.tr("Where an export's place was not recorded, look in the "
                                  "folders you export to.")
        if len(folders) == 1:  # last, its colon just above the list
            said += " " + self.tr("Look for such files in this folder too:")
        elif folders:
            said += " " + self.tr("Look for such files in these folders too:")
        self.folders_note = _paragraph(said, self)
        self.folders_note.setObjectName("exportFoldersNote")
        if folders:
            self.folders_list = self._list_box(folders, "exportFolders", 4)

    def _list_box(self, lines: list[str], name: str, most_rows: int) -> QPlainTextEdit:
        box = QPlainTextEdit("\n".join(lines), self)
        box.setObjectName(name)
        box.setReadOnly(True)  # selectable: a path can be copied to find the file
        # A long path wraps where it must rather than hide its file name off to the right.
        box.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        rows = min(len(lines) + 1, most_rows)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * rows
                           + 2 * int(box.document().documentMargin()) + 4)
        return box

    def confirmed(self) -> bool:
        """The code as typed matches (spaces round it, the case of letters and how an "Å"
        was typed aside: :func:`kastdesk.clients.details.code_key`)."""
        return code_key(self.typed.text()) == code_key(self.code)

    def _typed_changed(self) -> None:
        self.delete_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():  # the button is off until then; Enter cannot go round it
            super().accept()
