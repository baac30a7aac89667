"""Where emotional relationship lines bend, so they go round symbols and labels, not through.

A relationship line joins two persons anywhere on the map: a grandmother and her grandson,
a father and his daughter-in-law. Drawn straight it often runs through the symbols and the
names in between, and a reader takes the person it crosses for part of the relationship.
Each line is a quadratic curve from one person to the other; its *bow* is how far the
curve's control point stands off the middle of the straight line, at a right angle (the
curve itself passes half as far off). This module picks, for every line, the smallest bow
that hides the least on the way (symbols, names, family lines running up and down, lines
routed before it), trying the upper side first.

Both renderers (the editor's scene and the case-summary PDF) route with this module and draw
the curve it defines (:func:`curve`), each with the place of its own labels: the editor
writes names right of the symbol, the PDF centres them below it, so a line may bend a
little differently on paper to clear a name there. Plain Python, no Qt.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

from .layout import Layout, LayoutOptions, PersonBox
from .model import Genogram

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1


def inset(opts: LayoutOptions) -> float:
    """How far from each person's centre the line starts (just outside the symbol)."""
    return opts.symbol_size / 2 + 4


_STEP = 36.0  # bows tried grow by this much, or by a share of a long line (_STEP_PER_LENGTH)
_STEP_PER_LENGTH = 1 / 14  # a long line's arcs must grow with it to clear the rows it spans
_TRIES = 9  # per side: bows up to 9 steps (the curve passes half as far off the line)
_SAMPLES = 24  # straight pieces the curve is checked as
_CELL = 120.0  # grid cell for finding obstacles near a piece
_PAIR_GAP = 16.0  # lines between the same two persons stand this far apart
#: A line longer than this stays straight: it spans a whole imported family tree, and no
#: arc would clear it (shorter long lines get arcs that grow with them, _STEP_PER_LENGTH).
_LONGEST_ROUTED = 9000.0
_BOW_PER_LENGTH = 0.8  # no bow larger than this share of the line: a loop reads as a symbol


def control_point(start: Point, end: Point, bow: float) -> Point:
    """The quadratic curve's control point: ``bow`` off the middle, to the left of travel
    (in scene coordinates, y down: a positive bow on a line drawn rightwards goes down)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    return ((start[0] + end[0]) / 2 - uy * bow, (start[1] + end[1]) / 2 + ux * bow)


def curve(start: Point, end: Point, bow: float, cut: float) -> tuple[Point, Point, Point] | None:
    """The drawn curve between two persons' centres: (first end, control point, last end).

    Each end lies ``cut`` from its centre in the direction the curve leaves the symbol (towards
    the control point), so a line bowed to one side also leaves each symbol on that side: a
    line cut at the straight direction started across the person's own name when it went
    down to a child. None when the persons are too close for a line between their symbols.
    """
    dx, dy = end[0] - start[0], end[1] - start[1]
    if (dx * dx + dy * dy) ** 0.5 < 2 * cut + 4:
        return None
    ctrl = control_point(start, end, bow)

    def towards(p: Point) -> Point:
        ex, ey = ctrl[0] - p[0], ctrl[1] - p[1]
        n = (ex * ex + ey * ey) ** 0.5 or 1.0
        return (p[0] + ex / n * cut, p[1] + ey / n * cut)

    return towards(start), ctrl, towards(end)


def curve_points(
    start: Point, end: Point, bow: float, cut: float, n: int = _SAMPLES
) -> list[Point]:
    """:func:`curve` as ``n`` straight pieces (``n + 1`` points; none if there is no line),
    for checking and for drawing."""
    c = curve(start, end, bow, cut)
    if c is None:
        return []
    (ax, ay), (cx, cy), (bx, by) = c
    if not bow:
        return [c[0], c[2]]
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, w = (1 - t) * (1 - t), 2 * (1 - t) * t, t * t
        out.append((a * ax + b * cx + w * bx, a * ay + b * cy + w * by))
    return out


#: Where the editor writes a person's name and years, from the symbol's centre (x0, y0,
#: x1, y1): right of centre, two lines below the symbol. The PDF passes its own (centred).
SCREEN_LABEL: Rect = (0.0, 22.0, 108.0, 50.0)


def _symbol_reach(opts: LayoutOptions) -> float:
    """Half the room a symbol takes, with a margin the line keeps."""
    return opts.symbol_size / 2 + 6


_SYMBOL, _LABEL, _UPRIGHT, _ROUTE, _OWN_LINE = 0, 1, 2, 3, 4  # what an obstacle is
#: What running through each kind of obstacle costs a candidate curve: most a symbol (the
#: line reads as passing through that person, a relationship of theirs), then a name, a
#: family line or another relationship line hidden under it alike, and least the line down
#: into one of its own persons, which a line leaving them upwards, towards their parents,
#: cannot help running along for a moment. Among equal costs the smallest bow wins.
_COST = (6, 3, 3, 3, 1)  # symbol, label, upright line, another relationship line, own line
_ALONG = 8.0  # a line nearer than this to another, and at about its angle, runs along it
_SIN_ALONG = 0.42  # "about its angle": within 25 degrees
#: Half the width an upright family line is kept clear by: a zigzag drawn along one hid it.
_UPRIGHT_HALF = 7.0


def _uprights(layout: Layout) -> list[tuple[Rect, str]]:
    """The family lines that run up and down, as thin rectangles: from each partner down to
    their couple line, from a couple line down to the children's bar, and down to each
    child. A relationship line running along one hides it (a father's line to his child ran
    down his own line to the couple line); crossing one is only a crossing (:meth:`_Grid.hits`)."""
    w = _UPRIGHT_HALF
    out: list[tuple[Rect, str]] = []  # (rectangle, the child a line runs down to, or "")
    for u in layout.unions.values():
        for x, top in ((u.x1, u.y1), (u.x2, u.y2)):
            if u.y > top:
                out.append(((x - w, top, x + w, u.y), ""))
    for sib in layout.sibships.values():
        ax, ay = sib.anchor
        if sib.bar_y > ay:
            out.append(((ax - w, ay, ax + w, sib.bar_y), ""))
    for child in layout.children.values():
        for (x0, y0), (x1, y1) in itertools.pairwise(child.points):
            if x0 == x1 and y1 != y0:
                out.append(((x0 - w, min(y0, y1), x0 + w, max(y0, y1)), child.child_id))
    return out


def _clips(p: Point, q: Point, r: Rect) -> bool:
    """Does the piece from ``p`` to ``q`` pass through rectangle ``r`` (Liang–Barsky)?"""
    x0, y0, x1, y1 = r
    dx, dy = q[0] - p[0], q[1] - p[1]
    lo, hi = 0.0, 1.0
    for d, a, b in ((dx, p[0] - x0, x1 - p[0]), (dy, p[1] - y0, y1 - p[1])):
        if d == 0:
            if a < 0 or b < 0:
                return False
            continue
        t0, t1 = -a / d, b / d
        if d < 0:
            t0, t1 = t1, t0
        lo, hi = max(lo, t0), min(hi, t1)
        if lo > hi:
            return False
    return True


def _short_pieces(points: list[Point]) -> list[Point]:
    """The polyline with long pieces cut to a cell's length: a long straight line checked as
    one piece would be checked against every person in its bounding box."""
    out = [points[0]]
    for p, q in itertools.pairwise(points):
        n = int(max(abs(q[0] - p[0]), abs(q[1] - p[1])) // _CELL) + 1
        out.extend((p[0] + (q[0] - p[0]) * i / n, p[1] + (q[1] - p[1]) * i / n)
                   for i in range(1, n + 1))
    return out


class _Grid:
    """Obstacles (symbols, labels, upright family lines) bucketed by the cells they cover, so
    a piece of curve is checked only against what is near it (a map of 2,000 persons is
    routed in milliseconds)."""

    def __init__(
        self,
        boxes: dict[str, PersonBox],
        opts: LayoutOptions,
        label: Rect,
        uprights: list[tuple[Rect, str]] | None = None,
        area: Rect | None = None,
    ) -> None:
        """``area``: where the lines to route can go; what lies outside is left out (a map
        of 2,000 persons with its few relationship lines near the client)."""
        self.cells: dict[tuple[int, int], list[tuple[int, Rect, str]]] = {}
        self.routes: dict[Rect, tuple[Point, Point]] = {}  # piece of a routed line, by box
        h = _symbol_reach(opts)
        ax0, ay0, ax1, ay1 = area or (-math.inf, -math.inf, math.inf, math.inf)
        for pid, box in boxes.items():
            x, y = box.x, box.y
            if ax0 - 200 < x < ax1 + 200 and ay0 - 200 < y < ay1 + 200:
                self._add(_SYMBOL, (x - h, y - h, x + h, y + h), pid)
                self._add(_LABEL, (x + label[0], y + label[1], x + label[2], y + label[3]), pid)
        for r, child in uprights or ():
            if r[2] > ax0 and r[0] < ax1 and r[3] > ay0 and r[1] < ay1:
                self._add(_UPRIGHT, r, child)

    def _add(self, kind: int, r: Rect, pid: str) -> None:
        entry = (kind, r, pid)
        cx0, cx1 = int(r[0] // _CELL), int(r[2] // _CELL)
        cy0, cy1 = int(r[1] // _CELL), int(r[3] // _CELL)
        cells = self.cells
        for cx in range(cx0, cx1 + 1):
            for cy in range(cy0, cy1 + 1):
                here = cells.get((cx, cy))
                if here is None:
                    cells[(cx, cy)] = [entry]
                else:
                    here.append(entry)

    def add_route(self, points: list[Point], pair: str) -> None:
        """A routed relationship line: the lines routed after it keep from running along it
        (a father's line to his son ran on top of his cut-off line to the mother)."""
        for a, b in itertools.pairwise(_short_pieces(points)):
            box = (min(a[0], b[0]) - _ALONG, min(a[1], b[1]) - _ALONG,
                   max(a[0], b[0]) + _ALONG, max(a[1], b[1]) + _ALONG)
            self.routes[box] = (a, b)
            self._add(_ROUTE, box, pair)

    def hits(self, points: list[Point], ends: tuple[str, str], limit: int) -> int:
        """What the polyline runs through, each obstacle once and weighted by how much it
        spoils the drawing (:data:`_COST`), up to ``limit`` (a candidate no better than the
        best so far need not be counted further). The line's own two symbols do not count
        (it starts at their edge); their labels do."""
        hit: set[Rect] = set()
        cost = 0
        ends_key = _pair_key(*ends)
        for p, q in itertools.pairwise(_short_pieces(points)):
            along = abs(q[0] - p[0]) <= abs(q[1] - p[1]) / 2  # running up or down
            for cx in range(int(min(p[0], q[0]) // _CELL), int(max(p[0], q[0]) // _CELL) + 1):
                for cy in range(
                    int(min(p[1], q[1]) // _CELL), int(max(p[1], q[1]) // _CELL) + 1
                ):
                    for kind, r, pid in self.cells.get((cx, cy), ()):
                        if r in hit or (kind == _SYMBOL and pid in ends):
                            continue
                        if kind == _UPRIGHT:
                            if not along:
                                continue  # across an upright line, not along it
                            if pid and pid in ends:
                                kind = _OWN_LINE
                        if kind == _ROUTE:
                            # Lines between the same two persons stand apart on purpose.
                            if pid == ends_key or not _runs_along(p, q, self.routes[r]):
                                continue
                        elif not _clips(p, q, r):
                            continue
                        hit.add(r)
                        cost += _COST[kind]
                        if cost >= limit:
                            return limit
        return cost


def _area(layout: Layout) -> Rect:
    """Where the relationship lines can go: round each, as far out as its largest bow."""
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for line in layout.relationships.values():
        (sx, sy), (ex, ey) = line.start, line.end
        length = ((ex - sx) ** 2 + (ey - sy) ** 2) ** 0.5
        if length > _LONGEST_ROUTED:
            continue  # drawn straight, not routed
        reach = length * _BOW_PER_LENGTH / 2 + _PAIR_GAP * 4
        x0, y0 = min(x0, sx - reach, ex - reach), min(y0, sy - reach, ey - reach)
        x1, y1 = max(x1, sx + reach, ex + reach), max(y1, sy + reach, ey + reach)
    return x0, y0, x1, y1


def _pair_key(a: str, b: str) -> str:
    return f"{a}\x00{b}" if a < b else f"{b}\x00{a}"


def _runs_along(p: Point, q: Point, seg: tuple[Point, Point]) -> bool:
    """Whether the piece p-q lies at about the angle of ``seg`` and within _ALONG of it."""
    (ax, ay), (bx, by) = seg
    ux, uy = q[0] - p[0], q[1] - p[1]
    vx, vy = bx - ax, by - ay
    lu, lv = (ux * ux + uy * uy) ** 0.5, (vx * vx + vy * vy) ** 0.5
    if lu == 0 or lv == 0 or abs(ux * vy - uy * vx) > _SIN_ALONG * lu * lv:
        return False
    mx, my = (p[0] + q[0]) / 2, (p[1] + q[1]) / 2  # the piece's middle, from the segment
    t = max(0.0, min(1.0, ((mx - ax) * vx + (my - ay) * vy) / (lv * lv)))
    dx, dy = mx - (ax + t * vx), my - (ay + t * vy)
    return dx * dx + dy * dy < _ALONG * _ALONG


def relationship_bows(
    g: Genogram, layout: Layout, label: Rect = SCREEN_LABEL
) -> dict[str, float]:
    """The bow of every relationship line of ``layout`` (0 for a straight line), clear of
    the symbols and of labels written in ``label`` (relative to each symbol's centre)."""
    if not layout.relationships:
        return {}
    opts = layout.options
    grid = _Grid(dict(layout.persons), opts, label, _uprights(layout), _area(layout))
    cut = inset(opts)
    seen: dict[frozenset[str], int] = {}
    bows: dict[str, float] = {}
    for rid, line in layout.relationships.items():
        a, b = g.relationships[rid].persons
        pair = frozenset((a, b))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        # A second line between the same two persons stands apart from the first.
        apart = _PAIR_GAP * ((k + 1) // 2) * (1 if k % 2 else -1)
        start, end = line.start, line.end
        dx = end[0] - start[0]
        # The upper side first, whichever way round the pair is stored.
        up = -1.0 if dx > 0 or (dx == 0 and end[1] < start[1]) else 1.0
        length = ((end[0] - start[0]) ** 2 + (end[1] - start[1]) ** 2) ** 0.5
        if length < 2 * cut + 4 or length > _LONGEST_ROUTED:
            bows[rid] = apart * up  # too short to bend, or too long to route
            continue
        best = (1 << 30, 0.0)
        for bow in _candidates(apart * up, up, max(_STEP, length * _STEP_PER_LENGTH)):
            if abs(bow) > max(_BOW_PER_LENGTH * length, abs(apart)):
                continue
            n = grid.hits(curve_points(start, end, bow, cut), (a, b), best[0])
            if n < best[0]:
                best = (n, bow)
            if n == 0:
                break
        bows[rid] = best[1]
        grid.add_route(curve_points(start, end, best[1], cut), _pair_key(a, b))
    return bows


def _candidates(first: float, up: float, step: float) -> Iterator[float]:
    """Bows to try, smallest first, the upper side before the lower."""
    yield first
    for m in range(1, _TRIES + 1):
        for side in (up, -up):
            yield first + side * m * step


__all__ = [
    "SCREEN_LABEL",
    "control_point",
    "curve",
    "curve_points",
    "inset",
    "relationship_bows",
]
