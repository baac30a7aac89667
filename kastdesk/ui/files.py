"""File and print dialogs that leave no trail, and whose answer a lock cancels.

Qt's own (non-native) file dialog remembers its history and last folder in a plain-text
settings file shared by every Qt program of the user (``~/.config/QtProject.conf`` on
Linux): a folder named after a client, or simply where the unencrypted case summaries lie,
stayed there readable after the client was erased. Every file dialog of the app goes
through these functions, which ask and then forget what the dialog remembered.

The system's own file and print dialogs (Windows, macOS, the GTK portal) are not Qt
windows: a lock cannot close them, and the code waiting on one carried on once the
therapist answered, after the lock, saving case content or exporting from a closed case
file. A lock counts itself here (``vault_locking``); a dialog that was open across one (or
across the close of the ``case`` its answer is for) answers as if cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from kastdesk.store import CaseFile

T = TypeVar("T")

# How many times the vault has begun to lock (or close at quitting) in this process.
_locks = 0


def vault_locking() -> None:
    """Say that the vault is locking: the answer of any file or print dialog open now is
    thrown away (the dialog may be the system's, which the lock cannot close)."""
    global _locks
    _locks += 1


def forget_file_dialogs() -> None:
    """Remove what Qt's file dialogs remembered (history, last folder, view state)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" in settings.childGroups():
        settings.remove("FileDialog")
        settings.sync()


def _unless_locked(ask: Callable[[], T], cancelled: T, case: CaseFile | None) -> T:
    """``ask()``'s answer, or ``cancelled`` when the vault locked (or ``case`` closed)
    while the dialog was open."""
    locks = _locks
    try:
        answer = ask()
    finally:
        forget_file_dialogs()
    if _locks != locks or (case is not None and case.closed):
        return cancelled
    return answer


def save_file_name(parent: QWidget | None, caption: str, start: str = "",
                   file_filter: str = "", *, case: CaseFile | None = None) -> str:
    """Ask where to save a file; "" when cancelled, or when the vault locked (or ``case``,
    the file the export is from, closed) while the dialog was open."""
    return _unless_locked(
        lambda: QFileDialog.getSaveFileName(parent, caption, start, file_filter)[0], "", case)


def open_file_name(parent: QWidget | None, caption: str, start: str = "",
                   file_filter: str = "", *, case: CaseFile | None = None) -> str:
    """Ask which file to open; "" when cancelled, or when the vault locked (or ``case``,
    the file it is read into, closed) while the dialog was open."""
    return _unless_locked(
        lambda: QFileDialog.getOpenFileName(parent, caption, start, file_filter)[0], "", case)


def existing_folder(parent: QWidget | None, caption: str, start: str = "", *,
                    case: CaseFile | None = None) -> str:
    """Ask for a folder; "" when cancelled, or when the vault locked (or ``case``
    closed) while the dialog was open."""
    return _unless_locked(
        lambda: QFileDialog.getExistingDirectory(parent, caption, start), "", case)


def print_accepted(dialog: QPrintDialog, *, case: CaseFile | None = None) -> bool:
    """Run the print ``dialog``; whether to print: False when cancelled, or when the vault
    locked (or ``case`` closed) while it was open."""
    return _unless_locked(
        lambda: dialog.exec() == QDialog.DialogCode.Accepted, False, case)
