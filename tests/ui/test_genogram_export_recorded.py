"""The family map's exports from the editor (PNG, SVG, PDF, GEDCOM) record the file they
wrote in the case's audit log, so that deleting the client lists them with the other
exports; an export that fails records nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kastdesk.audit import case_log
from kastdesk.audit.describe import Kind
from kastdesk.clients.exports import recorded_exports
from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.store.errors import ExportFailed, ExportNotRecorded
from kastdesk.ui.cases.delete_client import DeleteClientDialog
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import screenshot


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-001", name="Erik Berg")


@pytest.fixture
def editor(qtbot, vault: Vault, case):  # type: ignore[no-untyped-def]
    ed = GenogramEditor(vault, case, today=lambda: date(2026, 11, 1))
    ed.privacy_mode = False
    ed.resize(1000, 700)
    qtbot.addWidget(ed)
    ed.show()
    pid = ed.add_person(Sex.MALE)
    assert pid is not None
    ed.set_index_person(pid)
    ed.add_parents(pid)
    return ed


def _exported(editor: GenogramEditor, folder: Path) -> dict[str, Path]:
    """Every kind of export the editor offers, each to a file of its own."""
    folder.mkdir()
    files = {"png": folder / "map.png", "svg": folder / "map.svg", "pdf": folder / "map.pdf",
             "initials": folder / "initials.pdf", "gedcom": folder / "family.ged"}
    for fmt in ("png", "svg", "pdf"):
        editor.export_file(files[fmt], fmt)
    editor.export_file(files["initials"], "pdf", initials_only=True)
    editor.export_gedcom_file(files["gedcom"])
    return files


def test_each_export_records_its_file_for_the_delete(editor, vault: Vault, case,
                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = _exported(editor, tmp_path / "exports")

    exports = recorded_exports(vault, case.client_id)

    assert exports.readable
    assert sorted(exports.paths) == sorted(str(f.resolve()) for f in files.values())
    said = {exported.paths: exported.what for exported in exports.files}
    assert said == {
        (str(files["png"].resolve()),): "Exported the family map as PNG",
        (str(files["svg"].resolve()),): "Exported the family map as SVG",
        (str(files["pdf"].resolve()),): "Exported the family map as PDF",
        (str(files["initials"].resolve()),): "Exported the family map as PDF (initials only)",
        (str(files["gedcom"].resolve()),): "Exported the family map as GEDCOM",
    }


def test_the_entries_keep_path_format_and_names_or_initials(editor, case,
                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = _exported(editor, tmp_path / "exports")
    details = {e.detail["path"]: (e.action, e.detail) for e in case.audit_entries()
               if e.action.startswith("Export genogram")}
    action, detail = details[str(files["initials"].resolve())]
    assert action == "Export genogram as PDF"
    assert (detail["format"], detail["initials_only"], detail["persons"]) == ("PDF", True, 3)
    action, detail = details[str(files["gedcom"].resolve())]
    assert action == "Export genogram as GEDCOM"
    assert (detail["format"], detail["initials_only"]) == ("GEDCOM", False)
    assert details[str(files["png"].resolve())][1]["initials_only"] is False
    assert "Erik" not in repr(details)  # where it went and how, never what it held


def test_the_audit_log_shows_where_each_went(editor, vault: Vault, case,
                                             tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = _exported(editor, tmp_path / "exports")
    rows = [r for r in case_log(vault, case.client_id).rows if r.kind is Kind.EXPORTED]
    assert {r.target for r in rows} == {str(f.resolve()) for f in files.values()}
    assert all(r.what.startswith("Exported the family map as ") for r in rows)


def test_the_delete_dialog_lists_them(qtbot, editor, vault: Vault, case,
                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = _exported(editor, tmp_path / "exports")
    dialog = DeleteClientDialog("K-2026-001", exports=recorded_exports(vault, case.client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.exports_list is not None
    listed = dialog.exports_list.toPlainText()
    for path in files.values():
        assert str(path.resolve()) in listed
    assert "Exported the family map as GEDCOM" in listed
    assert "was not recorded" not in listed
    screenshot(dialog, "delete_client_dialog_family_map_exports")


def test_a_failed_export_records_nothing(editor, vault: Vault, case,
                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "gone"
    for fmt in ("png", "svg", "pdf"):
        with pytest.raises(ExportFailed):
            editor.export_file(gone / f"map.{fmt}", fmt)
    with pytest.raises(ExportFailed):
        editor.export_gedcom_file(gone / "family.ged")
    assert not any(e.action.startswith("Export") for e in case.audit_entries())
    assert recorded_exports(vault, case.client_id).files == []


def test_an_export_the_vault_cannot_record_leaves_no_file(
    editor, case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Written whole, recorded, then named: where the case's audit log cannot take the line
    (the vault's disk full), the file is dropped unnamed, for every format."""
    import kastdesk.ui.genogram.editor as editor_module

    def vault_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(editor_module, "record_export", vault_full)
    out = tmp_path / "exports"
    out.mkdir()
    for fmt in ("png", "svg", "pdf"):
        with pytest.raises(ExportNotRecorded):
            editor.export_file(out / f"map.{fmt}", fmt)
    with pytest.raises(ExportNotRecorded):
        editor.export_gedcom_file(out / "family.ged")
    assert list(out.iterdir()) == []  # no file, no hidden copy
