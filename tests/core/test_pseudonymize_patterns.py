"""What the QA review found in a pseudonymized supervision packet, each checked alone.

Identifying free text came through: the client's name in capitals with a possessive S, a
day and month without a year, a street address with its postcode, a car's registration
plate; the export date stayed real beside the shifted period; the family map printed
every relative's exact birth and death years.
"""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.genogram import Genogram
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.model import ChildLink, Person, Sex, Union
from kastdesk.genogram.symbols import LabelMode, person_lines
from kastdesk.report.pseudonymize import Pseudonymizer


def _pseudo(offset: int = 100) -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": "Håkon Dahl"}, date_offset_days=offset)


@pytest.mark.parametrize("written", ["HÅKONS mamma", "Håkons mamma", "håkons mamma",
                                     "Håkon's mamma", "HÅKON'S mamma", "Håkon’s mamma"])
def test_the_possessive_is_the_name_in_any_case(written: str) -> None:
    """``Pseudonymizer._compile`` took only a lowercase ``s``: "HÅKONS mamma" came through."""
    out = _pseudo().text(written)
    assert "kon" not in out.lower(), out
    assert out.startswith("The client") and out.endswith(" mamma")


@pytest.mark.parametrize("written", ["Han fyllde 23 den 12/3.", "Født 12.3. i Bergen",
                                     "on 12 mars", "born 3 december", "den 31/12"])
def test_a_day_and_month_without_a_year_is_withheld(written: str) -> None:
    """A birthday needs no year to point at one person: "den 12/3" came through."""
    out = _pseudo().text(written)
    assert "[date]" in out
    assert not any(part in out for part in ("12/3", "12.3", "mars", "december", "31/12"))


@pytest.mark.parametrize("ordinary", [
    "bought sex 3 times in 2 weeks", "urge 8/10 before, 3/10 after", "half: 1/2 bottle",
    "online 24/7", "3.5 hours a night", "kl. 14.30 each day", "paid 2000 kronor",
    "ADHD since 2019", "ringde SOS 112", "ICD 10 code", "version 2.1 of the form",
])
def test_ordinary_numbers_stay(ordinary: str) -> None:
    """Withholding numbers that are no date, address or plate makes notes unreadable."""
    assert _pseudo().text(ordinary) == ordinary


@pytest.mark.parametrize(("written", "gone"), [
    ("Bor på Storgatan 12, 41301 Göteborg.", ("Storgatan", "41301", "Göteborg", "12")),
    ("Adressen er Karl Johans gate 5 B, 0159 Oslo.", ("Johans", "0159", "Oslo", "5 B")),
    ("moved to Drottninggatan 3a last year", ("Drottninggatan", "3a")),
    ("postcode 413 01 Göteborg", ("413 01", "Göteborg")),
])
def test_street_addresses_and_postcodes_are_withheld(written: str, gone: tuple[str, ...]
                                                     ) -> None:
    out = _pseudo().text(written)
    assert "[address]" in out
    for part in gone:
        assert part not in out, (part, out)


@pytest.mark.parametrize("plate", ["ABC 123", "ABC123", "MLB 12A", "AB 12345"])
def test_car_registration_plates_are_withheld(plate: str) -> None:
    out = _pseudo().text(f"Bil {plate} stod utanför.")
    assert plate not in out and "[registration number]" in out


def test_what_qa_found_in_the_packet_is_gone_but_the_rest_reads() -> None:
    """The note QA wrote into a demo case, with the places and employer the therapist adds
    to "Also withhold" (patterns cannot know them)."""
    pseudo = Pseudonymizer.for_snapshot(
        {"name": "Håkon Dahl"}, ["Tromsø", "Equinor", "Stavanger", "Jonas Berg", "Umeå"],
        date_offset_days=-60)
    note = ("flyttat till Tromsø med barnen; han jobbar på Equinor i Stavanger. Kollegan "
            "Jonas Berg vet om det. Bor på Storgatan 12, 41301 Göteborg. Bil ABC 123. "
            "HÅKONS mamma kom med. Han fyllde 23 den 12/3. Sister died 2015 in Umeå.")
    out = pseudo.text(note)
    for leaked in ("Tromsø", "Equinor", "Stavanger", "Jonas", "Berg", "Storgatan", "41301",
                   "ABC 123", "HÅKON", "12/3", "Umeå"):
        assert leaked not in out, leaked
    assert "flyttat till [withheld] med barnen" in out and "The client's mamma" in out


def test_the_export_date_is_withheld_in_pseudonymized_material() -> None:
    """Real beside a shifted period ("Exported 2026-12-03", "Period 2027-06-24 –
    2027-09-30") it told the shift's direction."""
    snap = {"code": "K-2026-004", "name": "Håkon Dahl", "exported_on": "2026-12-03",
            "period": {"from": "2026-03-24", "to": "2026-07-01"}}
    out = Pseudonymizer.for_snapshot(snap, date_offset_days=200).apply(snap)
    assert out["exported_on"] == "[date]"
    assert out["period"] == {"from": "2026-10-10", "to": "2027-01-17"}


def _family() -> Genogram:
    """A client (1990), his mother (1946–1995), his two children (2021, 2018) born out of
    id order, and a couple married in 2015."""
    persons = [
        Person("c", Sex.MALE, name="Håkon Dahl", birth_year=1990, is_index=True),
        Person("w", Sex.FEMALE, name="Britt Dahl", birth_year=1992),
        Person("m", Sex.FEMALE, name="Birgitta Dahl", birth_year=1946, death_year=1995),
        Person("f", Sex.MALE, name="Erik Dahl", birth_year=1944),
        Person("a", Sex.FEMALE, name="Ida Dahl", birth_year=2021),
        Person("b", Sex.MALE, name="Ola Dahl", birth_year=2018),
    ]
    unions = [Union("u1", ("c", "w"), start_year=2015), Union("u0", ("f", "m"))]
    links = [ChildLink("l1", "a", union_id="u1"), ChildLink("l2", "b", union_id="u1"),
             ChildLink("l0", "c", union_id="u0")]
    return Genogram.build(persons, unions, links, [], check=False)


def test_the_pseudonymized_family_map_shows_ages_not_years() -> None:
    """"mormor 1946–1995", "child 1 b. 2021" defeat the date shift (it is under a year)."""
    g = _family()
    snap = {"genogram": g.to_dict(), "reference_year": 2026}
    # The map as drawn (its own ids: ``apply`` gives it new ones, see test_pseudonymize_ids).
    out = Genogram.from_dict(Pseudonymizer.for_snapshot(snap, date_offset_days=90)
                             .genogram(snap["genogram"], 2026))
    lines = {pid: person_lines(p, LabelMode.NAMES, 2026) for pid, p in out.persons.items()}
    printed = " ".join(" ".join(v) for v in lines.values())
    for year in ("1990", "1992", "1946", "1995", "1944", "2021", "2018", "2015"):
        assert year not in printed, (year, printed)
    ages = {pid: p.age for pid, p in out.persons.items()}
    assert ages == {"c": 36, "w": 34, "m": 49, "f": 82, "a": 5, "b": 8}
    assert out.persons["m"].is_deceased and not out.persons["f"].is_deceased
    assert all(u.start_year is None and u.end_year is None for u in out.unions.values())
    # The children keep the order their birth years gave (Ola before Ida).
    order = {link.child_id: link.birth_order for link in out.child_links.values()}
    assert order["b"] < order["a"]
    assert out.children_of("c") == g.children_of("c")


def test_every_demo_family_keeps_its_ages_and_loses_its_years() -> None:
    """Generated families of every shape: no year left, and each age as the map drew it."""
    from kastdesk.genogram.symbols import person_age

    year = date.today().year
    for seed in range(6):
        g = generate_family(seed, 25)
        snap = {"genogram": g.to_dict(), "reference_year": year}
        out = Genogram.from_dict(Pseudonymizer.for_snapshot(snap, date_offset_days=-50)
                                 .genogram(snap["genogram"], year))
        for pid, person in out.persons.items():
            assert person.birth_year is None and person.death_year is None
            assert person_age(person, year) == person_age(g.persons[pid], year)
            assert person.is_deceased == g.persons[pid].is_deceased


def test_a_nickname_in_quotes_on_a_family_map_label_is_withheld() -> None:
    """The label "Håkon 'Hakke'" printed the nickname: no list of names knows it. Labels
    are now left out of the pseudonymized map altogether (test_pseudonymize_ids); one shown
    on its own is still scrubbed."""
    g = Genogram.build([Person("c", Sex.MALE, name="Håkon Dahl", is_index=True,
                               labels=("Håkon 'Hakke'", "kallas «Hakke»", "ADHD"))],
                       [], [], [], check=False)
    snap = {"genogram": g.to_dict()}
    pseudo = Pseudonymizer.for_snapshot(snap, date_offset_days=90)
    out = Genogram.from_dict(pseudo.apply(snap)["genogram"])
    assert [p.labels for p in out.persons.values()] == [()]
    assert [pseudo.label(t) for t in g.persons["c"].labels] == [
        "The client [name]", "kallas [name]", "ADHD"]
