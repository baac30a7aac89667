"""The family map's toolbar is reachable by Tab: the toolbar, then the map, then its panel.

Its buttons were reachable only by their shortcuts (Undo, Zoom, Export and GEDCOM by none).
The toolbar is one Tab stop, the arrow keys move along its buttons, and Tab inside the map
still walks the persons before it goes on to the panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import unlock
from tests.ui.test_app_main import select_code
from tests.ui.test_genogram_keyboard import map_window

TODAY = date(2026, 11, 1)


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """A line edit, then the family map of a client with two parents, wide enough for the
    whole toolbar."""
    yield map_window(qtbot, vault, lambda editor, client: editor.add_parents(client), (1300, 600))


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _tab(backwards: bool = False) -> QWidget:
    if backwards:
        QTest.keyClick(_focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        QTest.keyClick(_focus(), Qt.Key.Key_Tab)
    return _focus()


def test_tab_goes_to_the_toolbar_then_the_map_then_the_panel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    window.outside.setFocus(Qt.FocusReason.MouseFocusReason)
    assert _tab() is editor.toolbar.widgetForAction(editor.add_man_action)
    # One stop for the whole toolbar: the next Tab is the map, which selects the client.
    assert _tab() is editor.view
    persons = len(editor.model.persons)
    for _ in range(persons - 1):  # the client is not the first person in reading order
        if _tab() is not editor.view:
            break
    after = _tab() if editor.view.hasFocus() else _focus()
    assert editor.panel.isAncestorOf(after), type(after).__name__
    # And back: Shift+Tab from the first person of the walk (the client) goes to the toolbar.
    editor.view.setFocus(Qt.FocusReason.MouseFocusReason)
    editor.view.select_person(editor.view.walk()[0])
    assert _tab(backwards=True) is editor.toolbar_keys.stop
    assert _tab(backwards=True) is window.outside


def test_the_arrow_keys_move_along_the_toolbar_and_tab_comes_back_there(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    keys = editor.toolbar_keys
    usable = keys.usable()
    texts = [b.text() for b in usable]
    assert texts[:4] == ["Man", "Woman", "Other", "Relationship"]
    assert "\u21b7" not in texts  # nothing to redo: disabled, so not a stop on the way
    assert {"\u21b6", "Fit", "Export", "Legend"} <= set(texts)  # Undo: a sign (its tooltip)
    first = usable[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    walked = [first.text()]
    for _ in usable[1:]:
        QTest.keyClick(_focus(), Qt.Key.Key_Right)
        walked.append(_focus().text())  # type: ignore[attr-defined]
    assert walked == texts
    QTest.keyClick(_focus(), Qt.Key.Key_Right)  # the last stays the last
    assert _focus() is usable[-1]
    QTest.keyClick(_focus(), Qt.Key.Key_Home)
    assert _focus() is first
    QTest.keyClick(_focus(), Qt.Key.Key_End)
    assert _focus() is usable[-1]
    QTest.keyClick(_focus(), Qt.Key.Key_Left)
    assert _focus() is usable[-2]
    # Only one of the buttons is a Tab stop: the one last used, which Tab comes back to.
    fit = next(b for b in usable if b.text() == "Fit")
    fit.setFocus(Qt.FocusReason.TabFocusReason)
    keys.place_stop(fit)
    stops = [b for b in keys.buttons() if b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert stops == [fit]
    assert _tab() is editor.view
    editor.view.select_person(editor.view.walk()[0])  # Shift+Tab leaves the map
    assert _tab(backwards=True) is fit


def test_space_presses_the_button_it_is_on(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    window.outside.setFocus(Qt.FocusReason.MouseFocusReason)
    count = len(editor.model.persons)
    button = _tab()
    assert button is editor.toolbar.widgetForAction(editor.add_man_action)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert len(editor.model.persons) == count + 1


def test_undo_that_can_no_longer_undo_leaves_the_toolbar_a_tab_stop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    keys = editor.toolbar_keys
    undo = editor.toolbar.widgetForAction(editor.undo_button_action)
    assert isinstance(undo, QToolButton) and undo.isEnabled()
    undo.setFocus(Qt.FocusReason.TabFocusReason)
    keys.place_stop(undo)
    while editor.undo_stack.canUndo():
        QTest.keyClick(undo, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: keys.stop is not undo)
    assert keys.stop is not None and keys.stop.isEnabled()
    window.outside.setFocus(Qt.FocusReason.MouseFocusReason)
    assert _tab() is keys.stop


def test_in_the_app_tab_comes_from_the_case_tabs_to_the_toolbar(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 768)
    select_code(qtbot, window, "K-2022-001")
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").findChild(GenogramEditor)
    assert editor is not None
    bar = window.workspace.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    assert _tab() is editor.toolbar_keys.stop
    assert _tab() is editor.view
