"""On a 1366×768 laptop screen (a window of 1366×740), a signed note's amend button shows
whole for every demo session, risk banner, amendments and all: it sat below the scrolling
editor, cut in half."""
from __future__ import annotations

from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code


def test_amend_button_fits_a_laptop_screen(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.resize(1366, 740)
    unlock(qtbot, window)
    checked = 0
    for entry in window.vault.clients():
        select_code(qtbot, window, entry.code)
        ws = window.workspace
        ws.set_current_tab("sessions")
        qtbot.wait(50)
        sessions = ws._tabs["sessions"]
        tree = sessions.list
        items = []
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            items.append(top)
            items.extend(top.child(j) for j in range(top.childCount()))
        for row, item in enumerate(items):
            tree.setCurrentItem(item)
            qtbot.wait(20)
            button = sessions.editor.amend_button
            if button.isVisible():
                region = button.visibleRegion().boundingRect()
                assert region.height() == button.height(), (entry.code, row)
                if not checked:
                    screenshot(window, "sessions_signed_laptop")
                checked += 1
    assert checked
