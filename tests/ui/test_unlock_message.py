"""The unlock screen's message is as tall as its text: a second line was cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kastdesk.store.errors import VaultDamaged
from tests.ui.conftest import screenshot

SWEDISH = ("Valvets inställningsfil (vault.json) är skadad. Återställ valvet från en "
           "säkerhetskopia.")


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def test_a_two_or_three_line_message_is_shown_whole(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    screen = main_window.unlock_screen
    message = screen.message
    for text in (SWEDISH, SWEDISH + " " + SWEDISH, VaultDamaged().message):
        message.setText(text)
        _settle(qtbot)
        needed = message.heightForWidth(message.width())
        assert needed > message.fontMetrics().lineSpacing()  # really more than one line
        assert message.height() >= needed, (text, message.height(), needed)
        card = message.parentWidget()
        assert message.geometry().bottom() < card.contentsRect().bottom()
    screenshot(main_window, "unlock_long_message")
    message.clear()
    _settle(qtbot)
    assert message.height() <= message.fontMetrics().lineSpacing() + 4


def test_a_label_given_its_text_before_it_is_laid_out_is_not_left_tall(qtbot) -> None:  # type: ignore[no-untyped-def]
    """QLabel counts its minimum height into its height-for-width: the first (narrow,
    unlaid) measure must not stick once the label has its real width."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from kastdesk.ui.common import WrappingLabel

    host = QWidget()
    qtbot.addWidget(host)
    host.setFixedWidth(400)
    label = WrappingLabel(SWEDISH, host)
    layout = QVBoxLayout(host)
    layout.addWidget(label)
    layout.addStretch(1)
    host.resize(400, 300)
    host.show()
    _settle(qtbot)
    assert label.width() > 300
    lines = 2 if label.fontMetrics().horizontalAdvance(SWEDISH) < 2 * label.width() else 3
    assert label.height() <= lines * label.fontMetrics().lineSpacing() + 4
