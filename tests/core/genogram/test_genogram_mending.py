"""The birth-order mending pass (layout.py, ``_mend_birth_order``) on rows placed by hand.

The blocks of the tree layout can leave a loose younger sibling on the wrong side of an elder
one (the 20-person bench family did); the pass moves such siblings to their side when that
costs at most CROSSINGS_PER_BREACH crossings per mended breach. These tests give it rows
with a sibling out of place and check what it does: the sibling moves, the family stays
centred, nothing overlaps, and what the therapist placed by hand never moves.
"""

from __future__ import annotations

import itertools
import random

import pytest

from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.layout import (
    _CHAIN_CROSSINGS_PER_BREACH,
    _CUT_SIDE_CROSSINGS_PER_BREACH,
    _HUGE_JUMP_CROSSINGS_PER_BREACH,
    CROSSINGS_PER_BREACH,
    MEND_AT_MOST,
    LayoutOptions,
    PersonBox,
    _Back,
    _fit_rounds,
    _fit_terms,
    _FitConstraints,
    _free_at,
    _free_span,
    _free_span_spliced,
    _hang_under_apart,
    _kids_out,
    _Limit,
    _mend_birth_order,
    _Mender,
    _pieces_out,
    _place_all,
    _Pull,
    _pulled_back,
    _Sep,
    _side_past_edge,
    _Slot,
    _Term,
    layout_genogram,
)
from kastdesk.genogram.metrics import count_crossings, rule_breaches
from kastdesk.genogram.model import ChildKind, ChildLink, Genogram, Person, Sex, Union

OPTS = LayoutOptions()
S = OPTS.symbol_size
ROW = OPTS.row_height


def _family() -> Genogram:
    """Parents a1 + a2; children e, m (married to f, who came from elsewhere) and y, in order."""
    persons = [
        Person("a1", Sex.MALE),
        Person("a2", Sex.FEMALE),
        Person("e", Sex.FEMALE),
        Person("m", Sex.FEMALE),
        Person("f", Sex.MALE),
        Person("y", Sex.MALE),
    ]
    unions = [Union("ua", ("a1", "a2")), Union("um", ("m", "f"))]
    links = [
        ChildLink("l0", "e", union_id="ua", birth_order=0),
        ChildLink("l1", "m", union_id="ua", birth_order=1),
        ChildLink("l2", "y", union_id="ua", birth_order=2),
    ]
    return Genogram.build(persons, unions, links)


def _boxes(y_at: float, manual: set[str] = frozenset()) -> dict[str, PersonBox]:  # type: ignore[assignment]
    """The youngest, y, stands at ``y_at``: left of the eldest is out of birth order."""
    xs = {"a1": 135.0, "a2": 225.0, "e": 90.0, "m": 180.0, "f": 270.0, "y": y_at}
    return {
        p: PersonBox(
            p, x, 0.0 if p in ("a1", "a2") else ROW, 0 if p in ("a1", "a2") else 1, p in manual
        )
        for p, x in xs.items()
    }


def _coords(boxes: dict[str, PersonBox]) -> dict[str, tuple[float, float]]:
    return {p: (b.x, b.y) for p, b in boxes.items()}


def test_a_loose_younger_sibling_moves_to_the_right_of_the_married_one() -> None:
    g = _family()
    before = _boxes(0.0)
    assert rule_breaches(g, _coords(before), S).birth_order == 1  # y stands before m
    after = _mend_birth_order(g, before, OPTS)
    c = _coords(after)
    assert c["e"][0] < c["m"][0] < c["f"][0] < c["y"][0]  # beyond m's partner: no couple split
    assert rule_breaches(g, c, S).total == 0
    assert count_crossings(g, c) == 0
    # Rows never change, and neighbours keep their distance.
    row = sorted(x for x, y in c.values() if y == ROW)
    assert all(b - a >= OPTS.neighbour_gap - 1e-9 for a, b in itertools.pairwise(row))


def test_a_family_in_order_is_left_as_it_is() -> None:
    boxes = _boxes(360.0)
    # The parents over the middle of their children: nothing to mend.
    boxes = {p: b._replace(x=b.x + 45) if p in ("a1", "a2") else b for p, b in boxes.items()}
    assert _mend_birth_order(_family(), boxes, OPTS) is boxes


def test_a_sibling_placed_by_hand_is_never_moved() -> None:
    boxes = _boxes(0.0, manual={"y"})
    after = _mend_birth_order(_family(), boxes, OPTS)
    assert after["y"] == boxes["y"]


@pytest.mark.parametrize("pinned", ["e", "m", "f", "a1", "a2"])
def test_persons_placed_by_hand_never_move_while_others_are_mended(pinned: str) -> None:
    boxes = _boxes(0.0, manual={pinned})
    after = _mend_birth_order(_family(), boxes, OPTS)
    assert after[pinned] == boxes[pinned]


@pytest.mark.parametrize("seed", range(30, 60))
def test_mending_never_breaks_the_hard_rules(seed: int) -> None:
    """No overlap and no person off their row, on many generated families."""
    g = generate_family(seed=seed, size=60 + 7 * seed)
    b = rule_breaches(g, layout_genogram(g).coordinates(), S)
    assert (b.overlap, b.rows) == (0, 0)


def test_the_bench_family_of_20_draws_the_youngest_sibling_after_the_middle_one() -> None:
    """The case that motivated the pass: p9 stood left of their elder sister p8."""
    g = generate_family(seed=20, size=20)
    c = layout_genogram(g).coordinates()
    assert c["p7"][0] < c["p8"][0] < c["p9"][0]


def test_big_families_have_their_siblings_moved_but_far_off_families_left() -> None:
    """Recentring every family costs the square of the size: above MEND_AT_MOST persons the
    loose siblings out of birth order move (the 500-person bench family had 5 such breaches, 3
    now), and only families off-centre by at most two gaps are recentred by pushing (none at
    500: its off-centre families stand 270 to 12,900 units off). Further off, only a family
    whose parents have nobody else is recentred, by moving them over their neighbours (see
    below; at 500 persons p60 was one until session 22, when the blocks drew her under her
    parents). One of the siblings moved passes a chain of couples, at a budget of its own
    (p9, see below)."""
    g = generate_family(seed=500, size=500)
    assert len(g.persons) > MEND_AT_MOST
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    b0 = rule_breaches(g, _coords(before), S)
    b1 = rule_breaches(g, _coords(after), S)
    assert b1.birth_order < b0.birth_order
    assert b1.not_centred <= b0.not_centred
    chain = _CHAIN_CROSSINGS_PER_BREACH - CROSSINGS_PER_BREACH
    assert (
        count_crossings(g, _coords(after)) - count_crossings(g, _coords(before))
        <= 2 * (b0.total - b1.total) + chain
    )


def test_a_younger_sibling_of_a_partner_in_a_chain_stands_inside_a_couple_apart() -> None:
    """The 2,000-person bench family's hub: p8, the middle child of p3 and p4, has partners
    p17 and the hub p5 (731,000 off): a chain of couples in one row. Her younger brother p9
    stood left of her. Her couple line to p5 already has others inside it: a sibling set in
    there breaks no rule that is not broken already, so p9 stands just past her near partner
    p17, inside that line, rather than beyond the whole chain. The eldest p7 is stretched
    outward so the sibship stays under p3 and p4, and no couple stands apart that did not.
    (First seen at 500 persons, where p8 and p5's chains now stand in one block and p9 in
    birth order from the start, :meth:`_joint_chains`.)"""
    g = generate_family(seed=2000, size=2000)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    c0, c1 = _coords(before), _coords(after)
    assert c0["p9"][0] < c0["p8"][0]
    assert max(c1[p][0] for p in ("p8", "p17")) < c1["p9"][0] < c1["p5"][0]
    between = [p for p, (x, y) in c0.items() if y == c0["p8"][1] and c0["p8"][0] < x < c0["p5"][0]]
    assert any(p not in ("p17", "p27") for p in between)  # apart before the pass
    mid = (c1["p3"][0] + c1["p4"][0]) / 2
    assert abs((c1["p7"][0] + c1["p9"][0]) / 2 - mid) <= S
    b0, b1 = rule_breaches(g, c0, S), rule_breaches(g, c1, S)
    assert b1.birth_order < b0.birth_order
    assert b1.partners_apart <= b0.partners_apart


def test_big_families_have_the_families_near_their_middle_recentred() -> None:
    """The 2,000-person bench family: 4 families off-centre by at most two gaps, one of them
    (u406) mended by recentring, at no crossing. (It mended u272 as well until two couples'
    birth families were built around the couples (``_families_around_couple``), which moved
    that part of the layout and left the pass no move for u272; the layout has one
    off-centre family fewer in all, 22 -> 21.)"""
    g = generate_family(seed=2000, size=2000)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    b0 = rule_breaches(g, _coords(before), S)
    b1 = rule_breaches(g, _coords(after), S)
    assert b1.not_centred <= b0.not_centred - 1
    # Recentring costs no crossing; a birth order mended by moving free parents may cost up
    # to _HUGE_JUMP_CROSSINGS_PER_BREACH in a family this size (p1756 beyond p106's partners,
    # +2; p147 and p275, +10 and +5), and u27's parents' side moved past the branch between
    # (:meth:`_Mender.side_cut_past`) up to _CUT_SIDE_CROSSINGS_PER_BREACH (+96).
    mended = b0.birth_order - b1.birth_order
    assert count_crossings(g, _coords(after)) <= count_crossings(
        g, _coords(before)
    ) + _HUGE_JUMP_CROSSINGS_PER_BREACH * max(mended, 0) + _CUT_SIDE_CROSSINGS_PER_BREACH


def test_free_parents_move_over_a_younger_sibling_sent_beyond_a_partners_partners() -> None:
    """The 500-person bench family: p478, the younger sibling of p134, stood left of him;
    right of p134 stand his wife p135 and her other partners, so the only gaps in birth order
    are beyond them, 4,300 units out, and recentring the sibship by pushing the parents there
    pushed every family between and never settled. The parents p476 and p477 have no parents,
    no other partner and no other children: they move past their neighbours in their row to
    the gap over the sibship's new middle instead (+3 crossings for the breach)."""
    g = generate_family(seed=500, size=500)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    c0, c1 = _coords(before), _coords(after)
    assert c0["p478"][0] < c0["p134"][0]
    assert c1["p134"][0] < c1["p135"][0] < c1["p478"][0]
    mid = (c1["p476"][0] + c1["p477"][0]) / 2
    assert abs((c1["p134"][0] + c1["p478"][0]) / 2 - mid) <= S
    assert c1["p476"][0] > c0["p496"][0]  # past their row's neighbours p495 and p496
    assert rule_breaches(g, c1, S).birth_order < rule_breaches(g, c0, S).birth_order
    # + the pass's other moves, p9's past a chain of couples among them (see below): the
    # bound of the test above (until session 22 3 + 2 + 11; since the central couple's
    # children straddle the chain p9's line crosses theirs too, 15 for him in the gap)
    b0, b1 = rule_breaches(g, c0, S), rule_breaches(g, c1, S)
    chain = _CHAIN_CROSSINGS_PER_BREACH - CROSSINGS_PER_BREACH
    assert count_crossings(g, c1) <= count_crossings(g, c0) + 2 * (b0.total - b1.total) + chain


def test_the_mothers_free_parents_follow_her_younger_brother_beyond_the_father() -> None:
    """Family 41 of 40 persons: the mother p8 (a middle child, married to p5 who has two more
    partners) had her younger brother p9 on her left. Beyond p5's partners he stands in birth
    order, but recentring the sibship p7..p9 by pushing pushed the families between and
    did not settle. Her parents p3 p4 have nobody else: they move past their neighbours to
    stand over the sibship's new middle, for at most one crossing (p29 p30's parents p27 p28
    likewise: two breaches, two crossings)."""
    g = generate_family(seed=41, size=40)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    c0, c1 = _coords(before), _coords(after)
    assert c1["p7"][0] < c1["p8"][0] < c1["p5"][0] < c1["p9"][0]
    mid = (c1["p3"][0] + c1["p4"][0]) / 2
    assert abs((c1["p7"][0] + c1["p9"][0]) / 2 - mid) <= S
    assert rule_breaches(g, c1, S).total == 0 < rule_breaches(g, c0, S).total
    b0 = rule_breaches(g, c0, S).total
    assert count_crossings(g, c1) <= count_crossings(g, c0) + b0


def test_an_only_child_far_off_centre_gets_her_free_parents_moved_over_her() -> None:
    """A generated family of 1,200 persons (seed 3): p62, the only child of p162 and p163,
    stands 900 units from her parents' middle: further than the pass recentres by pushing in
    a big family. Her parents have nobody else in the layout, so they move past their
    neighbours to the gap over her, and she stays. (Until session 22 this was p60 of the
    500-person bench family, 990 off; the blocks now draw her under her parents.)"""
    g = generate_family(seed=3, size=1200)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    c0, c1 = _coords(before), _coords(after)
    assert abs(c0["p62"][0] - (c0["p162"][0] + c0["p163"][0]) / 2) > 800
    assert abs(c1["p62"][0] - (c1["p162"][0] + c1["p163"][0]) / 2) <= S
    lo, hi = sorted((c0["p162"][0], c1["p162"][0]))
    row = c0["p162"][1]
    passed = [p for p, (x, y) in c0.items() if y == row and lo < x < hi and p != "p163"]
    assert passed  # past their neighbours, not pushing them
    assert all(c1[p][0] == c0[p][0] for p in passed)
    assert c1["p62"][0] == c0["p62"][0]


def test_a_moved_sibling_is_centred_by_stretching_the_sibship_outward() -> None:
    """Family 55 of 40 persons: the mother p8 is a middle child whose younger brother p9
    stood left of her. Beyond her husband's partners he stands in birth order, but the
    sibship's middle then lies right of the parents, and recentring it by moving the parents
    or all three children pushed neighbouring families and did not settle. The eldest, p7,
    moves outward instead (twice as far as the middle must go): the breach is mended for two
    crossings, the parents and p8 stay where the blocks put them."""
    g = generate_family(seed=55, size=40)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    c0, c1 = _coords(before), _coords(after)
    assert c1["p7"][0] < c1["p8"][0] < c1["p9"][0]
    assert c1["p7"][0] < c0["p7"][0]  # stretched outward
    assert all(after[p].x == before[p].x for p in ("p3", "p4", "p8"))
    assert rule_breaches(g, c1, S).birth_order == 0
    mid = (c1["p3"][0] + c1["p4"][0]) / 2
    assert abs((c1["p7"][0] + c1["p9"][0]) / 2 - mid) <= S
    assert count_crossings(g, c1) <= count_crossings(g, c0) + 2


def test_a_sibling_alone_in_their_row_is_mended_there() -> None:
    """The elder siblings were dragged off the row by hand: the youngest, alone in the row,
    still moves to the right of them, and stays in the row."""
    g = _family()
    boxes = _boxes(0.0, manual={"e", "m", "f"})
    boxes = {p: b._replace(y=b.y + 60) if p in ("e", "m", "f") else b for p, b in boxes.items()}
    after = _mend_birth_order(g, boxes, OPTS)
    assert after["y"].y == ROW
    assert rule_breaches(g, _coords(after), S).birth_order == 0
    assert all(after[p] == boxes[p] for p in ("e", "m", "f"))  # placed by hand


def _row_orders(boxes: dict[str, PersonBox], leave_out: set[str]) -> dict[float, list[str]]:
    rows: dict[float, list[tuple[float, str]]] = {}
    for p, b in boxes.items():
        if p not in leave_out:
            rows.setdefault(b.y, []).append((b.x, p))
    return {y: [p for _, p in sorted(r)] for y, r in rows.items()}


@pytest.mark.parametrize("seed", range(40))
def test_mending_keeps_everyone_elses_order_and_never_adds_a_breach(seed: int) -> None:
    """The pass moves loose siblings to a gap and pushes the rest aside: nobody else may pass
    anyone (but a couple with nobody else, moved over their children), so no couple can come
    apart and no other family can fall out of birth order.

    Demo-sized maps (about 40 persons, as a therapist draws them). A push once started from
    a row put in x order only after the pushing person had moved, so it skipped the
    neighbours that person had passed: in 3 of these 40 maps a grandparent ended up between
    another couple, and the pass left two breaches where it had found one.
    """
    g = make_demo_genogram(random.Random(seed), None, "male", 40)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    b0 = rule_breaches(g, _coords(before), S)
    b1 = rule_breaches(g, _coords(after), S)
    assert b1.total <= b0.total
    assert b1.partners_apart <= b0.partners_apart
    assert (b1.overlap, b1.rows) == (0, 0)
    moved = {
        p
        for p, b in after.items()
        if b.x != before[p].x and (_is_loose(g, p) or _is_free_parent(g, p))
    }
    assert _as_couples(g, _row_orders(after, moved)) == _as_couples(g, _row_orders(before, moved))


def _as_couples(g: Genogram, rows: dict[float, list[str]]) -> dict[float, list[str]]:
    """Each row with a couple standing side by side, neither with another partner, written as
    one entry: the pass may swap a child and their married-in partner (``swap_project``),
    which puts nobody between a couple and moves no sibling past another."""
    out: dict[float, list[str]] = {}
    for y, row in rows.items():
        joined: list[str] = []
        i = 0
        while i < len(row):
            p = row[i]
            q = row[i + 1] if i + 1 < len(row) else ""
            if q and g.partners_of(p) == [q] and g.partners_of(q) == [p]:
                joined.append("+".join(sorted((p, q))))
                i += 2
            else:
                joined.append(p)
                i += 1
        out[y] = joined
    return out


def _is_loose(g: Genogram, p: str) -> bool:
    """No partner, no children, one set of parents: who the pass may carry across others."""
    return not g.partners_of(p) and not g.children_of(p) and len(g.parents_of(p)) <= 2


def _is_free_parent(g: Genogram, p: str) -> bool:
    """One of a couple who both have no parents and no other partner: the pass may move the
    couple past their neighbours to stand over their children (``_Mender.jump``)."""
    partners = g.partners_of(p)
    return (
        not g.parents_of(p)
        and len(partners) == 1
        and not g.parents_of(partners[0])
        and len(g.partners_of(partners[0])) == 1
    )


def test_the_mothers_younger_sibling_is_drawn_after_her_in_a_demo_map() -> None:
    """Demo map 0 of 40 persons: the miscarriage after the mother moves beyond the father's
    partners, which pushes the mother's parents into the father's parents. Recentring the
    two couples used to swing between them (each push undone by the next) until the pass
    gave up, leaving the mother drawn after her younger sibling."""
    g = make_demo_genogram(random.Random(0), None, "male", 40)
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, S).total == 0


#: Breaches over demo maps 0-39 of 40 persons (a ratchet: lower it as the layout improves).
#: The mending pass left 65 before recentring settled, 47 before off-centre families were
#: recentred as well, 38 before a moved sibling's sibship could stretch outward, 37 before the
#: client's parents could stand with crossed couple lines, 34 before free parents could move
#: over their children, 28 before the retry after the recentring could spend the first loop's
#: budget of 2 crossings a breach, 25 before loose children of another family could move out
#: from between a couple, 24 before a child and their married-in partner could swap with the
#: family's x projected in a window, 23 before a sibling could stand inside a couple's line
#: that others already stand inside, before a parent's whole side could move past the
#: couples between it and their only child (demo map 24), and before groups of partners
#: between a couple (a child's in-laws' parents, a partner's former partner with the new one)
#: could go past the chain of couples (the three merged: 18), 18 before the end child married
#: to such a group's child could follow it past the next sibship (demo map 27); the goal is 0.
DEMO_40_BREACHES_AT_MOST = 17


def test_demo_maps_of_a_therapists_size_stay_within_the_breach_ratchet() -> None:
    total = 0
    for seed in range(40):
        g = make_demo_genogram(random.Random(seed), None, "male", 40)
        total += rule_breaches(g, layout_genogram(g).coordinates(), S).total
    assert total <= DEMO_40_BREACHES_AT_MOST


def test_a_foster_child_is_brought_under_their_foster_parents_when_that_is_cheap() -> None:
    """Demo map 11: the blocks draw a foster child with their birth family, 135 units from
    the middle of their foster parents (the rule allows one symbol, 40). The pass recentres
    the family by moving the foster parents and the families they push, mends the breach, and
    costs no crossing; everyone but the loose siblings the pass carried keeps their place in
    the row order. (The pass then also moves p18's cousins p36 p37 out from between p23 and
    p18, ``_straddle_between``, for two crossings: the only crossings allowed here.)"""
    g = make_demo_genogram(random.Random(11), None, "male", 40)
    before = _place_all(g, OPTS, mend=False)
    after = _mend_birth_order(g, before, OPTS)
    b0 = rule_breaches(g, _coords(before), S)
    b1 = rule_breaches(g, _coords(after), S)
    assert (b0.not_centred, b1.not_centred) == (1, 0)
    apart_mended = b0.partners_apart - b1.partners_apart
    assert count_crossings(g, _coords(after)) <= (
        count_crossings(g, _coords(before)) + CROSSINGS_PER_BREACH * apart_mended
    )
    assert [lk.kind for lk in g.child_links.values() if lk.union_id == "u6"] == [ChildKind.FOSTER]
    carried = {p for p, b in after.items() if b.x != before[p].x and _is_loose(g, p)}
    assert _row_orders(after, carried) == _row_orders(before, carried)


def test_free_parents_jump_further_in_a_huge_family() -> None:
    """2,000-person bench family: p147 and p275, the eldest of their sibships, stood right of
    their younger siblings p633 and p636 (each beyond a partner's block). Moving the free
    parents over the moved sibling mends each, for 10 and 5 crossings: over the four a breach
    that other big families allow, within the twelve allowed above 1,000 persons."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    assert c["p147"][0] < c["p633"][0]
    assert c["p275"][0] < c["p636"][0]


def test_a_huge_family_recentres_with_a_longer_reach() -> None:
    """2,000-person bench family: recentring u406 (p1238 under p1239 p1240, 90 off once the
    children's halves may go further out, ``_HUGE_RESERVE_GAPS``) pushes 25 persons, one
    more than an attempt may move in other families; above 1,000 persons it may move 48."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    mid = (c["p1239"][0] + c["p1240"][0]) / 2
    assert abs(c["p1238"][0] - mid) <= S


def test_a_move_that_does_not_mend_is_tried_again_leaning_further() -> None:
    """Recentring leaves a family a quarter of a symbol off its parents' middle; where a move
    mends nothing so, it is tried again leaving them half a symbol off, which pushes the
    neighbours less. Seed 179 of 127 persons: p1, the only child of p86 and p87, stood 90 off
    their middle (a recentring that did not settle); now within the rule, 20 off. Seed 220
    of 136: p93 and p94's children p21 and p95 stood out of birth order; now in order."""
    g = generate_family(seed=179, size=127)
    c = layout_genogram(g).coordinates()
    assert abs(c["p1"][0] - (c["p86"][0] + c["p87"][0]) / 2) <= S
    assert rule_breaches(g, c, S).total <= 4
    g = generate_family(seed=220, size=136)
    c = layout_genogram(g).coordinates()
    assert c["p21"][0] < c["p95"][0]
    assert rule_breaches(g, c, S).total <= 2


@pytest.mark.parametrize(
    ("seed", "size", "parents", "children"),
    [
        # u153 (p471 p472 under p468 p276), 112 off: recentring it pushed u629 (p1927
        # p1928), whose own recentring pushed it back by as much, until the move limit.
        (2000, 2000, ("p468", "p276"), ("p471", "p472")),
        (179, 127, ("p86", "p87"), ("p1",)),  # 90 off, the same swing with a neighbour
    ],
)
def test_two_families_that_push_each_other_back_settle_when_one_moves_its_other_half(
    seed: int, size: int, parents: tuple[str, str], children: tuple[str, ...]
) -> None:
    """Recentring that swings between two neighbouring families is tried once more with the
    family met again moving its other half (children for parents, or parents for children):
    then both settle, and the family comes under its parents."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    mid = (c[parents[0]][0] + c[parents[1]][0]) / 2
    xs = [c[k][0] for k in children]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


@pytest.mark.parametrize(
    ("seed", "size", "parents", "child", "partner"),
    [
        (40, 60, ("p18", "p8"), "p19", "p25"),  # u6: p19 112 off, p25 on her parents' side
        (218, 134, ("p53", "p54"), "p38", "p74"),  # u20: 270 off, p74 between him and them
        (43, 159, ("p17", "p8"), "p18", "p25"),  # u6: the shape of the first
    ],
)
def test_an_only_child_swaps_places_with_the_partner_standing_between_them_and_the_parents(
    seed: int, size: int, parents: tuple[str, str], child: str, partner: str
) -> None:
    """An only child whose married-in partner stood on the parents' side (beside them, under
    the partner's own parents) comes under the parents when the two swap places: recentring
    alone did not settle, the swap moves the child a gap nearer and the partner's family
    follows inward (and the two lines that crossed no longer do)."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    mid = (c[parents[0]][0] + c[parents[1]][0]) / 2
    assert abs(c[child][0] - mid) <= S
    assert abs(c[child][0] - mid) < abs(c[partner][0] - mid)


@pytest.mark.parametrize(
    ("seed", "size", "family", "child", "partner", "in_laws"),
    [
        (222, 77, "u14", "p48", "p52", ("p53", "p54")),  # 370 off: the plain settle ends
        (162, 37, "u4", "p14", "p35", ("p36", "p37")),  # 360 off: with settle's swap
        (19, 180, "u41", "p112", "p138", ("p139", "p140")),  # 585 off, four children
    ],
)
def test_an_end_child_moves_past_the_next_family_with_their_partner_and_the_partners_parents(
    seed: int, size: int, family: str, child: str, partner: str, in_laws: tuple[str, str]
) -> None:
    """An off-centre family whose end child stood with their married-in partner (an only child
    under free parents) beyond the next family comes under its parents when the couple and the
    partner's parents move past that family together (``_Mender.couple_past``): nobody between
    the couple, the partner still under their parents."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    u = g.unions[family]
    mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
    xs = [c[lk.child_id][0] for lk in g.children_of_anchor(family)]
    assert child in [lk.child_id for lk in g.children_of_anchor(family)]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S
    lo, hi = sorted((c[child][0], c[partner][0]))
    assert not [p for p, (x, y) in c.items() if y == c[child][1] and lo < x < hi]
    assert abs((c[in_laws[0]][0] + c[in_laws[1]][0]) / 2 - c[partner][0]) <= S


def test_a_sibship_moves_to_its_parents_with_the_partners_free_parents_past_the_hub() -> None:
    """An off-centre family of a hub's lone partner (s19-147: u41, p41 + p111, p41's other
    partner p7 on his left) whose eldest child's married-in partner (p138) is the only child
    of a free couple (p139 p140) lifted between the parents and the children's place comes
    under its parents when the sibship moves there and the free couple goes past the hub's
    other partner (``_Mender.in_laws_past``): nobody between p138 and p112, p138 under her
    parents, the sibship centred."""
    g = generate_family(seed=19, size=147)
    c = layout_genogram(g).coordinates()
    u = g.unions["u41"]
    mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
    xs = [c[lk.child_id][0] for lk in g.children_of_anchor("u41")]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S
    assert c["p139"][0] < c["p7"][0] and c["p140"][0] < c["p7"][0]
    assert abs((c["p139"][0] + c["p140"][0]) / 2 - c["p138"][0]) <= S
    lo, hi = sorted((c["p138"][0], c["p112"][0]))
    assert not [p for p, (x, y) in c.items() if y == c["p112"][1] and lo < x < hi]


@pytest.mark.parametrize(
    ("seed", "size", "family", "child", "partner"),
    [
        (236, 52, "u7", "p21", "p22"),  # 315 off, two children
        (117, 59, "u6", "p19", "p22"),  # 360 off, an only child
        (21, 173, "u4", "p14", "p28"),  # 360 off; u7 (p20 with p48) mends the same way
    ],
)
def test_an_off_centre_family_is_centred_by_a_child_and_partner_swapped_then_moves_of_many(
    seed: int, size: int, family: str, child: str, partner: str
) -> None:
    """A family whose child's married-in partner stood beside the child on the side the
    sibship must move to (their parents blocking the family's parents) comes under its
    parents when child and partner swap places and x alone is projected in a window
    (``_Mender.swap_project``): the partner now stands on the far side of the child, next to
    them (nobody between the couple), and the family is centred."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    u = g.unions[family]
    mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
    xs = [c[lk.child_id][0] for lk in g.children_of_anchor(family)]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S
    lo, hi = sorted((c[child][0], c[partner][0]))
    assert not [p for p, (x, y) in c.items() if y == c[child][1] and lo < x < hi]


@pytest.mark.parametrize(
    ("seed", "size", "family"),
    [
        (2000, 2000, "u329"),  # 315 off: p1001 and p1015 swapped, 58 persons in the chain
        (2000, 2000, "u147"),  # 360 off: p451 and p1829 swapped, 145 in the chain, pulled back
        (138, 194, "u17"),  # -360 off
        (138, 194, "u35"),  # 360 off
        (120, 160, "u4"),  # 450 off
    ],
)
def test_a_swapped_family_is_centred_in_a_window_sized_to_what_blocks_it(
    seed: int, size: int, family: str
) -> None:
    """Where a child and partner swapped (``_Mender.swap_project``) do not converge in the
    fixed window of rows and units, the window grown along what blocks the family (row
    neighbours with less room than the move, families at their rule's edge:
    ``_Mender._chain_window``) does, and the family comes under its parents."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    u = g.unions[family]
    mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
    xs = [c[lk.child_id][0] for lk in g.children_of_anchor(family)]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


def test_a_projection_pulled_back_moves_only_whom_the_limits_need() -> None:
    """After a window's projection, each free person goes back towards where they stood as far
    as the separations and families' limits allow (``_pulled_back``): in a row pushed right
    by 50 where only the last person's family needs it, the two before go home and the last
    stays where its family's limit holds it."""
    a, b, c = _Slot(50.0, True), _Slot(150.0, True), _Slot(250.0, True)
    parent = _Slot(250.0, False)
    ab = _Sep(a, b, 90.0, 3)
    bc = _Sep(b, c, 90.0, 3)
    family = _Limit(c, c, [parent], 0.0, [_Pull(c, 1.0)], 1.0)  # the only child c under 250
    backs = [_Back(a, 0.0), _Back(b, 100.0), _Back(c, 200.0)]
    backs[0].rsep = ab
    backs[1].lsep = ab
    backs[1].rsep = bc
    backs[2].lsep = bc
    backs[2].terms.append(_Term(family, 1.0))
    _pulled_back(backs, 10)
    assert (a.x, b.x, c.x) == (0.0, 100.0, 250.0)


@pytest.mark.parametrize(
    ("seed", "size", "family", "child", "partner", "in_laws", "couple"),
    [
        (127, 74, "u5", "p22", "p33", ("p72", "p73"), "u11"),  # 3 breaches -> 2
        (2000, 2000, "u141", "p428", "p1107", ("p1108", "p1109"), "u367"),  # 832 off before
    ],
)
def test_an_end_couple_moves_past_the_next_family_with_the_in_laws_and_their_own_children(
    seed: int,
    size: int,
    family: str,
    child: str,
    partner: str,
    in_laws: tuple[str, str],
    couple: str,
) -> None:
    """An off-centre family whose end child stands with a married-in partner (an only child
    under free parents who stand beside the family's parents, on the far side) and has
    children of their own comes under its parents when the couple, the partner's parents and
    the couple's children move past the next family together (``_Mender.couple_kids_past``):
    nobody between the couple, the partner under their parents, the couple's children under
    the couple."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()

    def off(aid: str) -> float:
        u = g.unions[aid]
        mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
        xs = [c[lk.child_id][0] for lk in g.children_of_anchor(aid)]
        return (min(xs) + max(xs)) / 2 - mid

    assert child in [lk.child_id for lk in g.children_of_anchor(family)]
    assert set(g.unions[couple].partners) == {child, partner}
    assert abs(off(family)) <= S
    assert abs(off(couple)) <= S
    lo, hi = sorted((c[child][0], c[partner][0]))
    assert not [p for p, (x, y) in c.items() if y == c[child][1] and lo < x < hi]
    assert abs((c[in_laws[0]][0] + c[in_laws[1]][0]) / 2 - c[partner][0]) <= S


@pytest.mark.parametrize(
    ("seed", "size", "family"),
    [
        (37, 122, "u41"),  # p4's parents p108 p109 (450 off before), over p4's middle
        (1001, 1000, "u49"),  # the client p1's parents (2,610 off), the gap pushed clear
    ],
)
def test_free_parents_move_over_their_far_child_and_x_is_projected(
    seed: int, size: int, family: str
) -> None:
    """A couple with nobody else in the layout, whose child married into another branch far
    away, stands over the child: moved past their neighbours into the gap over the child's
    middle, then x alone projected in a window (``_Mender.far_project``), where the pushes
    after the plain move (``recentre_far``) never ended."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    u = g.unions[family]
    mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
    xs = [c[lk.child_id][0] for lk in g.children_of_anchor(family)]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


@pytest.mark.parametrize(
    ("seed", "size", "family"),
    [
        (138, 194, "u9"),  # p3's parents, 3,825 off before; their side 9 persons
        (144, 172, "u20"),  # p2's parents, 1,750 off; 18 (p57's other partner p62's family)
        (23, 199, "u23"),  # p1's parents, 4,612 off; 37 (both parents have another partner)
        # p233's parents at 2,000 persons, 3,150 off; 31 (p234's first family u93): a big
        # family, so after the recentring and with momentum in the projection; the stretch
        # cut p1286-p1288's sibship there, so the second try takes p1288 in
        (2000, 2000, "u73"),
        # p106's parents, 922 off: the side lands inside p294-p189's sibship, which the
        # first try keeps (with that sibship taken in, the window has no placement)
        (825, 1461, "u93"),
    ],
)
def test_a_parents_whole_side_moves_past_the_couples_between_it_and_the_only_child(
    seed: int, size: int, family: str
) -> None:
    """Parents whose side of the map (everyone reached from them but through their only
    child: their own birth families, another partner's family) is small and hangs beside
    them, while the child stands several couples away: the whole side moves past those
    couples and their children in its rows, then x alone is projected in a window
    (``_Mender.hub_past``; in a big family after the recentring, the projection with
    momentum)."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    u = g.unions[family]
    mid = (c[u.partners[0]][0] + c[u.partners[1]][0]) / 2
    xs = [c[lk.child_id][0] for lk in g.children_of_anchor(family)]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


@pytest.mark.parametrize(
    ("seed", "size", "elder", "younger", "parents"),
    [
        # u56: p266 stood left of his elder sister p155, whose partners p334 and p60 (with
        # p60's wife p49 and her husband p340) form a chain of couples on her right.
        (500, 500, "p155", "p266", ("p168", "p169")),
        (355, 436, "p206", "p427", ("p425", "p426")),  # u136, the same shape
    ],
)
def test_a_sibling_past_a_chain_of_couples_is_moved_after_the_recentring(
    seed: int, size: int, elder: str, younger: str, parents: tuple[str, str]
) -> None:
    """In a big family a loose sibling who must pass a chain of couples is moved after the
    off-centre families are recentred, with the swinging pairs settled and a longer reach:
    their parents and those parents' ancestors move with them, and the family stays centred."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    assert c[elder][0] < c[younger][0]
    mid = (c[parents[0]][0] + c[parents[1]][0]) / 2
    xs = [c[k][0] for k in g.children_of(parents[0]) if k in g.children_of(parents[1])]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


@pytest.mark.parametrize(
    ("seed", "size", "elder", "younger", "most"),
    [
        (108, 34, "p18", "p24", 2),  # u8 (p22 + p23)
        (221, 52, "p17", "p36", 2),  # u11 (p34 + p35)
    ],
)
def test_a_sibling_no_move_mended_is_tried_again_after_the_recentring(
    seed: int, size: int, elder: str, younger: str, most: int
) -> None:
    """A loose sibling whose every move failed before the recentring is tried once more after
    it (with the swinging pairs settled and a longer reach), at most one crossing a breach:
    the families the blocks left off-centre are then where they stay, and the move settles."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    assert c[elder][0] < c[younger][0]
    assert rule_breaches(g, c, S).total <= most


@pytest.mark.parametrize(
    ("seed", "size", "most"),
    [
        (61, 105, 2),  # u2: p9 right of his elder sister p8, past her husband's block
        (263, 158, 2),  # u2 as above, and u32 (p48 before p103)
    ],
)
def test_a_bigger_family_pays_a_crossing_more_for_a_sibling_the_retry_left(
    seed: int, size: int, most: int
) -> None:
    """Above a hundred persons, a loose sibling the retry after the recentring cannot move at
    two crossings a breach is tried again at three: such families draw far fewer crossings
    than Graphviz, and the birth order is worth one more (both had one breach more before)."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    assert c["p8"][0] < c["p9"][0]
    b = rule_breaches(g, c, S)
    assert b.birth_order == 0
    assert b.total <= most


def test_a_married_sibling_with_no_children_moves_with_their_partner_as_one() -> None:
    """A sibling whose only partner comes from outside the map (no parents, no one else) and
    who has no children with them moves with that partner beside them, as a loose sibling
    would: seed 7 of 191, p75 and her husband p117 stood left of the eldest p31 (u23)."""
    g = generate_family(seed=7, size=191)
    c = layout_genogram(g).coordinates()
    assert c["p31"][0] < c["p75"][0] < c["p76"][0]
    assert abs(c["p117"][0] - c["p75"][0]) == OPTS.partner_gap
    b = rule_breaches(g, c, S)
    assert b.birth_order == 0
    assert b.total <= 4


@pytest.mark.parametrize(
    ("seed", "size", "parents", "children"),
    [
        # u289 (p883 p884 p885 under p852 p880), 732 off: the youngest, p885, moves right
        # into the room her row has; recentring the parents or the sibship does not settle.
        (2000, 2000, ("p852", "p880"), ("p883", "p884", "p885")),
        (110, 70, ("p58", "p4"), ("p59", "p60", "p61")),  # 310 off: p61 moves right
        (271, 123, ("p3", "p34"), ("p35", "p36", "p37", "p38")),  # 292 off: p38 moves right
    ],
)
def test_an_off_centre_family_is_centred_by_moving_its_sibships_far_end_outward(
    seed: int, size: int, parents: tuple[str, str], children: tuple[str, ...]
) -> None:
    """Where neither the parents nor the whole sibship can move, the end child on the side
    away from the offset moves outward into its row's room (tools/genogram_xonly.py: by x
    alone, row orders kept), and the family comes under its parents."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    mid = (c[parents[0]][0] + c[parents[1]][0]) / 2
    xs = [c[k][0] for k in children]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


def test_a_near_family_is_recentred_leaving_the_families_it_pushes_at_the_rules_edge() -> None:
    """Where recentring mends nothing leaving the families it pushes a quarter, half (or three
    quarters) of a symbol off, it is tried once more leaving them at the rule's edge: they then
    push their neighbours least. Seed 17 of 813 persons: u59 (p177 under p174 and p165), 135
    off."""
    g = generate_family(seed=17, size=813)
    c = layout_genogram(g).coordinates()
    mid = (c["p174"][0] + c["p165"][0]) / 2
    assert abs(c["p177"][0] - mid) <= S


@pytest.mark.parametrize(
    ("seed", "size", "parents", "children"),
    [
        (215, 195, ("p5", "p16"), ("p39",)),  # 112 off
        (215, 195, ("p50", "p35"), ("p51", "p52", "p53", "p54")),  # -315 off
        (280, 63, ("p5", "p16"), ("p31",)),  # 90 off
        (175, 45, ("p5", "p13"), ("p14", "p15")),  # 225 off: converges after 100 sweeps
    ],
)
def test_an_off_centre_family_is_centred_by_small_moves_of_many_in_a_window(
    seed: int, size: int, parents: tuple[str, str], children: tuple[str, ...]
) -> None:
    """Where every single move fails, projecting x onto the rules in a window around the
    family (rows kept in order, every family there left within its rule) centres it: what
    tools/genogram_xonly.py finds by linear programming, by small moves of 10-30 persons."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    mid = (c[parents[0]][0] + c[parents[1]][0]) / 2
    xs = [c[k][0] for k in children]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S


def test_a_plain_partner_moves_across_the_in_laws_parents_to_the_hub() -> None:
    """u41 at 500 persons: p110 (no parents, no other partner) stood left of p172 p173 (the
    parents of her middle child's husband), her partner p109 right of them with his other
    partner p143 beyond. The pass moves p110 across them beside p109, p109 towards her, p143
    out, and the youngest p286 past his half-sister p144: nobody between the partners, every
    family it touches centred, three crossings."""
    g = generate_family(seed=500, size=500)
    c = layout_genogram(g).coordinates()
    assert c["p173"][0] < c["p110"][0] < c["p109"][0] < c["p143"][0]
    row = [p for p, (x, y) in c.items() if y == c["p110"][1]]
    lo, hi = sorted((c["p110"][0], c["p109"][0]))
    assert not [p for p in row if lo < c[p][0] < hi]
    for a, b in (("p110", "p109"), ("p109", "p143"), ("p172", "p173")):
        mid = (c[a][0] + c[b][0]) / 2
        xs = [c[k][0] for k in g.children_of(a) if k in g.children_of(b)]
        assert abs((min(xs) + max(xs)) / 2 - mid) <= S
    assert rule_breaches(g, c, S).total <= 4


@pytest.mark.parametrize(
    ("seed", "size", "couple", "kids"),
    [
        (225, 125, ("p1", "p2"), ("p65", "p66", "p67")),  # p1's half-siblings: 2 left, 1 right
        (46, 198, ("p17", "p25"), ("p173", "p174", "p175", "p176")),  # cousins: 2 and 2
        (15, 195, ("p3", "p4"), ("p191",)),  # an only child past p3
        (83, 179, ("p55", "p75"), ("p97",)),  # a cousin with his wife p150 (no parents) past p55
    ],
)
def test_loose_children_of_another_family_move_out_from_between_a_couple(
    seed: int, size: int, couple: tuple[str, str], kids: tuple[str, ...]
) -> None:
    """A couple drawn apart by loose children of one other family (a partner's half-siblings
    or cousins) between them: the children move out past the chains of couples on either side
    (``_straddle_between``), the elder ones left and the younger right where the sibship must
    straddle the couple to stay centred, a child's partner who came from elsewhere with them.
    Nobody but partners stands between the couple, the children's family stays centred and in
    birth order."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    a, b = couple
    lo, hi = sorted((c[a][0], c[b][0]))
    allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
    y = c[a][1]
    assert not [p for p, (x, yy) in c.items() if yy == y and lo < x < hi and p not in allowed]
    parents = g.parents_of(kids[0])
    mid = sum(c[p][0] for p in parents) / len(parents)
    xs = [c[k][0] for k in kids]
    assert abs((min(xs) + max(xs)) / 2 - mid) <= S
    assert xs == sorted(xs)


@pytest.mark.parametrize(
    ("seed", "size", "couple", "kids", "own_centred"),
    [
        # p2's half-siblings p95-p98 (p77's by p94) around p1 p2 p61 (p2 stood off his
        # parents' middle before: the blocks put him there)
        (51, 97, ("p1", "p2"), ("p95", "p96", "p97", "p98"), False),
        # u50 at 2,000: p169's half-siblings p488-p490 (p171's by p487) around him and p22
        (2000, 2000, ("p169", "p22"), ("p488", "p489", "p490"), True),
    ],
)
def test_half_siblings_straddle_the_couple_where_only_a_placement_at_the_rules_edge_fits(
    seed: int, size: int, couple: tuple[str, str], kids: tuple[str, ...], own_centred: bool
) -> None:
    """A married child's half-siblings between the couple, where straddling them leaves every
    family near at the centring rule's edge, which pushing neighbours does not reach: the two
    rows are placed by projection onto the rules (``_straddle_fitted``, ``_tight_fit``).
    Nobody but partners stands between the couple; the half-sibship and the child's own
    family stay centred, the half-siblings in birth order."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    a, b = couple
    lo, hi = sorted((c[a][0], c[b][0]))
    allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
    y = c[a][1]
    assert not [p for p, (x, yy) in c.items() if yy == y and lo < x < hi and p not in allowed]
    families = [list(kids)]
    if own_centred:
        p, q = g.parents_of(a)
        families.append([k for k in g.children_of(p) if k in g.children_of(q)])
    for fam_kids in families:
        parents = g.parents_of(fam_kids[0])
        mid = sum(c[p][0] for p in parents) / len(parents)
        xs = [c[k][0] for k in fam_kids]
        assert abs((min(xs) + max(xs)) / 2 - mid) <= S
    xs = [c[k][0] for k in kids]
    assert xs == sorted(xs)


@pytest.mark.parametrize(
    ("seed", "size", "couple", "families"),
    [
        # p17's youngest p26 married p33: p33's parents p41 p42 (with p41's other partner
        # p49) stood between p5 and p17; they go beyond p17 (p5's third partner)
        (186, 62, ("p5", "p17"), (("p5", "p17"), ("p41", "p42"))),
        # p75 p76, the parents of p74 (married to p15, the younger of p5 and p13), from
        # between p5 and p16 to beyond p16
        (8, 76, ("p5", "p16"), (("p5", "p13"), ("p75", "p76"))),
        # More than three groups between (``_ENDS_UNITS_MOST`` 5): p72 and p73's children
        # p42 and p74 with their partners, then p135 and p73's p136-p138, between p21 and
        # p11 (five groups); p42 p41 go left, the rest right
        (66, 154, ("p21", "p11"), (("p21", "p11"), ("p72", "p73"))),
        # p26 and p68's four married children between p11 and p22, all go left
        (265, 166, ("p11", "p22"), (("p11", "p22"), ("p26", "p68"))),
        # p149, then the full siblings p66 p67 p68 between p10 and p23: split in birth
        # order, the elder two left with p149, the youngest right
        (259, 162, ("p10", "p23"), (("p10", "p23"), ("p65", "p41"))),
    ],
)
def test_in_laws_parents_go_past_the_chain_of_couples_placed_by_projection(
    seed: int,
    size: int,
    couple: tuple[str, str],
    families: tuple[tuple[str, str], ...],
) -> None:
    """A child's in-laws' parents between a couple: sent out past the chain of couples, the
    rows placed by projection onto the rules (``_between_to_ends``, ``_tight_fit``). Nobody
    but partners stands between the couple; the child's family and the in-laws' parents'
    stay centred."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    a, b = couple
    lo, hi = sorted((c[a][0], c[b][0]))
    allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
    y = c[a][1]
    assert not [p for p, (x, yy) in c.items() if yy == y and lo < x < hi and p not in allowed]
    for p, q in families:
        kids = [k for k in g.children_of(p) if k in g.children_of(q)]
        xs = [c[k][0] for k in kids]
        assert kids
        assert abs((min(xs) + max(xs)) / 2 - (c[p][0] + c[q][0]) / 2) <= S


@pytest.mark.parametrize(
    ("seed", "size", "couple", "kin", "in_laws"),
    [
        # p11's partners p20 (left) and p22 (right); p20 and p11's youngest p49 married
        # p59, whose parents p60 p61 stood between p11 and p22: they go beyond p22, and p49
        # with p59 past p11 and p22's only child p23
        (153, 70, ("p11", "p22"), ("p20", "p11"), ("p60", "p61")),
        # p43's partners p49 (left) and p44: p43 and p44's eldest p45 married p97, whose
        # parents p98 p99 stood between p49 and p43 (with p122); they go beyond p49, p45 and
        # p97 past p49 and p43's child p50
        (21, 124, ("p49", "p43"), ("p43", "p44"), ("p98", "p99")),
        # p5's partners p17 and p14 (right): p5 and p17's youngest p42 married p90, whose
        # parents p91 p92 go beyond p14, p42 and p90 past p5 and p14's children p15 p16
        (68, 183, ("p5", "p14"), ("p5", "p17"), ("p91", "p92")),
    ],
)
def test_in_laws_parents_go_past_the_chain_with_the_end_child_past_the_next_sibship(
    seed: int,
    size: int,
    couple: tuple[str, str],
    kin: tuple[str, str],
    in_laws: tuple[str, str],
) -> None:
    """A child's in-laws' parents between a couple, the child the end child of a sibship
    with another couple's children beyond it: the in-laws' parents go past the chain of
    couples and the child with its partner past the other sibship, which then stands in the
    child's sibship's gap (``_ends_interleaved``). Nobody but partners stands between the
    couple; both families stay centred, the child's in birth order."""
    g = generate_family(seed=seed, size=size)
    c = layout_genogram(g).coordinates()
    a, b = couple
    lo, hi = sorted((c[a][0], c[b][0]))
    allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
    y = c[a][1]
    assert not [p for p, (x, yy) in c.items() if yy == y and lo < x < hi and p not in allowed]
    for p, q in (kin, in_laws):
        kids = [k for k in g.children_of(p) if k in g.children_of(q)]
        xs = [c[k][0] for k in kids]
        assert kids
        assert abs((min(xs) + max(xs)) / 2 - (c[p][0] + c[q][0]) / 2) <= S
    kids = [k for k in g.children_of(kin[0]) if k in g.children_of(kin[1])]
    xs = [c[k][0] for k in kids]
    assert xs == sorted(xs)
    # Interleaved: someone of another family stands inside the sibship's span.
    yk = c[kids[0]][1]
    assert [p for p, (x, yy) in c.items() if yy == yk and min(xs) < x < max(xs) and p not in kids]


def test_a_parents_other_sibship_wraps_round_the_family_a_partners_gap_beside_it() -> None:
    """u156 at 2,000 persons (p479 p480 p481 under p224 + p476, 1,059 off before): p224's
    other family u169 (with p520) hangs a partner's gap beside it, so the two sibships cannot
    both be centred side by side. The end child p481 comes back past p480's husband's
    sibship, u169's youngest p522 past it (u169's sibship now wraps round u156's) and
    p479's husband p1374 inside the sibship, then x alone in a window
    (``_Mender.sibs_wrap``). Both families centred, in birth order, the couples together."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    for p, q in (("p224", "p476"), ("p224", "p520")):
        kids = [k for k in g.children_of(p) if k in g.children_of(q)]
        xs = [c[k][0] for k in kids]
        assert abs((min(xs) + max(xs)) / 2 - (c[p][0] + c[q][0]) / 2) <= S
        assert xs == sorted(xs)
    inner = [c[k][0] for k in ("p479", "p480", "p481")]
    assert min(c[k][0] for k in ("p521", "p522")) < min(inner)
    assert max(inner) < max(c[k][0] for k in ("p521", "p522"))
    # p479's husband stands inside the sibship, between her and p480.
    assert c["p479"][0] < c["p1374"][0] < c["p480"][0]


def test_a_hub_only_child_crosses_her_near_partner_towards_her_parents() -> None:
    """u85 at 2,000 persons (p264 + p265, the only child p96 2,555 right before): p96, with
    three partners, goes past her near partner p95 to under her parents, u288's three
    children (who stood between) wrap round her partners' chain, and p264 goes past
    p265's other partner p1021 (``_Mender.hub_child_across``). Both families centred and
    in birth order; between p96 and each partner only her partners."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    assert abs(c["p96"][0] - (c["p264"][0] + c["p265"][0]) / 2) <= S
    kids = [c[k][0] for k in ("p1671", "p1672", "p1673")]
    assert kids == sorted(kids)
    assert abs((kids[0] + kids[-1]) / 2 - (c["p327"][0] + c["p878"][0]) / 2) <= S
    chain = ("p95", "p154", "p831")
    assert c["p1671"][0] < c["p96"][0] < min(c[p][0] for p in chain)
    assert max(c[p][0] for p in chain) < c["p1673"][0]
    row = sorted(p for p in g.persons if c[p][1] == c["p96"][1])
    far = max(c[p][0] for p in chain)
    between = {p for p in row if c["p96"][0] < c[p][0] < far}
    assert between <= set(chain)


def _branch_family() -> tuple[Genogram, dict[str, PersonBox]]:
    """Parents a1 + a2 with children e (married to f, whose parents are g1 + g2) and k, all
    drawn far right of a1 + a2 (2,045 off), and the rows free left of the parents."""
    persons = [
        Person("a1", Sex.MALE),
        Person("a2", Sex.FEMALE),
        Person("g1", Sex.MALE),
        Person("g2", Sex.FEMALE),
        Person("e", Sex.MALE),
        Person("f", Sex.FEMALE),
        Person("k", Sex.FEMALE),
    ]
    unions = [Union("ua", ("a1", "a2")), Union("ug", ("g1", "g2")), Union("ue", ("e", "f"))]
    links = [
        ChildLink("l0", "e", union_id="ua", birth_order=0),
        ChildLink("l1", "k", union_id="ua", birth_order=1),
        ChildLink("l2", "f", union_id="ug", birth_order=0),
    ]
    g = Genogram.build(persons, unions, links)
    xs = {"a1": 1000.0, "a2": 1090.0, "g1": 3045.0, "g2": 3135.0, "e": 3000.0, "f": 3090.0}
    xs["k"] = 3180.0
    boxes = {
        p: PersonBox(p, x, 0.0 if p in ("a1", "a2", "g1", "g2") else ROW, 0, False)
        for p, x in xs.items()
    }
    return g, boxes


def test_a_far_off_family_is_centred_by_moving_its_end_childs_branch_into_free_room() -> None:
    """A family far off its parents whose end child on the side the middle must move to has
    a branch of their own (a partner and the partner's parents) comes under its parents when
    the whole branch moves outward, rigidly, into room free in every row it has
    (``_Mender.branch_past``; u4 at 2,000 persons): the sibship centred, the branch's couple
    and family as they were relative to each other, nobody else moved."""
    g, boxes = _branch_family()
    m = _Mender(g, boxes, OPTS)
    assert m.branch_past("ua")
    out = m.placed(boxes)
    assert abs((out["e"].x + out["k"].x) / 2 - 1045.0) <= S / 2
    for p in ("f", "g1", "g2"):
        assert out[p].x - out["e"].x == boxes[p].x - boxes["e"].x
    for p in ("a1", "a2", "k"):
        assert out[p].x == boxes[p].x
    assert rule_breaches(g, _coords(out), S).total == 0


def test_a_branch_is_not_moved_where_its_landing_room_is_taken() -> None:
    """Somebody standing where the branch would land (here under the parents' left) and the
    branch stays where it is."""
    g, boxes = _branch_family()
    persons = [*g.persons.values(), Person("z", Sex.MALE)]
    g = Genogram.build(persons, list(g.unions.values()), list(g.child_links.values()))
    boxes["z"] = PersonBox("z", -1090.0, ROW, 0, False)
    m = _Mender(g, boxes, OPTS)
    assert not m.branch_past("ua")
    assert m.placed(boxes) == boxes


def _edge_family() -> tuple[Genogram, dict[str, PersonBox]]:
    """u300's shape at 2,000 persons, small: a (second in his row, his other wife w at the
    map's left edge) and b stand apart, h1 + h2 between (the parents of sp, who married
    a + b's eldest k0); b's parents g1 + g2 over b and her younger sister bs; a + b's
    children k0 k1 under the couple with sp between them, and k0 + sp's child c3 under
    that couple. Every family centred, only a and b apart."""
    persons = [Person(p, Sex.MALE) for p in ("a", "g1", "h1", "k1", "sp", "c3")]
    persons += [Person(p, Sex.FEMALE) for p in ("w", "b", "g2", "h2", "bs", "k0")]
    unions = [
        Union("uw", ("w", "a")),
        Union("ub", ("a", "b")),
        Union("ug", ("g1", "g2")),
        Union("uh", ("h1", "h2")),
        Union("uk", ("k0", "sp")),
    ]
    links = [
        ChildLink("l0", "b", union_id="ug", birth_order=0),
        ChildLink("l1", "bs", union_id="ug", birth_order=1),
        ChildLink("l2", "k0", union_id="ub", birth_order=0),
        ChildLink("l3", "k1", union_id="ub", birth_order=1),
        ChildLink("l4", "sp", union_id="uh", birth_order=0),
        ChildLink("l6", "c3", union_id="uk", birth_order=0),
    ]
    g = Genogram.build(persons, unions, links)
    rows = [
        {"g1": 1000.0, "g2": 1090.0},
        {"w": 0.0, "a": 90.0, "h1": 500.0, "h2": 590.0, "b": 1000.0, "bs": 1090.0},
        {"k0": 455.0, "sp": 545.0, "k1": 635.0},
        {"c3": 500.0},
    ]
    boxes = {
        p: PersonBox(p, x, ROW * i, i, False) for i, row in enumerate(rows) for p, x in row.items()
    }
    return g, boxes


def test_a_partners_whole_side_goes_past_the_maps_edge_beside_the_couple() -> None:
    """a stands at the map's left edge (only his wife w further out) and b apart from him:
    b's side goes past the edge (``_side_past_edge``, u300 at 2,000 persons): b left of w,
    her younger sister right of a with their parents over the sibship that straddles w and
    a, the couple's children under its new middle, sp under his parents left of b, c3
    under k0 + sp. Nothing breaks."""
    g, boxes = _edge_family()
    assert rule_breaches(g, _coords(boxes), S).partners_apart == 1
    m = _Mender(g, boxes, OPTS)
    assert _side_past_edge(m)
    out = m.placed(boxes)
    assert out["b"].x < out["w"].x < out["a"].x < out["bs"].x
    for p in ("w", "a"):
        assert out[p].x == boxes[p].x
    assert rule_breaches(g, _coords(out), S).total == 0


def test_a_partners_side_stays_where_her_sisters_room_is_taken() -> None:
    """Someone standing just right of a, where b's younger sister would go: nothing moves."""
    g, boxes = _edge_family()
    persons = [*g.persons.values(), Person("z", Sex.MALE)]
    g = Genogram.build(persons, list(g.unions.values()), list(g.child_links.values()))
    boxes["z"] = PersonBox("z", 180.0, ROW, 1, False)
    m = _Mender(g, boxes, OPTS)
    assert not _side_past_edge(m)
    assert m.placed(boxes) == boxes


def _kids_out_family(extra: bool = False) -> tuple[Genogram, dict[str, PersonBox]]:
    """u19's shape at 2,000 persons, small: a and b (row 1) with the parents of their two
    eldest children's wives between them, v1 + v2 (v's, k0's wife) and w1 + w2 (w's, k1's
    wife, whose younger sister z stands beside her); the younger children k2 k3 are leaves.
    With ``extra`` an unrelated person o stands between the partners too."""
    persons = [Person(p, Sex.MALE) for p in ("a", "k0", "k1", "k2", "k3", "v1", "w1")]
    persons += [Person(p, Sex.FEMALE) for p in ("b", "v", "w", "z", "v2", "w2")]
    if extra:
        persons.append(Person("o", Sex.MALE))
    unions = [
        Union("uab", ("a", "b")),
        Union("uv", ("v1", "v2")),
        Union("uw", ("w1", "w2")),
        Union("u0", ("k0", "v")),
        Union("u1", ("k1", "w")),
    ]
    links = [ChildLink(f"l{k}", f"k{k}", union_id="uab", birth_order=k) for k in range(4)]
    links += [
        ChildLink("lv", "v", union_id="uv", birth_order=0),
        ChildLink("lw", "w", union_id="uw", birth_order=0),
        ChildLink("lz", "z", union_id="uw", birth_order=1),
    ]
    g = Genogram.build(persons, unions, links)
    top = {"a": 0.0, "v1": 300.0, "v2": 390.0, "w1": 600.0, "w2": 690.0, "b": 1200.0}
    if extra:
        top["o"] = 900.0
    kids = {"k0": 255.0, "v": 345.0, "k1": 510.0, "w": 600.0, "z": 690.0, "k2": 855.0}
    kids["k3"] = 945.0
    boxes = {p: PersonBox(p, x, ROW, 1, False) for p, x in top.items()}
    boxes |= {p: PersonBox(p, x, 2 * ROW, 2, False) for p, x in kids.items()}
    return g, boxes


def test_the_eldest_childrens_in_laws_between_a_couple_move_out_either_side() -> None:
    """Everyone between a and b hangs off their two eldest children (``_kids_out``, u19 at
    2,000 persons): k0's branch goes left past a, w's parents right past b, w with k1 where
    her sister z mirrors her about their parents' new middle, the leaves right, so the
    sibship straddles the couple. The couple stays and nothing breaks."""
    g, boxes = _kids_out_family()
    assert rule_breaches(g, _coords(boxes), S).partners_apart == 1
    out = _kids_out(_Mender(g, boxes, OPTS), boxes)
    for p in ("a", "b"):
        assert out[p].x == boxes[p].x
    assert out["v2"].x < out["a"].x < out["b"].x < out["w1"].x
    assert out["k0"].x < out["a"].x < out["k1"].x < out["k2"].x < out["k3"].x
    assert rule_breaches(g, _coords(out), S).total == 0


def test_the_in_laws_stay_where_someone_else_stands_between_the_couple() -> None:
    """With an unrelated person between a and b as well, moving the children's parts out
    would not mend the couple: nothing moves."""
    g, boxes = _kids_out_family(extra=True)
    assert _kids_out(_Mender(g, boxes, OPTS), boxes) == boxes


def _piece_family(extra: bool = False) -> tuple[Genogram, dict[str, PersonBox]]:
    """A couple a + b (row 1) drawn apart by the parents w1 + w2 of their son c's wife w;
    c and w have a child k. With ``extra`` an unrelated person o stands between too."""
    persons = [Person(p, Sex.MALE) for p in ("a", "c", "w1", "k")]
    persons += [Person(p, Sex.FEMALE) for p in ("b", "w", "w2")]
    if extra:
        persons.append(Person("o", Sex.MALE))
    unions = [Union("uab", ("a", "b")), Union("uw", ("w1", "w2")), Union("uc", ("c", "w"))]
    links = [
        ChildLink("lc", "c", union_id="uab", birth_order=0),
        ChildLink("lw", "w", union_id="uw", birth_order=0),
        ChildLink("lk", "k", union_id="uc", birth_order=0),
    ]
    g = Genogram.build(persons, unions, links)
    top = {"a": 0.0, "w1": 270.0, "w2": 360.0, "b": 540.0}
    if extra:
        top["o"] = 450.0
    boxes = {p: PersonBox(p, x, ROW, 1, False) for p, x in top.items()}
    boxes |= {p: PersonBox(p, x, 2 * ROW, 2, False) for p, x in {"c": 235.0, "w": 325.0}.items()}
    boxes["k"] = PersonBox("k", 280.0, 3 * ROW, 3, False)
    return g, boxes


def test_a_piece_between_a_couple_moves_out_rigidly_its_children_by_half() -> None:
    """Everyone between a and b (w's parents) lies in the piece cut off at w's link to her
    husband c (``_pieces_out``): w's side moves out of the couple's stretch and their
    child k half as far, so k stays under c + w's middle. Nothing else breaks."""
    g, boxes = _piece_family()
    assert rule_breaches(g, _coords(boxes), S).total == 1
    out = _pieces_out(_Mender(g, boxes, OPTS), boxes)
    for p in ("a", "b", "c"):
        assert out[p].x == boxes[p].x
    shift = out["w"].x - boxes["w"].x
    assert out["w1"].x - boxes["w1"].x == shift == out["w2"].x - boxes["w2"].x
    assert out["k"].x - boxes["k"].x == shift / 2
    assert rule_breaches(g, _coords(out), S).total == 0
    for y in (ROW, 2 * ROW):
        row = sorted(b.x for b in out.values() if b.y == y)
        assert all(q - p >= OPTS.neighbour_gap - 1e-9 for p, q in itertools.pairwise(row))


def test_a_piece_stays_where_someone_else_stands_between_the_couple() -> None:
    """With an unrelated person between a and b too, no one piece holds everyone between
    them: nothing moves."""
    g, boxes = _piece_family(extra=True)
    assert _pieces_out(_Mender(g, boxes, OPTS), boxes) == boxes


def test_a_child_far_off_an_apart_couple_goes_under_its_middle_with_her_in_laws() -> None:
    """l and r stand apart (o1 o2, another couple, between them); their only child c stands
    far left beside her husband w, whose parents w1 w2 stand left of l. Since l and r are
    apart anyway, c, w and w's parents move in between, under l and r's middle, and r's side
    moves right to make room (``_hang_under_apart``): c is centred and nothing else breaks.
    """
    persons = [Person(p, Sex.MALE) for p in ("l", "o1", "w1", "c3", "w", "o3")]
    persons += [Person(p, Sex.FEMALE) for p in ("r", "o2", "w2", "c")]
    unions = [
        Union("ul", ("l", "r")),
        Union("uo", ("o1", "o2")),
        Union("uw", ("w1", "w2")),
        Union("uc", ("c", "w")),
    ]
    links = [
        ChildLink("k0", "c", union_id="ul", birth_order=0),
        ChildLink("k1", "o3", union_id="uo", birth_order=0),
        ChildLink("k2", "w", union_id="uw", birth_order=0),
        ChildLink("k3", "c3", union_id="uc", birth_order=0),
    ]
    g = Genogram.build(persons, unions, links)
    top = {"w1": -400.0, "w2": -310.0, "l": 0.0, "o1": 90.0, "o2": 180.0, "r": 270.0}
    mid = {"w": -355.0, "c": -265.0, "o3": 135.0}
    boxes = {p: PersonBox(p, x, 0.0, 0, False) for p, x in top.items()}
    boxes |= {p: PersonBox(p, x, ROW, 1, False) for p, x in mid.items()}
    boxes["c3"] = PersonBox("c3", -310.0, 2 * ROW, 2, False)
    before = rule_breaches(g, _coords(boxes), S)
    assert (before.partners_apart, before.not_centred, before.total) == (1, 1, 2)
    c = _coords(_hang_under_apart(g, boxes, OPTS))
    after = rule_breaches(g, c, S)
    assert (after.partners_apart, after.total) == (1, 1)  # l and r stay apart, c is centred
    assert abs(c["c"][0] - (c["l"][0] + c["r"][0]) / 2) <= S
    assert c["o1"] == (90.0, 0.0) and c["o3"] == (135.0, ROW)  # the left side stays
    for y in (0.0, ROW, 2 * ROW):
        row = sorted(x for x, yy in c.values() if yy == y)
        assert all(b - a >= OPTS.neighbour_gap - 1e-9 for a, b in itertools.pairwise(row))


def _add(
    cs: _FitConstraints,
    index: dict[str, int],
    x: dict[str, float],
    vs: list[str],
    co: list[float],
    aim: float,
    bound: float,
    mirror: bool = False,
) -> bool:
    """``cs.add`` of the terms ``_fit_terms`` reads, as ``_tight_fit`` adds a constraint."""
    return cs.add(_fit_terms(index, x, vs, co, "", ""), aim, bound, mirror)


def _add_gap(
    cs: _FitConstraints,
    index: dict[str, int],
    x: dict[str, float],
    u: str,
    v: str,
    aim: float,
    bound: float,
) -> bool:
    """``cs.add_gap`` with the two persons' places looked up, as ``_tight_fit`` does."""
    return cs.add_gap(index.get(u, -1), index.get(v, -1), x, u, v, aim, bound)


def test_free_span_spliced_is_the_free_span() -> None:
    """``_free_span_spliced`` (reading only the stretch where a row differs from the old
    one) gives ``_free_span``'s list for rows that keep the old row's first and last
    persons, the stretch between reordered, shortened or lengthened, free persons anywhere
    or nowhere."""
    rng = random.Random(31)
    for _ in range(3000):
        n = rng.randint(0, 14)
        old = [f"p{i}" for i in range(n)]
        free = {v for v in old if rng.random() < rng.choice((0.0, 0.15, 0.5))}
        pre = rng.randint(0, n)
        post = rng.randint(0, n - pre)
        mid = old[pre : n - post]
        rng.shuffle(mid)
        if mid and rng.random() < 0.3:
            mid.pop(rng.randrange(len(mid)))
        if rng.random() < 0.3:
            extra = f"q{rng.randint(0, 3)}"
            mid.insert(rng.randint(0, len(mid)), extra)
            if rng.random() < 0.5:
                free.add(extra)
        new = [*old[:pre], *mid, *old[n - post :]]
        got = _free_span_spliced(new, old, _free_at(old, free), pre, post, free)
        assert got == _free_span(new, free)


def test_fit_gap_constraint_is_the_general_one_written_out() -> None:
    """``_FitConstraints.add_gap`` (the neighbours' gap, with no lists made) builds the same
    constraints as ``add`` with the coefficients 1 and -1, free persons or not."""
    x = {"a": 3.5, "b": -7.25, "c": 40.0}
    index = {"a": 0, "c": 1}
    general = _FitConstraints([x["a"], x["c"]])
    gap = _FitConstraints([x["a"], x["c"]])
    for u, v in (("a", "b"), ("b", "c"), ("a", "c")):
        assert _add(general, index, x, [u, v], [1.0, -1.0], -30.01, -30.0)
        assert _add_gap(gap, index, x, u, v, -30.01, -30.0)
    assert _add_gap(gap, index, x, "b", "b", -0.01, 0.0) == _add(
        general, index, x, ["b", "b"], [1.0, -1.0], -0.01, 0.0
    )
    assert gap.of_person == general.of_person
    assert len(gap.cons) == len(general.cons) == 3

    def plain(cs: _FitConstraints) -> list[tuple[object, ...]]:
        return [
            (
                c.const, c.norm, c.aim, c.bound, c.n, c.c0, c.c1, c.c2, c.c3,
                *(cs.vs.index(v) for v in (c.v0, c.v1, c.v2, c.v3)),
            )
            for c in cs.cons
        ]

    assert plain(gap) == plain(general)


def test_fit_mirrored_constraint_is_the_two_adds() -> None:
    """``_FitConstraints.add`` with ``mirror`` (a family's centring both ways) builds the
    same two constraints as two adds, the second with every coefficient negated."""
    x = {"a": 3.5, "b": -7.25, "c": 40.0, "d": 12.0, "e": -1.5, "f": 8.0}
    index = {"a": 0, "c": 1, "d": 2, "e": 3, "f": 4}
    pos = [x[v] for v in index]
    once = _FitConstraints(pos)
    twice = _FitConstraints(pos)
    cases = (
        (["a", "b"], [1.0, -1.0]),
        (["c", "a", "b"], [1.0, -0.5, -0.5]),
        (["a", "c", "d", "e", "f"], [0.5, 0.5, -0.5, -0.5, 1.0]),
    )
    for vs, co in cases:
        assert _add(once, index, x, vs, co, -0.5, 0.0, True)
        assert _add(twice, index, x, vs, co, -0.5, 0.0)
        assert _add(twice, index, x, vs, [-c for c in co], -0.5, 0.0)
    assert _add(once, index, x, ["b"], [1.0], 0.0, 0.0, True) == (
        _add(twice, index, x, ["b"], [1.0], 0.0, 0.0)
        and _add(twice, index, x, ["b"], [-1.0], 0.0, 0.0)
    )
    assert once.of_person == twice.of_person

    def plain(cs: _FitConstraints) -> list[tuple[object, ...]]:
        return [
            (
                c.const, c.norm, c.aim, c.bound, c.n, c.c0, c.c1, c.c2, c.c3,
                *(cs.vs.index(v) for v in (c.v0, c.v1, c.v2, c.v3)),
                [(cs.vs.index(t.v), t.c) for t in c.terms],
            )
            for c in cs.cons
        ]

    assert plain(once) == plain(twice)


@pytest.mark.parametrize("relax", [1.5, 1.8])
def test_fit_rounds_written_out_terms_are_the_plain_projection(relax: float) -> None:
    """``_fit_rounds`` writes out constraints of up to four free persons (one and three
    padded with a zero term) and walks a list for more: every position it returns is the
    same float as the plain projection over each constraint's own terms, in order, each
    projection ``relax`` times the distance to the constraint's aim (1.8: the huge fits)."""
    rng = random.Random(7)
    n = 12
    names = [f"p{i}" for i in range(n)]
    x = {v: rng.uniform(0.0, 400.0) for v in names}
    x["fixed"] = 150.0
    index = {v: i for i, v in enumerate(names)}
    cs = _FitConstraints([x[v] for v in names])
    # Each constraint as the plain projection reads it: the fixed terms summed first, then
    # the free persons' (index, coefficient) in order, its norm, aim and bound.
    plain: list[tuple[float, list[tuple[int, float]], float, float, float]] = []
    for size in (1, 2, 3, 4, 5, 2, 4, 1, 3, 5):
        vs = rng.sample([*names, "fixed"], size)
        co = [rng.choice((1.0, -1.0, 0.5, -0.5)) for _ in vs]
        aim = rng.uniform(-60.0, 20.0)
        if _add(cs, index, x, vs, co, aim, 25.0):
            const = 0.0
            for v, c in zip(vs, co, strict=True):
                if v not in index:
                    const += c * x[v]
            own = [(index[v], c) for v, c in zip(vs, co, strict=True) if v in index]
            norm = 0.0
            for _i, c in own:
                norm += c * c
            plain.append((const, own, norm, aim, 25.0))
    assert len(plain) == len(cs.cons)
    _fit_rounds(cs, most=7, check=1000, relax=relax)
    pos = [v.x for v in cs.vs]
    want = [x[v] for v in names]
    for _ in range(7):
        worst = 0.0
        for const, own, norm, aim, bound in plain:
            t = const
            for i, c in own:
                t += c * want[i]
            if t > bound + 1e-9:
                worst = max(worst, t - bound)
            if t > aim:
                d = relax * (t - aim) / norm
                for i, c in own:
                    want[i] = want[i] - d * c
        if worst == 0.0:
            break
    assert pos == want and pos != [x[v] for v in names]


def test_fit_rounds_leap_ahead_to_a_far_placement() -> None:
    """A row of 40 free persons pushed 300 units left by a fixed one standing in their way,
    every gap kept: the rounds that leap ahead along their last stretch's moves (``leap``)
    reach a placement where every constraint holds, the last free person left of the wall."""
    n = 40
    names = [f"p{i}" for i in range(n)]
    x = {v: 30.0 * i for i, v in enumerate(names)}
    x["wall"] = 30.0 * (n - 1) - 300.0
    index = {v: i for i, v in enumerate(names)}
    cs = _FitConstraints([x[v] for v in names])
    for u, v in zip(names, [*names[1:], "wall"], strict=True):
        assert _add_gap(cs, index, x, u, v, -30.01, -30.0)
    assert _fit_rounds(cs, most=2000, fall=0.95, check=100, leap=20)
    assert all(con.value() <= con.bound + 1e-9 for con in cs.cons)
    assert cs.vs[-1].x <= x["wall"] - 30.0 + 1e-9
