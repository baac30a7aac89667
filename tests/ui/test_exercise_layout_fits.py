"""The Exercises tab fits the default 1366x768 window with the register shown, in English
and in Swedish: the title wraps instead of being cut, no button runs off the right edge and
nothing scrolls sideways (screenshots for people to look at)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractItemView, QScrollBar

from kastdesk import i18n
from kastdesk.exercises import all_exercises
from kastdesk.ui import app as app_module
from tests.ui.conftest import screenshot, unlock


@pytest.fixture(params=["en_GB", "sv_SE"])
def language(qapp, request):  # type: ignore[no-untyped-def]
    if request.param != "en_GB":
        app_module.install_translations(qapp, QLocale(request.param))
    yield request.param[:2]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    app_module.install_translations(qapp)  # as the session's fixture left it
    if request.param != "en_GB":
        i18n.set_translator(None)


def test_every_exercise_fits_1366_by_768(qtbot, language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 768)
    client = window.vault.clients()[5]  # in treatment, every exercise started
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    for exercise in all_exercises():
        tab.open_exercise(exercise.id)
        qtbot.wait(60)
        screenshot(window, f"exercise_fits_{language}_{exercise.id}")
        sideways = [bar for bar in window.findChildren(QScrollBar)
                    if bar.isVisible() and bar.maximum() > 0 and bar.orientation().name ==
                    "Horizontal" and not isinstance(bar.parentWidget().parentWidget(),
                                                    QAbstractItemView)]
        assert sideways == [], exercise.id
        page, viewport = tab.editor.page, tab.editor.scroll.viewport()
        assert page.minimumSizeHint().width() <= viewport.width(), exercise.id
        title = tab.title
        assert title.heightForWidth(title.width()) <= title.height() + 1, exercise.id
        right_edge = tab.client_button.mapTo(tab, tab.client_button.rect().topRight()).x()
        assert right_edge <= tab.width(), exercise.id
