"""The family map's toolbar fits a 1366×768 laptop screen in the main window, in every language.

In Swedish and Norwegian the legend toggle sat behind the toolbar's » button, and after any
edit the Undo button grew to "Ångra Lägg till partner" and pushed Import GEDCOM there too.
The Undo and Redo buttons now keep their short label (the step is in the tooltip).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QToolBar, QToolButton

from kastdesk import i18n
from kastdesk.ui import app as app_module
from kastdesk.ui.genogram.editor import GenogramEditor
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code

#: A flagged client: the banner above the tabs brings a scroll bar, the narrowest family map.
CODE = "K-2022-001"


@pytest.fixture(params=["sv_SE", "nb_NO", "en_US"])
def language(qapp, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app in one language (English: no catalogue, as on an English computer)."""
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    if request.param != "en_US":
        app_module.install_translations(qapp, QLocale(request.param))
    yield request.param[:2]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def overflow(toolbar: QToolBar) -> list[str]:
    """The toolbar's actions that do not fit: their buttons hidden, behind the » button."""
    hidden = []
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        widget = toolbar.widgetForAction(action)
        if widget is None or not widget.isVisible():
            name = action.text() or (widget.text() if isinstance(widget, QToolButton) else "")
            hidden.append(name or "?")
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible() and not hidden:
        hidden.append("»")
    return hidden


def map_beside_register_at_1024(qtbot, window) -> GenogramEditor:  # type: ignore[no-untyped-def]
    """The flagged client's family map beside the register at 1024 pixels, the client
    selected (the properties panel open: the toolbar at its narrowest)."""
    unlock(qtbot, window)
    window.resize(1024, 700)
    select_code(qtbot, window, CODE)
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").findChild(GenogramEditor)
    assert editor is not None
    index = editor.model.index_person
    assert index is not None
    editor.scene.persons[index.id].setSelected(True)
    qtbot.waitUntil(lambda: editor.panel.isVisible() and editor.toolbar.width() > 500)
    qtbot.wait(30)
    return editor


def test_nothing_on_the_toolbar_overflows_at_1366_by_768(qtbot, language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.resize(1366, 768)
    unlock(qtbot, window)
    window.resize(1366, 768)
    select_code(qtbot, window, CODE)
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").findChild(GenogramEditor)
    assert editor is not None
    toolbar = editor.toolbar
    qtbot.waitUntil(lambda: toolbar.isVisible() and toolbar.width() > 600)
    qtbot.wait(30)
    assert toolbar.width() <= 900  # beside the register, as the therapist sees it
    screenshot(window, f"{language}_genogram_toolbar")
    assert overflow(toolbar) == []

    index = editor.model.index_person
    assert index is not None
    undo_label = editor.undo_button_action.text()
    assert editor.add_partner(index.id)
    qtbot.wait(30)
    screenshot(window, f"{language}_genogram_toolbar_after_edit")
    assert overflow(toolbar) == []
    # The button keeps its word; the step it takes back is in the tooltip, as the stack says.
    assert editor.undo_button_action.text() == undo_label
    assert editor.undo_button_action.isEnabled()
    assert editor.undo_action.text() in editor.undo_button_action.toolTip()
    assert editor.undo_action.text() != undo_label

    editor.undo_button_action.trigger()
    qtbot.wait(30)
    assert overflow(toolbar) == []
    assert editor.redo_button_action.isEnabled()
    assert editor.redo_action.text() in editor.redo_button_action.toolTip()
    assert editor.undo_button_action.text() == undo_label
