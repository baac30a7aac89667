"""CSV files for the clinics' Excel: ';' in Swedish and Norwegian, a byte-order mark, no
cell taken for a formula, read back as written, and written whole or not at all."""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kastdesk import csvfile, i18n
from kastdesk.csvfile import default_separator, safe_cell, separator_for, to_bytes, to_csv
from kastdesk.store.errors import ExportFailed, ExportIntoVault

HEADER = ["Datum och tid", "Vem", "Vad"]
ROWS = [
    ["2026-11-01 14:02:07", "Åsa Öberg", "Läste ärendet; ändrade målet"],
    ["2026-11-02 09:00:00", "Bjørn Ærø", 'Skrev "utkast", sparade'],
    ["2026-11-03 10:15:00", "Kari", "två\nrader"],
    ["", "", ""],
]


@pytest.fixture
def language() -> Iterator[None]:
    """Give the test back the translator and language it found."""
    previous, previous_language = i18n.current_translator(), i18n.current_language()
    try:
        yield
    finally:
        i18n.set_translator(previous, previous_language)


@pytest.mark.parametrize("code", ["sv_SE", "sv", "sv_FI", "nb_NO", "nb-NO", "nn_NO", "no",
                                  "NB_no"])
def test_swedish_and_norwegian_are_separated_by_semicolons(code: str) -> None:
    assert separator_for(code) == ";"


@pytest.mark.parametrize("code", ["en_US", "en_SE", "en", "", "C", "de_DE", "svx"])
def test_every_other_language_by_commas(code: str) -> None:
    assert separator_for(code) == ","


def test_the_default_follows_the_catalogue_in_use(language: None) -> None:
    i18n.set_translator(lambda context, text: text, "sv_SE")
    assert i18n.current_language() == "sv_SE"
    assert default_separator() == ";"
    assert to_csv(["a", "b"], [["1", "2"]]) == "a;b\r\n1;2\r\n"
    i18n.set_translator(lambda context, text: text, "nb_NO")
    assert default_separator() == ";"
    i18n.set_translator(lambda context, text: text, "en_GB")
    assert default_separator() == ","
    i18n.set_translator(None, "sv_SE")  # no catalogue: English, whatever was said
    assert i18n.current_language() == ""
    assert to_csv(["a", "b"], [["1", "2"]]) == "a,b\r\n1,2\r\n"


def test_a_separator_given_wins_over_the_language(language: None) -> None:
    i18n.set_translator(lambda context, text: text, "sv_SE")
    assert to_csv(["a", "b"], [["1", "2"]], ",") == "a,b\r\n1,2\r\n"
    i18n.set_translator(None)
    assert to_csv(["a", "b"], [["1", "2"]], ";") == "a;b\r\n1;2\r\n"


def test_no_other_separator_is_written() -> None:
    with pytest.raises(ValueError):
        to_csv(["a"], [], "\t")


def test_the_file_starts_with_a_byte_order_mark() -> None:
    data = to_bytes(HEADER, ROWS, ";")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8").startswith("Datum och tid;Vem;Vad\r\n")
    assert "Åsa Öberg" in data.decode("utf-8-sig") and "Bjørn Ærø" in data.decode("utf-8-sig")


@pytest.mark.parametrize("separator", [",", ";"])
def test_read_back_with_its_separator_the_rows_are_the_same(separator: str) -> None:
    rows = [*ROWS, ["a,b", "c;d", "e\r\nf"]]
    text = to_bytes(HEADER, rows, separator).decode("utf-8-sig")
    back = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    assert back == [HEADER, *rows]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\";\"klicka\")", "+46 70 123 45 67",
                                  "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=", "-"])
def test_a_cell_is_never_taken_for_a_formula(text: str) -> None:
    assert safe_cell(text) == "'" + text
    for separator in (",", ";"):
        data = to_bytes(["=header"], [[text]], separator).decode("utf-8-sig")
        back = list(csv.reader(io.StringIO(data, newline=""), delimiter=separator))
        assert back == [["'=header"], ["'" + text]]


@pytest.mark.parametrize("text", ["", "Anna", "a=b", "1+1", "'=quoted already", " =1",
                                  "2026-11-01", "–", "Öppnade ärendet"])
def test_other_cells_are_left_as_they_are(text: str) -> None:
    assert safe_cell(text) == text


def test_written_whole_where_the_user_chose(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    csvfile.write_csv(out, HEADER, ROWS, ";")
    assert out.read_bytes() == to_bytes(HEADER, ROWS, ";")
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_a_full_disk_leaves_the_old_file_and_no_half_written_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "list.csv"
    out.write_bytes(b"the old export")
    real_write = os.write

    def half_then_full(fd: int, data: object) -> int:
        monkeypatch.setattr(os, "write", full)
        return real_write(fd, bytes(data)[:10])  # type: ignore[call-overload]

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(ExportFailed) as info:
        csvfile.write_csv(out, HEADER, ROWS * 1000, ";")
    message = info.value.message
    assert "nothing was written" in message and "\n" not in message
    assert out.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]  # no temp file left


def test_never_into_a_vaults_folder(tmp_path: Path) -> None:
    (tmp_path / "vault.json").write_text("{}")
    with pytest.raises(ExportIntoVault):
        csvfile.write_csv(tmp_path / "list.csv", HEADER, ROWS)
    assert not (tmp_path / "list.csv").exists()
