"""Draw a genogram as PDF vector graphics from the same layout and notation as the editor.

Geometry comes from ``genogram.layout.layout_genogram`` and what to draw from
``genogram.symbols``, so the PDF and the editor can never disagree on the notation.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import math
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from kastdesk.genogram import Genogram, Layout, LayoutOptions, layout_genogram
from kastdesk.genogram import symbols as sym
from kastdesk.genogram.captions import caption_places
from kastdesk.genogram.layout import UnionLine, bar_segments, hop_segments
from kastdesk.genogram.model import SMALL_SCALE, Person, Sex
from kastdesk.genogram.routing import Route, Segment, relationship_routes

from . import rtl
from .fonts import BOLD, REGULAR, draw_string, string_width

INK = colors.HexColor("#1f2a33")
LINE = colors.HexColor("#4b5563")
FILL = colors.HexColor("#5b6b78")
#: The relationship colours are the editor's (one table in symbols.py): the PDF had its own,
#: and a close-hostile line was magenta on screen and ochre on paper.
REL_COLOURS = {kind: colors.HexColor(c) for kind, c in sym.RELATIONSHIP_COLOURS.items()}
TRAUMA = colors.HexColor(sym.TRAUMA_COLOUR)
#: Serious physical illness's fill, the editor's (symbols.py): mental illness is ``FILL``.
ILLNESS_GREY = colors.HexColor(sym.PHYSICAL_ILLNESS_COLOUR)
#: The parts of a map printed in pieces, outlined on its overview and its locators (the
#: report's accent colour).
PART = colors.HexColor("#1f5f6f")
#: Where the label's lines stand below the symbol, in font sizes: two lines end above the
#: couple line 25 units below the symbol (three lines, the age among them, hid it under their
#: white ground: the couple line showed as dots between the ages).
_FIRST_BASELINE = 0.95
#: How far out the client's second outline stands from the symbol, in scene units; the
#: client's name begins under it (it began 2 units out, and the white block behind the
#: letters covered the outline's bottom edge: the double frame stood open there).
_OUTER = 4.0
_LINE_STEP = 0.98
_NAME_STEP = 0.9


#: The label's size as a share of the usual one, largest first: one line is set a little
#: smaller before the name wraps; two lines shrink further before a name is ever cut.
_ONE_LINE_SHRINK = (1.0, 0.94, 0.88, 0.82)
_TWO_LINE_SHRINK = (1.0, 0.94, 0.88, 0.82, 0.76, 0.71, 0.66)
#: The years and typed markers under the name, as a share of the name's size.
_REST = 0.88
#: A name that fits no way is cut at this share of the usual size.
_CUT_SHRINK = 0.82
#: The digits' height in the bold font, as a share of its size (DejaVu Sans Bold).
_CAP_HEIGHT = 0.73
#: Room below a symbol where no line passes under its label, in scene units.
_OPEN_DEPTH = 40.0
#: How far below the symbols a couple line may be lowered for its partners' labels, in
#: scene units (``pdf_layout``): a name in two lines, its years and a line of typed
#: markers. Lower, the sibling bar above the children (as far above them as the couple
#: line is below the parents) would come too close to a couple line lowered for a partner
#: the line passes.
_MAX_DROP = 40.0


Label = list[tuple[str, str, float]]  # (text, font, size in scene units) per line
#: A rectangle of the whole printed map: left, top (from the map's top), width, height, in
#: points.
Rect = tuple[float, float, float, float]
#: How far beyond a part of the map a person or a line may stand and still reach into it, in
#: scene units (a symbol and its name): the rest is not drawn for that part.
_CULL = 160.0


def _baselines(label: Label) -> list[float]:
    """Each line's baseline below the symbol's edge, in scene units: the first a little
    under the edge, each next one a line of the line above it lower."""
    out = [label[0][2] * _FIRST_BASELINE]
    for (_text, font, above), (_next, next_font, size) in itertools.pairwise(label):
        # The two lines of one name stand closer: they read as one.
        same_name = font == next_font and above == size
        out.append(out[-1] + above * (_NAME_STEP if same_name else _LINE_STEP))
    return out


def _block_height(label: Label) -> float:
    """From the symbol's edge to below the last line's letters, in scene units."""
    return _baselines(label)[-1] + label[-1][2] * 0.2


def _halves(
    text: str, font: str, size: float, room: float = math.inf
) -> tuple[str, str] | None:
    """The name in two lines, as the editor breaks them (``symbols.name_halves``)."""
    return sym.name_halves(text, lambda line: string_width(line, font, size), room)


def _rest_lines(rest: list[str], size: float, room: float, wrap: bool = True) -> Label:
    """The years and typed markers at ``size``, each within ``room``: a marker too wide
    ("alkohol enl. Birgitta Ekström") wrapped once where ``wrap``, else cut (it ran into
    the neighbours' names, unmeasured)."""
    out: Label = []
    for text in rest:
        halves = _halves(text, REGULAR, size, room) if wrap else None
        parts = [text] if string_width(text, REGULAR, size) <= room or not halves \
            else list(halves)
        out += [(t if string_width(t, REGULAR, size) <= room else _cut(t, REGULAR, size, room, 0),
                 REGULAR, size) for t in parts]
    return out


def _tail(text: str) -> int:
    """How much of the end a cut keeps: a trailing number ("maternal aunt 2") tells two
    persons of the same role apart, and was the first thing cut."""
    words = text.rsplit(" ", 1)
    return len(words[1]) + 1 if len(words) == 2 and words[1].isdigit() else 0


def _cut(text: str, font: str, size: float, room: float, tail: int) -> str:
    """``text`` with its middle (or end) left out for "…", keeping ``tail`` characters of
    the end, so it is ``room`` wide at most."""
    tail = min(tail, len(text))
    end = text[len(text) - tail:] if tail else ""
    head = text[: len(text) - tail]
    while head and string_width(head.rstrip() + "…" + end, font, size) > room:
        head = head[:-1]
    if not head and end and string_width("…" + end, font, size) > room:
        return _cut(text, font, size, room, tail - 1)
    return head.rstrip() + "…" + end


def _greedy(text: str, font: str, size: float, room: float) -> tuple[str, str] | None:
    """``text`` in two lines, as much of it on the first as fits ``room``: for a name too
    long for two lines, which then shows the most of its start before the cut (as the
    editor does)."""
    fitting = [h[:2] for h in sym.name_breaks(text) if string_width(h[0], font, size) <= room]
    return max(fitting, key=lambda h: len(h[0])) if fitting else None


def name_rows(label: Label) -> int:
    """How many of the label's first lines are its name (one or two): set in the name's
    font and size, the years and markers after them smaller."""
    _text, font, size = label[0]
    return 2 if len(label) > 1 and label[1][1:] == (font, size) else 1


def _fit_label(
    lines: list[str], font: str, room: float, depth: float, size: float = 10.5,
    tail: int | None = None,
) -> tuple[Label, bool]:
    """The label's lines with their fonts and sizes, in scene units, and whether the name
    had to be cut.

    The name must keep within ``room`` (neighbours' names stand only a symbol gap apart) and
    the whole block within ``depth`` below the symbol (a couple line passes there, and the
    label's white ground would hide it). A name a little too long is set a little smaller;
    a longer one wraps onto two lines (``symbols.name_halves``, as in the editor), smaller
    still if need be. The name wins over what follows it: where the block is too deep, the
    typed markers are cut to a line, then left out, then the years, before the name is cut
    (a long name was cut to one line with its years and markers whole under it). Only a
    name that fits two lines at no size is cut: as much of it as two lines hold, keeping
    ``tail`` characters of its end, then one line.
    """
    name, rest = lines[0], lines[1:]

    def block(
        name_lines: list[str], k: float, wrap: bool = True, kept: int | None = None
    ) -> Label:
        return [(t, font, size * k) for t in name_lines] + _rest_lines(
            rest[:kept], size * k * _REST, room, wrap
        )

    def fits(label: Label) -> bool:
        return _block_height(label) <= depth and all(
            string_width(t, f, pt) <= room for t, f, pt in label
        )

    def whole(k: float) -> list[str] | None:
        """The name whole in one line, or else in two, at ``k`` (or None)."""
        if string_width(name, font, size * k) <= room:
            return [name]
        halves = _halves(name, font, size * k, room)
        return list(halves) if halves else None

    for k in _ONE_LINE_SHRINK:
        if fits(label := block([name], k)):
            return label, False
    for k in _TWO_LINE_SHRINK:
        halves = _halves(name, font, size * k, room)
        if halves and fits(label := block(list(halves), k)):
            return label, False
    # The name whole, what follows it cut to a line each, then fewer of those lines (the
    # markers first, then the years): as much of the label as there is room for comes
    # before a larger name.
    for kept in range(len(rest), -1, -1):
        for k in _TWO_LINE_SHRINK:
            name_lines = whole(k)
            if name_lines and fits(label := block(name_lines, k, wrap=False, kept=kept)):
                return label, False
    # Cut: in two lines (as much of the name as the first holds), else in one; a little
    # smaller, or as much smaller as the depth asks.
    keep = _tail(name) if tail is None else tail
    for lines_of_name in (2, 1):
        for kept in range(len(rest), -1, -1):
            for k in (k for k in _TWO_LINE_SHRINK if k <= _CUT_SHRINK):
                pt = size * k
                greedy = _greedy(name, font, pt, room) if lines_of_name == 2 else None
                if lines_of_name == 2 and greedy is None:
                    break
                name_lines = [greedy[0], _cut(greedy[1], font, pt, room, keep)] if greedy \
                    else [_cut(name, font, pt, room, keep)]
                if fits(label := block(name_lines, k, wrap=False, kept=kept)):
                    return label, True
    k = _TWO_LINE_SHRINK[-1]
    return block([_cut(name, font, size * k, room, keep)], k, wrap=False, kept=0), True


def _fit(
    text: str, font: str, size: float, room: float, wrap: bool = True
) -> list[tuple[str, float]]:
    """A name alone and its font size per line, where nothing passes below it: set a little
    smaller, else in two lines (or one line cut, where ``wrap`` is False)."""
    lines = [text] if wrap else [text.replace(" ", "\u00a0").replace("-", "\u2011")]
    label, _ = _fit_label(lines, font, room, math.inf, size)
    return [(t.replace("\u00a0", " ").replace("\u2011", "-"), pt) for t, _font, pt in label]


def _dash(canvas: Any, stroke: sym.Stroke, scale: float) -> None:
    """Dashes and dots no smaller than the eye tells from a solid line (a legend icon is
    drawn at a fifth of the map's size: its foster child's dotted line looked solid)."""
    if stroke is sym.Stroke.DASHED:
        canvas.setDash(max(6 * scale, 2.4), max(4 * scale, 1.6))
    elif stroke is sym.Stroke.DOTTED:
        canvas.setDash(max(1.2 * scale, 0.5), max(3 * scale, 1.4))
    elif stroke is sym.Stroke.DASH_DOT:
        dash, dot, gap = max(6 * scale, 2.4), max(1.2 * scale, 0.5), max(3 * scale, 1.4)
        canvas.setDash([dash, gap, dot, gap])
    else:
        canvas.setDash()


def _slash_marks(slashes: int, line: UnionLine) -> list[Segment]:
    """A separation's or a divorce's slashes on a printed couple line, each from its lower
    left to its upper right: round the middle, 8 apart."""
    mx = (line.x1 + line.x2) / 2
    return [
        ((mx + off - 5, line.y + 8), (mx + off + 5, line.y - 8))
        for off in ((i - (slashes - 1) / 2) * 8 for i in range(slashes))
    ]


def pdf_layout(genogram: Genogram, reference_year: date | int | None = None) -> Layout:
    """The map's layout for the PDF: the layout's own, with the couple lines lowered as far
    as the deepest partner's label needs (``_MAX_DROP`` at most).

    The layout's usual drop (25) holds a name and its years under a partner's symbol; a
    long name in two lines with its years and a typed marker had no room above the couple
    line and lost a line or was cut. Maps whose partners' labels fit keep the usual drop,
    and with it the same drawing as before."""
    base = LayoutOptions()
    room = min(base.neighbour_gap, base.partner_gap) - 8
    need = 0.0
    for pid in {pid for u in genogram.unions.values() for pid in u.partners}:
        person = genogram.persons.get(pid)
        if person is None:
            continue
        lines = [rtl.shape(t) for t in
                 sym.person_lines(person, sym.LabelMode.NAMES, reference_year)]
        if not lines:
            continue
        # Depth below the symbol to the couple line, as ``labels`` measures it.
        above = 0.5 + (_OUTER if person.is_index else 0.0)
        font = BOLD if person.is_index else REGULAR
        whole = "".join(lines).replace(" ", "")

        def complete(drop: float, lines: list[str] = lines, font: str = font,
                     above: float = above, whole: str = whole) -> bool:
            label, _cut = _fit_label(lines, font, room, drop - above)
            return "".join(t for t, _f, _s in label).replace(" ", "") == whole

        # The least drop that holds the whole label, set smaller if need be (as before
        # where the usual one does).
        lo, hi = math.ceil(base.union_drop), math.ceil(_MAX_DROP)
        if complete(lo) or not complete(hi):
            need = max(need, lo if complete(lo) else hi)
            continue
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if complete(mid) else (mid, hi)
        need = max(need, hi)
    drop = min(max(base.union_drop, need), _MAX_DROP)
    if drop == base.union_drop:
        return layout_genogram(genogram)
    return layout_genogram(genogram, LayoutOptions(union_drop=drop))


class GenogramFlowable(Flowable):
    """A genogram scaled to fit the frame, in scene coordinates flipped to PDF space.

    A map too big to read on one page is printed as an overview without names and then in
    parts (``tile``) at a scale where the names read; ``view`` makes those from one flowable,
    so the labels are fitted and the lines routed once for all of them.
    """

    def __init__(
        self, genogram: Genogram, max_width: float, max_height: float,
        reference_year: date | int | None = None, layout: Layout | None = None,
        scale: float | None = None, tile: Rect | None = None,
        margin: float = 60.0,
    ) -> None:
        """``margin``: room round the outermost symbols for their labels (a legend icon,
        with no labels, needs little). ``tile``: the part of the whole map this flowable
        prints, in points at ``scale``."""
        super().__init__()
        self.genogram = genogram
        self.layout = layout or pdf_layout(genogram, reference_year)
        self.reference_year = reference_year
        xs = [b.x for b in self.layout.persons.values() if math.isfinite(b.x)]
        ys = [b.y for b in self.layout.persons.values() if math.isfinite(b.y)]
        # Measured from finite positions: a layout bug must not blank the whole map.
        width = (max(xs) - min(xs) + self.layout.options.symbol_size) if xs else 1.0
        height = (max(ys) - min(ys) + self.layout.options.symbol_size) if ys else 1.0
        self.scene_width = max(width, 1.0) + 2 * margin
        self.scene_height = max(height, 1.0) + 2 * margin
        self.margin = margin
        self._min_x = min(xs, default=0.0)
        self._min_y = min(ys, default=0.0)
        # Layouts may have negative coordinates; shift so the leftmost symbol is at margin.
        half = self.layout.options.symbol_size / 2
        self._dx = margin + half - self._min_x
        self._dy = margin + half - self._min_y
        self._labels: dict[str, Label] | None = None
        self._routes: dict[str, Route] | None = None
        self._captions: dict[str, tuple[float, float]] | None = None
        self._seen: tuple[float, float, float, float] | None = None  # while drawing a part
        self._own: tuple[set[str], set[str]] | None = None  # _own_lines, while drawing it
        #: ``whole_persons``, for the tile and scale it was worked out at.
        self._whole: tuple[tuple[Rect, float], set[str]] | None = None
        #: False on an overview or a locator, too small for names to read: symbols and
        #: lines only.
        self.names = True
        #: Rectangles of the whole map (``Rect``, at this flowable's scale) outlined and
        #: numbered over it: where each printed part lies. ``current`` is the one this
        #: locator stands for (filled), None on the overview (all numbered).
        self.parts: list[Rect] = []
        self.current: int | None = None
        #: The map drawn once per PDF as a form, shown by every locator of the same map.
        self.form: str | None = None
        self._size(scale or self.fit_scale(max_width, max_height), tile)

    def fit_scale(self, max_width: float, max_height: float) -> float:
        """The scale at which the whole map fits ``max_width`` by ``max_height`` (never
        larger than the editor's)."""
        return min(max_width / self.scene_width, max_height / self.scene_height, 1.0)

    def _size(self, scale: float, tile: Rect | None) -> None:
        self.scale = scale
        self.full_width = self.scene_width * scale
        self.full_height = self.scene_height * scale
        self.tile = tile
        if tile is None:
            self.width, self.height = self.full_width, self.full_height
        else:
            self.width = min(tile[2], self.full_width - tile[0])
            self.height = min(tile[3], self.full_height - tile[1])

    def view(
        self, scale: float | None = None, tile: Rect | None = None, names: bool = True
    ) -> GenogramFlowable:
        """The same map at ``scale``, or only its part ``tile``, or without names: a copy
        that shares the fitted labels and the routed lines (a map printed in forty parts
        fitted and routed them forty times)."""
        self.labels()
        self.routes()
        self.caption_places()
        other = copy.copy(self)
        other._size(scale or self.scale, tile)
        other.names = names
        other.parts, other.current, other.form = [], None, None
        return other

    def smallest_name(self) -> float | None:
        """The smallest name (or role) on the map, in scene units: the label's first line,
        set smaller than usual where the name is long. None where no one has a label."""
        return min((label[0][2] for label in self.labels().values()), default=None)

    def _label_room(self) -> float:
        """How wide a name may be, in scene units: neighbours' names stand only a symbol gap
        apart."""
        opts = self.layout.options
        return min(opts.neighbour_gap, opts.partner_gap) - 8

    @staticmethod
    def _depth(
        lines: list[tuple[float, float, float]], x: float, top: float, half_width: float
    ) -> float:
        """How far below ``top`` a label ``2 * half_width`` wide may reach before one of
        ``lines`` (couple lines and sibling bars, by height) passing under it: its white
        ground would hide the line."""
        depth = _OPEN_DEPTH
        i = bisect.bisect_right(lines, (top, math.inf, math.inf))
        while i < len(lines) and lines[i][0] < top + depth:
            y, x1, x2 = lines[i]
            if x1 <= x + half_width and x - half_width <= x2:
                depth = min(depth, y - top - 0.5)
            i += 1
        return depth

    def labels(self) -> dict[str, Label]:
        """Every person's label, fitted to the room beside and below the symbol, in scene
        units; two different names never read the same once cut (two aunts were
        "maternal aun…" side by side)."""
        if self._labels is not None:
            return self._labels
        opts = self.layout.options
        room = self._label_room()
        lines_below = sorted(
            [(ul.y, min(ul.x1, ul.x2), max(ul.x1, ul.x2)) for ul in self.layout.unions.values()]
            + [(sib.bar_y, sib.x1, sib.x2) for sib in self.layout.sibships.values()]
        )
        out: dict[str, Label] = {}
        cut: dict[str, tuple[str, str, float, float]] = {}  # pid: name, font, room, depth
        full: dict[str, list[str]] = {}  # pid: the label's lines before fitting
        for pid, box in self.layout.persons.items():
            if not (math.isfinite(box.x) and math.isfinite(box.y)):
                continue
            person = self.genogram.persons[pid]
            # Arabic letters joined before the lines are measured (``rtl``); each line is
            # put in the order it is drawn in when it is drawn.
            lines = [rtl.shape(t) for t in
                     sym.person_lines(person, sym.LabelMode.NAMES, self.reference_year)]
            if not lines:
                continue
            symbol = sym.person_symbol(person)
            half = opts.symbol_size * (SMALL_SCALE if symbol.small else 1.0) / 2
            top = box.y + half + (_OUTER if symbol.double_outline else 0)
            depth = self._depth(lines_below, box.x, top, room / 2)
            font = BOLD if person.is_index else REGULAR
            out[pid], was_cut = _fit_label(lines, font, room, depth)
            full[pid] = lines
            if was_cut:
                cut[pid] = (lines[0], font, room, depth)
        # A cut keeps more of the end where two different names would read the same.
        def shown(pid: str) -> str:
            return "\n".join(t for t, _f, _s in out[pid][: name_rows(out[pid])])

        for _ in range(64):
            seen: dict[str, set[str]] = {}
            for pid, (name, *_rest) in cut.items():
                seen.setdefault(shown(pid), set()).add(name)
            clash = [pid for pid, (name, *_r) in cut.items() if len(seen[shown(pid)]) > 1]
            if not clash:
                break
            for pid in clash:
                name, font, width, depth = cut[pid]
                text = shown(pid)
                kept = len(text) - text.index("…") - 1
                out[pid], _ = _fit_label(full[pid], font, width, depth, tail=kept + 1)
        self._labels = out
        return out

    def person_boxes(self) -> list[Rect]:
        """Across the whole map (tiles aside), where each symbol with its name and years is
        drawn (``Rect``: left, top from the map's top, width, height, in points): a part's
        edge that passes none of them cuts nobody in half."""
        return list(self.person_rects().values())

    def person_rects(self) -> dict[str, Rect]:
        """``person_boxes`` by person."""
        opts = self.layout.options
        room = self._label_room()
        labels = self.labels()
        s = self.scale
        out = {}
        for pid, box in self.layout.persons.items():
            if not (math.isfinite(box.x) and math.isfinite(box.y)):
                continue
            label = labels.get(pid, [])
            wide = max((string_width(*line) for line in label), default=0.0)
            reach = max(opts.symbol_size, min(wide, room)) / 2 + 2
            symbol = sym.person_symbol(self.genogram.persons[pid])
            half = opts.symbol_size * (SMALL_SCALE if symbol.small else 1.0) / 2
            half += _OUTER if symbol.double_outline else 0
            below = half + (_block_height(label) if label else 0.0) + 2
            x, y = box.x + self._dx, box.y + self._dy
            out[pid] = ((x - reach) * s, (y - half - 2) * s, 2 * reach * s,
                        (half + 2 + below) * s)
        return out

    def couple_boxes(self) -> list[Rect]:
        """Across the whole map, as ``person_boxes``: each couple line from its partners
        down to it where the children's line leaves it, with the couple's years. A part's
        edge that passes none of them keeps a couple's years whole, and the line to their
        children with the couple it leaves."""
        s = self.scale
        places = self.caption_places()
        size = sym.CAPTION_SIZE
        out = []
        for uid, ul in self.layout.unions.items():
            if not all(math.isfinite(v) for v in (ul.x1, ul.x2, ul.y1, ul.y2, ul.y)):
                continue
            left = right = (ul.x1 + ul.x2) / 2
            top, bottom = max(ul.y1, ul.y2), ul.y
            lines = sym.couple_caption(self.genogram.unions[uid])
            if uid in places and lines:
                x, above = places[uid]
                width = max(string_width(t, REGULAR, size) for t in lines)
                left, right = min(left, x), max(right, x + width)
                top, bottom = min(top, above), max(bottom, above + size * 1.2 * len(lines))
            out.append(((left + self._dx - 1) * s, (top + self._dy) * s,
                        (right - left + 2) * s, (bottom - top + 2) * s))
        return out

    def routes(self) -> dict[str, Route]:
        """Each relationship line's curve on paper (routing.py), in scene units: round the
        symbols, the printed names and the couples' years, and those between the same two
        persons side by side."""
        if self._routes is not None:
            return self._routes
        opts = self.layout.options
        size = opts.symbol_size
        half = (min(opts.neighbour_gap, opts.partner_gap) - 8) / 2
        trim = size * 0.6  # clear of the symbols at both ends
        self._routes = relationship_routes(
            self.genogram, self.layout, (-half, size / 2 + 2, half, size / 2 + 24),
            labels=self._label_rects(), cut=trim, captions=self._caption_rects(),
            slashes=self._slashes(),
        )
        return self._routes

    def _slashes(self) -> list[list[Segment]]:
        """Each separated or divorced couple's slashes as printed (in scene units), for the
        routing of relationship lines round them."""
        marks = (
            _slash_marks(sym.union_style(self.genogram.unions[uid]).slashes, ul)
            for uid, ul in self.layout.unions.items()
        )
        return [m for m in marks if m]

    def _caption_rects(self) -> list[tuple[float, float, float, float]]:
        """Each couple's years as printed (left, top, right, bottom in scene units), for the
        routing of relationship lines round them."""
        size = sym.CAPTION_SIZE
        out = []
        for uid, (x, top) in self.caption_places().items():
            lines = sym.couple_caption(self.genogram.unions[uid])
            width = max(string_width(t, REGULAR, size) for t in lines)
            out.append((x, top, x + width, top + size * 1.2 * len(lines)))
        return out

    def _label_rects(self) -> dict[str, tuple[float, float, float, float]]:
        """Each printed label's rectangle from its symbol's centre, in scene units, for the
        routing of relationship lines round it."""
        opts = self.layout.options
        out = {}
        for pid, label in self.labels().items():
            symbol = sym.person_symbol(self.genogram.persons[pid])
            top = opts.symbol_size * (SMALL_SCALE if symbol.small else 1.0) / 2
            top += _OUTER if symbol.double_outline else 0
            width = max(string_width(text, font, pt) for text, font, pt in label)
            out[pid] = (-width / 2 - 1, top, width / 2 + 1, top + _block_height(label))
        return out

    # scene → flowable coordinates (y grows downwards in the scene, upwards in PDF)
    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return (x + self._dx) * self.scale, self.full_height - (y + self._dy) * self.scale

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _visible(self) -> tuple[float, float, float, float] | None:
        """The stretch of the scene a part shows, with room for what reaches into it (left,
        top, right, bottom in scene units); None for the whole map."""
        if self.tile is None:
            return None
        s = self.scale
        x, y = self.tile[0] / s - self._dx, self.tile[1] / s - self._dy
        return (x - _CULL, y - _CULL, x + self.width / s + _CULL, y + self.height / s + _CULL)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        if self.tile is not None:
            clip = c.beginPath()
            clip.rect(0, 0, self.width, self.height)
            c.clipPath(clip, stroke=0, fill=0)
            c.translate(-self.tile[0], -(self.full_height - self.tile[1] - self.height))
        if self.form is None:
            self._draw_map(c)
        else:
            # A locator on every part's page: the map is drawn into the PDF once and shown
            # again at each, which costs a few bytes instead of a whole map per page.
            if not c.hasForm(self.form):
                c.beginForm(self.form, 0, 0, self.full_width, self.full_height)
                self._draw_map(c)
                c.endForm()
            c.doForm(self.form)
        c.restoreState()
        if self.parts:
            self._draw_parts(c)

    def _draw_map(self, c: Any) -> None:
        s = self.scale
        self._seen = self._visible()
        self._own = self._own_lines()
        c.setLineCap(0)
        self._draw_relationships(c, s)
        c.setStrokeColor(LINE)
        c.setLineWidth(max(0.4, 1.4 * s))
        self._draw_unions(c, s)
        self._draw_children(c, s)
        if self.names:
            self._draw_captions(c, s)
        whole = self.whole_persons()
        for pid, box in self.layout.persons.items():
            if not (math.isfinite(box.x) and math.isfinite(box.y)):
                continue
            if not self._near((box.x,), (box.y,)) or (whole is not None and pid not in whole):
                continue
            self._draw_person(c, self.genogram.persons[pid], box.x, box.y, s)
        self._seen = None

    def _own_lines(self) -> tuple[set[str], set[str]] | None:
        """On a part of the map, the couples (union ids) and families (their anchors' ids)
        whose lines it draws: those of its own persons (``whole_persons``), as partners,
        parents or children. The lines of families wholly on other parts that only pass
        across it (a couple's line between two far branches, a twin's slanting line) were
        stray pieces of line there that led nowhere on that page. None for the whole map."""
        whole = self.whole_persons()
        if whole is None:
            return None
        unions = {uid for uid, u in self.genogram.unions.items() if whole.intersection(u.partners)}
        families = set(unions) | whole
        for cl in self.layout.children.values():
            if cl.child_id in whole:
                families.add(cl.anchor_id)
                if cl.anchor_id in self.genogram.unions:
                    unions.add(cl.anchor_id)
        return unions, families

    def with_own_lines(self, part: Rect, most: tuple[float, float]) -> Rect:
        """``part`` of the whole map (points, at this flowable's scale) grown to hold the
        relationship lines between persons wholly on it where they bow out past it (a line
        routed round a name above the row), no larger than ``most`` (width, height) and
        short of anyone else: cut at the part's edge, such a line showed a gap."""
        s = self.scale
        boxes = self.person_rects()
        x0, y0, w, h = part
        x1, y1 = x0 + w, y0 + h
        inside = {pid for pid, (bx, by, bw, bh) in boxes.items()
                  if x0 <= bx and bx + bw <= x1 and y0 <= by and by + bh <= y1}
        routes = self.routes()
        xs: list[float] = []
        ys: list[float] = []
        for rid, rel in self.genogram.relationships.items():
            if rid in routes and inside.issuperset(rel.persons):
                for x, y in routes[rid].points():
                    xs.append((x + self._dx) * s)
                    ys.append((y + self._dy) * s)
        if not xs:
            return part
        pad = 2.0
        others = [b for pid, b in boxes.items() if pid not in inside]

        def across(lo: float, hi: float, axis: int) -> list[tuple[float, float, float, float]]:
            """The others that stand within ``lo`` to ``hi`` on the other axis."""
            return [b for b in others if b[axis] < hi and lo < b[axis] + b[axis + 2]]

        # Up and down first, short of the others beside the part; then left and right,
        # short of the others beside the grown part.
        beside = across(x0, x1, 0)
        top = max([min(ys) - pad, y1 - most[1]]
                  + [by + bh + 0.5 for bx, by, bw, bh in beside if by + bh <= y0])
        y0 = min(y0, top)
        bottom = min([max(ys) + pad, y0 + most[1]]
                     + [by - 0.5 for bx, by, bw, bh in beside if by >= y1])
        y1 = max(y1, bottom)
        beside = across(y0, y1, 1)
        left = max([min(xs) - pad, x1 - most[0]]
                   + [bx + bw + 0.5 for bx, by, bw, bh in beside if bx + bw <= x0])
        x0 = min(x0, left)
        right = min([max(xs) + pad, x0 + most[0]]
                    + [bx - 0.5 for bx, by, bw, bh in beside if bx >= x1])
        x1 = max(x1, right)
        x0, y0 = max(x0, 0.0), max(y0, 0.0)
        x1, y1 = min(x1, self.full_width), min(y1, self.full_height)
        return (x0, y0, x1 - x0, y1 - y0)

    def whole_persons(self) -> set[str] | None:
        """On a part of the map, the persons it draws: those whose symbol, name and years
        lie wholly inside it. Someone an edge would cut through is drawn whole on another
        part, and not sliced on this one. None for the whole map."""
        if self.tile is None:
            return None
        if self._whole is None or self._whole[0] != (self.tile, self.scale):
            left, top = self.tile[:2]
            right, bottom = left + self.width, top + self.height
            self._whole = ((self.tile, self.scale), {
                pid for pid, (x, y, w, h) in self.person_rects().items()
                if left - 0.01 <= x and x + w <= right + 0.01
                and top - 0.01 <= y and y + h <= bottom + 0.01})
        return self._whole[1]

    def _draw_parts(self, c: Any) -> None:
        """Where each part of the map lies: on the overview each outlined with its number,
        on a part's own page (a locator) that part filled among the others."""
        c.saveState()
        c.setStrokeColor(PART)
        for i, (x, y, w, h) in enumerate(self.parts):
            bottom = self.full_height - y - h
            if self.current is None:
                c.setLineWidth(0.6)
                c.setDash(3, 2)
                c.rect(x, bottom, w, h, stroke=1, fill=0)
            elif i != self.current:
                c.setLineWidth(0.3)
                c.setStrokeColor(colors.HexColor("#9aa5ad"))
                c.rect(x, bottom, w, h, stroke=1, fill=0)
        if self.current is not None:
            x, y, w, h = self.parts[self.current]
            c.setFillColor(PART)
            c.setFillAlpha(0.28)
            c.setStrokeColor(PART)
            c.setLineWidth(0.9)
            c.setDash()
            c.rect(x, self.full_height - y - h, w, h, stroke=1, fill=1)
        else:
            c.setDash()
            # Each number in its part's corner with a white edge round its letters, which
            # hides less of the map under it than a white plate did.
            size = 7.0
            c.setFont(BOLD, size)
            for halo in (True, False):
                c.saveState()  # the text's render mode is the graphics state's
                c.setStrokeColor(colors.white)
                c.setFillColor(PART)
                c.setLineWidth(1.8)
                c.setLineJoin(1)
                for i, (x, y, _w, _h) in enumerate(self.parts):
                    text = c.beginText(x + 2.5, self.full_height - y - size - 0.5)
                    text.setTextRenderMode(1 if halo else 0)
                    text.textOut(str(i + 1))
                    c.drawText(text)
                c.restoreState()
        c.restoreState()

    # ----- lines ---------------------------------------------------------------------
    def _near(self, xs: Any, ys: Any) -> bool:
        """Whether something spanning ``xs`` and ``ys`` (scene units) may show on the part
        being drawn: a part draws only what reaches into it (a 400-person map in 30 parts
        drew every line 30 times, each a string the PDF writer formats)."""
        seen = self._seen
        return seen is None or (min(xs) <= seen[2] and max(xs) >= seen[0]
                                and min(ys) <= seen[3] and max(ys) >= seen[1])

    def _part_frame(self) -> tuple[float, float, float, float] | None:
        """The part being drawn (left, top, right, bottom in scene units); None for the
        whole map."""
        if self.tile is None:
            return None
        s = self.scale
        left, top = self.tile[0] / s - self._dx, self.tile[1] / s - self._dy
        return left, top, left + self.width / s, top + self.height / s

    def _until_out(
        self, points: list[tuple[float, float]], from_start: bool
    ) -> list[tuple[float, float]]:
        """``points`` (scene units) from their start (or end) to where they first leave
        the part being drawn, in their own order."""
        frame = self._part_frame()
        if frame is None or len(points) < 2:
            return points
        left, top, right, bottom = frame

        def inside(pt: tuple[float, float]) -> bool:
            return left <= pt[0] <= right and top <= pt[1] <= bottom

        walk = points if from_start else points[::-1]
        out = [walk[0]]
        for a, b in itertools.pairwise(walk):
            if inside(b):
                out.append(b)
                continue
            # Where the piece from a to b crosses the part's edge.
            k = 1.0
            for lo, hi, va, vb in ((left, right, a[0], b[0]), (top, bottom, a[1], b[1])):
                if vb < lo and va != vb:
                    k = min(k, (lo - va) / (vb - va))
                elif vb > hi and va != vb:
                    k = min(k, (hi - va) / (vb - va))
            out.append((a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k))
            break
        return out if from_start else out[::-1]

    def _line(self, c: Any, a: tuple[float, float], b: tuple[float, float]) -> None:
        if not self._near((a[0], b[0]), (a[1], b[1])):
            return
        x1, y1 = self._pt(*a)
        x2, y2 = self._pt(*b)
        if all(math.isfinite(v) for v in (x1, y1, x2, y2)):  # skip degenerate layout lines
            c.line(x1, y1, x2, y2)

    def _draw_unions(self, c: Any, s: float) -> None:
        for uid, ul in self.layout.unions.items():
            if not self._near((ul.x1, ul.x2), (ul.y1, ul.y2, ul.y)):
                continue
            if self._own is not None and uid not in self._own[0]:
                continue
            style = sym.union_style(self.genogram.unions[uid])
            _dash(c, style.stroke, s)
            self._line(c, (ul.x1, ul.y1), (ul.x1, ul.y))
            self._line(c, (ul.x2, ul.y2), (ul.x2, ul.y))
            for a, b in hop_segments(ul.x1, ul.x2, ul.y, ul.hops):  # a single parent's line
                self._line(c, a, b)
            c.setDash()
            for a, b in _slash_marks(style.slashes, ul):
                self._line(c, a, b)
            if style.ring:
                x, y = self._pt((ul.x1 + ul.x2) / 2, ul.y)
                c.setFillColor(colors.white)
                c.circle(x, y, 5 * s, stroke=1, fill=1)

    def caption_places(self) -> dict[str, tuple[float, float]]:
        """Where each couple's years go, in scene units (``genogram.captions``, as the
        editor places them): under their own line where no other couple's runs alongside,
        over it where a later partner's line runs under all of it, clear of the names."""
        if self._captions is not None:
            return self._captions
        size = sym.CAPTION_SIZE
        sizes = {}
        for uid in self.layout.unions:
            lines = sym.couple_caption(self.genogram.unions[uid])
            if lines:
                width = max(string_width(t, REGULAR, size) for t in lines)
                sizes[uid] = (width, size * 1.2 * len(lines))
        half = self.layout.options.symbol_size / 2
        boxes = []
        rects = self._label_rects()
        for pid, box in self.layout.persons.items():
            if not (math.isfinite(box.x) and math.isfinite(box.y)):
                continue
            boxes.append((box.x - half, box.y - half, box.x + half, box.y + half))
            if pid in rects:
                left, top, right, bottom = rects[pid]
                boxes.append((box.x + left, box.y + top, box.x + right, box.y + bottom))
        self._captions = caption_places(self.layout, sizes, boxes)
        return self._captions

    def _draw_captions(self, c: Any, s: float) -> None:
        """Each couple's years by its own line, as the editor writes them ("m. 2005",
        "d. 2010"; symbols.couple_caption; where: ``caption_places``). The legend explained
        abbreviations the printed map never wrote."""
        places = self.caption_places()
        size = sym.CAPTION_SIZE
        c.setFillColor(LINE)
        c.setFont(REGULAR, max(size * s, 2.5 * size / 10.5))
        frame = self._part_frame()
        for uid, (x, top) in places.items():
            lines = sym.couple_caption(self.genogram.unions[uid])
            if not self._near((x,), (top,)) or (
                    self._own is not None and uid not in self._own[0]):
                continue
            if frame is not None and lines:
                # On a part, a couple's years whole or not at all (their first letters
                # showed at a part's edge).
                right = x + max(string_width(t, REGULAR, size) for t in lines)
                bottom = top + size * 1.2 * len(lines)
                if not (frame[0] <= x and right <= frame[2]
                        and frame[1] <= top and bottom <= frame[3]):
                    continue
            for i, text in enumerate(lines):
                # The baseline a line's ascent below its top, lines 1.2 sizes apart.
                c.drawString(*self._pt(x, top + size * (0.95 + 1.2 * i)), text)

    def _draw_children(self, c: Any, s: float) -> None:
        families = None if self._own is None else self._own[1]
        for sib in self.layout.sibships.values():
            if families is not None and sib.anchor_id not in families:
                continue
            self._line(c, sib.anchor, (sib.anchor[0], sib.bar_y))
            for a, b in bar_segments(sib):  # arches where another family's line passes
                self._line(c, a, b)
        for lid, cl in self.layout.children.items():
            if not cl.points or not self._near([p[0] for p in cl.points],
                                               [p[1] for p in cl.points]):
                continue
            if families is not None and cl.anchor_id not in families:
                continue
            style = sym.child_style(self.genogram.child_links[lid])
            _dash(c, style.stroke, s)
            pts = [self._pt(*p) for p in cl.points]
            if all(math.isfinite(v) for pt in pts for v in pt):
                _stroke(c, pts)
        c.setDash()
        for bar in self.layout.twin_bars:
            self._line(c, bar.start, bar.end)

    def _draw_relationships(self, c: Any, s: float) -> None:
        # The editor's routing (routing.py), round the symbols and labels: here the labels
        # are centred below the symbol (name, years; the age is inside), each as wide as
        # it is printed. Two lines between the same persons are drawn side by side.
        routes = self.routes()
        whole = self.whole_persons()
        for rid in self.layout.relationships:
            route = routes.get(rid)
            if route is None:
                continue
            rel = self.genogram.relationships[rid]
            points = route.points()
            ends = (True, True)
            if whole is not None:
                # On a part, only the lines of its own persons, each from its person to
                # where it first leaves the part: one between persons on other parts that
                # passes across it, or leaves it and comes back, was a stray piece of line
                # that led nowhere on that page.
                ends = (rel.persons[0] in whole, rel.persons[1] in whole)
                if not any(ends):
                    continue
                if not all(ends):
                    points = self._until_out(points, from_start=ends[0])
            style = sym.relationship_style(rel)
            colour = REL_COLOURS[rel.kind]
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            c.setLineWidth(max(0.35, 1.1 * s))
            if points and not self._near([x for x, _ in points], [y for _, y in points]):
                continue
            line = _Polyline([self._pt(*pt) for pt in points])
            if line.length < 1:
                continue
            p = style.pattern
            if style.dashed:
                c.setDash(4 * s, 2.5 * s)
            if p is sym.Pattern.DOTTED:
                c.setDash(1.2 * s, 3.5 * s)
            if p in (sym.Pattern.LINES, sym.Pattern.LINES_ZIGZAG, sym.Pattern.ARROW,
                     sym.Pattern.DOTTED):  # parallel lines, solid, dashed or dotted
                count = style.count
                for i in range(count):
                    _stroke(c, line.offset((i - (count - 1) / 2) * 3.2 * s))
            if p in (sym.Pattern.ZIGZAG, sym.Pattern.LINES_ZIGZAG):
                for i in range(1 if p is sym.Pattern.LINES_ZIGZAG else style.count):
                    offset = (i - (style.count - 1) / 2) * 4 * s if p is sym.Pattern.ZIGZAG \
                        else 0.0
                    _stroke(c, line.zigzag(6 * s, 4 * s, offset))
            c.setDash()
            if p in (sym.Pattern.BROKEN, sym.Pattern.BROKEN_REPAIRED):
                mid = line.length / 2
                gap = 6 * s
                _stroke(c, line.part(0.0, mid - gap))
                _stroke(c, line.part(mid + gap, line.length))
                for at in (mid - gap, mid + gap):
                    (bx, by), (ux, uy) = line.at(at)
                    nx, ny = -uy, ux
                    c.line(bx - nx * 6 * s, by - ny * 6 * s, bx + nx * 6 * s, by + ny * 6 * s)
                if p is sym.Pattern.BROKEN_REPAIRED:
                    (mx, my), _ = line.at(mid)
                    c.circle(mx, my, gap * 0.9, stroke=1, fill=0)
            heads = [line.at(line.length)] if style.arrow and ends[1] else []
            if style.arrow_back and ends[0]:
                (tx, ty), (ux, uy) = line.at(0.0)
                heads.append(((tx, ty), (-ux, -uy)))
            for (tx, ty), (dx, dy) in heads:
                head = 7 * s
                nx, ny = -dy, dx
                path = c.beginPath()
                path.moveTo(tx, ty)
                path.lineTo(tx - dx * head + nx * head / 2, ty - dy * head + ny * head / 2)
                path.lineTo(tx - dx * head - nx * head / 2, ty - dy * head - ny * head / 2)
                path.close()
                c.drawPath(path, stroke=0, fill=1)

    # ----- persons -------------------------------------------------------------------
    def _draw_person(self, c: Any, person: Person, x: float, y: float, s: float) -> None:
        symbol = sym.person_symbol(person)
        size = self.layout.options.symbol_size * (SMALL_SCALE if symbol.small else 1.0)
        cx, cy = self._pt(x, y)
        h = size * s / 2
        c.setDash()
        c.setStrokeColor(INK)
        c.setLineWidth(max(0.5, 1.6 * s))
        c.setFillColor(colors.white)
        shape = symbol.shape

        def outline(path_only: bool = False, grow: float = 0.0) -> Any:
            r = h + grow
            p = c.beginPath()
            if shape in (sym.Shape.SQUARE, sym.Shape.QUESTION, sym.Shape.SMALL_SHAPE_X) and (
                shape is not sym.Shape.SMALL_SHAPE_X or person.sex is not Sex.FEMALE
            ):
                p.rect(cx - r, cy - r, 2 * r, 2 * r)
            elif shape in (sym.Shape.CIRCLE, sym.Shape.SMALL_CIRCLE, sym.Shape.SMALL_SHAPE_X):
                p.circle(cx, cy, r)
            elif shape is sym.Shape.DIAMOND:
                p.moveTo(cx, cy + r)
                p.lineTo(cx + r, cy)
                p.lineTo(cx, cy - r)
                p.lineTo(cx - r, cy)
                p.close()
            else:  # triangle (pregnancy)
                p.moveTo(cx, cy + r)
                p.lineTo(cx + r, cy - r)
                p.lineTo(cx - r, cy - r)
                p.close()
            return p

        path = outline()
        filled = shape is sym.Shape.SMALL_CIRCLE
        if filled:
            c.setFillColor(INK)
        c.drawPath(path, stroke=1, fill=1)
        if symbol.fills:
            self._fills(c, outline(), symbol, cx, cy, h)
        if symbol.double_outline:
            c.drawPath(outline(grow=_OUTER * s), stroke=1, fill=0)
        if shape is sym.Shape.QUESTION:
            c.setFillColor(INK)
            c.setFont(BOLD, max(3.0, size * 0.6 * s))
            c.drawCentredString(cx, cy - size * 0.2 * s, "?")
        if symbol.deceased_cross or shape is sym.Shape.SMALL_SHAPE_X:
            c.setStrokeColor(INK if not filled else colors.white)
            # To the outline and a little beyond (a square's corners, a diamond's edges).
            k = h * (sym.cross_reach(shape) + 0.15) if symbol.deceased_cross else h * 0.8
            c.line(cx - k, cy - k, cx + k, cy + k)
            c.line(cx - k, cy + k, cx + k, cy - k)
        year = self.reference_year
        age = sym.person_age(person, year)
        if (age is not None and sym.age_inside(person, year) and not symbol.small
                and self.names):
            self._age(c, str(age), cx, cy, size * s)
        # The trauma mark over the age's plate, which may reach its corner; as in the
        # editor (``prepared``), its foot above the digits' tops (a little larger and lower,
        # it stood on the client's "23").
        if symbol.trauma_mark:
            t = h * 0.32
            p = c.beginPath()
            p.moveTo(cx + h * 0.45, cy + h * 0.78)
            p.lineTo(cx + h * 0.45 + t, cy + h * 0.78 - t * 1.5)
            p.lineTo(cx + h * 0.45 - t, cy + h * 0.78 - t * 1.5)
            p.close()
            c.setFillColor(TRAUMA)
            c.drawPath(p, stroke=0, fill=1)
        # The same lines as in the editor: name (or role), years, typed markers; fitted
        # for the whole map at once (labels()).
        label = self.labels().get(person.id) if self.names else None
        if label:
            edge = cy - h - (_OUTER * s if symbol.double_outline else 0)
            lines = [(text, font, max(pt * s, 2.5 * pt / 10.5)) for text, font, pt in label]
            baselines = [edge - b * s for b in _baselines(label)]
            # On white, one block for all its lines, so a line passing behind (a partner's
            # line down to the couple line, in the middle of the name) strikes out neither a
            # line nor the gap between two; no taller than the letters, so it hides no couple
            # line below them.
            top = baselines[0] + lines[0][2] * 0.78
            bottom = baselines[-1] - lines[-1][2] * 0.2
            width = max(string_width(text, font, pt) for text, font, pt in lines)
            c.setFillColor(colors.white)
            c.rect(cx - width / 2 - s, bottom, width + 2 * s, top - bottom, stroke=0, fill=1)
            c.setFillColor(INK)
            for (text, font, pt), ty in zip(lines, baselines, strict=True):
                # Letters DejaVu lacks (Thai) in the face that has them (``fonts.runs``).
                c.setFont(font, pt)
                draw_string(c, cx, ty, rtl.visual(text), font, pt, "middle")

    @staticmethod
    def _age(c: Any, text: str, cx: float, cy: float, size: float) -> None:
        """The age in the middle of the symbol, on a solid white plate (as in the editor):
        a thin white edge round the letters did not hold where the deceased X's arms cross
        or on a filled half, and the age at death could not be read at 110 dpi."""
        pt = size * 0.3
        width = string_width(text, BOLD, pt)
        cap = pt * _CAP_HEIGHT
        base = cy - cap / 2  # the digits' middle on the symbol's
        pad = pt * 0.2
        c.saveState()
        c.setFillColor(colors.white)
        c.roundRect(cx - width / 2 - pad, base - pad * 1.5, width + 2 * pad, cap + 3 * pad,
                    pad, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, pt)
        c.drawString(cx - width / 2, base, text)
        c.restoreState()

    def _fills(self, c: Any, clip: Any, symbol: sym.PersonSymbol, cx: float, cy: float,
               h: float) -> None:
        """The marker fills in their order, serious physical illness's in its grey (it was
        drawn as mental illness is, and the legend showed the two alike)."""
        c.saveState()
        c.clipPath(clip, stroke=0, fill=0)
        c.setStrokeColor(FILL)
        for f in symbol.fills:
            c.setFillColor(ILLNESS_GREY if f in symbol.grey_fills else FILL)
            if f is sym.Fill.LOWER_HALF:
                c.rect(cx - h, cy - h, 2 * h, h, stroke=0, fill=1)
            elif f is sym.Fill.LEFT_HALF:
                c.rect(cx - h, cy - h, h, 2 * h, stroke=0, fill=1)
            elif f is sym.Fill.UPPER_LEFT_QUARTER:
                c.rect(cx - h, cy, h, h, stroke=0, fill=1)
            elif f is sym.Fill.THREE_QUARTERS:
                c.rect(cx - h, cy - h, 2 * h, h, stroke=0, fill=1)
                c.rect(cx - h, cy, h, h, stroke=0, fill=1)
            elif f is sym.Fill.LOWER_HALF_HATCHED:
                c.setLineWidth(max(0.3, h * 0.06))
                k = -2 * h
                while k < 2 * h:
                    c.line(cx + k, cy - h, cx + k + h, cy)
                    k += h / 3
            elif f is sym.Fill.LOWER_HALF_DOTTED:
                step = h / 3
                yy = cy - h + step / 2
                while yy < cy:
                    xx = cx - h + step / 2
                    while xx < cx + h:
                        c.circle(xx, yy, step * 0.18, stroke=0, fill=1)
                        xx += step
                    yy += step
        c.restoreState()


def _stroke(c: Any, points: list[tuple[float, float]]) -> None:
    if len(points) < 2:
        return
    path = c.beginPath()
    path.moveTo(*points[0])
    for pt in points[1:]:
        path.lineTo(*pt)
    c.drawPath(path, stroke=1, fill=0)


class _Polyline:
    """A relationship line on the page as straight pieces (a curve is 24 of them): points,
    directions and offsets by length along it, so every pattern follows the curve."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self.points = points
        self.cum = [0.0]
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            self.cum.append(self.cum[-1] + math.hypot(bx - ax, by - ay))
        self.length = self.cum[-1]

    def at(self, t: float) -> tuple[tuple[float, float], tuple[float, float]]:
        """The point ``t`` along the line and the unit direction there."""
        t = min(max(t, 0.0), self.length)
        i = max(0, min(bisect.bisect_right(self.cum, t) - 1, len(self.points) - 2))
        (ax, ay), (bx, by) = self.points[i], self.points[i + 1]
        seg = self.cum[i + 1] - self.cum[i] or 1.0
        k = (t - self.cum[i]) / seg
        return (ax + (bx - ax) * k, ay + (by - ay) * k), ((bx - ax) / seg, (by - ay) / seg)

    def offset(self, d: float) -> list[tuple[float, float]]:
        """The line moved ``d`` to its left (a parallel line of a pair or triple)."""
        if not d:
            return list(self.points)
        out = []
        n = len(self.points)
        for i, (x, y) in enumerate(self.points):
            (ux, uy) = self.at(self.cum[min(i, n - 2)] if i < n - 1 else self.length)[1]
            if 0 < i < n - 1:  # a corner: the mean of both pieces' directions
                _, (vx, vy) = self.at(self.cum[i - 1])
                ux, uy = ux + vx, uy + vy
                norm = math.hypot(ux, uy) or 1.0
                ux, uy = ux / norm, uy / norm
            out.append((x - uy * d, y + ux * d))
        return out

    def zigzag(self, step: float, amp: float, offset: float) -> list[tuple[float, float]]:
        n = max(2, int(self.length / step))
        out = []
        for i in range(n + 1):
            (x, y), (ux, uy) = self.at(self.length * i / n)
            a = (amp if i % 2 else -amp) if 0 < i < n else 0.0
            out.append((x - uy * (a + offset), y + ux * (a + offset)))
        return out

    def part(self, lo: float, hi: float) -> list[tuple[float, float]]:
        """The stretch from ``lo`` to ``hi`` along the line."""
        if hi <= lo:
            return []
        inner = [pt for pt, c in zip(self.points, self.cum, strict=True) if lo < c < hi]
        return [self.at(lo)[0], *inner, self.at(hi)[0]]


def legend_genogram(key: str) -> Genogram:
    """A tiny genogram that shows one legend entry, drawn by the same code as the map."""
    from kastdesk.genogram.model import (
        ChildKind,
        ChildLink,
        Marker,
        PersonKind,
        Relationship,
        RelationshipKind,
        Union,
        UnionKind,
    )

    cat, _, value = key.partition(":")
    a = Person("a", Sex.MALE)
    b = Person("b", Sex.FEMALE)
    if cat == "person":
        person = {
            "male": Person("a", Sex.MALE), "female": Person("a", Sex.FEMALE),
            "other": Person("a", Sex.OTHER), "unknown": Person("a", Sex.UNKNOWN),
            "index": Person("a", Sex.MALE, is_index=True),
            "deceased": Person("a", Sex.MALE, deceased=True),
            "pregnancy": Person("a", Sex.UNKNOWN, kind=PersonKind.PREGNANCY),
            "miscarriage": Person("a", Sex.UNKNOWN, kind=PersonKind.MISCARRIAGE),
            "stillbirth": Person("a", Sex.MALE, kind=PersonKind.STILLBIRTH),
        }.get(value, a)
        return Genogram.build([person], check=False)
    if cat == "marker":
        markers: tuple[Marker, ...] = (
            (Marker.MENTAL_ILLNESS, Marker.SUBSTANCE_ABUSE)
            if value == "illness_and_substance" else (Marker(value),)
        )
        return Genogram.build([Person("a", Sex.MALE, markers=markers)], check=False)
    if cat == "union":
        u = Union("u", ("a", "b"), UnionKind(value))
        if u.kind is UnionKind.WIDOWED:
            # The partner who died crossed out, as the editor's legend draws it: a widowed
            # couple's line is a married one, and the sample read the same as "Married".
            b = Person("b", Sex.FEMALE, deceased=True)
        return Genogram.build([a, b], [u], check=False)
    if cat == "child":
        u = Union("u", ("a", "b"), UnionKind.MARRIED)
        c1 = Person("c", Sex.MALE)
        kind = ChildKind(value) if value in ChildKind._value2member_map_ else ChildKind.BIOLOGICAL
        links = [ChildLink("l1", "c", union_id="u", kind=kind)]
        persons = [a, b, c1]
        if value in ("twins", "identical_twins"):
            persons.append(Person("d", Sex.MALE))
            links = [
                ChildLink("l1", "c", union_id="u", twin_group="t", birth_order=0,
                          identical=value == "identical_twins"),
                ChildLink("l2", "d", union_id="u", twin_group="t", birth_order=0,
                          identical=value == "identical_twins"),
            ]
        return Genogram.build(persons, [u], links, check=False)
    rel = Relationship("r", ("a", "b"), RelationshipKind(value),
                       directed=value in ("focused_on", "physical_abuse", "sexual_abuse",
                                          "emotional_abuse", "neglect", "caretaker"))
    return Genogram.build([a, b], relationships=[rel], check=False)
