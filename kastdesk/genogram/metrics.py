"""Layout quality figures from plain coordinates, so our layout and Graphviz are judged alike.

Lines are modelled the same way for every layout: a couple is the straight segment between the
partners, and each child hangs on a straight segment from the middle of its parents' couple
(or its single parent) to the child. Rule breaches follow the genogram conventions the layout
promises: no overlapping symbols, couples on one row, children below parents, partners next to
each other, full siblings eldest left and centred below their parents.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from .model import Genogram, anchor_of, link_parents

Point = tuple[float, float]
Segment = tuple[Point, Point]


def _segments(g: Genogram, coords: Mapping[str, Point]) -> list[Segment]:
    segs: list[Segment] = []
    for u in g.unions.values():
        a, b = coords[u.partners[0]], coords[u.partners[1]]
        segs.append((a, b))
    for lk in g.child_links.values():
        parents = link_parents(g, lk)
        if not parents:
            continue
        ax = sum(coords[p][0] for p in parents) / len(parents)
        ay = sum(coords[p][1] for p in parents) / len(parents)
        segs.append(((ax, ay), coords[lk.child_id]))
    return segs


def _orient(p: Point, q: Point, r: Point) -> float:
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])


def _cross(s: Segment, t: Segment) -> bool:
    """Proper crossing only: touching at an end or running along each other is not counted."""
    p1, p2 = s
    q1, q2 = t
    d1 = _orient(q1, q2, p1)
    d2 = _orient(q1, q2, p2)
    d3 = _orient(p1, p2, q1)
    d4 = _orient(p1, p2, q2)
    eps = 1e-9
    return ((d1 > eps and d2 < -eps) or (d1 < -eps and d2 > eps)) and (
        (d3 > eps and d4 < -eps) or (d3 < -eps and d4 > eps)
    )


def count_crossings(g: Genogram, coords: Mapping[str, Point]) -> int:
    """Number of pairs of family lines that cross (sweep over x so big maps stay quick)."""
    segs = _segments(g, coords)
    items = sorted(
        (
            min(a[0], b[0]),
            max(a[0], b[0]),
            min(a[1], b[1]),
            max(a[1], b[1]),
            (a, b),
        )
        for a, b in segs
    )
    active: list[tuple[float, float, float, float, Segment]] = []
    total = 0
    for item in items:
        x0 = item[0]
        active = [a for a in active if a[1] >= x0]
        for other in active:
            if other[3] < item[2] or item[3] < other[2]:
                continue
            if _cross(other[4], item[4]):
                total += 1
        active.append(item)
    return total


@dataclass(frozen=True)
class Breaches:
    overlap: int = 0
    rows: int = 0  # couples not on one row, or children not below their parents
    partners_apart: int = 0
    birth_order: int = 0
    not_centred: int = 0

    @property
    def total(self) -> int:
        return self.overlap + self.rows + self.partners_apart + self.birth_order + self.not_centred


def rule_breaches(g: Genogram, coords: Mapping[str, Point], symbol_size: float) -> Breaches:
    """Count breaches of the layout rules; ``symbol_size`` is the symbol's width and height."""
    s = symbol_size
    # Overlap: bucket by grid cell of symbol size, compare neighbouring cells.
    grid: dict[tuple[int, int], list[str]] = {}
    for pid, (x, y) in coords.items():
        grid.setdefault((int(x // s), int(y // s)), []).append(pid)
    overlap = 0
    for (cx, cy), members in grid.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for q in grid.get((cx + dx, cy + dy), ()):
                    qx, qy = coords[q]
                    for p in members:
                        if p < q:
                            px, py = coords[p]
                            if abs(px - qx) < s - 1e-6 and abs(py - qy) < s - 1e-6:
                                overlap += 1

    rows = 0
    for u in g.unions.values():
        if abs(coords[u.partners[0]][1] - coords[u.partners[1]][1]) > s / 2:
            rows += 1
    for lk in g.child_links.values():
        for p in link_parents(g, lk):
            if coords[lk.child_id][1] <= coords[p][1] + s / 2:
                rows += 1

    row_members: dict[int, list[tuple[float, str]]] = {}
    for pid, (x, y) in coords.items():
        row_members.setdefault(round(y / s), []).append((x, pid))
    for members in row_members.values():
        members.sort()
    partners_apart = 0
    for u in g.unions.values():
        a, b = u.partners
        (ax, ay), (bx, by) = coords[a], coords[b]
        if abs(ay - by) > s / 2:
            continue
        lo, hi = min(ax, bx), max(ax, bx)
        allowed = set(g.partners_of(a)) | set(g.partners_of(b)) | {a, b}
        for x, pid in row_members[round(ay / s)]:
            if lo < x < hi and pid not in allowed:
                partners_apart += 1
                break

    birth_order = 0
    not_centred = 0
    by_anchor: dict[str, list] = {}
    for lk in g.child_links.values():
        if link_parents(g, lk):
            by_anchor.setdefault(anchor_of(lk), []).append(lk)
    for links in by_anchor.values():
        ordered = sorted(
            (lk for lk in links if lk.birth_order is not None), key=lambda lk: lk.birth_order
        )
        for first, second in itertools.pairwise(ordered):
            if first.birth_order < second.birth_order and (
                coords[first.child_id][0] > coords[second.child_id][0] + 1e-6
            ):
                birth_order += 1
        parents = link_parents(g, links[0])
        ax = sum(coords[p][0] for p in parents) / len(parents)
        xs = [coords[lk.child_id][0] for lk in links]
        if abs((min(xs) + max(xs)) / 2 - ax) > s:
            not_centred += 1
    return Breaches(overlap, rows, partners_apart, birth_order, not_centred)
