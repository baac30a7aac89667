"""The self-rating tab: measurement points, filling in, and start/end/follow-up compared.

The scale is filled in by the client in the client view, or typed in from paper by the
therapist (``entered_by`` records which). Answers given on an older version of the
form are shown mapped to the newest version's items, so start and end are comparable
even when the form was revised in between: the problem the Gothenburg report had.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes, Status
from kastdesk.forms import (
    Change,
    Column,
    EnteredBy,
    FormResponse,
    MeasurementPoint,
    PointStatus,
    chart_series,
    compare_responses,
    get_definition,
    get_family,
    point_statuses,
)
from kastdesk.forms.schedule import FOLLOW_UP_MONTHS
from kastdesk.forms.storage import (
    PLAN_ID,
    PLAN_KIND,
    case_schedule,
    filled_forms,
    list_responses,
    load_response,
    planned_extra_months,
    save_response,
    update_follow_up_due,
)
from kastdesk.store import StoreError
from kastdesk.store.rescue import CASE_TEXT, fingerprint
from kastdesk.ui.autosave import TypingTimer
from kastdesk.ui.common import TypingDialog, plural, show_error
from kastdesk.ui.exercises.client_view import ClientView
from kastdesk.ui.flow import FlowLayout
from kastdesk.ui.forms import FormWidget
from kastdesk.ui.selfrating.chart import ScaleChart
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.common import confirm, muted

FORM_ID = "self_rating"
#: Items charted until the therapist picks others: the heart of "does it work".
DEFAULT_CHART_ITEMS = ("wellbeing", "control_unwanted_impulses", "urge_strength", "guilt_shame")

#: The most lines an answer's row takes; the rest of a long answer is in its tooltip.
ROW_LINES = 2
#: The answers' rows the table shows at the least (the tab scrolls to them in a small
#: window): on a 1366×768 laptop at 125 % with a 14 pt font and a risk banner it showed one.
ROWS_SHOWN = 4

#: Symbol and colour per change: never colour alone.
MARKS = {
    Change.IMPROVED: ("▲", "#dff0e3"),
    Change.WORSE: ("▼", "#f8e1d8"),
    Change.SAME: ("=", "#eef1f4"),
    Change.NEW: ("•", "#ffffff"),
}


def shown_answer(text: str) -> str:
    """An answer as its row of ``ROW_LINES`` lines shows it: without blank lines. "Line
    one\n\nLine two" showed line one and then "…", the blank line taking the row's second
    line (QA 19 #14); the cell's tooltip keeps the answer as written."""
    return "\n".join(line for line in text.splitlines() if line.strip())


def _quoted(button_text: str) -> str:
    """A button named in a sentence: its words without the mnemonic's &, in the
    language's quotation marks (the form's own, ”…” in Swedish, «…» in Norwegian)."""
    name = button_text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return QCoreApplication.translate(
        "FormWidget", "“{question}”", "a question named in a sentence"
    ).format(question=name)


class FormEntryDialog(TypingDialog):
    """A paper form typed in by the therapist: the date it was filled in, then the answers.

    Escape, Cancel or closing the window asks before the answers entered are discarded.
    """

    def __init__(
        self,
        response: FormResponse,
        parent: QWidget | None = None,
        *,
        correcting: bool = False,
        today: Callable[[], date] = date.today,
        point_name: str = "",
        second: bool = False,
    ) -> None:
        """``point_name`` is the measurement point the form is for, named at the top (the
        dialog showed only a date, and a second form for a point already filled in was
        taken without a word). ``second``: the point has answers and this is kept as a
        second form beside them, which the dialog says."""
        super().__init__(parent)
        self.response = response
        self.correcting = correcting
        definition = get_definition(response.form_id, response.form_version)
        self.setWindowTitle(
            self.tr("Correct the saved answers") if correcting else self.tr("Enter a paper form")
        )
        # 860 × 720 where the screen has room; on a 1024 × 700 laptop the Save button
        # stood below the screen's edge (the form scrolls inside, never sideways).
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(860, screen.width()), min(720, screen.height() - 40))
        self.answered_at = QDateEdit(QDate(response.answered_at), self)
        self.answered_at.setCalendarPopup(True)
        self.answered_at.setDisplayFormat("yyyy-MM-dd")
        self.form = FormWidget(definition, response.variant, self, today=today)
        self.form.set_answers(response.answers)
        # Paper forms come with gaps and are saved as they are, but the gaps show: named
        # under the form, marked as errors only once passed by (nothing was typed yet).
        self.form.name_missing()
        self.point_label = QLabel(self)
        self.point_label.setWordWrap(True)
        self.point_label.setText(
            (self.tr("Correcting a form for: {point}") if correcting
             else self.tr("Paper form for: {point}")).format(point=point_name)
        )
        font = self.point_label.font()
        font.setBold(True)
        self.point_label.setFont(font)
        self.point_label.setVisible(bool(point_name))
        self.second_note = muted(QLabel(self.tr(
            "This point already has answers. This form is kept as a second form for the "
            "same point: it stands beside the first and is not compared with it."
        ), self))
        self.second_note.setWordWrap(True)
        self.second_note.setVisible(second)
        row = QHBoxLayout()
        label = QLabel(self.tr("Filled in on:"), self)
        label.setBuddy(self.answered_at)
        row.addWidget(label)
        row.addWidget(self.answered_at)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.point_label)
        layout.addWidget(self.second_note)
        layout.addLayout(row)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.remember_as_opened()  # the saved answers being corrected are no typing

    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)
    point_key = ""  # the measurement point a new paper form is for

    def draft(self) -> dict[str, Any] | None:
        """What was typed (answers, date), which point it is for or which saved form it
        corrects; None while nothing differs from what the dialog opened with.

        The answers are every one typed (``kept_answers``), also those under a follow-up
        question an earlier answer hides now: the draft held only the answers in force, so
        a date typed under "Have you ever paid for sex?" was lost on lock after a click on
        "No". What is saved and scored stays the answers in force (``result_response``)."""
        answers = self.form.kept_answers()
        answered_at = self.answered_at.date().toPython()
        if answers == self.response.answers and answered_at == self.response.answered_at:
            return None
        return {
            "response": self.response.to_dict(),
            "correcting": self.correcting,
            "point": self.point_key,
            "answers": answers,
            "answered_at": answered_at.isoformat(),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in what a lock kept, hidden answers included (they stay out of force until
        the answer they follow shows their question again)."""
        answers = data.get("answers")
        if isinstance(answers, dict):
            self.form.set_answers(answers)
        day = QDate.fromString(str(data.get("answered_at", "")), "yyyy-MM-dd")
        if day.isValid():
            self.answered_at.setDate(day)

    def result_response(self) -> FormResponse:
        """The answers as typed; a correction keeps who filled the form in originally (the
        correction itself is a new version of the same response, audited as such)."""
        return replace(
            self.response,
            answers=self.form.answers(),
            answered_at=self.answered_at.date().toPython(),
            entered_by=self.response.entered_by if self.correcting else EnteredBy.THERAPIST,
        )


class _CappedRows(QStyledItemDelegate):
    """Cells no taller than ``ROW_LINES`` lines: the text wraps and the last line ends in
    "…" where it goes on (the style elides a wrapped line that has no room below it).

    Four-choice answers ("My relationship, Someone close asked me to, …") and long
    questions made rows four or five lines tall, so a small window showed about one
    answer; the whole text is in the cell's tooltip."""

    def sizeHint(  # Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), min(hint.height(), self.most_height(option, index)))

    def most_height(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex | None
    ) -> int:
        """A cell of ``ROW_LINES`` lines in ``index``'s font (bold for a question): one
        line as the style sizes it, and the lines beyond it."""
        one = QStyleOptionViewItem(option)
        if index is not None:
            self.initStyleOption(one, index)
        one.text = "X"
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        single = style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, one, QSize(), widget
        ).height()
        # A few pixels' slack: the style draws a wrapped line only where the whole of it
        # fits, the lines' heights are fractional and the grid takes a pixel (without it
        # the second line was elided onto the first).
        return single + (ROW_LINES - 1) * one.fontMetrics.lineSpacing() + 4


class _Pane(QWidget):
    """A part of the tab whose least height follows its width.

    Wrapped labels and a row of buttons that flows onto a second line need more height
    in a narrow tab; the splitter and the tab widget ask only for the least size, which
    is therefore given for the width the pane has now (else lines were drawn over each
    other when the window was small)."""

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth() or self.width() <= 0:
            return hint
        return QSize(
            hint.width(), max(hint.height(), layout.totalMinimumHeightForWidth(self.width()))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the least height changed with the width


class SelfRatingTab(WorkspaceTab):
    """Points and their status on the left; comparison table and chart on the right."""

    areas = frozenset({"documents", "sessions", "profile"})

    def __init__(
        self,
        context: WorkspaceContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(context, parent)
        self.today = today
        self.family = get_family(FORM_ID)
        self.client_view: ClientView | None = None
        self._client_timer = TypingTimer(1500, self)  # steady typing saves too
        self._client_timer.timeout.connect(self._autosave_client)
        self._client_response: FormResponse | None = None
        self._client_form: FormWidget | None = None
        #: Whether the client's answers have been saved once (their form is in the vault).
        self._client_saved = False
        self.points: list[MeasurementPoint] = []
        self.responses: list[FormResponse] = []

        self.point_list = QTreeWidget(self)
        self.point_list.setHeaderLabels(
            [self.tr("Measurement point"), self.tr("Due"), self.tr("Status")]
        )
        self.point_list.setRootIsDecorated(False)
        # The heading and two points at the least, in whatever font (110 pixels were a
        # fixed share of a small window's height).
        row = self.point_list.fontMetrics().height() + 6
        self.point_list.setMinimumHeight(self.point_list.header().sizeHint().height() + 2 * row)
        # The status (a symbol first) takes what it needs up to two fifths of a narrow list,
        # so the point's name is not the one cut short; a longer one wraps (a quarter cut
        # "Set when treatment ends" at any width). Its tooltip has it all.
        self.point_list.setWordWrap(True)
        self.point_list.setUniformRowHeights(False)
        self.point_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        point_header = self.point_list.header()
        point_header.setStretchLastSection(False)
        point_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        point_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        point_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.fill_button = QPushButton(self.tr("Fill in &with the client…"), self)
        self.fill_button.setToolTip(self.tr("Opens the form full screen for the client"))
        self.paper_button = QPushButton(self.tr("Enter a &paper form…"), self)
        self.add_point_button = QPushButton(self.tr("Add a &later point…"), self)
        left = _Pane(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 6, 12, 4)
        left_layout.setSpacing(4)  # a few pixels more for the answers in a small window
        # What can be done at the chosen point on one line while it fits, else on more: one
        # under the other, the buttons took three lines at any width (at a 14 pt font the
        # tab scrolled). No heading before them: the list's own heading names the points,
        # and beside the buttons it took a second line on a 1366×768 laptop at 125 %, a
        # line the answers below needed.
        self.point_list.setAccessibleName(self.tr("Measurement points"))
        actions = FlowLayout(spacing=4)
        for button in (self.fill_button, self.paper_button, self.add_point_button):
            actions.addWidget(button)
        left_layout.addLayout(actions)
        # While the client fills in a form, nothing here enters or corrects one: the
        # client's answers are saved over the same form at every pause (a correction made
        # meanwhile was overwritten) and a second "Fill in" left the first window open with
        # its answers going nowhere. This line says why the buttons are off.
        self.shown_line = QLabel(
            self.tr("Shown to the client: edit in the client's view or close it."), self)
        self.shown_line.setObjectName("selfRatingShownLine")
        self.shown_line.setWordWrap(True)
        self.shown_line.hide()
        left_layout.addWidget(self.shown_line)
        left_layout.addWidget(self.point_list, 1)
        self._points_pane, self._point_actions = left, actions

        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read-only: Tab goes on to the next control (Correct the chosen form…) instead of
        # walking the cells round and round; arrows still move between the answers.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rows_delegate = _CappedRows(self.table)
        self.table.setItemDelegate(self.rows_delegate)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A column's heading wraps at its words: "Start, form 1 (not finished)" in a column
        # a third of the answers' width was cut at both ends ("rt, form 1 (not finish").
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self._fit_header_height())
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.mapped_label = muted(QLabel(self))
        self.mapped_label.setWordWrap(True)
        legend = muted(
            QLabel(
                self.tr("▲ better than the point before   ▼ worse   = the same   • first answer"),
                self,
            )
        )
        legend.setWordWrap(True)  # one line was wider than a 1024-pixel window at 14 pt
        self.correct_button = QPushButton(self.tr("C&orrect the chosen form…"), self)
        self.correct_button.setToolTip(
            self.tr(
                "Choose a column (a filled-in form) and correct a mistyped answer or date; "
                "the earlier answers stay in the history"
            )
        )
        self.point_list.viewport().installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.chart = ScaleChart(self)
        self.chart_items = QListWidget(self)
        self.chart_items.setWordWrap(True)
        self.chart_items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The chart's legend: each charted question shows its line (colour and dash).
        self.chart_items.setIconSize(self.chart.swatch_size())
        self.chart_items.itemChanged.connect(lambda _i: self._draw_chart())
        answers = _Pane(self)
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(6, 6, 6, 0)
        answers_layout.setSpacing(4)
        # Before any answers the table was an empty grid under "Question", with no word
        # of what to do: this says it, in place of the table.
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(6, 12, 6, 12)
        self.empty_label.setText(self.tr(
            "No answers yet. Choose a measurement point above, then let the client fill in "
            "the form ({fill}) or type in a paper form ({paper})."
        ).format(fill=_quoted(self.fill_button.text()), paper=_quoted(self.paper_button.text())))
        self.legend = legend
        answers_layout.addWidget(legend)
        answers_layout.addWidget(self.empty_label)
        answers_layout.addWidget(self.table, 1)
        # The note on older versions beside the button that corrects a form: on a line of
        # its own it was one of the lines that left a 1366×768 laptop at 125 % one row of
        # answers.
        correct_row = QHBoxLayout()
        correct_row.addWidget(self.mapped_label, 1)
        correct_row.addWidget(
            self.correct_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        answers_layout.addLayout(correct_row)
        over_time = _Pane(self)
        chart_row = QHBoxLayout(over_time)
        chart_row.setContentsMargins(6, 6, 6, 0)
        chart_row.addWidget(self.chart, 1)
        chart_row.addWidget(self.chart_items)
        # The answers and the chart take turns below the points: one under the other they
        # made the tab taller than a laptop's window (it scrolled at any font size).
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(answers, self.tr("Answers side by side"))
        self.views.addTab(over_time, self.tr("Over time (up is better)"))
        # Points above, answers or chart below at full width: side by side, a laptop
        # screen left the comparison table too narrow to read.
        # Keyboard order as on screen: the buttons, the points they act on, then below.
        chain = (
            self.fill_button,
            self.paper_button,
            self.add_point_button,
            self.point_list,
            self.views.tabBar(),
            self.table,
            self.correct_button,
            self.chart_items,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 700])
        self._splitter = splitter
        # The points and the answers need some 430 pixels however small the window; a
        # flagged client's banner at 14 pt leaves less on a 1024×700 screen, and the whole
        # case scrolled, the banner with it. Here only this tab scrolls, under the banner.
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own (it showed none)
        scroll.setWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.fill_button.clicked.connect(self._fill_clicked)
        self.paper_button.clicked.connect(lambda: self.enter_paper_form())
        self.add_point_button.clicked.connect(self._ask_extra_point)
        self.point_list.currentItemChanged.connect(lambda *_: self._sync_buttons())
        self.correct_button.clicked.connect(lambda: self.correct_chosen())
        self.table.currentCellChanged.connect(lambda *_: self._sync_buttons())
        self.table.horizontalHeader().sectionDoubleClicked.connect(
            lambda section: self.correct_chosen(section)
        )
        self.refresh()

    def sizeHint(self) -> QSize:  # Qt override
        """No taller than the least the tab needs: the workspace scrolls to what its tabs
        prefer (the case header's lines follow the width), and the points, the answers and
        the chart take whatever height the window has beyond it."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    # -- schedule -----------------------------------------------------------------------
    def extra_months(self) -> list[int]:
        return planned_extra_months(self.case)

    def add_extra_point(self, months: int) -> None:
        """A later follow-up (e.g. 24 months after treatment ended), kept in the case; the
        case's follow-up date (register, Due list) follows it."""
        months_list = sorted({*self.extra_months(), int(months)})
        with self.case.transaction("Self-rating: add measurement point"):
            self.case.documents.put(PLAN_KIND, PLAN_ID, {"extra_months": months_list})
            update_follow_up_due(self.case, FORM_ID)
        self.refresh()

    def _ask_extra_point(self) -> None:
        months, ok = QInputDialog.getInt(
            self,
            self.tr("Add a later point"),
            self.tr("Months after the last contact:"),
            24,
            FOLLOW_UP_MONTHS + 1,
            120,
        )
        if ok:
            self.run(lambda: self.add_extra_point(months))

    def _schedule(self) -> list[MeasurementPoint]:
        """The points as the case's follow-up date has them (``case_schedule``): the end
        and the follow-ups from the day treatment ended, not from the latest session (a
        follow-up call logged as a session moved them all six months on)."""
        return case_schedule(self.case, self.today())

    def point_name(self, point: MeasurementPoint) -> str:
        if point.key == "start":
            return self.tr("Start of treatment")
        if point.key == "end":
            return self.tr("End of treatment")
        months = point.months_after_last_contact or FOLLOW_UP_MONTHS
        return self.tr("Follow-up, {n} months after treatment").format(n=months)

    def status_text(self, status: PointStatus) -> tuple[str, str]:
        """Text (with a symbol) and colour for a point's status."""
        return {
            PointStatus.DONE: ("✓ " + self.tr("Done"), "#2e7d4f"),
            PointStatus.DUE: ("● " + self.tr("Due now"), "#8a5a00"),
            PointStatus.OVERDUE: ("! " + self.tr("Overdue"), "#b3261e"),
            PointStatus.UPCOMING: ("○ " + self.tr("Upcoming"), "#5f6b76"),
            # Short, so the column shows it whole ("Set when treatment ends" was cut
            # to "… Bestäms när behandlingen a…"); the tooltip says why (``status_tip``).
            PointStatus.NOT_YET_KNOWN: ("◌ " + self.tr("No date yet"), "#5f6b76"),
            # A closed case has nothing due, overdue or upcoming: the point was not filled
            # in and will not be (it showed "! Overdue" and "○ Upcoming" for ever).
            PointStatus.NOT_DONE: ("– " + self.tr("Not done, case closed"), "#5f6b76"),
            # Its time has passed (a later point's day has come or it is filled in): a
            # start form missed read "! Overdue" years into the follow-up.
            PointStatus.MISSED: ("– " + self.tr("Not done"), "#5f6b76"),
            # The client began it and left required questions blank: kept, not complete.
            PointStatus.PARTLY: ("◐ " + self.tr("Partly filled in"), "#8a5a00"),
        }[status]

    def status_tip(self, status: PointStatus) -> str:
        """The status in a sentence, for the tooltip (a point without a date says why)."""
        if status is PointStatus.NOT_YET_KNOWN:
            return self.tr("The date is set when treatment ends.")
        if status is PointStatus.NOT_DONE:
            return self.tr("The case was closed without this form being filled in.")
        if status is PointStatus.MISSED:
            return self.tr("The time for this point has passed without the form being "
                           "filled in.")
        if status is PointStatus.PARTLY:
            return self.tr("The client began the form but left questions that need an "
                           "answer blank. The answers are kept.")
        return self.status_text(status)[0]

    def point_statuses(self) -> list[tuple[MeasurementPoint, PointStatus]]:
        today = self.today()
        # The point chosen for each form and whether it was finished (``filled_forms``).
        closed = self.case.profile.get().status is Status.CLOSED
        statuses = point_statuses(self.points, filled_forms(self.responses), today,
                                  closed=closed, all_statuses=True)
        return list(zip(self.points, statuses, strict=True))

    # -- drawing ------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if self.case.closed:
            return
        self.responses = list_responses(self.case, FORM_ID)
        self.points = self._schedule()
        current = self.point_list.currentItem()
        key = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.point_list.clear()
        choose = None
        pairs = self.point_statuses()
        # Keep the chosen point unless it was just filled in; then the next open one.
        if any(p.key == key and st is PointStatus.DONE for p, st in pairs):
            key = None
        for point, status in pairs:
            text, colour = self.status_text(status)
            item = QTreeWidgetItem(
                [self.point_name(point), point.due.isoformat() if point.due else "—", text]
            )
            item.setForeground(2, QBrush(QColor(colour)))
            item.setToolTip(2, self.status_tip(status))
            item.setData(0, Qt.ItemDataRole.UserRole, point.key)
            self.point_list.addTopLevelItem(item)
            if point.key == key or (
                key is None and choose is None and status in (PointStatus.DUE, PointStatus.OVERDUE)
            ):
                choose = item
        self.point_list.setCurrentItem(choose or self.point_list.topLevelItem(0))
        self._fit_status_column()
        self._fit_point_list_height()
        self._draw_table()
        self._sync_buttons()

    def current_point(self) -> MeasurementPoint:
        item = self.point_list.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item else "start"
        return next(p for p in self.points if p.key == key)

    def _sync_buttons(self) -> None:
        point = self.point_list.currentItem() is not None
        free = self.client_view is None  # the client's form open: entered there only
        self.fill_button.setEnabled(point and free)
        self.paper_button.setEnabled(point and free)
        self.correct_button.setEnabled(free and self.chosen_response() is not None)
        if self.shown_line.isVisibleTo(self) == free:
            before = self._points_pane.maximumHeight()
            self.shown_line.setVisible(not free)
            if point:  # not while ``refresh`` fills the list again: it fits it after
                self._fit_for_shown_line(before)

    def _fit_for_shown_line(self, before: int) -> None:
        """The points' pane grows by the line "Shown to the client" (the answers give the
        room) and shrinks back without it: kept at its height, the list lost its last point
        behind a scroll bar over a half-empty tab."""
        self._fit_point_list_height()
        grow = self._points_pane.maximumHeight() - before
        sizes = self._splitter.sizes()
        if grow > 0 and len(sizes) == 2:
            self._splitter.setSizes([sizes[0] + grow, max(0, sizes[1] - grow)])

    def chosen_response(self, section: int | None = None) -> FormResponse | None:
        """The filled-in form of the chosen column (or ``section``), if any."""
        comparison = getattr(self, "comparison", None)
        if comparison is None:  # the table is not drawn yet
            return None
        column = self.table.currentColumn() if section is None else section
        if not 1 <= column <= len(comparison.columns):
            return None
        by_id = {r.response_id: r for r in self.responses}
        return by_id.get(comparison.columns[column - 1].response_id)

    def correct_chosen(
        self, section: int | None = None, exec_dialog: bool = True
    ) -> FormEntryDialog | None:
        """Open the chosen form's answers for correction; saved as a new version of it."""
        response = self.chosen_response(section)
        if response is None or self.client_view is not None:  # see ``_sync_buttons``
            return None
        column = self.table.currentColumn() if section is None else section
        return self._entry_dialog(
            response, "Self-rating: correct answers", exec_dialog, correcting=True,
            point_key=self.comparison.columns[column - 1].point,
        )

    def _entry_dialog(
        self,
        response: FormResponse,
        label: str,
        exec_dialog: bool,
        *,
        correcting: bool = False,
        point_key: str = "",
        draft: dict[str, Any] | None = None,
    ) -> FormEntryDialog:
        """The form-entry dialog for a new paper form or a correction; saves on accept.

        What is typed in it is kept through a lock (kastdesk.ui.drafts: it is a visible
        top-level dialog while open) and comes back with ``resume_draft``."""
        point = next((p for p in self.points if p.key == point_key), None)
        # A new form for a point that has answers is a second form (asked first, in
        # ``enter_paper_form``; a draft a lock kept comes back as what it was).
        second = not correcting and point is not None and bool(self.forms_at(point))
        dialog = FormEntryDialog(
            response, self, correcting=correcting, today=self.today,
            point_name=self.point_name(point) if point is not None else "", second=second,
        )
        dialog.draft_key = (
            f"selfrating:{'correct' if correcting else 'paper'}:{response.response_id}"
        )
        dialog.point_key = point_key
        if draft:
            dialog.restore_draft(draft)
        # Saved in the dialog: a failed save (a full disk) leaves the answers on screen.
        dialog.on_accept = lambda: self._save_entry(dialog, label)
        if exec_dialog:
            dialog.open()
        return dialog

    def resume_draft(
        self, data: dict[str, Any], exec_dialog: bool = True
    ) -> FormEntryDialog | None:
        """Open again, filled in as it was, a paper form or correction a lock closed: for
        the same measurement point, or correcting the same saved form."""
        try:
            base = FormResponse.from_dict(data["response"])
        except (KeyError, TypeError, ValueError):
            return None  # not a draft this version understands
        correcting = bool(data.get("correcting"))
        if correcting:
            stored = load_response(self.case, base.response_id)
            if stored is None:  # the form it corrected is gone: keep the answers as new
                correcting = False
                base = replace(base, answers={})
            else:
                base = stored
        point_key = str(data.get("point") or "")
        for i in range(self.point_list.topLevelItemCount()):
            item = self.point_list.topLevelItem(i)
            if point_key and item.data(0, Qt.ItemDataRole.UserRole) == point_key:
                self.point_list.setCurrentItem(item)
        label = "Self-rating: correct answers" if correcting else "Self-rating: enter paper form"
        dialog = self._entry_dialog(
            base, label, False, correcting=correcting, point_key=point_key, draft=data
        )
        if exec_dialog:
            dialog.exec()  # one at a time, like every dialog a lock closed
        return dialog

    def _save_entry(self, dialog: FormEntryDialog, label: str) -> bool:
        """Save what the dialog holds; False (the store's sentence shown) keeps it open."""
        response = dialog.result_response()
        if not response.answers or response == dialog.response:  # nothing typed
            return True
        if not self.run(lambda: save_response(self.case, response, label=label)):
            return False
        self.refresh()
        return True

    def column_name(self, variant: str) -> str:
        return {
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "follow_up": self.tr("Follow-up"),
        }.get(variant, variant)

    def column_title(self, column: Column) -> str:
        """A column's point, and which of its forms it is when the point has more than
        one: two "Start" columns of one day read as a change over time. A form filled in
        after the next point's day says "late" (it gets no ▲/▼), one the client left half
        done "not finished"."""
        name = self.column_name(column.variant)
        if column.forms_at_point >= 2:
            name = self.tr("{point}, form {n}").format(point=name, n=column.form_at_point)
        if column.late:
            name = self.tr("{point} (late)").format(point=name)
        if not column.finished:
            name = self.tr("{point} (not finished)").format(point=name)
        return name

    def _draw_table(self) -> None:
        self.comparison = compare_responses(self.family, self.responses, self.points)
        columns = self.comparison.columns
        self.table.clear()
        # Column 0 is the question: a cell wraps long questions, a header would clip them.
        self.table.setColumnCount(len(columns) + 1)
        self.table.setRowCount(len(self.comparison.rows))
        empty = not columns
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self.legend.setVisible(not empty)
        headers = [self.tr("Question")]
        for column in columns:
            headers.append(f"{self.column_title(column)}\n{column.answered_at.isoformat()}")
        self.table.setHorizontalHeaderLabels(headers)
        for c, (column, response) in enumerate(
            zip(columns, self.responses_in_order(), strict=True)
        ):
            self.table.horizontalHeaderItem(c + 1).setToolTip(
                self.tr("Form version {v}; {by}").format(
                    v=column.original_version, by=self.entered_by(response))
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._fit_question_column()
        self._fit_header_height()
        for r, row in enumerate(self.comparison.rows):
            question = QTableWidgetItem(row.label)
            question.setToolTip(row.label)
            font = question.font()
            font.setBold(True)
            question.setFont(font)
            self.table.setItem(r, 0, question)
            for c, cell in enumerate(row.cells):
                mark, colour = (
                    MARKS.get(cell.change, ("", "#ffffff")) if cell.change else ("", "#ffffff")
                )
                text = f"{mark} {shown_answer(cell.display)}".strip() if cell.display else "—"
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(colour)))
                # The whole answer, which a row of two lines may cut short, then the change.
                tip = [cell.display] if cell.display else []
                if cell.change is not None:
                    tip.append(
                        {
                            Change.IMPROVED: self.tr("Better than at the point before"),
                            Change.WORSE: self.tr("Worse than at the point before"),
                            Change.SAME: self.tr("The same as at the point before"),
                            Change.NEW: self.tr("First answer to this question"),
                        }[cell.change]
                    )
                    item.setData(Qt.ItemDataRole.UserRole, cell.change.value)
                if tip:
                    item.setToolTip("\n".join(tip))
                self.table.setItem(r, c + 1, item)
        old = sorted(
            {c.original_version for c in columns if c.original_version != self.comparison.version}
        )
        self.mapped_label.setText(
            self.tr(
                "Answers given on form version {old} are shown on the questions of version {new}."
            ).format(old=", ".join(map(str, old)), new=self.comparison.version)
            if old
            else ""
        )
        self.mapped_label.setVisible(bool(old))  # no empty line's height when all match
        self._fit_table_height()
        self._fill_chart_items()
        self._draw_chart()

    def _fit_question_column(self) -> None:
        """The questions' column: 330 pixels where there is room, else no more than about
        half the table, so the answers beside it are not pushed out of sight."""
        room = self.table.viewport().width()
        self.table.horizontalHeader().resizeSection(0, max(160, min(330, room * 45 // 100)))

    def _fit_header_height(self) -> None:
        """The heading as high as its most wrapped column's words (the header's own size
        counts its lines unwrapped, and cut the third line off)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        most = 0
        for column in range(self.table.columnCount()):
            item = self.table.horizontalHeaderItem(column)
            if item is None:
                continue
            room = max(1, header.sectionSize(column) - 12)  # the style's margins
            most = max(most, metrics.boundingRect(QRect(0, 0, room, 10_000), flags,
                                                  item.text()).height())
        header.setMinimumHeight(most + 10 if most else 0)

    def _fit_table_height(self) -> None:
        """The answers' table never smaller than its heading and ``ROWS_SHOWN`` rows of
        ``ROW_LINES`` lines (fewer when the form has fewer questions): squeezed under a
        risk banner in a small window it showed one row; the tab scrolls to it instead."""
        table = self.table
        rows = min(ROWS_SHOWN, table.rowCount())
        if rows == 0:
            table.setMinimumHeight(0)
            return
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.widget = table
        # The taller of a bold question's and an answer's two lines.
        row = max(self.rows_delegate.most_height(option, table.model().index(r, c))
                  for r in range(rows) for c in range(min(2, table.columnCount())))
        heading = table.horizontalHeader()
        header = max(heading.sizeHint().height(), heading.minimumHeight())  # wrapped words
        table.setMinimumHeight(header + rows * row + 2 * table.frameWidth())

    def _fit_status_column(self) -> None:
        """The points' status as wide as its longest, but no more than two fifths of the
        list (its words wrap beyond that, the row growing)."""
        header = self.point_list.header()
        whole = max(self.point_list.sizeHintForColumn(2), header.sectionSizeHint(2))
        header.resizeSection(2, min(whole, self.point_list.viewport().width() * 2 // 5))

    def _fit_point_list_height(self) -> None:
        """The points' list no taller than its rows: kept at the splitter's share, it stood
        half empty under four points while a 1366×768 laptop at 125 % left the answers
        one row. Its least stays the heading and two points."""
        points = self.point_list
        heights = [
            points.indexRowSizeHint(points.indexFromItem(points.topLevelItem(i)))
            for i in range(points.topLevelItemCount())
        ]
        frame = points.height() - points.viewport().height() - points.header().height()
        if points.horizontalScrollBar().isVisible():
            frame -= points.horizontalScrollBar().height()
        top = points.header().sizeHint().height() + max(2, frame) + 2
        least = top + 2 * (points.fontMetrics().height() + 6)  # the heading and two points
        points.setMinimumHeight(least)
        points.setMaximumHeight(max(least, top + sum(heights)))
        # The pane too, else the splitter's share went to the room around the list.
        pane = self._points_pane
        margins = pane.layout().contentsMargins()
        actions = self._point_actions.heightForWidth(
            max(1, pane.width() - margins.left() - margins.right())
        )
        most = (margins.top() + actions + pane.layout().spacing() + points.maximumHeight()
                + margins.bottom())
        line = self.shown_line
        if line.isVisibleTo(pane):  # "Shown to the client": the points kept their rows
            width = max(1, pane.width() - margins.left() - margins.right())
            most += line.heightForWidth(width) + pane.layout().spacing()
        pane.setMaximumHeight(most)
        sizes = self._splitter.sizes()
        if len(sizes) == 2 and sizes[0] > most:  # the splitter keeps a share it had
            self._splitter.setSizes([most, sizes[1] + sizes[0] - most])

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            # The questions to chart beside the chart: at most two fifths of a narrow tab.
            self.chart_items.setMaximumWidth(min(280, max(160, self.width() * 2 // 5)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # The columns follow their list's own width, which settles after the tab's.
        if event.type() == QEvent.Type.Resize:
            if watched is self.point_list.viewport():
                self._fit_status_column()
                self._fit_point_list_height()  # wrapped rows follow the width
            elif watched is self.table.viewport():
                self._fit_question_column()
                # The answers' columns stretch after the viewport has its width (without a
                # sectionResized of their own): the heading follows once they have.
                QTimer.singleShot(0, self, self._fit_header_height)
        return super().eventFilter(watched, event)

    def responses_in_order(self) -> list[FormResponse]:
        by_id = {r.response_id: r for r in self.responses}
        return [by_id[c.response_id] for c in self.comparison.columns]

    def _fill_chart_items(self) -> None:
        chosen = self.chosen_chart_items()
        self.chart_items.blockSignals(True)
        self.chart_items.clear()
        for series in chart_series(self.family, self.comparison):
            item = QListWidgetItem(series.label)
            item.setData(Qt.ItemDataRole.UserRole, series.item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = series.item_id in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.chart_items.addItem(item)
        self.chart_items.blockSignals(False)

    def chosen_chart_items(self) -> set[str]:
        if self.chart_items.count() == 0:
            return set(DEFAULT_CHART_ITEMS)
        return {
            self.chart_items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.chart_items.count())
            if self.chart_items.item(i).checkState() == Qt.CheckState.Checked
        }

    def _draw_chart(self) -> None:
        chosen = self.chosen_chart_items()
        series = [s for s in chart_series(self.family, self.comparison) if s.item_id in chosen]
        labels = {c.response_id: self.column_title(c) for c in self.comparison.columns}
        self.chart.set_data(self.comparison.columns, series, labels)
        # The list is the chart's legend: each charted question shows its line.
        number = {s.item_id: n for n, s in enumerate(series)}
        self.chart_items.blockSignals(True)
        for i in range(self.chart_items.count()):
            item = self.chart_items.item(i)
            n = number.get(item.data(Qt.ItemDataRole.UserRole))
            item.setIcon(self.chart.swatch(n))
        self.chart_items.blockSignals(False)

    # -- filling in ---------------------------------------------------------------------
    def _new_response(self, point: MeasurementPoint, entered_by: EnteredBy) -> FormResponse:
        latest = self.family.latest
        day = self.today()
        # The point chosen is saved with the form: it, not the form's date, decides where
        # the form belongs (a 24-month form completed the skipped 6-month point).
        return FormResponse(FORM_ID, latest.version, point.variant, day, entered_by,
                            point=point.key)

    def forms_at(self, point: MeasurementPoint) -> list[FormResponse]:
        """The saved forms that belong to ``point``, as the table places them (the
        schedule's rule, ``points_of_forms``), in the order they were entered."""
        comparison = getattr(self, "comparison", None)
        if comparison is None:
            return []
        by_id = {r.response_id: r for r in self.responses}
        return [by_id[c.response_id] for c in comparison.columns
                if c.point == point.key and c.response_id in by_id]

    def enter_paper_form(
        self, point: MeasurementPoint | None = None, exec_dialog: bool = True
    ) -> FormEntryDialog | None:
        """Type in a paper form for ``point`` (default: the chosen one).

        A point that already has answers asks first: correct them (the usual intent: a
        paper copy of what the client filled in on the laptop), or keep this as a second
        form for the same point. Taken without a word, the two were compared as if time
        had passed between them. ``None``: cancelled, or the client is filling in a form
        (see ``_sync_buttons``)."""
        if self.client_view is not None:
            return None
        point = point or self.current_point()
        existing = self.forms_at(point)
        if existing:
            answer = self.ask_about_answers(point, existing[-1])
            if answer == "correct":
                return self._entry_dialog(
                    existing[-1], "Self-rating: correct answers", exec_dialog,
                    correcting=True, point_key=point.key,
                )
            if answer != "second":
                return None
        return self._entry_dialog(
            self._new_response(point, EnteredBy.THERAPIST),
            "Self-rating: enter paper form",
            exec_dialog,
            point_key=point.key,
        )

    def entered_by(self, saved: FormResponse) -> str:
        """Who put a saved form's answers in, as the questions about it say."""
        if saved.entered_by is EnteredBy.CLIENT:
            return self.tr("filled in by the client")
        return self.tr("typed in from paper")

    def ask_about_answers(self, point: MeasurementPoint, saved: FormResponse) -> str | None:
        """Asked before a paper form for a point that has answers: "correct", "second"
        (a second form for the same point) or ``None`` (Cancel, Escape, or a lock)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Enter a paper form"),
            self.tr(
                "{point} already has answers ({by}, {day}).\n\nDo you want to correct those "
                "answers, or keep this paper form as a second form for the same point? A "
                "second form stands beside the first and is not compared with it."
            ).format(point=self.point_name(point), by=self.entered_by(saved),
                     day=saved.answered_at.isoformat()),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("paperFormForAnsweredPoint")
        correct = box.addButton(self.tr("&Correct the answers…"), QMessageBox.ButtonRole.AcceptRole)
        second = box.addButton(
            self.tr("&Keep as a second form…"), QMessageBox.ButtonRole.ActionRole
        )
        box.setDefaultButton(correct)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if not shiboken6.isValid(box) or self.case.closed:  # a lock closed it
            return None
        clicked = box.clickedButton()
        box.deleteLater()
        return "correct" if clicked is correct else "second" if clicked is second else None

    def _fill_clicked(self) -> ClientView | None:
        """*Fill in with the client*: a point that already has answers asks first, as a
        paper form does (a second form made without a word looked like a repeat)."""
        if self.client_view is not None:  # one form in the client's hands at a time
            return None
        point = self.current_point()
        existing = self.forms_at(point)
        if existing:
            saved = existing[-1]
            if not confirm(
                self, self.tr("Fill in with the client"),
                self.tr("{point} already has answers ({by}, {day}). Let the client fill in a "
                        "second form for the same point? It stands beside the first and is "
                        "not compared with it.").format(
                    point=self.point_name(point), by=self.entered_by(saved),
                    day=saved.answered_at.isoformat()),
                self.tr("Fill in a second form"),
            ):
                return None
        return self.fill_with_client(point)

    def fill_with_client(self, point: MeasurementPoint | None = None) -> ClientView:
        """Open the form full screen for the client; saved when he is done and on return.
        The view already open is shown again rather than a second one: a second left the
        first on screen with its answers saved into the second's form."""
        if self.client_view is not None:
            self.client_view.open()
            return self.client_view
        point = point or self.current_point()
        response = self._new_response(point, EnteredBy.CLIENT)
        definition = get_definition(FORM_ID, response.form_version)
        # A word for the client in place of the therapists' description the client view
        # leaves out: the form began with "Questions marked * need an answer." and no more.
        welcome = self.tr(
            "Answer as it is for you right now. There are no right or wrong answers, and "
            "your answers stay with your therapist."
        )
        form = FormWidget(
            definition, response.variant, client_mode=True, today=self.today, welcome=welcome
        )
        form.answer_changed.connect(lambda _item: self._update_client_hint())
        # Saved a moment after each answer, as every other form is: only "I am done", the
        # return and a lock saved it, and a crash while the client filled it in lost it all.
        form.answer_changed.connect(lambda _item: self._client_timer.start())
        done = QPushButton(self.tr("I am done"))
        view = ClientView(form.tr_data(definition.title), form)
        view.add_footer_widget(done)
        self._client_response = response
        self._client_form = form
        self._client_saved = False
        done.clicked.connect(self._client_done)
        view.returned.connect(self._client_returned)
        # A window of its own, so not taken down with the tab: on a switch to another
        # client (the workspace flushed, which saves the answers so far, then deleted) it
        # stayed on screen showing the left case's form, and every later answer went
        # nowhere (the autosave's timer was gone with the tab). The exercises' view does
        # the same.
        self.destroyed.connect(view.force_close)
        self.destroyed.connect(view.deleteLater)
        self.client_view = view
        self._sync_buttons()
        view.open()
        return view

    def _save_client_answers(self, *, draft: bool = False) -> None:
        """Save the client's answers so far; ``draft`` (while he answers) overwrites the
        version the last pause saved instead of adding one."""
        self._client_timer.stop()
        if self._client_form is None or self._client_response is None or self.case.closed:
            return
        answers = self._client_form.answers()
        if not answers:
            return
        response = replace(self._client_response, answers=answers)
        save_response(self.case, response, label="Self-rating: client filled in", draft=draft)
        self._client_response = response
        self._client_saved = True

    def _client_unsaved(self) -> dict[str, Any] | None:
        """The answers in the client's hands not saved yet (None: none)."""
        form, response = self._client_form, self._client_response
        if form is None or response is None or self.case.closed:
            return None
        answers = form.answers()
        if not answers or (self._client_saved and answers == response.answers):
            return None
        return answers

    def _autosave_client(self) -> None:
        """A pause in answering: save quietly (the client is in front of the screen; a
        failure is told to the therapist at the return, when the answers are kept). A
        cause that can pass (the memory stick out, a full disk) is told to the window too,
        without a box: it saves again on its timer, and keeps the answers in the sealed
        rescue copy meanwhile (they were on screen only, and a dead battery lost them)."""
        try:
            self._save_client_answers(draft=True)
        except StoreError as error:
            self._tell_waiting(error)

    def _tell_waiting(self, error: StoreError) -> None:
        """The window's retry and rescue copy take answers that could not be saved yet."""
        tell = getattr(self.window(), "save_failed", None)
        if error.retry_may_save and callable(tell):
            tell(error)

    def has_unsaved_changes(self) -> bool:
        """Answers given in the client's view and not saved yet."""
        return self._client_unsaved() is not None

    def rescue_items(self) -> list[dict[str, Any]]:
        """The client's answers not saved yet, for the sealed rescue copy kept outside the
        vault while it cannot be written (kastdesk.ui.rescue): the whole form, as its save
        writes it, and the free-text answers to show."""
        answers = self._client_unsaved()
        response = self._client_response
        if answers is None or response is None:
            return []
        stored = response.answers if self._client_saved else None
        from kastdesk.ui.workspace.intake import typed_answers

        definition = get_definition(response.form_id, response.form_version)
        return [{"kind": CASE_TEXT, "tab": "self_rating",
                 "place": f"client:{response.response_id}", "base": fingerprint(stored),
                 "answered_at": response.answered_at.isoformat(),
                 "value": answers, "response": response.to_dict(),
                 "words": typed_answers(definition, answers, stored or {})}]

    @staticmethod
    def rescue_label(item: dict[str, Any]) -> str:
        """What a kept item of this tab is, in words (kastdesk.ui.rescue)."""
        return QCoreApplication.translate(
            "RescueDialog", "the self-rating answers given in the client's view on {day}"
        ).format(day=str(item.get("answered_at", "?")))

    @staticmethod
    def rescue_stored(case: Any, item: dict[str, Any]) -> Any:
        """The answers the vault holds now for the kept form (None: it was never saved)."""
        saved = load_response(case, str(item["place"]).removeprefix("client:"))
        return saved.answers if saved is not None else None

    def put_back_text(self, item: dict[str, Any]) -> bool:
        """Save a rescue copy's client answers as the form they were given in (a new
        version of it where part was saved, so its history keeps the one before). Raises
        the store's error when the save fails."""
        value, form = item.get("value"), item.get("response")
        if not isinstance(value, dict) or not isinstance(form, dict):
            return False
        response = replace(FormResponse.from_dict(form), answers=value)
        save_response(self.case, response, label="Self-rating: client filled in")
        self.refresh()
        return True

    def _client_done(self) -> None:
        """Done: saved, unless a required question is still blank; then the client is shown
        the first one, kindly (the form says questions marked * need an answer)."""
        form, view = self._client_form, self.client_view
        if form is None or view is None:
            return
        missing = form.missing_required()
        if missing:
            form.mark_missing()
            form.show_item(missing[0])
            view.hint.setWordWrap(True)
            self._update_client_hint()
            return
        if self.run(self._save_client_answers):
            view.hint.setText(self.tr("Thank you. Please turn the screen back to your therapist."))

    def _update_client_hint(self) -> None:
        """After "I am done" with gaps, the line beside the button says how many are left,
        kept up to date as they are answered (said once: the form's own count under it,
        which named them again, is not shown in the client view)."""
        form, view = self._client_form, self.client_view
        if form is None or view is None or not form.marks_missing():
            return
        missing = len(form.missing_required())
        view.hint.setText(
            plural(
                self.tr(
                    "Almost done: %n question(s) marked * left to answer. "
                    "The first one is shown above.",
                    "",
                    missing,
                ),
                missing,
            )
            if missing
            else ""
        )

    def _client_returned(self) -> None:
        view = self.client_view
        try:
            self._save_client_answers()
        except StoreError as error:
            # Not saved (a full disk): the form stays, answers and all, for the next try,
            # and the sentence stands over it (behind the full screen it went unseen).
            if view is not None:
                view.keep_open()
            show_error(view if view is not None else self, error)
            self._tell_waiting(error)
            return
        self._client_form = None
        self._client_response = None
        self.client_view = None
        self.refresh()

    def flush(self) -> None:
        """A form open in the client view is saved as far as it was filled in."""
        if self.client_view is not None and not self.case.closed:
            self._save_client_answers()

    def clear(self) -> None:
        if self.client_view is not None:
            self.client_view.force_close()
            self.client_view.deleteLater()
            self.client_view = None
        self.shown_line.hide()
        self._client_form = None
        self._client_response = None
        self.responses = []
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.point_list.clear()
        self.chart_items.clear()
        self.chart.set_data([], [], {})
