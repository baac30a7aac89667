"""What QA session 18 found leaking into the pseudonymized material for supervisors
(artifacts/qa_leak_report.md), each checked alone: names stored in capitals or surname
first (H1), known names typed in small letters (H2), nicknames in quotes (H3), names typed
elsewhere than a name field (H4), the date shift (M1), the family map's ids and labels
(M2, M3), patterns (M4, L4), compound first names and titles (L1), and the words a preview
should point at (M5, ``suspects``). Every family here is made up.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kastdesk.genogram import Genogram
from kastdesk.genogram import edits as e
from kastdesk.genogram.model import Marker, Person, Relationship, RelationshipKind, Sex
from kastdesk.genogram.storage import apply_edit, load_genogram
from kastdesk.report.pseudonymize import (
    CAPITALISED,
    CASE_WORD,
    DATE_SHIFT_DAYS,
    LOWER_CASE_NAME,
    NEAR_NAME,
    Pseudonymizer,
    suspects,
)
from kastdesk.report.snapshot import collect_case, former_map
from kastdesk.store import Vault


def _family(**names: str) -> Genogram:
    """Client "c", partner "p" (couple "u"), daughter "d", son "s"."""
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name=names.get("client", "Tord Viklund"),
                     person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_partner(g, "c", name=names.get("partner", "Lovisa Hedkvist"), partner_id="p",
                      union_id="u").apply(g)
    g = e.add_child(g, "u", sex=Sex.FEMALE, name=names.get("daughter", "Moa Viklund"),
                    child_id="d", birth_year=2015).apply(g)
    g = e.add_child(g, "u", sex=Sex.MALE, name=names.get("son", "Bo Viklund"),
                    child_id="s", birth_year=2012).apply(g)
    return g


def _pseudo(register: str = "Tord Viklund", extra: tuple[str, ...] = (),
            **names: str) -> Pseudonymizer:
    snap = {"name": register, "genogram": _family(**names).to_dict(),
            "profile": {"first_contact_date": "2026-03-02"}}
    return Pseudonymizer.for_snapshot(snap, extra, date_offset_days=-40)


# ----- H1: capitals, surname first ------------------------------------------------------
@pytest.mark.parametrize("register", ["TORD VIKLUND", "VIKLUND, TORD", "Viklund, Tord"])
def test_a_name_stored_in_capitals_or_surname_first_is_found_as_written(register: str) -> None:
    """``_compile`` built only the stored form, its capitals and small letters: "TORD
    VIKLUND" left "Tord kom" and "Viklunds fru" as written; "VIKLUND, TORD" kept the comma
    in its first word."""
    pseudo = _pseudo(register, client="", partner="", daughter="", son="")
    out = pseudo.text("Tord kom. Viklund ringde. Viklunds fru och tords bror. Tord Viklund.")
    assert "Tord" not in out and "Viklund" not in out and "tord" not in out
    assert out == ("The client kom. [family name] ringde. [family name]'s fru och "
                   "the client's bror. The client.")


# ----- H2: small letters ----------------------------------------------------------------
def test_known_names_in_small_letters_are_replaced_but_everyday_words_stay() -> None:
    """Names of up to four letters were matched only capitalized: "moa och liam var
    sjuka" went to the supervisor while the review said "Moa → child 1"."""
    pseudo = _pseudo()
    out = pseudo.text("moa var sjuk, tord och lovisa kom. Då sov Bo, men han vill bo hos bror.")
    assert out == ("Child 2 var sjuk, the client och partner kom. Då sov child 1, men han vill "
                   "bo hos bror.")
    review = {r.original: r for r in pseudo.review()}
    assert review["Bo"].capitalised_only and not review["Moa"].capitalised_only


def test_the_review_is_told_where_an_everyday_word_name_stayed() -> None:
    """The review must not claim "Bo → child 1" everywhere: the "bo" left is reported."""
    pseudo = _pseudo()
    out = pseudo.text("Hon vill bo hos Bo.")
    assert out == "Hon vill bo hos child 1."
    found = suspects(out, pseudo)
    assert [(s.word, s.why, s.name) for s in found] == [("bo", LOWER_CASE_NAME, "Bo")]
    assert out[found[0].start:found[0].end] == "bo"
    counted = pseudo.suspects_in({"a": [out, out], "b": "inget"})
    assert [(s.word, n) for s, n in counted] == [("bo", 2)]


# ----- H3: nicknames ----------------------------------------------------------------------
@pytest.mark.parametrize("stored", ['Tord "Totte" Viklund', "Tord «Totte» Viklund",
                                    "Tord (Totte) Viklund", "Tord “Totte” Viklund",
                                    "Tord 'Totte' Viklund"])
def test_a_nickname_in_quotes_in_a_name_is_a_name_of_its_own(stored: str) -> None:
    """The nickname was a word with its quotes ('"Totte"'), which no note writes."""
    pseudo = _pseudo(stored, client=stored)
    out = pseudo.text("Vännerna kallar honom Totte; TOTTES bil, totte.")
    assert "otte" not in out.lower(), out
    assert out == "Vännerna kallar honom the client; the client's bil, the client."
    assert "Totte" in {r.original for r in pseudo.review()}
    assert not any('"' in r.original and r.original.strip('"') == "Totte"
                   for r in pseudo.review())


def test_other_names_kept_in_the_notes_by_a_gedcom_import_are_withheld() -> None:
    g = Genogram.build([Person("c", Sex.FEMALE, name='Ylva "Yffe" Strömdal', is_index=True,
                               notes="Also known as: Ylva Bergkvist; Ylva Strömdal Ek")],
                       [], [], [], check=False)
    pseudo = Pseudonymizer.for_snapshot({"genogram": g.to_dict()}, date_offset_days=-40)
    out = pseudo.text("Ylva Bergkvist kom, bergkvist, Yffe, Strömdal.")
    assert out == "The client kom, [family name], the client, [family name]."


# ----- H4: names typed elsewhere ----------------------------------------------------------
def test_names_typed_in_a_role_label_note_or_occupation_are_withheld() -> None:
    """An affair partner drawn without a name but with the role "Nella (otrohetsaffär)" was
    "affair partner" on the map and "Nella" in every note."""
    g = _family()
    persons = dict(g.persons)
    persons["x"] = Person("x", Sex.FEMALE, role="Nella (otrohetsaffär)")
    persons["f"] = Person("f", Sex.MALE, role="mormor Greta", occupation="Snickare på Ikea",
                          labels=("Alkohol, bor i Kolsva",), notes="Bor nära Sandvik")
    rel = Relationship("r1", ("c", "f"), RelationshipKind.CONFLICTUAL,
                       note="Bråk om arvet efter Yngve")
    g = Genogram.build(persons.values(), g.unions.values(), g.child_links.values(), [rel],
                       check=False)
    snap = {"name": "Tord Viklund", "genogram": g.to_dict(),
            "sessions": [{"note": "mycket alkohol"}]}
    pseudo = Pseudonymizer.for_snapshot(snap, date_offset_days=-40)
    out = pseudo.text("Han träffar nella och Nella. Greta dog. Jobbar på Ikea i Kolsva, "
                      "Sandvik. Yngve. Alkohol igen, sa mormor.")
    for word in ("Nella", "nella", "Greta", "Ikea", "Kolsva", "Sandvik", "Yngve"):
        assert word not in out, (word, out)
    assert "Alkohol igen, sa mormor." in out  # a word the case writes small: no name
    review = {r.original: r for r in pseudo.review()}
    assert review["Nella"].source == "map" and not review["Nella"].capitalised_only
    assert review["Ikea"].capitalised_only  # from free text: "ikea" in small letters stays
    assert "Alkohol" not in review and "Bor" not in review


def test_names_from_earlier_versions_of_the_family_map_are_withheld(vault: Vault) -> None:
    """A person deleted from the map, or renamed, stays in the notes written before: the
    vault keeps every version of the map, and the export reads them."""
    case = vault.add_client("K-2026-811", name="Tord Viklund",
                            first_contact_date=date(2026, 3, 2))
    g = load_genogram(case)
    g = apply_edit(case, g, e.add_person(g, sex=Sex.MALE, name="Tord Viklund", person_id="c"))
    g = apply_edit(case, g, e.set_index_person(g, "c"))
    g = apply_edit(case, g, e.add_partner(g, "c", name="Sigrun Alm", partner_id="p",
                                          union_id="u"))
    g = apply_edit(case, g, e.update_person(g, "p", name="Sigrid Alm"))
    g = apply_edit(case, g, e.add_person(g, sex=Sex.FEMALE, name="Wilma Rask",
                                         person_id="w", role="Kollega Hedda"))
    g = apply_edit(case, g, e.delete_person(g, "w"))
    case.sessions.add(datetime(2026, 4, 1, 10), note="Sigrun och Wilma Rask. Hedda ringde.")
    snap = collect_case(case, "Terapeut")
    former = former_map(case, snap["genogram"])
    assert former["names"] == ["Sigrun Alm", "Wilma Rask"]
    assert "former_map" not in snap  # only who pseudonymizes reads it
    pseudo = Pseudonymizer.for_snapshot(snap, date_offset_days=-40, former_map=former)
    note = pseudo.apply(snap)["sessions"][0]["note"]
    for word in ("Sigrun", "Wilma", "Rask", "Hedda"):
        assert word not in note, note


# ----- M1: the date shift -------------------------------------------------------------
def test_dates_shift_only_into_the_past_within_the_documented_range() -> None:
    """A shift forward put "Signed 2027-06-25" beside "Prepared 2026-12-04"."""
    low, high = DATE_SHIFT_DAYS
    for _ in range(60):
        pseudo = Pseudonymizer.for_snapshot({}, [])
        assert -high <= pseudo.offset.days <= -low


def test_a_date_in_text_long_before_the_first_contact_is_its_year_not_shifted() -> None:
    """"född 1980-01-01" became "1980-04-10": the birth year, and once the offset is known
    the birth date. Its year alone says no day (QA 18 regression M4: "[date]" lost when
    the buying began, "Första köpet skedde 2009-06-01"); a birth date of the map is
    withheld whole."""
    pseudo = _pseudo()
    out = pseudo.text("Född 1980-01-01. Möte 2026-04-10. Flytt 2024-06-01. Bråk 2025-06-01.")
    assert out == "Född 1980. Möte 2026-03-01. Flytt 2024. Bråk 2025-04-22."


# ----- M2, M3: the family map's ids and labels -------------------------------------------
def test_the_pseudonymized_map_has_fresh_ids_and_no_labels() -> None:
    """The map's ids (and a GEDCOM's, "I6000000012345678901") went unchanged into every
    packet; labels ("Alkohol, bor i Lerum") were printed on its map."""
    g = _family()
    persons = {pid: Person(pid, p.sex, name=p.name, is_index=p.is_index, birth_year=p.birth_year,
                           labels=("Jobbar på Ikea",), markers=(Marker.TRAUMA,))
               for pid, p in g.persons.items()}
    rel = Relationship("r-1", ("c", "p"), RelationshipKind.CLOSE)
    g = Genogram.build(persons.values(), g.unions.values(), g.child_links.values(), [rel],
                       check=False)
    snap = {"genogram": g.to_dict(), "reference_year": 2026}
    pseudo = Pseudonymizer.for_snapshot(snap, date_offset_days=-40)
    first = Genogram.from_dict(pseudo.apply(snap)["genogram"])
    second = Genogram.from_dict(pseudo.apply(snap)["genogram"])
    old = {*g.persons, *g.unions, *g.child_links, *g.relationships}
    new = {*first.persons, *first.unions, *first.child_links, *first.relationships}
    assert not old & new
    assert not new & {*second.persons, *second.unions, *second.child_links,
                      *second.relationships}
    by_role = {p.role: pid for pid, p in first.persons.items()}
    assert len(first.children_of(by_role["the client"])) == 2
    assert [r.persons for r in first.relationships.values()] == [
        (by_role["the client"], by_role["partner"])]
    assert all(p.labels == () and p.markers == (Marker.TRAUMA,)
               for p in first.persons.values())
    # The map drawn on screen keeps its ids (the initials-only export looks its couples up).
    assert set(Genogram.from_dict(pseudo.genogram(snap["genogram"], 2026)).unions) == set(
        g.unions)


# ----- M4, L4: patterns -----------------------------------------------------------------
@pytest.mark.parametrize(("written", "withheld"), [
    ("diarienr 5000-K123456-26 hos polisen", "diarienr [case number] hos polisen"),
    ("bor på 0159 Oslo nu", "bor på [address] nu"),
    ("bilen abc123 står", "bilen [registration number] står"),
    ("skylt el 12345 i Bergen", "skylt [registration number] i Bergen"),
    ("pnr 800101+1234 ok", "pnr [id number] ok"),
    ("pnr 19800101\u20131234 ok", "pnr [id number] ok"),
    ("pnr 19800101-1234 ok", "pnr [id number] ok"),
    ("fnr 01018012345 ok", "fnr [id number] ok"),
    ("följ @erikj80 där", "följ [user name] där"),
    ("skriv till tord.v(at)gmail.com nu", "skriv till [e-mail] nu"),
    ("skriv till tord.v [at] gmail [dot] com nu", "skriv till [e-mail] nu"),
    ("skriv till tord.v @ gmail.com nu", "skriv till [e-mail] nu"),
])
def test_more_identifying_patterns_are_withheld(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("ordinary", ["nr 12345 i kön", "år 2015 Moa föddes".replace(
    "Moa", "Kalle"), "sid 123", "0701234567"])
def test_ordinary_numbers_are_not_taken_for_plates_or_places(ordinary: str) -> None:
    out = _pseudo().text(ordinary)
    assert "[registration number]" not in out and "[address]" not in out
    assert "[id number]" not in out


# ----- L1: compound first names, titles -------------------------------------------------
def test_a_compound_first_name_is_one_replacement_and_a_title_no_name() -> None:
    """"Anna-Karin" became "[name]-[family name]"; "Dr." was taken for a first name."""
    pseudo = _pseudo(partner="Dr. Lise-Lott Hedkvist")
    out = pseudo.text("Lise-Lott kom, Lise-\nLott också. Dr. Hedkvist. Dr. Andersson.")
    assert out == "Partner kom, partner också. Dr. [family name]. Dr. Andersson."
    assert "Dr." not in {r.original for r in pseudo.review()}


# ----- M5: what a preview should point at -----------------------------------------------
def test_suspects_point_at_near_misses_and_capitalised_words_not_replaced() -> None:
    pseudo = _pseudo(extra=("Brukshundklubben Ängby",))
    out = pseudo.text("Tordd och Viklunnd kom. Sedan ringde Hed-\nqvist. Han åkte till "
                      "Kungälv med Greta. Brukshundklubben. ängby.")
    found = {(s.word, s.why) for s in suspects(out, pseudo)}
    assert ("Tordd", NEAR_NAME) in found and ("Viklunnd", NEAR_NAME) in found
    # A near miss split at a line's end (the name itself so split is replaced whole).
    assert ("Hed-\nqvist", NEAR_NAME) in found
    assert ("Kungälv", CAPITALISED) in found and ("Greta", CAPITALISED) in found
    assert not any(w in ("Han", "Sedan") for w, _ in found)  # words the case writes small
    assert not any(w.startswith("[") or w == "the" for w, _ in found)
    assert "Brukshundklubben" not in out and "ängby" not in out.lower()


def test_a_word_that_begins_a_sentence_is_a_suspect_only_where_it_is_name_like() -> None:
    """Every sentence begins with a capital: "Stavfel", "Vännerna" flooded the preview.
    Such a word counts where the case also writes it capitalized inside a sentence."""
    snap = {"name": "Tord Viklund", "sessions": [{"note": "Han saknar mormor Greta."}]}
    pseudo = Pseudonymizer.for_snapshot(snap, date_offset_days=-40)
    out = pseudo.text("Stavfel i journalen. Greta dog i maj.")
    assert [(s.word, s.why) for s in suspects(out, pseudo)] == [("Greta", CAPITALISED)]
    assert [s.word for s in suspects(out, pseudo, sentence_starts=True)] == [
        "Stavfel", "Greta"]


def test_a_word_of_the_map_left_in_small_letters_is_a_suspect() -> None:
    g = Genogram.build([Person("c", Sex.MALE, name="Tord Viklund", is_index=True,
                               occupation="Lagerarbetare på Ikea")], [], [], [], check=False)
    pseudo = Pseudonymizer.for_snapshot({"genogram": g.to_dict()}, date_offset_days=-40)
    out = pseudo.text("Han jobbar på ikea, Ikea.")
    assert out == "Han jobbar på ikea, [withheld]."
    assert [(s.word, s.why) for s in suspects(out, pseudo)] == [("ikea", CASE_WORD)]


def test_a_name_spelt_without_its_nordic_letters_is_the_name() -> None:
    """"Haakon" for "Håkon", "Oeberg" for "Öberg" (QA's near misses) are the names."""
    pseudo = _pseudo(partner="Håkon Öberg", son="Bjørn Viklund")
    assert pseudo.text("Haakon Oeberg, OEBERGS, Bjoern.") == (
        "Partner, [family name]'s, child 1.")


def test_a_word_of_the_map_the_therapist_also_lists_is_withheld_in_any_case() -> None:
    g = Genogram.build([Person("c", Sex.MALE, name="Tord Viklund", is_index=True,
                               notes="Bor i Kolsva")], [], [], [], check=False)
    pseudo = Pseudonymizer.for_snapshot({"genogram": g.to_dict()}, ["Kolsva"],
                                        date_offset_days=-40)
    assert pseudo.text("kolsva, Kolsva") == "[withheld], [withheld]"
    assert not {r.original: r for r in pseudo.review()}["Kolsva"].capitalised_only


def test_an_explicit_offset_is_kept_for_the_tests_that_need_one() -> None:
    assert Pseudonymizer({}, date_offset_days=5).offset == timedelta(days=5)
