"""A case summary recorded in the case's audit log whose file then cannot be named (the
rename refused: a full directory on a stick) leaves no file, and the log says the export
was not completed, with its place, right after the export line (an audit log takes nothing
back). The rename is refused at the system call, as a full disk refuses it; the case is
fictional."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kastdesk.audit import case_log
from kastdesk.report.export import export_case_summary
from kastdesk.store import Vault
from kastdesk.store.errors import ExportDiskFull


def test_a_summary_whose_file_cannot_be_named_is_logged_as_not_completed(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = vault.add_client("K-RENAME")
    out = tmp_path / "exports" / "K-RENAME summary.pdf"
    out.parent.mkdir()
    real_replace = os.replace

    def refused(src: object, dst: object) -> None:
        if str(dst) == str(out):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ExportDiskFull):
        export_case_summary(vault, case.client_id, out)
    monkeypatch.setattr(os, "replace", real_replace)
    assert list(out.parent.iterdir()) == []  # no file, no hidden copy
    rows = [r for r in case_log(vault, case.client_id).rows
            if r.action in ("Export case summary", "Export not completed")]
    assert [r.action for r in sorted(rows, key=lambda r: r.seq)] == [
        "Export case summary", "Export not completed"]
    (last,) = [r for r in rows if r.action == "Export not completed"]
    assert (last.what, last.target) == ("Export not completed: its file could not be saved",
                                        str(out.resolve()))
