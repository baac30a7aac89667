"""``kastdesk delete-client``: the code typed again (or --yes), then erased for good."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import kastdesk.clients.cli  # noqa: F401  (adds the verb, as kastdesk.cli loads it)
from kastdesk.store import Vault

from ..conftest import PASSPHRASE
from ..conftest import run_cli as _run


def _codes(folder: Path) -> list[str]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return [e.code for e in vault.clients()]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_with_yes_the_client_is_erased(demo_vault: Path, pass_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = _codes(demo_vault)
    code, out, _ = _run(capsys, "delete-client", "--vault", str(demo_vault),
                        "--passphrase-file", str(pass_file), "--case", "k-2026-004", "--yes")
    assert code == 0, out
    assert "K-2026-004 deleted" in out
    assert _codes(demo_vault) == [c for c in before if c != "K-2026-004"]


def test_without_a_terminal_or_yes_nothing_is_deleted(
        demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("K-2026-004\n"))
    code, _, err = _run(capsys, "delete-client", "--vault", str(demo_vault),
                        "--passphrase-file", str(pass_file), "--case", "K-2026-004")
    assert code == 2 and "--yes" in err and "Nothing was deleted" in err
    assert "K-2026-004" in _codes(demo_vault)


def test_the_code_typed_again_confirms(demo_vault: Path, pass_file: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal("K-2026-005\n"))
    code, _, err = _run(capsys, "delete-client", "--vault", str(demo_vault),
                        "--passphrase-file", str(pass_file), "--case", "K-2026-004")
    assert code == 2 and "not the code K-2026-004" in err
    assert "cannot be undone" in err
    assert "K-2026-004" in _codes(demo_vault)

    monkeypatch.setattr(sys, "stdin", _Terminal(" k-2026-004\n"))
    code, _out, _ = _run(capsys, "delete-client", "--vault", str(demo_vault),
                        "--passphrase-file", str(pass_file), "--case", "K-2026-004")
    assert code == 0 and "K-2026-004" not in _codes(demo_vault)


def test_an_unknown_code_is_one_sentence(demo_vault: Path, pass_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "delete-client", "--vault", str(demo_vault),
                        "--passphrase-file", str(pass_file), "--case", "K-0", "--yes")
    assert code != 0 and "no client with the code K-0" in err
    assert len(err.strip().splitlines()) == 1
