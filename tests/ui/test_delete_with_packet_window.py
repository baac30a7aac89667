"""Deleting a client while a supervision packet holding their case is open in the app.

The window kept the deleted client's notes on screen, and the next lock kept them again
(with the comments typed on them) in the vault's drafts, to open after the unlock: the
erasure was undone by the lock.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from kastdesk.clients import erase_client
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import case_owners, export_packet, flag_for_guidance, open_packet
from kastdesk.ui import drafts
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from kastdesk.ui.supervision.supervisor import SupervisorWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot, unlock, when_modal

CODE = "K-QA-777"
NOTE = "talked about Vallgatan 12"
PACKET_PASS = "supervision packet passphrase"


def _client_in_a_packet(window, tmp_path: Path) -> tuple[str, str, SupervisorWindow]:  # type: ignore[no-untyped-def]
    vault = window.vault
    case = vault.add_client(CODE, name="Zebulon Qwertyson", first_contact_date=date(2026, 9, 1))
    case.sessions.add(datetime(2026, 9, 10, 10), note=NOTE)
    flag_for_guidance(case, "What about his brother?")
    vault.close_case(case.client_id)
    other = vault.add_client("K-QA-778", first_contact_date=date(2026, 9, 2))
    flag_for_guidance(other, "And this one?")
    vault.close_case(other.client_id)
    window.register.model.update_entry(vault.client(case.client_id))
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    # Opened in the app that made it, the window knows which client each case key stands
    # for (the packet itself names none): as File → Open supervision packet… gives it.
    owners = case_owners(vault, packet["packet_id"])
    sup = SupervisorWindow(packet, PACKET_PASS, owners=owners)
    sup.show()
    window._supervisor_windows.append(sup)
    for (case_id, _target, _tid), box in sup.comment_boxes.items():
        box.setPlainText("comment on " + owners[case_id])
    key = next(k for k, client in owners.items() if client == case.client_id)
    return case.client_id, key, sup


def _delete_from_register(qtbot, window, client_id: str) -> None:  # type: ignore[no-untyped-def]
    window.register.select(client_id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
    table = window.register.table
    window._register_menu(table.visualRect(table.currentIndex()).center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    action = next(a for a in menu.actions() if a.objectName() == "deleteClientAction")
    menu.close()

    def confirm(dialog: DeleteClientDialog) -> None:
        dialog.typed.setText(CODE)
        dialog.delete_button.click()

    timer = when_modal(DeleteClientDialog, confirm)
    action.trigger()
    timer.stop()
    for box in window.findChildren(QMessageBox):
        box.done(0)


def _reopened() -> list[SupervisorWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, SupervisorWindow) and w.isVisible()]


def test_the_open_packet_window_forgets_the_deleted_client(qtbot, open_window,
                                                           tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    client_id, case_key, sup = _client_in_a_packet(window, tmp_path)
    others = {key: box.toPlainText() for key, box in sup.comment_boxes.items()
              if key[0] != case_key}
    assert others and any(key[0] == case_key for key in sup.comment_boxes)

    _delete_from_register(qtbot, window, client_id)

    assert sup.isVisible()
    assert not any(key[0] == case_key for key in sup.comment_boxes)
    assert {key: box.toPlainText() for key, box in sup.comment_boxes.items()} == others
    shown = " ".join(label.text() for label in sup.findChildren(QLabel))
    assert NOTE not in shown and client_id not in json.dumps(sup.packet)
    screenshot(sup, "supervisor_window_after_delete")

    window.lock()
    vault = Vault.unlock(window.folder, PASSPHRASE)
    try:
        kept = vault.get_setting(drafts.VAULT_SETTING) or ""
    finally:
        vault.close()
    assert client_id not in kept and NOTE not in kept and "comment on" in kept

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(_reopened()))
    [again] = _reopened()
    assert {key: box.toPlainText() for key, box in again.comment_boxes.items()} == others
    again.draft_kept = True
    again.close()


def test_a_lock_keeps_no_case_the_register_lost_even_if_the_window_was_not_told(
        qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Erased by the core alone (no dialog, no window told): the lock still keeps nothing
    of the client in the drafts of a packet this vault made."""
    window = open_window
    client_id, case_key, sup = _client_in_a_packet(window, tmp_path)
    erase_client(window.vault, client_id)
    assert any(key[0] == case_key for key in sup.comment_boxes)  # not told

    assert drafts.keep_vault_drafts(window.vault) == 1
    kept = window.vault.get_setting(drafts.VAULT_SETTING) or ""
    assert client_id not in kept and NOTE not in kept and "comment on" in kept
    sup.draft_kept = True
    sup.close()
