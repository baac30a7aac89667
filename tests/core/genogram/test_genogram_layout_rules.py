"""Layout rules on hard family shapes, judged by the same metrics as the benchmark."""

from __future__ import annotations

import gc
import random
from dataclasses import replace
from itertools import pairwise

import pytest

from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.layout import (
    LayoutOptions,
    _Block,
    _place_all,
    _place_couple,
    _Sibs,
    layout_genogram,
)
from kastdesk.genogram.metrics import Breaches, count_crossings, rule_breaches
from kastdesk.genogram.model import ChildKind, ChildLink, Genogram, Person, Sex, Union

M, F = Sex.MALE, Sex.FEMALE


def _g(persons: dict[str, Sex], unions: list[tuple[str, str, str]], kids: list[tuple]) -> Genogram:
    """Persons by sex, unions as (id, a, b), children as (child, anchor, birth order[, twin
    [, kind]])."""
    links = []
    for i, k in enumerate(kids):
        child, anchor, order = k[0], k[1], k[2]
        twin = k[3] if len(k) > 3 else None
        kind = k[4] if len(k) > 4 else ChildKind.BIOLOGICAL
        is_union = any(u[0] == anchor for u in unions)
        links.append(
            ChildLink(
                f"l{i}",
                child,
                union_id=anchor if is_union else None,
                parent_id=None if is_union else anchor,
                birth_order=order,
                twin_group=twin,
                kind=kind,
            )
        )
    return Genogram.build(
        [Person(p, s) for p, s in persons.items()],
        [Union(uid, (a, b), order=0) for uid, a, b in unions],
        links,
    )


def _with_client(g: Genogram, client: str, second: tuple[str, ...] = ()) -> Genogram:
    """``g`` with ``client`` as the index person and the ``second`` unions ranked second."""
    return Genogram.build(
        [replace(p, is_index=p.id == client) for p in g.persons.values()],
        [replace(u, order=1 if u.id in second else 0) for u in g.unions.values()],
        list(g.child_links.values()),
    )


def _breaches(g: Genogram) -> Breaches:
    return rule_breaches(g, layout_genogram(g).coordinates(), 40)


def remarriage_chain() -> Genogram:
    """w1 - m - w2 - h2: a man with two wives, the second wife remarried; children of each."""
    persons = {"w1": F, "m": M, "w2": F, "h2": M}
    persons |= {f"a{i}": M for i in range(3)} | {f"b{i}": F for i in range(2)}
    persons |= {f"c{i}": F for i in range(2)}
    unions = [("u1", "m", "w1"), ("u2", "m", "w2"), ("u3", "h2", "w2")]
    kids = [(f"a{i}", "u1", i) for i in range(3)]
    kids += [(f"b{i}", "u2", i) for i in range(2)]
    kids += [(f"c{i}", "u3", i) for i in range(2)]
    return _g(persons, unions, kids)


def half_siblings_and_twins() -> Genogram:
    """A mother with children by two fathers; twins among them; one single-parent child."""
    persons = {"mo": F, "f1": M, "f2": M, "t1": M, "t2": M, "x": F, "y": M, "z": F}
    unions = [("u1", "f1", "mo"), ("u2", "f2", "mo")]
    kids = [("t1", "u1", 0, "tw"), ("t2", "u1", 0, "tw"), ("x", "u1", 1), ("y", "u2", 0)]
    kids += [("z", "f2", 0)]
    return _g(persons, unions, kids)


def cousins_marrying() -> Genogram:
    """Two brothers' children marry each other."""
    persons = {"gf": M, "gm": F, "s1": M, "s2": M, "w1": F, "w2": F}
    persons |= {"k1": M, "k2": F, "k3": M, "k4": F, "gk": M}
    unions = [("g", "gf", "gm"), ("u1", "s1", "w1"), ("u2", "s2", "w2"), ("c", "k2", "k3")]
    kids = [("s1", "g", 0), ("s2", "g", 1), ("k1", "u1", 0), ("k2", "u1", 1)]
    kids += [("k3", "u2", 0), ("k4", "u2", 1), ("gk", "c", 0)]
    return _g(persons, unions, kids)


def disconnected() -> Genogram:
    """Two unrelated families and a lone person."""
    persons = {"a": M, "b": F, "c": M, "d": M, "e": F, "f": F, "lone": F}
    unions = [("u1", "a", "b"), ("u2", "d", "e")]
    kids = [("c", "u1", 0), ("f", "u2", 0)]
    return _g(persons, unions, kids)


HARD = {
    "remarriage chain": remarriage_chain,
    "half-siblings and twins": half_siblings_and_twins,
    "cousins marrying": cousins_marrying,
    "disconnected pieces": disconnected,
}


@pytest.mark.parametrize("name", list(HARD))
def test_hard_cases_keep_rows_partners_and_spacing(name: str) -> None:
    b = _breaches(HARD[name]())
    assert (b.overlap, b.rows, b.partners_apart) == (0, 0, 0), b


@pytest.mark.parametrize("name", list(HARD))
def test_hard_cases_keep_birth_order(name: str) -> None:
    assert _breaches(HARD[name]()).birth_order == 0


def test_person_with_several_partners_between_or_beside_them_in_order() -> None:
    pos = layout_genogram(remarriage_chain()).persons
    xs = sorted(("w1", "m", "w2", "h2"), key=lambda p: pos[p].x)
    assert xs in (["w1", "m", "w2", "h2"], ["h2", "w2", "m", "w1"])
    assert len({pos[p].y for p in xs}) == 1


def test_half_siblings_hang_under_their_own_parents() -> None:
    """Each couple's children form their own group, on the side of their own couple line."""
    lay = layout_genogram(half_siblings_and_twins())
    first = [lay.persons[c].x for c in ("t1", "t2", "x")]
    second = lay.persons["y"].x
    if lay.unions["u1"].anchor[0] < lay.unions["u2"].anchor[0]:
        assert max(first) < second
    else:
        assert min(first) > second


def test_twins_stand_next_to_each_other() -> None:
    lay = layout_genogram(half_siblings_and_twins())
    row = sorted((b.x, p) for p, b in lay.persons.items() if b.y == lay.persons["t1"].y)
    names = [p for _, p in row]
    assert abs(names.index("t1") - names.index("t2")) == 1


def test_disconnected_pieces_sit_apart() -> None:
    pos = layout_genogram(disconnected()).persons
    first = max(pos[p].x for p in ("a", "b", "c"))
    second = min(pos[p].x for p in ("d", "e", "f"))
    assert (
        second - first >= 150 or min(pos[p].x for p in "abc") - max(pos[p].x for p in "def") >= 150
    )


def test_in_laws_parents_stand_beyond_a_partner_with_siblings() -> None:
    """The client's wife has a younger brother; their son's wife brings her parents into the
    client's row. Her parents stand beyond the wife (the brother moves aside for them, as the
    rules allow): nobody between the client and his wife, the children centred below them in
    birth order, and no line crossed."""
    persons = {"x": M, "p": F, "pb": M, "pf": M, "pm": F, "k1": F, "k2": M, "l": F}
    persons |= {"lf": M, "lm": F}
    unions = [("u", "x", "p"), ("pu", "pf", "pm"), ("ku", "k2", "l"), ("lu", "lf", "lm")]
    kids = [("p", "pu", 0), ("pb", "pu", 1), ("k1", "u", 0), ("k2", "u", 1), ("l", "lu", 0)]
    g = _with_client(_g(persons, unions, kids), "x")
    lay = layout_genogram(g)
    assert _breaches(g).total == 0
    assert count_crossings(g, lay.coordinates()) == 0
    x = {p: lay.persons[p].x for p in ("x", "p", "lf", "lm")}
    assert x["x"] < x["p"] < min(x["lf"], x["lm"])


def test_several_partners_stand_on_the_sides_their_siblings_allow() -> None:
    """A man's second partner has an elder sister: the second partner stands on his left (her
    sister beyond her, in birth order) and the first, with no family drawn, on his right."""
    persons = {"m": M, "w1": F, "w2": F, "s": F, "f": M, "mo": F}
    unions = [("u1", "m", "w1"), ("u2", "m", "w2"), ("pu", "f", "mo")]
    kids = [("s", "pu", 0), ("w2", "pu", 1)]
    g = _with_client(_g(persons, unions, kids), "m", second=("u2",))
    assert _breaches(g).total == 0
    pos = layout_genogram(g).persons
    assert pos["s"].x < pos["w2"].x < pos["m"].x < pos["w1"].x


def test_partner_whose_child_has_foster_parents_stands_outermost() -> None:
    """A woman with three partners, the first and third on one side. The first couple's son
    also has foster parents, who stand in the woman's row beside the family: the first
    partner goes outermost on that side, so the third (nothing drawn beside him) stands
    between her and the first and nobody else stands between her and either of them."""
    persons = {"w": F, "a": M, "b": M, "c": M, "wf": M, "wm": F, "k": M, "ff": M, "fm": F}
    unions = [("u1", "a", "w"), ("u2", "b", "w"), ("u3", "c", "w"), ("pu", "wf", "wm")]
    unions += [("fu", "ff", "fm")]
    kids = [("w", "pu", 0), ("k", "u1", 0), ("k", "fu", 0, None, ChildKind.FOSTER)]
    g = _with_client(_g(persons, unions, kids), "w", second=("u2", "u3"))
    b = _breaches(g)
    assert b.partners_apart == 0
    pos = layout_genogram(g).persons
    side = [p for p in ("a", "c") if (pos[p].x < pos["w"].x) == (pos["a"].x < pos["w"].x)]
    assert side == ["a", "c"]  # both on one side
    assert abs(pos["c"].x - pos["w"].x) < abs(pos["a"].x - pos["w"].x)


def test_mothers_married_younger_brother_stands_beyond_the_father() -> None:
    """The client's mother is the middle of three; her younger brother has a wife. Her
    siblings all stood left of her (the father on her right), the brother out of birth order,
    and the mending pass moves only siblings with no family of their own. Her sibship now
    reaches around her couple: the elder sister left of her, the brother and his wife beyond
    the father, her parents over the middle of the three."""
    persons = {"c": M, "f": M, "m": F, "e": F, "y": M, "yw": F, "mf": M, "mm": F}
    persons |= {"ff": M, "fm": F, "fs": M}
    unions = [("u", "f", "m"), ("mu", "mf", "mm"), ("yu", "y", "yw"), ("fu", "ff", "fm")]
    kids = [("c", "u", 0), ("e", "mu", 0), ("m", "mu", 1), ("y", "mu", 2)]
    kids += [("f", "fu", 0), ("fs", "fu", 1)]
    g = _with_client(_g(persons, unions, kids), "c")
    pos = layout_genogram(g).persons
    assert _breaches(g).total == 0
    assert pos["e"].x < pos["m"].x < pos["f"].x < pos["y"].x


def test_both_parents_middle_children_have_their_sibships_around_the_couple() -> None:
    """Father and mother are each the middle of three, every sibling with a partner: whichever
    stands left, one of them had a sibling out of birth order. Both sibships now go around
    the couple: the father's younger sister beyond the mother, the mother's elder sister
    beyond the father, each set of parents over the middle of their three."""
    persons = {"c": M, "f": M, "m": F, "fe": M, "fy": F, "me": F, "my": M, "ff": M, "fm": F}
    persons |= {"mf": M, "mm": F, "fyp": M, "myp": F, "mep": M}
    unions = [("u", "f", "m"), ("fu", "ff", "fm"), ("mu", "mf", "mm")]
    unions += [("u2", "fy", "fyp"), ("u3", "my", "myp"), ("u4", "me", "mep")]
    kids = [("c", "u", 0), ("fe", "fu", 0), ("f", "fu", 1), ("fy", "fu", 2)]
    kids += [("me", "mu", 0), ("m", "mu", 1), ("my", "mu", 2)]
    g = _with_client(_g(persons, unions, kids), "c")
    c = layout_genogram(g).coordinates()
    assert _breaches(g).total == 0
    assert c["fe"][0] < c["me"][0] < c["f"][0] < c["m"][0] < c["fy"][0] < c["my"][0]


def test_mothers_younger_sibling_with_no_family_of_their_own_goes_around_the_couple() -> None:
    """Demo map 3 of 40 persons: the mother's younger sibling (a miscarriage) stood left of
    her and the mending pass, moving them across, left her cousin standing between her and
    the father. Her sibship now reaches around the couple at the cost of at most two
    crossings: the sibling beyond the father's block, nobody between the parents."""
    g = make_demo_genogram(random.Random(3), None, "male", 40)
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).birth_order == 0
    assert c["p7"][0] < c["p8"][0] < c["p5"][0] < c["p9"][0]
    lo, hi = c["p8"][0], c["p5"][0]
    between = {p for p, (x, y) in c.items() if y == c["p8"][1] and lo < x < hi}
    assert between <= set(g.partners_of("p8")) | set(g.partners_of("p5"))


def test_foster_child_decides_which_parent_stands_left_only_where_siblings_can_follow() -> None:
    """Family 213 of 200 persons: where a parent's sibling on the wrong side cannot go around
    the couple, turning the couple round for a foster child's birth family traded the foster
    child's breach for siblings' (9 breaches, 13 with the foster child deciding everywhere)."""
    g = generate_family(seed=213, size=200)
    assert _breaches(g).total <= 9


def test_sibship_around_the_couple_does_not_drag_the_childrens_halves_far_apart() -> None:
    """Family 19 of 40 persons: the mother's sibship went around the couple with room for the
    children's in-laws reserved beside each parent, so far out that the children's lines
    crossed 18 others for the one breach it mended (2 crossings before). As for the reserved
    placement itself, the room may be at most _MAX_RESERVE_GAPS gaps more than the in-laws
    need on their own; where the plain placement fits, none is reserved."""
    g = generate_family(seed=19, size=40)
    assert count_crossings(g, layout_genogram(g).coordinates()) <= 4


def test_second_parents_of_a_clients_child_stand_beyond_the_clients_other_partner() -> None:
    """Demo map 29 of 40 persons: the client's child with his first wife also has a second set
    of parents, in the client's row. The client's relatives leave them no room beside the
    couple, and they stood between the client and his wife. Sending the children a few gaps
    further out puts them beyond the client's second partner instead."""
    g = make_demo_genogram(random.Random(29), None, "male", 40)
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).partners_apart == 0
    (couple,) = [u for u in g.unions.values() if set(u.partners) == {"p11", "p21"}]
    lo, hi = sorted(c[p][0] for p in couple.partners)
    assert not any(lo < c[p][0] < hi for p in ("p24", "p25"))


def test_twins_stand_side_by_side_with_their_partners_outside() -> None:
    """The elder twin's wife stood between the twins (man left, wife right): the three of
    them under one point read as triplets."""
    persons = {"f": M, "m": F, "t1": M, "t2": M, "w1": F, "w2": F, "s": F}
    unions = [("u", "f", "m"), ("u1", "t1", "w1"), ("u2", "t2", "w2")]
    kids = [("s", "u", 0), ("t1", "u", 1, "tw"), ("t2", "u", 1, "tw")]
    for client in ("s", "f", "t1"):
        g = _with_client(_g(persons, unions, kids), client)
        pos = layout_genogram(g).persons
        lo, hi = sorted((pos["t1"].x, pos["t2"].x))
        between = [p for p in persons if p not in ("t1", "t2") and pos[p].y == pos["t1"].y
                   and lo < pos[p].x < hi]
        assert between == [], (client, between)
        assert _breaches(g).total == 0


@pytest.mark.parametrize("size", [20, 100])
def test_generated_families_keep_hard_rules(size: int) -> None:
    g = generate_family(seed=size, size=size)
    b = _breaches(g)
    assert (b.overlap, b.rows) == (0, 0)


@pytest.mark.parametrize(("seed", "size"), [(659, 250), (1, 120), (2, 250), (3, 400)])
def test_more_generated_families_keep_hard_rules(seed: int, size: int) -> None:
    """Seed 659 once put two persons on one spot: a partner given room beside them for the
    children's in-laws was placed clear of this person but not of the nearer children."""
    b = _breaches(generate_family(seed=seed, size=size))
    assert (b.overlap, b.rows) == (0, 0)


def test_a_partner_with_a_further_partner_stands_outermost() -> None:
    """The client's father m has two more partners: b, who has a partner h of her own, and a,
    who has a younger sister. Both bring someone into m's row, so both counted as crowded and
    kept their order: b stood inner, and h stood between m and a (the 500-person bench
    family's p32, p76 and p93). A partner who continues the chain of couples goes last, so h
    stands at the outer end; a's sister goes around the couple instead."""
    persons = {"k": M, "m": M, "w": F, "b": F, "h": M, "a": F, "s": F, "pa": M, "ma": F}
    unions = [("u1", "m", "w"), ("u2", "m", "b"), ("u3", "h", "b"), ("u4", "m", "a")]
    unions += [("u5", "pa", "ma")]
    kids = [("k", "u1", 0), ("a", "u5", 0), ("s", "u5", 1)]
    g = _with_client(_g(persons, unions, kids), "k")
    assert _breaches(g).total == 0


def test_inner_partners_younger_sibling_stands_beyond_the_outer_partners_family() -> None:
    """500-person bench family: p135 has p227 and p430 on her right, and both bring younger
    siblings into the row. p227's brother p400 (with his partner p417 and hers p473) stood
    between p135 and p430; now p227 is attached as her own part and her birth family built
    around the whole block: p400 beyond p430's sisters p499 p500, their parents p228 p229 over
    the sibship's middle."""
    g = generate_family(seed=500, size=500)
    c = layout_genogram(g).coordinates()
    y = c["p135"][1]
    between = {p for p, (x, yy) in c.items() if yy == y and c["p135"][0] < x < c["p430"][0]}
    assert between <= {"p227"}
    assert c["p500"][0] < c["p400"][0]
    mid = (c["p228"][0] + c["p229"][0]) / 2
    assert abs((c["p227"][0] + c["p400"][0]) / 2 - mid) <= LayoutOptions().symbol_size


def test_a_partner_whose_child_lifts_in_laws_stands_beyond_a_partner_with_siblings() -> None:
    """2,000-person bench family: p96, brought in by p95, has two more partners on her far
    side: p831, an only child whose son p834 married p1779 (p1779's parents p1780 p1781 come up
    into p96's row), and p154, the eldest of three. Attached the usual way p831 (nobody of his
    own in the row) stood inner, and p1780 p1781 between p96 and p154; likewise p224's p476
    and p520. Now the partner whose child lifts in-laws stands outermost, the in-laws beyond
    him, and the other partner's younger siblings go around the whole block. (p96 has since
    gone past her first partner p95 too, towards her parents: ``_Mender.hub_child_across``;
    p95 is a partner, so he may stand between.)"""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    for hub, inner, outer, in_laws, sibling in (
        ("p96", "p154", "p831", "p1780", "p1640"),
        ("p224", "p520", "p476", "p1375", "p1031"),
    ):
        y = c[hub][1]
        between = {p for p, (x, yy) in c.items() if yy == y and c[hub][0] < x < c[outer][0]}
        assert inner in between and between <= set(g.partners_of(hub)), hub
        assert c[outer][0] < c[in_laws][0] < c[sibling][0], hub


def test_a_childless_partner_stands_beyond_the_other_for_the_childrens_in_laws() -> None:
    """x has two partners: a, whose younger son c2 (the half nearer x) married d, and b, with
    no children. With a on x's left and b on her right, d's parents dp dm could stand only
    right of x, between her and b (p471's p741 and p815 at 2,000 persons). Now b stands
    beyond a, and dp dm right of x, before her younger sister."""
    persons = {"x": F, "pp": M, "pm": F, "xs": F, "a": M, "b": M, "c1": M, "c2": M, "d": F}
    persons |= {"dp": M, "dm": F}
    unions = [("u1", "pp", "pm"), ("u2", "a", "x"), ("u3", "b", "x"), ("u4", "c2", "d")]
    unions += [("u5", "dp", "dm")]
    kids = [("x", "u1", 0), ("xs", "u1", 1), ("c1", "u2", 0), ("c2", "u2", 1), ("d", "u5", 0)]
    g = _with_client(_g(persons, unions, kids), "xs")
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).total == 0
    assert c["b"][0] < c["a"][0] < c["x"][0] < c["dp"][0] < c["xs"][0]


def test_a_wrapped_sibship_may_hang_from_parents_beyond_the_other_partners_parents() -> None:
    """Generated family 129 of 87 persons: p4, the eldest of three, stands left of p3 with
    her younger sisters p24 p25 beyond him. Their parents p22 p23 had to stand over the
    sibship's middle on the near side of everything the couple's block brings into their
    row; they fit only beyond it, so the sibship went unwrapped and p4 stood right of p24.
    The block may now be the sibship's other half: the parents beyond it, still centred."""
    g = generate_family(seed=129, size=87)
    c = layout_genogram(g).coordinates()
    assert c["p4"][0] < c["p24"][0] < c["p25"][0]
    mid = (c["p22"][0] + c["p23"][0]) / 2
    assert abs((c["p4"][0] + c["p25"][0]) / 2 - mid) <= LayoutOptions().symbol_size
    assert rule_breaches(g, c, 40).total <= 3  # 4 before


def test_the_other_partners_siblings_stand_a_gap_further_out_for_both_parents() -> None:
    """2,000-person bench family: p725 and his wife p726 are both the eldest. p725's younger
    siblings p826 p827 go around the couple, beyond p726, and p726's siblings beyond them:
    both couples of parents then want neighbouring places over their sibships, and missed
    by half a gap, so the wrap was given up and p725 stood right of p826. With p726's
    siblings one gap further out both couples stand over their children."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    s = LayoutOptions().symbol_size
    assert c["p725"][0] < c["p826"][0] < c["p827"][0]
    families = (("p824", "p825", "p725", "p827"), ("p1300", "p1301", "p726", "p1303"))
    for pa, pb, first, last in families:
        mid = (c[pa][0] + c[pb][0]) / 2
        assert abs((c[first][0] + c[last][0]) / 2 - mid) <= s


def test_a_wrapped_sibship_may_stand_beyond_the_other_partners_birth_family() -> None:
    """2,000-person bench family: p386 and p266 are the eldest, each married to a partner who
    stands on their right (p387 the eldest too, p267 an only child under his parents). Their
    younger siblings around the couple, just beyond the partner, put both couples of parents
    over overlapping places in their row, so the wrap was given up and the eldest stood
    right of the younger ones. The siblings now stand beyond the partner's whole birth
    family and their parents beyond the partner's parents, each couple over its children."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    s = LayoutOptions().symbol_size
    assert c["p386"][0] < c["p435"][0] < c["p436"][0] < c["p548"][0]
    assert c["p266"][0] < c["p1408"][0] < c["p1409"][0]
    families = (
        ("p433", "p434", "p386", "p548"),
        ("p447", "p448", "p387", "p496"),
        ("p1406", "p1407", "p266", "p1409"),
        ("p340", "p341", "p267", "p267"),
    )
    for pa, pb, first, last in families:
        mid = (c[pa][0] + c[pb][0]) / 2
        assert abs((c[first][0] + c[last][0]) / 2 - mid) <= s
    # Crossed: the eldest's parents stand beyond the partner's.
    assert c["p447"][0] < c["p433"][0] and c["p340"][0] < c["p1406"][0]
    for a, b in (("p386", "p387"), ("p266", "p267"), ("p433", "p434"), ("p1406", "p1407")):
        lo, hi = sorted((c[a][0], c[b][0]))
        assert not [p for p, (x, y) in c.items() if y == c[a][1] and lo < x < hi]


def test_a_couple_of_two_eldest_turns_round_where_only_the_other_siblings_go_around() -> None:
    """Both partners the eldest, either order as good: one partner's younger siblings must
    go around the couple. Generated family 90 of 92: p21 (eldest of four, all married but
    the youngest) stood left of p22 (eldest, her brother p35 loose); his siblings' wrap
    found no place for their parents p39 p40, so they stood left of him, out of order, with
    two couples drawn apart around them. Now p22 stands left, p35 goes around beyond p21,
    and p21's siblings stand on his right in order. 2,000 persons: p164 and p165 the same
    (u280, p164's younger brother p854 brings his wife's parents up)."""
    g = generate_family(seed=90, size=92)
    c = layout_genogram(g).coordinates()
    assert c["p22"][0] < c["p21"][0] < c["p35"][0]
    assert c["p21"][0] < c["p41"][0] < c["p42"][0] < c["p77"][0]
    assert rule_breaches(g, c, 40).total == 0  # 4 before
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    s = LayoutOptions().symbol_size
    assert c["p165"][0] < c["p164"][0] < c["p255"][0]
    assert c["p164"][0] < c["p854"][0]
    for pa, pb, first, last in (("p852", "p853", "p164", "p854"), ("p253", "p254", "p165", "p255")):
        mid = (c[pa][0] + c[pb][0]) / 2
        assert abs((c[first][0] + c[last][0]) / 2 - mid) <= s


def test_a_married_in_partners_sibship_goes_around_the_persons_whole_block() -> None:
    """2,000-person bench family: p66, the eldest of four, married p7 (the central couple's
    daughter, with a second partner p918) and stands on her left. p7's block is built first,
    from her parents, so no wrap of a couple of parents was ever tried: p66's younger
    siblings stood on his far left, out of birth order. They now stand beyond everything
    p7's block has on its right, and their parents p376 p377 beyond p918's parents, over
    the middle of the whole sibship; p66 and p7 stand side by side. (Since session 25 p7's
    second partner p918 stands past the map's left edge, left of p66: ``_side_past_edge``.)"""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    assert c["p918"][0] < c["p66"][0] < c["p7"][0] < c["p604"][0] < c["p1257"][0]
    assert c["p1257"][0] < c["p1443"][0]
    mid = (c["p376"][0] + c["p377"][0]) / 2
    assert abs((c["p66"][0] + c["p1443"][0]) / 2 - mid) <= LayoutOptions().symbol_size
    lo, hi = sorted((c["p66"][0], c["p7"][0]))
    assert not [p for p, (x, y) in c.items() if y == c["p7"][1] and lo < x < hi]


def test_a_married_in_partners_sibship_goes_around_an_only_partners_block() -> None:
    """Generated family 228 of 130 persons: p64, the elder of two, married p13 (a child of
    the central couple, reached from her parents, with p64 her only partner) and stands on
    her left; his younger brother p98 stood on his far left. The same construction with one
    partner: p98 beyond p13, their parents p96 p97 over the middle of the two."""
    g = generate_family(seed=228, size=130)
    c = layout_genogram(g).coordinates()
    assert c["p64"][0] < c["p13"][0] < c["p98"][0]
    mid = (c["p96"][0] + c["p97"][0]) / 2
    assert abs((c["p64"][0] + c["p98"][0]) / 2 - mid) <= LayoutOptions().symbol_size
    assert rule_breaches(g, c, 40).total <= 4  # 5 before


def test_a_partners_partners_sibship_goes_around_the_bringing_persons_block() -> None:
    """2,000-person bench family: p1169, the eldest of three, married p113, who has no
    parents in the tree and is brought in by p110 (reached from his parents) on his right;
    p1169 stands on p113's far left and his younger siblings p1482 p1483 stood further left,
    out of birth order. p113's block is now built with p1169 bare and p1169's siblings
    placed beyond everything p110's block has on its right, their parents p1480 p1481 over
    the middle of the whole sibship."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    assert c["p1169"][0] < c["p113"][0] < c["p110"][0] < c["p181"][0] < c["p1482"][0]
    assert c["p1482"][0] < c["p1483"][0]
    mid = (c["p1480"][0] + c["p1481"][0]) / 2
    assert abs((c["p1169"][0] + c["p1483"][0]) / 2 - mid) <= LayoutOptions().symbol_size
    # (p113 and p110 stand apart as before: their children's in-laws' parents, u36.)
    lo, hi = sorted((c["p1169"][0], c["p113"][0]))
    assert not [p for p, (x, y) in c.items() if y == c["p113"][1] and lo < x < hi]


def test_a_step_family_that_brings_in_laws_parents_stands_beyond_the_married_in_parent() -> None:
    """2,000-person bench family: p257, the only child of p690 and p691, married p18 (on
    her right). p690's other partner p856 has no child by him but three by p1259, and p1260
    married p1719, whose parents p1720 p1721 are in the tree. p690 stood on p18's side, so
    p856's family came down between p257 and p18 (u83). That step-family now counts as
    p690's other children: p690 stands on the far side, p856's family beyond him, p257
    beside p18. (Since p18's parents p8 and p17 stand inside the central couple's line, the
    whole stands mirrored, p18 left of p257; the step-family's eldest p1260 is then on the
    near side and her husband p1719 under his parents pushes the sibship 360 units off
    p856 and p1259's middle, u413: one breach back for the three that mirror mended.)"""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert (x["p856"] - x["p690"]) * (x["p690"] - x["p691"]) > 0
    assert (x["p1262"] - x["p257"]) * (x["p257"] - x["p18"]) > 0
    lo, hi = sorted((x["p257"], x["p18"]))
    assert not [p for p, (px, y) in c.items() if y == c["p18"][1] and lo < px < hi]


def test_a_partners_cousins_stand_beyond_the_couple_the_person_came_up_from() -> None:
    """2,000-person bench family: p4 and p3 are the parents of p8 (the central couple's
    husband); p4's other partner p625 stands on p4's left, and p625's father p1342 has a
    younger sister p1506 whose children p1614 p1615 (p625's cousins, with their partners)
    stood between p4 and p3 (u2). The couple is now built with p1342's birth family left
    out and that family placed around the whole block after: p4 beside p3, p625's parents
    still over p625, p1342's parents over their children."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    s = LayoutOptions().symbol_size
    assert c["p625"][0] < c["p4"][0] < c["p3"][0]
    lo, hi = c["p4"][0], c["p3"][0]
    assert not [p for p, (x, y) in c.items() if y == c["p4"][1] and lo < x < hi]
    assert abs((c["p1342"][0] + c["p1343"][0]) / 2 - c["p625"][0]) <= s
    mid = (c["p1504"][0] + c["p1505"][0]) / 2
    ends = sorted(c[p][0] for p in g.children_of("p1504"))
    assert abs((ends[0] + ends[-1]) / 2 - mid) <= s


def test_a_partners_own_cousins_stand_beyond_the_couple_the_person_came_up_from() -> None:
    """2,000-person bench family: p75 and p74 (on her right) are reached from their
    children. p74's father p164 has half-siblings p883 p884 (his father p852's children by
    p880), whose families stood in p74's row between p75 and p74 (u26). The couple is now
    built with p164's birth family left out and that family placed around the whole block
    after: p75 beside p74, p74's parents still over their children, p852 and p853 over
    theirs (p852 and p880's children stay off-centre, u289, as before)."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    s = LayoutOptions().symbol_size
    assert c["p75"][0] < c["p74"][0]
    lo, hi = c["p75"][0], c["p74"][0]
    assert not [p for p, (x, y) in c.items() if y == c["p74"][1] and lo < x < hi]
    for pa, pb in (("p164", "p165"), ("p852", "p853")):
        kids = [k for k in g.children_of(pa) if pb in g.parents_of(k)]
        ends = sorted(c[k][0] for k in kids)
        assert abs((ends[0] + ends[-1]) / 2 - (c[pa][0] + c[pb][0]) / 2) <= s


def test_a_partners_relatives_go_beyond_the_person_with_room_for_the_children() -> None:
    """2,000-person bench family: p43 (reached from her parents p40 p33) has her husband p56
    on her right; p56's mother p75 has half-siblings (p79's children by p106 and p1590)
    whose children and grandchildren stood in p56's row between p43 and p56 (77 persons,
    u20): the room reserved beside p56 for the children's in-laws kept p56's block as built.
    p56's own part now takes the room and his birth family is built around the couple after:
    nobody between them, p56's parents over their children."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    s = LayoutOptions().symbol_size
    lo, hi = sorted((c["p43"][0], c["p56"][0]))
    assert not [p for p, (x, y) in c.items() if y == c["p43"][1] and lo < x < hi]
    kids = [k for k in g.children_of("p74") if "p75" in g.parents_of(k)]
    ends = sorted(c[k][0] for k in kids)
    assert abs((ends[0] + ends[-1]) / 2 - (c["p74"][0] + c["p75"][0]) / 2) <= s


def test_a_partners_cousins_go_beyond_the_person_where_the_children_fit_between() -> None:
    """Generated family 5 of 302 persons: p8's partner p17 (on his left) brought her cousin
    p138 (her parent's sibling's child) into their row between them (u6), built plain beside
    p8 where the children's in-laws fit between the couple. Her birth family is now built
    around the couple there too, as :meth:`_partner_family_around` does elsewhere."""
    g = generate_family(seed=5, size=300)
    c = layout_genogram(g).coordinates()
    lo, hi = sorted((c["p17"][0], c["p8"][0]))
    assert not [p for p, (x, y) in c.items() if y == c["p8"][1] and lo < x < hi]
    assert rule_breaches(g, c, 40).total <= 5  # 6 before


def test_a_sibship_beyond_the_other_partners_birth_family_may_go_further_out() -> None:
    """Generated family 259 of 162 persons: p42, the eldest, has her husband p43 (an only
    child under his parents p69 p70) on her right. Her parents p50 p51 clear his only once
    her brother p52 stands more than four gaps beyond what the block brings into their row
    (their own relatives reach further than that row shows): tried up to 16 gaps."""
    g = generate_family(seed=259, size=162)
    c = layout_genogram(g).coordinates()
    assert c["p42"][0] < c["p43"][0] < c["p52"][0]
    for pa, pb, first, last in (("p50", "p51", "p42", "p52"), ("p69", "p70", "p43", "p43")):
        mid = (c[pa][0] + c[pb][0]) / 2
        assert abs((c[first][0] + c[last][0]) / 2 - mid) <= LayoutOptions().symbol_size
    assert rule_breaches(g, c, 40).total <= 3  # 4 before


def test_a_huge_family_sends_the_childrens_halves_further_out_past_their_relatives() -> None:
    """2,000-person bench family: p243's parents-in-law p1252 p1253 stood between her
    parents p141 and p242 (whose other partner p277's children hang under the couple), and
    p1714 p1715 between p275 and p276: the halves of the children would have had to go more
    than 8 gaps further out to take them past. Above 1,000 persons they may go 24."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    for a, b in (("p141", "p242"), ("p275", "p276")):
        lo, hi = sorted((c[a][0], c[b][0]))
        assert not [p for p, (x, y) in c.items() if y == c[a][1] and lo < x < hi]
    mid = (c["p141"][0] + c["p242"][0]) / 2
    assert abs((c["p243"][0] + c["p244"][0]) / 2 - mid) <= LayoutOptions().symbol_size


def test_in_laws_on_the_persons_side_stand_beyond_the_person() -> None:
    """x's eldest child c1 married i, whose parents stand in x's row; x's partner y has a
    younger sister z whose four children begin right below y. Centring ties the children's
    two halves to the same distance inside the partners, so with z's children in the way the
    in-laws' parents stood between x and y (the 2,000-person bench family's p292 and p1586).
    Room beside y for her half of the children, reserved before her sister is placed, lets
    them stand beyond x with no crossing."""
    persons = {"gp": M, "gm": F, "s": M, "x": M, "y": F, "yp": M, "ym": F, "z": F, "zz": M}
    persons |= {"c1": F, "c2": M, "c3": M, "i": M, "ip": M, "im": F}
    persons |= {f"n{j}": M for j in range(4)}
    unions = [("u1", "gp", "gm"), ("u2", "x", "y"), ("u3", "yp", "ym"), ("u4", "zz", "z")]
    unions += [("u5", "i", "c1"), ("u6", "ip", "im")]
    kids = [("s", "u1", 0), ("x", "u1", 1), ("y", "u3", 0), ("z", "u3", 1), ("i", "u6", 0)]
    kids += [("c1", "u2", 0), ("c2", "u2", 1), ("c3", "u2", 2)]
    kids += [(f"n{j}", "u4", j) for j in range(4)]
    g = _with_client(_g(persons, unions, kids), "gp")
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).total == 0
    assert count_crossings(g, c) == 0


def test_a_parents_cousins_stand_beyond_the_couple() -> None:
    """The client's father x is the younger of two; his mother xm has a younger sister xa
    whose son cz stands in x's row. Built with his birth family before the couple, x's block
    held cz right of x, and the mother y stood beyond him (the 2,000-person bench family's
    p725 and p726). The couple with the child is placed first and each partner's birth
    family around it, so cz stands beyond y: no breach, for one crossing."""
    persons = {"c": F, "x": M, "y": F, "xs": M, "xp": M, "xm": F, "gp": M, "gm": F}
    persons |= {"xa": F, "xb": M, "cz": M, "yp": M, "ym": F, "ys": F}
    unions = [("u1", "x", "y"), ("u2", "xp", "xm"), ("u3", "gp", "gm"), ("u4", "xb", "xa")]
    unions += [("u5", "yp", "ym")]
    kids = [("c", "u1", 0), ("xs", "u2", 0), ("x", "u2", 1), ("xm", "u3", 0), ("xa", "u3", 1)]
    kids += [("cz", "u4", 0), ("y", "u5", 0), ("ys", "u5", 1)]
    g = _with_client(_g(persons, unions, kids), "c")
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).total == 0
    assert count_crossings(g, c) <= 1


def test_a_parents_cousins_stand_beyond_a_partner_with_no_parents_drawn() -> None:
    """As above, but the mother y has no parents in the map, only a first husband h and
    their daughter d: x's cousin cz stood between x and y (the 2,000-person bench family's
    p216 and p217), and stands beyond them now, at no crossing."""
    persons = {"c": F, "x": M, "y": F, "xs": M, "xp": M, "xm": F, "gp": M, "gm": F}
    persons |= {"xa": F, "xb": M, "cz": M, "h": M, "d": F}
    unions = [("u1", "x", "y"), ("u2", "xp", "xm"), ("u3", "gp", "gm"), ("u4", "xb", "xa")]
    unions += [("u5", "h", "y")]
    kids = [("c", "u1", 0), ("xs", "u2", 0), ("x", "u2", 1), ("xm", "u3", 0), ("xa", "u3", 1)]
    kids += [("cz", "u4", 0), ("d", "u5", 0)]
    g = _with_client(_g(persons, unions, kids), "c")
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).total == 0
    assert count_crossings(g, c) == 0


def test_a_married_in_partners_cousins_stand_beyond_the_couple_in_a_big_family() -> None:
    """2,000-person bench family: p332's cousins (a parent's siblings' children) stood
    between her and her husband p236, and p30's between her and p61. Above MEND_AT_MOST
    persons the partner's birth family is built around the couple where it would reach past
    the partner, so nobody stands between them now."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    for a, b in (("p236", "p332"), ("p61", "p30")):
        lo, hi = sorted((c[a][0], c[b][0]))
        allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
        between = [p for p, (x, y) in c.items() if y == c[a][1] and lo < x < hi]
        assert set(between) <= allowed, (a, b, between)


def test_a_fathers_cousin_stands_beyond_a_mother_with_nobody_else() -> None:
    """The same with a mother who has no one else in the map: x's cousin cz stood between x
    and y (the 2,000-person bench family's p325 and p326), and stands beyond y now."""
    persons = {"c": F, "x": M, "y": F, "xs": M, "xp": M, "xm": F, "gp": M, "gm": F}
    persons |= {"xa": F, "xb": M, "cz": M}
    unions = [("u1", "x", "y"), ("u2", "xp", "xm"), ("u3", "gp", "gm"), ("u4", "xb", "xa")]
    kids = [("c", "u1", 0), ("xs", "u2", 0), ("x", "u2", 1), ("xm", "u3", 0), ("xa", "u3", 1)]
    kids += [("cz", "u4", 0)]
    g = _with_client(_g(persons, unions, kids), "c")
    c = layout_genogram(g).coordinates()
    assert rule_breaches(g, c, 40).total == 0
    assert count_crossings(g, c) == 0


def test_a_couple_placed_leftwards_reports_its_left_half_first() -> None:
    """``_place_couple`` returns the offsets of the children's halves left half first on
    either side; leftwards it returned the right half first, which nothing read until the
    partner's birth family built around the couple judged the children's middle by it (and
    refused couples whose children were centred)."""
    left, right = _Block(), _Block()
    left.put("a", 0.0, 1)
    right.put("b", 0.0, 1)
    sibs = _Sibs(left, -45.0, right, 45.0, {})
    k = _Block()
    k.put("p", 0.0, 0)
    got = _place_couple(k, 0, -1, None, "q", sibs, sibs.right, sibs.a_right, sibs.a_left, 60, 120)
    assert dict(k.subs[i] for i in range(2)) == {right: got[1], left: got[0]}


def test_an_only_child_married_to_an_only_child_is_centred_by_the_blocks() -> None:
    """z's only child c married d, the only child of dp and dm. Both couples must stand over
    their own child, so the couple c-d must be wider than two partners usually stand: the
    blocks put dp and dm right beside c, where her own parents had to stand, and hung c off
    their middle; the mending pass recentred it, but above MEND_AT_MOST persons it reaches
    only families two gaps off (the 500-person bench family's p325, 270 off). Room for c's
    parents is kept over her while d is placed, and d's parents stand beyond him."""
    persons = {"gp": M, "gm": F, "s1": F, "z": M, "s2": M, "w": F}
    persons |= {"c": F, "d": M, "dp": M, "dm": F}
    unions = [("u1", "gp", "gm"), ("u2", "z", "w"), ("u3", "d", "c"), ("u4", "dp", "dm")]
    kids = [("s1", "u1", 0), ("z", "u1", 1), ("s2", "u1", 2), ("c", "u2", 0), ("d", "u4", 0)]
    g = _with_client(_g(persons, unions, kids), "gp")
    boxes = _place_all(g, LayoutOptions(), mend=False)
    c = {p: (b.x, b.y) for p, b in boxes.items()}
    assert rule_breaches(g, c, 40).total == 0
    assert count_crossings(g, c) == 0


def test_bench_family_of_20_has_no_breaches() -> None:
    """The 20-person bench family had one: a loose younger sibling stood beyond the married-in
    partner of an elder one. The mending pass moves them to their side of the family."""
    g = generate_family(seed=20, size=20)
    assert _breaches(g).total == 0


def test_couple_with_other_partners_lines_crossed() -> None:
    """The 100-person bench family's parents p8 (a middle child: p7 elder, p9 and p90
    younger) and p5 both have other partners. p5's (p16, p13) stand beyond p8 and p8's (p17)
    beyond p5, so p8's younger siblings go beyond everything on p5's side, her parents in a
    gap of the row above over the whole sibship; her foster child p18 (of p17) stays under
    that long couple line, its birth parents beyond p17."""
    g = generate_family(seed=100, size=100)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p13"] < x["p8"] and x["p16"] < x["p8"] < x["p5"] < x["p17"]
    assert x["p7"] < x["p8"] < x["p9"] < x["p90"]
    assert abs((x["p7"] + x["p90"]) / 2 - (x["p3"] + x["p4"]) / 2) <= 40
    assert abs(x["p18"] - (x["p8"] + x["p17"]) / 2) <= 40
    assert min(x["p57"], x["p58"]) > x["p17"]


def test_crossed_couple_nests_three_sibships() -> None:
    """The same family with nothing left: p5's partner p13 (an elder sister) has her younger
    brother p25 on the far side, so her sibship goes around the couple too, inside p8's; and
    the foster child p18's birth mother p58 has her younger brother p66 beyond p8's youngest
    (p9 p90), their parents p64 p65 (with p65's own parents above) over the middle of that
    outermost sibship, so p66's line does not cross p9's, p90's and p25's. No breach, no
    more crossings than dot (23)."""
    g = generate_family(seed=100, size=100)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p13"] < x["p8"] < x["p25"] < x["p9"] < x["p90"] < x["p66"]
    assert x["p58"] < x["p25"]
    assert abs((x["p58"] + x["p66"]) / 2 - (x["p64"] + x["p65"]) / 2) <= 40
    assert abs((x["p13"] + x["p25"]) / 2 - (x["p23"] + x["p24"]) / 2) <= 40
    assert rule_breaches(g, c, 40).total == 0
    assert count_crossings(g, c) <= 22


def test_crossed_couple_wraps_a_partners_sibship_too() -> None:
    """Demo map 6: the client's mother p8 is a middle child and her husband p5 has two other
    partners; p16, the nearer, is the eldest of three. With crossed couple lines p5's partners
    stand left of p8, where p16's younger siblings p29 and p30 would stand out of order on
    her far side: they go beyond everything on the right instead, before p8's younger brother
    p9, and their parents stand in a gap of the row above. No breach is left."""
    g = make_demo_genogram(random.Random(6), None, "male", 40)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p16"] < x["p8"] < x["p5"] < x["p17"] < x["p29"] < x["p30"] < x["p9"]
    assert _breaches(g).total == 0


def test_a_partner_whose_childrens_in_laws_must_stand_inside_a_couple_goes_inside_it() -> None:
    """Generated family 69 (90 persons): the client's parents p8 and p5 are drawn apart
    whatever the layout does with p5's other couples (their children's in-laws' parents p72
    p73 find no room beside the couple). p5's partner p14 brings nobody of her own, but her
    children's in-laws' parents (p52 p53) come up into the row: on p5's far side they stood
    between p5 and his further partner p17, a second couple drawn apart. She now stands on
    his near side, inside p8 and p5's line, so p5 and p17 stand together and p14's children
    stay centred: two breaches where there were four."""
    g = generate_family(seed=69, size=89)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p8"] < x["p52"] < x["p14"] < x["p5"] < x["p17"]
    row = [p for p in c if c[p][1] == c["p5"][1] and x["p5"] < x[p] < x["p17"]]
    assert row == []
    assert abs((x["p15"] + x["p16"]) / 2 - (x["p14"] + x["p5"]) / 2) <= 40
    assert _breaches(g).total <= 2


def test_a_partner_whose_relatives_reach_back_goes_inside_a_couple_drawn_apart() -> None:
    """Generated family 227 (96 persons): the client's parents p8 and p5 are drawn apart
    whatever is done (their children's in-laws' parents). p8's other partner p17 has a
    younger brother p27 and cousins (p50 p51); on p8's far side they stood between p17 and
    p8, and p27 on the wrong side of p17. p17 now stands on p8's near side, inside p8 and
    p5's line, his relatives beyond him: the couple p8-p17 stands together and p27 after
    his elder brother, two breaches fewer."""
    g = generate_family(seed=227, size=93)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p8"] < x["p17"] < x["p27"] < x["p5"]
    assert x["p17"] < x["p50"] < x["p5"]
    row = [p for p in c if c[p][1] == c["p8"][1] and x["p8"] < x[p] < x["p17"]]
    assert row == []
    assert _breaches(g).total <= 3


def test_a_partner_whose_married_siblings_stand_out_of_order_goes_inside() -> None:
    """Generated family 53 (86 persons): p8 and p5 are drawn apart whatever is done. p8's
    other partner p17 is the eldest of p24 and p25; on p8's far side he stood next to her
    with his younger, married siblings p26 and p27 beyond him (out of birth order, u9), his
    relatives reaching nothing back. He now stands on p8's near side, inside p8 and p5's
    line, his siblings beyond him in order."""
    g = generate_family(seed=53, size=85)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p8"] < x["p17"] < x["p26"] < x["p27"] < x["p5"]
    row = [p for p in c if c[p][1] == c["p8"][1] and x["p8"] < x[p] < x["p17"]]
    assert row == []
    assert _breaches(g).total <= 2


def test_a_chain_of_couples_turns_round_so_a_lifting_partner_stands_outermost() -> None:
    """The 500-person bench family: p5 (drawn apart from p8 whatever is done) has p13, who
    brings nobody but whose children's in-laws' parents come up into the row, and p16, who
    has parents and a further partner p231. p13 stood inside p8 and p5's line, her children
    p14 p15 698 off their couple's middle. The chain turns round: p231 p16 p5 p13, p16 and
    p231's children straddle p13's (each half beyond the other's), the in-laws' parents
    beyond the chain's ends, p16 under her parents: both sibships centred. (Since p8's chain
    and p5's stand in one block, :meth:`_joint_chains`, the chain reads p13 p5 p16 p231 from
    p8's side: p13 still inside, p231 outermost.)"""
    g = generate_family(seed=500, size=500)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p8"] < x["p13"] < x["p5"] < x["p16"] < x["p231"]
    row = [p for p in c if c[p][1] == c["p5"][1] and x["p13"] < x[p] < x["p231"]]
    assert sorted(row) == ["p16", "p5"]
    for kids, parents in ((("p14", "p15"), ("p5", "p13")), (("p232", "p235"), ("p231", "p16"))):
        mid = (x[parents[0]] + x[parents[1]]) / 2
        assert abs((x[kids[0]] + x[kids[1]]) / 2 - mid) <= 40
    assert x["p232"] < x["p14"] and x["p15"] < x["p235"]
    assert abs(x["p16"] - (x["p25"] + x["p26"]) / 2) <= 40
    assert _breaches(g).total <= 6


def test_a_partner_whose_relatives_reach_back_stands_inside_a_big_familys_chain() -> None:
    """The 500-person bench family: p8 (drawn apart from p5 whatever is done) has p27, an
    only child whose cousins (p28's younger siblings' children) stood between him and p8 on
    p8's far side, with the in-laws' parents p201 p202 (u10 apart), and p17, who brings
    nobody. Now p27 stands right beside p8 inside p8 and p5's line, p17 beyond him, p27's
    relatives beyond p17, p201 p202 on p8's far side: the couple stands together, both
    sibships centred, and p8's parents p3 p4 (p27's parents right beside p8 in their row)
    send their children's halves out rather than stand apart. 301 -> 292 crossings. (Since
    p5's chain stands right beyond p17, :meth:`_joint_chains`, p27's relatives stand beyond
    the whole chain.)"""
    g = generate_family(seed=500, size=500)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p201"] < x["p202"] < x["p8"] < x["p27"] < x["p17"] < x["p5"] < x["p85"]
    row = [p for p in c if c[p][1] == c["p8"][1] and x["p8"] < x[p] < x["p17"]]
    assert row == ["p27"]
    for kids, parents in ((("p30", "p317"), ("p8", "p27")), (("p18", "p18"), ("p8", "p17"))):
        mid = (x[parents[0]] + x[parents[1]]) / 2
        assert abs((x[kids[0]] + x[kids[1]]) / 2 - mid) <= 40
    up = [p for p in c if c[p][1] == c["p3"][1] and x["p3"] < x[p] < x["p4"]]
    assert set(up) <= {"p33", "p52"}
    assert _breaches(g).total <= 3


def test_an_eldest_partner_beside_a_big_familys_hub_stands_inside_with_siblings_beyond() -> None:
    """Generated family 40 (301 persons): p8 (drawn apart from p5 whatever is done) has p18,
    the eldest of p78 and p79, who brings his younger brother p80 but nobody between him and
    p8. On p8's far side p18 stood next to her with p80 beyond him, out of birth order, and
    their child p19 off their middle. Now p18 stands right beside p8 inside p8 and p5's line,
    p80 beyond him: in birth order, one breach fewer."""
    g = generate_family(seed=40, size=300)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p8"] < x["p18"] < x["p80"] < x["p5"]
    row = [p for p in c if c[p][1] == c["p8"][1] and x["p8"] < x[p] < x["p18"]]
    assert row == []
    assert _breaches(g).total <= 8


def test_a_married_in_partners_other_partner_stands_inside_with_siblings_beyond() -> None:
    """2,000-person bench family: p11 (three partners) brings in p19, whose other partner
    p36 is the eldest of p117 and p118. On p19's far side p36 stood next to him with his
    younger p119 p120 beyond (out of birth order, u37) and his cousins between p19 and p11
    (u7 apart anyway). p36 now stands on p19's near side, his siblings beyond him in order,
    p117 over his children (u92 mended too). Since u7's closing (session 28) p19 stands
    right of p11 with only her partner p21 between, his whole block beyond him."""
    g = generate_family(seed=2000, size=2000)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p11"] < x["p21"] < x["p19"] < x["p36"] < x["p119"] < x["p120"]
    row = [p for p in c if c[p][1] == c["p19"][1] and x["p19"] < x[p] < x["p36"]]
    assert row == []


def test_both_partners_chains_stand_in_one_block_with_the_couples_children_around() -> None:
    """The 500-person bench family: p8 (partners p27, p17) and p5 (partners p13, p16, who has
    p231) each have a chain of couples. Built as two blocks side by side, their children's
    in-laws' parents and p27's cousins stood between p8 and p5 (u3, 22 between). Now p5's
    chain stands right beyond p8's: only partners between p8 and p5, every couple's
    children centred (the couple's own outermost), p16's and p27's parents over their only
    children, and both partners' siblings in birth order."""
    g = generate_family(seed=500, size=500)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    y = c["p8"][1]
    row = sorted((p for p in c if c[p][1] == y and x["p8"] <= x[p] <= x["p231"]), key=x.get)
    assert row == ["p8", "p27", "p17", "p13", "p5", "p16", "p231"]
    for kids, parents in (
        (("p10", "p120"), ("p8", "p5")),
        (("p14", "p15"), ("p5", "p13")),
        (("p232", "p235"), ("p231", "p16")),
        (("p49", "p51"), ("p5", "p16")),
        (("p16", "p16"), ("p25", "p26")),
        (("p27", "p27"), ("p28", "p29")),
    ):
        mid = (x[parents[0]] + x[parents[1]]) / 2
        assert abs((x[kids[0]] + x[kids[1]]) / 2 - mid) <= 40
    assert x["p10"] < x["p49"] < x["p232"] < x["p14"] and x["p15"] < x["p235"] < x["p50"] < x["p12"]
    assert x["p7"] < x["p8"] < x["p9"] and x["p5"] < x["p6"] < x["p83"]
    assert _breaches(g).partners_apart == 0


def test_the_hubs_children_by_the_chain_partner_straddle_the_chain_in_gaps() -> None:
    """The 500-person bench family: p5 and p16's children p49 p50 p51 hung beyond p5's whole
    block, 12,613 units right of their parents: p49 and p51 bring their partners' parents (p61
    p62, p90 p91 and p91's parents p406 p407) up into the rows above, which p16's birth family
    fills around the block. Their sibship now straddles the chain too, each half in the
    nearest gap of its rows: p49 (with p60's family) left of p231 and p16's children, p50
    and p51 in the gap of p16's birth family, between her cousins' families, their in-laws'
    parents there too: centred, and nothing else of the chain's worse. (Since p8's chain
    and p5's stand in one block, :meth:`_joint_chains`, p16's birth family stands around the
    straddled sibships, so the halves find no gap there and stand beyond them: still
    centred.)"""
    g = generate_family(seed=500, size=500)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    mid = (x["p5"] + x["p16"]) / 2
    assert abs((x["p49"] + x["p51"]) / 2 - mid) <= 40
    assert x["p49"] < x["p232"] and x["p235"] < x["p50"] < x["p51"]
    assert abs(x["p60"] - (x["p61"] + x["p62"]) / 2) <= 40
    assert abs(x["p16"] - (x["p25"] + x["p26"]) / 2) <= 40
    assert _breaches(g).total <= 3


def test_in_laws_parents_stand_beyond_a_hub_partner() -> None:
    """Seed 17 of 106 persons: p23 has two partners, p55 and p22, and p22's youngest child
    p25 brings her partner p49's parents p50 p51 up into the couple's row. Plainly they
    stood between p22 and p23 (p55 beyond p23). Now p22 stands beside p23 on p55's side (the
    two couple lines overlap), so p23's far side is free: p50 p51 stand there, and p22's
    sibship is spread (p3 p24 left, p25 right) to stay centred under the narrow couple."""
    g = generate_family(seed=17, size=106)
    c = layout_genogram(g).coordinates()
    x = {p: c[p][0] for p in c}
    assert x["p55"] < x["p22"] < x["p23"] < x["p50"] < x["p51"]
    row = [p for p in c if c[p][1] == c["p22"][1] and x["p22"] < x[p] < x["p23"]]
    assert row == []
    assert abs((x["p3"] + x["p25"]) / 2 - (x["p22"] + x["p23"]) / 2) <= 40
    assert _breaches(g).total <= 2


def test_in_laws_beyond_a_hub_keep_a_partner_still_to_come_beside_their_child() -> None:
    """Seed 31 of 1,441 persons: p156 was reached from her partner p155, who is attached
    after her parents' block. Her parents p161 and p162 (who has two other partners) would
    have p162's other families moved to p156's side, so p155 stood beyond them, 4,275 away;
    in a big family (no mending pass to bring him back) the move is not made there."""
    g = generate_family(seed=31, size=1441)
    c = layout_genogram(g).coordinates()
    lo, hi = sorted((c["p155"][0], c["p156"][0]))
    y = c["p155"][1]
    assert [p for p in c if c[p][1] == y and lo < c[p][0] < hi] == []


def test_in_laws_beyond_a_hub_keep_what_they_would_break() -> None:
    """Where moving the hub's other partners breaks more than it mends the couple keeps its
    plain drawing: seed 634 of 183 persons, p106's partner p81 (with parents of his own) would
    stand beyond p108's other families; seed 1149 of 221, p29's other partner p74, the eldest,
    would have her younger siblings p97 p103 on her left."""
    g = generate_family(seed=634, size=183)
    c = layout_genogram(g).coordinates()
    lo, hi = sorted((c["p81"][0], c["p106"][0]))
    assert [p for p in c if c[p][1] == c["p81"][1] and lo < c[p][0] < hi] == []
    g = generate_family(seed=1149, size=221)
    c = layout_genogram(g).coordinates()
    assert c["p74"][0] < c["p97"][0] < c["p103"][0]


@pytest.mark.parametrize(
    "size",
    [
        100,
        500,
        # Reached in session 31: the lean u3 plan in the layout (_stretches_emptied).
        2000,
    ],
)
def test_generated_families_have_no_breaches(size: int) -> None:
    g = generate_family(seed=size, size=size)
    assert _breaches(g).total == 0


# Breaches today on the same families (the goal is none): a change may lower these, never raise.
BREACHES_AT_MOST = {20: 0, 100: 0, 500: 0, 2000: 0}


@pytest.mark.parametrize("size", list(BREACHES_AT_MOST))
def test_generated_families_breach_no_more_than_now(size: int) -> None:
    g = generate_family(seed=size, size=size)
    assert _breaches(g).total <= BREACHES_AT_MOST[size]


# Graphviz dot's crossings on the same families (bench/genogram.py, Debian graphviz): the issue
# asks for no more than dot, so a layout change that loses this fails here without dot installed.
DOT_CROSSINGS = {100: 23, 500: 386}


@pytest.mark.parametrize("size", list(DOT_CROSSINGS))
def test_generated_families_cross_no_more_than_dot(size: int) -> None:
    g = generate_family(seed=size, size=size)
    assert count_crossings(g, layout_genogram(g).coordinates()) <= DOT_CROSSINGS[size]


@pytest.mark.parametrize("size", [20, 100, 500, 2000])
def test_generated_families_keep_a_gap_between_row_neighbours(size: int) -> None:
    """Neighbours in a row stand a neighbour gap apart (symbols are 40 wide, the gap 90):
    the names and years drawn under the symbols need it, though the rules count only
    overlaps. The mends settle a few persons a fraction short of it (89.64 at 2,000); the
    straddle's closing at 2,000 (``_straddle_strays``) once put p488 45 from each
    neighbour, the names run together there."""
    opts = LayoutOptions()
    g = generate_family(seed=size, size=size)
    rows: dict[float, list[float]] = {}
    for x, y in layout_genogram(g, opts).coordinates().values():
        rows.setdefault(round(y), []).append(x)
    least = min(b - a for r in rows.values() for a, b in pairwise(sorted(r)))
    assert least >= 0.99 * opts.neighbour_gap


@pytest.mark.parametrize("size", [20, 100, 500, 2000])
def test_a_layout_leaves_no_garbage_in_reference_cycles(size: int) -> None:
    """The layout turns the cycle collector off while it runs; whatever it leaves in
    reference cycles is collected later, on the next allocation that triggers a pass, in
    the middle of the editor's next redraw. Session 29 found the whole mender (7,172
    objects at 2,000 persons) kept by two closures that referred to each other: compiled,
    mypyc gives a function's closures one shared environment, which then holds them."""
    g = generate_family(seed=size, size=size)
    gc.collect()
    layout_genogram(g)
    assert gc.collect() == 0

