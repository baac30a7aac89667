"""The autosave timer every editor shares: a pause in typing saves, and so does steady typing.

Each editor used to restart a single-shot one-second timer on every key. Someone who types
fluently, or dictation software, can go a long time without a full second's pause, and the
timer then never fired: a crash lost everything typed since the last pause (QA 19, F5: a key
every 0.4 s for 20 s, then a kill, lost 48 words). ``TypingTimer`` is that same single-shot
timer, restarted on each key as before, but it fires no later than ``max_wait_ms`` after the
first key since it last fired or was stopped, however steadily the typing goes on.

Each restart also tells the main window's sealed rescue copy that something was typed
(kastdesk.ui.rescue: it follows half a second after typing pauses, before the save), and
each time it fires the copy follows what the save left.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: The longest steady typing goes unsaved (milliseconds).
MAX_WAIT_MS = 5000


class TypingTimer(QTimer):
    """A single-shot timer restarted on every change (``start()``) that fires ``pause_ms``
    after the last one, or ``max_wait_ms`` after the first one, whichever comes first.

    A drop-in for the ``QTimer`` the editors had: ``start``, ``stop``, ``isActive`` and
    ``timeout`` as before, so their save code is unchanged.
    """

    def __init__(self, pause_ms: int, parent: QObject | None = None,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.pause_ms = pause_ms
        self.max_wait_ms = max(pause_ms, max_wait_ms)
        self._since_first = QElapsedTimer()
        super().setInterval(pause_ms)
        if isinstance(parent, QWidget):  # an editor's (the rescue copy's own has none)
            self.timeout.connect(self._tell_saved)

    def _tell_saved(self) -> None:
        """Fired: the save it runs is done once this event is, and the rescue copy
        follows what it left (a save that wrote nothing tells the case's listeners
        nothing)."""
        from kastdesk.ui.rescue import text_saved

        text_saved(self.parent())

    def start(self, msec: int | None = None) -> None:  # Qt override
        """Restart the pause; the first change since the last save starts the maximum wait."""
        if msec is not None:
            self.pause_ms = msec
        if not self.isActive() or not self._since_first.isValid():
            self._since_first.start()
        left = self.max_wait_ms - self._since_first.elapsed()
        super().start(max(0, min(self.pause_ms, left)))
        owner = self.parent()
        if isinstance(owner, QWidget):
            from kastdesk.ui.rescue import typed

            typed(owner)

    def setInterval(self, msec: int) -> None:  # Qt override
        """The pause (tests shorten it); the maximum wait is never shorter than it."""
        self.pause_ms = msec
        self.max_wait_ms = max(self.max_wait_ms, msec)
        super().setInterval(msec)


__all__ = ["MAX_WAIT_MS", "TypingTimer"]
