"""The delete dialog lists the files exported from the case (from its audit log, which
goes with it), so the therapist can delete them too; the message after the deletion
names them once more."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kastdesk.clients.exports import recorded_exports
from kastdesk.report.export import export_case_summary
from kastdesk.store import Vault
from kastdesk.ui.cases.client_actions import delete_client
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from tests.ui.conftest import screenshot, when_modal


def _texts(dialog: QWidget) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_dialog_lists_what_was_exported_and_where(qtbot, vault: Vault,
                                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    summary = tmp_path / "exports" / "K-2026-001 summary.pdf"
    summary.parent.mkdir()
    export_case_summary(vault, case.client_id, summary)
    case.record("Export genogram as PNG", {"initials_only": False, "persons": 1})

    dialog = DeleteClientDialog("K-2026-001", exports=recorded_exports(vault, case.client_id))
    qtbot.addWidget(dialog)
    dialog.show()

    said = _texts(dialog)
    assert "Only a backup" not in said
    assert "files exported from it" in said and "Delete the files too" in said
    assert dialog.exports_list is not None
    listed = dialog.exports_list.toPlainText()
    assert str(summary.resolve()) in listed and "Exported the case summary" in listed
    assert "Exported the family map as PNG" in listed and "was not recorded" in listed
    # The folder too: an export cut short may have left a hidden copy there.
    assert dialog.folders_note is not None and dialog.folders_list is not None
    note = dialog.folders_note.text()
    assert ".tmp" in note and "this folder too" in note and "not recorded" in note
    assert dialog.folders_list.toPlainText() == str(summary.parent.resolve())
    screenshot(dialog, "delete_client_dialog_exports")


def test_the_dialog_names_each_folder_the_exports_went_to_once(
    qtbot, vault: Vault, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    case = vault.add_client("K-2026-002", first_contact_date=date(2026, 5, 1))
    documents, stick = tmp_path / "Documents", tmp_path / "STICK" / "guidance"
    for folder in (documents, stick):
        folder.mkdir(parents=True)
    export_case_summary(vault, case.client_id, documents / "K-2026-002 summary.pdf")
    export_case_summary(vault, case.client_id, stick / "K-2026-002 for guidance.pdf")
    export_case_summary(vault, case.client_id, documents / "K-2026-002 summary (2).pdf")

    dialog = DeleteClientDialog("K-2026-002", exports=recorded_exports(vault, case.client_id))
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.folders_list is not None and dialog.folders_note is not None
    assert dialog.folders_list.toPlainText().splitlines() == [
        str(documents.resolve()), str(stick.resolve())]
    note = dialog.folders_note.text()
    assert "these folders too" in note and "not recorded" not in note
    screenshot(dialog, "delete_client_dialog_export_folders")


def test_nothing_exported_names_no_folder(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-003")
    dialog = DeleteClientDialog("K-2026-003", exports=recorded_exports(vault, case.client_id))
    qtbot.addWidget(dialog)
    assert dialog.folders_note is None and dialog.folders_list is None


def test_a_case_never_exported_says_so(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-001")
    dialog = DeleteClientDialog("K-2026-001", exports=recorded_exports(vault, case.client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "records no export" in _texts(dialog) and dialog.exports_list is None
    screenshot(dialog, "delete_client_dialog_no_exports")


def test_the_delete_lists_them_before_and_names_them_after(qtbot, vault: Vault,
                                                           tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    summary = tmp_path / "summary.pdf"
    export_case_summary(vault, case.client_id, summary)
    parent = QWidget()
    qtbot.addWidget(parent)
    listed: list[str] = []

    def confirm(dialog: DeleteClientDialog) -> None:
        assert dialog.exports_list is not None
        listed.append(dialog.exports_list.toPlainText())
        dialog.typed.setText("K-2026-001")
        dialog.delete_button.click()

    timer = when_modal(DeleteClientDialog, confirm)
    erased = delete_client(parent, vault, case.client_id, close_case=lambda: True)
    timer.stop()

    assert erased is not None and str(summary.resolve()) in listed[0]
    box = parent.findChild(QMessageBox, "infoBox")
    assert box is not None and str(summary.resolve()) in box.text()
    assert "Delete these exported files too" in box.text()
    assert "Look in this folder too" in box.text()
    assert box.text().rstrip().endswith(str(summary.parent.resolve()))
    screenshot(box, "delete_client_done_exports")
