"""A lock closes every dialog; what was typed in one comes back with it (kastdesk.ui.drafts).

The idle lock fires whether or not a dialog is open: an amendment half-typed in "Add
amendment…" or the note of a risk flag was gone after unlocking.
"""

from __future__ import annotations

from typing import Any

from kastdesk.ui import drafts
from kastdesk.ui.workspace.flags import RaiseFlagDialog
from kastdesk.ui.workspace.goals import GoalDialog
from kastdesk.ui.workspace.sessions import AmendmentDialog
from tests.ui.conftest import unlock, when_modal

MARK = "said he has pills saved at home"


def _select_case_with_signed_session(qtbot, window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    for entry in window.vault.clients():
        assert window.register.select(entry.id)
        qtbot.waitUntil(lambda e=entry: window.case is not None and window.case.client_id == e.id)
        signed = [s for s in window.case.sessions.list() if s.signed]
        if len(signed) >= 2:
            return str(entry.id), str(signed[0].id)  # not the newest: it must be found again
    raise AssertionError("the demo vault has no case with two signed sessions")



def test_an_amendment_typed_when_the_vault_locks_comes_back_after_unlocking(
    qtbot, open_window  # type: ignore[no-untyped-def]
) -> None:
    window = open_window
    client_id, session_id = _select_case_with_signed_session(qtbot, window)
    window.workspace.set_current_session(session_id)
    sessions = window.workspace.tab("sessions")
    assert sessions.current_session_id() == session_id
    before = [v.text for v in window.case.sessions.get(session_id).amendments]

    def type_then_lock(dialog: AmendmentDialog) -> None:
        dialog.text.setPlainText(MARK)
        dialog.reason.setText("forgot to write it")
        window.idle.last_input -= window.idle.minutes * 60 + 1
        window.idle.check()  # the idle lock, with the dialog open

    typing = when_modal(AmendmentDialog, type_then_lock)
    sessions.amend_current()
    typing.stop()
    assert window.locked

    seen: dict[str, str] = {}

    def look_then_add(dialog: AmendmentDialog) -> None:
        seen.update(text=dialog.text.toPlainText(), reason=dialog.reason.text())
        dialog.accept()

    reopening = when_modal(AmendmentDialog, look_then_add)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"text": MARK, "reason": "forgot to write it"}
    assert window.case.client_id == client_id
    amended = window.case.sessions.get(session_id)
    assert [v.text for v in amended.amendments] == [*before, MARK]
    assert drafts.pending_drafts(window.case) == []  # taken back as it reopened


def test_a_risk_flag_note_typed_when_the_vault_locks_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _select_case_with_signed_session(qtbot, window)
    before = len(window.case.flags.list())

    def type_then_lock(dialog: RaiseFlagDialog) -> None:
        dialog.kind.setCurrentIndex(2)
        dialog.note.setText(MARK)
        window.lock()

    typing = when_modal(RaiseFlagDialog, type_then_lock)
    window.workspace.raise_flag()
    typing.stop()
    assert window.locked
    seen: dict[str, Any] = {}

    def look_then_cancel(dialog: RaiseFlagDialog) -> None:
        seen.update(kind=dialog.kind.currentIndex(), note=dialog.note.text())
        dialog.reject()

    reopening = when_modal(RaiseFlagDialog, look_then_cancel)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"kind": 2, "note": MARK}
    # Cancelled by the therapist this time: nothing raised, nothing kept.
    assert len(window.case.flags.list()) == before
    assert drafts.pending_drafts(window.case) == []


def test_an_untouched_dialog_leaves_no_draft(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _select_case_with_signed_session(qtbot, window)
    window.workspace.set_current_tab("goals")
    goals = window.workspace.tab("goals")
    case = window.case
    typing = when_modal(GoalDialog, lambda _dialog: window.lock())
    goals.set_goal()
    typing.stop()
    assert window.locked
    unlock(qtbot, window)
    assert drafts.pending_drafts(window.case) == [] and case is not window.case


def test_unlocking_returns_to_the_session_being_written(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """It opened the newest session: the therapist went on typing in the wrong note."""
    window = open_window
    _client, session_id = _select_case_with_signed_session(qtbot, window)
    window.workspace.set_current_session(session_id)
    window.lock()
    unlock(qtbot, window)
    assert window.workspace.current_tab() == "sessions"
    assert window.workspace.current_session() == session_id


def test_a_lock_waits_for_work_still_running(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """An export still being written when the vault locked went on against a closed vault
    (a packet could be written with no line in the audit log): the lock lets it finish."""
    import time

    from kastdesk.ui.common import run_in_thread

    window = open_window
    vault = window.vault
    finished: list[int] = []

    def work(_progress) -> int:  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        finished.append(len(vault.clients()))  # needs the vault still open
        return 0

    task = run_in_thread(window, work, lambda _r: None, show_progress=False)
    assert task.running
    window.lock()
    assert finished and finished[0] > 0
    assert window.locked


def test_progress_after_its_window_is_gone_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A lock closed (and deleted) the backup dialog while its worker still reported
    progress; the progress dialog had gone with it, and touching it crashed the app."""
    import threading

    import shiboken6
    from PySide6.QtWidgets import QDialog

    from kastdesk.ui.common import run_in_thread

    parent = QDialog()
    parent.show()
    gone = threading.Event()
    results: list[str] = []

    def work(progress) -> str:  # type: ignore[no-untyped-def]
        progress(1, 4)
        gone.wait(5)
        for step in range(2, 5):
            progress(step, 4)
        return "done"

    task = run_in_thread(parent, work, results.append, label="Working…")
    qtbot.wait(50)
    shiboken6.delete(parent)  # the progress dialog goes with it
    gone.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
    assert not task.running


def test_choosing_another_client_before_the_first_settled_is_quiet(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The first case's queued look for drafts ran after a second choice had closed it and
    raised on the closed case file."""
    window = open_window
    first, second = list(window.vault.clients())[:2]
    assert window.register.select(first.id)
    assert window.register.select(second.id)  # before the event loop ran
    qtbot.wait(100)
    assert window.case is not None and window.case.client_id == second.id
