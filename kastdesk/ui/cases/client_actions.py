"""What the register offers for the client's record itself: correct its details."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.edit_client import EditClientDialog


def edit_client_details(parent: QWidget | None, vault: Vault, case: CaseFile, *,
                        privacy: bool = True) -> bool:
    """Let the therapist correct the open client's details; True if something changed.

    The case's listeners redraw the register line and the header, as after any change."""
    dialog = EditClientDialog(vault, case, parent, privacy=privacy)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.changed)
    finally:
        dialog.deleteLater()
