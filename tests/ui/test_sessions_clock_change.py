"""A session's time is the wall-clock time typed, on the nights the clocks change too.

A session is stored as a naive wall-clock time. The editor's QDateTimeEdit worked in the
computer's local time, which in Sweden and Norway has no 02:00-02:59 on the last Sunday of
March: a session stored at 02:30 showed "02:30" in the list but "03:30" in the editor, and
typing 02:45 saved 03:45 (QA finding 5). The editor now works without a time zone, so what
is typed is what is stored and shown, in spring, in autumn (02:30 happens twice) and on
29 February. Screenshot: artifacts/screenshots/sessions_clock_change_spring.png.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace.sessions import SessionsTab
from tests.ui.conftest import screenshot, shown_workspace

SPRING = datetime(2026, 3, 29, 2, 30)  # the clocks go from 02:00 to 03:00 in Stockholm
AUTUMN = datetime(2026, 10, 25, 2, 30)  # from 03:00 back to 02:00: 02:30 happens twice
LEAP = datetime(2028, 2, 29, 10, 0)


@pytest.fixture
def stockholm() -> Iterator[None]:
    """The computer's clock in Europe/Stockholm (as a Swedish therapist's is)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Stockholm"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    return vault.add_client("K-2026-555", first_contact_date=date(2026, 1, 1))


@pytest.fixture
def tab(qtbot, stockholm, vault: Vault, case: CaseFile) -> Iterator[SessionsTab]:  # type: ignore[no-untyped-def]
    for at in (SPRING, AUTUMN, LEAP):
        case.sessions.add(at, note=at.isoformat())
    ws = shown_workspace(qtbot, vault, case, "sessions")
    sessions = ws.tab("sessions")
    assert isinstance(sessions, SessionsTab)
    yield sessions
    ws.clear()


def _open(tab: SessionsTab, case: CaseFile, at: datetime) -> str:
    session = next(s for s in case.sessions.list() if s.starts_at == at)
    tab.set_current_session(session.id)
    assert tab.current_session_id() == session.id
    return session.id


def _type_section(qtbot, edit: QDateTimeEdit, section: QDateTimeEdit.Section,  # type: ignore[no-untyped-def]
                  digits: str) -> None:
    """Type ``digits`` over one part of the field, as a therapist does with the keyboard."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.setSelectedSection(section)
    qtbot.keyClicks(edit, digits)


@pytest.mark.parametrize("at", [SPRING, AUTUMN, LEAP], ids=["spring", "autumn", "leap_day"])
def test_the_editor_shows_and_saves_the_time_typed(  # type: ignore[no-untyped-def]
    qtbot, tab: SessionsTab, case: CaseFile, at: datetime
) -> None:
    assert time.localtime(SPRING.timestamp()).tm_zone in {"CET", "CEST"}  # the TZ took
    session_id = _open(tab, case, at)
    editor = tab.editor
    shown = at.strftime("%Y-%m-%d  %H:%M")
    assert editor.when.text() == shown  # was "2026-03-29  03:30" in spring
    row = tab.list.currentItem()
    assert (row.text(0), row.text(1)) == (at.strftime("%Y-%m-%d"), at.strftime("%H:%M"))

    # Only the length changes: the time stays as stored.
    editor.duration.setValue(75)
    editor.save()
    assert case.sessions.get(session_id).starts_at == at

    # The minutes typed over: 02:45 is saved as 02:45 (was 03:45 in spring).
    _type_section(qtbot, editor.when, QDateTimeEdit.Section.MinuteSection, "45")
    editor.save()
    assert case.sessions.get(session_id).starts_at == at.replace(minute=45)
    assert editor.when.text() == at.replace(minute=45).strftime("%Y-%m-%d  %H:%M")

    # The hour typed over: 02 stays 02 (was 03, or 01 when set from code, in spring).
    _type_section(qtbot, editor.when, QDateTimeEdit.Section.HourSection, "02")
    editor.save()
    assert case.sessions.get(session_id).starts_at == at.replace(hour=2, minute=45)
    if at == SPRING:
        screenshot(tab.window(), "sessions_clock_change_spring")

    # Opened again from the store, the list and the editor agree.
    other = AUTUMN if at != AUTUMN else SPRING
    _open(tab, case, other)
    _open(tab, case, at.replace(hour=2, minute=45))
    assert editor.when.text() == at.replace(hour=2, minute=45).strftime("%Y-%m-%d  %H:%M")
    assert tab.list.currentItem().text(1) == "02:45"


def test_a_new_session_typed_for_the_missing_hour(  # type: ignore[no-untyped-def]
    qtbot, tab: SessionsTab, case: CaseFile
) -> None:
    """A session typed for 02:10 on the spring night is saved at 02:10 (was 03:10)."""
    tab.new_session()
    session_id = tab.current_session_id()
    editor = tab.editor
    editor.when.setFocus(Qt.FocusReason.TabFocusReason)
    editor.when.selectAll()
    qtbot.keyClicks(editor.when, "2026-03-29  02:10")
    editor.save()
    assert case.sessions.get(session_id).starts_at == datetime(2026, 3, 29, 2, 10)
    assert editor.when.text() == "2026-03-29  02:10"
