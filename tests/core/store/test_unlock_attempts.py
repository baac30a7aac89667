"""Failed unlock attempts reach the vault's audit log at the next unlock, and the vault
log's own entries say who changed what: creation first, settings with their values."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault, WrongPassphrase, WrongRecoveryKey, attempts
from kastdesk.store.crypto import new_recovery_key

from ...conftest import PASSPHRASE


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Anna Berg")
    vault.close()
    return vault_dir


def _actions(vault: Vault) -> list[tuple[str, str, str]]:
    return [(e.actor, e.action, e.target) for e in reversed(vault.audit_entries())]


def test_a_new_vault_begins_with_its_creation(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Anna Berg")
    with vault:
        assert _actions(vault) == [("Anna Berg", "Create vault", "")]
        assert vault.therapist == "Anna Berg"


def test_failed_attempts_are_counted_then_written_at_the_next_unlock(
    closed_vault: Path,
) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(closed_vault, "not the passphrase at all")
    counted = attempts.read(closed_vault)
    assert counted.count == 3 and counted.last is not None
    with Vault.unlock(closed_vault, PASSPHRASE) as vault:
        entries = vault.audit_entries()
        unlock, failed = entries[0], entries[1]
        assert (unlock.action, unlock.actor) == ("Unlock", "Anna Berg")
        assert failed.action == "Failed unlock attempts"
        assert failed.actor == ""  # who typed is not known
        assert failed.detail["count"] == 3
        assert failed.detail["last"] == counted.last.isoformat()
        assert vault.verify() == []
    assert not attempts.path_in(closed_vault).exists()  # counted once, and the pause ends
    with Vault.unlock(closed_vault, PASSPHRASE) as vault:
        assert [e.action for e in vault.audit_entries(limit=2)] == ["Unlock", "Unlock"]


def test_the_attempts_file_holds_nothing_secret(closed_vault: Path) -> None:
    typed = "Åsa's secret guess 1234"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(closed_vault, typed)
    text = attempts.path_in(closed_vault).read_text("utf-8")
    data = json.loads(text)
    assert set(data) == {"version", "count", "recovery_key", "first", "last"}
    for secret in (typed, PASSPHRASE, "Anna", "Berg", str(len(typed))):
        assert secret not in text.replace(data["first"], "").replace(data["last"], "")
    assert attempts.path_in(closed_vault).stat().st_mode & 0o077 == 0


def test_a_wrong_recovery_key_counts_too(closed_vault: Path) -> None:
    other, _ = new_recovery_key()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(closed_vault, other, "another long passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(closed_vault, "not it either, sorry")
    with Vault.unlock(closed_vault, PASSPHRASE) as vault:
        failed = vault.audit_entries()[1]
        assert (failed.detail["count"], failed.detail["recovery_key"]) == (2, 1)


def test_recovering_writes_the_failures_before_the_new_passphrase(
    vault_dir: Path,
) -> None:
    vault, key = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "forgotten, honestly")
    with Vault.recover(vault_dir, key, "a brand new passphrase") as vault:
        assert [e.action for e in vault.audit_entries(limit=2)] == [
            "Recover with recovery key", "Failed unlock attempts"]
    assert attempts.read(vault_dir).count == 0


def test_a_damaged_attempts_file_reads_as_none(tmp_path: Path) -> None:
    attempts.path_in(tmp_path).write_text('{"count": -4, "last": "yesterday"}')
    assert attempts.read(tmp_path) == attempts.FailedAttempts()
    attempts.path_in(tmp_path).write_text("not json")
    assert attempts.read(tmp_path).count == 0
    assert attempts.note_failure(tmp_path).count == 1


def test_time_since_the_last_failure_is_never_negative(tmp_path: Path) -> None:
    now = datetime(2026, 11, 1, 14, 2, tzinfo=UTC)
    counted = attempts.note_failure(tmp_path, now=now)
    assert counted.seconds_since_last(now + timedelta(seconds=30)) == 30
    assert counted.seconds_since_last(now - timedelta(hours=1)) == 0  # clock set back
    assert attempts.read(tmp_path).last == now


def test_an_attempt_in_a_read_only_folder_is_still_a_wrong_passphrase(
    closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(attempts, "atomic_write", refuse)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(closed_vault, "not the passphrase at all")
    assert attempts.read(closed_vault).count == 0


def test_a_setting_change_keeps_old_and_new_value_by_the_one_who_made_it(
    closed_vault: Path,
) -> None:
    with Vault.unlock(closed_vault, PASSPHRASE) as vault:
        vault.set_setting("therapist_name", "Anna Lind")
        vault.set_setting("autolock_minutes", "10")
        vault.set_setting("autolock_minutes", "10")  # the same value: no entry
        vault.set_setting("report.extra_names", json.dumps(["Kalle Ek"]))
        changes = [e for e in reversed(vault.audit_entries()) if e.action == "Change setting"]
    assert [(e.actor, e.target, e.detail) for e in changes] == [
        ("Anna Berg", "therapist_name", {"old": "Anna Berg", "new": "Anna Lind"}),
        ("Anna Lind", "autolock_minutes", {"old": None, "new": "10"}),
        ("Anna Lind", "report.extra_names", {}),  # names to withhold: never in the log
    ]


def test_a_wrong_current_passphrase_in_an_open_vault_is_logged(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the passphrase at all", "a brand new passphrase")
        assert vault.audit_entries(limit=1)[0].action == "Change passphrase refused"
