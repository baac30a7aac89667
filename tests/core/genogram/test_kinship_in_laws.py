"""Kinship words for in-laws and step-relatives, and joining a child already on the map.

The sister's partner, the partner's former partner and the step-parent's daughter had no word
(privacy mode wrote their initials), parents-in-law were "parent-in-law" whatever their sex,
and a child drawn below one parent could not be joined to that parent's partner later.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kastdesk import i18n
from kastdesk.genogram import edits as E
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import ChildKind, Genogram, GenogramError, Sex, UnionKind


def _run(g: Genogram, edit: E.Edit) -> Genogram:
    return edit.apply(g)


def _family() -> Genogram:
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", is_index=True))
    g = _run(g, E.add_parents(g, "me", ids=("dad", "mum", "u-par", "c-me")))
    g = _run(g, E.add_sibling(g, "me", sex=Sex.FEMALE, sibling_id="sis"))
    g = _run(g, E.add_partner(g, "sis", sex=Sex.MALE, partner_id="sis-man"))
    g = _run(g, E.add_partner(g, "me", sex=Sex.FEMALE, partner_id="wife", union_id="u-me"))
    g = _run(g, E.add_parents(g, "wife", ids=("w-dad", "w-mum", "u-w", "c-w")))
    g = _run(g, E.add_sibling(g, "wife", sex=Sex.MALE, sibling_id="w-bro"))
    g = _run(g, E.add_partner(g, "wife", sex=Sex.MALE, kind=UnionKind.DIVORCED,
                              partner_id="w-ex"))
    g = _run(g, E.add_partner(g, "mum", sex=Sex.MALE, partner_id="step", union_id="u-step"))
    g = _run(g, E.add_child(g, "step", sex=Sex.FEMALE, child_id="step-girl"))
    g = _run(g, E.add_child(g, "u-me", sex=Sex.MALE, child_id="son"))
    g = _run(g, E.add_partner(g, "son", sex=Sex.FEMALE, partner_id="son-wife"))
    return g


def test_in_laws_and_step_relatives_have_their_words() -> None:
    words = kinship(_family(), unplaced=False)
    assert words["sis-man"] == "brother-in-law"
    assert words["w-bro"] == "brother-in-law"
    assert (words["w-dad"], words["w-mum"]) == ("father-in-law", "mother-in-law")
    assert words["w-ex"] == "partner's former partner"
    assert words["step"] == "stepfather" and words["step-girl"] == "stepsister"
    assert words["son-wife"] == "daughter-in-law"


def test_a_former_partners_new_partner_and_a_partners_affair() -> None:
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.FEMALE, person_id="me", is_index=True))
    g = _run(g, E.add_partner(g, "me", sex=Sex.MALE, kind=UnionKind.DIVORCED, partner_id="ex"))
    g = _run(g, E.add_partner(g, "ex", sex=Sex.FEMALE, partner_id="ex-new"))
    g = _run(g, E.add_partner(g, "me", sex=Sex.MALE, partner_id="now"))
    g = _run(g, E.add_partner(g, "now", sex=Sex.FEMALE, kind=UnionKind.AFFAIR,
                              partner_id="lover"))
    words = kinship(g, unplaced=False)
    assert words["ex-new"] == "former partner's new partner"
    assert words["lover"] == "partner's affair partner"


@pytest.fixture
def marked() -> Iterator[None]:
    previous = i18n.current_translator()
    i18n.set_translator(lambda context, text: f"{context}«{text}»")
    try:
        yield
    finally:
        i18n.set_translator(previous)


def test_the_new_words_go_through_the_catalogue(marked: None) -> None:
    words = kinship(_family(), unplaced=False)
    for pid in ("sis-man", "w-dad", "w-ex", "step-girl", "son-wife"):
        assert words[pid].startswith("Pseudonym«") and words[pid].endswith("»"), words[pid]


# ----- connect_child ---------------------------------------------------------------------------
def _single_parent_twins() -> Genogram:
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", is_index=True, birth_year=1980))
    g = _run(g, E.add_child(g, "me", sex=Sex.MALE, child_id="eldest", birth_year=2005))
    g = _run(g, E.add_child(g, "me", sex=Sex.FEMALE, child_id="a", birth_year=2010))
    g = _run(g, E.add_child(g, "me", sex=Sex.MALE, child_id="b", birth_year=2010))
    g = _run(g, E.set_twins(g, ["a", "b"]))
    g = _run(g, E.add_partner(g, "me", sex=Sex.FEMALE, partner_id="mum", union_id="u"))
    return g


def test_a_child_of_one_parent_moves_below_the_couple_with_their_twin() -> None:
    g = _single_parent_twins()
    edit = E.connect_child(g, "a", "u")
    g2 = edit.apply(g)
    assert sorted(g2.parents_of("a")) == ["me", "mum"]
    assert sorted(g2.parents_of("b")) == ["me", "mum"]  # twins share their parents
    assert g2.parents_of("eldest") == ["me"]
    assert len(g2.child_links) == len(g.child_links)  # moved, not a second line
    (link,) = g2.links_of_child("eldest")
    assert link.birth_order == 0  # the siblings left behind close up
    assert edit.label == "Connect child"
    assert edit.describe(lambda p: p.id) == "Make a a child of me and mum"
    assert edit.inverse().apply(g2, check=False) == g


def test_refusals_each_say_why() -> None:
    g = _single_parent_twins()
    with pytest.raises(GenogramError, match="cannot be their own parent"):
        E.connect_child(g, "me", "me")
    with pytest.raises(GenogramError, match="descends from"):
        E.connect_child(g, "me", "eldest")
    with pytest.raises(GenogramError, match="already a child of"):
        E.connect_child(g, "eldest", "me")
    g = _run(g, E.add_person(g, sex=Sex.FEMALE, person_id="other", birth_year=1982))
    with pytest.raises(GenogramError, match="first make"):
        E.connect_child(g, "eldest", "other")
    # Another kind of line to another parent is no second pair of biological parents.
    g2 = E.connect_child(g, "eldest", "other", ChildKind.FOSTER).apply(g)
    assert sorted(g2.parents_of("eldest")) == ["me", "other"]
