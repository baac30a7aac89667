"""Risk flags: the strip that stands out on every tab, and the dialog that raises a flag.

Suicidal thoughts, violence and a child at risk must never scroll out of sight, so the
banner sits above the tabs rather than on the overview alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import (
    OTHER_RISK_COLOURS,
    SEVERE_RISK_COLOURS,
    SEVERE_RISKS,
    RiskFlag,
    RiskKind,
)
from kastdesk.ui.common import TypingDialog
from kastdesk.ui.workspace.common import fmt_stamp, risk_label


class _FlagStrip(QFrame):
    def __init__(self, flag: RiskFlag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        background, border, text = (
            SEVERE_RISK_COLOURS if flag.kind in SEVERE_RISKS else OTHER_RISK_COLOURS
        )
        self.setObjectName("riskFlag")
        self.setStyleSheet(
            f"QFrame#riskFlag {{ background: {background}; border: 1px solid {border};"
            f" border-left: 6px solid {border}; border-radius: 3px; }}"
            f" QFrame#riskFlag QLabel {{ color: {text}; background: transparent; }}"
        )
        # The risk and its button on one line, what was said under them across the whole
        # strip: beside the risk and the button the note had a narrow column left, one or
        # two words a line, and at 14 pt the strip took 380 pixels of a 700-pixel window.
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.setVerticalSpacing(2)
        kind = QLabel("⚠ " + risk_label(flag.kind), self)
        font = kind.font()
        font.setBold(True)
        kind.setFont(font)
        layout.addWidget(kind, 0, 0)
        detail = self.tr("raised {when} by {who}").format(
            when=fmt_stamp(flag.set_at), who=flag.set_by or "—"
        )
        if flag.note:
            detail += " · " + flag.note
        self.detail = QLabel(detail, self)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setWordWrap(True)  # a long note must wrap, never widen the window
        layout.addWidget(self.detail, 1, 0, 1, 2)
        self.clear_button = QPushButton(self.tr("Clear flag…"), self)
        self.clear_button.setToolTip(self.tr("The risk no longer applies"))
        layout.addWidget(self.clear_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 1)


class RiskBanner(QWidget):
    """Active risk flags, one strip each; hidden while none is active."""

    clear_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.strips: list[_FlagStrip] = []
        self.setVisible(False)

    def set_flags(self, flags: list[RiskFlag]) -> None:
        for strip in self.strips:
            strip.setParent(None)
            strip.deleteLater()
        self.strips = []
        for flag in flags:
            if not flag.active:
                continue
            strip = _FlagStrip(flag, self)
            strip.clear_button.clicked.connect(
                lambda _c=False, fid=flag.id: self.clear_requested.emit(fid)
            )
            self._layout.addWidget(strip)
            self.strips.append(strip)
        self.setVisible(bool(self.strips))

    def texts(self) -> list[str]:
        """What each strip says (for the overview and tests)."""
        return [f"{risk_label(s.flag.kind)} {s.detail.text()}" for s in self.strips]


class RaiseFlagDialog(TypingDialog):
    """Choose the kind of risk and, optionally, a short note on what was said.

    Escape, Cancel or closing the window asks before the note or the choice is discarded.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise risk flag"))
        self.kind = QComboBox(self)
        for kind in (RiskKind.SUICIDAL, RiskKind.VIOLENCE, RiskKind.CHILD_AT_RISK,
                     RiskKind.OTHER):
            self.kind.addItem(risk_label(kind), kind)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What was said or seen (optional)"))
        self.note.setMinimumWidth(340)
        form = QFormLayout()
        form.addRow(self.tr("&Risk:"), self.kind)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Raise flag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.remember_as_opened()

    def chosen(self) -> tuple[RiskKind, str]:
        return RiskKind(self.kind.currentData()), self.note.text().strip()

    draft_key = ""  # set by the opener: kept through a lock (kastdesk.ui.drafts)

    def draft(self) -> dict[str, Any] | None:
        """The risk chosen and the note typed, once either was touched."""
        if not self.note.text().strip() and self.kind.currentIndex() == 0:
            return None
        return {"kind": str(RiskKind(self.kind.currentData()).value), "note": self.note.text()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        index = self.kind.findData(RiskKind(data["kind"])) if data.get("kind") in {
            k.value for k in RiskKind} else -1
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.note.setText(str(data.get("note", "")))
