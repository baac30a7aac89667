"""Relationship lines bend round the symbols and labels in their way (routing.py)."""

from __future__ import annotations

import itertools

from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Person, Relationship, RelationshipKind
from kastdesk.genogram.routing import (
    SCREEN_LABEL,
    Route,
    _Grid,
    _uprights,
    relationship_routes,
)


def _row(*xs: float, relationships: tuple[tuple[str, str], ...]) -> Genogram:
    """Persons p0, p1, ... placed by hand along one row, with the given lines."""
    persons = [Person(f"p{i}", position=(x, 0.0)) for i, x in enumerate(xs)]
    rels = [Relationship(f"r{i}", pair, RelationshipKind.CLOSE)
            for i, pair in enumerate(relationships)]
    return Genogram.build(persons, relationships=rels)


def _straight(g: Genogram, rid: str) -> Route:
    from kastdesk.genogram.routing import bow_route, inset

    layout = layout_genogram(g)
    line = layout.relationships[rid]
    route = bow_route(line.start, line.end, 0.0, inset(layout.options))
    assert route is not None
    return route


def _hits(g: Genogram, rid: str, route: Route) -> int:
    layout = layout_genogram(g)
    grid = _Grid(dict(layout.persons), layout.options, SCREEN_LABEL, _uprights(layout))
    return grid.hits(route.points(), g.relationships[rid].persons, 99)


def test_a_line_through_a_symbol_bends_round_it() -> None:
    """A grandmother's line to her grandson ran straight through the client between them."""
    g = _row(0.0, 200.0, 400.0, relationships=(("p0", "p2"),))
    assert _hits(g, "r0", _straight(g, "r0")) > 0  # drawn straight, it crosses p1
    route = relationship_routes(g, layout_genogram(g))["r0"]
    assert route.point(0.5)[1] < 0  # above the row, where nothing is written
    assert _hits(g, "r0", route) == 0


def test_a_line_with_nothing_in_its_way_stays_straight() -> None:
    g = _row(0.0, 200.0, 400.0, relationships=(("p0", "p1"),))
    route = relationship_routes(g, layout_genogram(g))["r0"]
    assert route.straight and route.start[1] == route.end[1] == 0.0


def test_a_long_line_arcs_over_its_row_and_one_across_a_whole_tree_stays_straight() -> None:
    """A line past 2,400 units was never bent: in maps of 50 to 80 persons a third of the
    relationship lines ran through other persons' symbols. Its arcs now grow with it; only
    a line across a whole imported tree stays straight (and quick)."""
    xs = [i * 120.0 for i in range(40)]
    g = _row(*xs, relationships=(("p0", "p39"),))
    assert _hits(g, "r0", _straight(g, "r0")) > 0
    route = relationship_routes(g, layout_genogram(g))["r0"]
    # Above the row, clear of every symbol.
    assert route.point(0.5)[1] < 0 and _hits(g, "r0", route) == 0
    xs = [i * 120.0 for i in range(100)]
    g = _row(*xs, relationships=(("p0", "p99"),))
    assert relationship_routes(g, layout_genogram(g))["r0"].straight


def test_a_line_down_to_a_child_leaves_clear_of_the_parents_own_name() -> None:
    """A father's line to his child below started straight across his own name and years
    (cut at the straight direction, every curve tried left the symbol through the label),
    and then ran down along his line to the couple line, hiding it."""
    from kastdesk.genogram.model import ChildLink, Sex, Union
    from kastdesk.genogram.routing import _clips

    g = Genogram.build(
        [Person("f", Sex.MALE), Person("m", Sex.FEMALE), Person("c", Sex.MALE)],
        [Union("u", ("f", "m"))],
        [ChildLink("l", "c", union_id="u", birth_order=0)],
        [Relationship("r", ("f", "c"), RelationshipKind.PHYSICAL_ABUSE, directed=True)],
    )
    layout = layout_genogram(g)
    line = layout.relationships["r"]
    points = relationship_routes(g, layout)["r"].points()
    fx, fy = line.start
    x0, y0, x1, y1 = SCREEN_LABEL
    name = (fx + x0, fy + y0, fx + x1, fy + y1)
    union = layout.unions["u"]
    drop = (fx - 2, union.y1, fx + 2, union.y)  # his line down to the couple line
    for rect in (name, drop):
        assert not any(_clips(p, q, rect) for p, q in itertools.pairwise(points))


def test_a_line_never_runs_along_another_relationship_line() -> None:
    """A father with a wife on each side, a child of his own hanging below him: his line to
    the client either ran down his own line to the couple lines (hiding it and the junction)
    or, bent away from that, on top of his cut-off line to the mother."""
    from kastdesk.genogram import edits as E
    from kastdesk.genogram.model import Sex
    from kastdesk.genogram.routing import _runs_along

    g = Genogram.build([Person("c", Sex.MALE, is_index=True)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_sibling(g, "c", sibling_id="sib").apply(g)
    g = E.add_partner(g, "fa", partner_id="sm", union_id="u2").apply(g)
    g = E.add_child(g, "u2", child_id="half").apply(g)
    g = E.add_child(g, "fa", child_id="own").apply(g)
    g = E.add_relationship(g, "mo", "fa", RelationshipKind.CUT_OFF, relationship_id="cut").apply(g)
    g = E.add_relationship(g, "fa", "c", RelationshipKind.HOSTILE, relationship_id="hos").apply(g)
    layout = layout_genogram(g)
    lines = {rid: route.points() for rid, route in relationship_routes(g, layout).items()}
    for p, q in itertools.pairwise(lines["hos"]):
        assert not any(_runs_along(p, q, seg) for seg in itertools.pairwise(lines["cut"]))
    union = next(u for u in layout.unions.values() if "fa" in (u.left_id, u.right_id))
    fx = union.x1 if union.left_id == "fa" else union.x2
    drop = (fx - 3, layout.persons["fa"].y + 20, fx + 3, union.y)
    from kastdesk.genogram.routing import _clips
    for p, q in itertools.pairwise(lines["hos"]):
        assert not (_clips(p, q, drop) and abs(q[0] - p[0]) <= abs(q[1] - p[1]) / 2)


def test_a_line_keeps_off_a_couples_years_where_that_hides_nothing_else() -> None:
    """A relationship line ran over "m. 1985" under a couple line as if it were not there.
    The years are an obstacle, the least of all: a curve round them that hides nothing else
    is taken, as the arc here goes higher over the years where it first crossed them."""
    from kastdesk.genogram.routing import _clips

    g = _row(0.0, 200.0, 400.0, relationships=(("p0", "p2"),))
    layout = layout_genogram(g)
    first = relationship_routes(g, layout)["r0"]
    x, y = first.point(0.5)
    years = (x - 21, y - 6, x + 21, y + 6)  # "m. 1985" where the arc first went

    def over_years(route: Route) -> bool:
        return any(_clips(p, q, years) for p, q in itertools.pairwise(route.points()))

    assert over_years(first)
    route = relationship_routes(g, layout, captions=[years])["r0"]
    assert not over_years(route)
    assert route.point(0.5)[1] < y and _hits(g, "r0", route) == 0  # higher, through nothing


def test_the_years_never_cost_a_line_more_than_the_least_else() -> None:
    """Weighed as a name, a line kept off the years ran through names instead (the 40 demo
    maps: 7 more names crossed): several years together still cost less than running along
    one's own family line, the cheapest of the rest."""
    from kastdesk.genogram.routing import _CAPTION, _COST, _SLASH

    rest = [c for k, c in enumerate(_COST) if k not in (_CAPTION, _SLASH)]  # slashes as years
    assert 3 * _COST[_CAPTION] < min(rest)


def test_a_line_keeps_off_a_couples_slashes_where_that_hides_nothing_else() -> None:
    """A relationship line ran through a divorced couple's two slashes: is the couple
    divorced, or is that the relationship's mark? Where the straight line crosses them, a
    bow clear of them and of everything else is taken."""
    from kastdesk.genogram.routing import _clips

    g = _row(0.0, 300.0, relationships=(("p0", "p1"),))
    layout = layout_genogram(g)
    assert relationship_routes(g, layout)["r0"].straight
    marks = [((140.0, 7.0), (148.0, -7.0)), ((146.0, 7.0), (154.0, -7.0))]  # on its way
    route = relationship_routes(g, layout, slashes=[marks])["r0"]
    assert not route.straight and _hits(g, "r0", route) == 0
    assert not any(_clips(p, q, (138.0, -9.0, 156.0, 9.0))
                   for p, q in itertools.pairwise(route.points()))


def test_the_slashes_do_not_choose_for_a_line_through_a_symbol_anyway() -> None:
    """On a line that runs through a symbol whatever its bow, a slash only tipped which of
    two curves that hid as much was taken, and the one taken ran through more names (the
    case-summary PDF of demo map 13): there the slashes count for nothing."""
    from kastdesk.genogram.routing import _COST, _SYMBOL, _Grid, _uprights

    g = _row(0.0, 200.0, 400.0, relationships=(("p0", "p2"),))
    layout = layout_genogram(g)
    route = _straight(g, "r0")  # through p1
    marks = [((90.0, 7.0), (98.0, -7.0))]  # and through a separation's slash
    grid = _Grid(dict(layout.persons), layout.options, SCREEN_LABEL, _uprights(layout),
                 slashes=[marks])
    assert grid.hits(route.points(), ("p0", "p2"), 999) == _COST[_SYMBOL]
    short = _straight(_row(0.0, 200.0, relationships=(("p0", "p1"),)), "r0")
    assert grid.hits(short.points(), ("p0", "p1"), 999) == 1  # the slash alone
