""""New session" goes by the case's clock, and opens an appointment booked for today (QA 26).

The QA walk-through ran on a vault whose day (``vault.today``, as a demo made for a fixed
day sets it) was not the computer's: "New session" took the computer's clock, so the new
session stood on another day than the register's and the summary's today, counted as
"planned" there, and its note was left out of the case summary. And with an appointment
booked for today, "New session" added a second session beside it: the booked one stayed
empty and "planned", the note went into the extra one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from kastdesk.domain.models import Modality, Present
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace.sessions import SessionsTab
from tests.ui.conftest import shown_workspace

NOW = datetime(2030, 5, 14, 10, 7)  # far from the computer's day


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    vault.today = lambda: NOW.date()
    vault.now = lambda: NOW
    return vault.add_client("K-2030-514", first_contact_date=date(2030, 4, 1))


@pytest.fixture
def tab(qtbot, vault: Vault, case: CaseFile) -> Iterator[SessionsTab]:  # type: ignore[no-untyped-def]
    ws = shown_workspace(qtbot, vault, case, "sessions")
    yield ws.tab("sessions")  # type: ignore[misc]
    ws.clear()


def test_a_new_session_stands_on_the_case_clocks_day(qtbot, case: CaseFile, tab) -> None:  # type: ignore[no-untyped-def]
    assert case.now() == NOW
    tab.new_session()
    session = case.sessions.get(tab.current_session_id())
    assert session.starts_at == datetime(2030, 5, 14, 10, 0)  # the quarter hour begun
    assert session.is_contact(case.now())  # held, not "planned"


def test_new_session_opens_the_appointment_booked_for_today(qtbot, case: CaseFile,  # type: ignore[no-untyped-def]
                                                            tab) -> None:
    case.sessions.add(datetime(2030, 5, 7, 10, 0), duration_min=50, note="Last week.")
    booked = case.sessions.add(datetime(2030, 5, 14, 10, 30), duration_min=60,
                               modality=Modality.IN_PERSON, present=Present.BOTH)
    case.sessions.add(datetime(2030, 6, 1, 10, 0))  # ahead
    tab.refresh()
    tab.new_session()
    assert len(case.sessions.list()) == 3  # no second session beside the booked one
    assert tab.current_session_id() == booked.id
    assert tab.editor.note.hasFocus()
    qtbot.keyClicks(tab.editor.note, "Came with her partner.")
    tab.editor.save()
    assert case.sessions.get(booked.id).note == "Came with her partner."


@pytest.mark.parametrize("signed", [True, False])
def test_a_session_written_today_leaves_new_session_a_new_one(qtbot, case: CaseFile,  # type: ignore[no-untyped-def]
                                                              tab, signed: bool) -> None:
    """A crisis call this morning, its note written (signed or not): the session now is
    another one."""
    early = case.sessions.add(datetime(2030, 5, 14, 8, 0), note="Crisis call.")
    if signed:
        case.sessions.sign(early.id)
    tab.refresh()
    tab.new_session()
    assert len(case.sessions.list()) == 2
    assert tab.current_session_id() != early.id
