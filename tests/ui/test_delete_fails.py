"""A delete that fails (a full disk) says which client was not deleted and why, and the
case stays usable: open again in the workspace, with what was typed in it saved.

It said "the last change was not saved…" and left the case closed, the typing lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from kastdesk.store import CaseGone, DiskFull
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from tests.ui.conftest import screenshot, when_modal

TYPED = "typed just before the delete"


def _delete_from_register(qtbot, window, code: str) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    table = window.register.table
    window._register_menu(table.visualRect(table.currentIndex()).center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    action = next(a for a in menu.actions() if a.objectName() == "deleteClientAction")
    menu.close()

    def confirm(dialog: DeleteClientDialog) -> None:
        dialog.typed.setText(code)
        dialog.delete_button.click()

    timer = when_modal(DeleteClientDialog, confirm)
    action.trigger()
    timer.stop()
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


@pytest.mark.parametrize("error", [DiskFull, CaseGone])
def test_a_failed_delete_says_so_and_keeps_the_case(qtbot, open_window, monkeypatch,
                                                    error: type) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    entry = window.vault.clients()[0]
    window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    window.workspace.set_current_tab("sessions")
    sessions = window.workspace.tab("sessions")
    sessions.new_session()
    sessions.editor.note.insertPlainText(TYPED)
    session_id = sessions.current_session_id()

    def fails(_client_id: str) -> None:
        raise error()

    monkeypatch.setattr(window.vault, "delete_client", fails)
    boxes = _delete_from_register(qtbot, window, entry.code)
    monkeypatch.undo()

    [box] = boxes
    assert box.windowTitle() == "Client not deleted"
    assert box.text().startswith(f"Client {entry.code} was not deleted.")
    assert error().message in box.text()
    screenshot(box, "delete_client_failed")
    box.done(0)
    # The case is open again, usable, with the typing saved.
    qtbot.waitUntil(lambda: window.case is not None and window.workspace is not None)
    assert window.case.client_id == entry.id and not window.case.closed
    assert window.vault.client(entry.id).code == entry.code
    assert TYPED in (window.case.sessions.get(session_id).note or "")
    assert window.register.current_id() == entry.id


def test_a_delete_cut_short_after_the_erasure_says_the_client_is_gone(
        qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.clients import erase as erase_module

    window = open_window
    entry = window.vault.clients()[0]
    window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)

    def fails(*_args: object, **_kwargs: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(erase_module, "forget_deleted_clients", fails)
    [box] = _delete_from_register(qtbot, window, entry.code)
    assert box.windowTitle() == "Client deleted"
    assert f"Client {entry.code} and the case file are deleted, but not yet" in box.text()
    box.done(0)
    assert window.case is None and window.register.model.row_of(entry.id) < 0


def test_the_menu_hands_the_reopener_to_the_delete(qtbot, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from kastdesk.ui.cases.client_actions import add_client_actions

    parent = QWidget()
    qtbot.addWidget(parent)
    case = vault.add_client("K-1")
    reopened: list[bool] = []

    def fails(_client_id: str) -> None:
        raise DiskFull()

    monkeypatch.setattr(vault, "delete_client", fails)
    menu = QMenu(parent)
    add_client_actions(menu, parent, vault, case.client_id, case, privacy=True,
                       close_case=lambda: True, deleted=lambda _cid: None,
                       reopen_case=lambda: reopened.append(True))
    action = next(a for a in menu.actions() if a.objectName() == "deleteClientAction")

    def confirm(dialog: DeleteClientDialog) -> None:
        dialog.typed.setText("K-1")
        dialog.delete_button.click()

    timer = when_modal(DeleteClientDialog, confirm)
    action.trigger()
    timer.stop()
    assert reopened == [True]
    [box] = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert box.text().startswith("Client K-1 was not deleted.")
