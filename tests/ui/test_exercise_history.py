"""The exercise History dialog shows every column whole: headings, sessions, saved times."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QTreeWidget

from kastdesk.exercises import get_exercise
from kastdesk.exercises.i_am_vs_i_do import add_statement, rewrite_statement
from kastdesk.exercises.storage import exercise_history, save_exercise
from kastdesk.store import Vault
from kastdesk.ui.exercises.history import HistoryDialog
from tests.ui.conftest import screenshot

REWRITTEN = "Jag har köpt sex tre gånger i år 😔"


def columns_cut(tree: QTreeWidget, columns: range | list[int]) -> list[str]:
    """Columns whose heading or some cell is wider than the column (shown cut off)."""
    header = tree.header()
    cut = []
    for column in columns:
        need = max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
        if header.sectionSize(column) < need:
            cut.append(tree.headerItem().text(column))
    return cut


def open_history(qtbot, vault: Vault) -> HistoryDialog:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-033", first_contact_date=date(2026, 9, 1))
    first = case.sessions.add(datetime(2026, 9, 2, 10, 0))
    second = case.sessions.add(datetime(2026, 11, 28, 10, 0))
    state = get_exercise("i_am_vs_i_do").new_state()
    for text in ("I am beyond help", "I am disgusting", "I am a liar", "I am a bad person"):
        state = add_statement(state, text, first.id)
    save_exercise(case, state, first.id)
    state = rewrite_statement(state, state.statements[0].id, REWRITTEN, second.id)
    save_exercise(case, state, second.id)
    labels = {first.id: "2026-09-02", second.id: "2026-11-28"}
    dialog = HistoryDialog("i_am_vs_i_do", exercise_history(case, "i_am_vs_i_do"), labels)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_history_of_i_am_statements_shows_whole_columns(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1920, 1050))
    dialog = open_history(qtbot, vault)
    screenshot(dialog, "exercise_history_i_am")
    assert dialog.statements is not None
    assert columns_cut(dialog.versions, range(4)) == []
    assert columns_cut(dialog.statements, range(5)) == []


def test_on_a_small_screen_dates_stay_whole_and_text_elides(qtbot, vault: Vault) -> None:
    dialog = open_history(qtbot, vault)  # the test screen is 800 pixels wide
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= screen.width()
    assert dialog.statements is not None
    assert columns_cut(dialog.versions, range(4)) == []
    assert columns_cut(dialog.statements, range(2, 5)) == []
    # A long rewritten statement reads whole in its tooltip where the column elides it.
    assert dialog.statements.topLevelItem(0).toolTip(1) == REWRITTEN
