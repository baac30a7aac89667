"""The due view: follow-ups due or overdue, start self-ratings not filled in, clients
waiting, cases gone silent."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
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
from kastdesk.store import Vault
from kastdesk.store.startforms import read_start_forms
from kastdesk.ui.common import log_unexpected, plural, run_in_thread


class DueDialog(QDialog):
    """Codes only, never names: this list is often opened with a client in the room.

    Double-clicking a line, or Enter on it, emits ``open_client(id)``.
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
        self.tree.installEventFilter(self)
        hint = QLabel(self.tr("Double-click a line, or press Enter on it, to open that client."),
                      self)
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
                    lists.start_forms, self._start_form_text,
                    self._unchecked_text(lists.unchecked_start_forms))
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

    def _unchecked_text(self, items: list[DueItem]) -> tuple[str, str | None]:
        """The line under the start forms for cases whose start form the register does not
        know yet (after an upgrade, until checked in the background or opened): the group
        said "Nothing here." about a case 210 days overdue (QA 19 #12). With one case the
        line opens it, as a case's own line does."""
        if not items:
            return "", None
        n = len(items)
        text = plural(self.tr("%n case(s) not checked yet, open each once: {codes}", "", n),
                      n).format(codes=", ".join(i.entry.code for i in items))
        return text, (items[0].entry.id if n == 1 else None)

    def _group(self, title: str, items: list[DueItem], what: object,
               note: tuple[str, str | None] = ("", None)) -> None:
        """A bold head with the group's lines; ``note`` (its text, and the client a
        double-click opens) is a line of its own under them."""
        head = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        if not items and not note[0]:
            empty = QTreeWidgetItem(head, [self.tr("Nothing here.")])
            empty.setFirstColumnSpanned(True)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for item in items:
            line = QTreeWidgetItem(head, [
                item.entry.code, status_label(item.entry.status),
                item.day.isoformat() if item.day else "", what(item),  # type: ignore[operator]
            ])
            line.setData(0, Qt.ItemDataRole.UserRole, item.entry.id)
        text, client_id = note
        if text:
            line = QTreeWidgetItem(head, [text])
            line.setToolTip(0, text)  # every code, where the line is cut at the edge
            line.setFirstColumnSpanned(True)
            line.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if client_id:
                line.setData(0, Qt.ItemDataRole.UserRole, client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Enter on a client's line opens that client and leaves the list open, as a
        double-click does: the list passed Enter on to its Close button as well, so a
        keyboard user lost it after the first client. On a heading or an empty group's
        line Enter does nothing: it closed the list, which opens on its first heading."""
        if (watched is self.tree and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.tree.currentItem()
            if item is not None:
                if item.data(0, Qt.ItemDataRole.UserRole):
                    self._activated(item, 0)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(0, Qt.ItemDataRole.UserRole)
        if client_id:
            self.open_client.emit(client_id)


def check_start_forms(vault: Vault, parent: QWidget | None,
                      filled: Callable[[list[str]], None]) -> threading.Event | None:
    """After unlock: read, in a worker thread, where the start self-rating stands for each
    register line that does not say yet (written before the register kept it), then keep
    it and call ``filled(client_ids)`` in this thread, so the Due list names a start form
    missed before the upgrade without each case being opened first (QA 19 #12).

    The index is read and written in this thread only; the worker opens the case files
    read-only, one at a time (``kastdesk.store.startforms``). Returns the event that stops
    the reading after the case it is on (set it before a lock: the lock waits for running
    work), or None when every line says already. A case that cannot be read stays
    unchecked: the Due list names it, and opening it says what is wrong.
    """
    checks = vault.start_form_checks()
    if not checks:
        return None
    stop = threading.Event()

    def work(_progress: Callable[[int, int], None]) -> dict[str, str]:
        return read_start_forms(checks, stop)

    def done(states: dict[str, str]) -> None:
        if stop.is_set() or not vault.is_open:  # locked meanwhile: the next unlock reads
            return
        try:
            written = vault.keep_start_forms(states)
        except Exception as exc:  # the lines stay unchecked, and say so
            log_unexpected(exc)
            return
        if written:
            filled(written)

    run_in_thread(parent, work, done, on_failed=log_unexpected, show_progress=False)
    return stop
