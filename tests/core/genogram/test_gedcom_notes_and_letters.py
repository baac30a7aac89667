"""GEDCOM as other genealogy programs read it: relationship notes pointed to from the persons,
and letters composed as typed (QA 20, findings 10, 11 and 16)."""

from __future__ import annotations

import unicodedata

from kastdesk.genogram.gedcom import export_gedcom, import_gedcom
from kastdesk.genogram.model import (
    Genogram,
    Person,
    Relationship,
    RelationshipKind,
    Sex,
)


def _pair() -> Genogram:
    return Genogram.build(
        [
            Person(id="a", sex=Sex.MALE, name="Arvid Holm", birth_year=1950),
            Person(id="b", sex=Sex.FEMALE, name="Bodil Holm", birth_year=1980, notes="Egen not"),
        ],
        [],
        [],
        [Relationship("r1", ("a", "b"), RelationshipKind.CLOSE_HOSTILE, False, note="Sedan 1990")],
    )


def _records(text: str) -> dict[str, list[str]]:
    """Each level-0 record's lines, by its first line."""
    out: dict[str, list[str]] = {}
    head = ""
    for line in text.splitlines():
        if line.startswith("0 "):
            head = line
            out[head] = []
        else:
            out[head].append(line)
    return out


def test_both_persons_point_to_their_relationship_note() -> None:
    text = export_gedcom(_pair())
    records = _records(text)
    note = next(
        k
        for k in records
        if k.endswith(" NOTE Emotional relationship: close and hostile, Arvid Holm – Bodil Holm")
    )
    xref = note.split()[1]
    indis = [lines for head, lines in records.items() if head.endswith(" INDI")]
    assert len(indis) == 2
    for lines in indis:
        assert f"1 NOTE {xref}" in lines


def test_the_pointers_do_not_come_back_as_persons_notes() -> None:
    g = import_gedcom(export_gedcom(_pair()).encode())
    by_name = {p.name: p for p in g.persons.values()}
    assert by_name["Arvid Holm"].notes == ""
    assert by_name["Bodil Holm"].notes == "Egen not"
    (rel,) = g.relationships.values()
    assert rel.kind is RelationshipKind.CLOSE_HOSTILE
    assert rel.note == "Sedan 1990"


def test_ansel_letters_are_composed() -> None:
    # ANSEL writes the ring above (0xEA) and the diaeresis (0xE8) before the letter.
    data = (
        b"0 HEAD\n1 GEDC\n2 VERS 5.5\n2 FORM LINEAGE-LINKED\n1 CHAR ANSEL\n"
        b"0 @I1@ INDI\n1 NAME \xeaAsa /Str\xe8om/\n1 SEX F\n0 TRLR\n"
    )
    (p,) = import_gedcom(data).persons.values()
    assert p.name == "Åsa Ström"
    assert unicodedata.is_normalized("NFC", p.name)


def _twins_file(second_born: int, second_sex: str) -> bytes:
    return (
        "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
        "0 @I1@ INDI\n1 NAME Per /Ek/\n1 SEX M\n"
        "0 @I2@ INDI\n1 NAME Eva /Ek/\n1 SEX F\n"
        "0 @I3@ INDI\n1 NAME Nils /Ek/\n1 SEX M\n1 BIRT\n2 DATE 1980\n1 FAMC @F1@\n"
        f"0 @I4@ INDI\n1 NAME Nora /Ek/\n1 SEX {second_sex}\n1 BIRT\n2 DATE {second_born}\n"
        "1 FAMC @F1@\n"
        "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n"
        "1 CHIL @I3@\n2 _KDTWIN t1\n2 _KDIDENT Y\n1 CHIL @I4@\n2 _KDTWIN t1\n2 _KDIDENT Y\n"
        "0 TRLR\n"
    ).encode()


def test_impossible_twin_marks_stay_out_and_the_family_comes_in() -> None:
    """The map refuses twins years apart and identical twins of a man and a woman (QA 20);
    a file with such a mark lost the whole import for it."""
    from kastdesk.genogram.gedcom import import_gedcom_with_notices

    apart = import_gedcom_with_notices(_twins_file(1985, "F"))
    assert len(apart.genogram.persons) == 4
    assert all(lk.twin_group is None for lk in apart.genogram.child_links.values())
    assert any("born more than a year apart" in n for n in apart.notices)
    mixed = import_gedcom_with_notices(_twins_file(1980, "F"))
    links = list(mixed.genogram.child_links.values())
    assert all(lk.twin_group is not None and not lk.identical for lk in links)
    assert any("are a man and a woman" in n for n in mixed.notices)
    same = import_gedcom_with_notices(_twins_file(1980, "M"))
    assert all(lk.identical for lk in same.genogram.child_links.values())
    assert same.notices == ()


def test_a_twin_mark_on_one_child_alone_stays_out() -> None:
    """QA 20: a mark on one child (the other not marked, or not brought in) came in as a
    twin group of one, a twin of nobody."""
    from kastdesk.genogram.gedcom import import_gedcom_with_notices

    text = _twins_file(1983, "F").decode().replace("1 CHIL @I4@\n2 _KDTWIN t1\n2 _KDIDENT Y\n",
                                                   "1 CHIL @I4@\n")
    result = import_gedcom_with_notices(text.encode())
    assert len(result.genogram.persons) == 4
    assert all(lk.twin_group is None for lk in result.genogram.child_links.values())
