"""Where emotional relationship lines bend, so they go round symbols and labels, not through.

A relationship line joins two persons anywhere on the map: a grandmother and her grandson,
a father and his daughter-in-law. Drawn straight it often runs through the symbols and the
names in between, and a reader takes the person it crosses for part of the relationship.
Each line is a quadratic curve from one person to the other; its *bow* is how far the
curve's control point stands off the middle of the straight line, at a right angle (the
curve itself passes half as far off). This module picks, for every line, the smallest bow
that hides the least on the way (symbols, names, family lines running up and down, lines
routed before it, and least of all the couples' years, "m. 1985", and the slashes of a
separation or a divorce), trying the upper side first.

Where no bow clears a line's own persons' names (a father's line down to his son, with the
father's name written right below his symbol on the son's side, crossed it at every bow),
or a couple's years, the line may leave a symbol, or come into one, at another side than
the bow would take (:class:`Route` is a cubic curve, whose two ends turn each on their own).

Two or more lines between the same two persons (conflictual and physical abuse, father to
son) are routed as one band and drawn side by side, a band's width apart: given bows of
their own they ran on the same path, and a zigzag merged into the other. Near the persons
a band's lines fan out along the symbols' outlines, so each, however many, ends at its own
two persons (offset whole, the fourth of four ended in empty paper beside them).

Both renderers (the editor's scene and the case-summary PDF) route with this module and draw
the curves it gives (:func:`relationship_routes`), each with the place of its own labels:
the editor writes names right of the symbol, the PDF centres them below it, so a line may
bend a little differently on paper to clear a name there. Plain Python, no Qt.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from .layout import Layout, LayoutOptions, PersonBox
from .model import Genogram, PersonKind, Sex

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
Segment = tuple[Point, Point]


def inset(opts: LayoutOptions) -> float:
    """How far from each person's centre the line starts (just outside the symbol)."""
    return opts.symbol_size / 2 + 4


_STEP = 36.0  # bows tried grow by this much, or by a share of a long line (_STEP_PER_LENGTH)
_STEP_PER_LENGTH = 1 / 14  # a long line's arcs must grow with it to clear the rows it spans
_TRIES = 9  # per side: bows up to 9 steps (the curve passes half as far off the line)
_SAMPLES = 24  # straight pieces the curve is checked as, at most
_PIECE = 16.0  # and at least this long (a short line in 24 pieces was checked for nothing)
_OFFSET_SAMPLES = 32  # pieces of a line drawn beside a band's curved middle, at most
_CELL = 120.0  # grid cell for finding obstacles near a piece
#: Lines between the same two persons are drawn this far apart, centre to centre: a
#: zigzag reaches 7 either side of its line, a double line with a zigzag 8, so two of them
#: 20 apart leave a clear gap (16 apart, bowed, they met at both ends and merged).
BAND_GAP = 20.0
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


#: Where the editor writes a person's name and years, from the symbol's centre (x0, y0,
#: x1, y1): right of centre, two lines below the symbol. The PDF passes its own (centred).
SCREEN_LABEL: Rect = (0.0, 22.0, 108.0, 50.0)


def _symbol_reach(opts: LayoutOptions) -> float:
    """Half the room a symbol takes, with a margin the line keeps."""
    return opts.symbol_size / 2 + 6


_SYMBOL, _LABEL, _UPRIGHT, _ROUTE, _OWN_LINE, _CAPTION, _SLASH = range(7)  # obstacle kinds
#: What running through each kind of obstacle costs a candidate curve: most a symbol (the
#: line reads as passing through that person, a relationship of theirs), then a name, a
#: family line or another relationship line hidden under it alike, and least the line down
#: into one of its own persons, which a line leaving them upwards, towards their parents,
#: cannot help running along for a moment. A couple's years ("m. 1985") cost a quarter of
#: that least: they choose between curves that hide as much else. Weighed as a name, a line
#: kept off the years ran through names instead (the 40 demo maps in the editor: 41 -> 14
#: years crossed, but 32 -> 39 names); weighed so, with the turned ends, 41 -> 21 and no
#: more names (32), own names (16) or symbols (8 -> 6). A separation's or a divorce's
#: slashes cost as much as the years (a line through them leaves the reader asking whether
#: the couple parted, or whether the mark is the relationship's), but only on a line that
#: runs through less than a symbol's worth besides (:meth:`_Grid.hits`). Among equal costs
#: the smallest bow wins.
_COST = (24, 12, 12, 12, 4, 1, 1)  # symbol, label, upright, line, own line, years, slashes
_ALONG = 8.0  # a line nearer than this to another, and at about its angle, runs along it
_SIN_ALONG = 0.42  # "about its angle": within 25 degrees
#: Half the width an upright family line is kept clear by: a zigzag drawn along one hid it.
_UPRIGHT_HALF = 7.0
#: How far a line keeps from the letters of a name: a zigzag's teeth reach 7 either side.
_LABEL_MARGIN = 4.0
#: How far a line keeps from a couple's slashes: their strokes' width, and a little.
_SLASH_MARGIN = 2.0


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
        labels: Mapping[str, Rect] | None = None,
        captions: Iterable[Rect] = (),
        slashes: Iterable[list[Segment]] = (),
    ) -> None:
        """``area``: where the lines to route can go; what lies outside is left out (a map
        of 2,000 persons with its few relationship lines near the client). ``labels``: a
        person's own label rectangle, where it differs from ``label`` (a short name, a
        third line), kept :data:`_LABEL_MARGIN` clear; ``captions``, the couples' years, as
        far; ``slashes``, each separated or divorced couple's slashes (as drawn, each from
        end to end), kept :data:`_SLASH_MARGIN` clear of the box round them."""
        self.cells: dict[tuple[int, int], list[tuple[int, Rect, str]]] = {}
        self.labels: dict[str, Rect] = {}  # each person's label, as an obstacle
        self.routes: dict[Rect, tuple[Point, Point]] = {}  # piece of a routed line, by box
        h = _symbol_reach(opts)
        ax0, ay0, ax1, ay1 = area or (-math.inf, -math.inf, math.inf, math.inf)
        for pid, box in boxes.items():
            x, y = box.x, box.y
            if ax0 - 200 < x < ax1 + 200 and ay0 - 200 < y < ay1 + 200:
                self._add(_SYMBOL, (x - h, y - h, x + h, y + h), pid)
                r = labels.get(pid, label) if labels else label
                m = _LABEL_MARGIN
                box = self.labels[pid] = (x + r[0] - m, y + r[1] - m, x + r[2] + m, y + r[3] + m)
                self._add(_LABEL, box, pid)
        for r, child in uprights or ():
            if r[2] > ax0 and r[0] < ax1 and r[3] > ay0 and r[1] < ay1:
                self._add(_UPRIGHT, r, child)
        m = _LABEL_MARGIN
        for x0, y0, x1, y1 in captions:
            if x1 > ax0 and x0 < ax1 and y1 > ay0 and y0 < ay1:
                self._add(_CAPTION, (x0 - m, y0 - m, x1 + m, y1 + m), "")
        m = _SLASH_MARGIN
        for marks in slashes:
            if not marks:
                continue
            xs = [x for mark in marks for x, _y in mark]
            ys = [y for mark in marks for _x, y in mark]
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
            if x1 > ax0 and x0 < ax1 and y1 > ay0 and y0 < ay1:
                self._add(_SLASH, (x0 - m, y0 - m, x1 + m, y1 + m), "")

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

    def own_labels(self, points: list[Point], ends: tuple[str, str]) -> int:
        """What running through its own two persons' names costs the polyline (part of
        :meth:`hits`, and quick: a candidate that costs as much as the best so far in this
        alone need not be checked further)."""
        cost = 0
        for pid in set(ends):
            r = self.labels.get(pid)
            if r is not None and any(_clips(p, q, r) for p, q in itertools.pairwise(points)):
                cost += _COST[_LABEL]
        return cost

    def over_years(self, points: list[Point]) -> bool:
        """Whether the polyline runs over a couple's years."""
        for p, q in itertools.pairwise(_short_pieces(points)):
            for cx in range(int(min(p[0], q[0]) // _CELL), int(max(p[0], q[0]) // _CELL) + 1):
                for cy in range(
                    int(min(p[1], q[1]) // _CELL), int(max(p[1], q[1]) // _CELL) + 1
                ):
                    for kind, r, _pid in self.cells.get((cx, cy), ()):
                        if kind == _CAPTION and _clips(p, q, r):
                            return True
        return False

    def hits(self, points: list[Point], ends: tuple[str, str], limit: int) -> int:
        """What the polyline runs through, each obstacle once and weighted by how much it
        spoils the drawing (:data:`_COST`), up to ``limit`` (a candidate no better than the
        best so far need not be counted further). The line's own two symbols do not count
        (it starts at their edge); their labels do.

        A couple's slashes count only where the rest costs less than a symbol: a long line
        through symbols and names anyway can seldom keep off them, and there a slash only
        tipped which of two curves that hid as much was taken (in the case-summary PDF of
        demo map 13, one through three names and a couple's years instead of a slash)."""
        hit: set[Rect] = set()
        cost = slashes = 0
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
                        if kind == _SLASH:
                            slashes += 1
                            continue
                        cost += _COST[kind]
                        if cost >= limit:
                            return limit
        if cost < _COST[_SYMBOL]:
            cost += slashes * _COST[_SLASH]
        return min(cost, limit)


def _area(layout: Layout, widest_band: int = 1) -> Rect:
    """Where the relationship lines can go: round each, as far out as its largest bow and
    the outer line of the widest band (of ``widest_band`` lines) beside it."""
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for line in layout.relationships.values():
        (sx, sy), (ex, ey) = line.start, line.end
        length = ((ex - sx) ** 2 + (ey - sy) ** 2) ** 0.5
        if length > _LONGEST_ROUTED:
            continue  # drawn straight, not routed
        reach = max(length * _BOW_PER_LENGTH / 2, _HANDLE_MAX) + BAND_GAP * max(
            4, widest_band / 2 + 1)
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


@dataclass(frozen=True)
class Route:
    """One relationship line as drawn: a cubic curve from the first person's symbol edge to
    the second's (``c1`` and ``c2`` its control points; on one line when straight), or,
    for a line of a band beside its middle, the points of ``through`` (:meth:`offset`,
    :func:`_band`).

    The same for the editor and the PDF, each of which draws it in its own way: the scene
    as a path, the PDF as :meth:`points`.
    """

    start: Point
    c1: Point
    c2: Point
    end: Point
    straight: bool = False
    through: tuple[Point, ...] = ()

    def point(self, t: float) -> Point:
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t**3
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.start, self.c1, self.c2, self.end
        return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)

    def _direction(self, t: float) -> Point:
        """The unit direction of travel at ``t`` (the chord's where the curve stands still)."""
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.start, self.c1, self.c2, self.end
        a, b, c = 3 * (1 - t) ** 2, 6 * (1 - t) * t, 3 * t * t
        dx = a * (x1 - x0) + b * (x2 - x1) + c * (x3 - x2)
        dy = a * (y1 - y0) + b * (y2 - y1) + c * (y3 - y2)
        n = math.hypot(dx, dy)
        if n < 1e-9:
            dx, dy = x3 - x0, y3 - y0
            n = math.hypot(dx, dy) or 1.0
        return dx / n, dy / n

    def points(self, n: int | None = None) -> list[Point]:
        """The curve as ``n`` straight pieces (two points when straight); by default one
        per :data:`_PIECE` of its length, at most :data:`_SAMPLES`, enough to check it."""
        if self.through:
            return list(self.through)
        if self.straight:
            return [self.start, self.end]
        if n is None:
            reach = sum(math.dist(p, q) for p, q in itertools.pairwise(
                (self.start, self.c1, self.c2, self.end)))
            n = max(8, min(_SAMPLES, int(reach / _PIECE)))
        return [self.point(i / n) for i in range(n + 1)]

    def reversed(self) -> Route:
        """The same line drawn from the other end (an arrow goes where the line ends)."""
        return Route(self.end, self.c2, self.c1, self.start, self.straight, self.through[::-1])

    def offset(self, d: float) -> Route:
        """The line ``d`` to the left of travel (y down: a line drawn rightwards, below it),
        square to the middle line at every point, so a band's lines stay ``d`` apart all
        the way (a curve offset by its control points alone came as close as 12 in 20)."""
        if not d:
            return self
        if self.straight:
            dx, dy = self._direction(0.0)
            sx, sy = -dy * d, dx * d
            return Route(
                (self.start[0] + sx, self.start[1] + sy), (self.c1[0] + sx, self.c1[1] + sy),
                (self.c2[0] + sx, self.c2[1] + sy), (self.end[0] + sx, self.end[1] + sy),
                straight=True,
            )
        reach = sum(math.dist(p, q) for p, q in itertools.pairwise(
            (self.start, self.c1, self.c2, self.end)))
        n = max(8, min(_OFFSET_SAMPLES, int(reach / _PIECE)))
        through = []
        for i in range(n + 1):
            t = i / n
            (px, py), (dx, dy) = self.point(t), self._direction(t)
            through.append((px - dy * d, py + dx * d))
        return Route(through[0], self.c1, self.c2, through[-1], through=tuple(through))


def bow_route(start: Point, end: Point, bow: float, cut: float) -> Route | None:
    """:func:`curve` (a bow off the middle) as a :class:`Route`: the same curve exactly."""
    c = curve(start, end, bow, cut)
    if c is None:
        return None
    a, q, b = c
    return Route(
        a,
        (a[0] + (q[0] - a[0]) * 2 / 3, a[1] + (q[1] - a[1]) * 2 / 3),
        (b[0] + (q[0] - b[0]) * 2 / 3, b[1] + (q[1] - b[1]) * 2 / 3),
        b,
        straight=not bow,
    )


#: A line leaving a symbol at another side than its bow would take: how far it keeps that
#: way (its control point's distance) as a share of the line, and at most; so the turn is
#: made near the symbol whose name it avoids and the rest runs as it would.
_HANDLE_SHARE = 0.4
_HANDLE_MAX = 110.0
#: The turns tried at each end, in degrees off the straight way to the other person.
_TURNS = (0, 30, -30, 60, -60, 90, -90)
#: Turned lines clear of their own names checked in full, the gentlest first, at most.
_PORT_TRIES = 8


def port_route(start: Point, end: Point, turn_a: float, turn_b: float, cut: float) -> Route | None:
    """A line leaving ``start``'s symbol turned ``turn_a`` degrees off the way to ``end``
    and coming into ``end``'s turned ``turn_b`` off the way back (positive turns to the
    left of travel at the start, to the right at the end: equal and opposite turns are a
    bow). None when the persons are too close for a line between their symbols."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = (dx * dx + dy * dy) ** 0.5
    if length < 2 * cut + 4:
        return None
    ux, uy = dx / length, dy / length

    def turned(vx: float, vy: float, deg: float) -> Point:
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return (vx * c - vy * s, vx * s + vy * c)

    ax, ay = turned(ux, uy, turn_a)
    bx, by = turned(-ux, -uy, turn_b)
    a = (start[0] + ax * cut, start[1] + ay * cut)
    b = (end[0] + bx * cut, end[1] + by * cut)
    handle = min(_HANDLE_SHARE * (length - 2 * cut), _HANDLE_MAX)
    return Route(
        a,
        (a[0] + ax * handle, a[1] + ay * handle),
        (b[0] + bx * handle, b[1] + by * handle),
        b,
        straight=not turn_a and not turn_b,
    )


#: How far round a symbol's outline a band's outermost line may end, in degrees off the way
#: its middle leaves: further, and a line came in from behind the symbol.
_FAN_DEGREES = 70.0
#: A band's side line, as straight pieces: at most this many along its middle stretch, each
#: at least :data:`_PIECE` long, and :data:`_HOOK_POINTS` for each end's turn to its symbol.
_FAN_POINTS = 32
_HOOK_POINTS = 10


def _band(
    route: Route, count: int, cut: float, squares: tuple[float, float] = (0.0, 0.0)
) -> list[Route]:
    """The ``count`` lines of a band round ``route``: :data:`BAND_GAP` apart in the middle,
    and each end fanned along its symbol's outline, ``cut`` from its centre where ``route``
    starts and ends (:func:`_fanned`; ``squares``: each end's half side where its symbol is
    a square). From the third line on a band's outer lines run further from the middle than
    a symbol is wide: offset whole, their ends (and a directed kind's arrowhead) stopped in
    empty paper beside the person."""
    if count == 1:
        return [route]
    offsets = [(i - (count - 1) / 2) * BAND_GAP for i in range(count)]
    widest = max(abs(d) for d in offsets)
    room = cut * math.sin(math.radians(_FAN_DEGREES))  # the widest an end may stand aside
    ends = [d * min(1.0, room / widest) for d in offsets]
    return [_fanned(route, d, e, cut, widest, squares)
            for d, e in zip(offsets, ends, strict=True)]


def _fanned(
    route: Route, d: float, e: float, cut: float, widest: float,
    squares: tuple[float, float] = (0.0, 0.0),
) -> Route:
    """``route``'s line ``d`` to the left of travel (:meth:`Route.offset`) with its two ends
    turned in to the symbols: each on the outline ``cut`` from the centre ``route`` starts
    (ends) ``cut`` from, ``e`` to the left, and coming in straight at the centre, so every
    line of a band, however many, ends at its own two persons and its arrowhead points at
    the person. Where a symbol is a square (``squares``: its half side, else 0) an end
    fanned towards a corner stands as far out as the square's outline is there: at the
    circle's distance it lay on the square's edge, or inside the corner.

    Each end turns in over the same stretch of the middle for every line of the band (the
    wider the band, the longer), a curve from the outline to its place beside the middle, so
    the lines keep their order and do not cross."""
    if not d and not e:
        return route
    fine = [route.point(i / 64) for i in range(65)]
    along = [0.0]
    for p, q in itertools.pairwise(fine):
        along.append(along[-1] + math.dist(p, q))
    length = along[-1] or 1.0
    turn = min(0.4 * length, max(2 * BAND_GAP, 1.2 * widest + 10))

    def at(s: float) -> float:
        """The curve's parameter ``s`` along it (by the fine pieces)."""
        for i, (sa, sb) in enumerate(itertools.pairwise(along)):
            if sb >= s:
                return (i + (s - sa) / ((sb - sa) or 1.0)) / 64
        return 1.0

    def beside(t: float) -> tuple[Point, Point]:
        """The point ``d`` left of the middle at ``t``, and the way of travel there."""
        (px, py), (ux, uy) = route.point(t), route._direction(t)
        return (px - uy * d, py + ux * d), (ux, uy)

    phi = math.asin(max(-1.0, min(1.0, e / cut)))
    c, si = math.cos(phi), math.sin(phi)

    def on_outline(t: float, sign: float, half: float) -> tuple[Point, Point]:
        """Where the line meets the outline at the start (``sign`` 1) or the end (-1), and
        the way out from the centre there."""
        (px, py), (ux, uy) = route.point(t), route._direction(t)
        cx, cy = px - sign * ux * cut, py - sign * uy * cut  # the symbol's centre
        ox, oy = sign * ux * c - uy * si, sign * uy * c + ux * si
        reach = cut
        if half and e:
            reach += half / max(abs(ox), abs(oy), 1e-9) - half  # out to the square's side
        return (cx + ox * reach, cy + oy * reach), (ox, oy)

    def hook(outline: tuple[Point, Point], lane: tuple[Point, Point], sign: float) -> list[Point]:
        """From the outline (leaving it straight out) to the lane (running along it)."""
        (ex, ey), (ox, oy) = outline
        (qx, qy), (ux, uy) = lane
        h = math.dist((ex, ey), (qx, qy)) * 0.4
        p1 = (ex + ox * h, ey + oy * h)
        p2 = (qx - sign * ux * h, qy - sign * uy * h)
        out = []
        for i in range(_HOOK_POINTS + 1):
            k = i / _HOOK_POINTS
            a, b, cc, dd = (1 - k) ** 3, 3 * (1 - k) ** 2 * k, 3 * (1 - k) * k * k, k**3
            out.append((a * ex + b * p1[0] + cc * p2[0] + dd * qx,
                        a * ey + b * p1[1] + cc * p2[1] + dd * qy))
        return out

    t0, t1 = at(turn), at(length - turn)
    n = max(1, min(_FAN_POINTS, int((length - 2 * turn) / _PIECE)))
    through = hook(on_outline(0.0, 1.0, squares[0]), beside(t0), 1.0)
    through.extend(beside(t0 + (t1 - t0) * i / n)[0] for i in range(1, n))
    through.extend(reversed(hook(on_outline(1.0, -1.0, squares[1]), beside(t1), -1.0)))
    return Route(through[0], route.c1, route.c2, through[-1], through=tuple(through))


def relationship_routes(
    g: Genogram,
    layout: Layout,
    label: Rect = SCREEN_LABEL,
    labels: Mapping[str, Rect] | None = None,
    cut: float | None = None,
    captions: Iterable[Rect] = (),
    slashes: Iterable[list[Segment]] = (),
) -> dict[str, Route]:
    """How every relationship line of ``layout`` is drawn (none for two persons whose
    symbols touch), each from its first person to its second, clear of the symbols, of
    family lines and of the names (written in ``label`` relative to each symbol's centre, or
    where ``labels`` says for a person: the editor knows each name's width). ``cut``: how
    far from a centre a line starts (:func:`inset`). ``captions``: where the couples' years
    are written (left, top, right, bottom, ``captions.caption_places``), kept clear where
    that hides nothing else (:data:`_COST`): a line ran over "m. 1985" as if not there.
    ``slashes``: each separated or divorced couple's slashes as drawn (each from end to
    end), kept clear as the years are where the line hides little else.

    The lines between the same two persons are routed together, as one band: side by side,
    :data:`BAND_GAP` apart, each its own line (see :meth:`Route.offset`).
    """
    if not layout.relationships:
        return {}
    opts = layout.options
    bands: dict[str, list[str]] = {}  # the pair's key: its lines, in the layout's order
    for rid in layout.relationships:
        bands.setdefault(_pair_key(*g.relationships[rid].persons), []).append(rid)
    widest = max(len(members) for members in bands.values())
    area = _area(layout, widest)
    grid = _Grid(
        dict(layout.persons), opts, label, _uprights(layout), area, labels, captions, slashes
    )
    cut = inset(opts) if cut is None else cut
    routes: dict[str, Route] = {}
    for key, members in bands.items():
        first = layout.relationships[members[0]]
        a, b = g.relationships[members[0]].persons
        squares = (_square(g, a, opts), _square(g, b, opts))
        centre = _route_band(grid, (a, b), first.start, first.end, cut, len(members), squares)
        if centre is None:
            continue  # the two symbols touch: no line between them
        lines = _band(centre, len(members), cut, squares)
        (sx, sy), (ex, ey) = first.start, first.end
        routed = math.hypot(ex - sx, ey - sy) <= _LONGEST_ROUTED  # else straight, and left out
        for rid, line in zip(members, lines, strict=True):
            if routed:
                grid.add_route(line.points(), key)
            routes[rid] = line if g.relationships[rid].persons[0] == a else line.reversed()
    return routes


def _square(g: Genogram, pid: str, opts: LayoutOptions) -> float:
    """Half the side of the person's symbol where it is a square (a man, or a person of
    unknown sex: a square with a question mark), else 0."""
    p = g.persons.get(pid)
    if p is None or p.kind is not PersonKind.PERSON or p.sex not in (Sex.MALE, Sex.UNKNOWN):
        return 0.0
    return opts.symbol_size / 2


def _route_band(
    grid: _Grid, ends: tuple[str, str], start: Point, end: Point, cut: float, count: int,
    squares: tuple[float, float] = (0.0, 0.0),
) -> Route | None:
    """The middle of a band of ``count`` lines from ``start`` to ``end``: the smallest bow
    that runs through the least (every line of the band checked), the upper side first; and
    where every bow still runs through something, a line leaving or coming in at another
    side if that runs through less, the smallest turns first."""
    dx = end[0] - start[0]
    # The upper side first, whichever way round the pair is stored.
    up = -1.0 if dx > 0 or (dx == 0 and end[1] < start[1]) else 1.0
    length = ((end[0] - start[0]) ** 2 + (end[1] - start[1]) ** 2) ** 0.5
    straight = bow_route(start, end, 0.0, cut)
    if straight is None or length > _LONGEST_ROUTED:
        return straight  # too short to bend, or too long to route

    def own(route: Route) -> int:
        lines = _band(route, count, cut, squares)
        return sum(grid.own_labels(line.points(), ends) for line in lines)

    best, best_cost, best_own = straight, 1 << 30, 0

    def better(route: Route) -> bool:
        """Whether ``route`` runs through less than the best so far (then it becomes it)."""
        nonlocal best, best_cost, best_own
        names = own(route)
        if names >= best_cost:
            return False  # no better for its own persons' names alone
        total = 0
        for line in _band(route, count, cut, squares):
            total += grid.hits(line.points(), ends, best_cost - total)
            if total >= best_cost:
                return False
        best, best_cost, best_own = route, total, names
        return True

    for bow in _candidates(0.0, up, max(_STEP, length * _STEP_PER_LENGTH)):
        if abs(bow) > _BOW_PER_LENGTH * length:
            continue
        route = bow_route(start, end, bow, cut)
        if route is not None and better(route) and best_cost == 0:
            return best
    # Turned ends, where no bow keeps the band off its own persons' names or a couple's
    # years (other things in the way are what bows are for, and a whole map's lines must
    # route fast enough for a drag to follow the mouse). A child's line up to the parent
    # drawn right ran straight over the parents' "m. 1978", right of the children's line:
    # every bow ran along a family line or through a name instead, an S clears it.
    if not best_own and not any(
        grid.over_years(line.points()) for line in _band(best, count, cut, squares)
    ):
        return best
    tries = _PORT_TRIES
    for turn_a, turn_b in _turns():
        route = port_route(start, end, turn_a * up, turn_b * up, cut)
        if route is None or own(route):
            continue  # the turns are for keeping off the names (and that is quick to check)
        if better(route) and best_cost == 0:
            break
        tries -= 1
        if not tries:
            break
    return best


@functools.cache
def _turns() -> list[tuple[int, int]]:
    """Pairs of turns at the two ends, the gentlest first, and a bow (turns equal and
    opposite, :func:`port_route`) before an S of the same size."""
    pairs = [(a, b) for a in _TURNS for b in _TURNS if a or b]
    return sorted(pairs, key=lambda p: (abs(p[0]) + abs(p[1]), abs(p[0] + p[1])))


def _candidates(first: float, up: float, step: float) -> Iterator[float]:
    """Bows to try, smallest first, the upper side before the lower."""
    yield first
    for m in range(1, _TRIES + 1):
        for side in (up, -up):
            yield first + side * m * step


__all__ = [
    "BAND_GAP",
    "SCREEN_LABEL",
    "Route",
    "Segment",
    "bow_route",
    "control_point",
    "curve",
    "inset",
    "port_route",
    "relationship_routes",
]
