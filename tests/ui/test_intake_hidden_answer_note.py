"""A question whose answer hides a follow-up that holds text says so, in the form itself.

Text typed under a follow-up question is kept when an earlier answer hides the question
(tests/ui/test_intake_hidden_answers.py), but nothing on screen showed it: the therapist
could not tell that notes were waiting behind "no". A plain note under the answer to change
says so now, on the intake and on the self-rating form alike (one form widget).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kastdesk.forms import get_definition
from kastdesk.ui.forms import FormWidget

NOTES = "He said she had no keys to the flat"
NOTE_START = "A hidden follow-up question holds an answer"


@pytest.fixture
def intake(qtbot) -> FormWidget:  # type: ignore[no-untyped-def]
    form = FormWidget(get_definition("intake"), today=lambda: date(2026, 11, 1))
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    return form


def noted(form: FormWidget) -> dict[str, str]:
    """The questions showing the note now, with the note's tooltip (the hidden questions)."""
    out = {}
    for item_id in form.visible_item_ids():
        note = form.row(item_id).kept_note  # type: ignore[attr-defined]
        if note.isVisible():
            assert note.text().startswith(NOTE_START)
            out[item_id] = note.toolTip()
    return out


def test_the_answer_that_hides_typed_notes_says_so(qtbot, intake: FormWidget) -> None:  # type: ignore[no-untyped-def]
    form = intake
    form.set_answer("has_bought_sex", True)
    no, _unsure, yes = form.editor("suspected_trafficking").buttons()
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    notes = form.editor("trafficking_notes").edit  # type: ignore[attr-defined]
    notes.setFocus()
    qtbot.keyClicks(notes, NOTES)
    assert noted(form) == {}  # shown, nothing hidden

    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    got = noted(form)
    assert list(got) == ["suspected_trafficking"]
    assert "“What made the person think so?”" in got["suspected_trafficking"]
    note = form.row("suspected_trafficking").kept_note  # type: ignore[attr-defined]
    editor = form.editor("suspected_trafficking")
    assert (
        note.mapTo(form, note.rect().topLeft()).y()
        > editor.mapTo(form, editor.rect().topLeft()).y()
    )

    # The whole purchases section hidden: the note moves up to the answer to change.
    form.set_answer("has_bought_sex", False)
    assert list(noted(form)) == ["has_bought_sex"]
    assert "“What made the person think so?”" in noted(form)["has_bought_sex"]
    form.set_answer("has_bought_sex", True)
    assert list(noted(form)) == ["suspected_trafficking"]

    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert noted(form) == {}  # the notes are back on screen
    assert notes.toPlainText() == NOTES


def test_no_note_when_the_hidden_follow_up_is_empty(qtbot, intake: FormWidget) -> None:  # type: ignore[no-untyped-def]
    form = intake
    form.set_answer("has_bought_sex", True)
    form.set_answer("purchase_places", ["abroad"])
    form.set_answer("abroad_notes", "Tallinn, on work trips")
    form.set_answer("abroad_notes", None)  # wiped before the follow-up was hidden
    form.set_answer("purchase_places", ["street"])
    assert noted(form) == {}
    form.set_answer("purchase_places", ["abroad"])
    form.set_answer("abroad_notes", "Tallinn, on work trips")
    form.set_answer("purchase_places", ["street"])
    assert list(noted(form)) == ["purchase_places"]


def test_a_form_loaded_with_hidden_answers_shows_the_note(qtbot, intake: FormWidget) -> None:  # type: ignore[no-untyped-def]
    """After a lock or a restart the stored intake comes back with the notes set aside."""
    intake.set_answers(
        {"has_bought_sex": True, "suspected_trafficking": "no", "trafficking_notes": NOTES}
    )
    assert list(noted(intake)) == ["suspected_trafficking"]
    intake.set_read_only(True)  # nothing to change: no "if you change this answer"
    assert noted(intake) == {}
    intake.set_read_only(False)
    intake.set_answers({})
    assert noted(intake) == {}
