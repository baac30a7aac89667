"""Exercise work is recorded against the session it was typed in.

Changing the Session combo first saves what was typed into the session chosen before; a
session added later ("New session" on the Sessions tab) becomes the one work goes to.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kastdesk.domain.models import Changes
from kastdesk.exercises.storage import exercise_history
from kastdesk.store import CaseFile, Vault
from tests.ui.test_exercises_tab import make_tab, sessions_by_day, start


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A client with a session a week ago and one today (``make_tab``'s today)."""
    case = vault.add_client("K-2026-044", first_contact_date=date(2026, 2, 1))
    case.sessions.add(datetime(2026, 3, 9, 10))
    case.sessions.add(datetime(2026, 3, 16, 10))
    return case


def test_unsaved_work_is_saved_in_the_session_it_was_typed_in(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    days = sessions_by_day(case)
    start(tab, "consequence_listing", "2026-03-16")
    tab.editor.add_consequence("money", "Money I cannot explain")
    assert tab.has_unsaved_changes()
    # The therapist picks last week's session in the combo as the user would.
    index = tab.session_combo.findData(days["2026-03-09"])
    tab.session_combo.setCurrentIndex(index)
    tab.session_combo.activated.emit(index)
    last = exercise_history(case, "consequence_listing")[-1]
    assert last.session_id == days["2026-03-16"]
    assert [c.text for c in last.state.consequences] == ["Money I cannot explain"]
    assert case.sessions.get(days["2026-03-09"]).topics == []
    # What comes after the switch goes to the session chosen now.
    assert tab.current_session_id() == days["2026-03-09"]
    tab.editor.add_consequence("health", "I sleep badly")
    tab.flush()
    assert exercise_history(case, "consequence_listing")[-1].session_id == days["2026-03-09"]


def test_a_new_session_becomes_the_chosen_one(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    days = sessions_by_day(case)
    start(tab, "consequence_listing", "2026-03-09")
    assert tab.current_session_id() == days["2026-03-09"]
    tab.editor.add_consequence("money", "Typed in the old session")
    # "New session" on the Sessions tab: the case changes, the tab redraws from it.
    new = case.sessions.add(datetime(2026, 3, 16, 15))
    tab.refresh(Changes("Add session", areas={"sessions"}))
    assert tab.session_combo.currentData() == new.id == tab.current_session_id()
    first = exercise_history(case, "consequence_listing")[-1]
    assert first.session_id == days["2026-03-09"]  # saved where it was typed, before
    tab.editor.add_consequence("health", "Typed in the new one")
    tab.flush()
    assert exercise_history(case, "consequence_listing")[-1].session_id == new.id
    # A redraw without a newer session keeps the therapist's choice.
    tab.set_session(days["2026-03-09"])
    tab.refresh(None)
    assert tab.current_session_id() == days["2026-03-09"]
