"""SIGKILL at random moments leaves a vault that opens and verifies with committed data."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault

from ..conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

WRITER = """
import sys, datetime
from kastdesk.store import Vault
vault = Vault.unlock(sys.argv[1], sys.argv[2])
case = vault.open_case(vault.clients()[0].id)
session = case.sessions.list()[0]
n = 0
while True:
    n += 1
    case.sessions.save_note(session.id, f"note version {n} " + "x" * (n % 500))
    if n % 7 == 0:
        case.goals.add(f"goal {n}")
    print(n, flush=True)
"""


def _kill_after(cmd: list[str], delay: float, env: dict[str, str]) -> list[str]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return out.split()


def test_kill_during_demo_leaves_a_verifiable_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    env = dict(os.environ, KASTDESK_PASSPHRASE=PASSPHRASE)
    rng = random.Random(5)
    counts = []
    for _ in range(5):
        _kill_after([sys.executable, "-m", "kastdesk", "demo", "--vault", str(folder),
                     "--clients", "30", "--sessions", "5", "--anchor", "2026-11-01"],
                    rng.uniform(0.8, 2.5), env)
        with Vault.unlock(folder, PASSPHRASE) as vault:
            assert vault.verify() == []
            counts.append(len(vault.clients()))
            for entry in vault.clients():
                vault.open_case(entry.id).sessions.list()
                vault.close_case(entry.id)
    assert counts == sorted(counts) and counts[-1] > 0


def test_kill_during_note_writes_keeps_every_committed_save(tmp_path: Path) -> None:
    from datetime import datetime

    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1").sessions.add(datetime(2026, 3, 9, 10, 0))
    vault.close()
    rng = random.Random(9)
    for _ in range(5):
        printed = _kill_after([sys.executable, "-c", WRITER, str(folder), PASSPHRASE],
                              rng.uniform(0.6, 1.8), dict(os.environ))
        assert printed, "the writer never committed"
        last_committed = int(printed[-1])
        with Vault.unlock(folder, PASSPHRASE) as vault:
            assert vault.verify() == []
            case = vault.open_case(vault.clients()[0].id)
            note = case.sessions.list()[0].note
            saved = int(note.split()[2])
            # Printed after commit, so the store holds at least that save (maybe one more).
            assert saved in (last_committed, last_committed + 1)


# Killed at the worst moment of adding a client: the case file exists (its first commit is
# in), the register row holding its key is not written yet.
KILLED_ADDING = """
import os, signal, sys
from kastdesk.store import Vault
from kastdesk.store.vault import Vault as V

def die(self, case, changes=None):
    os.kill(os.getpid(), signal.SIGKILL)

V._sync_register = die
vault = Vault.unlock(sys.argv[1], sys.argv[2])
print("adding", flush=True)
vault.add_client("K-2")
"""


def test_a_kill_while_adding_a_client_leaves_no_stray_case_file(tmp_path: Path) -> None:
    """The next unlock removes the file no key opens (verify called it "put there by
    hand"), and the client added before is untouched."""
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1")
    vault.close()
    result = subprocess.run([sys.executable, "-c", KILLED_ADDING, str(folder), PASSPHRASE],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL and "adding" in result.stdout
    assert len(list((folder / "cases").glob("*.kcase"))) == 2  # the stray file is there
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.verify() == []
        assert [c.code for c in vault.clients()] == ["K-1"]
        assert len(vault.case_files()) == 1
        vault.add_client("K-2")  # and the code is free to use
