"""The family map's details panel scrolls without being a Tab stop of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.test_app_main import select_code


def test_family_map_panel_scroll_area_is_no_tab_stop(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    select_code(qtbot, open_window, "K-2026-004")
    open_window.workspace.set_current_tab("genogram")
    areas = open_window.workspace.tab("genogram").findChildren(QScrollArea)
    assert areas
    assert all(area.focusPolicy() == Qt.FocusPolicy.NoFocus for area in areas)
