"""Words typed in an exercise's add field, not added yet, are never lost.

The client view's add fields were lost on a lock, on "Return to therapist", on a client
switch and on closing; everywhere, add-field words waited for a flush, so a crash lost them
however long ago they were typed. They are kept as an encrypted draft after each pause in
typing, in the therapist's editor and in the client view, and come back in the field.
"""

from __future__ import annotations

import shiboken6

from kastdesk.exercises.storage import exercise_history
from kastdesk.store import CaseFile, Vault
from kastdesk.ui import drafts
from kastdesk.ui.exercises.tab import AUTOSAVE_MS
from tests.ui.conftest import unlock
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)

KEY = "exercise_input:consequence_listing"


def _draft_on_disk(vault: Vault, held: CaseFile, key: str) -> dict | None:  # type: ignore[type-arg]
    """The draft as the case file on disk holds it, read through a connection of its own
    (what a crash leaves: nothing of the running app's memory)."""
    fresh = CaseFile(held.path, vault._case_key(held.client_id), held.client_id, "test",
                     read_only=True)
    try:
        return fresh.documents.get(drafts.KIND, key)
    finally:
        fresh.close()


def _open_consequences(window):  # type: ignore[no-untyped-def]
    workspace = window.workspace
    workspace.set_current_tab("exercises")
    tab = workspace.tab("exercises")
    tab.open_exercise("consequence_listing")
    if tab.editor is None:
        tab.start_current()
    assert tab.editor is not None
    return tab


def _select(qtbot, window, client_id: str) -> None:  # type: ignore[no-untyped-def]
    window.register.select(client_id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
    qtbot.wait(50)  # the new workspace settles (it looks for drafts once the loop runs)


def test_client_view_words_survive_lock_and_unlock(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    client = main_window.vault.clients()[5]
    _select(qtbot, main_window, client.id)
    tab = _open_consequences(main_window)
    view = tab.open_client_view()
    qtbot.addWidget(view)
    qtbot.keyClicks(view.content.text_edit, "I could lose my job")
    assert main_window.lock()
    unlock(qtbot, main_window)
    _select(qtbot, main_window, client.id)
    tab = _open_consequences(main_window)
    assert tab.editor.text_edit.text() == "I could lose my job"


def test_client_view_words_survive_a_client_switch(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    first, second = main_window.vault.clients()[5], main_window.vault.clients()[4]
    _select(qtbot, main_window, first.id)
    tab = _open_consequences(main_window)
    view = tab.open_client_view()
    qtbot.keyClicks(view.content.text_edit, "She would leave")
    _select(qtbot, main_window, second.id)
    # Gone with the case it showed, not left on screen for the next client.
    qtbot.waitUntil(lambda: not shiboken6.isValid(view) or not view.isVisible())
    _select(qtbot, main_window, first.id)
    assert _open_consequences(main_window).editor.text_edit.text() == "She would leave"


def test_return_to_therapist_carries_the_words_into_the_add_field(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    view = tab.open_client_view()
    qtbot.addWidget(view)
    qtbot.keyClicks(view.content.text_edit, "A fine if caught")
    view.leave()
    assert tab.client_view is None
    assert tab.editor.text_edit.text() == "A fine if caught"
    assert exercise_history(case, "consequence_listing")[-1].state.consequences == ()
    # Words the therapist had typed stay, and the client's follow them.
    view = tab.open_client_view()
    qtbot.addWidget(view)
    qtbot.keyClicks(view.content.text_edit, "and shame")
    view.leave()
    assert tab.editor.text_edit.text() == "A fine if caught and shame"
    assert case.documents.get(drafts.KIND, KEY) == {"text_edit": "A fine if caught and shame"}


def test_add_field_words_are_kept_after_a_pause_without_any_lock(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """Nothing flushes here: the draft is on disk from the pause in typing alone, the item
    is not added, and a new tab (the case opened again after a crash) shows the words."""
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    start(tab, "urge_log", "2026-03-16")
    qtbot.keyClicks(tab.editor.trigger_edit, "Alone at the hotel")
    tab.open_exercise("consequence_listing")  # no flush of the urge log's field from here
    qtbot.keyClicks(tab.editor.text_edit, "I could lose my job")
    qtbot.waitUntil(lambda: _draft_on_disk(vault, case, KEY) is not None,
                    timeout=AUTOSAVE_MS * 5)
    assert _draft_on_disk(vault, case, KEY) == {
        "text_edit": "I could lose my job"}
    assert _draft_on_disk(vault, case, "exercise_input:urge_log") == {
        "trigger_edit": "Alone at the hotel"}
    assert exercise_history(case, "consequence_listing")[-1].state.consequences == ()

    again = make_tab(qtbot, vault, case)
    again.open_exercise("consequence_listing")
    assert again.editor.text_edit.text() == "I could lose my job"
    # Still kept while it is on screen: a second crash loses nothing either.
    assert _draft_on_disk(vault, case, KEY) == {
        "text_edit": "I could lose my job"}
    again.open_exercise("urge_log")
    assert again.editor.trigger_edit.text() == "Alone at the hotel"


def test_client_view_words_are_kept_after_a_pause(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "i_am_vs_i_do", "2026-03-16")
    view = tab.open_client_view()
    qtbot.addWidget(view)
    qtbot.keyClicks(view.content.new_edit, "I am a liar")
    key = "exercise_input:i_am_vs_i_do"
    qtbot.waitUntil(lambda: _draft_on_disk(vault, case, key) is not None,
                    timeout=AUTOSAVE_MS * 5)
    assert _draft_on_disk(vault, case, key) == {"new_edit": "I am a liar"}
    assert exercise_history(case, "i_am_vs_i_do")[-1].state.statements == ()
