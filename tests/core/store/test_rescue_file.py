"""The sealed rescue copy (kastdesk.store.rescue): only its own unlocked vault opens it,
nothing of the text is on disk in plain, another vault's copy is never opened, and a
damaged one is kept aside with one sentence, never deleted."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, StoreError, Vault
from kastdesk.store.rescue import SUFFIX, RescueDamaged, digest

from ...conftest import PASSPHRASE

WORDS = "Talade om lördagskvällen på Storgatan"  # fictional


def _payload(text: str = WORDS) -> dict[str, object]:
    return {"v": 1, "items": [{"kind": "session_note", "client_id": "client-4711",
                               "session_id": "session-0815",
                               "starts_at": "2026-11-20T10:00:00", "base": digest("x"),
                               "text": text}]}


def test_a_copy_opens_with_its_vault_only_and_holds_no_plain_text(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "app data" / "rescue"
    copy = vault.rescue_file(folder)
    copy.write(_payload())
    blob = copy.path.read_bytes()
    assert copy.path.parent == folder and copy.path.name.endswith(SUFFIX)
    assert not copy.path.is_relative_to(vault.folder)
    for needle in (WORDS, "lördagskvällen", "Storgatan", "session_note", "client-4711",
                   "session-0815"):
        assert needle.encode("utf-8") not in blob
        assert needle.encode("utf-16-le") not in blob
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
    assert list(folder.iterdir()) == [copy.path]  # no temp file left beside it

    vault.close()
    copy.close()  # the lock drops the key the copy was sealed with
    with pytest.raises(StoreError):
        copy.write(_payload())
    with Vault.unlock(vault.folder, PASSPHRASE) as again:  # the next unlock opens it
        assert again.rescue_file(folder).read() == _payload()
        again.rescue_file(folder).remove()
        assert not copy.path.exists()
        assert again.rescue_file(folder).read() is None


def test_another_vaults_copy_is_never_opened(vault: Vault, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.for_tests())
    folder = tmp_path / "rescue"
    try:
        theirs = other.rescue_file(folder)
        theirs.write(_payload("the other therapist's words"))
        ours = vault.rescue_file(folder)
        assert ours.read() is None  # its own name: nothing there
        blob = theirs.path.read_bytes()
        ours.path.write_bytes(blob)  # theirs under our name (copied, renamed)
        assert ours.read() is None  # says it is another vault's: never decrypted
        assert ours.path.read_bytes() == blob and theirs.path.read_bytes() == blob  # kept
    finally:
        other.close()


def test_a_copy_of_another_key_under_this_vaults_header_is_damaged_not_opened(
    vault: Vault, tmp_path: Path
) -> None:
    """The header names this vault but another key sealed it: it cannot be read as ours."""
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.for_tests())
    folder = tmp_path / "rescue"
    try:
        forged = other.rescue_file(folder)
        forged.vault_id = vault.meta["vault_id"]
        forged._head = vault.rescue_file(folder)._head
        forged.write(_payload())
        with pytest.raises(RescueDamaged):
            vault.rescue_file(folder).read()
    finally:
        other.close()


def test_a_damaged_copy_is_kept_aside_with_one_sentence(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "rescue"
    copy = vault.rescue_file(folder)
    copy.write(_payload())
    blob = bytearray(copy.path.read_bytes())
    blob[-5] ^= 0x40
    copy.path.write_bytes(bytes(blob))
    with pytest.raises(RescueDamaged) as info:
        copy.read()
    aside = info.value.aside
    assert aside != copy.path and aside.read_bytes() == bytes(blob)  # kept, not deleted
    assert not copy.path.exists()  # the next copy does not write over it
    message = info.value.message
    assert message.count(". ") == 0 and message.endswith(".") and str(aside) in message
    copy.write(_payload("new words"))
    assert copy.read() is not None and aside.exists()


def test_copies_are_kept_in_the_local_app_data_folder_beside_no_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kastdesk.store import default_vault_folder
    from kastdesk.store.rescue import default_rescue_folder

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = default_rescue_folder()
    assert folder == tmp_path / "data" / "KastDesk" / "rescue"
    assert not folder.is_relative_to(default_vault_folder())
