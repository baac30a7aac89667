"""Shared fixtures: real vaults on disk with cheap key derivation, for speed.

The cheap Argon2 parameters come in through ``Vault.create(kdf=...)``, an explicit
argument the program itself never passes; the real cost is calibrated at creation.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kastdesk.store import CaseFile, KdfParams, Vault

PASSPHRASE = "correct horse battery staple"
ANCHOR = date(2026, 11, 1)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    """An empty, unlocked vault and its recovery key."""
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests(),
                                   therapist="Test Therapist")
    try:
        yield vault, recovery
    finally:
        vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


def make_demo_vault(folder: Path, clients: int = 6, seed: int = 7, **options: object) -> Path:
    """Create a demo vault with cheap KDF parameters; returns its folder (closed)."""
    from kastdesk.demo import DEMO_THERAPIST, DemoOptions, fill_vault

    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist=DEMO_THERAPIST)
    try:
        fill_vault(vault, DemoOptions(clients=clients, seed=seed, anchor=ANCHOR, **options))
    finally:
        vault.close()
    return folder


def demo_cases(folder: Path) -> Iterator[CaseFile]:
    """Every client's case file of the vault in ``folder``, open one at a time."""
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        for entry in vault.clients():
            case = vault.open_case(entry.id)
            try:
                yield case
            finally:
                vault.close_case(entry.id)
    finally:
        vault.close()


@pytest.fixture(scope="session")
def demo_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo vault per test run; copy it (``demo_vault``) before changing it."""
    return make_demo_vault(tmp_path_factory.mktemp("demo") / "vault")


@pytest.fixture
def demo_vault(demo_vault_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo"
    shutil.copytree(demo_vault_template, target)
    return target


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    """The test passphrase in a file, as ``--passphrase-file`` reads it."""
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``kastdesk ARGV`` in this process: exit code, standard output, standard error."""
    from kastdesk.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def immutable_supported(probe: Path) -> bool:
    """Whether ``chattr +i`` makes a file unwritable here (root on ext4, xfs, btrfs…): the
    read-only case file tests need a file even the owner cannot write."""
    if sys.platform != "linux" or not shutil.which("chattr"):
        return False
    probe.write_bytes(b"")
    if subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode != 0:
        probe.unlink()
        return False
    try:
        probe.write_bytes(b"x")  # a flag that does not stop writes would prove nothing
        refused = False
    except OSError:
        refused = True
    subprocess.run(["chattr", "-i", str(probe)], check=True)
    probe.unlink()
    return refused


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """``path`` immutable for the ``with`` block."""
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:  # else even the test's own clean-up could not remove it
        subprocess.run(["chattr", "-i", str(path)], check=True)
