"""``kastdesk export-pdf --pseudonymize`` says what is still in the text (QA 21, finding
2): it printed "Wrote …" and nothing else, while the PDF still held the partner's first
name, the children's, a town and an employer that the app's export dialog lists under
"Still in the text". Now it lists the same words (one computation,
``export.still_in_text``) on stderr, each with the option that withholds it as the
dialog's Withhold does, and the PDF is written all the same (exit 0).

Names, places and notes are fictional, written for this test.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kastdesk.cli import main
from kastdesk.genogram import Genogram
from kastdesk.genogram.model import ChildLink, Person, Sex, Union
from kastdesk.report.export import ExportOptions, prepare, still_in_text
from kastdesk.store import KdfParams, Vault
from tests.conftest import PASSPHRASE
from tests.core.cli_export_pdf import export, pdf_text, vault_to_export

CODE = "K-2026-077"
NOTE = ("Sambon Ingrid vet inget. Barnen Sofie och Emil bor hemma i Kungälv. "
        "Han säger att pa hjälper till, och att han vill bo kvar.")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # A father called Bo: "bo" (Swedish "live") is his name in small letters, which the
    # dialog withholds where written, never as the father.
    family_map = Genogram.build(
        [Person("c", Sex.MALE, "Tore Vikström", is_index=True),
         Person("f", Sex.MALE, "Bo Vikström"), Person("m", Sex.FEMALE, "Siv Vikström")],
        [Union("u", ("f", "m"))], [ChildLink("l", "c", union_id="u")], check=False)
    return vault_to_export(tmp_path, monkeypatch, CODE, NOTE, family_map, name="Tore Vikström")


def _dialogs_words(folder: Path) -> list[str]:
    """What the export dialog's "Still in the text" lists for this case."""
    with Vault.unlock(folder / "vault", PASSPHRASE) as vault:
        entry = vault.client_by_code(CODE)
        snap, pseudo = prepare(vault, entry.id, ExportOptions(
            sections=("sessions",), pseudonymize=True))
        assert pseudo is not None
        return [s.word for s, _ in still_in_text(pseudo, pseudo.apply(snap))]


def test_the_words_the_dialog_lists_are_said_with_how_to_withhold_them(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(folder, CODE) == 0
    out, err = capsys.readouterr()
    assert "Wrote" in out and (folder / "out.pdf").exists()
    words = _dialogs_words(folder)
    assert {"Ingrid", "Sofie", "Emil", "Kungälv", "bo"} <= set(words)
    lines = err.splitlines()
    assert lines[0].startswith(f"The PDF still has {len(words)} words that may identify")
    assert "--extra-names-file" in lines[0] or "option named beside each" in lines[0]
    listed = {line.split()[0]: line for line in lines[1:]}
    assert list(listed) == words  # the dialog's list, in its order
    assert listed["Ingrid"].endswith("; --extra-names-file")
    assert "capitalized word not replaced" in listed["Ingrid"]
    # A name in small letters is withheld where written, as the dialog's Withhold does.
    assert listed["bo"].endswith("; --withhold-words-file")


def test_withheld_with_the_options_named_the_words_are_gone_and_nothing_is_said(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names, words = folder / "names.txt", folder / "words.txt"
    names.write_text("Ingrid\nSofie\nEmil\nKungälv\n", "utf-8")
    words.write_text("bo\n", "utf-8")
    assert export(folder, CODE, "--extra-names-file", str(names),
                  "--withhold-words-file", str(words)) == 0
    assert capsys.readouterr().err == ""
    text = pdf_text(folder)
    for gone in ("Ingrid", "Sofie", "Emil", "Kungälv", " bo "):
        assert gone not in text
    # Withheld where written: "bo" never became the father, and "pa" (Swedish "dad")
    # stayed a word.
    assert "vill [withheld] kvar" in " ".join(text.split())
    assert "att pa hjälper" in " ".join(text.split())


def test_nothing_left_says_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KASTDESK_PASSPHRASE", PASSPHRASE)
    with Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.for_tests())[0] as vault:
        case = vault.add_client("K-2026-078", first_contact_date=date(2026, 8, 1))
        case.sessions.add(datetime(2026, 9, 7, 10, 0), note="Han mår bättre nu.")
    assert main(["export-pdf", "--vault", str(tmp_path / "vault"), "--case", "K-2026-078",
                 "--out", str(tmp_path / "out.pdf"), "--pseudonymize"]) == 0
    assert capsys.readouterr().err == ""


def test_the_help_says_the_list_is_printed_and_names_the_words_option(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-pdf", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "--withhold-words-file FILE" in said
    assert "list on stderr the words still in it that may identify someone" in said
