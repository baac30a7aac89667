"""File dialogs that leave no trail of where the therapist keeps case files.

Qt's own (non-native) file dialog remembers its history and last folder in a plain-text
settings file shared by every Qt program of the user (``~/.config/QtProject.conf`` on
Linux): a folder named after a client, or simply where the unencrypted case summaries lie,
stayed there readable after the client was erased. Every file dialog of the app goes
through these functions, which ask and then forget what the dialog remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def forget_file_dialogs() -> None:
    """Remove what Qt's file dialogs remembered (history, last folder, view state)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" in settings.childGroups():
        settings.remove("FileDialog")
        settings.sync()


def save_file_name(parent: QWidget | None, caption: str, start: str = "",
                   file_filter: str = "") -> str:
    """Ask where to save a file; "" when cancelled."""
    try:
        name, _ = QFileDialog.getSaveFileName(parent, caption, start, file_filter)
    finally:
        forget_file_dialogs()
    return name


def open_file_name(parent: QWidget | None, caption: str, start: str = "",
                   file_filter: str = "") -> str:
    """Ask which file to open; "" when cancelled."""
    try:
        name, _ = QFileDialog.getOpenFileName(parent, caption, start, file_filter)
    finally:
        forget_file_dialogs()
    return name


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """Ask for a folder; "" when cancelled."""
    try:
        return QFileDialog.getExistingDirectory(parent, caption, start)
    finally:
        forget_file_dialogs()
