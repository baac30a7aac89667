"""Another vault, or an older copy of this one, where the open vault's folder was.

QA 19 R3: another memory stick with the same label mounts at the same path while the
therapist's is out. Its files are not damaged, and the box said they were and sent the
therapist to restore a backup, which would have put this vault over the other person's.
QA 19 R2: an older copy of this vault put back said "plug the stick back in". Each now
says what is there, the text waits for the right files, and nothing is written to the
others. Real folders and SQLCipher files; nothing in the store replaced.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from kastdesk.store.errors import (
    CaseNotThisFile,
    StoreError,
    VaultNotThisOne,
    VaultOlderCopy,
)

from ...conftest import PASSPHRASE


def _vault(folder: Path, code: str, note: str) -> tuple[Vault, object, str]:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client(code, name="Stina Provsson")
    session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
    case.sessions.save_note(session.id, note)
    return vault, case, session.id


def _says_not_damaged(error: StoreError) -> None:
    assert error.retry_may_save
    assert "damaged" not in error.message and "Restore" not in error.message
    assert "another vault" in error.message


def test_another_vault_at_the_same_path_is_named_so_and_the_text_waits(tmp_path: Path) -> None:
    ours = tmp_path / "KASTSTICK"
    vault, case, session_id = _vault(ours, "K-1", "ours, saved")
    other_vault, other_case, _ = _vault(tmp_path / "other", "K-9", "someone else's")
    other_vault.close()
    ours.rename(tmp_path / "our stick, out")
    for write in (lambda: case.sessions.save_note(session_id, "typed while out"),
                  lambda: vault.set_setting("therapist_name", "Kim Testare")):
        with pytest.raises(StoreError) as away:  # out of reach: said so, and waits
            write()
        assert away.value.retry_may_save
    # The other stick, same label: its case file under our file's name, as in QA's run.
    shutil.copytree(tmp_path / "other", ours)
    (ours / "cases" / other_case.path.name).rename(case.path)
    other_files = {p: p.read_bytes() for p in ours.rglob("*") if p.is_file()}

    with pytest.raises(CaseNotThisFile) as info:
        case.sessions.save_note(session_id, "typed while the other stick is in")
    _says_not_damaged(info.value)
    assert not case.closed
    with pytest.raises(VaultNotThisOne) as index_info:
        vault.set_setting("therapist_name", "Kim Testare")
    _says_not_damaged(index_info.value)
    assert {p: p.read_bytes() for p in ours.rglob("*") if p.is_file()} == other_files

    shutil.rmtree(ours)
    (tmp_path / "our stick, out").rename(ours)
    case.sessions.save_note(session_id, "typed while the other stick is in")
    vault.set_setting("therapist_name", "Kim Testare")
    vault.close()
    with Vault.unlock(ours, PASSPHRASE) as again:
        note = again.open_case(case.client_id).sessions.get(session_id).note
        assert note == "typed while the other stick is in"
        assert again.get_setting("therapist_name") == "Kim Testare"


def test_an_older_copy_of_the_index_put_back_is_said_to_be_older(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _case, _ = _vault(folder, "K-1", "saved")
    shutil.copytree(folder, tmp_path / "yesterday's copy")
    vault.set_setting("therapist_name", "Kim Testare")  # the index moves on
    folder.rename(tmp_path / "stick out")
    with pytest.raises(StoreError):
        vault.set_setting("therapist_name", "Kim Testare-Berg")
    (tmp_path / "yesterday's copy").rename(folder)
    with pytest.raises(VaultOlderCopy) as info:
        vault.set_setting("therapist_name", "Kim Testare-Berg")
    assert info.value.retry_may_save
    assert "older copy" in info.value.message and "plug" not in info.value.message
    shutil.rmtree(folder)
    (tmp_path / "stick out").rename(folder)
    vault.set_setting("therapist_name", "Kim Testare-Berg")
    vault.close()
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert again.get_setting("therapist_name") == "Kim Testare-Berg"
