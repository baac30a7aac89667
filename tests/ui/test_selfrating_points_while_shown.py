"""Every measurement point stays in sight while the client fills in a form (QA 26).

With the client's form open, the line "Shown to the client: edit in the client's view or
close it." came in above the points, and the points' pane kept the height it had without
it: the list lost its last row behind a scroll bar ("Follow-up, 24 months after treatment"
out of sight) over a half-empty tab.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import unlock
from tests.ui.test_exercise_inputs_kept import _select


def _all_points_in_sight(points) -> bool:  # type: ignore[no-untyped-def]
    room = points.viewport().rect()
    last = points.visualItemRect(points.topLevelItem(points.topLevelItemCount() - 1))
    return room.contains(last) and not points.verticalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_points_keep_their_rows_beside_the_shown_line(  # type: ignore[no-untyped-def]
        qtbot, every_language, main_window, size) -> None:
    window = main_window
    window.resize(*size)
    unlock(qtbot, window)
    _select(qtbot, window, window.vault.clients()[4].id)
    window.workspace.set_current_tab("self_rating")
    qtbot.wait(80)
    tab = window.workspace.tab("self_rating")
    points = tab.point_list
    assert points.topLevelItemCount() == 4
    assert _all_points_in_sight(points)
    view = tab.fill_with_client()
    qtbot.waitUntil(tab.shown_line.isVisible)
    qtbot.wait(80)
    window.grab().save(f"/tmp/s26/qa-shots/{every_language}_{size[0]}_points_while_shown.png")
    try:
        assert _all_points_in_sight(points)
    finally:
        view.leave()  # the therapist holds "Return to therapist"
    qtbot.waitUntil(lambda: not tab.shown_line.isVisible())
    qtbot.wait(80)
    assert _all_points_in_sight(points)
    # No room kept for the line once it has gone: the pane is as tall as before.
    pane = tab._points_pane
    assert pane.height() <= pane.maximumHeight()
