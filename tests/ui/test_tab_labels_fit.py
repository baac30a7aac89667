"""Tab labels are drawn whole: the ring of Å, the dots of Ö and Ø, the descenders of g, j, p.

Fusion drew an unselected tab 2 px lower and cut those 2 px off its one-line text box, so
the workspace read "Oversikt" and "Ovningar" in Swedish (the QA pass at 1366×768). The
house style makes tabs taller by that shift (kastdesk.ui.style.HouseStyle).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabBar

from kastdesk import i18n
from kastdesk.ui import app as app_module
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code


@pytest.fixture(params=["sv_SE", "nb_NO"])
def language(qapp, request):  # type: ignore[no-untyped-def]
    app_module.install_translations(qapp, QLocale(request.param))
    yield request.param[:2]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def _cut_tabs(bar: QTabBar) -> list[str]:
    """Tabs whose text box (where the style draws, clipping to it) is lower than a line."""
    cut = []
    style = bar.style()
    for index in range(bar.count()):
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        box = style.subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        if box.height() < option.fontMetrics.height():
            cut.append(f"{bar.tabText(index)}: {box.height()} px < {option.fontMetrics.height()}")
    return cut


def test_tab_text_fits_selected_or_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Any tab bar in the house style, in document mode or not, large font or small."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    for document_mode in (True, False):
        for points in (7.0, 9.0, 14.0):
            tabs = QTabWidget()
            qtbot.addWidget(tabs)
            tabs.setDocumentMode(document_mode)
            font = tabs.font()
            font.setPointSizeF(points)
            tabs.setFont(font)
            for title in ("Översikt", "Mål", "Självskattning", "Øvelser", "Kapitteljåpg"):
                tabs.addTab(QWidget(), title)
            tabs.show()
            assert _cut_tabs(tabs.tabBar()) == [], (document_mode, points)


def test_workspace_tabs_show_their_whole_text(qtbot, language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 768)
    select_code(qtbot, window, "K-2022-001")
    tabs = window.workspace.tabs
    for index in (0, 4):  # each tab is once selected and once not
        tabs.setCurrentIndex(index)
        qtbot.wait(30)
        assert _cut_tabs(tabs.tabBar()) == []
    screenshot(tabs.tabBar(), f"{language}_workspace_tab_bar")
