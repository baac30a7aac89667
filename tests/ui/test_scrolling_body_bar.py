"""Every dialog with a ScrollingBody (the settings, a returning client, a status change, the
summary export, the packet, the recovery key, a session's details, the rescue offer): when
its scroll bar comes, the contents keep the width they were laid out for. Qt shows the bar
a step before it lays the contents out again for the narrower viewport, and a dialog was
painted with its lines running on under the bar, cut at its edge; then it rewrapped them.
Only the rescue offer kept clear of the bar. The texts are made up for this test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kastdesk.ui.common import WrappingLabel
from kastdesk.ui.screen import ScrollingBody, fit_dialog
from tests.ui.conftest import screenshot

TEXT = ("Samtalet handlade om veckans planer, om vad som hände i helgen och om hur "
        "han vill att nästa vecka ska se ut när suget kommer på kvällen. ")


class _Dialog(QDialog):
    def __init__(self, paragraphs: int, area: QRect | None = None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        content = QWidget()
        inner = QVBoxLayout(content)
        self.labels = [WrappingLabel(TEXT * 2, content) for _ in range(paragraphs)]
        for label in self.labels:
            inner.addWidget(label)
        self.body = ScrollingBody(content, self)
        layout.addWidget(self.body, 1)
        layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self))
        fit_dialog(self, 480, area=area)


class _PaintWatch(QObject):
    """At every paint of the dialog or its body: the labels that run on past the viewport
    (under the scroll bar, cut at the edge)."""

    def __init__(self, dialog: _Dialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.paints = 0
        self.cut: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        dialog = self.dialog
        if event.type() == QEvent.Type.Paint and watched in (dialog, dialog.body.viewport()):
            self.paints += 1
            viewport = dialog.body.viewport()
            for label in dialog.labels:
                right = label.mapTo(viewport, QPoint(label.width(), 0)).x()
                if label.isVisible() and right > viewport.width():
                    self.cut.append(f"{right} > {viewport.width()}")
        return False


@contextmanager
def _shown_and_watched(qtbot, dialog: _Dialog, settle_ms: int) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """``dialog`` shown, and ``settle_ms`` later the test's steps, with every paint of it
    watched from before it shows; at the end not one paint has had a label cut."""
    qtbot.addWidget(dialog)
    watch = _PaintWatch(dialog)
    QApplication.instance().installEventFilter(watch)
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(settle_ms)
        yield
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.paints and not watch.cut, watch.cut


@pytest.mark.parametrize("paragraphs", [3, 8])
def test_the_contents_keep_their_width_when_the_scroll_bar_comes(
        qtbot, paragraphs: int) -> None:  # type: ignore[no-untyped-def]
    dialog = _Dialog(paragraphs)
    with _shown_and_watched(qtbot, dialog, 100):
        bar = dialog.body.verticalScrollBar()
        assert not bar.isVisible()  # room for it all: no bar
        width = dialog.labels[0].width()
        dialog.resize(dialog.width(), 220)  # a short screen: the body scrolls
        qtbot.wait(100)
        assert bar.isVisible()
        screenshot(dialog, f"scrolling_body_{paragraphs}_scrolling")
        # Laid out for the same width with the bar as without: nothing rewraps.
        assert dialog.labels[0].width() == width
        dialog.resize(dialog.width(), 2000)  # and back: the bar goes
        qtbot.wait(100)
        assert not bar.isVisible() and dialog.labels[0].width() == width


def test_a_dialog_that_opens_scrolling_is_never_painted_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a short screen the dialog opens at its fitted height, its body scrolling from the
    first paint on."""
    dialog = _Dialog(8, area=QRect(0, 0, 1093, 360))
    with _shown_and_watched(qtbot, dialog, 150):
        assert dialog.body.verticalScrollBar().isVisible()
        screenshot(dialog, "scrolling_body_opens_scrolling")
