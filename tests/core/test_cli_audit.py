"""``kastdesk audit``: the History screen's list on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kastdesk.audit.cli  # noqa: F401 - registers the verb (cli._load_extra_commands)
from kastdesk.cli import main
from kastdesk.store import Vault

from ..conftest import PASSPHRASE


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_vault_log_with_failed_attempts(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    for _ in range(3):
        assert run(capsys, "clients", "--vault", str(demo_vault),
                   "--passphrase-file", str(wrong))[0] == 3
    code, out, _ = run(capsys, "audit", "--vault", str(demo_vault),
                       "--passphrase-file", str(pass_file))
    assert code == 0
    lines = out.splitlines()
    assert "complete and unaltered" in lines[0]
    assert "Unlocked the vault" in lines[1]
    assert "3 failed attempts since the last unlock" in lines[2]
    assert "unknown (before unlocking)" in lines[2]
    assert lines[-1].endswith("entries shown")
    assert "Created the vault" in lines[-2]


def test_one_case_as_json_filtered_by_kind_and_period(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        vault.open_case(entry.id)
        names = [c.name for c in vault.clients() if c.name]
    code, out, _ = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--case", entry.code, "--json", "--kind", "opened")
    assert code == 0
    data = json.loads(out)
    assert data["intact"] is True and data["problems"] == []
    assert [e["what"] for e in data["entries"]] == ["Opened the case file"]
    assert data["entries"][0]["client"] == entry.code
    assert data["entries"][0]["kind"] == "opened"
    assert not any(name in out for name in names)  # codes, never names
    code, out, _ = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--case", entry.code, "--json",
                       "--from", "2000-01-01", "--to", "2000-12-31")
    assert code == 0 and json.loads(out)["entries"] == []


def test_every_case_merged(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--all-cases", "--json")
    assert code == 0
    clients = {e["client"] for e in json.loads(out)["entries"]}
    assert len(clients - {""}) == 6


def test_a_log_that_does_not_verify_exits_4(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        vault.index.execute("DELETE FROM audit WHERE seq = 2")
    code, out, err = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                         str(pass_file))
    assert code == 4
    assert "may have been altered" in out.splitlines()[0]
    assert "audit entry 2 is missing" in out
    assert "kastdesk verify" in err


@pytest.mark.parametrize("argv", [["--kind", "viewed"], ["--from", "yesterday"],
                                  ["--from", "2026-02-01", "--to", "2026-01-01"]])
def test_usage_mistakes_exit_2(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
) -> None:
    code, _, _ = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                     str(pass_file), *argv)
    assert code == 2


def test_an_unknown_code_is_one_sentence(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--case", "K-1999-999")
    assert code != 0 and "no client with the code K-1999-999" in err
