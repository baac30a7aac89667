"""Two lines between the same two persons are drawn apart, and a line keeps off its own
persons' names (QA pass 15, findings 2 and 4).

The QA drew "conflictual" client→father and "physical abuse" father→client: both ran on
the identical path, the orange and the red zigzag merged into one; and the conflictual
line left the father's symbol at its lower right, straight through "Per Lind / 1950–2011".
"""

from __future__ import annotations

import itertools
import math

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import Layout, layout_genogram
from kastdesk.genogram.model import Genogram, Person, RelationshipKind, Sex
from kastdesk.genogram.routing import (
    BAND_GAP,
    SCREEN_LABEL,
    Route,
    _clips,
    bow_route,
    inset,
    relationship_routes,
)

Point = tuple[float, float]
Rect = tuple[float, float, float, float]


def _family(*kinds: RelationshipKind) -> tuple[Genogram, str]:
    """The QA's family round the client: parents, an uncle, a brother; the given lines
    between the client and the parent drawn left (whose name, written right of the symbol,
    is on the client's side), alternately from either end. With that parent's id."""
    g = Genogram.build([Person("c", Sex.MALE, name="Jonas Lind", is_index=True)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_sibling(g, "c", sibling_id="bro").apply(g)
    g = E.add_sibling(g, "fa", sibling_id="uncle").apply(g)
    boxes = layout_genogram(g).persons
    parent = min(("fa", "mo"), key=lambda p: boxes[p].x)
    for i, kind in enumerate(kinds):
        a, b = ("c", parent) if i % 2 == 0 else (parent, "c")
        g = E.add_relationship(g, a, b, kind, relationship_id=f"r{i}").apply(g)
    return g, parent


def _distance(p: Point, line: list[Point]) -> float:
    """From ``p`` to the nearest point of the polyline."""
    best = math.inf
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        vx, vy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((p[0] - ax) * vx + (p[1] - ay) * vy) / (vx * vx + vy * vy or 1)))
        best = min(best, math.dist(p, (ax + t * vx, ay + t * vy)))
    return best


def _label(layout: Layout, pid: str, rect: Rect = SCREEN_LABEL) -> Rect:
    box = layout.persons[pid]
    return (box.x + rect[0], box.y + rect[1], box.x + rect[2], box.y + rect[3])


def _through(route: Route, rect: Rect) -> bool:
    return any(_clips(p, q, rect) for p, q in itertools.pairwise(route.points(48)))


@pytest.mark.parametrize("count", [2, 3])
def test_lines_between_the_same_two_persons_run_side_by_side(count: int) -> None:
    kinds = (RelationshipKind.CONFLICTUAL, RelationshipKind.PHYSICAL_ABUSE,
             RelationshipKind.DISTANT)[:count]
    g, _parent = _family(*kinds)
    layout = layout_genogram(g)
    routes = relationship_routes(g, layout)
    assert len(routes) == count
    for ra, rb in itertools.combinations(routes.values(), 2):
        a, b = ra.points(48), rb.points(48)
        # Apart all the way, at both symbols too (they met at the ends, bowed apart).
        nearest = min(min(_distance(p, b) for p in a), min(_distance(p, a) for p in b))
        assert nearest >= 0.8 * BAND_GAP, nearest
    # Each is still drawn from its own first person (an arrow goes where it ends).
    for rid, route in routes.items():
        first, second = (layout.persons[p] for p in g.relationships[rid].persons)
        assert math.dist(route.start, (first.x, first.y)) < math.dist(route.start,
                                                                       (second.x, second.y))
        assert math.dist(route.end, (second.x, second.y)) < math.dist(route.end,
                                                                     (first.x, first.y))


def test_a_line_to_a_son_keeps_off_the_fathers_name() -> None:
    g, parent = _family(RelationshipKind.CONFLICTUAL)
    layout = layout_genogram(g)
    line = layout.relationships["r0"]
    straight = bow_route(line.start, line.end, 0.0, inset(layout.options))
    assert straight is not None and _through(straight, _label(layout, parent))  # as QA saw
    route = relationship_routes(g, layout)["r0"]
    for pid in (parent, "c"):
        assert not _through(route, _label(layout, pid)), pid


def test_a_band_keeps_off_both_persons_names() -> None:
    """The QA's two lines, father and client: neither crosses either name."""
    g, parent = _family(RelationshipKind.CONFLICTUAL, RelationshipKind.PHYSICAL_ABUSE)
    layout = layout_genogram(g)
    for rid, route in relationship_routes(g, layout).items():
        for pid in (parent, "c"):
            assert not _through(route, _label(layout, pid)), (rid, pid)


def test_names_as_wide_as_they_are_written() -> None:
    """A renderer passes each name's own rectangle; a line keeps off that one."""
    g, parent = _family(RelationshipKind.CONFLICTUAL)
    layout = layout_genogram(g)
    wide = {parent: (0.0, 22.0, 160.0, 64.0)}
    route = relationship_routes(g, layout, labels=wide)["r0"]
    assert not _through(route, _label(layout, parent, wide[parent]))


def test_an_offset_line_is_parallel_when_straight() -> None:
    route = Route((0.0, 0.0), (0.0, 0.0), (100.0, 0.0), (100.0, 0.0), straight=True)
    left = route.offset(10.0)
    assert left.start == (0.0, 10.0) and left.end == (100.0, 10.0)  # y down: left is below
    assert route.reversed().reversed() == route


def test_two_persons_whose_symbols_touch_get_no_line() -> None:
    persons = [Person("a", position=(0.0, 0.0)), Person("b", position=(30.0, 0.0))]
    g = Genogram.build(persons)
    g = E.add_relationship(g, "a", "b", RelationshipKind.CLOSE, relationship_id="r").apply(g)
    layout = layout_genogram(g)
    if math.dist(layout.relationships["r"].start, layout.relationships["r"].end) < 60:
        assert "r" not in relationship_routes(g, layout)
