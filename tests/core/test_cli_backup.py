"""``kastdesk backup`` and ``kastdesk restore``: one line each, the README's exit codes, and
never a vault replaced without ``--force``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault

from ..conftest import PASSPHRASE
from ..conftest import run_cli as run


@pytest.fixture
def backup(demo_vault: Path, pass_file: Path, tmp_path: Path,
           capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "usb" / "b.kastbak"
    out.parent.mkdir()
    code, stdout, err = run(capsys, "backup", "--vault", str(demo_vault), "--passphrase-file",
                            str(pass_file), "--out", str(out))
    assert code == 0, err
    assert stdout.startswith(f"Backup saved: {out} (6 clients, ") and err == ""
    return out


def test_backup_writes_one_file_and_check_says_it_is_whole(
    backup: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert [p.name for p in backup.parent.iterdir()] == ["b.kastbak"]
    code, out, err = run(capsys, "backup", "--check", str(backup), "--passphrase-file",
                         str(pass_file))
    assert code == 0, err
    assert out.startswith("Backup OK: made ") and "6 clients" in out
    assert out.count("\n") == 1


def test_backup_into_a_folder_gets_a_dated_name(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = run(capsys, "backup", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--out", str(stick))
    assert code == 0, err
    [made] = list(stick.iterdir())
    assert made.name.startswith("KastDesk-backup-") and made.suffix == ".kastbak"


def test_a_name_without_the_suffix_gets_it_so_the_restore_dialog_lists_it(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "backup", "--vault", str(demo_vault), "--passphrase-file",
                         str(pass_file), "--out", str(tmp_path / "mybackup"))
    assert code == 0, err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("my")] == [
        "mybackup.kastbak"]
    assert f"Backup saved: {tmp_path / 'mybackup.kastbak'} " in out


def test_a_missing_folder_written_with_a_slash_is_refused_not_made_a_file(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "backup", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--out", str(tmp_path / "bk") + "/")
    assert code == 2 and "does not exist" in err and err.count("\n") == 1
    assert not (tmp_path / "bk").exists() and not (tmp_path / "bk.kastbak").exists()


def test_an_existing_file_is_replaced_only_with_force(
    backup: Path, demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    before = backup.read_bytes()
    argv = ["backup", "--vault", str(demo_vault), "--passphrase-file", str(pass_file),
            "--out", str(backup)]
    code, _, err = run(capsys, *argv)
    assert code == 2 and "--force" in err and backup.read_bytes() == before
    assert run(capsys, *argv, "--force")[0] == 0
    assert backup.read_bytes() != before


def test_backup_into_the_vault_folder_is_refused(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "backup", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--out", str(demo_vault / "b.kastbak"))
    assert code == 2 and "vault's own folder" in err and err.count("\n") == 1
    assert not (demo_vault / "b.kastbak").exists()


def test_a_damaged_backup_is_one_line_and_exit_4(
    backup: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    short = tmp_path / "short.kastbak"
    short.write_bytes(backup.read_bytes()[:-500])
    code, out, err = run(capsys, "backup", "--check", str(short), "--passphrase-file",
                         str(pass_file))
    assert code == 4 and out == "" and err.count("\n") == 1 and "damaged" in err


def test_check_with_a_wrong_passphrase_is_exit_3(
    backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all")
    code, _, err = run(capsys, "backup", "--check", str(backup), "--passphrase-file", str(wrong))
    assert code == 3 and "when the backup was made" in err


def test_backup_needs_out_or_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "backup")[0] == 2


def test_restore_over_a_vault_needs_force_and_keeps_the_old_one(
    backup: Path, demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        vault.add_client("K-NEWER")
    before = sorted(p.name for p in demo_vault.parent.iterdir())
    code, out, err = run(capsys, "restore", "--vault", str(demo_vault), "--passphrase-file",
                         str(pass_file), str(backup))
    assert code == 2 and "--force" in err and "demo-before-restore-" in err and out == ""
    assert sorted(p.name for p in demo_vault.parent.iterdir()) == before

    code, out, err = run(capsys, "restore", "--vault", str(demo_vault), "--passphrase-file",
                         str(pass_file), str(backup), "--force")
    assert code == 0, err
    assert f"Vault restored in {demo_vault}" in out and "(6 clients)" in out
    [aside] = [p for p in demo_vault.parent.iterdir() if "before-restore" in p.name]
    assert f"moved to {aside}" in out
    with Vault.unlock(aside, PASSPHRASE) as old:
        assert "K-NEWER" in [c.code for c in old.clients()]
    with Vault.unlock(demo_vault, PASSPHRASE) as restored:
        assert "K-NEWER" not in [c.code for c in restored.clients()]
        assert restored.verify() == []


def test_restore_into_an_empty_folder(
    backup: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "new laptop" / "vault"
    code, out, err = run(capsys, "restore", "--vault", str(target), "--passphrase-file",
                         str(pass_file), str(backup))
    assert code == 0, err
    assert "moved to" not in out
    with Vault.unlock(target, PASSPHRASE) as vault:
        assert len(vault.clients()) == 6


def test_restore_while_the_vault_is_open_is_exit_5(
    backup: Path, demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE):
        code, _, err = run(capsys, "restore", "--vault", str(demo_vault), "--passphrase-file",
                           str(pass_file), str(backup), "--force")
    assert code == 5 and "already open" in err
    assert [p for p in demo_vault.parent.iterdir() if "restor" in p.name] == []


def test_restore_with_the_recovery_key_sets_a_new_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1")
    vault.close()
    monkeypatch.setenv("KASTDESK_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "backup", "--vault", str(folder), "--out",
                       str(tmp_path / "b.kastbak"))
    assert code == 0, err
    code, out, _ = run(capsys, "backup", "--check", str(tmp_path / "b.kastbak"),
                       "--recovery-key", recovery)
    assert code == 0 and "the recovery key opens it" in out and ", 1 client," in out
    new = tmp_path / "new.txt"
    new.write_text("another good passphrase")
    code, out, err = run(capsys, "restore", "--vault", str(tmp_path / "other"), "--recovery-key",
                         recovery, "--new-passphrase-file", str(new), str(tmp_path / "b.kastbak"))
    assert code == 0, err
    assert "new passphrase is set" in out
    with Vault.unlock(tmp_path / "other", "another good passphrase") as again:
        assert [c.code for c in again.clients()] == ["K-1"]


def test_not_a_backup_is_exit_2(
    tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("x.txt", "x")
    code, _, err = run(capsys, "restore", "--vault", str(tmp_path / "v"), "--passphrase-file",
                       str(pass_file), str(other))
    assert code == 2 and "not a KastDesk backup" in err
    assert not (tmp_path / "v").exists()
