"""The demo writes its free text in the language the app runs in.

A Swedish or Norwegian clinic shown the demo saw English session notes, goals and risk
flags in a Swedish or Norwegian app (only the family map's roles followed the language).
Now the notes, goals, flags, amendments and the endings' own words are in Swedish or
Norwegian bokmål when the app runs in one (:mod:`kastdesk.demo_text`); English is as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kastdesk import demo_text, i18n
from kastdesk.exercises.demo import CardFacts, make_demo_exercises
from tests.conftest import demo_cases, make_demo_vault

#: Phrases every English demo writes somewhere in these fields.
ENGLISH = re.compile(
    r"\b(?:Client|client|the|and|he|his|him|she|her|Next session|Stop buying sex|"
    r"Partner joined|safety plan|Correction|Addition|Reworded|Dropped when|"
    r"No longer|Cancelled by|did not come|no reply|consequence listing|urge log|goals|"
    r"shame and guilt|loneliness|relapse)\b"
)


def free_texts(folder: Path) -> Iterator[str]:
    """The demo's notes (and their amendments), topics, goals, flags and status notes."""
    for case in demo_cases(folder):
        for session in case.sessions.list():
            if session.note:
                yield session.note
            yield from session.topics
            for version in session.versions:
                yield version.text
                if version.reason:
                    yield version.reason
        for goal in case.goals.list():
            yield goal.text
            for event in goal.events:
                yield event.text
                if event.note:
                    yield event.note
        for flag in case.flags.list():
            yield flag.note
        for change in case.profile.history():
            # The reason's label is the catalogue's (not loaded here); the words after
            # the dash are the demo's.
            if change.note and " – " in change.note:
                yield change.note.partition(" – ")[2]


@pytest.fixture(scope="module", params=["sv_SE", "nb_NO"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    i18n.set_translator(lambda context, text: text, request.param)
    try:
        return make_demo_vault(tmp_path_factory.mktemp(request.param) / "vault", clients=12)
    finally:
        i18n.set_translator(None)


def test_the_demo_writes_no_english_in_swedish_or_norwegian(demo: Path) -> None:
    texts = list(free_texts(demo))
    assert len(texts) > 200
    english = [text for text in texts if ENGLISH.search(text)]
    assert english == []


def test_the_demo_writes_about_a_woman_with_her_pronouns(demo: Path) -> None:
    texts = " ".join(free_texts(demo))
    # The showcase demo of 12 has a woman among its clients, and her notes say "hon"/"hun".
    assert re.search(r"\b(?:hon|hun)\b", texts)


def test_every_sentence_has_both_translations() -> None:
    assert demo_text.SV.keys() == demo_text.NB.keys()
    assert all(demo_text.SV.values()) and all(demo_text.NB.values())
    for table in (demo_text.SV, demo_text.NB):
        for english, text in table.items():
            # A placeholder in the English sentence is in its translation.
            assert re.findall(r"\{\w+\}", english) == re.findall(r"\{\w+\}", text), text


def test_english_is_unchanged() -> None:
    assert i18n.current_language() == ""
    assert demo_text.in_language("Next session in two weeks.") == "Next session in two weeks."


#: An English exercise entry's words (the client's, first person).
ENGLISH_ENTRY = re.compile(r"\b(?:I|my|My|the|and|would|with|Went|Called|Alone|Stress at)\b")
#: The fields of an exercise state that hold the client's words, not catalogue ids.
WORDS = ("what_happened", "what_led_to_it", "feelings_before", "feelings_after",
         "what_i_want", "text", "situation", "reward", "i_am", "i_do", "trigger",
         "chosen_instead", "reason")


def words(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in WORDS and isinstance(item, str) and item:
                yield item
            else:
                yield from words(item)
    elif isinstance(value, list):
        for item in value:
            yield from words(item)


@pytest.mark.parametrize("lang", ["sv_SE", "nb_NO"])
@pytest.mark.parametrize(
    "facts",
    [CardFacts(), CardFacts("woman", "single", 0), CardFacts("man", "separated_divorced", 1),
     CardFacts("", "widowed", 3), CardFacts("woman", "partner_living_apart", 1)],
)
def test_the_demo_exercises_are_in_the_app_language(lang: str, facts: CardFacts) -> None:
    import random

    english = make_demo_exercises(random.Random(5), 1.0, facts=facts)
    i18n.set_translator(lambda context, text: text, lang)
    try:
        translated = make_demo_exercises(random.Random(5), 1.0, facts=facts)
    finally:
        i18n.set_translator(None)
    entries = list(words(translated))
    assert len(entries) > 20
    assert [entry for entry in entries if ENGLISH_ENTRY.search(entry)] == []
    # The same draws: only the words differ.
    assert len(entries) == len(list(words(english)))
    assert make_demo_exercises(random.Random(5), 1.0, facts=facts) == english


#: The intake's and self-rating scale's free-text items the demo fills in.
FREE_TEXT_ITEMS = ("family_situation", "social_background", "how_problem_notes",
                   "trigger_notes", "referred_to", "reason_text")
ENGLISH_ANSWER = re.compile(r"\b(?:I|my|My|the|and|with|Lives|Grew|children|child|alone)\b")


@pytest.mark.parametrize("lang", ["sv_SE", "nb_NO"])
def test_the_demo_intake_free_text_is_in_the_app_language(lang: str) -> None:
    import random

    from kastdesk.forms.demo import make_demo_intake, make_demo_responses

    def answers(seed: int) -> list[tuple[str, str]]:
        texts = []
        intake = make_demo_intake(random.Random(seed))
        scales = make_demo_responses(random.Random(seed), date(2025, 3, 3),
                                     date(2025, 9, 3), date(2026, 3, 3), 0.0)
        for response in (intake, *scales):
            for key, value in response["answers"].items():
                if isinstance(value, str) and value and not re.fullmatch(r"[a-z0-9_]+", value):
                    texts.append((key, value))
        return texts

    english = [answers(seed) for seed in range(30)]
    i18n.set_translator(lambda context, text: text, lang)
    try:
        translated = [answers(seed) for seed in range(30)]
    finally:
        i18n.set_translator(None)
    flat = [text for per_seed in translated for _, text in per_seed]
    assert {key for per_seed in translated for key, _ in per_seed} & set(FREE_TEXT_ITEMS)
    assert len(flat) > 60
    assert [text for text in flat if ENGLISH_ANSWER.search(text)] == []
    # The same answers in another language: the same items, each drawn as before.
    assert [[key for key, _ in s] for s in translated] == [[key for key, _ in s] for s in english]
