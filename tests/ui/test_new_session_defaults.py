"""A new session takes its form, length and who came from the session held last, not from
an appointment booked ahead (QA 26).

The QA pass started a session with the client in the room: the new session said
"Telefon, 75 min", the telephone appointment booked for next month, where the session
before had been in person for 50 minutes. Left as it stood, the session counted as a
phone call in the clinic's figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from kastdesk.domain.models import Modality, Present
from kastdesk.domain.templates import first_session_note
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace.sessions import SessionsTab
from tests.ui.conftest import shown_workspace


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    return vault.add_client("K-2026-626", first_contact_date=date(2026, 1, 5))


@pytest.fixture
def tab(qtbot, vault: Vault, case: CaseFile) -> Iterator[SessionsTab]:  # type: ignore[no-untyped-def]
    ws = shown_workspace(qtbot, vault, case, "sessions")
    yield ws.tab("sessions")  # type: ignore[misc]
    ws.clear()


def _booked_ahead(case: CaseFile) -> None:
    """A phone appointment of 75 minutes with the client and partner, a month ahead."""
    case.sessions.add(datetime.now().replace(second=0, microsecond=0) + timedelta(days=30),
                      duration_min=75, modality=Modality.PHONE,
                      present=Present.BOTH)


def test_a_new_session_is_like_the_last_one_held(qtbot, case: CaseFile, tab) -> None:  # type: ignore[no-untyped-def]
    case.sessions.add(datetime.now().replace(second=0, microsecond=0) - timedelta(days=7),
                      duration_min=50, modality=Modality.IN_PERSON, present=Present.CLIENT,
                      note="Last week.")
    _booked_ahead(case)
    tab.refresh()
    tab.new_session()
    session = case.sessions.get(tab.current_session_id())
    assert session.modality is Modality.IN_PERSON
    assert session.duration_min == 50
    assert session.present is Present.CLIENT
    assert session.note == ""  # not the first session
    assert tab.editor.modality.currentData() == Modality.IN_PERSON.value


def test_a_first_session_with_one_booked_ahead_gets_the_template(qtbot, case: CaseFile,  # type: ignore[no-untyped-def]
                                                                 tab) -> None:
    """Only an appointment ahead: the session now is the first one, template and all."""
    _booked_ahead(case)
    tab.refresh()
    tab.new_session()
    session = case.sessions.get(tab.current_session_id())
    assert session.note == first_session_note()
    assert tab.editor.note.textCursor().blockNumber() == 1  # under the first heading
    # Nothing held to go by: as booked.
    assert session.modality is Modality.PHONE and session.duration_min == 75
