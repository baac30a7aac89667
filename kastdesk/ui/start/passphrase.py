"""A new passphrase typed twice, with a strength hint: shared by create and recover."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from kastdesk.store import passphrase_strength
from kastdesk.store.crypto import passphrase_problem


class NewPassphrase(QWidget):
    """Two password fields; ``valid`` once both match and the store's rule accepts the first.

    The rule is the store's own (``passphrase_problem``), so the button is never enabled
    for a passphrase the vault would then refuse.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.match = QLabel(self)
        self.match.setObjectName("matchHint")
        self.match.setProperty("role", "error")
        rule = QLabel(self.tr(
            "Use at least ten characters. A few unrelated words are strong and easy to "
            "remember. There is no way to open the vault without it, except the recovery key."
        ), self)
        rule.setWordWrap(True)
        rule.setObjectName("muted")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form  # a dialog may add its own rows (the current passphrase) in line
        form.addRow(rule)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    @property
    def text(self) -> str:
        return self.first.text()

    @property
    def valid(self) -> bool:
        text = self.first.text()
        return passphrase_problem(text) is None and text == self.second.text()

    def _update(self) -> None:
        text = self.first.text()
        score, hint = passphrase_strength(text) if text else (0, "")
        problem = passphrase_problem(text) if text else None
        # Long enough, yet refused ("aaaaaaaaaa", ten spaces): say why, not just "Weak".
        # A passphrase still being typed keeps the quieter "Too short" hint.
        refused = problem is not None and score > 0
        if refused:
            score, hint = 0, problem
        self.hint.setProperty("role", "error" if refused else "")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        self.meter.setValue(score)
        self.meter.setProperty("score", score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.hint.setText(hint)
        repeat = self.second.text()
        if repeat and repeat != text:
            self.match.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.match.clear()
        self.changed.emit()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
