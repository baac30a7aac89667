"""Sibship bars arch over another family's upright lines (layout ``hops``, ``bar_segments``).

Where two families' children share a stretch of a row, one bar is lifted above the other and
lines of one family pass through the other's bar. Drawn straight, such a crossing reads as a
junction: the miscarriage of the mother's mother, standing beyond the father's partners,
would seem to hang from the father's family. The bar arches over the line instead.
"""

from __future__ import annotations

import itertools
import random

import pytest

from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.layout import (
    HOP_RADIUS,
    Sibship,
    bar_segments,
    hop_segments,
    layout_genogram,
)
from kastdesk.genogram.model import ChildLink, Genogram, Person, PersonKind, Sex, Union


def test_the_drop_of_a_sibling_drawn_among_another_family_arches_their_bar() -> None:
    g = make_demo_genogram(random.Random(3), "Client", "male")
    lay = layout_genogram(g)
    [miscarriage] = [p.id for p in g.persons.values() if p.kind is PersonKind.MISCARRIAGE]
    [link] = [lk for lk in g.child_links.values() if lk.child_id == miscarriage]
    drop = lay.children[link.id]
    x = drop.points[0][0]
    own = lay.sibships[drop.anchor_id]
    others = [s for a, s in lay.sibships.items() if a != drop.anchor_id and s.x1 < x < s.x2]
    assert others, "the miscarriage stands among another family's children"
    for bar in others:
        if drop.points[0][1] < bar.bar_y < drop.points[-1][1]:
            assert x in bar.hops
    assert x not in own.hops  # its own bar joins it


def test_families_side_by_side_have_no_arches() -> None:
    """Grandparents, their three children, and the grandchildren of the married one."""
    persons = [
        Person(p, Sex.MALE if p[0] in "ams" else Sex.FEMALE)
        for p in ("a", "b", "s1", "f2", "s3", "w", "m1", "f1")
    ]
    unions = [Union("u0", ("a", "b")), Union("u1", ("s1", "w"))]
    links = [
        ChildLink(f"l{i}", k, union_id="u0", birth_order=i)
        for i, k in enumerate(("s1", "f2", "s3"))
    ]
    links += [
        ChildLink("l3", "m1", union_id="u1", birth_order=0),
        ChildLink("l4", "f1", union_id="u1", birth_order=1),
    ]
    lay = layout_genogram(Genogram.build(persons, unions, links))
    assert all(not sib.hops for sib in lay.sibships.values())


def test_a_bar_without_hops_is_one_straight_segment() -> None:
    sib = Sibship("u", (50.0, 0.0), 100.0, 0.0, 100.0)
    assert bar_segments(sib) == [((0.0, 100.0), (100.0, 100.0))]


def test_an_arch_rises_by_its_radius_and_the_bar_stays_unbroken() -> None:
    sib = Sibship("u", (50.0, 0.0), 100.0, 0.0, 100.0, (40.0,))
    segs = bar_segments(sib)
    for (_, end), (start, _) in itertools.pairwise(segs):
        assert end == pytest.approx(start)  # one connected line
    assert segs[0][0] == (0.0, 100.0) and segs[-1][1] == (100.0, 100.0)
    top = min(p[1] for seg in segs for p in seg)
    assert top == pytest.approx(100.0 - HOP_RADIUS)
    peak = [p for seg in segs for p in seg if p[1] == pytest.approx(top)]
    assert all(p[0] == pytest.approx(40.0) for p in peak)


@pytest.mark.parametrize("size", [100, 500])
def test_every_hop_is_a_line_of_another_family_through_the_bar(size: int) -> None:
    lay = layout_genogram(generate_family(seed=size, size=size))
    ups = [(s.anchor[0], s.anchor[1], s.bar_y, a) for a, s in lay.sibships.items()]
    ups += [
        (c.points[0][0], c.points[0][1], c.points[-1][1], c.anchor_id)
        for c in lay.children.values()
        if c.points[0][0] == c.points[-1][0]
    ]
    n = 0
    for aid, sib in lay.sibships.items():
        for h in sib.hops:
            n += 1
            assert any(
                x == h and fam != aid and top < sib.bar_y < bottom for x, top, bottom, fam in ups
            )
    assert n > 0


def _mother_with(partners: str, own_child: bool = True) -> Genogram:
    """A mother ("m") with partners left ("l") and/or right ("r") and her own child "c"."""
    persons = [Person("m", Sex.FEMALE)]
    unions = []
    for side in partners:
        persons.append(Person(side, Sex.MALE))
        unions.append(Union(f"u{side}", ("m", side) if side == "r" else (side, "m")))
    links = []
    if own_child:
        persons.append(Person("c", Sex.FEMALE))
        links.append(ChildLink("lc", "c", parent_id="m"))
    for side in partners:
        persons.append(Person(f"k{side}", Sex.MALE))
        links.append(ChildLink(f"l{side}", f"k{side}", union_id=f"u{side}"))
    return Genogram.build(persons, unions, links)


def test_a_single_parent_without_partners_has_the_line_from_the_middle() -> None:
    lay = layout_genogram(_mother_with(""))
    m = lay.persons["m"]
    assert lay.sibships["m"].anchor == (m.x, m.y + 20.0)


@pytest.mark.parametrize("partners", ["l", "r", "lr"])
def test_a_single_parents_own_child_does_not_hang_from_a_couple_line(partners: str) -> None:
    """The couple lines leave the middle of the mother's symbol; her own child's line leaves
    beside it (a free side where there is one), starting inside the filled symbol, and arches
    over a couple line it passes through; so the child never reads as a couple's."""
    lay = layout_genogram(_mother_with(partners))
    m = lay.persons["m"]
    ax, ay = lay.sibships["m"].anchor
    assert ax != m.x
    assert abs(ax - m.x) < 20.0 and m.y < ay < m.y + 20.0  # inside the symbol
    sides = {lay.persons[p].x > m.x for p in partners}
    if sides == {False}:
        assert ax > m.x  # the free side
    else:
        assert ax < m.x  # the free side, or left of the name when both sides are taken
    for line in lay.unions.values():
        crossed = line.x1 < ax < line.x2
        assert line.hops == ((ax,) if crossed else ())
        assert crossed == (sides == {False, True} and line.x1 < m.x)


def test_a_couple_line_arches_where_the_single_parents_line_passes() -> None:
    segs = hop_segments(0.0, 100.0, 50.0, (10.0,))
    assert segs[0] == ((0.0, 50.0), (10.0 - HOP_RADIUS, 50.0))
    assert segs[-1][1] == (100.0, 50.0)
    assert min(p[1] for seg in segs for p in seg) == pytest.approx(50.0 - HOP_RADIUS)
    assert hop_segments(0.0, 100.0, 50.0, ()) == [((0.0, 50.0), (100.0, 50.0))]


@pytest.mark.parametrize("partners", ["", "l", "r", "lr"])
def test_a_single_parents_only_child_below_hangs_from_a_straight_line(partners: str) -> None:
    """Her own only child stands below her: the line goes straight down from where it leaves
    her symbol into the child's (it came down with a jog of a quarter symbol to the child's
    middle, a step that looked like a mistake in the QA's map)."""
    g = _mother_with(partners)
    lay = layout_genogram(g)
    (link,) = [lk for lk in g.child_links.values() if lk.child_id == "c"]
    (x0, _y0), (x1, _y1) = lay.children[link.id].points
    ax = lay.sibships["m"].anchor[0]
    c = lay.persons["c"]
    assert x0 == x1 == ax
    assert abs(x1 - c.x) < lay.options.symbol_size / 2  # inside the child's symbol
    sib = lay.sibships["m"]
    assert sib.x1 == sib.x2 == ax  # no bar: nothing runs sideways
