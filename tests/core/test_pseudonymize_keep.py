"""Keep (QA 18 M1, artifacts/keep-words-api.md): a capitalized word of the family map's
free text inside a field ("Arbetar som Polis i Borås") was withheld everywhere with no
way back, though the therapist knows "Polis" is no name and supervision needs it. The
therapist may keep such a word, never a person's name, a role's word or the client code,
and withholding wins over keeping. Every family here is made up.
"""

from __future__ import annotations

from kastdesk.genogram import Genogram
from kastdesk.genogram.model import Person, Sex
from kastdesk.report.pseudonymize import CAPITALISED, CASE_WORD, Pseudonymizer, suspects


def _snap() -> dict[str, object]:
    g = Genogram.build([
        Person("c", Sex.MALE, name="Tord Viklund", is_index=True,
               occupation="Arbetar som Polis i Borås",
               notes="Pappa Bo var Polis. Hade Depression efter skilsmässan."),
        Person("f", Sex.MALE, name="Bo Viklund"),
        Person("m", Sex.FEMALE, name="", role="Lisa (Otrohetsaffär)",
               notes="Träffades genom Lisa på Volvo"),
    ], [], [], [], check=False)
    return {"name": "Tord Viklund", "code": "K-2026-017", "genogram": g.to_dict()}


def _pseudo(**kw: object) -> Pseudonymizer:
    return Pseudonymizer.for_snapshot(_snap(), date_offset_days=-42, **kw)  # type: ignore[arg-type]


NOTE = "Polis har inte varit inblandad sedan gripandet. Han bor i Borås. Pappa var Polis."


def test_a_map_word_withheld_today_is_offered_to_keep() -> None:
    pseudo = _pseudo()
    assert pseudo.text(NOTE) == ("[withheld] har inte varit inblandad sedan gripandet. Han "
                                 "bor i [withheld]. Pappa var [withheld].")
    keepable = {r.original for r in pseudo.review() if r.keepable}
    assert {"Polis", "Borås", "Volvo", "Depression"} <= keepable
    # A person's name, a role's word and the code are never offered.
    assert not keepable & {"Tord", "Viklund", "Tord Viklund", "Lisa", "K-2026-017", "Bo"}


def test_a_kept_word_stays_in_the_text_and_is_not_listed_again() -> None:
    pseudo = _pseudo(keep_words=["polis"])
    out = pseudo.text(NOTE)
    assert out == ("Polis har inte varit inblandad sedan gripandet. Han bor i [withheld]. "
                   "Pappa var Polis.")
    assert pseudo.kept == frozenset({"polis"})
    assert "Polis" not in {r.original for r in pseudo.review()}
    assert not [s for s in suspects(out, pseudo) if s.word == "Polis"]
    assert pseudo.text("Polisens utredning") == "Polisens utredning"


def test_a_kept_capitalised_word_is_not_listed_after_a_re_check() -> None:
    pseudo = _pseudo()
    assert ("Kungälv", CAPITALISED) in [(s.word, s.why) for s in
                                        suspects("Han bodde i Kungälv.", pseudo)]
    kept = _pseudo(keep_words=["Kungälv"])
    assert kept.text("Han bodde i Kungälv.") == "Han bodde i Kungälv."
    assert suspects("Han bodde i Kungälv.", kept) == []


def test_a_word_beginning_a_field_kept_is_no_longer_listed() -> None:
    g = Genogram.build([Person("c", Sex.MALE, name="Tord Viklund", is_index=True,
                               occupation="Polis")], [], [], [], check=False)
    snap = {"genogram": g.to_dict()}
    listed = Pseudonymizer.for_snapshot(snap, date_offset_days=-42)
    assert [s.why for s in suspects("Pappa var Polis.", listed)] == [CASE_WORD]
    kept = Pseudonymizer.for_snapshot(snap, date_offset_days=-42, keep_words=["Polis"])
    assert suspects("Pappa var Polis.", kept) == []


def test_a_name_a_role_word_or_the_code_is_never_kept() -> None:
    pseudo = _pseudo(keep_words=["Tord", "Viklund", "Lisa", "Bo", "bos", "K-2026-017"])
    assert pseudo.text("Tord och Lisa ringde Viklund om K-2026-017.") == (
        f"The client och [name] ringde [family name] om {pseudo.reference}.")
    assert pseudo.kept == frozenset()
    out = pseudo.text("ringde Bo och Tord Viklund")
    assert "Bo" not in out and out.endswith("och the client")


def test_withholding_wins_over_keeping() -> None:
    pseudo = _pseudo(extra_names=["Borås"], keep_words=["Borås", "Polis"],
                     withhold_words=["Polis"])
    assert pseudo.text("Han bor i Borås. Pappa var Polis.") == (
        "Han bor i [withheld]. Pappa var [withheld].")
    assert pseudo.kept == frozenset()
