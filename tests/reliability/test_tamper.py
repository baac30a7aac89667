"""Any single flipped byte in a case file or the index is detected, never read silently."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from kastdesk.store import CaseDamaged, Vault, VaultDamaged

from ..conftest import PASSPHRASE

POSITIONS = 60  # random positions per file kind; each one a full verify of the vault


def _flip(path: Path, position: int) -> None:
    data = bytearray(path.read_bytes())
    data[position] ^= 1 << random.Random(position).randrange(8)
    path.write_bytes(bytes(data))


def _case_path(folder: Path) -> tuple[Path, str]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        entry = max(vault.clients(), key=lambda e: e.last_contact_date or e.first_contact_date)
        return folder / "cases" / f"{entry.id}.kcase", entry.code


def test_flipped_bytes_in_a_case_file_are_detected(
    demo_vault_template: Path, tmp_path: Path
) -> None:
    rng = random.Random(2026)
    path, code = _case_path(demo_vault_template)
    size = path.stat().st_size
    positions = sorted({0, 5, 16, 100, size - 1, *(rng.randrange(size) for _ in range(POSITIONS))})
    for position in positions:
        folder = tmp_path / f"v{position}"
        shutil.copytree(demo_vault_template, folder)
        _flip(folder / "cases" / path.name, position)
        with Vault.unlock(folder, PASSPHRASE) as vault:
            problems = vault.verify()
            assert problems, f"flip at byte {position} went unnoticed"
            assert all(code in p for p in problems)
        shutil.rmtree(folder)


def test_flipped_bytes_in_the_index_are_detected(demo_vault_template: Path, tmp_path: Path) -> None:
    rng = random.Random(1999)
    size = (demo_vault_template / "index.kdb").stat().st_size
    positions = sorted({0, 16, size - 1, *(rng.randrange(size) for _ in range(POSITIONS))})
    for position in positions:
        folder = tmp_path / f"i{position}"
        shutil.copytree(demo_vault_template, folder)
        _flip(folder / "index.kdb", position)
        try:
            with Vault.unlock(folder, PASSPHRASE) as vault:
                assert vault.verify(), f"flip at byte {position} went unnoticed"
        except VaultDamaged as exc:
            assert "damaged" in exc.message
        shutil.rmtree(folder)


def test_opening_a_damaged_case_raises_case_damaged(demo_vault: Path) -> None:
    path, _ = _case_path(demo_vault)
    size = path.stat().st_size
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = next(e for e in vault.clients() if path.name.startswith(e.id))
    for position in (3, size // 3, size - 200):
        shutil.copy(path, path.with_suffix(".bak"))
        _flip(path, position)
        with Vault.unlock(demo_vault, PASSPHRASE) as vault, pytest.raises(CaseDamaged) as info:
            case = vault.open_case(entry.id)
            # Pages not touched by opening are checked when read: read everything.
            case.profile.get()
            case.sessions.list()
            case.goals.list()
            case.flags.list()
            for kind in ("genogram", "exercise", "form_response"):
                for doc_id in case.documents.list_ids(kind):
                    case.documents.history(kind, doc_id)
            case.audit_entries()
            raise AssertionError(f"flip at {position} read without error")
        assert "damaged" in info.value.message
        shutil.move(path.with_suffix(".bak"), path)


def test_a_missing_case_file_is_reported(demo_vault: Path) -> None:
    path, code = _case_path(demo_vault)
    path.unlink()
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        problems = vault.verify()
    assert problems and code in problems[0] and "missing" in problems[0]


def test_a_truncated_case_file_is_reported(demo_vault: Path) -> None:
    path, code = _case_path(demo_vault)
    path.write_bytes(path.read_bytes()[:4096])
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        assert any(code in p for p in vault.verify())
