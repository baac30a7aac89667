"""A session the screen shows but the case file no longer holds is a store error with a
sentence, not a bare KeyError (which the app could only call "unexpected")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from kastdesk.store import CaseFile, SessionMissing, StoreError, Vault

GONE = "24f3b798323f47eea4fb478701b82367"


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    return vault.add_client("K-1")


CALLS: dict[str, Callable[[CaseFile], object]] = {
    "save_note": lambda case: case.sessions.save_note(GONE, "typed"),
    "update": lambda case: case.sessions.update(GONE, duration_min=60),
    "sign": lambda case: case.sessions.sign(GONE),
    "amend": lambda case: case.sessions.amend(GONE, "more", "forgot"),
    "delete": lambda case: case.sessions.delete(GONE),
    "get": lambda case: case.sessions.get(GONE),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_a_missing_session_is_a_store_error_with_a_sentence(case: CaseFile, call: str) -> None:
    case.sessions.add(datetime(2026, 11, 1, 10), note="first")
    with pytest.raises(StoreError) as info:
        CALLS[call](case)
    assert isinstance(info.value, SessionMissing)
    assert "no longer in the client's case file" in info.value.message
    assert str(info.value) == info.value.message  # not KeyError's quoted repr
    assert not case.closed  # a lookup of a session deleted since is no reason to close


def test_it_is_still_a_key_error_for_lookups_that_expect_one(case: CaseFile) -> None:
    """Importing a supervisor's comment on a session deleted since skips it (KeyError)."""
    with pytest.raises(KeyError):
        case.sessions.get(GONE)
