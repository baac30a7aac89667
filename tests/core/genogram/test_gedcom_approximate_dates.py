"""GEDCOM: an approximate date ("ABT 1952", "BEF 1950", "BET 1950 AND 1955") came in as a
plain year, and the map then showed it as known; "BEF" and "TO" were even left out as "not
a date the map can read". The year comes in, and the import says, naming the person or the
couple, that it was approximate. The families here are made up for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.genogram.gedcom import export_gedcom, import_gedcom_with_notices
from kastdesk.genogram.storage import load_genogram
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE
from tests.conftest import run_cli as run
from tests.core.genogram.test_cli_genogram import env  # noqa: F401 - fixture

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
FAMILY = HEAD + (
    "0 @I1@ INDI\n1 NAME Gunnar /Håkansson/\n1 SEX M\n1 BIRT\n2 DATE 1931\n1 DEAT\n"
    "2 DATE {died}\n1 FAMS @F1@\n"
    "0 @I2@ INDI\n1 NAME Liv /Håkansson/\n1 SEX F\n1 _KDINDEX Y\n1 BIRT\n2 DATE {born}\n"
    "1 FAMC @F1@\n"
    "0 @I3@ INDI\n1 NAME Maj /Strand/\n1 SEX F\n1 BIRT\n2 DATE 1934\n1 FAMS @F1@\n"
    "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I3@\n1 CHIL @I2@\n1 MARR\n2 DATE {married}\n"
    "1 DIV\n2 DATE {divorced}\n"
    "0 TRLR\n"
)


def _import(born: str = "1958", died: str = "2004", married: str = "1956",
            divorced: str = "1970") -> tuple[int | None, tuple[str, ...]]:
    result = import_gedcom_with_notices(FAMILY.format(
        born=born, died=died, married=married, divorced=divorced).encode())
    return result.genogram.persons["I2"].birth_year, result.notices


@pytest.mark.parametrize(("written", "year", "said"), [
    ("ABT 1958", 1958, "ABOUT 1958"),
    ("BEF 1960", 1960, "BEFORE 1960"),
    ("AFT 1957", 1957, "AFTER 1957"),
    ("EST 1958", 1958, "ESTIMATED 1958"),
    ("CAL 1959", 1959, "CALCULATED 1959"),
    ("BET 1957 AND 1959", 1957, "BETWEEN 1957 AND 1959"),
    ("FROM 1957 TO 1959", 1957, "FROM 1957 TO 1959"),
    ("FROM 1957", 1957, "FROM 1957"),
    ("TO 1960", 1960, "TO 1960"),
    ("ABT 12 MAR 1958", 1958, "ABOUT 12 MAR 1958"),
])
def test_an_approximate_birth_comes_in_as_its_year_and_is_said(
        written: str, year: int, said: str) -> None:
    born, notices = _import(born=written)
    assert born == year
    assert notices == (f'Birth date "{said}" of Liv Håkansson is approximate: it came in as '
                       f"the year {year}.",)


def test_an_approximate_death_marriage_and_divorce_are_said() -> None:
    _, notices = _import(died="ABT 2004", married="EST 1956", divorced="BET 1969 AND 1971")
    assert notices == (
        'Death date "ABOUT 2004" of Gunnar Håkansson is approximate: it came in as the '
        "year 2004.",
        'Marriage date "ESTIMATED 1956" of Gunnar Håkansson and Maj Strand is approximate: it '
        "came in as the start year 1956.",
        'Divorce date "BETWEEN 1969 AND 1971" of Gunnar Håkansson and Maj Strand is '
        "approximate: it came in as the end year 1969.",
    )


def test_an_exact_date_or_a_year_left_out_is_not_called_approximate() -> None:
    """A plain year or day is no news; a year the map leaves out (a child "about" born
    before its father) is said once, as left out, not as come in."""
    assert _import(born="12 MAR 1958", died="2004", married="1956") == (1958, ())
    born, notices = _import(born="ABT 1925")
    assert born is None
    assert notices == ("Birth year 1925 of Liv Håkansson was left out: their parent Gunnar "
                       "Håkansson was born later, in 1931.",)


def test_the_export_writes_the_year_that_came_in_and_says_nothing_twice() -> None:
    """The map has no "about": the export writes the year the map holds, which every
    genealogy program reads, and importing it again brings the same years and no notice
    (the import said it once, where the file said "about")."""
    result = import_gedcom_with_notices(FAMILY.format(
        born="ABT 1958", died="BEF 2005", married="EST 1956", divorced="AFT 1969").encode())
    text = export_gedcom(result.genogram)
    assert "2 DATE 1958\n" in text and "2 DATE 2005\n" in text
    assert "2 DATE 1956\n" in text and "2 DATE 1969\n" in text
    again = import_gedcom_with_notices(text.encode())
    assert again.notices == ()
    assert {p.name: (p.birth_year, p.death_year) for p in again.genogram.persons.values()} == {
        p.name: (p.birth_year, p.death_year) for p in result.genogram.persons.values()}
    ((u1,), (u2,)) = (tuple(result.genogram.unions.values()),
                      tuple(again.genogram.unions.values()))
    assert (u2.start_year, u2.end_year) == (u1.start_year, u1.end_year) == (1956, 1969)


def test_the_command_line_import_says_an_approximate_year(
        env: tuple[Path, Path], tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    folder, pw = env
    file = tmp_path / "about.ged"
    file.write_text(FAMILY.format(born="ABT 1958", died="2004", married="1956",
                                  divorced="1970"), encoding="utf-8")
    code, out, err = run(capsys, "genogram", "import", "--vault", str(folder),
                         "--passphrase-file", str(pw), "--case", "K-1", "--replace", str(file))
    assert code == 0, err
    assert out.splitlines()[1:] == [
        "One note on the import:",
        '  Birth date "ABOUT 1958" of Liv Håkansson is approximate: it came in as the year '
        "1958.",
    ]
    with Vault.unlock(folder, PASSPHRASE) as vault:
        g = load_genogram(vault.open_case(vault.client_by_code("K-1").id))
    assert g.persons["I2"].birth_year == 1958
