"""Bad input and failing disks: one plain sentence, nothing saved lost, nothing half-written.

Each test here stands for a bug found by a QA pass; the OS is made to fail at its
boundary (a removed file, ``os.pwrite`` raising ENOSPC), never the store itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault, VaultDamaged

from ...conftest import PASSPHRASE


def _vault_with_a_client(folder: Path) -> str:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        return vault.add_client("K-1", name="Nils Testsson").client_id
    finally:
        vault.close()


# -- 1. the index ------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_missing_or_empty_index_is_refused_and_never_replaced(vault_dir: Path, how: str) -> None:
    _vault_with_a_client(vault_dir)
    index = vault_dir / "index.kdb"
    if how == "missing":
        index.unlink()
    else:
        index.write_bytes(b"")
    for _ in range(2):  # the lock is let go: the second try says the same, not "in use"
        with pytest.raises(VaultDamaged) as info:
            Vault.unlock(vault_dir, PASSPHRASE)
        assert "index.kdb" in info.value.message and "backup" in info.value.message
    assert index.exists() == (how == "empty")
    assert not index.exists() or index.stat().st_size == 0


def test_verify_names_a_case_file_the_register_does_not_list(vault_dir: Path) -> None:
    client_id = _vault_with_a_client(vault_dir)
    cases = vault_dir / "cases"
    stray = cases / ("0" * 32 + ".kcase")
    shutil.copy(cases / f"{client_id}.kcase", stray)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        problems = vault.verify()
    assert len(problems) == 1 and stray.name in problems[0] and "register" in problems[0]


# -- 2. writes to a case file that was removed or moved --------------------------------
def _open_with_a_note(folder: Path) -> tuple[Vault, object, str]:
    from datetime import datetime

    client_id = _vault_with_a_client(folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    case = vault.open_case(client_id)
    session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
    case.sessions.save_note(session.id, "saved before")
    return vault, case, session.id


@pytest.mark.parametrize("how", ["deleted", "moved"])
def test_a_write_to_a_removed_or_moved_case_file_waits_for_it_to_come_back(
    vault_dir: Path, tmp_path: Path, how: str
) -> None:
    """QA 19 F1: the case was closed for good at the first failed write, so what was typed
    after it (even once the folder was back, as the message asked) was lost at the lock. A
    folder that goes away (a memory stick pulled out) comes back: the save waits for it."""
    from datetime import datetime

    from kastdesk.store import CaseGone

    vault, case, session_id = _open_with_a_note(vault_dir)
    kept = tmp_path / "the file as it was.kcase"
    shutil.copyfile(case.path, kept)  # a copy of the newest state, put back later
    if how == "deleted":
        case.path.unlink()
    else:
        vault_dir.rename(tmp_path / "elsewhere")
    with pytest.raises(CaseGone) as info:
        case.sessions.save_note(session_id, "typed after")
    assert info.value.retry_may_save  # the lock waits rather than drop the note
    assert "moved or deleted" not in info.value.message
    assert "plug the stick back in" in info.value.message
    assert not case.closed and case.away
    for write in (lambda: case.sessions.save_note(session_id, "again"),
                  lambda: case.sessions.add(datetime(2026, 3, 10, 10, 0)),
                  lambda: case.profile.update(name="Z"),
                  lambda: case.documents.put("form", "f1", {"a": 1})):
        with pytest.raises(CaseGone):
            write()
    if how == "moved":
        (tmp_path / "elsewhere").rename(vault_dir)
    else:
        shutil.copyfile(kept, case.path)
    # Back, and the same file: opened again and saved, as the message promised.
    case.sessions.save_note(session_id, "typed once it was back")
    assert not case.away
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        client = again.clients()[0]
        assert again.open_case(client.id).sessions.get(session_id).note == (
            "typed once it was back")
        assert again.verify() == []


# -- 3. the lock and creating on a full or read-only disk ------------------------------
def _failing(real, errno_: int, when=lambda *a: True):
    import os

    def fail(*args, **kwargs):
        if when(*args):
            raise OSError(errno_, os.strerror(errno_))
        return real(*args, **kwargs)

    return fail


def test_a_vault_opens_to_read_when_its_lock_file_cannot_take_the_pid(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from kastdesk.store import VaultInUse

    _vault_with_a_client(vault_dir)
    monkeypatch.setattr(os, "pwrite", _failing(os.pwrite, errno.ENOSPC))
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert [c.code for c in vault.clients()] == ["K-1"]
        with pytest.raises(VaultInUse):  # the file lock alone still keeps others out
            Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, PASSPHRASE).close()


@pytest.mark.parametrize("code", ["ENOSPC", "EROFS"])
def test_a_lock_file_that_cannot_be_made_is_one_sentence(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    import errno
    import os

    from kastdesk.store import DiskFull, StoreError
    from kastdesk.store.errors import VaultReadOnly

    _vault_with_a_client(vault_dir)
    (vault_dir / "vault.lock").unlink()
    monkeypatch.setattr(os, "open", _failing(os.open, getattr(errno, code),
                                             lambda path, *a: str(path).endswith("vault.lock")))
    with pytest.raises(StoreError) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert type(info.value) is (DiskFull if code == "ENOSPC" else VaultReadOnly)
    assert ("disk is full" if code == "ENOSPC" else "read-only") in info.value.message


def test_a_vault_not_created_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from kastdesk.store import DiskFull

    folder = tmp_path / "new" / "vault"
    with monkeypatch.context() as patch:  # vault.json cannot be written: the disk is full
        patch.setattr(os, "write", _failing(os.write, errno.ENOSPC))
        with pytest.raises(DiskFull):
            Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "kept").mkdir()  # a folder that was there stays, emptied
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _failing(os.write, errno.ENOSPC))
        with pytest.raises(DiskFull):
            Vault.create(tmp_path / "kept", PASSPHRASE, kdf=KdfParams.for_tests())
    assert list((tmp_path / "kept").iterdir()) == []
    Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    assert Vault.is_vault(folder)


# -- 5. a recovery that cannot save the new passphrase --------------------------------
@pytest.mark.parametrize("code", ["ENOSPC", "EROFS"])
def test_a_recovery_that_cannot_save_leaves_the_vault_closed_and_unchanged(
    new_vault: tuple[Vault, str], vault_dir: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    import errno
    import os

    from kastdesk.store import StoreError

    vault, recovery = new_vault
    vault.close()
    meta = (vault_dir / "vault.json").read_bytes()
    with monkeypatch.context() as patch:  # vault.json cannot be replaced
        patch.setattr(os, "replace", _failing(os.replace, getattr(errno, code)))
        with pytest.raises(StoreError) as info:
            Vault.recover(vault_dir, recovery, "the new passphrase")
    assert ("disk is full" if code == "ENOSPC" else "read-only") in info.value.message
    assert (vault_dir / "vault.json").read_bytes() == meta
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "cases", "index.kdb", "vault.json", "vault.lock"]
    Vault.unlock(vault_dir, PASSPHRASE).close()  # not "open in another window"


# -- 6. vault.json edited into another shape ------------------------------------------
def _set(path: tuple[str, ...], value: object):
    def change(meta: dict) -> object:
        target = meta
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value
        return meta

    return change


TAMPERED = {
    "a list": lambda meta: [],
    "a string": lambda meta: "vault",
    "passphrase slot a string": _set(("slots", "passphrase"), "x"),
    "passphrase slot empty": _set(("slots", "passphrase"), {}),
    "vault id deleted": _set(("vault_id",), KeyError),
    "vault id a number": _set(("vault_id",), 7),
    "nonce not base64": _set(("slots", "passphrase", "nonce"), "!!!"),
    "nonce too short": _set(("slots", "passphrase", "nonce"), ""),
    "nonce a number": _set(("slots", "passphrase", "nonce"), 12),
    "wrapped not ascii": _set(("slots", "passphrase", "wrapped"), "ünïcode"),
    "recovery slot a list": _set(("slots", "recovery"), [1]),
    "recovery salt not base64": _set(("slots", "recovery", "salt"), "%%%"),
    "kdf a list": _set(("kdf",), [1, 2]),
    "kdf salt a number": _set(("kdf", "salt"), 5),
    "slots a list": _set(("slots",), ["passphrase"]),
    "version a list": _set(("version",), [1]),
}


@pytest.mark.parametrize("how", sorted(TAMPERED))
def test_a_vault_json_of_the_wrong_shape_is_reported_as_damaged(
    new_vault: tuple[Vault, str], vault_dir: Path, how: str
) -> None:
    import json

    vault, recovery = new_vault
    vault.close()
    meta = json.loads((vault_dir / "vault.json").read_text())
    (vault_dir / "vault.json").write_text(json.dumps(TAMPERED[how](meta)))
    for attempt in (lambda: Vault.unlock(vault_dir, PASSPHRASE),
                    lambda: Vault.recover(vault_dir, recovery, "the new passphrase")):
        with pytest.raises(VaultDamaged) as info:
            attempt()
        assert "vault.json" in info.value.message


# -- 9. checking never writes -----------------------------------------------------------
def test_verify_never_writes_to_the_files_it_checks(vault_dir: Path) -> None:
    from kastdesk.store import CaseDamaged

    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    emptied = vault.add_client("K-1").path
    vault.add_client("K-2")
    vault.close()
    emptied.write_bytes(b"")
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        before = {p: p.read_bytes() for p in sorted(vault_dir.rglob("*")) if p.is_file()}
        problems = again.verify()
        after = {p: p.read_bytes() for p in sorted(vault_dir.rglob("*")) if p.is_file()}
        assert after == before
        assert len(problems) == 1 and problems[0].startswith("client K-1:")
        assert "damaged" in problems[0]
        with pytest.raises(CaseDamaged):  # opening it does not fill it either
            again.open_case(again.client_by_code("K-1").id)
    assert emptied.stat().st_size == 0
