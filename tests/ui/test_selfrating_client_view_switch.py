"""The self-rating form the client fills in full screen goes with the case it belongs to.

A QA pass picked another client in the register while the client was answering: the
full-screen form stayed up over the other client's workspace, each later answer raised an
error (the autosave's timer was deleted with the tab) and nothing after the switch was
saved, without a word. Like the exercises' "Show to client" view, it is now saved and
closed when the case is left.
"""

from __future__ import annotations

import shiboken6

from kastdesk.forms.storage import list_responses
from tests.ui.conftest import unlock


def _select(qtbot, window, client_id: str) -> None:  # type: ignore[no-untyped-def]
    window.register.select(client_id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
    qtbot.wait(50)


def test_the_client_view_is_saved_and_closed_on_a_client_switch(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, main_window)
    first, second = main_window.vault.clients()[5], main_window.vault.clients()[4]
    _select(qtbot, main_window, first.id)
    main_window.workspace.set_current_tab("self_rating")
    tab = main_window.workspace.tab("self_rating")
    before = len(list_responses(main_window.case, "self_rating"))
    view = tab.fill_with_client()
    view.content.set_answer("wellbeing", "good")
    view.content.set_answer("guilt_shame", "a_little")
    _select(qtbot, main_window, second.id)  # before the autosave's pause has passed
    # Gone with the case it showed, not left on screen over the next client's.
    qtbot.waitUntil(lambda: not shiboken6.isValid(view) or not view.isVisible())
    qtbot.wait(1700)  # an autosave's pause: nothing may fire into the deleted tab
    case = main_window.vault.open_case(first.id, audit_open=False)
    try:
        saved = list_responses(case, "self_rating")
    finally:
        main_window.vault.close_case(first.id)
    assert len(saved) == before + 1
    assert any(r.answers.get("wellbeing") == "good" and r.answers.get("guilt_shame") == "a_little"
               for r in saved)
