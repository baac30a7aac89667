"""The family map exported "with initials only (supervision)" draws what the supervision
packet's map draws: ages, not birth and death years, and no couples' years (QA session 18,
H5: it printed "b. 1980", "1950–2010" and "m. 2012", which the packet withholds because
years name the family anyway). The export with names keeps its years.

The family is fictional, written for this test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor

TODAY = date(2026, 11, 1)


@pytest.fixture
def editor(qtbot, vault: Vault):  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-031", name="Tord Ekvall")
    ed = GenogramEditor(vault, case, today=lambda: TODAY)
    ed.privacy_mode = False
    ed.resize(1000, 700)
    qtbot.addWidget(ed)
    ed.show()
    client = ed.add_person(Sex.MALE)
    assert client is not None
    ed.set_index_person(client)
    ed._person_fields(client, {"name": "Tord Ekvall", "birth_year": 1980})
    ed.add_parents(client)
    father = next(p for p in ed.model.parents_of(client)
                  if ed.model.persons[p].sex is Sex.MALE)
    ed._person_fields(father, {"name": "Gunnar Ekvall", "birth_year": 1950,
                               "death_year": 2010})
    ed.add_partner(client)
    union = next(iter(ed.model.unions_of(client)))
    ed._union_fields(union.id, {"start_year": 2012})
    ed.add_child(union.id, Sex.FEMALE)
    child = next(iter(ed.model.children_of(client)))
    ed._person_fields(child, {"name": "Lova Ekvall", "birth_year": 2015})
    return ed


def _svg(editor: GenogramEditor, path: Path, *, initials_only: bool) -> str:
    editor.export_file(path, "svg", initials_only=initials_only)
    return path.read_text("utf-8")


def test_the_initials_export_writes_ages_and_no_years(editor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = _svg(editor, tmp_path / "initials.svg", initials_only=True)

    for year in ("1980", "1950", "2010", "2012", "2015"):
        assert year not in svg, year
    assert "T.E." in svg and "G.E." in svg and "L.E." in svg
    # The ages stand for the years, as on the packet's map: the father's at his death.
    for age in (">46<", ">60<", ">11<"):
        assert age in svg, age
    # The legend explains no couple's year it no longer writes ("m. married in (year)").
    assert "married in" not in svg


def test_the_named_export_keeps_its_years(editor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _svg(editor, tmp_path / "initials.svg", initials_only=True)  # and back again
    svg = _svg(editor, tmp_path / "names.svg", initials_only=False)

    assert "Gunnar Ekvall" in svg
    assert "1950–2010" in svg and "m. 2012" in svg and "b. 1980" in svg
    # The screen shows its years again after the export.
    assert any("1950–2010" in line for item in editor.scene.persons.values()
               for line in item.lines)

