"""Model validation, serialisation and undoable edits of the genogram."""

from __future__ import annotations

import json

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram import model
from kastdesk.genogram.model import (
    ChildKind,
    ChildLink,
    Genogram,
    GenogramError,
    Marker,
    Person,
    PersonKind,
    Sex,
    Union,
)


def family() -> Genogram:
    """Father f, mother m (couple u), children a and b."""
    return Genogram.build(
        [
            Person("f", Sex.MALE, "Olof"),
            Person("m", Sex.FEMALE, "Karin"),
            Person("a", Sex.FEMALE, "Agnes", birth_year=1980, is_index=True),
            Person("b", Sex.MALE, "Bo", birth_year=1981),
        ],
        [Union("u", ("f", "m"))],
        [
            ChildLink("c1", "a", union_id="u", birth_order=0),
            ChildLink("c2", "b", union_id="u", birth_order=1),
        ],
    )


def test_dict_round_trip_through_json() -> None:
    g = family()
    assert Genogram.from_dict(json.loads(json.dumps(g.to_dict()))) == g


def test_from_dict_refuses_newer_format() -> None:
    data = family().to_dict() | {"version": 99}
    with pytest.raises(GenogramError, match="newer"):
        Genogram.from_dict(data)


def test_from_dict_refuses_garbage() -> None:
    with pytest.raises(GenogramError):
        Genogram.from_dict({"format": "kastdesk.genogram", "version": 1, "persons": [{"x": 1}]})


def test_person_cannot_be_own_ancestor() -> None:
    g = family()
    with pytest.raises(GenogramError, match="own ancestor"):
        E.link_child(g, "a", "f", "adopted")


def test_child_of_own_union_refused() -> None:
    with pytest.raises(GenogramError, match="own couple"):
        E.link_child(family(), "u", "f", "adopted")


def test_union_with_oneself_refused() -> None:
    with pytest.raises(GenogramError, match="themselves"):
        E.add_union(family(), "a", "a")


def test_two_index_persons_refused() -> None:
    with pytest.raises(GenogramError, match="index person"):
        E.update_person(family(), "b", is_index=True)


def test_dangling_id_refused() -> None:
    with pytest.raises(GenogramError, match="does not exist"):
        Genogram.build([Person("a")], [Union("u", ("a", "zz"))])


def test_error_message_is_a_sentence() -> None:
    with pytest.raises(GenogramError) as info:
        E.add_union(family(), "a", "a")
    assert info.value.message.endswith(".")


@pytest.mark.parametrize(
    "make",
    [
        lambda g: E.add_person(g, sex="male", name="Nils"),
        lambda g: E.add_child(g, "u", name="Cia"),
        lambda g: E.set_position(g, "a", 10, 20),
        lambda g: E.delete_person(g, "f"),
        lambda g: E.set_index_person(g, "b"),
        lambda g: E.mark_deceased(g, "f", 2010),
        lambda g: E.add_marker(g, "f", "substance_abuse"),
        # Agnes and Bo are full siblings (refused as a couple): a couple is undone in
        # test_joining_refusals.py, with a partner from outside the family.
        lambda g: E.update_union(g, "u", kind="engaged"),
        lambda g: E.add_relationship(g, "f", "a", "physical_abuse"),
        lambda g: E.add_parents(g, "f"),
        lambda g: E.add_sibling(g, "a", name="Dan"),
        lambda g: E.add_partner(g, "b", name="Ella"),
        lambda g: E.set_twins(g, ["a", "b"], identical=False),
    ],
)
def test_inverse_restores_exactly(make) -> None:  # type: ignore[no-untyped-def]
    g = family()
    edit = make(g)
    g2, undo = E.run(g, edit)
    assert g2 != g
    assert undo.apply(g2) == g


def test_edits_carry_readable_labels() -> None:
    g = family()
    assert E.delete_person(g, "f").label == "Delete person"
    assert E.add_child(g, "u").label == "Add child"
    assert E.add_pregnancy(g, "u", PersonKind.MISCARRIAGE).label == "Add miscarriage"
    assert E.add_pregnancy(g, "u").label == "Add pregnancy"
    assert E.tidy_up(E.set_position(g, "a", 1, 2).apply(g)).label == "Tidy up"


def test_delete_person_removes_links_and_keeps_children_with_other_parent() -> None:
    g = E.delete_person(family(), "f").apply(family())
    assert "u" not in g.unions
    assert {lk.parent_id for lk in g.child_links.values()} == {"m"}


def test_set_index_person_moves_the_mark() -> None:
    g = E.set_index_person(family(), "b").apply(family())
    assert g.index_person is not None and g.index_person.id == "b"
    assert not g.persons["a"].is_index


def test_tidy_up_clears_manual_positions() -> None:
    g = E.set_position(family(), "a", 5, 5).apply(family())
    g = E.tidy_up(g).apply(g)
    assert all(p.position is None for p in g.persons.values())


def test_add_sibling_creates_parents_when_missing() -> None:
    g = Genogram.build([Person("x", Sex.MALE)])
    edit = E.add_sibling(g, "x", sibling_id="y")
    g2 = edit.apply(g)
    assert g2.parents_of("x") == g2.parents_of("y") and len(g2.parents_of("y")) == 2


def test_add_child_is_youngest_by_default() -> None:
    g = family()
    g2 = E.add_child(g, "u", child_id="z", link_id="cz").apply(g)
    assert [lk.child_id for lk in g2.children_of_anchor("u")] == ["a", "b", "z"]


def test_edit_refuses_a_different_genogram() -> None:
    edit = E.mark_deceased(family(), "f")
    other = E.update_person(family(), "f", name="Changed").apply(family())
    with pytest.raises(GenogramError, match="changed"):
        edit.apply(other)


def test_free_text_marker_goes_to_labels() -> None:
    g = E.add_marker(family(), "a", "gambling").apply(family())
    assert g.persons["a"].labels == ("gambling",)


def test_update_person_stores_the_models_own_types() -> None:
    """A form or a Qt signal hands over plain strings and lists; stored as they came, the
    next redraw failed on ``p.sex.value``."""
    g = Genogram.build([Person("a")])
    g = E.update_person(
        g, "a", sex="female", kind="stillbirth", markers=["trauma"], labels=["debt"]
    ).apply(g)
    p = g.persons["a"]
    assert p.sex is Sex.FEMALE and p.kind is PersonKind.STILLBIRTH
    assert p.markers == (Marker.TRAUMA,) and p.labels == ("debt",)
    with pytest.raises(ValueError):
        E.update_person(g, "a", sex="bogus")


def _three_children() -> Genogram:
    g = family()
    return E.add_child(g, "u", child_id="c").apply(g)


def _sisters_and_a_child() -> Genogram:
    """Agnes (1980) and her sister Bo (1981), who can be identical twins, and a child c."""
    g = _three_children()
    return E.update_person(g, "b", sex=Sex.FEMALE).apply(g)


def test_a_third_twin_joins_the_group_as_triplets() -> None:
    """Making a third sibling the twin of one twin gave the pair a new group and left the
    other twin alone, still marked identical."""
    g = _sisters_and_a_child()
    g = E.set_twins(g, ["a", "b"], identical=True).apply(g)
    g = E.set_twins(g, ["c", "a"], identical=None).apply(g)
    links = [g.links_of_child(p)[0] for p in ("a", "b", "c")]
    assert len({lk.twin_group for lk in links}) == 1 and links[0].twin_group is not None
    assert all(lk.identical for lk in links)  # None keeps the group's "identical"
    assert len({lk.birth_order for lk in links}) == 1


def test_a_twin_can_be_unmarked_and_a_lone_twin_is_none() -> None:
    g = _sisters_and_a_child()
    g = E.set_twins(g, ["a", "b"], identical=True).apply(g)
    edit = E.unset_twin(g, "a")
    after = edit.apply(g)
    for p in ("a", "b"):
        lk = after.links_of_child(p)[0]
        assert lk.twin_group is None and not lk.identical
    assert edit.inverse().apply(after) == g
    with pytest.raises(GenogramError, match="not marked as a twin"):
        E.unset_twin(after, "a")
    triplets = E.set_twins(g, ["c", "a"], identical=None).apply(g)
    after = E.unset_twin(triplets, "c").apply(triplets)
    assert after.links_of_child("a")[0].twin_group == after.links_of_child("b")[0].twin_group
    assert after.links_of_child("a")[0].twin_group is not None


def _four_children() -> Genogram:
    g = _three_children()
    return E.add_child(g, "u", child_id="d").apply(g)


def _order(g: Genogram) -> list[tuple[str, int | None]]:
    return [(lk.child_id, lk.birth_order) for lk in g.children_of_anchor("u")]


def test_a_typed_birth_year_puts_the_child_in_their_place() -> None:
    """Siblings are often added before their years are known: a year typed later that
    contradicts the child's place moves them, and the others close up."""
    g = _four_children()
    for cid, year in (("a", 1990), ("b", 1992), ("c", 1994)):
        g = E.update_person(g, cid, birth_year=year).apply(g)
    assert _order(g) == [("a", 0), ("b", 1), ("c", 2), ("d", 3)]
    edit = E.update_person(g, "d", birth_year=1980)
    after = edit.apply(g)
    assert _order(after) == [("d", 0), ("a", 1), ("b", 2), ("c", 3)]
    assert edit.inverse().apply(after) == g  # one undo step puts everyone back
    # A year that fits the child's place moves nobody, nor does a sibling without a year.
    after = E.update_person(after, "b", birth_year=1991).apply(after)
    assert _order(after) == [("d", 0), ("a", 1), ("b", 2), ("c", 3)]
    g = E.update_person(g, "b", birth_year=1995).apply(g)
    assert _order(g) == [("a", 0), ("c", 1), ("b", 2), ("d", 3)]


def test_a_birth_order_set_by_hand_moves_the_others_along() -> None:
    g = _four_children()
    link = g.links_of_child("d")[0]
    after = E.update_child_link(g, link.id, birth_order=0).apply(g)
    assert _order(after) == [("d", 0), ("a", 1), ("b", 2), ("c", 3)]
    after = E.update_child_link(g, g.links_of_child("a")[0].id, birth_order=9).apply(g)
    assert _order(after) == [("b", 0), ("c", 1), ("d", 2), ("a", 3)]
    unknown = E.update_child_link(g, link.id, birth_order=None).apply(g)
    assert _order(unknown) == [("a", 0), ("b", 1), ("c", 2), ("d", None)]


def test_a_place_after_the_last_puts_the_child_last_and_the_edit_says_so() -> None:
    """The edit carries the sentence: the editor worked it out itself, comparing the place
    asked with the place taken, with the model's private ``_who`` for the name."""
    g = E.update_person(_four_children(), "a", name="Ada").apply(_four_children())
    a = g.links_of_child("a")[0].id
    edit = E.update_child_link(g, a, birth_order=8)
    assert edit.notice == (
        "Ada cannot be number 9 among the siblings: there are 4 places (twins share one), "
        "and the last, 4, was kept.")
    assert not edit.inverse().notice  # the Undo gives way to nothing
    assert E.update_child_link(g, a, birth_order=3).notice == ""  # the last place is one
    last = edit.apply(g)
    again = E.update_child_link(last, a, birth_order=5)
    assert not again.changes and again.notice.startswith("Ada cannot be number 6")
    twins = E.set_twins(last, ["b", "c"]).apply(last)
    assert "there are 3 places" in E.update_child_link(twins, a, birth_order=3).notice


def test_twins_share_a_place_and_give_it_back() -> None:
    """Making the youngest the twin of the eldest left a gap (0, 1, 2, 0); unmaking them left
    two siblings with one number."""
    g = _four_children()
    edit = E.set_twins(g, ["d", "a"])
    assert edit.label == "Mark twins"
    twins = edit.apply(g)
    assert E.set_twins(twins, ["d", "a"], identical=True).label == "Mark twins identical"
    assert dict(_order(twins)) == {"a": 0, "d": 0, "b": 1, "c": 2}
    single = E.unset_twin(twins, "d").apply(twins)
    assert dict(_order(single)) == {"a": 0, "d": 1, "b": 2, "c": 3}
    assert all(lk.twin_group is None for lk in single.child_links.values())


def test_a_child_lines_kind_never_moves_the_child_and_no_hole_stays_in_the_count() -> None:
    """Changing a child line to foster moved the child after a younger sibling once the
    numbers had a hole (a sibling deleted, an order set to "not known")."""
    g = _four_children()
    g = E.delete_person(g, "b").apply(g)
    assert _order(g) == [("a", 0), ("c", 1), ("d", 2)]  # deleting closes the count
    link = g.links_of_child("c")[0]
    after = E.update_child_link(g, link.id, kind=ChildKind.FOSTER).apply(g)
    assert _order(after) == [("a", 0), ("c", 1), ("d", 2)]
    unknown = E.update_child_link(g, g.links_of_child("a")[0].id, birth_order=None).apply(g)
    assert _order(unknown) == [("c", 0), ("d", 1), ("a", None)]


# ----- impossible years ---------------------------------------------------------------------
def _dated() -> Genogram:
    """Olof (1950) and Karin (1952), married from 1975, with Agnes (1980) and Bo (1981)."""
    g = family()
    for pid, year in (("f", 1950), ("m", 1952)):
        g = E.update_person(g, pid, birth_year=year).apply(g)
    return E.update_union(g, "u", start_year=1975).apply(g)


@pytest.fixture
def in_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock says 2026."""
    monkeypatch.setattr(model, "this_year", lambda: 2026)


@pytest.mark.parametrize("kind", list(ChildKind))
def test_a_child_born_before_a_parent_is_refused_whatever_the_kind(kind: ChildKind) -> None:
    """A son born 1970 to a father born 1981 was drawn without a word; an adoptive or foster
    parent may be young, but not younger than the child."""
    g = _dated()
    with pytest.raises(GenogramError) as info:
        E.update_person(g, "a", birth_year=1949)
    assert info.value.message == (
        "Agnes cannot be born in 1949, before their parent Olof (born 1950)."
    )
    with pytest.raises(GenogramError, match="Olof"):
        E.update_person(g, "f", birth_year=1981)  # the parent's year typed after the child's
    g = E.add_person(g, name="Nils", person_id="n", birth_year=1940).apply(g)
    with pytest.raises(GenogramError, match="Nils cannot be born in 1940, before their parent"):
        E.link_child(g, "f", "n", kind)
    with pytest.raises(GenogramError, match="Nils cannot be born in 1940, before their parent"):
        E.link_child(g, "u", "n", kind)
    # The same year is not refused, nor a young adoptive parent, nor a year not known.
    assert E.update_person(g, "a", birth_year=1952).apply(g).persons["a"].birth_year == 1952
    young = E.add_person(g, name="Ella", person_id="e", birth_year=1955).apply(g)
    E.link_child(young, "n", "e", kind).apply(young)
    unknown = E.update_person(g, "m", birth_year=None).apply(g)
    E.update_person(unknown, "a", birth_year=1951).apply(unknown)


def test_a_year_before_the_minimum_is_refused() -> None:
    """Birth year 0 was drawn as an age of 2026 inside the symbol."""
    g = _dated()
    for pid, change in (("b", {"birth_year": 0}), ("b", {"birth_year": 198}),
                        ("m", {"birth_year": None, "death_year": 1066})):
        with pytest.raises(GenogramError, match=r"too early for (Bo|Karin): the map takes years"):
            E.update_person(g, pid, **change)
    with pytest.raises(GenogramError, match="too early for Olof and Karin"):
        E.update_union(g, "u", start_year=19)
    with pytest.raises(GenogramError, match="too late for Olof and Karin"):
        E.update_union(g, "u", end_year=model.YEAR_MAX + 1)
    old = E.update_person(g, "f", birth_year=model.YEAR_MIN).apply(g)
    assert old.persons["f"].birth_year == model.YEAR_MIN


@pytest.mark.usefixtures("in_2026")
def test_a_birth_or_death_after_this_year_is_refused() -> None:
    """A son born 2031 and a woman alive today with an X for 2030 were drawn."""
    g = _dated()
    with pytest.raises(GenogramError) as info:
        E.update_person(g, "b", birth_year=2027)
    assert info.value.message == "Bo cannot be born in 2027: that year has not come yet."
    with pytest.raises(GenogramError, match="Karin cannot have died in 2030"):
        E.update_person(g, "m", death_year=2030)
    with pytest.raises(GenogramError, match="Karin cannot have died in 2030"):
        E.mark_deceased(g, "m", 2030)
    g = E.mark_deceased(g, "m", 2026).apply(g)
    g = E.update_person(g, "b", birth_year=2026).apply(g)
    # A pregnancy's birth is expected, next year at the latest.
    g = E.add_pregnancy(g, "u", birth_year=2027, child_id="baby").apply(g)
    with pytest.raises(GenogramError, match="expected birth can be next year at the latest"):
        E.update_person(g, "baby", birth_year=2028)
    # Born, it cannot keep a year still to come.
    with pytest.raises(GenogramError, match="has not come yet"):
        E.update_person(g, "baby", kind=PersonKind.PERSON)


def test_a_couple_cannot_begin_before_a_partner_was_born() -> None:
    """A marriage from 1960 with a husband born 1981 was drawn."""
    g = _dated()
    with pytest.raises(GenogramError) as info:
        E.update_union(g, "u", start_year=1951)
    assert info.value.message == (
        "Olof and Karin cannot be a couple in 1951: Karin was born in 1952."
    )
    with pytest.raises(GenogramError, match="Olof and Karin cannot be a couple in 1949"):
        E.update_union(g, "u", start_year=None, end_year=1949)  # an end with no start
    with pytest.raises(GenogramError, match="Olof was born in 1976"):
        E.update_person(g, "f", birth_year=1976)
    g = E.add_person(g, name="Ella", person_id="e", birth_year=1990).apply(g)
    with pytest.raises(GenogramError, match="Bo and Ella cannot be a couple in 1985: Ella"):
        E.add_union(g, "b", "e", start_year=1985)
    E.add_union(g, "b", "e", start_year=2010).apply(g)


def test_a_map_built_whole_is_checked_for_years_too() -> None:
    g = family()
    with pytest.raises(GenogramError, match="Sven cannot be born in 1970, before their parent"):
        Genogram.build(
            [*g.persons.values(), Person("x", Sex.MALE, "Sven", birth_year=1970)],
            g.unions.values(),
            [*g.child_links.values(), ChildLink("c9", "x", parent_id="a")],
        )


def test_a_year_already_wrong_in_a_saved_map_opens_and_blocks_no_other_edit() -> None:
    """Maps saved before years were checked may hold a son born before his father: they
    open, other edits go on, mending is taken and its Undo puts the map back as it was; a
    new wrong year is still refused."""
    g = _dated()
    data = g.to_dict()
    for person in data["persons"]:
        if person["id"] == "b":
            person["birth_year"] = 1940
    saved = Genogram.from_dict(data)
    assert saved.persons["b"].birth_year == 1940
    marked, _undo = E.run(saved, E.add_marker(saved, "f", "trauma"))
    with pytest.raises(GenogramError, match="Agnes cannot be born in 1930"):
        E.update_person(marked, "a", birth_year=1930)
    with pytest.raises(GenogramError, match="Bo cannot be born in 1941"):
        E.update_person(marked, "b", birth_year=1941)  # still wrong, and newly typed
    mended, undo = E.run(marked, E.update_person(marked, "b", birth_year=1981))
    assert undo.apply(mended) == marked
    assert undo.inverse().apply(marked) == mended  # and Redo


def test_a_couple_line_with_children_is_not_deleted() -> None:
    """Deleting the couple line cut the children off from both parents without a word
    (deleting a parent keeps them with the other): it is refused, and says what to do."""
    g = family()
    with pytest.raises(GenogramError) as info:
        E.delete_union(g, "u")
    assert info.value.message == (
        "Olof and Karin have children together, and their couple line joins them to both; "
        "change the couple's kind (for example to separated or divorced) instead of "
        "deleting it."
    )
    divorced = E.update_union(g, "u", kind="divorced").apply(g)
    assert divorced.parents_of("a") == ["f", "m"]
    # A couple without children goes as before, and Undo brings it back.
    g = E.add_partner(g, "b", name="Ella", kind="engaged", union_id="u2").apply(g)
    edit = E.delete_union(g, "u2")
    after = edit.apply(g)
    assert "u2" not in after.unions and after.parents_of("a") == ["f", "m"]
    assert edit.inverse().apply(after) == g
