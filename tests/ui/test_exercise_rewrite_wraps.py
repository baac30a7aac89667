"""The rewritten sentence ("What I did") is shown whole, wrapped over as many lines as needed.

In a one-line box a long sentence was scrolled to its end, in the therapist's view and in
the client's full-screen view alike.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kastdesk.store import CaseFile, Vault
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import make_tab, start

LONG = ("I have bought sex three times this year, lied to my wife about where I was and "
        "spent money we had saved for the children")


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    case = vault.add_client("K-2026-045", first_contact_date=date(2026, 2, 1))
    case.sessions.add(datetime(2026, 3, 16, 10))
    return case


def assert_shown_whole(edit: QWidget) -> None:
    for _ in range(3):  # the row settles its height over a few layout passes
        QApplication.processEvents()
    width = edit.viewport().width()
    assert edit.fontMetrics().horizontalAdvance(LONG) > 1.5 * width  # it must wrap here
    assert edit.document().size().height() <= edit.viewport().height() + 1
    assert edit.document().size().height() >= 2 * edit.fontMetrics().lineSpacing()
    assert edit.text() == LONG


def test_long_rewrite_is_wrapped_for_therapist_and_client(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    tab.resize(1100, 700)
    start(tab, "i_am_vs_i_do", "2026-03-16")
    assert tab.editor.add_statement("I am a bad person")
    sid = tab.editor.state().statements[0].id
    assert tab.editor.rewrite(sid, LONG)
    assert_shown_whole(tab.editor.action_edits[sid])
    screenshot(tab, "exercise_i_am_rewrite_wrapped")
    view = tab.open_client_view()
    view.showNormal()
    view.resize(1366, 768)
    qtbot.waitExposed(view)
    assert_shown_whole(view.content.action_edits[sid])
    screenshot(view, "exercise_i_am_rewrite_wrapped_client")
    view.leave()


def test_enter_rewrites_and_pasted_line_breaks_become_spaces(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, Qt

    tab = make_tab(qtbot, vault, case)
    start(tab, "i_am_vs_i_do", "2026-03-16")
    assert tab.editor.add_statement("I am weak")
    sid = tab.editor.state().statements[0].id
    edit = tab.editor.action_edits[sid]
    data = QMimeData()
    data.setText("I gave in\nonce")
    edit.insertFromMimeData(data)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.editor.state().get(sid).i_do == "I gave in once"
