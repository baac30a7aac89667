"""The family map's everyday buttons fit its toolbar beside the register at 1024 pixels.

In Norwegian, Fit ("Tilpass"), Tidy up ("Ordne") and the legend were behind the toolbar's »
button (in Swedish Fit, Tidy up and the legend too): Undo and Redo in words ("Angre",
"Gjør om") and a GEDCOM button of its own (its export was in Export's menu already) took
their room. Undo and Redo are signs now, as the zoom's + and − (the word and the step in
the tooltip), and GEDCOM's import and export are in Export's menu. The legend's toggle, the
last button, is the first to go behind » (it has Ctrl+Shift+K and the map's menu).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import screenshot
from tests.ui.test_genogram_toolbar_fits import (  # noqa: F401 (a fixture)
    language,
    map_beside_register_at_1024,
    overflow,
)


def test_the_everyday_buttons_stay_on_the_toolbar_beside_the_register_at_1024(  # type: ignore[no-untyped-def]
    qtbot, language, main_window  # noqa: F811
) -> None:
    editor = map_beside_register_at_1024(qtbot, main_window)
    toolbar = editor.toolbar
    assert toolbar.width() < 640  # beside the register, as the therapist sees it
    screenshot(toolbar, f"{language}_1024_genogram_toolbar")
    hidden = overflow(toolbar)
    everyday = (editor.add_man_action, editor.add_woman_action, editor.add_other_action,
                editor.undo_button_action, editor.redo_button_action, editor.zoom_in_action,
                editor.zoom_out_action, editor.fit_action, editor.tidy_action)
    for action in everyday:
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), (action.text(), hidden)
    assert editor.export_button.isVisible(), hidden
    assert set(hidden) <= {editor.legend_action.text()}, hidden
    if language == "en":
        assert hidden == []

    # The signs are Undo and Redo to a screen reader and in their tooltips.
    for action, word in ((editor.undo_button_action, editor.tr("Undo")),
                         (editor.redo_button_action, editor.tr("Redo"))):
        assert action.text() == word
        assert toolbar.widgetForAction(action).accessibleName() == word
        assert action.toolTip().startswith(word)

    # GEDCOM in and out under Export; the import, and the legend behind », in the map's menu.
    assert editor.import_action in editor.export_button.menu().actions()
    shown: list[list[QAction]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append(menu.actions())
        menu.close()

    QTimer.singleShot(50, read_and_close)
    editor._show_background_menu(QPointF(0, 0), QPoint(0, 0))
    assert editor.legend_action in shown[0]
    assert editor.import_action in shown[0]
    assert not editor.legend_action.shortcut().isEmpty()
