"""GEDCOM: a nickname (NICK), a married surname (_MARNM) and further NAME records (a married
or birth name) are kept, where the map shows them and a pseudonymized export withholds
them. The import dropped all three: the client "Sassa", born Johansson, married Öberg, went
to the supervisor as "the client Öberg, kallad Sassa". Every family here is made up.
"""

from __future__ import annotations

from kastdesk.genogram.gedcom import also_known_as, export_gedcom, import_gedcom
from kastdesk.report.pseudonymize import Pseudonymizer

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"


def _one(*lines: str) -> bytes:
    """A file of one person (the client) with these lines."""
    text = HEAD + "0 @I1@ INDI\n" + "".join(f"{line}\n" for line in lines)
    return (text + "1 _KDINDEX Y\n0 TRLR\n").encode()


def test_a_nickname_goes_into_the_name_in_quotes_before_the_surname() -> None:
    g = import_gedcom(_one("1 NAME Signe /Hallberg/", "2 NICK Sassa"))
    (person,) = g.persons.values()
    assert person.name == 'Signe "Sassa" Hallberg'


def test_a_nickname_written_in_quotes_is_not_quoted_twice() -> None:
    """'2 NICK "Tessan"' became 'Tereza ""Tessan"" Lund' (QA 18 regression L3)."""
    g = import_gedcom(_one("1 NAME Tereza /Lundholm/", '2 NICK "Tessan"', "2 NICK «Zaza»"))
    (person,) = g.persons.values()
    assert person.name == 'Tereza "Tessan" "Zaza" Lundholm'


def test_a_nickname_the_name_already_holds_is_not_added_twice() -> None:
    g = import_gedcom(_one('1 NAME Gösta "Gurra" /Lindell/', "2 NICK Gurra"))
    (person,) = g.persons.values()
    assert person.name == 'Gösta "Gurra" Lindell'


def test_married_and_other_names_are_kept_in_the_notes() -> None:
    g = import_gedcom(_one(
        "1 NAME Signe /Hallberg/", "2 NICK Sassa", "2 _MARNM Ödman",
        "1 NAME Signe /Brandt/", "2 TYPE birth", "1 NOTE Flyttade ofta",
    ))
    (person,) = g.persons.values()
    assert person.notes == "Flyttade ofta\nAlso known as: Signe Ödman; Signe Brandt"
    assert also_known_as(person.notes) == ["Signe Ödman", "Signe Brandt"]


def test_the_other_names_survive_an_export_and_import_again() -> None:
    g = import_gedcom(_one("1 NAME Signe /Hallberg/", "2 NICK Sassa",
                           "1 NAME Signe /Ödman/", "2 TYPE married"))
    (again,) = import_gedcom(export_gedcom(g).encode()).persons.values()
    assert again.name == 'Signe "Sassa" Hallberg'
    assert also_known_as(again.notes) == ["Signe Ödman"]


def test_a_pseudonymized_export_withholds_the_nickname_and_the_other_names() -> None:
    g = import_gedcom(_one("1 NAME Signe /Hallberg/", "2 NICK Sassa", "2 _MARNM Ödman"))
    pseudo = Pseudonymizer.for_snapshot({"genogram": g.to_dict()}, date_offset_days=-40)
    out = pseudo.text("Signe Ödman, kallad Sassa; sassa och ödman, Hallbergs.")
    # The nickname right after the same person's name is left out, not repeated as
    # "the client, kallad the client" (QA 18 regression L2).
    assert out == "The client; the client och [family name], [family name]'s."


def test_the_other_names_line_is_read_in_every_language_the_app_speaks() -> None:
    """A family imported in Swedish and exported in Norwegian (or English): its other names
    are still the person's names. The heads known here are the catalogues' own words."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from kastdesk.genogram.gedcom import ALSO_KNOWN_AS, ALSO_KNOWN_AS_HEADS

    folder = Path(__file__).resolve().parents[3] / "resources" / "translations"
    heads = {ALSO_KNOWN_AS.split("{")[0]}
    for ts in sorted(folder.glob("kastdesk_core_*.ts")):
        for message in ET.parse(ts).iter("message"):
            if message.findtext("source") == ALSO_KNOWN_AS:
                heads.add((message.findtext("translation") or "").split("{")[0])
    assert heads == set(ALSO_KNOWN_AS_HEADS)
    for head in ALSO_KNOWN_AS_HEADS:
        assert also_known_as(f"Flyttade ofta\n{head}Signe Ödman; Signe Brandt") == [
            "Signe Ödman", "Signe Brandt"]
