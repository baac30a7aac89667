"""Every line of a band ends at its own two persons, however many there are (QA 20, finding 2).

The QA drew father → client conflictual, physical abuse, neglect and emotional abuse: the
band's lines were offset whole, so from the third on they started in empty paper beside the
father and their arrowheads pointed at empty paper beside the client.
"""

from __future__ import annotations

import itertools
import math

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Person, RelationshipKind, Sex
from kastdesk.genogram.routing import BAND_GAP, Route, inset, relationship_routes

Point = tuple[float, float]

_KINDS = [
    RelationshipKind.CONFLICTUAL, RelationshipKind.PHYSICAL_ABUSE, RelationshipKind.NEGLECT,
    RelationshipKind.EMOTIONAL_ABUSE, RelationshipKind.DISTANT, RelationshipKind.CLOSE,
    RelationshipKind.CARETAKER, RelationshipKind.SEXUAL_ABUSE, RelationshipKind.HOSTILE,
    RelationshipKind.FOCUSED_ON, RelationshipKind.FUSED, RelationshipKind.CUT_OFF,
    RelationshipKind.NORMAL, RelationshipKind.CLOSE_HOSTILE, RelationshipKind.CUT_OFF_REPAIRED,
]


def _family(count: int, side: bool = False) -> Genogram:
    """Ola (client) with his parents and a sister; ``count`` lines from his father to him,
    or (``side``) between him and his sister, beside each other on one row."""
    g = Genogram.build([Person("c", Sex.MALE, name="Ola Berg", is_index=True)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_sibling(g, "c", sex="female", sibling_id="sis").apply(g)
    other = "sis" if side else "fa"
    for i in range(count):
        kind = _KINDS[i % len(_KINDS)]
        g = E.add_relationship(g, other, "c", kind, relationship_id=f"r{i:02d}").apply(g)
    return g


def _heading(a: Point, b: Point) -> Point:
    n = math.dist(a, b) or 1.0
    return ((b[0] - a[0]) / n, (b[1] - a[1]) / n)


@pytest.mark.parametrize("side", [False, True])
@pytest.mark.parametrize("count", [3, 4, 6, 15])
def test_every_line_of_a_band_ends_at_both_persons(count: int, side: bool) -> None:
    g = _family(count, side)
    layout = layout_genogram(g)
    routes = relationship_routes(g, layout)
    assert len(routes) == count
    cut = inset(layout.options)
    half = layout.options.symbol_size / 2
    gap = cut - half  # how far outside its symbol a line starts
    for i, (rid, route) in enumerate(sorted(routes.items())):
        fanned = not (count % 2 and i == count // 2)  # the middle line runs as routed
        persons = g.relationships[rid].persons
        for end, pid in ((route.start, persons[0]), (route.end, persons[1])):
            box = layout.persons[pid]
            dx, dy = abs(end[0] - box.x), abs(end[1] - box.y)
            if g.persons[pid].sex is Sex.MALE and fanned:
                # Just outside the square, wherever round it (at the circle's distance an
                # end towards a corner lay on the square's side, or inside it).
                assert half < max(dx, dy) <= half + gap + 0.5, (rid, pid, dx, dy)
            else:
                # On the outline the lines start from (just outside the symbol), not beside it.
                assert half < math.hypot(dx, dy) <= cut + 0.5, (rid, pid, dx, dy)
        # The arrowhead is drawn along the last piece: it points at the second person.
        first, second = (layout.persons[p] for p in persons)
        points = route.points()
        way = _heading(points[-2], points[-1])
        to_person = _heading(points[-1], (second.x, second.y))
        assert way[0] * to_person[0] + way[1] * to_person[1] > 0.5, rid
        back = _heading(points[1], points[0])
        from_person = _heading(points[0], (first.x, first.y))
        assert back[0] * from_person[0] + back[1] * from_person[1] > 0.5, rid


@pytest.mark.parametrize("count", [3, 4, 6])
def test_a_bands_lines_stay_apart_in_the_middle_and_never_cross(count: int) -> None:
    g = _family(count)
    layout = layout_genogram(g)
    routes = relationship_routes(g, layout)
    # All from the father to the client: their order across the band is their order
    # everywhere, and in the middle they are a band apart.
    lines = [routes[f"r{i:02d}"] for i in range(count)]
    mids = [_middle(route) for route in lines]
    for a, b in itertools.combinations(mids, 2):
        assert math.dist(a, b) >= 0.9 * BAND_GAP
    for ra, rb in itertools.combinations(lines, 2):
        pa, pb = ra.points(), rb.points()
        for p, q in itertools.pairwise(pa):
            for r, s in itertools.pairwise(pb):
                assert not _cross(p, q, r, s)


def _middle(route: Route) -> Point:
    points = route.points()
    along = [0.0]
    for p, q in itertools.pairwise(points):
        along.append(along[-1] + math.dist(p, q))
    half = along[-1] / 2
    for (p, q), (sa, sb) in zip(itertools.pairwise(points), itertools.pairwise(along),
                                strict=True):
        if sb >= half:
            t = (half - sa) / ((sb - sa) or 1.0)
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
    return points[-1]


def _cross(p: Point, q: Point, r: Point, s: Point) -> bool:
    """Whether the pieces p-q and r-s cross (touching ends do not count)."""

    def side(a: Point, b: Point, c: Point) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2 = side(r, s, p), side(r, s, q)
    d3, d4 = side(p, q, r), side(p, q, s)
    return d1 * d2 < 0 and d3 * d4 < 0
