"""What a pseudonymized export withholds: the "Also withhold" field and the review list.

One widget for the case summary's export dialog and the supervision packet's: the
therapist reads what will be replaced and adds what patterns cannot know (places,
employers, colleagues, nicknames) before anything leaves the vault. Its words keep the
export dialog's translation context, where they were first translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from kastdesk.genogram.symbols import initials
from kastdesk.report.pseudonymize import Replacement
from kastdesk.ui.common import WrappingLabel


class WithholdPanel(QWidget):
    """The names typed to withhold besides the saved list, and what will be replaced.

    ``changed`` is emitted when the typed names were edited (on Enter or leaving the
    field), so the owner recomputes the list from the core and calls :meth:`show_review`.
    With ``private`` (privacy mode on: a client may be in the room) the list shows each
    original by its initials until *Show names* is ticked: it names every relative of every
    case in the packet, and privacy mode never shows a name unasked.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, note: str = "", private: bool = False
    ) -> None:
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
        # As tall as its words at its width: a plain wrapped label kept 29 of its 92
        # pixels at 14 pt in the packet's dialog, the rest of the sentence cut off.
        self.note = WrappingLabel(note, self)
        self.note.setObjectName("muted")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.show_names = QCheckBox(QCoreApplication.translate("ExportDialog", "Show names"), self)
        self.show_names.setToolTip(QCoreApplication.translate(
            "ExportDialog", "Privacy mode is on: the list shows initials until this is ticked"))
        self.show_names.setVisible(private)
        self.show_names.setChecked(not private)
        layout.addWidget(self.show_names)
        self.review = QListWidget(self)
        self.review.setObjectName("replacementReview")
        layout.addWidget(self.review, 1)
        self._groups: list[tuple[str, list[Replacement]]] = []
        self.extra.editingFinished.connect(self.changed)
        self.show_names.toggled.connect(self._fill)

    def names(self) -> tuple[str, ...]:
        """The names typed, one per comma."""
        return tuple(n.strip() for n in self.extra.text().split(",") if n.strip())

    def show_review(self, groups: Iterable[tuple[str, Iterable[Replacement]]]) -> None:
        """List the replacements; a group with a title ("Case A") gets it as a line first,
        as the packet's cases are pseudonymized each on its own."""
        self._groups = [(title, list(replacements)) for title, replacements in groups]
        self._fill()

    def _fill(self) -> None:
        shown = self.show_names.isChecked()
        self.review.clear()
        for title, replacements in self._groups:
            if title:
                self.review.addItem(title)
            for r in replacements:
                # The client's code is what privacy mode shows anyway.
                is_code = r.source == "client" and r.original == replacements[0].original
                original = r.original if shown or is_code else initials(r.original) or "…"
                self.review.addItem(f"{'    ' if title else ''}{original}  →  {r.replacement}")
