"""Required questions: marked as errors only once it matters, named in the language's quotes.

The paper form opened with "Den här frågan behöver ett svar" under a question before
anything was typed; and the list of unanswered questions under a form (the client's too)
wrote English “…” quotes on Swedish (”…”) and Norwegian («…») screens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from kastdesk.forms import parse_definition
from kastdesk.ui.forms import FormWidget
from tests.ui.conftest import screenshot

FORM: dict[str, Any] = {
    "form_id": "marks",
    "version": 1,
    "title": "Marks",
    "description": "",
    "sections": [
        {"id": "a", "title": "A", "items": [
            {"id": "paid", "type": "yes_no", "label": "Paid for sex?", "required": True},
            {"id": "note", "type": "text", "label": "In your words", "required": True},
            {"id": "mood", "type": "text", "label": "Mood"},
        ]},
    ],
}


def _form(qtbot) -> FormWidget:  # type: ignore[no-untyped-def]
    form = FormWidget(parse_definition(FORM, "marks.json"))
    qtbot.addWidget(form)
    form.resize(700, 500)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    return form


def _move_focus(qtbot, to: QWidget) -> None:  # type: ignore[no-untyped-def]
    to.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(20)  # the row looks where focus went once it has settled


def test_nothing_is_marked_before_anything_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot)
    form.name_missing()
    assert all(form.row(i).missing.isHidden() for i in ("paid", "note", "mood"))
    assert "“Paid for sex?”; “In your words”" in form.summary.text()  # named, not marked
    screenshot(form, "form_required_named_not_marked")


def test_a_required_question_passed_by_empty_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot)
    paid = form.editor("paid").buttons()[0]
    note = form.editor("note").edit
    mood = form.editor("mood").edit
    _move_focus(qtbot, paid)
    _move_focus(qtbot, form.editor("paid").buttons()[1])  # one answer to the other: still here
    assert form.row("paid").missing.isHidden()
    _move_focus(qtbot, note)
    assert not form.row("paid").missing.isHidden()  # passed by without an answer
    assert form.row("note").missing.isHidden()  # not left yet
    qtbot.keyClicks(note, "Alone")
    _move_focus(qtbot, mood)
    assert form.row("note").missing.isHidden()  # answered
    _move_focus(qtbot, note)
    note.selectAll()
    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    _move_focus(qtbot, mood)
    assert not form.row("note").missing.isHidden()  # emptied and left
    form.set_answer("paid", True)
    assert form.row("paid").missing.isHidden()  # kept up to date
    _move_focus(qtbot, note)
    _move_focus(qtbot, mood)
    assert form.row("mood").missing.isHidden()  # not required: never marked
    screenshot(form, "form_required_passed_by")
    form.set_answers({})  # another form loaded: nothing was passed by in it yet
    assert all(form.row(i).missing.isHidden() for i in ("paid", "note", "mood"))


def test_after_an_attempt_every_gap_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot)
    form.mark_missing()
    assert not form.row("paid").missing.isHidden() and not form.row("note").missing.isHidden()


class _Catalogue(QTranslator):
    """Stands in for the catalogues until they carry the new string (tools/)."""

    def __init__(self, quotes: str) -> None:
        super().__init__()
        self.quotes = quotes

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        if context == "FormWidget" and source == "“{question}”":
            return self.quotes
        return None

    def isEmpty(self) -> bool:  # type: ignore[override]
        return False


def test_the_questions_are_quoted_as_the_language_quotes(qtbot) -> None:  # type: ignore[no-untyped-def]
    for quotes, expected in (("”{question}”", "”Paid for sex?”; ”In your words”"),
                             ("«{question}»", "«Paid for sex?»; «In your words»")):
        catalogue = _Catalogue(quotes)
        QCoreApplication.installTranslator(catalogue)
        try:
            form = _form(qtbot)
            form.mark_missing()
            assert expected in form.summary.text()
            assert "“" not in form.summary.text()
        finally:
            QCoreApplication.removeTranslator(catalogue)
