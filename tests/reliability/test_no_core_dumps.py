"""No crash dump holds decrypted case data: the ``kastdesk`` command (app and verbs alike)
turns core dumps off before anything is decrypted. A leak hunt aborted the app with a note
open and found the client's name, the notes and the passphrase in the core file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX core dumps")

# A process that raised its own core limit, ran the command's entry point (here only
# --help, which decrypts nothing) and then crashes while holding a secret in memory.
CRASH = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
from kastdesk.cli import main
from kastdesk.hardening import dumpable
main(["--help"])
secret = "MARKERALPHA suicidal thoughts " * 1000
print(resource.getrlimit(resource.RLIMIT_CORE), dumpable(), flush=True)
import os
os.abort()
"""


def test_the_command_turns_core_dumps_off_before_a_crash(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=60,
    )
    assert result.returncode == -signal.SIGABRT
    limits, dumps = result.stdout.strip().splitlines()[-1].rsplit(" ", 1)
    assert limits == "(0, 0)"  # soft and hard: a later setrlimit cannot raise it again
    if sys.platform.startswith("linux"):
        assert dumps == "False"
    # Where the kernel writes core files into the working folder, it wrote none.
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("core")]


def test_without_the_command_the_same_crash_would_dump(tmp_path: Path) -> None:
    """What the test above rules out: with the limit raised and no call to main(), the
    process stays dumpable (the check can fail)."""
    script = CRASH.replace('main(["--help"])', "pass")
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=60,
    )
    assert result.returncode == -signal.SIGABRT
    limits, _dumps = result.stdout.strip().splitlines()[-1].rsplit(" ", 1)
    assert limits != "(0, 0)"
