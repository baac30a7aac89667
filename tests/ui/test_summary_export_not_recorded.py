"""The case summary dialog records the export before the PDF has its name: where the
vault cannot record it, no PDF is left and the therapist is told in one sentence that
nothing was exported. Here a lock closes the vault while the PDF is being laid out (the
lock waits for the worker, then closes the vault; the worker's answer comes after): the
PDF was written, recording it on the closed vault failed in the slot, and the file stayed
in the folder with no line in the case's audit log, unlisted when the client is deleted.
The case is fictional."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.store import Vault
from kastdesk.ui.supervision.export_dialog import ExportDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot


def test_an_export_the_closed_vault_cannot_record_leaves_no_pdf(
    qtbot, vault: Vault, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    case = vault.add_client("K-LOCKED")
    folder = Path(vault.folder)
    dialog = ExportDialog(vault, case.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    exports = tmp_path / "exports"
    exports.mkdir()
    dialog.export_to(exports / "K-LOCKED summary.pdf")
    vault.close()  # as the lock does once the worker is done, before its answer arrives
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    boxes = [b for b in QApplication.topLevelWidgets()
             if isinstance(b, QMessageBox) and b.objectName() == "errorBox" and b.isVisible()]
    assert [b.text() for b in boxes] == [
        "Nothing was exported: the export could not be recorded in the vault's audit log, "
        "so the file was not saved."]
    screenshot(boxes[0], "summary_export_not_recorded")
    boxes[0].close()
    assert list(exports.iterdir()) == []  # no PDF, no hidden copy
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    with Vault.unlock(folder, PASSPHRASE) as again:
        entries = again.open_case(case.client_id, audit_open=False).audit_entries()
        assert "Export case summary" not in [e.action for e in entries]
