"""Choices that fit their width: check boxes and radio buttons whose words wrap, laid out
in columns or a row only while those fit, else one under the other.

A QCheckBox draws its text on one line, and the form's multi-choice questions stood in a
grid of two columns as wide as their longest answers: at a 14-point font in a 520-pixel
intake tab the form was 850 pixels wide, scrolled sideways inside itself and cut every
wrapped text at the right (in Swedish the intro after "Svaren"), the right column of
choices off screen. Radio buttons stood side by side by a count of characters, however
large the type. Here the number of columns follows the width the form has now, and is
worked out again on every resize; a wide window keeps its two columns.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QLayoutItem,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
    QWidgetItem,
)

from kastdesk.ui.flow import ItemsLayout

_BIG = 100_000


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` in ``font`` (at word boundaries
    where it can, inside a word only where one word alone is wider)."""
    if not text:
        return [""]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        start = line.textStart()
        lines.append(text[start : start + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [text]


class _WrapMixin:
    """A check box or radio button whose words wrap onto more lines where it is narrow.

    It stays the real button (Tab, Space, a screen reader's "check box", ``text()``); only
    the drawing breaks the text into lines for the width it was given. Its preferred size
    is the text on one line, its least width its longest word, its height follows its
    width (``heightForWidth``)."""

    _content: QStyle.ContentsType
    _click_rect: QStyle.SubElement
    _indicator: QStyle.SubElement
    _contents: QStyle.SubElement
    _focus: QStyle.SubElement
    _primitive: QStyle.PrimitiveElement
    _label: QStyle.ControlElement

    def _setup(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # type: ignore[attr-defined]

    # -- measuring ------------------------------------------------------------------------
    def _metrics(self) -> QFontMetrics:
        return self.fontMetrics()  # type: ignore[attr-defined,no-any-return]

    def _option(self, text: str) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        option.text = text
        return option

    def _outer(self, text_size: QSize, text: str) -> QSize:
        """The whole button's size around a text block of ``text_size``."""
        style: QStyle = self.style()  # type: ignore[attr-defined]
        return style.sizeFromContents(self._content, self._option(text), text_size, self)  # type: ignore[arg-type]

    def _chrome_width(self) -> int:
        """What the indicator and the gap beside it take of the button's width."""
        return self._outer(QSize(0, self._metrics().height()), "x").width()

    def _lines(self, width: int) -> list[str]:
        text: str = self.text()  # type: ignore[attr-defined]
        return wrapped_lines(text, self.font(), width - self._chrome_width())  # type: ignore[attr-defined]

    def _block(self, lines: list[str]) -> QSize:
        metrics = self._metrics()
        joined = "\n".join(lines)
        rect = metrics.boundingRect(
            QRect(0, 0, _BIG, _BIG), Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignLeft,
            joined,
        )
        return rect.size()

    def sizeHint(self) -> QSize:  # Qt override
        """The text on one line (as a plain check box)."""
        text: str = self.text()  # type: ignore[attr-defined]
        return self._outer(self._block([text]), text)

    def minimumSizeHint(self) -> QSize:  # Qt override
        """As narrow as the longest word; one line high (the rest is height-for-width)."""
        text: str = self.text()  # type: ignore[attr-defined]
        metrics = self._metrics()
        word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        hint = self.sizeHint()
        return QSize(min(hint.width(), word + self._chrome_width() + 1), hint.height())

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        lines = self._lines(width)
        return self._outer(self._block(lines), "\n".join(lines)).height()

    # -- using ----------------------------------------------------------------------------
    def _shown_option(self) -> QStyleOptionButton:
        """The style's option with the text broken into lines for the width now."""
        return self._option("\n".join(self._lines(self.width())))  # type: ignore[attr-defined]

    def hitButton(self, pos: QPoint) -> bool:  # Qt override
        """The indicator and the words, all their lines (the style's click area for the
        text on one line missed the lines below the first)."""
        style: QStyle = self.style()  # type: ignore[attr-defined]
        rect = style.subElementRect(self._click_rect, self._shown_option(), self)  # type: ignore[arg-type]
        return rect.contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        """As the style draws a check box (indicator, words, focus frame), with the
        indicator beside the first line of wrapped words rather than halfway down them."""
        style: QStyle = self.style()  # type: ignore[attr-defined]
        option = self._shown_option()
        painter = QStylePainter(self)  # type: ignore[arg-type]
        part = QStyleOptionButton(option)
        part.rect = style.subElementRect(self._indicator, option, self)  # type: ignore[arg-type]
        contents = style.subElementRect(self._contents, option, self)  # type: ignore[arg-type]
        lines = option.text.count("\n") + 1
        if lines > 1:
            metrics = self._metrics()
            block = self._block(option.text.split("\n")).height()
            first = contents.top() + (contents.height() - block) // 2 + metrics.height() // 2
            part.rect.moveTop(first - part.rect.height() // 2)
        painter.drawPrimitive(self._primitive, part)
        part.rect = contents
        painter.drawControl(self._label, part)
        if option.state & QStyle.StateFlag.State_HasFocus:
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)  # type: ignore[arg-type]
            frame.rect = style.subElementRect(self._focus, option, self)  # type: ignore[arg-type]
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)


class WrapCheckBox(_WrapMixin, QCheckBox):
    """A check box whose words wrap where it is narrow."""

    _content = QStyle.ContentsType.CT_CheckBox
    _click_rect = QStyle.SubElement.SE_CheckBoxClickRect
    _indicator = QStyle.SubElement.SE_CheckBoxIndicator
    _contents = QStyle.SubElement.SE_CheckBoxContents
    _focus = QStyle.SubElement.SE_CheckBoxFocusRect
    _primitive = QStyle.PrimitiveElement.PE_IndicatorCheckBox
    _label = QStyle.ControlElement.CE_CheckBoxLabel

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrapRadioButton(_WrapMixin, QRadioButton):
    """A radio button whose words wrap where it is narrow."""

    _content = QStyle.ContentsType.CT_RadioButton
    _click_rect = QStyle.SubElement.SE_RadioButtonClickRect
    _indicator = QStyle.SubElement.SE_RadioButtonIndicator
    _contents = QStyle.SubElement.SE_RadioButtonContents
    _focus = QStyle.SubElement.SE_RadioButtonFocusRect
    _primitive = QStyle.PrimitiveElement.PE_IndicatorRadioButton
    _label = QStyle.ControlElement.CE_RadioButtonLabel

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class ChoicesLayout(ItemsLayout):
    """Choices in as many columns as fit, filled down the columns so that the reading
    order is the Tab order; one column when no more fit.

    ``columns`` is the most columns wanted (a multiple choice: two when it has more than
    three options); ``row`` puts every choice side by side when they fit on one line (a
    short scale or yes/no), else one under the other. Each column is as wide as its widest
    choice, as a grid's was; a choice wider than the whole width wraps its words.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        row: bool = False,
        column_gap: int = 18,
        line_gap: int = 2,
    ) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self._row = row
        self._column_gap = column_gap
        self._line_gap = line_gap
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # -- items ----------------------------------------------------------------------------
    def addWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def invalidate(self) -> None:  # Qt override
        self._heights.clear()
        super().invalidate()

    # -- sizes ----------------------------------------------------------------------------
    def most_columns(self) -> int:
        """The most columns this layout puts its choices in, room permitting."""
        return len(self._shown()) if self._row else self._columns

    def _split(self, shown: list[QLayoutItem], columns: int) -> list[list[QLayoutItem]]:
        rows = -(-len(shown) // columns)
        return [shown[i : i + rows] for i in range(0, len(shown), rows)]

    def _widths(self, split: list[list[QLayoutItem]]) -> list[int]:
        return [max(item.sizeHint().width() for item in column) for column in split]

    def columns_for(self, width: int) -> int:
        """How many columns the choices take at ``width`` (margins included)."""
        shown = self._shown()
        if not shown:
            return 1
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        most = min(self.most_columns(), len(shown))
        # A row is all the choices side by side or none: a scale broken into a grid of
        # two lines would read in the wrong order.
        for columns in [most] if self._row else range(most, 1, -1):
            if columns < 2:
                break
            split = self._split(shown, columns)
            if sum(self._widths(split)) + self._column_gap * (len(split) - 1) <= room:
                return len(split)
        return 1

    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return self._heights[width]

    def minimumSize(self) -> QSize:  # Qt override
        """The widest choice's least width (its longest word): all fit one under the
        other, each wrapped."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # Qt override
        """As many columns as wanted, each as wide as its widest choice."""
        shown = self._shown()
        margins = self.contentsMargins()
        extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        if not shown:
            return extra
        split = self._split(shown, min(self.most_columns(), len(shown)))
        width = sum(self._widths(split)) + self._column_gap * (len(split) - 1)
        height = max(
            sum(item.sizeHint().height() for item in column)
            + self._line_gap * (len(column) - 1)
            for column in split
        )
        return QSize(width, height) + extra

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Put the choices in the columns that fit ``rect``'s width; place them if
        ``place``. Returns the height they take, margins included."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        shown = self._shown()
        if not shown:
            return margins.top() + margins.bottom()
        split = self._split(shown, self.columns_for(rect.width()))
        widths = [max(1, area.width())] if len(split) == 1 else self._widths(split)
        tallest = 0
        x = area.x()
        for column, width in zip(split, widths, strict=True):
            y = area.y()
            for item in column:
                # As wide as the choice would like, never past the column.
                wide = min(width, max(item.sizeHint().width(), item.minimumSize().width()))
                high = (
                    item.heightForWidth(wide)
                    if item.hasHeightForWidth()
                    else item.sizeHint().height()
                )
                if place:
                    item.setGeometry(QRect(x, y, wide, high))
                y += high + self._line_gap
            tallest = max(tallest, y - self._line_gap - area.y())
            x += width + self._column_gap
        return tallest + margins.top() + margins.bottom()


__all__ = ["ChoicesLayout", "WrapCheckBox", "WrapRadioButton", "wrapped_lines"]
