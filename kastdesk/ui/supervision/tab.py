"""The workspace's "Supervision" tab: questions flagged for guidance and the advice given."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes
from kastdesk.supervision import advice_timeline, flag_for_guidance, list_comments, list_flags
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab


class FlagDialog(QDialog):
    """Flag the case, a session note or a question for the next guidance meeting."""

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
        form.addRow(self.tr("About"), self.target)
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(self.tr("A short question for the supervisor"))
        form.addRow(self.tr("Question"), self.question)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)

    def draft(self) -> dict[str, Any] | None:
        text = self.question.toPlainText()
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
    areas = frozenset({"documents"})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.flag_button = QPushButton(self.tr("Flag for guidance…"))
        self.flag_button.clicked.connect(self.flag)
        layout.addWidget(self.flag_button)
        layout.addWidget(QLabel(self.tr("Open questions for guidance")))
        self.flags = QListWidget()
        layout.addWidget(self.flags)
        layout.addWidget(QLabel(self.tr("Advice and supervisor comments")))
        self.advice = QListWidget()
        layout.addWidget(self.advice)
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        case = self.context.case
        self.flags.clear()
        for f in list_flags(case, open_only=True):
            self.flags.addItem(f.question)
        self.advice.clear()
        for entry in advice_timeline(case):
            for text in entry.advice or (entry.decisions,):
                self.advice.addItem(f"{entry.day.isoformat()}  {text}")
        for c in list_comments(case):
            self.advice.addItem(f"{(c.get('at') or '')[:10]}  {c['text']}")

    def clear(self) -> None:
        self.flags.clear()
        self.advice.clear()

    def flag(self, draft: dict[str, Any] | None = None) -> None:
        """``draft``: what was typed when a lock closed the dialog (it opens with it)."""
        sessions = [(str(s.id), s.starts_at.strftime("%Y-%m-%d"))
                    for s in self.context.case.sessions.list(with_versions=False)]
        dialog = FlagDialog(sessions[-20:], self)
        dialog.draft_key = "guidance"
        if draft:
            dialog.restore_draft(draft)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target, sid = dialog.target.currentData()
        self.run(lambda: flag_for_guidance(self.context.case, dialog.question.toPlainText(),
                                           target, sid))
        self.refresh()



