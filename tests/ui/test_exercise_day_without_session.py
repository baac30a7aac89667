"""An exercise started on a day without a session is recorded today, in no session.

The Session choice fell back to the newest past session, so an exercise started (or
continued) a week after the last session was recorded in that session: the list said
"Started in session 2026-03-09" for work done on the 16th, and the old session's topics
gained "Exercise: …". On a day without a session the choice is now "Today, not in a
session": the work is saved with no session and the list gives the day it was saved. A
session added today (Sessions → New session) takes over, and an earlier session can still
be chosen by hand. Screenshots: artifacts/screenshots/exercise_day_without_session*.png.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kastdesk.domain.models import Changes
from kastdesk.exercises import get_exercise
from kastdesk.exercises.storage import exercise_history, save_exercise
from kastdesk.store import CaseFile, Vault
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import make_tab, sessions_by_day


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A client whose last session was a week before ``make_tab``'s today (2026-03-16)."""
    case = vault.add_client("K-2026-061", first_contact_date=date(2026, 2, 2))
    case.sessions.add(datetime(2026, 3, 2, 10), topics=["shame"])
    case.sessions.add(datetime(2026, 3, 9, 10), topics=["money"])
    return case


def _saved_day(saved_at: str) -> str:
    return datetime.fromisoformat(saved_at).astimezone().date().isoformat()


def test_started_on_a_day_without_a_session_is_in_no_session(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    days = sessions_by_day(case)
    tab.open_exercise("consequence_listing")
    assert tab.session_combo.currentText() == "Today, not in a session"
    assert tab.current_session_id() is None
    assert tab.start_button.isEnabled() and tab.start_button.text() == "Start today"
    assert "recorded as started today" in tab.start_hint.text()
    screenshot(tab, "exercise_day_without_session")
    tab.start_button.click()
    assert tab.editor is not None
    history = exercise_history(case, "consequence_listing")
    assert [v.session_id for v in history] == [None]
    row = next(tab.list.item(i).text() for i in range(tab.list.count())
               if "Consequence" in tab.list.item(i).text())
    assert f"Started on {_saved_day(history[0].saved_at)}, not in a session" in row
    assert "2026-03-09" not in row
    screenshot(tab, "exercise_day_without_session_started")
    # Continued the same day: still in no session, and the last session is untouched.
    tab.editor.add_consequence("money", "Money I cannot explain")
    tab.flush()
    history = exercise_history(case, "consequence_listing")
    assert [v.session_id for v in history] == [None]
    assert len(history[-1].state.consequences) == 1
    assert case.sessions.get(days["2026-03-09"]).topics == ["money"]

    # The client is here after all: a session added today takes the work from now on,
    # and the choice of no session goes (today has a session).
    new = case.sessions.add(datetime(2026, 3, 16, 14))
    tab.refresh(Changes("Add session", areas={"sessions"}))
    assert tab.current_session_id() == new.id
    assert tab.session_combo.findText("Today, not in a session") < 0
    tab.editor.add_consequence("health", "I sleep badly")
    tab.flush()
    assert exercise_history(case, "consequence_listing")[-1].session_id == new.id
    assert case.sessions.get(new.id).topics == ["Exercise: Consequence listing (continued)"]


def test_an_earlier_session_can_still_be_chosen(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """Work typed in afterwards for last week's session goes there when chosen."""
    tab = make_tab(qtbot, vault, case)
    days = sessions_by_day(case)
    tab.open_exercise("i_am_vs_i_do")
    tab.set_session(days["2026-03-09"])
    assert tab.start_button.text() == "Start in this session"
    tab.start_button.click()
    assert [v.session_id for v in exercise_history(case, "i_am_vs_i_do")] == [days["2026-03-09"]]
    assert "Started in session 2026-03-09" in "\n".join(
        tab.list.item(i).text() for i in range(tab.list.count()))
    # Back to today, in no session: the work so far stays in last week's session.
    index = tab.session_combo.findText("Today, not in a session")
    tab.session_combo.setCurrentIndex(index)
    tab.session_combo.activated.emit(index)
    assert tab.current_session_id() is None


def test_work_outside_sessions_keeps_a_version_per_day(vault, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Autosaves outside a session overwrite that day's version only, not an older day's
    (the store's "same session" took every day without a session for one)."""
    from kastdesk.exercises import consequence_listing as cl
    from kastdesk.store import audit

    exercise = get_exercise("consequence_listing")
    real_now = audit.now_iso
    a_week_ago = (datetime.now(UTC) - timedelta(days=7)).isoformat(timespec="milliseconds")
    monkeypatch.setattr(audit, "now_iso", lambda: a_week_ago)
    state = cl.add_consequence(exercise.new_state(), "money", "Debts I hid")
    save_exercise(case, state, None, draft=True)
    monkeypatch.setattr(audit, "now_iso", real_now)
    state = cl.add_consequence(state, "health", "I sleep badly")
    save_exercise(case, state, None, draft=True)
    state = cl.add_consequence(state, "self", "I lie to myself")
    save_exercise(case, state, None, draft=True)  # the same day: overwrites today's
    history = exercise_history(case, "consequence_listing")
    assert [len(v.state.consequences) for v in history] == [1, 3]
    assert history[0].saved_at == a_week_ago
