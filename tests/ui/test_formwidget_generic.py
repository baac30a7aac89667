"""The generic form widget renders any definition: every item type, conditions, required."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from kastdesk.forms import (
    EnteredBy,
    FormResponse,
    ItemType,
    get_definition,
    parse_definition,
    validate_response,
)
from kastdesk.ui.forms import FormWidget

TINY: dict[str, Any] = {
    "form_id": "tiny",
    "version": 3,
    "title": "Tiny",
    "description": "",
    "sections": [
        {"id": "a", "title": "A", "items": [
            {"id": "smokes", "type": "yes_no", "label": "Smokes?", "required": True},
            {"id": "per_day", "type": "number", "label": "Per day", "integer": True,
             "min": 0, "max": 80, "show_if": {"item": "smokes", "equals": True}},
            {"id": "mood", "type": "ordered_scale", "label": "Mood", "better": "higher",
             "choices": [
                {"id": "low", "label": "Low", "value": 1},
                {"id": "mid", "label": "Middling", "value": 2},
                {"id": "high", "label": "High", "value": 3}]},
            {"id": "since", "type": "date", "label": "Since when"},
            {"id": "places", "type": "multi_choice", "label": "Where", "choices": [
                {"id": "home", "label": "Home"}, {"id": "work", "label": "Work"},
                {"id": "car", "label": "Car"}, {"id": "pub", "label": "Pub"}]},
            {"id": "why", "type": "text", "label": "Why", "length": "long"},
        ]},
    ],
}


@pytest.fixture
def tiny(qtbot) -> FormWidget:
    widget = FormWidget(parse_definition(TINY, "tiny.json"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_every_item_type_edits_and_reads_back(qtbot, tiny: FormWidget) -> None:
    changed: list[str] = []
    tiny.answer_changed.connect(changed.append)
    assert not tiny.is_item_visible("per_day")
    qtbot.mouseClick(tiny.editor("smokes").buttons()[0], Qt.MouseButton.LeftButton)
    assert tiny.is_item_visible("per_day")
    qtbot.keyClicks(tiny.editor("per_day").edit, "120")  # the validator stops at 80
    qtbot.mouseClick(tiny.editor("mood").buttons()[1], Qt.MouseButton.LeftButton)
    tiny.editor("since").edit.setDate(QDate(2024, 5, 1))
    tiny.editor("places").boxes["pub"].click()
    tiny.editor("places").boxes["home"].click()
    qtbot.keyClicks(tiny.editor("why").edit, "Stress")
    answers = tiny.answers()
    assert answers == {
        "smokes": True, "per_day": 12, "mood": "mid", "since": "2024-05-01",
        "places": ["home", "pub"], "why": "Stress",
    }
    assert set(changed) == set(answers)
    response = FormResponse("tiny", 3, "default", QDate.currentDate().toPython(),
                            EnteredBy.THERAPIST, answers)
    assert validate_response(tiny.definition, response) == []


def test_hidden_answers_are_not_returned_and_come_back(qtbot, tiny: FormWidget) -> None:
    tiny.set_answers({"smokes": True, "per_day": 5})
    assert tiny.answers() == {"smokes": True, "per_day": 5}
    qtbot.mouseClick(tiny.editor("smokes").buttons()[1], Qt.MouseButton.LeftButton)
    assert not tiny.is_item_visible("per_day")
    assert tiny.answers() == {"smokes": False}


def test_clear_buttons_and_required_summary(qtbot, tiny: FormWidget) -> None:
    assert "1 required" in tiny.summary.text()
    assert tiny.row("smokes").label.text().endswith("*")
    tiny.set_answer("smokes", False)
    assert tiny.missing_required() == []
    assert "All required" in tiny.summary.text()
    editor = tiny.editor("smokes")
    editor._clear.click()
    assert "smokes" not in tiny.answers()
    tiny.editor("since").edit.setDate(QDate(2024, 5, 1))
    tiny.set_answers({})
    assert tiny.answers() == {}


def test_loading_does_not_count_as_editing(qtbot, tiny: FormWidget) -> None:
    changed: list[str] = []
    tiny.answer_changed.connect(changed.append)
    tiny.set_answers({"smokes": True, "mood": "high", "why": "x", "since": "2020-01-02",
                      "places": ["car"], "per_day": 3})
    assert changed == []
    assert tiny.answers()["since"] == "2020-01-02"


@pytest.mark.parametrize("form_id,variant", [("intake", None), ("self_rating", "start"),
                                             ("self_rating", "end"),
                                             ("self_rating", "follow_up")])
def test_shipped_forms_render_every_item(qtbot, form_id: str, variant: str | None) -> None:
    definition = get_definition(form_id)
    widget = FormWidget(definition, variant)
    qtbot.addWidget(widget)
    items = definition.items_for(widget.variant)
    for item in items:
        editor = widget.editor(item.id)
        assert editor.item is item
    shown = set(widget.visible_item_ids())
    assert shown and shown <= {i.id for i in items}
    kinds = {definition.items[i].type for i in shown}
    assert ItemType.YES_NO in kinds


def test_read_only_blocks_edits(qtbot, tiny: FormWidget) -> None:
    tiny.set_answers({"why": "fixed"})
    tiny.set_read_only(True)
    assert tiny.editor("why").edit.isReadOnly()
    assert not tiny.editor("smokes").buttons()[0].isEnabled()


def test_a_number_out_of_range_is_refused_and_the_answer_kept(qtbot, tiny: FormWidget) -> None:
    """81 where 0..80 are allowed: shown as refused with the range, the answer given before
    stays (it became None, and autosave then deleted the stored number)."""
    tiny.set_answers({"smokes": True, "per_day": 12})
    changed: list[str] = []
    tiny.answer_changed.connect(changed.append)
    editor = tiny.editor("per_day")
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "81")
    assert editor.edit.text() == "81"  # "8" on the way was an answer for a moment
    assert editor.refused() and tiny.answers()["per_day"] == 12 and changed[-1] == "per_day"
    assert editor.refusal.isVisible()
    assert "0 to 80" in editor.refusal.text() and "12" in editor.refusal.text()
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "8")
    assert not editor.refusal.isVisible() and tiny.answers()["per_day"] == 8
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)  # emptying the field removes the answer
    assert "per_day" not in tiny.answers() and not editor.refusal.isVisible()


def test_intake_keeps_the_stored_number_when_one_out_of_range_is_typed(
    qtbot, vault, ) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from kastdesk.forms.storage import list_responses
    from kastdesk.ui.workspace.base import WorkspaceContext
    from kastdesk.ui.workspace.intake import IntakeTab

    case = vault.add_client("K-2026-031", first_contact_date=date(2026, 11, 2))
    tab = IntakeTab(WorkspaceContext(vault, case, None))  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.show()
    tab.form.set_answer("has_children", True)
    edit = tab.form.editor("children_count").edit
    qtbot.keyClicks(edit, "3")
    tab.flush()
    for typed in ("0", "21"):
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        assert edit.text() == typed
        assert "1 to 20" in tab.form.editor("children_count").refusal.text()
        tab.flush()
        assert list_responses(case, "intake")[-1].answers["children_count"] == 3
    from tests.ui.conftest import screenshot
    screenshot(tab, "intake_number_refused")
