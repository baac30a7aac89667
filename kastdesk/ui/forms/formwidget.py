"""The one generic form widget: renders any form definition from the forms engine.

A clinic revises a form by editing its JSON definition, never this code, so nothing
here knows about intake or self-rating items. Each item type maps to one small editor;
conditions (``show_if``) are evaluated by the engine's ``visible_items`` after every
change, and the engine's ``answers_in_force`` decides which answers count, so the widget
and the report always agree on what is shown, counted and printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDoubleValidator,
    QFocusEvent,
    QFontMetrics,
    QIntValidator,
    QKeyEvent,
    QPalette,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.forms import (
    FORMS_CONTEXT,
    Condition,
    FormDefinition,
    Item,
    ItemType,
    answers_in_force,
    is_empty,
    visible_items,
)
from kastdesk.ui.common import plural, typed_text
from kastdesk.ui.forms.choices import ChoicesLayout, WrapCheckBox, WrapRadioButton

# Short lists read best as radio buttons; longer ones would crowd a laptop screen.
MAX_RADIO_CHOICES = 5
#: A whole date as typed: 2026-02-18, or 20260218.
_DATE_TEXT = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_REFUSED_COLOUR = "#b3261e"


def _muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


def _refusal_label(parent: QWidget) -> QLabel:
    """Where an editor says that what was typed is not taken (hidden until then)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_REFUSED_COLOUR))
    label.setPalette(palette)
    label.hide()
    return label


class ItemEditor(QWidget):
    """Edits one answer; ``changed`` fires on every user edit, never on ``set_value``."""

    changed = Signal()

    def __init__(self, item: Item, translate: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._translate = translate

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def refused(self) -> bool:
        """Whether what is typed now is not taken (out of range): the answer given before
        stays, and the editor says so. Never a silent change of the answer."""
        return False

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(read_only)
            else:
                child.setEnabled(not read_only)


class _ButtonsEditor(ItemEditor):
    """Yes/no, short single choices and ordered scales: one radio button per option."""

    def __init__(
        self, item: Item, translate: Any, parent: QWidget | None = None, row_chars: int = 70
    ) -> None:
        super().__init__(item, translate, parent)
        if item.type is ItemType.YES_NO:
            options: list[tuple[Any, str]] = [(True, self.tr("Yes")), (False, self.tr("No"))]
        else:
            options = [(c.id, translate(c.label)) for c in item.choices]
        self._values = [v for v, _ in options]
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Options side by side only while they are short (``row_chars``) and fit the width
        # the form has now; else one per line, their words wrapped where they must be.
        horizontal = sum(len(text) for _, text in options) <= row_chars
        self.choices = QWidget(self)
        box = ChoicesLayout(self.choices, row=horizontal, column_gap=14)
        for index, (_, text) in enumerate(options):
            button = WrapRadioButton(text, self.choices)
            button.setAccessibleName(f"{translate(item.label)}: {text}")
            self._group.addButton(button, index)
            box.addWidget(button)
        layout.addWidget(self.choices)
        self._clear = QToolButton(self)
        self._clear.setText(self.tr("Clear"))
        self._clear.setToolTip(self.tr("Remove this answer"))
        self._clear.setAutoRaise(True)
        self._clear.clicked.connect(self._on_clear)
        # Its room is kept while it is hidden: choosing an answer must not take width
        # from the options and send a row of them onto lines of their own.
        policy = self._clear.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._clear.setSizePolicy(policy)
        layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self._group.idClicked.connect(self._on_clicked)
        self._sync_clear()

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def _on_clicked(self, _id: int) -> None:
        self._sync_clear()
        self.changed.emit()

    def _on_clear(self) -> None:
        self.set_value(None)
        self.changed.emit()

    def _sync_clear(self) -> None:
        self._clear.setVisible(self._group.checkedId() >= 0)

    def value(self) -> Any:
        index = self._group.checkedId()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        # An exclusive group refuses "nothing checked"; lift it while clearing.
        self._group.setExclusive(False)
        for index, button in enumerate(self._group.buttons()):
            button.setChecked(
                value is not None
                and self._values[index] == value
                and type(self._values[index]) is type(value)
            )
        self._group.setExclusive(True)
        self._sync_clear()


class _Combo(QComboBox):
    """A drop-down as wide as its longest option where there is room, narrower where not.

    Sized to its contents it could not shrink at all: at a 14-point font one long option
    made the form wider than a narrow window, and the whole form scrolled sideways. Its
    list opens as wide as the longest option, whatever the width of the box."""

    #: The least width, in characters, before the chosen option is shortened with "…".
    LEAST_CHARS = 16

    def _longest(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                   default=0)

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("x" * self.LEAST_CHARS)
        return QSize(hint.width() - max(0, self._longest() - least), hint.height())

    def showPopup(self) -> None:  # Qt override
        view = self.view()
        view.setMinimumWidth(self._longest() + 2 * view.frameWidth() + 24)
        super().showPopup()


class _ComboEditor(ItemEditor):
    """Single choice with many options: a drop-down keeps the form short."""

    def __init__(self, item: Item, translate: Any, parent: QWidget | None = None) -> None:
        super().__init__(item, translate, parent)
        self.combo = _Combo(self)
        self.combo.addItem(self.tr("— not answered —"), None)
        for choice in item.choices:
            self.combo.addItem(translate(choice.label), choice.id)
        self.combo.setAccessibleName(translate(item.label))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.activated.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class _MultiEditor(ItemEditor):
    """Multiple choice: check boxes in two columns where they fit (one where not, their
    words wrapped), answer kept in the definition's order."""

    def __init__(self, item: Item, translate: Any, parent: QWidget | None = None) -> None:
        super().__init__(item, translate, parent)
        # Filled down the columns so the reading order matches the tab order.
        self.choices = ChoicesLayout(self, columns=2 if len(item.choices) > 3 else 1)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in item.choices:
            box = WrapCheckBox(translate(choice.label), self)
            box.setAccessibleName(f"{translate(item.label)}: {translate(choice.label)}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.choices.addWidget(box)
            self.boxes[choice.id] = box

    def value(self) -> Any:
        return [cid for cid, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for cid, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(cid in chosen)
            box.blockSignals(False)


class _NumberEditor(ItemEditor):
    """A number that may also be left empty (a spin box cannot be).

    A number outside the form's range is shown as refused, with the range, and is not
    taken: the answer given before stays (it was set to none, and autosave then deleted
    the stored number). Emptying the field is what removes an answer."""

    def __init__(self, item: Item, translate: Any, parent: QWidget | None = None) -> None:
        super().__init__(item, translate, parent)
        self._kept: Any = None
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(translate(item.label))
        self.edit.setMaximumWidth(120)
        low = item.minimum if item.minimum is not None else -1e9
        high = item.maximum if item.maximum is not None else 1e9
        if item.integer:
            validator: QIntValidator | QDoubleValidator = QIntValidator(
                int(low), int(high), self.edit
            )
        else:
            validator = QDoubleValidator(low, high, 2, self.edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(QLocale.c())
        self.edit.setValidator(validator)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.addWidget(self.edit)
        self.range_text = ""
        if item.minimum is not None or item.maximum is not None:
            self.range_text = self.tr("{low} to {high}").format(
                low=f"{low:g}" if item.minimum is not None else "…",
                high=f"{high:g}" if item.maximum is not None else "…",
            )
            layout.addWidget(_muted(QLabel(self.range_text, self)))
        layout.addStretch(1)
        outer.addLayout(layout)
        self.refusal = _refusal_label(self)
        outer.addWidget(self.refusal)
        self._last_text = ""
        self.edit.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        # Keystrokes that extend the text are one run: "21" passes "2" on the way, and a
        # refused "21" goes back to the answer from before the run, not to 2.
        before = self._last_text
        if (not before.strip() or not text.startswith(before)) and not self._refused(before):
            self._kept = self._typed(before)
        self._last_text = text
        self._show_refusal()
        self.changed.emit()

    def _show_refusal(self) -> None:
        if not self.refused():
            self.refusal.hide()
            self.refusal.clear()
            return
        text = self.tr("Not taken: the answer must be {range}.").format(
            range=self.range_text or "…"
        )
        if self._kept is not None:
            text += " " + self.tr("The answer stays {kept}.").format(kept=f"{self._kept:g}")
        self.refusal.setText("! " + text)
        self.refusal.show()

    def _typed(self, text: str | None = None) -> Any:
        text = self.edit.text() if text is None else text
        validator = self.edit.validator()
        if not text.strip() or validator.validate(text, 0)[0] is not QValidator.State.Acceptable:
            return None
        try:
            number = float(text.strip().replace(",", "."))
        except ValueError:
            return None
        return int(number) if self.item.integer or number.is_integer() else number

    def _refused(self, text: str) -> bool:
        return bool(text.strip()) and self._typed(text) is None

    def refused(self) -> bool:
        return self._refused(self.edit.text())

    def value(self) -> Any:
        return self._kept if self.refused() else self._typed()

    def set_value(self, value: Any) -> None:
        self._kept = value
        self.edit.setText("" if value is None else f"{value:g}")
        self._last_text = self.edit.text()
        self._show_refusal()


class _DateLine(QLineEdit):
    """The typed date: Up/Down move a day, Page Up/Down a month, starting from today when
    the field is empty (a date edit's empty value was 1900-01-01: Up gave 1901-01-01)."""

    step = Signal(int, int)  # days, months

    def sizeHint(self) -> QSize:
        # Room for a whole date in the font shown now (the client view's type is large).
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        width = max(
            metrics.horizontalAdvance("0000-00-000"),
            metrics.horizontalAdvance(self.placeholderText() + "0"),
        )
        return QSize(width + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is not None and not self.isReadOnly():
            self.step.emit(*move)
            return
        super().keyPressEvent(event)


class _DateEditor(ItemEditor):
    """A date typed as YYYY-MM-DD (or chosen from a calendar that opens near today); empty
    until a real date is given. A date before 1900, in the future or not a date at all is
    refused with a hint and not taken: the answer given before stays.

    It was a date edit whose lowest date, 1900-01-01, stood for "not answered": typing into
    the "—" was swallowed, Up stored 1901-01-01 and the calendar opened at January 1900."""

    FIRST = QDate(1900, 1, 1)

    def __init__(
        self,
        item: Item,
        translate: Any,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(item, translate, parent)
        self._today = today
        self._kept: str | None = None
        self._last_text = ""
        self.edit = _DateLine(self)
        self.edit.setAccessibleName(translate(item.label))
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Choose the date from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.clicked.connect(self.show_calendar)
        self._calendar: QCalendarWidget | None = None
        clear = QToolButton(self)
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Remove this answer"))
        clear.setAutoRaise(True)
        clear.clicked.connect(self._on_clear)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(clear)
        layout.addStretch(1)
        outer.addLayout(layout)
        self.refusal = _refusal_label(self)
        outer.addWidget(self.refusal)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)
        self.edit.step.connect(self._step)

    # -- reading the text -----------------------------------------------------------
    def _parse(self, text: str) -> QDate | None:
        """The date ``text`` names, if it is a whole date (2026-02-18 or 20260218)."""
        match = _DATE_TEXT.fullmatch(text.strip())
        if match is None:
            return None
        day = QDate(int(match[1]), int(match[2]), int(match[3]))
        return day if day.isValid() else None

    def _in_range(self, day: QDate) -> bool:
        return self.FIRST <= day <= QDate(self._today())

    def _typed(self, text: str) -> str | None:
        day = self._parse(text)
        return day.toString("yyyy-MM-dd") if day is not None and self._in_range(day) else None

    def _refused(self, text: str) -> bool:
        return bool(text.strip()) and self._typed(text) is None

    def refused(self) -> bool:
        return self._refused(self.edit.text())

    def value(self) -> Any:
        return self._kept if self.refused() else self._typed(self.edit.text())

    def set_value(self, value: Any) -> None:
        day = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self._kept = day.toString("yyyy-MM-dd") if day.isValid() else None
        self.edit.setText(self._kept or "")
        self._last_text = self.edit.text()
        self._show_refusal(finished=True)

    # -- editing ----------------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        # As with numbers: the answer from before this run of typing stays until a whole
        # date that can be taken is typed ("2026-0" on the way is no answer).
        before = self._last_text
        if (not before.strip() or not text.startswith(before)) and not self._refused(before):
            self._kept = self._typed(before)
        self._last_text = text
        # Half-typed is not wrong yet: the hint waits for a whole date or the end of typing.
        self._show_refusal(finished=self._parse(text) is not None)
        self.changed.emit()

    def _on_finished(self) -> None:
        typed = self._typed(self.edit.text())
        if typed is not None and typed != self.edit.text():
            self.edit.setText(typed)  # 20260218 reads 2026-02-18
            self._last_text = typed
        self._show_refusal(finished=True)

    def _set_by_user(self, day: QDate) -> None:
        before = self.edit.text()
        if not self._refused(before):
            self._kept = self._typed(before)
        self.edit.setText(day.toString("yyyy-MM-dd"))
        self._last_text = self.edit.text()
        self._show_refusal(finished=True)
        self.changed.emit()

    def _step(self, days: int, months: int) -> None:
        day = self._parse(self.edit.text())
        today = QDate(self._today())
        start = day if day is not None and self._in_range(day) else today
        moved = start.addDays(days).addMonths(months)
        self._set_by_user(min(max(moved, self.FIRST), today))

    def _on_clear(self) -> None:
        self._kept = None
        self.edit.clear()
        self._last_text = ""
        self._show_refusal(finished=True)
        self.changed.emit()

    def _show_refusal(self, finished: bool) -> None:
        if not self.refused():
            self.refusal.hide()
            self.refusal.clear()
            return
        if not finished:
            return
        day = self._parse(self.edit.text())
        if day is None:
            text = self.tr("Not taken: type the date as YYYY-MM-DD, e.g. {example}.").format(
                example=QDate(self._today()).toString("yyyy-MM-dd")
            )
        elif day > QDate(self._today()):
            text = self.tr("Not taken: the date cannot be in the future.")
        else:
            text = self.tr("Not taken: the date cannot be before 1900.")
        if self._kept is not None:
            text += " " + self.tr("The answer stays {kept}.").format(kept=self._kept)
        self.refusal.setText("! " + text)
        self.refusal.show()

    # -- the calendar -----------------------------------------------------------------
    def calendar(self) -> QCalendarWidget:
        """The pop-up calendar (made on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.clicked.connect(self._calendar_chosen)
            calendar.activated.connect(self._calendar_chosen)
            self._calendar = calendar
        return self._calendar

    def show_calendar(self) -> QCalendarWidget:
        """Open the calendar at the typed date, else at today; later dates are refused."""
        calendar = self.calendar()
        today = QDate(self._today())
        calendar.setDateRange(self.FIRST, today)
        day = self._parse(self.edit.text())
        chosen = day if day is not None and self._in_range(day) else today
        calendar.setSelectedDate(chosen)
        calendar.setCurrentPage(chosen.year(), chosen.month())
        calendar.adjustSize()
        calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _calendar_chosen(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._set_by_user(day)
        self.edit.setFocus()


class _TextEditor(ItemEditor):
    """Free text: one line for short answers, a small page for long ones."""

    def __init__(self, item: Item, translate: Any, parent: QWidget | None = None) -> None:
        super().__init__(item, translate, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit: QLineEdit | QPlainTextEdit
        if item.length == "long":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)  # Tab must leave the box: keyboard-only use
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            edit.textChanged.connect(self.changed.emit)
            self.edit = edit
        else:
            line = QLineEdit(self)
            line.textEdited.connect(lambda _t: self.changed.emit())
            self.edit = line
        self.edit.setAccessibleName(translate(item.label))
        layout.addWidget(self.edit)

    def value(self) -> Any:
        text = typed_text(self.edit) if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(value or "")
        else:
            self.edit.setText(value or "")
        self.edit.blockSignals(False)


def make_editor(
    item: Item,
    translate: Any,
    parent: QWidget | None = None,
    row_chars: int = 70,
    today: Callable[[], date] = date.today,
) -> ItemEditor:
    """The editor for one item type; adding a type to the engine means one branch here.

    ``row_chars`` is how many characters of options fit side by side (fewer at the
    client view's large type)."""
    if item.type is ItemType.YES_NO or item.type is ItemType.ORDERED_SCALE:
        return _ButtonsEditor(item, translate, parent, row_chars)
    if item.type is ItemType.SINGLE_CHOICE:
        if len(item.choices) <= MAX_RADIO_CHOICES:
            return _ButtonsEditor(item, translate, parent, row_chars)
        return _ComboEditor(item, translate, parent)
    if item.type is ItemType.MULTI_CHOICE:
        return _MultiEditor(item, translate, parent)
    if item.type is ItemType.NUMBER:
        return _NumberEditor(item, translate, parent)
    if item.type is ItemType.DATE:
        return _DateEditor(item, translate, parent, today)
    return _TextEditor(item, translate, parent)


class _ItemRow(QWidget):
    """A question: its label (with * when required), help text and editor.

    ``left`` fires when the keyboard focus leaves the question for another one.
    """

    left = Signal()

    def __init__(
        self,
        item: Item,
        translate: Any,
        parent: QWidget | None = None,
        row_chars: int = 70,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.item = item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        text = translate(item.label) + (" *" if item.required else "")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        if item.required:
            self.label.setToolTip(self.tr("An answer is required"))
        layout.addWidget(self.label)
        self.missing = _refusal_label(self)  # shown when a required answer is asked for
        self.missing.setText("! " + self.tr("This question needs an answer."))
        layout.addWidget(self.missing)
        if item.help:
            help_label = _muted(QLabel(translate(item.help), self))
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        self.editor = make_editor(item, translate, self, row_chars, today)
        layout.addWidget(self.editor)
        # Under the answer it concerns, in the text's own colour (grey was too faint for
        # the only sign that typed text waits out of sight).
        self.kept_note = QLabel(
            self.tr(
                "A hidden follow-up question holds an answer; "
                "it comes back if you change this answer."
            ),
            self,
        )
        self.kept_note.setWordWrap(True)
        self.kept_note.hide()
        layout.addWidget(self.kept_note)
        for child in self.editor.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)

    def set_missing(self, missing: bool) -> None:
        self.missing.setVisible(missing)

    def set_kept_under(self, questions: list[str]) -> None:
        """Say that this answer hides follow-up ``questions`` (named, quoted) that hold an
        answer; none: say nothing. Without it the therapist could not tell that text was
        waiting under a question a click had hidden."""
        self.kept_note.setVisible(bool(questions))
        self.kept_note.setToolTip(
            self.tr("Hidden questions that hold an answer: {questions}").format(
                questions="; ".join(questions)
            )
            if questions
            else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The keyboard or a click moved on (not a popup, not another window): once focus
        # has settled, say whether it left this question (not one answer for another).
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason()
            not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        ):
            QTimer.singleShot(0, self._check_left)
        return super().eventFilter(watched, event)

    def _check_left(self) -> None:
        if not shiboken6.isValid(self):
            return  # the form was closed meanwhile
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.left.emit()


#: Indicator side in client mode, in lines of the app's text (the view's text is 1.55 times).
CLIENT_INDICATOR = 1.5


class FormWidget(QWidget):
    """Renders one version of one form and edits its answers.

    ``answer_changed(item_id)`` fires after each user edit, once visibility has been
    recomputed. ``answers()`` returns the answers in force (to shown items): what counts
    and is scored. ``kept_answers()`` adds those set aside under a question an earlier
    answer hides now, for a form saved as it is typed (the intake): changing the earlier
    answer back brings the text back, also after a lock, instead of losing it.
    """

    answer_changed = Signal(str)

    def __init__(
        self,
        definition: FormDefinition,
        variant: str | None = None,
        parent: QWidget | None = None,
        *,
        client_mode: bool = False,
        today: Callable[[], date] = date.today,
        welcome: str = "",
    ) -> None:
        """``client_mode`` is for the laptop turned to the client: the form's notes for
        therapists (its description, version remarks) are left out, ``welcome`` (a line
        for the client: what this is, who reads it) stands first instead, the round and
        square answer buttons are larger, and the page never scrolls sideways, however
        large the type. The running count of required questions left is not shown there:
        the view says it once, beside its "I am done" button. ``today`` bounds date
        answers (none in the future) and is where their calendar opens."""
        super().__init__(parent)
        self.client_mode = client_mode
        self.definition = definition
        self.variant = variant or definition.variants[0]
        self._context = FORMS_CONTEXT  # the same context as the core (compare, report)
        self._answers: dict[str, Any] = {}
        self._rows: dict[str, _ItemRow] = {}
        self._sections: dict[str, QWidget] = {}
        self._read_only = False
        self._mark_missing = False
        #: Required questions the user went past without an answer: marked at once, as a
        #: careful form does; the others only after an attempt to finish (``mark_missing``).
        self._left_empty: set[str] = set()
        self._name_missing = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = _muted(QLabel(self))
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(16, 4, 16, 4)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own (it showed no focus, between the tab bar and the first
        # question); the answers inside keep theirs, and it scrolls to the one Tab reaches.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if client_mode:
            self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Answer targets to hit on a touchpad: the indicators stayed about 12 pixels
            # beside text half as large again. As large as a line of the client's text.
            side = round(QFontMetrics(QApplication.font()).height() * CLIENT_INDICATOR)
            self.setStyleSheet(
                "QRadioButton::indicator, QCheckBox::indicator "
                f"{{ width: {side}px; height: {side}px; }}"
            )
            self.summary.hide()
        page = QWidget()
        page_layout = QHBoxLayout(page)
        page_layout.setContentsMargins(16, 8, 16, 16)
        column = QWidget(page)
        column.setMaximumWidth(820)  # long lines are hard to read; keep a calm column
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        page_layout.addWidget(column, 1)
        page_layout.addStretch(0)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.welcome = QLabel(welcome, column)
        self.welcome.setWordWrap(True)
        self.welcome.setVisible(bool(welcome) and client_mode)
        layout.addWidget(self.welcome)
        if definition.description and not client_mode:
            description = _muted(QLabel(self.tr_data(definition.description), column))
            description.setWordWrap(True)
            layout.addWidget(description)
        legend = _muted(QLabel(self.tr("Questions marked * need an answer."), column))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        for section in definition.sections:
            items = [
                definition.items[i]
                for i in section.item_ids
                if definition.items[i].in_variant(self.variant)
            ]
            if not items:
                continue
            box = QWidget(column)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 14, 0, 0)
            box_layout.setSpacing(0)
            title = QLabel(self.tr_data(section.title), box)
            font = title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            title.setFont(font)
            title.setWordWrap(True)  # a long title in large type goes onto a second line
            box_layout.addWidget(title)
            rule = QFrame(box)
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setFrameShadow(QFrame.Shadow.Sunken)
            box_layout.addWidget(rule)
            if section.help:
                help_label = _muted(QLabel(self.tr_data(section.help), box))
                help_label.setWordWrap(True)
                box_layout.addWidget(help_label)
            for item in items:
                row = _ItemRow(item, self.tr_data, box, 36 if client_mode else 70, today)
                row.editor.changed.connect(lambda item_id=item.id: self._on_changed(item_id))
                row.left.connect(lambda item_id=item.id: self._on_left(item_id))
                box_layout.addWidget(row)
                self._rows[item.id] = row
            layout.addWidget(box)
            self._sections[section.id] = box
        layout.addStretch(1)
        self._scroll.setWidget(page)
        outer.addWidget(self._scroll)
        outer.addWidget(self.summary)
        self._update_visibility()

    def tr_data(self, text: str) -> str:
        # Form texts are data; a catalogue may still translate them per form.
        return QCoreApplication.translate(self._context, text)

    # -- answers ------------------------------------------------------------------
    def _on_changed(self, item_id: str) -> None:
        editor = self._rows[item_id].editor
        value = editor.value()  # refused: the answer given before, and the editor says so
        if editor.refused() and value == self._answers.get(item_id):
            return
        if is_empty(value):
            self._answers.pop(item_id, None)
        else:
            self._answers[item_id] = value
        self._update_visibility()
        self.answer_changed.emit(item_id)

    def _on_left(self, item_id: str) -> None:
        if self._read_only or item_id in self._left_empty:
            return
        if self.definition.items[item_id].required and is_empty(self._answers.get(item_id)):
            self._left_empty.add(item_id)
            self._update_visibility()

    def answers(self) -> dict[str, Any]:
        """Answers in force (to the items now shown), empty ones left out: what counts as
        answered and is scored, decided by the engine as for the report."""
        return answers_in_force(self.definition, self._answers, self.variant)

    def kept_answers(self) -> dict[str, Any]:
        """Every answer typed, also those to questions hidden now by an earlier answer.

        For saving a form that is saved while it is typed: a mis-click that hides a
        follow-up question must not delete what was written in it. The engine keeps such
        answers out of force (not shown, counted, scored or printed) until the earlier
        answer shows the question again, and then the text simply reappears.
        """
        return {k: v for k, v in self._answers.items() if not is_empty(v)}

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Fill the editors (no ``answer_changed``): loading is not editing."""
        self._answers = {k: v for k, v in answers.items() if k in self._rows and not is_empty(v)}
        self._left_empty.clear()  # another form's answers: nothing was passed by yet
        for item_id, row in self._rows.items():
            row.editor.blockSignals(True)
            row.editor.set_value(self._answers.get(item_id))
            row.editor.blockSignals(False)
        self._update_visibility()

    def set_answer(self, item_id: str, value: Any) -> None:
        """Set one answer as if the user had given it (emits ``answer_changed``)."""
        self._rows[item_id].editor.set_value(value)
        self._on_changed(item_id)

    def clear(self) -> None:
        """Drop every answer from the widgets (before a lock)."""
        self.set_answers({})

    # -- shown items --------------------------------------------------------------
    def visible_item_ids(self) -> list[str]:
        return visible_items(self.definition, self._answers, self.variant)

    def is_item_visible(self, item_id: str) -> bool:
        return not self._rows[item_id].isHidden() and not self._section_of(item_id).isHidden()

    def _section_of(self, item_id: str) -> QWidget:
        return self._sections[self.definition.items[item_id].section_id]

    def missing_required(self) -> list[str]:
        """Required items shown but not answered yet, in form order."""
        answers = self.answers()
        return [
            i
            for i in self.visible_item_ids()
            if self.definition.items[i].required and i not in answers
        ]

    def _update_visibility(self) -> None:
        shown = set(self.visible_item_ids())
        for item_id, row in self._rows.items():
            row.setHidden(item_id not in shown)
        for section_id, box in self._sections.items():
            ids = self.definition.section(section_id).item_ids
            box.setHidden(not any(i in shown for i in ids))
        kept_under = {} if self._read_only else self.kept_under(shown)
        for item_id, row in self._rows.items():
            row.set_kept_under(
                [
                    self.quoted(self.tr_data(self.definition.items[i].label))
                    for i in kept_under.get(item_id, [])
                ]
            )
        missing_ids = self.missing_required()
        for item_id, row in self._rows.items():
            row.set_missing(
                item_id in missing_ids and (self._mark_missing or item_id in self._left_empty)
            )
        missing = len(missing_ids)
        if missing:
            text = plural(
                self.tr("%n required question(s) not answered yet.", "", missing), missing
            )
            if self._mark_missing or self._name_missing:  # which ones, by their questions
                text += " " + "; ".join(
                    self.quoted(self.tr_data(self.definition.items[i].label)) for i in missing_ids
                )
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("All required questions are answered."))

    def kept_under(self, shown: set[str] | None = None) -> dict[str, list[str]]:
        """Each shown question whose answer hides follow-up questions holding an answer
        (``kept_answers`` not in force), with those questions in form order.

        A follow-up hidden behind another hidden one (the intake's purchases section
        behind "Have you ever paid for sex?") is put down to the shown question at the
        top of the chain: that is the answer to change."""
        shown = set(self.visible_item_ids()) if shown is None else shown
        found: dict[str, list[str]] = {}
        for item_id in self.definition.item_order:
            if item_id in shown or item_id not in self._rows:
                continue
            if is_empty(self._answers.get(item_id)):
                continue
            for control in self._hidden_by(item_id, shown, set()):
                found.setdefault(control, []).append(item_id)
        return found

    def _hidden_by(self, item_id: str, shown: set[str], seen: set[str]) -> list[str]:
        """The shown questions whose answers keep ``item_id`` hidden: those the failing
        condition looks at (its own, its section's or both), through hidden ones between."""
        found: list[str] = []
        for condition in self._failing_conditions(item_id):
            for ref in condition.referenced_items():
                if ref in seen or ref not in self._rows:
                    continue
                seen.add(ref)
                if ref in shown:
                    found.append(ref)
                else:
                    found.extend(self._hidden_by(ref, shown, seen))
        return found

    def _failing_conditions(self, item_id: str) -> list[Condition]:
        """Which of ``item_id``'s conditions hide it now: its section's, its own or both.

        The engine is asked what shows with the other condition lifted, rather than the
        widget judging conditions itself: a question under "Have you ever paid for sex?"
        is hidden by that answer, not by its own condition that would hold."""
        item = self.definition.items[item_id]
        section = self.definition.section(item.section_id)
        if section.show_if is None or item.show_if is None:
            return [c for c in (section.show_if, item.show_if) if c is not None]
        lifted_own = replace(
            self.definition, items={**self.definition.items, item_id: replace(item, show_if=None)}
        )
        lifted_section = replace(
            self.definition,
            sections=tuple(
                replace(s, show_if=None) if s.id == section.id else s
                for s in self.definition.sections
            ),
        )
        failing = [
            condition
            for condition, lifted in ((section.show_if, lifted_own), (item.show_if, lifted_section))
            if item_id not in visible_items(lifted, self._answers, self.variant)
        ]
        return failing or [section.show_if, item.show_if]

    def quoted(self, question: str) -> str:
        """A question named in a sentence, in the language's quotation marks: ”…” in
        Swedish, «…» in Norwegian (English “…” was written on every screen)."""
        return self.tr("“{question}”", "a question named in a sentence").format(question=question)

    def mark_missing(self, on: bool = True) -> None:
        """After an attempt to finish: mark each required question shown but not
        answered, and name them below the form; kept up to date as answers are given."""
        self._mark_missing = on
        self._update_visibility()

    def marks_missing(self) -> bool:
        """Whether an attempt to finish marked the required questions left (``mark_missing``)."""
        return self._mark_missing

    def name_missing(self, on: bool = True) -> None:
        """Name the required questions not answered below the form, without marking them
        as errors: a paper form typed in may keep its gaps, and nothing was tried yet
        when it opens. A question passed by without an answer is marked all the same."""
        self._name_missing = on
        self._update_visibility()

    def show_item(self, item_id: str) -> None:
        """Scroll ``item_id``'s question into view and put the keyboard on its answer."""
        row = self._rows[item_id]
        # Marks just shown move the rows: lay the page out first, then scroll.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        page = self._scroll.widget()
        top = row.mapTo(page, QPoint(0, 0)).y()
        self._scroll.verticalScrollBar().setValue(max(0, top - 24))  # the question on top
        target = next(
            (
                w
                for w in row.editor.findChildren(QWidget)
                if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()
            ),
            None,
        )
        (target or row.editor).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- access for the workspace and tests ------------------------------------------
    def scroll_area(self) -> QScrollArea:
        """The scroll area the questions are in (its page never wider than its view)."""
        return self._scroll

    def editor(self, item_id: str) -> ItemEditor:
        return self._rows[item_id].editor

    def row(self, item_id: str) -> QWidget:
        return self._rows[item_id]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._rows.values():
            row.editor.set_read_only(read_only)
        self._update_visibility()  # no "change this answer" where nothing can be changed

    def is_read_only(self) -> bool:
        return self._read_only
