"""The family map's toolbar Fit and zoom buttons work on a map just opened.

The map opens on the whole family, or on the client at a readable size where the whole
family would be specks, and refits when the window is resized until the user moves the
view. Only the map's own keys and wheel counted as moving it: the toolbar's Fit fitted,
its scroll bars went away, the resize that followed brought the client's close-up back,
and Fit did nothing on every demo client at 1024×700.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code
from tests.ui.test_genogram_tab_fits_700 import FLAGGED


def test_fit_from_the_toolbar_shows_the_whole_family(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(1024, 700)
    select_code(qtbot, window, FLAGGED)
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").editor
    qtbot.wait(80)
    view = editor.view
    assert view.zoom_level() >= 0.5  # opened on the client, readable
    button = editor.toolbar.widgetForAction(editor.fit_action)
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(80)
    assert view.zoom_level() < 0.5
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in editor.scene.persons.values():
        assert shown.contains(item.sceneBoundingRect().center())
    screenshot(window, "genogram_fit_button_1024x700")
    # Zoom in from the toolbar stays too.
    fitted = view.zoom_level()
    QTest.mouseClick(editor.toolbar.widgetForAction(editor.zoom_in_action),
                     Qt.MouseButton.LeftButton)
    qtbot.wait(80)
    assert fitted < view.zoom_level() < 0.5
