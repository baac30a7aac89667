"""The generic form widget renders any definition: every item type, conditions, required."""

from __future__ import annotations

from datetime import date
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
    qtbot.keyClicks(tiny.editor("since").edit, "2024-05-01")
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
    qtbot.keyClicks(tiny.editor("since").edit, "2024-05-01")
    assert tiny.answers()["since"] == "2024-05-01"
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


TODAY = date(2026, 12, 3)


@pytest.fixture
def dated(qtbot) -> FormWidget:
    widget = FormWidget(parse_definition(TINY, "tiny.json"), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("how", ["click", "select all", "home"])
def test_a_typed_date_is_stored(qtbot, dated: FormWidget, how: str) -> None:
    """"2026-02-18" typed after a click, Ctrl+A or Home is the answer (the empty "—" of a
    date edit swallowed it: '—20260218' and no answer)."""
    edit = dated.editor("since").edit
    assert edit.text() == "" and "since" not in dated.answers()
    if how == "click":
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    elif how == "select all":
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "2026-02-18")
    assert edit.text() == "2026-02-18" and dated.answers()["since"] == "2026-02-18"
    assert not dated.editor("since").refusal.isVisible()


def test_a_date_stays_empty_until_a_real_one_and_arrows_start_at_today(
        qtbot, dated: FormWidget) -> None:
    editor = dated.editor("since")
    edit = editor.edit
    qtbot.keyClicks(edit, "2026-0")  # half typed: no answer, no scolding yet
    assert "since" not in dated.answers() and not editor.refusal.isVisible()
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # was 1901-01-01
    assert edit.text() == "2026-12-03"  # today; never a day in the future
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert dated.answers()["since"] == "2026-12-02"
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert dated.answers()["since"] == "2026-11-02"
    editor._on_clear()
    assert "since" not in dated.answers() and edit.text() == ""
    calendar = editor.show_calendar()  # opened at January 1900
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    assert calendar.maximumDate() == QDate(2026, 12, 3)
    calendar.clicked.emit(QDate(2026, 2, 18))
    assert not calendar.isVisible() and dated.answers()["since"] == "2026-02-18"
    calendar = editor.show_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 2)
    calendar.hide()
    edit.selectAll()
    qtbot.keyClicks(edit, "20250301")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2025-03-01" and dated.answers()["since"] == "2025-03-01"


@pytest.mark.parametrize("typed,says", [("2027-01-01", "future"), ("1899-12-31", "1900"),
                                        ("2026-02-30", "YYYY-MM-DD")])
def test_a_date_before_1900_in_the_future_or_no_date_is_refused(
        qtbot, dated: FormWidget, typed: str, says: str) -> None:
    dated.set_answers({"since": "2025-05-01"})
    editor = dated.editor("since")
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, typed)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.edit.text() == typed  # what was typed stays on screen, to be corrected
    assert dated.answers()["since"] == "2025-05-01"  # the answer given before stays
    assert editor.refusal.isVisible() and says in editor.refusal.text()
    assert "2025-05-01" in editor.refusal.text()


def test_the_empty_date_field_shows_its_whole_placeholder(qtbot, dated: FormWidget) -> None:
    edit = dated.editor("since").edit
    assert edit.text() == "" and edit.placeholderText() == "YYYY-MM-DD"
    assert edit.width() >= edit.fontMetrics().horizontalAdvance("YYYY-MM-DD") + 8
