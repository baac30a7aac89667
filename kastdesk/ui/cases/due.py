"""The due view: follow-ups due or overdue, start self-ratings not filled in, clients
waiting, cases gone silent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.due import SILENCE_DAYS, DueItem, due_lists
from kastdesk.domain.models import RegisterEntry
from kastdesk.domain.status import status_label
from kastdesk.ui.common import plural


class DueDialog(QDialog):
    """Codes only, never names: this list is often opened with a client in the room.

    Double-clicking a line emits ``open_client(id)``.
    """

    open_client = Signal(str)

    def __init__(self, entries: list[RegisterEntry], today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDialog")
        self.setWindowTitle(self.tr("Due"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("dueTree")
        self.tree.setAccessibleName(self.tr("Due"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Status"), self.tr("Date"),
                                   self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        hint = QLabel(self.tr("Double-click a line to open that client."), self)
        hint.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.set_entries(entries, today)

    def set_entries(self, entries: list[RegisterEntry], today: date | None = None) -> None:
        lists = due_lists(entries, today)
        self.lists = lists
        self.tree.clear()
        self._group(self.tr("Follow-up interviews due or overdue"), lists.follow_ups,
                    self._follow_up_text)
        # The start form belongs to the first session (the date shown); one not filled in
        # then was on no list at all.
        self._group(self.tr("Start self-rating not filled in at the first session"),
                    lists.start_forms, self._start_form_text)
        self._group(self.tr("Waiting for a first session"), lists.waiting,
                    lambda i: plural(self.tr("waiting %n day(s)", "", i.days), i.days))
        self._group(
            self.tr("In treatment, no contact for {days} days or more").format(days=SILENCE_DAYS),
            lists.silent,
            lambda i: plural(self.tr("no contact for %n day(s)", "", i.days), i.days))
        # Open, so the clients show (these two lines sat after a return and never ran: the
        # dialog opened with every group closed and no way to see who was due).
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _follow_up_text(self, item: DueItem) -> str:
        days = item.days
        if days > 0:
            return plural(self.tr("overdue by %n day(s)", "", days), days)
        if days == 0:
            return self.tr("due today")
        return plural(self.tr("due in %n day(s)", "", -days), -days)

    def _start_form_text(self, item: DueItem) -> str:
        """"due today" on the day of the first session, else overdue by the days since
        (the Date column has the session's day); a form the client began and left with
        required questions blank says so."""
        if item.entry.start_form == "partly":
            return self.tr("partly filled in")
        return self._follow_up_text(item)

    def _group(self, title: str, items: list[DueItem], what: object) -> None:
        head = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        if not items:
            empty = QTreeWidgetItem(head, [self.tr("Nothing here.")])
            empty.setFirstColumnSpanned(True)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for item in items:
            line = QTreeWidgetItem(head, [
                item.entry.code, status_label(item.entry.status),
                item.day.isoformat() if item.day else "", what(item),  # type: ignore[operator]
            ])
            line.setData(0, Qt.ItemDataRole.UserRole, item.entry.id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(0, Qt.ItemDataRole.UserRole)
        if client_id:
            self.open_client.emit(client_id)
