"""A double first name is one name, and a family name that is an everyday word is the
person where it begins a sentence before a verb (QA 21, 4).

Word by word, "Per Arne forteller" became "Per [name] forteller": "Per" is an everyday word
("per vecka") and was left where it began a sentence, and the "[name]" beside it told the
supervisor plainly that the client is called Per. Inside a sentence the name became two
placeholders ("klienten [name]"). Names of the case's map that are words ("Bo", "Sten",
"Maj") were left at a sentence's start however plainly they named the person ("Bo är 7
år"): listed in the app, silent wherever the list is not read.
"""

from __future__ import annotations

import pytest

from kastdesk.genogram import Genogram
from kastdesk.genogram import edits as e
from kastdesk.genogram.model import Sex
from kastdesk.report.pseudonymize import Pseudonymizer


def _client(name: str) -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": name}, date_offset_days=-35)


@pytest.mark.parametrize(("name", "note", "out"), [
    ("Per Arne Johansen", "Per Arne forteller at kona ble sint.",
     "The client forteller at kona ble sint."),
    ("Per Arne Johansen", "Per Arnes mor døde i fjor.", "The client's mor døde i fjor."),
    ("Per Arne Johansen", "Han heter Per Arne, men er trøtt.",
     "Han heter the client, men er trøtt."),
    ("Per Arne Johansen", "I går sa per arne nei.", "I går sa the client nei."),
    ("Per Arne Johansen", "Så kom Per-Arne.", "Så kom the client."),
    ("Jan Erik Olsen", "Jan Erik ringte. Det var Jan Erik som ringte.",
     "The client ringte. Det var the client som ringte."),
    ("Ole Kristian Lunde", "Ole Kristian kom for sent.", "The client kom for sent."),
    ("Karl Johan Ek", "Det var Karl Johan.", "Det var the client."),
    # A hyphenated given name written with a space, and the other way round.
    ("Anna-Karin Berg", "Anna Karin ringde. Anna-Karin kom.",
     "The client ringde. The client kom."),
])
def test_the_given_names_are_one_name(name: str, note: str, out: str) -> None:
    assert _client(name).text(note) == out


def test_given_names_that_are_all_everyday_words_stay_words_in_small_letters() -> None:
    """ "Hans Dag" together is the client; "Hans dag var lång" is his day."""
    pseudo = _client("Hans Dag Berg")
    assert pseudo.text("Hans Dag ringde. Hans dag var lång.") == (
        "The client ringde. Hans dag var lång.")


def test_the_first_given_name_alone_is_still_a_word_where_it_reads_as_one() -> None:
    pseudo = _client("Per Arne Johansen")
    assert pseudo.text("Per vecka blir det två gånger.") == "Per vecka blir det två gånger."


def test_two_people_who_share_the_double_name_are_no_ones_role() -> None:
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name="Per Arne Johansen", person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_parents(g, "c", father_name="Per Arne Lie", mother_name="Kari Lie",
                      ids=("f", "m", "u", "l")).apply(g)
    pseudo = Pseudonymizer.for_snapshot(
        {"name": "Per Arne Johansen", "genogram": g.to_dict()}, date_offset_days=-35)
    assert pseudo.text("I dag kom Per Arne.") == "I dag kom [name]."


# ----- family names that are words, at a sentence's start ----------------------------------
def _family() -> Pseudonymizer:
    g = Genogram()
    g = e.add_person(g, sex=Sex.MALE, name="Anders Sten", person_id="c").apply(g)
    g = e.set_index_person(g, "c").apply(g)
    g = e.add_partner(g, "c", name="Inga Sten", partner_id="p", union_id="u").apply(g)
    g = e.add_child(g, "u", sex=Sex.MALE, name="Bo Sten", child_id="s",
                    birth_year=2019).apply(g)
    g = e.add_parents(g, "c", father_name="Hans Sten", mother_name="Maj Sten",
                      ids=("f", "m", "u2", "l2")).apply(g)
    return Pseudonymizer.for_snapshot(
        {"name": "Anders Sten", "genogram": g.to_dict()}, date_offset_days=-35)


@pytest.mark.parametrize(("note", "out"), [
    ("Bo är 7 år och går i skolan.", "Child 1 är 7 år och går i skolan."),
    ("Sten berättade själv.", "[family name] berättade själv."),
    ("Maj ringde i maj.", "Mother ringde i [month]."),
    ("Bos mamma kom.", "Child 1's mamma kom."),
    ("Hans ringde i går.", "Father ringde i går."),
])
def test_a_name_of_the_map_that_is_a_word_is_the_person_before_a_verb(
        note: str, out: str) -> None:
    assert _family().text(note) == out


@pytest.mark.parametrize("note", [
    "Bo kvar hemma vill han inte.",  # no verb after it: the word
    "Hans mamma dog i fjol.",  # his mother
    "Hans är större än hennes.",  # his is
    "Inga kom till festen.",  # none came (the partner is Inga)
    "Sten på sten byggde han.",
])
def test_a_word_at_a_sentences_start_stays_a_word(note: str) -> None:
    assert _family().text(note) == note
