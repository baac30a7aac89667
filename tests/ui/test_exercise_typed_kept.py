"""Words typed in two more places of the exercises are kept (QA15 findings 6 and 7).

The coping plan's "Who (a role is enough)" is an editable combo box: a role typed there and
not added with *Add person* was lost on an idle lock, a client switch, closing and a crash,
because only line edits counted as add fields. And a consequence being reworded (✎) was
saved only by Enter, leaving the line or a flush, so a crash took every word typed since.
The crash itself is in ``test_exercise_typing_kill``; here the same paths run in-process.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from kastdesk.exercises.storage import exercise_history
from kastdesk.ui import drafts
from kastdesk.ui.exercises.tab import AUTOSAVE_MS
from tests.ui.conftest import unlock
from tests.ui.test_exercise_inputs_kept import _draft_on_disk, _select
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)

KEY = "exercise_input:coping_plan"


def _open_coping_plan(window):  # type: ignore[no-untyped-def]
    workspace = window.workspace
    workspace.set_current_tab("exercises")
    tab = workspace.tab("exercises")
    tab.open_exercise("coping_plan")
    if tab.editor is None:
        tab.start_current()
    assert tab.editor is not None
    return tab


def _type_role(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    line = editor.role_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_a_typed_role_comes_back_after_the_idle_lock(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    client = main_window.vault.clients()[5]
    _select(qtbot, main_window, client.id)
    tab = _open_coping_plan(main_window)
    _type_role(qtbot, tab.editor, "My sponsor Anders")
    qtbot.keyClicks(tab.editor.reach_edit, "070-123 45 67")
    main_window.idle.last_input -= main_window.idle.minutes * 60 + 1
    main_window.idle.check()
    assert main_window.locked
    unlock(qtbot, main_window)
    _select(qtbot, main_window, client.id)
    editor = _open_coping_plan(main_window).editor
    assert editor.role_combo.currentText() == "My sponsor Anders"
    assert editor.reach_edit.text() == "070-123 45 67"
    # Added as typed: the role is the words, not the first choice the box showed fresh.
    editor.add_contact_button.click()
    assert [(c.role, c.how_to_reach) for c in editor.state().contacts][-1] == (
        "My sponsor Anders", "070-123 45 67")


def test_a_typed_role_comes_back_after_a_client_switch(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    first, second = main_window.vault.clients()[5], main_window.vault.clients()[4]
    _select(qtbot, main_window, first.id)
    tab = _open_coping_plan(main_window)
    _type_role(qtbot, tab.editor, "Uncle Per")
    _select(qtbot, main_window, second.id)
    _select(qtbot, main_window, first.id)
    assert _open_coping_plan(main_window).editor.role_combo.currentText() == "Uncle Per"


def test_a_typed_role_is_kept_after_a_pause_and_dropped_once_added(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """No flush here: the draft is on disk from the pause alone (a crash keeps it)."""
    tab = make_tab(qtbot, vault, case)
    start(tab, "coping_plan", "2026-03-16")
    _type_role(qtbot, tab.editor, "My sponsor")
    qtbot.waitUntil(lambda: _draft_on_disk(vault, case, KEY) is not None,
                    timeout=AUTOSAVE_MS * 5)
    assert _draft_on_disk(vault, case, KEY) == {"role_combo": "My sponsor"}
    # Enter in the role's line used to make the words a choice without a role behind
    # them, and Add person then said no one was named.
    qtbot.keyClick(tab.editor.role_combo.lineEdit(), Qt.Key.Key_Return)
    tab.editor.add_contact_button.click()
    assert [c.role for c in tab.editor.state().contacts] == ["My sponsor"]
    # Added: the box shows its first choice again, and no draft is left to bring it back.
    assert tab.editor.typed_inputs() == {}
    tab.flush()
    assert _draft_on_disk(vault, case, KEY) is None


def test_a_chosen_role_is_kept_and_still_added_as_that_role(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "coping_plan", "2026-03-16")
    combo = tab.editor.role_combo
    assert tab.editor.typed_inputs() == {}  # the first choice, as shown fresh: nothing typed
    combo.setCurrentIndex(3)
    combo.activated.emit(3)  # what a choice from the list sends
    chosen, role_id = combo.itemText(3), combo.itemData(3)
    tab.flush()
    assert case.documents.get(drafts.KIND, KEY) == {"role_combo": chosen}
    again = make_tab(qtbot, vault, case)
    again.open_exercise("coping_plan")
    assert again.editor.role_combo.currentIndex() == 3
    again.editor.add_contact_button.click()
    # The catalogue's id, so the card shows the role in the language on screen.
    assert [c.role for c in again.editor.state().contacts] == [role_id]


def _reword(qtbot, tab, words: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    card = tab.editor.area_cards["partner"]
    card.findChild(QToolButton, "editConsequence").click()
    line = card.findChild(QLineEdit, "consequenceEdit")
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, words)
    return line


def test_a_rewording_is_saved_a_second_after_typing_pauses(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    assert tab.editor.add_consequence("partner", "She would feel betrayed", 5, "long")
    tab.flush()

    def saved() -> str:
        return exercise_history(case, "consequence_listing")[-1].state.consequences[0].text

    line = _reword(qtbot, tab, " and leave")
    qtbot.waitUntil(lambda: saved() == "She would feel betrayed and leave",
                    timeout=AUTOSAVE_MS * 5)
    assert not line.isHidden() and line.hasFocus()  # still open for the rest of the sentence
    assert line.text() == "She would feel betrayed and leave"
    # Emptied and left: no new wording, as before; the one kept on the way goes.
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    tab.flush()
    assert saved() == "She would feel betrayed"
    # Esc after a pause still gives the wording from before ✎.
    line = _reword(qtbot, tab, " at once")
    qtbot.waitUntil(lambda: saved() == "She would feel betrayed at once",
                    timeout=AUTOSAVE_MS * 5)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    tab.flush()
    assert saved() == "She would feel betrayed"
