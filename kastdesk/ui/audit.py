"""The History screen: who opened, changed, exported or deleted what, and when.

A clinic must be able to answer "who opened or changed this client's file, and when"
(Swedish patient data law expects access logs to be checked regularly). The hash-chained
logs were written but could be read nowhere. This dialog shows one case's log (the
case header's History… button) or the vault's (File menu), in the words of
:mod:`kastdesk.audit`, with a calm line at the top saying whether the chain verifies
(the check Verify vault makes), a period and kinds to filter by, and the shown list
exported to CSV on request.

Read-only: nothing here changes the case, and reading writes no "Open case" line. The
list names clients by code only, never by name, so privacy mode has nothing to hide;
a lock closes the dialog (the main window closes every other window) and its rows go.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastdesk.audit import (
    AuditLog,
    AuditRow,
    Kind,
    case_log,
    export_csv,
    kind_label,
    status_line,
    vault_log,
)
from kastdesk.csvfile import separator_for
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.common import WrappingLabel, plural, run_op
from kastdesk.ui.files import save_file_name
from kastdesk.ui.screen import size_to_screen

_Index = QModelIndex | QPersistentModelIndex
#: Least room, in characters, for what was done ("Saved a session note (412 characters)").
WHAT_CHARS = 28
#: Most room for who did it, and the room for the target, in characters (both elided, the
#: whole in the tooltip).
WHO_CHARS = 16
TARGET_CHARS = 16


class AuditModel(QAbstractTableModel):
    """The shown rows; a model, not a table of items: a busy year is tens of thousands of
    lines (every autosaved note is one), and the list must open at once."""

    TIME, WHO, WHAT, CLIENT, TARGET = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self._titles = [
            self.tr("Date and time"), self.tr("Who"), self.tr("What"), self.tr("Client"),
            self.tr("Target"),
        ]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (row.when_text, row.who, row.what, row.client, row.target)[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                # The kind is the filter's word; the whole target (a long path) is here too.
                return f"{text}\n{kind_label(row.kind)}" if text else kind_label(row.kind)
            if index.column() == self.TARGET:
                return _file_first(text)
            return text
        return None


def _file_first(target: str) -> str:
    """An export's path as "summary.pdf — /home/anna/Exports": cut at the right, the file's
    name stays in view (the whole path is in the tooltip and the CSV)."""
    if "/" not in target and "\\" not in target:
        return target
    path = Path(target)
    return f"{path.name} — {path.parent}" if path.is_absolute() and path.name else target


class AuditLogDialog(QDialog):
    """One case's log (``client_id``) or the vault's (``client_id`` None), read-only."""

    def __init__(self, vault: Vault, client_id: str | None = None, *, code: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.client_id = client_id
        self.code = code
        self.log = AuditLog([], [], 0)
        self.setWindowTitle(self.tr("History of {code}").format(code=code) if client_id
                            else self.tr("Audit log of the vault"))

        # The calm line: whether the list can be trusted, in one sentence.
        self.status = WrappingLabel("", self)
        self.status.setObjectName("auditStatus")
        intro = QLabel(self.tr(
            "Who opened, changed, exported or deleted what, and when. The log is kept in "
            "the encrypted files and cannot be changed from here.") if client_id else self.tr(
            "Unlocks, failed attempts, the register, settings and supervision; with the "
            "clients' case files, every opening and change as well."), self)
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.start = self._date_edit("auditFrom")
        self.end = self._date_edit("auditTo")
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        # The period on one line (with the vault's "every client's case file" beside it),
        # the kinds on the next: the four kinds beside the dates asked for 1047 pixels at
        # 14 pt (1088 in Swedish), past the 1093 a 1366×768 laptop at 125 % has room for.
        # Made in the order drawn, so that Tab follows the lines.
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From"), self))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end)
        self.include_cases: QCheckBox | None = None
        if client_id is None:
            period.addSpacing(16)
            self.include_cases = QCheckBox(self.tr("Include every client's case file"), self)
            self.include_cases.setObjectName("auditIncludeCases")
            self.include_cases.setToolTip(self.tr(
                "Who opened or changed which client's file, merged with the vault's own log"))
            self.include_cases.setChecked(True)
            self.include_cases.toggled.connect(self.reload)
            period.addWidget(self.include_cases)
        period.addStretch(1)
        kinds = QHBoxLayout()
        self.kinds: dict[Kind, QCheckBox] = {}
        for kind in Kind:
            box = QCheckBox(kind_label(kind), self)
            box.setObjectName(f"auditKind_{kind.value}")
            box.setChecked(True)
            box.toggled.connect(self.refilter)
            self.kinds[kind] = box
            kinds.addWidget(box)
        kinds.addStretch(1)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read-only: Tab goes on to Export and Close instead of walking the cells (which
        # kept the keyboard in the table for good); arrows still move through the lines.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has it all
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # One case's list is all that case: its code in every line says nothing.
        self.table.setColumnHidden(AuditModel.CLIENT, client_id is not None)

        # Wrapped: after an export it names the file, which on one line widened the dialog.
        self.count = WrappingLabel("", self)
        self.count.setObjectName("muted")
        self.export_button = QPushButton(self.tr("Export as CSV…"), self)
        self.export_button.setObjectName("auditExportButton")
        self.export_button.setToolTip(self.tr(
            "Save the list as shown to a file that is not encrypted: codes, times, names of "
            "who did what; no case content. The export is written to the log."))
        self.export_button.clicked.connect(self.export_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Close is the default button, not Export: the first button took Enter, and Enter
        # after typing a date started the export of an unencrypted file. Enter in a filter
        # or the list does not reach it either (keyPressEvent): it closed the log.
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addLayout(kinds)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # The sentences whole on a 1366×768 laptop at 100 %; at 125 % (1093×574 above the
        # taskbar) it opened past the screen with Export and Close beyond reach: as much of
        # it as the screen has room for, the list shorter.
        size_to_screen(self, 1120, 620)
        self.reload()
        # The first filter first, so the keyboard starts where the screen does and Tab
        # reaches the period, the kinds, the list, Export and Close in the order drawn.
        self.start.setFocus()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")  # ISO, as every date in KastDesk
        edit.dateChanged.connect(self.refilter)
        return edit

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the log again (and check it) and show it from its first day to its last."""
        vault, client_id = self.vault, self.client_id
        include = self.include_cases is not None and self.include_cases.isChecked()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            log = run_op(self, lambda: case_log(vault, client_id) if client_id is not None
                         else vault_log(vault, include_cases=include))
        finally:
            QApplication.restoreOverrideCursor()
        if log is None:
            return
        self.log = log
        self.status.setText(status_line(log))
        # Calm when intact (the text colour, above the muted intro); a problem is said in
        # the error colour, still in plain sentences with what to do.
        self.status.setProperty("role", "" if log.intact else "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        days = [r.day for r in log.rows if r.day is not None]
        first, last = (min(days), max(days)) if days else (date.today(), date.today())
        for edit in (self.start, self.end):
            edit.blockSignals(True)
            edit.setDateRange(QDate(first.year, first.month, first.day),
                              QDate(last.year, last.month, last.day))
        self.start.setDate(QDate(first.year, first.month, first.day))
        self.end.setDate(QDate(last.year, last.month, last.day))
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        self.refilter()

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def chosen_kinds(self) -> set[Kind]:
        return {kind for kind, box in self.kinds.items() if box.isChecked()}

    def shown_rows(self) -> list[AuditRow]:
        return list(self.model.rows)

    def refilter(self, *_args: object) -> None:
        start, end = self.period()
        rows = self.log.filtered(start, end, self.chosen_kinds())
        self.model.set_rows(rows)
        self._fit_columns()
        total = len(self.log.rows)
        self.count.setText(plural(self.tr("Showing {shown} of %n entries", "", total),
                                  total).format(shown=len(rows)))
        self.export_button.setEnabled(bool(rows))

    def _fit_columns(self) -> None:
        """Widths in characters of the app's font, not pixels, so that they grow with it.

        The time and the code whole; who (a long name) and the target (a path) cut at the
        right, the whole in the tooltip; what was done takes the rest, and always has room
        for a short sentence: the table's least width is what keeps that room, so the
        dialog can narrow to a laptop's screen at 14 pt without the list losing its point.
        """
        table, char = self.table, self.table.fontMetrics().averageCharWidth()
        for column in (AuditModel.TIME, AuditModel.WHO, AuditModel.CLIENT):
            table.resizeColumnToContents(column)
        table.setColumnWidth(AuditModel.WHO, min(table.columnWidth(AuditModel.WHO),
                                                 WHO_CHARS * char))
        table.setColumnWidth(AuditModel.TARGET, TARGET_CHARS * char)
        fixed = sum(table.columnWidth(column) for column in range(self.model.columnCount())
                    if column != AuditModel.WHAT and not table.isColumnHidden(column))
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        table.setMinimumWidth(fixed + WHAT_CHARS * char + scroll_bar + 2 * table.frameWidth())

    # -- out ---------------------------------------------------------------------------
    def default_file_name(self) -> str:
        start, end = self.period()
        what = self.code if self.client_id else self.tr("vault")
        return self.tr("audit-log {what} {start} to {end}.csv").format(
            what=what, start=start.isoformat(), end=end.isoformat())

    def export_csv(self) -> None:
        """Ask where, then write the shown list: an export only the therapist starts."""
        name = save_file_name(
            self, self.tr("Export audit log"), self.default_file_name(),
            self.tr("CSV files (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the shown rows to ``path`` as CSV and write the export to the log.

        Separated as Excel expects in the language the app speaks (';' in Swedish and
        Norwegian, whose Excel reads a comma-separated file as one column)."""
        # Here: kastdesk.ui.app imports the main window, which imports this module.
        from kastdesk.ui.app import language_locale

        rows = self.shown_rows()
        vault, client_id = self.vault, self.client_id
        separator = separator_for(language_locale().name())

        def write() -> bool:
            export_csv(vault, rows, path, separator, client_id)  # recorded, then named
            return True

        if not run_op(self, write, self.tr("Export audit log")):
            return False
        self.reload()  # the export is in the log now: show it
        self.count.setText(self.count.text() + " · " + plural(self.tr(
            "%n line(s) saved to {file}", "", len(rows)), len(rows)).format(file=path.name))
        return True

    # -- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Enter in a filter (the dates, the kinds, every client's case file) applies it
        and leaves the log open: a therapist who typed a date and pressed Enter had the
        log closed by the default button. In the list Enter does nothing (a line opens
        nothing, and the log was lost, as the Due list's was). On Export or Close Enter
        presses the button (it never comes here), and Escape still closes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if self._is_filter(focus):
                self.refilter()  # the date edit has taken the date typed
                event.accept()
                return
            if focus is not None and (focus is self.table or self.table.isAncestorOf(focus)):
                event.accept()
                return
        super().keyPressEvent(event)

    def _is_filter(self, widget: QWidget | None) -> bool:
        if widget is None:
            return False
        fields: list[QWidget] = [self.start, self.end, *self.kinds.values()]
        if self.include_cases is not None:
            fields.append(self.include_cases)
        return any(widget is field or field.isAncestorOf(widget) for field in fields)

    # -- closing -----------------------------------------------------------------------
    def done(self, result: int) -> None:  # Qt override: Close, Escape, and the lock's reject
        self._forget()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._forget()
        super().closeEvent(event)

    def _forget(self) -> None:
        """Drop the rows before the keys go (a lock closes this dialog)."""
        self.model.set_rows([])
        self.log = AuditLog([], [], 0)


def show_case_history(parent: QWidget, vault: Vault, case: CaseFile) -> AuditLogDialog:
    """The case header's History…: this client's log, window-modal, not blocking."""
    dialog = AuditLogDialog(vault, case.client_id, code=case.profile.get().code, parent=parent)
    dialog.open()
    return dialog


def show_vault_log(parent: QWidget, vault: Vault) -> AuditLogDialog:
    """File → Audit log…: the vault's log with every client's."""
    dialog = AuditLogDialog(vault, parent=parent)
    dialog.open()
    return dialog


__all__ = ["AuditLogDialog", "AuditModel", "show_case_history", "show_vault_log"]
