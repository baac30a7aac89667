"""Last session's leftovers in free text (all names and numbers made up):

- "tisdag 9.05" (five past nine on a Tuesday) was "tisdag [date]": after a weekday an hour
  and two digits of minutes are a time, which names no one; a day and month stay a date;
- "PA" for Per Arne was listed but left, as "på" folded; in capitals it is "PÅ";
- "Per Arne J." lost the given names and kept the family name's initial ("The client J.").
"""

from __future__ import annotations

import pytest

from kastdesk.report.pseudonymize import Pseudonymizer


def _pseudo(name: str = "Per Arne Johansen") -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": name}, date_offset_days=-189)


@pytest.mark.parametrize("written", [
    "Ringde tisdag 9.05 och bokade om.",
    "Ringde tisdag 9.05.",  # the sentence's dot, no date's closing one
    "Kom fredag, 14.10 i stället.",
    "tirsdag 9:05 møtte han opp",  # Norwegian "09.05" there is the ninth of May
    "mandag 8.15 og onsdag 10.45",
    "på tisdag 9.05-9.50",
    "mån. 9.05",
    "Monday 9.05",
    "kl 9.05", "klockan 14.30", "klokka 9.05", "at 9.05",
])
def test_a_time_after_a_weekday_or_kl_is_a_time(written: str) -> None:
    assert _pseudo().text(written) == written


@pytest.mark.parametrize(("written", "withheld"), [
    ("tisdag 9.5 kom han", "tisdag [date] kom han"),  # the month in one digit
    ("tisdag den 9.05 kom han", "tisdag den [date] kom han"),
    ("tirsdag 9.5. kom han", "tirsdag [date]. kom han"),
    ("tisdag 9/05", "tisdag [date]"),
    ("tisdag 9.05 kl 10", "tisdag [date] kl 10"),  # a time after it: the date
    ("födelsedag 9.05", "födelsedag [date]"),  # a birthday is no weekday
    ("född 12.03 i Bergen", "född [date] i Bergen"),
    ("Han fyllde år 9.05.", "Han fyllde år [date]."),
])
def test_a_day_and_month_is_still_a_date(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize(("written", "withheld"), [
    ("PA sa att han ville sluta.", "The client sa att han ville sluta."),
    ("Alla kallar honom PA. PAs mamma ringde.",
     "Alla kallar honom the client. The client's mamma ringde."),
])
def test_initials_that_are_a_word_only_folded_are_replaced_in_capitals(
        written: str, withheld: str) -> None:
    pseudo = _pseudo()
    out = pseudo.text(written)
    assert out == withheld
    assert pseudo.suspects_in([out]) == []


@pytest.mark.parametrize("ordinary", [
    "Han gick på stan.", "han gick pa stan", "Pa sa inget.", "Lön 500 000 kr p.a.",
])
def test_the_word_pa_stays(ordinary: str) -> None:
    assert _pseudo().text(ordinary) == ordinary


def test_a_word_in_capitals_is_still_left() -> None:
    """"JA" for Jonas Åberg is "ja" as written: left (and listed), as before."""
    assert _pseudo("Jonas Åberg").text("Han sa JA direkt.") == "Han sa JA direkt."


@pytest.mark.parametrize(("written", "withheld"), [
    ("Per Arne J. ringde.", "The client ringde."),
    ("Träffade Per Arne J.", "Träffade the client."),
    ("Per Arne J:s bil stod kvar.", "The client's bil stod kvar."),
    ("Arne J. sa nej.", "The client sa nej."),  # the name he goes by
    ("Per J. sa nej.", "The client sa nej."),
])
def test_the_given_names_with_the_family_names_initial_go_whole(
        written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


def test_another_initial_is_no_part_of_the_name() -> None:
    assert _pseudo().text("Per Arne K. sa nej.") == "The client K. sa nej."
