"""``kastdesk clients``: codes only unless --show-names, in JSON as in the table; words
for the status in the table, not stored values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kastdesk import i18n
from kastdesk.cli import main
from kastdesk.domain.models import RiskKind
from kastdesk.store import KdfParams, Vault

from ..conftest import PASSPHRASE


@pytest.fixture
def flagged_vault(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A vault with one named client carrying a risk flag, and a passphrase file."""
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client("K-1", name="Zelda Quxberg")
    case.flags.raise_flag(RiskKind.SUICIDAL, "said so in the first call")
    case.close()
    vault.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    yield folder, secret


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_json_without_show_names_has_no_name_and_no_risk_kind(
    flagged_vault: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret = flagged_vault
    out = _run(capsys, "clients", "--vault", str(folder), "--passphrase-file", str(secret),
               "--json")
    assert "Quxberg" not in out and "suicidal" not in out
    (client,) = json.loads(out)
    assert client["code"] == "K-1" and client["flag_count"] == 1
    assert "name" not in client and "flags" not in client


def test_json_with_show_names_has_the_name_and_the_risk_kinds(
    flagged_vault: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret = flagged_vault
    (client,) = json.loads(_run(capsys, "clients", "--vault", str(folder),
                                "--passphrase-file", str(secret), "--json", "--show-names"))
    assert client["name"] == "Zelda Quxberg"
    assert client["flags"] == [RiskKind.SUICIDAL.value] and client["flag_count"] == 1
    assert client["status"] == "first_contact"  # JSON keeps the stored value, for programs


def test_table_shows_the_status_in_translated_words(
    flagged_vault: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret = flagged_vault
    previous = i18n.current_translator()
    # A stand-in catalogue: main() keeps a translator when none loads for this computer.
    i18n.set_translator(lambda context, text: f"«{text}»")
    try:
        out = _run(capsys, "clients", "--vault", str(folder), "--passphrase-file", str(secret))
    finally:
        i18n.set_translator(previous)
    assert "«First contact»" in out and "first_contact" not in out
    assert "Quxberg" not in out and "suicidal" not in out.casefold()
