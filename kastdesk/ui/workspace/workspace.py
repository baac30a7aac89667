"""The case workspace: one client's file in tabs, with the risk flags above every tab.

The shell owns the vault and the open case; the workspace draws from the case, writes
through its managers, and redraws from the ``Changes`` each write reports. ``flush``
saves whatever is typed (before lock, close or a client switch), ``clear`` drops every
piece of case content from the widgets before the keys go.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes
from kastdesk.domain.status import status_label
from kastdesk.store import CaseFile, StoreError, Vault
from kastdesk.ui import drafts
from kastdesk.ui.exercises.tab import ExercisesTab
from kastdesk.ui.flow import FlowLayout
from kastdesk.ui.genogram.tab import GenogramTab
from kastdesk.ui.selfrating.tab import SelfRatingTab
from kastdesk.ui.style import TAB_SPACE_PROPERTY
from kastdesk.ui.supervision.tab import SupervisionTab
from kastdesk.ui.workspace import common
from kastdesk.ui.workspace.base import TabSpec, WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.flags import RaiseFlagDialog, RiskBanner
from kastdesk.ui.workspace.goals import GoalsTab
from kastdesk.ui.workspace.intake import IntakeTab
from kastdesk.ui.workspace.overview import OverviewTab
from kastdesk.ui.workspace.sessions import SessionsTab

_CTX = "CaseWorkspace"

#: The tabs, in order. A later issue adds its tab with one line here (or ``register_tab``).
TABS: list[TabSpec] = [
    TabSpec("overview", QT_TRANSLATE_NOOP("CaseWorkspace", "Overview"), OverviewTab),
    TabSpec("intake", QT_TRANSLATE_NOOP("CaseWorkspace", "Intake"), IntakeTab),
    TabSpec("sessions", QT_TRANSLATE_NOOP("CaseWorkspace", "Sessions"), SessionsTab),
    TabSpec("goals", QT_TRANSLATE_NOOP("CaseWorkspace", "Goals"), GoalsTab),
    TabSpec("genogram", QT_TRANSLATE_NOOP("CaseWorkspace", "Family map"), GenogramTab),
    TabSpec("exercises", QT_TRANSLATE_NOOP("CaseWorkspace", "Exercises"), ExercisesTab),
    TabSpec("self_rating", QT_TRANSLATE_NOOP("CaseWorkspace", "Self-rating"), SelfRatingTab),
    TabSpec("supervision", QT_TRANSLATE_NOOP("CaseWorkspace", "Supervision"), SupervisionTab),
]


def register_tab(spec: TabSpec, *, after: str | None = None) -> None:
    """Add a tab for workspaces built from now on (after ``after``, else at the end)."""
    names = [t.name for t in TABS]
    if spec.name in names:
        TABS[names.index(spec.name)] = spec
        return
    TABS.insert(names.index(after) + 1 if after in names else len(TABS), spec)


#: The room beside each tab's name (px): Fusion's own where the bar has it, down to the
#: tight one where all eight names would otherwise not fit. Six pixels either side still
#: reads as separate tabs; the register gives up columns to keep it (``least_width``).
#: Only where the register has nothing more to give (its codes alone, at 14 pt in a
#: 1024-pixel window in Swedish) do the tabs close up to four pixels either side, which
#: the tabs' frame lines still part; that is better than a name behind a scroll arrow.
TAB_SPACE, TIGHT_TAB_SPACE, TIGHTEST_TAB_SPACE = 24, 12, 8

_least_widths: dict[tuple[str, tuple[str, ...]], int] = {}


def least_tab_bar_width(font: QFont) -> int:
    """The width the case's tab bar needs for every tab's name whole, tabs at their tightest.

    Measured on a bar made for the purpose (the style decides a tab's size), once per font
    and language; the main window gives the case at least this beside the register.
    """
    titles = tuple(QCoreApplication.translate(_CTX, spec.title) for spec in TABS)
    key = (font.key(), titles)
    if key not in _least_widths:
        bar = QTabBar()
        bar.setFont(font)
        bar.setDocumentMode(True)
        bar.setProperty(TAB_SPACE_PROPERTY, TIGHT_TAB_SPACE)
        for title in titles:
            bar.addTab(title)
        _least_widths[key] = bar.sizeHint().width()
        bar.deleteLater()
    return _least_widths[key]


class _Page(QWidget):
    """A case tab's page, which asks for no more height than its least.

    A tab widget's height for a width is the largest of all its pages' preferred heights
    (Qt asks each page, shown or not), and the window's scroll area grants it: once the
    Intake or Supervision page had been built, every tab of the case scrolled up and down,
    the risk banner with it, which must stay in sight. The pages scroll inside themselves
    (their forms, lists and notes have scroll areas of their own), so a page asks for its
    least height only (its minimum size), and the rest of the window goes to it.
    """

    def heightForWidth(self, width: int) -> int:  # Qt override
        return -1

class CaseWorkspace(QWidget):
    """One open case. ``changed`` re-emits the store's ``Changes`` after each write."""

    changed = Signal(object)

    def __init__(self, vault: Vault, case: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case = case
        self._privacy_mode = True  # safe default: a name shows only when asked for
        self._stale: set[str] = set()
        self._cleared = False
        context = WorkspaceContext(vault, case, self)

        self.code_label = QLabel(self)
        font = self.code_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.code_label.setFont(font)
        self.status_label = common.muted(QLabel(self))
        # Correcting the code, name, first contact, channel or referral: where the
        # therapist looks at the case's code (kastdesk.ui.cases.edit_client).
        self.details_button = QPushButton(self.tr("Edit details…"), self)
        self.details_button.setObjectName("editDetailsButton")
        self.details_button.setToolTip(
            self.tr("Correct the code, name, first contact, contact channel or referral"))
        # Who opened or changed this file, and when: where the therapist looks at the case.
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(
            self.tr("Who opened, changed or exported this case file, and when (the audit log)"))
        self.raise_button = QPushButton(self.tr("&Raise risk flag…"), self)
        self.raise_button.setToolTip(
            self.tr("Suicidal thoughts, violence or a child at risk: shown on every tab"))
        self.banner = RiskBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        # Tabs are built the first time they are shown: opening a client must be quick
        # (bench/app.py), and most visits look at one or two tabs.
        self._context = context
        self._specs = {spec.name: spec for spec in TABS}
        self._holders: dict[str, QWidget] = {}
        self._tabs: dict[str, WorkspaceTab] = {}
        for spec in TABS:
            holder = _Page(self.tabs)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[spec.name] = holder
            self.tabs.addTab(holder, QCoreApplication.translate(_CTX, spec.title))

        # The buttons go under the code where they do not fit beside it (Norwegian beside
        # the register at 1024 pixels): one row needed 546 pixels of 538, and every tab
        # then scrolled sideways with Raise risk flag… behind the scroll bar. Each button
        # wraps on its own: at 14 pt the three side by side were wider than the case.
        header = FlowLayout(spacing=12)
        header.setContentsMargins(12, 8, 12, 4)
        header.addWidget(self.code_label)
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addWidget(self.history_button)
        header.addWidget(self.details_button)
        header.addWidget(self.raise_button)
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(12, 0, 12, 4)
        banner_box.addWidget(self.banner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(banner_box)
        layout.addWidget(self.tabs, 1)

        self.details_button.clicked.connect(self.edit_details)
        self.history_button.clicked.connect(self.show_history)
        self.raise_button.clicked.connect(self.raise_flag)
        self.banner.clear_requested.connect(self.clear_flag)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._listener = self._on_changes
        case.add_listener(self._listener)
        self._draw_header()
        self._ensure_built(self.current_tab())
        self._size_by_current()
        self._fit_tab_names()

    @classmethod
    def least_width(cls, font: QFont) -> int:
        """The least width at which every tab's name shows whole (the main window sizes the
        register by it)."""
        return least_tab_bar_width(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_tab_names()

    def _fit_tab_names(self) -> None:
        """Narrow the room beside each tab's name until all eight fit the case's width.

        At 1024 pixels beside the register the bar needed 664 pixels of 538 in Swedish: it
        showed "Självsk" and scroll arrows, and "Handledning" was out of sight, so a new
        user could not tell there were eight tabs. The tabs now close up (down to
        ``TIGHT_TAB_SPACE``, and ``TIGHTEST_TAB_SPACE`` where the register is down to its
        codes) before the bar scrolls; a wide window keeps Fusion's spacing. Only where
        even that is too wide (a register dragged wide by hand) do the scroll arrows come
        back.
        """
        bar = self.tabs.tabBar()
        count = bar.count()
        if not count:
            return
        current = bar.property(TAB_SPACE_PROPERTY)
        if not isinstance(current, int):
            current = TAB_SPACE
        # What the bar needs besides the room beside the names: the names themselves and
        # the style's frame, as the bar measures them now.
        names = bar.sizeHint().width() - count * current
        room = self.contentsRect().width()
        space = max(TIGHTEST_TAB_SPACE, min(TAB_SPACE, (room - names) // count))
        if space != current:
            bar.setProperty(TAB_SPACE_PROPERTY, space)
            bar.setElideMode(bar.elideMode())  # makes the bar measure its tabs again

    def _ensure_built(self, name: str) -> WorkspaceTab:
        tab = self._tabs.get(name)
        if tab is None:
            tab = self._specs[name].factory(self._context)
            tab.set_privacy_mode(self._privacy_mode)
            self._holders[name].layout().addWidget(tab)
            tab.show()  # a child added to a visible parent stays hidden until shown
            self._tabs[name] = tab
        return tab

    # -- the shell's contract -----------------------------------------------------------
    def flush(self) -> None:
        """Save everything typed now. Raises ``StoreError`` if it could not (text kept).

        A case file out of reach (its folder moved, a memory stick out) is not closed: the
        tabs' saves raise an error that waits (``CaseGone``), and the text stays until the
        file is back. One closed for good (an older copy put back under it) says so
        (``ensure_open``), so that changing client or locking tells the therapist first."""
        if self._cleared:
            return
        if self.case.closed:
            if self.has_unsaved_changes():
                self.case.ensure_open()  # says why (an older copy put back in its place)
            return
        # Every tab gets its turn even when one fails, whatever the failure: a bug in one tab
        # must not leave another tab's typing unsaved before a lock. A store error (the disk
        # is full: the lock waits) is reported before an unexpected one.
        errors: list[Exception] = []
        for tab in self._tabs.values():
            try:
                tab.flush()
            except Exception as error:
                errors.append(error)
        if errors:
            raise next((e for e in errors if isinstance(e, StoreError)), errors[0])

    def has_unsaved_changes(self) -> bool:
        return any(tab.has_unsaved_changes() for tab in self._tabs.values())

    def rescue_items(self) -> list[dict[str, Any]]:
        """What the tabs hold unsaved that a rescue copy can keep, each naming this client
        (kastdesk.ui.rescue)."""
        if self._cleared:
            return []
        client_id = str(self.case.client_id)
        return [{**item, "client_id": client_id}
                for tab in self._tabs.values() for item in tab.rescue_items()]

    def tab_names(self) -> list[str]:
        return list(self._holders)

    def tab(self, name: str) -> WorkspaceTab:
        """The tab called ``name``, built now if it has not been shown yet."""
        if self._cleared:
            raise KeyError(name)
        return self._ensure_built(name)

    def current_tab(self) -> str:
        widget = self.tabs.currentWidget()
        return next((n for n, h in self._holders.items() if h is widget), "overview")

    def set_current_tab(self, name: str) -> None:
        """Show tab ``name``; an unknown name (a tab from a later version) is ignored."""
        holder = self._holders.get(name)
        if holder is not None:
            self.tabs.setCurrentWidget(holder)
            self._ensure_built(name)

    def set_current_session(self, session_id: str) -> None:
        self.set_current_tab("sessions")
        sessions = self._tabs.get("sessions")
        if isinstance(sessions, SessionsTab):
            sessions.set_current_session(session_id)

    def current_session(self) -> str | None:
        sessions = self._tabs.get("sessions")
        return sessions.current_session_id() if isinstance(sessions, SessionsTab) else None

    def note_cursor(self) -> int | None:
        """Where the cursor stands in the session note while the note has the focus, else
        None: a lock in the middle of a sentence returns there (``resume_note``)."""
        sessions = self._tabs.get("sessions")
        if isinstance(sessions, SessionsTab) and sessions.editor.note.hasFocus():
            return sessions.editor.note.textCursor().position()
        return None

    def resume_note(self, position: int) -> bool:
        """Put the focus back in the session note shown, the cursor at ``position`` (or its
        end, should the note be shorter now): after an unlock the next words went into the
        register's search field, in plain sight, instead of the note being written."""
        sessions = self._tabs.get("sessions")
        if not isinstance(sessions, SessionsTab) or sessions.editor.session is None:
            return False
        note = sessions.editor.note
        if note.isReadOnly() or not note.isVisible():
            return False
        cursor = note.textCursor()
        cursor.setPosition(max(0, min(position, note.document().characterCount() - 1)))
        note.setTextCursor(cursor)
        note.setFocus()
        return True

    @property
    def privacy_mode(self) -> bool:
        return self._privacy_mode

    @privacy_mode.setter
    def privacy_mode(self, on: bool) -> None:
        self._privacy_mode = bool(on)
        if self._cleared:
            return
        for tab in self._tabs.values():
            tab.set_privacy_mode(self._privacy_mode)
        self._draw_header()

    def clear(self) -> None:
        """Drop all case content before the vault locks; the workspace is dead afterwards.

        Pending saves are not written here (the shell flushes first); the tabs are
        deleted outright so no text, undo history or list row outlives the keys.
        """
        if self._cleared:
            return
        self._cleared = True
        self.case.remove_listener(self._listener)
        for tab in self._tabs.values():
            tab.clear()
        self.tabs.clear()
        for holder in self._holders.values():
            holder.setParent(None)
            holder.deleteLater()
        self._tabs = {}
        self._holders = {}
        self.banner.set_flags([])
        self.code_label.setText("")
        self.status_label.setText("")
        self.details_button.setEnabled(False)
        self.history_button.setEnabled(False)
        self.raise_button.setEnabled(False)

    # -- the client's details -------------------------------------------------------------
    def edit_details(self, draft: dict[str, Any] | None = None) -> None:
        """The register card corrected; the header and the register redraw from the change.
        ``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        if self._cleared:
            return
        # Imported here: kastdesk.ui.cases imports from this package (labels, risk names).
        from kastdesk.ui.cases.client_actions import edit_client_details

        edit_client_details(self, self.vault, self.case, privacy=self._privacy_mode,
                            draft=draft if isinstance(draft, dict) else None)

    def show_history(self) -> None:
        """The case's audit log, read-only (kastdesk.ui.audit)."""
        if self._cleared:
            return
        from kastdesk.ui.audit import show_case_history

        show_case_history(self, self.vault, self.case)

    # -- flags --------------------------------------------------------------------------
    def raise_flag(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        dialog = RaiseFlagDialog(self)
        dialog.draft_key = "flag"
        if draft:
            dialog.restore_draft(draft)
        # Saved in the dialog: a failed save (a full disk) leaves the risk and note on screen.
        dialog.on_accept = lambda: self._run(
            lambda: self.case.flags.raise_flag(*dialog.chosen()))
        dialog.exec()

    def resume_drafts(self) -> None:
        """Open again, filled in as they were, the dialogs a lock closed with text in them
        (kastdesk.ui.drafts); one at a time, each where it belongs. Not once the case is
        closed: a second client chosen before this one settled closes it first, and the
        queued call then read a closed case file."""
        if self._cleared or self.case.closed:
            return
        try:
            keys = drafts.pending_drafts(self.case)
        except StoreError as error:
            common.show_error(self, error)
            return
        for key in keys:
            if self._cleared:
                return
            kind, _, rest = key.partition(":")
            if kind not in {"flag", "amendment", "goal", "guidance", "selfrating", "details",
                            "ending", "returning", "export"}:
                continue  # the exercises tab takes its own; a later version's are left for it
            try:
                data = drafts.take_draft(self.case, key)
            except StoreError as error:
                common.show_error(self, error)
                return
            if not data:
                continue
            if kind == "flag":
                self.raise_flag(draft=data)
            elif kind == "details":  # the client's details being corrected
                self.edit_details(draft=data)
            elif kind in {"ending", "returning", "export"}:
                self._resume_case_dialog(kind, rest, data)
            elif kind == "amendment":
                self.set_current_session(rest)
                sessions = self._tabs.get("sessions")
                if isinstance(sessions, SessionsTab) and sessions.current_session_id() == rest:
                    sessions.amend_current(draft=data)
            elif kind == "selfrating":  # a paper form or a correction being typed in
                self.set_current_tab("self_rating")
                self_rating = self._tabs.get("self_rating")
                if isinstance(self_rating, SelfRatingTab):
                    self_rating.resume_draft(data)
            elif kind == "goal":
                what, _, goal_id = rest.partition(":")
                self.set_current_tab("goals")
                goals = self._tabs.get("goals")
                if isinstance(goals, GoalsTab):
                    goals.resume_draft(what, goal_id, data)
            else:
                self.set_current_tab("supervision")
                supervision = self._tabs.get("supervision")
                if isinstance(supervision, SupervisionTab):
                    supervision.flag(draft=data)

    def _resume_case_dialog(self, kind: str, rest: str, data: dict[str, Any]) -> None:
        """Open again a dialog of the window's own that a lock closed with text in it:
        ending treatment or closing the case (``rest``: the status it moves to), the new
        case of a returning client, the case summary's export."""
        window = self.window()
        if kind == "ending":
            from kastdesk.domain.models import Status
            from kastdesk.ui.cases.status import allowed_moves, change_status

            current = self.case.profile.get().status
            if rest in {s.value for s in allowed_moves(current)}:  # not moved meanwhile
                change_status(window, self.case, Status(rest), draft=data)
        elif kind == "returning":
            from kastdesk.ui.cases.returning_client import start_returning_case

            start_returning_case(window, self.vault, self.case, privacy=self._privacy_mode,
                                 draft=data)
        else:
            from kastdesk.ui.supervision.export_dialog import ExportDialog

            dialog = ExportDialog(self.vault, self.case.client_id, window)
            dialog.restore_draft(data)
            dialog.exec()

    def clear_flag(self, flag_id: str) -> None:
        flag = next((f for f in self.case.flags.list() if f.id == flag_id), None)
        if flag is None:
            return
        if not common.confirm(
            self, self.tr("Clear risk flag"),
            self.tr("Clear the flag “{kind}”? It stays in the case history.").format(
                kind=common.risk_label(flag.kind)),
            self.tr("Clear flag"),
        ):
            return
        self._run(lambda: self.case.flags.clear(flag_id))

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except StoreError as error:
            common.show_error(self, error)
            return False
        return True

    # -- redrawing ----------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if self._cleared:
            return
        if changes.areas & {"profile", "flags"}:
            self._draw_header()
        current = self.current_tab()
        for name, tab in self._tabs.items():
            if not (changes.areas & tab.areas):
                continue
            if name == current:
                tab.refresh(changes)
            else:
                self._stale.add(name)  # redrawn when shown: typing stays fast
        self.changed.emit(changes)

    def _size_by_current(self) -> None:
        """Let only the tab on screen count for the workspace's size.

        A tab widget asks for the largest size of all its pages, and the window's scroll
        area grants it: once Supervision or Exercises had been opened, every tab of the case
        scrolled up and down (or sideways, at 14 pt) for a page not on screen. A page whose
        size policy is Ignored adds nothing to the stack's size hints.
        """
        current = self.tabs.currentWidget()
        for holder in self._holders.values():
            shown = holder is current
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            holder.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()

    def _on_tab_changed(self, _index: int) -> None:
        """Build or refresh the tab chosen. A case file out of reach (a memory stick out)
        raised from this Qt slot: a traceback, the tab half-built. Now it is said once, and
        choosing the tab again tries again."""
        if self._cleared:
            return
        self._size_by_current()
        name = self.current_tab()
        try:
            if name not in self._tabs:
                self._ensure_built(name)
            elif name in self._stale:
                self._tabs[name].refresh(None)
                self._stale.discard(name)
        except StoreError as error:
            common.show_error_once(self, error)

    def _draw_header(self) -> None:
        profile = self.case.profile.get()
        show_name = not self._privacy_mode and bool(profile.name)
        self.code_label.setText(f"{profile.code} · {profile.name}" if show_name
                                else profile.code)
        self.status_label.setText(status_label(profile.status))
        self.banner.set_flags(self.case.flags.list(active_only=True))
        self._order_tab_stops()

    def _order_tab_stops(self) -> None:
        """Tab in the order the header is drawn: History…, Edit details…, Raise risk flag…,
        each flag's Clear flag…, then the tabs.

        Qt's Tab order is the order widgets were made in, and that is not the screen's: Edit
        details… is made before History…, and the banner makes its Clear buttons anew each
        time the flags change, after the tabs. So the order is set again whenever the
        banner is redrawn."""
        stops: list[QWidget] = [self.history_button, self.details_button, self.raise_button]
        stops += [strip.clear_button for strip in self.banner.strips]
        stops.append(self.tabs.tabBar())
        for first, second in pairwise(stops):
            QWidget.setTabOrder(first, second)
