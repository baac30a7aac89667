"""The headless CLI: verbs, exit codes, and one plain line instead of a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kastdesk.store import Vault

from ..conftest import PASSPHRASE
from ..conftest import run_cli as run


def test_clients_json_lists_codes_names_status_and_dates(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "clients", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--json", "--show-names")
    assert code == 0
    clients = json.loads(out)
    assert len(clients) == 6
    for c in clients:
        assert {"code", "name", "status", "first_contact_date", "last_contact_date"} <= set(c)
    assert any(c["name"] is None for c in clients) or all(c["name"] for c in clients)


def test_plain_clients_listing_shows_no_names_by_default(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        names = [c.name for c in vault.clients() if c.name]
    code, out, _ = run(capsys, "clients", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file))
    assert code == 0 and names
    assert not any(name in out for name in names)


def test_passphrase_from_environment(
    demo_vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KASTDESK_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "verify", "--vault", str(demo_vault))
    assert code == 0 and "Vault OK" in out


def test_wrong_passphrase_exits_3_with_one_line(
    demo_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right passphrase")
    code, _out, err = run(capsys, "clients", "--vault", str(demo_vault), "--passphrase-file",
                         str(wrong))
    assert code == 3
    assert err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "clients", "--no-such-flag")[0] == 2
    code, _, err = run(capsys, "clients", "--vault", str(tmp_path), "--passphrase-file",
                       str(tmp_path / "missing"))
    assert code == 2 and "Cannot read" in err


def test_not_a_vault_is_a_usage_error(
    tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "verify", "--vault", str(tmp_path), "--passphrase-file",
                       str(pass_file))
    assert code == 2 and "not a KastDesk vault" in err


def test_vault_in_use_exits_5(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE):
        code, _, err = run(capsys, "verify", "--vault", str(demo_vault), "--passphrase-file",
                           str(pass_file))
    assert code == 5 and "already open" in err


def test_verify_names_a_damaged_case_and_exits_4(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = vault.clients()[2]
        path = vault.folder / "cases" / f"{entry.id}.kcase"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file))
    assert code == 4
    lines = out.strip().splitlines()
    assert lines and all(entry.code in line for line in lines)


def test_passwd_and_recover(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kastdesk.store import KdfParams

    folder2 = tmp_path / "v2"
    vault, recovery = Vault.create(folder2, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.close()
    old = tmp_path / "old.txt"
    old.write_text(PASSPHRASE)
    new = tmp_path / "new.txt"
    new.write_text("second passphrase")
    assert run(capsys, "passwd", "--vault", str(folder2), "--passphrase-file", str(old),
               "--new-passphrase-file", str(new))[0] == 0
    Vault.unlock(folder2, "second passphrase").close()
    third = tmp_path / "third.txt"
    third.write_text("third passphrase")
    assert run(capsys, "recover", "--vault", str(folder2), "--recovery-key", recovery,
               "--new-passphrase-file", str(third))[0] == 0
    Vault.unlock(folder2, "third passphrase").close()
    assert run(capsys, "recover", "--vault", str(folder2), "--recovery-key", "AAAA",
               "--new-passphrase-file", str(third))[0] == 3


def test_demo_is_reproducible_for_a_seed_and_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import make_demo_vault

    def content(folder: Path) -> list[tuple[object, ...]]:
        with Vault.unlock(folder, PASSPHRASE) as vault:
            rows = []
            for entry in vault.clients():
                case = vault.open_case(entry.id)
                rows.append((entry.code, entry.name, entry.status,
                             [(s.starts_at, s.note, s.signed) for s in case.sessions.list()],
                             [g.text for g in case.goals.list()]))
            return rows

    a = make_demo_vault(tmp_path / "a", clients=3, seed=11)
    b = make_demo_vault(tmp_path / "b", clients=3, seed=11)
    c = make_demo_vault(tmp_path / "c", clients=3, seed=12)
    assert content(a) == content(b)
    assert content(a) != content(c)


def _one_plain_line(err: str) -> None:
    assert err.count("\n") == 1, err
    assert "unexpected" not in err and "Traceback" not in err and "--debug" not in err, err


def test_vault_folder_that_is_a_file_is_one_sentence_and_nothing_is_made(
    tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    for verb in ("init", "demo"):
        for target in (afile, afile / "sub"):
            code, out, err = run(capsys, verb, "--vault", str(target), "--passphrase-file",
                                 str(pass_file))
            assert code == 2, (verb, target, err)
            _one_plain_line(err)
            assert str(afile) in err and "is a file" in err
            assert "Recovery key" not in out
    assert afile.read_text() == "not a folder"


def test_passphrase_file_that_is_not_text_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "pass.bin"
    binary.write_bytes(b"\xff\xfe\x00\x9c binary")
    code, _out, err = run(capsys, "init", "--vault", str(tmp_path / "v"), "--passphrase-file",
                          str(binary))
    assert code == 2
    _one_plain_line(err)
    assert "not plain text" in err and str(binary) in err
    assert not (tmp_path / "v").exists()


def test_demo_with_a_bad_anchor_makes_no_vault(
    tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new"
    code, out, err = run(capsys, "demo", "--vault", str(folder), "--passphrase-file",
                         str(pass_file), "--anchor", "notadate")
    assert code == 2
    _one_plain_line(err)
    assert "notadate" in err and "YYYY-MM-DD" in err
    assert not folder.exists() and out == ""
    code, _out, err = run(capsys, "demo", "--vault", str(folder), "--passphrase-file",
                          str(pass_file), "--clients", "0")
    assert code == 2 and not folder.exists()
    _one_plain_line(err)


def test_a_vault_made_by_demo_shows_its_key_even_if_filling_fails(
    tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kastdesk.demo
    from kastdesk.store import KdfParams

    real_create = Vault.create
    monkeypatch.setattr(Vault, "create", classmethod(
        lambda cls, folder, passphrase, **kw: real_create(
            folder, passphrase, kdf=KdfParams.for_tests(), therapist=kw.get("therapist", ""))))

    def broken_fill(*_args: object) -> list[str]:
        raise OSError(28, "No space left on device", str(tmp_path / "new" / "cases"))

    monkeypatch.setattr(kastdesk.demo, "fill_vault", broken_fill)
    code, out, err = run(capsys, "demo", "--vault", str(tmp_path / "new"), "--passphrase-file",
                         str(pass_file))
    assert code != 0
    _one_plain_line(err)
    assert "No space left" in err
    assert "Recovery key" in out  # the vault exists: without its key it is lost
    assert Vault.is_vault(tmp_path / "new")
