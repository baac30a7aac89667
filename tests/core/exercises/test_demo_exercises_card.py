"""The demo's exercise words follow the register card, and only the words (no display).

``make_demo_exercises`` wrote one man's exercises, with a partner and children, for every
client. With a card (``CardFacts``) the words change; the draws must not, or every demo
client's ids, seriousness and urge log would move with a fact that only changes a word.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from kastdesk.exercises import get_exercise
from kastdesk.exercises.demo import CardFacts, make_demo_exercises

GENDERS = ("man", "woman", "other", "unknown")
RELATIONSHIPS = (
    "married",
    "partner_living_together",
    "partner_living_apart",
    "separated_divorced",
    "widowed",
    "single",
    "",
)
#: Every card the demo can have, and a few it cannot (an unknown gender or relationship).
CARDS = [CardFacts(g, r, c) for g in GENDERS for r in RELATIONSHIPS for c in (0, 1, 3)]
PARTNER_WORDS = re.compile(r"\b(?:partners?|wife|husband|spouse)\b", re.IGNORECASE)
CHILD_WORDS = re.compile(r"\b(?:child|children|kids?)\b", re.IGNORECASE)
#: Keys of a state whose values are drawn (ids, days, intensities, lapses), not worded.
DRAWN = frozenset(
    {"id", "day", "intensity", "lapse", "lapse_kind", "kind", "started_on", "tracks_pornography"}
)


def _drawn(data: Any) -> list[Any]:
    """The drawn values of a state dict, in order: what must not move with the card."""
    found: list[Any] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in DRAWN:
                found.append(value)
            found += _drawn(value)
    elif isinstance(data, list):
        for value in data:
            found += _drawn(value)
    return found


def _texts(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        # An area is an id, not the client's words: the area "partner" (a partner and my
        # relationships) is anyone's, a former or a future relationship included.
        return [t for key, value in data.items() if key != "area" for t in _texts(value)]
    if isinstance(data, list):
        return [t for value in data for t in _texts(value)]
    return []


@pytest.mark.parametrize("seed", range(6))
def test_the_card_changes_the_words_not_the_draws(seed: int) -> None:
    plain = make_demo_exercises(random.Random(seed), 1.0)
    assert plain == make_demo_exercises(random.Random(seed), 1.0, facts=CardFacts())
    for card in CARDS:
        states = make_demo_exercises(random.Random(seed), 1.0, facts=card)
        assert states.keys() == plain.keys(), card
        for exercise_id, data in states.items():
            assert _drawn(data) == _drawn(plain[exercise_id]), (card, exercise_id)
            exercise = get_exercise(exercise_id)
            problems = exercise.validate(exercise.from_dict(data))
            assert [p for p in problems if p.severity == "error"] == [], (card, exercise_id)


@pytest.mark.parametrize("card", CARDS, ids=str)
def test_partner_and_children_only_where_the_card_has_them(card: CardFacts) -> None:
    texts = [
        text
        for seed in range(8)
        for data in make_demo_exercises(random.Random(seed), 1.0, facts=card).values()
        for text in _texts(data)
    ]
    partnered = card.relationship in ("married", "partner_living_together", "partner_living_apart")
    assert any(PARTNER_WORDS.search(t) for t in texts) is partnered
    assert any(CHILD_WORDS.search(t) for t in texts) is (card.children > 0)
    # One child is "my child", never "my children".
    assert card.children != 1 or not any(re.search(r"\bchildren\b", t) for t in texts)


def test_a_partners_pronouns_are_of_the_other_sex() -> None:
    """The family map draws a woman's partner as a man: her partner is "he", his is "she"."""
    said = {}
    for gender in ("man", "woman", "other"):
        rows = [
            c["text"]
            for seed in range(8)
            for c in make_demo_exercises(
                random.Random(seed), 1.0, facts=CardFacts(gender, "married", 2)
            )["consequence_listing"]["consequences"]
            if c["area"] == "partner" and "betrayed" in c["text"]
        ]
        assert rows, gender
        said[gender] = set(rows)
    assert said == {
        "man": {"She would feel betrayed if she knew"},
        "woman": {"He would feel betrayed if he knew"},
        "other": {"They would feel betrayed if they knew"},
    }
