"""QPainter drawing of the genogram notation described (Qt-free) by ``kastdesk.genogram.symbols``.

Kept apart from the graphics items so the scene items, the legend and the exports all draw
the very same shapes: one place decides what a divorce or a cut-off looks like on screen.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from kastdesk.genogram.layout import hop_segments
from kastdesk.genogram.model import SMALL_SCALE, RelationshipKind
from kastdesk.genogram.routing import curve
from kastdesk.genogram.symbols import (
    PHYSICAL_ILLNESS_COLOUR,
    RELATIONSHIP_COLOURS,
    TRAUMA_COLOUR,
    ChildStyle,
    Fill,
    Pattern,
    PersonSymbol,
    RelationshipStyle,
    Shape,
    Stroke,
    UnionStyle,
    couple_mark_x,
    cross_reach,
    slash_marks,
)

INK = QColor("#1f2933")
PAPER = QColor("#ffffff")
FILL = QColor("#3d4852")
ILLNESS_GREY = QColor(PHYSICAL_ILLNESS_COLOUR)
MUTED = QColor("#5f6b76")
SELECT = QColor("#1c6fd1")

#: Relationship colours follow the common clinical convention: green for closeness, red for
#: hostility and abuse, grey-blue for distance, so patterns read at a glance on a busy map.
REL_COLOURS: dict[RelationshipKind, QColor] = {
    kind: QColor(hex_colour) for kind, hex_colour in RELATIONSHIP_COLOURS.items()
}


def _pen(colour: QColor, width: float = 1.6, stroke: Stroke = Stroke.SOLID) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if stroke is Stroke.DASHED:
        pen.setStyle(Qt.PenStyle.DashLine)
    elif stroke is Stroke.DOTTED:
        pen.setStyle(Qt.PenStyle.DotLine)
    elif stroke is Stroke.DASH_DOT:
        pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


def label_font(size: float = 8.5, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


# ----- persons ----------------------------------------------------------------------------------
def symbol_path(shape: Shape, size: float, sex_shape: Shape = Shape.SQUARE) -> QPainterPath:
    """Outline of a symbol centred on (0, 0)."""
    h = size / 2
    path = QPainterPath()
    if shape in (Shape.SQUARE, Shape.QUESTION):
        path.addRect(QRectF(-h, -h, size, size))
    elif shape is Shape.CIRCLE:
        path.addEllipse(QPointF(0, 0), h, h)
    elif shape is Shape.DIAMOND:
        path.addPolygon(
            QPolygonF(
                [QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0), QPointF(0, -h)]
            )
        )
    elif shape is Shape.TRIANGLE:
        path.addPolygon(
            QPolygonF([QPointF(0, -h), QPointF(h, h * 0.8), QPointF(-h, h * 0.8), QPointF(0, -h)])
        )
    elif shape is Shape.SMALL_CIRCLE:
        path.addEllipse(QPointF(0, 0), h * SMALL_SCALE, h * SMALL_SCALE)
    elif shape is Shape.SMALL_SHAPE_X:
        return symbol_path(sex_shape, size * SMALL_SCALE)
    return path


def cross_arm(symbol: PersonSymbol, h: float, sex_shape: Shape) -> float:
    """How far the deceased X (or a stillbirth's) reaches from the centre along each axis,
    for a symbol of half size ``h``: to the outline (``cross_reach``: a square's corners, a
    diamond's edges), and 4 units beyond it, as on paper."""
    shape = sex_shape if symbol.shape is Shape.SMALL_SHAPE_X else symbol.shape
    return (h * SMALL_SCALE if symbol.small else h) * cross_reach(shape) + 4


def draw_person(
    painter: QPainter,
    symbol: PersonSymbol,
    size: float,
    *,
    sex_shape: Shape = Shape.SQUARE,
    age: int | None = None,
    selected: bool = False,
) -> None:
    """Draw one person's symbol centred on (0, 0): shape, marker fills, X, index outline, age."""
    h = size / 2
    path = symbol_path(symbol.shape, size, sex_shape)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAPER)
    painter.drawPath(path)
    if symbol.fills:
        painter.save()
        painter.setClipPath(path)
        for fill in symbol.fills:
            # Serious physical illness in its grey, mental illness in the ink (symbols.Fill).
            brush = QBrush(ILLNESS_GREY if fill in symbol.grey_fills else FILL)
            if fill is Fill.LOWER_HALF_HATCHED:
                brush = QBrush(FILL, Qt.BrushStyle.BDiagPattern)
            elif fill is Fill.LOWER_HALF_DOTTED:
                brush = QBrush(FILL, Qt.BrushStyle.Dense6Pattern)
            painter.setBrush(brush)
            if fill in (Fill.LOWER_HALF, Fill.LOWER_HALF_HATCHED, Fill.LOWER_HALF_DOTTED):
                painter.drawRect(QRectF(-h, 0, size, h))
            elif fill is Fill.LEFT_HALF:
                painter.drawRect(QRectF(-h, -h, h, size))
            elif fill is Fill.UPPER_LEFT_QUARTER:
                painter.drawRect(QRectF(-h, -h, h, h))
            elif fill is Fill.THREE_QUARTERS:
                painter.drawRect(QRectF(-h, 0, size, h))
                painter.drawRect(QRectF(-h, -h, h, h))
        painter.restore()
    if symbol.shape is Shape.SMALL_CIRCLE:
        painter.setBrush(FILL)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(SELECT if selected else INK, 2.4 if selected else 1.8))
    painter.drawPath(path)
    if symbol.double_outline:
        outer = symbol_path(symbol.shape, size + 10, sex_shape)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outer)
    if symbol.shape is Shape.QUESTION:
        painter.setFont(label_font(14, bold=True))
        painter.setPen(INK)
        painter.drawText(QRectF(-h, -h, size, size), Qt.AlignmentFlag.AlignCenter, "?")
    # The deceased X under the trauma mark and the age, each of which stays readable.
    if symbol.deceased_cross or symbol.shape is Shape.SMALL_SHAPE_X:
        r = cross_arm(symbol, h, sex_shape)
        painter.setPen(_pen(INK, 1.6))
        painter.drawLine(QLineF(-r, -r, r, r))
        painter.drawLine(QLineF(-r, r, r, -r))
    if symbol.trauma_mark:
        t = h * 0.32
        tri = QPolygonF(
            [
                QPointF(h * 0.45, -h * 0.78),
                QPointF(h * 0.45 + t, -h * 0.78 + t * 1.5),
                QPointF(h * 0.45 - t, -h * 0.78 + t * 1.5),
            ]
        )
        painter.setPen(_pen(INK, 1.0))
        painter.setBrush(QColor(TRAUMA_COLOUR))
        painter.drawPolygon(tri)
    if age is not None and symbol.shape not in (Shape.QUESTION,) and not symbol.small:
        draw_halo_text(
            painter,
            QRectF(-h, -h, size, size),
            str(age),
            label_font(9, True),
            Qt.AlignmentFlag.AlignCenter,
        )


def draw_halo_text(
    painter: QPainter, rect: QRectF, text: str, font: QFont, align: Qt.AlignmentFlag
) -> None:
    """Text with a thin white halo so it stays readable over fills and lines."""
    painter.setFont(font)
    painter.setPen(QPen(PAPER, 1))
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        painter.drawText(rect.translated(dx, dy), align, text)
    painter.setPen(INK)
    painter.drawText(rect, align, text)


# ----- couples and children -----------------------------------------------------------------
def union_path(
    x1: float, y1: float, x2: float, y2: float, y: float, hops: tuple[float, ...] = ()
) -> QPainterPath:
    """Down from one partner, across (arching over ``hops``: a single parent's own child's
    line passing through), up to the other: one path, so a dash pattern runs on."""
    path = QPainterPath(QPointF(x1, y1))
    path.lineTo(x1, y)
    for _a, b in hop_segments(x1, x2, y, hops):
        path.lineTo(*b)
    path.lineTo(x2, y)
    path.lineTo(x2, y2)
    return path


def draw_union(
    painter: QPainter,
    style: UnionStyle,
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    y: float,
    selected: bool = False,
) -> None:
    """Couple line with its stroke, slashes (separation/divorce) and engagement ring."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(SELECT if selected else INK, 2.2 if selected else 1.6, style.stroke))
    painter.drawPath(union_path(x1, y1, x2, y2, y))
    painter.setPen(_pen(INK, 1.6))
    for (ax, ay), (bx, by) in slash_marks(style.slashes, x1, x2, y):
        painter.drawLine(QLineF(ax, ay, bx, by))
    if style.ring:
        painter.setBrush(PAPER)
        painter.drawEllipse(QPointF(couple_mark_x(x1, x2), y), 4, 4)


def draw_widowed_sample(painter: QPainter, half_width: float = 20.0) -> None:
    """The legend's sample for a widowed couple, centred on (0, 0), 20 high.

    A widowed couple's line is the married one: what tells it is the X of the partner who
    died, on their symbol. A line alone made the legend's "Widowed" look exactly like its
    "Married", so the sample draws the two partners small, the one who died crossed out."""
    size = 8.0
    top, line_y = -5.0, 7.0
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(INK, 1.6))
    painter.drawPath(union_path(-half_width, top, half_width, top, line_y))
    painter.setBrush(PAPER)
    painter.setPen(_pen(INK, 1.4))
    centre = top - size / 2
    painter.drawRect(QRectF(-half_width - size / 2, centre - size / 2, size, size))
    painter.drawEllipse(QPointF(half_width, centre), size / 2, size / 2)
    r = size / 2 + 2
    painter.drawLine(QLineF(half_width - r, centre - r, half_width + r, centre + r))
    painter.drawLine(QLineF(half_width - r, centre + r, half_width + r, centre - r))


def draw_caption_sample(painter: QPainter, text: str) -> None:
    """An abbreviation as a couple line writes it before a year ("m.", "d."), centred on
    (0, 0), for the legend row that says what it stands for."""
    painter.setFont(label_font(8.5, bold=True))
    painter.setPen(MUTED)
    painter.drawText(QRectF(-24, -10, 48, 20), Qt.AlignmentFlag.AlignCenter, text)


def draw_child_line(
    painter: QPainter, style: ChildStyle, points: tuple[tuple[float, float], ...]
) -> None:
    painter.setPen(_pen(INK, 1.5, style.stroke))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for a, b in itertools.pairwise(points):
        painter.drawLine(QLineF(a[0], a[1], b[0], b[1]))


# ----- emotional relationships -------------------------------------------------------------------
def relationship_path(start: QPointF, end: QPointF, inset: float, arc: float) -> QPainterPath:
    """Centre line from symbol edge to symbol edge, bowed by ``arc`` (routing.py's bow, so the
    curve is the one the router checked and the PDF draws)."""
    drawn = curve((start.x(), start.y()), (end.x(), end.y()), arc, inset)
    if drawn is None:
        return QPainterPath(start)
    a, ctrl, b = drawn
    path = QPainterPath(QPointF(*a))
    if arc:
        path.quadTo(QPointF(*ctrl), QPointF(*b))
    else:
        path.lineTo(QPointF(*b))
    return path


def _samples(path: QPainterPath, step: float) -> list[tuple[QPointF, QPointF]]:
    """Points along ``path`` every ``step`` units with their unit normals."""
    length = max(path.length(), 1.0)
    n = max(2, int(length / step) + 1)
    out = []
    for i in range(n):
        t = path.percentAtLength(min(length, i * length / (n - 1)))
        p = path.pointAtPercent(t)
        angle = math.radians(path.angleAtPercent(t))
        # Qt angles run counter-clockwise with y up; the normal in scene coordinates:
        out.append((p, QPointF(math.sin(angle), math.cos(angle))))
    return out


def _offset(samples: list[tuple[QPointF, QPointF]], d: float) -> QPolygonF:
    return QPolygonF([p + n * d for p, n in samples])


def _zigzag(path: QPainterPath, amplitude: float, wavelength: float, d: float) -> QPolygonF:
    samples = _samples(path, wavelength / 2)
    pts = []
    last = len(samples) - 1
    for i, (p, n) in enumerate(samples):
        sign = 0 if i in (0, last) else (1 if i % 2 else -1)
        pts.append(p + n * (d + sign * amplitude))
    return QPolygonF(pts)


Stroke_ = tuple[QPen, QBrush | None, QPainterPath]


def relationship_strokes(
    kind: RelationshipKind, style: RelationshipStyle, path: QPainterPath, selected: bool = False
) -> list[Stroke_]:
    """What to stroke for an emotional line, computed once per geometry change.

    Sampling a long zigzag along a curve is the expensive part; items keep this list and
    only stroke it on paint, which keeps pan and zoom smooth on large maps.
    """
    colour = SELECT if selected else REL_COLOURS.get(kind, INK)
    pen = QPen(
        QBrush(colour),
        1.5,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.FlatCap,
        Qt.PenJoinStyle.MiterJoin,
    )
    out: list[Stroke_] = []

    line_pen = pen
    if style.dashed:
        line_pen = QPen(pen)
        line_pen.setDashPattern([4.0, 2.5])

    def poly(points: QPolygonF, with_pen: QPen | None = None) -> None:
        p = QPainterPath()
        p.addPolygon(points)
        out.append((with_pen or pen, None, p))

    pattern = style.pattern
    gap = 4.0
    if pattern is Pattern.DOTTED and style.count == 1:
        out.append((QPen(QBrush(colour), 2.0, Qt.PenStyle.DotLine), None, path))
    elif pattern in (Pattern.LINES, Pattern.DOTTED):  # parallel lines, solid or dotted
        if pattern is Pattern.DOTTED:
            line_pen, spacing = QPen(QBrush(colour), 2.0, Qt.PenStyle.DotLine), gap * 1.2
        else:
            spacing = gap
        samples = _samples(path, 6 if path.elementCount() > 2 else 1e9)
        for i in range(style.count):
            poly(_offset(samples, (i - (style.count - 1) / 2) * spacing), line_pen)
    elif pattern is Pattern.ZIGZAG:
        for i in range(style.count):
            poly(_zigzag(path, 5, 12, (i - (style.count - 1) / 2) * gap * 1.2), line_pen)
    elif pattern is Pattern.LINES_ZIGZAG:
        samples = _samples(path, 6 if path.elementCount() > 2 else 1e9)
        for d in (-gap, gap):
            poly(_offset(samples, d))
        poly(_zigzag(path, 7, 12, 0))
    elif pattern in (Pattern.BROKEN, Pattern.BROKEN_REPAIRED):
        length = path.length()
        cut = min(10.0, length / 6)
        mid = length / 2
        for lo, hi in ((0, mid - cut), (mid + cut, length)):
            poly(
                QPolygonF(
                    [
                        path.pointAtPercent(path.percentAtLength(x))
                        for x in _steps(lo, hi, 6 if path.elementCount() > 2 else 1e9)
                    ]
                )
            )
        for x in (mid - cut, mid + cut):
            t = path.percentAtLength(x)
            p = path.pointAtPercent(t)
            a = math.radians(path.angleAtPercent(t))
            n = QPointF(math.sin(a), math.cos(a))
            poly(QPolygonF([p - n * 8, p + n * 8]))
        if pattern is Pattern.BROKEN_REPAIRED:
            ring = QPainterPath()
            ring.addEllipse(path.pointAtPercent(0.5), cut * 0.8, cut * 0.8)
            out.append((pen, None, ring))
    else:  # ARROW and anything new: a plain line
        out.append((pen, None, path))
    if style.arrow:
        out.append((QPen(Qt.PenStyle.NoPen), QBrush(colour), _arrow_head(path)))
    if style.arrow_back:
        out.append((QPen(Qt.PenStyle.NoPen), QBrush(colour), _arrow_head(path.toReversed())))
    return out


def paint_strokes(painter: QPainter, strokes: list[Stroke_]) -> None:
    for pen, brush, p in strokes:
        painter.setPen(pen)
        painter.setBrush(brush if brush is not None else QBrush())
        painter.drawPath(p)


def draw_relationship(
    painter: QPainter,
    kind: RelationshipKind,
    style: RelationshipStyle,
    path: QPainterPath,
    selected: bool = False,
) -> None:
    """Parallel lines, dots, zigzags, broken lines and arrows along ``path``."""
    paint_strokes(painter, relationship_strokes(kind, style, path, selected))


def _steps(a: float, b: float, step: float) -> list[float]:
    if b <= a:
        return [a]
    n = max(1, int((b - a) / step))
    return [a + (b - a) * i / n for i in range(n + 1)]


def _arrow_head(path: QPainterPath) -> QPainterPath:
    tip = path.pointAtPercent(1.0)
    angle = math.radians(path.angleAtPercent(1.0))
    d = QPointF(math.cos(angle), -math.sin(angle))  # direction of travel at the end
    n = QPointF(-d.y(), d.x())
    base = tip - d * 11
    head = QPainterPath()
    head.addPolygon(QPolygonF([tip, base + n * 5, base - n * 5, tip]))
    return head
