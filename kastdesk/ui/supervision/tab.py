"""The workspace's "Supervision" tab: questions flagged for guidance and the advice given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes
from kastdesk.supervision import (
    GuidanceError,
    advice_timeline,
    flag_for_guidance,
    list_comments,
    list_flags,
    withdraw_flag,
)
from kastdesk.ui.common import TypingDialog, WrappingLabel, typed_text
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.common import confirm, show_error


class FlagDialog(TypingDialog):
    """Flag the case, a session note or a question for the next guidance meeting.

    Escape, Cancel or closing the window asks before the question is discarded.
    """

    def __init__(self, sessions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flag for guidance"))
        form = QFormLayout(self)
        self.target = QComboBox()
        self.target.addItem(self.tr("The case"), ("case", None))
        self.target.addItem(self.tr("A question"), ("question", None))
        for sid, label in sessions:
            self.target.addItem(self.tr("Session note: {s}").replace("{s}", label),
                                ("session", sid))
        form.addRow(self.tr("&About"), self.target)
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(self.tr("A short question for the supervisor"))
        # Tab moves on (to OK), as in the goal and amendment boxes: it typed a tab character,
        # and with Enter a new line, OK could not be reached from the keyboard.
        self.question.setTabChangesFocus(True)
        form.addRow(self.tr("&Question"), self.question)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        form.addRow(buttons)
        # A flag needs its question: OK once there is one (it was refused after closing).
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.question.textChanged.connect(
            lambda: self.ok.setEnabled(bool(typed_text(self.question).strip())))
        self.ok.setEnabled(False)
        self.remember_as_opened()

    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)

    def draft(self) -> dict[str, Any] | None:
        text = typed_text(self.question)
        if not text.strip():
            return None
        return {"question": text, "about": list(self.target.currentData())}

    def restore_draft(self, data: dict[str, Any]) -> None:
        about = data.get("about")
        for index in range(self.target.count()):
            if list(self.target.itemData(index)) == about:
                self.target.setCurrentIndex(index)
        self.question.setPlainText(str(data.get("question", "")))


class SupervisionTab(WorkspaceTab):
    """The questions this case brings to the next guidance meeting, and the advice given.

    The questions flagged here go into the material for the meeting (File ▸ Supervision);
    the meeting's advice and the supervisor's comments come back here.
    """

    areas = frozenset({"documents"})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._flag_ids: list[str] = []
        intro = WrappingLabel(self.tr("Questions flagged here go into the material for the "
                                      "next guidance meeting; the advice given there comes "
                                      "back below."))
        self.flag_button = QPushButton(self.tr("Flag for guidance…"))
        self.flag_button.clicked.connect(lambda: self.flag())
        self.withdraw_button = QPushButton(self.tr("Withdraw question…"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.flag_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self.flags = QListWidget()
        self.flags.setWordWrap(True)
        # Named as their headings are: a screen reader said only "list".
        self.flags.setAccessibleName(self.tr("Open questions for guidance"))
        self.flags.currentRowChanged.connect(self._sync)
        self.advice = QListWidget()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Advice and supervisor comments"))
        # The page scrolls inside itself where the tab is low, as the other tabs do: at
        # 14 pt on a laptop at 125 % its two lists and their headings needed more height
        # than a flagged client's case has below the risk banner, and the whole case
        # scrolled, the banner out of sight with it.
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(_heading(self.tr("Open questions for guidance")))
        layout.addWidget(self.flags, 1)
        layout.addWidget(_heading(self.tr("Advice and supervisor comments")))
        layout.addWidget(self.advice, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons and lists keep theirs
        self.scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll)
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        case = self.context.case
        self.flags.clear()
        self._flag_ids = []
        sessions = {str(s.id): s.starts_at.strftime("%Y-%m-%d")
                    for s in case.sessions.list(with_versions=False)}
        for f in list_flags(case, open_only=True):
            if f.target == "session":
                about = self.tr("Session note: {s}").replace(
                    "{s}", sessions.get(f.session_id or "", "?"))
            elif f.target == "question":
                about = self.tr("A question")
            else:
                about = self.tr("The case")
            item = QListWidgetItem(f"{about}: {f.question}")
            item.setToolTip(self.tr("Flagged {when}").replace("{when}", f.created_at[:10]))
            self.flags.addItem(item)
            self._flag_ids.append(f.id)
        if not self._flag_ids:
            _placeholder(self.flags, self.tr(
                "No open questions. “Flag for guidance…” brings the case, a session note or "
                "a question to the next meeting."))
        self.advice.clear()
        for entry in advice_timeline(case):
            for text in entry.advice or (entry.decisions,):
                self.advice.addItem(f"{entry.day.isoformat()}  {text}")
        for c in list_comments(case):
            self.advice.addItem(f"{(c.get('at') or '')[:10]}  {c['text']}")
        if not self.advice.count():
            _placeholder(self.advice, self.tr("No advice from guidance meetings yet."))
        self._sync()

    def _sync(self) -> None:
        self.withdraw_button.setEnabled(0 <= self.flags.currentRow() < len(self._flag_ids))

    def clear(self) -> None:
        self.flags.clear()
        self.advice.clear()
        self._flag_ids = []

    def flag(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        sessions = [(str(s.id), s.starts_at.strftime("%Y-%m-%d"))
                    for s in self.context.case.sessions.list(with_versions=False)]
        dialog = FlagDialog(sessions[-20:], self)
        dialog.draft_key = "guidance"
        if draft:
            dialog.restore_draft(draft)

        def save() -> bool:  # in the dialog: a failed save leaves the question on screen
            target, sid = dialog.target.currentData()
            return self._run(lambda: flag_for_guidance(
                self.context.case, typed_text(dialog.question), target, sid))

        dialog.on_accept = save
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def withdraw(self) -> None:
        """Take a question off the next meeting's list (it was answered some other way)."""
        row = self.flags.currentRow()
        if not 0 <= row < len(self._flag_ids):
            return
        if not confirm(self, self.tr("Withdraw question"),
                       self.tr("Take this question off the next guidance meeting's list?"),
                       self.tr("Withdraw")):
            return
        flag_id = self._flag_ids[row]
        self._run(lambda: withdraw_flag(self.context.case, flag_id))
        self.refresh()

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            return self.run(action)
        except GuidanceError as error:  # a refusal in a sentence, not a silent no-op
            show_error(self, error)
            return False


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _placeholder(view: QListWidget, text: str) -> None:
    """A grey line saying why the list is empty (it cannot be chosen)."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    item.setForeground(view.palette().color(QPalette.ColorRole.PlaceholderText))
    view.addItem(item)
