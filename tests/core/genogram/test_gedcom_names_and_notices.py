"""GEDCOM: typed names come back as typed; the dates an import leaves out are each said."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kastdesk.genogram.demo import make_demo_genogram
from kastdesk.genogram.gedcom import (
    GedcomFile,
    GedcomImport,
    export_gedcom,
    import_gedcom,
    import_gedcom_with_notices,
)
from kastdesk.genogram.model import Genogram, Person, this_year

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"


def _named(name: str) -> Genogram:
    """A demo family whose client has ``name``."""
    g = make_demo_genogram(random.Random(4), "Rolf Test", "male", size=20)
    client = g.index_person
    assert client is not None
    return replace(g, persons={**g.persons, client.id: replace(client, name=name)})


@pytest.mark.parametrize("name", [
    "Anna-Lena (Lill) O'Neil",
    "Ali @ home",  # the "@" was dropped: "Ali home"
    "@lex Sandvik",
    "Liv@@Berg Holm",  # two "@" typed stay two
    "A/S",  # "/" marks a surname in GEDCOM, and was turned into a space
    "Eva Berg/Lund",
    "Karin / Berg",
    "Karin  Berg",  # two spaces came back as one
    "Karin   Maria  Berg",
    "Åsa Ørsted-Ænes Þórsdóttir",
    "Sámi Áile Niillas",
    "محمد عبد الله العلي",
    "Nour al-Hadi",
    "Anna\u00a0Berg",  # a no-break space, as some keyboards type it
    "Mormor",
    "@",
    "/",
])
def test_a_typed_name_comes_back_as_typed(name: str) -> None:
    g = _named(name)
    client = g.index_person
    assert client is not None
    h = import_gedcom(export_gedcom(g).encode("utf-8"))
    again = import_gedcom(export_gedcom(h).encode("utf-8"))
    for x in (h, again):
        assert x.persons[client.id].name == name
        assert {p.name for p in x.persons.values()} == {p.name for p in g.persons.values()}


def test_spaces_at_the_ends_of_a_name_are_trimmed() -> None:
    """A GEDCOM line loses the spaces at its ends in most readers; the properties panel
    trims a typed name the same way, so only a name set otherwise has them."""
    g = _named("  Eva Lund\t")
    client = g.index_person
    assert client is not None
    assert import_gedcom(export_gedcom(g).encode()).persons[client.id].name == "Eva Lund"


def test_other_programs_read_the_standard_name_line() -> None:
    """An ordinary name is written as before: NAME line only, surname between "/"; a name
    the line cannot hold has its exact parts in GIVN and SURN, and a line without "/" or
    "@" but the GEDCOM ones."""
    text = export_gedcom(_named("Anna-Lena (Lill) O'Neil"))
    assert "1 NAME Anna-Lena (Lill) /O'Neil/\n1 SEX" in text and "GIVN" not in text
    text = export_gedcom(_named("Ali @ home"))
    assert "1 NAME Ali @@ /home/\n" in text and "GIVN" not in text
    text = export_gedcom(_named("Eva Berg/Lund"))
    assert "1 NAME Eva /Berg Lund/\n2 GIVN Eva\n2 SURN Berg/Lund\n" in text
    text = export_gedcom(_named("A/S @ Vik"))
    assert "1 NAME A S @@ /Vik/\n2 GIVN A/S @@\n2 SURN Vik\n" in text


@pytest.mark.parametrize(("lines", "name"), [
    # The parts say something else than the line: the line is the name, as before.
    ("1 NAME /Nagy/ Béla\n2 GIVN Béla\n2 SURN Nagy", "Nagy Béla"),
    ("1 NAME John /Smith/ Jr.\n2 GIVN John\n2 SURN Smith\n2 NSFX Jr.", "John Smith Jr."),
    ("1 NAME Anna /Berg Lund/\n2 GIVN Anna\n2 SURN Berg,Lund", "Anna Berg Lund"),
    ("1 NAME Per  Olof   /Ek/", "Per Olof Ek"),
    # GEDCOM doubles an "@" in a value; a single one stays as written.
    ("1 NAME Ali @@ home /Sand/", "Ali @ home Sand"),
    ("1 NAME per@example /Sand/", "per@example Sand"),
    ("1 NAME\n2 GIVN Ida @@ Vik\n2 SURN Strand", "Ida @ Vik Strand"),
])
def test_names_from_other_programs(lines: str, name: str) -> None:
    text = HEAD + f"0 @I1@ INDI\n{lines}\n0 TRLR\n"
    (p,) = import_gedcom(text.encode()).persons.values()
    assert p.name == name


@pytest.mark.parametrize(("lines", "name"), [
    # A "/" of a given name or surname that the GIVN or SURN part holds is kept, also where
    # the line has a prefix or suffix the parts do not (it read "Dr Anna Lena Berg").
    ("1 NAME Anna/Lena /Berg/\n2 GIVN Anna/Lena\n2 SURN Berg", "Anna/Lena Berg"),
    ("1 NAME Dr Anna/Lena /Berg/\n2 NPFX Dr\n2 GIVN Anna/Lena\n2 SURN Berg",
     "Dr Anna/Lena Berg"),
    ("1 NAME Anna /Berg Lund/ Jr\n2 GIVN Anna\n2 SURN Berg/Lund\n2 NSFX Jr", "Anna Berg/Lund Jr"),
])
def test_a_slash_the_name_parts_hold_is_kept(lines: str, name: str) -> None:
    text = HEAD + f"0 @I1@ INDI\n{lines}\n0 TRLR\n"
    result = import_gedcom_with_notices(text.encode())
    (p,) = result.genogram.persons.values()
    assert p.name == name
    assert result.notices == ()


@pytest.mark.parametrize(("line", "name"), [
    ("Anna/Lena /Berg/", "Anna Lena Berg"),
    ("Anna /Berg/Lund/", "Anna Berg Lund"),
    ("/Berg/ Anna/Lena", "Berg Anna Lena"),
])
def test_a_slash_the_name_line_reads_as_a_space_is_said(line: str, name: str) -> None:
    """GEDCOM's line marks the surname with two "/": a third cannot be told from a mark and
    is read as a space, which the import now says (the name changed without a word)."""
    text = HEAD + f"0 @I1@ INDI\n1 NAME {line}\n1 BIRT\n2 DATE 31 FEB 1980\n0 TRLR\n"
    result = import_gedcom_with_notices(text.encode())
    (p,) = result.genogram.persons.values()
    assert p.name == name
    assert result.notices == (
        f'A "/" in the name of {name} was read as a space: in GEDCOM, "/" marks the surname.',
        f'Birth date "31 FEB 1980" of {name} is not a real day: only the year 1980 was kept.',
    )


def test_the_slash_notice_goes_through_the_catalogue(marked: None) -> None:
    text = HEAD + "0 @I1@ INDI\n1 NAME Anna/Lena /Berg/\n0 TRLR\n"
    (notice,) = import_gedcom_with_notices(text.encode()).notices
    assert notice.startswith("«A \"/\" in the name of Anna Lena Berg") and notice.endswith("»")


# ----- what an import leaves out ----------------------------------------------------------------
_FAMILY = HEAD + (
    "0 @I1@ INDI\n1 NAME Erik /Berg/\n1 SEX M\n1 BIRT\n2 DATE {father}\n1 DEAT\n2 DATE {died}\n"
    "1 FAMS @F1@\n"
    "0 @I2@ INDI\n1 NAME Karin /Berg/\n1 SEX F\n1 BIRT\n2 DATE {daughter}\n1 FAMC @F1@\n"
    "0 @I3@ INDI\n1 NAME Anna /Berg/\n1 SEX F\n1 BIRT\n2 DATE 1953\n1 FAMS @F1@\n"
    "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I3@\n1 CHIL @I2@\n1 MARR\n2 DATE {married}\n"
    "1 DIV\n2 DATE {divorced}\n"
    "0 TRLR\n"
)


def _notices(**dates: object) -> tuple[str, ...]:
    given: dict[str, object] = {"father": 1950, "died": 2010, "daughter": 1980,
                                "married": 1975, "divorced": 1990, **dates}
    result = import_gedcom_with_notices(_FAMILY.format(**given).encode())
    assert isinstance(result, GedcomImport) and len(result.genogram.persons) == 3
    return result.notices


def test_a_clean_file_leaves_nothing_out() -> None:
    assert _notices() == ()
    g = make_demo_genogram(random.Random(4), "Rolf Test", "male")
    assert import_gedcom_with_notices(export_gedcom(g).encode()).notices == ()


def test_a_child_older_than_a_parent_is_said() -> None:
    result = import_gedcom_with_notices(_FAMILY.format(
        father=1950, died=2010, daughter=1947, married=1975, divorced=1990).encode())
    assert result.genogram.persons["I2"].birth_year is None  # as before: left out
    assert result.notices == (
        "Birth year 1947 of Karin Berg was left out: their parent Erik Berg was born later, "
        "in 1950.",
    )


@pytest.mark.parametrize(("dates", "said"), [
    ({"father": 1400}, "Birth year 1400 of Erik Berg was left out: the map takes years from "
                       "1500 on."),
    ({"died": 1400, "father": 1300},
     "Death year 1400 of Erik Berg was left out: the map takes years from 1500 on."),
    ({"died": 1940}, "Death year 1940 of Erik Berg was left out: it is before the birth year "
                     "1950."),
    ({"daughter": 9000}, "Birth year 9000 of Karin Berg was left out: that year has not come "
                         "yet."),
    ({"died": 9000}, "Death year 9000 of Erik Berg was left out: that year has not come yet."),
    ({"daughter": "sometime in spring"},
     'Birth date "sometime in spring" of Karin Berg was left out: it is not a date the map '
     "can read."),
    ({"died": "100 B.C."},
     'Death date "100 B.C." of Erik Berg was left out: it is not a date the map can read.'),
    ({"died": "(in the war)"},
     'Death date "in the war" of Erik Berg was left out: it is not a date the map can read.'),
    ({"daughter": "31 FEB 1980"},
     'Birth date "31 FEB 1980" of Karin Berg is not a real day: only the year 1980 was kept.'),
    ({"married": "after the war"},
     'Marriage date "after the war" of Erik Berg and Anna Berg was left out: it is not a '
     "date the map can read."),
    ({"divorced": "0"},
     'Divorce date "0" of Erik Berg and Anna Berg was left out: it is not a date the map can '
     "read."),
    ({"divorced": 1970},
     "End year 1970 of the couple Erik Berg and Anna Berg was left out: it is before their "
     "start year 1975."),
    ({"married": 1400, "divorced": 1450},
     "Start year 1400 of the couple Erik Berg and Anna Berg was left out: the map takes years "
     "from 1500 on."),
    ({"divorced": 3000},
     "End year 3000 of the couple Erik Berg and Anna Berg was left out: the map takes years "
     "up to 2200."),
    ({"married": 1951, "divorced": 1990},
     "Start year 1951 and end year 1990 of the couple Erik Berg and Anna Berg were left out: "
     "Anna Berg was born after the start, in 1953."),
])
def test_each_date_left_out_is_said(dates: dict[str, object], said: str) -> None:
    assert said in _notices(**dates)


def test_what_was_not_left_out_is_not_said() -> None:
    """A day the map never keeps (of a death, a marriage) or an empty DATE loses nothing."""
    assert _notices(died="31 FEB 2010", married="31 FEB 1975") == ()
    text = _FAMILY.format(father=1950, died=2010, daughter=1980, married=1975, divorced=1990)
    assert import_gedcom_with_notices(text.replace("2 DATE 1953", "2 DATE").encode()).notices == ()


def test_a_person_without_a_name_is_named_by_the_files_id() -> None:
    text = _FAMILY.format(father=1950, died=2010, daughter=1947, married=1975, divorced=1990)
    notices = import_gedcom_with_notices(text.replace("1 NAME Karin /Berg/\n", "").encode()).notices
    assert notices == ("Birth year 1947 of the person I2 was left out: their parent Erik Berg "
                       "was born later, in 1950.",)


def test_an_expected_birth_too_late_is_said() -> None:
    from kastdesk.genogram.model import PersonKind

    g = Genogram.build([Person("p1", name="Liv Ek", kind=PersonKind.PREGNANCY,
                               birth_year=this_year())], [], [], [])
    text = export_gedcom(g).replace(f"2 DATE {this_year()}", f"2 DATE {this_year() + 5}")
    assert import_gedcom_with_notices(text.encode()).notices == (
        f"Expected year {this_year() + 5} of Liv Ek was left out: an expected birth can be "
        "next year at the latest.",
    )


def test_only_the_persons_brought_in_are_said() -> None:
    """With a centre, a year left out of someone beyond the generations chosen is not news:
    that person is not imported."""
    text = (HEAD + (
        "0 @I1@ INDI\n1 NAME Olle /Vik/\n1 BIRT\n2 DATE sometime\n1 FAMS @F1@\n"
        "0 @I2@ INDI\n1 NAME Siv /Vik/\n1 BIRT\n2 DATE 1950\n1 FAMC @F1@\n1 FAMS @F2@\n"
        "0 @I3@ INDI\n1 NAME Tor /Vik/\n1 BIRT\n2 DATE 1850\n1 FAMC @F2@\n"
        "0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I2@\n"
        "0 @F2@ FAM\n1 WIFE @I2@\n1 CHIL @I3@\n"
        "0 TRLR\n"
    )).encode()
    whole = import_gedcom_with_notices(text).notices
    assert len(whole) == 2 and "Olle Vik" in whole[0] and "Tor Vik" in whole[1]
    part = GedcomFile.read(text).extract_with_notices(center="I3", generations=1)
    assert "I1" not in part.genogram.persons
    assert part.notices == ("Birth year 1850 of Tor Vik was left out: their parent Siv Vik "
                            "was born later, in 1950.",)
    # The callers that want the family only get it as before.
    assert GedcomFile.read(text).extract(center="I3", generations=1) == part.genogram
    assert import_gedcom(text) == import_gedcom_with_notices(text).genogram


def test_notices_go_through_the_catalogue(marked: None) -> None:
    (notice,) = _notices(daughter=1947)
    assert notice.startswith("«Birth year 1947 of Karin Berg was left out:")
    assert notice.endswith("in 1950.»")
