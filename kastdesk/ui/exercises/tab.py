"""The exercises tab: the six guided exercises, each started from and continued in sessions.

Every save is a new version tagged with the chosen session, so nothing the client wrote
earlier is lost and "started in session X" is a fact of the data. The session shows the
work in its topics ("Exercise: Consequence listing (continued)") rather than in its
note: a note may be signed, and a signed note is never touched. A signed session's
topics are frozen as well; then the link lives in the exercise's own versions only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Attendance, Changes, Session
from kastdesk.exercises import all_exercises, get_exercise
from kastdesk.exercises.storage import KIND as EXERCISE_KIND
from kastdesk.exercises.storage import (
    SavedExercise,
    exercise_history,
    save_exercise,
    saved_on,
)
from kastdesk.store import StoreError
from kastdesk.store.rescue import CASE_TEXT, fingerprint
from kastdesk.ui import drafts
from kastdesk.ui.autosave import TypingTimer
from kastdesk.ui.exercises.base import ExerciseEditor, bold, merge_inputs, muted, wrap
from kastdesk.ui.exercises.client_view import ClientView
from kastdesk.ui.exercises.editors import (
    BehaviourInWordsEditor,
    ConsequenceListingEditor,
    CopingPlanEditor,
    IAmVsIDoEditor,
    TriggersAlternativesEditor,
)
from kastdesk.ui.exercises.history import HistoryDialog
from kastdesk.ui.exercises.urges import UrgeLogEditor
from kastdesk.ui.flow import FlowLayout
from kastdesk.ui.workspace import common
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.sessions import attendance_mark

AUTOSAVE_MS = 1000
#: The list of exercises is never narrower than this many average characters.
LIST_MIN_CHARS = 15
#: The list's width when there is room for it.
LIST_WIDTH = 260
#: The Session choice's data for work done today outside any session.
NO_SESSION = ""

#: One editor class per exercise id; a new exercise adds one line here.
EDITORS: dict[str, type[ExerciseEditor]] = {
    cls.exercise_id: cls
    for cls in (BehaviourInWordsEditor, ConsequenceListingEditor, IAmVsIDoEditor,
                TriggersAlternativesEditor, UrgeLogEditor, CopingPlanEditor)
}


#: A state's stored choices, dates and ids ("short_term", "2026-11-20", a uuid): no words
#: typed (as kastdesk.ui.rescue leaves them out of a dialog's words).
_CODE_LIKE = re.compile(r"[a-z0-9]+(?:[_:.-][a-z0-9]+)+|[0-9a-f]{32}")


def _new_words(value: object, before: object) -> list[str]:
    """The texts in an exercise's saved form (``value``) that ``before`` does not hold:
    what was typed since, to show and copy from a rescue copy."""
    def texts(data: object) -> list[str]:
        if isinstance(data, str):
            return [data] if data.strip() and not _CODE_LIKE.fullmatch(data) else []
        if isinstance(data, dict):
            return [t for inner in data.values() for t in texts(inner)]
        if isinstance(data, list):
            return [t for inner in data for t in texts(inner)]
        return []

    old = set(texts(before))
    return [t for t in dict.fromkeys(texts(value)) if t not in old]


def saved_day(saved_at: str) -> str:
    """The local day (ISO) of a version's save time (the store keeps UTC)."""
    day = saved_on(saved_at)
    return day.isoformat() if day is not None else saved_at[:10]


def make_editor(exercise_id: str, client_mode: bool = False,
                today: Callable[[], date] | None = None) -> ExerciseEditor:
    """The editor for ``exercise_id`` (``KeyError`` for an exercise without one)."""
    cls = EDITORS[exercise_id]
    if today is not None and issubclass(cls, UrgeLogEditor):
        # The urge log counts days against "today"; tests and demos fix it.
        cls = type(cls.__name__, (cls,), {"today": staticmethod(today)})
    return cls(client_mode)


class ExercisesTab(WorkspaceTab):
    """The list of exercises on the left, the open one on the right."""

    areas = frozenset({"documents", "sessions"})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(context, parent)
        self.today = today
        self.current_id: str | None = None
        self.editor: ExerciseEditor | None = None
        self.client_view: ClientView | None = None
        self._editors: dict[str, ExerciseEditor] = {}
        self._kept_inputs: dict[str, dict[str, str]] = {}  # as last kept in the case file
        self._history: dict[str, list[SavedExercise]] = {}
        self._sessions: list[Session] = []
        #: The session work is saved into: the combo's choice, but changed only after the
        #: work typed so far is saved into the session it was typed in. None: today, in no
        #: session (the combo's first choice on a day without one).
        self._session_id: str | None = None
        self._sessions_drawn = False  # the first drawing picks the default choice
        #: Each session's attendance as last drawn: a session marked cancelled since
        #: gives up the choice (see ``_draw_sessions``).
        self._drawn_attendance: dict[str, Attendance] = {}
        self._dirty = False
        #: Keeping the add fields' words failed (``keep_inputs_quietly``): they wait.
        self._inputs_failed = False
        self._pending_labels: list[str] = []
        self._saving = False
        self.timer = TypingTimer(AUTOSAVE_MS, self)  # steady typing saves too
        self.timer.timeout.connect(self.autosave)
        # Words typed in an add field are no change of the exercise, so the timer above
        # never runs for them; this one keeps them as a draft after each pause in typing (a
        # crash lost them however long ago they were typed).
        self.input_timer = TypingTimer(AUTOSAVE_MS, self)
        self.input_timer.timeout.connect(self.keep_inputs_quietly)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        # Narrow enough for a 1024-pixel window beside the register (a fixed 240 pixels made
        # the case workspace scroll sideways on every tab); the titles wrap, and rewrap as
        # the splitter moves.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMinimumWidth(self.list.fontMetrics().averageCharWidth() * LIST_MIN_CHARS)

        self.title = bold(QLabel(self), 1.25)
        # The label and its choice stay together when the row wraps.
        session_box = QWidget(self)
        self.session_combo = QComboBox(session_box)
        self.session_combo.setAccessibleName(self.tr("Session the work is done in"))
        self.session_combo.setToolTip(self.tr("Saves are recorded against this session"))
        session_label = QLabel(self.tr("&Session:"), session_box)
        session_label.setBuddy(self.session_combo)
        buttons_box = QWidget(self)  # the two buttons wrap together, under the session
        self.history_button = QPushButton(self.tr("&History…"), buttons_box)
        self.client_button = QPushButton(self.tr("Show to c&lient"), buttons_box)
        self.client_button.setToolTip(
            self.tr("Full screen, large type, only this exercise: for the laptop turned "
                    "towards the client"))
        self.saved_label = muted(QLabel(self))
        # While the client's view is open, the exercise is edited there only (see
        # ``_set_shown``): this line says why the editor here does not take typing.
        self.shown_line = QLabel(
            self.tr("Shown to the client: edit in the client's view or close it."), self)
        self.shown_line.setObjectName("exerciseShownLine")
        self.shown_line.setWordWrap(True)
        self.shown_line.hide()
        #: The therapist's editor of the exercise the client view shows (read-only then).
        self._shown_editor: ExerciseEditor | None = None
        # Title on a line of its own, wrapping, and the controls under it: in one row a long
        # (Swedish) title and its buttons did not fit the default 1366-pixel window.
        self.title.setWordWrap(True)
        # As wide as its longest line, in every language: sized to 16 average characters it
        # cut the English "2026-03-16 10:00 (today)" to "(today" (QA 19 #14).
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        head = QVBoxLayout()
        head.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignTop)
        session_row = QHBoxLayout(session_box)
        session_row.setContentsMargins(0, 0, 0, 0)
        session_row.addWidget(session_label)
        session_row.addWidget(self.session_combo, 1)
        # One row in a wide window; beside the register at 1024 pixels the buttons go under
        # the session instead of widening the workspace.
        buttons_row = QHBoxLayout(buttons_box)
        buttons_row.setContentsMargins(0, 0, 0, 0)
        buttons_row.addWidget(self.history_button)
        buttons_row.addWidget(self.client_button)
        controls = FlowLayout()
        controls.addWidget(session_box)
        controls.addStretch()
        controls.addWidget(buttons_box)
        head.addLayout(title_row)
        head.addLayout(controls)

        self.start_page = QWidget(self)
        start_layout = QVBoxLayout(self.start_page)
        start_layout.setContentsMargins(16, 16, 16, 16)
        self.start_intro = wrap("", self.start_page)
        self.start_button = QPushButton(self.tr("Start in this session"), self.start_page)
        self.start_hint = muted(wrap("", self.start_page))
        start_layout.addWidget(self.start_intro)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        start_layout.addLayout(start_row)
        start_layout.addWidget(self.start_hint)
        start_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.shown_line)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        self._split = False  # the first showing divides the room (``showEvent``)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._on_current)
        self.start_button.clicked.connect(self.start_current)
        self.history_button.clicked.connect(self.show_history)
        self.client_button.clicked.connect(self.open_client_view)
        self.session_combo.activated.connect(self._on_session_chosen)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)

    # -- sessions -----------------------------------------------------------------------
    def session_labels(self) -> dict[str, str]:
        return {s.id: s.starts_at.strftime("%Y-%m-%d") for s in self._sessions}

    def _draw_sessions(self) -> None:
        """The sessions so far, newest first; on a day without a session held (or still to
        come) "Today, not in a session" comes first and is the choice. The newest past
        session was chosen then, and an exercise started or continued today was recorded in
        it, under its date (weeks back), as if the work had been done there. A session the
        client cancelled or did not come to took the work the same way, and its topics
        gained "Exercise: …" (QA 19 #10): such a session is marked in the choice, and it
        is never chosen for the therapist."""
        chosen = self._session_id if self._sessions_drawn else None
        shown = {self.session_combo.itemData(i) for i in range(self.session_combo.count())}
        today = self.today()
        usable = [s for s in self._sessions if s.starts_at.date() <= today]
        today_held = [s for s in usable if s.starts_at.date() == today and s.held]
        if shown and today_held and today_held[-1].id not in shown:
            # A session was just added today (the therapist pressed "New session"): the
            # work from now on belongs to it, as it would on a fresh start of the tab.
            chosen = today_held[-1].id
        if chosen and self._drawn_attendance.get(chosen) is Attendance.HELD and any(
                s.id == chosen and not s.held for s in usable):
            # The session chosen has just been marked cancelled or not attended: it takes
            # no more work unless chosen again by hand.
            chosen = None
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        if not today_held:
            self.session_combo.addItem(self.tr("Today, not in a session"), NO_SESSION)
        for session in reversed(usable):
            label = session.starts_at.strftime("%Y-%m-%d %H:%M")
            if session.starts_at.date() == today:
                label += " " + self.tr("(today)")
            if not session.held:
                label += " – " + attendance_mark(session.attendance)
            if session.signed:
                label += " ✓"
            self.session_combo.addItem(label, session.id)
        # Today's session held (the newest) or today without one, unless another was chosen.
        default = today_held[-1].id if today_held else NO_SESSION
        index = self.session_combo.findData(chosen if chosen else default)
        self.session_combo.setCurrentIndex(index if index >= 0 else 0)
        self.session_combo.blockSignals(False)
        self._drawn_attendance = {s.id: s.attendance for s in usable}
        self._sessions_drawn = True
        self._switch_session(self._chosen_session())

    def _chosen_session(self) -> str | None:
        """The combo's session; None for today, not in a session."""
        return self.session_combo.currentData() or None

    def current_session_id(self) -> str | None:
        """The session saves are recorded against."""
        return self._session_id

    def set_session(self, session_id: str) -> None:
        index = self.session_combo.findData(session_id)
        if index >= 0:
            self.session_combo.setCurrentIndex(index)
            self._on_session_chosen(index)

    def _on_session_chosen(self, _index: int) -> None:
        self._switch_session(self._chosen_session())

    def _switch_session(self, session_id: str | None) -> None:
        """Make ``session_id`` the one saves go to, the work so far saved first.

        The combo already shows the new choice; the work typed so far belongs to the session
        it was typed in, so it is saved there before the switch. If that save fails the
        combo goes back: the work stays unsaved, and in its own session.
        """
        if session_id == self._session_id:
            return
        if self._session_id is not None and not self._saving:
            self.flush_quietly()
            if self._dirty:
                index = self.session_combo.findData(self._session_id or NO_SESSION)
                if index >= 0:
                    self.session_combo.blockSignals(True)
                    self.session_combo.setCurrentIndex(index)
                    self.session_combo.blockSignals(False)
                    return
        self._session_id = session_id
        for editor in self._editors.values():
            editor.session_id = session_id
        self._update_start_page()

    # -- list ---------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        """Redraw the list and the sessions; the open editor keeps what is being typed."""
        if self.case.closed:
            return
        self._sessions = self.case.sessions.list(with_versions=False)
        self._draw_sessions()
        self._history = {e.id: exercise_history(self.case, e.id) for e in all_exercises()}
        self._draw_list()
        if self.editor is not None:
            self.editor.session_labels = self.session_labels()

    def state_line(self, exercise_id: str) -> str:
        """"Not started" or where it was started and last changed: in session dates, or
        the day it was saved where that was in no session."""
        history = self._history.get(exercise_id, [])
        if not history:
            return self.tr("Not started")
        labels = self.session_labels()
        first, last = history[0], history[-1]
        if first.session_id is None:
            text = self.tr("Started on {date}, not in a session").format(
                date=saved_day(first.saved_at))
        else:
            text = self.tr("Started in session {date}").format(
                date=labels.get(first.session_id, "—"))
        if len(history) > 1:
            if last.session_id is None:
                text += "\n" + self.tr("last changed on {date}, not in a session").format(
                    date=saved_day(last.saved_at))
            else:
                text += "\n" + self.tr("last changed in session {date}").format(
                    date=labels.get(last.session_id, "—"))
        return text

    def _draw_list(self) -> None:
        current = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in all_exercises():
            item = QListWidgetItem(f"{exercise.display_title()}\n{self.state_line(exercise.id)}")
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(exercise.text("intro"))
            self.list.addItem(item)
            if exercise.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_current(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.open_exercise(item.data(Qt.ItemDataRole.UserRole))

    # -- opening, starting --------------------------------------------------------------
    def open_exercise(self, exercise_id: str) -> None:
        """Show an exercise: its editor when started, else the page to start it from."""
        self.flush_quietly()
        self.current_id = exercise_id
        exercise = get_exercise(exercise_id)
        self.title.setText(exercise.display_title())
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        history = self._history.get(exercise_id, [])
        started = bool(history)
        self.history_button.setEnabled(started)
        self.client_button.setEnabled(started)
        if not started:
            self.editor = None
            self.start_intro.setText(exercise.text("intro"))
            self._update_start_page()
            self.stack.setCurrentWidget(self.start_page)
            return
        editor = self._editors.get(exercise_id)
        if editor is None:
            editor = make_editor(exercise_id, today=self.today)
            editor.state_changed.connect(self._on_state_changed)
            editor.printed.connect(self._on_printed)
            editor.inputs_edited.connect(self.input_timer.start)
            self._editors[exercise_id] = editor
            self.stack.addWidget(editor)
            try:  # words typed in its add fields before a lock or a crash
                kept = drafts.read_draft(self.case, f"exercise_input:{exercise_id}")
            except StoreError as error:
                common.show_error(self, error)
                kept = None
            if kept:
                # Left in the case file until the words are added or wiped: the field and
                # the draft say the same, and a crash before the next pause loses nothing.
                editor.restore_inputs(kept)
                self._kept_inputs[exercise_id] = editor.typed_inputs()
        editor.session_id = self.current_session_id()
        editor.session_labels = self.session_labels()
        editor.set_state(history[-1].state)
        self.editor = editor
        self.stack.setCurrentWidget(editor)

    def _update_start_page(self) -> None:
        """The start button and the line under it say where the start is recorded: in the
        chosen session, or today in none (and how to put it in a session instead)."""
        if self._session_id is None:
            self.start_button.setText(self.tr("Start today"))
            self.start_hint.setText(self.tr(
                "Not in a session: the exercise is recorded as started today. If the client "
                "is here for a session, add it on the Sessions tab first: the work then goes "
                "to it. To record it in an earlier session, choose that session above."))
        else:
            self.start_button.setText(self.tr("Start in this session"))
            self.start_hint.setText(
                self.tr("Choose the session above; the exercise is recorded as started there."))

    def start_current(self) -> None:
        """Save the empty exercise as version 1 in the chosen session (or today, in none),
        then open it."""
        if self.current_id is None:
            return
        exercise = get_exercise(self.current_id)
        state = exercise.new_state()
        if self.run(lambda: self._save(state, f"{exercise.title}: start")):
            self.open_exercise(self.current_id)

    def _on_printed(self, what: str) -> None:
        """Printing case content is audited like an export (who, when, what)."""
        self.run(lambda: self.case.record("Print", {"what": what}))

    def _save(self, state: Any, label: str) -> None:
        exercise = get_exercise(state.exercise_id)
        session_id = self.current_session_id()
        history = self._history.get(exercise.id, [])
        first_here = session_id is not None and all(v.session_id != session_id for v in history)
        with self.case.transaction(label):
            save_exercise(self.case, state, session_id, label, draft=True)
            if first_here:
                self._mark_session(session_id, exercise.display_title(), continued=bool(history))
        self._history[exercise.id] = exercise_history(self.case, exercise.id)
        self._draw_list()

    def _mark_session(self, session_id: str, title: str, continued: bool) -> None:
        """Add "Exercise: …" to the session's topics; signed sessions stay as they are."""
        session = next((s for s in self._sessions if s.id == session_id), None)
        if session is None or session.signed:
            return
        topic = (self.tr("Exercise: {title} (continued)") if continued
                 else self.tr("Exercise: {title}")).format(title=title)
        if topic not in session.topics:
            self.case.sessions.update(session_id, topics=[*session.topics, topic])
            session.topics = [*session.topics, topic]

    # -- editing and saving -------------------------------------------------------------
    def _on_state_changed(self, label: str) -> None:
        self._dirty = True
        self._pending_labels.append(label)
        self.saved_label.setText(self.tr("Editing…"))
        self.timer.start()

    def autosave(self) -> None:
        if self._saving:
            return
        try:
            self.flush()
        except StoreError as error:
            self._not_saved(error)

    def _not_saved(self, error: StoreError) -> None:
        """Say so beside the exercise and in one sentence; what was typed stays. The
        window is told as for the note (``show_error_once``): a cause that can pass (the
        memory stick out) is saved again on its timer, and the typing is kept in the
        sealed rescue copy meanwhile (it was on screen only, and a dead battery lost it)."""
        self.saved_label.setText(self.tr("Not saved"))
        common.show_error_once(self, error)

    def flush(self) -> None:
        """Save the open exercise as a new version if anything changed since the last save."""
        self.timer.stop()
        if self.case.closed:
            return
        self._keep_inputs()
        if self.editor is None:
            return
        mirror = self.client_view.content if self.client_view is not None else None
        if isinstance(mirror, ExerciseEditor):
            mirror.commit_drafts()  # reaches self.editor as the client's edit
        self.editor.commit_drafts()  # an open rewording is saved too (marks us dirty)
        self.timer.stop()
        if not self._dirty:
            return
        labels = set(self._pending_labels)
        label = self._pending_labels[-1] if len(labels) == 1 else \
            f"{self.editor.exercise.title}: edit"
        self._saving = True
        self._dirty = False
        try:
            self._save(self.editor.state(), label)
        except BaseException:
            self._dirty = True
            raise
        finally:
            self._saving = False
        self._pending_labels = []
        self.saved_label.setText(
            self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M")))

    def _typed_inputs(self, exercise_id: str) -> dict[str, str]:
        """The add fields' words of one exercise: the therapist's editor's, and the client
        view's when it shows that exercise (the client types there, not here)."""
        editor = self._editors.get(exercise_id)
        inputs = editor.typed_inputs() if editor is not None else {}
        mirror = self.client_view.content if self.client_view is not None else None
        if isinstance(mirror, ExerciseEditor) and mirror.exercise_id == exercise_id:
            inputs = merge_inputs(inputs, mirror.typed_inputs())
        return inputs

    def _keep_inputs(self) -> None:
        """Words typed in an exercise's add fields but not added: kept in the case file
        (a lock, a crash or closing would lose them) and put back when the exercise is
        opened again. The client view's count as the therapist's: they are the same
        exercise, and were lost on a lock, a client switch or closing the window."""
        self.input_timer.stop()
        for exercise_id in self._editors:
            inputs = self._typed_inputs(exercise_id)
            if inputs != self._kept_inputs.get(exercise_id, {}):
                drafts.keep_draft(self.case, f"exercise_input:{exercise_id}", inputs)
                self._kept_inputs[exercise_id] = inputs
        self._inputs_failed = False

    def keep_inputs_quietly(self) -> None:
        """After a pause in typing in an add field: keep its words as an encrypted draft
        (not as an item: adding stays the user's decision). An error shows; the words stay
        in the field and are tried again at the next pause or flush."""
        if self.case.closed:
            return
        try:
            self._keep_inputs()
        except StoreError as error:
            self._inputs_failed = True
            self._not_saved(error)

    def flush_quietly(self) -> None:
        """Save before switching exercise or session; an error shows, the text stays."""
        if self.has_unsaved_changes():
            self.autosave()

    def has_unsaved_changes(self) -> bool:
        """Changes not saved yet, words typed in an edit that is still open, or words in an
        add field whose keeping failed."""
        editors = [self.editor, self.client_view.content if self.client_view else None]
        return self._dirty or any(isinstance(e, ExerciseEditor) and e.has_drafts()
                                  for e in editors) or self._inputs_waiting()

    def _inputs_waiting(self) -> bool:
        """Words in an add field whose keeping as a draft failed and that are not kept yet:
        the window's retry keeps them once the vault is back."""
        return self._inputs_failed and not self.case.closed and any(
            self._typed_inputs(i) != self._kept_inputs.get(i, {}) for i in self._editors)

    def rescue_items(self) -> list[dict[str, Any]]:
        """What is typed here and not saved, for the sealed rescue copy kept outside the
        vault while it cannot be written (kastdesk.ui.rescue): the open exercise's work
        (the client's view's included: its edits are this editor's) and the words in each
        exercise's add fields (the client view's too) not yet kept as a draft. During their
        save too (the copy is written as it starts: a write may hang)."""
        items: list[dict[str, Any]] = []
        editor = self.editor
        if (self._dirty or self._saving) and editor is not None:
            history = self._history.get(editor.exercise_id, [])
            stored = history[-1].state.to_dict() if history else None
            value = editor.state().to_dict()
            if value != stored:
                items.append({"kind": CASE_TEXT, "tab": "exercises",
                              "place": f"state:{editor.exercise_id}",
                              "base": fingerprint(stored), "value": value,
                              "words": _new_words(value, stored)})
        for exercise_id in self._editors:
            inputs = self._typed_inputs(exercise_id)
            kept = self._kept_inputs.get(exercise_id, {})
            if inputs != kept:
                items.append({"kind": CASE_TEXT, "tab": "exercises",
                              "place": f"inputs:{exercise_id}", "base": fingerprint(kept),
                              "value": inputs, "words": list(inputs.values())})
        return items

    @staticmethod
    def rescue_label(item: dict[str, Any]) -> str:
        """What a kept item of this tab is, in words (kastdesk.ui.rescue)."""
        kind, _, exercise_id = str(item.get("place")).partition(":")
        try:
            title = get_exercise(exercise_id).display_title()
        except KeyError:
            title = exercise_id
        if kind == "inputs":
            return QCoreApplication.translate(
                "RescueDialog", "words typed to add in the exercise “{title}”").format(
                    title=title)
        return QCoreApplication.translate("RescueDialog", "the exercise “{title}”").format(
            title=title)

    @staticmethod
    def rescue_stored(case: Any, item: dict[str, Any]) -> Any:
        """What the vault holds now where a kept item of this tab goes back (the exercise's
        newest version, or the words kept from its add fields); LookupError where that
        exercise is unknown here."""
        kind, _, exercise_id = str(item.get("place")).partition(":")
        if exercise_id not in EDITORS:
            raise LookupError
        if kind == "inputs":
            return drafts.read_draft(case, f"exercise_input:{exercise_id}") or {}
        return case.documents.get(EXERCISE_KIND, exercise_id)

    def put_back_text(self, item: dict[str, Any]) -> bool:
        """Put a rescue copy's work back in its exercise and save it (a new version, as an
        edit is, so the history keeps the one it replaces; words of add fields go back in
        those fields and are kept as their draft). Raises the store's error when the save
        fails (the text then waits on screen, as any typing that waits)."""
        kind, _, exercise_id = str(item.get("place")).partition(":")
        value = item.get("value")
        if exercise_id not in EDITORS or not isinstance(value, dict):
            return False
        if self.client_view is not None:
            return False  # shown to the client: the exercise is edited there only
        if self.current_id != exercise_id or self.editor is None:
            self.open_exercise(exercise_id)  # (opened again, its Undo offer would go)
        editor = self._editors.get(exercise_id)
        if editor is None or self.editor is not editor:
            return False  # not started in the vault: nothing to put it in
        if kind == "inputs":
            editor.restore_inputs(value)
            self._keep_inputs()
            return True
        before = editor.state()
        editor.apply(get_exercise(exercise_id).from_dict(value), "edit")
        # One step back, as after a removal: the bar's Undo brings back what the vault held.
        editor.offer_undo(before, "edit", self.tr("Put back from the copy kept on this computer."))
        self.flush()
        return True

    def hideEvent(self, event: QEvent) -> None:
        self.flush_quietly()
        super().hideEvent(event)

    def showEvent(self, event: QEvent) -> None:
        """The first time the tab shows, give the list its share of the width the tab has
        then: 260 pixels in a wide window, less in a 1024-pixel one, where the exercise
        itself needs the room more (sizes set before the tab had a width were kept as given,
        and left the open exercise 270 pixels beside a half-empty list)."""
        super().showEvent(event)
        if self._split:
            return
        self._split = True
        self.layout().activate()
        width = self.splitter.width() - self.splitter.handleWidth()
        share = max(self.list.minimumWidth(), min(LIST_WIDTH, width * 3 // 10))
        self.splitter.setSizes([share, max(0, width - share)])

    def show_history(self) -> HistoryDialog | None:
        if self.current_id is None:
            return None
        self.flush_quietly()
        dialog = HistoryDialog(self.current_id, self._history.get(self.current_id, []),
                               self.session_labels(), self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    # -- client view --------------------------------------------------------------------
    def open_client_view(self) -> ClientView | None:
        """Show the open exercise full screen to the client; edits there save here."""
        if self.editor is None or self.current_id is None:
            return None
        if self.client_view is not None:  # one view at a time; its words come back first
            old, self.client_view = self.client_view, None
            self._take_back_inputs(old)
            old.force_close()
            old.deleteLater()
            self._set_shown(None)
        self.flush_quietly()
        mirror = make_editor(self.current_id, client_mode=True, today=self.today)
        mirror.session_id = self.editor.session_id
        mirror.set_state(self.editor.state())
        mirror.state_changed.connect(lambda label: self._on_client_edit(mirror, label))
        mirror.inputs_edited.connect(self.input_timer.start)
        view = ClientView(self.editor.exercise.display_title(), mirror)
        view.returned.connect(self._on_client_returned)
        # A window of its own, so not taken down with the tab: a switch to another client
        # (the workspace flushed, its words kept, then deleted) left it on screen, showing
        # the closed case's exercise and taking words that went nowhere.
        self.destroyed.connect(view.force_close)
        self.destroyed.connect(view.deleteLater)
        self.client_view = view
        self._set_shown(self.editor)
        view.open()
        return view

    def _set_shown(self, editor: ExerciseEditor | None) -> None:
        """``editor``'s exercise is shown to the client (None: no longer). The client's
        edits replace the whole state here, so while the view is open this editor is
        read-only and says where to edit (words the therapist typed here on a second screen
        were wiped by the client's next key, QA 19 F4). The list and the session stay put
        too: a save goes to the open exercise, in the chosen session, and the view's edits
        must stay the open exercise's."""
        if self._shown_editor is not None and self._shown_editor is not editor:
            self._shown_editor.set_shown_to_client(False)
        self._shown_editor = editor
        if editor is not None:
            editor.set_shown_to_client(True)
        self.shown_line.setVisible(editor is not None)
        self.list.setEnabled(editor is None)
        self.session_combo.setEnabled(editor is None)

    def _on_client_edit(self, mirror: ExerciseEditor, label: str) -> None:
        if self.editor is not None and self.editor.exercise_id == mirror.exercise_id:
            self.editor.set_state(mirror.state())
            self._on_state_changed(label)

    def _take_back_inputs(self, view: ClientView) -> None:
        """Carry the words the client typed in the view's add fields into the therapist's
        editor of that exercise: they were lost on "Return to therapist"."""
        mirror = view.content
        if not isinstance(mirror, ExerciseEditor):
            return
        editor = self._editors.get(mirror.exercise_id)
        inputs = mirror.typed_inputs()
        if editor is not None and inputs:
            editor.take_inputs(inputs)

    def _on_client_returned(self) -> None:
        if self.client_view is not None:
            self._take_back_inputs(self.client_view)
        self.flush_quietly()  # the view still counts: an open rewording there is saved too
        self.client_view = None
        self._set_shown(None)
        self.keep_inputs_quietly()

    def clear(self) -> None:
        """Drop every word the client wrote from the widgets, the client view first."""
        self.timer.stop()
        self.input_timer.stop()
        self._dirty = False
        if self.client_view is not None:
            self.client_view.force_close()
            self.client_view.deleteLater()
            self.client_view = None
        self._set_shown(None)
        for editor in self._editors.values():
            editor.clear()
        self._history = {}
        self.list.clear()
        self.session_combo.clear()
        self._session_id = None
        self._sessions_drawn = False
        self._drawn_attendance = {}
