"""Where each couple line writes its years ("m. 2008", "d. 2010") so they read as its own.

The years went right of the couple's children's line, below any later partner's line
passing under them: with two partners on one side of a person ("m. 2008 d. 2010" with the
first, "lt. 2015" with the second, whose line runs under the first's) both captions stood
side by side under the lower line, and either could belong to either couple. Here each
caption goes under its own line where no other couple's line runs alongside, where its line
has such a stretch, and over it where another line runs under all of it. Qt-free, so that
the editor and the case summary's map can place them alike: widths and heights come from
whoever draws.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .layout import Layout, UnionLine
from .symbols import CAPTION_GAP, couple_mark_x

#: left, top, right, bottom
Box = tuple[float, float, float, float]

#: The caption's top this far under its line.
DROP = 3.0
#: Other couple lines this close above or below share the caption's band: under a stretch
#: of its line that another runs along, the caption could be read as that one's.
BAND = 40.0
#: Steps tried along the line, in scene units.
_STEP = 6.0
#: Room kept round the caption (from lines, children's lines, other captions, names).
_CLEAR = 2.0
#: Places tried along a line, nearest the usual one first: years far along a long line
#: from its children's line read as nobody's.
_TRIES = 40


def _slashes(line: UnionLine) -> tuple[float, float]:
    """From where to where a separation's or a divorce's slashes may stand, left of the
    middle (as ``symbols.slash_marks`` places up to two), reaching under the line."""
    at = couple_mark_x(line.x1, line.x2)
    return at - 6 - 5, at + 5


class _Grid:
    """Boxes by the square cells they cover: a caption looks only at what is near it
    (a map of 500 persons has a thousand names and symbols)."""

    def __init__(self, cell: float = 128.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.boxes: list[Box] = []

    def _span(self, box: Box) -> tuple[range, range]:
        c = self.cell
        return (
            range(int(box[0] // c), int(box[2] // c) + 1),
            range(int(box[1] // c), int(box[3] // c) + 1),
        )

    def add(self, box: Box) -> None:
        self.boxes.append(box)
        xs, ys = self._span(box)
        for cx in xs:
            for cy in ys:
                self.cells.setdefault((cx, cy), []).append(len(self.boxes) - 1)

    def near(self, box: Box) -> list[Box]:
        xs, ys = self._span(box)
        found = {i for cx in xs for cy in ys for i in self.cells.get((cx, cy), ())}
        return [self.boxes[i] for i in sorted(found)]


def caption_places(
    layout: Layout,
    sizes: Mapping[str, tuple[float, float]],
    obstacles: Iterable[Box] = (),
) -> dict[str, tuple[float, float]]:
    """The top-left corner of each couple line's caption, ``sizes`` (width, height) by
    union id; lines without a size write none.

    In order: under its own line right of its children's line (where it has always been),
    or elsewhere under its own line, where no other couple line runs within ``BAND`` above
    or below; then where none runs under it; then over its own line where another runs
    under the whole of it (a later partner's, drawn lower) and none over it; then under its
    own line all the same. Never across a line, a children's line, the slashes, another
    caption or one of ``obstacles`` (symbols and names); where nothing is free, below the
    lowest line under it, right of the children's line, as before."""
    captioned = {uid: size for uid, size in sizes.items() if size[0] > 0 and uid in layout.unions}
    if not captioned:
        return {}
    # Couple lines and sibling bars as flat boxes, the children's and partners' lines
    # down as thin ones, names, symbols and placed captions as they are.
    lines = _Grid(1024.0)  # horizontal lines, (x1, y, x2, y): long, in wide cells
    owners: dict[Box, set[str]] = {}
    for uid, u in layout.unions.items():
        box = (min(u.x1, u.x2), u.y, max(u.x1, u.x2), u.y)
        lines.add(box)
        owners.setdefault(box, set()).add(uid)
    for s in layout.sibships.values():
        lines.add((s.x1, s.bar_y, s.x2, s.bar_y))
    solid = _Grid()  # what a caption may not touch at all
    for s in layout.sibships.values():
        solid.add((s.anchor[0], min(s.anchor[1], s.bar_y), s.anchor[0], max(s.anchor[1], s.bar_y)))
    for child in layout.children.values():
        for (ax, ay), (bx, by) in zip(child.points, child.points[1:], strict=False):
            if abs(ax - bx) < 1:
                solid.add((ax, min(ay, by), ax, max(ay, by)))
    for u in layout.unions.values():
        solid.add((u.x1, min(u.y1, u.y), u.x1, max(u.y1, u.y)))
        solid.add((u.x2, min(u.y2, u.y), u.x2, max(u.y2, u.y)))
    for box in obstacles:
        solid.add(box)

    def free(box: Box, own: str) -> bool:
        left, top, right, bottom = box[0] - _CLEAR, box[1], box[2] + _CLEAR, box[3]
        near = (left, top - _CLEAR, right, bottom + _CLEAR)
        if any(
            top - _CLEAR <= b[1] <= bottom + _CLEAR
            and b[0] < right
            and b[2] > left
            and own not in owners.get(b, ())
            for b in lines.near(near)
        ):
            return False
        return not any(
            b[0] <= right and b[2] >= left and b[1] < bottom + _CLEAR and b[3] > top - _CLEAR
            for b in solid.near(near)
        )

    def alongside(left: float, right: float, y: float, own: str) -> list[float]:
        """The heights of the other couple lines within ``BAND`` of ``y`` that run over
        any of ``left`` to ``right``."""
        return [
            b[1]
            for b in lines.near((left, y - BAND, right, y + BAND))
            if b in owners
            and own not in owners[b]
            and abs(b[1] - y) <= BAND
            and b[0] < right
            and b[2] > left
        ]

    out: dict[str, tuple[float, float]] = {}
    # Upper lines first: a lower line's caption keeps clear of what those took.
    for uid, line in sorted(layout.unions.items(), key=lambda kv: (kv[1].y, kv[1].x1, kv[0])):
        if uid not in captioned:
            continue
        width, height = captioned[uid]
        left, top = _place(line, uid, width, height, free, alongside)
        out[uid] = (left, top)
        solid.add((left, top, left + width, top + height))
    return out


def _place(
    line: UnionLine,
    uid: str,
    width: float,
    height: float,
    free: Callable[[Box, str], bool],
    alongside: Callable[[float, float, float, str], list[float]],
) -> tuple[float, float]:
    """One caption's top-left corner (see ``caption_places``)."""
    lo, hi = min(line.x1, line.x2), max(line.x1, line.x2)
    mid = (line.x1 + line.x2) / 2
    y = line.y
    under, over = y + DROP, y - DROP - height
    first = mid + CAPTION_GAP
    slash_lo, slash_hi = _slashes(line)
    # Along its own line, nearest the usual place first, the right of the middle before
    # the left.
    right = min(_TRIES, int((hi - first - width) / _STEP) + 1)
    starts = [first + k * _STEP for k in range(max(0, right))]
    last_left = mid - CAPTION_GAP - width
    left = min(_TRIES, int((last_left - lo) / _STEP) + 1)
    starts += [last_left - k * _STEP for k in range(max(0, left))]
    starts.sort(key=lambda a: (abs(a - first), a < first))
    starts = [
        a
        for a in starts
        if lo <= a and a + width <= hi and (a >= slash_hi or a + width <= slash_lo)
    ][:_TRIES]

    # Each stretch looked at once: the lines alongside it, and whether the caption is
    # free under the line there (the tiers below ask again).
    seen: dict[float, list[float]] = {}
    fits: dict[float, bool] = {}

    def near(a: float) -> list[float]:
        if a not in seen:
            seen[a] = alongside(a, a + width, y, uid)
        return seen[a]

    def under_free(a: float) -> bool:
        if a not in fits:
            fits[a] = free((a, under, a + width, under + height), uid)
        return fits[a]

    # Under its own line with no other line alongside; then with none under it (one above
    # is farther from the years than their own).
    for a in starts:
        if not near(a) and under_free(a):
            return a, under
    for a in starts:
        if not any(o > y for o in near(a)) and under_free(a):
            return a, under
    # Over its own line where another runs under the whole of it: nearest their own line
    # (under it the years stood below the other one, and read as that couple's).
    for a in starts:
        if not any(o < y for o in near(a)) and free((a, over, a + width, over + height), uid):
            return a, over
    for a in starts:
        if under_free(a):
            return a, under
    # Nowhere free: below the lowest line under this one (through the years it would
    # strike them out), right of the children's line, as it always was.
    below = [o for o in alongside(first, first + width, y, uid) if o > y]
    return first, max(below, default=y) + DROP
