"""The genogram scene: graphics items that hold an id and draw from model + layout + notation.

The scene never edits the model. It reports intent ("these persons were dropped here",
"context menu on this person") through signals and the editor turns that into undoable
commands, as in Qt's diagramscene example. Items are reused by id across redraws so a
500-person map redraws in milliseconds and the selection survives an edit.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kastdesk.genogram import layout as layout_module
from kastdesk.genogram.captions import DROP as CAPTION_DROP
from kastdesk.genogram.captions import caption_places
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.layout import Layout, LayoutOptions, PersonBox
from kastdesk.genogram.model import (
    DIRECTED_KINDS,
    ChildKind,
    ChildLink,
    Genogram,
    Person,
    Relationship,
    RelationshipKind,
    Sex,
    Union,
    UnionKind,
)
from kastdesk.genogram.routing import Route, relationship_routes
from kastdesk.genogram.symbols import (
    CAPTION_GAP,
    CAPTION_SIZE,
    ChildStyle,
    Fill,
    LabelMode,
    LegendEntry,
    PersonSymbol,
    Shape,
    Stroke,
    child_style,
    couple_caption,
    legend_entries,
    legend_symbol,
    name_breaks,
    name_halves,
    person_age,
    person_lines,
    person_symbol,
    relationship_style,
    slash_marks,
    union_style,
    with_couple_captions,
)
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.ui.genogram import notation, prepared

#: Wider rows and gaps than the layout's defaults leave room for the name and years that the
#: editor writes beside each symbol, between the symbol and the couple line: a name in two
#: lines, its years and a line of typed markers (a couple line 44 below the symbol had room
#: for three lines, and a long name with a birth year was cut to "Ann-Charlotte Gustaf…").
EDITOR_LAYOUT = LayoutOptions(
    symbol_size=40.0,
    partner_gap=120.0,
    neighbour_gap=120.0,
    component_gap=160.0,
    row_height=210.0,
    union_drop=56.0,
)

#: The most room a name has beside its symbol: from just right of the symbol's middle to
#: well short of the next person's, 120 to the right (whose line down to a couple line
#: passes there). Neighbours dragged closer give their left neighbour less (``label_room``).
_TEXT_WIDTH = 104.0
#: Where the name starts, right of the symbol's middle (a line down from it passes there).
_TEXT_LEFT = 4.0
#: Room kept between the end of a name and the next person's middle.
_NEIGHBOUR_MARGIN = 12.0
#: How far below its symbol a label may reach where no line passes under it.
_OPEN_DEPTH = 96.0
#: Room kept between a label's last line and a line passing under it.
_LINE_CLEARANCE = 1.5

#: The name's font and how far it may shrink on one line; wrapped onto two lines it may
#: shrink a step further before anything is cut (as the case summary's map does).
_ONE_LINE_SIZES = (8.5, 8.0, 7.5)
_TWO_LINE_SIZES = (8.5, 8.0, 7.5, 7.0)
#: The years and typed markers under the name (never larger than the name).
_REST_SIZE = 8.0
#: The two lines of one name stand a little closer than the lines after it: they read as one.
_NAME_STEP = 0.9

#: One line of a label: text, font size, bold, and whether it is (part of) the name.
Row = tuple[str, float, bool, bool]


def _width(text: str, size: float, bold: bool = False) -> float:
    return prepared.metrics(size, bold).horizontalAdvance(text)


def _halves(text: str, size: float, bold: bool, room: float) -> tuple[str, str] | None:
    """``text`` in two lines, each within ``room`` if it can be (the rule the PDF follows
    too: ``symbols.name_halves``)."""
    return name_halves(text, lambda line: _width(line, size, bold), room)


def _greedy(text: str, size: float, bold: bool, room: float) -> tuple[str, str] | None:
    """``text`` in two lines, as much of it on the first as fits ``room``: for a name too
    long for two lines, which then shows the most of its start before the cut."""
    fitting = [h[:2] for h in name_breaks(text) if _width(h[0], size, bold) <= room]
    return max(fitting, key=lambda h: len(h[0])) if fitting else None


def _elided(text: str, size: float, bold: bool, room: float) -> str:
    return prepared.metrics(size, bold).elidedText(text, Qt.TextElideMode.ElideRight, room)


def row_tops(rows: list[Row]) -> tuple[list[float], float]:
    """Each row's top below the label's top, and the label's height: every row a line of
    its own font lower, the second line of a name a little less."""
    tops: list[float] = []
    y = 0.0
    for i, (_text, size, bold, name) in enumerate(rows):
        if i and name and rows[i - 1][3]:
            y -= (1 - _NAME_STEP) * prepared.metrics(rows[i - 1][1], rows[i - 1][2]).height()
        tops.append(y)
        y += prepared.metrics(size, bold).height()
    return tops, y


def _rest_rows(rest: list[str], size: float, room: float, wrap: bool = True) -> list[Row]:
    """The years and typed markers at ``size``: a line too wide ("alcohol according to
    Birgitta") wrapped once where ``wrap``, and only then cut."""
    out: list[Row] = []
    for text in rest:
        halves = _halves(text, size, False, room) if wrap else None
        parts = [text] if _width(text, size) <= room or not halves else list(halves)
        out += [(_elided(t, size, False, room), size, False, False) for t in parts]
    return out


def fit_label(lines: list[str], bold: bool, room: float, depth: float) -> list[Row]:
    """The label's rows: every row within ``room`` and the whole label within ``depth``
    (where a couple line or a sibling bar passes under it).

    As the case summary's map does (``report.genogram_drawing._fit_label``): a name a
    little too wide is set a little smaller; a longer one wraps onto two lines at a space or
    a hyphen (``symbols.name_halves``), smaller still if need be, years and all. A therapist
    reads "Ann-Charlotte / Gustafsson", not "Ann-Charlotte Gustaf…". The name wins over
    what follows it: where the label is too deep, the typed markers are cut to one line,
    then left out, then the years, before the name is ever cut (a client's name was cut to
    one line while the markers under it wrapped onto two). Only a name that fits two lines
    at no size is cut, showing as much of it as two lines hold."""
    if not lines:
        return []
    name, rest = lines[0], lines[1:]
    small = _TWO_LINE_SIZES[-1]

    def label(
        name_rows: list[str], size: float, wrap: bool = True, kept: int | None = None
    ) -> list[Row]:
        rest_size = min(_REST_SIZE, size)
        return [(t, size, bold, True) for t in name_rows] + _rest_rows(
            rest[:kept], rest_size, room, wrap
        )

    def fits(rows: list[Row]) -> bool:
        return row_tops(rows)[1] <= depth and all(
            _width(t, size, b) <= room for t, size, b, _ in rows
        )

    def whole(size: float) -> list[list[str]]:
        """The name whole in one line, or else in two, at ``size`` (either, or none)."""
        if _width(name, size, bold) <= room:
            return [[name]]
        halves = _halves(name, size, bold, room)
        return [list(halves)] if halves else []

    def shorter_rest(names: Callable[[float], list[list[str]]]) -> Iterator[list[Row]]:
        """The name as ``names`` writes it at each size, what follows it cut to a line
        each, then fewer of those lines (the markers first, then the years): as much of
        the label as there is room for before a larger name."""
        for kept in range(len(rest), -1, -1):
            for size in _TWO_LINE_SIZES:
                yield from (label(n, size, wrap=False, kept=kept) for n in names(size))

    def cut(size: float) -> list[list[str]]:
        """As much of the name as two lines hold at ``size``, then as much as one does."""
        greedy = _greedy(name, size, bold, room)
        two = [[greedy[0], _elided(greedy[1], size, bold, room)]] if greedy else []
        return [*two, [_elided(name, size, bold, room)]]

    def candidates() -> Iterator[list[Row]]:
        """The ways to write the label, best first (made only as far as asked)."""
        for size in _ONE_LINE_SIZES:
            yield label([name], size)
        for size in _TWO_LINE_SIZES:
            yield from (label(n, size) for n in whole(size) if len(n) == 2)
        # No room for all of it: the name whole, what follows it shortened.
        yield from shorter_rest(whole)
        # A name too long for two lines at any size: cut, at the smallest size, in two
        # lines before one.
        for n in cut(small):
            yield label(n, small)
            yield from shorter_rest(lambda size, n=n: [n] if size == small else [])

    last: list[Row] = []
    for rows in candidates():
        if fits(rows):
            return rows
        last = rows
    return last


def label_room(boxes: Iterable[PersonBox]) -> dict[str, float]:
    """How wide each person's name may be: ``_TEXT_WIDTH``, less where the next person to
    the right stands closer than the layout puts neighbours (dragged there), so that two
    names never run into each other or into the next symbol's line."""
    placed = sorted(boxes, key=lambda b: b.x)
    xs = [b.x for b in placed]
    reach = _TEXT_LEFT + _TEXT_WIDTH + _NEIGHBOUR_MARGIN
    out: dict[str, float] = {}
    for box in placed:
        room = _TEXT_WIDTH
        for j in range(bisect.bisect_right(xs, box.x), len(placed)):
            other = placed[j]
            dx = other.x - box.x
            if dx >= reach:
                break
            # Beside the label: the other's symbol or label reaches down or up into it.
            if -_OPEN_DEPTH < other.y - box.y < _OPEN_DEPTH:
                room = min(room, dx - _TEXT_LEFT - _NEIGHBOUR_MARGIN)
        out[box.person_id] = max(room, 40.0)
    return out


def label_floors(layout: Layout, rooms: dict[str, float]) -> dict[str, float]:
    """How far below each symbol's middle the first couple line or sibling bar passes
    under its label (its label must end above it); ``_OPEN_DEPTH`` lower where none does."""
    lines = sorted(
        [(u.y, min(u.x1, u.x2), max(u.x1, u.x2)) for u in layout.unions.values()]
        + [(s.bar_y, s.x1, s.x2) for s in layout.sibships.values()]
    )
    ys = [line[0] for line in lines]
    half = layout.options.symbol_size / 2
    out: dict[str, float] = {}
    for pid, box in layout.persons.items():
        left = box.x + _TEXT_LEFT
        right = left + rooms.get(pid, _TEXT_WIDTH)
        floor = half + _OPEN_DEPTH
        for k in range(bisect.bisect_right(ys, box.y + half), len(lines)):
            y, x1, x2 = lines[k]
            if y - box.y >= floor:
                break
            if x1 < right and x2 > left:
                floor = y - box.y
                break
        out[pid] = floor
    return out


#: Below this zoom a label at its own size is too small to read (a name under 6 pixels
#: high). Further out the name alone is written larger, ``_OVERVIEW_PIXELS`` high on screen,
#: on one line cut to its room, so a whole family fitted in the window still says who is
#: who; where even that no longer fits its place (under ``_OVERVIEW_MIN_PIXELS``) only the
#: symbols are drawn.
_LOD_TEXT = 0.6
#: The least zoom at which the labels read at their own size (for a view that shows the
#: client readably rather than the whole of a large family bare).
READABLE_ZOOM = _LOD_TEXT
#: The age, bold and in the symbol's middle, reads further out than the names.
_LOD_AGE = 0.45
_OVERVIEW_PIXELS = 7.5
_OVERVIEW_MIN_PIXELS = 5.5
#: How deep the overview's name may reach below the symbol: a name and years' depth.
_OVERVIEW_DEPTH = 30.0
#: Where a symbol would be drawn smaller than this many pixels across, each person is a dot
#: this size instead (``OverviewNames``), so a very wide family fitted in the window shows.
_DOT_PIXELS = 4.0


_SEX_SHAPE = {
    Sex.MALE: Shape.SQUARE,
    Sex.FEMALE: Shape.CIRCLE,
    Sex.OTHER: Shape.DIAMOND,
    Sex.UNKNOWN: Shape.SQUARE,
}


# ----- items --------------------------------------------------------------------------------------
class PersonItem(QGraphicsItem):
    """One person: symbol centred on the item's position, name and years below right.

    Everything ``paint`` needs (paths, pens, laid-out text) is prepared in ``set_person``;
    painting replays it. Device-coordinate caching keeps a pan to pixmap blits; a zoom step
    repaints each visible symbol, which the prepared drawing keeps cheap.
    """

    #: True while exporting: full detail whatever the scale of the page (see set_caching).
    full_detail = False

    def __init__(self, person_id: str, size: float) -> None:
        super().__init__()
        self.person_id = person_id
        self.size = size
        self.symbol: PersonSymbol | None = None
        self.sex_shape = Shape.SQUARE
        self.lines: list[str] = []
        self.age: int | None = None
        self.is_index = False
        self._text_rect = QRectF()
        self._bounds = QRectF()
        self._drawing: prepared.PreparedPerson | None = None
        self._labels: list[tuple[QPointF, QStaticText, QFont, bool]] = []
        self._room = _TEXT_WIDTH
        self._floor = self.size / 2 + _OPEN_DEPTH
        self._overview_room = QRectF()
        self._overview: dict[int, tuple[QPointF, QStaticText, QFont]] = {}
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(3)
        self.setAcceptHoverEvents(False)

    def set_person(
        self,
        person: Person,
        mode: LabelMode,
        year: date | int,
        room: float | None = None,
        floor: float | None = None,
    ) -> None:
        """Show ``person``; ``room``: how wide the name may be (``label_room``), ``floor``:
        how far below the symbol's middle a line passes under the label (``label_floors``).
        Left out, the last ones given (or the most there is) stand."""
        symbol = person_symbol(person)
        lines = person_lines(person, mode, year)
        age = person_age(person, year)
        sex_shape = _SEX_SHAPE[person.sex]
        room = self._room if room is None else room
        floor = self._floor if floor is None else floor
        if (symbol, lines, age, person.is_index, sex_shape, room, floor) == (
            self.symbol,
            self.lines,
            self.age,
            self.is_index,
            self.sex_shape,
            self._room,
            self._floor,
        ):
            return
        self.prepareGeometryChange()
        self.symbol, self.lines, self.age = symbol, lines, age
        self.is_index = person.is_index
        self.sex_shape = sex_shape
        self._room, self._floor = room, floor
        h = self.size / 2
        # Below the outer outline of the client's double one (it cut through the name).
        top = h + (_DOUBLE_OUTLINE + 3 if symbol.double_outline else 3)
        # The label's box (its rows and a little) ends clear of the line under it.
        depth = floor - top - 2 - _LINE_CLEARANCE
        rows = fit_label(lines, self.is_index, room, depth)
        tops, height = row_tops(rows)
        # Each line measured in its own font: the client's name is bold, and a box sized by the
        # regular font would cut its end off (the symbol is cached to exactly this box).
        widths = [_width(t, size, bold) for t, size, bold, _ in rows]
        width = max(widths, default=0) + 2
        self._text_rect = QRectF(_TEXT_LEFT, top, width, height + 2)
        outline = h + 8
        self._bounds = QRectF(-outline, -outline, 2 * outline, 2 * outline).united(self._text_rect)
        # Room for the name alone at the overview's size (``OverviewNames``): as wide as
        # the name may be, as deep as a name and its years (no deeper than the line under
        # it).
        deep = min(max(depth, 0.0), max(self._text_rect.height(), _OVERVIEW_DEPTH))
        self._overview_room = QRectF(_TEXT_LEFT, top, room, deep) if lines else QRectF()
        self._overview = {}
        self._drawing = prepared.PreparedPerson(symbol, self.size, sex_shape, age)
        # Name lines placed and laid out now; the first is the name (bold for the index
        # person), the rest smaller and muted.
        self._labels = [
            (
                QPointF(_TEXT_LEFT + 1, top + row_top),
                prepared.static_text(text, size, bold),
                prepared.font(size, bold),
                first,
            )
            for (text, size, bold, first), row_top in zip(rows, tops, strict=True)
        ]
        # The whole name on hovering, and the years and markers too where some of them are
        # cut or left out for the name's sake.
        shown = "".join(t for t, _size, _bold, name in rows if not name).replace(" ", "")
        whole = shown == "".join(self.lines[1:]).replace(" ", "")
        self.setToolTip("\n".join(self.lines[:1] if whole else self.lines))
        self.update()

    def text_rect(self) -> QRectF:
        """Where the name and years are written, from the symbol's centre (empty: none)."""
        return QRectF(self._text_rect) if self._labels else QRectF()

    def symbol_rect(self) -> QRectF:
        """The symbol with its outlines, from its centre."""
        h = self.size / 2 + (_DOUBLE_OUTLINE if self.symbol and self.symbol.double_outline else 0)
        return QRectF(-h, -h, 2 * h, 2 * h)

    def shown_lines(self, name_only: bool = False) -> list[str]:
        """The label's lines as written at a readable zoom (a long name in two); with
        ``name_only``, the name's lines alone."""
        return [
            static.text() for _at, static, _font, name in self._labels if name or not name_only
        ]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        h = self.size / 2 + 4
        path.addRect(QRectF(-h, -h, 2 * h, 2 * h))
        path.addRect(self._text_rect)
        return path

    def overview_room(self) -> QRectF:
        """Where the name alone may be written at an overview's zoom, from the centre."""
        return QRectF(self._overview_room)

    def overview_label(self, zoom: float) -> tuple[QPointF, QStaticText, QFont] | None:
        """The name alone at ``zoom``: ``_OVERVIEW_PIXELS`` high on screen where its room
        below the symbol is deep enough, on one line cut to the room's width; None where it
        would be too small to read all the same."""
        room = self._overview_room
        if room.isEmpty():
            return None
        # Whole pixels of the scene, so a zoom step or two shares one laid-out text.
        deepest = int(room.height() / 1.2)
        pixels = min(round(_OVERVIEW_PIXELS / zoom), deepest)
        if pixels * zoom < _OVERVIEW_MIN_PIXELS:
            return None
        cached = self._overview.get(pixels)
        if cached is None:
            font = QFont(prepared.font(8.5, self.is_index))
            font.setPixelSize(pixels)
            text = QFontMetricsF(font).elidedText(
                self.lines[0], Qt.TextElideMode.ElideRight, room.width()
            )
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            cached = self._overview[pixels] = (room.topLeft() + QPointF(1, 0), static, font)
        return cached

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        drawing = self._drawing
        if drawing is None:
            return
        zoom = 1.0 if self.full_detail else option.levelOfDetailFromTransform(
            painter.worldTransform()
        )
        if zoom * self.size < _DOT_PIXELS:
            return  # a dot (``OverviewNames``): the symbol's white paper hid it
        selected = self.isSelected()
        drawing.paint(painter, selected, zoom >= _LOD_AGE)
        if zoom < _LOD_TEXT:
            return  # too small to read: the name alone is written by ``OverviewNames``
        for top_left, static, font, first in self._labels:
            painter.setFont(font)
            painter.setPen(
                prepared.TEXT_SELECT
                if selected
                else (prepared.TEXT_INK if first else prepared.TEXT_MUTED)
            )
            painter.drawStaticText(top_left, static)


class OverviewNames(QGraphicsItem):
    """The names alone, larger than the labels' own size, at a zoom where those are too
    small to read (a whole family fitted in the window): one item over all the persons,
    drawn only then.

    Apart from the persons so that their boxes stay what they show at a readable zoom
    (a click on a symbol's box, a scroll to a person, fitting the map), and never hit by
    a click: it only writes.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(3)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._persons: list[tuple[PersonItem, QRectF]] = []
        self._dots: list[tuple[PersonItem, QPointF]] = []
        self._bounds = QRectF()

    def set_persons(self, persons: Iterable[PersonItem]) -> None:
        """The persons to name, where they stand now (after every redraw and drag step)."""
        self.prepareGeometryChange()
        everyone = list(persons)
        self._persons = [
            (item, item.overview_room().translated(item.pos()))
            for item in everyone
            if not item.overview_room().isEmpty()
        ]
        self._dots = [(item, item.pos()) for item in everyone]
        bounds = QRectF()
        for _item, room in self._persons:
            bounds = bounds.united(room)
        for item, at in self._dots:
            half = item.size / 2
            bounds = bounds.united(QRectF(at.x() - half, at.y() - half, item.size, item.size))
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if PersonItem.full_detail:
            return
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        if zoom >= _LOD_TEXT:
            return
        exposed = option.exposedRect
        if zoom * EDITOR_LAYOUT.symbol_size < _DOT_PIXELS:
            self._paint_dots(painter, zoom, exposed)
            return  # no name fits anyway
        for item, room in self._persons:
            if not room.intersects(exposed):
                continue
            label = item.overview_label(zoom)
            if label is None:
                continue
            top_left, static, font = label
            painter.setFont(font)
            painter.setPen(prepared.TEXT_SELECT if item.isSelected() else prepared.TEXT_INK)
            painter.drawStaticText(item.pos() + top_left, static)


    def _paint_dots(self, painter: QPainter, zoom: float, exposed: QRectF) -> None:
        """Each person as a dot :data:`_DOT_PIXELS` across on screen: a family so wide that
        the whole of it fits only far out (a generated 500 persons 130,000 units wide, fitted
        at 0.007) drew its symbols under a pixel, and Fit showed an empty window."""
        r = _DOT_PIXELS / 2 / zoom
        painter.setPen(prepared.NO_PEN)
        for item, at in self._dots:
            if not exposed.contains(at):
                continue
            painter.setBrush(prepared.SELECT_BRUSH if item.isSelected() else prepared.INK_BRUSH)
            painter.drawEllipse(at, r, r)


class _LineItem(QGraphicsItem):
    """Base for line items: prepared strokes, a generous hit area, drawn in scene coordinates.

    Lines are not pixmap-cached: their bounding rects are large and mostly empty (a cache
    would be a viewport-sized transparent pixmap per line, blended every frame and evicted
    by the next), while stroking a prepared path is cheap.
    """

    def __init__(self, item_id: str, z: float, selectable: bool) -> None:
        super().__init__()
        self.item_id = item_id
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._hit = QPainterPath()
        self.setZValue(z)
        if selectable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def _set_path(self, path: QPainterPath, margin: float = 10.0) -> None:
        self.prepareGeometryChange()
        self._path = path
        self._bounds = path.boundingRect().adjusted(-margin, -margin, margin, margin)
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._hit = stroker.createStroke(path)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit


_Strokes = list[tuple[QPen, QBrush, QPainterPath]]


def _replay(painter: QPainter, strokes: _Strokes, zoom: float = 1.0) -> None:
    """Stroke the prepared paths; at a zoom where a symbol is a dot (``_DOT_PIXELS``) each
    as one hairline pixel, so the dots are seen joined as the family they are (a line
    1.5 wide at 0.007 was drawn a hundredth of a pixel wide: nothing)."""
    if zoom * EDITOR_LAYOUT.symbol_size < _DOT_PIXELS and not PersonItem.full_detail:
        painter.setPen(_HAIRLINE)
        painter.setBrush(prepared.NO_BRUSH)
        for _pen, _brush, path in strokes:
            painter.drawPath(path)
        return
    for pen, brush, path in strokes:
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPath(path)


_HAIRLINE = QPen(notation.INK, 0)  # width 0: one pixel, whatever the zoom


class UnionItem(_LineItem):
    """A couple line; selectable so its kind and years can be edited."""

    def __init__(self, union_id: str) -> None:
        super().__init__(union_id, 1, selectable=True)
        self.union: Union | None = None
        self.geometry: tuple[float, float, float, float, float] = (0, 0, 0, 0, 0)
        self.caption = ""
        self._at: tuple[float, float] | None = None
        self._hops: tuple[float, ...] = ()
        self._strokes: dict[bool, _Strokes] = {}
        self._caption: list[tuple[QPointF, QStaticText]] = []

    @staticmethod
    def caption_size(union: Union) -> tuple[float, float]:
        """How wide and high the couple's years are written (0, 0: none)."""
        years = couple_caption(union)
        if not years:
            return 0.0, 0.0
        step = math.ceil(prepared.metrics(CAPTION_SIZE).height())
        return max(_width(t, CAPTION_SIZE) for t in years), step * len(years)

    def set_union(
        self, union: Union, line: layout_module.UnionLine, at: tuple[float, float] | None = None
    ) -> None:
        """``at``: the top-left corner of the couple's years (``captions.caption_places``);
        left out, right of the children's line just under the couple line."""
        geometry = (line.x1, line.y1, line.x2, line.y2, line.y)
        if at is None:
            at = ((line.x1 + line.x2) / 2 + CAPTION_GAP, line.y + CAPTION_DROP)
        if (
            union == self.union
            and geometry == self.geometry
            and at == self._at
            and line.hops == self._hops
        ):
            return
        self.union, self.geometry, self._at, self._hops = union, geometry, at, line.hops
        years = couple_caption(union)
        self.caption = "\n".join(years)
        style = union_style(union)
        self._strokes = {
            sel: prepared.union_strokes(style, *geometry, selected=sel, hops=line.hops)
            for sel in (False, True)
        }
        # One static text a line, spaced as drawText(rect) spaces lines.
        step = math.ceil(prepared.metrics(CAPTION_SIZE).height())
        self._caption = [
            (QPointF(at[0], at[1] + i * step), prepared.static_text(text, CAPTION_SIZE))
            for i, text in enumerate(years)
        ]
        self._set_path(notation.union_path(*geometry, line.hops), margin=24)
        if years:  # wherever the years went, the item's box holds them
            width, height = self.caption_size(union)
            self._bounds = self._bounds.united(QRectF(at[0], at[1], width, height))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.union is None:
            return
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        _replay(painter, self._strokes[self.isSelected()], zoom)
        if self._caption and (
            PersonItem.full_detail or zoom >= _LOD_TEXT
        ):
            painter.setFont(prepared.font(CAPTION_SIZE))
            painter.setPen(prepared.TEXT_MUTED)
            for top_left, static in self._caption:
                painter.drawStaticText(top_left, static)


_DOUBLE_OUTLINE = 5.0  # how far the client's outer outline stands out (notation: size + 10)


_Segment = tuple[tuple[float, float], tuple[float, float]]
_Kids = list[tuple[ChildStyle, tuple[tuple[float, float], ...]]]


class SibshipLines(QGraphicsItem):
    """Every sibship's lines in one item: parents' drop, sibling bar, each child's line,
    twin bars.

    They are never selected or hovered, so one item with one path per pen replaces a
    hundred and more small items: a frame showing the whole map strokes four paths instead
    of calling into Python a few hundred times.
    """

    _ORDER = ("trunk", Stroke.SOLID, Stroke.DASHED, Stroke.DOTTED, "twins")

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        self._parts: dict[str, tuple[object, dict[object, list[_Segment]]]] = {}
        self._strokes: _Strokes = []
        self._bounds = QRectF()

    def set_sibships(
        self, entries: list[tuple[str, layout_module.Sibship, _Kids, list[_Segment]]]
    ) -> None:
        """Replace the lines; unchanged sibships keep their segments (a drag moves few)."""
        parts: dict[str, tuple[object, dict[object, list[_Segment]]]] = {}
        for aid, sibship, children, twin_bars in entries:
            key = (sibship, children, twin_bars)
            old = self._parts.get(aid)
            parts[aid] = (
                old
                if old is not None and old[0] == key
                else (key, _sibship_segments(sibship, children, twin_bars))
            )
        if parts.keys() == self._parts.keys() and all(parts[k] is self._parts[k] for k in parts):
            return
        self._parts = parts
        merged: dict[object, list[_Segment]] = {}
        for _, by_pen in parts.values():
            for pen_key, segments in by_pen.items():
                merged.setdefault(pen_key, []).extend(segments)
        self.prepareGeometryChange()
        self._strokes = []
        bounds = QRectF()
        for pen_key in self._ORDER:
            segments = merged.get(pen_key)
            if not segments:
                continue
            pen = (
                prepared.SQUARE_PEN
                if pen_key in ("trunk", "twins")
                else prepared.child_pen(ChildStyle(pen_key, False, False))
            )
            path = prepared.segments_path(segments)
            self._strokes.append((pen, prepared.NO_BRUSH, path))
            bounds = bounds.united(path.boundingRect())
        self._bounds = bounds.adjusted(-4, -4, 4, 4) if self._strokes else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        _replay(painter, self._strokes, option.levelOfDetailFromTransform(painter.worldTransform()))


def _sibship_segments(
    sibship: layout_module.Sibship, children: _Kids, twin_bars: list[_Segment]
) -> dict[object, list[_Segment]]:
    """One sibship's straight segments by pen: drawn one segment at a time, dashes included."""
    ax, ay = sibship.anchor
    trunk = [((ax, ay), (ax, sibship.bar_y))]
    if sibship.x2 > sibship.x1:
        trunk.extend(layout_module.bar_segments(sibship))
    out: dict[object, list[_Segment]] = {"trunk": trunk}
    for style, pts in children:
        out.setdefault(style.stroke, []).extend(itertools.pairwise(pts))
    if twin_bars:
        out["twins"] = list(twin_bars)
    return out


def route_path(route: Route | None) -> QPainterPath:
    """The centre line of a relationship, the curve routing.py checked (and the PDF draws)."""
    if route is None:
        return QPainterPath()
    path = QPainterPath(QPointF(*route.start))
    if route.through:  # a line beside a band's curved middle
        for point in route.through[1:]:
            path.lineTo(QPointF(*point))
    elif route.straight:
        path.lineTo(QPointF(*route.end))
    else:
        path.cubicTo(QPointF(*route.c1), QPointF(*route.c2), QPointF(*route.end))
    return path


class RelationshipItem(_LineItem):
    """An emotional relationship line between two persons.

    The strokes (parallel lines, zigzags, arrows) are sampled once per geometry change;
    long ones paint only the stretch inside the exposed rect (see ``LongStroke``).
    """

    def __init__(self, relationship_id: str) -> None:
        super().__init__(relationship_id, 2, selectable=True)
        self.relationship: Relationship | None = None
        self.key: object = None
        self._strokes: dict[bool, list[prepared.LongStroke]] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_relationship(self, rel: Relationship, route: Route | None) -> None:
        """``route``: the line as routing.py drew it (None: the two symbols touch)."""
        key = (rel, route)
        if key == self.key:
            return
        self.key = key
        self.relationship = rel
        self._set_path(route_path(route), margin=14)
        self._strokes = {}
        note = rel.note.strip()
        self.setToolTip(note)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.relationship is None:
            return
        selected = self.isSelected()
        strokes = self._strokes.get(selected)
        if strokes is None:
            strokes = self._strokes[selected] = [
                prepared.LongStroke(pen, brush, path)
                for pen, brush, path in notation.relationship_strokes(
                    self.relationship.kind,
                    relationship_style(self.relationship),
                    self._path,
                    selected,
                )
            ]
        exposed = option.exposedRect
        for stroke in strokes:
            stroke.paint(painter, exposed)


class LegendItem(QGraphicsItem):
    """The legend: one row per symbol the map actually uses, drawn with the same notation."""

    ROW = 26.0
    WIDTH = 230.0  # at least; wider when a label needs it (longer in Swedish and Norwegian)
    TEXT_X = 72.0  # where the labels start, right of the samples
    PAD = 8.0

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[LegendEntry] = []
        self.title = ""
        self.width = self.WIDTH
        self.setZValue(4)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_entries(self, entries: list[LegendEntry], title: str) -> None:
        if entries == self.entries and title == self.title:
            return
        self.prepareGeometryChange()
        self.entries, self.title = entries, title
        labels = QFontMetricsF(notation.label_font(8.5))
        longest = max((labels.horizontalAdvance(e.label) for e in entries), default=0.0)
        heading = QFontMetricsF(notation.label_font(9.5, bold=True)).horizontalAdvance(title)
        self.width = max(self.WIDTH, self.TEXT_X + longest + 2 * self.PAD, 12 + heading + 24)
        self.update()

    def boundingRect(self) -> QRectF:
        # None without entries: an empty legend, hidden, still counted in the scene's
        # items' bounds, and fitting the map took in its box where it had last been.
        if not self.entries:
            return QRectF()
        return QRectF(0, 0, self.width, 34 + self.ROW * len(self.entries) + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self.entries:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        painter.setPen(QPen(notation.MUTED, 1))
        painter.setBrush(notation.PAPER)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(notation.label_font(9.5, bold=True))
        painter.setPen(notation.INK)
        painter.drawText(
            QRectF(12, 6, rect.width() - 24, 22), Qt.AlignmentFlag.AlignVCenter, self.title
        )
        y = 34.0
        for entry in self.entries:
            painter.save()
            painter.translate(36, y + self.ROW / 2)
            _draw_legend_sample(painter, entry.key)
            painter.restore()
            painter.setFont(notation.label_font(8.5))
            painter.setPen(notation.INK)
            text = QRectF(self.TEXT_X, y, rect.width() - self.TEXT_X - self.PAD, self.ROW)
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, entry.label)
            y += self.ROW


def _draw_legend_sample(painter: QPainter, key: str) -> None:
    """A small example of the symbol or line, centred on (0, 0), 48 wide and 20 high."""
    category, value = key.split(":", 1)
    size = 18.0
    if category in ("person", "marker"):
        shape, fills, cross, double, small, trauma = Shape.SQUARE, (), False, False, False, False
        grey: tuple[Fill, ...] = ()
        if category == "person":
            shape = {
                "male": Shape.SQUARE,
                "female": Shape.CIRCLE,
                "other": Shape.DIAMOND,
                "unknown": Shape.QUESTION,
                "pregnancy": Shape.TRIANGLE,
                "miscarriage": Shape.SMALL_CIRCLE,
                "stillbirth": Shape.SMALL_SHAPE_X,
            }.get(value, Shape.SQUARE)
            small = value in ("miscarriage", "stillbirth")
            cross, double = value == "deceased", value == "index"
        elif value == "trauma":
            trauma = True
        else:  # the map's own rules: physical illness grey, three quarters for both
            sample = legend_symbol(key)
            assert sample is not None
            fills, grey = sample.fills, sample.grey_fills
        symbol = PersonSymbol(shape, tuple(fills), cross, double, small, trauma, (), grey)
        notation.draw_person(painter, symbol, size if not double else size - 4)
        if value == "unknown":
            return
    elif category == "union" and value == UnionKind.WIDOWED.value:
        notation.draw_widowed_sample(painter)  # the line alone read as "married"
    elif category == "union":
        style = union_style(Union("u", ("a", "b"), UnionKind(value)))
        notation.draw_union(painter, style, -20, -9, 20, -9, 6)
    elif category == "caption":
        notation.draw_caption_sample(painter, value)
    elif category == "child":
        if value in ("twins", "identical_twins"):
            style = ChildStyle(Stroke.SOLID, True, value == "identical_twins")
            notation.draw_child_line(painter, style, ((0, -10), (-10, 10)))
            notation.draw_child_line(painter, style, ((0, -10), (10, 10)))
            if style.identical_bar:
                painter.drawLine(QPointF(-4, -2), QPointF(4, -2))
        else:
            style = child_style(ChildLink("c", "x", union_id="u", kind=ChildKind(value)))
            notation.draw_child_line(painter, style, ((0, -10), (0, 10)))
    elif category == "relationship":
        kind = RelationshipKind(value)
        rel = Relationship("r", ("a", "b"), kind, directed=kind in DIRECTED_KINDS)
        path = notation.relationship_path(QPointF(-26, 0), QPointF(26, 0), 2, 0)
        notation.draw_relationship(painter, kind, relationship_style(rel), path)


# ----- the scene ----------------------------------------------------------------------------------
class GenogramScene(QGraphicsScene):
    """Items for one genogram. Signals carry the user's intent to the editor."""

    persons_moved = Signal(dict)  # person id -> (x, y) after a drag
    person_menu_requested = Signal(str, QPoint)  # person id, screen position
    background_menu_requested = Signal(QPointF, QPoint)
    #: ("union" or "relationship", its id, screen position): a couple line or a relationship
    #: line right-clicked (or selected alone, and the Menu key pressed).
    line_menu_requested = Signal(str, str, QPoint)
    person_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.options = EDITOR_LAYOUT
        self.genogram = Genogram()
        self.layout: Layout | None = None
        self.label_mode = LabelMode.PRIVATE
        self._kinship: dict[str, str] | None = None  # for initials-only labels, made on demand
        self._anonymous: Genogram | None = None  # the packet's map of it, likewise
        self.picking = False  # the next click on a person picks them (set by the editor)
        self.year: date | int = 2000  # the day drawn for: ages count a known birthday
        self.legend_title = "Legend"
        self.show_legend = True
        self.persons: dict[str, PersonItem] = {}
        self.unions: dict[str, UnionItem] = {}
        self.sibship_lines = SibshipLines()
        self.addItem(self.sibship_lines)
        self.relationships: dict[str, RelationshipItem] = {}
        self.legend = LegendItem()
        self.addItem(self.legend)
        self.overview_names = OverviewNames()
        self.addItem(self.overview_names)
        self.selectionChanged.connect(self._selection_changed)
        self._syncing = False
        self._press: dict[str, QPointF] = {}
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(0)
        self._live.timeout.connect(self._update_lines_live)

    def _selection_changed(self) -> None:
        # A selected person's name is blue in the overview too (the scene sends this while
        # it is taken down as well, when the item may be gone).
        if shiboken6.isValid(self.overview_names):
            self.overview_names.update()

    # -- building ----------------------------------------------------------------------------
    def show_genogram(self, g: Genogram, layout: Layout) -> None:
        """Redraw for a new model and layout, reusing items by id."""
        self.genogram, self.layout = g, layout
        self._kinship = None
        self._anonymous = None
        self._syncing = True
        try:
            size = self.options.symbol_size
            for pid in set(self.persons) - set(g.persons):
                self.removeItem(self.persons.pop(pid))
            # Each name as wide as the next person to its right leaves room for, and no
            # deeper than the first line passing under it.
            rooms = label_room(layout.persons.values())
            floors = label_floors(layout, rooms)
            for pid, person in g.persons.items():
                item = self.persons.get(pid)
                if item is None:
                    item = self.persons[pid] = PersonItem(pid, size)
                    self.addItem(item)
                item.set_person(
                    self._as_shown(person),
                    self.label_mode,
                    self.year,
                    rooms.get(pid, _TEXT_WIDTH),
                    floors.get(pid),
                )
                box = layout.persons[pid]
                if item.pos() != QPointF(box.x, box.y):
                    item.setPos(box.x, box.y)
            self.overview_names.set_persons(self.persons.values())
            self._draw_lines(layout)
            self._place_legend()
        finally:
            self._syncing = False

    def set_label_mode(self, mode: LabelMode) -> None:
        """Rewrite every label (privacy on/off, initials for an export)."""
        if mode is self.label_mode:
            return
        self.label_mode = mode
        self._kinship = None
        self._anonymous = None
        for pid, item in self.persons.items():
            item.set_person(self._as_shown(self.genogram.persons[pid]), mode, self.year)
        self.overview_names.set_persons(self.persons.values())
        if self.layout is not None:
            self._draw_lines(self.layout)  # the lines go round the names as now written
            self._place_legend()  # without the couples' years, nothing to explain of them

    def _as_shown(self, person: Person) -> Person:
        """The person as the label mode may show them. With initials only (for supervision)
        the person is as the supervision packet's map shows them (``_anonymous``: an age
        instead of birth and death years), with the name back for its initials; the role is
        the relation to the client worked out from the family's structure, and free-text
        markers are left out: both are typed by the therapist and may hold a name or a place
        ("uncle Bjørnar", "lives in Drammen")."""
        if self.label_mode is not LabelMode.INITIALS:
            return person
        if self._kinship is None:
            self._kinship = kinship(self.genogram)
        anonymous = self._anonymous_map().persons.get(person.id, person)
        return replace(anonymous, name=person.name, role=self._kinship.get(person.id, ""),
                       labels=())

    def _union_as_shown(self, union_id: str) -> Union:
        """A couple as the label mode may show it: for supervision without its years, as
        the packet's map ("m. 2012" beside the ages dates the family all the same)."""
        if self.label_mode is not LabelMode.INITIALS:
            return self.genogram.unions[union_id]
        return self._anonymous_map().unions[union_id]

    def _anonymous_map(self) -> Genogram:
        """The family as the supervision packet's map draws it (``Pseudonymizer.genogram``:
        ages for years, no couples' years, no occupations or notes), made once a mode.

        The map exported "with initials only (supervision)" printed "b. 1980", "1950–2010"
        and "m. 2012", which the packet withholds because years name the family anyway;
        one rule for both, so the two never drift apart again."""
        if self._anonymous is None:
            data = Pseudonymizer({}, date_offset_days=0).genogram(
                self.genogram.to_dict(), self.year
            )
            self._anonymous = Genogram.from_dict(data)
        return self._anonymous

    def _draw_lines(self, layout: Layout) -> None:
        g = self.genogram
        _sync(self, self.unions, layout.unions, UnionItem)
        # Each couple's years under its own line, clear of the names and symbols.
        shown = {uid: self._union_as_shown(uid) for uid in layout.unions}
        sizes = {uid: UnionItem.caption_size(union) for uid, union in shown.items()}
        obstacles = []
        for item in self.persons.values():
            for r in (item.text_rect(), item.symbol_rect()):
                if not r.isEmpty():
                    r = r.translated(item.pos())
                    obstacles.append((r.left(), r.top(), r.right(), r.bottom()))
        places = caption_places(layout, sizes, obstacles)
        for uid, line in layout.unions.items():
            self.unions[uid].set_union(shown[uid], line, places.get(uid))
        captions = [
            (x, y, x + sizes[uid][0], y + sizes[uid][1]) for uid, (x, y) in places.items()
        ]
        slashes = [  # a separated couple's slash, a divorced couple's two (none else)
            slash_marks(union_style(shown[uid]).slashes, line.x1, line.x2, line.y)
            for uid, line in layout.unions.items()
        ]
        by_anchor: dict[str, list[tuple[ChildStyle, tuple[tuple[float, float], ...]]]] = {}
        for lid, line in layout.children.items():
            by_anchor.setdefault(line.anchor_id, []).append(
                (child_style(g.child_links[lid]), line.points)
            )
        bars: dict[str, list[tuple[tuple[float, float], tuple[float, float]]]] = {}
        for bar in layout.twin_bars:
            links = [lk for lk in g.child_links.values() if lk.twin_group == bar.twin_group]
            anchor = layout.children[links[0].id].anchor_id if links else ""
            bars.setdefault(anchor, []).append((bar.start, bar.end))
        entries = []
        for aid, sib in layout.sibships.items():
            entries.append((aid, sib, by_anchor.get(aid, []), bars.get(aid, [])))
        self.sibship_lines.set_sibships(entries)
        _sync(self, self.relationships, layout.relationships, RelationshipItem)
        # Curved round the symbols and the names in their way, as on paper (routing.py);
        # each name where this scene writes it, as wide as it is.
        labels = {}
        for pid, item in self.persons.items():
            r = item.text_rect()
            if not r.isEmpty():
                labels[pid] = (r.left(), r.top(), r.right(), r.bottom())
        routes = relationship_routes(
            g, layout, labels=labels, captions=captions, slashes=slashes
        )
        for rid in layout.relationships:
            self.relationships[rid].set_relationship(g.relationships[rid], routes.get(rid))

    #: Room between the legend and the drawing beside it.
    LEGEND_GAP = 40.0
    #: The room a map usually has on screen (scene units at full size), for where the
    #: legend goes.
    _SCREEN = (1100.0, 600.0)

    def _place_legend(self) -> None:
        """The legend beside the drawing, never over it: left of it at the top, or under it
        at the left where the family is so wide that one beside it would make the whole
        smaller when fitted to a window (no smaller than full size is never smaller).

        Placed by what is drawn (symbols, names, couple lines and their years, every
        relationship line as routed), not by the symbols' middles: a line curving out
        round the family ran under the legend, and with the first person the legend sat
        off the edge of the view."""
        entries = legend_entries(self.genogram) if self.show_legend else []
        # Only the abbreviations the couple lines write: none where their years are left out.
        shown = (
            self._anonymous_map() if self.label_mode is LabelMode.INITIALS else self.genogram
        )
        entries = with_couple_captions(entries, shown)
        self.legend.set_entries(entries, self.legend_title)
        self.legend.setVisible(bool(entries))
        drawing = self.drawing_rect()
        if not entries or drawing.isEmpty():
            return
        legend = self.legend.boundingRect()
        gap = self.LEGEND_GAP
        beside = QPointF(drawing.left() - gap - legend.width(), drawing.top())
        under = QPointF(drawing.left(), drawing.bottom() + gap)

        def fitted(width: float, height: float) -> float:
            return min(self._SCREEN[0] / width, self._SCREEN[1] / height, 1.0)

        width, height = drawing.width(), drawing.height()
        side = fitted(width + gap + legend.width(), max(height, legend.height()))
        below = fitted(max(width, legend.width()), height + gap + legend.height())
        self.legend.setPos(under if below > side * 1.05 else beside)

    def drawing_rect(self) -> QRectF:
        """What the map draws, the legend aside: symbols and names, the couple lines with
        their years, the children's lines and the relationship lines."""
        rect = QRectF()
        for table in (self.persons, self.unions, self.relationships):
            for item in table.values():
                rect = rect.united(item.sceneBoundingRect())
        rect = rect.united(self.overview_names.sceneBoundingRect())
        return rect.united(self.sibship_lines.sceneBoundingRect())

    def set_caching(self, on: bool) -> None:
        """Pixmap caches make the screen fast but would put bitmaps into SVG/PDF exports.

        Off also means full detail: a whole map shrunk onto a page must keep its names,
        where the screen leaves them out below a readable zoom.
        """
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        )
        PersonItem.full_detail = not on
        self.legend.setCacheMode(mode)
        for item in self.persons.values():
            item.setCacheMode(mode)

    def diagram_rect(self) -> QRectF:
        """Everything drawn (persons, lines, legend), for fit-to-window and export."""
        return self.itemsBoundingRect()

    # -- dragging ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        # Lines follow dragged symbols; recomputed once per event loop turn, not per item.
        dragging = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if self._press and dragging and not self._live.isActive():
            self._live.start()

    def _update_lines_live(self) -> None:
        geometry = getattr(layout_module, "_geometry", None)
        if self.layout is None or geometry is None:
            return
        boxes = dict(self.layout.persons)
        for pid, item in self.persons.items():
            box = boxes.get(pid)
            if box is not None and (box.x, box.y) != (item.x(), item.y()):
                boxes[pid] = PersonBox(pid, item.x(), item.y(), box.generation, True)
        with contextlib.suppress(Exception):  # a live preview must never break the drag
            self._draw_lines(geometry(self.genogram, boxes, self.options))
        self.overview_names.set_persons(self.persons.values())  # the names go along

    def selected_person_ids(self) -> list[str]:
        return [i.person_id for i in self.selectedItems() if isinstance(i, PersonItem)]

    # -- the keyboard's way round the map ----------------------------------------------------
    def reading_order(self) -> list[PersonItem]:
        """The persons as a page is read: row by row from the top, left to right in a row.

        Tab walks the map in this order. A symbol dragged a little above or below its row
        still reads with it (within a symbol's height), so a nudge does not make Tab jump."""
        rows: list[list[PersonItem]] = []
        for item in sorted(self.persons.values(), key=lambda i: (i.y(), i.x(), i.person_id)):
            if rows and item.y() - rows[-1][0].y() < self.options.symbol_size:
                rows[-1].append(item)
            else:
                rows.append([item])
        return [
            item for row in rows for item in sorted(row, key=lambda i: (i.x(), i.y(), i.person_id))
        ]

    def current_person(self) -> PersonItem | None:
        """The person the keyboard acts on: the selected one, or of several selected the
        first in reading order (None when no person is selected)."""
        selected = [i for i in self.selectedItems() if isinstance(i, PersonItem)]
        if len(selected) <= 1:
            return selected[0] if selected else None
        return next(i for i in self.reading_order() if i.isSelected())

    def _selected_line(self) -> UnionItem | RelationshipItem | None:
        """The couple or relationship line selected alone (the Menu key opens its menu)."""
        selected = self.selectedItems()
        if len(selected) == 1 and isinstance(selected[0], (UnionItem, RelationshipItem)):
            return selected[0]
        return None

    def select_only(self, item: PersonItem) -> None:
        """Make ``item`` the whole selection (the panel then shows that person)."""
        self.clearSelection()
        item.setSelected(True)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if event.button() == Qt.MouseButton.LeftButton and isinstance(item, PersonItem):
            if self.picking:
                # The click picks the second person of a relationship and does nothing else:
                # passed on, it began a drag, and the view's resize when the hint above it
                # closed replayed the mouse as a move that pinned the person 20 px away.
                self.person_clicked.emit(item.person_id)
                event.accept()
                return
            self.person_clicked.emit(item.person_id)
        super().mousePressEvent(event)
        self._press = {
            i.person_id: i.pos() for i in self.selectedItems() if isinstance(i, PersonItem)
        }

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved = {}
        for pid, before in self._press.items():
            item = self.persons.get(pid)
            if item is not None and item.pos() != before:
                moved[pid] = (round(item.x(), 1), round(item.y(), 1))
        self._press = {}
        if moved:
            self.persons_moved.emit(moved)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        view = self.views()[0] if self.views() else None
        item: QGraphicsItem | None
        if event.reason() == QGraphicsSceneContextMenuEvent.Reason.Keyboard:
            # The Menu key or Shift+F10: the selected person's menu, wherever the mouse is
            # (a line drawn over the symbol would have taken the menu from under it).
            item = self.current_person() or self._selected_line()
        else:
            item = self.itemAt(event.scenePos(), view.transform()) if view else None
        if isinstance(item, PersonItem):
            if not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
            self.person_menu_requested.emit(item.person_id, event.screenPos())
        elif isinstance(item, (UnionItem, RelationshipItem)):
            # A line's own menu (a child of the couple, delete the line): the map's menu of
            # "Add man here" was all a right-click on a couple or a conflict line offered.
            if not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
            kind = "union" if isinstance(item, UnionItem) else "relationship"
            self.line_menu_requested.emit(kind, item.item_id, event.screenPos())
        else:
            self.background_menu_requested.emit(event.scenePos(), event.screenPos())
        event.accept()

    def clear_all(self) -> None:
        """Drop every item that shows case content (before a lock)."""
        self._syncing = True
        for table in (self.persons, self.unions, self.relationships):
            for item in table.values():
                self.removeItem(item)
            table.clear()
        self.sibship_lines.set_sibships([])
        self.overview_names.set_persons([])
        self.legend.set_entries([], "")
        self.genogram, self.layout = Genogram(), None
        self._syncing = False


def _sync(scene: QGraphicsScene, items: dict, wanted: Iterable[str], factory: type) -> None:
    """Remove items whose id is gone and create the missing ones.

    New items are added in the layout's order, not a set's: items of one z value stack in
    insertion order, and which of two crossing lines is on top must not vary per run.
    """
    order = list(wanted)
    keep = set(order)
    for key in set(items) - keep:
        scene.removeItem(items.pop(key))
    for key in order:
        if key not in items:
            item = items[key] = factory(key)
            scene.addItem(item)
