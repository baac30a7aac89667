"""The sealed rescue copy (kastdesk.store.rescue): only its own unlocked vault opens it,
nothing of the text is on disk in plain, another vault's copy is never opened, and a
damaged one is kept aside with one sentence, never deleted."""

from __future__ import annotations

import os
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


def _holding(folder: Path, blob: bytes) -> list[Path]:
    """Every file in ``folder`` that holds exactly ``blob``."""
    return [p for p in folder.iterdir() if p.is_file() and p.read_bytes() == blob]


def test_another_vaults_copy_is_never_opened_nor_written_over(
    vault: Vault, tmp_path: Path
) -> None:
    """Renamed by hand to this vault's name, it was "left as it is" by the read, and then
    replaced by this vault's first write and deleted at its first save."""
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.for_tests())
    folder = tmp_path / "rescue"
    try:
        theirs = other.rescue_file(folder)
        theirs.write(_payload("the other therapist's words"))
        ours = vault.rescue_file(folder)
        assert ours.read() is None  # its own name: nothing there
        blob = theirs.path.read_bytes()
        ours.path.write_bytes(blob)  # a second copy of theirs under our name
        assert ours.read() is None  # says it is another vault's: never decrypted
        [aside] = [p for p in _holding(folder, blob) if p != theirs.path]
        assert aside != ours.path and theirs.path.read_bytes() == blob  # both kept
        ours.write(_payload())
        ours.remove()
        assert aside.read_bytes() == blob and theirs.path.read_bytes() == blob

        theirs.path.rename(ours.path)  # now the only copy of theirs, renamed
        ours.write(_payload())  # no read first: the write itself moves it
        assert theirs.path.read_bytes() == blob  # back at its own name...
        assert theirs.read() == _payload("the other therapist's words")  # ...found there
        assert ours.read() == _payload()
        ours.remove()
        assert theirs.path.read_bytes() == blob and not ours.path.exists()
    finally:
        other.close()


def test_a_folder_at_the_copys_name_is_moved_aside_and_the_copy_kept(
    vault: Vault, tmp_path: Path
) -> None:
    """A folder there made the read "damaged" without a move, and then every write failed
    (so no copy was ever kept, yet nothing said so)."""
    folder = tmp_path / "rescue"
    copy = vault.rescue_file(folder)
    copy.path.mkdir(parents=True)
    (copy.path / "a file of someone's").write_text("kept")  # fictional
    assert copy.read() is None
    [aside] = [p for p in folder.iterdir() if p.is_dir()]
    assert (aside / "a file of someone's").read_text() == "kept"
    copy.write(_payload())
    assert copy.path.is_file() and vault.rescue_file(folder).read() == _payload()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_at_the_copys_name_is_never_opened(vault: Vault, tmp_path: Path) -> None:
    """Opened to be read, a named pipe blocks until something writes to it: the unlock
    would hang."""
    folder = tmp_path / "rescue"
    folder.mkdir()
    copy = vault.rescue_file(folder)
    os.mkfifo(copy.path)
    assert copy.read() is None
    [aside] = [p for p in folder.iterdir() if stat.S_ISFIFO(p.lstat().st_mode)]
    assert aside != copy.path
    copy.write(_payload())
    assert vault.rescue_file(folder).read() == _payload()


def test_a_file_that_is_no_rescue_copy_is_never_written_over(
    vault: Vault, tmp_path: Path
) -> None:
    """Put there after the unlock's read (none of this vault's writes looks like it)."""
    folder = tmp_path / "rescue"
    copy = vault.rescue_file(folder)
    folder.mkdir()
    copy.path.write_bytes(b"notes of someone's own")  # fictional
    copy.write(_payload())
    assert _holding(folder, b"notes of someone's own")
    copy.path.unlink()
    copy.path.write_bytes(b"notes of someone's own")
    with pytest.raises(RescueDamaged) as info:
        copy.read()
    assert info.value.aside.read_bytes() == b"notes of someone's own"
    assert not copy.path.exists()


def test_what_cannot_be_moved_from_the_copys_name_keeps_the_copy_under_another(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "rescue"
    copy = vault.rescue_file(folder)
    home = copy.path
    home.mkdir(parents=True)
    real_rename = Path.rename

    def stuck(self: Path, target: Path) -> Path:  # the file system refuses to move it
        if self == home:
            raise PermissionError(1, "Operation not permitted", str(self))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", stuck)
    assert copy.read() is None
    copy.write(_payload())
    assert home.is_dir() and copy.path != home and copy.exists()
    assert vault.rescue_file(folder).read() == _payload()  # the next unlock finds it
    copy.remove()
    assert not copy.path.exists() and home.is_dir()

    copy.write(_payload("kept while the folder was there"))
    monkeypatch.undo()
    home.rmdir()  # the folder gone: the copy is back at the usual name
    again = vault.rescue_file(folder)
    assert again.read() == _payload("kept while the folder was there")
    assert again.path == home and [p.name for p in folder.iterdir()] == [home.name]


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
