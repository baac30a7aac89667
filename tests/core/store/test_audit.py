"""The hash-chained audit log detects altered, removed and truncated entries."""

from __future__ import annotations

from datetime import datetime

import pytest

from kastdesk.store import CaseFile, Vault


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    case = vault.add_client("K-1")
    for hour in range(9, 14):
        case.sessions.add(datetime(2026, 3, 9, hour, 0))
    return case


def _sql(case: CaseFile, statement: str) -> None:
    # Tampering as someone holding the key would: straight SQL behind the facade's back.
    conn = case._connection()
    conn.execute(statement)


def test_an_intact_chain_verifies(case: CaseFile) -> None:
    assert case.verify() == []


def test_an_altered_entry_is_detected(case: CaseFile) -> None:
    _sql(case, "UPDATE audit SET action = 'Nothing happened' WHERE seq = 3")
    assert any("entry 3 has been altered" in p for p in case.verify())


def test_a_removed_entry_is_detected(case: CaseFile) -> None:
    _sql(case, "DELETE FROM audit WHERE seq = 2")
    assert any("entry 2 is missing" in p for p in case.verify())


def test_removing_the_newest_entries_is_detected(case: CaseFile) -> None:
    _sql(case, "DELETE FROM audit WHERE seq >= 5")
    assert any("newest audit entries" in p for p in case.verify())


def test_truncation_with_a_forged_head_is_caught_by_the_register(
    vault: Vault, case: CaseFile
) -> None:
    _sql(case, "DELETE FROM audit WHERE seq >= 5")
    _sql(case, "UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit WHERE seq = 4)")
    assert case.verify() == []
    assert any("K-1" in p and "removed" in p for p in vault.verify())


def test_vault_level_audit_is_checked_too(vault: Vault) -> None:
    vault.add_client("K-2")
    vault.index.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 1")
    assert any(p.startswith("index:") for p in vault.verify())
