"""A typed recovery key is read the same way when recovering a vault and when opening a backup.

The key is typed from a printed copy, in a hurry, after a forgotten passphrase: whatever
form of it one path accepts (spaces for dashes, lower case, O for 0) the other must accept
too, and a mistyped group must be named in the same sentence on both. Only what a wrong,
well-formed key says differs, because each path names what it could not open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault, WrongRecoveryKey, crypto
from kastdesk.store.backup import BackupWrongRecoveryKey, check_backup, make_backup

from ...conftest import PASSPHRASE


@dataclass(frozen=True)
class Setup:
    folder: Path
    backup: Path
    key: str


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """A closed vault with one client, a backup of it, and its printed recovery key."""
    root = tmp_path_factory.mktemp("recovery_forms")
    for attempt in range(50):
        # A key with a 0 or a 1 in it, so "O for zero, I for one" changes what is typed
        # (about one random key in twelve has neither).
        folder = root / f"vault-{attempt}"
        vault, key = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
        if "0" in key or "1" in key:
            break
        vault.close()
    try:
        vault.add_client("K-1")
        make_backup(vault, root / "b.kastbak")
    finally:
        vault.close()
    yield Setup(folder, root / "b.kastbak", key)


def _mistype_group(key: str, group: int) -> str:
    """``key`` with the first character of group ``group`` (1-based) one letter further on."""
    groups = key.split("-")
    chars = list(groups[group - 1])
    alphabet = crypto._ALPHABET
    chars[0] = alphabet[(alphabet.index(chars[0]) + 1) % len(alphabet)]
    groups[group - 1] = "".join(chars)
    return "-".join(groups)


#: Ways the printed key is typed back that both paths must accept.
ACCEPTED: dict[str, Callable[[str], str]] = {
    "as printed": lambda k: k,
    "lower case": str.lower,
    "spaces for dashes": lambda k: k.replace("-", " "),
    "no separators": lambda k: k.replace("-", ""),
    "padded and doubled spaces": lambda k: "  " + k.replace("-", "  ") + " \n",
    "O for zero, I for one": lambda k: k.replace("0", "O").replace("1", "I"),
}

#: Ways both paths must refuse, with the same sentence when the key is not shaped right.
REJECTED: dict[str, Callable[[str], str]] = {
    "empty": lambda k: "",
    "a group short": lambda k: k.rsplit("-", 1)[0],
    "a character too many": lambda k: k + "A",
    "group 3 mistyped": lambda k: _mistype_group(k, 3),
    "another vault's key": lambda k: crypto.new_recovery_key()[0],
}


def _recover(setup: Setup, typed: str) -> None:
    Vault.recover(setup.folder, typed, "a new passphrase for the test").close()


def _open_backup(setup: Setup, typed: str) -> None:
    assert check_backup(setup.backup, recovery_key=typed).clients == 1


@pytest.mark.parametrize("form", list(ACCEPTED))
def test_both_paths_accept_the_same_forms_of_the_key(setup: Setup, form: str) -> None:
    typed = ACCEPTED[form](setup.key)
    assert typed != setup.key or form == "as printed"
    _recover(setup, typed)
    _open_backup(setup, typed)


@pytest.mark.parametrize("form", list(REJECTED))
def test_both_paths_refuse_the_same_forms_of_the_key(setup: Setup, form: str) -> None:
    typed = REJECTED[form](setup.key)
    with pytest.raises(WrongRecoveryKey) as from_vault:
        _recover(setup, typed)
    with pytest.raises(BackupWrongRecoveryKey) as from_backup:
        _open_backup(setup, typed)
    for info in (from_vault, from_backup):
        assert info.value.exit_code == 3
    vault_cause = from_vault.value.__cause__
    backup_cause = from_backup.value.__cause__
    if form == "another vault's key":
        # Well-formed: each path says in its own words what the key did not open.
        assert vault_cause is None and backup_cause is None
        assert from_vault.value.message == WrongRecoveryKey().message
        assert from_backup.value.message == BackupWrongRecoveryKey().message
    else:
        assert isinstance(vault_cause, crypto.RecoveryKeyFormatError)
        assert isinstance(backup_cause, crypto.RecoveryKeyFormatError)
        assert vault_cause.group == backup_cause.group
        assert from_vault.value.message == from_backup.value.message == str(vault_cause)


def test_a_mistyped_group_is_named_on_both_paths(setup: Setup) -> None:
    typed = _mistype_group(setup.key, 3)
    for attempt, error in ((_recover, WrongRecoveryKey), (_open_backup, BackupWrongRecoveryKey)):
        with pytest.raises(error) as info:
            attempt(setup, typed)
        assert "Group 3" in info.value.message
