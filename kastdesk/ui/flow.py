"""A row of controls that carries on onto the next line when the width runs out.

A QHBoxLayout is as wide as all its controls together: the Exercises tab's session row
(a session, History…, Show to client) and the editors' add rows (a choice, a field, Add)
made the case workspace 700 pixels wide, and at 1024 pixels every tab scrolled sideways
with the case's header buttons behind the scroll bar. A flow row needs only its widest
control; in a wide window it is one row as before, in a narrow one it takes two.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
    QWidgetItem,
)


class ItemsLayout(QLayout):
    """The list of items Qt asks a layout for (count, itemAt, takeAt); a subclass places
    them. Shared by the flow row and the form's choices (kastdesk/ui/forms/choices.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt override
        if not 0 <= index < len(self._items):
            return None
        self._taken(index)
        item = self._items.pop(index)
        self.invalidate()
        return item

    def _taken(self, index: int) -> None:
        """Forget what the subclass keeps beside item ``index`` (it is being taken)."""

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]


class FlowLayout(ItemsLayout):
    """Items left to right at their preferred widths, wrapped onto new lines as needed.

    The room left on a line goes to its items with a stretch (``addWidget(w, 1)``), else to
    those that expand (a line edit, ``addStretch()``); an item wider than the whole line is
    given the line. Heights follow the width (``heightForWidth``), so the layouts above make
    room for a second line.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._stretch: list[int] = []
        if spacing >= 0:
            self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- adding ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._stretch.append(0)
        super().addItem(item)

    def addWidget(self, widget: QWidget, stretch: int = 0,  # type: ignore[override]
                  alignment: Qt.AlignmentFlag | None = None) -> None:
        """``widget`` on the row; a ``stretch`` takes that share of a line's spare room,
        an ``alignment`` places it in its line (centred on the line's height without)."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if alignment is not None:
            item.setAlignment(alignment)
        self._items.append(item)
        self._stretch.append(max(0, stretch))
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:
        """Spare room at this place in its line (pushes what follows to the right)."""
        self._items.append(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Minimum))
        self._stretch.append(max(1, stretch))
        self.invalidate()

    def _taken(self, index: int) -> None:
        del self._stretch[index]

    # -- sizes ----------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def minimumSize(self) -> QSize:  # Qt override
        """The widest single item: everything else can go onto lines of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:  # Qt override
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- arranging ------------------------------------------------------------------------
    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Break the items into lines within ``rect``; place them if ``place``. Returns the
        height all the lines need, margins included."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        room = max(1, area.width())
        gap = self._gap()
        # Each line's entries: (item, width, stretch, the gap before it). A stretch takes no
        # gap of its own, so a line holds what it would without it.
        lines: list[list[tuple[QLayoutItem, int, int, int]]] = [[]]
        used = 0
        for item, stretch in zip(self._items, self._stretch, strict=True):
            spacer = isinstance(item, QSpacerItem)
            if item.isEmpty() and not spacer:
                continue
            width = min(room, max(item.sizeHint().width(), item.minimumSize().width()))
            lead = gap if any(not isinstance(i, QSpacerItem) for i, *_ in lines[-1]) \
                and not spacer else 0
            if lines[-1] and used + lead + width > room:
                if spacer:
                    continue  # a stretch at the start of a line would push nothing
                lines.append([])
                used, lead = 0, 0
            used += lead + width
            lines[-1].append((item, width, stretch, lead))
        y = area.y()
        for line in lines:
            if not line:
                continue
            widths = self._share(line, room)
            heights = [item.heightForWidth(width) if item.hasHeightForWidth()
                       else item.sizeHint().height()
                       for (item, *_), width in zip(line, widths, strict=True)]
            tall = max(heights)
            if place:
                x = area.x()
                for (item, _, _, lead), width in zip(line, widths, strict=True):
                    x += lead
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, tall)))
                    x += width
            y += tall + gap
        height = max(0, y - gap - area.y())
        return height + margins.top() + margins.bottom()

    @staticmethod
    def _share(line: list[tuple[QLayoutItem, int, int, int]], room: int) -> list[int]:
        """The line's widths once its spare room is given out (stretch first, then the
        items that expand), never past an item's maximum width."""
        widths = [width for _, width, _, _ in line]
        spare = room - sum(widths) - sum(lead for *_, lead in line)
        if spare <= 0:
            return widths
        weights = [stretch for _, _, stretch, _ in line]
        if not any(weights):
            weights = [1 if item.expandingDirections() & Qt.Orientation.Horizontal else 0
                       for item, *_ in line]
        total = sum(weights)
        if not total:
            return widths
        for index, (item, width, _, _) in enumerate(line):
            if weights[index]:
                extra = spare * weights[index] // total
                widths[index] = min(width + extra, max(width, item.maximumSize().width()))
        return widths


__all__ = ["FlowLayout", "ItemsLayout"]
