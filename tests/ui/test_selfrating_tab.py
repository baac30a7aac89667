"""The self-rating tab: schedule, a paper form, the client filling in, comparison and chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import list_responses, save_response
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.due import DueDialog
from kastdesk.ui.selfrating import SelfRatingTab
from kastdesk.ui.selfrating.tab import FormEntryDialog
from kastdesk.ui.workspace.base import WorkspaceContext
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_client_view import all_texts

TODAY = date(2026, 11, 1)


@pytest.fixture
def case(vault: Vault) -> Iterator[CaseFile]:
    """A course from late 2024 to April 2026, ended; start answered on form version 1."""
    case = vault.add_client("K-2024-007", name="Bo Hemlig", first_contact_date=date(2024, 11, 20))
    for when in (datetime(2024, 12, 2, 9), datetime(2025, 6, 2, 9), datetime(2026, 4, 20, 9)):
        case.sessions.add(when, note="Secret note about his marriage.")
    case.profile.set_status(Status.INTAKE, at=date(2024, 12, 2))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2024, 12, 2))
    case.profile.set_status(Status.ENDED, at=date(2026, 4, 20))
    start = FormResponse("self_rating", 1, "start", date(2024, 12, 2), EnteredBy.THERAPIST, {
        "wellbeing": "bad", "impulse_control": "rarely", "guilt_shame": "very_much",
        "has_bought_sex": True, "reason_in_words": "My wife found messages",
    })
    save_response(case, start)
    yield case


def make_tab(qtbot, vault, case) -> SelfRatingTab:  # type: ignore[no-untyped-def]
    tab = SelfRatingTab(WorkspaceContext(vault, case, None), today=lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1280, 860)
    tab.show()
    return tab


def statuses(tab: SelfRatingTab) -> dict[str, str]:
    return {tab.point_list.topLevelItem(i).text(0): tab.point_list.topLevelItem(i).text(2)
            for i in range(tab.point_list.topLevelItemCount())}


def test_schedule_marks_done_and_overdue_and_takes_later_points(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    got = statuses(tab)
    assert got["Start of treatment"].endswith("Done")
    assert "Overdue" in got["End of treatment"]
    assert "Due now" in got["Follow-up, 6 months after treatment"]  # 2026-10-20, today 11-01
    assert "Upcoming" in got["Follow-up, 24 months after treatment"]
    tab.add_extra_point(12)
    assert "Follow-up, 12 months after treatment" in statuses(tab)
    # The earliest open point is chosen for filling in.
    assert tab.current_point().key == "end"


def test_paper_form_and_client_fill_in_are_compared(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    end_point = next(p for p in tab.points if p.key == "end")
    dialog = tab.enter_paper_form(end_point, exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.answered_at.setDate(date(2026, 4, 20))
    form = dialog.form
    form.set_answer("wellbeing", "good")
    form.set_answer("control_unwanted_impulses", "mostly")
    form.set_answer("guilt_shame", "very_much")
    form.set_answer("has_bought_sex", True)
    form.set_answer("got_help_needed", form.definition.items["got_help_needed"].choices[0].id)
    dialog.accept()
    saved = list_responses(case, "self_rating")
    assert [(r.variant, r.entered_by) for r in saved] == [
        ("start", EnteredBy.THERAPIST), ("end", EnteredBy.THERAPIST)]
    assert saved[1].answered_at == date(2026, 4, 20)
    assert "Done" in statuses(tab)["End of treatment"]

    # The follow-up, filled in by the client in the client view.
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    assert view.isFullScreen()
    joined = "\n".join(all_texts(view))
    for secret in ("K-2024-007", "Bo Hemlig", "Secret note", "My wife found messages"):
        assert secret not in joined
    client_form = view.content
    assert client_form.variant == "follow_up"
    client_form.set_answer("wellbeing", "bad")
    client_form.set_answer("control_unwanted_impulses", "mostly")
    client_form.set_answer("guilt_shame", "a_little")
    screenshot(view, "selfrating_client_view")
    view.close()
    assert view.isVisible()  # a close request is not enough
    view.leave()  # what the press-and-hold does (tested on the exercises' client view)
    saved = list_responses(case, "self_rating")
    assert [(r.variant, r.entered_by) for r in saved][-1] == ("follow_up", EnteredBy.CLIENT)

    # Start (v1 ids) / end / follow-up side by side, v1 mapped to v2 ids.
    comparison = tab.comparison
    assert [c.variant for c in comparison.columns] == ["start", "end", "follow_up"]
    control = comparison.row("control_unwanted_impulses")  # "impulse_control" in version 1
    assert [c.display for c in control.cells] == ["Rarely", "Mostly", "Mostly"]
    row = [r.item_id for r in comparison.rows].index("wellbeing")
    cells = [tab.table.item(row, c).text() for c in range(1, 4)]
    assert cells == ["Badly", "▲ Well", "▼ Badly"]
    assert tab.table.item(row, 2).data(Qt.ItemDataRole.UserRole) == "improved"
    shame = [r.item_id for r in comparison.rows].index("guilt_shame")
    assert tab.table.item(shame, 2).text().startswith("=")
    assert tab.table.item(shame, 3).text().startswith("▲")
    assert "version 1" in tab.mapped_label.text()
    assert {s.item_id for s in tab.chart.series} == {"wellbeing", "control_unwanted_impulses",
                                                     "guilt_shame"}
    screenshot(tab, "selfrating_comparison")


def test_clear_drops_everything(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    tab.clear()
    assert not view.isVisible()
    assert tab.table.rowCount() == 0 and tab.point_list.topLevelItemCount() == 0


def test_a_saved_form_is_corrected_as_a_new_version(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """A mistyped answer is corrected from the comparison: same form, one more version, who
    filled it in unchanged; the correction is audited."""
    tab = make_tab(qtbot, vault, case)
    assert not tab.correct_button.isEnabled()
    tab.table.setCurrentCell(0, 1)
    assert tab.correct_button.isEnabled()
    screenshot(tab, "selfrating_correct")
    dialog = tab.correct_chosen(exec_dialog=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Correct the saved answers"
    assert dialog.form.answers()["wellbeing"] == "bad"
    dialog.form.set_answer("wellbeing", "very_bad")
    dialog.accept()
    (saved,) = list_responses(case, "self_rating")
    assert saved.answers["wellbeing"] == "very_bad"
    assert saved.entered_by is EnteredBy.THERAPIST and saved.answered_at == date(2024, 12, 2)
    assert len(case.documents.history("form_response", saved.response_id)) == 2
    assert tab.table.columnCount() == 2  # still one form, not a second column
    assert any(e.action == "Self-rating: correct answers" for e in case.audit_entries())


def test_a_late_form_completes_its_point_and_the_screens_agree(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """A point filled in late is done, not "Overdue" for ever; a late follow-up completes the
    six-month point (the earliest open one), and the tab, the register's follow-up date and
    the Due list agree on it."""
    from kastdesk.domain.due import due_lists

    later = date(2028, 7, 1)  # end, six-month and 24-month points all overdue
    tab = SelfRatingTab(WorkspaceContext(vault, case, None), today=lambda: later)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    assert [i.entry.code for i in due_lists(vault.clients(), later).follow_ups] == ["K-2024-007"]
    got = statuses(tab)
    assert all("Overdue" in got[k] for k in ("End of treatment",
                                             "Follow-up, 6 months after treatment",
                                             "Follow-up, 24 months after treatment"))
    end_point = next(p for p in tab.points if p.key == "end")
    dialog = tab.enter_paper_form(end_point, exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.form.set_answer("wellbeing", "good")
    dialog.accept()
    assert "Done" in statuses(tab)["End of treatment"]  # filled in two years late
    assert tab.current_point().key == "follow_up"

    view = tab.fill_with_client()  # the chosen point: the six-month follow-up
    qtbot.addWidget(view)
    # Every required question answered: a form left with them blank is partly filled in.
    view.content.set_answer("wellbeing", "good")
    view.content.set_answer("has_bought_sex", False)
    view.content.set_answer("control_unwanted_impulses", "mostly")
    view.leave()
    got = statuses(tab)
    assert "Done" in got["Follow-up, 6 months after treatment"]
    assert "Overdue" in got["Follow-up, 24 months after treatment"]  # one form, one point
    assert tab.current_point().key == "follow_up_24m"  # not the six-month point again
    # The register's Next column and the Due list move on to the 24-month point, overdue too.
    assert vault.client(case.client_id).followup_due == date(2028, 4, 20)
    [item] = due_lists(vault.clients(), later).follow_ups
    assert item.day == date(2028, 4, 20) and item.days > 0


def due_lines(dialog: DueDialog) -> list[list[str]]:
    """The follow-up group's lines of an open Due list, as shown."""
    head = dialog.tree.topLevelItem(0)
    return [[head.child(i).text(c) for c in range(4)] for i in range(head.childCount())]


def test_the_due_list_names_the_24_month_follow_up(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """The Due list names each follow-up point the tab shows: after the six-month follow-up
    is filled in, the case is listed again when the 24-month point comes due (it was listed
    for the six-month point only, so the two-year follow-up was never on it)."""
    six, two_years = date(2026, 10, 20), date(2028, 4, 20)
    tab = make_tab(qtbot, vault, case)
    dialog = tab.enter_paper_form(next(p for p in tab.points if p.key == "follow_up"),
                                  exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.answered_at.setDate(six)
    dialog.form.set_answer("wellbeing", "good")
    dialog.accept()
    assert "Done" in statuses(tab)["Follow-up, 6 months after treatment"]

    due = DueDialog(vault.clients(), TODAY)
    qtbot.addWidget(due)
    assert due_lines(due) == [["Nothing here.", "", "", ""]]  # two years away
    due.set_entries(vault.clients(), two_years)
    assert due_lines(due) == [["K-2024-007", "Ended", "2028-04-20", "due today"]]
    later = SelfRatingTab(WorkspaceContext(vault, case, None), today=lambda: two_years)  # type: ignore[arg-type]
    qtbot.addWidget(later)
    assert "Due now" in statuses(later)["Follow-up, 24 months after treatment"]  # the tab agrees

    # Filled in: nothing is left to follow up, and the list says so.
    dialog = later.enter_paper_form(next(p for p in later.points if p.key == "follow_up_24m"),
                                    exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.answered_at.setDate(two_years)
    dialog.form.set_answer("wellbeing", "good")
    dialog.accept()
    assert "Done" in statuses(later)["Follow-up, 24 months after treatment"]
    due.set_entries(vault.clients(), two_years)
    assert due_lines(due) == [["Nothing here.", "", "", ""]]


def test_the_date_question_can_be_typed_in_client_view_and_paper_form(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """"When did you last pay for sex?" takes a typed date in both; the calendar opens near
    the tab's today, and a date after it is refused."""
    tab = make_tab(qtbot, vault, case)
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    form = view.content
    form.set_answer("has_bought_sex", True)
    editor = form.editor("last_bought_sex")
    qtbot.mouseClick(editor.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.edit, "2026-02-18")
    assert form.answers()["last_bought_sex"] == "2026-02-18"
    calendar = editor.show_calendar()
    assert calendar.maximumDate().toPython() == TODAY
    calendar.hide()
    screenshot(view, "selfrating_client_date")
    view.leave()
    assert list_responses(case, "self_rating")[-1].answers["last_bought_sex"] == "2026-02-18"

    # A point with no form yet: the client's, left half done, keeps the end point open
    # (partly filled in), and a paper form there would first ask about it.
    follow_up = next(p for p in tab.points if p.key == "follow_up")
    dialog = tab.enter_paper_form(follow_up, exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.form.set_answer("has_bought_sex", True)
    editor = dialog.form.editor("last_bought_sex")
    qtbot.keyClicks(editor.edit, "2026-11-02")  # the day after the tab's today
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert "last_bought_sex" not in dialog.form.answers() and not editor.refusal.isHidden()
    assert "future" in editor.refusal.text()
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "2026-10-30")
    assert dialog.form.answers()["last_bought_sex"] == "2026-10-30"


def test_i_am_done_points_to_a_blank_required_question(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """"I am done" with required questions blank: not accepted; the first one is scrolled
    to, marked, and a kind sentence says so. Answered, it is accepted and saved."""
    from PySide6.QtWidgets import QPushButton

    tab = make_tab(qtbot, vault, case)
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    form = view.content
    form.set_answer("wellbeing", "good")
    done = next(b for b in view.findChildren(QPushButton) if b.text() == "I am done")
    before = len(list_responses(case, "self_rating"))
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert "Thank you" not in view.hint.text() and "2 questions marked *" in view.hint.text()
    assert len(list_responses(case, "self_rating")) == before  # not accepted yet
    first = form.missing_required()[0]
    assert first == "has_bought_sex"
    row = form.row(first)
    assert row.missing.isVisible() and not form.row("wellbeing").missing.isVisible()
    assert row.visibleRegion().boundingRect().height() > 0  # scrolled into view
    assert form.editor(first).isAncestorOf(view.focusWidget())
    screenshot(view, "selfrating_client_missing")
    form.set_answer("has_bought_sex", False)
    assert not row.missing.isVisible()  # kept up to date
    form.set_answer("control_unwanted_impulses", "mostly")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert view.hint.text().startswith("Thank you")
    assert len(list_responses(case, "self_rating")) == before + 1
    view.leave()


def test_a_paper_form_saves_with_gaps_but_shows_them(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    dialog = tab.enter_paper_form(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.row("has_bought_sex").missing.isHidden()  # no error before anything is typed
    form.set_answer("wellbeing", "good")
    assert form.row("has_bought_sex").missing.isHidden()
    assert "“Have you ever paid for sex?”" in form.summary.text()
    dialog.accept()
    assert list_responses(case, "self_rating")[-1].answers == {"wellbeing": "good"}


def _reopened_entry_dialog(qtbot, window, act):  # type: ignore[no-untyped-def]
    """Unlock and run ``act`` on the paper-form dialog that opens again with its draft."""

    from tests.ui.conftest import unlock, when_modal

    seen: dict = {}
    timer = when_modal(FormEntryDialog, lambda dialog: seen.update(act(dialog)))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    timer.stop()
    return seen


def test_a_paper_form_half_typed_at_lock_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Locking closed "Enter a paper form" and lost what was typed; it is kept in the case
    file and the dialog opens again with the answers, the date and its point."""
    from PySide6.QtCore import QDate

    from kastdesk.ui import drafts

    window = open_window
    entry = window.vault.clients()[5]
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    window.workspace.set_current_tab("self_rating")
    tab = window.workspace.tab("self_rating")
    before = {r.response_id for r in list_responses(window.case, "self_rating")}
    # The demo's start point has the client's answers: asked first, kept as a second form.
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import when_modal

    asked = when_modal(QMessageBox, lambda box: next(
        b for b in box.buttons()
        if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole).click())
    qtbot.mouseClick(tab.paper_button, Qt.MouseButton.LeftButton)  # dialog.open(): no exec
    asked.stop()
    dialog = next(d for d in tab.findChildren(FormEntryDialog) if d.isVisible())
    point = tab.current_point().key
    dialog.form.set_answer("wellbeing", "good")
    dialog.form.set_answer("has_bought_sex", True)
    dialog.answered_at.setDate(QDate(2026, 8, 11))
    assert window.lock()
    assert window.locked

    def look_then_save(d):  # type: ignore[no-untyped-def]
        got = {"answers": d.form.answers(), "date": d.answered_at.date().toString("yyyy-MM-dd"),
               "variant": d.response.variant, "correcting": d.correcting,
               "point": window.workspace.tab("self_rating").current_point().key}
        d.accept()
        return got

    seen = _reopened_entry_dialog(qtbot, window, look_then_save)
    assert seen == {"answers": {"wellbeing": "good", "has_bought_sex": True},
                    "date": "2026-08-11", "variant": "start", "correcting": False,
                    "point": point}
    # The form saved now, found by its id: the demo's start form has the same day, and
    # "oldest answered first" put either one last.
    [saved] = [r for r in list_responses(window.case, "self_rating")
               if r.response_id not in before]
    assert saved.answered_at == date(2026, 8, 11)
    assert saved.entered_by is EnteredBy.THERAPIST
    assert drafts.pending_drafts(window.case) == []


def test_a_correction_half_typed_at_lock_comes_back_as_a_correction(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    for entry in window.vault.clients():
        window.register.select(entry.id)
        qtbot.waitUntil(lambda e=entry: window.case is not None and window.case.client_id == e.id)
        if list_responses(window.case, "self_rating"):
            break
    window.workspace.set_current_tab("self_rating")
    tab = window.workspace.tab("self_rating")
    tab.table.setCurrentCell(0, 1)
    original = tab.chosen_response()
    dialog = tab.correct_chosen()
    assert dialog is not None and dialog.isVisible()
    dialog.form.set_answer("wellbeing", "very_bad")
    window.lock()

    def look_then_save(d):  # type: ignore[no-untyped-def]
        got = {"wellbeing": d.form.answers().get("wellbeing"), "correcting": d.correcting,
               "id": d.response.response_id}
        d.accept()
        return got

    seen = _reopened_entry_dialog(qtbot, window, look_then_save)
    assert seen == {"wellbeing": "very_bad", "correcting": True, "id": original.response_id}
    corrected = [r for r in list_responses(window.case, "self_rating")
                 if r.response_id == original.response_id]
    assert corrected[0].answers["wellbeing"] == "very_bad"
    assert corrected[0].entered_by is original.entered_by
