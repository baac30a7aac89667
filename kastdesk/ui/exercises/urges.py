"""The urge log editor: entries, days since the last lapse, streaks and a weekly chart.

Lapses are shown as facts in neutral colours, never red: the log is for seeing a
trend, and the longest streak stays on screen after a lapse because it is progress
the client has shown he can make.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.exercises import urge_log as ul
from kastdesk.ui.exercises.base import (
    CARD_STYLE,
    ExerciseEditor,
    FittedLineEdit,
    bold,
    card,
    clear_layout,
    muted,
)
from kastdesk.ui.flow import FlowLayout

URGE_COLOUR = QColor("#2f6f8f")
CHOSEN_COLOUR = QColor("#3f8f5a")
LAPSE_COLOUR = QColor("#a38b5c")  # neutral sand: a lapse is information, not an alarm


def week_label(day: date) -> str:
    """A week's first day under the chart, in the app's language ("13 juli", "13. juli").

    strftime wrote the C locale's English month names on Swedish and Norwegian screens;
    the order and dots differ by language (Norwegian writes "13. juli"), so the pattern is
    the catalogue's to choose and the month's name the language's own.
    """
    from kastdesk.ui.app import language_locale  # here: kastdesk.ui.app imports this module

    pattern = QCoreApplication.translate(
        "TrendChart", "d MMM", "the day and short month under the urge chart (QDate format)")
    return language_locale().toString(QDate(day.year, day.month, day.day), pattern)


class TrendChart(QWidget):
    """Urges and alternatives chosen per week as lines, lapses as bars beneath them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[ul.WeekPoint] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def axis_texts(self) -> list[str]:
        """Each week's label under the axis (every few are drawn where space is short)."""
        return [week_label(p.week_start) for p in self.points]

    def set_points(self, points: Sequence[ul.WeekPoint]) -> None:
        self.points = list(points)
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line_h = metrics.height() + 8
        placed = self._legend_places(metrics.horizontalAdvance, self.width() - 12)
        legend_h = line_h * (1 + max((row for row, _, _ in placed), default=0))
        left, right, top = 36, 12, legend_h + 6
        bottom = metrics.height() + 10
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        self._legend(painter, line_h, placed)
        if not self.points or plot.width() < 20 or plot.height() < 20:
            painter.setPen(QColor("#8a949e"))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No entries yet"))
            return
        top_value = max(1, *(p.urges for p in self.points))
        n = len(self.points)
        step = plot.width() / max(n, 1)

        def y(value: float) -> float:
            return plot.bottom() - value / top_value * plot.height()

        painter.setPen(QPen(QColor("#e3e7eb"), 1))
        ticks = sorted({0, top_value // 2, top_value})
        for value in ticks:
            painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            painter.setPen(QColor("#5f6b76"))
            painter.drawText(QRectF(0, y(value) - 8, left - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
            painter.setPen(QPen(QColor("#e3e7eb"), 1))
        for index, point in enumerate(self.points):
            if point.lapses:
                x = plot.left() + index * step + step * 0.3
                bar = QRectF(x, y(point.lapses), step * 0.4, plot.bottom() - y(point.lapses))
                painter.fillRect(bar, LAPSE_COLOUR)
        for values, colour, dashed in (
            ([p.urges for p in self.points], URGE_COLOUR, False),
            ([p.alternatives_chosen for p in self.points], CHOSEN_COLOUR, True),
        ):
            path = QPainterPath()
            for index, value in enumerate(values):
                pt = QPointF(plot.left() + index * step + step / 2, y(value))
                path.moveTo(pt) if index == 0 else path.lineTo(pt)
            pen = QPen(colour, 2.2)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
            painter.setBrush(colour)
            for index, value in enumerate(values):
                pt = QPointF(plot.left() + index * step + step / 2, y(value))
                painter.drawEllipse(pt, 2.6, 2.6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#5f6b76"))
        texts = self.axis_texts()
        # As many labels as fit side by side in this font: the client's enlarged view wrote
        # them over each other when a label was taken to need 70 px.
        width = max(metrics.horizontalAdvance(t) for t in texts) + metrics.averageCharWidth() * 2
        every = max(1, math.ceil(width / step))
        for index in range(0, n, every):
            centre = plot.left() + index * step + step / 2
            painter.drawText(QRectF(centre - width / 2, plot.bottom() + 2, width, bottom),
                             Qt.AlignmentFlag.AlignHCenter, texts[index])
        painter.setPen(QColor("#c5ccd3"))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _legend_entries(self) -> list[tuple[str, QColor, str]]:
        return [(self.tr("Urges per week"), URGE_COLOUR, "line"),
                (self.tr("Chose something else"), CHOSEN_COLOUR, "dash"),
                (self.tr("Lapses"), LAPSE_COLOUR, "bar")]

    def _legend_places(self, advance: Callable[[str], int],
                       width: int) -> list[tuple[int, float, tuple[str, QColor, str]]]:
        """(row, x, entry) for each legend entry: a second row where one is too narrow
        (the chart beside the register at 1024 pixels cut "Chose something else")."""
        places: list[tuple[int, float, tuple[str, QColor, str]]] = []
        row, x = 0, 40.0
        for entry in self._legend_entries():
            needed = 20 + advance(entry[0])
            if places and x + needed > width:
                row, x = row + 1, 40.0
            places.append((row, x, entry))
            x += 16 + needed
        return places

    def _legend(self, painter: QPainter, line_h: int,
                places: list[tuple[int, float, tuple[str, QColor, str]]]) -> None:
        for row, x, (text, colour, kind) in places:
            mid = row * line_h + line_h / 2 + 2
            if kind == "bar":
                painter.fillRect(QRectF(x, mid - 5, 10, 10), colour)
            else:
                pen = QPen(colour, 2.2)
                if kind == "dash":
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x - 4, mid), QPointF(x + 14, mid))
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QPointF(x + 20, mid + painter.fontMetrics().ascent() / 2 - 1), text)


class LogTable(QTableWidget):
    """The log's table: the day, strength and lapse as wide as they need, the two
    sentences sharing the rest, each at least as wide as its header.

    Stretched columns share alike, so "Vad som utlöste impulsen" got 142 of its 187 px
    while "Valde i stället" had room to spare; what is left over is now shared after
    each header has its width.
    """

    TEXT_COLUMNS = (2, 3)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            mode = (QHeaderView.ResizeMode.ResizeToContents
                    if column not in self.TEXT_COLUMNS else QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(column, mode)
        header.setSectionResizeMode(self.TEXT_COLUMNS[-1], QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_section_resized)
        self._share()

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.TEXT_COLUMNS:
            self._share()  # the day, strength or lapse column changed with the entries

    def _share(self) -> None:
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(self.columnCount())
                    if c not in self.TEXT_COLUMNS)
        room = self.viewport().width() - fixed
        needs = [header.sectionSizeHint(c) for c in self.TEXT_COLUMNS]
        spare = room - sum(needs)
        last = self.TEXT_COLUMNS[-1]
        if spare < 0:
            # Too narrow for both headers (beside the register at 1024 pixels): each keeps
            # its width and the table scrolls sideways, rather than cutting "What set it off".
            if header.sectionResizeMode(last) != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
            for column, need in zip(self.TEXT_COLUMNS, needs, strict=True):
                header.resizeSection(column, need)
            return
        if header.sectionResizeMode(last) != QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.TEXT_COLUMNS[0],
                             max(needs[0] + spare // 2, header.minimumSectionSize()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share()


class UrgeLogEditor(ExerciseEditor):
    """Entries in a table, the counts that matter above, and the weekly trend below."""

    exercise_id = ul.EXERCISE_ID
    input_fields = ('trigger_edit', 'instead_edit')
    #: Replaced by the tab so tests and the demo can fix "today".
    today: Callable[[], date] = staticmethod(date.today)  # type: ignore[assignment]

    def _build(self) -> None:
        self.page.setStyleSheet(CARD_STYLE)
        self.kind_labels = {e.id: e.label for e in self.exercise.catalogue("lapse_kinds")}
        self.stats_row = FlowLayout(spacing=10)  # cards that wrap in a narrow window
        self.body.addLayout(self.stats_row)
        self.track_porn = QCheckBox(self.tr("Also count days without pornography (a goal)"),
                                    self.page)
        self.track_porn.toggled.connect(self._on_track)
        self.body.addWidget(self.track_porn)

        self.day_edit = QDateEdit(self.page)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.intensity = QSpinBox(self.page)
        self.intensity.setRange(0, ul.INTENSITY_MAX)
        self.intensity.setValue(5)
        self.intensity.setPrefix(self.tr("Strength "))
        self.intensity.setSuffix(f" / {ul.INTENSITY_MAX}")
        self.intensity.setAccessibleName(self.tr("How strong (0–10)"))
        self.trigger_edit = FittedLineEdit(self.page)
        self.trigger_edit.setPlaceholderText(self.tr("What set it off"))
        self.instead_edit = FittedLineEdit(self.page)
        self.instead_edit.setPlaceholderText(self.tr("What I chose instead"))
        self.lapse_box = QCheckBox(self.exercise.text("lapse"), self.page)
        self.lapse_kind = QComboBox(self.page)
        for key, label in self.kind_labels.items():
            self.lapse_kind.addItem(label, key)
        self.lapse_kind.setEnabled(False)
        self.lapse_box.toggled.connect(self.lapse_kind.setEnabled)
        self.add_button = QPushButton(self.tr("Add to log"), self.page)
        # Two rows: when, how strong, a lapse or not; then the two sentences and Add. The
        # sentences share a row with nothing else, so their prompts show whole beside the
        # register at 1366 pixels ("Vad som utlöste impulsen" was cut to "Vad som utlöste i…").
        # Rows that wrap where the width is short (beside the register at 1024 pixels).
        first = FlowLayout()
        for widget in (self.day_edit, self.intensity, self.lapse_box, self.lapse_kind):
            first.addWidget(widget)
        first.addStretch(1)
        self.body.addLayout(first)
        second = FlowLayout()
        second.addWidget(self.trigger_edit, 1)
        second.addWidget(self.instead_edit, 1)
        second.addWidget(self.add_button)
        self.body.addLayout(second)

        self.chart = TrendChart(self.page)
        self.body.addWidget(self.chart)

        self.table = LogTable(0, 5, self.page)
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Strength"), self.tr("What set it off"),
            self.tr("Chose instead"), self.tr("Lapse"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Urges logged"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves it, arrows walk it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.fit_columns()
        self.table.setMinimumHeight(180)
        self.body.addWidget(self.table)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove selected entry"), self.page)
        self.remove_button.clicked.connect(self._remove_selected)
        remove_row.addWidget(self.remove_button)
        self.body.addLayout(remove_row)
        self.add_button.clicked.connect(self._add)
        self.day_edit.setDate(QDate(self.today()))

    def add_entry(self, day: date, intensity: int | None = None, trigger: str = "",
                  chosen_instead: str = "", lapse_kind: str | None = None) -> bool:
        return self.attempt(
            lambda: ul.add_entry(self._state, day, intensity, trigger, chosen_instead,
                                 lapse=lapse_kind is not None, lapse_kind=lapse_kind),
            self.tr("add entry"))

    def _add(self) -> None:
        kind = self.lapse_kind.currentData() if self.lapse_box.isChecked() else None
        if self.add_entry(self.day_edit.date().toPython(), self.intensity.value(),
                          self.trigger_edit.text().strip(), self.instead_edit.text().strip(),
                          kind):
            self.trigger_edit.clear()
            self.instead_edit.clear()
            self.lapse_box.setChecked(False)

    def _on_track(self, on: bool) -> None:
        if self._loading or on == self._state.tracks_pornography:
            return
        self.attempt(lambda: ul.set_tracking(self._state, tracks_pornography=on),
                     self.tr("change what is counted"))

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        entry_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.remove(lambda: ul.remove_entry(self._state, entry_id), self.tr("remove entry"))

    def _days(self, count: int) -> str:
        # Spelled out per count: without a loaded catalogue, Qt's %n(s) shows as "(s)".
        return self.tr("1 day") if count == 1 else self.tr("{n} days").format(n=count)

    def stat_texts(self) -> list[str]:
        """What the counters say now, for tests and screen readers."""
        return [label.text() for label in self.page.findChildren(QLabel, "urgeStat")]

    def _redraw(self) -> None:
        state = self._state
        today = self.today()
        if self.track_porn.isChecked() != state.tracks_pornography:
            self.track_porn.blockSignals(True)
            self.track_porn.setChecked(state.tracks_pornography)
            self.track_porn.blockSignals(False)
        clear_layout(self.stats_row)
        for kind in ul.tracked_kinds(state):
            since = ul.days_since(state, kind, today)
            best = ul.longest_streak(state, kind, today)
            box = card(self.page)
            layout = QVBoxLayout(box)
            layout.addWidget(muted(QLabel(self.kind_labels.get(kind, kind), box)))
            if since is None:
                # Nothing to count from yet. It said "Not started", "since the log was
                # started" and "Longest stretch: 0 days", while the exercise's list said
                # it was started in a session.
                days = QLabel(self.tr("No entries yet"), box)  # a sentence, not a count
                days.setObjectName("urgeStat")
                layout.addWidget(days)
                self.stats_row.addWidget(box)
                continue
            days = QLabel(self._days(since.days), box)
            days.setObjectName("urgeStat")
            bold(days, 1.6)
            layout.addWidget(days)
            origin = (self.tr("since the last time") if since and since.since_last_lapse
                      else self.exercise.text("since_log_start"))
            layout.addWidget(muted(QLabel(origin, box)))
            longest = QLabel(self.tr("Longest stretch: {days}").format(days=self._days(best)),
                             box)
            longest.setObjectName("urgeStat")
            layout.addWidget(longest)
            self.stats_row.addWidget(box)
        chosen = sum(e.chose_alternative for e in state.entries)
        box = card(self.page)
        layout = QVBoxLayout(box)
        layout.addWidget(muted(QLabel(self.tr("Urges logged"), box)))
        urges = bold(QLabel(str(len(state.entries)), box), 1.6)
        urges.setObjectName("urgeStat")
        layout.addWidget(urges)
        met = QLabel(self.tr("chose something else: %1 of %2")
                     .replace("%1", str(chosen)).replace("%2", str(len(state.entries))), box)
        met.setObjectName("urgeStat")
        layout.addWidget(met)
        self.stats_row.addWidget(box)
        self.stats_row.addStretch(1)
        self.chart.set_points(ul.weekly_trend(state, today) if state.entries else [])
        self.table.setRowCount(0)
        for entry in reversed(state.entries):  # newest first: what was just said
            row = self.table.rowCount()
            self.table.insertRow(row)
            # The column is headed "Lapse": the kind alone says it (and leaves room).
            lapse = (self.kind_labels.get(entry.lapse_kind or "", "") or self.exercise.text("lapse")
                     if entry.lapse else "—")
            values = [entry.day.isoformat(),
                      "" if entry.intensity is None else str(entry.intensity),
                      entry.trigger, entry.chosen_instead or "—", lapse]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(min(360, 40 + 30 * max(3, len(state.entries))))

