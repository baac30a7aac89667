"""``export-pdf --extra-names-file FILE``: the names to withhold read from a file, one a
line, so they stay out of the shell's history and the process list (QA session 18, L5:
``--extra-names`` put them in both). ``--extra-names`` still works.

Names, places and notes are fictional, written for this test.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kastdesk.cli import main
from kastdesk.store import KdfParams, Vault
from tests.conftest import PASSPHRASE

NOTE = "Jobbar skift på Volvo Torslanda, bor i Kungälv. Träffar Greta på lördagar."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KASTDESK_PASSPHRASE", PASSPHRASE)
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Test Therapist")
    with vault:
        vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
        case = vault.add_client("K-2026-055", first_contact_date=date(2026, 8, 1))
        case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    return tmp_path


def _export(folder: Path, *options: str) -> int:
    return main(["export-pdf", "--vault", str(folder / "vault"), "--case", "K-2026-055",
                 "--out", str(folder / "out.pdf"), "--force", "--pseudonymize",
                 "--sections", "sessions", *options])


def _text(folder: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(folder / "out.pdf").pages)


def test_names_in_a_file_are_withheld(folder: Path) -> None:
    names = folder / "names.txt"
    # As Windows Notepad saves it: a byte-order mark, CRLF, a blank line.
    names.write_bytes("\ufeffKungälv\r\n\r\nVolvo Torslanda\r\n".encode())

    assert _export(folder, "--extra-names-file", str(names)) == 0

    text = _text(folder)
    assert "Kungälv" not in text and "Volvo Torslanda" not in text
    assert "Jobbar skift" in text and "Greta" in text  # nothing else withheld


def test_the_file_and_the_old_option_together(folder: Path) -> None:
    names = folder / "names.txt"
    names.write_text("Kungälv\n", "utf-8")

    assert _export(folder, "--extra-names-file", str(names), "--extra-names", "Greta") == 0

    text = _text(folder)
    assert "Kungälv" not in text and "Greta" not in text


def test_a_names_file_that_cannot_be_read_is_said_and_nothing_written(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(folder, "--extra-names-file", str(folder / "missing.txt")) == 2
    assert "names file" in capsys.readouterr().err
    (folder / "latin1.txt").write_bytes("Kungälv\n".encode("latin-1"))
    assert _export(folder, "--extra-names-file", str(folder / "latin1.txt")) == 2
    assert "UTF-8" in capsys.readouterr().err
    assert not (folder / "out.pdf").exists()


def test_the_help_recommends_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-pdf", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "--extra-names-file FILE" in said
    assert "prefer --extra-names-file" in said
