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
