"""Every text box whose words are saved keeps no-break spaces: "10 000 kr" typed with them
(common in Swedish and Norwegian) came back with plain spaces, since Qt's toPlainText turns
U+00A0 into U+0020. One helper, kastdesk.ui.common.typed_text, reads them all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

import kastdesk.ui
from kastdesk.forms import parse_definition
from kastdesk.genogram import Sex
from kastdesk.store import Vault
from kastdesk.ui.common import typed_text
from kastdesk.ui.exercises.editors import _WrappingLine
from kastdesk.ui.forms import FormWidget
from kastdesk.ui.genogram import GenogramEditor
from kastdesk.ui.supervision.tab import FlagDialog
from kastdesk.ui.workspace.goals import GoalDialog

NO_BREAK = "Hon fick 10\u00a0000\u00a0kr"


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextEdit])
def test_the_helper_differs_from_to_plain_text_only_in_no_break_spaces(qtbot, kind) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs and line breaks (shift+Enter) read as newlines, as toPlainText reads them."""
    edit = kind()
    qtbot.addWidget(edit)
    edit.setPlainText(NO_BREAK + "\nrad två\u2028tre\t😀")
    assert edit.document().toRawText() != edit.toPlainText()  # what the helper is for
    assert typed_text(edit) == NO_BREAK + "\nrad två\ntre\t😀"
    assert typed_text(edit).replace("\u00a0", " ") == edit.toPlainText()


def test_pasted_rich_text_reads_as_to_plain_text_reads_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A table pasted into a rich text box: its cells' frame marks are newlines there too."""
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setHtml("<p>10&nbsp;kr</p><table><tr><td>a</td><td>b</td></tr></table><p>c<br>d</p>")
    assert typed_text(edit) == edit.toPlainText().replace("10 kr", "10\u00a0kr")


def test_no_text_box_in_the_app_reads_to_plain_text() -> None:
    """A new box read with toPlainText would lose them again: the helper is the one way."""
    root = Path(kastdesk.ui.__file__).parent
    readers = [f"{path.relative_to(root)}:{n}"
               for path in sorted(root.rglob("*.py"))
               for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
               if "toPlainText(" in line and not line.lstrip().startswith("#")]
    assert readers == []


def test_a_pasted_sentence_in_what_i_did_keeps_its_no_break_spaces(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Pasting joins lines into one sentence; no-break spaces are not line breaks to join."""
    line = _WrappingLine("")
    qtbot.addWidget(line)
    data = QMimeData()
    data.setText(" Hon fick\n10\u00a0000\u00a0kr \t av mig\n")
    line.insertFromMimeData(data)
    assert line.text() == NO_BREAK + " av mig"


def test_a_goal_keeps_them_and_unchanged_words_are_no_draft(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GoalDialog("Revise goal", "Revise", text=NO_BREAK, today=date(2026, 11, 1))
    qtbot.addWidget(dialog)
    assert dialog.draft() is None  # opened and left as it was: nothing to keep
    assert dialog.values()[0] == NO_BREAK
    dialog.text.setPlainText(NO_BREAK + " i månaden")
    assert dialog.values()[0] == NO_BREAK + " i månaden"
    assert dialog.draft()["text"] == NO_BREAK + " i månaden"


def test_a_question_for_guidance_keeps_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FlagDialog([])
    qtbot.addWidget(dialog)
    dialog.question.setPlainText(NO_BREAK + "?")
    assert dialog.draft()["question"] == NO_BREAK + "?"


def test_a_long_text_answer_in_a_form_keeps_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = FormWidget(parse_definition({
        "form_id": "t", "version": 1, "title": "T", "description": "", "sections": [
            {"id": "a", "title": "A", "items": [
                {"id": "why", "type": "text", "label": "Why", "length": "long"}]}]}, "t.json"))
    qtbot.addWidget(form)
    form.set_answer("why", NO_BREAK + "\nsen")
    assert form.answers() == {"why": NO_BREAK + "\nsen"}


def test_a_genogram_note_keeps_them(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    editor = GenogramEditor(vault, vault.add_client("K-2026-001"), today=lambda: date(2026, 11, 1))
    qtbot.addWidget(editor)
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    editor.panel.notes.setPlainText(NO_BREAK + " i arv")
    editor.panel.commit_pending()
    assert editor.model.persons[pid].notes == NO_BREAK + " i arv"
    editor.panel.notes.moveCursor(QTextCursor.MoveOperation.End)
    editor.panel.notes.insertPlainText(".")
    editor.panel.commit_pending()
    assert editor.model.persons[pid].notes == NO_BREAK + " i arv."
