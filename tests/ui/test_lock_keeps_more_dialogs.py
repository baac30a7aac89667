"""The dialogs that had no draft come back after a lock with what was typed (QA 19, F9).

New client (code and name typed), the Ending/Closing dialog (a reason and a note), the
returning client's new case and the export dialogs' *Also withhold* were closed by the
idle lock and came back empty or not at all. Each now keeps a draft, encrypted like the
others: in the case file, or in the vault's index where the dialog belongs to no case yet.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QApplication

from kastdesk.domain.models import Status
from kastdesk.domain.status import AFTER_TREATMENT
from kastdesk.ui import drafts
from kastdesk.ui.cases.new_client import NewClientDialog
from kastdesk.ui.cases.returning_client import ReturningClientDialog, start_returning_case
from kastdesk.ui.cases.status import EndingDialog
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.meeting import PacketDialog
from tests.ui.conftest import unlock, when_modal

PLACE = "Borås Energi, Tullgatan"


def _open_client(qtbot, window, status: set[Status]) -> str:  # type: ignore[no-untyped-def]
    entry = next(e for e in window.vault.clients() if e.status in status)
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    return str(entry.id)


def _lock_now(window) -> None:  # type: ignore[no-untyped-def]
    """The idle lock, with the dialog open."""
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()


def _raw_vault_drafts(window) -> str:  # type: ignore[no-untyped-def]
    """What the vault's index holds for the drafts, as the store keeps it."""
    return window.vault.get_setting(drafts.VAULT_SETTING) or ""


def test_a_new_client_typed_when_the_vault_locks_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    window.new_client()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, NewClientDialog) and w.isVisible())
    dialog.code.setText("K-2026-777")
    dialog.named.setChecked(True)
    dialog.name.setText("Greta Påhittad")
    _lock_now(window)
    assert window.locked
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(isinstance(w, NewClientDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, NewClientDialog) and w.isVisible())
    assert (dialog.code.text(), dialog.named.isChecked(), dialog.name.text()) == (
        "K-2026-777", True, "Greta Påhittad")
    assert drafts.pending_vault_drafts(window.vault) == []  # taken back as it reopened
    dialog.accept()
    assert any(e.code == "K-2026-777" for e in window.vault.clients())


def test_the_ending_reason_and_note_come_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    client_id = _open_client(qtbot, window, {Status.IN_TREATMENT})
    note = "referred to the psychiatric clinic in town"

    def choose_then_lock(dialog: EndingDialog) -> None:
        next(iter(dialog.reason_buttons.values())).setChecked(True)
        dialog.note.setText(note)
        _lock_now(window)

    typing = when_modal(EndingDialog, choose_then_lock)
    assert not window.change_status(Status.ENDED)
    typing.stop()
    assert window.locked
    seen: dict[str, Any] = {}

    def look_then_end(dialog: EndingDialog) -> None:
        seen.update(note=dialog.note.text(), reason=dialog.reason())
        dialog.accept()

    reopening = when_modal(EndingDialog, look_then_end)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen["note"] == note and seen["reason"] is not None
    assert window.case.client_id == client_id
    assert window.case.profile.get().status in (Status.ENDED, Status.CLOSED)
    assert any(note in (h.note or "") for h in window.case.profile.history())
    assert drafts.pending_drafts(window.case) == []


def test_a_returning_clients_new_case_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _open_client(qtbot, window, set(AFTER_TREATMENT))

    def type_then_lock(dialog: ReturningClientDialog) -> None:
        dialog.code.setText("K-2026-888")
        _lock_now(window)

    typing = when_modal(ReturningClientDialog, type_then_lock)
    assert start_returning_case(window, window.vault, window.case) is None
    typing.stop()
    assert window.locked
    seen: dict[str, str] = {}

    def look_then_cancel(dialog: ReturningClientDialog) -> None:
        seen["code"] = dialog.code.text()
        dialog.reject()

    reopening = when_modal(ReturningClientDialog, look_then_cancel)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"code": "K-2026-888"}
    assert drafts.pending_drafts(window.case) == []  # cancelled: nothing kept


def test_names_typed_to_withhold_in_the_summary_export_come_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _open_client(qtbot, window, {Status.IN_TREATMENT})

    def type_then_lock(dialog: ExportDialog) -> None:
        dialog.pseudonymize.setChecked(True)
        dialog.withhold.extra.setText(PLACE)
        _lock_now(window)

    typing = when_modal(ExportDialog, type_then_lock)
    window.export_case_summary()
    typing.stop()
    assert window.locked
    seen: dict[str, Any] = {}

    def look_then_cancel(dialog: ExportDialog) -> None:
        seen.update(extra=dialog.withhold.extra.text(), pseudo=dialog.pseudonymize.isChecked())
        dialog.reject()

    reopening = when_modal(ExportDialog, look_then_cancel)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"extra": PLACE, "pseudo": True}


def test_names_typed_to_withhold_in_the_packet_come_back_and_no_passphrase(  # type: ignore[no-untyped-def]
        qtbot, open_window) -> None:
    window = open_window
    raw: list[str] = []

    def type_then_lock(dialog: PacketDialog) -> None:
        dialog.withhold.extra.setText(PLACE)
        dialog.passphrase.setText("packet passphrase 42")
        window.lock()

    typing = when_modal(PacketDialog, type_then_lock)
    window._resume_vault_drafts = lambda: raw.append(_raw_vault_drafts(window))  # look first
    window.prepare_packet()
    typing.stop()
    assert window.locked
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(raw), timeout=5_000)
    kept = json.loads(raw[0])
    assert kept["packet"]["withhold"]["extra"] == PLACE
    assert "packet passphrase 42" not in raw[0]  # never kept
    del window._resume_vault_drafts
    seen: dict[str, str] = {}

    def look_then_cancel(dialog: PacketDialog) -> None:
        seen.update(extra=dialog.withhold.extra.text(), passphrase=dialog.passphrase.text())
        dialog.reject()

    reopening = when_modal(PacketDialog, look_then_cancel)
    window._resume_vault_drafts()
    reopening.stop()
    assert seen == {"extra": PLACE, "passphrase": ""}
