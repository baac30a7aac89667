"""The app in Swedish and Norwegian: every workspace tab translated and drawn (screenshots)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

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
    # Tooltips write shortcuts as the menus do in this language (sv: "Ctrl+Skift+P").
    from PySide6.QtGui import QKeySequence

    keys = window.privacy_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys in window.privacy_action.toolTip()
    # Each register heading fits its column ("Senaste kontakt" was cut to "enaste kor").
    table = window.register.table
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        if title and not header.isSectionHidden(column):
            need = header.fontMetrics().horizontalAdvance(title)
            assert header.sectionSize(column) >= need, title
    select_code(qtbot, window, "K-2022-001")
    tabs = window.workspace.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert language[1] in titles and language[2] in titles, titles
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(50)
        screenshot(window, f"{code}_tab_{i}")
        assert _clipped(window) == [], titles[i]


def test_new_family_map_translated(qtbot, language, vault) -> None:  # type: ignore[no-untyped-def]
    """A new map in each language: the hint, the client's role, a panel nothing is cut from."""
    from PySide6.QtWidgets import QCheckBox

    from kastdesk.genogram.model import Sex
    from tests.ui.test_genogram_editor import open_new_map

    ws, editor = open_new_map(qtbot, vault, "K-2026-003")
    assert "GEDCOM" in editor.empty_hint.text() and "Start with" not in editor.empty_hint.text()
    pid = editor.add_person(Sex.MALE)
    editor.add_parents(pid)
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    assert editor.model.persons[pid].role == "klient"
    father = next(p for p in editor.model.parents_of(pid)
                  if editor.model.persons[p].sex is Sex.MALE)
    assert editor.model.persons[father].role == "far"
    screenshot(ws, f"{language[0][:2]}_genogram_new_map")
    assert _clipped(ws) == []
    cut = [box.text() for box in editor.panel.findChildren(QCheckBox) if box.isVisible()
           and box.sizeHint().width() > box.width() + 1]
    assert cut == []
    ws.clear()


def test_demo_family_maps_speak_the_users_language(language) -> None:  # type: ignore[no-untyped-def]
    """The demo's roles were English on a Swedish or Norwegian screen (privacy mode shows
    the roles): "father", "maternal grandmother"."""
    import random

    from kastdesk.genogram.demo import make_demo_genogram

    g = make_demo_genogram(random.Random(4), "Erik Berg", "male")
    roles = {p.role for p in g.persons.values() if p.role}
    assert "far" in roles and "father" not in roles and "mother" not in roles
