"""Joining persons already on the map: couples and children a genogram cannot have.

QA joined a father and his son as a couple, and made the client's former wife the client's
daughter, from the editor's menu for two selected persons: both were accepted and drawn.
What biology rules out is refused; social relations of any shape are drawn as told: step,
half and adoptive siblings and relatives of different generations may be a couple, and
grandparents and elder siblings may take a child in (kinship care). Each refusal is one
sentence and leaves the map as it was.
"""

from __future__ import annotations

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import ChildKind, Genogram, GenogramError, Sex, UnionKind


def _run(g: Genogram, edit: E.Edit) -> Genogram:
    return edit.apply(g)


def _family() -> Genogram:
    """Jonas (the client) with his parents, a full, an adopted, a half and a stepsister, his
    former wife and their daughter, his sister's son and his partner Vera with her son."""
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, name="Jonas", person_id="me", is_index=True,
                             birth_year=1980))
    g = _run(g, E.add_parents(g, "me", father_name="Lars", mother_name="Karin",
                              ids=("dad", "mum", "u-par", "c-me")))
    g = _run(g, E.add_sibling(g, "me", sex=Sex.FEMALE, name="Sara", sibling_id="sis"))
    g = _run(g, E.add_child(g, "u-par", sex=Sex.FEMALE, name="Mira", child_id="adopted",
                            kind=ChildKind.ADOPTED))
    g = _run(g, E.add_partner(g, "dad", sex=Sex.FEMALE, name="Gun", kind=UnionKind.DIVORCED,
                              partner_id="dad-ex", union_id="u-dad-ex"))
    g = _run(g, E.add_child(g, "u-dad-ex", sex=Sex.FEMALE, name="Hanna", child_id="half"))
    g = _run(g, E.add_partner(g, "mum", sex=Sex.MALE, name="Per", partner_id="step"))
    g = _run(g, E.add_child(g, "step", sex=Sex.FEMALE, name="Stina", child_id="step-sis"))
    g = _run(g, E.add_partner(g, "me", sex=Sex.FEMALE, name="Eva", kind=UnionKind.DIVORCED,
                              partner_id="ex", union_id="u-ex"))
    g = _run(g, E.add_child(g, "u-ex", sex=Sex.FEMALE, name="Ella", child_id="girl"))
    g = _run(g, E.add_child(g, "sis", sex=Sex.MALE, name="Nils", child_id="nephew"))
    g = _run(g, E.add_partner(g, "me", sex=Sex.FEMALE, name="Vera", partner_id="vera",
                              union_id="u-now"))
    g = _run(g, E.add_child(g, "vera", sex=Sex.MALE, name="Viktor", child_id="stepson"))
    return g


def _refused(g: Genogram, make: E.Edit | object, sentence: str) -> None:
    """``make`` (a callable) is refused with exactly ``sentence``, and the map is unchanged."""
    before = g.to_dict()
    with pytest.raises(GenogramError) as info:
        make()  # type: ignore[operator]
    assert info.value.message == sentence
    assert g.to_dict() == before


# ----- couples -------------------------------------------------------------------------------
def test_a_parent_and_child_or_grandchild_cannot_be_a_couple() -> None:
    g = _family()
    _refused(g, lambda: E.add_union(g, "dad", "me"),
             "Lars and Jonas cannot be a couple: Jonas descends from Lars.")
    _refused(g, lambda: E.add_union(g, "girl", "mum", UnionKind.AFFAIR),
             "Ella and Karin cannot be a couple: Ella descends from Karin.")


def test_full_siblings_cannot_be_a_couple() -> None:
    g = _family()
    _refused(g, lambda: E.add_union(g, "me", "sis"),
             "Jonas and Sara cannot be a couple: they are full siblings.")


def test_step_half_and_adoptive_siblings_may_be_a_couple() -> None:
    g = _family()
    for other in ("step-sis", "half", "adopted"):
        g2 = E.add_union(g, "me", other, UnionKind.LIVING_TOGETHER).apply(g)
        assert other in g2.partners_of("me")


def test_relatives_by_marriage_or_of_other_generations_may_be_a_couple() -> None:
    """Only birth descent rules a couple out: the layout's rows do not. His stepson and his
    stepsister, or his nephew and him, are no one's birth line; the couple line then runs
    across the rows, and the map is still drawn (an earlier rule refused these)."""
    from kastdesk.genogram.layout import layout_genogram

    g = _family()
    for a, b in (("stepson", "step-sis"), ("me", "nephew")):
        g2 = E.add_union(g, a, b, UnionKind.LIVING_TOGETHER).apply(g)
        assert b in g2.partners_of(a)
        assert set(layout_genogram(g2).persons) == set(g2.persons)
    # A foster son and a daughter of the same house: social siblings, a couple later.
    g3 = E.connect_child(g, "nephew", "u-par", ChildKind.FOSTER).apply(g)
    assert "adopted" in E.add_union(g3, "nephew", "adopted").apply(g3).partners_of("nephew")


def test_a_person_from_another_piece_of_the_map_may_be_anyones_partner() -> None:
    """Persons not joined yet have no generations to compare: joining them puts them in
    one row (the nephew's partner drawn from the toolbar, then joined)."""
    g = _family()
    g = _run(g, E.add_person(g, sex=Sex.FEMALE, name="Lisa", person_id="lisa"))
    edit = E.add_union(g, "nephew", "lisa")
    g2, undo = E.run(g, edit)
    assert g2.partners_of("nephew") == ["lisa"]
    assert undo.apply(g2) == g


def test_a_refusal_names_persons_without_a_name_by_their_role() -> None:
    """Persons are named as the model's other refusals name them (the editor puts roles or
    initials in place of names in privacy mode): a blank name reads as the role."""
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", role="client", is_index=True))
    g = _run(g, E.add_parents(g, "me", ids=("dad", "mum", "u", "c")))
    g = _run(g, E.update_person(g, "dad", role="father"))
    _refused(g, lambda: E.add_union(g, "me", "dad"),
             "Client and father cannot be a couple: client descends from father.")


def test_a_refusal_that_starts_with_a_role_starts_with_a_capital() -> None:
    """QA 13: in privacy mode (and for a person with no name) the role began the sentence
    in lower case ("client and father cannot be a couple…", "client is already a child of
    father and mother."). Only the sentence's first letter: a role inside it stays as the
    map writes it, and a typed name is left exactly as typed (the editor looks for it)."""
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", role="client", is_index=True))
    g = _run(g, E.add_parents(g, "me", ids=("dad", "mum", "u", "c")))
    g = _run(g, E.update_person(g, "dad", role="father"))
    g = _run(g, E.update_person(g, "mum", role="mother"))
    _refused(g, lambda: E.connect_child(g, "me", "u"),
             "Client is already a child of father and mother.")
    _refused(g, lambda: E.connect_child(g, "dad", "me", "adopted"),
             "Father cannot be a child of client: client descends from father.")
    _refused(g, lambda: E.update_person(g, "dad", birth_year=1200),
             "1200 is too early for father: the map takes years from 1500 on.")
    named = _run(g, E.update_person(g, "dad", name="van Dijk"))
    _refused(named, lambda: E.connect_child(named, "dad", "me", "adopted"),
             "van Dijk cannot be a child of client: client descends from van Dijk.")


def test_the_couple_refusals_go_through_the_catalogue(marked: None) -> None:
    g = _family()
    for other in ("dad", "sis"):
        with pytest.raises(GenogramError) as info:
            E.add_union(g, "me", other)
        assert info.value.message.startswith("«") and info.value.message.endswith("»")


# ----- children ------------------------------------------------------------------------------
def test_a_person_cannot_be_made_a_birth_child_of_their_partner() -> None:
    g = _family()
    _refused(g, lambda: E.connect_child(g, "ex", "me"),
             "Eva cannot be a child of Jonas: they are a couple.")
    # Nor of a couple their partner is in.
    _refused(g, lambda: E.connect_child(g, "vera", "u-ex"),
             "Vera cannot be a child of Jonas: they are a couple.")


def test_a_person_cannot_be_put_below_their_partner_by_birth_any_other_way() -> None:
    g = _family()
    # Lars a birth child of Vera: his son Jonas, her partner, would come along below her.
    _refused(g, lambda: E.connect_child(g, "dad", "vera"),
             "Lars cannot be a child of Vera: Jonas would then descend from their partner "
             "Vera.")


def test_a_partner_may_be_taken_in_by_the_other_partners_family() -> None:
    """Adoptive and foster lines are social relations, drawn as told: his partner
    fostered by his stepson's household is odd but not impossible, and not for the map to
    refuse (only a birth line below a partner is)."""
    g = _family()
    for child, parent, kind in (("me", "stepson", ChildKind.FOSTER),
                                ("dad", "vera", ChildKind.ADOPTED),
                                ("ex", "me", ChildKind.FOSTER)):
        g2 = E.connect_child(g, child, parent, kind).apply(g)
        assert parent in g2.parents_of(child)


def test_a_person_cannot_be_made_a_full_sibling_of_their_partner() -> None:
    g = _family()
    _refused(g, lambda: E.connect_child(g, "vera", "u-par"),
             "Vera cannot be a child of Lars and Karin: Vera would then be a full sibling of "
             "their partner Jonas.")
    # Taken in by his parents, she is his adoptive sister: allowed, as above.
    g2 = E.connect_child(g, "vera", "u-par", ChildKind.ADOPTED).apply(g)
    assert sorted(g2.parents_of("vera")) == ["dad", "mum"]


def test_grandparents_may_take_in_a_grandchild() -> None:
    """Kinship care: the client's parents foster his daughter. She is two generations below
    them, and stays a biological child of Jonas and Eva."""
    g = _family()
    g2 = E.connect_child(g, "girl", "u-par", ChildKind.FOSTER).apply(g)
    assert sorted(g2.parents_of("girl")) == ["dad", "ex", "me", "mum"]


def test_the_child_refusals_go_through_the_catalogue(marked: None) -> None:
    g = _family()
    for make in (
        lambda: E.connect_child(g, "ex", "me"),
        lambda: E.connect_child(g, "dad", "vera"),
        lambda: E.connect_child(g, "vera", "u-par"),
    ):
        with pytest.raises(GenogramError) as info:
            make()
        assert info.value.message.startswith("«") and info.value.message.endswith("»")
