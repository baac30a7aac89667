"""QA15, the first hour: a paper form for a point that already has answers, the empty
answers tab, the points' status, and the client's welcome in the client view.

Driven through the real tab, dialogs and question box; screenshots in
artifacts/screenshots/ (selfrating_same_point_*).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy
from kastdesk.forms.storage import list_responses
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.selfrating import SelfRatingTab
from kastdesk.ui.selfrating.tab import FormEntryDialog
from kastdesk.ui.workspace.base import WorkspaceContext
from tests.ui.conftest import screenshot, when_modal

TODAY = date(2026, 12, 3)


@pytest.fixture
def case(vault: Vault) -> Iterator[CaseFile]:
    """A new client seen once today, in treatment, with no self-rating yet."""
    case = vault.add_client("K-2026-001", name="Anna Test", first_contact_date=TODAY)
    case.sessions.add(datetime(2026, 12, 3, 14, 0), note="First session.")
    case.profile.set_status(Status.IN_TREATMENT, at=TODAY)
    yield case


def make_tab(qtbot, vault, case, width: int = 1280, height: int = 860) -> SelfRatingTab:  # type: ignore[no-untyped-def]
    tab = SelfRatingTab(WorkspaceContext(vault, case, None), today=lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    QApplication.processEvents()
    return tab


def client_fills_in(qtbot, tab: SelfRatingTab) -> None:  # type: ignore[no-untyped-def]
    """The client fills in the start point in the client view: well, in control."""
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    form = view.content
    form.set_answer("wellbeing", "good")
    form.set_answer("control_unwanted_impulses", "mostly")
    form.set_answer("guilt_shame", "a_little")
    form.set_answer("has_bought_sex", True)
    view.leave()


def answer_box(qtbot, tab: SelfRatingTab, button_words: str | None):  # type: ignore[no-untyped-def]
    """Open "Enter a paper form" on the chosen point and answer the question that comes
    (None: Cancel); return the question's text and the dialog, if any."""
    seen: dict[str, str] = {}

    def act(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["buttons"] = " | ".join(b.text() for b in box.buttons())
        name = (button_words or "cancel").replace(" ", "_")
        screenshot(box, f"selfrating_same_point_question_{name}")
        if button_words is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if button_words in b.text()).click()

    timer = when_modal(QMessageBox, act)
    dialog = tab.enter_paper_form(exec_dialog=False)
    timer.stop()
    if dialog is not None:
        qtbot.addWidget(dialog)
    return seen, dialog


def test_before_any_answers_the_tab_says_what_to_do(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    assert tab.empty_label.isVisible() and not tab.table.isVisible()
    text = tab.empty_label.text()
    assert "No answers yet" in text
    assert "“Fill in with the client…”" in text and "“Enter a paper form…”" in text
    screenshot(tab, "selfrating_same_point_empty")
    # The first paper form for a point with no answers: no question, the point named.
    dialog = tab.enter_paper_form(exec_dialog=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.point_label.text() == "Paper form for: Start of treatment"
    assert dialog.second_note.isHidden()
    dialog.form.set_answer("wellbeing", "good")
    dialog.accept()
    assert not tab.empty_label.isVisible() and tab.table.isVisible()


def test_a_paper_form_for_an_answered_point_asks_and_can_correct(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    client_fills_in(qtbot, tab)
    assert tab.current_point().key == "start"  # the tab stays on the chosen point
    [client] = list_responses(case, "self_rating")
    seen, dialog = answer_box(qtbot, tab, "Correct")
    assert seen["text"].startswith(
        "Start of treatment already has answers (filled in by the client, 2026-12-03).")
    assert "Correct the answers…" in seen["buttons"] and "second form" in seen["buttons"]
    assert isinstance(dialog, FormEntryDialog) and dialog.correcting
    assert dialog.point_label.text() == "Correcting a form for: Start of treatment"
    assert dialog.response.response_id == client.response_id
    assert dialog.form.answers()["wellbeing"] == "good"
    dialog.form.set_answer("wellbeing", "neither_good_nor_bad")
    dialog.accept()
    [saved] = list_responses(case, "self_rating")  # corrected, not a second form
    assert saved.answers["wellbeing"] == "neither_good_nor_bad"
    assert saved.entered_by is EnteredBy.CLIENT
    assert tab.table.columnCount() == 2

    seen, dialog = answer_box(qtbot, tab, None)  # Cancel: nothing opens, nothing saved
    assert dialog is None and len(list_responses(case, "self_rating")) == 1


def test_a_second_form_stands_beside_the_first_and_is_not_compared(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    client_fills_in(qtbot, tab)
    _seen, dialog = answer_box(qtbot, tab, "second form")
    assert isinstance(dialog, FormEntryDialog) and not dialog.correcting
    assert dialog.point_label.text() == "Paper form for: Start of treatment"
    assert not dialog.second_note.isHidden()
    dialog.show()
    screenshot(dialog, "selfrating_same_point_second_dialog")
    dialog.form.set_answer("wellbeing", "bad")
    dialog.form.set_answer("control_unwanted_impulses", "rarely")
    dialog.form.set_answer("guilt_shame", "very_much")
    dialog.accept()

    def headers(t: SelfRatingTab) -> list[str]:
        return [t.table.horizontalHeaderItem(c).text() for c in range(t.table.columnCount())]

    assert headers(tab) == ["Question", "Start, form 1\n2026-12-03", "Start, form 2\n2026-12-03"]
    ids = [c.response_id for c in tab.comparison.columns]
    client = next(r for r in list_responses(case, "self_rating")
                  if r.entered_by is EnteredBy.CLIENT)
    assert ids[0] == client.response_id  # entered first, shown first
    # No ▲/▼ between two forms of one point.
    for r in range(tab.table.rowCount()):
        for c in (1, 2):
            assert tab.table.item(r, c).data(Qt.ItemDataRole.UserRole) is None
            assert not tab.table.item(r, c).text().startswith(("▲", "▼", "="))
    # The same order every time the case is opened.
    for _ in range(5):
        again = make_tab(qtbot, vault, case)
        assert [c.response_id for c in again.comparison.columns] == ids
        again.close()
    # The chart: the line's point is the second form's column, the first form a ring.
    wellbeing = next(s for s in tab.chart.series if s.item_id == "wellbeing")
    assert [p.column for p in wellbeing.points] == [1]
    assert [p.column for p in wellbeing.also] == [0]
    tab.views.setCurrentIndex(1)
    screenshot(tab, "selfrating_same_point_chart")
    tab.views.setCurrentIndex(0)
    screenshot(tab, "selfrating_same_point_table")

    # A paper form again: the question names the point's latest form (the paper one).
    seen, dialog = answer_box(qtbot, tab, None)
    assert "(typed in from paper, 2026-12-03)" in seen["text"] and dialog is None


def test_the_points_status_and_names_read_whole(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """The status "Set when treatment ends" was cut to "… Bestäms när behandlingen a…";
    the follow-ups ended on "after" (after what?)."""
    tab = make_tab(qtbot, vault, case, 1000, 640)
    names = [tab.point_list.topLevelItem(i).text(0)
             for i in range(tab.point_list.topLevelItemCount())]
    assert names == ["Start of treatment", "End of treatment",
                     "Follow-up, 6 months after treatment", "Follow-up, 24 months after treatment"]
    end = tab.point_list.topLevelItem(1)
    assert end.text(2) == "◌ No date yet"
    assert end.toolTip(2) == "The date is set when treatment ends."
    header = tab.point_list.header()
    assert header.sectionSize(2) >= tab.point_list.sizeHintForColumn(2)  # not cut
    font = tab.point_list.font()
    assert header.sectionSize(0) >= QFontMetrics(font).horizontalAdvance(names[-1])
    screenshot(tab, "selfrating_same_point_points_1000")


def test_the_client_view_welcomes_and_says_whats_left_once(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    # The paper form first: none is entered while the client view is open (F4 of QA 19).
    dialog = tab.enter_paper_form(exec_dialog=False)
    qtbot.addWidget(dialog)
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    form = view.content
    assert form.welcome.isVisible()
    assert form.welcome.text().startswith("Answer as it is for you right now.")
    assert "no right or wrong answers" in form.welcome.text()
    # Larger answer buttons than in the therapist's paper form.
    client_radio = form.editor("wellbeing").findChildren(QRadioButton)[0]
    paper_radio = dialog.form.editor("wellbeing").findChildren(QRadioButton)[0]

    def indicator(button: QRadioButton) -> int:
        option = QStyleOptionButton()
        button.initStyleOption(option)
        return button.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, button).height()
    assert indicator(client_radio) >= 1.4 * indicator(paper_radio)
    dialog.reject()
    screenshot(view, "selfrating_same_point_client_top")

    form.set_answer("wellbeing", "good")
    done = next(b for b in view.findChildren(QPushButton) if b.text() == "I am done")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert view.hint.text().startswith("Almost done: 2 questions marked *")
    assert not form.summary.isVisible()  # said once, beside the button
    screenshot(view, "selfrating_same_point_client_left")
    form.set_answer("has_bought_sex", False)
    assert view.hint.text().startswith("Almost done: 1 question marked *")
    form.set_answer("control_unwanted_impulses", "mostly")
    assert view.hint.text() == ""
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert view.hint.text().startswith("Thank you")
    view.leave()
