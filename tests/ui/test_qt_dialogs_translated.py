"""Qt's own dialogs in the app's language: "OK" in Swedish, Bokmål in the file dialog.

Qt's Swedish catalogue writes "Ok" on every standard button, and Qt ships no Bokmål
catalogue: the app falls back to Nynorsk, which misses Qt 6's file dialog labels, so the
dialog read "Look in:", "Namn", "Storleik", "Opna", "Folder" side by side. The app's small
Qt-override catalogues (resources/translations/qtextra_sv and qtextra_nb) put that right.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QMessageBox,
    QTreeView,
)

from kastdesk import i18n
from kastdesk.ui import app as app_module
from tests.ui.conftest import screenshot

NYNORSK = {"Leit i:", "Namn", "Storleik", "Sist endra", "Opna", "&Opna", "Lagra", "&Lagra",
           "Fram", "Foreldermappe", "Lag ny mappe", "Listevising", "Detaljert vising",
           "Fil&namn:", "Filer av typen:", "Variant", "Datamaskina"}
ENGLISH = {"&Look in:", "Look in:", "File &name:", "Files of &type:", "Name", "Size",
           "Date Modified", "Folder", "&Open", "Open", "&Save", "Save", "Cancel", "Back",
           "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"}


@pytest.fixture
def load_language(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    def load(name: str) -> None:
        app_module.install_translations(qapp, QLocale(name))

    yield load
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def _file_dialog(qtbot, folder: Path, save: bool = False) -> QFileDialog:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "KastDesk", str(folder), "KastDesk (*.kastsup)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as the QA saw it
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.resize(800, 460)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) > 0, timeout=5000)
    return dialog


def _visible_words(dialog: QFileDialog) -> list[str]:
    """Labels, buttons, tool tips and column headers: what the eye reads in the dialog."""
    words = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            words += [button.text(), button.toolTip()]
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    words += [model.headerData(c, view.header().orientation()) for c in range(model.columnCount())
              if not view.isColumnHidden(c)]
    return [w for w in words if w]


def test_the_file_dialog_reads_in_bokmal(qtbot, load_language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load_language("nb_NO")
    (tmp_path / "veiledning").mkdir()
    (tmp_path / "pakke.kastsup").write_bytes(b"x")
    dialog = _file_dialog(qtbot, tmp_path)
    screenshot(dialog, "nb_qt_file_dialog")
    words = _visible_words(dialog)
    for expected in ("&Søk i:", "Fil&navn:", "Fil&type:", "&Åpne", "Avbryt", "Navn",
                     "Størrelse", "Type", "Endret", "Tilbake", "Fremover", "Overordnet mappe",
                     "Opprett ny mappe", "Listevisning", "Detaljvisning"):
        assert expected in words, (expected, words)
    assert set(words) & (NYNORSK | ENGLISH) == set(), words
    model = dialog.findChild(QFileSystemModel)
    folder = model.index(str(tmp_path / "veiledning"))
    assert model.type(folder) == "Mappe"

    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert "&Lagre" in _visible_words(dialog)


def test_the_file_dialog_reads_in_swedish(qtbot, load_language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load_language("sv_SE")
    (tmp_path / "handledning").mkdir()
    dialog = _file_dialog(qtbot, tmp_path)
    screenshot(dialog, "sv_qt_file_dialog")
    words = _visible_words(dialog)
    for expected in ("&Titta i:", "Fil&namn:", "Filer av &typ:", "&Öppna", "Avbryt", "Namn"):
        assert expected in words, (expected, words)
    assert set(words) & ENGLISH == set(), words


@pytest.mark.parametrize("name", ["sv_SE", "nb_NO"])
def test_standard_buttons_say_ok_in_capitals(qtbot, load_language, name) -> None:  # type: ignore[no-untyped-def]
    """Swedish and Norwegian write "OK" (Qt's Swedish catalogue has "Ok")."""
    load_language(name)
    box = QMessageBox(QMessageBox.Icon.Information, "KastDesk", "Sparat.",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
