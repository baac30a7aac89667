"""The genogram scene: graphics items that hold an id and draw from model + layout + notation.

The scene never edits the model. It reports intent ("these persons were dropped here",
"context menu on this person") through signals and the editor turns that into undoable
commands, as in Qt's diagramscene example. Items are reused by id across redraws so a
500-person map redraws in milliseconds and the selection survives an edit.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Iterable
from dataclasses import replace

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
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.layout import Layout, LayoutOptions, PersonBox
from kastdesk.genogram.model import (
    DIRECTED_KINDS,
    ChildKind,
    ChildLink,
    Genogram,
    Marker,
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
    caption_floors,
    child_style,
    couple_caption,
    legend_entries,
    person_age,
    person_fills,
    person_lines,
    person_symbol,
    relationship_style,
    union_style,
    with_couple_captions,
)
from kastdesk.ui.genogram import notation, prepared

#: Wider rows and gaps than the layout's defaults leave room for the name and years that the
#: editor writes beside each symbol, between the symbol and the couple line.
EDITOR_LAYOUT = LayoutOptions(
    symbol_size=40.0,
    partner_gap=120.0,
    neighbour_gap=120.0,
    component_gap=160.0,
    row_height=200.0,
    union_drop=44.0,
)

_TEXT_WIDTH = 104.0


_NAME_SIZES = (8.5, 8.0, 7.5, 7.0)  # the name font, and how far it may shrink to fit


def _name_size(text: str, bold: bool) -> float:
    """The largest name font size at which ``text`` fits in ``_TEXT_WIDTH`` (else the
    smallest)."""
    for size in _NAME_SIZES:
        if prepared.metrics(size, bold).horizontalAdvance(text) <= _TEXT_WIDTH:
            return size
    return _NAME_SIZES[-1]


def _wrapped(text: str, fm: QFontMetricsF) -> list[str]:
    """``text`` as one line, or as two split at the space that makes the wider of the two
    narrowest (what is still too wide is elided when drawn)."""
    if fm.horizontalAdvance(text) <= _TEXT_WIDTH or " " not in text:
        return [text]
    cuts = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(
        cuts, key=lambda i: max(fm.horizontalAdvance(text[:i]), fm.horizontalAdvance(text[i + 1 :]))
    )
    return [text[:cut], text[cut + 1 :]]


_LOD_TEXT = 0.45  # below this zoom the names are unreadable anyway: skip them


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
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(3)
        self.setAcceptHoverEvents(False)

    def set_person(self, person: Person, mode: LabelMode, year: int) -> None:
        symbol = person_symbol(person)
        lines = person_lines(person, mode, year)
        age = person_age(person, year)
        sex_shape = _SEX_SHAPE[person.sex]
        if (symbol, lines, age, person.is_index, sex_shape) == (
            self.symbol,
            self.lines,
            self.age,
            self.is_index,
            self.sex_shape,
        ):
            return
        self.prepareGeometryChange()
        self.symbol, self.lines, self.age = symbol, lines, age
        self.is_index = person.is_index
        self.sex_shape = sex_shape
        h = self.size / 2
        fm = prepared.metrics()
        # (text, size, bold, is the name): the name (or role), then the years and the rest
        # smaller. A name too wide for its place ("paternal grandfa…") is set a little
        # smaller; still too wide, it wraps once at a space where no years line follows (two
        # lines is what fits above a couple line), and only then is it cut short.
        rows: list[tuple[str, float, bool, bool]] = []
        if lines:
            size = _name_size(lines[0], self.is_index)
            name_fm = prepared.metrics(size, self.is_index)
            parts = _wrapped(lines[0], name_fm) if len(lines) == 1 else [lines[0]]
            rows += [(t, size, self.is_index, True) for t in parts]
        rows += [(t, 8.0, False, False) for t in lines[1:]]
        # Each line measured in its own font: the client's name is bold, and a box sized by the
        # regular font would cut its end off (the symbol is cached to exactly this box).
        widths = [prepared.metrics(size, bold).horizontalAdvance(t) for t, size, bold, _ in rows]
        width = min(_TEXT_WIDTH, max(widths, default=0) + 2)
        # Below the outer outline of the client's double one (it cut through the name).
        top = h + (_DOUBLE_OUTLINE + 3 if symbol.double_outline else 3)
        self._text_rect = QRectF(4, top, width, fm.height() * len(rows) + 2)
        outline = h + 8
        self._bounds = QRectF(-outline, -outline, 2 * outline, 2 * outline).united(self._text_rect)
        self._drawing = prepared.PreparedPerson(symbol, self.size, sex_shape, age)
        # Name lines: elided, placed and laid out now; the first is the name (bold for the
        # index person), the rest smaller and muted. Baselines step by the name font.
        self._labels = []
        y = self._text_rect.top() + fm.ascent()
        for text, size, bold, first in rows:
            line_fm = prepared.metrics(size, bold)
            shown = line_fm.elidedText(text, Qt.TextElideMode.ElideRight, _TEXT_WIDTH)
            top_left = QPointF(self._text_rect.left() + 1, y - line_fm.ascent())
            self._labels.append(
                (
                    top_left,
                    prepared.static_text(shown, size, bold),
                    prepared.font(size, bold),
                    first,
                )
            )
            y += fm.height()
        tip = self.lines[0] if self.lines else ""
        self.setToolTip(tip)
        self.update()

    def text_rect(self) -> QRectF:
        """Where the name and years are written, from the symbol's centre (empty: none)."""
        return QRectF(self._text_rect) if self._labels else QRectF()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        h = self.size / 2 + 4
        path.addRect(QRectF(-h, -h, 2 * h, 2 * h))
        path.addRect(self._text_rect)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        drawing = self._drawing
        if drawing is None:
            return
        text = self.full_detail or (
            option.levelOfDetailFromTransform(painter.worldTransform()) >= _LOD_TEXT
        )
        selected = self.isSelected()
        drawing.paint(painter, selected, text)
        if not text:
            return
        for top_left, static, font, first in self._labels:
            painter.setFont(font)
            painter.setPen(
                prepared.TEXT_SELECT
                if selected
                else (prepared.TEXT_INK if first else prepared.TEXT_MUTED)
            )
            painter.drawStaticText(top_left, static)


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


def _replay(painter: QPainter, strokes: _Strokes) -> None:
    for pen, brush, path in strokes:
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPath(path)


class UnionItem(_LineItem):
    """A couple line; selectable so its kind and years can be edited."""

    def __init__(self, union_id: str) -> None:
        super().__init__(union_id, 1, selectable=True)
        self.union: Union | None = None
        self.geometry: tuple[float, float, float, float, float] = (0, 0, 0, 0, 0)
        self.caption = ""
        self._floor = 0.0
        self._hops: tuple[float, ...] = ()
        self._strokes: dict[bool, _Strokes] = {}
        self._caption: list[tuple[QPointF, QStaticText]] = []

    def set_union(
        self, union: Union, line: layout_module.UnionLine, floor: float | None = None
    ) -> None:
        """``floor``: the lowest couple line running under this one's years (they go below
        it, or a later partner's line struck them through)."""
        geometry = (line.x1, line.y1, line.x2, line.y2, line.y)
        floor = line.y if floor is None else floor
        if (
            union == self.union
            and geometry == self.geometry
            and floor == self._floor
            and line.hops == self._hops
        ):
            return
        self.union, self.geometry, self._floor, self._hops = union, geometry, floor, line.hops
        years = couple_caption(union)
        self.caption = "\n".join(years)
        style = union_style(union)
        self._strokes = {
            sel: prepared.union_strokes(style, *geometry, selected=sel, hops=line.hops)
            for sel in (False, True)
        }
        # The years under the right half of the line (the separation and divorce slashes
        # are on the left half: they struck the years through), below any later partner's
        # line passing there, one static text a line, spaced as drawText(rect) spaces lines.
        x1, _, x2, _, _y = geometry
        left = (x1 + x2) / 2 + CAPTION_GAP
        step = math.ceil(prepared.metrics(CAPTION_SIZE).height())
        self._caption = [
            (QPointF(left, floor + 3 + i * step), prepared.static_text(text, CAPTION_SIZE))
            for i, text in enumerate(years)
        ]
        self._set_path(notation.union_path(*geometry, line.hops), margin=24)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.union is None:
            return
        _replay(painter, self._strokes[self.isSelected()])
        if self._caption and (
            PersonItem.full_detail
            or option.levelOfDetailFromTransform(painter.worldTransform()) >= _LOD_TEXT
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
        _replay(painter, self._strokes)


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
        elif value == "illness_and_substance":
            fills = (Fill.THREE_QUARTERS,)
        elif value == "trauma":
            trauma = True
        else:
            fills = person_fills((Marker(value),))
        symbol = PersonSymbol(shape, tuple(fills), cross, double, small, trauma, ())
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
    person_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.options = EDITOR_LAYOUT
        self.genogram = Genogram()
        self.layout: Layout | None = None
        self.label_mode = LabelMode.PRIVATE
        self._kinship: dict[str, str] | None = None  # for initials-only labels, made on demand
        self.picking = False  # the next click on a person picks them (set by the editor)
        self.year = 2000
        self.legend_title = "Legend"
        self.show_legend = True
        self.persons: dict[str, PersonItem] = {}
        self.unions: dict[str, UnionItem] = {}
        self.sibship_lines = SibshipLines()
        self.addItem(self.sibship_lines)
        self.relationships: dict[str, RelationshipItem] = {}
        self.legend = LegendItem()
        self.addItem(self.legend)
        self._syncing = False
        self._press: dict[str, QPointF] = {}
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(0)
        self._live.timeout.connect(self._update_lines_live)

    # -- building ----------------------------------------------------------------------------
    def show_genogram(self, g: Genogram, layout: Layout) -> None:
        """Redraw for a new model and layout, reusing items by id."""
        self.genogram, self.layout = g, layout
        self._kinship = None
        self._syncing = True
        try:
            size = self.options.symbol_size
            for pid in set(self.persons) - set(g.persons):
                self.removeItem(self.persons.pop(pid))
            for pid, person in g.persons.items():
                item = self.persons.get(pid)
                if item is None:
                    item = self.persons[pid] = PersonItem(pid, size)
                    self.addItem(item)
                item.set_person(self._as_shown(person), self.label_mode, self.year)
                box = layout.persons[pid]
                if item.pos() != QPointF(box.x, box.y):
                    item.setPos(box.x, box.y)
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
        for pid, item in self.persons.items():
            item.set_person(self._as_shown(self.genogram.persons[pid]), mode, self.year)
        if self.layout is not None:
            self._draw_lines(self.layout)  # the lines go round the names as now written

    def _as_shown(self, person: Person) -> Person:
        """The person as the label mode may show them. With initials only (for supervision)
        the role is the relation to the client worked out from the family's structure, and
        free-text markers are left out: both are typed by the therapist and may hold a name
        or a place ("uncle Bjørnar", "lives in Drammen")."""
        if self.label_mode is not LabelMode.INITIALS:
            return person
        if self._kinship is None:
            self._kinship = kinship(self.genogram)
        return replace(person, role=self._kinship.get(person.id, ""), labels=())

    def _draw_lines(self, layout: Layout) -> None:
        g = self.genogram
        _sync(self, self.unions, layout.unions, UnionItem)
        floors = caption_floors(layout)
        for uid, line in layout.unions.items():
            self.unions[uid].set_union(g.unions[uid], line, floors.get(uid))
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
        routes = relationship_routes(g, layout, labels=labels)
        for rid in layout.relationships:
            self.relationships[rid].set_relationship(g.relationships[rid], routes.get(rid))

    def _place_legend(self) -> None:
        entries = legend_entries(self.genogram) if self.show_legend else []
        entries = with_couple_captions(entries, self.genogram)
        self.legend.set_entries(entries, self.legend_title)
        self.legend.setVisible(bool(entries))
        if not self.persons or self.layout is None:
            return
        xs = [b.x for b in self.layout.persons.values()]
        ys = [b.y for b in self.layout.persons.values()]
        self.legend.setPos(min(xs) - self.legend.width - 90, min(ys) - 30)

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
            item = self.current_person()
        else:
            item = self.itemAt(event.scenePos(), view.transform()) if view else None
        if isinstance(item, PersonItem):
            if not item.isSelected():
                self.clearSelection()
                item.setSelected(True)
            self.person_menu_requested.emit(item.person_id, event.screenPos())
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
