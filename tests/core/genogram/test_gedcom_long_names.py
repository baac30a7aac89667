"""A GEDCOM name of 200,000 characters came in whole, and every notice about the person
(in the app and on the command line) printed all of it."""

from __future__ import annotations

from kastdesk.genogram.gedcom import import_gedcom_with_notices
from kastdesk.genogram.model import NAME_MAX, NAME_SHOWN_MAX, shown_name

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"


def test_a_name_too_long_keeps_its_beginning_and_the_whole_in_the_notes() -> None:
    long = "A" * 200_000
    text = (HEAD + f"0 @I1@ INDI\n1 NAME {long} /Berg/\n1 SEX F\n1 BIRT\n2 DATE 2999\n"
            "0 @I2@ INDI\n1 NAME Ola /Berg/\n1 SEX M\n0 TRLR\n")
    result = import_gedcom_with_notices(text.encode())
    person = result.genogram.persons["I1"]
    assert person.name == "A" * NAME_MAX
    assert f"{long} Berg" in person.notes  # nothing lost
    assert result.genogram.persons["I2"].name == "Ola Berg"
    shown = "A" * NAME_SHOWN_MAX + "…"
    said, year = result.notices
    assert said == (f"The name of {shown} is 200005 characters long: the map keeps the first "
                    f"{NAME_MAX} as the name and the whole name in the person's notes.")
    assert year.startswith(f"Birth year 2999 of {shown} was left out")
    assert max(len(n) for n in result.notices) < 300


def test_a_name_of_the_limit_comes_in_whole_and_unsaid() -> None:
    name = "B" * NAME_MAX
    result = import_gedcom_with_notices(
        (HEAD + f"0 @I1@ INDI\n1 NAME {name}\n0 TRLR\n").encode())
    assert result.genogram.persons["I1"].name == name
    assert result.notices == ()


def test_shown_name() -> None:
    assert shown_name("Ida Strand") == "Ida Strand"
    assert shown_name("x" * 61) == "x" * 60 + "…"


def test_the_command_line_prints_a_long_name_shortened(
    vault, tmp_path, capsys  # type: ignore[no-untyped-def]
) -> None:
    """``kastdesk genogram import`` printed the whole 200,000 characters in its notices."""
    from kastdesk.genogram.storage import load_genogram
    from kastdesk.store import Vault
    from tests.conftest import PASSPHRASE
    from tests.conftest import run_cli as run

    vault.add_client("K-1")
    folder = vault.folder
    vault.close()
    pw = tmp_path / "pass.txt"
    pw.write_text(PASSPHRASE + "\n")
    long = "Å" * 200_000
    path = tmp_path / "long.ged"
    path.write_text(HEAD + f"0 @I1@ INDI\n1 NAME {long}\n1 SEX F\n1 BIRT\n2 DATE 2999\n"
                    "0 TRLR\n", encoding="utf-8")
    code, out, err = run(capsys, "genogram", "import", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", str(path))
    assert code == 0, err
    assert len(out) < 1_000
    assert "Å" * NAME_SHOWN_MAX + "…" in out and "Å" * (NAME_SHOWN_MAX + 1) not in out
    with Vault.unlock(folder, PASSPHRASE) as opened:
        g = load_genogram(opened.open_case(opened.client_by_code("K-1").id))
    assert g.persons["I1"].name == "Å" * NAME_MAX and long in g.persons["I1"].notes
