"""An exercise opened on a day whose session was cancelled or missed is not put in it.

QA 19 #10: the client's only session of the day was cancelled, the therapist opened an
exercise, and the combo chose that session ("2026-03-16 10:00 (today)", unmarked): the work
was recorded in a session that never took place and its topics gained "Exercise: …". Only a
held session (or one still to come today) takes the work; on such a day "Today, not in a
session" comes first and is chosen, and the session not held is marked in the choice.
QA 19 #14: the choice was 16 average characters wide and cut "(today)" to "(today".
Screenshots: artifacts/screenshots/exercise_cancelled_today_<lang>.png.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from kastdesk.domain.models import Attendance, Changes
from kastdesk.exercises.storage import exercise_history
from kastdesk.store import CaseFile, Vault
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import make_tab


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A client seen last week; today (``make_tab``'s 2026-03-16) is booked at 10:00."""
    case = vault.add_client("K-2026-091", first_contact_date=date(2026, 2, 2))
    case.sessions.add(datetime(2026, 3, 9, 10), topics=["money"])
    return case


def _items(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.session_combo.itemText(i) for i in range(tab.session_combo.count())]


@pytest.mark.parametrize(("attendance", "mark"), [
    (Attendance.CANCELLED_BY_CLIENT, "Cancelled"),
    (Attendance.CANCELLED_BY_CLINIC, "Cancelled"),
    (Attendance.NO_SHOW, "Did not attend"),
])
def test_a_session_not_held_today_takes_no_work(qtbot, vault, case, attendance, mark) -> None:  # type: ignore[no-untyped-def]
    today = case.sessions.add(datetime(2026, 3, 16, 10), attendance=attendance)
    tab = make_tab(qtbot, vault, case)
    tab.open_exercise("consequence_listing")
    assert _items(tab) == ["Today, not in a session", f"2026-03-16 10:00 (today) – {mark}",
                           "2026-03-09 10:00"]
    assert tab.session_combo.currentText() == "Today, not in a session"
    assert tab.current_session_id() is None
    assert tab.start_button.text() == "Start today"
    tab.start_button.click()
    assert [v.session_id for v in exercise_history(case, "consequence_listing")] == [None]
    assert case.sessions.get(today.id).topics == []


def test_a_session_held_later_the_same_day_takes_the_work(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """Held at 14, a second booking at 16 cancelled by the clinic: the 14:00 session is the
    choice (the newest session of the day won, whatever its attendance)."""
    held = case.sessions.add(datetime(2026, 3, 16, 14))
    case.sessions.add(datetime(2026, 3, 16, 16), attendance=Attendance.CANCELLED_BY_CLINIC)
    tab = make_tab(qtbot, vault, case)
    tab.open_exercise("i_am_vs_i_do")
    assert "Today, not in a session" not in _items(tab)
    assert tab.current_session_id() == held.id
    tab.start_button.click()
    assert [v.session_id for v in exercise_history(case, "i_am_vs_i_do")] == [held.id]
    assert len(case.sessions.get(held.id).topics) == 1


def test_a_session_marked_cancelled_gives_up_the_choice(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """Today's session was chosen, then marked "did not attend" on the Sessions tab: the
    work from then on is today's, in no session; the session can still be chosen by hand."""
    booked = case.sessions.add(datetime(2026, 3, 16, 10))
    tab = make_tab(qtbot, vault, case)
    assert tab.current_session_id() == booked.id
    case.sessions.update(booked.id, attendance=Attendance.NO_SHOW)
    tab.refresh(Changes("Edit session", areas={"sessions"}))
    assert tab.current_session_id() is None
    assert tab.session_combo.currentText() == "Today, not in a session"
    tab.set_session(booked.id)
    tab.refresh(Changes("Edit session", areas={"sessions"}))
    assert tab.current_session_id() == booked.id  # a choice made by hand stays


def test_the_session_choice_shows_its_whole_text(qtbot, vault, case, every_language) -> None:  # type: ignore[no-untyped-def]
    """Each line of the choice fits the combo's text field, in every language."""
    case.sessions.add(datetime(2026, 3, 16, 9), attendance=Attendance.NO_SHOW)
    case.sessions.add(datetime(2026, 3, 16, 10))
    tab = make_tab(qtbot, vault, case)
    tab.resize(1366, 768)
    tab.open_exercise("consequence_listing")
    qtbot.waitExposed(tab)
    combo = tab.session_combo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    for text in _items(tab):
        assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), (text, field)
    screenshot(tab, f"exercise_cancelled_today_{every_language}")
