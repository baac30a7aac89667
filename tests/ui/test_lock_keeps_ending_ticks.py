"""The ending dialog's "cancel the booked sessions" tick outlives the idle lock.

The lock kept the reason, the note and the other ticks of an open ending dialog, but not
whether the sessions still booked were to be cancelled: a therapist who had unticked it
(to keep them booked) got the dialog back ticked after the unlock, and OK cancelled them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kastdesk.domain.models import Status
from kastdesk.ui import drafts
from kastdesk.ui.cases.status import EndingDialog
from tests.ui.conftest import screenshot, unlock, when_modal


def _lock_now(window) -> None:  # type: ignore[no-untyped-def]
    """The idle lock, with the dialog open."""
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()


def test_the_unticked_cancel_booked_sessions_comes_back_unticked(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    entry = next(e for e in window.vault.clients()
                 if e.status is Status.IN_TREATMENT and e.next_session is not None)
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    booked = window.case.sessions.planned_after()
    assert booked
    note = "moves to another town; the booked sessions are kept for a handover"

    def untick_then_lock(dialog: EndingDialog) -> None:
        assert dialog.cancel_planned is not None and dialog.cancel_planned.isChecked()
        next(iter(dialog.reason_buttons.values())).setChecked(True)
        dialog.note.setText(note)
        dialog.cancel_planned.setChecked(False)
        _lock_now(window)

    typing = when_modal(EndingDialog, untick_then_lock)
    assert not window.change_status(Status.ENDED)
    typing.stop()
    assert window.locked
    seen: dict[str, Any] = {}

    def look_then_end(dialog: EndingDialog) -> None:
        assert dialog.cancel_planned is not None
        seen.update(note=dialog.note.text(), cancel=dialog.cancel_planned.isChecked())
        box = dialog.findChild(QWidget, "plannedSessions")
        dialog.body.ensureWidgetVisible(box)
        screenshot(dialog, "ending_dialog_after_lock_kept_booked")
        dialog.accept()

    reopening = when_modal(EndingDialog, look_then_end)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"note": note, "cancel": False}
    assert window.case.client_id == entry.id
    assert window.case.profile.get().status in (Status.ENDED, Status.CLOSED)
    # Still booked, as the therapist left them.
    assert [s.id for s in window.case.sessions.planned_after()] == [s.id for s in booked]
    assert drafts.pending_drafts(window.case) == []


def test_a_draft_kept_before_the_tick_was_kept_opens_ticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A draft an earlier version kept (no "cancel_planned") opens as a new dialog does."""
    from datetime import datetime

    from kastdesk.domain.models import Session, SessionId

    planned = [Session(id=SessionId("s1"), starts_at=datetime(2026, 12, 3, 10))]
    dialog = EndingDialog(Status.IN_TREATMENT, Status.ENDED, planned=planned)
    qtbot.addWidget(dialog)
    dialog.restore_draft({"reason": None, "note": "moved away", "close_too": True,
                          "drop_goals": False})
    assert dialog.cancel_planned is not None and dialog.cancel_planned.isChecked()
    assert dialog.draft()["cancel_planned"] is True  # type: ignore[index]
