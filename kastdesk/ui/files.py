"""File and print dialogs that leave no trail, and whose answer a lock cancels.

Every file dialog of the app is made here, and is Qt's own (``DontUseNativeDialog``),
never the system's: the system's dialog adds the file chosen to the system's list of recent
files (``~/.local/share/recently-used.xbel`` from GTK and the desktop portal, Windows'
Recent items and jump lists), in plain text outside the vault, and an export's name carries
the client's code (a folder may carry a client's name).

Qt's own dialog remembers its history and last folder in a plain-text settings file shared
by every Qt program of the user (``~/.config/QtProject.conf`` on Linux, the registry on
Windows: ``history``, ``lastVisited``, ``shortcuts``, ``viewMode``, ``treeViewHeader``,
``sidebarWidth`` and ``qtVersion`` under ``FileDialog``, written as the dialog closes): a
folder named after a client, or simply where the unencrypted case summaries lie, stayed
there readable after the client was erased. These functions ask and then forget what the
dialog remembered. Qt also keeps the last folder in memory for the rest of the process and
opens a dialog given no folder there; a dialog here is always given one (the documents
folder where the caller has none).

The system's own print dialog (Windows, macOS, the GTK portal) is not a Qt window: a lock
cannot close it, and the code waiting on it (as on the system's file dialogs, before they
were Qt's own) carried on once the therapist answered, after the lock, saving case content
or exporting from a closed case file. A lock counts itself here (``vault_locking``); a
dialog that was open across one (or across the close of the ``case`` its answer is for)
answers as if cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from kastdesk.store import CaseFile

T = TypeVar("T")

# How many times the vault has begun to lock (or close at quitting) in this process.
_locks = 0

#: Every file dialog is Qt's own, never the system's (which lists the file among the
#: system's recent files).
QT_OWN = QFileDialog.Option.DontUseNativeDialog


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


def _documents() -> str:
    """The user's documents folder, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def start_at(start: str) -> str:
    """Where a dialog opens: ``start`` (a folder, a file in a folder, or a bare file name,
    which Qt offers in the working folder), else the documents folder, or a file of
    ``start``'s name there where its folder is gone. Never left to Qt: given no folder (or
    one that is gone, a USB stick not plugged in), Qt opens the folder of the last dialog of
    the process, a client's folder, after a lock too."""
    if not start:
        return _documents()
    path = Path(start)
    if path.is_dir() or path.parent == Path(".") or path.parent.is_dir():
        return start
    return str(Path(_documents()) / path.name)


def file_dialog(parent: QWidget | None, caption: str, start: str = "") -> QFileDialog:
    """A file dialog to show without blocking (``open()``, deleted on close): Qt's own,
    opening at ``start_at(start)``, and forgetting what it remembered once deleted (Qt
    writes it down as the dialog is deleted)."""
    dialog = QFileDialog(parent, caption, start_at(start))
    dialog.setOption(QT_OWN, True)
    dialog.destroyed.connect(lambda *_: forget_file_dialogs())
    return dialog


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
        lambda: QFileDialog.getSaveFileName(parent, caption, start_at(start), file_filter,
                                            options=QT_OWN)[0], "", case)


def open_file_name(parent: QWidget | None, caption: str, start: str = "",
                   file_filter: str = "", *, case: CaseFile | None = None) -> str:
    """Ask which file to open; "" when cancelled, or when the vault locked (or ``case``,
    the file it is read into, closed) while the dialog was open."""
    return _unless_locked(
        lambda: QFileDialog.getOpenFileName(parent, caption, start_at(start), file_filter,
                                            options=QT_OWN)[0], "", case)


def existing_folder(parent: QWidget | None, caption: str, start: str = "", *,
                    case: CaseFile | None = None) -> str:
    """Ask for a folder; "" when cancelled, or when the vault locked (or ``case``
    closed) while the dialog was open."""
    return _unless_locked(
        lambda: QFileDialog.getExistingDirectory(
            parent, caption, start_at(start),
            options=QFileDialog.Option.ShowDirsOnly | QT_OWN), "", case)


def print_accepted(dialog: QPrintDialog, *, case: CaseFile | None = None) -> bool:
    """Run the print ``dialog``; whether to print: False when cancelled, or when the vault
    locked (or ``case`` closed) while it was open."""
    return _unless_locked(
        lambda: dialog.exec() == QDialog.DialogCode.Accepted, False, case)
