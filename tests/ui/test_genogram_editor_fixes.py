"""Editor fixes from a QA pass. The "Mark deceased…" box: a year typed with a stray digit was
saved as typed ("20150", age 18200 in the symbol), and "ca 2015" was dropped without a word;
the client's name was drawn across the outer line of the double outline."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from kastdesk.genogram import Sex, edits
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from kastdesk.ui.genogram import editor as module
from kastdesk.ui.genogram.editor import death_year_typed


@pytest.fixture
def ed(qtbot, vault: Vault) -> GenogramEditor:  # type: ignore[no-untyped-def]
    """An editor on an empty map of a new client."""
    editor = GenogramEditor(vault, vault.add_client("K-2026-001"), today=lambda: date(2026, 11, 1))
    qtbot.addWidget(editor)
    return editor


@pytest.mark.parametrize(("typed", "year"), [
    ("2015", 2015), ("ca 2015", 2015), ("c. 1999", 1999), ("2015?", 2015), (" 1987 ", 1987),
])
def test_a_year_with_words_round_it_is_read(typed: str, year: int) -> None:
    assert death_year_typed(typed) == year


@pytest.mark.parametrize("typed", ["20150", "215", "abc", "1950-2015", "", "2015 or 2016"])
def test_anything_else_is_no_year(typed: str) -> None:
    assert death_year_typed(typed) is None


def test_the_box_says_why_it_marked_nobody(ed, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = ed.add_person(Sex.MALE)
    assert pid is not None
    monkeypatch.setattr(module.QInputDialog, "getText", lambda *a, **k: ("20150", True))
    ed._ask_deceased(pid)
    assert not ed.model.persons[pid].deceased
    assert "20150" in ed.message.text() and "four digits" in ed.message.text()
    monkeypatch.setattr(module.QInputDialog, "getText", lambda *a, **k: ("ca 2015", True))
    ed._ask_deceased(pid)
    assert ed.model.persons[pid].deceased and ed.model.persons[pid].death_year == 2015



def test_the_clients_name_starts_below_the_outer_outline(ed) -> None:  # type: ignore[no-untyped-def]
    """The name stood 3 px under the inner square; the outer outline of the client's double
    one stands 5 px out, so it cut through the top of the name."""
    client = ed.add_person(Sex.MALE)
    other = ed.add_person(Sex.MALE)
    assert client is not None and other is not None
    assert ed.model.persons[client].is_index and not ed.model.persons[other].is_index
    item, plain = ed.scene.persons[client], ed.scene.persons[other]
    outer = item.size / 2 + 5
    assert item._text_rect.top() >= outer + 2  # clear of the outer outline's pen
    assert plain._text_rect.top() < item._text_rect.top()  # others keep their place


def test_a_partner_added_to_a_sister_dragged_a_little_stays_out_of_the_clients_couple(
    ed: GenogramEditor,
) -> None:
    """Erik with wife Sara and two children, his sister Eva dragged just right of Sara: Eva's
    new partner Tom was placed between Erik and Sara (Sara pushed aside, the couple line under
    Tom and Eva), and their daughter hung among Erik's children."""
    erik = ed.add_person(Sex.MALE)
    assert erik is not None
    ed.person_menu(erik).findChild(object, "add_partner").trigger()
    (couple,) = ed.model.unions_of(erik)
    sara = next(p for p in couple.partners if p != erik)
    ed.add_child(couple.id)
    ed.add_child(couple.id)
    ed.add_parents(erik)
    ed.add_sibling(erik)
    eva = next(p for p in ed.model.persons if p not in (erik, sara)
               and ed.model.parents_of(p) == ed.model.parents_of(erik))
    ed.do(lambda: edits.update_person(ed.model, eva, sex=Sex.FEMALE))  # her man stands left
    lay = ed.layout_result.persons
    ed.move_persons({eva: (lay[sara].x + 130, lay[sara].y)})
    ed.person_menu(eva).findChild(object, "add_partner").trigger()
    (theirs,) = ed.model.unions_of(eva)
    tom = next(p for p in theirs.partners if p != eva)
    ed.add_child(theirs.id)
    lay = ed.layout_result.persons
    lo, hi = sorted((lay[erik].x, lay[sara].x))
    assert not lo < lay[tom].x < hi and not lo < lay[eva].x < hi  # nobody inside the couple
    assert abs(lay[sara].x - lay[erik].x) <= 2 * ed.scene.options.partner_gap


def test_a_great_grandfather_born_in_1850_shows_his_birth_year_but_no_age(  # type: ignore[no-untyped-def]
    ed, tmp_path,
) -> None:
    """Born 1850 and not marked deceased, he was drawn as 176 years old, on screen and in
    every export; past MAX_LIVING_AGE a living person's label keeps the year, without an age."""
    from kastdesk.genogram.symbols import MAX_LIVING_AGE

    ed.privacy_mode = False
    old, oldest = ed.add_person(Sex.MALE), ed.add_person(Sex.FEMALE)
    assert old is not None and oldest is not None
    for pid, born in ((old, 1850), (oldest, 2026 - MAX_LIVING_AGE)):
        ed.scene.clearSelection()
        ed.scene.persons[pid].setSelected(True)
        ed.panel.birth_year.setText(str(born))
        ed.panel.birth_year.editingFinished.emit()
    assert ed.model.persons[old].birth_year == 1850 and not ed.model.persons[old].is_deceased
    item = ed.scene.persons[old]
    assert item.age is None and "b. 1850" in item.lines and not any(
        "176" in line for line in item.lines)
    assert ed.scene.persons[oldest].age == MAX_LIVING_AGE  # the oldest age still written
    ed.export_file(tmp_path / "map.svg", "svg")
    texts = {t.strip() for t in ET.parse(tmp_path / "map.svg").getroot().itertext() if t.strip()}
    assert "b. 1850" in texts and "110" in texts and "176" not in texts
