"""The client register: a table of codes, status and dates, with filter, search and privacy.

The status cell's tooltip (and its accessible description) says since when the case has
its status and, ended or closed, why ("Closed on 2026-03-12: Dropped out (stopped
coming)"): in the tooltip, not the cell, because the register is a narrow side panel whose
columns are sized to end whole, and a reason beside every status would double the column.

The model reads ``vault.clients()`` once and then refreshes single rows from ``Changes``,
so a note being autosaved does not reload a thousand rows. In privacy mode the model
itself refuses to hand out names (not just the view hiding a column), so no delegate,
tooltip or accessibility query can leak one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import RegisterEntry, RiskKind, Status
from kastdesk.domain.status import EndReason, end_reason_label, status_label
from kastdesk.ui.cases.labels import risk_label
from kastdesk.ui.common import plural

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: No session is "next" once treatment has ended or the case is closed: one still booked
#: from before is no appointment (QA 21-2 finding 2: a closed case's Next read a date).
_NO_NEXT_SESSION = (Status.ENDED, Status.CLOSED)
RISK_COLOR = QColor("#b3261e")
#: An overdue follow-up in the Next column: the self-rating tab's colour for "! Overdue".
OVERDUE_COLOR = QColor("#b3261e")


# Letters that do not decompose into a base letter and a mark (ø is not o + a stroke in
# Unicode), spelled as a Scandinavian keyboard without them would write them.
_FOLD_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
                               "ł": "l", "þ": "th", "ı": "i"})


def fold(text: str) -> str:
    """``text`` for matching: case and diacritics dropped (Åsa, åsa and asa are one).

    A therapist searching at the clinic laptop, or on a keyboard borrowed abroad, types
    "asa" or "oberg" for Åsa Öberg; both sides of the search are folded alike.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_FOLD_LETTERS)


class Column(IntEnum):
    CODE = 0
    NAME = 1
    STATUS = 2
    NEXT = 3
    LAST = 4
    WAITING = 5
    FLAGS = 6


#: Each column's width at the least, as the English words first needed it.
_COLUMN_FLOORS = {Column.CODE: 90, Column.FLAGS: 36, Column.NAME: 140, Column.STATUS: 98,
                  Column.NEXT: 146, Column.LAST: 92, Column.WAITING: 92}


def flag_marker(kinds: int) -> str:
    """The register's flag cell: "⚑" for one kind of risk, "⚑ 3" for three, "" for none."""
    if kinds <= 0:
        return ""
    return "⚑" if kinds == 1 else f"⚑ {kinds}"


class RegisterModel(QAbstractTableModel):
    """Register lines; ``privacy`` on means names are never returned for any role."""

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterEntry] = []
        self._privacy = True
        self._today = today

    # -- contents -------------------------------------------------------------------
    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> RegisterEntry:
        return self._rows[row]

    def row_of(self, client_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == client_id:
                return row
        return -1

    def update_entry(self, entry: RegisterEntry) -> None:
        """Replace (or add) one line after a change to that client."""
        row = self.row_of(entry.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(entry)
            self.endInsertRows()
            return
        self._rows[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove_entry(self, client_id: str) -> None:
        row = self.row_of(client_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    @property
    def privacy(self) -> bool:
        return self._privacy

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.NAME),
                                  self.index(len(self._rows) - 1, Column.NAME))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.NAME, Column.NAME)

    # -- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.FLAGS:
            return self.tr("Active risk flags")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.CODE: self.tr("Code"),
            Column.NAME: self.tr("Name"),
            Column.STATUS: self.tr("Status"),
            Column.NEXT: self.tr("Next"),
            Column.LAST: self.tr("Last contact"),
            Column.WAITING: self.tr("Waited"),
            Column.FLAGS: "⚑",
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role == ID_ROLE:
            return entry.id
        if column is Column.NAME and self._privacy:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.FLAGS and entry.flags:
            return RISK_COLOR
        if role == Qt.ItemDataRole.FontRole and column is Column.FLAGS and entry.flags:
            font = QFont()
            font.setBold(True)
            return font
        if column is Column.STATUS and role in (Qt.ItemDataRole.ToolTipRole,
                                                Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.status_story(entry)
        overdue = self.overdue_days(entry)
        if column is Column.NEXT and overdue and entry.followup_due is not None:
            # Overdue in words in the cell ("! Overdue <date>"), and in the colour the self-rating
            # tab gives an overdue point; the tooltip says by how long.
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOR
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return plural(self.tr(
                    "The follow-up interview was due on {date}: overdue by %n day(s)",
                    "", overdue), overdue).format(date=entry.followup_due.isoformat())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.FLAGS and entry.flags:
                return ", ".join(risk_label(f) for f in entry.flags)
            if column is Column.WAITING:
                return self.tr("Days from first contact to the first session")
            if column is Column.NEXT:
                return self.tr("Next session, or the follow-up interview after treatment")
        return None

    def status_story(self, entry: RegisterEntry) -> str | None:
        """Since when the case has its status and, ended or closed, why, as the index keeps
        them (no case file is opened); None for a line not filled in yet (a vault from
        before the register kept them, the case not opened since)."""
        if entry.status_since is None:
            return None
        status, day = status_label(entry.status), entry.status_since.isoformat()
        reason = None
        if entry.end_reason:
            try:
                reason = end_reason_label(EndReason(entry.end_reason))
            except ValueError:  # a reason from a newer KastDesk: the status and day alone
                reason = None
        if reason is not None:
            return self.tr("{status} on {date}: {reason}").format(
                status=status, date=day, reason=reason)
        if entry.status in (Status.ENDED, Status.CLOSED):
            return self.tr("{status} on {date}").format(status=status, date=day)
        return self.tr("{status} since {date}").format(status=status, date=day)

    def overdue_days(self, entry: RegisterEntry) -> int:
        """Days the case's follow-up interview is overdue (its date has passed, the case
        ended or in follow-up); 0 when it is not: the Next column read "Follow-up <date>"
        alike for a date to come and one months past."""
        due = entry.followup_due
        if due is None or entry.status not in (Status.ENDED, Status.FOLLOW_UP):
            return 0
        return max(0, (self._today() - due).days)

    def _waiting(self, entry: RegisterEntry) -> tuple[int | None, bool]:
        """Days waited, and whether the client is still waiting (no first session yet)."""
        if entry.first_contact_date is None:
            return None, False
        if entry.first_session_date is None:
            if entry.status in (Status.FIRST_CONTACT, Status.INTAKE):
                return (self._today() - entry.first_contact_date).days, True
            return None, False
        return entry.waiting_days, False

    def _display(self, entry: RegisterEntry, column: Column) -> str:
        if column is Column.CODE:
            return entry.code
        if column is Column.NAME:
            return entry.name or self.tr("(anonymous)")
        if column is Column.STATUS:
            return status_label(entry.status)
        if column is Column.NEXT:
            # After treatment the next thing to book is the follow-up interview.
            if entry.followup_due and entry.status in (Status.ENDED, Status.FOLLOW_UP):
                day = entry.followup_due.isoformat()
                if self.overdue_days(entry):
                    # "Overdue", not "Follow-up …, overdue": no wider than the follow-up's
                    # own words, so the register keeps its columns whole at 1024 pixels;
                    # the tooltip names the follow-up interview.
                    return "! " + self.tr("Overdue {date}").format(date=day)
                return self.tr("Follow-up {date}").format(date=day)
            if entry.next_session and entry.status not in _NO_NEXT_SESSION:
                return entry.next_session.strftime("%Y-%m-%d %H:%M")
            return ""
        if column is Column.LAST:
            return entry.last_contact_date.isoformat() if entry.last_contact_date else ""
        if column is Column.WAITING:
            days, still = self._waiting(entry)
            if days is None:
                return ""
            if still:
                return plural(self.tr("%n day(s) so far", "", days), days)
            return plural(self.tr("%n day(s)", "", days), days)
        if column is Column.FLAGS:
            # A red marker and how many kinds of risk are flagged (the register holds the
            # kinds, named in the tooltip): one marker per kind was cut to "⚑…" from three.
            return flag_marker(len(entry.flags))
        return ""

    def _sort_key(self, entry: RegisterEntry, column: Column) -> Any:
        if column is Column.STATUS:
            return list(Status).index(entry.status)
        if column is Column.NEXT:
            if entry.followup_due and entry.status in (Status.ENDED, Status.FOLLOW_UP):
                return entry.followup_due.isoformat()
            if entry.status in _NO_NEXT_SESSION:
                return "9999"
            return entry.next_session.isoformat() if entry.next_session else "9999"
        if column is Column.LAST:
            return entry.last_contact_date.isoformat() if entry.last_contact_date else ""
        if column is Column.WAITING:
            days, _ = self._waiting(entry)
            return -1 if days is None else days
        if column is Column.FLAGS:
            return len(entry.flags)
        return self._display(entry, column).casefold()


class RegisterFilter(QSortFilterProxyModel):
    """Status filter plus a search that matches codes and names (names even in privacy mode:
    the therapist may know whom they look for, the screen still shows only the code),
    ignoring case and diacritics (see :func:`fold`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def _refilter(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()

    def set_status(self, status: Status | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", fold(text.strip())))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        entry = model.entry(source_row)
        if self._status is not None and entry.status is not self._status:
            return False
        if not self._needle:
            return True
        return self._needle in fold(entry.code) or (
            entry.name is not None and self._needle in fold(entry.name)
        )


class RegisterTable(QTableView):
    """The register's table: Tab passes through it, and only a choice opens a case.

    Every change of the current line opens that client's case (and writes "Opened the case
    file" to its log), so the keys that only move focus must never move the line: Tab and
    Shift+Tab leave the table (no tab key navigation through the cells, which walked every
    row and opened each case on the way), and coming into a table with no current line does
    not make the first line current, as Qt's item views do on a keyboard focus-in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        if not self.currentIndex().isValid():
            # Qt's item views make the first line current on a keyboard focus-in when none
            # was ever chosen; telling the view "no line" counts as the choice.
            self.setCurrentIndex(QModelIndex())
        super().focusInEvent(event)


class RegisterPanel(QWidget):
    """Search field, status filter and the table; emits ``client_selected(id)``."""

    client_selected = Signal(str)
    #: The widths in :meth:`column_stops` changed (a longer code, the font, the vertical
    #: scroll bar coming or going): the main window fits the register again.
    stops_changed = Signal()
    _code_floor = 0  # the Code column's width before any code is measured (set in __init__)

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("registerPanel")
        self.model = RegisterModel(today, self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.currentIndexChanged.connect(self._status_changed)

        self.table = RegisterTable(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._natural: dict[int, int] = {}  # each column's width before any stretch
        self._size_columns()
        self._scrolls = False  # whether the vertical scroll bar shows (column_stops)
        self._measured_shown = False  # the columns measured again once shown (showEvent)
        self.table.verticalScrollBar().rangeChanged.connect(self._scroll_range_changed)
        self._code_floor = self._natural[Column.CODE]
        # In privacy mode the code is the only thing that tells clients apart: it is never
        # cut to "K-202…" (a fixed 90 px did that at a 14 pt font), so the column grows with
        # the longest code the register holds.
        self.model.modelReset.connect(self._fit_code_column)
        self.model.rowsInserted.connect(
            lambda _parent, first, last: self._fit_code_column(first, last))
        self.model.dataChanged.connect(
            lambda top_left, bottom_right, _roles=(): self._fit_code_column(
                top_left.row(), bottom_right.row()))
        # The red risk marker sits beside the code, where the eye starts reading a line.
        header.moveSection(header.visualIndex(Column.FLAGS), 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        # Side by side, or the status filter under the search field where the register is
        # narrowed to its codes (:meth:`narrowest`, :meth:`_place_filters`).
        self._filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._filters.addWidget(self.search, 3)
        self._filters.addWidget(self.status, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.addLayout(self._filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.set_privacy(True)
        self.setMinimumWidth(self.narrowest())

    def _cell_room(self) -> int:
        """What an item view leaves beside a cell's text before it elides, with some air."""
        margin = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return 2 * margin + 4

    def _heading_need(self, column: Column) -> int:
        """The width ``column``'s heading needs whole: its words in the style sheet's
        semi-bold, the section's padding and the sort arrow (any column sorts)."""
        if column is Column.FLAGS:
            return 0
        header = self.table.horizontalHeader()
        title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
        font = QFont(header.font())
        font.setWeight(QFont.Weight.DemiBold)
        # The header's own measure once the style sheet is applied (shown), before that
        # the words, the padding and the arrow reckoned by hand.
        return max(QFontMetrics(font).horizontalAdvance(title) + 28,
                   header.sectionSizeHint(column))

    def _longest_texts(self, column: Column) -> list[str]:
        """The longest things ``column`` can show, whatever the register holds (an empty
        register is sized for the clients to come)."""
        if column is Column.STATUS:
            return [status_label(status) for status in Status]
        if column is Column.NEXT:
            # "Follow-up 2026-05-01" is the longest "next" text; in Swedish and Norwegian it
            # is wider than in English.
            return [QCoreApplication.translate("RegisterModel", "Follow-up {date}").format(
                        date="2026-12-31"),
                    "! " + QCoreApplication.translate(
                        "RegisterModel", "Overdue {date}").format(date="2026-12-31"),
                    "2026-12-31 23:59"]
        if column is Column.LAST:
            return ["2026-12-31"]
        if column is Column.FLAGS:
            return [flag_marker(len(RiskKind))]
        if column is Column.WAITING:
            # The model's own texts (read there by lupdate), asked for at the longest counts.
            return [plural(QCoreApplication.translate("RegisterModel", text, "", days), days)
                    for text in ("%n day(s) so far", "%n day(s)") for days in (5, 999)]
        return []

    def _size_columns(self) -> None:
        """Each column as wide as its heading and the longest text it can show, in the
        language and font on screen: a column made for "Last contact" cut "Senaste
        kontakt", and the register's width is reckoned in whole columns (column_stops)."""
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        marker = QFontMetrics(bold)  # the flag column's is bold (RegisterModel.data)
        room = self._cell_room()
        for column in Column:
            texts = self._longest_texts(column)
            measure = marker if column is Column.FLAGS else metrics
            content = max((measure.horizontalAdvance(t) + room for t in texts), default=0)
            width = max(_COLUMN_FLOORS[column], content, self._heading_need(column))
            self._natural[column] = width
            self.table.setColumnWidth(column, width)

    def column_stops(self) -> list[int]:
        """The panel widths at which the register's shown columns end whole, narrowest
        first: code, flag (and name) and status at the least, then one more column each.

        The main window gives the register one of these, so no column is cut mid-word: at
        466 pixels the register showed "Senaste k" and "2026-12-0", with a scroll bar from
        the first, empty screen. Room is made for the vertical scroll bar while a long
        register shows one, so the last column stays whole then too (and no sliver of the
        next column shows without one).
        """
        header = self.table.horizontalHeader()
        chrome = self._chrome()
        shown = [header.logicalIndex(v) for v in range(header.count())
                 if not header.isSectionHidden(header.logicalIndex(v))]
        stops: list[int] = []
        width = chrome
        for position, column in enumerate(shown):
            last = position == len(shown) - 1  # stretched to the viewport: count its own
            width += self._natural.get(column, 0) if last else header.sectionSize(column)
            if column not in (Column.CODE, Column.FLAGS, Column.NAME):
                stops.append(width)
        return stops or [width]

    def narrowest(self) -> int:
        """The panel's width with the code and flag columns whole and no more: what the
        register gives up to where even its fewest whole columns (:meth:`column_stops`)
        would squeeze the case's tab names (a 14 pt font in a 1024-pixel window). The
        status and the other columns are then a scroll away; the open client's status is in
        the case's header. Never narrower than the status filter (under the search field
        then), whose longest status must show whole."""
        header = self.table.horizontalHeader()
        margins = self.layout().contentsMargins()
        filters = margins.left() + margins.right() + self.status.minimumSizeHint().width()
        return max(filters, self._chrome() + header.sectionSize(Column.CODE)
                   + header.sectionSize(Column.FLAGS))

    def _chrome(self) -> int:
        """The panel's width besides its columns: margins, the table's frame and, while a
        long register shows one, the vertical scroll bar."""
        margins = self.layout().contentsMargins()
        chrome = margins.left() + margins.right() + 2 * self.table.frameWidth()
        if self._scrolls:
            chrome += self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent,
                                                     None, self.table)
        return chrome

    def _stops_moved(self) -> None:
        """The columns' widths changed: the panel may be as narrow as its code and flag
        (the main window decides how wide it is), and the main window fits it again."""
        self.setMinimumWidth(self.narrowest())
        self.stops_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._place_filters()

    def _place_filters(self) -> None:
        """The status filter beside the search field where both fit, else under it: in the
        register narrowed to its codes the two side by side were cut to "Sök k" and "Al"."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        beside = (self.search.minimumSizeHint().width() + self._filters.spacing()
                  + self.status.sizeHint().width())
        direction = (QBoxLayout.Direction.LeftToRight if room >= beside
                     else QBoxLayout.Direction.TopToBottom)
        if self._filters.direction() != direction:
            self._filters.setDirection(direction)

    def _scroll_range_changed(self, low: int, high: int) -> None:
        scrolls = high > low
        if scrolls != self._scrolls:
            self._scrolls = scrolls
            self._stops_moved()

    def _fit_code_column(self, first: int | None = None, last: int | None = None) -> None:
        """Make the Code column wide enough for every code in rows ``first``..``last`` (all
        rows when not given, and then from its first width again: a reset register may hold
        shorter codes). It only ever widens otherwise, so a width the therapist dragged stays.
        """
        everything = first is None
        rows = range(0 if first is None else first,
                      (self.model.rowCount() - 1 if last is None else last) + 1)
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.model.entry(row).code) for row in rows),
                     default=0)
        need = widest + self._cell_room() if widest else 0
        width = self.table.columnWidth(Column.CODE)
        if everything:
            width = max(self._code_floor, need)
        elif need > width:
            width = need
        else:
            return
        self.table.setColumnWidth(Column.CODE, width)
        if width != self._natural.get(Column.CODE):
            self._natural[Column.CODE] = width
            self._stops_moved()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._measured_shown:  # the headings in the style sheet's font: measure again
            self._measured_shown = True
            self._size_columns()
            self._fit_code_column()
            self._stops_moved()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._code_floor:  # built: measure again
            self._size_columns()
            self._code_floor = self._natural[Column.CODE]
            self._fit_code_column()
            self._stops_moved()

    def _status_changed(self) -> None:
        value = self.status.currentData()
        self.proxy.set_status(Status(value) if value else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            plural(self.tr("%n client(s)", "", total), total) if shown == total
            else self.tr("{shown} of {total} clients").format(shown=shown, total=total)
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.client_selected.emit(current.data(ID_ROLE))

    # -- what the main window calls -------------------------------------------------
    def set_privacy(self, on: bool) -> None:
        self.model.set_privacy(on)
        self.table.setColumnHidden(Column.NAME, on)

    def load(self, entries: list[RegisterEntry]) -> None:
        self.model.set_entries(entries)
        self._update_count()

    def clear(self) -> None:
        """Drop every line, the search text (it may be a typed name) and the status filter.

        Called at lock: unlocking starts from the whole register, as the empty search does;
        a filter left on showed "1 of 2 clients" with nothing on screen saying why.
        """
        self.table.clearSelection()
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.model.clear()

    def remove_client(self, client_id: str) -> None:
        """Drop a deleted client's line without making another client current: removing
        the current line moves the selection to a neighbour, whose case would then open
        on screen unasked."""
        if self.current_id() == client_id:
            self.table.setCurrentIndex(QModelIndex())
            self.table.clearSelection()
        self.model.remove_entry(client_id)
        self._update_count()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def open_again(self, client_id: str) -> bool:
        """Make ``client_id`` the current line and say so (``client_selected``) even if it
        already was: its case was closed under the line (for a delete that then failed)
        and must open again. False if the register has no such line."""
        was_current = self.current_id() == client_id
        if not self.select(client_id):
            return False
        if was_current:  # no change of line, so no signal from the table
            self.client_selected.emit(client_id)
        return True

    def select(self, client_id: str) -> bool:
        """Make ``client_id`` the current line, clearing a filter that hides it."""
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, Column.CODE))
        if not proxy_index.isValid():
            self.search.clear()
            self.status.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, Column.CODE))
        self.table.setCurrentIndex(proxy_index)
        self.table.scrollTo(proxy_index)
        return True
