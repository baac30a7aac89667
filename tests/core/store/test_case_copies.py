"""An older copy of a case file put back (a restore, a sync conflict) is refused, never
opened as if it were the whole record; a newer one opens as usual.

The register keeps the newest audit entry (seq, hash) it saw in each case file; a file that
does not hold it is older than what the vault last saw.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from kastdesk.domain.models import RiskKind
from kastdesk.store import KdfParams, StoreError, Vault
from kastdesk.store.errors import CaseDamaged, CaseOutdated

from ...conftest import PASSPHRASE


def _case_path(folder: Path, client_id: str) -> Path:
    return folder / "cases" / f"{client_id}.kcase"


@pytest.fixture
def rolled_back(vault_dir: Path, tmp_path: Path) -> tuple[Path, str, bytes]:
    """A vault whose one case file was put back from before a risk flag was raised:
    (folder, client id, the older file's bytes)."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client("K-A")
    case.sessions.add(datetime(2026, 11, 1, 10), note="first")
    client_id = case.client_id
    vault.close()
    old = _case_path(vault_dir, client_id).read_bytes()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.open_case(client_id).flags.raise_flag(RiskKind.SUICIDAL, "said he has a plan")
    shutil.copy(_case_path(vault_dir, client_id), tmp_path / "newest.kcase")
    _case_path(vault_dir, client_id).write_bytes(old)
    return vault_dir, client_id, old


def test_an_older_copy_is_refused_with_a_sentence_and_left_as_it_was(
    rolled_back: tuple[Path, str, bytes],
) -> None:
    folder, client_id, old = rolled_back
    with Vault.unlock(folder, PASSPHRASE) as vault:
        with pytest.raises(CaseOutdated) as info:
            vault.open_case(client_id)
        assert isinstance(info.value, CaseDamaged)  # exit code 4, and callers that skip
        assert "older copy" in info.value.message and "newest copy" in info.value.message
        assert vault.client(client_id).flags == ("suicidal_thoughts",)
        with pytest.raises(CaseOutdated):  # the same on every try, never opened "after all"
            vault.open_case(client_id, audit_open=False)
        assert vault.refresh_register() == 0
    assert _case_path(folder, client_id).read_bytes() == old  # not even an audit line


def test_verify_still_names_it_after_a_refused_open(
    rolled_back: tuple[Path, str, bytes],
) -> None:
    folder, client_id, _old = rolled_back
    with Vault.unlock(folder, PASSPHRASE) as vault:
        with pytest.raises(CaseOutdated):
            vault.open_case(client_id)
        problems = vault.verify()
    assert len(problems) == 1
    assert "K-A" in problems[0] and "older copy" in problems[0] and "newest copy" in problems[0]
    assert f"{client_id}.kcase" in problems[0]


def test_the_newest_copy_put_back_opens_again(
    rolled_back: tuple[Path, str, bytes], tmp_path: Path,
) -> None:
    folder, client_id, _old = rolled_back
    shutil.copy(tmp_path / "newest.kcase", _case_path(folder, client_id))
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(client_id)
        assert [f.kind for f in case.flags.list(active_only=True)] == [RiskKind.SUICIDAL]
        assert vault.verify() == []


def test_an_older_copy_written_to_elsewhere_is_refused_too(
    rolled_back: tuple[Path, str, bytes],
) -> None:
    """An older copy that went on by itself (opened by another KastDesk, a sync conflict)
    can reach the register's entry number, or pass it: its entry there differs."""
    from kastdesk.store.casefile import CaseFile

    folder, client_id, _old = rolled_back
    with Vault.unlock(folder, PASSPHRASE) as vault:
        seen = vault._seen_head(client_id)
        key = vault._case_key(client_id)
    with CaseFile(_case_path(folder, client_id), key, client_id, "elsewhere") as other:
        while other.audit_seq() < seen[0] + 2:
            other.goals.add("a goal set in the other copy")
    with Vault.unlock(folder, PASSPHRASE) as vault:
        with pytest.raises(CaseOutdated):
            vault.open_case(client_id)
        assert any("older copy" in p for p in vault.verify())


def test_a_case_file_newer_than_the_register_opens_and_the_register_catches_up(
    vault_dir: Path, tmp_path: Path,
) -> None:
    """The index put back from a backup (or a crash between the case's commit and the
    register's): the case file is newer, and nothing in it is lost by opening it."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    client_id = vault.add_client("K-A").client_id
    vault.close()
    shutil.copy(vault_dir / "index.kdb", tmp_path / "index.kdb")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.open_case(client_id).flags.raise_flag(RiskKind.VIOLENCE)
    shutil.copy(tmp_path / "index.kdb", vault_dir / "index.kdb")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.client(client_id).flags == ()
        case = vault.open_case(client_id)
        assert [f.kind for f in case.flags.list()] == [RiskKind.VIOLENCE]
        case.sessions.add(datetime(2026, 11, 2, 10))
        assert vault.client(client_id).flags == ("violence",)
        assert vault._seen_head(client_id) == case.audit_head()


@pytest.mark.parametrize("recorded", ["nothing", "a number only"])
def test_a_register_without_a_recorded_head_opens_and_records_it(
    rolled_back: tuple[Path, str, bytes], tmp_path: Path, recorded: str,
) -> None:
    """A register written before it kept each case's newest entry has nothing to hold the
    file to: the first open records it, and an older copy put back after that is told."""
    folder, client_id, old = rolled_back
    shutil.copy(tmp_path / "newest.kcase", _case_path(folder, client_id))
    with Vault.unlock(folder, PASSPHRASE) as vault:
        seq = 0 if recorded == "nothing" else vault._seen_head(client_id)[0]
        with vault._index_tx() as conn:
            conn.execute("UPDATE clients SET audit_seq = ?, audit_hash = ''", (seq,))
        case = vault.open_case(client_id, audit_open=False)
        assert vault._seen_head(client_id) == case.audit_head()
    _case_path(folder, client_id).write_bytes(old)
    with Vault.unlock(folder, PASSPHRASE) as vault, pytest.raises(CaseOutdated):
        vault.open_case(client_id)


def test_a_register_without_a_head_still_refuses_a_copy_older_than_its_number(
    rolled_back: tuple[Path, str, bytes],
) -> None:
    folder, client_id, _old = rolled_back
    with Vault.unlock(folder, PASSPHRASE) as vault:
        with vault._index_tx() as conn:
            conn.execute("UPDATE clients SET audit_hash = ''")
        with pytest.raises(CaseOutdated):
            vault.open_case(client_id)
        assert vault._seen_head(client_id)[1] == ""  # nothing adopted from the older copy


def test_a_copy_put_back_under_an_open_case_is_never_written_to(
    vault_dir: Path,
) -> None:
    """Copied in place over the open file (a file manager's "replace"): the next save is
    refused before anything is written, and the register keeps what it saw."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        case = vault.add_client("K-A")
        client_id = case.client_id
        session = case.sessions.add(datetime(2026, 11, 1, 10), note="first")
        path = _case_path(vault_dir, client_id)
        old = path.read_bytes()
        case.flags.raise_flag(RiskKind.CHILD_AT_RISK)
        seen = vault._seen_head(client_id)
        with path.open("r+b") as f:  # same file, older content
            f.write(old)
            f.truncate()
        with pytest.raises(CaseOutdated) as info:
            case.sessions.save_note(session.id, "typed after the copy was put back")
        assert "while it was open" in info.value.message
        assert case.closed
        with pytest.raises(StoreError) as again:  # every later use says the same
            case.goals.add("a goal")
        assert again.value.message == info.value.message
        assert path.read_bytes() == old
        assert vault._seen_head(client_id) == seen
        assert vault.client(client_id).flags == ("child_at_risk",)
    finally:
        vault.close()


def test_opening_checks_one_entry_not_the_whole_log(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check on open is one lookup by entry number: it stays as quick for a case with
    years of notes as for a new one (the whole chain is walked by verify only)."""
    from kastdesk.store import audit

    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        client_id = vault.add_client("K-A").client_id
        vault.close_case(client_id)
        walked: list[object] = []
        monkeypatch.setattr(audit, "verify", lambda conn: walked.append(conn) or [])
        monkeypatch.setattr(audit, "entries", lambda *a, **k: walked.append(a) or [])
        vault.open_case(client_id)
        assert walked == []
    finally:
        vault.close()
