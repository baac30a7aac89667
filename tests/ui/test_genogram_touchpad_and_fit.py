"""A touchpad pans the family map, a mouse wheel zooms it, and Fit shows every map whole
(QA 20, findings 9 and 12).

On a laptop's touchpad a vertical two-finger swipe zoomed and a sideways one did nothing;
the map could be panned only with a middle button the touchpad does not have. A generated
family 130,000 units wide fitted at 0.007: its symbols were drawn under a pixel, the window
looked empty, and the next zoom-out jumped in to the fixed limit of 0.05.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.storage import save_genogram
from kastdesk.store import Vault
from tests.ui.conftest import screenshot


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-014", name="Stina Holm")


def _wheel(view, pixels: QPoint, angle: QPoint,  # type: ignore[no-untyped-def]
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
           phase: Qt.ScrollPhase = Qt.ScrollPhase.NoScrollPhase) -> None:
    at = QPointF(view.viewport().rect().center())
    event = QWheelEvent(at, view.viewport().mapToGlobal(at), pixels, angle,
                        Qt.MouseButton.NoButton, modifiers, phase, False)
    QApplication.sendEvent(view.viewport(), event)


def _scrolled(view) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def _family_on_screen(editor, case) -> None:  # type: ignore[no-untyped-def]
    save_genogram(case, generate_family(3, 40), "Draw")
    editor.reload()
    editor.view.fit()
    editor.view.zoom(4.0)  # closer than the whole: there is somewhere to pan to
    QApplication.processEvents()


def test_a_touchpad_swipe_pans_and_a_mouse_wheel_zooms(editor, case) -> None:  # type: ignore[no-untyped-def]
    _family_on_screen(editor, case)
    view = editor.view
    zoom, start = view.zoom_level(), _scrolled(view)
    # Two fingers up (pixels, as macOS, Wayland and X11 touchpads report it), then sideways.
    _wheel(view, QPoint(0, -40), QPoint(0, -120), phase=Qt.ScrollPhase.ScrollUpdate)
    assert view.zoom_level() == zoom
    assert _scrolled(view)[1] == start[1] + 40
    _wheel(view, QPoint(-30, 0), QPoint(-90, 0), phase=Qt.ScrollPhase.ScrollUpdate)
    assert view.zoom_level() == zoom
    assert _scrolled(view)[0] == start[0] + 30
    # A touchpad that gives only angles, sideways (as the QA's laptop): it pans too.
    before = _scrolled(view)
    _wheel(view, QPoint(), QPoint(60, 0))
    assert _scrolled(view)[0] == before[0] - 30 and view.zoom_level() == zoom
    # A mouse wheel's notch: no pixels, no phase, up and down only. It zooms, as before.
    _wheel(view, QPoint(), QPoint(0, 120))
    assert view.zoom_level() > zoom * 1.1
    # Ctrl with a touchpad swipe zooms (out, here).
    zoomed = view.zoom_level()
    _wheel(view, QPoint(0, -40), QPoint(0, -120), Qt.KeyboardModifier.ControlModifier,
           Qt.ScrollPhase.ScrollUpdate)
    assert view.zoom_level() < zoomed


def test_a_device_that_says_it_is_a_touchpad_pans() -> None:
    from kastdesk.ui.genogram.editor import from_touchpad

    pad = QPointingDevice("pad", 7, QPointingDevice.DeviceType.TouchPad,
                          QPointingDevice.PointerType.Finger,
                          QPointingDevice.Capability.Scroll, 2, 0)
    at = QPointF(10, 10)

    def event(device=None):  # type: ignore[no-untyped-def]
        args = (at, at, QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
                Qt.MouseEventSource.MouseEventNotSynthesized)
        return QWheelEvent(*args, device) if device else QWheelEvent(*args)

    assert from_touchpad(event(pad))
    assert not from_touchpad(event())


def test_a_pinch_zooms(editor, case) -> None:  # type: ignore[no-untyped-def]
    _family_on_screen(editor, case)
    view = editor.view
    zoom = view.zoom_level()
    at = QPointF(view.viewport().rect().center())
    pinch = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, at, at,
                                QPointF(view.viewport().mapToGlobal(at)), 0.25, QPointF())
    QApplication.sendEvent(view.viewport(), pinch)
    assert abs(view.zoom_level() - zoom * 1.25) < 1e-6


def test_fit_shows_a_very_wide_family_whole_and_zooming_out_goes_out(editor, case) -> None:  # type: ignore[no-untyped-def]
    save_genogram(case, generate_family(1, 500), "Draw")
    editor.reload()
    view = editor.view
    editor.fit_action.trigger()
    QApplication.processEvents()
    drawing = editor.scene.itemsBoundingRect()
    assert drawing.width() > 50_000  # as wide as the QA's (the layout's to narrow)
    fitted = view.zoom_level()
    assert fitted < view.MIN_SCALE
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(drawing.adjusted(10, 10, -10, -10))
    # The persons can be seen: a dot each, not blank paper.
    image = view.viewport().grab().toImage()
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 120:
                dark += 1
    assert dark > 100, dark
    screenshot(editor, "genogram_fit_very_wide")
    # Zoom out goes out (it jumped in to 0.05), as far as half the fitted zoom, no further.
    view.zoom(1 / 1.15)
    assert view.zoom_level() < fitted
    for _ in range(20):
        view.zoom(1 / 1.15)
    assert abs(view.zoom_level() - fitted * view.FIT_ROOM) < fitted * 0.05
    # And in again from there goes in.
    low = view.zoom_level()
    view.zoom(1.15)
    assert view.zoom_level() > low


def test_a_small_family_keeps_its_zoom_out_limit(editor, case) -> None:  # type: ignore[no-untyped-def]
    save_genogram(case, generate_family(3, 20), "Draw")
    editor.reload()
    view = editor.view
    for _ in range(60):
        view.zoom(1 / 1.15)
    assert abs(view.zoom_level() - view.MIN_SCALE) < 1e-9
