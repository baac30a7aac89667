"""The Goals tab fits a 1024×700 window beside the register at a 14 pt font, in English,
Swedish and Norwegian.

At 14 pt the list and the chosen goal side by side needed 647 pixels where the tab had 524
(three buttons in one row, a caption column beside the goal's words, the list beside all
of it), so once Goals was opened every case tab scrolled sideways. In a narrow tab the
list now goes above the chosen goal, and the buttons take a second line where they must.
Screenshots: artifacts/screenshots/<lang>_1024_14pt_goals_<state>.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kastdesk.domain.models import GoalState
from kastdesk.ui.workspace.goals import GoalsTab
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_fits_1024 import _needs, _room


def _goals_tab(qtbot, window, state: GoalState) -> GoalsTab:  # type: ignore[no-untyped-def]
    """The Goals tab of the first client with a goal in ``state``, that goal chosen."""
    for entry in window.vault.clients():
        window.register.select(entry.id)
        qtbot.waitUntil(lambda e=entry: window.case is not None and window.case.client_id == e.id)
        goal = next((g for g in window.case.goals.list() if g.state is state), None)
        if goal is None:
            continue
        window.workspace.set_current_tab("goals")
        tab = window.workspace.tab("goals")
        assert isinstance(tab, GoalsTab)
        tab._select(goal.id)
        assert tab.current_goal_id() == goal.id
        qtbot.wait(60)
        return tab
    raise AssertionError(f"no demo client has a goal {state.value}")


def _cut_buttons(tab: GoalsTab) -> list[str]:
    """The goal's buttons that are shown but reach past the right of what the tab shows."""
    right = (
        tab.detail_scroll.viewport().mapTo(tab, tab.detail_scroll.viewport().rect().topRight()).x()
    )
    return [
        button.text()
        for button in tab.detail.findChildren(QPushButton)
        if button.isVisibleTo(tab) and button.mapTo(tab, button.rect().topRight()).x() > right
    ]


@pytest.mark.parametrize("points", [14], ids=["14pt"], indirect=True)
@pytest.mark.parametrize(
    "state",
    [GoalState.ACTIVE, GoalState.REACHED, GoalState.DROPPED],
    ids=["active", "reached", "dropped"],
)
def test_goals_tab_fits_beside_the_register_at_14_pt(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window, state: GoalState
) -> None:
    window = main_window
    unlock(qtbot, window)
    window.resize(1024, 700)
    tab = _goals_tab(qtbot, window, state)
    screenshot(window, f"{every_language}_1024_14pt_goals_{state.value}")
    assert _needs(tab) <= _room(window, tab)
    assert tab.stacked  # the list above the goal: beside it, neither would be readable
    # Nothing of the chosen goal is cut at the right: its page is no wider than its room,
    # and every button it shows is whole.
    assert _needs(tab.detail) <= tab.detail_scroll.viewport().width()
    assert _cut_buttons(tab) == []


def test_the_list_is_beside_the_goal_where_the_width_takes_both(  # type: ignore[no-untyped-def]
    qtbot, main_window
) -> None:
    """Side by side in a laptop's 1366 pixels, as before; above the goal when the window
    is narrowed to less than both need, and beside it again when it is widened."""
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 768)
    tab = _goals_tab(qtbot, window, GoalState.ACTIVE)
    qtbot.waitUntil(lambda: not tab.stacked)
    list_right = tab.list.mapTo(tab, tab.list.rect().topRight()).x()
    assert list_right < tab.detail_scroll.mapTo(tab, tab.detail_scroll.rect().topLeft()).x()
    window.workbench.setSizes(
        [window.workbench.width() - tab.side_by_side_width() + 40, tab.side_by_side_width() - 40]
    )
    qtbot.waitUntil(lambda: tab.stacked)
    assert _needs(tab) <= tab.width()
    list_bottom = tab.list.mapTo(tab, tab.list.rect().bottomLeft()).y()
    assert list_bottom < tab.detail_scroll.mapTo(tab, tab.detail_scroll.rect().topLeft()).y()
    window.workbench.setSizes([400, window.workbench.width() - 400])
    qtbot.waitUntil(lambda: not tab.stacked)
