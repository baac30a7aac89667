"""What a pseudonymized export withholds: the "Also withhold" field and the review list.

One widget for the case summary's export dialog and the supervision packet's: the
therapist reads what will be replaced and adds what patterns cannot know (places,
employers, colleagues, nicknames) before anything leaves the vault. Its words keep the
export dialog's translation context, where they were first translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from kastdesk.report.pseudonymize import Replacement


class WithholdPanel(QWidget):
    """The names typed to withhold besides the saved list, and what will be replaced.

    ``changed`` is emitted when the typed names were edited (on Enter or leaving the
    field), so the owner recomputes the list from the core and calls :meth:`show_review`.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, note: str = "") -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.extra = QLineEdit(self)
        # Literal contexts: lupdate files a text only under a context it can read.
        self.extra.setPlaceholderText(QCoreApplication.translate(
            "ExportDialog", "More names or places to withhold, comma-separated"))
        form.addRow(QCoreApplication.translate("ExportDialog", "Also withhold"), self.extra)
        layout.addLayout(form)
        self.note = QLabel(note, self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.review = QListWidget(self)
        self.review.setObjectName("replacementReview")
        layout.addWidget(self.review, 1)
        self.extra.editingFinished.connect(self.changed)

    def names(self) -> tuple[str, ...]:
        """The names typed, one per comma."""
        return tuple(n.strip() for n in self.extra.text().split(",") if n.strip())

    def show_review(self, groups: Iterable[tuple[str, Iterable[Replacement]]]) -> None:
        """List the replacements; a group with a title ("Case A") gets it as a line first,
        as the packet's cases are pseudonymized each on its own."""
        self.review.clear()
        for title, replacements in groups:
            if title:
                self.review.addItem(title)
            for r in replacements:
                self.review.addItem(f"{'    ' if title else ''}{r.original}  →  "
                                    f"{r.replacement}")
