"""Paint-ready notation for the scene items: paths, pens, brushes and laid-out text, built once.

``notation`` draws a symbol from scratch (clip paths, fonts, eliding, pens made per call);
that is right for the legend and for exports, but far too slow for a view that repaints
hundreds of symbols per frame while the user zooms. The items here build the same drawing
once per model change and their ``paint`` only replays it: a handful of QPainter calls
with objects made in advance, no Python lookups in symbols or layout, no object creation.
The look is the same as ``notation.draw_person`` and friends at every zoom.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)

from kastdesk.genogram.symbols import (
    TRAUMA_COLOUR,
    ChildStyle,
    Fill,
    PersonSymbol,
    Shape,
    UnionStyle,
    couple_mark_x,
    slash_marks,
)
from kastdesk.ui.genogram import notation

NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
PAPER_BRUSH = QBrush(notation.PAPER)
FILL_BRUSH = QBrush(notation.FILL)
GREY_BRUSH = QBrush(notation.ILLNESS_GREY)  # serious physical illness
INK_BRUSH = QBrush(notation.INK)
SELECT_BRUSH = QBrush(notation.SELECT)
TRAUMA_BRUSH = QBrush(notation.QColor(TRAUMA_COLOUR))
INK_PEN = notation._pen(notation.INK, 1.8)
SELECT_PEN = notation._pen(notation.SELECT, 2.4)
CROSS_PEN = notation._pen(notation.INK, 1.6)
TRAUMA_PEN = notation._pen(notation.INK, 1.0)
TEXT_INK = QPen(notation.INK)
TEXT_MUTED = QPen(notation.MUTED)
TEXT_SELECT = QPen(notation.SELECT)
#: ``QPainter.drawLine`` with a bare ``QPen(colour, 1.5)`` (square caps), as the sibship
#: drop, bar and twin bars have always been drawn.
SQUARE_PEN = QPen(notation.INK, 1.5)


@functools.cache
def font(size: float = 8.5, bold: bool = False) -> QFont:
    """Fonts are made once per size and weight, not per paint."""
    return notation.label_font(size, bold)


@functools.cache
def metrics(size: float = 8.5, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font(size, bold))


def static_text(text: str, size: float = 8.5, bold: bool = False) -> QStaticText:
    """Plain text laid out once (a name like "<b>" must never turn into markup)."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    static.prepare(font=font(size, bold))
    return static


def centred_text(text: str, rect: QRectF, size: float, bold: bool) -> QPointF:
    """Top-left for a QStaticText where ``drawText(rect, AlignCenter)`` puts one line."""
    fm = metrics(size, bold)
    return QPointF(
        rect.center().x() - fm.horizontalAdvance(text) / 2,
        rect.top() + (rect.height() - fm.height()) / 2,
    )


#: The age's font size inside a symbol (bold).
AGE_SIZE = 9.0


def age_plate(text: str) -> QPainterPath:
    """The paper ground under an age in the middle of a symbol: the digits' box and a little
    more, rounded, so the X's arms and a filled half stop short of the digits and the symbol
    still reads as crossed out or filled."""
    fm = metrics(AGE_SIZE, True)
    width = fm.horizontalAdvance(text) + 4
    height = fm.capHeight() + 6
    path = QPainterPath()
    path.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), 2.5, 2.5)
    return path


class PreparedPerson:
    """One symbol's drawing (without its name lines), ready to replay at any zoom."""

    __slots__ = (
        "age",
        "cross",
        "double",
        "fills",
        "outline",
        "outline_brush",
        "question",
        "trauma",
    )

    def __init__(
        self, symbol: PersonSymbol, size: float, sex_shape: Shape, age: int | None
    ) -> None:
        h = size / 2
        self.outline = notation.symbol_path(symbol.shape, size, sex_shape)
        self.outline_brush = FILL_BRUSH if symbol.shape is Shape.SMALL_CIRCLE else NO_BRUSH
        # Marker fills pre-cut to the symbol (the notation clips at paint time instead).
        self.fills: list[tuple[QBrush, QPainterPath]] = []
        for fill in symbol.fills:
            brush = GREY_BRUSH if fill in symbol.grey_fills else FILL_BRUSH
            if fill is Fill.LOWER_HALF_HATCHED:
                brush = QBrush(notation.FILL, Qt.BrushStyle.BDiagPattern)
            elif fill is Fill.LOWER_HALF_DOTTED:
                brush = QBrush(notation.FILL, Qt.BrushStyle.Dense6Pattern)
            area = QPainterPath()
            if fill in (Fill.LOWER_HALF, Fill.LOWER_HALF_HATCHED, Fill.LOWER_HALF_DOTTED):
                area.addRect(QRectF(-h, 0, size, h))
            elif fill is Fill.LEFT_HALF:
                area.addRect(QRectF(-h, -h, h, size))
            elif fill is Fill.UPPER_LEFT_QUARTER:
                area.addRect(QRectF(-h, -h, h, h))
            elif fill is Fill.THREE_QUARTERS:
                area.addRect(QRectF(-h, 0, size, h))
                area.addRect(QRectF(-h, -h, h, h))
            self.fills.append((brush, area.intersected(self.outline)))
        self.double = (
            notation.symbol_path(symbol.shape, size + 10, sex_shape)
            if symbol.double_outline
            else None
        )
        self.question: tuple[QPointF, QStaticText] | None = None
        if symbol.shape is Shape.QUESTION:
            box = QRectF(-h, -h, size, size)
            self.question = (centred_text("?", box, 14, True), static_text("?", 14, True))
        self.trauma: QPolygonF | None = None
        if symbol.trauma_mark:
            t = h * 0.32
            self.trauma = QPolygonF(
                [
                    QPointF(h * 0.45, -h * 0.78),
                    QPointF(h * 0.45 + t, -h * 0.78 + t * 1.5),
                    QPointF(h * 0.45 - t, -h * 0.78 + t * 1.5),
                ]
            )
        # The age on a solid plate of paper, in the middle of the symbol (McGoldrick): a
        # 1-unit white halo did not hold where the X's arms cross, nor on the dark lower
        # half of a marker, and the age at death was unreadable on screen and on paper.
        # A plain symbol needs no plate (nor the time to paint one, hundreds per frame).
        self.age: tuple[QPointF, QStaticText, QPainterPath | None] | None = None
        if age is not None and symbol.shape is not Shape.QUESTION and not symbol.small:
            fm = metrics(AGE_SIZE, True)
            # The digits' middle on the symbol's (not the line's, which has room below).
            at = QPointF(-fm.horizontalAdvance(str(age)) / 2, fm.capHeight() / 2 - fm.ascent())
            under = symbol.deceased_cross or symbol.fills or symbol.trauma_mark
            plate = age_plate(str(age)) if under else None
            self.age = (at, static_text(str(age), AGE_SIZE, True), plate)
        self.cross: list[QLineF] = []
        if symbol.deceased_cross or symbol.shape is Shape.SMALL_SHAPE_X:
            r = notation.cross_arm(symbol, h, sex_shape)
            self.cross = [QLineF(-r, -r, r, r), QLineF(-r, r, r, -r)]

    def paint(self, painter: QPainter, selected: bool, text: bool) -> None:
        """Replay the drawing; ``text`` False leaves out the age (unreadable when small)."""
        painter.setPen(NO_PEN)
        painter.setBrush(PAPER_BRUSH)
        painter.drawPath(self.outline)
        for brush, area in self.fills:
            painter.setBrush(brush)
            painter.drawPath(area)
        painter.setBrush(self.outline_brush)
        painter.setPen(SELECT_PEN if selected else INK_PEN)
        painter.drawPath(self.outline)
        if self.double is not None:
            painter.setBrush(NO_BRUSH)
            painter.drawPath(self.double)
        if self.question is not None:
            painter.setFont(font(14, True))
            painter.setPen(TEXT_INK)
            painter.drawStaticText(*self.question)
        # The deceased X under the age and the trauma mark, each of which stays readable.
        if self.cross:
            painter.setPen(CROSS_PEN)
            painter.drawLines(self.cross)
        if self.age is not None and text:
            at, static, plate = self.age
            if plate is not None:
                painter.setPen(NO_PEN)
                painter.setBrush(PAPER_BRUSH)
                painter.drawPath(plate)
            painter.setFont(font(AGE_SIZE, True))
            painter.setPen(TEXT_INK)
            painter.drawStaticText(at, static)
        if self.trauma is not None:
            painter.setPen(TRAUMA_PEN)
            painter.setBrush(TRAUMA_BRUSH)
            painter.drawPolygon(self.trauma)


def union_strokes(
    style: UnionStyle,
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    y: float,
    selected: bool,
    hops: tuple[float, ...] = (),
) -> list[tuple[QPen, QBrush, QPainterPath]]:
    """``notation.draw_union`` as (pen, brush, path) triples to replay."""
    line = notation._pen(
        notation.SELECT if selected else notation.INK, 2.2 if selected else 1.6, style.stroke
    )
    out = [(line, NO_BRUSH, notation.union_path(x1, y1, x2, y2, y, hops))]
    marks = QPainterPath()
    for a, b in slash_marks(style.slashes, x1, x2, y):
        marks.moveTo(*a)
        marks.lineTo(*b)
    if style.slashes:
        out.append((CROSS_PEN, NO_BRUSH, marks))
    if style.ring:
        ring = QPainterPath()
        ring.addEllipse(QPointF(couple_mark_x(x1, x2), y), 4, 4)
        out.append((CROSS_PEN, PAPER_BRUSH, ring))
    return out


def child_pen(style: ChildStyle) -> QPen:
    return notation._pen(notation.INK, 1.5, style.stroke)


def segments_path(lines: list[tuple[tuple[float, float], tuple[float, float]]]) -> QPainterPath:
    """Separate segments in one path: each starts its own dash pattern, as ``drawLine`` does."""
    path = QPainterPath()
    for (ax, ay), (bx, by) in lines:
        path.moveTo(ax, ay)
        path.lineTo(bx, by)
    return path


class LongStroke:
    """A stroked polyline cut into chunks so a view shows only the stretch it can see.

    Emotional lines can run across the whole map (a zigzag thousands of units long is over a
    thousand points); stroking all of it for every frame, most of it off screen, was the
    single largest cost of a pan. Paint strokes the one contiguous run of points that covers
    the exposed rect, so joins inside the view are exactly those of the whole line.
    """

    CHUNK = 48

    __slots__ = ("brush", "path", "pen", "points", "rects")

    def __init__(self, pen: QPen, brush: QBrush | None, path: QPainterPath) -> None:
        self.pen, self.brush, self.path = pen, brush or NO_BRUSH, path
        self.points: list[QPointF] = []
        self.rects: list[QRectF] = []
        polygons = path.toSubpathPolygons()
        if (
            len(polygons) == 1
            and len(polygons[0]) > 2 * self.CHUNK
            and path.elementCount() == len(polygons[0])
        ):
            self.points = list(polygons[0])
            grow = pen.widthF() + 2
            for start in range(0, len(self.points) - 1, self.CHUNK):
                part = QPolygonF(self.points[start : start + self.CHUNK + 1])
                self.rects.append(part.boundingRect().adjusted(-grow, -grow, grow, grow))

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        painter.setPen(self.pen)
        painter.setBrush(self.brush)
        if not self.rects:
            painter.drawPath(self.path)
            return
        hit = [i for i, r in enumerate(self.rects) if r.intersects(exposed)]
        if not hit:
            return
        lo, hi = hit[0], hit[-1]
        if lo == 0 and hi == len(self.rects) - 1:
            painter.drawPath(self.path)
            return
        # One margin chunk either side keeps every join inside the view identical.
        lo, hi = max(0, lo - 1), min(len(self.rects) - 1, hi + 1)
        part = QPainterPath()
        part.addPolygon(QPolygonF(self.points[lo * self.CHUNK : (hi + 1) * self.CHUNK + 1]))
        painter.drawPath(part)
