""""New session" goes by the case's clock (QA 26).

The QA walk-through ran on a vault whose day (``vault.today``, as a demo made for a fixed
day sets it) was not the computer's: "New session" took the computer's clock, so the new
session stood on another day than the register's and the summary's today, counted as
"planned" there, and its note was left out of the case summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

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
