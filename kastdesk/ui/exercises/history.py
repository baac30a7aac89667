"""Every saved version of one exercise, by session; for "I am / what I do", per statement.

Versions are never overwritten, so the therapist can see how the work developed and,
for the identity statements, which were rewritten in which session and which still stand.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
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

from kastdesk.exercises import get_exercise
from kastdesk.exercises.storage import SavedExercise, statement_timeline
from kastdesk.ui.workspace.common import fmt_stamp

#: The most a free-text column asks of the dialog's width; longer text is elided (its
#: tooltip holds it whole).
TEXT_COLUMN_MAX = 280


def _sized(tree: QTreeWidget, stretch: tuple[int, ...]) -> int:
    """Size ``tree``'s columns to their contents, ``stretch`` ones sharing the spare width;
    returns the width the tree needs to show every column whole (free text up to
    ``TEXT_COLUMN_MAX``)."""
    header = tree.header()
    header.setStretchLastSection(False)
    fixed = widest = 0
    for column in range(tree.columnCount()):
        need = max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            widest = max(widest, header.sectionSizeHint(column), min(need, TEXT_COLUMN_MAX))
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            fixed += need
    # Stretched columns share the spare width equally: each gets as much as the widest.
    return (fixed + widest * len(stretch) + tree.verticalScrollBar().sizeHint().width()
            + 2 * tree.frameWidth() + 4)


def _count_changes(changes: dict[str, Any]) -> int:
    return sum(len(v) for v in changes.values() if isinstance(v, list)) + sum(
        1 for v in changes.values() if v is True)


class HistoryDialog(QDialog):
    """Versions (newest first) with the session they were saved in and what changed."""

    def __init__(self, exercise_id: str, history: list[SavedExercise],
                 session_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exercise = get_exercise(exercise_id)
        self.setWindowTitle(self.tr("History: {title}").format(title=exercise.display_title()))
        layout = QVBoxLayout(self)
        self.versions = QTreeWidget(self)
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Session"), self.tr("Saved"),
                                       self.tr("Changes")])
        self.versions.setRootIsDecorated(False)
        self.versions.setAccessibleName(self.tr("Saved versions, newest first"))
        previous = exercise.new_state()
        rows = []
        for saved in history:
            changed = _count_changes(exercise.changes(previous, saved.state))
            rows.append(QTreeWidgetItem([
                str(saved.version),
                session_labels.get(saved.session_id or "", self.tr("no session")),
                fmt_stamp(saved.saved_at),
                (self.tr("1 change") if changed == 1 else
                 self.tr("{n} changes").format(n=changed)) if changed else self.tr("no change"),
            ]))
            previous = saved.state
        self.versions.addTopLevelItems(list(reversed(rows)))
        needed = _sized(self.versions, stretch=(3,))
        layout.addWidget(QLabel(self.tr("Saved versions, newest first"), self))
        layout.addWidget(self.versions, 1)
        self.statements: QTreeWidget | None = None
        if exercise_id == "i_am_vs_i_do" and history:
            self.statements = QTreeWidget(self)
            self.statements.setHeaderLabels([
                self.tr("What I say I am"), self.tr("What I did"), self.tr("Said in session"),
                self.tr("Rewritten in session"), self.tr("Now"),
            ])
            self.statements.setRootIsDecorated(False)
            self.statements.setAccessibleName(self.tr("Statements over the sessions"))
            status = {
                "standing": "● " + exercise.text("standing"),
                "rewritten": "✓ " + exercise.text("rewritten"),
                "removed": self.tr("removed"),
            }
            for entry in statement_timeline(history):
                item = QTreeWidgetItem([
                    entry["i_am"], entry.get("i_do") or "",
                    session_labels.get(entry["added_session"] or "", "—"),
                    session_labels.get(entry["rewritten_session"] or "", "—"),
                    status.get(entry["status"], entry["status"]),
                ])
                for column in (0, 1):  # whole where the column elides it
                    item.setToolTip(column, item.text(column))
                self.statements.addTopLevelItem(item)
            needed = max(needed, _sized(self.statements, stretch=(0, 1)))
            layout.addWidget(QLabel(self.tr("Statements over the sessions"), self))
            layout.addWidget(self.statements, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for every column whole (within the screen), never narrower than before.
        margins = layout.contentsMargins()
        width = max(760, needed + margins.left() + margins.right())
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen())
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.95))
        self.resize(width, 520)
