"""The app in Swedish and Norwegian: every workspace tab translated and drawn (screenshots)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kastdesk import i18n
from kastdesk.ui import app as app_module
from tests.ui.conftest import screenshot
from tests.ui.test_app_main import select_code
from tests.ui.test_translated_dialogs import _clipped


@pytest.fixture(params=[("sv_SE", "Övningar", "Familjekarta"), ("nb_NO", "Øvelser", "Familiekart")])
def language(qapp, request):  # type: ignore[no-untyped-def]
    app_module.install_translations(qapp, QLocale(request.param[0]))
    yield request.param
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def test_workspace_tabs_translated(qtbot, language, main_window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import unlock

    window = main_window
    window.resize(1440, 900)
    qtbot.wait(30)
    screenshot(window, f"{language[0][:2]}_unlock")
    assert _clipped(window) == []
    unlock(qtbot, window)
    window.resize(1440, 900)
    code = language[0][:2]
    screenshot(window, f"{code}_register")
    select_code(qtbot, window, "K-2022-001")
    tabs = window.workspace.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert language[1] in titles and language[2] in titles, titles
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(50)
        screenshot(window, f"{code}_tab_{i}")
        assert _clipped(window) == [], titles[i]
