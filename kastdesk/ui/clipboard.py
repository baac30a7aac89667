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

The app's own data is what the platform says this process owns (``owns_copy``), never
"whatever changed while KastDesk was the active window": another program's copy reported
then (macOS and others tell of a change as the app becomes active again) was taken over,
marked and put back as KastDesk's (R7).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject
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


#: Platforms whose clipboard lives in this process alone: all it holds is the app's own.
IN_PROCESS_CLIPBOARD = frozenset({"offscreen", "minimal", "eglfs", "linuxfb", "vnc"})


def owns_copy(mode: QClipboard.Mode) -> bool:
    """Whether this process put the clipboard's data (``mode``) there, as the platform says
    (X11, Wayland, Windows and macOS track who set it); on a platform whose clipboard no
    other program shares, always."""
    if QGuiApplication.platformName() in IN_PROCESS_CLIPBOARD:
        return True
    clipboard = QGuiApplication.clipboard()
    if mode is QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()


class CopyHints(QObject):
    """Marks the app's own clipboard data as secret whenever the clipboard changes.

    ``ours(mode)`` says whether the data is the app's own (``owns_copy``): the platform
    boundary, which a test replaces to have another program copy.
    """

    def __init__(self, app: QGuiApplication,
                 ours: Callable[[QClipboard.Mode], bool] = owns_copy) -> None:
        super().__init__(app)
        self.setObjectName("kastdeskCopyHints")
        self.ours = ours
        self._marking = False
        clipboard = app.clipboard()
        clipboard.dataChanged.connect(lambda: self._mark(QClipboard.Mode.Clipboard))
        if clipboard.supportsSelection():  # X11's middle-click selection is watched too
            clipboard.selectionChanged.connect(lambda: self._mark(QClipboard.Mode.Selection))

    def _mark(self, mode: QClipboard.Mode) -> None:
        if self._marking:
            return
        if not self.ours(mode):
            return  # another program's data (even copied while KastDesk was active)
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(mode)
        if mime is None or not mime.formats() or mime.hasFormat(KDE_HINT):
            return
        self._marking = True
        try:
            clipboard.setMimeData(with_hints(mime), mode)
        finally:
            self._marking = False


def mark_copies_secret(app: QGuiApplication) -> CopyHints:
    """From now on every copy the app makes carries the hints (once per application)."""
    hints = app.findChild(CopyHints, "kastdeskCopyHints")
    if hints is None:
        hints = CopyHints(app)
        app.setProperty("kastdeskCopyHints", True)
    return hints


__all__ = ["KDE_HINT", "WINDOWS_HINTS", "CopyHints", "mark_copies_secret", "owns_copy",
           "with_hints"]
