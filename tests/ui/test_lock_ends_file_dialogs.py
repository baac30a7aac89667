"""A file or print dialog open across a lock ends its action: nothing is written or read.

The system's own file and print dialogs (Windows, macOS, the GTK portal) are not Qt
windows, so the lock cannot close them; the code waiting on one carried on when the
therapist answered it after the lock, and exported the family map of a case file the lock
had closed (or printed the coping card with the app locked). Here the dialog is Qt's
static function, replaced by one that locks the window (as the idle lock would while the
system's dialog is open) and then answers with a file: what is under test is our guard.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from kastdesk.ui.main_window import MainWindow
from tests.ui.test_app_main import select_code

CODE = "K-2022-001"


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def _locking_dialog(window: MainWindow, answer: Path, asked: list[str]) -> Any:
    """A save or open dialog the vault locks under; the therapist then picks ``answer``."""

    def dialog(
        parent: Any, caption: str, start: str = "", file_filter: str = "", **_options: Any
    ) -> tuple[str, str]:
        asked.append(caption)
        assert window.lock()
        return str(answer), file_filter

    return dialog


def _map_in_window(qtbot, window: MainWindow) -> GenogramEditor:  # type: ignore[no-untyped-def]
    select_code(qtbot, window, CODE)
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").findChild(GenogramEditor)
    assert editor is not None
    return editor


@pytest.mark.parametrize("entry", ["PDF…", "PNG with initials only (supervision)…",
                                   "GEDCOM file…"])
def test_a_family_map_export_chosen_after_the_lock_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, open_window, monkeypatch, tmp_path, caplog, entry
) -> None:
    window = open_window
    editor = _map_in_window(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "exported"
    asked: list[str] = []
    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getSaveFileName",
                        _locking_dialog(window, target, asked))
    caplog.set_level(logging.ERROR)
    menu = editor.export_button.menu()
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.text() == entry]
    action.trigger()
    qtbot.wait(50)
    assert asked and window.locked
    assert list(out.iterdir()) == []  # not even a temporary file
    assert _boxes() == [] and _errors(caplog) == []


def test_a_gedcom_file_chosen_after_the_lock_is_not_read(  # type: ignore[no-untyped-def]
    qtbot, open_window, monkeypatch, tmp_path
) -> None:
    from kastdesk.ui.genogram.editor import GedcomImportDialog

    window = open_window
    editor = _map_in_window(qtbot, window)
    gedcom = tmp_path / "family.ged"
    gedcom.write_text("0 HEAD\n0 @I1@ INDI\n1 NAME Ottilia /Vranck/\n0 TRLR\n", "utf-8")
    asked: list[str] = []
    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getOpenFileName",
                        _locking_dialog(window, gedcom, asked))
    dialog = GedcomImportDialog(editor)
    qtbot.addWidget(dialog)
    dialog._browse()
    assert asked and window.locked
    assert dialog.path.text() == "" and dialog._reads == 0  # never read


def test_an_export_whose_case_closed_during_the_dialog_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, monkeypatch, tmp_path
) -> None:
    """The map's case file closed while the dialog was open (its window closed, the client
    changed): nothing is exported from it."""
    case = vault.add_client("K-2026-031", name="Ottilia Vranck")
    editor = GenogramEditor(vault, case)
    qtbot.addWidget(editor)
    assert editor.add_person(Sex.FEMALE) is not None
    target = tmp_path / "map.svg"

    def dialog(parent: Any, caption: str, start: str, file_filter: str,
               **_options: Any) -> tuple[str, str]:
        vault.close_case(case.client_id)
        return str(target), file_filter

    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getSaveFileName", dialog)
    editor._export_dialog("svg", initials_only=False)
    assert not target.exists()
    assert _boxes() == []


def test_the_coping_card_is_not_printed_after_a_lock(  # type: ignore[no-untyped-def]
    qtbot, open_window, monkeypatch, tmp_path, caplog
) -> None:
    window = open_window
    select_code(qtbot, window, CODE)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    tab.open_exercise("coping_plan")
    tab.start_button.click()
    assert tab.editor is not None and tab.editor.exercise_id == "coping_plan"
    card = tmp_path / "card.pdf"
    asked: list[int] = []

    def exec_(dialog: QPrintDialog) -> int:
        # The therapist picks "print to a PDF file" once the vault has locked.
        asked.append(1)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(card))
        assert window.lock()
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    caplog.set_level(logging.ERROR)
    tab.editor.print_button.click()
    qtbot.wait(50)
    assert asked and window.locked
    assert not card.exists()
    assert _boxes() == [] and _errors(caplog) == []
