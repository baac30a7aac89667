"""After a GEDCOM import the family map says which dates of the file it left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kastdesk.store import Vault
from kastdesk.ui.genogram.editor import MAX_NOTICES_SHOWN, GedcomImportDialog
from tests.ui.conftest import when_modal

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-014", name="Tove Lindqvist")


def _file(tmp_path: Path, births: list[str]) -> Path:
    """A file of cousins named Ida 1, Ida 2, … born on the dates given, one each; Ida 1 is
    marked as the client (as KastDesk's own export marks her), so the only notices are the
    dates'."""
    people = "".join(
        f"0 @I{i}@ INDI\n1 NAME Ida {i} /Strand/\n1 SEX F\n"
        + ("1 _KDINDEX Y\n" if i == 1 else "")
        + f"1 BIRT\n2 DATE {born}\n"
        for i, born in enumerate(births, 1)
    )
    path = tmp_path / "family.ged"
    path.write_text(HEAD + people + "0 TRLR\n", encoding="utf-8")
    return path


def _import(qtbot, editor, path: Path) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    """Import ``path`` through the toolbar's dialog as the therapist does: choose the file,
    wait for it to be read, press Import. The message boxes shown after it."""
    def answer(dialog: GedcomImportDialog) -> None:
        dialog.load_file(path)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.waitUntil(ok.isEnabled, timeout=20_000)
        ok.click()

    timer = when_modal(GedcomImportDialog, answer)
    editor.import_action.trigger()
    timer.stop()
    return [box for box in editor.findChildren(QMessageBox) if box.isVisible()]


def test_the_dates_left_out_are_listed_after_the_import(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A file of thirteen dates the map cannot read: the family comes in, and one box lists
    the first ten of them, a line each, and counts the rest."""
    births = [f"in the spring of the war {i}" for i in range(1, 14)]
    boxes = _import(qtbot, editor, _file(tmp_path, births))
    assert len(editor.model.persons) == 13
    (box,) = boxes
    assert box.windowTitle() == "Import from GEDCOM"
    assert box.textFormat() == Qt.TextFormat.PlainText  # a name from a file is no markup
    lines = box.text().split("\n")
    assert lines[0] == "The family was imported. Please note:" and lines[1] == ""
    assert len(lines) == 2 + MAX_NOTICES_SHOWN + 1
    assert lines[2] == ('Birth date "in the spring of the war 1" of Ida 1 Strand was left '
                        "out: it is not a date the map can read.")
    assert lines[-2].startswith(f'Birth date "in the spring of the war {MAX_NOTICES_SHOWN}"')
    assert lines[-1] == "…and 3 more."
    box.close()


def test_one_date_left_out_is_one_line(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (box,) = _import(qtbot, editor, _file(tmp_path, ["1980", "31 FEB 1983"]))
    assert box.text().split("\n")[2:] == [
        'Birth date "31 FEB 1983" of Ida 2 Strand is not a real day: only the year 1983 was '
        "kept."
    ]
    assert editor.model.persons["I2"].birth_year == 1983
    box.close()


def test_a_clean_file_shows_no_message(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _import(qtbot, editor, _file(tmp_path, ["1980", "12 MAR 1983"])) == []
    assert len(editor.model.persons) == 2


def _unmarked(tmp_path: Path) -> Path:
    """Two persons, neither marked as the client: Tove Lindqvist (the case's client) and her
    mother."""
    path = tmp_path / "unmarked.ged"
    path.write_text(
        HEAD
        + "0 @I1@ INDI\n1 NAME Tove /Lindqvist/\n1 SEX F\n1 BIRT\n2 DATE 1988\n"
        + "0 @I2@ INDI\n1 NAME Gun /Lindqvist/\n1 SEX F\n1 BIRT\n2 DATE 1961\n0 TRLR\n",
        encoding="utf-8",
    )
    return path


def test_everyone_imported_marks_the_person_named_as_the_client(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Everyone" marked nobody as the client, so supervision material called the family
    "person 1", "person 2"; the person with the client's name on the card is the client."""
    assert _import(qtbot, editor, _unmarked(tmp_path)) == []
    assert [p.name for p in editor.model.persons.values() if p.is_index] == ["Tove Lindqvist"]


def test_no_person_with_the_clients_name_is_said(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _unmarked(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("Tove", "Tora"), encoding="utf-8")
    (box,) = _import(qtbot, editor, path)
    assert box.text().split("\n")[2:] == [
        "Nobody on the imported map is marked as the client: in the family map, right-click "
        "the client and choose Set as index person, so that supervision material names "
        "everyone by their role."
    ]
    assert not any(p.is_index for p in editor.model.persons.values())
    box.close()
