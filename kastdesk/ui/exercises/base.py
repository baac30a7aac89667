"""What every exercise editor is: a widget over one immutable exercise state.

The exercises core does the work (pure functions state -> state); an editor shows a
state, turns a user's action into one such call and reports it with ``state_changed``
carrying the label of the named transaction ("Consequence listing: add consequence").
The tab saves; the client view shows a second editor on the same state in
``client_mode`` (large type, nothing the client should not see).
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

from PySide6.QtCore import QSize, Qt, QTextBoundaryFinder, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kastdesk.exercises import Exercise, ExerciseError, get_exercise

#: Type in the client view is this much larger: read from across a desk.
CLIENT_SCALE = 1.55


def muted(label: QLabel) -> QLabel:
    """Quiet secondary text, in the palette's placeholder grey."""
    palette = label.palette()
    grey = palette.color(QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, grey)
    label.setPalette(palette)
    return label


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


#: A run longer than this with nowhere to break a line in it ("fbclid=..." pasted from a
#: link) gets places to break every ``BREAK_EVERY`` characters (``breakable``).
LONG_RUN = 24
BREAK_EVERY = 12
_ZWSP = "\u200b"


def _utf16_index(text: str) -> list[int]:
    """For each UTF-16 position in ``text`` (Qt's), the Python index it falls at."""
    out = []
    for index, char in enumerate(text):
        out.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    out.append(len(text))
    return out


def _joins_previous(char: str) -> bool:
    """Whether ``char`` belongs to the character before it (an accent, an emoji's joiner
    or variation): a break may not come before it."""
    return bool(unicodedata.combining(char)) or unicodedata.category(char) in ("Mn", "Me") \
        or char in "\u200d\ufe0e\ufe0f" or 0x1F3FB <= ord(char) <= 0x1F3FF


def breakable(text: str) -> str:
    """``text`` for a word-wrapped label, with a zero-width space every ``BREAK_EVERY``
    characters in a run longer than ``LONG_RUN`` that has no place to break a line.

    A label wraps only where a line may break: one unbroken 300-character token in a
    consequence made its card as wide as the token, the grid fell to one column wider than
    the view, and the ✎/✕ buttons and the choices went off screen. For showing only: the
    text stored and edited is never changed. Text with no such run is returned as it is.
    """
    if not any(len(word) > LONG_RUN for word in text.split()):
        return text
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    index = _utf16_index(text)
    stops = [0]
    while (position := finder.toNextBoundary()) != -1:
        stops.append(index[position])
    out, start = [], 0
    for end in stops[1:]:
        run = text[start:end]
        if len(run.rstrip()) > LONG_RUN:
            pieces, count = [], 0
            for i, char in enumerate(run):
                if count >= BREAK_EVERY and not _joins_previous(char) and \
                        run[i - 1] != "\u200d" and not char.isspace():
                    pieces.append(_ZWSP)
                    count = 0
                pieces.append(char)
                count += 1
            run = "".join(pieces)
        out.append(run)
        start = end
    return "".join(out)


def wrap(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label; a long unbroken run in it wraps too (``breakable``)."""
    label = QLabel(breakable(text), parent)
    label.setWordWrap(True)
    return label


class FittedLineEdit(QLineEdit):
    """A line edit never narrower than its placeholder: the prompt is the field's label.

    A plain QLineEdit asks for the width of 17 x's whatever its placeholder says, so a row
    shared with buttons cut "och jag belönar mig själv genom att ..." to "och jag belön…"
    and the field no longer said what to write. The width comes from the font in use, so
    the client's large type and every language get room for their own words.
    """

    def placeholder_width(self) -> int:
        """The width that shows the placeholder whole, by the rule Qt sizes line edits by."""
        metrics = self.fontMetrics()
        chrome = super().sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        return metrics.horizontalAdvance(self.placeholderText()) + chrome

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.placeholder_width()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.placeholder_width()), hint.height())


def merge_inputs(first: dict[str, str], second: dict[str, Any]) -> dict[str, str]:
    """Add-field words from two editors on one exercise, field by field: the therapist's
    and the client view's. Where both typed, both are kept (``first`` then ``second``): a
    field holds one line, and choosing one would lose the other's words."""
    out = dict(first)
    for name, text in second.items():
        if not isinstance(text, str) or not text.strip():
            continue
        mine = out.get(name, "")
        if not mine.strip() or mine.strip() == text.strip():
            out[name] = text
        elif text.strip() not in mine:
            out[name] = f"{mine.rstrip()} {text.strip()}"
    return out


def input_text(field: object) -> str | None:
    """The words in one add field; None for a widget that is no add field.

    A line edit's text, or an editable combo box's (the coping plan's "Who", where a role
    is typed or chosen): its first choice is what it shows fresh, so that counts as nothing
    typed. Only line edits were read, and a role typed and not added yet was lost on a
    lock, a client switch, closing and a crash.
    """
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QComboBox) and field.isEditable():
        text = field.currentText()
        return "" if field.count() and text == field.itemText(0) else text
    return None


def set_input_text(field: object, text: str) -> None:
    """Put ``text`` back into an add field (``input_text`` read it). In a combo box a
    choice's own words select that choice, so adding it gives the choice, not a typed
    role that only looks like it; other words are typed into its line."""
    if isinstance(field, QLineEdit):
        field.setText(text)
    elif isinstance(field, QComboBox) and field.isEditable():
        index = field.findText(text) if text else 0
        if index >= 0 and field.count():
            field.setCurrentIndex(index)
            field.setEditText(field.itemText(index))
        else:
            field.setEditText(text)


def clear_layout(layout: Any) -> None:
    """Delete every widget and sub-layout; redraws rebuild lists from the state."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class ExerciseEditor(QWidget):
    """Base of the six editors. Subclasses build in ``_build`` and redraw in ``_redraw``."""

    #: The transaction label of the user's action, after the state has changed.
    state_changed = Signal(str)
    #: Case content went to a printer (what, e.g. "coping card"): the tab audits it.
    printed = Signal(str)
    #: Words were typed in an add field (``input_fields``): no change of the state, but the
    #: tab keeps them as a draft after a pause, so a crash does not take them.
    inputs_edited = Signal()
    exercise_id: ClassVar[str]

    def __init__(self, client_mode: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_mode = client_mode
        self.exercise: Exercise[Any] = get_exercise(self.exercise_id)
        self._state: Any = self.exercise.new_state()
        #: The session edits are made in (stamped on rewrites and additions).
        self.session_id: str | None = None
        #: Session id -> readable date; never filled in the client view.
        self.session_labels: dict[str, str] = {}
        self._loading = False
        # What the last ✕ removed, offered back until the next change (``remove``).
        self._undo_state: Any = None
        self._undo_label = ""
        self._undo: QWidget | None = None
        if client_mode:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * CLIENT_SCALE)
            self.setFont(font)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own (it showed no focus); the fields inside keep theirs, and
        # the area scrolls to the one Tab reaches.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Content wraps to the width; sideways scrolling loses people.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = QWidget()
        self.body = QVBoxLayout(self.page)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(8)
        intro = muted(wrap(self.exercise.text("intro"), self.page))
        intro.setObjectName("exerciseIntro")
        self.body.addWidget(intro)
        self._build()
        for name in self.input_fields:  # built once by ``_build``; redraws keep them
            field = getattr(self, name, None)
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self.inputs_edited)
            elif isinstance(field, QComboBox) and (line := field.lineEdit()) is not None:
                # Typed in its line or chosen from its list: either is kept at the pause.
                line.textEdited.connect(self.inputs_edited)
                field.activated.connect(self.inputs_edited)
        self.body.addStretch(1)
        self.scroll.setWidget(self.page)
        outer.addWidget(self.scroll)
        self._redraw()

    # -- the contract -------------------------------------------------------------
    def state(self) -> Any:
        return self._state

    def set_state(self, state: Any) -> None:
        """Show ``state`` (loading is not editing: no ``state_changed``)."""
        if state is not self._state and self._undo_state is not None:
            self._undo_state = None  # another state loaded (another session, a reload)
            self._undo_bar().hide()
        self._state = state
        self._loading = True
        try:
            self._redraw()
        finally:
            self._loading = False

    def clear(self) -> None:
        """Forget the client's words (before a lock)."""
        self.session_labels = {}
        self.set_state(self.exercise.new_state())
        for name in self.input_fields:  # kept in the case file by the tab's flush
            set_input_text(getattr(self, name, None), "")

    def session_label(self, session_id: str | None) -> str:
        """A session's date for the therapist; the client view never shows one."""
        if self.client_mode or not session_id:
            return ""
        return self.session_labels.get(session_id, "")

    def has_drafts(self) -> bool:
        """Whether words are typed that are not in the state yet (an edit still open)."""
        return False

    def commit_drafts(self) -> None:
        """Put words typed but not yet confirmed into the state, so the tab saves them.

        The tab calls this before every save, the one before a lock included: a word typed
        must never be lost because nobody pressed Enter. Editors with such fields override it.
        """

    #: Attribute names of the editor's "add" fields: words typed there are no item yet (a
    #: half-typed consequence is not one), but they must outlive a lock (``typed_inputs``).
    input_fields: ClassVar[tuple[str, ...]] = ()

    def typed_inputs(self) -> dict[str, str]:
        """What is typed in the add fields and not added yet, by field."""
        out = {}
        for name in self.input_fields:
            text = input_text(getattr(self, name, None))
            if text is not None and text.strip():
                out[name] = text
        return out

    def take_inputs(self, inputs: dict[str, Any]) -> None:
        """Add ``inputs`` (words typed in another editor on the same exercise, the client
        view's) to what is typed here: an empty field takes them, a field already typed in
        keeps its words and gets the others after them, so neither one's words are lost."""
        self.restore_inputs(merge_inputs(self.typed_inputs(), inputs))

    def restore_inputs(self, inputs: dict[str, Any]) -> None:
        """Put back what ``typed_inputs`` gave (kept through a lock)."""
        for name, text in inputs.items():
            if name in self.input_fields and isinstance(text, str):
                set_input_text(getattr(self, name, None), text)

    # -- for subclasses -----------------------------------------------------------
    def _build(self) -> None:
        raise NotImplementedError

    def _redraw(self) -> None:
        raise NotImplementedError

    def apply(self, new_state: Any, label: str, redraw: bool = True) -> bool:
        """Take a state from a core operation; ``False`` (and nothing changed) on refusal."""
        if self._undo_state is not None and new_state is not self._state:
            # Any other change ends the offer: undoing then would throw that change away.
            self._undo_state = None
            self._undo_bar().hide()
        self._state = new_state
        if redraw:
            focus = QApplication.focusWidget()
            inside = focus is not None and self.isAncestorOf(focus)
            self.set_state(new_state)
            if inside:
                self._keep_focus()
        if not self._loading:
            self.state_changed.emit(f"{self.exercise.title}: {label}")
        return True

    def _keep_focus(self) -> None:
        """After a redraw that took the focused field or button away (Enter in "What I
        did", a Rewrite, a ✕): the focus goes to the exercise's first add field. It fell out
        of the exercise onto the register's search field, and the next words typed went
        there, in plain sight, instead of into the exercise."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            return
        fields = [getattr(self, name, None) for name in self.input_fields]
        field = next((f for f in fields if isinstance(f, QWidget) and f.isEnabled()
                      and f.isVisibleTo(self)), None)
        (field or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self, operation: Any, label: str, redraw: bool = True) -> bool:
        """Run ``operation()`` (a core call); an ``ExerciseError`` shows as a hint."""
        try:
            new_state = operation()
        except ExerciseError as error:
            self.show_hint(str(error))
            return False
        self.show_hint("")
        return self.apply(new_state, label, redraw)

    def remove(self, operation: Any, label: str) -> bool:
        """Run a removal (a ✕) and offer to take it back: one click removed the client's
        words for good, with no confirmation, in the client's view too."""
        before = self._state
        if not self.attempt(operation, label):
            return False
        self.offer_undo(before, label, self.tr("Removed."))
        return True

    def offer_undo(self, before: Any, label: str, said: str) -> None:
        """Offer to take the last change back to ``before`` (``said`` in the bar above the
        exercise says what the change was; ``label`` names the change in its history)."""
        self._undo_state = before
        self._undo_label = label
        bar = self._undo_bar()
        self._undo_said.setText(said)
        bar.show()

    def undo_remove(self) -> bool:
        """Bring back what the last ✕ removed (a change of its own, in the history too)."""
        before = self._undo_state
        if before is None:
            return False
        label = self.tr("undo: {what}").replace("{what}", self._undo_label)
        self._undo_state = None
        self._undo_bar().hide()
        return self.apply(before, label)

    def _undo_bar(self) -> QWidget:
        bar = self._undo
        if bar is None:
            bar = QWidget(self)
            bar.setObjectName("exerciseUndo")
            row = QHBoxLayout(bar)
            row.setContentsMargins(16, 4, 16, 4)
            self._undo_said = QLabel(self.tr("Removed."), bar)
            row.addWidget(self._undo_said)
            button = QPushButton(self.tr("&Undo"), bar)
            button.setObjectName("exerciseUndoButton")
            button.clicked.connect(self.undo_remove)
            row.addWidget(button)
            row.addStretch(1)
            self.layout().insertWidget(0, bar)
            bar.hide()
            self._undo = bar
        return bar

    def set_shown_to_client(self, shown: bool) -> None:
        """Read-only while the client's view shows this exercise (``shown``), editable again
        after: the view's edits replace this editor's state, so words typed here meanwhile
        were wiped by the client's next key and never saved (QA 19, F4). The page can still
        be scrolled and read."""
        self.page.setEnabled(not shown)
        if self._undo is not None:  # an undo here would be overwritten the same way
            self._undo.setEnabled(not shown)

    def show_hint(self, text: str) -> None:
        hint = getattr(self, "_hint", None)
        if hint is None:
            hint = QLabel(self)
            hint.setObjectName("exerciseHint")
            hint.setStyleSheet("color: #8a5a00;")
            hint.setWordWrap(True)
            self.layout().addWidget(hint)
            self._hint = hint
        hint.setText(text)
        hint.setVisible(bool(text))


def card(parent: QWidget | None = None, name: str = "exerciseCard") -> QFrame:
    """A white, lightly bordered box (one area, one step, one statement)."""
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    return frame


CARD_STYLE = """
QFrame#exerciseCard { background: #ffffff; border: 1px solid #dde1e6; border-radius: 6px; }
QFrame#emptyCard { background: #fbfaf5; border: 2px dashed #c9b98a; border-radius: 6px; }
QFrame#copingCard { background: #fffdf6; border: 2px solid #2f6f8f; border-radius: 10px; }
"""
