"""Links and start screens show all their words in Swedish, Norwegian and at a 14-point font.

The unlock card was 460 pixels whatever it held: "Forgot your passphrase? Use the recovery
key…" was cut in Swedish at 14 pt (1366×768) and in English at 14 pt (1024×700), and the
screen for a vault that was not found cut "Choose the vault folder…". The restore dialog's
"Passphrase changed or forgotten? Use the recovery key…" was cut in Norwegian at the usual
font and in English at 14 pt. Links now wrap; the cards are as wide as their words need.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication

from kastdesk import i18n
from kastdesk.ui import app as app_module
from kastdesk.ui.backup import RestoreDialog
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.start.missing import MissingVaultScreen
from tests.conftest import ANCHOR
from tests.ui.conftest import screenshot


def shows_whole(button: QAbstractButton) -> bool:
    """All of the button's words are on screen: on one line, or wrapped within its height."""
    if button.sizeHint().width() <= button.width():
        return True
    return button.hasHeightForWidth() and \
        button.heightForWidth(button.width()) <= button.height()


@pytest.fixture
def speaking(qapp) -> Iterator[Callable[[str, int | None], None]]:  # type: ignore[no-untyped-def]
    """``speaking(locale, points)``: KastDesk in that language and font size from now on."""
    old_font = QFont(qapp.font())

    def use(locale: str, points: int | None) -> None:
        if locale != "en_GB":
            app_module.install_translations(qapp, QLocale(locale))
        if points is not None:
            font = QFont(old_font)
            font.setPointSize(points)
            qapp.setFont(font)

    yield use
    qapp.setFont(old_font)
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    app_module.install_translations(qapp)  # as the session's fixture left it
    i18n.set_translator(None)


@pytest.mark.parametrize(("locale", "points", "size"), [
    ("sv_SE", 14, (1366, 768)),
    ("en_GB", 14, (1024, 700)),
    ("nb_NO", 14, (1024, 700)),
    ("sv_SE", None, (1024, 700)),
])
def test_the_recovery_link_on_the_unlock_screen_is_whole(  # type: ignore[no-untyped-def]
        qtbot, speaking, demo_vault: Path, locale: str, points: int | None,
        size: tuple[int, int]) -> None:
    speaking(locale, points)
    window = MainWindow(demo_vault, today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    screen = window.unlock_screen
    screenshot(window, f"unlock_link_{locale}_{points or 'usual'}_{size[0]}")
    link = screen.recover_button
    assert link.isVisible() and shows_whole(link), (link.width(), link.sizeHint().width())
    card = link.parentWidget()
    assert link.geometry().right() < card.contentsRect().right()
    assert window.unlock_screen.passphrase.width() > 0
    window.close()


def test_the_missing_vault_screen_shows_its_buttons_whole(qtbot, speaking, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    speaking("en_GB", 14)
    screen = MissingVaultScreen(tmp_path / "moved away")
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    QApplication.processEvents()
    screenshot(screen, "missing_vault_14pt")
    for button in (screen.choose_button, screen.create_button):
        assert shows_whole(button), button.text()
        card = button.parentWidget()
        assert button.geometry().right() <= card.contentsRect().right(), button.text()
    text = screen.explanation
    assert text.geometry().bottom() < screen.choose_button.geometry().top()


@pytest.mark.parametrize(("locale", "points"), [("nb_NO", None), ("en_GB", 14)])
def test_the_restore_dialogs_recovery_link_is_whole(  # type: ignore[no-untyped-def]
        qtbot, speaking, demo_vault: Path, locale: str, points: int | None) -> None:
    speaking(locale, points)
    dialog = RestoreDialog(demo_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(30)  # the dialog takes its height once its texts know their width
    screenshot(dialog, f"restore_link_{locale}_{points or 'usual'}")
    for on in (False, True):
        dialog.use_recovery_key(on)
        qtbot.wait(30)
        link = dialog.switch_button
        assert shows_whole(link), (on, link.width(), link.sizeHint().width())
        assert link.geometry().right() <= dialog.contentsRect().right()
        assert link.geometry().bottom() <= dialog.check_button.geometry().top()
