"""The sessions tab's note editor and the family map's details panel scroll without being
Tab stops of their own (they showed no focus)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.test_app_main import select_code


@pytest.mark.parametrize("tab", ["sessions", "genogram"])
def test_a_tabs_scroll_area_is_no_tab_stop(qtbot, open_window, tab: str) -> None:  # type: ignore[no-untyped-def]
    select_code(qtbot, open_window, "K-2026-004")
    open_window.workspace.set_current_tab(tab)
    areas = open_window.workspace.tab(tab).findChildren(QScrollArea)
    assert areas
    assert all(area.focusPolicy() == Qt.FocusPolicy.NoFocus for area in areas)
