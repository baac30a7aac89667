"""One rule for a new passphrase, everywhere one is chosen; unlocking never applies it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kastdesk.cli import main
from kastdesk.store import KdfParams, Vault, WeakPassphrase, WrongPassphrase
from kastdesk.store.crypto import passphrase_problem

from ...conftest import PASSPHRASE

TRIVIAL = ["aaaaaaaaaa", " " * 10, "\t" * 12, "AaAaAaAaAa", "abababababab", "xy xy xy xy xy",
           "aaaaaaaaaaaaaaaaaaaaaaabcdef"]


@pytest.mark.parametrize("weak", TRIVIAL)
def test_trivial_passphrases_are_refused_in_one_sentence(weak: str) -> None:
    problem = passphrase_problem(weak)
    assert problem is not None
    assert problem.endswith(".") and problem.count(".") == 1 and "\n" not in problem


@pytest.mark.parametrize("fine", [
    PASSPHRASE, "demo demo demo demo",  # the built-in demo's passphrase
    "another long passphrase", "a brand new passphrase", "the new passphrase",
    "third passphrase!", "bench passphrase 123", "1234512345", "ålgräs på ängen",
])
def test_passphrases_the_suite_and_demo_use_still_pass(fine: str) -> None:
    assert passphrase_problem(fine) is None


def test_short_is_refused_with_the_length_sentence() -> None:
    assert "10 characters" in (passphrase_problem("short") or "")


def test_create_refuses_a_trivial_passphrase_and_makes_nothing(vault_dir: Path) -> None:
    with pytest.raises(WeakPassphrase) as info:
        Vault.create(vault_dir, "aaaaaaaaaa", kdf=KdfParams.for_tests())
    assert "different characters" in info.value.message
    assert not vault_dir.exists()


def test_change_and_recover_refuse_a_trivial_new_passphrase(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery = new_vault
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, " " * 10)
    vault.close()
    before = (vault_dir / "vault.json").read_bytes()
    with pytest.raises(WeakPassphrase):
        Vault.recover(vault_dir, recovery, "aaaaaaaaaa")
    assert (vault_dir / "vault.json").read_bytes() == before
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_vault_made_under_the_old_rule_still_opens_and_can_change(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, _ = new_vault
    vault._rewrap_passphrase("aaaaaaaaaa")  # as an older KastDesk (length only) allowed
    vault.close()
    with Vault.unlock(vault_dir, "aaaaaaaaaa") as again:
        again.change_passphrase("aaaaaaaaaa", PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "aaaaaaaaaa")
    Vault.unlock(vault_dir, PASSPHRASE).close()


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n")
    return path


def test_cli_init_passwd_and_recover_refuse_a_trivial_passphrase(
    tmp_path: Path, new_vault: tuple[Vault, str], vault_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    weak = _file(tmp_path, "weak.txt", "aaaaaaaaaa")
    folder = tmp_path / "fresh"
    assert main(["init", "--vault", str(folder), "--passphrase-file", str(weak)]) == 2
    err = capsys.readouterr().err
    assert "different characters" in err and err.count("\n") == 1
    assert not folder.exists()

    vault, recovery = new_vault
    vault.close()
    good = _file(tmp_path, "good.txt", PASSPHRASE)
    spaces = _file(tmp_path, "spaces.txt", " " * 12)
    meta = json.loads((vault_dir / "vault.json").read_text())
    assert main(["passwd", "--vault", str(vault_dir), "--passphrase-file", str(good),
                 "--new-passphrase-file", str(spaces)]) == 2
    assert "spaces" in capsys.readouterr().err
    assert main(["recover", "--vault", str(vault_dir), "--recovery-key", recovery,
                 "--new-passphrase-file", str(weak)]) == 2
    assert "different characters" in capsys.readouterr().err
    assert json.loads((vault_dir / "vault.json").read_text()) == meta
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_the_same_passphrase_again_is_refused_by_the_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`kastdesk passwd` took the current passphrase as the new one and said "Passphrase
    changed." (the app refused it): the store refuses it for both, and changes nothing."""
    import pytest

    from kastdesk.store import KdfParams, Vault, WeakPassphrase
    from tests.conftest import PASSPHRASE

    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=KdfParams.for_tests())
    before = (tmp_path / "v" / "vault.json").read_bytes()
    with pytest.raises(WeakPassphrase, match="same as the one you use now"):
        vault.change_passphrase(PASSPHRASE, PASSPHRASE)
    assert (tmp_path / "v" / "vault.json").read_bytes() == before
    vault.close()
