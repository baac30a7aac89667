"""The client view: one exercise or form, full screen, for the laptop turned to the client.

It shows large type and only the content handed to it: no client code, no name, no
notes, no other tabs. Leaving takes a deliberate act, a press-and-hold on "Return to
therapist", so a client cannot stumble into the case file with Esc, Alt+F4 or a click.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kastdesk.ui.exercises.base import CLIENT_SCALE

HOLD_MS = 1500


class HoldButton(QPushButton):
    """Fires ``held`` only after being pressed for ``HOLD_MS``; a click does nothing."""

    held = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(30)
        self._tick.timeout.connect(self._on_tick)
        self.progress = 0.0
        self.setAutoDefault(False)
        self.pressed.connect(self._start)
        self.released.connect(self._stop)

    def _start(self) -> None:
        self._clock.start()
        self.progress = 0.0
        self._tick.start()

    def _stop(self) -> None:
        self._tick.stop()
        self.progress = 0.0
        self.update()

    def _on_tick(self) -> None:
        self.progress = min(1.0, self._clock.elapsed() / HOLD_MS)
        self.update()
        if self.progress >= 1.0:
            self._tick.stop()
            self.progress = 0.0
            self.setDown(False)
            self.held.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.progress > 0:
            painter = QPainter(self)
            rect = self.rect().adjusted(2, self.height() - 6, -2, -2)
            rect.setWidth(int(rect.width() * self.progress))
            painter.fillRect(rect, Qt.GlobalColor.darkCyan)


class _Hint(QLabel):
    """The line by the buttons; says when its words changed (``ClientView`` places it)."""

    text_changed = Signal()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.text_changed.emit()


class ClientView(QWidget):
    """A top-level, full-screen window around ``content``; ``returned`` when left on purpose."""

    returned = Signal()

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        # A window of its own, not a child of the main window: nothing else is drawn.
        super().__init__(None, Qt.WindowType.Window)
        del parent  # the owner keeps a reference; Qt parenting would share the window
        self.setWindowTitle(self.tr("KastDesk"))
        self.setObjectName("clientView")
        # Style sheets, not setFont: the house style sheet stops font inheritance.
        size = QApplication.font().pointSizeF() * CLIENT_SCALE
        self.setStyleSheet(
            "QWidget#clientView { background: #fbfaf7; }"
            f"QWidget#clientView QPushButton, QLabel#clientHint {{ font-size: {size:.1f}pt; }}"
            f"QLabel#clientTitle {{ font-size: {size * 1.35:.1f}pt; font-weight: 600; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._may_close = False
        self.title = QLabel(title, self)
        self.title.setObjectName("clientTitle")
        self.content = content
        content.setParent(self)
        content.setStyleSheet(content.styleSheet() + f"QWidget {{ font-size: {size:.1f}pt; }}")
        self.return_button = HoldButton(self.tr("Return to therapist (press and hold)"), self)
        self.return_button.setToolTip(self.tr("Hold the button down for a moment to leave"))
        self.return_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Space from the keyboard
        self.hint = _Hint(self)
        self.hint.setObjectName("clientHint")
        self.hint.setStyleSheet("color: #5f6b76;")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 20)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(content, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.return_button)
        layout.addLayout(foot)
        self._foot = foot
        self.return_button.held.connect(self.leave)
        self.hint.text_changed.connect(self._place_hint)

    def _place_hint(self) -> None:
        """The hint beside the buttons while it takes two lines there at most, else on a
        line of its own above them: "Almost done: 2 questions marked * …" stood in a
        column five lines tall beside "I am done" in an 800-pixel window (QA 26)."""
        layout, foot, hint = self.layout(), self._foot, self.hint
        margins = layout.contentsMargins()
        buttons = [foot.itemAt(i).widget() for i in range(foot.count())]
        beside = self.width() - margins.left() - margins.right() - sum(
            w.sizeHint().width() + foot.spacing()
            for w in buttons if w is not None and w is not hint and not w.isHidden())
        hint.ensurePolished()
        beside = max(beside, 1)
        if hint.wordWrap():
            above = hint.heightForWidth(beside) > 2.5 * hint.fontMetrics().lineSpacing()
        else:
            above = hint.fontMetrics().horizontalAdvance(hint.text()) > beside
        if above == (foot.indexOf(hint) < 0):
            return
        if above:
            foot.removeWidget(hint)
            foot.insertStretch(0, 1)
            layout.insertWidget(layout.count() - 1, hint)
        else:
            layout.removeWidget(hint)
            foot.takeAt(0)  # the stretch
            foot.insertWidget(0, hint, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_hint()

    def add_footer_widget(self, widget: QWidget) -> None:
        """Put an action for the client (e.g. "I am done") left of the return button."""
        foot = self.layout().itemAt(self.layout().count() - 1).layout()
        foot.insertWidget(1, widget)

    def open(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def leave(self) -> None:
        """The deliberate way out: emit ``returned`` and close."""
        self._may_close = True
        self.returned.emit()
        self.close()

    def keep_open(self) -> None:
        """Stay, though left on purpose: the owner could not save what the client entered
        (a full disk), and the answers must not go with the window."""
        self._may_close = False

    def force_close(self) -> None:
        """Close without a hold: the vault is locking and the content must go now."""
        self._may_close = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hint.setText(self.tr("To go back, the therapist holds “Return to therapist”."))
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        self.hint.setText(self.tr("To go back, the therapist holds “Return to therapist”."))
        event.ignore()
