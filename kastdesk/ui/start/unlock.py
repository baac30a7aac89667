"""The unlock screen: passphrase, a growing delay after failures, the recovery-key path."""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import Vault, WrongPassphrase, attempts
from kastdesk.ui.common import Task, WrappingLabel, error_text, plural, run_in_thread
from kastdesk.ui.link import LinkButton

#: The start screens' card: never narrower (the passphrase row), never wider (a line of
#: text too long to read); its links wrap within it.
CARD_MIN_WIDTH = 460
CARD_MAX_WIDTH = 640

# Failures allowed before the first pause; the pause then doubles, up to this cap.
FREE_ATTEMPTS = 2
MAX_DELAY_S = 300


def centred(card: QWidget) -> QHBoxLayout:
    """A row with ``card`` in its middle, as wide as the card's words need within its bounds.

    Stretches either side, not ``AlignHCenter``: an aligned item is measured for height at
    the whole row's width, so a card narrower than the window got the height of fewer lines
    than its wrapped text had, and the text ran under the buttons.
    """
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    return row


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases: 0, 0, 1, 2, 4, 8 … capped.

    Argon2 already makes each guess slow; the pause stops someone at the keyboard
    from simply trying a list while the therapist is out of the room.
    """
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS - 1))


def pause_left(folder: Path) -> tuple[int, int]:
    """(failures counted for the vault in ``folder``, seconds of pause still to wait).

    The count is kept beside vault.json (kastdesk.store.attempts) by every failed unlock,
    the command line's too, and cleared by the next successful one: quitting and starting
    KastDesk again no longer started the pause over at nothing.
    """
    counted = attempts.read(folder)
    since = counted.seconds_since_last()
    if not counted.count or since is None:
        return counted.count, 0
    return counted.count, max(0, math.ceil(delay_after(counted.count) - since))


class Countdown(QObject):
    """The pause after wrong passphrases, counted down a second at a time.

    ``ticked(seconds)`` says what is left after each second; ``over`` when it is done. The
    unlock screen and the create wizard's recovery-key page each kept the same timer and
    counter of their own.
    """

    ticked = Signal(int)
    over = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def start(self, seconds: int) -> None:
        self.remaining = max(0, seconds)
        if self.remaining:
            self._timer.start()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.ticked.emit(self.remaining)
            return
        self._timer.stop()
        self.remaining = 0
        self.over.emit()


class UnlockScreen(QWidget):
    """Asks for the passphrase; emits ``unlocked(vault)`` once the vault is open."""

    unlocked = Signal(object)

    def __init__(
        self, folder: Path, *, demo_passphrase: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.folder = Path(folder)
        self.failures = 0
        self._resumed = False  # the pause is one a failure before this screen began
        self._task: Task | None = None
        # Set while a lock holds the vault open behind this screen because what was typed
        # could not be saved yet: the passphrase is checked against that vault (its folder
        # may be out of reach), and ``unlocked`` then hands the same vault on.
        self.held: Vault | None = None
        self._countdown = Countdown(self)
        self._countdown.ticked.connect(lambda _seconds: self._show_countdown())
        self._countdown.over.connect(self._pause_over)

        card = QFrame(self)
        card.setObjectName("startCard")
        # As wide as its words need, within bounds: a fixed 460 pixels cut the recovery link
        # in Swedish and at a larger font; past the widest, the link wraps instead.
        card.setMinimumWidth(CARD_MIN_WIDTH)
        card.setMaximumWidth(CARD_MAX_WIDTH)
        self.card = card
        title = QLabel(self.tr("KastDesk"), card)
        title.setObjectName("startTitle")
        subtitle = QLabel(self.tr("Enter your passphrase to open the vault."), card)
        subtitle.setWordWrap(True)
        folder_label = QLabel(card)
        folder_label.setObjectName("muted")
        folder_label.setToolTip(str(self.folder))
        # Temp and profile paths are long: elide the middle, the ends say which vault.
        folder_label.setText(folder_label.fontMetrics().elidedText(
            str(self.folder), Qt.TextElideMode.ElideMiddle, 390))

        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)

        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        # As tall as its text: a two-line message (a damaged vault, in Swedish) was cut.
        self.message = WrappingLabel("", card)
        self.message.setObjectName("unlockMessage")
        self.message.setProperty("role", "error")

        self.demo_hint = QLabel(card)
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setTextFormat(Qt.TextFormat.RichText)
        if demo_passphrase:
            # Two short lines, no wrapping: a wrapped label in a fixed card gets clipped.
            self.demo_hint.setText(
                self.tr("A demo vault with fictional clients only.")
                + "<br>" + self.tr("Demo passphrase: {passphrase}").format(
                    passphrase=f"<b>{html.escape(demo_passphrase)}</b>")
            )
        self.demo_hint.setVisible(bool(demo_passphrase))

        self.recover_button = LinkButton(
            self.tr("Forgot your passphrase? Use the recovery key…"), card
        )
        self.recover_button.clicked.connect(self.open_recovery)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addWidget(folder_label)
        inner.addSpacing(8)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        inner.addWidget(self.demo_hint)
        inner.addSpacing(8)
        inner.addWidget(self.recover_button)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centred(card))
        outer.addStretch(3)
        self._resume_pause()

    # -- unlocking ------------------------------------------------------------------
    def reset(self) -> None:
        """Back to an empty field, ready for the therapist (after a lock)."""
        self.passphrase.clear()
        if not self._countdown.remaining:
            self.message.clear()
            self._resume_pause()  # failures from the command line meanwhile count too
        self.passphrase.setFocus()

    def _resume_pause(self) -> None:
        """Take up the count of failures (and what is left of the pause) where an earlier
        run of KastDesk, or the command line, left it."""
        counted, left = pause_left(self.folder)
        self.failures = max(self.failures, counted)
        if left and not self._countdown.remaining:
            self._resumed = True
            self._start_delay(left)

    @property
    def working(self) -> bool:
        """Whether a passphrase typed here is being checked now."""
        return self._task is not None

    @property
    def waiting(self) -> bool:
        return self._countdown.remaining > 0

    def try_unlock(self) -> None:
        if self._task is not None or self.waiting:
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Enter your passphrase."))
            return
        self._set_busy(True)
        folder = self.folder
        held = self.held

        def work(_progress: object) -> Vault:
            if held is None:
                return Vault.unlock(folder, text)
            held.confirm_passphrase(text)
            return held

        self._task = run_in_thread(
            self, work, self._unlocked, on_failed=self._failed, show_progress=False,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.waiting)
        if busy:
            self.message.setText(self.tr("Unlocking…"))

    def _unlocked(self, vault: object) -> None:
        self._task = None
        self.failures = 0
        self._set_busy(False)
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            # The store counted it in the vault folder (with any from elsewhere); where the
            # folder takes no file, the count here goes on all the same.
            self.failures = max(self.failures + 1, attempts.read(self.folder).count)
            self._resumed = False
            self._start_delay(delay_after(self.failures))
            if not self.waiting:
                self.message.setText(exc.message)
        else:
            self.message.setText(error_text(exc))

    def _start_delay(self, seconds: int) -> None:
        self._countdown.start(seconds)
        if seconds:
            self.unlock_button.setEnabled(False)
            self._show_countdown()

    def _show_countdown(self) -> None:
        seconds = self._countdown.remaining
        if self._resumed:  # nothing was typed on this screen: say why it waits
            self.message.setText(plural(self.tr(
                "The passphrase was wrong {failures} times in a row; you can try again in "
                "%n second(s).", "", seconds), seconds).format(failures=self.failures))
            return
        self.message.setText(
            plural(self.tr("The passphrase is not correct. Check Caps Lock; "
                           "you can try again in %n second(s).", "", seconds), seconds)
        )

    def _pause_over(self) -> None:
        self._resumed = False
        self.unlock_button.setEnabled(True)
        self.message.setText(self.tr("Try again."))

    # -- recovery -------------------------------------------------------------------
    def open_recovery(self) -> None:
        from kastdesk.ui.start.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.folder, self)
        dialog.recovered.connect(self._recovered)
        dialog.open()

    def _recovered(self, vault: object) -> None:
        self.failures = 0
        self.message.clear()
        self.unlocked.emit(vault)

