"""``kastdesk audit``: the History screen's list on the command line."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kastdesk.audit.cli  # noqa: F401 - registers the verb (cli._load_extra_commands)
from kastdesk import cli, i18n
from kastdesk.store import Vault

from ..conftest import PASSPHRASE
from ..conftest import run_cli as run

ROOT = Path(__file__).resolve().parents[2]




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


# -- --out: the list as CSV for the clinic's Excel ----------------------------------------
def _read_csv(path: Path, separator: str) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads å, ä, ö only after the mark
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                           delimiter=separator))


def _entries(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    code, out, _ = run(capsys, "audit", *argv, "--json")
    assert code == 0
    return json.loads(out)["entries"]  # type: ignore[no-any-return]


def test_out_saves_the_list_as_csv_and_the_export_is_audited(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--vault", str(demo_vault), "--passphrase-file", str(pass_file), "--all-cases"]
    out = tmp_path / "audit.csv"
    code, printed, err = run(capsys, "audit", *base, "--out", str(out))
    assert code == 0 and err == ""
    back = _read_csv(out, ",")  # English: commas
    assert back[0] == ["Date and time", "Who", "Kind", "What", "Client", "Target"]
    assert printed.splitlines()[-1] == f"{len(back) - 1} entries saved to {out}"
    unlocked, exported, *before = _entries(capsys, *base)
    assert unlocked["what"] == "Unlocked the vault"  # this second look
    assert exported["what"] == f"Exported the audit log ({len(back) - 1} lines)"
    assert exported["target"] == str(out.resolve())
    # The file holds the list as it was before its own export was written.
    assert [row[3] for row in back[1:]] == [e["what"] for e in before]
    assert [row[4] for row in back[1:]] == [e["client"] for e in before]


@pytest.mark.parametrize(("given", "separator"),
                         [(";", ";"), ("semicolon", ";"), (",", ","), ("Comma", ",")])
def test_the_separator_can_be_chosen(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    given: str, separator: str,
) -> None:
    out = tmp_path / "audit.csv"
    code, _, _ = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                     str(pass_file), "--out", str(out), "--separator", given)
    assert code == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith(separator.join(["Date and time", "Who", "Kind"]))
    back = _read_csv(out, separator)
    assert {len(row) for row in back} == {6}


def test_the_separator_follows_the_language_the_cli_speaks(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def swedish() -> bool:  # as a Swedish computer's catalogue would (words left English)
        i18n.set_translator(lambda context, text: text, "sv_SE")
        return True

    monkeypatch.setattr(cli, "install_translations", swedish)
    out = tmp_path / "audit.csv"
    base = ["audit", "--vault", str(demo_vault), "--passphrase-file", str(pass_file)]
    assert run(capsys, *base, "--out", str(out))[0] == 0
    assert _read_csv(out, ";")[0] == ["Date and time", "Who", "Kind", "What", "Client",
                                      "Target"]
    assert run(capsys, *base, "--out", str(out), "--force", "--separator", ",")[0] == 0
    assert out.read_bytes().decode("utf-8-sig").startswith("Date and time,Who,")
    assert i18n.current_language() == ""  # the caller's language is given back


def test_a_swedish_computer_gets_semicolons(
    demo_vault: Path, pass_file: Path, tmp_path: Path,
) -> None:
    out = tmp_path / "granskning.csv"
    env = {**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": "", "LANGUAGE": "",
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "kastdesk", "audit", "--vault", str(demo_vault),
         "--passphrase-file", str(pass_file), "--out", str(out)],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Kontrollerat" in result.stdout  # the catalogue was loaded
    assert _read_csv(out, ";")[0] == ["Datum och tid", "Vem", "Typ", "Vad", "Klient", "Område"]


@pytest.mark.parametrize("argv", [["--separator", ";"], ["--out", "x.csv", "--separator", "tab"],
                                  ["--out", "x.csv", "--separator", ";;"]])
def test_separator_mistakes_exit_2(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, argv: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), *argv)
    assert code == 2 and "separator" in err
    assert not (tmp_path / "x.csv").exists()


def test_an_existing_file_is_replaced_only_with_force(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "audit.csv"
    out.write_text("the clinic's own file")
    base = ["audit", "--vault", str(demo_vault), "--passphrase-file", str(pass_file),
            "--out", str(out)]
    code, _, err = run(capsys, *base)
    assert code == 2 and "--force" in err and len(err.strip().splitlines()) == 1
    assert out.read_text() == "the clinic's own file"
    assert run(capsys, *base, "--force")[0] == 0
    assert _read_csv(out, ",")[0][0] == "Date and time"


def test_a_full_disk_is_one_sentence_and_no_file(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "exports" / "audit.csv"
    out.parent.mkdir()
    real_replace = os.replace

    def full(src: object, dst: object) -> None:
        if str(dst) == str(out):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", full)
    code, _, err = run(capsys, "audit", "--vault", str(demo_vault), "--passphrase-file",
                       str(pass_file), "--out", str(out))
    assert code == 4  # README: 4 for a full disk (the export's own class said 2)
    assert len(err.strip().splitlines()) == 1 and "nothing was written" in err
    assert list(out.parent.iterdir()) == []  # neither the file nor its temp file
    monkeypatch.setattr(os, "replace", real_replace)
    entries = _entries(capsys, "--vault", str(demo_vault), "--passphrase-file", str(pass_file))
    # Recorded before the file is named (a file no log line names is never left), so the
    # log then says the export was not completed: no file, and the log says so.
    logged = sorted((e["seq"], e["action"], e["target"]) for e in entries
                    if e["action"] in ("Export audit log", "Export not completed"))
    assert [action for _seq, action, _target in logged] == [
        "Export audit log", "Export not completed"]
    assert logged[1][2] == str(out.resolve())
