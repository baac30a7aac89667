"""The name and folder the export dialog offers for a case summary.

The dialog offered no name at all; it offers "<code>-case-summary-<date>.pdf" in the
folder last used for this case or the documents folder, and never a folder inside the
vault, where the export would be refused (and lie in plain text beside the vault).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kastdesk.report.snapshot import EXPORT_ACTION, suggested_summary_path, summary_file_name
from kastdesk.store import Vault

DAY = date(2026, 12, 3)


def test_the_name_carries_the_code_and_the_day_or_the_reference_alone() -> None:
    assert summary_file_name("K-2026-004", DAY) == "K-2026-004-case-summary-2026-12-03.pdf"
    assert summary_file_name("P-7KQ4", None) == "P-7KQ4-case-summary.pdf"


def test_offered_in_the_documents_folder(vault: Vault, tmp_path: Path) -> None:
    case = vault.add_client("K-2026-004")
    documents = tmp_path / "Documents"
    documents.mkdir()
    path = suggested_summary_path(vault, str(case.client_id), documents, day=DAY)
    assert path == documents / "K-2026-004-case-summary-2026-12-03.pdf"
    # Pseudonymized: its reference, and nothing of the client code; no day either (the real
    # export day beside the shifted dates inside gave the secret offset away).
    path = suggested_summary_path(vault, str(case.client_id), documents, "P-7KQ4", day=DAY)
    assert path.name == "P-7KQ4-case-summary.pdf"


def test_offered_where_the_last_summary_went(vault: Vault, tmp_path: Path) -> None:
    case = vault.add_client("K-2026-004")
    documents, used = tmp_path / "Documents", tmp_path / "clinic share"
    documents.mkdir()
    used.mkdir()
    case.record(EXPORT_ACTION, {"path": str(used / "old.pdf")})
    assert suggested_summary_path(vault, str(case.client_id), documents, day=DAY).parent == used


def test_never_offered_inside_the_vault(vault: Vault) -> None:
    """A documents folder that is (or lies in) the vault's folder is passed over; so is
    Qt's empty answer when it knows no documents folder (that would be the working
    directory)."""
    case = vault.add_client("K-2026-004")
    for documents in (vault.folder, vault.folder / "cases", ""):
        path = suggested_summary_path(vault, str(case.client_id), documents, day=DAY)
        assert path.parent.is_dir()
        assert not path.resolve().is_relative_to(vault.folder.resolve())
