"""Intake notes typed under a follow-up question survive a mis-click that hides it.

QA: "suspected trafficking" yes, notes typed and autosaved, a click on "no", a lock and an
unlock, "yes" again: the notes were gone from every stored version (the autosave replaced
the newest version with the shown answers only). They are kept now, but not shown, not
counted and not printed while the question they follow hides them.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from kastdesk.forms.storage import list_responses
from kastdesk.report.export import ExportOptions, export_case_summary
from tests.ui.conftest import unlock

MARK = "ZZMARKNOTES she had no keys to the flat, he said"


def _intake_tab(qtbot, window):  # type: ignore[no-untyped-def]
    window.workspace.set_current_tab("intake")
    tab = window.workspace.tab("intake")
    qtbot.waitUntil(tab.isVisible)
    return tab


def _pdf_text(window, tmp_path: Path, name: str) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    export_case_summary(window.vault, window.case.client_id, out,
                        ExportOptions(sections=("profile",)))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


def test_notes_under_a_hidden_follow_up_come_back_after_lock_and_are_not_printed(
    qtbot, open_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = open_window
    client_id = window.vault.clients()[0].id
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
    tab = _intake_tab(qtbot, window)
    form = tab.form
    form.set_answer("has_bought_sex", True)
    form.set_answer("suspected_trafficking", "yes")
    notes = form.editor("trafficking_notes").edit
    assert form.is_item_visible("trafficking_notes")
    notes.setFocus()
    qtbot.keyClicks(notes, MARK)
    qtbot.waitUntil(lambda: tab.saved_label.text().startswith("Saved"), timeout=3_000)
    assert list_responses(window.case, "intake")[-1].answers["trafficking_notes"] == MARK

    no = form.editor("suspected_trafficking").buttons()[0]
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)  # the mis-click
    assert not form.is_item_visible("trafficking_notes")
    qtbot.waitUntil(lambda: not tab.has_unsaved_changes(), timeout=3_000)
    assert "trafficking_notes" not in form.answers()  # not counted while hidden
    stored = list_responses(window.case, "intake")[-1].answers
    assert stored["suspected_trafficking"] == "no" and stored["trafficking_notes"] == MARK
    assert "ZZMARKNOTES" not in _pdf_text(window, tmp_path, "hidden.pdf")

    window.lock()
    assert window.locked
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
    tab = _intake_tab(qtbot, window)
    form = tab.form
    assert not form.is_item_visible("trafficking_notes")
    yes = form.editor("suspected_trafficking").buttons()[2]  # no, unsure, yes
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert form.is_item_visible("trafficking_notes")
    assert form.editor("trafficking_notes").edit.toPlainText() == MARK  # simply back
    assert form.answers()["trafficking_notes"] == MARK
    tab.flush()
    assert MARK in _pdf_text(window, tmp_path, "shown.pdf")
