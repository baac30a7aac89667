"""Session notes as therapists write them, through the pseudonymizer: a surname hyphenated
at a line's end, medicines by name, dates with the month capitalized, months that are
first names, a first name after a title or beginning a sentence before its family name.
Each once leaked, read false or drowned the words check. Every family and note here is
made up.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kastdesk.genogram import Genogram
from kastdesk.genogram import edits as e
from kastdesk.genogram.model import Sex
from kastdesk.genogram.storage import save_genogram
from kastdesk.report.export import ExportOptions, prepare
from kastdesk.report.pseudonymize import (
    CAPITALISED,
    MEDICINES,
    NEAR_NAME,
    Pseudonymizer,
    suspects,
)
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance, open_packet


def _family(occupation: str = "") -> Genogram:
    """Client Mikael Lindqvist, partner Sara, daughter Juni, son Elis, father Bo, mother
    Maj."""
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name="Mikael Lindqvist", person_id="c",
                     birth_year=1984, occupation=occupation).apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_partner(g, "c", name="Sara Lindqvist", partner_id="p", union_id="u").apply(g)
    g = e.add_child(g, "u", sex=Sex.FEMALE, name="Juni Lindqvist", child_id="d",
                    birth_year=2017).apply(g)
    g = e.add_child(g, "u", sex=Sex.MALE, name="Elis Lindqvist", child_id="s",
                    birth_year=2020).apply(g)
    g = e.add_parents(g, "c", father_name="Bo Lindqvist", mother_name="Maj Lindqvist").apply(g)
    return g


def _pseudo(extra: tuple[str, ...] = (), occupation: str = "") -> Pseudonymizer:
    snap = {"name": "Mikael Lindqvist", "genogram": _family(occupation).to_dict(),
            "profile": {"first_contact_date": "2025-01-10"}}
    return Pseudonymizer.for_snapshot(snap, extra, date_offset_days=-42)


def _listed(text: str, pseudo: Pseudonymizer) -> list[tuple[str, str]]:
    return [(s.word, s.why) for s in suspects(text, pseudo)]


# ----- a name hyphenated at a line's end -------------------------------------------------
def test_a_known_name_split_at_a_line_end_is_replaced_whole() -> None:
    """"Lind-⏎qvists advokat" went out as written: only listed, and withholding it as
    "Lindqvist" did nothing, the text having no "Lindqvist"."""
    pseudo = _pseudo()
    out = pseudo.text("Samtal med Lind-\nqvists advokat. Sedan kom Mi-\nkael.")
    assert out == "Samtal med [family name]'s advokat. Sedan kom the client."
    assert _listed(out, pseudo) == []


@pytest.mark.parametrize("written", ["Han behöver sol-\nsken.", "Anna-\nKarin kom."])
def test_a_word_split_at_a_line_end_that_is_no_name_stays_split(written: str) -> None:
    assert _pseudo().text(written) == written


def test_a_word_withheld_from_the_check_is_withheld_where_the_text_splits_it() -> None:
    """The words check lists a split word joined ("Lind-⏎quist" as "Lindquist") and its
    Withhold puts it so in Also withhold: the split in the text must go with it."""
    text = "Samtal med Lind-\nquist, advokat i Kung-\nälv."
    pseudo = _pseudo()
    before = _listed(pseudo.text(text), pseudo)
    assert ("Lind-\nquist", NEAR_NAME) in before and ("Kung-\nälv", CAPITALISED) in before
    pseudo = _pseudo(extra=("Lindquist", "Kungälv"))
    out = pseudo.text(text)
    assert out == "Samtal med [withheld], advokat i [withheld]."
    assert _listed(out, pseudo) == []


def test_a_word_withheld_where_written_goes_where_the_text_splits_it() -> None:
    pseudo = _pseudo()
    pseudo.set_withhold_words(["Kungälv"])
    assert pseudo.text("Han bor i Kung-\nälv.") == "Han bor i [withheld]."


# ----- medicines ----------------------------------------------------------------------
NOTE = ("Klienten har tagit Sertralin sedan mars, Antabus enligt plan och Lergigan för "
        "sömnen; Citalopram avslutat. Elis tar Concerta, efter Antabusen mår han illa. "
        "Hon bruker Vival og Sobril, og fikk Zopiklon av fastlegen.")


def test_medicines_are_not_listed_as_names() -> None:
    """"Sertralin", "Antabus", "Citalopram", "Lergigan" were listed beside the towns and
    colleagues the check is for: a medicine names no one."""
    pseudo = _pseudo()
    out = pseudo.text(NOTE)
    assert "Sertralin" in out and "Antabusen" in out
    assert _listed(out, pseudo) == []


def test_a_medicine_of_the_maps_text_is_neither_withheld_nor_listed() -> None:
    pseudo = _pseudo(occupation="Sjukskriven, tar Antabus")
    out = pseudo.text("Antabus hjälper. Han tar Antabus varje morgon.")
    assert out == "Antabus hjälper. Han tar Antabus varje morgon."
    assert "Antabus" not in {r.original for r in pseudo.review()}
    assert _listed(out, pseudo) == []


def test_a_medicine_list_never_hides_a_name_of_the_case() -> None:
    """A name of the case that is a medicine's too is replaced, its near miss listed."""
    assert "lyrica" in MEDICINES
    g = _family()
    g = e.add_child(g, "u", sex=Sex.FEMALE, name="Lyrica Lindqvist", child_id="l",
                    birth_year=2022).apply(g)
    pseudo = Pseudonymizer.for_snapshot({"name": "Mikael Lindqvist", "genogram": g.to_dict()},
                                        date_offset_days=-42)
    out = pseudo.text("Han hämtade Lyrica. Sedan ringde Lyrika.")
    assert "Lyrica" not in out
    assert _listed(out, pseudo) == [("Lyrika", NEAR_NAME)]


# ----- dates with the month capitalized --------------------------------------------------
@pytest.mark.parametrize(("small", "capital"), [
    ("3 juni", "3 Juni"), ("3 juni 2025", "3 Juni 2025"), ("den 3:e juni", "den 3:e Juni"),
    ("3. juni", "3. Juni"), ("3. juni 2025", "3. Juni 2025"), ("12 augusti", "12 Augusti"),
    ("1 maj", "1 Maj"), ("14. mai", "14. Mai"), ("3.juni", "3.Juni"), ("3e juni", "3e Juni"),
    ("3-4 juni", "3-4 Juni"), ("3–4. juni 2025", "3–4. Juni 2025"), ("3 jun", "3 Jun"),
])
def test_a_date_with_its_month_capitalised_is_a_date_as_in_small_letters(
        small: str, capital: str) -> None:
    """And the full stop after it ends the sentence still: "Bokat 3 juni. Klienten…"
    became "Bokat [date] Klienten…". "3e Juni" (no colon) read "3e child 1"; "3.juni"
    (no space) and "3-4 juni" (a span: "3-[date]") were no dates whole."""
    pseudo = _pseudo()
    expected = "den [date]" if small.startswith("den") else "[date]"
    for written in (small, capital):
        out = pseudo.text(f"Bokat {written}. Klienten kom")
        assert out == f"Bokat {expected}. Klienten kom", written
        assert _listed(out, pseudo) == []


def test_a_short_months_own_dot_goes_with_the_date() -> None:
    assert _pseudo().text("Kom 3 jan. 2025 och 4 Sept. igen") == "Kom [date] och [date] igen"


@pytest.mark.parametrize(("written", "withheld", "listed"), [
    ("Återfall i Maj 2025, efter midsommar.", "Återfall i [date], efter [holiday].", []),
    # Before a verb the name is the person (QA 21, 4).
    ("Maj kom på besöket i Juni.", "Mother kom på besöket i [month].", []),
    ("Han drack i slutet av Juni.", "Han drack i slutet av [month].", []),
    ("Hela Juni var tung.", "Hela [month] var tung.", []),
    ("Han drack i Augusti förra året.", "Han drack i [month] förra året.", []),
    ("Han träffar barnen från Augusti, nästa April igen.",
     "Han träffar barnen från [month], nästa [month] igen.", []),
])
def test_a_month_that_is_a_first_name_stays_the_month(
        written: str, withheld: str, listed: list[tuple[str, str]]) -> None:
    """The daughter Juni's and the mother Maj's roles made "i Juni" "i child 1" and "i Maj
    2025" "i mother 2025". The month, withheld as every month beside the moved dates is
    (QA 19: "[month]", with its year "[date]"), never the role."""
    pseudo = _pseudo()
    out = pseudo.text(written)
    assert out == withheld
    assert _listed(out, pseudo) == listed


def test_the_month_rule_leaves_the_names_where_they_are_names() -> None:
    pseudo = _pseudo()
    out = pseudo.text("Han ringde till Juni. Hon satt i Junis rum med Maj. Sms från Juni.")
    assert out == ("Han ringde till child 1. Hon satt i child 1's rum med mother. Sms från "
                   "child 1.")


# ----- first names the check passed over ------------------------------------------------
def test_a_first_name_after_a_title_or_beginning_a_sentence_before_its_surname_is_listed(
) -> None:
    """"Fastlegen dr. Solveig Hammer", "Handläggare: Anna Ek.": the family names were
    listed, the first names taken for a sentence's first word and left unlisted."""
    pseudo = _pseudo()
    out = pseudo.text("Fastlegen dr. Solveig Hammer ringte. Handläggare: Anna Ek. Sedan "
                      "kom hon.")
    assert _listed(out, pseudo) == [("Solveig", CAPITALISED), ("Hammer", CAPITALISED),
                                    ("Anna", CAPITALISED), ("Ek", CAPITALISED)]


# ----- web addresses, short dates with a year, birth names ------------------------------
@pytest.mark.parametrize(("written", "withheld"), [
    ("Han bloggar på lindqvist84.blogspot.com om det.", "Han bloggar på [web address] om det."),
    ("Hon följer instagram.com/mikke_lindqvist.", "Hon följer [web address]."),
    ("Se https://www.facebook.com/mikael.lindqvist.7 nu", "Se [web address] nu"),
    ("Han spelar på www.unibet.com, har spelpaus.se och läser 1177.se.",
     "Han spelar på www.unibet.com, har spelpaus.se och läser 1177.se."),
])
def test_a_web_address_that_names_its_owner_is_withheld_a_site_alone_stays(
        written: str, withheld: str) -> None:
    """"lindqvist84", "mikke_lindqvist" matched no name and went out as written; the
    facebook address became "the client.[family name].7"."""
    pseudo = _pseudo()
    out = pseudo.text(written)
    assert out == withheld
    assert _listed(out, pseudo) == []


@pytest.mark.parametrize("written", ["3/6-25", "3/6-2025", "14/11-24"])
def test_a_short_date_with_its_year_after_a_dash_is_withheld_whole(written: str) -> None:
    """"Återbesök 3/6-25" went out as "Återbesök [date]-25"."""
    assert _pseudo().text(f"Återbesök {written}, sedan") == "Återbesök [date], sedan"


def test_a_birth_name_after_f_dot_is_listed() -> None:
    """"Sara Lindqvist (f. Öhman)": the birth name was taken for a sentence's first word,
    and "Öhmans gård" at a sentence's start with it: neither was listed."""
    pseudo = Pseudonymizer.for_snapshot(
        {"name": "Mikael Lindqvist", "genogram": _family().to_dict(),
         "sessions": [{"note": "Sara (f. Öhman) flyttade. Öhmans gård säljs."}]},
        date_offset_days=-42)
    out = pseudo.text("Sara (f. Öhman) flyttade. Öhmans gård säljs.")
    assert out == "Partner (f. Öhman) flyttade. Öhmans gård säljs."
    assert _listed(out, pseudo) == [("Öhman", CAPITALISED), ("Öhmans", CAPITALISED)]


# ----- phones, court and file numbers ---------------------------------------------------
@pytest.mark.parametrize(("written", "withheld"), [
    ("Ring +46 (0)70-123 45 67 i kväll.", "Ring [phone] i kväll."),
    ("Dömd 2019 (mål nr B 1234-19).", "Dömd 2019 (mål nr [case number])."),
    ("Dom i tingsrätten, mål B 4567-21.", "Dom i tingsrätten, mål [case number]."),
    ("Förvaltningsrätten mål nr 4321-24.", "Förvaltningsrätten mål nr [case number]."),
    ("Diarienummer 2025-12345 hos soc.", "Diarienummer [case number] hos soc."),
    ("Orosanmälan (dnr IFO 2025/123) gjordes.", "Orosanmälan (dnr [case number]) gjordes."),
    ("Saksnr. 23-123456TVI-OTIR/05 i tingretten.", "Saksnr. [case number] i tingretten."),
])
def test_numbers_that_find_the_client_elsewhere_are_withheld(
        written: str, withheld: str) -> None:
    """A court's case number finds the verdict (public), an authority's file number finds
    the client there (as a police case number, withheld before); "+46 (0)70…" was no
    phone."""
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("ordinary", [
    "Mål 2: minska drickandet. Mål 3 klart.", "Mål 1-2 uppnådda.", "Sak 2 tas upp.",
])
def test_goals_and_matters_numbered_are_no_file_numbers(ordinary: str) -> None:
    assert _pseudo().text(ordinary) == ordinary


# ----- compound names, nicknames in quotes, a name and an initial -----------------------
@pytest.mark.parametrize(("written", "withheld"), [
    ("Hans fru Maj-Britt kom senare.", "Hans fru [name] kom senare."),
    ("Maj-Britt kom senare.", "[name] kom senare."),
    ("Maj-\nBritt kom senare.", "[name] kom senare."),
    ("Hon heter Anna-Maj.", "Hon heter [name]."),
    ("Sara heter Lindqvist-Öhman nu.", "Partner heter [family name] nu."),
    ("Sara Lindqvist-Öhman kom.", "Partner kom."),
    ("Lindqvist-familjen kom.", "[family name]-familjen kom."),
    ("Han vill bo-ende nära.", "Han vill bo-ende nära."),
])
def test_a_compound_name_with_a_known_part_goes_whole(written: str, withheld: str) -> None:
    """"Maj-Britt" beside the mother Maj became "mother-Britt": it said she was the mother,
    and "Britt" went out unlisted (a word after a hyphen is no word of its own)."""
    pseudo = _pseudo()
    out = pseudo.text(written)
    assert out == withheld
    assert [w for w, _ in _listed(out, pseudo)] in ([], ["bo"])


@pytest.mark.parametrize("written", [
    "Hun kalles «Kikki» av venninnene.", 'Kompisarna kallar honom "Micke" sedan gymnasiet.',
    "Kari H. har en sønn fra før.", "Han kallas 'Micke' på jobbet.",
])
def test_a_nickname_in_quotes_and_a_name_before_an_initial_are_listed(written: str) -> None:
    """Taken for a sentence's first word (after the opening quote; at the start), neither
    was listed."""
    pseudo = _pseudo()
    out = pseudo.text(written)
    assert out == written
    assert [why for _, why in _listed(out, pseudo)] == [CAPITALISED]


# ----- in the packet and the pseudonymized summary ---------------------------------------
def test_capitalised_dates_and_months_read_alike_in_the_packet_and_the_summary(
        vault: Vault, tmp_path: Path) -> None:
    """The packet counts dates from its day and the summary shifts them; a date in words
    is withheld in both, capitalized or not, and a month that is the daughter's name is
    the month in both (withheld as a month is: "[month]", with its year "[date]")."""
    case = vault.add_client("K-2025-101", name="Mikael Lindqvist",
                            first_contact_date=date(2025, 1, 10))
    save_genogram(case, _family(), "Add map")
    notes = {}
    for n, (month, may) in enumerate((("juni", "maj"), ("Juni", "Maj"))):
        note = (f"Bokat 3 {month}. Återfall i {may} 2025, sedan nykter den 3:e {month}. "
                f"Sedan ringde Juni i {month}.")
        session = case.sessions.add(datetime(2025, 2, 3 + n, 10, 0), note=note)
        flag_for_guidance(case, "Hur går vi vidare?", "session", session.id)
        notes[month] = session.id
    result = export_packet(vault, "packet words here", tmp_path / "p.pdf",
                           tmp_path / "p.kastsup", [case.client_id],
                           kdf=KdfParams.for_tests(), today=date(2025, 6, 20))
    packet = open_packet(result.packet, "packet words here")
    in_packet = [s["note"] for s in packet["cases"][0]["snapshot"]["sessions"]]
    snap, pseudo = prepare(vault, case.client_id, ExportOptions(pseudonymize=True))
    assert pseudo is not None
    in_summary = [s["note"] for s in pseudo.apply(snap)["sessions"]]
    for small, capital in (in_packet, in_summary):
        assert small == ("Bokat [date]. Återfall i [date], sedan nykter den [date]. "
                         "Sedan ringde child 1 i [month].")
        assert capital == small


# ----- first names that are small everyday words ----------------------------------------
def test_names_that_are_small_everyday_words_stay_words() -> None:
    """A client Inga, a partner Are Mina Dina: "Hon har inga problem med dina barn" read
    "Hon har the client problem med [family name] barn", "They are fine" "They partner
    fine". As "bo" and "juni", such names stay in small letters and are listed."""
    g = Genogram()
    g = e.add_person(g, sex=Sex.FEMALE, name="Inga Lena Berg", person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_partner(g, "c", name="Are Mina Dina", partner_id="p", union_id="u").apply(g)
    pseudo = Pseudonymizer.for_snapshot({"name": "Inga Berg", "genogram": g.to_dict()},
                                        date_offset_days=-42)
    text = "Hon har inga problem med dina barn eller mina. They are fine."
    assert pseudo.text(text) == text
    assert pseudo.text("Hon ringde Inga och Are. Lena kom.") == (
        "Hon ringde the client och partner. [name] kom.")


@pytest.mark.parametrize(("family", "written"), [
    ("Vold", "Hun har vært utsatt for vold i nære relasjoner."),
    ("Stolt", "Han är stolt över sina barn."),
    ("Lång", "Det var en lång dag."),
    ("Moody", "He was moody and short with his son."),
])
def test_family_names_that_are_words_a_note_needs_stay_words(
        family: str, written: str) -> None:
    """A family called Vold: "utsatt for vold" read "utsatt for [family name]"."""
    g = Genogram()
    g = e.add_person(g, sex=Sex.FEMALE, name=f"Kari {family}", person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    pseudo = Pseudonymizer.for_snapshot({"name": f"Kari {family}", "genogram": g.to_dict()},
                                        date_offset_days=-42)
    assert pseudo.text(written) == written
    assert pseudo.text(f"Hon heter {family}.") == "Hon heter [family name]."


def test_a_word_split_at_a_line_end_and_whole_is_one_row_of_the_check() -> None:
    pseudo = _pseudo()
    texts = [pseudo.text("Han for till Kung-\nälv. Han bor i Kungälv, nära Anna-\nKarin "
                         "och Anna-Karin.")]
    rows = [(s.word, n) for s, n in pseudo.suspects_in(texts)]
    assert rows == [("Kung-\nälv", 2), ("Anna-\nKarin", 2)]
