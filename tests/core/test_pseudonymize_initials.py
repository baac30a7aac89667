"""Two leaks the pseudonymizer let through to supervision: a client's or a relative's
initials written in the notes ("M.L. sa", "ML ringde", "M. L. kom", "T.H. sa", "D.H.'s
wife") went out as written, and a nickname no list knew that began a sentence ("Kikki
ringde igen") was not even listed by the words check, where a capital is no evidence of a
name. Initials that match someone in the case now become that person's role; those that
are an abbreviation too ("OK" beside a client Olle Karlsson, "TV", "BUP") are left and
listed; unknown capitalized words at a sentence's start are listed where they read as a
name, and ordinary first words are not. Every family and note here is made up.
"""

from __future__ import annotations

from kastdesk.genogram import Genogram
from kastdesk.genogram import edits as e
from kastdesk.genogram.model import Sex
from kastdesk.report.pseudonymize import (
    CAPITALISED,
    INITIALS,
    Pseudonymizer,
    Suspect,
    suspects,
)


def _pseudo(client: str, partner: str, daughter: str = "", son: str = "", *,
            keep: tuple[str, ...] = (), withhold: tuple[str, ...] = (),
            notes: tuple[str, ...] = ()) -> Pseudonymizer:
    """The client, a partner, a daughter and a son (empty: drawn without a name)."""
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name=client, person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_partner(g, "c", name=partner, partner_id="p", union_id="u").apply(g)
    g = e.add_child(g, "u", sex=Sex.FEMALE, name=daughter, child_id="d",
                    birth_year=2015).apply(g)
    g = e.add_child(g, "u", sex=Sex.MALE, name=son, child_id="s", birth_year=2012).apply(g)
    snap = {"name": client, "genogram": g.to_dict(), "notes": list(notes),
            "profile": {"first_contact_date": "2026-03-02"}}
    return Pseudonymizer.for_snapshot(snap, date_offset_days=-42, keep_words=keep,
                                      withhold_words=withhold)


def _listed(pseudo: Pseudonymizer, out: str) -> list[tuple[str, str]]:
    return [(s.word, s.why) for s in suspects(out, pseudo)]


# ----- initials ------------------------------------------------------------------------
def test_swedish_initials_of_the_client_and_partner_become_their_roles() -> None:
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman")
    note = ("M.L. sa att veckan varit tung. ML ringde på kvällen. M. L. kom sent. "
            "ML:s mamma vet inget. SÖ och M.L bråkade igen. Samtal med M.L.\n"
            "T: Hur mår du? ML: Bra. S.O. hade ringt till BUP.")
    out = pseudo.text(note)
    assert out == (
        "The client sa att veckan varit tung. The client ringde på kvällen. The client "
        "kom sent. The client's mamma vet inget. Partner och the client bråkade igen. "
        "Samtal med the client.\n"
        "T: Hur mår du? The client: Bra. Partner hade ringt till BUP.")
    assert _listed(pseudo, out) == []


def test_norwegian_initials_become_roles_and_the_sentence_keeps_its_end() -> None:
    pseudo = _pseudo("Tormod Haugland", "Kari Nygård")
    out = pseudo.text("T.H. sa at han ville slutte. KN sin mor ringte. Samtale med T.H. "
                      "Han virket lettet. NAV og DPS er koblet inn.")
    assert out == ("The client sa at han ville slutte. Partner sin mor ringte. Samtale "
                   "med the client. Han virket lettet. NAV og DPS er koblet inn.")


def test_english_initials_with_a_possessive_become_roles() -> None:
    pseudo = _pseudo("Derek Holloway", "Fiona Rowe")
    out = pseudo.text("D.H.'s wife FR called. DH said he was fine; the GP and the "
                      "ADHD assessment were discussed. F. R. agreed.")
    assert out == ("The client's wife partner called. The client said he was fine; the "
                   "GP and the ADHD assessment were discussed. Partner agreed.")


def test_initials_of_no_one_in_the_case_and_abbreviations_stay() -> None:
    """Only initials that match someone in the case: "KJ" is nobody's, "KBT", "IVO",
    "TV:n", "BUP:en" are things, "ml" is a measure, "U.S.A." no one's."""
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman")
    note = ("KJ ringde. KBT och IVO, TV:n och BUP:en. 5 ml. U.S.A. och M.L.S., "
            "ML-samtalet, MLX.")
    out = pseudo.text(note)
    assert out == note
    assert _listed(pseudo, out) == []


def test_two_people_with_the_same_initials_are_a_name_not_a_role() -> None:
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman", daughter="Moa Lindqvist")
    assert pseudo.text("ML ringde.") == "[name] ringde."


def test_initials_that_are_an_abbreviation_too_are_left_and_listed() -> None:
    """"the client-tittande" or "Det är the client" would say something false: "OK" of
    Olle Karlsson, "TV" of Tove Viklund and "JA" of Jonas Åberg (in capitals, Swedish
    "yes") stay, and the check lists them with the person they may stand for."""
    pseudo = _pseudo("Olle Karlsson", "Tove Viklund", son="Jonas Åberg")
    note = "OK, vi ses. Det är OK. O.K. sa han. TV-tittande och TV. JA sa ja. J.Å. kom."
    out = pseudo.text(note)
    assert out == "OK, vi ses. Det är OK. O.K. sa han. TV-tittande och TV. JA sa ja. Child 1 kom."
    found = suspects(out, pseudo)
    assert [(s.word, s.why, s.name) for s in found] == [
        ("OK", INITIALS, "Olle Karlsson"), ("OK", INITIALS, "Olle Karlsson"),
        ("O.K.", INITIALS, "Olle Karlsson"), ("TV", INITIALS, "Tove Viklund"),
        ("JA", INITIALS, "Jonas Åberg")]
    assert all(out[s.start:s.end] == s.word for s in found)
    assert Suspect("OK", INITIALS, 0, 2).reason == (
        "initials of someone in the case, or an abbreviation")
    counted = pseudo.suspects_in([out])
    assert [(s.word, n) for s, n in counted][:1] == [("OK", 2)]


def test_kept_initials_are_not_listed_and_withheld_ones_go() -> None:
    pseudo = _pseudo("Olle Karlsson", "Tove Viklund", keep=("OK",), withhold=("TV",))
    out = pseudo.text("OK, vi ses. TV ringde. Det är ok.")
    assert out == "OK, vi ses. [withheld] ringde. Det är ok."
    assert _listed(pseudo, out) == []


def test_the_review_lists_the_initials_it_replaces() -> None:
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman", son="Jonas Åberg")
    review = {r.original: r.replacement for r in pseudo.review()}
    assert review["ML"] == "the client" and review["SÖ"] == "partner"
    assert "OK" not in review


# ----- unknown names at a sentence's start ----------------------------------------------
SWEDISH = (
    "Berättar att veckan varit tung. Veckan har varit tung. Helgen var lugn. Suget kom "
    "på fredagen. Pratade om skam och skuld. Klienten kom i tid. Jobbet är stressigt.",
    "Mötet med socialtjänsten gick bra. Relationen har blivit bättre. Ångesten släppte. "
    "Reflekterar kring vad som triggar. Hemläxan är gjord. Sömnen har blivit bättre.",
    "Kikki ringde igen. Jonte sa att han visste. Kikkis mamma har hört av sig. Planen "
    "håller. Idag gick det bra. Läkaren sa att provet var bra. Kvinnan sa att hon var rädd.",
)
NORWEGIAN = (
    "Forteller at uka har vært tung. Uka har vært tung. Helga var rolig. Kona vet ikke "
    "noe. Snakket om skam. Samboeren hans er syk. Jobben er stressende.",
    "Kvelden var vanskelig. Trangen kom tilbake. Økonomien er dårlig. Barnevernet har "
    "vært inne. Timen ble avlyst.",
    "Tuffen ringte i går. Bassen sa at han hadde sett ham. Naboen har merket noe. Legen "
    "sa at prøvene var fine.",
)
ENGLISH = (
    "Work has been stressful. Things are better. Sleep was poor. Progress on the plan. "
    "Returned to the urge log. Rewrote the coping plan.",
    "Wife knows nothing yet. Evenings are hardest. Urges were strong. Nobody knows. "
    "Everything was fine.",
    "Shortie called again. Dutch said he would come. Marriage is under strain.",
)


def _starts_listed(notes: tuple[str, ...]) -> list[str]:
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman", notes=notes)
    rows = pseudo.suspects_in([pseudo.text(t) for t in notes])
    assert all(s.why == CAPITALISED for s, _ in rows)
    return [s.word for s, _ in rows]


def test_a_swedish_nickname_at_a_sentence_start_is_listed_and_ordinary_first_words_not(
) -> None:
    assert _starts_listed(SWEDISH) == ["Kikki", "Jonte", "Kikkis"]


def test_a_norwegian_nickname_at_a_sentence_start_is_listed_and_ordinary_first_words_not(
) -> None:
    assert _starts_listed(NORWEGIAN) == ["Tuffen", "Bassen"]


def test_an_english_nickname_at_a_sentence_start_is_listed_and_ordinary_first_words_not(
) -> None:
    assert _starts_listed(ENGLISH) == ["Shortie", "Dutch"]


def test_a_first_word_the_case_writes_in_small_letters_is_no_name() -> None:
    """"Kikki" in small letters elsewhere ("en kikki", as a word the case uses) vouches
    for it, as for every other word: only what no list knows is listed."""
    notes = ("Kikki ringde igen.", "Han kallar det en kikki.")
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman", notes=notes)
    assert pseudo.suspects_in([pseudo.text(t) for t in notes]) == []


def test_a_name_is_listed_beside_a_word_it_shares_its_start_with() -> None:
    """A first word's ending comes off to find it among the case's words ("Berättade"
    beside "berättar"), but not the endings names have: "Hanna" is no form of "hann",
    "Viktor" none of "vikten", "Julian" none of "juli", "Kalle" none of "kallade"."""
    notes = ("Hanna ringde. Viktor sa nej. Julian kom. Kalle har ringt. Berättade om "
             "helgen.", "han hann inte; vikten ökade i juli, han kallade det ett misstag "
             "och berättar gärna.")
    assert _starts_listed(notes) == ["Hanna", "Viktor", "Julian", "Kalle"]


# ----- the genitive without a colon, initials with a ring, dots or a stroke --------------
def test_a_possessive_without_a_colon_becomes_the_role_as_with_one() -> None:
    """"MLs mamma", "SÖs bror", "M.L.s mamma", "ÅØs mor": Swedish and Norwegian notes
    often write the genitive without its colon. They went out as written, and at a
    sentence's start the words check did not even list them."""
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman")
    note = ("MLs mamma ringde. Hon träffade MLs mamma igen. SÖs bror kom. "
            "M.L.s pappa skrev. Samtal om S.Ö.s jobb.")
    out = pseudo.text(note)
    assert out == ("The client's mamma ringde. Hon träffade the client's mamma igen. "
                   "Partner's bror kom. The client's pappa skrev. Samtal om partner's jobb.")
    assert _listed(pseudo, out) == []
    norsk = _pseudo("Åse Ødegård", "Bjørn Ærø")
    assert norsk.text("ÅØs mor ringte. BÆs søster kom.") == (
        "The client's mor ringte. Partner's søster kom.")
    # Two who share initials: "[name]'s", as "ML:s" is.
    shared = _pseudo("Mikael Lindqvist", "Maja Lund")
    assert shared.text("MLs mamma ringde.") == "[name]'s mamma ringde."


def test_initials_with_a_ring_dots_or_stroke_are_no_abbreviation_of_plain_letters() -> None:
    """"ÖÄ", "ØL", "ÅÅ" fold to "OA", "OL", "AA", which are abbreviations: as written they
    are someone's initials and are replaced, with dots too; the same letters written
    plain are still left and listed."""
    pseudo = _pseudo("Ömer Ärlig", "Åsa Ås")
    out = pseudo.text("ÖÄ kom. Ö.Ä. sa att ÅÅ ringde. Å.Å. svarade inte.")
    assert out == "The client kom. The client sa att partner ringde. Partner svarade inte."
    assert _listed(pseudo, out) == []
    plain = pseudo.text("OA kom. AA ringde.")
    assert plain == "OA kom. AA ringde."
    assert _listed(pseudo, plain) == [("OA", INITIALS), ("AA", INITIALS)]
    assert {(r.original, r.replacement) for r in pseudo.review()} >= {
        ("ÖÄ", "the client"), ("ÅÅ", "partner")}
    norsk = _pseudo("Øystein Lie", "Kari Moe")
    out = norsk.text("ØL ringte. Ø.L. kom.")
    assert out == "The client ringte. The client kom."
    assert _listed(norsk, out) == []


def test_a_name_written_with_an_initial_goes_whole() -> None:
    """"Mikael L. sa" went out as "The client L. sa", "M. Lindqvist sa" as "M. [family
    name] sa": the initial beside the role narrowed the person down, and neither was
    listed. The person's own initial goes with the name; another letter stays."""
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman", "Lisa Lindqvist")
    note = ("Mikael L. sa att det var tungt. Sedan ringde M. Lindqvist igen. "
            "Vi träffade Sara Ö. Hon grät. mikael L. kom sent. Sara Ö:s mamma ringde. "
            "Lisa L. ritade. S.Öhman hörde av sig. Mikael K. är en kollega.")
    out = pseudo.text(note)
    assert out == (
        "The client sa att det var tungt. Sedan ringde the client igen. "
        "Vi träffade partner. Hon grät. The client kom sent. Partner's mamma ringde. "
        "Child 2 ritade. Partner hörde av sig. The client K. är en kollega.")
    assert _listed(pseudo, out) == []
    norsk = _pseudo("Åse Ødegård", "Bjørn Ærø")
    assert norsk.text("Åse Ø. sa nei. B. Ærø ringte.") == "The client sa nei. Partner ringte."
    english = _pseudo("David Hale", "Grace Hale")
    assert english.text("David H. said G. Hale called.") == "The client said partner called."
    # Two people with the same initial and family name: "[name]", as shared initials are.
    shared = _pseudo("Mikael Lindqvist", "Maja Lindqvist")
    assert shared.text("M. Lindqvist ringde.") == "[name] ringde."


# ----- relatives and professionals named by their role at a sentence's start -------------
def test_a_relative_or_professional_by_role_at_a_sentence_start_is_no_name() -> None:
    """"Faren sa", "Rådgiveren mente", "Barnmorskan ringde", "Gubben", "Exet", "Matron
    said": a note's subject named by role, each listed as a possible name (one more row
    to Keep); compounds of such roles too ("Styvsonen", "Skolkuratorn", "Exsambon").
    Nicknames beside them are still listed."""
    notes = (
        "Faren sa att han var lei. Rådgiveren mente det var for tidlig. Jordmora ringte. "
        "Helsesykepleieren kom innom. Bassen sa nei.",
        "Barnmorskan ringde igen. Gubben sa inget. Exet hörde av sig. Styvsonen kom hem. "
        "Skolkuratorn ringde. Exsambon hotade. Svärmodern var där. Kikki ringde sedan.",
        "Matron said the ward was full. Nurse came in. Stepdad called. Grandad wrote. "
        "Shortie called.",
    )
    assert _starts_listed(notes) == ["Bassen", "Kikki", "Shortie"]


# ----- hyphenated given names and family names with particles ----------------------------
def test_initials_of_a_hyphenated_given_name_or_with_particles_become_the_role() -> None:
    """"A-K B", "A-KB", "AK", "A-K" for Anna-Karin Berg and "JvdB", "J.v.d.B.", "JVDB"
    for Jan van der Berg went out as written, unlisted ("AKB" and "JB" were replaced).
    "AB" stays, listed: it is "aktiebolag" too."""
    pseudo = _pseudo("Anna-Karin Berg", "Lars Ek")
    out = pseudo.text("A-K B ringde. Sedan kom A-KB. AK sa nej, A-K:s mamma ja. "
                      "A.-K. B. kom. AB ringde.")
    assert out == ("The client ringde. Sedan kom the client. The client sa nej, the "
                   "client's mamma ja. The client kom. AB ringde.")
    assert _listed(pseudo, out) == [("AB", INITIALS)]
    # The review shows each once, without its hyphen, whatever the set's order.
    assert [r.original for r in pseudo.review() if r.replacement == "the client"
            and r.original.isupper()] == ["AK", "AKB"]
    dutch = _pseudo("Jan van der Berg", "Eva Ek")
    out = dutch.text("JvdB said no. J.v.d.B. called. JVDB wrote. JvdB's wife came.")
    assert out == ("The client said no. The client called. The client wrote. "
                   "The client's wife came.")
    assert _listed(dutch, out) == []


# ----- a hyphen's genitive, capitals a space apart, small letters with dots ---------------
def test_initials_with_a_hyphen_genitive_a_space_or_small_letters_become_the_role() -> None:
    """"ML-s mamma", "M L ringde" and "m.l. sa" went out as written, unlisted: notes typed
    in haste write initials so too."""
    pseudo = _pseudo("Mikael Lindqvist", "Sara Öhman")
    note = ("ML-s mamma ringde. Hon träffade ML-s bror. M L kom sent, S Ö och M\u00a0L:s "
            "pappa med. m.l. sa att det var tungt. Samtal med m.l. Han grät. s.ö. och "
            "m. l. bråkade. Sedan ringde s.o. igen.")
    out = pseudo.text(note)
    assert out == (
        "The client's mamma ringde. Hon träffade the client's bror. The client kom sent, "
        "partner och the client's pappa med. The client sa att det var tungt. Samtal med "
        "the client. Han grät. Partner och the client bråkade. Sedan ringde partner igen.")
    assert _listed(pseudo, out) == []
    norsk = _pseudo("Åse Ødegård", "Bjørn Ærø")
    assert norsk.text("Å Ø ringte. å.ø. sa nei. ÅØ-s mor kom.") == (
        "The client ringte. The client sa nei. The client's mor kom.")
    shared = _pseudo("Mikael Lindqvist", "Maja Lund")
    assert shared.text("ML-s mamma ringde.") == "[name]'s mamma ringde."


def _many(*names: str) -> Pseudonymizer:
    """A case whose client is the first of ``names``; the others on the map beside."""
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name=names[0], person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    for n, name in enumerate(names[1:]):
        g = e.add_person(g, sex=Sex.FEMALE, name=name, person_id=f"p{n}").apply(g)
    snap = {"name": names[0], "genogram": g.to_dict(), "notes": [],
            "profile": {"first_contact_date": "2026-03-02"}}
    return Pseudonymizer.for_snapshot(snap, date_offset_days=-42)


ORDINARY = (
    "Vi pratade om jobbet, ekonomin m.m. Hon sitter t.h. om dörren, han t.v. Han är f.d. "
    "sambo och s.k. återfallsrisk, d.v.s. hög; o.s.v. Bl.a. p.g.a. skulder, t.o.m. i "
    "helgen. Storlek S M L XL på kläderna. Plan A B C D. Tog 5 ml. ML-samtalet. T.ex. "
    "idag. Han kom e.m., hon f.m. Se s.a. och n.n. i listan, m.a.o. inget nytt.",
    "Hytter, båter o.l. Kjøpte klær e.l. Han er p.t. sykmeldt, d.v.s. hjemme, m.m. og "
    "m.v. Det gjelder f.o.m. mandag t.o.m. fredag. Jf. avtalen, bl.a. om penger. Vi "
    "sees kl. 10 a.m. or p.m., e.g. on Monday, i.e. soon; n.b. the plan, p.s. call.",
)


def test_ordinary_swedish_norwegian_and_english_text_keeps_its_abbreviations() -> None:
    """Small-letter abbreviations with dots ("m.m.", "t.h.", "o.l.", "e.l.") and single
    capitals in a row ("S M L XL", "A B C") are no one's initials, even where someone in
    the case has those letters: replaced, "familj m.m." said "familj the client"."""
    pseudo = _many("Maria Magnusson", "Tore Hansen", "Tove Vik", "Ola Lie", "Eva Lund",
                   "Frida Dahl", "Siv Karlsson", "Mona Lind", "Anna Berg", "Bo Carlsson",
                   "Per Tang", "Nils Nilsson", "Erik Molin", "Sven Aspe", "Mats Vik",
                   "Axel Moe", "Per Mo", "Ingrid Eng", "Sara Mo")
    for text in ORDINARY:
        out = pseudo.text(text)
        assert out == text
        assert _listed(pseudo, out) == []
