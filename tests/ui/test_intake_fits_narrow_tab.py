"""The form widget never scrolls sideways: in a 1024×700 window at a 14-point font the
Intake tab (520 pixels beside the register), the Self-rating paper-form dialog and the
"Fill in with the client" view show every question whole, in English, Swedish and
Norwegian, at 14 pt and at the normal font.

The intake's page was 852 pixels wide in a 524-pixel view at 14 pt (600 even at the
normal font): the multiple choices stood in two columns as wide as their longest answers,
check boxes and radio buttons drew their words on one line, so the form scrolled sideways
inside itself, the intro was cut after "Svaren" and the right column of choices lay off
screen. Choices now take two columns only where two fit, one where not, and their words
wrap; a wide window keeps its two columns.
Screenshots: artifacts/screenshots/<lang>_<font>_1024x700_form_<view>.png.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from kastdesk.forms import Condition, FormDefinition, ItemType, get_definition
from kastdesk.ui.forms import FormWidget
from kastdesk.ui.forms.choices import ChoicesLayout
from tests.ui.conftest import screenshot, unlock, when_modal
from tests.ui.test_app_main import select_code
from tests.ui.test_exercise_texts_fit import placeholder_room
from tests.ui.test_fits_1024 import _needs, _room
from tests.ui.test_genogram_tab_fits_700 import UNFLAGGED


def _satisfy(condition: Condition, definition: FormDefinition, answers: dict[str, Any]) -> None:
    """Give the answer(s) that make ``condition`` hold (enough for the shipped forms)."""
    for sub in (*condition.all_of, *condition.any_of[:1]):
        _satisfy(sub, definition, answers)
    if condition.item is None:
        return
    item = definition.items[condition.item]
    value = condition.value
    if condition.operator == "equals":
        answers[item.id] = value
    elif condition.operator == "in":
        answers[item.id] = value[0]
    elif condition.operator == "contains":
        answers[item.id] = [value]
    elif condition.operator == "answered":
        answers[item.id] = [item.choices[0].id] if item.type is ItemType.MULTI_CHOICE else (
            item.choices[0].id if item.choices else "x"
        )


def show_every_question(form: FormWidget) -> None:
    """Answer so that every question of the form's variant is shown (follow-ups too)."""
    definition = form.definition
    answers: dict[str, Any] = {}
    for section in definition.sections:
        if section.show_if is not None:
            _satisfy(section.show_if, definition, answers)
        for item_id in section.item_ids:
            condition = definition.items[item_id].show_if
            if condition is not None:
                _satisfy(condition, definition, answers)
    form.set_answers(answers)
    wanted = [i for i in definition.item_order if definition.items[i].in_variant(form.variant)]
    assert form.visible_item_ids() == wanted


def shown_whole(combo: QComboBox) -> str | None:
    """None when the option chosen in ``combo`` is shown whole; else how much room it has
    (a drop-down may be narrower than its longest option, never than the one chosen)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return None if need <= field.width() else f"{field.width()} px of {need}"


def does_not_fit(form: FormWidget) -> list[str]:
    """What makes ``form`` wider than its view or cuts a text, as laid out now."""
    scroll = form.scroll_area()
    page, view = scroll.widget(), scroll.viewport()
    room = view.width()
    found: list[str] = []
    if _needs(page) > room:
        found.append(f"the page needs {_needs(page)} px of {room}")
    if page.width() > room:
        found.append(f"the page is {page.width()} px wide in {room}")
    if scroll.horizontalScrollBar().isVisible():
        found.append("a horizontal scroll bar")
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        right = widget.mapTo(view, QPoint(widget.width(), 0)).x()
        if right > room:
            found.append(f"{name} ends at {right} px of {room}")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"{name}: {widget.height()} px high of "
                                 f"{widget.heightForWidth(widget.width())}")
            elif widget.fontMetrics().horizontalAdvance(widget.text()) > \
                    widget.contentsRect().width() + 1:
                found.append(f"{name}: {widget.width()} px of {widget.sizeHint().width()}")
        elif isinstance(widget, QAbstractButton):
            if widget.hasHeightForWidth():
                if widget.minimumSizeHint().width() > widget.width() + 1 or \
                        widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"{name}: {widget.width()}×{widget.height()} px")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name}: {widget.width()} px of {widget.sizeHint().width()}")
        elif isinstance(widget, QComboBox) and shown_whole(widget) is not None:
            found.append(f"{name} {widget.currentText()!r}: {shown_whole(widget)}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text() \
                and placeholder_room(widget) > widget.width():
            found.append(f"placeholder {widget.placeholderText()!r}: {widget.width()} px")
    return found


def _font(points: int | None) -> str:
    return f"{points}pt" if points else "normal"


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(60)  # layouts run from posted events; twice round for height-for-width


def _intake_tab(qtbot, window, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """The unflagged client's Intake tab, unlocked, in a window of ``size``."""
    unlock(qtbot, window)
    window.resize(*size)
    # The register as wide as it was before it was sized by its columns (as a therapist
    # who drags it wider leaves it): the case at its narrowest beside it.
    window.workbench.setSizes([470, window.workbench.width() - 470])
    select_code(qtbot, window, UNFLAGGED)
    window.workspace.set_current_tab("intake")
    return window.workspace.tab("intake")


@pytest.mark.parametrize("points", [14, None], ids=["14pt", "normal"], indirect=True)
def test_the_intake_tab_never_scrolls_sideways(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window
) -> None:
    window = main_window
    form = _intake_tab(qtbot, window, (1024, 700)).form
    show_every_question(form)
    form.mark_missing()  # the "needs an answer" lines shown too
    _settle(qtbot)
    screenshot(window, f"{every_language}_{_font(points)}_1024x700_form_intake")
    assert form.width() <= 540  # the case really is beside the register
    assert does_not_fit(form) == []


def _self_rating(qtbot, window):  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.resize(1024, 700)
    client = window.vault.clients()[5]  # in treatment, a start form answered
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.set_current_tab("self_rating")
    return window.workspace.tab("self_rating")


@pytest.mark.parametrize("points", [14, None], ids=["14pt", "normal"], indirect=True)
def test_the_paper_form_dialog_fits_1024_by_700(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window
) -> None:
    tab = _self_rating(qtbot, main_window)
    # The start point has answers: asked first; kept as a second form (the ActionRole
    # button, whatever the language).
    asked = when_modal(QMessageBox, lambda box: next(
        b for b in box.buttons()
        if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole).click())
    dialog = tab.enter_paper_form(exec_dialog=False)
    asked.stop()
    qtbot.addWidget(dialog)
    dialog.show()
    # As large as it asks to be, within the screen (a window frame's 40 px spared).
    dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 660))
    assert dialog.minimumSizeHint().width() <= 1024
    show_every_question(dialog.form)
    _settle(qtbot)
    screenshot(dialog, f"{every_language}_{_font(points)}_1024x700_form_paper")
    assert does_not_fit(dialog.form) == []
    dialog.resize(520, 660)  # a narrow dialog wraps rather than scrolling sideways
    _settle(qtbot)
    assert does_not_fit(dialog.form) == []
    dialog.reject()


@pytest.mark.parametrize("points", [14, None], ids=["14pt", "normal"], indirect=True)
def test_the_client_view_fits_1024_by_700(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window
) -> None:
    tab = _self_rating(qtbot, main_window)
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    view.showNormal()  # the offscreen screen is 800 px square: the laptop's is 1024×700
    view.setGeometry(0, 0, 1024, 700)
    form = view.content
    show_every_question(form)
    _settle(qtbot)
    screenshot(view, f"{every_language}_{_font(points)}_1024x700_form_client")
    assert does_not_fit(form) == []
    view.force_close()


def _columns(layout: ChoicesLayout) -> int:
    """How many columns the choices stand in, as laid out (distinct left edges)."""
    return len({layout.itemAt(i).geometry().x() for i in range(layout.count())
                if not layout.itemAt(i).isEmpty()})


def test_a_wide_window_keeps_two_columns_of_choices(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    form = _intake_tab(qtbot, window, (1366, 768)).form
    show_every_question(form)
    _settle(qtbot)
    screenshot(window, "en_normal_1366x768_form_intake")
    assert does_not_fit(form) == []
    many = [i for i in form.visible_item_ids()
            if form.definition.items[i].type is ItemType.MULTI_CHOICE
            and len(form.definition.items[i].choices) > 3]
    assert many
    for item_id in many:
        assert _columns(form.editor(item_id).choices) == 2, item_id  # type: ignore[attr-defined]
    # Yes and No side by side, on one line.
    yes, no = form.editor("has_bought_sex").buttons()  # type: ignore[attr-defined]
    assert yes.y() == no.y() and no.x() > yes.x()


@pytest.mark.parametrize("points", [14], ids=["14pt"], indirect=True)
def test_choices_reflow_as_the_form_is_resized(qtbot, points) -> None:  # type: ignore[no-untyped-def]
    """Two columns, one when narrowed (a long choice's words wrapped), two again when
    widened; a click on the second line of a wrapped box checks it."""
    form = FormWidget(get_definition("intake"))
    qtbot.addWidget(form)
    form.show()
    editor = form.editor("contact_reason")
    choices = editor.choices  # type: ignore[attr-defined]
    for width, columns in ((900, 2), (320, 1), (900, 2)):
        form.resize(width, 600)
        _settle(qtbot)
        assert _columns(choices) == columns, width
        assert does_not_fit(form) == [], width
    form.resize(320, 600)
    _settle(qtbot)
    wrapped = max(editor.boxes.values(), key=lambda box: box.height())  # type: ignore[attr-defined]
    assert wrapped.height() > 1.5 * wrapped.sizeHint().height()  # more than one line
    assert not wrapped.isChecked()
    qtbot.mouseClick(wrapped, Qt.MouseButton.LeftButton,
                     pos=QPoint(wrapped.width() // 3, wrapped.height() - 4))
    assert wrapped.isChecked()
    assert editor.value() == [next(k for k, b in editor.boxes.items() if b is wrapped)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("points", [14], ids=["14pt"], indirect=True)
def test_the_saved_time_does_not_widen_the_intake_tab(  # type: ignore[no-untyped-def]
    qtbot, every_language, points, main_window
) -> None:
    """"Saved 14:05" stood in one row with the title and the form's version: after the
    first autosave the tab needed 568 pixels of 538 in Swedish, and the case scrolled
    sideways. It goes under the title where the row is full."""
    window = main_window
    tab = _intake_tab(qtbot, window, (1024, 700))
    tab.form.set_answer("family_situation", "Lives alone")
    tab.flush()
    _settle(qtbot)
    screenshot(window, f"{every_language}_14pt_1024x700_form_intake_saved")
    assert tab.saved_label.text()
    assert _needs(tab) <= _room(window, tab)
    assert not window.workspace_scroll.horizontalScrollBar().isVisible()
    version = next(w for w in tab.findChildren(QLabel) if w.text().endswith(" 1")
                   and not tab.form.isAncestorOf(w))
    for label in (tab.saved_label, version):
        assert label.width() >= label.sizeHint().width(), label.text()
        assert label.mapTo(tab, QPoint(label.width(), 0)).x() <= tab.width(), label.text()
    assert does_not_fit(tab.form) == []
