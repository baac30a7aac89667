"""The sessions tab: a list of sessions and an editor whose note can never be lost.

The note autosaves about a second after typing stops (a single-shot timer restarted on
every change), at least every five seconds while typing goes on (``TypingTimer``),
whenever focus leaves any of the editor's fields (which also happens when the window loses
focus), and on ``flush`` (lock, close, switching client). A kill therefore loses at most
the last few seconds of typing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Attendance, Changes, Modality, Present, Session, Status
from kastdesk.domain.templates import first_session_note
from kastdesk.store import CaseFile, SessionMissing, StoreError
from kastdesk.store.rescue import CASE_TEXT, digest, fingerprint
from kastdesk.ui.autosave import TypingTimer
from kastdesk.ui.cases.status import action_text, change_status
from kastdesk.ui.common import (
    TypingDialog,
    WrappingLabel,
    from_wall_clock,
    to_wall_clock,
    typed_text,
    wall_clock_edit,
)
from kastdesk.ui.screen import ScrollingBody, available_area, fit_dialog, room_in
from kastdesk.ui.workspace import common
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.common import fmt_stamp, modality_label, muted, present_label

AUTOSAVE_MS = 1000
SIDE_BY_SIDE_MIN_WIDTH = 1000


def _split_topics(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def _merge_topics(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    """The therapist's topics plus those added elsewhere since the field was filled.

    ``base`` is what the field was filled from, ``mine`` what it holds now and ``theirs``
    what the store holds now (another tab may have added "Exercise: …").
    """
    return [*mine, *(t for t in theirs if t not in base and t not in mine)]


#: The session's details the editor shows besides the note, as ``Session`` attributes.
FIELDS = ("starts_at", "duration_min", "attendance", "modality", "present", "topics")


def _kept_form(name: str, value: Any) -> Any:
    """A session detail as a rescue copy keeps it (JSON): dates as ISO text, choices by
    their stored value."""
    if name == "starts_at":
        return value.isoformat()
    if name in ("attendance", "modality", "present"):
        return value.value
    if name == "topics":
        return list(value)
    return value


#: Each detail's label as the editor shows it (SessionEditor's own words, "&" taken out).
_DETAIL_LABELS = {
    "starts_at": "&Date and time:", "duration_min": "D&uration:", "attendance": "Attendance:",
    "modality": "&Modality:", "present": "&Present:", "topics": "&Topics:",
}


def _detail_words(name: str, value: Any) -> str:
    """A kept session detail as the therapist reads it, after the field's own label
    ("Topics: sleep, work"), to show and copy."""
    if name == "topics":
        shown = ", ".join(value)
    elif name == "attendance":
        shown = attendance_label(Attendance(value))
    elif name == "modality":
        shown = modality_label(Modality(value))
    elif name == "present":
        shown = present_label(Present(value))
    elif name == "starts_at":
        shown = datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    else:
        shown = str(value) + QCoreApplication.translate("SessionEditor", " min")
    label = QCoreApplication.translate("SessionEditor", _DETAIL_LABELS[name]).replace("&", "")
    return f"{label} {shown}"


def attendance_label(attendance: Attendance) -> str:
    """Whether a session took place, as the editor's choice and the list say it."""
    return {
        Attendance.HELD: QCoreApplication.translate("Workspace", "Held"),
        Attendance.CANCELLED_BY_CLIENT: QCoreApplication.translate(
            "Workspace", "Cancelled by the client"),
        Attendance.CANCELLED_BY_CLINIC: QCoreApplication.translate(
            "Workspace", "Cancelled by the clinic"),
        Attendance.NO_SHOW: QCoreApplication.translate("Workspace", "Did not attend"),
    }[attendance]


def attendance_mark(attendance: Attendance) -> str:
    """A session not held, as the narrow session list marks it (its tooltip says by whom
    it was cancelled): "Cancelled by the client" pushed the list into a side scroll."""
    if attendance is Attendance.NO_SHOW:
        return attendance_label(attendance)
    #: A session cancelled, by the client or the clinic, in the narrow list of sessions.
    return QCoreApplication.translate("Workspace", "Cancelled")


class AmendmentDialog(TypingDialog):
    """An amendment to a signed note: the text and why; both are required.

    Escape, Cancel or closing the window asks before what was typed is discarded.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add amendment"))
        self.resize(520, 320)
        intro = QLabel(
            self.tr("The signed note stays as it is. The amendment is shown beneath it "
                    "with your name, the time and the reason."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("For example: a date was wrong"))
        form = QFormLayout()
        form.addRow(self.tr("&Amendment:"), self.text)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add amendment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._sync)
        self.reason.textChanged.connect(self._sync)
        self._sync()
        self.remember_as_opened()

    def _sync(self) -> None:
        self.ok.setEnabled(bool(typed_text(self.text).strip() and self.reason.text().strip()))

    def values(self) -> tuple[str, str]:
        return typed_text(self.text).strip(), self.reason.text().strip()

    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)

    def draft(self) -> dict[str, Any] | None:
        text, reason = typed_text(self.text), self.reason.text()
        return {"text": text, "reason": reason} if (text.strip() or reason.strip()) else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.text.setPlainText(str(data.get("text", "")))
        self.reason.setText(str(data.get("reason", "")))


class AttendanceDialog(TypingDialog):
    """Correct whether a signed session was held: what it in fact was, and why; both are
    required. The signed note stays as it is; the correction is added beneath it as an
    amendment (``SessionManager.correct_attendance``).

    An action of its own, right under the session's frozen attendance, not a choice inside
    "Add amendment…": "the client did not come" is a different task from adding words to
    a note, a therapist looks for it where the wrong "Held" stands, and one dialog doing
    both would need its text made optional and a mode to read before it is used. Here
    every choice is in sight at once (radio buttons, none picked: the record changes only
    by a deliberate pick), with what the correction changes said beneath them.
    """

    def __init__(self, current: Attendance, ahead: bool = False,
                 parent: QWidget | None = None) -> None:
        """``current``: the attendance recorded now; ``ahead``: the session has not begun
        yet, so it cannot be marked held."""
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("Correct attendance"))
        # Everything but the buttons in a body that scrolls where the screen is too low,
        # the dialog as tall as its text needs (fit_dialog): at a fixed 520×320 a 14 pt
        # font cut the intro and the effect's lines in half and squeezed the choices.
        content = QWidget(self)
        intro = WrappingLabel(
            self.tr("The signed note stays as it is. The correction is added beneath it as an "
                    "amendment with your name, the time and the reason."), content)
        recorded = WrappingLabel(self.tr("Recorded now: {attendance}").format(
            attendance=attendance_label(current)), content)
        font = recorded.font()
        font.setBold(True)
        recorded.setFont(font)
        question = WrappingLabel(self.tr("The session was in fact:"), content)
        self.choices = QButtonGroup(self)
        self.buttons_by_value: dict[str, QRadioButton] = {}
        choice_box = QVBoxLayout()
        choice_box.setContentsMargins(12, 0, 0, 0)
        for attendance in Attendance:
            if attendance is current:
                continue
            button = QRadioButton(attendance_label(attendance), content)
            self.choices.addButton(button)
            self.buttons_by_value[attendance.value] = button
            choice_box.addWidget(button)
            if attendance is Attendance.HELD and ahead:
                button.setEnabled(False)
                ahead_hint = muted(WrappingLabel(
                    self.tr("Not yet: the session has not taken place."), content))
                ahead_hint.setContentsMargins(22, 0, 0, 0)
                choice_box.addWidget(ahead_hint)
        self.effect = muted(WrappingLabel("", content))
        self.reason = QLineEdit(content)
        self.reason.setPlaceholderText(
            self.tr("For example: the client did not come; the note was signed by mistake"))
        reason_label = QLabel(self.tr("&Reason:"), content)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Correct attendance"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(recorded)
        layout.addWidget(question)
        layout.addLayout(choice_box)
        layout.addWidget(self.effect)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        layout.addStretch(1)
        self.body = ScrollingBody(content, self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body, 1)
        outer.addWidget(self.buttons)
        self.choices.buttonToggled.connect(lambda *_: self._sync())
        self.reason.textChanged.connect(self._sync)
        self._sync()
        fit_dialog(self, 520)
        self.remember_as_opened()

    def chosen(self) -> Attendance | None:
        """The attendance picked, or None before a pick."""
        for value, button in self.buttons_by_value.items():
            if button.isChecked():
                return Attendance(value)
        return None

    def _sync(self) -> None:
        chosen = self.chosen()
        self.ok.setEnabled(chosen is not None and bool(self.reason.text().strip()))
        was_held = self.current is Attendance.HELD
        if chosen is None or (chosen is Attendance.HELD) == was_held:
            self.effect.setText("")
        elif was_held:
            self.effect.setText(self.tr(
                "From then on it is not counted as a session held nor as a contact: the last "
                "contact, the session count and the follow-up date follow."))
        else:
            self.effect.setText(self.tr(
                "From then on it counts as a session held and as a contact: the last "
                "contact, the session count and the follow-up date follow."))
        self.effect.setVisible(bool(self.effect.text()))
        if self.isVisible():
            self._grow()

    def _grow(self) -> None:
        """Taller, within the screen, when a pick shows what the correction changes: its
        lines came below the reason, a scroll away. Never lower again, so OK stays where
        it is while the choices are clicked through."""
        self.body.widget().layout().activate()
        need = self.height() - self.body.height() + self.body.needed_height()
        room = room_in(available_area(self)).height() or need
        height = min(need, room)
        if height > self.height():
            self.resize(self.width(), height)

    def values(self) -> tuple[Attendance, str]:
        chosen = self.chosen()
        assert chosen is not None  # OK is disabled until a pick
        return chosen, self.reason.text().strip()

    #: Set by the opener. The amendment's key ("amendment:<session id>"): a correction is an
    #: amendment, and the workspace reopens a kept one through ``SessionsTab.amend_current``.
    draft_key = ""

    def draft(self) -> dict[str, Any] | None:
        chosen, reason = self.chosen(), self.reason.text()
        if chosen is None and not reason.strip():
            return None
        return {"attendance": chosen.value if chosen else "", "reason": reason}

    def restore_draft(self, data: dict[str, Any]) -> None:
        button = self.buttons_by_value.get(str(data.get("attendance", "")))
        if button is not None and button.isEnabled():
            button.setChecked(True)
        self.reason.setText(str(data.get("reason", "")))


class _VersionBlock(QFrame):
    """One amendment beneath the signed note."""

    def __init__(self, header: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.header = muted(QLabel(header, self))
        self.header.setWordWrap(True)
        self.body = QLabel(text, self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        layout.addWidget(self.body)


class _DetailsToggle(QToolButton):
    """The session's fields folded into one line, or the line to fold them again.

    Its text is cut with "…" at its width (the whole line in the tooltip), so a long list of
    topics never widens the editor.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = ""
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggled.connect(lambda *_: self._draw())

    def set_summary(self, text: str) -> None:
        self._summary = text
        self.setToolTip(text)
        self._draw()

    def summary(self) -> str:
        return self._summary

    def _draw(self) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if self.isChecked() else Qt.ArrowType.RightArrow)
        room = self.width() - self.iconSize().width() - 3 * self.fontMetrics().averageCharWidth()
        self.setText(self.fontMetrics().elidedText(self._summary, Qt.TextElideMode.ElideRight,
                                                   max(room, 0)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._draw()

    def sizeHint(self) -> QSize:  # Qt override: as wide as the room gives, never wider
        return QSize(self.iconSize().width() + 6 * self.fontMetrics().averageCharWidth(),
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # Qt override (QToolButton's is its size hint)
        return self.sizeHint()


class SessionEditor(QWidget):
    """Edits one session. Owns the autosave; the tab owns the list around it."""

    saved = Signal(str)

    def __init__(self, case: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        # The session as the store last held it; ``_shown`` the store values the fields were
        # last filled from (what the therapist has seen), ``_dirty`` the fields edited since
        # the last save and ``_deferred`` the ones a change in the store could not be shown
        # in because they had focus (shown when focus leaves them).
        self.session: Session | None = None
        self._dirty_note = False
        self._dirty: set[str] = set()
        self._shown: dict[str, Any] = {}
        self._deferred: set[str] = set()
        self._loading = False
        self._saving = False
        #: What the save under way writes (the fields, whether the note): the rescue copy,
        #: written just before, keeps it in case the write hangs.
        self._writing: tuple[set[str], bool] = (set(), False)
        self.timer = TypingTimer(AUTOSAVE_MS, self)  # steady typing saves too
        self.timer.timeout.connect(self.autosave)

        # Wall-clock time, no time zone: 02:30 on the spring clock-change night is 02:30.
        self.when = wall_clock_edit(QDateTimeEdit(self))
        self.when.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        # Held, cancelled or missed: only a session held is a contact (the last contact, the
        # 60-day silence, the follow-up date, the count and numbering in the case summary).
        self.attendance = QComboBox(self)
        for attendance in Attendance:
            self.attendance.addItem(attendance_label(attendance), attendance.value)
        self.attendance.setToolTip(self.tr(
            "A session cancelled or not attended stays in the list with its note, but is "
            "not counted as a session held or as a contact."))
        self.attendance_hint = muted(QLabel(self))
        self.attendance_hint.setWordWrap(True)
        self.modality = QComboBox(self)
        for modality in Modality:
            self.modality.addItem(modality_label(modality), modality.value)
        self.present = QComboBox(self)
        for present in Present:
            self.present.addItem(present_label(present), present.value)
        self.topics = QLineEdit(self)
        self.topics.setPlaceholderText(self.tr("Comma-separated, e.g. triggers, partner"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)  # Tab moves on: the editor is keyboard-reachable
        self.note.setPlaceholderText(self.tr("What was worked on in this session…"))
        self.undo_button = QToolButton(self)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo typing (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.note.undo)
        self.note.undoAvailable.connect(self.undo_button.setEnabled)
        self.redo_button = QToolButton(self)
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo typing (Ctrl+Shift+Z)"))
        self.redo_button.setEnabled(False)
        self.redo_button.clicked.connect(self.note.redo)
        self.note.redoAvailable.connect(self.redo_button.setEnabled)
        for button in (self.undo_button, self.redo_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Z is the keyboard way
        self.saved_label = muted(QLabel(self))
        self.signed_label = QLabel(self)
        self.signed_label.setWordWrap(True)
        font = self.signed_label.font()
        font.setBold(True)
        self.signed_label.setFont(font)
        self.sign_button = QPushButton(self.tr("&Sign note…"), self)
        self.sign_button.setToolTip(self.tr("Signing makes the note read-only"))
        self.amend_button = QPushButton(self.tr("Add a&mendment…"), self)
        # Whether a signed session was held, corrected (AttendanceDialog says why an action
        # of its own). No Alt+letter, as the attendance field has none: each of its letters
        # is taken on this screen in one of the languages.
        self.correct_button = QPushButton(self.tr("Correct attendance…"), self)
        self.correct_button.setToolTip(self.tr(
            "Say that this session was in fact not held, or was held after all; the signed "
            "note stays as it is"))
        self.amendments = QWidget(self)
        self._amend_layout = QVBoxLayout(self.amendments)
        self._amend_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = muted(QLabel(self.tr("Choose a session, or start a new one."), self))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # A grid, not long rows: the editor must fit beside the register on a laptop. On a
        # widget of its own, which folds as a whole (fit_height): the fields' own shown or
        # hidden (the correction's button, the attendance hint) stays theirs.
        self.details = QWidget(self)
        fields = QGridLayout(self.details)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setHorizontalSpacing(8)
        fields.setColumnStretch(4, 1)  # spare width goes right, fields keep a calm size
        for widget, width in ((self.when, 220), (self.duration, 110), (self.attendance, 220),
                              (self.modality, 220), (self.present, 220)):
            widget.setMaximumWidth(width)
        fields.addWidget(self._buddy(self.tr("&Date and time:"), self.when), 0, 0)
        fields.addWidget(self.when, 0, 1)
        fields.addWidget(self._buddy(self.tr("D&uration:"), self.duration), 0, 2)
        fields.addWidget(self.duration, 0, 3)
        fields.addWidget(self._buddy(self.tr("&Modality:"), self.modality), 1, 0)
        fields.addWidget(self.modality, 1, 1)
        fields.addWidget(self._buddy(self.tr("&Present:"), self.present), 1, 2)
        fields.addWidget(self.present, 1, 3)
        # Was the client there? Beside the topics, in the rows the editor had before it
        # was asked: a row of its own put the note below the fold at 14 pt with a risk flag
        # (1024x700). No Alt+letter of its own: each of its letters is taken on this screen
        # in English, Swedish or Norwegian. Its hint takes a row only when the session was
        # not held.
        fields.addWidget(self._buddy(self.tr("Attendance:"), self.attendance), 2, 0)
        fields.addWidget(self.attendance, 2, 1)
        fields.addWidget(self._buddy(self.tr("&Topics:"), self.topics), 2, 2)
        fields.addWidget(self.topics, 2, 3, 1, 2)
        # Right under the frozen attendance of a signed session, the way to correct it
        # (a row of its own, inside the scrolling editor: beside "Add amendment…" in the
        # bar below it, the bar took four lines at 14 pt and made the case scroll).
        fields.addWidget(self.correct_button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.attendance_hint, 4, 0, 1, 5)
        # Where the editor is low, the fields fold into one line that says what they hold
        # (fit_height): a therapist types the note during the session, and at 14 pt on a
        # 1366×768 laptop at 125 % the fields left the note no line at all. Correct
        # attendance… and the attendance hint fold with them: left standing, they kept a
        # corrected note to two lines in sight.
        self._fields = fields
        # Folded, the fields' labels are hidden and their Alt+letters with them: the letter
        # went into the note instead (Linux). These stand in for them while folded, and
        # unfold the fields with the field in focus.
        self._folded_keys: list[tuple[QShortcut, QWidget]] = []
        for i in range(fields.count()):
            label = fields.itemAt(i).widget()
            field = label.buddy() if isinstance(label, QLabel) else None
            key = QKeySequence.mnemonic(label.text()) if field is not None else QKeySequence()
            if field is not None and not key.isEmpty():
                shortcut = QShortcut(key, self)
                shortcut.setEnabled(False)
                shortcut.activated.connect(partial(self._unfold_to, field))
                self._folded_keys.append((shortcut, field))
        self.details_toggle = _DetailsToggle(self)
        self.details_toggle.setAccessibleName(self.tr("Session details"))
        self.details_toggle.toggled.connect(self._details_toggled)
        self.details_toggle.hide()
        self._details_choice: bool | None = None  # the therapist's own unfold or fold
        self._folded = False
        self._room: int | None = None  # the height last fitted into (fit_height)
        self._fitting = False

        note_head = QHBoxLayout()
        note_head.addWidget(self._buddy(self.tr("&Note"), self.note))
        # Folded, the fields stand in the note's own line: "Note ▸ 2026-01-05 10:00 · …".
        note_head.addWidget(self.details_toggle, 100)
        note_head.addStretch(1)
        note_head.addWidget(self.undo_button)
        note_head.addWidget(self.redo_button)

        # The saved state and the sign and amend buttons stay in view below the scrolling
        # editor (SessionsTab puts this bar there): on a laptop screen with a risk banner and
        # amendments they ended up below the fold, cut in half.
        self.action_bar = QWidget(self)
        actions = QHBoxLayout(self.action_bar)
        actions.setContentsMargins(0, 4, 0, 0)
        actions.addWidget(self.saved_label)
        # Who signed, beside "Add amendment…": under the note it was below the fold at
        # 1024×700, and only the button said the note could no longer be edited.
        actions.addWidget(self.signed_label, 4)
        actions.addStretch(1)
        actions.addWidget(self.amend_button)
        actions.addWidget(self.sign_button)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.details)
        body.addLayout(note_head)
        body.addWidget(self.note, 1)
        body.addWidget(self.amendments)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addWidget(self.empty_label, 1)

        QWidget.setTabOrder(self.details_toggle, self.when)
        QWidget.setTabOrder(self.when, self.duration)
        QWidget.setTabOrder(self.duration, self.modality)
        QWidget.setTabOrder(self.modality, self.present)
        QWidget.setTabOrder(self.present, self.attendance)
        QWidget.setTabOrder(self.attendance, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.topics)
        QWidget.setTabOrder(self.topics, self.note)
        QWidget.setTabOrder(self.note, self.amend_button)
        QWidget.setTabOrder(self.amend_button, self.sign_button)

        self._widgets: dict[str, QWidget] = {
            "starts_at": self.when, "duration_min": self.duration,
            "attendance": self.attendance, "modality": self.modality,
            "present": self.present, "topics": self.topics,
        }
        self.note.textChanged.connect(self._on_note_changed)
        self.when.dateTimeChanged.connect(lambda *_: self._on_meta_changed("starts_at"))
        self.duration.valueChanged.connect(lambda *_: self._on_meta_changed("duration_min"))
        self.attendance.currentIndexChanged.connect(
            lambda *_: self._on_meta_changed("attendance"))
        self.attendance.currentIndexChanged.connect(lambda *_: self._show_attendance())
        self.modality.currentIndexChanged.connect(lambda *_: self._on_meta_changed("modality"))
        self.present.currentIndexChanged.connect(lambda *_: self._on_meta_changed("present"))
        self.topics.textChanged.connect(lambda *_: self._on_meta_changed("topics"))
        for widget in (self.note, *self._widgets.values()):
            widget.installEventFilter(self)
        for signal in (self.when.dateTimeChanged, self.duration.valueChanged,
                       self.attendance.currentIndexChanged, self.modality.currentIndexChanged,
                       self.present.currentIndexChanged, self.topics.textChanged):
            signal.connect(lambda *_: self._show_summary())
        self._show_attendance()
        self.load(None)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- fitting the height ---------------------------------------------------------
    #: Lines of the note kept in sight before the fields give way (fold into one line).
    NOTE_LINES = 8

    def line_height(self) -> int:
        return self.note.fontMetrics().lineSpacing()

    def note_height(self, lines: int) -> int:
        """The height of the note's box that shows ``lines`` lines of its text."""
        margins = self.note.contentsMargins()
        document = int(2 * self.note.document().documentMargin())
        return lines * self.line_height() + document + margins.top() + margins.bottom()

    def _row_height(self, widgets: list[QWidget]) -> int:
        # Folded, the fields are hidden with the widget around them, not each on its own:
        # the height asked for is the unfolded one.
        shown = [w for w in widgets if not w.isHidden()]
        return max((w.sizeHint().height() for w in shown), default=0)

    def above_note(self, folded: bool) -> int:
        """What the editor puts above the note, folded or not (with its spacings)."""
        grid = self._fields
        spacing = max(grid.verticalSpacing(), 0)
        body_spacing = max(self.body.layout().spacing(), 0)
        rows: list[list[QWidget]] = [[] for _ in range(grid.rowCount())]
        for i in range(grid.count()):
            widget = grid.itemAt(i).widget()
            if widget is not None:
                rows[grid.getItemPosition(i)[0]].append(widget)
        heights = [] if folded else [self._row_height(row) for row in rows]
        height = sum(heights) + spacing * max(len([h for h in heights if h]) - 1, 0)
        head = max(self.undo_button.sizeHint().height(), self.fontMetrics().height(),
                   self.details_toggle.sizeHint().height())  # the "Note" line
        return height + (body_spacing if height else 0) + head + body_spacing

    def fit_height(self, room: int) -> None:
        """Fit the editor into ``room`` pixels of height (its scroll area's viewport).

        The note comes first: where the fields would leave it fewer than ``NOTE_LINES``
        lines or less than half the room, they fold into one line saying what they hold
        (a click unfolds them). The note then takes what is left, at least three lines;
        with amendments beneath a signed note it keeps ``NOTE_LINES`` lines in sight and
        the amendments are a scroll away.
        """
        self._room = room
        if self._fitting:
            return  # folding moved the scroll bar: the room is the same height
        self._fitting = True
        try:
            want = max(self.note_height(self.NOTE_LINES), room // 2)
            tight = room - self.above_note(False) < want
            folded = tight and not self._details_choice
            left = room - self.above_note(folded) - 2  # a little slack: never a scroll
            if not self.amendments.isHidden():  # they may scroll; their spacing may not
                left -= max(self.body.layout().spacing(), 0)
            self.note.setMinimumHeight(
                max(self.note_height(3), min(self.note_height(self.NOTE_LINES), left)))
            self._set_folded(folded, tight)
        finally:
            self._fitting = False

    def _set_folded(self, folded: bool, toggle: bool) -> None:
        self._folded = folded
        self.details.setVisible(not folded)
        self.details_toggle.setVisible(toggle)
        self.details_toggle.blockSignals(True)
        self.details_toggle.setChecked(not folded)
        self.details_toggle.blockSignals(False)
        self._sync_folded_keys()
        self._show_summary()

    def _sync_folded_keys(self) -> None:
        """The fields' Alt+letters work while folded, for the fields that can be edited
        (a signed session's cannot: its Alt+M is "Add amendment…" alone)."""
        for shortcut, field in self._folded_keys:
            shortcut.setEnabled(self._folded and field.isEnabled())

    def _unfold_to(self, field: QWidget) -> None:
        """A folded field's Alt+letter: unfold the fields (the therapist's choice, as a
        click on the folded line is) and put the focus in that field."""
        self._details_choice = True
        self._set_folded(False, True)
        self._refit()
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def details_folded(self) -> bool:
        """True while the session's fields are folded into one line above the note."""
        return self._folded

    def _refit(self) -> None:
        """Fit again into the same room: what stands above the note has changed."""
        if self._room is not None:
            self.fit_height(self._room)

    def _details_toggled(self, unfolded: bool) -> None:
        self._details_choice = unfolded
        self._set_folded(not unfolded, True)
        self._refit()
        if unfolded:
            self.when.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_summary(self) -> None:
        """The folded fields in one line: date and time, duration, modality, present,
        attendance and the topics, as the fields show them."""
        toggle = self.details_toggle
        if not self._folded:
            toggle.set_summary(self.tr("Session details"))
            return
        parts = [self.when.text(), self.duration.text(), self.modality.currentText(),
                 self.present.currentText(), self.attendance.currentText()]
        if self.topics.text().strip():
            parts.append(self.topics.text().strip())
        toggle.set_summary("  ·  ".join(p for p in parts if p))

    # -- loading ------------------------------------------------------------------
    def load(self, session: Session | None) -> None:
        """Show ``session`` (saving nothing: the caller flushes first)."""
        self.timer.stop()
        self._loading = True
        if session is None or self.session is None or session.id != self.session.id:
            self._details_choice = None  # another session: the details fold as room says
        try:
            self.session = session
            self._dirty_note = False
            self._dirty.clear()
            self._deferred.clear()
            self._shown = {}
            self.body.setVisible(session is not None)
            self.action_bar.setVisible(session is not None)
            self.empty_label.setVisible(session is None)
            if session is None:
                self.note.setPlainText("")
                self.topics.setText("")
                self.saved_label.setText("")
                self._show_versions(None)
                return
            for name in FIELDS:
                self._show_field(name, getattr(session, name))
            self._show_attendance()
            self.note.setPlainText(session.note)  # also clears undo: a new document
            self.saved_label.setText("")
            self._show_versions(session)
        finally:
            self._loading = False
            self._refit()

    def _field_value(self, name: str) -> Any:
        """What field ``name`` holds now, as the ``Session`` attribute would."""
        if name == "starts_at":
            return from_wall_clock(self.when.dateTime()).replace(second=0)
        if name == "duration_min":
            return self.duration.value()
        if name == "attendance":
            return Attendance(self.attendance.currentData())
        if name == "modality":
            return Modality(self.modality.currentData())
        if name == "present":
            return Present(self.present.currentData())
        return _split_topics(self.topics.text())

    def _show_field(self, name: str, value: Any) -> None:
        """Fill field ``name`` with the store's ``value`` (callers set ``_loading``)."""
        if name == "starts_at":
            self.when.setDateTime(to_wall_clock(value))
        elif name == "duration_min":
            self.duration.setValue(value)
        elif name == "attendance":
            self.attendance.setCurrentIndex(self.attendance.findData(value.value))
        elif name == "modality":
            self.modality.setCurrentIndex(self.modality.findData(value.value))
        elif name == "present":
            self.present.setCurrentIndex(self.present.findData(value.value))
        else:
            self.topics.setText(", ".join(value))
        self._shown[name] = value
        self._deferred.discard(name)

    def sync(self, session: Session, leaving: QWidget | None = None) -> None:
        """Show what the store now holds for the open session (another tab may change it).

        Fields edited since the last save keep the therapist's text (the save merges
        topics added elsewhere), as does the field with focus: it follows when focus
        leaves it (``leaving``). Signature and amendments are redrawn.
        """
        if self.session is None or session.id != self.session.id:
            return
        was_signed = self.session.signed
        self.session = session
        if session.signed and not was_signed:
            self.load(session)
            return
        self._show_versions(session)
        if self._saving:
            return  # the save shows the result when it is done
        self._loading = True
        try:
            for name in FIELDS:
                value = getattr(session, name)
                if name in self._dirty:
                    continue
                if self._field_value(name) == value:
                    self._shown[name] = value
                    self._deferred.discard(name)
                elif self._widgets[name].hasFocus() and self._widgets[name] is not leaving:
                    self._deferred.add(name)
                else:
                    self._show_field(name, value)
        finally:
            self._loading = False

    def _show_versions(self, session: Session | None) -> None:
        while self._amend_layout.count():
            widget = self._amend_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        signed = bool(session and session.signed)
        editable = session is not None and not signed
        self.amendments.setVisible(bool(session and session.amendments))
        self.note.setReadOnly(not editable)
        # A signed note reads as a document, not as a field waiting for input.
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.Base, self.palette().color(
            QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window))
        self.note.setPalette(palette)
        self.undo_button.setVisible(editable)
        self.redo_button.setVisible(editable)
        for widget in (self.when, self.duration, self.attendance, self.modality, self.present,
                       self.topics):
            widget.setEnabled(editable)
        self._sync_folded_keys()
        self.sign_button.setVisible(editable)
        self.amend_button.setVisible(signed)
        self.correct_button.setVisible(signed)
        self.signed_label.setVisible(signed)
        if session is None or not signed:
            self.signed_label.setText("")
            return
        self.signed_label.setText(
            self.tr("Signed by {who} at {when}. Changes are added as amendments.").format(
                who=session.signed_by or "—", when=fmt_stamp(session.signed_at)
            )
        )
        for version in session.amendments:
            header = self.tr("Amendment by {who} at {when} — reason: {reason}").format(
                who=version.author, when=fmt_stamp(version.at), reason=version.reason
            )
            self._amend_layout.addWidget(_VersionBlock(header, version.text, self.amendments))

    def _show_attendance(self) -> None:
        """Say what a session not held means, and ask the note for what happened."""
        held = self.attendance.currentData() == Attendance.HELD.value
        self.attendance_hint.setVisible(not held)
        self.attendance_hint.setText(
            "" if held else self.tr("Not a session held: not counted, not the last contact."))
        self.note.setPlaceholderText(
            self.tr("What was worked on in this session…") if held
            else self.tr("What happened, for example a phone call to the client afterwards…"))
        self._refit()

    # -- autosave -----------------------------------------------------------------
    def _on_note_changed(self) -> None:
        if self._loading or self.session is None or self.session.signed:
            return
        self._dirty_note = True
        self.timer.start()  # restart: save a second after typing stops

    def _on_meta_changed(self, name: str) -> None:
        if self._loading or self.session is None or self.session.signed:
            return
        self._dirty.add(name)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            if self.has_unsaved_changes():
                self.autosave()
            if self._deferred and self.session is not None and isinstance(watched, QWidget):
                self.sync(self.session, leaving=watched)
        return super().eventFilter(watched, event)

    def has_unsaved_changes(self) -> bool:
        return self._dirty_note or bool(self._dirty)

    def not_in_vault(self) -> bool:
        """Changes not saved, or being written now (for the rescue copy, kept at the
        write's start: a write that hangs must not lose them)."""
        return self.has_unsaved_changes() or bool(self._writing[0]) or self._writing[1]

    def note_text(self) -> str:
        """The note exactly as typed (no-break spaces included)."""
        return typed_text(self.note)

    def autosave(self) -> None:
        """Save from a timer or focus change: an error is shown once, the text is kept.

        Any error, not only the store's: raised from a timer, a bug went to the event loop
        unseen, and the note stayed unsaved without a word."""
        if self._saving:
            return
        try:
            self.save()
        except Exception as error:
            self.saved_label.setText(self.tr("Not saved"))
            self._saving = True  # the message box moves focus: do not save again meanwhile
            try:
                common.show_error_once(self, error)
            finally:
                self._saving = False

    def save(self) -> None:
        """Write what changed; raises ``StoreError`` and stays dirty when it cannot."""
        self.timer.stop()
        session = self.session
        if session is None or session.signed or not self.has_unsaved_changes():
            return
        if self.case.closed:
            return
        self._saving = True
        try:
            edited = set(self._dirty)
            shown = {name: self._field_value(name) for name in edited}
            fields = self._changed_fields(session.id, shown) if edited else {}
            note = self.note_text()
            note_changed = self._dirty_note
            self._dirty_note = False
            self._dirty.clear()
            self._writing = (edited, note_changed)
            try:
                if fields:
                    with self.case.transaction("Edit session"):
                        self.case.sessions.update(session.id, **fields)
                        if note_changed:
                            self.case.sessions.save_note(session.id, note)
                elif note_changed:
                    self.case.sessions.save_note(session.id, note)
            except BaseException:
                self._dirty_note = self._dirty_note or note_changed
                self._dirty |= edited
                raise
            finally:
                self._writing = (set(), False)
            if edited:
                self._shown.update(shown)  # what the therapist saw when saving
            session.note = note
        finally:
            self._saving = False
        if fields and self.session is not None and self.session.id == session.id:
            # Show the session as stored (topics merged with those added elsewhere).
            self.sync(self.case.sessions.get(session.id))
        self.saved_label.setText(
            self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        self.saved.emit(session.id)

    def _changed_fields(self, session_id: str, edited: dict[str, Any]) -> dict[str, Any]:
        """The edited fields that differ from the store, read now: another tab may have
        changed the session since the editor last heard, and a field not edited here is
        never written back."""
        stored = self.case.sessions.get(session_id)
        values = dict(edited)
        if "topics" in values:
            values["topics"] = _merge_topics(
                self._shown.get("topics", []), values["topics"], stored.topics)
        return {k: v for k, v in values.items() if getattr(stored, k) != v}

    def edited_details(self) -> dict[str, Any]:
        """The details edited since the last save, as a rescue copy keeps them."""
        names = self._dirty | self._writing[0]
        return {name: _kept_form(name, self._field_value(name)) for name in sorted(names)}

    def put_details(self, values: dict[str, Any]) -> None:
        """Fill the details from ``values`` (a rescue copy's) as if typed: they count as
        edited, and the topics' own Undo brings back what they held."""
        for name, value in values.items():
            if name == "starts_at":
                self.when.setDateTime(to_wall_clock(datetime.fromisoformat(value)))
            elif name == "duration_min":
                self.duration.setValue(int(value))
            elif name in ("attendance", "modality", "present"):
                combo = self._widgets[name]
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(value))
            elif name == "topics":
                self.topics.selectAll()
                self.topics.insert(", ".join(value))  # undoable, as typing is

    def clear(self) -> None:
        self.timer.stop()
        self.load(None)
        self.note.document().clearUndoRedoStacks()


class SessionsTab(WorkspaceTab):
    """List on the left (newest first), the editor on the right."""

    areas = frozenset({"sessions"})
    COLUMNS = 5
    PRESENT, SIGNED = 3, 4

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([
            self.tr("Date"), self.tr("Time"), self.tr("Modality"), self.tr("Present"),
            self.tr("Signed"),
        ])
        header = self.list.header()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The list fills its width (no ragged right edge) by widening "Present" (never below
        # its contents: see _fit_columns); "Signed" stays as narrow as its heading, centred
        # like its ✓ marks, so the two line up.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.PRESENT, QHeaderView.ResizeMode.Fixed)
        self.list.headerItem().setTextAlignment(self.SIGNED, Qt.AlignmentFlag.AlignCenter)
        self.list.viewport().installEventFilter(self)
        self.list.setAccessibleName(self.tr("Sessions"))
        self.new_button = QPushButton(self.tr("Ne&w session"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete a session booked by mistake (not signed)"))
        self.editor = SessionEditor(self.case, self)

        # Where the tab is too low for the list above the note (a 14 pt font with a risk
        # banner beside the register), the list gives way to this drop-down of the same
        # sessions in the buttons' row (_fit_split).
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Sessions"))
        # As wide as the row leaves it, never wider: a long line must not widen the case.
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(10)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picker.activated.connect(
            lambda index: self.set_current_session(self.picker.itemData(index)))
        self.picker.hide()

        self.left = left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.picker, 100)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)

        self.editor_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No Tab stop of its own (it showed no focus, after Sign note…); the note's fields
        # keep theirs, and the area scrolls to the one Tab reaches.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.editor.action_bar)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._split_by_hand = False  # the therapist dragged the handle: the sizes are theirs
        self.splitter.splitterMoved.connect(self._moved_by_hand)
        scroll.viewport().installEventFilter(self)
        self.splitter.installEventFilter(self)
        # After a delete: "Session of … deleted. Undo" until the case is left or locked; the
        # deleted session (note included) is held in memory only for that long.
        self.undo_bar = QWidget(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.undo_bar.setStyleSheet(
            "#undoBar { background: #eef3f7; border: 1px solid #c9d6e2; border-radius: 4px; }")
        self.undo_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(10, 4, 6, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("&Undo delete"), self.undo_bar)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._deleted: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.picker)
        QWidget.setTabOrder(self.picker, self.list)
        QWidget.setTabOrder(self.list, self.editor.details_toggle)

        self.new_button.clicked.connect(self.new_session)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.editor.sign_button.clicked.connect(self.sign_current)
        self.editor.amend_button.clicked.connect(self.amend_current)
        self.editor.correct_button.clicked.connect(self.correct_current)
        self.list.currentItemChanged.connect(self._on_current_item)
        self._sessions: list[Session] = []
        self._sized = False
        self.refresh()
        self._open_likely_session()

    # -- fitting the tab ----------------------------------------------------------------
    # The therapist types the note during the session, so the note gets the height first.
    # As the tab gets lower, things give way in this order: the list above the editor
    # shrinks to LIST_ROWS rows, the session's fields fold into one line
    # (SessionEditor.fit_height), and last the list becomes a drop-down beside "New
    # session". At 14 pt on a 1366×768 laptop at 125 % with a risk banner, the list, the
    # fields and the buttons had taken all of it: not one line of the note was in sight.
    #: The least rows of the list shown above the editor (fewer: the drop-down instead).
    LIST_ROWS = 3
    #: The most rows it takes when the height is there (a third of the tab at most).
    LIST_ROWS_ROOMY = 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room; else the list above the editor (beside the
        # register).
        wide = event.size().width() >= SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation() or not self._sized:
            self.splitter.setOrientation(orientation)
            self._split_by_hand = False
            self._sized = False
            if wide:
                self._show_list(True)
        super().resizeEvent(event)
        self._fit_split()  # the layout gave the splitter its size before this event

    def _moved_by_hand(self, _pos: int, _index: int) -> None:
        self._split_by_hand = True

    def _list_height(self, rows: int) -> int:
        """The list pane's height with ``rows`` rows of the list in sight."""
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        header = self.list.header().sizeHint().height()
        spacing = max(self.left.layout().spacing(), 0)
        return (self._buttons_height() + spacing + header + rows * row
                + 2 * self.list.frameWidth())

    def _buttons_height(self) -> int:
        return max(self.new_button.sizeHint().height(), self.picker.sizeHint().height())

    def _editor_least(self, folded: bool) -> int:
        """The editor's height with the note at ``NOTE_LINES`` lines, the fields folded
        or not, and the bar with Sign note… below it."""
        editor = self.editor
        return (editor.above_note(folded) + editor.note_height(editor.NOTE_LINES)
                + editor.action_bar.sizeHint().height())

    def _fit_split(self) -> None:
        """Share the splitter between the list and the editor (see above): beside each
        other a third for the list; above each other the list as low as the note needs."""
        if self._split_by_hand:
            return
        if self.splitter.orientation() == Qt.Orientation.Horizontal:
            total = self.splitter.width() - self.splitter.handleWidth()
            first = min(400, total // 3)
            self.splitter.setSizes([first, max(total - first, 1)])
        else:
            total = self.splitter.height() - self.splitter.handleWidth()
            least = self._list_height(self.LIST_ROWS)
            fits = total - least >= self._editor_least(folded=True)
            self._show_list(fits)
            if fits:
                most = min(self._list_height(self.LIST_ROWS_ROOMY), total // 3)
                first = max(least, min(most, total - self._editor_least(folded=False)))
            else:
                first = self._buttons_height()
            self.splitter.setSizes([first, max(total - first, 1)])
        self._sized = True

    def _show_list(self, shown: bool) -> None:
        """The list, or (too low for it) the drop-down of the same sessions."""
        self.list.setVisible(shown)
        self.picker.setVisible(not shown)
        # Only the buttons' row is left: the handle cannot open an empty space below it.
        self.left.setMaximumHeight(16_777_215 if shown else self._buttons_height())

    @property
    def list_folded(self) -> bool:
        """True while the list has given way to the drop-down."""
        return self.list.isHidden()

    def _fit_editor(self) -> None:
        self.editor.fit_height(self.editor_scroll.viewport().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.list.viewport():
            self._fit_columns()
        elif event.type() == QEvent.Type.Resize and watched is self.splitter:
            self._fit_split()
        elif event.type() == QEvent.Type.Resize and watched is self.editor_scroll.viewport():
            self._fit_editor()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give "Present" the width the other columns leave, at least its contents."""
        header = self.list.header()
        others = sum(max(header.sectionSizeHint(c), self.list.sizeHintForColumn(c))
                     for c in range(self.COLUMNS) if c != self.PRESENT)
        contents = max(header.sectionSizeHint(self.PRESENT),
                       self.list.sizeHintForColumn(self.PRESENT))
        header.resizeSection(self.PRESENT,
                             max(contents, self.list.viewport().width() - others))

    def _open_likely_session(self) -> None:
        # Opening a case mid-session: today's session, else the latest one held so far.
        soon = self.case.now() + timedelta(hours=12)
        held = [s for s in self._sessions if s.starts_at <= soon and s.held]
        target = held[-1] if held else (self._sessions[0] if self._sessions else None)
        if target is not None:
            self.set_current_session(target.id)

    # -- list -----------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        self._sessions = self.case.sessions.list()
        current = self.editor.session.id if self.editor.session else None
        self.list.blockSignals(True)
        try:
            self.list.clear()
            quiet = self.list.palette().color(QPalette.ColorRole.PlaceholderText)
            for session in reversed(self._sessions):
                item = QTreeWidgetItem([
                    session.starts_at.strftime("%Y-%m-%d"),
                    session.starts_at.strftime("%H:%M"),
                    modality_label(session.modality),
                    # Nobody was there: the column says why instead of who.
                    present_label(session.present) if session.held
                    else attendance_mark(session.attendance),
                    "✓" if session.signed else "",
                ])
                item.setData(0, Qt.ItemDataRole.UserRole, session.id)
                item.setTextAlignment(self.SIGNED, Qt.AlignmentFlag.AlignCenter)
                if not session.held:  # in its place, greyed and slanted: not a session held
                    font = item.font(0)
                    font.setItalic(True)
                    for column in range(self.COLUMNS):
                        item.setForeground(column, quiet)
                        item.setFont(column, font)
                        item.setToolTip(column, attendance_label(session.attendance))
                if session.signed:
                    item.setToolTip(self.SIGNED, self.tr("Signed"))
                self.list.addTopLevelItem(item)
                if session.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self._fill_picker()
        self._fit_columns()
        if current is not None:
            found = next((s for s in self._sessions if s.id == current), None)
            if found is None:
                self.editor.load(None)
            else:
                self.editor.sync(found)
        self._sync_buttons()

    def _fill_picker(self) -> None:
        """The drop-down that stands in for the list: each session as its row says it."""
        self.picker.blockSignals(True)
        try:
            self.picker.clear()
            for index in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(index)
                parts = [f"{item.text(0)} {item.text(1)}", item.text(2), item.text(3)]
                if item.text(self.SIGNED):
                    parts.append(self.tr("Signed"))
                self.picker.addItem("  ·  ".join(parts), item.data(0, Qt.ItemDataRole.UserRole))
        finally:
            self.picker.blockSignals(False)
        self._sync_picker()

    def _sync_picker(self) -> None:
        self.picker.blockSignals(True)
        try:
            current = self.editor.session.id if self.editor.session else None
            self.picker.setCurrentIndex(self.picker.findData(current) if current else -1)
        finally:
            self.picker.blockSignals(False)

    def _sync_buttons(self) -> None:
        session = self.editor.session
        self.delete_button.setEnabled(session is not None and not session.signed)
        self._sync_picker()

    def _on_current_item(self, item: QTreeWidgetItem | None, previous: Any = None) -> None:
        session_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if self.editor.session and session_id == self.editor.session.id:
            return
        try:
            self.editor.save()
        except StoreError as error:
            common.show_error(self, error)
            return
        self._open(session_id)

    def _open(self, session_id: str | None) -> None:
        session = next((s for s in self._sessions if s.id == session_id), None)
        if session is not None:
            session = self.case.sessions.get(session.id)  # with its versions
        self.editor.load(session)
        self._sync_buttons()

    def set_current_session(self, session_id: str | None) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == session_id:
                self.list.setCurrentItem(item)
                return

    def current_session_id(self) -> str | None:
        return self.editor.session.id if self.editor.session else None

    # -- operations -------------------------------------------------------------------
    def new_session(self) -> None:
        """Start a session now; the first one gets the first-session template. An
        appointment booked for today and not written in yet is the session: it opens for
        its note (a second session was added beside it, and the booked one stayed
        "planned"). One with a note (a session held this morning) leaves it a new one."""
        try:
            self.editor.save()
            # The case's clock, as the register and the summary count held and planned by
            # (the computer's clock made today's session "planned" on a vault's other day).
            now = self.case.now().replace(second=0, microsecond=0)
            booked = [s for s in self._sessions
                      if s.starts_at.date() == now.date() and s.held and not s.signed
                      and not s.note.strip()]
            if booked:
                # The one nearest now: a morning's and an evening's appointment alike.
                nearest = min(booked, key=lambda s: abs(s.starts_at - now))
                self.set_current_session(nearest.id)
                self.note_focus()
                return
            starts = now - timedelta(minutes=now.minute % 15)
            # Like the session before it, not like an appointment booked ahead (a phone
            # call next month made the session with the client in the room "Phone, 75
            # min"); the first session gets the template though one is booked ahead.
            begun = [s for s in self._sessions if s.starts_at <= starts]
            last = begun[-1] if begun else (self._sessions[-1] if self._sessions else None)
            session = self.case.sessions.add(
                starts,
                duration_min=last.duration_min if last else 50,
                modality=last.modality if last else Modality.IN_PERSON,
                present=last.present if last else Present.CLIENT,
                note="" if begun else first_session_note(),
            )
        except StoreError as error:
            common.show_error(self, error)
            return
        self.set_current_session(session.id)
        self.note_focus(first_line_end=not begun)

    def note_focus(self, first_line_end: bool = False) -> None:
        self.editor.note.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.editor.note.textCursor()
        if first_line_end:
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.movePosition(QTextCursor.MoveOperation.Down)  # under the first heading
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.editor.note.setTextCursor(cursor)

    def sign_current(self) -> None:
        session = self.editor.session
        if session is None or session.signed:
            return
        if not common.confirm(
            self, self.tr("Sign note"),
            self.tr("Sign this note? A signed note can no longer be edited; later "
                    "changes are added beneath it as amendments."),
            self.tr("Sign note"),
        ):
            return
        if self.run(self.editor.save) and self.run(lambda: self.case.sessions.sign(session.id)):
            self._offer_intake()
            self.editor.setFocus()

    def _offer_intake(self) -> None:
        """A session held and signed while the case is still at "First contact": offer the
        move to intake. Only the toolbar's Status menu moved a case on, which no screen
        mentions: a QA therapist's case stayed at first contact through intake, a signed
        first session, a goal and a risk flag (the register and the Due list counted it so).
        """
        if self.case.profile.get().status is not Status.FIRST_CONTACT:
            return
        if common.confirm(
            self, self.tr("First session held"),
            self.tr("The case is still at “First contact”. Move it on to intake now? "
                    "(The Status menu in the toolbar changes it at any time.)"),
            action_text(Status.INTAKE),
        ):
            change_status(self, self.case, Status.INTAKE)

    def amend_current(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it); one
        with an attendance in it was a correction's (``correct_current``)."""
        session = self.editor.session
        if session is None or not session.signed:
            return
        if draft and "attendance" in draft:
            self.correct_current(draft)
            return
        dialog = AmendmentDialog(self)
        dialog.draft_key = f"amendment:{session.id}"
        if draft:
            dialog.restore_draft(draft)
        # Saved in the dialog: a failed save (a full disk) leaves the amendment on screen.
        dialog.on_accept = lambda: self.run(
            lambda: self.case.sessions.amend(session.id, *dialog.values()))
        dialog.exec()

    def correct_current(self, draft: dict[str, Any] | None = None) -> None:
        """Correct whether the signed session shown was held (``AttendanceDialog``);
        ``draft``: what was chosen and typed when a lock closed the dialog."""
        session = self.editor.session
        if session is None or not session.signed:
            return
        dialog = AttendanceDialog(session.attendance,
                                  ahead=session.starts_at > self.case.now(), parent=self)
        dialog.draft_key = f"amendment:{session.id}"
        if draft:
            dialog.restore_draft(draft)
        # Saved in the dialog: a failed save (a full disk) leaves the choice on screen.
        dialog.on_accept = lambda: self.run(
            lambda: self.case.sessions.correct_attendance(session.id, *dialog.values()))
        dialog.exec()

    def delete_current(self) -> None:
        session = self.editor.session
        if session is None or session.signed:
            return
        when = session.starts_at.strftime("%Y-%m-%d %H:%M")
        if not common.confirm(
            self, self.tr("Delete session"),
            self.tr("Delete the session of {when} and its note?").format(when=when),
            self.tr("Delete session"),
        ):
            return
        self.editor.save()  # the note as typed, so undo brings back every word
        kept = self.case.sessions.get(session.id)
        self.editor.timer.stop()
        self.editor.load(None)  # nothing pending should be written to a deleted session
        if self.run(lambda: self.case.sessions.delete(session.id)):
            self._deleted = kept
            self.undo_label.setText(
                self.tr("The session of {when} was deleted.").format(when=when))
            self.undo_bar.show()
        self.refresh()

    def undo_delete(self) -> None:
        """Bring back the session deleted last, with its note."""
        session = self._deleted
        if session is None:
            return
        self._deleted = None
        self.undo_bar.hide()
        self.run(lambda: self.case.sessions.restore(session))
        self.refresh()
        self.set_current_session(session.id)

    # -- workspace duties -------------------------------------------------------------
    def flush(self) -> None:
        self.editor.save()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def rescue_items(self) -> list[dict[str, Any]]:
        """The note typed and not saved, for the sealed rescue copy kept outside the vault
        while the vault cannot be written (kastdesk.ui.rescue). ``base`` fingerprints the
        note as the vault holds it, so it goes back only over that same note."""
        editor = self.editor
        session = editor.session
        if session is None or session.signed or not editor.not_in_vault():
            return []
        items: list[dict[str, Any]] = []
        text = editor.note_text()
        if text != session.note:
            items.append({"kind": "session_note", "session_id": session.id,
                          "starts_at": session.starts_at.isoformat(),
                          "base": digest(session.note), "text": text})
        details = editor.edited_details()
        if details:  # the topics, attendance, time typed or chosen: kept beside the note
            stored = {name: _kept_form(name, getattr(session, name)) for name in details}
            if stored != details:
                items.append({
                    "kind": CASE_TEXT, "tab": "sessions", "place": f"details:{session.id}",
                    "starts_at": session.starts_at.isoformat(), "base": fingerprint(stored),
                    "value": details,
                    "words": [_detail_words(name, value) for name, value in details.items()]})
        return items

    @staticmethod
    def rescue_label(item: dict[str, Any]) -> str:
        """What a kept item of this tab is, in words (kastdesk.ui.rescue)."""
        try:
            when = datetime.fromisoformat(str(item.get("starts_at"))).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = "?"
        return QCoreApplication.translate(
            "RescueDialog", "the details of the session of {when}").format(
                when=when)

    @staticmethod
    def rescue_stored(case: CaseFile, item: dict[str, Any]) -> Any:
        """What the vault holds now where a kept item of this tab goes back; LookupError
        where that place is gone (kastdesk.ui.rescue)."""
        session_id = str(item["place"]).removeprefix("details:")
        try:
            session = case.sessions.get(session_id)
        except SessionMissing as exc:
            raise LookupError(QCoreApplication.translate(
                "RescueDialog", "That session is no longer in the client's case file, so the "
                "text cannot go back in its place.")) from exc
        values = item["value"] if isinstance(item["value"], dict) else {}
        stored = {name: _kept_form(name, getattr(session, name))
                  for name in values if name in FIELDS}
        if session.signed and stored != values:
            raise LookupError(QCoreApplication.translate(
                "RescueDialog", "That session's note has been signed since, so its details "
                "cannot be changed."))
        return stored

    def put_back_text(self, item: dict[str, Any]) -> bool:
        """Put a rescue copy's session details back in their session and save them; False
        where that session is not there to take them. Raises the store's error when the
        save fails (they then wait in the fields, as any typing that waits)."""
        session_id = str(item["place"]).removeprefix("details:")
        values = {k: v for k, v in dict(item["value"]).items() if k in FIELDS}
        self.set_current_session(session_id)
        editor = self.editor
        session = editor.session
        if session is None or session.id != session_id:
            return False
        if session.signed:
            return {k: _kept_form(k, getattr(session, k)) for k in values} == values
        editor.put_details(values)
        editor.save()
        return True

    def put_back_note(self, session_id: str, text: str) -> bool:
        """Put ``text`` (a rescue copy's) into session ``session_id``'s note and save it;
        False where that note is not there to take it (gone, signed). One undo step: Undo
        shows the note as the vault held it. Raises the store's error when the save fails
        (the text then stays in the note, as any text that waits)."""
        self.set_current_session(session_id)
        editor = self.editor
        session = editor.session
        if session is None or session.id != session_id:
            return False
        if session.note == text:
            return True  # saved after all: nothing to put back
        if session.signed:
            return False
        cursor = editor.note.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        editor.save()
        return True

    def clear(self) -> None:
        self.editor.clear()
        self.list.clear()
        self._sessions = []
        self._deleted = None  # the deleted note leaves memory with the case
        self.undo_bar.hide()
