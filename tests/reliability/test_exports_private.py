"""A case summary (the whole case in plain text) and the other exports are readable by the
therapist's own account only, as the supervision packet already was: on a shared clinic
laptop the summary was readable by every account (mode 0644, a leak hunt)."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from kastdesk.csvfile import write_csv
from kastdesk.report.export import export_case_summary
from kastdesk.store import Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_case_summary_is_the_owners_alone(vault: Vault, tmp_path: Path) -> None:
    case = vault.add_client("K-2026-001", first_contact_date=date(2026, 1, 5))
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"an older summary, readable by all")
    out.chmod(0o644)
    old_umask = os.umask(0o022)  # a usual desktop umask
    try:
        export_case_summary(vault, case.client_id, out)
    finally:
        os.umask(old_umask)
    assert out.read_bytes().startswith(b"%PDF")
    assert _mode(out) == 0o600


def test_a_csv_export_too(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    write_csv(out, ["code"], [["K-2026-001"]])
    assert _mode(out) & 0o077 == 0, oct(_mode(out))



def test_a_crashed_exports_hidden_copy_goes_with_the_next_export(
    vault: Vault, tmp_path: Path
) -> None:
    """A process killed between writing an export's temp file and renaming it left a
    hidden, complete plain-text copy beside it; exporting to the same file again removes
    it (and only it)."""
    case = vault.add_client("K-2026-002", first_contact_date=date(2026, 1, 5))
    out = tmp_path / "summary.pdf"
    leftover = tmp_path / ".summary.pdf.4242.tmp"
    leftover.write_bytes(b"%PDF the whole case, left by a crash")
    unrelated = tmp_path / ".other.pdf.4242.tmp"
    unrelated.write_bytes(b"not ours to remove")
    export_case_summary(vault, case.client_id, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert not leftover.exists()
    assert unrelated.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == [unrelated.name]
