"""The family map tab fits a 1024×700 window, at the normal font and at 14 pt.

The map asked for its whole drawing (600 pixels for the demo's small families) and the
properties panel for all its fields, and the case workspace's scroll area grants a tab its
preferred height: once the family map had been opened, every case tab scrolled up and down
in a 700 pixel window. The map zooms and pans and the panel scrolls by itself, so the tab
now asks for its toolbar and a few lines of map. Screenshots:
artifacts/screenshots/en_1024x700_<font>_genogram.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from kastdesk.ui.genogram.editor import GenogramEditor
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code

#: A flagged client (the risk banner takes height above the tabs) and one without a flag.
FLAGGED, UNFLAGGED = "K-2022-001", "K-2025-003"


def _needs_height(widget: QWidget) -> int:
    """The height a case tab asks for, preferred or least: a tab that prefers more than the
    window has gets less, and the map must still be a map then."""
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


# The whole case, every tab and language, is checked in test_case_fits_700.py.
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
