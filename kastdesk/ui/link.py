"""A flat button that reads as a link and wraps its words onto more lines where it is narrow.

A QPushButton draws its text on one line: "Forgot your passphrase? Use the recovery key…"
was cut at the unlock card's edge in Swedish and at a 14-point font, and the restore
dialog's "Passphrase changed or forgotten? Use the recovery key…" in Norwegian. This one
is still a button (Tab reaches it, Space presses it, a screen reader says "button").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

_PAD_X, _PAD_Y = 3, 2  # room for the focus frame around the words
_FLAGS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
          | Qt.TextFlag.TextWordWrap)


class LinkButton(QPushButton):
    """A ``linkButton`` (the house style's underlined accent text) whose text wraps.

    It is as tall as its words need at its width, found from its height-for-width and
    kept as its minimum height, so a layout that does not ask for height-for-width (a card
    under the main window) still gives it its second line.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("linkButton")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._fitting = False

    # -- sizes ----------------------------------------------------------------------------
    def _chrome(self) -> QSize:
        """The room around the words: the style's margins and the focus frame."""
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right() + 2 * _PAD_X,
                     margins.top() + margins.bottom() + 2 * _PAD_Y)

    def _words_rect(self, width: int) -> QRect:
        room = max(1, width - self._chrome().width())
        return self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), _FLAGS, self.text())

    def sizeHint(self) -> QSize:  # Qt override
        """All the words on one line."""
        chrome = self._chrome()
        line = self.fontMetrics().boundingRect(QRect(0, 0, 100_000, 1000),
                                               Qt.AlignmentFlag.AlignLeft, self.text())
        return QSize(line.width() + chrome.width() + 1, line.height() + chrome.height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        """As narrow as its longest word; the height is one line's, as a wrapped label's
        (the height at a width is ``heightForWidth``: a form row took the height of one
        word a line as its least, and stood four lines tall under a one-line link)."""
        metrics = self.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(word + self._chrome().width() + 1, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._words_rect(width).height() + self._chrome().height()

    def setText(self, text: str) -> None:  # Qt override (Python callers)
        super().setText(text)
        self.updateGeometry()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        if self._fitting or self.width() <= 0:
            return
        self._fitting = True
        try:
            height = self.heightForWidth(self.width())
            if height != self.minimumHeight():
                self.setMinimumHeight(height)
        finally:
            self._fitting = False

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, _event: QEvent) -> None:  # Qt override
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the frame (none in the house style) without the one-line text
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        words = self.contentsRect().adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        group = (QPalette.ColorGroup.Active if self.isEnabled()
                 else QPalette.ColorGroup.Disabled)
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        painter.setFont(self.font())
        painter.drawText(words, _FLAGS, self.text())
        if self.hasFocus():  # the style draws no focus frame around a borderless button
            painter.setPen(QPen(painter.pen().color(), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


__all__ = ["LinkButton"]
