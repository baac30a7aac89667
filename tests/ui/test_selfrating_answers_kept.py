"""A self-rating form's answers are kept through a failed save and a crash.

A QA pass lost them: a paper form was saved after its dialog had closed, so on a full disk
the dialog went and the answers with it; the client's own answers were dropped with the
full-screen view when the save at "Return to therapist" failed, and nothing saved them
while the client answered, so a crash lost the whole form.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.forms.storage import list_responses
from kastdesk.store import DiskFull
from kastdesk.ui.selfrating import tab as tab_module
from tests.ui.test_selfrating_tab import case, make_tab  # noqa: F401  (fixture)


def _full(*_args: object, **_kwargs: object) -> str:
    raise DiskFull()


def _close_boxes() -> list[str]:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    for box in boxes:
        box.done(0)
    return [b.text() for b in boxes]


def test_a_paper_form_that_cannot_be_saved_stays_open(  # type: ignore[no-untyped-def]
    qtbot, vault, case, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    tab = make_tab(qtbot, vault, case)
    end_point = next(p for p in tab.points if p.key == "end")
    dialog = tab.enter_paper_form(end_point, exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.set_answer("wellbeing", "good")
    before = len(list_responses(case, "self_rating"))
    real = tab_module.save_response
    monkeypatch.setattr(tab_module, "save_response", _full)
    dialog.accept()
    assert any("disk is full" in t for t in _close_boxes())
    assert dialog.isVisible() and dialog.form.answers().get("wellbeing") == "good"
    monkeypatch.setattr(tab_module, "save_response", real)
    dialog.accept()  # space freed
    assert not dialog.isVisible()
    assert len(list_responses(case, "self_rating")) == before + 1


def test_the_clients_answers_are_saved_as_he_answers_and_kept_when_a_save_fails(  # type: ignore[no-untyped-def]
    qtbot, vault, case, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    tab = make_tab(qtbot, vault, case)
    before = len(list_responses(case, "self_rating"))
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    view.content.set_answer("wellbeing", "good")
    # A pause in answering: in the case file already, as far as he got (a crash keeps it).
    qtbot.waitUntil(lambda: len(list_responses(case, "self_rating")) == before + 1,
                    timeout=4000)
    assert list_responses(case, "self_rating")[-1].answers["wellbeing"] == "good"
    view.content.set_answer("wellbeing", "very_good")
    monkeypatch.setattr(tab_module, "save_response", _full)
    view.leave()  # the return: the disk is full
    assert any("disk is full" in t for t in _close_boxes())
    assert view.isVisible() and tab.client_view is view  # the form stays, answers and all
    assert view.content.answers()["wellbeing"] == "very_good"
    monkeypatch.undo()
    view.leave()
    assert not view.isVisible() and tab.client_view is None
    assert list_responses(case, "self_rating")[-1].answers["wellbeing"] == "very_good"


def test_fill_in_with_the_client_asks_first_for_a_point_with_answers(  # type: ignore[no-untyped-def]
    qtbot, vault, case  # noqa: F811
) -> None:
    """A second form for a point that has answers was made without a word (the paper form
    asked first)."""
    from tests.ui.conftest import when_modal

    tab = make_tab(qtbot, vault, case)
    start = next(p for p in tab.points if p.key == "start")  # answered on form version 1
    assert tab.forms_at(start)
    for i in range(tab.point_list.topLevelItemCount()):
        item = tab.point_list.topLevelItem(i)
        if item.data(0, 0x0100) == "start":
            tab.point_list.setCurrentItem(item)
    asked: list[str] = []

    def answer(yes: bool):  # type: ignore[no-untyped-def]
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            if yes:
                next(b for b in box.buttons()
                     if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
            else:
                box.reject()
        return act

    waiting = when_modal(QMessageBox, answer(False))
    tab.fill_button.click()
    waiting.stop()
    assert asked and "already has answers" in asked[0] and tab.client_view is None
    waiting = when_modal(QMessageBox, answer(True))
    tab.fill_button.click()
    waiting.stop()
    assert tab.client_view is not None and tab.client_view.isVisible()
    qtbot.addWidget(tab.client_view)
    tab.client_view.force_close()
