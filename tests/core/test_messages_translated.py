"""Recovery-key and command-line sentences go through the catalogue (they stayed English
on Swedish and Norwegian screens)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kastdesk import cli
from kastdesk.store import KdfParams, Vault, WrongRecoveryKey
from kastdesk.store.crypto import RecoveryKeyFormatError, parse_recovery_key

from ..conftest import PASSPHRASE


@pytest.fixture
def no_system_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    # main() loads the computer's catalogue; keep the stand-in whatever this machine speaks.
    monkeypatch.setattr(cli, "install_translations", lambda: False)


def _mistype_group_two(key: str) -> str:
    chars = list(key)
    chars[7] = "Z" if chars[7] != "Z" else "Y"
    return "".join(chars)


def test_recovery_key_shape_messages_are_translated(
    marked: None, new_vault: tuple[Vault, str]
) -> None:
    _, key = new_vault
    with pytest.raises(RecoveryKeyFormatError) as info:
        parse_recovery_key(key[:20])
    assert str(info.value) == "«A recovery key has 8 groups of 5 letters and digits.»"
    with pytest.raises(RecoveryKeyFormatError) as info:
        parse_recovery_key(_mistype_group_two(key))
    assert str(info.value) == "«Group 2 of the recovery key looks mistyped.»"
    assert info.value.group == 2


def test_recovery_dialog_sentence_is_translated(marked: None, vault_dir: Path) -> None:
    vault, key = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.close()
    with pytest.raises(WrongRecoveryKey) as info:
        Vault.recover(vault_dir, _mistype_group_two(key), "a brand new passphrase")
    assert info.value.message == "«Group 2 of the recovery key looks mistyped.»"


def _err(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(list(argv)) == 2
    return capsys.readouterr().err


def test_cli_passphrase_messages_are_translated(
    marked: None, no_system_catalogue: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    missing = tmp_path / "missing.txt"
    err = _err(capsys, "clients", "--vault", str(tmp_path), "--passphrase-file", str(missing))
    assert err == f"kastdesk: «Cannot read the passphrase file {missing}: there is no such file.»\n"

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    err = _err(capsys, "clients", "--vault", str(tmp_path))
    assert err.startswith("kastdesk: «No passphrase given") and "KASTDESK_PASSPHRASE" in err

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["correct horse battery", "correct horse batterY"])
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda _label="": next(answers))
    err = _err(capsys, "init", "--vault", str(tmp_path / "new"))
    assert err == "kastdesk: «The two passphrases differ. Nothing was changed.»\n"
    assert not (tmp_path / "new").exists()


def test_cli_missing_packet_is_translated(
    marked: None, no_system_catalogue: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _err(capsys, "--packet", str(tmp_path / "none.kastsup"))
    assert err.startswith("kastdesk: «There is no supervision packet at")
