"""Where emotional relationship lines bend, so they go round symbols and labels, not through.

A relationship line joins two persons anywhere on the map: a grandmother and her grandson,
a father and his daughter-in-law. Drawn straight it often runs through the symbols and the
names in between, and a reader takes the person it crosses for part of the relationship.
Each line is a quadratic curve from one person to the other; its *bow* is how far the
curve's control point stands off the middle of the straight line, at a right angle (the
curve itself passes half as far off). This module picks, for every line, the smallest bow
that clears every symbol and label on the way, trying the upper side first.

Both renderers (the editor's scene and the case-summary PDF) draw the same curve from these
bows, so a map looks the same on screen and on paper. Plain Python, no Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .layout import Layout, LayoutOptions, PersonBox
from .model import Genogram

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1


def inset(opts: LayoutOptions) -> float:
    """How far from each person's centre the line starts (just outside the symbol)."""
    return opts.symbol_size / 2 + 4


_STEP = 36.0  # bows tried grow by this much
_TRIES = 9  # per side: bows up to 9 * 36 = 324 units (the curve passes 162 off the line)
_SAMPLES = 24  # straight pieces the curve is checked as
_CELL = 120.0  # grid cell for finding obstacles near a piece
_PAIR_GAP = 16.0  # lines between the same two persons stand this far apart
#: A line longer than this stays straight: no bow of the sizes tried would clear the rows
#: it crosses (a relationship drawn across a whole imported family tree).
_LONGEST_ROUTED = 2400.0
_BOW_PER_LENGTH = 0.7  # no bow larger than this share of the line: a loop reads as a symbol


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


_SYMBOL, _LABEL, _DROP = 0, 1, 2  # what an obstacle is


def _obstacles(
    box: PersonBox, opts: LayoutOptions, label: Rect, drops: list[Rect]
) -> Iterator[tuple[int, Rect]]:
    """(kind, rectangle): the symbol, the label block below it, and the short lines down
    from it to its couple lines (a relationship line running down along one hid it;
    crossing one is only a crossing, see :meth:`_Grid.hits`)."""
    h = _symbol_reach(opts)
    yield _SYMBOL, (box.x - h, box.y - h, box.x + h, box.y + h)
    yield _LABEL, (box.x + label[0], box.y + label[1], box.x + label[2], box.y + label[3])
    for drop in drops:
        yield _DROP, drop


_DROP_HALF = 3.0  # half the width a line down to a couple line is kept clear by


def _drops(layout: Layout) -> dict[str, list[Rect]]:
    """Each partner's lines down to their couple lines, as thin rectangles."""
    out: dict[str, list[Rect]] = {}
    for u in layout.unions.values():
        for pid, x, top in ((u.left_id, u.x1, u.y1), (u.right_id, u.x2, u.y2)):
            if u.y > top:
                out.setdefault(pid, []).append((x - _DROP_HALF, top, x + _DROP_HALF, u.y))
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
    """Persons bucketed by cell of their centre, so a piece of curve is checked only against
    the symbols and labels near it (a map of 2,000 persons is routed in milliseconds)."""

    def __init__(
        self,
        boxes: dict[str, PersonBox],
        opts: LayoutOptions,
        label: Rect,
        drops: dict[str, list[Rect]] | None = None,
    ) -> None:
        self.boxes = boxes
        self.opts = opts
        self.label = label
        self.drops = drops or {}
        h = _symbol_reach(opts)
        # How far a person's obstacles reach from their centre, each way.
        low = max(
            (r[3] - boxes[pid].y for pid, rects in self.drops.items() for r in rects),
            default=0.0,
        )
        self.reach = (
            min(-h, label[0], -_DROP_HALF),
            min(-h, label[1]),
            max(h, label[2], _DROP_HALF),
            max(h, label[3], low),
        )
        self.cells: dict[tuple[int, int], list[str]] = {}
        for pid, box in boxes.items():
            self.cells.setdefault((int(box.x // _CELL), int(box.y // _CELL)), []).append(pid)
        self._rects: dict[str, list[tuple[int, Rect]]] = {}

    def _obstacles_of(self, pid: str) -> list[tuple[int, Rect]]:
        rects = self._rects.get(pid)
        if rects is None:
            rects = self._rects[pid] = list(
                _obstacles(self.boxes[pid], self.opts, self.label, self.drops.get(pid, []))
            )
        return rects

    def hits(self, points: list[Point], ends: tuple[str, str], limit: int) -> int:
        """Symbols and labels the polyline passes through, each counted once, up to ``limit``
        (a candidate no better than the best so far need not be counted further). The line's
        own two symbols do not count (it starts at their edge); their labels do."""
        hit: set[Rect] = set()
        rx0, ry0, rx1, ry1 = self.reach
        for p, q in itertools.pairwise(_short_pieces(points)):
            # A person whose obstacles can touch this piece has their centre in this box.
            x0, x1 = min(p[0], q[0]) - rx1, max(p[0], q[0]) - rx0
            y0, y1 = min(p[1], q[1]) - ry1, max(p[1], q[1]) - ry0
            for cx in range(int(x0 // _CELL), int(x1 // _CELL) + 1):
                for cy in range(int(y0 // _CELL), int(y1 // _CELL) + 1):
                    for pid in self.cells.get((cx, cy), ()):
                        for kind, r in self._obstacles_of(pid):
                            if r in hit or (kind == _SYMBOL and pid in ends):
                                continue
                            if kind == _DROP and abs(q[0] - p[0]) > abs(q[1] - p[1]) / 2:
                                continue  # across a drop line, not down along it
                            if _clips(p, q, r):
                                hit.add(r)
                                if len(hit) >= limit:
                                    return limit
        return len(hit)


def relationship_bows(
    g: Genogram, layout: Layout, label: Rect = SCREEN_LABEL
) -> dict[str, float]:
    """The bow of every relationship line of ``layout`` (0 for a straight line), clear of
    the symbols and of labels written in ``label`` (relative to each symbol's centre)."""
    if not layout.relationships:
        return {}
    opts = layout.options
    grid = _Grid(dict(layout.persons), opts, label, _drops(layout))
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
            bows[rid] = apart * up
            continue
        best = (1 << 30, 0.0)
        for bow in _candidates(apart * up, up):
            if abs(bow) > max(_BOW_PER_LENGTH * length, abs(apart)):
                continue
            n = grid.hits(curve_points(start, end, bow, cut), (a, b), best[0])
            if n < best[0]:
                best = (n, bow)
            if n == 0:
                break
        bows[rid] = best[1]
    return bows


def _candidates(first: float, up: float) -> Iterator[float]:
    """Bows to try, smallest first, the upper side before the lower."""
    yield first
    for m in range(1, _TRIES + 1):
        for side in (up, -up):
            yield first + side * m * _STEP


__all__ = [
    "SCREEN_LABEL",
    "control_point",
    "curve",
    "curve_points",
    "inset",
    "relationship_bows",
]
