"""What the register offers for the client's record itself: correct it, delete it.

The main window puts these in the register's context menu below the status moves
(:func:`add_client_actions`); the case header offers the correction too. Deleting needs
the window's help: the client's case is open in the workspace and must be closed, without
saving (what is typed in it is erased with the rest), before its file can go.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from kastdesk.clients import ErasedClient, erase_client
from kastdesk.clients.exports import RecordedExports, recorded_exports
from kastdesk.store import CaseFile, CaseNotFound, Vault
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from kastdesk.ui.cases.edit_client import EditClientDialog, save_open_typing
from kastdesk.ui.common import error_text, inform, log_unexpected, run_op

#: The edit dialog's draft key in the case file (kastdesk.ui.drafts); the workspace
#: opens the dialog again with it (CaseWorkspace.resume_drafts).
DETAILS_DRAFT = "details"


def edit_client_details(parent: QWidget | None, vault: Vault, case: CaseFile, *,
                        privacy: bool = True, draft: dict[str, Any] | None = None) -> bool:
    """Let the therapist correct the open client's details; True if something changed.

    The case's listeners redraw the register line and the header, as after any change.
    ``draft``: what was typed when a lock closed the dialog (it opens with it)."""
    dialog = EditClientDialog(vault, case, parent, privacy=privacy)
    dialog.draft_key = DETAILS_DRAFT
    if draft:
        dialog.restore_draft(draft)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.changed)
    finally:
        dialog.deleteLater()


def forget_in_open_windows(client_id: str) -> None:
    """Windows that show clients beyond the open case, and outlive it, let the erased one
    go: a supervision packet open in supervisor mode kept the deleted client's notes on
    screen, and a lock kept them again in the vault's drafts."""
    from kastdesk.ui.supervision.supervisor import SupervisorWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SupervisorWindow):
            widget.forget_cases([client_id])


def _open_again(parent: QWidget | None, client_id: str,
                reopen_case: Callable[[], None] | None) -> None:
    """The case closed for a delete that failed opens again: through ``reopen_case``
    when the caller gave one, else as selecting its line in the register opens it."""
    if reopen_case is not None:
        reopen_case()
        return
    from kastdesk.ui.cases.register import RegisterPanel

    window = parent.window() if parent is not None else None
    register = window.findChild(RegisterPanel) if window is not None else None
    if register is not None:
        register.open_again(client_id)


def _not_deleted(parent: QWidget | None, code: str, exc: Exception) -> None:
    inform(parent, QCoreApplication.translate("ClientActions", "Client not deleted"),
           QCoreApplication.translate("ClientActions", "Client {code} was not deleted.")
           .format(code=code) + " " + error_text(exc), warning=True)


def delete_client(parent: QWidget | None, vault: Vault, client_id: str, *,
                  close_case: Callable[[], bool],
                  reopen_case: Callable[[], None] | None = None) -> ErasedClient | None:
    """Ask (the code typed again), close the client's case (``close_case``: False stops
    here), erase it; the erased client, or None when nothing was deleted.

    A delete that fails says which client was not deleted and why, and opens the case
    again (``reopen_case``, else through the register): it said "the last change was not
    saved" and left the case closed, the typing in it lost."""
    entry = run_op(parent, lambda: vault.client(client_id))
    if entry is None:
        return None
    # Read before the erasure: the case's audit log, which recorded where they went, goes.
    try:
        exports = recorded_exports(vault, client_id)
    except Exception as exc:  # the delete must still be possible; the dialog says so
        log_unexpected(exc)
        exports = RecordedExports(readable=False)
    dialog = DeleteClientDialog(entry.code, parent, exports)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not vault.is_open:
            return None  # cancelled, or a lock closed the dialog
    finally:
        dialog.deleteLater()
    # Should the delete fail, the case opens again with it; erased with the rest otherwise.
    save_open_typing(parent, client_id)
    if not close_case():
        return None
    try:
        erased = erase_client(vault, client_id)
    except Exception as exc:
        log_unexpected(exc)
        try:
            vault.client(client_id)
        except CaseNotFound:
            # The delete went through and only forgetting the references failed (a full
            # disk): the client is gone all the same, and the register must say so (the
            # next erasure forgets what this one left).
            forget_in_open_windows(client_id)
            inform(parent, QCoreApplication.translate("ClientActions", "Client deleted"),
                   QCoreApplication.translate(
                       "ClientActions", "Client {code} and the case file are deleted, but "
                       "not yet every reference to them in guidance meetings, packets and "
                       "drafts; they are cleared the next time a client is deleted."
                   ).format(code=entry.code) + " " + error_text(exc), warning=True)
            return ErasedClient(client_id=client_id, code=entry.code)
        except Exception as again:  # the register is read again at the next unlock
            log_unexpected(again)
            _not_deleted(parent, entry.code, exc)
            return None
        _not_deleted(parent, entry.code, exc)
        if vault.is_open:
            _open_again(parent, client_id, reopen_case)
        return None
    forget_in_open_windows(client_id)
    said = QCoreApplication.translate(
        "ClientActions", "Client {code} and the case file are deleted.").format(code=erased.code)
    if exports.paths:  # the list the dialog showed is gone with it: said once more
        said += "\n\n" + QCoreApplication.translate(
            "ClientActions", "Delete these exported files too, wherever they are kept:"
        ) + "\n" + "\n".join(exports.paths)
        # An export cut short may have left a hidden copy beside them (the dialog said so).
        if len(exports.folders) == 1:
            look = QCoreApplication.translate(
                "ClientActions", "Look in this folder too for hidden copies an export cut "
                "short may have left (names that start with a dot and end in .tmp or .part):")
        else:
            look = QCoreApplication.translate(
                "ClientActions", "Look in these folders too for hidden copies an export cut "
                "short may have left (names that start with a dot and end in .tmp or .part):")
        said += "\n\n" + look + "\n" + "\n".join(exports.folders)
    inform(parent, QCoreApplication.translate("ClientActions", "Client deleted"), said)
    return erased


def add_client_actions(
    menu: QMenu,
    parent: QWidget,
    vault: Vault,
    client_id: str,
    case: CaseFile | None,
    *,
    privacy: bool,
    close_case: Callable[[], bool],
    deleted: Callable[[str], None],
    reopen_case: Callable[[], None] | None = None,
) -> None:
    """Add "Edit client details…" and "Delete client…" to ``menu`` for ``client_id``.

    ``case``: the client's case if it is open (the details are corrected in it; a case
    that failed to open offers only the delete). ``deleted(client_id)`` runs after an
    erasure, for the window to drop the register line and refresh what lists clients;
    ``reopen_case`` after a delete that failed, to open the case ``close_case`` closed
    (without it, the register's line that is still current opens it again).
    """
    edit = menu.addAction(QCoreApplication.translate("ClientActions", "Edit client details…"))
    edit.setObjectName("editClientAction")
    if case is None or case.closed or case.client_id != client_id:
        edit.setEnabled(False)
    else:
        edit.triggered.connect(
            lambda _checked=False: edit_client_details(parent, vault, case, privacy=privacy))
    remove = menu.addAction(QCoreApplication.translate("ClientActions", "Delete client…"))
    remove.setObjectName("deleteClientAction")

    def delete() -> None:
        erased = delete_client(parent, vault, client_id, close_case=close_case,
                               reopen_case=reopen_case)
        if erased is not None:
            deleted(erased.client_id)

    remove.triggered.connect(lambda _checked=False: delete())
