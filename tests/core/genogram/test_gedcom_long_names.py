"""A GEDCOM name of 200,000 characters came in whole, and every notice about the person
(in the app and on the command line) printed all of it."""

from __future__ import annotations

from kastdesk.genogram.gedcom import (
    WHOLE_NAME,
    WHOLE_NAME_HEADS,
    import_gedcom,
    import_gedcom_with_notices,
    names_in_notes,
)
from kastdesk.genogram.model import NAME_MAX, NAME_SHOWN_MAX, shown_name
from kastdesk.report.pseudonymize import Pseudonymizer

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


def test_a_pseudonymized_export_withholds_the_whole_long_name() -> None:
    """The pseudonymizer knew the map's name, the first NAME_MAX characters: the rest of the
    long name, kept whole in the notes, went into the supervision packet. A made-up name."""
    given = " ".join(["Ylvamira Sorkelind Quintessa Brunnhagna Tovelisa Ebbarosa"] * 4)
    long = f"{given} /von Qvarnskiöldh-Tryggelholm af Nordvarp/"
    g = import_gedcom((HEAD + f"0 @I1@ INDI\n1 NAME {long}\n1 SEX F\n1 _KDINDEX Y\n"
                       "0 TRLR\n").encode())
    (person,) = g.persons.values()
    assert len(person.name) == NAME_MAX and "Nordvarp" not in person.name
    pseudo = Pseudonymizer.for_snapshot({"genogram": g.to_dict()}, date_offset_days=-40)
    assert pseudo.text(person.notes) == "The whole name in the GEDCOM file: the client"
    out = pseudo.text("Hon skriver sig nordvarp, ibland Tryggelholm.")
    assert "nordvarp" not in out.casefold() and "tryggelholm" not in out.casefold()


def test_the_whole_name_line_is_read_in_every_language_the_app_speaks() -> None:
    """A family imported in Swedish and exported in Norwegian: the whole name is still the
    person's. The heads known here are the catalogues' own words."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "resources" / "translations"
    heads = {WHOLE_NAME.split("{")[0]}
    for ts in sorted(folder.glob("kastdesk_core_*.ts")):
        for message in ET.parse(ts).iter("message"):
            if message.findtext("source") == WHOLE_NAME:
                heads.add((message.findtext("translation") or "").split("{")[0])
    assert heads == set(WHOLE_NAME_HEADS)
    for head in WHOLE_NAME_HEADS:
        notes = f"Flyttade ofta\n{head}Ylva Tryggelholm\nAlso known as: Ylva Berg"
        assert names_in_notes(notes) == ["Ylva Tryggelholm", "Ylva Berg"]


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
