"""The Self-rating tab fits a 1024×700 window beside the register at a 14 pt font.

At 14 pt the tab needed 676 pixels in English and 728 in Swedish where it had 524 (the
line explaining ▲ ▼ = • did not wrap), so the case scrolled sideways, and its least
height (768 pixels: three full-width buttons, a fixed 240-pixel chart under the answers)
made it scroll up and down too. The answers and the chart now take turns below the
points, the buttons share a line with the heading where they fit, and labels wrap.
Screenshots: artifacts/screenshots/<lang>_<font>_1024_selfrating[_chart].png.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.selfrating import SelfRatingTab
from tests.conftest import ANCHOR
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_fits_1024 import _needs, _room


def _open_at_1024(qtbot, demo_vault) -> tuple[MainWindow, SelfRatingTab]:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_vault, today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    window.resize(1024, 700)
    client = window.vault.clients()[5]  # in treatment, a start form answered on version 1
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.set_current_tab("self_rating")
    qtbot.wait(60)
    return window, window.workspace.tab("self_rating")


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("points", [14, None], ids=["14pt", "usual"], indirect=True)
def test_the_self_rating_tab_fits_1024_by_700(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, demo_vault
) -> None:
    window, tab = _open_at_1024(qtbot, demo_vault)
    name = f"{every_language}_{points or 'usual'}pt_1024_selfrating"
    screenshot(window, name)
    # Sideways: the least width is within the room beside the register.
    assert _needs(tab) <= _room(window, tab)
    # Up and down: the least height fits under the case header and the tab bar, and so
    # does the preferred one (the answers get the room they would like).
    host = window.workspace_host
    below_header = window.workspace_scroll.viewport().height() - tab.mapTo(host, QPoint(0, 0)).y()
    assert tab.minimumSizeHint().height() <= below_header
    assert tab.sizeHint().height() <= below_header
    # Laid out, nothing lies on top of anything else: the buttons that wrapped onto more
    # lines stay above the points, the wrapped legend above the answers.
    buttons = [tab.fill_button, tab.paper_button, tab.add_point_button]
    rects = [_rect_in(b, tab) for b in buttons]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    assert max(r.bottom() for r in rects) < _rect_in(tab.point_list, tab).top()
    assert all(r.right() <= tab.width() for r in rects)
    assert _rect_in(tab.table, tab).right() <= tab.width()
    # The chosen point's name and its short status ("✓ Done") are shown whole.
    chosen = tab.point_list.currentItem()
    metrics = tab.point_list.fontMetrics()
    for column in (0, 2):
        assert tab.point_list.columnWidth(column) > metrics.horizontalAdvance(chosen.text(column))
    tab.views.setCurrentIndex(1)
    qtbot.wait(30)
    screenshot(window, name + "_chart")
    assert tab.chart.height() >= tab.chart.minimumSizeHint().height()
    assert _rect_in(tab.chart_items, tab).right() <= tab.width()
    window.close()


def test_the_chart_legend_is_the_list_of_questions(qtbot, demo_vault) -> None:  # type: ignore[no-untyped-def]
    """The chart's legend was drawn under the plot, a line of height per question; each
    charted question in the list beside it shows its line now, and only those."""
    window, tab = _open_at_1024(qtbot, demo_vault)
    charted = {s.item_id for s in tab.chart.series}
    assert charted
    for i in range(tab.chart_items.count()):
        item = tab.chart_items.item(i)
        image = item.icon().pixmap(tab.chart_items.iconSize()).toImage()
        drawn = any(
            image.pixelColor(x, y).alpha() > 0
            for x in range(image.width())
            for y in range(image.height())
        )
        assert drawn == (item.data(0x0100) in charted), item.text()
    window.close()
