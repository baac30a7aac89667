"""A paper self-rating form keeps answers under a hidden follow-up through a lock.

The lock keeps a half-typed paper form as an encrypted draft, but the draft held only the
answers in force: a date typed under "Have you ever paid for sex?" was lost on lock when
a click on "No" had hidden it meanwhile. Like the intake's, such answers are kept now and
come back when the follow-up is shown again; what is saved and scored stays in force only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kastdesk.forms.storage import list_responses
from kastdesk.ui import drafts
from kastdesk.ui.selfrating.tab import FormEntryDialog
from tests.ui.conftest import unlock, when_modal

TYPED_DATE = "2026-02-18"


def _open_paper_form(qtbot, window) -> tuple[Any, FormEntryDialog]:  # type: ignore[no-untyped-def]
    entry = window.vault.clients()[5]
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    window.workspace.set_current_tab("self_rating")
    tab = window.workspace.tab("self_rating")
    # The demo client's start point has answers: asked first, kept as a second form.
    asked = when_modal(QMessageBox, lambda box: next(
        b for b in box.buttons()
        if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole).click())
    qtbot.mouseClick(tab.paper_button, Qt.MouseButton.LeftButton)  # dialog.open(): no exec
    asked.stop()
    dialog = next(d for d in tab.findChildren(FormEntryDialog) if d.isVisible())
    return tab, dialog


def test_an_answer_under_a_hidden_follow_up_survives_a_lock(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _tab, dialog = _open_paper_form(qtbot, window)
    before = {r.response_id for r in list_responses(window.case, "self_rating")}
    form = dialog.form
    form.set_answer("wellbeing", "good")
    yes, no = form.editor("has_bought_sex").buttons()
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    date_edit = form.editor("last_bought_sex").edit
    assert form.is_item_visible("last_bought_sex")
    qtbot.mouseClick(date_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(date_edit, TYPED_DATE)
    frequency = form.editor("buying_frequency").buttons()
    qtbot.mouseClick(frequency[1], Qt.MouseButton.LeftButton)
    chosen_frequency = form.answers()["buying_frequency"]
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)  # the follow-ups hide
    assert not form.is_item_visible("last_bought_sex")
    assert "last_bought_sex" not in form.answers()  # not in force while hidden

    assert window.lock()
    assert window.locked
    seen: dict[str, Any] = {}

    def look(d: FormEntryDialog) -> None:
        f = d.form
        seen["hidden"] = not f.is_item_visible("last_bought_sex")
        seen["in_force"] = dict(f.answers())
        seen["noted"] = f.row("has_bought_sex").kept_note.isVisible()  # type: ignore[attr-defined]
        yes_again = f.editor("has_bought_sex").buttons()[0]
        qtbot.mouseClick(yes_again, Qt.MouseButton.LeftButton)
        seen["shown"] = f.is_item_visible("last_bought_sex")
        seen["date_text"] = f.editor("last_bought_sex").edit.text()
        seen["frequency"] = f.answers().get("buying_frequency")
        # "No" again and saved: the follow-ups' answers are not in the saved form.
        qtbot.mouseClick(f.editor("has_bought_sex").buttons()[1], Qt.MouseButton.LeftButton)
        d.accept()

    timer = when_modal(FormEntryDialog, look)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "frequency" in seen, timeout=5_000)
    timer.stop()
    assert seen["hidden"]
    assert seen["noted"]  # the therapist can tell that something waits behind "No"
    assert seen["in_force"] == {"wellbeing": "good", "has_bought_sex": False}
    assert seen["shown"]
    assert seen["date_text"] == TYPED_DATE  # simply back
    assert seen["frequency"] == chosen_frequency
    # The one form saved now (not the last in date order: a demo form may share its day).
    [saved] = [r for r in list_responses(window.case, "self_rating") if r.response_id not in before]
    assert saved.answers == {"wellbeing": "good", "has_bought_sex": False}
    assert drafts.pending_drafts(window.case) == []


def test_the_draft_holds_hidden_answers_but_the_saved_form_does_not(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Only a hidden answer changed: that is still something typed, kept as a draft (and
    asked about before Cancel throws it away); the response saved is the answers in force."""
    window = open_window
    _tab, dialog = _open_paper_form(qtbot, window)
    form = dialog.form
    yes, no = form.editor("has_bought_sex").buttons()
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.editor("last_bought_sex").edit, TYPED_DATE)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    note = form.row("has_bought_sex").kept_note  # type: ignore[attr-defined]
    assert note.isVisible()
    assert "“When did you last pay for sex? (roughly)”" in note.toolTip()
    assert "twelve months" not in note.toolTip()  # not answered: not named
    draft = dialog.draft()
    assert draft is not None
    assert draft["answers"] == {"has_bought_sex": False, "last_bought_sex": TYPED_DATE}
    assert dialog.result_response().answers == {"has_bought_sex": False}
    dialog.form.set_answers({})
    dialog.form.set_answer("has_bought_sex", True)
    dialog.form.set_answer("last_bought_sex", TYPED_DATE)
    dialog.form.set_answer("has_bought_sex", None)
    # Everything shown was cleared; the hidden date alone still counts as typed.
    assert dialog.draft() is not None
    assert dialog.draft()["answers"] == {"last_bought_sex": TYPED_DATE}  # type: ignore[index]
    dialog.reject()
