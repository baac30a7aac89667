"""The case workspace fits a 1024×700 window beside the register, in English, Swedish and
Norwegian.

The Exercises tab needed 681 pixels where a tab has 534 (its list was 240 pixels at the
least, and the session, History… and Show to client stood in one row), so once it was
opened every tab of the case scrolled sideways with Edit details…, Raise risk flag… and
the end of the risk banner behind the scroll bar. The editors in it were wider than
their room as well and were cut at the right. Screenshots:
artifacts/screenshots/<lang>_1024_<tab or exercise>.png.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kastdesk.exercises import all_exercises
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_exercise_texts_fit import cut_texts

#: The tabs that are not the therapist's own writing: the ones the QA pass measured.
TABS = ("genogram", "exercises", "self_rating", "supervision")


def _at_1024(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.resize(1024, 700)
    client = window.vault.clients()[5]  # in treatment, every exercise started
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)


def _needs(widget: QWidget) -> int:
    """The least width a layout will give ``widget``."""
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _room(window, tab: QWidget) -> int:  # type: ignore[no-untyped-def]
    """The width a workspace tab has when the workspace is no wider than its scroll area."""
    margins = window.workspace_host.layout().contentsMargins()
    around = window.workspace.tabs.width() - tab.width()  # the tab widget's own frame
    viewport = window.workspace_scroll.viewport().width()
    return viewport - margins.left() - margins.right() - around


def test_workspace_tabs_fit_beside_the_register(qtbot, every_language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    _at_1024(qtbot, window)
    workspace = window.workspace
    for name in TABS:
        workspace.set_current_tab(name)
        qtbot.wait(60)
        tab = workspace.tab(name)
        screenshot(window, f"{every_language}_1024_{name}")
        assert _needs(tab) <= _room(window, tab), name


def test_every_exercise_fits_beside_the_register(qtbot, every_language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    _at_1024(qtbot, window)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    for exercise in all_exercises():
        tab.open_exercise(exercise.id)
        qtbot.wait(60)
        screenshot(window, f"{every_language}_1024_exercise_{exercise.id}")
        editor = tab.editor
        assert editor is not None, exercise.id
        # The editor's page is never wider than its scroll area (it does not scroll
        # sideways: what is wider is cut), and nothing in it is cut.
        assert _needs(editor.page) <= editor.scroll.viewport().width(), exercise.id
        assert cut_texts(editor) == [], exercise.id
        right_edge = tab.client_button.mapTo(tab, tab.client_button.rect().topRight()).x()
        assert right_edge <= tab.width(), exercise.id


def test_opening_exercises_leaves_no_tab_scrolling_sideways(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """The QA pass's steps: Exercises, then back to the Overview."""
    window = main_window
    _at_1024(qtbot, window)
    window.workspace.set_current_tab("exercises")
    qtbot.wait(60)
    window.workspace.set_current_tab("overview")
    qtbot.wait(60)
    screenshot(window, "en_1024_overview_after_exercises")
    assert window.workspace_host.width() <= window.workspace_scroll.viewport().width()
    assert not window.workspace_scroll.horizontalScrollBar().isVisible()
    button = window.workspace.raise_button
    right_edge = button.mapTo(window, button.rect().topRight()).x()
    assert right_edge <= window.width()


def test_the_statements_go_under_each_other_where_they_do_not_fit_beside(  # type: ignore[no-untyped-def]
        qtbot, main_window) -> None:
    """"I am" and "what I do": side by side at 1366 pixels, one under the other at 1024
    where a rewritten statement's "✓ Rewritten · session …" takes the left column's room."""
    window = main_window
    unlock(qtbot, window)
    client = window.vault.client_by_code("K-2026-004")
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.resize(1366, 768)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    tab.open_exercise("i_am_vs_i_do")
    qtbot.wait(60)
    editor = tab.editor
    assert editor._stacked is False
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: editor._stacked is True)
    assert _needs(editor.page) <= editor.scroll.viewport().width()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: editor._stacked is False)
