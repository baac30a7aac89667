"""A name written slightly differently from the family map is withheld all the same.

QA found family names reaching the supervisor (the sealed packet, its PDF, the
pseudonymized case summary) when a note spelled them a little differently from the map: a
curly apostrophe that Word or Outlook put in ("O’Brien" for "O'Brien"), accents left out on a
foreign keyboard ("Lukasz Zolc" for "Łukasz Żółć", "Sean", "Bjorn"), or a name stored
decomposed (NFD, pasted from a Mac) and typed composed (NFC). Each direction is checked.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kastdesk.genogram import Genogram
from kastdesk.genogram import edits as e
from kastdesk.genogram.model import Sex
from kastdesk.genogram.storage import apply_edit, load_genogram
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance, open_packet

NFD = "A\u030asa Mun\u0303oz"  # "Åsa Muñoz" decomposed, as pasted from macOS


def _family(client: str, partner: str, daughter: str, son: str) -> Genogram:
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name=client, person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_partner(g, "c", name=partner, partner_id="p", union_id="u").apply(g)
    g = e.add_child(g, "u", sex=Sex.FEMALE, name=daughter, child_id="d", birth_year=2010).apply(g)
    g = e.add_child(g, "u", sex=Sex.MALE, name=son, child_id="s", birth_year=2012).apply(g)
    return g


def _pseudo(client: str = "Seán O'Brien", partner: str = "Łukasz Żółć",
            daughter: str = NFD, son: str = "Björn") -> Pseudonymizer:
    g = _family(client, partner, daughter, son)
    return Pseudonymizer.for_snapshot({"name": "", "genogram": g.to_dict()},
                                      date_offset_days=40)


@pytest.mark.parametrize(("written", "role"), [
    ("O’Brien", "[family name]"),  # Word's and Outlook's apostrophe
    ("O‘Brien", "[family name]"),
    ("Oʼbrien".replace("b", "B"), "[family name]"),  # the modifier letter apostrophe
    ("O`Brien", "[family name]"),
    ("O´Brien", "[family name]"),
    ("Seán O’Brien", "the client"),
    ("Sean O'Brien", "the client"),
    ("Sean", "the client"),
    ("SEAN", "the client"),
    ("Lukasz Zolc", "partner"),  # a keyboard without Polish letters
    ("LUKASZ ZOLC", "partner"),
    ("Zolc", "[family name]"),
    ("Bjorn", "child 2"),
    ("BJORN", "child 2"),
    ("Åsa Muñoz", "child 1"),  # the map's name is decomposed, the note's composed
    ("Asa Munoz", "child 1"),
    ("Munoz", "[family name]"),
])
def test_a_name_spelled_otherwise_is_withheld(written: str, role: str) -> None:
    note = f"Igår ringde {written} efter mötet."
    assert _pseudo().text(note) == f"Igår ringde {role} efter mötet."


@pytest.mark.parametrize(("stored", "written"), [
    ("O’Brien", "O'Brien"),  # the map has the curly one, the note the straight one
    ("Sean", "Seán"),  # stored without the accent, typed with it
    ("Bjorn", "Björn"),
    ("Lukasz Zolc", "Łukasz Żółć"),
    ("Åsa Muñoz", NFD),  # stored composed, pasted decomposed
    ("Ærø", "Aero"),
    ("Øvergård", "Overgard"),
])
def test_either_way_round(stored: str, written: str) -> None:
    pseudo = _pseudo(client="Karl Berg", partner=stored, son="Erik")
    assert pseudo.text(f"Sedan kom {written} hem.") == "Sedan kom partner hem."


def test_the_possessive_and_the_rest_of_the_text_stay_as_written() -> None:
    """Only the name is replaced: the possessive keeps its curly apostrophe and the text
    around it, decomposed accents and all, is not normalized."""
    rest = "Cafe\u0301et i Bodø"  # decomposed é, kept as it was written
    out = _pseudo().text(f"O’Brien’s mamma och Bjorns bror. {rest}.")
    assert out == f"[family name]’s mamma och child 2's bror. {rest}."
    # The accent written after a decomposed name belongs to the name, not to the role.
    assert _pseudo(partner="Jose").text("Jose\u0301 kom.") == "Partner kom."


def test_two_names_that_fold_alike_keep_their_own_roles() -> None:
    pseudo = _pseudo(daughter="Bjorn", son="Björn")
    assert pseudo.text("Björn och Bjorn") == "Child 2 och child 1"


@pytest.mark.parametrize("ordinary", [
    "Han kände sig som ett as.",  # "as" for a person called Ås
    "De skulle öla på kvällen.",  # "öla" for Ola
    "Hun var sa glad.",
])
def test_short_names_do_not_swallow_ordinary_words(ordinary: str) -> None:
    """Folding the accents makes "Ås" and "as" one word, "Ola" and "öla" another: a short
    name is matched capitalized or in capitals only, as before, so the words stay."""
    pseudo = _pseudo(partner="Ås Ola", daughter="Så", son="Öla")
    assert pseudo.text(ordinary) == ordinary
    assert pseudo.text("Ås ringde") == "Partner ringde"
    assert pseudo.text("AS ringde") == "Partner ringde"  # capitals: the name


# ----- through the real exports ----------------------------------------------------------
NOTE = ("Pratade om O’Brien och om Sean. Partnern Lukasz Zolc ringde, "
        "dottern Åsa Muñoz var ledsen och Bjorn sov.")
QUESTION = "Hur går jag vidare med Sean O’Brien och Lukasz?"
GONE = ("O'Brien", "O’Brien", "Sean", "Seán", "Lukasz", "Łukasz", "Zolc", "Żółć",
        "Åsa", "Asa", "Muñoz", "Munoz", "Bjorn", "Björn")


@pytest.fixture
def named_case(vault: Vault) -> str:
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-2026-701", name="Seán O'Brien",
                            first_contact_date=date(2026, 5, 1))
    g = load_genogram(case)
    family = _family("Seán O'Brien", "Łukasz Żółć", NFD, "Björn")
    # The same family built through the audited edits, as the editor does.
    g = apply_edit(case, g, e.add_person(g, sex=Sex.MALE, name="Seán O'Brien", person_id="c"))
    g = apply_edit(case, g, e.set_index_person(g, "c"))
    g = apply_edit(case, g, e.add_partner(g, "c", name="Łukasz Żółć", partner_id="p",
                                          union_id="u"))
    g = apply_edit(case, g, e.add_child(g, "u", sex=Sex.FEMALE, name=NFD, child_id="d",
                                        birth_year=2010))
    g = apply_edit(case, g, e.add_child(g, "u", sex=Sex.MALE, name="Björn", child_id="s",
                                        birth_year=2012))
    assert {p.name for p in g.persons.values()} == {p.name for p in family.persons.values()}
    session = case.sessions.add(datetime(2026, 5, 20, 10, 0), note=NOTE)
    flag_for_guidance(case, QUESTION, "session", session.id)
    return str(case.client_id)


def _leaks(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return [n for n in GONE if unicodedata.normalize("NFC", n) in text]


def test_the_supervision_packet_withholds_every_spelling(
        vault: Vault, named_case: str, tmp_path: Path) -> None:
    export_packet(vault, "supervision packet passphrase", tmp_path / "p.pdf",
                  tmp_path / "p.kastsup", kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", "supervision packet passphrase")
    case = packet["cases"][0]
    # "Sean" alone is the client: the register and the map name one person (it was
    # "[name]", counted twice).
    assert case["snapshot"]["sessions"][0]["note"] == (
        "Pratade om [family name] och om the client. Partnern partner ringde, "
        "dottern child 1 var ledsen och child 2 sov.")
    assert case["questions"][0]["question"] == "Hur går jag vidare med the client och partner?"
    assert _leaks(json.dumps(packet, ensure_ascii=False)) == []
    pdf = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
    assert "child 1" in pdf and _leaks(pdf) == []


def test_the_pseudonymized_case_summary_withholds_every_spelling(
        vault: Vault, named_case: str, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, named_case, out, ExportOptions(pseudonymize=True))
    pdf = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Partnern partner ringde" in " ".join(pdf.split())
    assert _leaks(pdf) == []
