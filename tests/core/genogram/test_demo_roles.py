"""The demo family's roles: everyone the family's structure has a word for has it.

QA: the demo client's former wife had a blank role (her initials in privacy mode), where a
map drawn in the editor gives every relative it creates their word ("former partner"). The
demo wrote a role only for the relatives it named itself.
"""

from __future__ import annotations

import random

import pytest

from kastdesk.genogram.demo import ClientFacts
from kastdesk.genogram.demo_case import demo_genogram
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import Genogram, UnionKind, other_partner


def _former_partner(g: Genogram) -> str:
    client = g.index_person
    assert client is not None
    (ended,) = [u for u in g.unions_of(client.id) if u.kind is UnionKind.DIVORCED]
    return other_partner(ended, client.id)


@pytest.mark.parametrize("seed", range(4))
def test_the_clients_former_wife_has_her_role(seed: int) -> None:
    g = demo_genogram(random.Random(seed), "Rolf Test", "man", False)
    assert g.persons[_former_partner(g)].role == "former partner"


def test_a_card_that_says_divorced_draws_a_former_partner_with_her_role() -> None:
    facts = ClientFacts(born=1985, relationship="separated_divorced", children=2, now=2026)
    g = demo_genogram(random.Random(7), None, "man", False, facts)
    assert g.persons[_former_partner(g)].role == "former partner"


@pytest.mark.parametrize("large", [False, True])
def test_every_person_placed_has_the_word_the_editor_would_write(large: bool) -> None:
    for seed in range(3):
        g = demo_genogram(random.Random(seed), "Rolf Test", "woman", large)
        words = kinship(g, unplaced=False)
        for pid, word in words.items():
            assert g.persons[pid].role == word, (seed, pid, word)


def test_the_roles_go_through_the_catalogue(marked: None) -> None:
    g = demo_genogram(random.Random(1), "Rolf Test", "man", False)
    assert g.persons[_former_partner(g)].role == "«former partner»"
