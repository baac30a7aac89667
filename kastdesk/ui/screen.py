"""Window sizes that fit the screen a window opens on.

A clinic laptop at 125 % scaling is 1093×614 logical pixels, about 574 of them above the
taskbar. Windows given a fixed size for a 1366×768 screen (the audit log's 1120×620, the
main window's 1366×768, the first-run form's 720×540) opened there with Close, Export or
"Create vault" behind the taskbar or past the screen's edge. Every window that asks for a
size asks here: it gets that size, or as much of it as its screen leaves room for, and a
dialog whose contents can be taller than that puts them in a :class:`ScrollingBody` so its
buttons stay on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: What a window manager adds around a window's contents, in logical pixels: a title bar
#: (about 31 on Windows 10 and 11 at any scaling) and a frame. The frame is not known before
#: the window is shown, so this much is kept free of the screen's available area.
FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen ``widget`` will appear on that the taskbar leaves free.

    A dialog opens over its parent's window, so that window's screen; a window of its own
    on the screen Qt gives it (the primary one until it is shown). An empty QRect when
    there is no screen at all.
    """
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def room_in(area: QRect) -> QSize:
    """The most a window's contents may take in ``area``: the area less :data:`FRAME`."""
    return QSize(max(0, area.width() - FRAME.width()), max(0, area.height() - FRAME.height()))


def fitted_size(preferred: QSize, area: QRect) -> QSize:
    """``preferred``, or as much of it as ``area`` has room for (unchanged with no area)."""
    if area.isEmpty():
        return QSize(preferred)
    return preferred.boundedTo(room_in(area))


def size_to_screen(window: QWidget, width: int, height: int, *, area: QRect | None = None,
                   maximize: bool = False) -> QSize:
    """Resize ``window`` to ``width``×``height`` within the room its screen has.

    ``area`` is the screen's available geometry (:func:`available_area` of the window when
    not given). A window of its own (no parent to open over) is also centred in the area,
    its title bar at the top at the lowest: a window manager's default place could put its
    bottom past the taskbar though its size fits. ``maximize``: a window that does not get
    its whole preferred size opens maximized (the main window), its normal size the one
    that fits. Returns the size given.
    """
    area = available_area(window) if area is None else area
    preferred = QSize(width, height)
    size = fitted_size(preferred, area)
    window.resize(size)
    if window.parentWidget() is None and not area.isEmpty():
        window.move(_centred(area, window.size()))
    if maximize and size != preferred:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return size


def _centred(area: QRect, size: QSize) -> QPoint:
    """Where a window's frame goes for contents of ``size`` to sit in the middle of
    ``area``, never above or left of it."""
    x = area.x() + max(0, (area.width() - size.width() - FRAME.width()) // 2)
    y = area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2)
    return QPoint(x, y)


def keep_inside(window: QWidget, area: QRect | None = None) -> None:
    """Move ``window`` (its contents and :data:`FRAME`) inside ``area`` where it sticks out."""
    area = available_area(window) if area is None else area
    if area.isEmpty():
        return
    frame = window.frameGeometry()
    # A window not yet shown has no frame: count the one it will get.
    width = max(frame.width(), window.width() + FRAME.width())
    height = max(frame.height(), window.height() + FRAME.height())
    x = min(max(frame.x(), area.x()), max(area.x(), area.x() + area.width() - width))
    y = min(max(frame.y(), area.y()), max(area.y(), area.y() + area.height() - height))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _FocusRing(QWidget):
    """The line round a :class:`ScrollingBody` that has the keyboard's focus (it has no
    frame of its own to show it): drawn over the body and its scroll bar, letting the
    mouse through."""

    def __init__(self, body: QWidget) -> None:
        super().__init__(body)
        self.setObjectName("scrollingBodyFocus")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        pen = QPen(QColor(self.palette().color(QPalette.ColorRole.Highlight)))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class ScrollingBody(QScrollArea):
    """A dialog's contents, scrolling up and down when the screen is too short for them.

    The dialog's buttons go below it, outside it: at a large font on a small screen the
    contents scroll and Cancel and OK stay on the screen. Where there is room it asks for
    the whole height its contents need at its width, so it shows no scroll bar; it never
    scrolls sideways (its contents are as narrow as they can be).

    The contents are laid out as wide with the scroll bar as without: while the bar is
    away they keep its width free on the right (``_keep_clear_of_the_bar``). Qt shows the
    bar a step before it lays the contents out again for the narrower viewport (the bar's
    show and hide are queued), so a dialog was painted with its lines running on under
    the bar, cut at its edge, and then rewrapped them one line shorter.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ring = _FocusRing(self)
        self.setObjectName("scrollingBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The dialog's own background shows through, as if there were no scroll area.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self._margins = content.contentsMargins()  # the contents' own, before the bar's
        self._clear = 0  # the room kept free for the bar now
        self._keeping = False  # setting that room now (its own resize is no new cause)
        self.setWidget(content)
        content.installEventFilter(self)
        self._width = -1
        self._keep_clear_of_the_bar()
        # A Tab stop only while something is out of sight, so the keyboard can scroll to
        # it; every dialog with a body stopped on it, the whole body, with nothing drawn to
        # say where the focus had gone. While it is a stop, a ring shows it has the focus.
        self.verticalScrollBar().rangeChanged.connect(self._tab_stop_while_scrolling)
        self._tab_stop_while_scrolling()

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _tab_stop_while_scrolling(self, *_range: int) -> None:
        scrolls = self.verticalScrollBar().maximum() > 0
        # Tab only: a click on the body's blank space gives it no ring.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if scrolls else Qt.FocusPolicy.NoFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusInEvent(event)
        self._ring.setGeometry(self.rect())
        self._ring.raise_()
        self._ring.show()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusOutEvent(event)
        self._ring.hide()

    def _keep_clear_of_the_bar(self) -> None:
        """Keep the scroll bar's width free right of the contents while they are as wide
        as the whole body (no bar), none once the bar has narrowed them: laid out for the
        same width either way. Decided by the contents' own width, not the bar's
        visibility, which changes before the contents are resized."""
        content = self.widget()
        if content is None or self._keeping:
            return
        bar = self._bar_width()
        clear = bar if content.width() > self.contentsRect().width() - bar else 0
        if clear != self._clear:
            self._clear = clear
            m = self._margins
            # Not again from the resize the new margins cause: contents whose minimum width
            # sits at the bar's edge (the ending dialog with sessions still booked) flipped
            # the room on and off in nested resizes until Python's stack ran out (a crash).
            self._keeping = True
            try:
                content.setContentsMargins(m.left(), m.top(), m.right() + clear, m.bottom())
            finally:
                self._keeping = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            self._keep_clear_of_the_bar()
        return super().eventFilter(watched, event)

    def needed_height(self, width: int | None = None) -> int:
        """The height the contents need at ``width`` (the viewport's), so nothing scrolls."""
        content = self.widget()
        if content is None:
            return 0
        width = self.viewport().width() if width is None else width
        need = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        least = max(content.minimumSizeHint().height(), content.minimumHeight())
        return max(need if need > 0 else content.sizeHint().height(), least)

    def sizeHint(self) -> QSize:  # Qt override
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return QSize(content.sizeHint().width(), self.needed_height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        # As narrow as the contents go (it never scrolls sideways), a few lines tall: the
        # rest scrolls.
        # The bar's own width once, whether the contents keep it free now or not.
        scroll_bar = self._bar_width()
        least = max(content.minimumSizeHint().width() - self._clear, content.minimumWidth())
        width = least + scroll_bar
        lines = self.fontMetrics().lineSpacing() * 4
        return QSize(width, min(lines, self.needed_height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._ring.setGeometry(self.rect())
        self._keep_clear_of_the_bar()
        if self.viewport().width() != self._width:  # the contents' height follows their width
            self._width = self.viewport().width()
            self.updateGeometry()


def fit_dialog(dialog: QWidget, width: int, *, area: QRect | None = None) -> None:
    """Open ``dialog`` ``width`` wide and as tall as its contents need at that width, both
    within the room its screen has, and moved inside that screen.

    The height is measured once the dialog is shown: before that its wrapped labels count
    the lines they would need a word wide (a dialog sized from its size hint opened 611
    pixels tall at 14 pt, its rows far apart and its buttons past a 574-pixel screen), and
    once more after, when a label rewrapped at its real width may need a line less or
    more. With a :class:`ScrollingBody` inside, the height is what the body needs not to
    scroll, or the room there is, and the body scrolls.
    """
    room = area
    dialog.resize(fitted_size(QSize(width, max(dialog.height(), 1)), _area(dialog, room)))
    fitter = _FitOnShow(dialog, width, room)
    dialog.installEventFilter(fitter)
    # Held from Python too until Qt destroys it: with only Qt's parent link, the Python wrapper
    # could be collected and a bare one, without ``dialog``, get the events (an AttributeError
    # in the event loop, seen once in a full test run).
    _FITTERS.add(fitter)
    fitter.destroyed.connect(lambda *_: _FITTERS.discard(fitter))


def _area(dialog: QWidget, area: QRect | None) -> QRect:
    return available_area(dialog) if area is None else area


#: Every fitter until Qt destroys it with its dialog.
_FITTERS: set[QObject] = set()


class _FitOnShow(QObject):
    """Sizes its dialog the first time it is shown (see :func:`fit_dialog`)."""

    def __init__(self, dialog: QWidget, width: int, area: QRect | None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.width = width
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if getattr(self, "dialog", None) is None:  # a wrapper without its Python half
            return False
        if watched is self.dialog and event.type() == QEvent.Type.Show:
            self.dialog.removeEventFilter(self)
            self.fit()
            QTimer.singleShot(0, self, self.fit)  # a label rewrapped at its new width
        return False

    def fit(self) -> None:
        dialog = self.dialog
        area = _area(dialog, self.area)
        room = room_in(area) if not area.isEmpty() else QSize(self.width, 1 << 20)
        width = min(self.width, room.width())
        layout = dialog.layout()
        if layout is not None:
            layout.activate()
        body = dialog.findChild(ScrollingBody)
        if body is not None and body.isVisibleTo(dialog):
            inner = body.widget().layout() if body.widget() is not None else None
            if inner is not None:
                inner.activate()  # wrapped labels that learnt their width set their heights
            # What the dialog has besides the body, plus what the body needs not to scroll.
            height = dialog.height() - body.height() + body.needed_height()
        else:
            need = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
            height = need if need > 0 else dialog.sizeHint().height()
        least = max(dialog.minimumSizeHint().height(), dialog.minimumHeight())
        dialog.resize(width, min(max(height, least), max(room.height(), least)))
        keep_inside(dialog, area)
