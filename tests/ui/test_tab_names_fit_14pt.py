"""All eight of the case's tab names are whole, with no scroll arrows, at 14 pt in a
1024×700 window, in English, Swedish and Norwegian.

Beside the register at its least (320 pixels: code, flag and status) the tab bar had 688
pixels and needed 790 in English, 766 in Norwegian and 840 in Swedish with the tabs
closed up; Swedish's names alone are 744 pixels. The bar showed scroll arrows, and
"Supervision" / "Handledning" / "Veiledning" was out of sight. The register now keeps only
its code and flag columns there (the status a scroll away), and the tabs may close up a
little more. Screenshots: artifacts/screenshots/<lang>_14pt_1024_tab_names[_long].png.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_demo_vault
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_first_hour_fits import cut_tab_names


def _register_cut(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The register's code column or its search and status filter not shown whole."""
    from kastdesk.ui.cases.register import Column

    register = window.register
    cut = []
    table = register.table
    code_right = table.columnViewportPosition(Column.CODE) + table.columnWidth(Column.CODE)
    if code_right > table.viewport().width():
        cut.append(f"code column ends at {code_right} of {table.viewport().width()}")
    for widget in (register.search, register.status):
        if widget.width() < widget.minimumSizeHint().width():
            cut.append(
                f"{widget.objectName()}: {widget.width()} px of {widget.minimumSizeHint().width()}"
            )
        if widget.geometry().right() > register.width():
            cut.append(f"{widget.objectName()} ends past the register")
    return cut


def _check(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.resize(1024, 700)
    client = window.vault.clients()[-1]
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    bar = window.workspace.tabs.tabBar()
    for tab in ("self_rating", "supervision", "overview"):  # the last one selected too
        window.workspace.set_current_tab(tab)
        qtbot.wait(60)
        assert cut_tab_names(bar) == [], tab
        assert bar.tabRect(0).left() >= 0
    screenshot(window, name)
    assert _register_cut(window) == []


@pytest.mark.parametrize("points", [14], indirect=True)
def test_tab_names_whole_at_14pt_beside_the_register(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window
) -> None:
    _check(qtbot, main_window, f"{every_language}_14pt_1024_tab_names")


@pytest.mark.parametrize("points", [14], indirect=True)
def test_tab_names_whole_at_14pt_with_a_long_register(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, tmp_path: Path
) -> None:
    """A register long enough for its scroll bar, which takes 14 pixels more."""
    from kastdesk.ui.main_window import MainWindow
    from tests.conftest import ANCHOR

    window = MainWindow(make_demo_vault(tmp_path / "vault", clients=30), today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    try:
        _check(qtbot, window, f"{every_language}_14pt_1024_tab_names_long")
        assert window.register.table.verticalScrollBar().isVisible()
    finally:
        window.close()


def test_the_register_keeps_its_status_column_where_the_tabs_fit(  # type: ignore[no-untyped-def]
    qtbot, main_window
) -> None:
    """At the usual font the register is not narrowed to its codes."""
    window = main_window
    unlock(qtbot, window)
    window.resize(1024, 700)
    qtbot.wait(60)
    register, _case = window.workbench.sizes()
    assert register >= window.workbench.USUAL_REGISTER
