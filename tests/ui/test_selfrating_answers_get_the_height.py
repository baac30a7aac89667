"""The self-rating tab's answers side by side get the height on a small laptop screen.

On a 1366×768 laptop at 125 % (the window full screen, 1093×611 logical pixels) the QA
pass saw the answers table show about one row under a risk banner: the measurement points
above kept a list's empty height under their four rows, a heading pushed the buttons
beside it onto a second line, and the note on older form versions took a line of its own.
The points' list is as tall as its rows, the buttons share a line, the note sits beside
"Correct the chosen form…"; the table takes the rest.
Screenshot: artifacts/screenshots/laptop125_selfrating_answers.png.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code
from tests.ui.test_sessions_note_gets_the_height import FLAGGED

FULL_SCREEN_125 = (1093, 611)  # the QA pass's window, screens s3_*.png


def test_the_answers_table_shows_several_rows(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(*FULL_SCREEN_125)
    select_code(qtbot, window, FLAGGED)  # a risk banner above the tabs, answers at 3 points
    window.workspace.set_current_tab("self_rating")
    qtbot.wait(80)
    QApplication.processEvents()  # the rows are measured again once the columns settle
    tab = window.workspace.tab("self_rating")
    assert tab.table.rowCount() >= 5 and tab.table.isVisible()
    # Every point in sight, with no empty list under them.
    points = tab.point_list
    room = points.viewport().rect()
    last = points.visualItemRect(points.topLevelItem(points.topLevelItemCount() - 1))
    assert room.contains(last), (last, room)
    assert room.bottom() - last.bottom() < last.height()
    # The table shows several answers whole, on screen: inside its own viewport and
    # inside the part of the tab the window shows (the tab scrolls inside itself).
    view = tab.table.viewport()
    shown = view.rect()
    for area in (window.workspace_scroll.viewport(), *_scroll_viewports(tab)):
        shown = shown.intersected(QRect(view.mapFrom(area, QPoint(0, 0)), area.size()))
    rows = sum(
        1 for row in range(tab.table.rowCount())
        if shown.contains(QRect(0, tab.table.rowViewportPosition(row), 1, tab.table.rowHeight(row)))
    )
    screenshot(window, "laptop125_selfrating_answers")
    assert rows >= 3, (rows, shown)


def _scroll_viewports(tab: QWidget) -> list[QWidget]:
    return [area.viewport() for area in tab.findChildren(QScrollArea)]
