"""No crash dump holds decrypted case data: the ``kastdesk`` command (app and verbs alike)
turns core dumps off before anything is decrypted. A leak hunt aborted the app with a note
open and found the client's name, the notes and the passphrase in the core file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX core dumps")

# A fresh process (dumpable again after exec, whatever its parent did) that runs the
# command's entry point: here only --help, which decrypts nothing.
RUN = """
import resource
from kastdesk.cli import main
from kastdesk.hardening import dumpable
before = dumpable()
main(["--help"])
print(before, dumpable(), resource.getrlimit(resource.RLIMIT_CORE), flush=True)
"""


def test_the_command_turns_core_dumps_off_first(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", RUN], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=60, check=True,
    )
    before, after, limits = result.stdout.strip().splitlines()[-1].split(" ", 2)
    # Soft and hard limit: nothing later in the process can raise it again.
    assert limits == "(0, 0)"
    if sys.platform.startswith("linux"):
        assert (before, after) == ("True", "False")
