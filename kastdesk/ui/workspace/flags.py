"""Risk flags: the strip that stands out on every tab, and the dialog that raises a flag.

Suicidal thoughts, violence and a child at risk must never scroll out of sight, so the
banner sits above the tabs rather than on the overview alone.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
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
from kastdesk.ui.common import TypingDialog, plural
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
        self.kind = kind = QLabel("⚠ " + risk_label(flag.kind), self)
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
    """Active risk flags, one strip each; hidden while none is active.

    The banner stands above the tabs, so every pixel it takes is taken from every tab: one
    full strip per flag left one line of the session note with four flags in a 1024×700
    window, no tab at all with fifteen, and with eight at 1366×768 the whole case scrolled
    as one page (QA finding 3). The strips are in a list as high as two strips at most,
    which scrolls inside itself; from three flags on, a line above it names every active
    risk and how many flags there are, so what is at stake is read at a glance and no flag
    is out of mind for being a scroll away.
    """

    clear_requested = Signal(str)

    #: How many strips show whole before the list scrolls.
    SHOWN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("riskSummary")
        self.summary.setWordWrap(True)  # never widen the case
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setVisible(False)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("riskFlagList")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Tab goes to each Clear flag…, and the list scrolls to it; the list is no stop.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._list = QWidget(self.scroll)
        self._list.setObjectName("riskFlagListInner")
        self._list.setStyleSheet("QWidget#riskFlagListInner { background: transparent; }")
        self._layout = QVBoxLayout(self._list)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.scroll.setWidget(self._list)
        self.scroll.viewport().setAutoFillBackground(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(self.summary)
        box.addWidget(self.scroll)
        self.strips: list[_FlagStrip] = []
        self.setVisible(False)
        if parent is not None:
            parent.installEventFilter(self)  # its height decides the list's (``_fit``)

    def set_flags(self, flags: list[RiskFlag]) -> None:
        for strip in self.strips:
            strip.setParent(None)
            strip.deleteLater()
        self.strips = []
        for flag in flags:
            if not flag.active:
                continue
            strip = _FlagStrip(flag, self._list)
            strip.clear_button.clicked.connect(
                lambda _c=False, fid=flag.id: self.clear_requested.emit(fid)
            )
            self._layout.addWidget(strip)
            self.strips.append(strip)
        self._draw_summary()
        self.scroll.verticalScrollBar().setValue(0)
        self.setVisible(bool(self.strips))
        self._fit()

    def _draw_summary(self) -> None:
        """From three flags on: how many, and every risk among them (most serious first)."""
        count = len(self.strips)
        if count <= self.SHOWN:
            self.summary.setVisible(False)
            return
        kinds = Counter(strip.flag.kind for strip in self.strips)
        risks = [risk_label(kind) if kinds[kind] == 1
                 else self.tr("{risk} ({count})").format(risk=risk_label(kind),
                                                          count=kinds[kind])
                 for kind in RiskKind if kinds[kind]]
        self.summary.setText(self.tr("⚠ {flags}: {risks}").format(
            flags=plural(self.tr("%n active risk flag(s)", "", count), count),
            risks=", ".join(risks)))
        self.summary.setToolTip(self.tr("Scroll the flags below to read each one"))
        severe = any(strip.flag.kind in SEVERE_RISKS for strip in self.strips)
        text = (SEVERE_RISK_COLOURS if severe else OTHER_RISK_COLOURS)[1]
        self.summary.setStyleSheet(f"QLabel#riskSummary {{ color: {text}; }}")
        self.summary.setVisible(True)

    def list_height(self, width: int) -> int:
        """How high the list of strips is at ``width``: all of them, or :data:`SHOWN`."""
        if not self.strips:
            return 0
        spacing = self._layout.spacing()

        def high(strip: _FlagStrip, inner: int) -> int:
            return (strip.heightForWidth(inner) if strip.hasHeightForWidth()
                    else strip.sizeHint().height())

        whole = sum(high(s, width) for s in self.strips) + spacing * (len(self.strips) - 1)
        if len(self.strips) <= self.SHOWN:
            return whole
        # With a scroll bar beside them the strips are narrower, so a little higher.
        inner = max(1, width - self.scroll.verticalScrollBar().sizeHint().width())
        shown = self.strips[:self.SHOWN]
        return min(whole, sum(high(s, inner) for s in shown) + spacing * (len(shown) - 1))

    def least_list_height(self) -> int:
        """The least the list may shrink to where the window is short (a 14 pt font in a
        700-pixel window, where two strips made the case scroll): the first flag's risk and
        its Clear flag… button; the line above still names every risk."""
        strip = self.strips[0]
        margins = strip.layout().contentsMargins()
        row = max(strip.kind.sizeHint().height(), strip.clear_button.sizeHint().height())
        return row + margins.top() + 2 * strip.frameWidth()

    def _spare(self) -> int | None:
        """How much higher the case is than the least it can be (the tab on screen at its
        least height, the list at :meth:`least_list_height`), or None outside a case."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if parent is None or layout is None or not parent.isVisible():
            return None
        return parent.height() - layout.minimumSize().height()

    def _fit(self) -> None:
        width = self.scroll.width() if self.isVisible() else self.sizeHint().width()
        height = self.list_height(max(width, 1))
        # In a scroll area the strips could be squeezed under their least width.
        self.scroll.setMinimumWidth(self._list.minimumSizeHint().width())
        least = height
        if len(self.strips) > self.SHOWN:
            # Up to two strips whole; where the window has no room for them (a 14 pt font
            # in a 700-pixel window) the list shares what the tab on screen can spare.
            least = min(height, self.least_list_height())
            spare = self._spare()
            if spare is not None:
                height = max(least, min(height, least + spare // 4))
        if (self.scroll.minimumHeight(), self.scroll.maximumHeight()) != (least, height):
            self.scroll.setMinimumHeight(least)
            self.scroll.setMaximumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.parentWidget() and event.type() in (
                QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self.strips:
            self._fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self._fit()

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
