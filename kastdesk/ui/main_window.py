"""The main window: start screens while locked, register and case workspace while open.

Locking is the one path that must never fail open: flush what was typed, close every
other window (dialogs, detached views), drop the workspace and register, close the
vault (keys dropped, lock file released), then show the unlock screen.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes, Status
from kastdesk.domain.status import status_label
from kastdesk.store import CaseFile, CaseNotFound, KdfParams, StoreError, Vault
from kastdesk.ui.cases.client_actions import add_client_actions
from kastdesk.ui.cases.register import RegisterPanel
from kastdesk.ui.cases.status import change_status, fill_status_menu
from kastdesk.ui.common import (
    error_text,
    finish_running_work,
    inform,
    log_unexpected,
    plural,
    run_in_thread,
    run_op,
    show_error,
)
from kastdesk.ui.drafts import (
    KeepsDraft,
    keep_dialog_draft,
    keep_open_drafts,
    keep_vault_draft,
    keep_vault_drafts,
    pending_vault_drafts,
    take_vault_draft,
    typed_in_vault_windows,
)
from kastdesk.ui.files import vault_locking
from kastdesk.ui.folder_check import NOT_ANSWERING, FolderCheck, folder_answers
from kastdesk.ui.rescue import RescueKeeper
from kastdesk.ui.screen import size_to_screen
from kastdesk.ui.settings import PRIVACY_KEY, autolock_minutes, privacy_mode

log = logging.getLogger(__name__)

_W = TypeVar("_W", bound=QWidget)


def _alive(widget: _W | None) -> TypeGuard[_W]:
    """Whether ``widget`` is there and Qt has not deleted it (a box closed with
    WA_DeleteOnClose, a window a lock closed) behind the reference kept to it."""
    return widget is not None and shiboken6.isValid(widget)

try:
    from kastdesk.ui.workspace import CaseWorkspace as _RealWorkspace
except ImportError:  # the workspace package is built in parallel; fall back until it lands
    _RealWorkspace = None  # type: ignore[assignment,misc]


class PlaceholderWorkspace(QWidget):
    """Stands in for ``CaseWorkspace`` (same interface) while that package is missing."""

    changed = Signal(object)

    def __init__(self, vault: Vault, case: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self._case = case
        self._tab = "overview"
        profile = case.profile.get()
        self.label = QLabel(
            self.tr("{code} — {status}").format(code=profile.code,
                                               status=status_label(profile.status)), self)
        self.label.setObjectName("workspaceTitle")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self._privacy = True

    def flush(self) -> None:
        """Nothing typed here to save."""

    def current_tab(self) -> str:
        return self._tab

    def set_current_tab(self, name: str) -> None:
        self._tab = name

    def clear(self) -> None:
        self.label.clear()

    @property
    def privacy_mode(self) -> bool:
        return self._privacy

    @privacy_mode.setter
    def privacy_mode(self, on: bool) -> None:
        self._privacy = on


#: How often a save that failed for a cause that can pass is tried again (ms).
SAVE_RETRY_MS = 10_000
#: How long a look at the vault's folder may hold the UI thread before its answer is left
#: to come through the event loop (a local disk answers well within it, and the screen or
#: the save follows at once, as before the looks left the UI thread).
LOOK_WAIT_MS = 300


def workspace_class() -> Callable[..., Any]:
    return _RealWorkspace or PlaceholderWorkspace


def idle_clock() -> Callable[[], float]:
    """A clock in seconds for idle time that goes on counting while the computer sleeps.

    ``time.monotonic`` stops during suspend on Linux and macOS: a laptop closed for an hour
    after four quiet minutes woke up unlocked, its idle time still four minutes. Linux's
    CLOCK_BOOTTIME counts the sleep; elsewhere the wall clock does (``ForwardClock``).
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:  # an old kernel without it
            pass
        else:
            return partial(time.clock_gettime, boottime)
    return ForwardClock()


class ForwardClock:
    """Wall-clock seconds that never run backwards.

    The wall clock counts sleep but can be set back (by hand, by the time service); idle
    time read from it would then shrink and the lock come late, or never. A step back counts
    as no time passing; a step forward counts, so a clock set ahead locks early (the safe
    side).
    """

    def __init__(self, source: Callable[[], float] | None = None) -> None:
        self._source = source or time.time
        self._last = self._source()
        self._now = 0.0

    def __call__(self) -> float:
        raw = self._source()
        self._now += max(0.0, raw - self._last)
        self._last = raw
        return self._now


_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Notices keyboard and mouse use in the app's windows; emits ``idle`` after a quiet spell.

    The filter sits on each top-level ``QWindow`` (added as windows get focus), not on the
    application: input reaches a window before its widgets, while the flood of paint,
    layout and polish events goes to widgets only, so Python runs for a few events
    instead of tens of thousands per screen change. The filter only stamps a time; a
    slow timer compares (restarting a QTimer on every mouse move would cost more).

    Idle time is read from ``idle_clock`` (it counts the time the computer slept), so a
    laptop that wakes past the idle limit locks at the first check, and the first key or
    click after waking locks rather than count as use (``eventFilter``).

    A window is watched once it gets focus, and also once it is seen shown at a tick: a
    window the system never made the focus window (a dialog opened again by the unlock
    itself, not by a click, which a window manager may leave inactive; every window on a
    headless display) had its keys and clicks go uncounted, and the vault locked under a
    therapist working in it, the idle time counted from the unlock.
    """

    idle = Signal()

    def __init__(self, minutes: float = 5, parent: QObject | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._clock = clock or idle_clock()
        self.last_input = self._clock()
        self._watched: weakref.WeakSet[QWindow] = weakref.WeakSet()
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)
            # Coming back to the app (after a sleep too) checks at once, not up to a tick later.
            app.applicationStateChanged.connect(self._state_changed)

    def watch(self, window: QWindow | None) -> None:
        """Stamp input arriving at ``window`` (each window is watched once)."""
        if window is not None and window not in self._watched:
            self._watched.add(window)
            window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in _INPUT_EVENTS:
            now = self._clock()
            if self._overdue(now):
                # Past the limit and a tick more: the timer would have locked had the
                # computer been awake, so it slept. The key pressed or the lid's mouse nudge
                # on waking must not count as use and keep the vault open: lock (once this
                # event is done with) and let the input do nothing.
                self.last_input = now
                QTimer.singleShot(0, self.idle.emit)
                return True
            self.last_input = now
        return False

    def _overdue(self, now: float) -> bool:
        limit = self.minutes * 60 + self._timer.interval() / 1000
        return self.active and now - self.last_input >= limit

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def start(self, minutes: float) -> None:
        self.minutes = minutes
        self.last_input = self._clock()
        self._watch_shown()
        self._timer.start()

    def _watch_shown(self) -> None:
        """Watch every window shown now, focused or not (a handful: cheap at each tick)."""
        for window in QGuiApplication.topLevelWindows():
            if window.isVisible():
                self.watch(window)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        self._watch_shown()  # input in a window shown since counts from now on
        if self.active and self._clock() - self.last_input >= self.minutes * 60:
            self.last_input = self._clock()  # one lock per quiet spell, not one per tick
            self.idle.emit()

    def detach(self) -> None:
        for window in list(self._watched):
            window.removeEventFilter(self)
        self._watched = weakref.WeakSet()


class OwnWindowsOnly(QObject):
    """Lets the main window's shortcuts through only while one of its own windows is active.

    The actions are application-wide (``ApplicationShortcut``) so that they go on working
    from the main window's own windows: the non-modal Due list, a menu or a date field's
    calendar pop-up in a tab. A window that is not the main window's (the client view that
    Exercises → "Show to client" puts in front of the client, the supervisor's window) is
    no place for them: Ctrl+Shift+P pressed in the client view turned privacy mode off and
    showed the register's names to the client. A window belongs to the main window when its
    chain of parents reaches it; the client view has no parent on purpose.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner

    def allows(self, window: QWidget | None) -> bool:
        while window is not None:
            if window is self._owner:
                return True
            window = window.parentWidget()
        return False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() != QEvent.Type.Shortcut:
            return False
        active = QApplication.activePopupWidget() or QApplication.activeWindow()
        return not self.allows(active)  # True: swallowed, the action does not trigger


class _WorkspaceHost(QWidget):
    """What the window's scroll area holds: the case workspace, given its least height.

    A scroll area makes a child whose layout has a height for its width at least that
    height, and a layout's height for a width is its *preferred* one: at 14 pt the
    Overview would like 528 pixels, so every case tab scrolled up and down in a 700-pixel
    window though each fitted in less. The least height the layout can take is what
    decides whether the case needs to scroll; above it the case gets the whole viewport.
    """

    def heightForWidth(self, width: int) -> int:  # Qt override
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.minimumHeightForWidth(width)
        return super().heightForWidth(width)


class _StartPage(_WorkspaceHost):
    """What the start screens' scroll area holds: like the workspace, it scrolls only
    where the window is shorter than the least height the screen shown can take (a
    wrapped sentence's preferred height would make a screen that fits scroll)."""


class _Workbench(QSplitter):
    """The register beside the case, the register as wide as a whole number of its columns.

    A fixed 470 pixels cut the register's columns mid-word ("Senaste k", "2026-12-0") at
    every window size, and at 1024 pixels left the case too narrow for its tab names
    ("Självsk", "Handledning" out of sight). So the register takes the most whole columns
    that leave the case its least width (every tab name whole, ``case_least``); the last
    column (days waited) only where the case keeps ``ROOMY_CASE`` too, else it is a
    scroll away. Each resize fits again, until the therapist drags the handle: from then
    on the width is theirs.

    Where even the fewest whole columns squeeze the tab names (a 14 pt font in a
    1024-pixel window: 688 pixels left for 790 in English and 840 in Swedish, whose names
    alone are wider than that), the register keeps only its code and flag columns, what a
    therapist picks a client by; its status is a scroll away, and the open client's status
    stands in the case's header.
    """

    #: What the case had beside the register in a 1366-pixel window before: the width its
    #: tabs lay out side by side in. The register's last column never takes it away.
    ROOMY_CASE = 900
    #: The register's least width where the case keeps its tab names whole beside it.
    USUAL_REGISTER = 320

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.register: RegisterPanel | None = None
        self.case_least: Callable[[], int] = lambda: 0
        self.chosen_by_hand = False
        self.splitterMoved.connect(self._moved_by_hand)

    def _moved_by_hand(self, _pos: int, _index: int) -> None:
        self.chosen_by_hand = True

    def register_width(self) -> int:
        """The width :meth:`fit_register` gives the register at the splitter's width now."""
        assert self.register is not None
        room = self.width() - self.handleWidth()
        stops = self.register.column_stops()
        least = self.case_least()
        chosen = stops[0]
        for index, stop in enumerate(stops):
            every_column = index == len(stops) - 1 and index > 0
            if room - stop >= (max(least, self.ROOMY_CASE) if every_column else least):
                chosen = stop
        if room - max(chosen, self.USUAL_REGISTER) >= least:
            return max(chosen, self.USUAL_REGISTER)
        if room - chosen >= least:
            return chosen
        return self.register.narrowest()

    def fit_register(self) -> None:
        """Give the register its whole columns (unless the therapist chose a width)."""
        if self.chosen_by_hand or self.register is None or self.count() < 2 \
                or self.width() <= 0:
            return
        width = self.register_width()
        if self.sizes()[0] != width:
            self.setSizes([width, max(0, self.width() - self.handleWidth() - width)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit_register()


def _keys(action: QAction) -> str:
    """An action's shortcut as the menus write it in the user's language ("Ctrl+Skift+P" in
    Swedish): a tooltip that spelled it out in English disagreed with the View menu."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class MainWindow(QMainWindow):
    """Owns the open vault (or none while locked) and everything that shows case content."""

    case_changed = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        demo_passphrase: str | None = None,
        kdf: KdfParams | None = None,
        today: Callable[[], date] = date.today,
        expect_vault: bool = False,
        remember_folder: Callable[[Path], None] | None = None,
        rescue_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``expect_vault``: the folder was named or remembered, so finding no vault there
        is news (moved or renamed), not a first run; ``remember_folder(folder)`` is called
        with the folder of each vault opened, for the next start. ``rescue_folder``: where
        sealed rescue copies of text the vault cannot take yet are kept (the app passes
        the user's application data folder; None keeps none, as in the demo)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.folder = Path(folder)
        self.expect_vault = expect_vault
        self._remember_folder = remember_folder
        self._create_here = False  # the therapist chose a new vault where none was found
        self._missing: Any = None
        self.demo = demo_passphrase is not None
        self.demo_passphrase = demo_passphrase
        self.kdf = kdf
        self.today = today
        self.vault: Vault | None = None
        self.case: CaseFile | None = None
        self.workspace: Any = None
        self.privacy = True
        #: Where a lock left the case: client, tab, session, and the cursor in the session
        #: note if the note had the focus.
        self._restore: tuple[str, str, str | None, int | None] | None = None
        self._due: Any = None  # the open Due dialog (kastdesk.ui.cases.due), if any
        #: Stops the check of start forms running in the background (``_check_start_forms``).
        self._start_forms_stop: Any = None
        # Told that what was typed cannot be saved: the next quit or change of client goes
        # on without it (see _go_on_unsaved).
        self._told_unsaved = False
        # A Quit was refused because what was typed waits to be saved (a stick out, an
        # older copy in its place, a full disk): the next Quit asks whether to quit without
        # it (``_ask_quit_unsaved``), and "Quit without saving it" sets ``_quit_unsaved``.
        # Every Quit only showed the box again, and a logout ended in a kill (QA 19 R2).
        self._quit_waits = False
        self._quit_unsaved = False
        self._quit_question: QMessageBox | None = None
        self._waiting_error: StoreError | None = None  # why the save waits, for the question
        #: Set at a logout, a shutdown or a termination signal (kastdesk.ui.app): the close
        #: then saves what it can and quits, never waits (the session manager kills a
        #: process that does not end, and every unsaved word with it).
        self.ending = False
        # The box last shown for a save that waits: kept saying the current cause (the
        # stick out, then an older copy put back in its place).
        self._save_box: weakref.ref[QMessageBox] | None = None
        self._told_cause = ""  # the sentence last shown for it
        self._unlock: Any = None
        self._wizard: Any = None
        self._start_widget: QWidget | None = None
        # The restore dialog that is closing the vault: the lock leaves it open.
        self._keep_window: QWidget | None = None
        # A lock (or quitting) is closing the vault: a second lock asked for meanwhile (the
        # idle check as closing windows makes the app active again) is a no-op.
        self._closing_vault = False
        # A lock that could not save what was typed (a memory stick out, a full disk, a
        # busy file): the windows it hid, to show again at the unlock (``_hold_lock``).
        self._held: list[weakref.ref[QWidget]] | None = None
        # What the dialogs it closed held, (scope, draft key, draft): kept in the case or
        # the vault as soon as they can be written, then opened again (``_keep_held_drafts``).
        self._held_drafts: list[tuple[str, str, dict[str, Any]]] = []
        # After a save that failed for a cause that can pass, it is tried again on this
        # timer while anything is unsaved (``_retry_save``): freeing space left the note
        # "Not saved" until the next key, and a crash meanwhile lost it.
        self._save_retry = QTimer(self)
        self._save_retry.setInterval(SAVE_RETRY_MS)
        self._save_retry.timeout.connect(self._retry_when_folder_answers)
        # Each try first looks at the vault's folder off the UI thread: on a network folder
        # that hangs, the save's own stat froze the window for minutes (R8).
        self.retry_look = FolderCheck(folder_answers, parent=self)
        self.retry_look.answered.connect(self._folder_answered)
        self._retry_tells = False
        # The start screen's look at the vault's folder, off the UI thread too: a folder
        # remembered on a network share that hangs kept the window from ever showing.
        self.start_look = FolderCheck(type(self).vault_look, parent=self)
        self.start_look.answered.connect(self._start_looked)
        self._start_pending = False
        self.restore_dialog: Any = None
        # While text waits for the vault, a sealed copy outside it (kastdesk.ui.rescue): a
        # stick that never came back and a battery that died lost the text.
        self.rescue = RescueKeeper(self, rescue_folder)
        self.setWindowTitle(self.tr("KastDesk — DEMO") if self.demo else self.tr("KastDesk"))

        self.stack = QStackedWidget(self)
        # The start screens scroll where the window is shorter than they are (the first-run
        # form at 14 pt in a 1093×574 window): they never make the window taller than the
        # screen, with "Create vault" and "Restore from a backup…" behind the taskbar.
        self.start_host = QScrollArea(self.stack)
        self.start_host.setObjectName("startHost")
        self.start_host.setWidgetResizable(True)
        self.start_host.setFrameShape(QFrame.Shape.NoFrame)
        self.start_host.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_host.viewport().setAutoFillBackground(False)
        self.start_page = _StartPage()
        self.start_page.setObjectName("startPage")
        self.start_page.setAutoFillBackground(False)
        self.start_host.setWidget(self.start_page)
        self._start_layout = QVBoxLayout(self.start_page)
        self._start_layout.setContentsMargins(0, 0, 0, 0)
        self.waiting_label = QLabel(self.start_page)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_label.setWordWrap(True)  # "Looking for the vault in" a long path
        self._start_layout.addWidget(self.waiting_label)
        # Below every start screen (no vault yet, a vault that will not open, one not
        # found): the way back from a backup. The start screens are added above it.
        self.restore_link = QPushButton(self.tr("Restore from a backup…"), self.start_page)
        self.restore_link.setObjectName("linkButton")
        self.restore_link.setFlat(True)
        self.restore_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_link.clicked.connect(self.restore_from_backup)
        self._start_layout.addWidget(self.restore_link, 0, Qt.AlignmentFlag.AlignHCenter)
        self._start_layout.addSpacing(24)
        self.restore_link.hide()
        self.workbench = _Workbench(self.stack)
        self.workbench.setObjectName("workbench")
        self.workbench.setChildrenCollapsible(False)
        self.register = RegisterPanel(today, self.workbench)
        self.workbench.register = self.register
        self.workbench.case_least = self._case_least_width
        self.register.stops_changed.connect(self.workbench.fit_register)
        self.register.client_selected.connect(self.open_client)
        self.register.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.register.table.customContextMenuRequested.connect(self._register_menu)
        # A scroll area around the workspace: a wide child (a long risk banner) then scrolls
        # instead of squeezing the register to its minimum.
        self.workspace_scroll = QScrollArea(self.workbench)
        self.workspace_scroll.setObjectName("workspaceScroll")
        self.workspace_scroll.setWidgetResizable(True)
        self.workspace_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it shows no focus): Tab goes from the register straight
        # to the case's first button; the widgets inside keep theirs.
        self.workspace_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.workspace_host = _WorkspaceHost()
        self.workspace_host.setObjectName("workspaceHost")
        self.workspace_scroll.setWidget(self.workspace_host)
        self._workspace_layout = QVBoxLayout(self.workspace_host)
        self._workspace_layout.setContentsMargins(4, 8, 8, 4)
        self.empty_label = QLabel(self.tr("Choose a client in the register, or add a new one."),
                                  self.workspace_host)
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._workspace_layout.addWidget(self.empty_label)
        self.workbench.addWidget(self.register)
        self.workbench.addWidget(self.workspace_scroll)
        self.workbench.setStretchFactor(0, 0)
        self.workbench.setStretchFactor(1, 1)
        self.stack.addWidget(self.start_host)
        self.stack.addWidget(self.workbench)
        self.setCentralWidget(self.stack)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusText")
        self.idle = IdleWatcher(parent=self)
        # What was last put on the clipboard while KastDesk was the active app (a sentence
        # copied from a note): the lock and quitting take it off again.
        self._copied_here: str | None = None
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._clipboard_changed)
        self._shortcut_gate = OwnWindowsOnly(self)
        self._build_actions()
        model = self.register.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_empty_text)
        self._update_empty_text()
        self.statusBar().addWidget(self.status_label, 1)
        # Shown only once the last backup is older than the vault's reminder days: a quiet
        # offer in the status line, never a dialog at start.
        self.backup_reminder = QPushButton(self.tr("Back up now…"), self)
        self.backup_reminder.setObjectName("linkButton")
        self.backup_reminder.setFlat(True)
        self.backup_reminder.setCursor(Qt.CursorShape.PointingHandCursor)
        self.backup_reminder.clicked.connect(self.back_up_vault)
        self.backup_reminder.hide()
        self.statusBar().addPermanentWidget(self.backup_reminder)
        self.statusBar().setContentsMargins(0, 0, 8, 0)  # the link's last letter clear of the edge
        self.statusBar().setSizeGripEnabled(False)

        self.case_changed.connect(self._apply_changes)
        self.idle.idle.connect(self.lock)
        # 1366×768 where the screen has room; maximized where it has not (each of the
        # clinic laptops the QA pass tried: 1093×574 above the taskbar at 125 %).
        size_to_screen(self, 1366, 768, maximize=True)
        self._set_unlocked_ui(False)
        self.show_start()

    # -- actions, menus, toolbar ----------------------------------------------------
    def _action(self, text: str, name: str, slot: Callable[..., Any],
                shortcut: QKeySequence | str | None = None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.installEventFilter(self._shortcut_gate)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_client_action = self._action(self.tr("New client…"), "newClientAction",
                                              self.new_client, QKeySequence.StandardKey.New)
        self.lock_action = self._action(self.tr("Lock"), "lockAction", self.lock, "Ctrl+L")
        self.lock_action.setToolTip(self.tr("Save everything and lock the vault ({keys})").format(
            keys=_keys(self.lock_action)))
        self.privacy_action = self._action(self.tr("Privacy mode"), "privacyAction",
                                           self.set_privacy, "Ctrl+Shift+P", checkable=True)
        self.privacy_action.setToolTip(self.tr(
            "Show client codes only, never names ({keys})").format(keys=_keys(self.privacy_action)))
        self.privacy_action.blockSignals(True)
        self.privacy_action.setChecked(True)
        self.privacy_action.blockSignals(False)
        self.due_action = self._action(self.tr("Due…"), "dueAction", self.show_due, "Ctrl+D")
        self.due_action.setToolTip(self.tr(
            "Follow-ups due, clients waiting for a first session, silent cases"))
        self.settings_action = self._action(self.tr("Settings…"), "settingsAction",
                                            self.show_settings)
        self.quit_action = self._action(self.tr("Quit"), "quitAction", self.close,
                                        QKeySequence.StandardKey.Quit)
        self.search_action = self._action(self.tr("Find client"), "searchAction",
                                          self._focus_search, QKeySequence.StandardKey.Find)
        self.status_menu = QMenu(self.tr("Change status"), self)
        self.status_menu.setObjectName("statusMenu")
        self.status_menu.aboutToShow.connect(lambda: self._fill_status_menu(self.status_menu))

        self.export_action = self._action(self.tr("Export case summary…"), "exportAction",
                                          self.export_case_summary, "Ctrl+E")
        self.packet_action = self._action(self.tr("Prepare supervision packet…"),
                                          "packetAction", self.prepare_packet)
        self.meeting_action = self._action(self.tr("Record guidance meeting…"),
                                           "meetingAction", self.record_meeting)
        self.import_comments_action = self._action(self.tr("Import supervisor comments…"),
                                                   "importCommentsAction", self.import_comments)
        self.open_packet_action = self._action(self.tr("Open supervision packet (supervisor)…"),
                                               "openPacketAction", self.open_packet)
        self.verify_action = self._action(self.tr("Verify vault…"), "verifyAction",
                                          self.verify_vault)
        self.audit_action = self._action(self.tr("Audit log…"), "auditAction",
                                         self.show_audit_log)
        self.backup_action = self._action(self.tr("Back up vault…"), "backupAction",
                                          self.back_up_vault)
        self.restore_action = self._action(self.tr("Restore from backup…"), "restoreAction",
                                           self.restore_from_backup)
        self.register_action = self._action(self.tr("Show register"), "registerAction",
                                            self.show_register, "F9", checkable=True)
        self.register_action.setToolTip(self.tr(
            "Hide the register to give the open case the whole width ({keys})").format(
            keys=_keys(self.register_action)))
        self.register_action.blockSignals(True)
        self.register_action.setChecked(True)
        self.register_action.blockSignals(False)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_client_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        supervision_menu = file_menu.addMenu(self.tr("Supervision"))
        supervision_menu.addAction(self.packet_action)
        supervision_menu.addAction(self.meeting_action)
        supervision_menu.addAction(self.import_comments_action)
        supervision_menu.addSeparator()
        supervision_menu.addAction(self.open_packet_action)
        file_menu.addSeparator()
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.audit_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        client_menu.addAction(self.search_action)
        client_menu.addMenu(self.status_menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.register_action)
        view_menu.addAction(self.privacy_action)
        view_menu.addAction(self.due_action)

        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_client_action)
        status_button = QToolButton(bar)
        status_button.setObjectName("statusButton")
        status_button.setText(self.tr("Status"))
        status_button.setMenu(self.status_menu)
        status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Like the toolbar's other buttons, no Tab stop (Client → Change status is the
        # keyboard's way): it sat between the register and the case in the Tab order.
        status_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addWidget(status_button)
        bar.addAction(self.due_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.privacy_action)
        bar.addAction(self.lock_action)
        bar.widgetForAction(self.lock_action).setObjectName("lockButton")
        bar.widgetForAction(self.privacy_action).setObjectName("privacyButton")
        self.addToolBar(bar)
        self.toolbar = bar
        self._unlocked_actions = [self.new_client_action, self.lock_action, self.privacy_action,
                                  self.due_action, self.settings_action, self.search_action,
                                  self.export_action, self.packet_action, self.meeting_action,
                                  self.import_comments_action, self.verify_action,
                                  self.audit_action, self.register_action, self.backup_action,
                                  self.restore_action]
        self._supervisor_windows: list[Any] = []

    # -- exports, supervision, checking ------------------------------------------------
    def export_case_summary(self) -> None:
        """File → Export case summary… for the open client."""
        if self.vault is None:
            return
        if self.case is None:
            inform(self, self.tr("Export case summary"),
                   self.tr("Choose a client in the register first."))
            return
        if not self._flush_workspace():
            return
        from kastdesk.ui.supervision.export_dialog import ExportDialog

        ExportDialog(self.vault, self.case.client_id, self).exec()

    def prepare_packet(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        if self.vault is None or not self._flush_workspace():
            return
        from kastdesk.ui.supervision.meeting import PacketDialog

        dialog = PacketDialog(self.vault, self)
        if isinstance(draft, dict):  # not the action's "checked" flag
            dialog.restore_draft(draft)
        if dialog.exec() and dialog.result is not None:
            inform(
                self, self.tr("Supervision packet"),
                self.tr("Saved {pdf} and {packet}: {n} cases, {q} questions.")
                .replace("{pdf}", dialog.result.pdf.name)
                .replace("{packet}", dialog.result.packet.name)
                .replace("{n}", str(dialog.result.cases))
                .replace("{q}", str(dialog.result.questions)))

    def record_meeting(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        if self.vault is None or not self._flush_workspace():
            return
        from kastdesk.ui.supervision.meeting import MeetingDialog

        dialog = MeetingDialog(self.vault, self)
        if isinstance(draft, dict):  # not the action's "checked" flag
            dialog.restore_draft(draft)
        dialog.exec()
        if self.workspace is not None:
            self.workspace.changed.emit(Changes(label="Record guidance meeting",
                                                areas={"documents"}))

    def import_comments(self) -> None:
        if self.vault is None:
            return
        from kastdesk.ui.supervision.meeting import ask_and_import_comments

        ask_and_import_comments(self.vault, self)

    def open_packet(self) -> None:
        """Supervisor mode in its own window; it never touches this vault."""
        from kastdesk.ui.supervision.supervisor import ask_and_open_packet

        window = ask_and_open_packet(self)
        if window is not None:
            self._supervisor_windows.append(window)

    def show_audit_log(self) -> None:
        """File → Audit log…: who opened, changed, exported or deleted what, and when, in the
        vault and every client's file (kastdesk.ui.audit; a case's own: its History…)."""
        if self.vault is None:
            return
        from kastdesk.ui.audit import show_vault_log

        show_vault_log(self, self.vault)

    def verify_vault(self) -> None:
        """File → Verify vault…: every file's HMACs and audit chain, with progress."""
        if self.vault is None or not self._flush_workspace():
            return
        vault = self.vault

        def work(progress: Callable[[int, int], None]) -> list[str]:
            return vault.verify(progress)

        def done(problems: list[str]) -> None:
            if problems:
                # Each line says what to do (restoring the index is not always the cure).
                inform(self, self.tr("Verify vault"),
                       self.tr("Problems were found; each line says what to do:")
                       + "\n\n" + "\n".join(problems[:20]), warning=True)
            else:
                inform(self, self.tr("Verify vault"),
                       self.tr("The vault is intact: every file and audit log checked."))

        self._verify_task = run_in_thread(self, work, done,
                                          label=self.tr("Checking every file of the vault…"))

    # -- backups -------------------------------------------------------------------------
    def back_up_vault(self) -> None:
        """File → Back up vault…: what is typed is saved first, then the dialog asks where."""
        if self.vault is None or not self._flush_workspace():
            return
        from kastdesk.ui.backup import BackupDialog

        dialog = BackupDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._backup_saved)
        dialog.open()

    def _backup_saved(self, result: Any) -> None:
        from kastdesk.ui.backup import size_text

        text = self.tr("The backup was saved: {path} ({size}).").format(
            path=result.path, size=size_text(result.size))
        if result.missing:
            codes = [self._code_of(client_id) for client_id in result.missing]
            text += "\n\n" + self.tr(
                "The case files of {codes} could not be read, so they are not in the backup; "
                "Verify vault says what to do.").format(codes=", ".join(codes))
        inform(self, self.tr("Back up vault"), text, warning=bool(result.missing))
        self._update_status_text()

    def _code_of(self, client_id: str) -> str:
        try:
            return self.vault.client(client_id).code if self.vault is not None else "?"
        except Exception as exc:  # deleted since: the message still says how many
            log_unexpected(exc)
            return "?"

    def restore_from_backup(self) -> None:
        """File → Restore from backup…, or the start screens' link (no vault yet, or one
        that will not open): the dialog checks the backup; the open vault is saved and
        closed only once the therapist confirmed."""
        if self.restore_dialog is not None:
            self.restore_dialog.raise_()
            return
        from kastdesk.ui.backup import RestoreDialog

        dialog = RestoreDialog(self.folder, self,
                               before_restore=lambda: self._close_for_restore(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._vault_restored)
        dialog.destroyed.connect(self._restore_dialog_closed)
        self.restore_dialog = dialog
        dialog.open()

    def _restore_dialog_closed(self) -> None:
        self.restore_dialog = None

    def _close_for_restore(self, dialog: QWidget) -> bool:
        """Save and close the open vault as a lock does, leaving ``dialog`` open; False
        while what is typed cannot be saved yet (a full disk: said, nothing closes)."""
        if self.vault is None:
            return True
        self._keep_window = dialog
        try:
            return self.lock()
        finally:
            self._keep_window = None

    def _vault_restored(self, result: Any) -> None:
        """Open the restored vault and say where the one it replaced was kept."""
        from kastdesk.ui.backup import when_text

        for name in ("_wizard", "_missing"):  # made for a folder that held no vault
            self._drop_start_widget(name)
        self._create_here = False
        self.open_vault(result.vault)
        if self.vault is not result.vault:
            return  # it could not be read; open_vault said why
        text = self.tr("The vault was restored from the backup from {when}.").format(
            when=when_text(result.info.created))
        if result.aside is not None:
            text += "\n\n" + self.tr(
                "The vault that was in its place was moved to {aside}; nothing in it was "
                "changed or deleted.").format(aside=result.aside)
        inform(self, self.tr("Restore from backup"), text)

    def show_register(self, on: bool) -> None:
        """View → Show register (F9): the case can use the whole width during a session."""
        self.register.setVisible(on)

    def _flush_workspace(self) -> bool:
        """Save what is typed before an operation reads the case; False if it failed."""
        if self.workspace is None:
            return True
        try:
            self.workspace.flush()
        except Exception as exc:  # a bug too: said once here, not lost in a Qt slot
            show_error(self, exc)
            return False
        return True

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        for action in self._unlocked_actions:
            action.setEnabled(unlocked)
        if not unlocked:
            self.backup_reminder.hide()
        else:
            self.restore_link.hide()
        self.status_menu.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.menuBar().setVisible(unlocked)  # a locked window offers nothing but unlocking

    # -- start screens --------------------------------------------------------------
    def _set_start_widget(self, widget: QWidget) -> None:
        for child in (self.waiting_label, self._unlock, self._wizard, self._missing):
            if child is not None and child is not widget:
                child.hide()
        if self._start_layout.indexOf(widget) < 0:
            at = self._start_layout.indexOf(self.restore_link)  # above the footer link
            if widget is self._wizard:  # a form, not a page: keep it a readable size
                self._start_layout.insertWidget(at, widget, 0, Qt.AlignmentFlag.AlignCenter)
            else:
                self._start_layout.insertWidget(at, widget)
        widget.show()
        self.stack.setCurrentWidget(self.start_host)
        self._start_widget = widget
        self._update_restore_link()

    def _update_restore_link(self) -> None:
        """The start screens' "Restore from a backup…": shown under the unlock screen, the
        vault-not-found screen and a first run's create form (not once the form made a
        vault, which it holds open, nor in the demo)."""
        widget = self._start_widget
        shown = not self.demo and self.vault is None and widget is not None and (
            widget is self._unlock or widget is self._missing
            or (widget is self._wizard and self._wizard.vault is None))
        self.restore_link.setVisible(bool(shown))

    def show_waiting(self, text: str) -> None:
        self.waiting_label.setText(text)
        self._set_start_widget(self.waiting_label)

    #: Whether a folder holds a vault: run off the UI thread (the seam a test makes hang).
    vault_look: Callable[[Path], bool] = staticmethod(Vault.is_vault)

    def show_start(self) -> None:
        """The unlock screen for an existing vault, the create wizard for a new folder,
        and where a vault was expected but is not, a screen that says so.

        Which one is told by a look at the folder off the UI thread: where it answers at
        once the screen follows at once; else "Looking for the vault" shows until it does,
        and a folder that does not answer is taken as not there yet (``_start_looked``)."""
        self._start_pending = True
        if not self.start_look.ask(self.folder):
            # The last look at this folder is still out (a share that hangs): no second one
            # is sent and no new patience starts, so the screen is the one for a folder that
            # does not answer, not "Looking for the vault" until the hung look comes back
            # (QA 20: Create a new vault left that sentence alone, for minutes).
            self._start_pending = False
            self._show_start_for(False, answering=False)
            return
        if not self.start_look.wait(self.folder, LOOK_WAIT_MS) and self._start_pending:
            self.show_waiting(self.tr("Looking for the vault in {folder}…").format(
                folder=self.folder))

    def _start_looked(self, folder: Path, answer: object) -> None:
        if not self._start_pending or self.vault is not None or Path(folder) != self.folder:
            return  # a late answer, once the screen was chosen
        self._start_pending = False
        self._show_start_for(answer is True, answering=answer is not NOT_ANSWERING)

    def _show_start_for(self, vault_there: bool, *, answering: bool = True) -> None:
        """``show_start`` once the folder answered (or was taken as not there yet)."""
        expected = self.expect_vault or not answering
        refused = self._create_here and not answering
        if refused:  # a vault made in a folder that does not answer would hang the window
            self._create_here = False
        if not vault_there and expected and not self._create_here:
            if self._missing is None:
                from kastdesk.ui.start.missing import MissingVaultScreen

                self._missing = MissingVaultScreen(self.folder, parent=self.start_page)
                self._missing.chosen.connect(self.use_folder)
                self._missing.create_requested.connect(self._create_new_vault)
            self._set_start_widget(self._missing)
            self._missing.choose_button.setFocus()
            if refused:
                self._missing.say_cannot_create(self.folder)
            elif not answering:
                self._missing.say_not_answering(self.folder)
            return
        if vault_there:
            if self._unlock is None:
                from kastdesk.ui.start.unlock import UnlockScreen

                self._unlock = UnlockScreen(self.folder, demo_passphrase=self.demo_passphrase,
                                            parent=self.start_page)
                self._unlock.unlocked.connect(self.open_vault)
            self._set_start_widget(self._unlock)
            self._unlock.reset()
        else:
            if self._wizard is None:
                from kastdesk.ui.start.create import CreateVaultWizard

                self._wizard = CreateVaultWizard(self.folder, kdf=self.kdf,
                                                 cancellable=self._create_here,
                                                 parent=self.start_page)
                self._wizard.setWindowFlags(Qt.WindowType.Widget)
                self._wizard.created.connect(self._vault_created)
                self._wizard.currentIdChanged.connect(self._update_restore_link)
                self._wizard.cancelled.connect(self._create_cancelled)
            self._set_start_widget(self._wizard)

    @property
    def unlock_screen(self) -> Any:
        return self._unlock

    @property
    def create_wizard(self) -> Any:
        return self._wizard

    @property
    def missing_screen(self) -> Any:
        return self._missing

    def _drop_start_widget(self, name: str) -> None:
        widget = getattr(self, name)
        if widget is not None:
            widget.hide()
            widget.deleteLater()
            setattr(self, name, None)

    def use_folder(self, folder: Path) -> None:
        """Open the vault in ``folder`` instead (the therapist found the moved vault)."""
        self.folder = Path(folder)
        self._create_here = False
        for name in ("_unlock", "_wizard", "_missing"):  # each was made for the old folder
            self._drop_start_widget(name)
        self.show_start()

    def _create_new_vault(self) -> None:
        self._create_here = True
        self.show_start()

    def _create_cancelled(self) -> None:
        self._create_here = False
        self._drop_start_widget("_wizard")
        self.show_start()

    def _vault_created(self, vault: Vault) -> None:
        self._drop_start_widget("_wizard")
        self.open_vault(vault)

    # -- open and lock --------------------------------------------------------------
    def open_vault(self, vault: Vault) -> None:
        """Show the register of a freshly unlocked vault; return to the remembered place."""
        if self._held is not None and vault is self.vault:
            self._release_hold()
            return
        self.vault = vault
        self._told_unsaved = False
        # A vault was here: should it be gone at the next lock (moved), that is news.
        self.expect_vault = True
        self._create_here = False
        if self._remember_folder is not None and not self.demo:
            try:
                self._remember_folder(self.folder)
            except Exception as exc:  # a convenience for the next start, never a blocker
                log_unexpected(exc)
        try:
            self.privacy = privacy_mode(vault)
            minutes = autolock_minutes(vault)
            vault.today = self.today
            vault.refresh_register()  # next sessions that have since passed
            self.register.load(vault.clients())
        except Exception as exc:  # a vault we cannot read is closed again
            show_error(self, exc)
            self.vault = None
            vault.close()
            self.show_start()
            return
        self.privacy_action.blockSignals(True)
        self.privacy_action.setChecked(self.privacy)
        self.privacy_action.blockSignals(False)
        self.register.set_privacy(self.privacy)
        self._set_unlocked_ui(True)
        self.stack.setCurrentWidget(self.workbench)
        self.workbench.fit_register()  # the columns' widths may have changed with privacy
        self.idle.start(minutes)
        self._update_status_text()
        restore, self._restore = self._restore, None
        in_note = False
        if restore is not None:
            client_id, tab, session_id, note_at = restore
            if self.register.select(client_id) and self.workspace is not None:
                self.workspace.set_current_tab(tab)
                if tab == "sessions" and session_id:  # the note being written, not the newest
                    self.workspace.set_current_session(session_id)
                    # Back in the sentence being typed, not in the register's search.
                    if note_at is not None:
                        in_note = self.workspace.resume_note(note_at)
        if not in_note:
            self.register.search.setFocus()
        self.rescue.start(vault)  # a copy kept before this unlock is offered back
        QTimer.singleShot(0, self._resume_vault_drafts)
        QTimer.singleShot(0, self._check_start_forms)
        QTimer.singleShot(0, self.rescue.offer)

    def _check_start_forms(self) -> None:
        """Register lines from before the register kept each start form's state are read in
        the background, so the Due list names a start form missed before the upgrade
        without each case being opened first (QA 19 #12)."""
        from kastdesk.ui.cases.due import check_start_forms

        vault = self.vault
        if vault is None or not vault.is_open or self._held is not None:
            return
        try:
            self._start_forms_stop = check_start_forms(vault, self, self._start_forms_filled)
        except Exception as exc:  # the Due list says which cases are not checked
            log_unexpected(exc)

    def _start_forms_filled(self, client_ids: list[str]) -> None:
        """The register's lines and an open Due list follow the start forms just read."""
        if self.vault is None:
            return
        for client_id in client_ids:
            try:
                entry = self.vault.client(client_id)
            except CaseNotFound:  # deleted meanwhile
                continue
            self.register.model.update_entry(entry)
        self._refresh_due()

    def lock(self) -> bool:
        """Save, clear every window with case content, drop the keys, show the unlock screen.

        Returns False (and stays open) only while what was typed can still be saved once the
        therapist acts (a full disk: free space): losing a note is worse than a few more
        seconds unlocked, and the therapist is told. What can never be saved (a case file
        replaced under the open session, a bug) does not keep the vault open: the lock goes
        on, and says afterwards what was not saved.

        A lock asked for while one is under way (closing windows, or a message of the save,
        runs events: the idle check when the app becomes active again) does nothing and
        returns False, as the vault is not closed yet: it ran whole, and the first then
        found no vault to close (an error in the log).
        """
        if self.vault is None or self._held is not None:
            return True
        if self._closing_vault:
            return False
        self._closing_vault = True
        try:
            return self._lock()
        finally:
            self._closing_vault = False

    def _lock(self) -> bool:
        """The lock itself (``lock`` keeps a second from starting while it runs)."""
        lost = self._save_everything(tell=False)
        if lost is None:
            self._hold_lock()
            return True
        self._close_vault_locked(lost)
        return True

    def _close_vault_locked(self, lost: list[BaseException]) -> None:
        """Close every window with case content and the vault, drop the keys, show the
        unlock screen; then say what was not saved (``lost``), if anything."""
        vault_locking()  # a system file or print dialog still open answers as cancelled
        self.rescue.closing(lost)  # what is lost stays sealed outside the vault
        if self.workspace is not None:
            self._restore = (str(self.case.client_id) if self.case else "",
                             self.workspace.current_tab(), self.workspace.current_session(),
                             self.workspace.note_cursor())
        self._close_other_windows()
        self._close_held_windows()
        self._save_retry.stop()
        self._drop_workspace(flush=False)
        self.register.clear()
        self._clear_clipboard()
        vault, self.vault = self.vault, None
        self.idle.stop()
        try:
            vault.close()
        except Exception as exc:  # keys are dropped in any case
            log_unexpected(exc)
        self._set_unlocked_ui(False)
        self.status_label.clear()
        self.show_start()
        if lost:  # after the windows closed, or the lock would close the message too
            inform(self, self.tr("KastDesk"),
                   self._not_saved_text(lost) + "\n\n"
                   + self.tr("The vault was locked all the same."), warning=True)

    def _finish_held_lock(self) -> None:
        """Once what a held lock kept has been saved (the stick back, space freed), finish
        the lock as any lock: the hidden dialogs' text kept as drafts, every window closed,
        the keys dropped. Not while the passphrase typed at it is being checked (that
        unlock brings the windows back instead)."""
        if self._held is None or self._closing_vault or (
                self._unlock is not None and self._unlock.working):
            return
        self._closing_vault = True
        try:
            lost = self._save_everything(tell=False)
            if lost is not None:
                self._close_vault_locked(lost)
        finally:
            self._closing_vault = False

    def _hold_lock(self) -> None:
        """Lock the screen although what was typed could not be saved yet.

        The save can succeed later (a memory stick plugged back in, space freed, a backup's
        copy done), so the text must not be dropped; but the lock used to refuse, and with
        the folder read-only or the disk full the case stayed on screen all night, one more
        message box at each idle period. Now every window is hidden (windows of their own
        shown again at the unlock; dialogs closed as any lock closes them, what they hold
        kept in memory until it can be saved, then opened again), the passphrase is asked
        for, and the save is
        tried again meanwhile (``_retry_save``) and at the unlock. The vault stays open
        behind the lock screen (its key is needed to save, and the folder may be out of
        reach for an unlock from the disk) only until the text is saved: the lock is then
        finished as any lock (``_finish_held_lock``).
        """
        vault = self.vault
        assert vault is not None
        vault_locking()  # a system file or print dialog still open answers as cancelled
        QToolTip.hideText()
        held: list[weakref.ref[QWidget]] = []
        dialogs: list[QDialog] = []
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                # Closed as any lock closes them (hidden, one run with exec() would return
                # as cancelled, and what called it may delete it): what it holds is kept,
                # in memory until it can be written, and it opens again after the unlock.
                if not isinstance(widget, QMessageBox):
                    data = widget.draft() if isinstance(widget, KeepsDraft) else None
                    if data and widget.draft_key:
                        self._held_drafts.append(
                            (getattr(widget, "draft_scope", "case"), widget.draft_key, data))
                        widget.draft_kept = True  # type: ignore[attr-defined]
                dialogs.append(widget)
                continue
            held.append(weakref.ref(widget))  # a window of its own: hidden, shown again
            widget.hide()
        self._held = held
        for dialog in dialogs:
            if shiboken6.isValid(dialog):
                dialog.reject()
                dialog.close()
        self._clear_clipboard()
        self.idle.stop()
        self._set_unlocked_ui(False)
        self.status_label.clear()
        if self._unlock is None:
            from kastdesk.ui.start.unlock import UnlockScreen

            self._unlock = UnlockScreen(self.folder, demo_passphrase=self.demo_passphrase,
                                        parent=self.start_page)
            self._unlock.unlocked.connect(self.open_vault)
        self._unlock.held = vault
        # The recovery key opens the vault from its folder, which this process holds open:
        # it would only say "already open". The passphrase is what unlocks here.
        self._unlock.recover_button.hide()
        self._set_start_widget(self._unlock)
        self._unlock.reset()
        self._unlock.message.setText(self.tr(
            "What you typed last is not saved yet, because the vault could not be written "
            "just now; it is kept, and KastDesk saves it as soon as it can."))
        self._save_retry.start()

    def _close_held_windows(self) -> None:
        """Close what a held lock hid, as the lock closes what is shown (quitting from the
        lock screen: their text was kept by then)."""
        self._held_drafts = []  # kept by now (``_save_everything`` ran first)
        for widget in self._take_held():
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def _take_held(self) -> list[QWidget]:
        """End a held lock's hold: the windows it hid that still exist, and the unlock
        screen back as it is for any lock (the recovery key offered again)."""
        held, self._held = self._held or [], None
        if self._unlock is not None:
            self._unlock.held = None
            self._unlock.recover_button.show()
        return [w for ref in held if _alive(w := ref())]

    def _keep_held_drafts(self) -> bool:
        """Keep in the case (or the vault) what the dialogs a held lock closed held, taken
        in memory then; whether there was any. Raises the store's error while it cannot be
        written (what is left waits for the next try)."""
        if not self._held_drafts:
            return False
        case, vault = self.case, self.vault
        while self._held_drafts:
            scope, key, data = self._held_drafts[0]
            if scope == "vault":
                if vault is not None:
                    keep_vault_draft(vault, key, data)
            elif case is not None and not case.closed:
                keep_dialog_draft(case, key, data)
            self._held_drafts.pop(0)
        return True

    def rescue_items(self) -> list[dict[str, Any]]:
        """What is typed and not saved, that a sealed rescue copy keeps (kastdesk.ui.rescue):
        what the workspace's tabs hold, what the dialogs a held lock closed held (in memory
        only until the vault can be written: ``_held_drafts``), what open dialogs hold whose
        own drafts are not written yet, and what the windows that belong to no one client
        hold. Never reads or writes the vault: it runs just before each write to it, which
        may hang."""
        items: list[dict[str, Any]] = []
        workspace_items = getattr(self.workspace, "rescue_items", None)
        if callable(workspace_items):  # not the placeholder's
            items.extend(workspace_items())
        client_id = str(self.case.client_id) if self.case is not None else ""
        for scope, key, data in self._held_drafts:
            if scope == "case" and not client_id:
                continue  # its case closed: kept nowhere, as ``_keep_held_drafts`` does
            items.append({"kind": "dialog_draft", "scope": scope, "key": key, "data": data,
                          "client_id": client_id if scope == "case" else ""})
        # An open dialog whose draft is not written yet (its own save, a second after
        # typing pauses, is under way or failed while the vault was out of reach).
        for widget in QApplication.topLevelWidgets():
            waiting = getattr(widget, "waiting_draft", None)
            found = waiting() if callable(waiting) else None
            if found is not None:
                owner, data = found
                items.append({"kind": "dialog_draft", "scope": "case",
                              "key": widget.draft_key, "data": data, "client_id": owner})
        # A window that belongs to no one client (a new client, a guidance meeting, a
        # packet, comments on one): its text has no save of its own until it is done.
        items.extend({"kind": "dialog_draft", "scope": "vault", "key": key, "data": data,
                      "client_id": ""} for key, data in typed_in_vault_windows().items())
        return items

    def _reopen_kept_drafts(self) -> None:
        """Open again the dialogs whose drafts ``_keep_held_drafts`` just kept."""
        workspace = self.workspace
        if workspace is not None:
            workspace.resume_drafts()
        self._resume_vault_drafts()

    def _release_hold(self) -> None:
        """The unlock after ``_hold_lock``: the windows back as they were, then save."""
        held = self._take_held()
        self._set_unlocked_ui(True)
        self.stack.setCurrentWidget(self.workbench)
        for widget in held:
            widget.show()
        self.idle.start(self.idle.minutes)
        self._update_status_text()
        self._retry_when_folder_answers(tell=True)

    def save_failed(self, error: BaseException, box: QMessageBox | None = None) -> None:
        """An autosave could not save (told in ``box``, if one was shown): when the cause
        can pass, save again on a slow timer, and as soon as the box is closed."""
        if not (isinstance(error, StoreError) and error.retry_may_save):
            return
        self._waiting_error = error
        self.rescue.held()
        if not self._save_retry.isActive():
            self._save_retry.start()
        if box is not None:
            self._save_box = weakref.ref(box)
            self._told_cause = box.text()
            box.finished.connect(
                lambda _result: QTimer.singleShot(0, self._retry_when_folder_answers))
        else:
            self._tell_current_cause(error)

    def _tell_current_cause(self, error: StoreError) -> None:
        """The box still shown for a save that waits says ``error``'s cause, should it
        have changed since it was shown: with the stick plugged in, an older copy on it,
        the box went on saying "plug the stick back in" (QA 19 R2)."""
        text = error_text(error)
        box = self._save_box() if self._save_box is not None else None
        if _alive(box) and box.isVisible():
            if box.text() != text:
                box.setText(text)
            self._told_cause = text
        question = self._quit_question
        if _alive(question) and question.isVisible():
            new = text + "\n\n" + str(question.property("how"))
            if question.text() != new:
                question.setText(new)

    def _tell_save_failed(self, error: BaseException) -> None:
        """One box for a failed save: none when one saying the same is already shown."""
        text = error_text(error)
        if not any(w.isVisible() and isinstance(w, QMessageBox) and text in w.text()
                   for w in QApplication.topLevelWidgets()):
            self.save_failed(error, show_error(self, error))
        else:
            self.save_failed(error)

    def _retry_when_folder_answers(self, *, tell: bool = False) -> None:
        """``_retry_save`` once a look at the vault's folder, off the UI thread, came back
        (``_folder_answered``); a look still out is not sent again."""
        vault = self.vault
        if vault is None:
            self._retry_save()  # nothing to reach: it stops the timer
            return
        self._retry_tells = self._retry_tells or tell
        if self.retry_look.ask(vault.folder):  # not waited for again while one hangs
            self.retry_look.wait(vault.folder, LOOK_WAIT_MS)

    def _folder_answered(self, folder: Path, answer: object) -> None:
        """The vault's folder answered (there or not: the save says which): try the save.
        Not answering, it is said in the status bar, and the timer tries again."""
        vault = self.vault
        if vault is None or Path(folder) != Path(vault.folder):
            return
        bar = self.statusBar()
        if answer is NOT_ANSWERING:
            bar.showMessage(self.tr(
                "The vault's folder is not answering; what you typed is kept and saved "
                "once it answers."))
            return
        bar.clearMessage()
        tell, self._retry_tells = self._retry_tells, False
        self._retry_save(tell=tell)

    def _retry_save(self, *, tell: bool = False) -> None:
        """Save what is still unsaved in the workspace after a save failed; quiet unless
        ``tell`` (the unlock after a held lock: a save that still fails is said once)."""
        workspace = self.workspace
        if self.vault is None or self._closing_vault:
            self._save_retry.stop()
            return
        if self._held is not None:  # behind the lock screen: saved, the lock is finished
            self._finish_held_lock()
            return
        if workspace is None and not self._held_drafts:
            self._save_retry.stop()
            return
        try:
            if workspace is not None and workspace.has_unsaved_changes():
                workspace.flush()
            if self._keep_held_drafts():  # the dialogs the held lock closed, back
                QTimer.singleShot(0, self._reopen_kept_drafts)
        except StoreError as exc:
            if exc.retry_may_save:
                self._save_retry.start()  # the next try a full interval from now
                self._waiting_error = exc
                self.rescue.held()
                if tell:
                    self._tell_save_failed(exc)
                else:
                    self._tell_current_cause(exc)
                    if error_text(exc) != self._told_cause:
                        # A new cause (an older copy where the stick was) and no box
                        # shown says it: said once; the same cause again stays quiet.
                        self._tell_save_failed(exc)
                return
            self._save_retry.stop()
            if tell:
                show_error(self, exc)
            return
        except Exception as exc:
            log_unexpected(exc)
            self._save_retry.stop()
            return
        self._save_retry.stop()
        self._saved_again()

    def _saved_again(self) -> None:
        """Everything waiting was saved: the next Quit that cannot save is a first one
        again, and a question about quitting without it is moot."""
        self._quit_waits = self._quit_unsaved = False
        self._told_cause = ""
        self.rescue.saved()
        question, self._quit_question = self._quit_question, None
        if _alive(question) and question.isVisible():
            question.done(0)  # as "Keep waiting": nothing to lose any more

    def _save_everything(self, *, tell: bool = True,
                         wait: bool = True) -> list[BaseException] | None:
        """Before the vault closes (lock or quit): let running work end, save what is typed
        in the workspace, keep the text of open dialogs and windows (reopened later).

        Returns what could not be saved (empty when everything was), or None when closing
        must wait: an error after which the same save can succeed once the therapist acts
        (a full disk) is shown when ``tell`` (once: not while a box says it), and nothing
        closes. Any other failure fails the same way at
        every try, and held Lock, the idle lock and Quit hostage with the vault open; the
        other steps still run, so whatever can be kept is kept (the drafts of open dialogs
        and windows), and the caller says what was not.

        ``wait=False`` (a logout, or "Quit without saving it"): an error that could pass is
        lost as any other, and every step is still tried; nothing waits.
        """
        if self._start_forms_stop is not None:  # the start-form check ends after its case
            self._start_forms_stop.set()
        finish_running_work()  # an export or packet still being written ends first
        workspace, case, vault = self.workspace, self.case, self.vault
        # Windows a held lock hid count as open: quitting from it keeps their text too.
        hidden = [w for ref in self._held or [] if (w := ref()) is not None]
        steps: list[Callable[[], object]] = [self._keep_held_drafts]
        if workspace is not None:
            steps.append(workspace.flush)
            if case is not None:  # text in open dialogs, reopened with the case
                steps.append(lambda: case.closed or keep_open_drafts(case, hidden))
        # Text in what belongs to no one case (a meeting being recorded, comments on a
        # packet), kept in the vault and reopened after the next unlock.
        steps.append(lambda: keep_vault_drafts(vault, hidden))
        lost: list[BaseException] = []
        for step in steps:
            try:
                step()
            except StoreError as exc:
                if exc.retry_may_save and wait:
                    if tell:
                        self._tell_save_failed(exc)
                    else:
                        self.save_failed(exc)
                    return None
                lost.append(exc)
            except Exception as exc:
                log_unexpected(exc)
                lost.append(exc)
        if wait:
            self._saved_again()
        return lost

    def _not_saved_text(self, lost: list[BaseException]) -> str:
        """The sentence for what could not be saved: the store's own where it said why."""
        known = next((e for e in lost if isinstance(e, StoreError)), None)
        if known is not None:
            return error_text(known)
        return self.tr("Something unexpected went wrong while saving, so what was typed last "
                       "may not have been saved. If it happens again, tell your IT contact.")

    def _go_on_unsaved(self, lost: list[BaseException]) -> bool:
        """Whether quitting or changing client goes on although ``lost`` was not saved.

        The first time, no: the therapist is told, and the text is still on screen to copy.
        The next try goes on; a save that can never succeed must not keep KastDesk from
        closing or the therapist from the next client.
        """
        if self._told_unsaved:
            return True
        self._told_unsaved = True
        inform(self, self.tr("KastDesk"),
               self._not_saved_text(lost) + "\n\n" + self.tr(
                   "What could not be saved is still on screen: copy what you need; trying "
                   "again goes on without it."),
               warning=True)
        return False

    def _ask_quit_unsaved(self) -> None:
        """Ask whether to quit without what waits to be saved; "Keep waiting" is the
        default. The box does not block: the save is tried again meanwhile (and the
        question closed once it succeeds), and a logout still closes the window."""
        question = self._quit_question
        if _alive(question) and question.isVisible():
            question.raise_()
            question.activateWindow()
            return
        error = self._waiting_error
        cause = error_text(error) + "\n\n" if error is not None else ""
        self.rescue.write_now()  # the copy as the text is now, before saying it is kept
        if self.rescue.keeps_text and self.rescue.keeps_note:
            how = self.tr(
                "If you quit now, the note you were writing is not in the vault yet, but a "
                "sealed copy of it stays on this computer, and KastDesk offers it back the "
                "next time this vault is unlocked. Anything else typed since KastDesk last "
                "saved is lost.")
        elif self.rescue.keeps_text:  # other text than a note (the intake, an exercise…)
            how = self.tr(
                "If you quit now, what you typed is not in the vault yet, but a sealed copy "
                "of it stays on this computer, and KastDesk offers it back the next time "
                "this vault is unlocked. Anything else typed since KastDesk last saved is "
                "lost.")
        elif self._held is not None:  # behind the lock screen: the text is not on screen
            how = self.tr(
                "If you quit now, what you typed since KastDesk last saved is lost. To keep "
                "a copy, choose Keep waiting, unlock, and copy what you need into another "
                "program first.")
        else:
            how = self.tr(
                "If you quit now, what you typed since KastDesk last saved is lost. To keep "
                "a copy, choose Keep waiting and copy what you need into another program "
                "first.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("KastDesk"), cause + how,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("quitUnsavedBox")
        box.setProperty("how", how)  # kept when the cause changes (``_tell_current_cause``)
        quit_button = box.addButton(self.tr("Quit without saving it"),
                                    QMessageBox.ButtonRole.DestructiveRole)
        wait_button = box.addButton(self.tr("Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait_button)
        box.setEscapeButton(wait_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if self._quit_question is box:
                self._quit_question = None
            if box.clickedButton() is quit_button:
                self._quit_unsaved = True
                QTimer.singleShot(0, self.close)

        box.finished.connect(answered)
        self._quit_question = box
        box.open()

    def _resume_vault_drafts(self) -> None:
        """Open again, filled in as they were, what a lock closed with text in it that
        belongs to no one case (kastdesk.ui.drafts)."""
        vault = self.vault
        if vault is None:
            return
        from kastdesk.ui.supervision.supervisor import reopen_packet_window

        keys = run_op(self, lambda: pending_vault_drafts(vault)) or []
        # Packet windows first: they do not block; the meeting and packet dialogs do (exec).
        for key in sorted(keys, key=lambda k: k.startswith(("meeting", "packet"))):
            kind = key.partition(":")[0].partition("#")[0]
            if self.vault is not vault or kind not in {"meeting", "supervisor", "new_client",
                                                       "packet"}:
                continue  # locked again, or written by a later version: left for it
            data = run_op(self, partial(take_vault_draft, vault, key))
            if data and kind == "meeting":
                self.record_meeting(draft=data)
            elif data and kind == "new_client":
                self.new_client(draft=data)
            elif data and kind == "packet":
                self.prepare_packet(draft=data)
            elif data and (window := reopen_packet_window(data)) is not None:
                self._supervisor_windows.append(window)

    @property
    def holds_unsaved(self) -> bool:
        """Whether the lock screen is up over text not saved yet (``_hold_lock``)."""
        return self._held is not None

    @property
    def locked(self) -> bool:
        """Locked: no vault open, or the lock screen up over unsaved text (``_hold_lock``)."""
        return self.vault is None or self._held is not None

    def _close_other_windows(self, keep: QWidget | None = None) -> None:
        """Every other top-level window may show case content: close them all (but
        ``keep``, the restore dialog that is closing the vault)."""
        QToolTip.hideText()
        for widget in QApplication.topLevelWidgets():
            if widget is self or widget in (keep, self._keep_window) or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def _clipboard_changed(self) -> None:
        clipboard = QApplication.clipboard()
        active = QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        self._copied_here = clipboard.text() if active or clipboard.ownsClipboard() else None

    def _clear_clipboard(self) -> None:
        """Take case text the app put on the clipboard off it (at the lock and at quitting),
        and leave alone what another program put there since. Some platforms say whether the
        app owns the clipboard; where they cannot (ownsClipboard() is always false on some),
        the text copied while KastDesk was active still being there says it. On X11 the
        selection (middle-click paste) holds selected note text too."""
        clipboard = QApplication.clipboard()
        if clipboard is None:
            return
        ours = self._copied_here is not None and clipboard.text() == self._copied_here
        if clipboard.ownsClipboard() or ours:
            clipboard.clear()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._copied_here = None

    # -- the case workspace ---------------------------------------------------------
    def open_client(self, client_id: str) -> None:
        """Show ``client_id``'s workspace, saving and closing the previous one first."""
        if self.vault is None or (self.case is not None and self.case.client_id == client_id):
            return
        tab = self.workspace.current_tab() if self.workspace is not None else None
        if not self._drop_workspace(flush=True, clear=False):
            return
        vault = self.vault
        case = run_op(self, lambda: vault.open_case(client_id))
        if case is None:
            return
        try:
            workspace = workspace_class()(vault, case, parent=self.workspace_host)
        except Exception as exc:
            vault.close_case(client_id)
            show_error(self, exc)
            return
        self.case = case
        self._told_unsaved = False  # a new case: its own failures are news
        case.add_listener(self._case_listener)
        workspace.privacy_mode = self.privacy
        if tab:
            workspace.set_current_tab(tab)
        self.empty_label.hide()
        self._workspace_layout.addWidget(workspace)
        self.workspace = workspace
        workspace.show()
        self._update_status_text()
        # Dialogs a lock closed with text in them open again, once the window has settled.
        ref = weakref.ref(workspace)
        QTimer.singleShot(0, lambda: (w := ref()) is not None and w.resume_drafts())

    def _case_listener(self, changes: Changes) -> None:
        # May run in whatever thread committed; the signal queues it to the UI thread.
        self.case_changed.emit(changes)

    def _drop_workspace(self, *, flush: bool, clear: bool = True) -> bool:
        if self.workspace is not None:
            if flush:
                try:
                    self.workspace.flush()
                except Exception as exc:
                    if isinstance(exc, StoreError) and exc.retry_may_save:
                        self._tell_save_failed(exc)  # wait: it can be saved once space is freed
                        return False
                    log_unexpected(exc)
                    if not self._go_on_unsaved([exc]):
                        return False
            if clear:  # on lock and close: nothing may linger until the deferred delete
                self.workspace.clear()
            self.workspace.hide()
            self._workspace_layout.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.case is not None:
            self.case.remove_listener(self._case_listener)
            if self.vault is not None:
                self.vault.close_case(self.case.client_id)
            else:
                self.case.close()
            self.case = None
        self.empty_label.show()
        return True

    def _apply_changes(self, changes: Changes) -> None:
        self.rescue.changed()  # text saved by its own autosave: the copy follows
        if self.vault is None or not changes.client_id:
            return
        try:
            self.register.model.update_entry(self.vault.client(changes.client_id))
        except CaseNotFound:
            self.register.model.remove_entry(changes.client_id)
        except Exception as exc:  # the register catches up on the next unlock
            log_unexpected(exc)
        self._update_status_text()
        self._refresh_due()

    def _refresh_due(self) -> None:
        """An open Due list follows status changes (a closed case stayed listed as overdue).

        Runs after every save: it holds the dialog rather than search the window for it."""
        due = self._due
        if due is not None and due.isVisible() and self.vault is not None:
            try:
                due.set_entries(self.vault.clients(), self.today())
            except Exception as exc:  # refreshed when next opened
                log_unexpected(exc)

    # -- user operations ------------------------------------------------------------
    def new_client(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        if self.vault is None:
            return
        from kastdesk.ui.cases.new_client import NewClientDialog

        dialog = NewClientDialog(self.vault, self, today=self.today())
        if isinstance(draft, dict):  # not the action's "checked" flag
            dialog.restore_draft(draft)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._client_created)
        dialog.open()

    def _client_created(self, client_id: str) -> None:
        if self.vault is None:
            return
        self.vault.close_case(client_id)  # the workspace reopens it and keeps it
        self.register.model.update_entry(self.vault.client(client_id))
        self.register.select(client_id)

    def current_status(self) -> Status | None:
        if self.vault is None or self.case is None:
            return None
        try:
            return self.vault.client(self.case.client_id).status
        except Exception:
            return None

    def _fill_status_menu(self, menu: QMenu) -> None:
        fill_status_menu(menu, self.current_status(), self.change_status)

    def change_status(self, new: Status) -> bool:
        if self.case is None:
            return False
        self.workspace.flush()
        return change_status(self, self.case, new)

    def _register_menu(self, pos: Any) -> None:
        index = self.register.table.indexAt(pos)
        if not index.isValid():
            return
        self.register.table.setCurrentIndex(index)
        menu = QMenu(self)
        self._fill_status_menu(menu)
        client_id = self.register.current_id()
        if self.vault is not None and client_id:
            menu.addSeparator()
            add_client_actions(menu, self, self.vault, client_id, self.case,
                               privacy=self.privacy,
                               close_case=partial(self._close_client, client_id),
                               deleted=self._client_deleted)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.register.table.viewport().mapToGlobal(pos))

    def _close_client(self, client_id: str) -> bool:
        """Before ``client_id`` is deleted: their open case goes, unsaved (what is typed in
        it is erased with the rest, and a save that fails must not stop the erasure)."""
        if self.case is not None and self.case.client_id == client_id:
            self._drop_workspace(flush=False)
        return True

    def _client_deleted(self, client_id: str) -> None:
        """After an erasure: the line leaves the register (no other client opens in its
        place), and the status line and an open Due list follow."""
        self.register.remove_client(client_id)
        self._update_status_text()
        self._refresh_due()

    def _case_least_width(self) -> int:
        """The case's least width beside the register: every tab's name whole."""
        least = getattr(workspace_class(), "least_width", None)
        if least is None:
            return 0
        margins = self._workspace_layout.contentsMargins()
        return int(least(self.workspace_host.font())) + margins.left() + margins.right()

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self.register.set_privacy(on)
        self.workbench.fit_register()  # the name column comes or goes
        if self.workspace is not None:
            self.workspace.privacy_mode = on
        if self.vault is not None:
            vault = self.vault
            run_op(self, lambda: vault.set_setting(PRIVACY_KEY, "1" if on else "0"))
        self._update_status_text()

    def show_due(self) -> None:
        if self.vault is None:
            return
        from kastdesk.ui.cases.due import DueDialog

        if self._due is not None and self._due.isVisible():
            self._refresh_due()
            self._due.raise_()
            self._due.activateWindow()
            return
        dialog = DueDialog(self.vault.clients(), self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_client.connect(self.register.select)
        dialog.destroyed.connect(self._due_closed)
        self._due = dialog
        dialog.show()

    def _due_closed(self) -> None:
        self._due = None

    def show_settings(self) -> None:
        if self.vault is None:
            return
        from kastdesk.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._settings_changed)
        dialog.open()

    def _settings_changed(self) -> None:
        if self.vault is not None:
            self.idle.start(autolock_minutes(self.vault))
            self._update_status_text()

    def _focus_search(self) -> None:
        self.register.search.setFocus()
        self.register.search.selectAll()

    def _update_empty_text(self) -> None:
        """Where the case will stand, what to do now: with no client yet, how to add the
        first (a new vault said "Choose a client in the register" with nobody in it)."""
        if self.register.model.rowCount() == 0:
            text = self.tr("The register is empty. Add your first client with New client "
                           "({keys}).").format(keys=_keys(self.new_client_action))
        else:
            text = self.tr("Choose a client in the register, or add a new one.")
        self.empty_label.setText(text)

    def _update_status_text(self) -> None:
        if self.vault is None:
            self.status_label.clear()
            return
        parts = [self.tr("Privacy mode on: codes only") if self.privacy
                 else self.tr("Privacy mode off: names visible")]
        minutes = int(self.idle.minutes)
        parts.append(plural(self.tr("Locks after %n minute(s) idle", "", minutes), minutes))
        parts.extend(self._backup_status())
        self.status_label.setText("   ·   ".join(parts))

    def _backup_status(self) -> list[str]:
        """"Last backup: 12 days ago" for the status line; past the vault's reminder days,
        the quiet "Back up now…" beside it."""
        from kastdesk.store.backup import backup_due
        from kastdesk.ui.backup import last_backup_text

        vault = self.vault
        if vault is None:
            return []
        now = datetime.combine(self.today(), datetime.now().time()).astimezone()
        try:
            text = last_backup_text(vault, now)
            due = backup_due(vault, now)
        except Exception as exc:  # a status line never stops the window
            log_unexpected(exc)
            return []
        self.backup_reminder.setVisible(due)
        return [text]

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.idle.watch(self.windowHandle())

    # -- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self._closing_vault:  # asked to quit while locking: the lock goes on first
            event.ignore()
            return
        if self.vault is not None:
            self._closing_vault = True
            try:
                if not self._close_vault_to_quit():
                    event.ignore()  # keep the window: text unsaved
                    return
            finally:
                self._closing_vault = False
        # Quitting (or logging out) takes copied case text off the clipboard as the lock
        # does: clipboard managers keep it, some on disk.
        self._clear_clipboard()
        self.idle.stop()
        self.idle.detach()
        event.accept()

    def _close_vault_to_quit(self) -> bool:
        """Save and close the vault as the app quits; False while what is typed is not
        saved and the therapist has not yet been told.

        What waits to be saved (a stick out, an older copy in its place, a full disk)
        refuses the first Quit, with the box saying why; the next asks whether to quit
        without it (``_ask_quit_unsaved``). A logout or shutdown (``ending``) tries as
        usual and then quits, whatever it could not save: refused, the session manager
        killed the process, and the text with it, without a word.
        """
        if self.ending or self._quit_unsaved:
            lost = self._save_everything(tell=False, wait=False)
            if lost:
                log.warning("quit with text not saved: %s",
                            ", ".join(type(e).__name__ for e in lost))
        else:
            lost = self._save_everything(tell=not self._quit_waits)
            if lost is None:
                if self._quit_waits:
                    self._ask_quit_unsaved()
                self._quit_waits = True
                return False
            if lost and not self._go_on_unsaved(lost):
                return False
        vault_locking()
        self.rescue.closing(lost)  # a logout's or a quit's lost text stays sealed
        self._close_other_windows()
        self._close_held_windows()
        self._drop_workspace(flush=False)
        vault, self.vault = self.vault, None
        self._save_retry.stop()
        try:
            if vault is not None:
                vault.close()
        except Exception as exc:
            log_unexpected(exc)
        return True
