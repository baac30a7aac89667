"""Before a client is erased, the files exported from the case are listed from its audit
log (which goes with the case): the therapist must delete those too (core, no Qt)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import kastdesk.clients.cli  # noqa: F401  (adds the verb, as kastdesk.cli loads it)
from kastdesk.cli import main
from kastdesk.clients.exports import recorded_exports
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import (
    Comment,
    export_packet,
    flag_for_guidance,
    import_comments,
    open_packet,
    save_comments,
)

from ..conftest import PASSPHRASE

PACKET_PASS = "supervision packet passphrase"


def _exported_everywhere(vault: Vault, out: Path) -> tuple[str, dict[str, Path]]:
    case = vault.add_client("K-DEL", name="Gustav Raderasson",
                            first_contact_date=date(2026, 5, 1))
    case.sessions.add(datetime(2026, 5, 2, 10), note="a note")
    flag_for_guidance(case, "A question")
    other = vault.add_client("K-KEEP")
    files = {"summary": out / "summary.pdf", "pseudo": out / "pseudo.pdf",
             "packet_pdf": out / "p.pdf", "packet": out / "p.kastsup",
             "comments": out / "c.kastcmt", "other": out / "other.pdf"}
    export_case_summary(vault, case.client_id, files["summary"])
    export_case_summary(vault, case.client_id, files["pseudo"],
                        ExportOptions(pseudonymize=True))
    export_case_summary(vault, other.client_id, files["other"])
    export_packet(vault, PACKET_PASS, files["packet_pdf"], files["packet"],
                  kdf=KdfParams.for_tests())
    packet = open_packet(files["packet"], PACKET_PASS)
    save_comments(files["comments"], packet,
                  [Comment(case.client_id, "case", case.client_id, "advice")], PACKET_PASS,
                  kdf=KdfParams.for_tests())
    import_comments(vault, files["comments"], PACKET_PASS)
    # An entry from before the family map's exports kept their path: listed, without one.
    case.record("Export genogram as PNG", {"initials_only": False, "persons": 3})
    return case.client_id, files


def test_every_export_of_the_case_is_listed_with_its_files(vault: Vault,
                                                           tmp_path: Path) -> None:
    client_id, files = _exported_everywhere(vault, tmp_path)

    exports = recorded_exports(vault, client_id)

    assert exports.readable
    wanted = [files[k].resolve() for k in ("summary", "pseudo", "packet_pdf", "packet",
                                           "comments")]
    assert sorted(Path(p).resolve() for p in exports.paths) == sorted(wanted)
    assert str(files["other"]) not in " ".join(exports.paths)  # another client's export
    picture = [f for f in exports.files if "family map" in f.what]
    assert len(picture) == 1 and picture[0].paths == ()
    assert all(f.when[:4].isdigit() for f in exports.files)
    assert "Gustav" not in repr(exports)


def test_the_folders_the_exports_went_to_are_named_once_each(vault: Vault,
                                                                tmp_path: Path) -> None:
    """Where an export cut short may have left a hidden temp copy, which nothing removes
    once the client is gone: each folder once, newest export first."""
    client_id, _files = _exported_everywhere(vault, tmp_path)
    stick = tmp_path / "stick" / "Exports"
    stick.mkdir(parents=True)
    export_case_summary(vault, client_id, stick / "again.pdf")

    exports = recorded_exports(vault, client_id)

    assert [Path(f).resolve() for f in exports.folders] == [stick.resolve(),
                                                            tmp_path.resolve()]
    assert exports.some_unplaced  # the family map entry without its path


def test_a_case_never_exported_lists_nothing(vault: Vault) -> None:
    case = vault.add_client("K-1")
    exports = recorded_exports(vault, case.client_id)
    assert exports.readable and exports.files == [] and exports.paths == []
    assert exports.folders == [] and not exports.some_unplaced


def test_an_unreadable_case_file_says_so(vault: Vault) -> None:
    case = vault.add_client("K-1")
    vault.close_case(case.client_id)
    (vault.folder / "cases" / f"{case.client_id}.kcase").write_bytes(b"not a case file")
    exports = recorded_exports(vault, case.client_id)
    assert not exports.readable and exports.files == []


def test_delete_client_prints_the_files_to_delete_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        _client_id, files = _exported_everywhere(vault, tmp_path)
    finally:
        vault.close()
    (tmp_path / "pass").write_text(PASSPHRASE)
    assert main(["delete-client", "--vault", str(folder), "--passphrase-file",
                 str(tmp_path / "pass"), "--case", "K-DEL", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "not deleted with it" in out
    for key in ("summary", "pseudo", "packet_pdf", "packet", "comments"):
        assert str(files[key].resolve()) in out or str(files[key]) in out, key
    assert str(files["other"]) not in out
    # The folder they went to, for the hidden copy an export cut short may have left.
    said, listed = out.split("look in these folders too:")
    assert ".tmp" in said and listed.split() == [str(tmp_path.resolve())]
