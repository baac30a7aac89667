"""The family map tab fits a 1024×700 window, at the normal font and at 14 pt.

The map asked for its whole drawing (600 pixels for the demo's small families) and the
properties panel for all its fields, and the case workspace's scroll area grants a tab its
preferred height: once the family map had been opened, every case tab scrolled up and down
in a 700 pixel window. The map zooms and pans and the panel scrolls by itself, so the tab
now asks for its toolbar and a few lines of map. Screenshots:
artifacts/screenshots/en_1024x700_<font>_genogram.png.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from kastdesk.ui.genogram.editor import GenogramEditor
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code

#: A flagged client (the risk banner takes height above the tabs) and one without a flag.
FLAGGED, UNFLAGGED = "K-2022-001", "K-2025-003"


@pytest.fixture
def points(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[int | None]:
    """The app's font as it comes (None), or at the points the test asks for (a therapist's
    larger text setting): ``@pytest.mark.parametrize("points", [14], indirect=True)``."""
    old = QFont(qapp.font())
    wanted = getattr(request, "param", None)
    if wanted is not None:
        font = QFont(old)
        font.setPointSize(wanted)
        qapp.setFont(font)
    yield wanted
    qapp.setFont(old)


def _needs_height(widget: QWidget) -> int:
    """The height a case tab asks for: the workspace's scroll area grants the preferred
    height (it is the workspace's height for its width), so the least is not enough."""
    return max(
        widget.sizeHint().height(), widget.minimumSizeHint().height(), widget.minimumHeight()
    )


def _room_height(window, tab: QWidget) -> int:  # type: ignore[no-untyped-def]
    """The height a workspace tab has when the workspace is no taller than its scroll area."""
    margins = window.workspace_host.layout().contentsMargins()
    around = window.workspace.height() - tab.height()  # the header, banner and tab bar
    viewport = window.workspace_scroll.viewport().height()
    return viewport - margins.top() - margins.bottom() - around


def _family_map(qtbot, window, code: str) -> QWidget:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.resize(1024, 700)
    select_code(qtbot, window, code)
    window.workspace.set_current_tab("genogram")
    qtbot.wait(80)
    return window.workspace.tab("genogram")


# At 14 pt a flagged client's banner leaves the tabs less than 100 pixels at 1024×700 (the
# banner's words wrap in a narrow column): no tab fits under it, the family map least.
@pytest.mark.parametrize(
    ("points", "code"),
    [(None, FLAGGED), (None, UNFLAGGED), (14, UNFLAGGED)],
    ids=["normal-flagged", "normal-no_flag", "14pt-no_flag"],
    indirect=["points"],
)
def test_the_family_map_asks_for_no_more_height_than_the_window_has(  # type: ignore[no-untyped-def]
    qtbot, points, main_window, code: str
) -> None:
    window = main_window
    tab = _family_map(qtbot, window, code)
    label = f"{points}pt" if points else "normal"
    screenshot(window, f"en_1024x700_{label}_genogram_{code}")
    assert _needs_height(tab) <= _room_height(window, tab)
    # The map is still a map: the toolbar whole above it, and room for a family.
    editor = tab.findChild(GenogramEditor)
    assert editor is not None
    assert editor.toolbar.height() >= editor.toolbar.sizeHint().height()
    assert editor.view.height() >= 8 * editor.view.fontMetrics().lineSpacing()


def test_no_case_tab_scrolls_up_and_down_at_the_normal_font(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """The whole check at the normal font, for the flagged client (the least height): the
    family map and the tab looked at after it scroll neither way."""
    window = main_window
    _family_map(qtbot, window, FLAGGED)
    bar = window.workspace_scroll.verticalScrollBar()
    assert not bar.isVisible()
    window.workspace.set_current_tab("overview")
    qtbot.wait(60)
    assert not bar.isVisible()
    assert not window.workspace_scroll.horizontalScrollBar().isVisible()
