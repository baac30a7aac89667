"""Small helpers every screen uses: one place to show errors, one way to run slow work.

Following Anki's ``aqt.operations``: a user operation runs through :func:`run_op`, which
shows a :class:`StoreError` as its one plain sentence and anything unexpected as a short
apology (never a traceback on a screen the client may see). Slow work (Argon2, building
a demo) goes through :func:`run_in_thread` so the window keeps painting.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QMimeData,
    QObject,
    QSize,
    Qt,
    QThread,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

from kastdesk.store import StoreError

log = logging.getLogger(__name__)
T = TypeVar("T")
ProgressFn = Callable[[int, int], None]


# This module's texts are looked up as QCoreApplication.translate("Common", ...), written out
# in full: lupdate reads a context only from that call (or a widget's self.tr), and filed the
# texts of a tr(text) helper under an empty context the app never asks.
def plural(text: str, n: int) -> str:
    """The English of a ``%n`` plural no catalogue translated: "day(s)" becomes day/days.

    Use as ``plural(self.tr("%n day(s)", "", n), n)``: lupdate makes a plural message only of
    a widget's own ``self.tr(text, "", n)``, so the plural stays in that call.
    """
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text


#: What a document's raw text holds where ``toPlainText`` writes a newline: paragraph and
#: line separators, and the start and end marks of a frame (a table cell in pasted rich text).
_RAW_BREAKS = ("\u2029", "\u2028", "\ufdd0", "\ufdd1")


def _raw_to_plain(text: str) -> str:
    """``text``'s breaks as newlines. One ``replace`` per mark, not ``str.translate``: a
    translation table costs a dictionary lookup per character, 11 ms for a note of 60,000
    characters read at each save and each write of the rescue copy (bench/rescue.py)."""
    for mark in _RAW_BREAKS:
        text = text.replace(mark, "\n")
    return text


def typed_text(edit: QPlainTextEdit | QTextEdit) -> str:
    """What ``edit`` holds, exactly as typed: every text box whose words are saved reads here.

    ``toPlainText`` turns no-break spaces into plain spaces, so "10 000 kr" typed with them
    (common in Swedish and Norwegian) changed when saved. The raw text keeps them; its breaks
    become newlines as in ``toPlainText``, so nothing else differs.
    """
    return _raw_to_plain(edit.document().toRawText())


#: What a one-line field never shows but kept when pasted: line and paragraph breaks, tabs
#: and the other separators (a pasted table's cells, an e-mail signature's lines).
_BREAKS = "\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_RUN = re.compile(f"\\s*[{_BREAKS}]\\s*")
_ENDS = re.compile(f"^\\s*[{_BREAKS}]\\s*|\\s*[{_BREAKS}]\\s*$")


def one_line(text: str) -> str:
    """``text`` for a one-line field: each run of line breaks and tabs, with the spaces
    around it, one space; none at either end. Text without them is kept exactly."""
    if not any(c in _BREAKS for c in text):
        return text
    return _BREAK_RUN.sub(" ", _ENDS.sub("", text))


class OneLineGuard(QObject):
    """Makes every one-line field take a paste as one line, and a note take a web page's
    or a mail's text where the clipboard holds only its HTML (QA finding 8).

    A QLineEdit keeps pasted line breaks and tabs and shows none of them: a name pasted
    from an e-mail signature became "Anna Berg⏎Psykolog⏎KAST Nord" in the case header,
    and a paragraph pasted into a flag's note or a session's topics was stored with its
    breaks. Pasting (Ctrl+V, Shift+Insert, the context menu) puts in :func:`one_line` of
    the clipboard, with a space where a break stood between two words, as one step Undo
    takes back; any other way in (a drop, the X11 selection, ``paste()`` from code) is
    put right as it arrives. Passphrase fields are left exactly as Qt has them.

    One guard for the whole app: the house style installs it on each field as the field
    is first shown (``HouseStyle.polish``), so no screen has to remember it.
    """

    PROPERTY = "kastdeskOneLine"

    def watch(self, widget: QWidget) -> None:
        if widget.property(self.PROPERTY):
            return
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), QAbstractSpinBox):
                return  # a date's or a number's own editor: its validator has the say
            widget.textEdited.connect(lambda _text, w=widget: self._put_right(w))
        elif not isinstance(widget, QPlainTextEdit | QTextEdit):
            return
        widget.setProperty(self.PROPERTY, True)
        widget.installEventFilter(self)

    @staticmethod
    def _guarded(edit: QLineEdit) -> bool:
        return edit.echoMode() == QLineEdit.EchoMode.Normal and not edit.isReadOnly()

    @staticmethod
    def clipboard_text() -> str:
        """The clipboard's text, or the text of its HTML where it holds only HTML."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return ""
        if mime.hasText() and mime.text():
            return mime.text()
        if mime.hasHtml():
            # Raw text, as :func:`typed_text` reads: no-break spaces kept.
            fragment = QTextDocumentFragment.fromHtml(mime.html())
            return _raw_to_plain(fragment.toRawText())
        return ""

    def paste(self, edit: QLineEdit) -> None:
        """Paste the clipboard into ``edit`` as one line (one Undo step)."""
        text = self.clipboard_text()
        clean = one_line(text)
        if edit.hasSelectedText():
            start = edit.selectionStart()
            end = start + len(edit.selectedText())
        else:
            start = end = edit.cursorPosition()
        before, after = edit.text()[:start], edit.text()[end:]
        # A break between two words was a space between them: "Anna" + "⏎Berg" is not
        # "AnnaBerg".
        if clean and before and not before[-1].isspace() and re.match(
                f"\\s*[{_BREAKS}]", text):
            clean = " " + clean
        if clean and after and not after[0].isspace() and re.search(
                f"[{_BREAKS}]\\s*$", text):
            clean += " "
        if clean or edit.hasSelectedText():
            self._separate(edit)
            edit.insert(clean)
            self._separate(edit)

    @staticmethod
    def _separate(edit: QLineEdit) -> None:
        """End the field's current Undo step here, as Qt's own paste does: insert() joined
        the words typed just before, so one Undo after a paste emptied "Anna " + "Berg".
        QLineEdit has no call for it; moving the cursor ends a step, so it moves one place
        and back, selection and all."""
        if not edit.text():
            return
        pos = edit.cursorPosition()
        selected = edit.hasSelectedText()
        start, length = edit.selectionStart(), len(edit.selectedText())
        if pos > 0:
            edit.cursorBackward(False, 1)
            edit.cursorForward(False, 1)
        else:
            edit.cursorForward(False, 1)
            edit.cursorBackward(False, 1)
        if not selected:
            edit.setCursorPosition(pos)
        elif pos == start:  # selected leftwards: the cursor stays at its start
            edit.setSelection(start + length, -length)
        else:
            edit.setSelection(start, length)

    def _put_right(self, edit: QLineEdit) -> None:
        """A break that came in another way (a drop, ``paste()``): made a space at once."""
        text = edit.text()
        if not self._guarded(edit) or not any(c in _BREAKS for c in text):
            return
        tail = one_line(text[edit.cursorPosition():])
        clean = one_line(text)
        edit.setText(clean)
        edit.setCursorPosition(max(0, len(clean) - len(tail)))

    def _context_menu(self, edit: QLineEdit, event: QContextMenuEvent) -> bool:
        menu = edit.createStandardContextMenu()
        if menu is None:
            return False
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(lambda _checked=False, e=edit: self.paste(e))
                action.setEnabled(bool(self.clipboard_text()) and not edit.isReadOnly())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.matches(
                QKeySequence.StandardKey.Paste):
            if isinstance(watched, QLineEdit):
                if not self._guarded(watched):
                    return False
                self.paste(watched)
                return True
            if isinstance(watched, QPlainTextEdit | QTextEdit) and not watched.isReadOnly():
                mime = QGuiApplication.clipboard().mimeData()
                if mime is not None and not mime.hasText() and mime.hasHtml():
                    # A plain note takes only text/plain: HTML alone pasted nothing. The
                    # HTML's text goes in as a paste would, through the field's own
                    # insertFromMimeData (a one-sentence field makes its breaks spaces).
                    text = QMimeData()
                    text.setText(self.clipboard_text())
                    watched.insertFromMimeData(text)
                    return True
            return False
        if (kind == QEvent.Type.ContextMenu and isinstance(watched, QLineEdit)
                and isinstance(event, QContextMenuEvent) and self._guarded(watched)):
            return self._context_menu(watched, event)
        return False


_one_line_guard: OneLineGuard | None = None


def guard_one_line(widget: QWidget) -> None:
    """Put ``widget`` under the app's :class:`OneLineGuard` (a field or a note; other
    widgets are let be). Called by the house style for every widget it polishes."""
    global _one_line_guard
    if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return
    if _one_line_guard is None or not shiboken6.isValid(_one_line_guard):
        _one_line_guard = OneLineGuard()
    _one_line_guard.watch(widget)


#: The time zone a date-and-time field works in: none. What is stored is the wall-clock
#: time the therapist typed (a naive ``datetime``); in local time a QDateTimeEdit has no
#: 02:00-02:59 on the spring clock-change night, so a session stored at 02:30 showed 03:30
#: in the editor and typing 02:45 saved 03:45. In UTC every wall-clock time exists once.
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


def wall_clock_edit(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Make ``edit`` show and read wall-clock times exactly (:data:`WALL_CLOCK`)."""
    edit.setTimeZone(WALL_CLOCK)
    return edit


def to_wall_clock(value: datetime) -> QDateTime:
    """``value`` (naive, wall clock) as a QDateTime that shows the same date and time on
    every night of the year; ``QDateTime(value)`` reads it as local time."""
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second), WALL_CLOCK)


def from_wall_clock(value: QDateTime) -> datetime:
    """The naive wall-clock ``datetime`` a :func:`wall_clock_edit` shows (to the second)."""
    value = value.toTimeZone(WALL_CLOCK)
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                    time.second())


def _user_errors() -> tuple[type[BaseException], ...]:
    """Core errors whose text is written for the user (one plain sentence)."""
    from kastdesk.exercises.base import ExerciseError
    from kastdesk.forms import FormDefinitionError
    from kastdesk.genogram.gedcom import GedcomError
    from kastdesk.genogram.model import GenogramError
    from kastdesk.supervision.guidance import GuidanceError

    return (StoreError, ExerciseError, FormDefinitionError, GedcomError, GenogramError,
            GuidanceError)


def error_text(exc: BaseException) -> str:
    """The one sentence a user sees for ``exc``; a bug's details never reach the screen."""
    if isinstance(exc, _user_errors()):
        message = getattr(exc, "message", None)
        return message if isinstance(message, str) and message else str(exc)
    return QCoreApplication.translate(
        "Common", "Something unexpected went wrong. Nothing already saved was lost; "
                  "try again, and if it keeps happening, tell your IT contact.")


def log_unexpected(exc: BaseException) -> None:
    """Details of a bug go to the log (for IT), never onto the screen."""
    if not isinstance(exc, _user_errors()):
        log.error("unexpected error", exc_info=exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox:
    """Show ``exc`` as one sentence in a message box; log the details, never display them.
    Returns the box (a failed save retries when it is closed)."""
    log_unexpected(exc)
    title = title or QCoreApplication.translate("Common", "KastDesk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, does not block: tests and the event loop keep running
    return box


class WrappingLabel(QLabel):
    """A word-wrapped label that is always as tall as its text needs at its width.

    Qt honours a wrapped label's height-for-width only inside layouts that ask for it; in a
    fixed-width card under a main window the label kept the height of one line, and a
    second line lost its descenders (and the ring of a Swedish "Å"). Its minimum height
    follows the text instead, which every layout respects.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._fitting = False
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fit()

    def setText(self, text: str) -> None:  # Qt override (Python callers)
        super().setText(text)
        self._fit()

    def clear(self) -> None:  # Qt override (Python callers)
        super().clear()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # Qt override
        # QLabel guesses a width for its hint; the height at the real width is the minimum.
        hint = super().sizeHint()
        if self.text():
            hint.setHeight(self.minimumHeight())
        return hint

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            height = 0
            if self.text():
                # QLabel counts its minimum height into its height-for-width: measure without.
                kept = self.minimumHeight()
                super().setMinimumHeight(0)
                height = max(self.heightForWidth(self.width()), 0)
                super().setMinimumHeight(kept)
            if height != self.minimumHeight():
                self.setMinimumHeight(height)
        finally:
            self._fitting = False


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A message that does not block: the event loop (autosave, auto-lock) keeps running."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # Without a parent only Python holds the box: a caller that drops the return value
        # would have it deleted before anyone saw it. Kept until it is closed.
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


_open_boxes: set[QMessageBox] = set()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two answers: True only when ``yes`` was clicked.

    ``no``, the answer that changes nothing, is the default button and what Escape or the
    box's close button mean. The box waits for its answer in its own event loop, so
    autosave and the idle lock go on meanwhile; a lock closes the box, which then answers
    ``no``.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("questionBox")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    if not shiboken6.isValid(box):  # gone with its parent (a lock closed the dialog)
        return False
    answer = box.clickedButton() is yes_button
    box.deleteLater()
    return answer


#: What a field holds: ("text", what was typed) or ("choice", what was chosen).
FieldValue = tuple[str, object]


def field_key(widget: QWidget) -> int:
    """A field's key in :meth:`TypingDialog.typed_state`: its Qt object, which stays the same
    while Python's wrapper of a field Qt made itself (a spin box's editor) may not."""
    return int(shiboken6.getCppPointer(widget)[0])


def _field_value(widget: QWidget, choices: bool) -> FieldValue | None:
    """What ``widget`` holds as the user left it, or None when it is no field to ask about."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly():
            return None  # a passphrase is never held on to, nor worth keeping
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            return None  # a date's or a list's own editor: the choice is read below
        return ("text", widget.text())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else ("text", typed_text(widget))
    if not choices:
        return None
    if isinstance(widget, QComboBox):
        return ("choice", (widget.currentIndex(),
                           widget.currentText() if widget.isEditable() else ""))
    if isinstance(widget, QAbstractButton):
        return ("choice", widget.isChecked()) if widget.isCheckable() else None
    if isinstance(widget, QAbstractSpinBox):  # dates and numbers, as shown
        return ("choice", widget.text())
    if isinstance(widget, QAbstractSlider):
        return ("choice", widget.value())
    return None


class TypingDialog(QDialog):
    """A dialog the therapist types into: leaving it asks before what was typed is lost.

    Escape, Cancel and the window's close button threw a half-typed goal, amendment or risk
    note away at once, with no question. Here they ask "Discard what you entered?" once
    something differs from what the dialog opened with (Keep editing is the default); OK and
    Save never ask.

    Only the user's own ways out ask: :meth:`cancel` (wire the Cancel button to it), Escape
    and a close from the window system. ``reject()`` and ``close()`` called from code close
    quietly: the lock calls them on every open dialog after keeping its text as a draft
    (kastdesk.ui.drafts), and a question must never hold the lock up or wait over the
    unlock screen. A lock that comes while the question is open closes the question too.

    A subclass fills its fields, then calls :meth:`remember_as_opened` at the end of its
    ``__init__`` (before an opener restores a draft, which then counts as typed).
    ``watch_choices`` False counts typed text only (an export's options are no loss).
    """

    #: Also count choices (lists, ticks, dates, numbers), not only typed text.
    watch_choices = True
    #: Saves what the dialog holds when OK is pressed, and says whether it could: False
    #: keeps the dialog open (the store's sentence was shown). Saved after the dialog had
    #: closed, an amendment, goal or risk note on a full disk was gone with it, and the
    #: sentence said "try again" with nothing left to try again with.
    on_accept: Callable[[], bool] | None = None
    #: How long typing pauses before a dialog that keeps drafts writes one (milliseconds):
    #: as soon as the sealed rescue copy of the other windows' text follows (its
    #: ``PAUSE_MS``), so a kill loses no more typed here than there. It was written once a
    #: second whatever the typing did, and a kill lost up to the last second.
    DRAFT_PAUSE_MS = 500
    #: ... and at least this often while typing goes on without such a pause (ms).
    DRAFT_MAX_WAIT_MS = 1000
    #: How soon a draft that could not be written (the vault out of reach) is tried again.
    DRAFT_RETRY_MS = 1000
    #: How often a dialog that belongs to no one client looks whether something was typed,
    #: for the sealed rescue copy (milliseconds; it has no draft of its own to write), and
    #: a dialog that keeps drafts whether a field its opening did not see changed.
    TYPING_LOOK_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields_at_open: dict[object, FieldValue] = {}
        self._asking_to_discard = False
        self._draft_case: Any = None
        self._draft_written: dict[str, Any] | None = None
        self._draft_timer: QTimer | None = None
        #: A dialog that keeps drafts: looks for changes its fields' signals do not tell.
        self._draft_look: QTimer | None = None
        #: ... and what its draft held when last looked at.
        self._draft_seen: dict[str, Any] | None = None
        #: The last draft could not be written and the cause can pass (``waiting_draft``).
        self._draft_waits = False
        #: A dialog that belongs to no one client: its fields when last looked at.
        self._typing_seen: dict[object, FieldValue] | None = None

    def accept(self) -> None:  # Qt override
        if self.on_accept is not None and not self.on_accept():
            return  # not saved: the text stays on screen, and in its draft
        self._drop_draft()
        super().accept()

    # -- drafts while typing ------------------------------------------------------------
    # A dialog that keeps drafts (kastdesk.ui.drafts: ``draft_key`` set by its opener)
    # writes what is typed into the case file half a second after typing pauses (at least
    # every second while it goes on): only the lock kept it before, and a crash while a
    # long amendment was being typed lost every word, as did a crash right after an unlock
    # had opened the dialog again (its draft is taken out of the file as it reopens).
    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._draft_timer is None:
            self._start_drafts()

    def _owning_case(self) -> Any:
        """The open case file of the tab or window that opened this dialog, if any."""
        from kastdesk.store import CaseFile

        widget = self.parentWidget()
        while widget is not None:
            case = getattr(widget, "case", None)
            if isinstance(case, CaseFile):
                return None if case.closed else case
            widget = widget.parentWidget()
        return None

    def _start_drafts(self) -> None:
        key = getattr(self, "draft_key", "")
        if not key or not hasattr(self, "draft"):
            return
        if getattr(self, "draft_scope", "case") == "vault":
            # No case file to write a draft to until it is done (a new client, a guidance
            # meeting, a packet): a lock kept its text, a crash or a kill lost it. What it
            # holds is in the sealed rescue copy instead (kastdesk.ui.rescue), which is
            # told when something is typed.
            self._draft_timer = QTimer(self)
            self._draft_timer.setInterval(self.TYPING_LOOK_MS)
            self._draft_timer.timeout.connect(self._look_for_typing)
            self._draft_timer.start()
            self._look_for_typing()
            return
        self._draft_case = self._owning_case()
        if self._draft_case is None:
            return
        from kastdesk.ui.autosave import TypingTimer

        # Restarted by each change (``_look_for_draft``), as an editor's autosave is: the
        # draft is written once typing pauses, never at every key. Its firing also tells
        # the rescue copy, which kept the draft while it was being written (a write that
        # hangs), to follow.
        self._draft_timer = TypingTimer(self.DRAFT_PAUSE_MS, self,
                                        max_wait_ms=self.DRAFT_MAX_WAIT_MS)
        self._draft_timer.timeout.connect(self._write_draft)
        # A change is seen at once through the fields' own signals; what they do not tell
        # (a field made later, text in a table's cells) within a quarter of a second.
        self._watch_fields()
        self._draft_look = QTimer(self)
        self._draft_look.setInterval(self.TYPING_LOOK_MS)
        self._draft_look.timeout.connect(self._look_for_draft)
        self._draft_look.start()
        self._write_draft()  # a draft taken out as the dialog reopened is back in the file
        self._draft_seen = self._draft_written

    def _watch_fields(self) -> None:
        """Each field's change signal looks for a change in the draft (a key typed, a
        choice made)."""
        signals: list[Any] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                signals.append(widget.textChanged)
            elif isinstance(widget, QComboBox):
                signals.append(widget.currentIndexChanged)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                signals.append(widget.toggled)
            elif isinstance(widget, QAbstractSlider):
                signals.append(widget.valueChanged)
        for signal in signals:
            signal.connect(self._look_for_draft)

    def _look_for_draft(self, *_changed: object) -> None:
        """Something may have changed: when the draft did, its write waits for the next
        pause in typing (``_draft_timer``). A draft that could not be written is tried
        again every second or so (once the dialog shows again, where a lock hid it)."""
        timer = self._draft_timer
        if timer is None or self._draft_case is None or not self.isVisible():
            return
        data = self.draft()  # type: ignore[attr-defined]
        if data != self._draft_seen:
            self._draft_seen = data
            timer.start()
        elif self._draft_waits and not timer.isActive():
            QTimer.start(timer, self.DRAFT_RETRY_MS)  # not a pause: the pause stays as it is

    def _write_draft(self) -> None:
        from kastdesk.ui import drafts

        case = self._draft_case
        if case is None or case.closed or not self.isVisible():
            return
        data = self.draft()  # type: ignore[attr-defined]
        if data == self._draft_written or (not data and self._draft_written is None):
            return
        try:
            drafts.keep_draft(case, self.draft_key, data)  # type: ignore[attr-defined]
        except StoreError as exc:
            # The words stay on screen; OK or the lock will say what went wrong. While the
            # cause can pass (the stick out, a full disk) they were in memory only, and a
            # dead battery lost them: the rescue copy outside the vault keeps them too
            # (``waiting_draft``), and the timer tries the draft again every second.
            if exc.retry_may_save:
                from kastdesk.ui.rescue import held_text

                self._draft_waits = True
                held_text(self)  # each try: the copy follows what was typed since
            return
        self._draft_written = data
        self._tell_draft_saved()

    def _tell_draft_saved(self) -> None:
        """A draft that waited (``waiting_draft``) is in the vault, or no longer needed,
        or a dialog that belongs to no one client is done (saved, discarded, kept by a
        lock): the rescue copy follows."""
        if self._draft_waits or self._typing_seen is not None:
            from kastdesk.ui.rescue import text_saved

            self._draft_waits = False
            self._typing_seen = None
            text_saved(self)

    def waiting_draft(self) -> tuple[str, dict[str, Any]] | None:
        """(client id, draft) while what is typed here is not in the case file as its
        draft: typed since the last draft was written, being written now (a write that
        hangs on a network folder that stopped answering), or waiting because the vault
        cannot be written now (a memory stick out, a full disk): for the sealed rescue copy
        outside the vault (kastdesk.ui.rescue); None otherwise."""
        case = self._draft_case
        if case is None or not self.isVisible() or getattr(self, "draft_kept", False):
            return None
        data = self.draft()  # type: ignore[attr-defined]
        return (str(case.client_id), data) if data and data != self._draft_written else None

    def _look_for_typing(self) -> None:
        """A dialog that belongs to no one client: tell the rescue copy when what its
        fields hold changed (it writes the copy once typing pauses)."""
        if not self.isVisible():
            return
        seen = self.typed_state()
        if seen != self._typing_seen:
            from kastdesk.ui.rescue import typed

            first = self._typing_seen is None
            self._typing_seen = seen
            if not first or self.has_typed():  # opened again with a copy's or lock's text
                typed(self)

    def _stop_drafts(self) -> None:
        for timer in (self._draft_timer, self._draft_look):
            if timer is not None:
                timer.stop()

    def _drop_draft(self) -> None:
        """Saved or discarded: the draft written while typing goes (a lock keeps its own)."""
        from kastdesk.ui import drafts

        self._stop_drafts()
        self._tell_draft_saved()  # saved or discarded: nothing waits any more
        case, self._draft_case = self._draft_case, None
        if case is None or case.closed or self._draft_written is None:
            return
        with contextlib.suppress(StoreError):  # else offered again at the next opening
            drafts.keep_draft(case, self.draft_key, None)  # type: ignore[attr-defined]
        self._draft_written = None

    def remember_as_opened(self) -> None:
        """What the fields hold now is what the dialog opened with: no change yet."""
        self._fields_at_open = self.typed_state()

    def typed_state(self) -> dict[object, FieldValue]:
        """Every field's value by :func:`field_key`; a subclass adds what the walk cannot
        see (text in a table's cells) under keys of its own."""
        state: dict[object, FieldValue] = {}
        for widget in self.findChildren(QWidget):
            value = _field_value(widget, self.watch_choices)
            if value is not None:
                state[field_key(widget)] = value
        return state

    def has_typed(self) -> bool:
        """Whether leaving now would lose something the user typed or chose.

        A field made after the dialog opened (a calendar's year box) counts only once text
        is typed into it: nothing was chosen in it before.
        """
        for key, (kind, value) in self.typed_state().items():
            before = self._fields_at_open.get(key)
            if before is None:
                if kind == "text" and value:
                    return True
            elif before != (kind, value):
                return True
        return False

    def may_leave(self) -> bool:
        """True when nothing would be lost, or the user chose to discard it."""
        if self._asking_to_discard:
            return False
        if not self.has_typed():
            return True
        self._asking_to_discard = True
        try:
            discard = ask(
                self, self.windowTitle(),
                QCoreApplication.translate("Common",
                                           "Discard what you entered? It has not been saved."),
                QCoreApplication.translate("Common", "Discard"),
                QCoreApplication.translate("Common", "Keep editing"))
        finally:
            if shiboken6.isValid(self):
                self._asking_to_discard = False
        # A lock while the question was open closed the dialog already (its text kept).
        return discard and shiboken6.isValid(self) and self.isVisible()

    def cancel(self) -> None:
        """The user's Cancel: close unless they want to keep editing what they typed."""
        if self.may_leave():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override: Escape is Cancel
        if event.matches(QKeySequence.StandardKey.Cancel):
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        # The window's close button arrives from the window system (spontaneous); a close
        # from code (the lock's) does not ask.
        if event.spontaneous() and self.isVisible() and not self.may_leave():
            event.ignore()
            return
        self._closing()
        super().closeEvent(event)

    def reject(self) -> None:  # Qt override
        self._closing()
        super().reject()

    def _closing(self) -> None:
        """Closed unsaved: the draft written while typing goes, unless the lock has just
        kept it (``draft_kept``, set by kastdesk.ui.drafts) to open the dialog again."""
        if getattr(self, "draft_kept", False):
            self._stop_drafts()
            self._tell_draft_saved()  # kept by the lock: not the rescue copy's any more
        else:
            self._drop_draft()


def run_op(parent: QWidget | None, op: Callable[[], T], title: str = "") -> T | None:
    """Run a quick user operation; on failure show the error and return None."""
    try:
        return op()
    except Exception as exc:  # the one place errors are shown
        show_error(parent, exc, title)
        return None


_LIVE: set[Task] = set()


class _Task(QThread):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[ProgressFn], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except BaseException as exc:  # handed to the UI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """A running piece of background work; ``done(result)`` or ``failed(exc)`` arrives once.

    The worker never touches widgets: results come back through queued signals, so the
    callbacks run in the UI thread.
    """

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[ProgressFn], Any], parent: QObject | None = None) -> None:
        # No Qt parent on purpose: a dialog that closes and deletes itself must not take a
        # still-running thread (or its queued signals) down with it. The task lives in
        # _LIVE until its thread has really finished, then Python frees it.
        super().__init__(None)
        self._thread = _Task(work, self)
        queued = Qt.ConnectionType.QueuedConnection
        self._thread.succeeded.connect(self.done, queued)
        self._thread.failed.connect(self.failed, queued)
        self._thread.progressed.connect(self.progressed, queued)
        self._thread.finished.connect(self._finished, queued)
        self.running = False

    def start(self) -> None:
        self.running = True
        _LIVE.add(self)  # a parentless task must outlive the caller's reference
        self._thread.start()

    def _finished(self) -> None:
        # Only now is the thread really over; freeing earlier would kill a running QThread.
        self._thread.wait()  # returns at once: the thread is leaving run()
        self.running = False
        _LIVE.discard(self)

    def wait(self, msecs: int = 60_000) -> bool:
        return self._thread.wait(msecs)


def finish_running_work(msecs: int = 120_000) -> bool:
    """Wait for every background task still running (an export, a packet, a verify, an
    import); False if one did not end within ``msecs``.

    Locking calls this before it closes the vault: work still running then went on against
    a closed vault (a packet could be written with no line in the audit log) or failed half
    way. These tasks take seconds; the lock waits for them rather than cut them off.
    """
    ok = True
    for task in list(_LIVE):
        if task.running:
            ok = task.wait(msecs) and ok
    return ok


def run_in_thread(
    parent: QWidget | None,
    work: Callable[[ProgressFn], T],
    on_done: Callable[[T], None],
    *,
    label: str = "",
    on_failed: Callable[[BaseException], None] | None = None,
    show_progress: bool = True,
) -> Task:
    """Run ``work(progress)`` in a worker thread, with a progress dialog when ``label`` is given.

    ``work`` may call ``progress(done, total)``; ``total`` 0 means "busy, no known end".
    Errors go to ``on_failed`` or, by default, to :func:`show_error`.
    """
    task = Task(work, parent)
    dialog: QProgressDialog | None = None
    if show_progress and label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setObjectName("progressDialog")
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)

        def progressed(done: int, total: int) -> None:
            # The progress dialog goes with its parent: a lock that closes the dialog the
            # work was started from deletes it while the worker still reports (touching it
            # then crashed the app).
            if dialog is not None and not finished and shiboken6.isValid(dialog):
                dialog.setMaximum(total)
                dialog.setValue(done)

        task.progressed.connect(progressed)

    finished = False

    def finish() -> None:
        nonlocal finished
        finished = True  # progress that arrives after this is for a dialog that is gone
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def done(result: object) -> None:
        finish()
        on_done(result)  # type: ignore[arg-type]

    def failed(exc: object) -> None:
        finish()
        assert isinstance(exc, BaseException)
        if on_failed is not None:
            on_failed(exc)
        else:
            show_error(parent, exc)

    task.done.connect(done)
    task.failed.connect(failed)
    task.start()
    return task


__all__ = [
    "Task",
    "TypingDialog",
    "ask",
    "error_text",
    "field_key",
    "inform",
    "log_unexpected",
    "plural",
    "run_in_thread",
    "run_op",
    "show_error",
]
