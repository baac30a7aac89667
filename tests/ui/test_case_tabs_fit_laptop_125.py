"""The Supervision and Goals tabs at 14 pt on a 1366×768 laptop at 125 % (a window of
1093×543 logical pixels above the taskbar), beside the register.

The QA pass saw a flagged client's Supervision tab make the whole case scroll, the risk
banner out of sight with it (its two lists and their headings needed more height than
the case had below the banner; the other tabs scroll inside themselves), and the Goals
tab show one goal of two: the list above the chosen goal had a third of the tab.
Screenshots: artifacts/screenshots/laptop125_14pt_<tab>.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code
from tests.ui.test_sessions_note_gets_the_height import FLAGGED, LAPTOP_125


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_supervision_tab_scrolls_inside_itself(qtbot, points, main_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.supervision import flag_for_guidance

    window = main_window
    unlock(qtbot, window)
    window.resize(*LAPTOP_125)
    case = window.vault.open_case(window.vault.client_by_code(FLAGGED).id, audit_open=False)
    flag_for_guidance(case, "Should the partner join a session, given what was said about "
                      "the debts?", "case", None)
    select_code(qtbot, window, FLAGGED)
    workspace = window.workspace
    workspace.set_current_tab("supervision")
    qtbot.wait(80)
    screenshot(window, "laptop125_14pt_supervision")
    area = window.workspace_scroll
    assert not area.verticalScrollBar().isVisible()
    banner = workspace.banner
    assert banner.isVisible()
    bottom = banner.mapTo(area.viewport(), banner.rect().bottomLeft())
    assert bottom.y() <= area.viewport().height()
    # The tab's own contents are all there, a scroll away where they do not fit.
    tab = workspace.tab("supervision")
    assert tab.flag_button.isVisible() and tab.flags.count() >= 1


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_goals_list_shows_every_goal(qtbot, points, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(*LAPTOP_125)
    client = window.vault.clients()[5]  # in treatment, two goals
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.set_current_tab("goals")
    qtbot.wait(80)
    QApplication.processEvents()  # the rows are measured again once the columns settle
    tab = window.workspace.tab("goals")
    screenshot(window, "laptop125_14pt_goals")
    assert tab.stacked
    count = tab.list.topLevelItemCount()
    assert count >= 2
    room = tab.list.viewport().rect()
    for row in range(count):
        rect = tab.list.visualItemRect(tab.list.topLevelItem(row))
        assert room.contains(rect), (row, rect, room)
    # The chosen goal below keeps its room: its words and buttons, the rest a scroll away.
    assert tab.detail_scroll.viewport().height() >= tab.revise_button.height() * 3
