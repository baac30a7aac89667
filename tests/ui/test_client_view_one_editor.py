"""While the client's full-screen view is open, the work is edited there only (QA 19, F4).

The therapist's own editor of the exercise stayed editable behind the view (a second
screen, Alt+Tab); every key the client typed copied the view's whole state over it, so
what the therapist had typed there was wiped and never saved. It is read-only now while
the view is open, and a plain line says where to edit. The self-rating tab had the same
two-editors shape: a correction or a second "Fill in" while the client answers.
"""

from __future__ import annotations

from kastdesk.exercises.storage import exercise_history
from kastdesk.forms.storage import list_responses
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)
from tests.ui.test_selfrating_tab import case as rating_case  # noqa: F401  (fixture)
from tests.ui.test_selfrating_tab import make_tab as make_rating_tab


def test_the_tab_editor_takes_no_typing_while_the_client_view_is_open(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "behaviour_in_words", "2026-03-16")
    mine = tab.editor.edits["what_happened"]
    qtbot.keyClicks(mine, "Before the view. ")
    view = tab.open_client_view()
    assert view is not None
    qtbot.addWidget(view)
    assert tab.shown_line.isVisible()
    assert tab.shown_line.text() == "Shown to the client: edit in the client's view or close it."
    assert not mine.isEnabled() and not tab.list.isEnabled()
    assert not tab.session_combo.isEnabled()
    screenshot(tab, "exercise_shown_to_client")
    qtbot.keyClicks(mine, "THERAPIST")  # refused, not taken and then wiped
    assert "THERAPIST" not in mine.toPlainText()
    qtbot.keyClicks(view.content.edits["what_led_to_it"], "A fight at home.")
    qtbot.waitUntil(lambda: not tab.has_unsaved_changes(), timeout=3000)
    answers = exercise_history(case, "behaviour_in_words")[-1].state.answers
    assert answers["what_happened"] == "Before the view. "  # the therapist's, kept
    assert answers["what_led_to_it"] == "A fight at home."
    view.leave()
    assert not tab.shown_line.isVisible()
    assert mine.isEnabled() and tab.list.isEnabled() and tab.session_combo.isEnabled()
    assert mine.toPlainText() == "Before the view. "
    assert tab.editor.edits["what_led_to_it"].toPlainText() == "A fight at home."
    qtbot.keyClicks(mine, "After.")
    tab.flush()
    answers = exercise_history(case, "behaviour_in_words")[-1].state.answers
    assert answers["what_happened"] == "Before the view. After."


def test_self_rating_enters_no_second_form_while_the_client_answers(  # type: ignore[no-untyped-def]
        qtbot, vault, rating_case) -> None:  # noqa: F811
    tab = make_rating_tab(qtbot, vault, rating_case)
    tab.table.setCurrentCell(0, 1)  # the saved start form: correctable
    assert tab.correct_button.isEnabled()
    before = len(list_responses(rating_case, "self_rating"))
    view = tab.fill_with_client()
    qtbot.addWidget(view)
    view.content.set_answer("wellbeing", "good")
    assert tab.shown_line.isVisible()
    assert not tab.fill_button.isEnabled() and not tab.paper_button.isEnabled()
    assert not tab.correct_button.isEnabled()
    assert tab.enter_paper_form(exec_dialog=False) is None
    assert tab.correct_chosen(1, exec_dialog=False) is None
    # A second "Fill in" shows the open form again; a second window took the answers of
    # the first into its own form and left the first on screen.
    assert tab.fill_with_client() is view
    screenshot(tab, "selfrating_shown_to_client")
    view.leave()
    assert not tab.shown_line.isVisible() and tab.paper_button.isEnabled()
    saved = list_responses(rating_case, "self_rating")
    assert len(saved) == before + 1 and saved[-1].answers.get("wellbeing") == "good"
