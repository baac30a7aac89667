"""``export-pdf --extra-names-file FILE``: the names to withhold read from a file, one a
line, so they stay out of the shell's history and the process list (QA session 18, L5:
``--extra-names`` put them in both). ``--extra-names`` still works.

Names, places and notes are fictional, written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.cli import main
from tests.core.cli_export_pdf import export, pdf_text, vault_to_export

CODE = "K-2026-055"
NOTE = "Jobbar skift på Volvo Torslanda, bor i Kungälv. Träffar Greta på lördagar."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return vault_to_export(tmp_path, monkeypatch, CODE, NOTE)


def test_names_in_a_file_are_withheld(folder: Path) -> None:
    names = folder / "names.txt"
    # As Windows Notepad saves it: a byte-order mark, CRLF, a blank line.
    names.write_bytes("\ufeffKungälv\r\n\r\nVolvo Torslanda\r\n".encode())

    assert export(folder, CODE, "--extra-names-file", str(names)) == 0

    text = pdf_text(folder)
    assert "Kungälv" not in text and "Volvo Torslanda" not in text
    assert "Jobbar skift" in text and "Greta" in text  # nothing else withheld


def test_the_file_and_the_old_option_together(folder: Path) -> None:
    names = folder / "names.txt"
    names.write_text("Kungälv\n", "utf-8")

    assert export(folder, CODE, "--extra-names-file", str(names), "--extra-names", "Greta") == 0

    text = pdf_text(folder)
    assert "Kungälv" not in text and "Greta" not in text


def test_a_names_file_that_cannot_be_read_is_said_and_nothing_written(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(folder, CODE, "--extra-names-file", str(folder / "missing.txt")) == 2
    assert "names file" in capsys.readouterr().err
    (folder / "latin1.txt").write_bytes("Kungälv\n".encode("latin-1"))
    assert export(folder, CODE, "--extra-names-file", str(folder / "latin1.txt")) == 2
    assert "UTF-8" in capsys.readouterr().err
    assert not (folder / "out.pdf").exists()


def test_the_help_recommends_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-pdf", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "--extra-names-file FILE" in said
    assert "prefer --extra-names-file" in said
