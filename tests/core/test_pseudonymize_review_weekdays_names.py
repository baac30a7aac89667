"""A review of the weekday times, "PA" and "Per Arne J." (all names and dates made up):

- a Norwegian note writes the time "kl. 9.05" and the date "fredag 14.10": after a weekday
  there a day and month went out as a time, unlisted ("Neste time fredag 14.10.",
  "Søndag 17.05"), and with the real calendar beside the shifted dates;
- "Per-Arne J." of a Per Arne (and "Per Arne J." of a Per-Arne) left the family name's
  initial ("The client J.", "Per the client");
- "PA" between words in capitals ("VI GICK PA STAN") is the word "PÅ" typed without its
  ring: it became "the client".
"""

from __future__ import annotations

import pytest

from kastdesk.report.pseudonymize import INITIALS, Pseudonymizer


def _pseudo(name: str = "Per Arne Johansen") -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": name}, date_offset_days=-189)


@pytest.mark.parametrize(("written", "withheld"), [
    ("Neste time fredag 14.10.", "Neste time fredag [date]."),
    ("Søndag 17.05 var han i tog med barna.", "Søndag [date] var han i tog med barna."),
    ("tirsdag 09.05 møtte han opp", "tirsdag [date] møtte han opp"),
    ("Han kom ikke onsdag 03.11.", "Han kom ikke onsdag [date]."),
    ("Vi ses lør. 12.04 igjen", "Vi ses lør. [date] igjen"),
])
def test_a_day_and_month_after_a_weekday_in_a_norwegian_note_is_a_date(
        written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("written", [
    "Ringde tisdag 9.05 och bokade om.",  # Swedish: the time
    "Kom fredag, 14.10 i stället.",
    "mandag 8.15 og onsdag 10.45",  # no month has 15 or 45: times in any language
    "Neste time tirsdag kl. 9.05.",
    "tirsdag 9:05 møtte han opp",
    "tirsdag 9.10-9.50 møtte han opp",  # until a time no date is: from ten past nine
    "tirsdag 9.10 til 9.50",
    "tirsdag 9.10-10:30 møtte han",
])
def test_a_time_after_a_weekday_stays_a_time(written: str) -> None:
    assert _pseudo().text(written) == written


@pytest.mark.parametrize(("name", "written"), [
    ("Per Arne Johansen", "Per-Arne J. ringde."),
    ("Per Arne Johansen", "Per Arne J. ringde."),
    ("Per-Arne Johansen", "Per Arne J. ringde."),
    ("Per-Arne Johansen", "Per-Arne J. ringde."),
])
def test_two_given_names_with_the_initial_go_whole_however_joined(
        name: str, written: str) -> None:
    pseudo = _pseudo(name)
    out = pseudo.text(written)
    assert out == "The client ringde."
    assert pseudo.suspects_in([out]) == []


@pytest.mark.parametrize(("name", "written"), [
    ("Per Arne Johansen", "Per A. J. ringde."),  # the second given name as its initial
    ("Per Arne Johansen", "Per A.J. ringde."),
    ("Per-Arne Johansen", "Per-A. J. ringde."),
    ("Anna Karin Berg", "Anna K. B. ringde."),
])
def test_a_later_given_name_as_its_initial_goes_with_the_rest(name: str, written: str) -> None:
    """"Per A. J." left "The client. J.": the family name's initial beside the role."""
    pseudo = _pseudo(name)
    out = pseudo.text(written)
    assert out == "The client ringde."


@pytest.mark.parametrize(("written", "withheld"), [
    ("OBS PA ringde igen.", "OBS the client ringde igen."),  # an abbreviation beside it
    ("BUP PA", "BUP the client"),
    ("Samtal med KD och PA.", "Samtal med KD och the client."),
])
def test_pa_beside_an_abbreviation_is_still_the_client(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


def test_pa_in_a_line_of_capitals_is_the_word_and_listed() -> None:
    pseudo = _pseudo()
    out = pseudo.text("VI GICK PA STAN. PA ringde sedan.")
    assert out == "VI GICK PA STAN. The client ringde sedan."
    assert [(s.word, s.why) for s, _ in pseudo.suspects_in([out])] == [("PA", INITIALS)]


def test_a_long_note_with_many_weekday_times_and_initials_is_no_slower_per_line() -> None:
    """Each "PA" read the whole note again to look for the word "pa" (and each weekday's
    time for the note's language): a 125,000-character note took 6 s, where it takes a
    fraction of one. Generous: a loaded machine is slower, a scan per match far slower."""
    import time

    line = "Samtal med PA om veckan. Han ringde tisdag 9.05 och sa att det gick bra. "
    note = line * 1700
    pseudo = _pseudo()
    started = time.perf_counter()
    out = pseudo.text(note)
    assert time.perf_counter() - started < 3.0
    assert out.count("the client") == 1700 and out.count("tisdag 9.05") == 1700
