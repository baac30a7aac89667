"""Editors for five of the exercises (the urge log, with its chart, lives in ``urges``).

Each editor turns one user action into one call of the exercise's core operation, so
the saved versions and the "what changed since session X" views read the same data.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.exercises import behaviour_in_words as biw
from kastdesk.exercises import consequence_listing as cl
from kastdesk.exercises import coping_plan as cp
from kastdesk.exercises import i_am_vs_i_do as iam
from kastdesk.exercises import triggers_alternatives as ta
from kastdesk.ui.common import typed_text
from kastdesk.ui.exercises.base import (
    CARD_STYLE,
    ExerciseEditor,
    FittedLineEdit,
    bold,
    breakable,
    card,
    clear_layout,
    muted,
    set_input_text,
    wrap,
)
from kastdesk.ui.files import print_accepted
from kastdesk.ui.flow import FlowLayout

GRID_COLUMNS = 3
#: A run of white space that may break a line: all of it but the no-break spaces (U+00A0,
#: U+2007, U+202F), which a pasted "10 000 kr" keeps.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")


class _InlineEdit(QLineEdit):
    """A line that edits text in place and says when Esc gives up the edit."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class _WrappingLine(QTextEdit):
    """A field for one sentence that wraps and grows, so the whole sentence can be read.

    "What I did" is the sentence the exercise is about; in a one-line box a long one was
    scrolled to its end. It behaves like a line edit: Enter is ``returnPressed`` (no line
    breaks, pasted ones become spaces), leaving it is ``editingFinished``, ``textEdited``
    carries every change of the text.
    """

    textEdited = Signal(str)
    returnPressed = Signal()
    editingFinished = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setText(text)
        self.textChanged.connect(self._on_changed)

    def text(self) -> str:
        return typed_text(self)

    def sizeHint(self) -> QSize:  # Qt override
        # A text box asks for 256 pixels; a sentence's field shares its row with buttons,
        # and where they do not fit beside it they go under it (a narrow window).
        hint = super().sizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * 20, hint.height())

    def setText(self, text: str) -> None:
        """Show ``text`` with the cursor at its end, as a line edit would."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self._fit()

    def _on_changed(self) -> None:
        self._fit()
        self.textEdited.emit(typed_text(self))

    def _fit(self) -> None:
        """As tall as the wrapped sentence, at least one line."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        lines = max(document.size().height(),
                    self.fontMetrics().lineSpacing() + 2 * document.documentMargin())
        height = math.ceil(lines) + margins.top() + margins.bottom() + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Line breaks and runs of spaces become one space; no-break spaces stay as pasted.
        self.insertPlainText(_BREAKING_SPACE.sub(" ", source.text()).strip(" "))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # the client view's large type


def _remove_button(parent: QWidget, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


# -- 1. the behaviour in words ---------------------------------------------------------
class BehaviourInWordsEditor(ExerciseEditor):
    """One text box per prompt, in the client's words; typing saves (debounced by the tab)."""

    exercise_id = biw.EXERCISE_ID

    def _build(self) -> None:
        self.edits: dict[str, QPlainTextEdit] = {}
        for prompt in self.exercise.catalogue("prompts"):
            self.body.addWidget(bold(wrap(prompt.label, self.page)))
            if prompt.help:
                self.body.addWidget(muted(wrap(prompt.help, self.page)))
            edit = QPlainTextEdit(self.page)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.exercise.text("empty"))
            edit.setAccessibleName(prompt.label)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 16)
            edit.textChanged.connect(lambda pid=prompt.id: self._on_text(pid))
            self.body.addWidget(edit)
            self.edits[prompt.id] = edit

    def _on_text(self, prompt_id: str) -> None:
        if self._loading:
            return
        text = typed_text(self.edits[prompt_id])
        self.attempt(lambda: biw.set_answer(self._state, prompt_id, text), self.tr("edit text"),
                     redraw=False)

    def _redraw(self) -> None:
        for prompt_id, edit in self.edits.items():
            text = self._state.answers.get(prompt_id, "")
            if typed_text(edit) != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)


# -- 2. consequence listing --------------------------------------------------------------
@dataclass(frozen=True)
class _ConsequenceRow:
    """The widgets of one listed consequence that take part in rewording it."""

    label: QLabel
    line: _InlineEdit
    button: QToolButton


@dataclass(frozen=True)
class _OpenRewording:
    """A rewording begun with ✎ and not yet finished; ``original`` is what Esc goes back to."""

    consequence_id: str
    original: str


class ConsequenceListingEditor(ExerciseEditor):
    """A grid of areas; an area nobody has named anything in shows as a dashed, open box."""

    exercise_id = cl.EXERCISE_ID
    input_fields = ('text_edit',)

    def _build(self) -> None:
        self.page.setStyleSheet(CARD_STYLE)
        self.areas = self.exercise.catalogue("areas")
        self.seriousness = self.exercise.catalogue("seriousness")
        self.terms = self.exercise.catalogue("terms")
        form = FlowLayout()
        self.area_combo = QComboBox(self.page)
        for area in self.areas:
            self.area_combo.addItem(area.label, area.id)
        self.area_combo.setAccessibleName(self.tr("Area"))
        self.area_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_combo.setMinimumContentsLength(14)
        self.text_edit = FittedLineEdit(self.page)
        self.text_edit.setPlaceholderText(self.tr("A consequence, in your own words"))
        self.text_edit.setAccessibleName(self.tr("Consequence"))
        self.serious_combo = self._seriousness_combo(3)
        self.term_combo = self._term_combo("short")
        self.add_button = QPushButton(self.tr("Add"), self.page)
        self.add_button.setDefault(True)
        # Two rows: in one, the form did not fit beside the register at 1366 pixels. Each
        # wraps in turn where even that is too wide (a 1024-pixel window).
        second = FlowLayout()
        form.addWidget(self.area_combo)
        form.addWidget(self.text_edit, 1)
        for widget in (self.serious_combo, self.term_combo):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.add_button)
        self.body.addLayout(form)
        self.body.addLayout(second)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.body.addLayout(self.grid)
        self._cards: list[QWidget] = []
        self._columns = 0
        self.add_button.clicked.connect(self._add)
        self.text_edit.returnPressed.connect(self._add)
        self.area_cards: dict[str, QWidget] = {}
        self._rows: dict[str, _ConsequenceRow] = {}
        self._rewording: _OpenRewording | None = None
        self.scroll.viewport().installEventFilter(self)

    def _seriousness_combo(self, value: int) -> QComboBox:
        combo = QComboBox(self.page)
        for entry in self.seriousness:
            combo.addItem(f"{'●' * int(entry.id)}{'○' * (5 - int(entry.id))}  {entry.label}",
                          int(entry.id))
        combo.setCurrentIndex(combo.findData(value))
        combo.setAccessibleName(self.tr("How serious"))
        return combo

    def _term_combo(self, value: str) -> QComboBox:
        combo = QComboBox(self.page)
        for entry in self.terms:
            combo.addItem(entry.label, entry.id)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.setAccessibleName(self.tr("Short or long term"))
        return combo

    def add_consequence(self, area: str, text: str, seriousness: int = 3,
                        term: str = "short") -> bool:
        """What the Add button does, callable by tests and keyboard alike."""
        return self.attempt(
            lambda: cl.add_consequence(self._state, area, text, seriousness, term,
                                       session_id=self.session_id),
            self.tr("add consequence"))

    def _add(self) -> None:
        if self.add_consequence(self.area_combo.currentData(), self.text_edit.text(),
                                self.serious_combo.currentData(), self.term_combo.currentData()):
            self.text_edit.clear()
            self.text_edit.setFocus()

    def _start_in(self, area_id: str) -> None:
        self.area_combo.setCurrentIndex(self.area_combo.findData(area_id))
        self.text_edit.setFocus()

    def reword_consequence(self, consequence_id: str, text: str) -> bool:
        """New wording for a listed consequence (the client's own words, corrected)."""
        return self.attempt(
            lambda: cl.update_consequence(self._state, consequence_id, text=text.strip()),
            self.tr("change wording"))

    def _update(self, consequence_id: str, **changes: Any) -> None:
        self.attempt(lambda: cl.update_consequence(self._state, consequence_id, **changes),
                     self.tr("change consequence"))

    # -- rewording in place (✎) -----------------------------------------------------
    def start_rewording(self, consequence_id: str, text: str | None = None,
                        original: str | None = None) -> None:
        """Open the row's line; ``text`` and ``original`` carry an open one over a redraw."""
        row = self._rows[consequence_id]
        current = self._state.get(consequence_id).text
        row.label.hide()
        row.button.hide()
        row.line.setText(current if text is None else text)
        row.line.show()
        if text is None:
            row.line.setFocus()
            row.line.selectAll()
        else:  # a row just redrawn is shown by its layout later: focus it then
            QTimer.singleShot(0, row.line, row.line.setFocus)
        self._rewording = _OpenRewording(consequence_id, current if original is None
                                         else original)

    def _close_rewording(self, consequence_id: str) -> _ConsequenceRow | None:
        """Put the label back; ``None`` if this row has no open rewording (already closed)."""
        open_one = self._rewording
        row = self._rows.get(consequence_id)
        if open_one is None or open_one.consequence_id != consequence_id or row is None:
            return None
        self._rewording = None
        row.line.hide()
        row.label.show()
        row.button.show()
        return row

    def _finish_rewording(self, consequence_id: str) -> None:
        open_one = self._rewording
        row = self._close_rewording(consequence_id)  # Enter, then the focus leaving: once
        if row is None or open_one is None:
            return
        # Emptied and left means "no new wording", as it always did: the words kept at a
        # pause on the way (``_keep_rewording``) give way to the wording from before ✎.
        words = row.line.text().strip() or open_one.original
        if words != self._state.get(consequence_id).text:
            self.reword_consequence(consequence_id, words)

    def _cancel_rewording(self, consequence_id: str) -> None:
        open_one = self._rewording
        row = self._close_rewording(consequence_id)
        if row is None or open_one is None:
            return
        if self._state.get(consequence_id).text != open_one.original:
            # A save (a pause in typing, a lock) kept the half-typed words: Esc still
            # means "as it was before ✎", so the old wording comes back as a change.
            self.reword_consequence(consequence_id, open_one.original)
        else:
            row.line.setText(open_one.original)

    def _keep_rewording(self, consequence_id: str) -> None:
        """Put the open rewording's words into the state as they are typed.

        As the "what I did" line does: the change starts the tab's autosave, so the words
        are in the case file a second after typing pauses. Until then only Enter, leaving
        the line or a flush (lock, switch, close) saved them, and a crash lost every word
        typed since ✎, however long ago. The line stays open for the rest of the sentence.
        """
        open_one = self._rewording
        if open_one is not None and open_one.consequence_id == consequence_id:
            self.commit_drafts()

    def _rewording_draft(self) -> str | None:
        """The words in the open rewording when they differ from the saved wording."""
        open_one = self._rewording
        if open_one is None or open_one.consequence_id not in self._rows:
            return None
        words = self._rows[open_one.consequence_id].line.text().strip()
        saved = self._state.get(open_one.consequence_id).text
        return words if words and words != saved else None

    def has_drafts(self) -> bool:
        return self._rewording_draft() is not None

    def commit_drafts(self) -> None:
        """Save an open rewording's words; the line stays open for the rest of the sentence."""
        words = self._rewording_draft()
        if words is None or self._rewording is None:
            return
        consequence_id = self._rewording.consequence_id
        if self.attempt(lambda: cl.update_consequence(self._state, consequence_id, text=words),
                        self.tr("change wording"), redraw=False):
            self._rows[consequence_id].label.setText(breakable(words))

    def _redraw(self) -> None:
        # An open rewording outlives the redraw (a change made in the client view, another
        # row's ✕): its words are carried over into the new row.
        carried = None
        if self._rewording is not None and self._rewording.consequence_id in self._rows:
            line = self._rows[self._rewording.consequence_id].line
            line.blockSignals(True)  # deleting a focused line would "finish" it
            carried = (self._rewording, line.text())
        self._rewording = None
        self._rows = {}
        clear_layout(self.grid)
        self.area_cards = {}
        self._cards = []
        for group in cl.grid(self._state):
            box = card(self.page, "emptyCard" if group.is_empty else "exerciseCard")
            box.setProperty("area", group.area_id)
            box.setProperty("empty", group.is_empty)
            layout = QVBoxLayout(box)
            head = QHBoxLayout()
            head.addWidget(bold(wrap(group.label, box)), 1)
            add = QToolButton(box)
            add.setText("+")
            add.setToolTip(self.tr("Add a consequence in this area"))
            add.setAccessibleName(self.tr("Add in {area}").format(area=group.label))
            add.setAutoRaise(True)
            add.clicked.connect(lambda _=False, a=group.area_id: self._start_in(a))
            head.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(head)
            if group.help:
                layout.addWidget(muted(wrap(group.help, box)))
            if group.is_empty:
                # The therapist's cue ("worth asking about") is not for the client's eyes.
                key = "empty_area_client" if self.client_mode else "empty_area"
                empty = wrap("○ " + self.exercise.text(key), box)
                empty.setObjectName("emptyArea")
                empty.setStyleSheet("color: #7a6520; font-style: italic;")
                layout.addWidget(empty)
            for item in group.consequences:
                layout.addWidget(self._consequence_row(box, item))
            layout.addStretch(1)
            self._cards.append(box)
            self.area_cards[group.area_id] = box
        self._columns = 0
        self._place_cards()
        if carried is not None and carried[0].consequence_id in self._rows:
            self.start_rewording(carried[0].consequence_id, carried[1], carried[0].original)

    def _fitting_columns(self) -> int:
        """As many columns of cards as the width takes (up to three; two in large type)."""
        most = 2 if self.client_mode else GRID_COLUMNS
        margins = self.body.contentsMargins()
        width = self.scroll.viewport().width() - margins.left() - margins.right()
        card_width = max((c.minimumSizeHint().width() for c in self._cards), default=1)
        card_width += self.grid.horizontalSpacing()
        return max(1, min(most, (width + self.grid.horizontalSpacing()) // card_width))

    def _place_cards(self) -> None:
        """Lay the area cards out in rows; a narrower window gets fewer columns, no cut-off."""
        columns = self._fitting_columns()
        if columns == self._columns:
            return
        self._columns = columns
        for card_widget in self._cards:
            self.grid.removeWidget(card_widget)
        for index, card_widget in enumerate(self._cards):
            self.grid.addWidget(card_widget, index // columns, index % columns)
        for column in range(GRID_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # The room is the scroll area's, known only once the editor is laid out in its tab
        # (and narrowed by the scroll bar): placed at the editor's first, narrower width,
        # the cards stayed in one column at 1366 pixels where two fitted.
        if event.type() == QEvent.Type.Resize and hasattr(self, "_cards"):
            self._place_cards()
        return super().eventFilter(watched, event)

    def _consequence_row(self, parent: QWidget, item: cl.Consequence) -> QWidget:
        row = QWidget(parent)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        text = wrap(item.text, row)
        text.setObjectName("consequenceText")
        top.addWidget(text, 1)
        # The wording is edited in place: the label gives way to a line with the text, kept
        # as it is typed (saved at each pause), Enter or leaving it closes the line, Esc puts
        # the wording from before ✎ back.
        line = _InlineEdit(item.text, row)
        line.setObjectName("consequenceEdit")
        line.setAccessibleName(self.tr("Consequence"))
        line.hide()
        top.addWidget(line, 1)
        edit = QToolButton(row)
        edit.setObjectName("editConsequence")
        edit.setText("✎")
        edit.setToolTip(self.tr("Change the wording"))
        edit.setAccessibleName(self.tr("Change the wording"))
        edit.setAutoRaise(True)
        self._rows[item.id] = _ConsequenceRow(text, line, edit)
        edit.clicked.connect(lambda _=False, cid=item.id: self.start_rewording(cid))
        line.editingFinished.connect(lambda cid=item.id: self._finish_rewording(cid))
        line.cancelled.connect(lambda cid=item.id: self._cancel_rewording(cid))
        line.textEdited.connect(lambda _text, cid=item.id: self._keep_rewording(cid))
        top.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        remove = _remove_button(row, self.tr("Remove this consequence"))
        remove.clicked.connect(lambda _=False, cid=item.id: self.remove(
            lambda: cl.remove_consequence(self._state, cid), self.tr("remove consequence")))
        top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        # Side by side where the card has room for both whole, else one under the other:
        # sharing one line, "●●●●○  Very serious" was cut to "●●●●○ Mycket allv" in a
        # two-column grid at 1366 pixels, in Swedish and Norwegian.
        bottom = QVBoxLayout() if self.client_mode else FlowLayout()
        serious = self._seriousness_combo(item.seriousness)
        serious.activated.connect(lambda _i, cid=item.id, c=serious: self._update(
            cid, seriousness=c.currentData()))
        term = self._term_combo(item.term)
        term.activated.connect(lambda _i, cid=item.id, c=term: self._update(
            cid, term=c.currentData()))
        for combo in (serious, term):
            combo.setParent(row)
            # As wide as its longest choice, so no choice is ever cut (nor the box resized
            # when another is chosen); the room left on a line is shared as they need it.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setToolTip(combo.currentText())
            bottom.addWidget(combo, combo.sizeHint().width())
        layout.addLayout(bottom)
        return row


# -- 3. "I am" vs. "what I do" -----------------------------------------------------------
class IAmVsIDoEditor(ExerciseEditor):
    """Two columns: what he says he *is*, beside what he *did*; rewritten ones are marked.
    Where the two do not fit beside each other, what he did goes under what he says."""

    exercise_id = iam.EXERCISE_ID
    input_fields = ('new_edit',)

    def _build(self) -> None:
        self.page.setStyleSheet(CARD_STYLE)
        form = FlowLayout()
        self.new_edit = FittedLineEdit(self.page)
        self.new_edit.setPlaceholderText(self.exercise.text("identity_example"))
        self.new_edit.setAccessibleName(self.tr("New “I am …” statement"))
        self.add_button = QPushButton(self.tr("Add statement"), self.page)
        form.addWidget(self.new_edit, 1)
        form.addWidget(self.add_button)
        self.body.addLayout(form)
        self.columns = QGridLayout()
        self.columns.setHorizontalSpacing(12)
        self.columns.setVerticalSpacing(8)
        self.body.addLayout(self.columns)
        self.add_button.clicked.connect(self._add)
        self.new_edit.returnPressed.connect(self._add)
        self.action_edits: dict[str, _WrappingLine] = {}
        self.status_labels: dict[str, QLabel] = {}
        self.scroll.viewport().installEventFilter(self)

    def add_statement(self, text: str) -> bool:
        return self.attempt(lambda: iam.add_statement(self._state, text, self.session_id),
                            self.tr("add statement"))

    def rewrite(self, statement_id: str, text: str) -> bool:
        return self.attempt(
            lambda: iam.rewrite_statement(self._state, statement_id, text, self.session_id),
            self.tr("rewrite statement"))

    def _add(self) -> None:
        if self.add_statement(self.new_edit.text()):
            self.new_edit.clear()

    def _redraw(self) -> None:
        clear_layout(self.columns)
        self.action_edits = {}
        self.status_labels = {}
        self._head_i = bold(QLabel(self.tr("What I say I am"), self.page), 1.1)
        self._head_d = bold(QLabel(self.tr("What I did"), self.page), 1.1)
        self._head_arrow = QLabel("↳", self.page)
        self._empty = (muted(wrap(self.tr("No statements yet."), self.page))
                       if not self._state.statements else None)
        self._statement_rows = [self._draw_statement(statement)
                                for statement in self._state.statements]
        self._stacked: bool | None = None
        self._place_statements()

    def _side_by_side_width(self) -> int:
        """The width the two columns need beside each other, as wide as their widest card."""
        lefts = [self._head_i] + [left for left, _, _ in self._statement_rows]
        rights = [self._head_d] + [right for _, _, right in self._statement_rows]
        arrows = [arrow for _, arrow, _ in self._statement_rows]
        return (max(w.minimumSizeHint().width() for w in lefts)
                + max((w.minimumSizeHint().width() for w in arrows), default=0)
                + max(w.minimumSizeHint().width() for w in rights)
                + 2 * self.columns.horizontalSpacing())

    def _place_statements(self) -> None:
        """Each statement beside what he did where the width takes both; in a narrow window
        (beside the register at 1024 pixels) what he did goes under it, so nothing is cut."""
        margins = self.body.contentsMargins()
        room = self.scroll.viewport().width() - margins.left() - margins.right()
        stacked = self._side_by_side_width() > room
        if stacked == self._stacked:
            return
        self._stacked = stacked
        grid = self.columns
        extra = [self._empty] if self._empty is not None else []
        for widget in [self._head_i, self._head_d, self._head_arrow, *extra,
                       *(w for row in self._statement_rows for w in row)]:
            grid.removeWidget(widget)
        centre = Qt.AlignmentFlag.AlignCenter
        if stacked:  # "What I say I am", and under it "↳ What I did", as the cards below
            self._head_arrow.show()
            grid.addWidget(self._head_i, 0, 0, 1, 2)
            grid.addWidget(self._head_arrow, 1, 0, centre)
            grid.addWidget(self._head_d, 1, 1)
            for widget in extra:
                grid.addWidget(widget, 2, 0, 1, 2)
            for index, (left, arrow, right) in enumerate(self._statement_rows):
                arrow.setText("↳")
                grid.addWidget(left, 2 + 2 * index, 0, 1, 2)
                grid.addWidget(arrow, 3 + 2 * index, 0, Qt.AlignmentFlag.AlignTop | centre)
                grid.addWidget(right, 3 + 2 * index, 1)
            stretches = (0, 1, 0)
        else:
            self._head_arrow.hide()  # kept in the grid, so that a redraw deletes it too
            grid.addWidget(self._head_arrow, 0, 1)
            grid.addWidget(self._head_i, 0, 0)
            grid.addWidget(self._head_d, 0, 2)
            for widget in extra:
                grid.addWidget(widget, 1, 0)
            for row, (left, arrow, right) in enumerate(self._statement_rows, start=1):
                arrow.setText("→")
                grid.addWidget(left, row, 0)
                grid.addWidget(arrow, row, 1, centre)
                grid.addWidget(right, row, 2)
            stretches = (2, 0, 3)
        for column, stretch in enumerate(stretches):
            grid.setColumnStretch(column, stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # The room is the scroll area's: it changes with the editor's width and with the
        # scroll bar, and is known only once the editor is laid out in its tab.
        if event.type() == QEvent.Type.Resize and hasattr(self, "_statement_rows"):
            self._place_statements()
        return super().eventFilter(watched, event)

    def _draw_statement(self, s: iam.Statement) -> tuple[QWidget, QLabel, QWidget]:
        """The statement's card, the arrow and the card of what he did (placed by
        ``_place_statements``)."""
        rewritten = s.status is iam.StatementStatus.REWRITTEN
        left = card(self.page)
        left_layout = QVBoxLayout(left)
        said = wrap(s.i_am, left)
        said.setObjectName("identityText")
        if rewritten:
            font = said.font()
            font.setStrikeOut(True)
            said.setFont(font)
            said = muted(said)
        left_layout.addWidget(said)
        status = QLabel(left)
        if rewritten:
            when = self.session_label(s.rewritten_in_session)
            text = "✓ " + self.exercise.text("rewritten")
            status.setText(text + (" · " + self.tr("session {date}").format(date=when)
                                   if when else ""))
            status.setStyleSheet("color: #2e7d4f; font-weight: 600;")
        else:
            status.setText("● " + self.exercise.text("standing"))
            status.setStyleSheet("color: #8a5a00; font-weight: 600;")
        status.setObjectName("statementStatus")
        left_layout.addWidget(status)
        self.status_labels[s.id] = status
        arrow = QLabel("→", self.page)
        right = card(self.page)
        # The buttons go under the sentence where the card is narrow (one column of cards).
        right_layout = FlowLayout(right)
        edit = _WrappingLine(s.i_do, right)
        edit.setPlaceholderText(self.exercise.text("action_example"))
        edit.setAccessibleName(self.tr("“What I did” for: {text}").format(text=s.i_am))
        right_layout.addWidget(edit, 1)
        self.action_edits[s.id] = edit
        # Every word is kept as it is typed: the draft of a standing statement, the new
        # wording of a rewritten one. A redraw, a lock or a crash then loses nothing.
        edit.textEdited.connect(lambda text, sid=s.id: self.draft(sid, text))
        if rewritten:
            edit.editingFinished.connect(lambda sid=s.id, e=edit: self._restore_if_empty(sid, e))
            reopen = QPushButton(self.tr("Still feels true"), right)
            reopen.setToolTip(self.tr("The old sentence is back: mark it as standing again"))
            reopen.clicked.connect(lambda _=False, sid=s.id: self.attempt(
                lambda: iam.reopen_statement(self._state, sid), self.tr("reopen statement")))
            right_layout.addWidget(reopen, 0, Qt.AlignmentFlag.AlignTop)
        else:
            button = QPushButton(self.tr("Rewrite"), right)
            button.clicked.connect(lambda _=False, sid=s.id, e=edit: self.rewrite(sid, e.text()))
            edit.returnPressed.connect(lambda sid=s.id, e=edit: self.rewrite(sid, e.text()))
            right_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        remove = _remove_button(right, self.tr("Remove this statement"))
        remove.clicked.connect(lambda _=False, sid=s.id: self.remove(
            lambda: iam.remove_statement(self._state, sid), self.tr("remove statement")))
        right_layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return left, arrow, right

    def draft(self, statement_id: str, text: str) -> bool:
        """Keep what is typed in "What I did" (the rewrite itself waits for the button)."""
        current = self._state.get(statement_id)
        if current.status is iam.StatementStatus.REWRITTEN:
            if not text.strip():
                return False  # emptied on the way to new words: the old wording stays
            if text.strip() == current.i_do:
                return False
            label = self.tr("reword statement")
        else:
            if text == current.i_do:
                return False
            label = self.tr("draft rewrite")
        return self.attempt(lambda: iam.draft_rewrite(self._state, statement_id, text), label,
                            redraw=False)

    def _restore_if_empty(self, statement_id: str, edit: _WrappingLine) -> None:
        """A rewritten statement left empty shows its saved wording again."""
        if not edit.text().strip():
            edit.setText(self._state.get(statement_id).i_do)


# -- 4. triggers, needs and alternatives -------------------------------------------------
class _ChecklistButton(QToolButton):
    """A drop-down of check boxes (feelings, needs): compact enough for one form row."""

    def __init__(self, text: str, entries: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._text = text
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.actions_: dict[str, Any] = {}
        for entry_id, label in entries:
            action = self.menu_.addAction(label)
            action.setCheckable(True)
            action.toggled.connect(self._sync)
            self.actions_[entry_id] = action
        self.setMenu(self.menu_)

    def _indicator_room(self) -> int:
        """Width for the drop-down arrow beside the centred words: the styled button left
        it none, so at 14 pt the arrow sat in the last letters ("Behovene bak")."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self) + 4

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        return QSize(hint.width() + self._indicator_room(), hint.height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._indicator_room(), hint.height())

    def chosen(self) -> tuple[str, ...]:
        return tuple(k for k, a in self.actions_.items() if a.isChecked())

    def set_chosen(self, ids: tuple[str, ...]) -> None:
        for key, action in self.actions_.items():
            action.setChecked(key in ids)

    def _sync(self) -> None:
        count = len(self.chosen())
        self.setText(f"{self._text} ({count})" if count else self._text)


class TriggersAlternativesEditor(ExerciseEditor):
    """Situations and feelings → the need behind them → "I'd rather …" and its reward."""

    exercise_id = ta.EXERCISE_ID
    input_fields = ('situation_edit', 'alternative_edit', 'reward_edit')

    def _build(self) -> None:
        self.page.setStyleSheet(CARD_STYLE)
        needs = [(e.id, e.label) for e in self.exercise.catalogue("needs")]
        feelings = [(e.id, e.label) for e in self.exercise.catalogue("feelings")]
        self.body.addWidget(bold(QLabel(self.tr("When does the urge come?"), self.page), 1.1))
        t_row = FlowLayout()
        self.situation_edit = FittedLineEdit(self.page)
        self.situation_edit.setPlaceholderText(self.tr("The situation"))
        self.situation_edit.setAccessibleName(self.tr("Situation"))
        self.feelings_button = _ChecklistButton(self.tr("Feelings"), feelings, self.page)
        self.trigger_needs_button = _ChecklistButton(self.tr("Needs behind it"), needs,
                                                     self.page)
        self.add_trigger_button = QPushButton(self.tr("Add situation"), self.page)
        t_row.addWidget(self.situation_edit, 1)
        t_row.addWidget(self.feelings_button)
        t_row.addWidget(self.trigger_needs_button)
        t_row.addWidget(self.add_trigger_button)
        self.body.addLayout(t_row)
        self.body.addWidget(bold(QLabel(self.exercise.text("alternative_prompt"), self.page), 1.1))
        a_row = FlowLayout()
        self.alternative_edit = FittedLineEdit(self.page)
        self.alternative_edit.setPlaceholderText(self.exercise.text("alternative_prompt"))
        self.alternative_edit.setAccessibleName(self.tr("Alternative"))
        self.reward_edit = FittedLineEdit(self.page)
        self.reward_edit.setPlaceholderText(self.exercise.text("reward_prompt"))
        self.reward_edit.setAccessibleName(self.tr("Reward"))
        self.alt_needs_button = _ChecklistButton(self.tr("Needs it meets"), needs, self.page)
        self.add_alternative_button = QPushButton(self.tr("Add alternative"), self.page)
        # The two prompts on a row of their own, the choice of needs and Add under them: in
        # one row the reward's prompt was cut to "och jag belön…" beside the register.
        a_row.addWidget(self.alternative_edit, 1)
        a_row.addWidget(self.reward_edit, 1)
        self.body.addLayout(a_row)
        a_buttons = FlowLayout()
        a_buttons.addStretch(1)
        a_buttons.addWidget(self.alt_needs_button)
        a_buttons.addWidget(self.add_alternative_button)
        self.body.addLayout(a_buttons)
        self.chains_box = QVBoxLayout()
        self.chains_box.setSpacing(8)
        self.body.addLayout(self.chains_box)
        self.add_trigger_button.clicked.connect(self._add_trigger)
        self.add_alternative_button.clicked.connect(self._add_alternative)

    def add_trigger(self, situation: str, feelings: tuple[str, ...] = (),
                    needs: tuple[str, ...] = ()) -> bool:
        return self.attempt(lambda: ta.add_trigger(self._state, situation, feelings, needs),
                            self.tr("add situation"))

    def add_alternative(self, text: str, reward: str = "", needs: tuple[str, ...] = ()) -> bool:
        return self.attempt(lambda: ta.add_alternative(self._state, text, reward, needs),
                            self.tr("add alternative"))

    def _add_trigger(self) -> None:
        if self.add_trigger(self.situation_edit.text(), self.feelings_button.chosen(),
                            self.trigger_needs_button.chosen()):
            self.situation_edit.clear()
            self.feelings_button.set_chosen(())
            self.trigger_needs_button.set_chosen(())

    def _add_alternative(self) -> None:
        if self.add_alternative(self.alternative_edit.text(), self.reward_edit.text(),
                                self.alt_needs_button.chosen()):
            self.alternative_edit.clear()
            self.reward_edit.clear()
            self.alt_needs_button.set_chosen(())

    def _redraw(self) -> None:
        clear_layout(self.chains_box)
        state = self._state
        by_id = {a.id: a for a in state.alternatives}
        for chain in ta.chains(state):
            box = card(self.page)
            layout = QVBoxLayout(box)
            head = QHBoxLayout()
            feelings = ", ".join(chain["feelings"])
            head.addWidget(bold(wrap(chain["situation"], box)), 1)
            remove = _remove_button(box, self.tr("Remove this situation"))
            remove.clicked.connect(lambda _=False, tid=chain["trigger_id"]: self.remove(
                lambda: ta.remove_trigger(self._state, tid), self.tr("remove situation")))
            head.addWidget(remove)
            layout.addLayout(head)
            if feelings:
                layout.addWidget(muted(wrap(self.tr("Feelings: {list}").format(list=feelings),
                                            box)))
            if not chain["needs"]:
                layout.addWidget(wrap("○ " + self.tr("Which need is behind it? Not named yet."),
                                      box))
            for need in chain["needs"]:
                line = f"→ {need['need']}"
                if need["alternatives"]:
                    rather = "; ".join(
                        a["text"] + (f" ({a['reward']})" if a["reward"] else "")
                        for a in need["alternatives"])
                    label = wrap(f"{line}  →  {self.exercise.text('alternative_prompt')} "
                                 f"{rather}", box)
                else:
                    label = wrap(f"{line}  →  ○ {self.exercise.text('no_alternative')}", box)
                    label.setStyleSheet("color: #7a6520;")
                    label.setObjectName("gapLabel")
                layout.addWidget(label)
            self.chains_box.addWidget(box)
        if state.alternatives:
            self.chains_box.addWidget(bold(QLabel(self.tr("What I would rather do"), self.page)))
        for alt in by_id.values():
            row = QHBoxLayout()
            # The prompt without the dots that stand for the client's words in the empty
            # field: "— and I reward myself by ... Order a nice dinner" read as a gap.
            prompt = self.exercise.text("reward_prompt").rstrip(" .…")
            reward = f" — {prompt} {alt.reward}" if alt.reward else ""
            row.addWidget(wrap(f"• {alt.text}{reward}", self.page), 1)
            remove = _remove_button(self.page, self.tr("Remove this alternative"))
            remove.clicked.connect(lambda _=False, aid=alt.id: self.remove(
                lambda: ta.remove_alternative(self._state, aid), self.tr("remove alternative")))
            row.addWidget(remove)
            self.chains_box.addLayout(row)


# -- 6. coping plan ----------------------------------------------------------------------
class CopingPlanEditor(ExerciseEditor):
    """The card: why, numbered steps in the order he will take them, people to call."""

    exercise_id = cp.EXERCISE_ID
    input_fields = ('strategy_text', 'role_combo', 'reach_edit')

    def _build(self) -> None:
        self.page.setStyleSheet(CARD_STYLE)
        self.strategy_labels = {e.id: e.label for e in self.exercise.catalogue("strategies")}
        self.role_labels = {e.id: e.label for e in self.exercise.catalogue("roles")}
        self.body.addWidget(bold(QLabel(self.exercise.text("reason_title"), self.page)))
        self.reason_edit = QLineEdit(self.page)
        self.reason_edit.setAccessibleName(self.exercise.text("reason_title"))
        self.reason_edit.textEdited.connect(self._on_reason)
        self.body.addWidget(self.reason_edit)
        # Rows that wrap: beside the register at 1024 pixels a choice, a field and a button
        # do not fit on one line.
        s_row = FlowLayout()
        self.strategy_combo = QComboBox(self.page)
        for key, label in self.strategy_labels.items():
            self.strategy_combo.addItem(label, key)
        self.strategy_combo.setAccessibleName(self.tr("Step"))
        self.strategy_text = FittedLineEdit(self.page)
        self.strategy_text.setPlaceholderText(self.tr("In my words (optional)"))
        self.add_step_button = QPushButton(self.tr("Add step"), self.page)
        s_row.addWidget(self.strategy_combo)
        s_row.addWidget(self.strategy_text, 1)
        s_row.addWidget(self.add_step_button)
        self.body.addLayout(s_row)
        c_row = FlowLayout()
        self.role_combo = QComboBox(self.page)
        self.role_combo.setEditable(True)
        # Enter in its line made the typed role a choice without a role id behind it, and
        # *Add person* then said no one was named: a role typed is added by the button.
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, label in self.role_labels.items():
            self.role_combo.addItem(label, key)
        self.role_combo.setAccessibleName(self.tr("Who (a role is enough)"))
        self.reach_edit = FittedLineEdit(self.page)
        self.reach_edit.setPlaceholderText(self.tr("How to reach them (optional)"))
        self.add_contact_button = QPushButton(self.tr("Add person"), self.page)
        c_row.addWidget(self.role_combo)
        c_row.addWidget(self.reach_edit, 1)
        c_row.addWidget(self.add_contact_button)
        self.body.addLayout(c_row)
        self.card_frame = card(self.page, "copingCard")
        self.card_layout = QVBoxLayout(self.card_frame)
        self.card_layout.setContentsMargins(20, 16, 20, 16)
        self.body.addWidget(self.card_frame)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.print_button = QPushButton(self.tr("Print card…"), self.page)
        buttons.addWidget(self.print_button)
        self.body.addLayout(buttons)
        self.add_step_button.clicked.connect(self._add_step)
        self.add_contact_button.clicked.connect(self._add_contact)
        self.print_button.clicked.connect(self.print_card)

    def add_step(self, kind: str, text: str = "") -> bool:
        return self.attempt(lambda: cp.add_strategy(self._state, kind, text), self.tr("add step"))

    def move_step(self, strategy_id: str, new_index: int) -> bool:
        return self.attempt(lambda: cp.move_strategy(self._state, strategy_id, new_index),
                            self.tr("reorder steps"))

    def _add_step(self) -> None:
        if self.add_step(self.strategy_combo.currentData(), self.strategy_text.text()):
            self.strategy_text.clear()

    def _add_contact(self) -> None:
        index = self.role_combo.currentIndex()
        typed = self.role_combo.currentText()
        role = self.role_combo.itemData(index) if index >= 0 and \
            self.role_combo.itemText(index) == typed else typed
        if self.attempt(lambda: cp.add_contact(self._state, role or "", self.reach_edit.text()),
                        self.tr("add person")):
            # Back to the first role and an empty line, as after every add: a role left in
            # the box would be kept as a draft and come back after a lock as if not added.
            set_input_text(self.role_combo, "")
            self.reach_edit.clear()

    def _on_reason(self, text: str) -> None:
        self.attempt(lambda: cp.set_reason(self._state, text), self.tr("edit reason"),
                     redraw=False)
        self._draw_card()

    def _redraw(self) -> None:
        if self.reason_edit.text().strip() != self._state.reason:
            self.reason_edit.setText(self._state.reason)
        self._draw_card()

    def step_titles(self) -> list[str]:
        """The steps as the card shows them, in order."""
        return [s["title"] for s in self.exercise.summary(self._state)["steps"]]

    def _draw_card(self) -> None:
        clear_layout(self.card_layout)
        summary = self.exercise.summary(self._state)
        parent = self.card_frame
        self.card_layout.addWidget(bold(QLabel(summary["title"], parent), 1.35))
        if summary["reason"]:
            reason = wrap(summary["reason"], parent)
            reason.setStyleSheet("font-style: italic;")
            self.card_layout.addWidget(reason)
        if not summary["steps"]:
            self.card_layout.addWidget(muted(wrap(self.tr("No steps yet."), parent)))
        count = len(self._state.strategies)
        for index, (step, strategy) in enumerate(
                zip(summary["steps"], self._state.strategies, strict=True)):
            row = QHBoxLayout()
            number = bold(QLabel(f"{step['number']}.", parent), 1.2)
            number.setFixedWidth(number.fontMetrics().horizontalAdvance("00.") + 4)
            row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
            title = step["title"] + (f" — {step['detail']}" if step["detail"] else "")
            text = wrap(title, parent)
            text.setObjectName("copingStep")
            row.addWidget(text, 1)
            for symbol, tip, target, enabled in (
                ("▲", self.tr("Earlier"), index - 1, index > 0),
                ("▼", self.tr("Later"), index + 1, index < count - 1),
            ):
                button = QToolButton(parent)
                button.setText(symbol)
                button.setToolTip(tip)
                button.setAccessibleName(f"{tip}: {step['title']}")
                button.setAutoRaise(True)
                button.setEnabled(enabled)
                button.clicked.connect(lambda _=False, sid=strategy.id, t=target:
                                       self.move_step(sid, t))
                row.addWidget(button)
            remove = _remove_button(parent, self.tr("Remove this step"))
            remove.clicked.connect(lambda _=False, sid=strategy.id: self.remove(
                lambda: cp.remove_strategy(self._state, sid), self.tr("remove step")))
            row.addWidget(remove)
            self.card_layout.addLayout(row)
        if summary["people"]:
            self.card_layout.addSpacing(8)
            self.card_layout.addWidget(bold(QLabel(self.exercise.text("people_title"), parent)))
        for person, contact in zip(summary["people"], self._state.contacts, strict=True):
            row = QHBoxLayout()
            reach = f" — {person['how_to_reach']}" if person["how_to_reach"] else ""
            row.addWidget(wrap(f"☎ {person['role']}{reach}", parent), 1)
            remove = _remove_button(parent, self.tr("Remove this person"))
            remove.clicked.connect(lambda _=False, cid=contact.id: self.remove(
                lambda: cp.remove_contact(self._state, cid), self.tr("remove person")))
            row.addWidget(remove)
            self.card_layout.addLayout(row)
        for problem in self.exercise.validate(self._state):
            if problem.severity == "warning":
                self.card_layout.addWidget(muted(wrap(problem.message, parent)))

    def card_html(self) -> str:
        """The card as a small HTML page for printing (no client code, no names needed)."""
        from html import escape

        summary = self.exercise.summary(self._state)
        parts = [f"<h2>{escape(summary['title'])}</h2>"]
        if summary["reason"]:
            parts.append(f"<p><i>{escape(summary['reason'])}</i></p>")
        parts.append("<ol>")
        for step in summary["steps"]:
            detail = f" — {escape(step['detail'])}" if step["detail"] else ""
            parts.append(f"<li style='margin-bottom:6px'>{escape(step['title'])}{detail}</li>")
        parts.append("</ol>")
        if summary["people"]:
            parts.append(f"<h3>{escape(self.exercise.text('people_title'))}</h3><ul>")
            for person in summary["people"]:
                reach = f" — {escape(person['how_to_reach'])}" if person["how_to_reach"] else ""
                parts.append(f"<li>{escape(person['role'])}{reach}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def print_card(self) -> None:
        """Print the card at pocket size through the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        # The system's print dialog outlives a lock: the card is not printed after one.
        if not print_accepted(dialog):
            return
        document = QTextDocument()
        document.setHtml(self.card_html())
        document.print_(printer)
        self.printed.emit("coping card")
