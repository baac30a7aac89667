"""``kastdesk genogram export`` records the GEDCOM file it wrote (absolute path, format,
names) in the case's audit log, so that deleting the client lists it with the other
exports; a write that fails records nothing (core, no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kastdesk.clients.cli  # noqa: F401  (adds the verb, as kastdesk.cli loads it)
import kastdesk.genogram.cli as genogram_cli
from kastdesk.audit import case_log
from kastdesk.audit.describe import Kind
from kastdesk.cli import main
from kastdesk.clients.exports import recorded_exports
from kastdesk.genogram.storage import record_export
from kastdesk.store import Vault
from kastdesk.store.errors import ExportFailed
from tests.conftest import PASSPHRASE

DATA = Path(__file__).parent / "data"


@pytest.fixture
def env(vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    """A vault folder with client K-1 whose family map came from a GEDCOM file (closed),
    and a passphrase file."""
    vault.add_client("K-1")
    folder = Path(vault.folder)
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    assert main(["genogram", "import", "--vault", str(folder), "--passphrase-file",
                 str(pass_file), "--case", "K-1", str(DATA / "family.ged")]) == 0
    return folder, pass_file


def _export(folder: Path, pw: Path, out: str) -> int:
    return main(["genogram", "export", "--vault", str(folder), "--passphrase-file", str(pw),
                 "--case", "K-1", "--out", out])


def test_the_export_records_its_absolute_path_for_the_delete(
    env: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, pw = env
    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.chdir(exports)  # --out relative to where the command ran
    assert _export(folder, pw, "family.ged") == 0
    written = str((exports / "family.ged").resolve())
    with Vault.unlock(folder, PASSPHRASE) as vault:
        client_id = vault.client_by_code("K-1").id
        listed = recorded_exports(vault, client_id)
        entries = [e for e in vault.open_case(client_id).audit_entries()
                   if e.action == "Export genogram as GEDCOM"]
        rows = [r for r in case_log(vault, client_id).rows if r.kind is Kind.EXPORTED]
    assert listed.readable and listed.paths == [written]
    assert [f.what for f in listed.files] == ["Exported the family map as GEDCOM"]
    (entry,) = entries
    assert entry.detail["path"] == written
    assert (entry.detail["format"], entry.detail["initials_only"]) == ("GEDCOM", False)
    assert entry.detail["persons"] > 0
    (row,) = rows
    assert (row.what, row.target) == ("Exported the family map as GEDCOM", written)


def test_delete_client_names_the_gedcom_file(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    folder, pw = env
    out = tmp_path / "family.ged"
    assert _export(folder, pw, str(out)) == 0
    capsys.readouterr()
    assert main(["delete-client", "--vault", str(folder), "--passphrase-file", str(pw),
                 "--case", "K-1", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "not deleted with it" in said and str(out.resolve()) in said


def test_an_export_that_fails_records_nothing(
    env: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, pw = env

    def full_disk(path: Path, data: bytes) -> None:
        raise ExportFailed(detail="No space left on device")

    monkeypatch.setattr(genogram_cli, "stage_export", full_disk)
    assert _export(folder, pw, str(tmp_path / "family.ged")) != 0
    with Vault.unlock(folder, PASSPHRASE) as vault:
        client_id = vault.client_by_code("K-1").id
        assert recorded_exports(vault, client_id).files == []
        assert not any(e.action.startswith("Export")
                       for e in vault.open_case(client_id).audit_entries())


def test_an_export_the_vault_cannot_record_leaves_no_file(
    env: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The file is written whole, then recorded, then named: where the case's audit log
    cannot take the line (the vault's disk full), no file stays that deleting the client
    would not list (it was written, then recorded: the recording's failure left it)."""
    folder, pw = env

    def vault_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(genogram_cli, "record_export", vault_full)
    out = tmp_path / "exports" / "family.ged"
    out.parent.mkdir()
    assert _export(folder, pw, str(out)) != 0
    assert "Nothing was exported" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []  # no file, no hidden copy
    with Vault.unlock(folder, PASSPHRASE) as vault:
        client_id = vault.client_by_code("K-1").id
        assert recorded_exports(vault, client_id).files == []


class _Case:
    def __init__(self) -> None:
        self.recorded: list[tuple[str, dict[str, object] | None]] = []

    def record(self, action: str, detail: dict[str, object] | None = None) -> None:
        self.recorded.append((action, detail))


def test_record_export_names_the_format_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    case = _Case()
    record_export(case, tmp_path / "map.svg", "svg", persons=4, initials_only=True)
    assert case.recorded == [("Export genogram as SVG", {
        "path": str((tmp_path / "map.svg").resolve()), "format": "SVG",
        "initials_only": True, "persons": 4})]
    with pytest.raises(ValueError):
        record_export(case, tmp_path / "map.gif", "gif", persons=4)
    assert len(case.recorded) == 1
