"""The goals tab: each goal with its whole history, original and current side by side.

The evaluations ask "did the original goal change, and was it reached?", so the
original wording is always shown next to the current one, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes, Goal, GoalState
from kastdesk.ui.common import TypingDialog, typed_text
from kastdesk.ui.flow import FlowLayout
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.common import (
    fmt_date,
    goal_event_label,
    goal_state_label,
    heading,
    muted,
    plural,
)


class GoalDialog(TypingDialog):
    """Set, revise, reach, drop or reopen: the goal's words (when they change), date, note.

    Escape, Cancel or closing the window asks before what was typed is discarded.
    """

    def __init__(
        self,
        title: str,
        action: str,
        parent: QWidget | None = None,
        *,
        text: str | None = None,
        note_hint: str = "",
        earliest: date | None = None,
        today: date | None = None,
    ) -> None:
        """``earliest``: the goal's last change (a later event cannot come before it);
        ``today``: the case's day (the latest date allowed, and the one offered)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 260)
        form = QFormLayout()
        self.text: QPlainTextEdit | None = None
        self._initial = text
        if text is not None:
            self.text = QPlainTextEdit(self)
            self.text.setTabChangesFocus(True)
            self.text.setPlainText(text)
            self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 14)
            form.addRow(self.tr("&Goal:"), self.text)
        day = QDate(today) if today is not None else QDate.currentDate()
        self.when = QDateEdit(day, self)
        self.when.setMaximumDate(day)
        if earliest is not None:
            self.when.setMinimumDate(QDate(earliest))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("&Date:"), self.when)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(note_hint or self.tr("Optional"))
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if self.text is not None:
            self.text.textChanged.connect(self._sync)
            self.text.setFocus()
            self.text.selectAll()
        self._sync()
        self.remember_as_opened()  # the goal's words as they stand are no typing

    def _sync(self) -> None:
        self.ok.setEnabled(self.text is None or bool(typed_text(self.text).strip()))

    def values(self) -> tuple[str, date, str]:
        text = typed_text(self.text).strip() if self.text is not None else ""
        return text, self.when.date().toPython(), self.note.text().strip()

    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)

    def draft(self) -> dict[str, Any] | None:
        """The words and note as typed, once either differs from what the dialog opened with."""
        text = typed_text(self.text) if self.text is not None else None
        if text == self._initial and not self.note.text().strip():
            return None
        return {
            "text": text,
            "note": self.note.text(),
            "when": self.when.date().toString("yyyy-MM-dd"),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        if self.text is not None and isinstance(data.get("text"), str):
            self.text.setPlainText(data["text"])
        self.note.setText(str(data.get("note", "")))
        when = QDate.fromString(str(data.get("when", "")), "yyyy-MM-dd")
        if when.isValid():
            self.when.setDate(when)


class _WrappingDelegate(QStyledItemDelegate):
    """Measures a row at its stretching columns' widths, so a goal's words wrap onto more
    lines.

    A tree view asks for a row's height as if its columns had no width, so word wrap
    never made a row taller and the goal, the one thing the tab is for, was cut to
    "Slut…" beside the register at 1024 pixels.
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view
        # New widths, new heights: measured again once the header has settled.
        view.header().sectionResized.connect(
            lambda *_args: view.doItemsLayout(), Qt.ConnectionType.QueuedConnection)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # Qt override
        column = index.column()
        if self._view.header().sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            return super().sizeHint(option, index)  # a column sized to its words: no wrap
        measured = QStyleOptionViewItem(option)
        # The style wraps only within a valid rectangle: a height too, whichever.
        measured.rect = QRect(0, 0, self._view.columnWidth(column), 1)
        return super().sizeHint(measured, index)


def _last_change(goal: Goal) -> date:
    return max((e.at for e in goal.events), default=goal.set_on)


def _drafted(dialog: GoalDialog, key: str, draft: dict[str, Any] | None) -> None:
    dialog.draft_key = key
    if draft:
        dialog.restore_draft(draft)


def _saved_in(dialog: GoalDialog, save: Callable[[str, date, str], bool]) -> None:
    """Run ``dialog``, saving its goal, date and note inside it: a failed save (a full
    disk) leaves the dialog open with its words, where saved after it had closed, the
    words went with it and the sentence said "try again" with nothing left to try."""
    dialog.on_accept = lambda: save(*dialog.values())
    dialog.exec()


class GoalsTab(WorkspaceTab):
    """Goals on the left; the chosen goal's original, current wording and history right."""

    areas = frozenset({"goals"})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._goals: list[Goal] = []
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Goal"), self.tr("State"), self.tr("Set")])
        self.list.setAccessibleName(self.tr("Goals"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(_WrappingDelegate(self.list))

        self.set_button = QPushButton(self.tr("&Set goal…"), self)
        self.revise_button = QPushButton(self.tr("&Revise…"), self)
        self.reach_button = QPushButton(self.tr("Mark r&eached…"), self)
        self.drop_button = QPushButton(self.tr("&Drop…"), self)
        self.reopen_button = QPushButton(self.tr("Re&open…"), self)

        self.original_label = QLabel(self)
        self.current_label = QLabel(self)
        self.state_label = QLabel(self)
        for label in (self.original_label, self.current_label, self.state_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed_label = muted(QLabel(self))
        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Goal"),
                self.tr("Note"),
                self.tr("By"),
            ]
        )
        self.history.setWordWrap(True)
        self.history.setItemDelegate(_WrappingDelegate(self.history))
        self.history.setAccessibleName(self.tr("Goal history"))
        history_header = self.history.header()
        history_header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            history_header.setSectionResizeMode(column, mode)
        self.empty_label = muted(
            QLabel(
                self.tr(
                    "No goals yet. Put the reason for coming into words together, then set "
                    "the first goal."
                ),
                self,
            )
        )
        self.empty_label.setWordWrap(True)
        # Room between the hint and the splitter's handle (``_place`` turns it with the
        # handle): the handle's dotted grip touched the hint's words in a narrow tab.
        self.empty_label.setContentsMargins(0, 0, self.HINT_ROOM, 0)

        self.left = left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.set_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_label)

        self.detail = QWidget()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(8)
        for row, (text, label) in enumerate(
            (
                (self.tr("Original goal:"), self.original_label),
                (self.tr("Current goal:"), self.current_label),
                (self.tr("State:"), self.state_label),
            )
        ):
            caption = QLabel(text, self.detail)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, row, 0)
            grid.addWidget(label, row, 1)
        self.changed_label.setWordWrap(True)
        grid.addWidget(self.changed_label, 3, 1)
        # The buttons go onto a second line where one row does not fit (a 14 pt font
        # beside the register at 1024 pixels needed 370 pixels for three of them).
        actions = FlowLayout()
        for button in (self.revise_button, self.reach_button, self.drop_button, self.reopen_button):
            actions.addWidget(button)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addLayout(grid)
        detail_layout.addLayout(actions)
        rule = QFrame(self.detail)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        detail_layout.addWidget(rule)
        detail_layout.addWidget(heading(self.tr("History")))
        detail_layout.addWidget(self.history, 1)
        # The chosen goal scrolls by itself where the tab is low (a 14 pt font, a flagged
        # client's banner above): its fields never make every case tab scroll.
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields keep theirs
        self.detail_scroll.setWidget(self.detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setSizes([420, 780])
        self.splitter.setChildrenCollapsible(False)
        self._split_by_hand = False  # the therapist dragged the handle: the sizes are theirs
        self.splitter.splitterMoved.connect(self._moved_by_hand)
        # The goals' rows are as tall as their words wrap at the column's width: measured
        # again once the columns have settled.
        self.list.header().sectionResized.connect(
            self._columns_settled, Qt.ConnectionType.QueuedConnection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.set_button, self.list)
        QWidget.setTabOrder(self.list, self.revise_button)
        QWidget.setTabOrder(self.revise_button, self.reach_button)
        QWidget.setTabOrder(self.reach_button, self.drop_button)
        QWidget.setTabOrder(self.drop_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.history)

        self.set_button.clicked.connect(self.set_goal)
        self.revise_button.clicked.connect(self.revise_goal)
        self.reach_button.clicked.connect(lambda: self._change("reach"))
        self.drop_button.clicked.connect(lambda: self._change("drop"))
        self.reopen_button.clicked.connect(lambda: self._change("reopen"))
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.refresh()

    # -- fitting the width ------------------------------------------------------------------
    #: Beside each other, the goals list gives a goal at least this many average characters
    #: a line, and the history gives its goal and note this many each (besides the date, the
    #: event and who, which take what they need); where the tab has less room the list goes
    #: above the goal and the history gets the tab's whole width. Fewer than that, and a
    #: goal read "Slut…" and the history "Slu…", "Me…" beside the register at 1024 pixels.
    GOAL_CHARS, HISTORY_TEXT_CHARS = 20, 14
    #: Pixels between the empty list's hint and the splitter's handle beside or below it,
    #: as the chosen goal keeps on the handle's other side.
    HINT_ROOM = 8

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._place()

    def _detail_width(self) -> int:
        """The least width the chosen goal needs in its scroll area: its widest word or
        button, and room for the scroll bar (the fields would run under it)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.detail.minimumSizeHint().width() + bar

    @staticmethod
    def _column_need(view: QTreeWidget, column: int) -> int:
        """What ``column`` of ``view`` takes at the least: its heading and its widest text."""
        return max(view.header().sectionSizeHint(column), view.sizeHintForColumn(column))

    def _list_width(self) -> int:
        """The goals list's least width beside the goal: its state and date whole, and a
        line of ``GOAL_CHARS`` for the goal's words."""
        char = self.fontMetrics().averageCharWidth()
        goal = max(self.GOAL_CHARS * char, self.list.header().sectionSizeHint(0))
        columns = goal + self._column_need(self.list, 1) + self._column_need(self.list, 2)
        return max(self.left.minimumSizeHint().width(), columns + 2 * self.list.frameWidth())

    def _history_width(self) -> int:
        """The chosen goal's least width beside the list: the history's date, event and
        who whole, its goal and note ``HISTORY_TEXT_CHARS`` each (or their headings)."""
        char = self.fontMetrics().averageCharWidth()
        history = self.history
        fixed = sum(self._column_need(history, column) for column in (0, 1, 4))
        texts = sum(max(self.HISTORY_TEXT_CHARS * char, history.header().sectionSizeHint(c))
                    for c in (2, 3))
        margins = self.detail.layout().contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return (fixed + texts + 2 * history.frameWidth() + margins.left() + margins.right()
                + bar)

    def side_by_side_width(self) -> int:
        """The width the list and the chosen goal need beside each other."""
        margins = self.layout().contentsMargins()
        return (
            self._list_width()
            + self.splitter.handleWidth()
            + max(self._detail_width(), self._history_width())
            + margins.left()
            + margins.right()
        )

    @property
    def stacked(self) -> bool:
        """True while the goals list is above the chosen goal rather than beside it."""
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def _place(self) -> None:
        """The list beside the chosen goal where the width takes both; above it in a narrow
        tab (a 14 pt font beside the register at 1024 pixels needed 647 pixels of 524, and
        every case tab scrolled sideways)."""
        self.detail_scroll.setMinimumWidth(self._detail_width())
        stacked = self.width() < self.side_by_side_width()
        if stacked == self.stacked:
            if stacked:
                self._fit_stacked()
            return
        self._split_by_hand = False
        # The chosen goal keeps apart from the list: under it, or beside it.
        if stacked:
            self.detail.layout().setContentsMargins(0, 8, 0, 0)
            self.empty_label.setContentsMargins(0, 0, 0, self.HINT_ROOM)
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self._fit_stacked()
        else:
            self.detail.layout().setContentsMargins(8, 0, 0, 0)
            self.empty_label.setContentsMargins(0, 0, self.HINT_ROOM, 0)
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            # A third of the width for the list, and never less than its goals need.
            margins = self.layout().contentsMargins()
            room = (self.width() - margins.left() - margins.right()
                    - self.splitter.handleWidth())
            beside = max(self._list_width(), room * 35 // 100)
            self.splitter.setSizes([beside, max(1, room - beside)])

    def _moved_by_hand(self, _pos: int, _index: int) -> None:
        self._split_by_hand = True

    def _columns_settled(self, *_args: int) -> None:
        if self.stacked:
            self._fit_stacked()

    def _list_height(self, rows: int | None = None) -> int:
        """The list's side of the splitter with its first ``rows`` goals in sight (all of
        them with None), each as tall as its wrapped words."""
        model = self.list.model()
        count = model.rowCount() if rows is None else min(rows, model.rowCount())
        goals = sum(max(self.list.sizeHintForIndex(model.index(row, column)).height()
                        for column in range(model.columnCount()))
                    for row in range(count))
        if rows is not None and count < rows:  # room for the goals still to come
            goals += (rows - count) * (self.list.fontMetrics().height() + 4)
        spacing = max(self.left.layout().spacing(), 0)
        empty = (self.empty_label.heightForWidth(self.splitter.width()) + spacing
                 if not self.empty_label.isHidden() else 0)
        return (self.set_button.sizeHint().height() + spacing
                + self.list.header().sizeHint().height() + goals
                + 2 * self.list.frameWidth() + empty)

    def _fit_stacked(self) -> None:
        """The list above the chosen goal as tall as its goals, up to half the height, at
        least two goals: a third of the tab showed one goal at 14 pt on a laptop at 125 %,
        though the goal's fields below scroll by themselves."""
        if self._split_by_hand:
            return
        total = self.splitter.height() - self.splitter.handleWidth()
        if total <= 0:
            return
        first = min(self._list_height(), max(self._list_height(2), total // 2))
        self.splitter.setSizes([first, max(total - first, 1)])

    # -- drawing ------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        current = self.current_goal_id()
        self._goals = self.case.goals.list()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for goal in self._goals:
                item = QTreeWidgetItem(
                    [goal.text, goal_state_label(goal.state), fmt_date(goal.set_on)]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
                item.setToolTip(0, goal.text)
                if goal.state is not GoalState.ACTIVE:
                    item.setForeground(0, self.palette().placeholderText())
                self.list.addTopLevelItem(item)
            target = current
            if changes is not None and "goals" in changes.areas and changes.ids:
                target = next(iter(changes.ids & {g.id for g in self._goals}), current)
            self._select(target or (self._goals[-1].id if self._goals else None))
        finally:
            self.list.blockSignals(False)
        self.empty_label.setVisible(not self._goals)
        self._show_current()

    def _select(self, goal_id: str | None) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == goal_id:
                self.list.setCurrentItem(item)
                return

    def resume_draft(self, what: str, goal_id: str, draft: dict[str, Any]) -> bool:
        """Open the dialog a lock closed (``what``: set, revise, reach, drop, reopen) with
        what was typed in it; False when its goal is gone."""
        if what == "set":
            self.set_goal(draft)
            return True
        self._select(goal_id)
        if self.current_goal_id() != goal_id or what not in {"revise", "reach", "drop", "reopen"}:
            return False
        if what == "revise":
            self.revise_goal(draft)
        else:
            self._change(what, draft)
        return True

    def current_goal_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def current_goal(self) -> Goal | None:
        goal_id = self.current_goal_id()
        return next((g for g in self._goals if g.id == goal_id), None)

    def _show_current(self) -> None:
        goal = self.current_goal()
        self.detail.setEnabled(goal is not None)
        self.history.clear()
        if goal is None:
            for label in (
                self.original_label,
                self.current_label,
                self.state_label,
                self.changed_label,
            ):
                label.setText("")
            self._place()
            return
        self.original_label.setText(
            self.tr("{text}  (set {when})").format(
                text=goal.original_text, when=fmt_date(goal.set_on)
            )
        )
        self.current_label.setText(goal.text)
        ended = next((e for e in reversed(goal.events) if e.kind.value == goal.state.value), None)
        state = goal_state_label(goal.state)
        if ended is not None and goal.state is not GoalState.ACTIVE:
            state = self.tr("{state} on {when}").format(state=state, when=fmt_date(ended.at))
        self.state_label.setText(state)
        revisions = sum(1 for e in goal.events if e.kind.value == "revised")
        self.changed_label.setText(
            plural(self.tr("Revised %n time(s) since it was set.", "", revisions), revisions)
            if revisions
            else self.tr("The goal has not been revised.")
        )
        for event in goal.events:
            item = QTreeWidgetItem(
                [fmt_date(event.at), goal_event_label(event.kind), event.text, event.note, event.by]
            )
            item.setToolTip(2, event.text)
            self.history.addTopLevelItem(item)
        # Offer only what applies: an ended goal can only be reopened.
        active = goal.state is GoalState.ACTIVE
        for button in (self.revise_button, self.reach_button, self.drop_button):
            button.setVisible(active)
            button.setEnabled(active)
        self.reopen_button.setVisible(not active)
        self.reopen_button.setEnabled(not active)
        self._place()  # the goal's words and buttons may want another width

    # -- operations -------------------------------------------------------------------
    def set_goal(self, draft: dict[str, Any] | None = None) -> None:
        """``draft`` (here and below): what was typed when a lock closed the dialog."""
        dialog = GoalDialog(
            self.tr("Set goal"),
            self.tr("Set goal"),
            self,
            text="",
            note_hint=self.tr("e.g. in the client's words"),
            today=self.case.today(),
        )
        _drafted(dialog, "goal:set", draft)
        _saved_in(dialog, lambda text, when, note: self.run(
            lambda: self.case.goals.add(text, at=when, note=note)))

    def revise_goal(self, draft: dict[str, Any] | None = None) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        dialog = GoalDialog(
            self.tr("Revise goal"),
            self.tr("Revise goal"),
            self,
            text=goal.text,
            note_hint=self.tr("Why the goal changed"),
            earliest=_last_change(goal),
            today=self.case.today(),
        )
        _drafted(dialog, f"goal:revise:{goal.id}", draft)
        _saved_in(dialog, lambda text, when, note: self.run(
            lambda: self.case.goals.revise(goal.id, text, at=when, note=note)))

    def _change(self, what: str, draft: dict[str, Any] | None = None) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        titles = {
            "reach": (self.tr("Mark goal reached"), self.tr("Mark reached")),
            "drop": (self.tr("Drop goal"), self.tr("Drop goal")),
            "reopen": (self.tr("Reopen goal"), self.tr("Reopen goal")),
        }
        title, action = titles[what]
        dialog = GoalDialog(
            title, action, self, earliest=_last_change(goal), today=self.case.today()
        )
        _drafted(dialog, f"goal:{what}:{goal.id}", draft)
        method = {
            "reach": self.case.goals.reach,
            "drop": self.case.goals.drop,
            "reopen": self.case.goals.reopen,
        }[what]
        _saved_in(dialog, lambda _text, when, note: self.run(
            lambda: method(goal.id, at=when, note=note)))

    def clear(self) -> None:
        self._goals = []
        self.list.clear()
        self.history.clear()
        for label in (
            self.original_label,
            self.current_label,
            self.state_label,
            self.changed_label,
        ):
            label.setText("")
