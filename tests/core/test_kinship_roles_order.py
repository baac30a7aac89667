"""The pseudonymized roles number relatives eldest first, as drawn (QA 26).

A sister just drawn without a birth year sorted as born in year 0: she became "sister 1"
and the one born 1999 "sister 2", the reverse of the map, where a child without a year
stands last. Twins (one birth year) were numbered by their ids, right to left on some
maps. Persons without a year now come after those with one, and a tie goes by birth order
as drawn (left to right among their parents' children).
"""

from __future__ import annotations

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Sex
from kastdesk.report.pseudonymize import kinship_roles


def _run(g: Genogram, edit: E.Edit) -> Genogram:
    return edit.apply(g)


def _sisters() -> Genogram:
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", is_index=True, birth_year=1980))
    g = _run(g, E.add_sibling(g, "me", sex=Sex.FEMALE, sibling_id="s1999", birth_year=1999))
    return _run(g, E.add_sibling(g, "me", sex=Sex.FEMALE, sibling_id="a-new"))


def test_a_sister_drawn_without_a_year_comes_after_the_one_with_a_year() -> None:
    roles = kinship_roles(_sisters())
    assert roles["s1999"] == "sister 1"
    assert roles["a-new"] == "sister 2"


def test_a_child_without_a_year_is_numbered_last() -> None:
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", is_index=True, birth_year=1980))
    g = _run(g, E.add_child(g, "me", sex=Sex.FEMALE, child_id="b", birth_year=2010))
    g = _run(g, E.add_child(g, "me", sex=Sex.MALE, child_id="a"))
    roles = kinship_roles(g)
    assert (roles["b"], roles["a"]) == ("child 1", "child 2")


def test_twins_are_numbered_left_to_right_as_drawn() -> None:
    g = Genogram()
    g = _run(g, E.add_person(g, sex=Sex.MALE, person_id="me", is_index=True, birth_year=1980))
    g = _run(g, E.add_sibling(g, "me", sex=Sex.MALE, sibling_id="z", birth_year=1972,
                              birth_date="1972-03-01"))
    g = _run(g, E.add_sibling(g, "me", sex=Sex.MALE, sibling_id="a", birth_year=1972,
                              birth_date="1972-03-02"))
    g = _run(g, E.set_twins(g, ["z", "a"]))
    boxes = layout_genogram(g).persons
    left, right = sorted(("z", "a"), key=lambda p: boxes[p].x)
    roles = kinship_roles(g)
    assert (roles[left], roles[right]) == ("brother 1", "brother 2")
