"""What KastDesk puts on the clipboard asks clipboard managers and histories to leave it out.

A Copy in a note put case text on the clipboard with nothing to tell a clipboard manager
it is private: KDE's Klipper keeps a history across restarts (``history2.lst``), Windows 10
and 11 keep one too (Win+V) and may upload it to other devices, and the lock clears only
the live clipboard, not these histories (QA 19, F10). Every copy the app makes, from any
field (line edits copy through ``QClipboard.setText``, text edits through their own mime
data), is marked once it is on the clipboard: ``x-kde-passwordManagerHint: secret`` (Klipper
and KDE Connect skip it) and, on Windows, the formats its clipboard history and cloud
clipboard honour. Done in one place, when the clipboard says it changed and holds the app's
own data without the mark: the data is put back with the mark added (which changes the
clipboard again; the mark ends the round).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication

#: The hint KDE's clipboard manager and KDE Connect honour ("secret": keep no history).
KDE_HINT = "x-kde-passwordManagerHint"


def _windows_format(name: str) -> str:
    """The mime type Qt maps to the Windows clipboard format ``name``."""
    return f'application/x-qt-windows-mime;value="{name}"'


#: Windows: kept out of clipboard monitors, clipboard history (Win+V) and the cloud clipboard.
#: The two "Can…" formats hold a DWORD 0; the first is honoured whatever it holds.
WINDOWS_HINTS: dict[str, bytes] = {
    _windows_format("ExcludeClipboardContentFromMonitorProcessing"): (0).to_bytes(4, "little"),
    _windows_format("CanIncludeInClipboardHistory"): (0).to_bytes(4, "little"),
    _windows_format("CanUploadToCloudClipboard"): (0).to_bytes(4, "little"),
}


def with_hints(mime: QMimeData, windows: bool = sys.platform == "win32") -> QMimeData:
    """A copy of ``mime`` (every format, and an image's data) marked as secret."""
    marked = QMimeData()
    for name in mime.formats():
        marked.setData(name, mime.data(name))
    if mime.hasImage():  # held as an image, not as bytes of a format
        marked.setImageData(mime.imageData())
    marked.setData(KDE_HINT, b"secret")
    if windows:
        for name, value in WINDOWS_HINTS.items():
            marked.setData(name, value)
    return marked


class _CopyHints(QObject):
    """Marks the app's own clipboard data as secret whenever the clipboard changes."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._marking = False
        clipboard = app.clipboard()
        clipboard.dataChanged.connect(lambda: self._mark(QClipboard.Mode.Clipboard))
        if clipboard.supportsSelection():  # X11's middle-click selection is watched too
            clipboard.selectionChanged.connect(lambda: self._mark(QClipboard.Mode.Selection))

    def _mark(self, mode: QClipboard.Mode) -> None:
        if self._marking:
            return
        clipboard = QGuiApplication.clipboard()
        owned = (clipboard.ownsClipboard() if mode is QClipboard.Mode.Clipboard
                 else clipboard.ownsSelection())
        # Where the platform cannot say (ownsClipboard() is always false on some), a change
        # while KastDesk is the active application is its own (as MainWindow assumes too).
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if not (owned or active):
            return  # another program's data: not ours to put back
        mime = clipboard.mimeData(mode)
        if mime is None or not mime.formats() or mime.hasFormat(KDE_HINT):
            return
        self._marking = True
        try:
            clipboard.setMimeData(with_hints(mime), mode)
        finally:
            self._marking = False


def mark_copies_secret(app: QGuiApplication) -> None:
    """From now on every copy the app makes carries the hints (once per application)."""
    if app.property("kastdeskCopyHints"):
        return
    _CopyHints(app)
    app.setProperty("kastdeskCopyHints", True)


__all__ = ["KDE_HINT", "WINDOWS_HINTS", "mark_copies_secret", "with_hints"]
