"""Exit codes as README's table lists them, and a closed output pipe ending quietly.

An export-pdf into a read-only folder or onto a full disk exited 2 (usage), where README
says 1 for a place the system refused and 4 for a full disk; ``kastdesk clients | head``
printed "A file could not be read or written: Broken pipe."
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import run_cli as run


def _export(capsys: pytest.CaptureFixture[str], vault: Path, pass_file: Path, out: Path
            ) -> tuple[int, str, str]:
    from kastdesk.store import Vault

    from ..conftest import PASSPHRASE

    with Vault.unlock(vault, PASSPHRASE) as v:
        code = v.clients()[0].code
    return run(capsys, "export-pdf", "--vault", str(vault), "--passphrase-file",
               str(pass_file), "--case", code, "--out", str(out))


@pytest.mark.parametrize(("failure", "expected"), [
    (errno.EROFS, 1), (errno.EACCES, 1), (errno.ENOSPC, 4), (errno.EDQUOT, 4),
])
def test_a_refused_or_full_target_exits_as_readme_says(
    demo_vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, failure: int, expected: int,
) -> None:
    """The system's refusal is made where the PDF takes its name (tests run as root, so a
    read-only folder cannot be had by permissions)."""
    out = tmp_path / "exports" / "summary.pdf"
    out.parent.mkdir()
    real_replace = os.replace

    def refuse(src: object, dst: object) -> None:
        if str(dst) == str(out):
            raise OSError(failure, os.strerror(failure))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = _export(capsys, demo_vault, pass_file, out)
    assert code == expected
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_an_export_into_the_vault_stays_a_usage_error(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _export(capsys, demo_vault, pass_file, demo_vault / "summary.pdf")
    assert code == 2 and "vault's folder" in err


def test_a_closed_output_pipe_ends_quietly(demo_vault: Path, pass_file: Path) -> None:
    """``kastdesk clients | head``: the reader has gone before the list is written."""
    read, write = os.pipe()
    os.close(read)  # as head does once it has its lines
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kastdesk", "clients", "--vault", str(demo_vault),
             "--passphrase-file", str(pass_file)],
            stdout=write, stderr=subprocess.PIPE, text=True, timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
        )
    finally:
        os.close(write)
    assert done.stderr == ""
    assert done.returncode == 0
