"""``kastdesk genogram import|export``: exit codes, one plain line, nothing changed on error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.genogram.gedcom import import_gedcom
from kastdesk.genogram.storage import genogram_history, load_genogram
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE
from tests.conftest import run_cli as run

DATA = Path(__file__).parent / "data"


@pytest.fixture
def env(vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    """A vault folder with one empty client K-1 (closed) and a passphrase file."""
    vault.add_client("K-1")
    folder = vault.folder
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    return Path(folder), pass_file




def _history(folder: Path) -> list[str]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-1").id)
        return [v.label for v in genogram_history(case)]


def test_import_then_export_round_trips(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    code, out, err = run(capsys, "genogram", "import", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", str(DATA / "family.ged"))
    assert code == 0, err
    assert "Imported" in out
    assert _history(folder) == ["Import genogram from GEDCOM"]
    target = tmp_path / "out.ged"
    code, out, err = run(capsys, "genogram", "export", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", "--out", str(target))
    assert code == 0, err
    again = import_gedcom(str(target))
    with Vault.unlock(folder, PASSPHRASE) as vault:
        stored = load_genogram(vault.open_case(vault.client_by_code("K-1").id))
    assert len(again.persons) == len(stored.persons) > 0


def test_import_around_a_centre_person(
    env: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    code, _, err = run(capsys, "genogram", "import", "--vault", str(folder),
                       "--passphrase-file", str(pw), "--case", "K-1", str(DATA / "family.ged"),
                       "--center", "I3", "--generations", "1")
    assert code == 0, err
    with Vault.unlock(folder, PASSPHRASE) as vault:
        g = load_genogram(vault.open_case(vault.client_by_code("K-1").id))
    assert g.index_person is not None and g.index_person.id == "I3"


def test_bad_file_is_one_line_exit_2_and_changes_nothing(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    bad = tmp_path / "bad.ged"
    bad.write_bytes(b"0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 FAMC @F9@\n0 TRLR\n")
    code, _out, err = run(capsys, "genogram", "import", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("kastdesk: ")
    assert "Nothing was changed" in err and "Traceback" not in err
    assert _history(folder) == []


def test_binary_junk_is_refused_the_same_way(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    bad = tmp_path / "junk.ged"
    bad.write_bytes(bytes(range(256)) * 10)
    code, _, err = run(capsys, "genogram", "import", "--vault", str(folder),
                       "--passphrase-file", str(pw), "--case", "K-1", str(bad))
    assert code == 2 and err.count("\n") == 1
    assert _history(folder) == []


def test_existing_genogram_needs_replace(
    env: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    args = ["genogram", "import", "--vault", str(folder), "--passphrase-file", str(pw),
            "--case", "K-1", str(DATA / "family.ged")]
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 2 and "--replace" in err
    assert _history(folder) == ["Import genogram from GEDCOM"]
    assert run(capsys, *args, "--replace")[0] == 0
    assert len(_history(folder)) == 2


def test_unknown_case_and_missing_file_are_usage_errors(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    code, _, err = run(capsys, "genogram", "import", "--vault", str(folder),
                       "--passphrase-file", str(pw), "--case", "K-404", str(DATA / "family.ged"))
    assert code == 2 and "K-404" in err
    code, _, err = run(capsys, "genogram", "import", "--vault", str(folder),
                       "--passphrase-file", str(pw), "--case", "K-1", str(tmp_path / "no.ged"))
    assert code == 2


def test_wrong_passphrase_is_exit_3(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = env
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    code, _, _ = run(capsys, "genogram", "export", "--vault", str(folder),
                     "--passphrase-file", str(wrong), "--case", "K-1",
                     "--out", str(tmp_path / "x.ged"))
    assert code == 3
    assert not (tmp_path / "x.ged").exists()


def test_export_to_a_folder_is_one_plain_line_and_writes_nothing(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--out`` naming a folder once ended in "unexpected error (IsADirectoryError)"."""
    folder, pw = env
    target = tmp_path / "exports"
    target.mkdir()
    code, _, err = run(capsys, "genogram", "export", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", "--out", str(target))
    assert code == 2  # the user's input, not damage in the vault (exit 4)
    assert err.count("\n") == 1 and "is a folder" in err
    assert "unexpected" not in err and "Traceback" not in err
    assert list(target.iterdir()) == []
    assert not list(tmp_path.rglob("*.tmp"))


def test_export_never_replaces_the_vaults_own_files(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--out VAULT/vault.json`` replaced the vault's settings with the GEDCOM: the vault
    no longer opened. Nothing inside the vault's folder is written, --force or not."""
    folder, pw = env
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    for target in (folder / "vault.json", folder / "index.kdb", folder / "family.ged"):
        code, _, err = run(capsys, "genogram", "export", "--vault", str(folder),
                           "--passphrase-file", str(pw), "--case", "K-1", "--out", str(target),
                           "--force")
        assert code == 2 and "vault's folder" in err and err.count("\n") == 1
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    code, _, _ = run(capsys, "clients", "--vault", str(folder), "--passphrase-file", str(pw))
    assert code == 0


def test_export_replaces_a_file_only_with_force(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    target = tmp_path / "research.ged"
    target.write_text("the client's own research\n")
    args = ("genogram", "export", "--vault", str(folder), "--passphrase-file", str(pw),
            "--case", "K-1", "--out", str(target))
    # An empty map has nothing to export (the file would not import anywhere).
    code, _, err = run(capsys, *args, "--force")
    assert code == 2 and "nothing to export" in err
    assert target.read_text() == "the client's own research\n"
    code, _, _ = run(capsys, "genogram", "import", "--vault", str(folder),
                     "--passphrase-file", str(pw), "--case", "K-1", str(DATA / "family.ged"))
    assert code == 0
    code, _, err = run(capsys, *args)
    assert code == 2 and "--force" in err
    assert target.read_text() == "the client's own research\n"
    code, _, _ = run(capsys, *args, "--force")
    assert code == 0 and target.read_text().startswith("0 HEAD")


def test_import_says_when_it_stopped_at_the_person_limit(
    env: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pw = env
    code, out, err = run(capsys, "genogram", "import", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", str(DATA / "family.ged"),
                         "--center", "I3", "--generations", "5", "--max-persons", "2")
    assert code == 0, err
    assert "Imported 2 persons" in out and "limit of 2 persons" in out


_TYPOS = (
    "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
    "0 @I1@ INDI\n1 NAME Erik /Berg/\n1 BIRT\n2 DATE 1950\n1 FAMS @F1@\n"
    "0 @I2@ INDI\n1 NAME Karin /Berg/\n1 _KDINDEX Y\n1 BIRT\n2 DATE {karin}\n1 FAMC @F1@\n"
    "0 @I3@ INDI\n1 NAME Anna /Berg/\n1 BIRT\n2 DATE 1953\n1 DEAT\n2 DATE {anna}\n1 FAMS @F1@\n"
    "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I3@\n1 CHIL @I2@\n"
    "0 TRLR\n"
)


def test_import_says_each_date_it_left_out(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A year the map refuses (a child born before a parent) was left out without a word:
    the import succeeds and lists, after the count line, every date it left out."""
    folder, pw = env
    args = ["genogram", "import", "--vault", str(folder), "--passphrase-file", str(pw),
            "--case", "K-1", "--replace"]
    one = tmp_path / "one.ged"
    one.write_text(_TYPOS.format(karin=1947, anna=2001), encoding="utf-8")
    code, out, err = run(capsys, *args, str(one))
    assert code == 0, err
    assert out.splitlines()[1:] == [
        "One note on the import:",
        "  Birth year 1947 of Karin Berg was left out: their parent Erik Berg was born later, "
        "in 1950.",
    ]
    two = tmp_path / "two.ged"
    two.write_text(_TYPOS.format(karin=1947, anna="in the spring"), encoding="utf-8")
    code, out, err = run(capsys, *args, str(two))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Imported 3 persons")
    assert lines[1] == "2 notes on the import:"
    assert lines[2].startswith("  Birth year 1947 of Karin Berg")
    assert lines[3] == ('  Death date "in the spring" of Anna Berg was left out: it is not a '
                        "date the map can read.")
    clean = tmp_path / "clean.ged"
    clean.write_text(_TYPOS.format(karin=1980, anna=2001), encoding="utf-8")
    code, out, err = run(capsys, *args, str(clean))
    assert code == 0 and len(out.splitlines()) == 1 and "left out" not in out
    with Vault.unlock(folder, PASSPHRASE) as vault:
        g = load_genogram(vault.open_case(vault.client_by_code("K-1").id))
    assert g.persons["I2"].birth_year == 1980


def test_a_folder_a_family_id_and_one_person_are_said_as_they_are(
    env: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA 20: a folder read "There is no file", a family's id "not in the file", and one
    person "1 persons"."""
    folder, pw = env
    common = ("genogram", "import", "--vault", str(folder), "--passphrase-file", str(pw),
              "--case", "K-1")
    code, _, err = run(capsys, *common, str(DATA))
    assert code == 2
    assert "is a folder: give the GEDCOM file in it." in err
    code, _, err = run(capsys, *common, "--center", "F1", str(DATA / "family.ged"))
    assert code == 2
    assert "is a family in the GEDCOM file, not a person" in err
    assert _history(folder) == []
    code, out, err = run(capsys, *common, "--center", "I1", "--max-persons", "1",
                         str(DATA / "family.ged"))
    assert code == 0, err
    assert "Imported one person into the genogram of K-1." in out
    code, out, err = run(capsys, "genogram", "export", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1",
                         "--out", str(tmp_path / "one.ged"))
    assert code == 0, err
    assert "Exported one person to" in out
