"""Tab and the keyboard in the main window: Tab goes through the screen in the order it is
drawn, passes through read-only tables instead of walking their cells, stops only where
focus shows, and never changes the open case on its way.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QWidget

from kastdesk.domain.models import RiskKind
from kastdesk.ui.cases.register import Column
from kastdesk.ui.main_window import MainWindow
from tests.conftest import ANCHOR
from tests.ui.conftest import unlock
from tests.ui.test_app_main import select_code

SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- 2. the register: Tab leaves the table, and never changes the open case ----------------
def focus_after(qtbot, widget: QWidget, key: Qt.Key) -> QWidget | None:  # type: ignore[no-untyped-def]
    modifier = SHIFT if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, key, modifier)
    qtbot.wait(20)
    return QApplication.focusWidget()


def test_tab_leaves_the_register_without_opening_cases(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    table = window.register.table
    selected: list[str] = []
    window.register.client_selected.connect(selected.append)

    # Into the table from the search field, no case open yet: Tab opens none.
    window.activateWindow()
    window.register.search.setFocus(Qt.FocusReason.TabFocusReason)
    assert focus_after(qtbot, window.register.search, Qt.Key.Key_Tab) is window.register.status
    assert focus_after(qtbot, window.register.status, Qt.Key.Key_Tab) is table
    assert selected == [] and window.case is None

    select_code(qtbot, window, "K-2026-004")
    client_id = window.case.client_id
    selected.clear()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    row = table.currentIndex().row()
    # Tab goes on to the case workspace, Shift+Tab back to the status filter.
    after = focus_after(qtbot, table, Qt.Key.Key_Tab)
    assert after is not None and window.workspace.isAncestorOf(after)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert focus_after(qtbot, table, Qt.Key.Key_Backtab) is window.register.status
    assert selected == [] and window.case.client_id == client_id
    assert table.currentIndex().row() == row

    # Arrows still move the line and open that client's case, as before.
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Down if row == 0 else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id != client_id)
    assert selected == [window.case.client_id]
    assert not table.tabKeyNavigation()


def test_register_codes_are_never_cut(qtbot, demo_vault) -> None:  # type: ignore[no-untyped-def]
    """At a 14 pt font every code read "K-202…"; in privacy mode the code is all there is."""
    app = QApplication.instance()
    font = QFont(app.font())
    old = QFont(font)
    font.setPointSize(14)
    app.setFont(font)
    try:
        window = MainWindow(demo_vault, today=lambda: ANCHOR)
        qtbot.addWidget(window)
        window.show()
        unlock(qtbot, window)
        table = window.register.table
        metrics = table.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           table) + 1
        width = table.columnWidth(Column.CODE) - 2 * margin
        proxy = window.register.proxy
        codes = [proxy.index(r, Column.CODE).data() for r in range(proxy.rowCount())]
        assert codes
        for code in codes:
            assert metrics.elidedText(code, Qt.TextElideMode.ElideRight, width) == code

        # A longer code given later widens the column too.
        entry = window.vault.clients()[0]
        window.register.model.update_entry(replace(entry, code="K-2026-LONGER-CODE-001"))
        width = table.columnWidth(Column.CODE) - 2 * margin
        assert metrics.elidedText("K-2026-LONGER-CODE-001", Qt.TextElideMode.ElideRight,
                                  width) == "K-2026-LONGER-CODE-001"
        window.close()
    finally:
        app.setFont(old)


# -- 4. and 5. the case: Tab in the order drawn, no invisible stops ------------------------
def tab_walk(qtbot, start: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    walked = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    return walked


def test_case_header_tab_order_follows_the_screen(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    workspace = window.workspace
    window.activateWindow()
    workspace.set_current_tab("sessions")
    clears = [strip.clear_button for strip in workspace.banner.strips]
    assert clears  # the demo client has a flag raised
    expected = [workspace.history_button, workspace.details_button, workspace.raise_button,
                *clears, workspace.tabs.tabBar()]
    walked = tab_walk(qtbot, workspace.history_button, len(expected))
    assert walked[:len(expected)] == expected
    # Then into the tab shown, its first button.
    sessions = workspace.tab("sessions")
    assert sessions.isAncestorOf(walked[-1])

    # The banner drawn again (a flag raised) keeps the order.
    workspace.case.flags.raise_flag(RiskKind.OTHER, "Said so")
    qtbot.waitUntil(lambda: len(workspace.banner.strips) == len(clears) + 1)
    clears = [strip.clear_button for strip in workspace.banner.strips]
    qtbot.waitUntil(lambda: all(button.isVisible() for button in clears))  # shown queued
    expected = [workspace.history_button, workspace.details_button, workspace.raise_button,
                *clears, workspace.tabs.tabBar()]
    assert tab_walk(qtbot, workspace.history_button, len(expected) - 1) == expected


def test_scroll_areas_around_the_case_are_no_tab_stops(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    workspace = window.workspace
    assert window.workspace_scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    # The tabs whose scroll areas live in this package's share of the code (the sessions
    # tab and the family map's panel are changed by a patch, see artifacts/keys-*.patch).
    for name in ("overview", "intake", "exercises", "self_rating"):
        workspace.set_current_tab(name)
        tab = workspace.tab(name)
        if name == "exercises" and tab.editor is None:
            tab.open_exercise("behaviour_in_words")
        areas = tab.findChildren(QScrollArea)
        if name != "self_rating":
            assert areas, name
        for area in areas:
            assert area.focusPolicy() == Qt.FocusPolicy.NoFocus, name
    # In the intake, Tab goes from the tab bar straight to the first question.
    workspace.set_current_tab("intake")
    walked = tab_walk(qtbot, workspace.tabs.tabBar(), 1)
    assert not isinstance(walked[-1], QScrollArea)
    assert workspace.tab("intake").isAncestorOf(walked[-1])


# -- 3. the other read-only tables: Tab leaves them ----------------------------------------
def test_audit_log_starts_at_its_filters_and_tab_reaches_close(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from kastdesk.ui.audit import show_vault_log

    window = open_window
    dialog = show_vault_log(window, window.vault)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.start
    assert not dialog.table.tabKeyNavigation()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    reached: list[QWidget] = []
    for _ in range(40):
        reached.append(QApplication.focusWidget())
        if reached[-1] is close:
            break
        qtbot.keyClick(reached[-1], Qt.Key.Key_Tab)
    for widget in (dialog.end, *dialog.kinds.values(), dialog.table, dialog.export_button,
                   close):
        assert widget in reached, widget.objectName()
    dialog.reject()


def test_self_rating_answers_table_lets_tab_go(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    window.workspace.set_current_tab("self_rating")
    tab = window.workspace.tab("self_rating")
    assert not tab.table.tabKeyNavigation()
    window.activateWindow()
    tab.table.setFocus(Qt.FocusReason.TabFocusReason)
    assert focus_after(qtbot, tab.table, Qt.Key.Key_Tab) is not tab.table


def test_urge_log_table_lets_tab_go(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    tab.open_exercise("urge_log")
    if tab.editor is None or tab.editor.exercise_id != "urge_log":
        tab.start_button.click()
    table = tab.editor.table
    assert not table.tabKeyNavigation()
    window.activateWindow()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert focus_after(qtbot, table, Qt.Key.Key_Tab) is not table
