"""Looking at a folder off the UI thread: a network folder that hangs must not freeze the window.

A ``stat`` on a dead SMB or NFS mount can block for minutes. Done on the UI thread (the
missing-vault screen's look every two seconds, the save retry's every ten) it froze the
window: nothing painted, no button answered, the therapist could not even quit. Each look
now runs in a thread of its own and its answer comes back to the UI thread as a queued
signal. One look per folder is out at a time, however many ask (a hung one is not joined
by a new thread at each tick); a look that has not answered after ``patience_ms`` is said
as :data:`NOT_ANSWERING`, and its real answer still follows whenever it comes.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: How long a look at a folder may take before the folder is said not to answer (ms).
PATIENCE_MS = 3000


class _NotAnswering:
    """The answer of a look still out after its patience ran out."""

    def __repr__(self) -> str:
        return "NOT_ANSWERING"


NOT_ANSWERING: Any = _NotAnswering()


def folder_answers(folder: Path) -> bool:
    """Whether ``folder`` is there; its point is that it came back at all (it may hang)."""
    try:
        return Path(folder).is_dir()
    except OSError:
        return False


class _Relay(QObject):
    """Lives on the UI thread: a worker's emit reaches it through the event loop."""

    landed = Signal(object)  # the _Flight, its answer in it


@dataclass
class _Flight:
    """The one look out for a folder: who waits for its answer, and who waits for it to
    land to send out a look of another kind (never two threads on one folder)."""

    key: str
    look: Callable[[Path], Any]
    folder: Path
    askers: list[weakref.ref[FolderCheck]] = field(default_factory=list)
    after: list[weakref.ref[FolderCheck]] = field(default_factory=list)
    answer: Any = NOT_ANSWERING
    done: threading.Event = field(default_factory=threading.Event)  # set by the worker


_relay: _Relay | None = None
_flights: dict[str, _Flight] = {}  # touched on the UI thread only


def _key(folder: Path) -> str:
    """The name one folder's looks share, made without reaching the file system.

    Not ``resolve()``: it stats each part of the path and reads each link, on the UI
    thread, and on a dead SMB or NFS mount that stat blocks for minutes, the very freeze
    this module keeps off the UI thread. Nor ``os.path.normpath``: "link/.." is not the
    link's folder's parent, and two folders sharing a key would get each other's
    answers. So two names of one folder (a link to it) are two looks at worst, each in a
    thread of its own, each still said not to answer after its patience."""
    return str(Path(folder).expanduser().absolute())


def _run(relay: _Relay, flight: _Flight) -> None:
    try:
        flight.answer = flight.look(flight.folder)
    except Exception:  # a look that failed is said as one that did not answer
        log.exception("looking at %s failed", flight.folder)
    flight.done.set()
    with contextlib.suppress(RuntimeError):  # the app ended while the look hung
        relay.landed.emit(flight)


def _land(flight: _Flight) -> None:
    if _flights.get(flight.key) is not flight:
        return  # landed already (``FolderCheck.wait``)
    del _flights[flight.key]
    for ref in flight.askers:
        asker = ref()
        if asker is not None and shiboken6.isValid(asker):
            asker._answer(flight.key, flight.folder, flight.answer)
    for ref in flight.after:
        asker = ref()
        if asker is not None and shiboken6.isValid(asker):
            asker._send(flight.key, flight.folder)


class FolderCheck(QObject):
    """Looks at folders with ``look`` off the UI thread; ``answered(folder, answer)`` on it.

    ``look(folder)`` runs in a worker thread and must not touch Qt; it is the seam where the
    file system is reached (a test gives one that blocks). Each :meth:`ask` is answered
    with ``look``'s answer, or with :data:`NOT_ANSWERING` after ``patience_ms`` and then
    the real answer once it comes.
    """

    answered = Signal(object, object)  # (folder, answer)

    def __init__(self, look: Callable[[Path], Any], *, patience_ms: int = PATIENCE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.look = look
        self.patience_ms = patience_ms
        self._waiting: dict[str, QTimer] = {}  # folder's key -> its patience

    def waiting(self, folder: Path) -> bool:
        """Whether a look at ``folder`` asked by this check has not answered yet."""
        return _key(folder) in self._waiting

    def ask(self, folder: Path) -> bool:
        """Look at ``folder``; False (nothing new sent) while this check's look at it is out."""
        global _relay
        key = _key(folder)
        if key in self._waiting:
            return False
        patience = QTimer(self)
        patience.setSingleShot(True)
        patience.setInterval(self.patience_ms)
        patience.timeout.connect(lambda: self.answered.emit(Path(folder), NOT_ANSWERING))
        self._waiting[key] = patience
        patience.start()
        if _relay is None:
            _relay = _Relay()
            _relay.landed.connect(_land)
        flight = _flights.get(key)
        if flight is None:
            self._send(key, Path(folder))
        elif flight.look == self.look:  # the same look already out: its answer is ours
            flight.askers.append(weakref.ref(self))
        else:  # another look at the folder is out: ours goes once it lands
            flight.after.append(weakref.ref(self))
        return True

    def _send(self, key: str, folder: Path) -> None:
        flight = _flights.get(key)
        if flight is not None:  # a third kind of look got there first: wait for it too
            (flight.askers if flight.look == self.look else flight.after).append(
                weakref.ref(self))
            return
        assert _relay is not None
        flight = _Flight(key, self.look, folder, [weakref.ref(self)])
        _flights[key] = flight
        threading.Thread(target=_run, args=(_relay, flight), name=f"look at {folder}",
                         daemon=True).start()

    def wait(self, folder: Path, ms: int) -> bool:
        """Wait up to ``ms`` for the look at ``folder`` asked just now, blocking the UI
        thread that long at most; whether it answered (``answered`` was then emitted).

        For a start screen chosen at once where the folder answers at once (a local disk,
        the tests); past ``ms`` the answer comes through the event loop as any other."""
        deadline = time.monotonic() + ms / 1000
        # Another kind of look at the folder may be out first: ours is sent as it lands.
        while self.waiting(folder) and (flight := _flights.get(_key(folder))) is not None:
            if not flight.done.wait(max(0.0, deadline - time.monotonic())):
                break
            _land(flight)  # its queued landing, when it comes, finds it landed
        return not self.waiting(folder)

    def _answer(self, key: str, folder: Path, answer: object) -> None:
        patience = self._waiting.pop(key, None)
        if patience is not None:
            patience.stop()
            patience.deleteLater()
        self.answered.emit(folder, answer)
