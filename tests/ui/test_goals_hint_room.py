"""The Goals tab of a client with no goals: the empty list's hint keeps apart from the
splitter's handle. Its dotted grip touched the hint's words (under "into words") where the
list is above the goal, and the words ran up to the handle beside it.
Screenshots: artifacts/screenshots/goals_empty_hint_<layout>.png.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt

from kastdesk.ui.workspace.goals import GoalsTab
from tests.ui.conftest import screenshot, shown_workspace

#: The least room, in pixels, between the hint's words and the handle.
ROOM = 6


def _words(tab: GoalsTab) -> QRect:
    """Where the hint's words are drawn, in the tab's coordinates."""
    label = tab.empty_label
    inside = label.contentsRect()
    drawn = label.fontMetrics().boundingRect(
        inside, int(label.alignment()) | int(Qt.TextFlag.TextWordWrap), label.text())
    assert drawn.height() <= inside.height(), "the hint is cut"
    return drawn.translated(label.mapTo(tab, inside.topLeft()) - inside.topLeft())


@pytest.mark.parametrize(("size", "stacked"), [((480, 700), True), ((700, 700), False)],
                         ids=["stacked", "beside"])
def test_the_empty_lists_hint_keeps_apart_from_the_handle(  # type: ignore[no-untyped-def]
        qtbot, vault, size: tuple[int, int], stacked: bool) -> None:
    case = vault.add_client("K-2026-041", first_contact_date=date(2026, 11, 2))
    ws = shown_workspace(qtbot, vault, case, tab="goals", size=size)
    tab = ws.tab("goals")
    assert isinstance(tab, GoalsTab)
    qtbot.wait(60)
    assert tab.stacked is stacked
    assert tab.empty_label.isVisible()
    screenshot(tab, f"goals_empty_hint_{'stacked' if stacked else 'beside'}")
    handle = tab.splitter.handle(1)
    grip = QRect(handle.mapTo(tab, handle.rect().topLeft()), handle.size())
    words = _words(tab)
    if stacked:
        assert grip.top() - words.bottom() - 1 >= ROOM
    else:
        assert grip.left() - words.right() - 1 >= ROOM
    ws.close()
