"""A line chart of the self-rating scale's ordered items over the measurement points.

Every item is drawn on its own scale, normalised so that *up is always better*: for
"guilt and shame" a lower answer is better, for "well-being" a higher one, and a chart
where some lines improve downwards would mislead at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kastdesk.forms import Column, Series, SeriesPoint

PALETTE = ("#2f6f8f", "#b5651d", "#3f8f5a", "#7b4f9d", "#a0522d", "#2e8b8b", "#8a7f2a", "#c0587e")
#: Dash patterns beside colours, so lines differ for people who do not see colour well.
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)


def better_share(series: Series, value: float) -> float:
    """0 = the worst end of the item's scale, 1 = the best."""
    lo = series.minimum if series.minimum is not None else 0.0
    hi = series.maximum if series.maximum is not None else 1.0
    share = 0.5 if hi == lo else (value - lo) / (hi - lo)
    return share if series.better == "higher" else 1.0 - share


class ScaleChart(QWidget):
    """Lines for the chosen items, one x position per filled-in form (table column); the
    line runs through each measurement point's last form, a point's other forms are rings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.series: list[Series] = []
        self.point_labels: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def minimumSizeHint(self) -> QSize:
        """Room for the point names and dates under a plot of a few lines of text, in the
        font shown (240 pixels at any font made the tab taller than a laptop's window)."""
        line = self.fontMetrics().height()
        return QSize(12 * line, 8 * line)

    def pen(self, number: int) -> QPen:
        """The line of the ``number``-th series drawn: a colour and a dash pattern."""
        pen = QPen(QColor(PALETTE[number % len(PALETTE)]), 2.4)
        pen.setStyle(DASHES[number % len(DASHES)])
        return pen

    def swatch_size(self) -> QSize:
        """Long enough to tell the dash patterns apart, in the font shown."""
        line = self.fontMetrics().height()
        return QSize(line * 3 // 2, line)

    def swatch(self, number: int | None) -> QIcon:
        """A short piece of the ``number``-th series' line, for the list of questions that
        is the chart's legend (drawn under the plot, it took a line of height per series
        and cut the questions short); ``None``: a blank of the same size, so the questions
        stay in line."""
        size = self.swatch_size()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        if number is not None:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self.pen(number))
            middle = size.height() / 2
            painter.drawLine(QPointF(1, middle), QPointF(size.width() - 1, middle))
            painter.end()
        return QIcon(pixmap)

    def set_data(
        self, columns: Sequence[Column], series: Sequence[Series], point_labels: dict[str, str]
    ) -> None:
        self.columns = list(columns)
        self.series = list(series)
        self.point_labels = point_labels
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        fm = painter.fontMetrics()
        # The legend is the list of questions beside the chart (``swatch``).
        left, top = fm.horizontalAdvance(self.tr("better")) + 14, 14
        bottom = 2 * fm.height() + 14
        plot = QRectF(left, top, self.width() - left - 24, self.height() - top - bottom)
        if not self.columns or not self.series or plot.width() < 40:
            painter.setPen(QColor("#8a949e"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No answers to chart yet")
            )
            return
        painter.setPen(QColor("#5f6b76"))
        painter.drawText(
            QRectF(0, plot.top() - 2, left - 6, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            self.tr("better"),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - fm.height() + 2, left - 6, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            self.tr("worse"),
        )
        n = len(self.columns)
        step = plot.width() / max(n, 1)
        xs = [plot.left() + step * (i + 0.5) for i in range(n)]
        painter.setPen(QPen(QColor("#e3e7eb"), 1))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#1f2933"))
        for x, column in zip(xs, self.columns, strict=True):
            name = self.point_labels.get(column.response_id, column.variant)
            painter.drawText(
                QRectF(x - step / 2, plot.bottom() + 4, step, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                name,
            )
            painter.setPen(QColor("#5f6b76"))
            painter.drawText(
                QRectF(x - step / 2, plot.bottom() + 4 + fm.height(), step, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                column.answered_at.isoformat(),
            )
            painter.setPen(QColor("#1f2933"))
        for number, series in enumerate(self.series):
            colour = QColor(PALETTE[number % len(PALETTE)])

            def place(point: SeriesPoint, series: Series = series) -> QPointF | None:
                # By the point's own column: two forms of one day and variant (a paper
                # copy beside the client's own) were both drawn at the first of them.
                if not 0 <= point.column < n:
                    return None
                y = plot.bottom() - better_share(series, point.value) * plot.height()
                return QPointF(xs[point.column], y)

            points = [pt for p in series.points if (pt := place(p)) is not None]
            path = QPainterPath()
            for i, pt in enumerate(points):
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            painter.setPen(self.pen(number))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 1))
            for pt in points:
                painter.drawEllipse(pt, 3.5, 3.5)
            # The point's other forms: a ring, no line to them (no change over time).
            painter.setBrush(QColor("#ffffff"))
            painter.setPen(QPen(colour, 1.6))
            for p in series.also:
                if (pt := place(p)) is not None:
                    painter.drawEllipse(pt, 3.5, 3.5)
