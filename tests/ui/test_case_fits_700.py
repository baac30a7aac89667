"""A client's case never scrolls as a whole in a 1024×700 window, whichever tabs have been
opened, in English, Swedish and Norwegian, at the normal font and at 14 pt.

The case's header and risk banner stand above the tabs so that a risk never scrolls out of
sight; each tab scrolls inside itself. But a tab widget asks for the largest size of all
its pages, built or looked at before, and the window's scroll area granted it: once the
Supervision page had been opened, every tab of a flagged client scrolled up and down, the
banner with it, and at 14 pt every tab did after Intake, Exercises or Self-rating (and
sideways in Norwegian, where the header's three buttons stood in one row). At 14 pt the
banner's note stood in a narrow column beside the risk and took 380 pixels.

At 14 pt a flagged client's Self-rating tab (the points, the answers and the banner need
more than 700 pixels) made the case scroll; the tab scrolls inside itself now.
Screenshots: artifacts/screenshots/<lang>_<font>_1024x700_case_<code>_<tab>.png.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code
from tests.ui.test_genogram_tab_fits_700 import FLAGGED, UNFLAGGED


def _scrolls(window) -> str:  # type: ignore[no-untyped-def]
    area = window.workspace_scroll
    return ("up and down " if area.verticalScrollBar().isVisible() else "") + (
        "sideways" if area.horizontalScrollBar().isVisible() else ""
    )


@pytest.mark.parametrize(
    ("points", "code"),
    [(None, FLAGGED), (None, UNFLAGGED), (14, FLAGGED), (14, UNFLAGGED)],
    ids=["normal-flagged", "normal-no_flag", "14pt-flagged", "14pt-no_flag"],
    indirect=["points"],
)
def test_no_tab_makes_the_case_scroll(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window, code: str
) -> None:
    window = main_window
    unlock(qtbot, window)
    window.resize(1024, 700)
    select_code(qtbot, window, code)
    workspace = window.workspace
    names = workspace.tab_names()
    # Twice round: the second time every page has been built and looked at.
    for name in names + names:
        workspace.set_current_tab(name)
        qtbot.wait(40)
        assert _scrolls(window) == "", (name, _scrolls(window))
    font = f"{points}pt" if points else "normal"
    for name in ("overview", "intake", "supervision"):
        workspace.set_current_tab(name)
        qtbot.wait(40)
        screenshot(window, f"{every_language}_{font}_1024x700_case_{code}_{name}")
    # The banner is whole on screen, its note across the strip under the risk.
    if code == FLAGGED:
        banner = workspace.banner
        assert banner.isVisible()
        strip = banner.strips[0]
        assert strip.detail.y() > strip.clear_button.y()
        bottom = banner.mapTo(window.workspace_scroll.viewport(), banner.rect().bottomLeft())
        assert bottom.y() <= window.workspace_scroll.viewport().height()
