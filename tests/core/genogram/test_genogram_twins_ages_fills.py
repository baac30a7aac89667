"""Twins, ages and illness fills as the QA pass of the family map found them (QA 3, 5-8)."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import (
    ChildLink,
    Genogram,
    GenogramError,
    Marker,
    Person,
    Sex,
    Union,
)
from kastdesk.genogram.symbols import (
    PHYSICAL_ILLNESS_COLOUR,
    Fill,
    legend_entries,
    legend_symbol,
    marker_drawing,
    person_age,
    person_label,
    person_symbol,
)


def _siblings() -> Genogram:
    """Parents Greta and Sune, with Ylva (1990, woman), Ylva's sister Tove (1995) and brother
    Måns (1990), and a child of unknown sex, Kim (no year)."""
    return Genogram.build(
        [
            Person("f", Sex.MALE, "Sune", birth_year=1960),
            Person("m", Sex.FEMALE, "Greta", birth_year=1962),
            Person("a", Sex.FEMALE, "Ylva", birth_year=1990, is_index=True),
            Person("b", Sex.FEMALE, "Tove", birth_year=1995),
            Person("c", Sex.MALE, "Måns", birth_year=1990),
            Person("k", Sex.UNKNOWN, "Kim"),
        ],
        [Union("u", ("f", "m"))],
        [
            ChildLink("l1", "a", union_id="u", birth_order=0),
            ChildLink("l3", "c", union_id="u", birth_order=1),
            ChildLink("l2", "b", union_id="u", birth_order=2),
            ChildLink("l4", "k", union_id="u", birth_order=3),
        ],
    )


def _refused(make: object, sentence: str) -> None:
    with pytest.raises(GenogramError) as info:
        make()  # type: ignore[operator]
    assert info.value.message == sentence


# ----- twins (QA 3) ------------------------------------------------------------------------------
def test_twins_born_years_apart_are_refused() -> None:
    g = _siblings()
    _refused(lambda: E.set_twins(g, ["a", "b"]).apply(g),
             "Ylva and Tove cannot be twins: they were born in 1990 and 1995, more than a "
             "year apart.")
    assert E.twins_problem(g, ["a", "b"]).startswith("Ylva and Tove cannot be twins")


def test_twins_a_year_apart_or_without_a_year_are_accepted() -> None:
    """Born either side of New Year: a year apart. A sibling without a year may be a twin."""
    g = _siblings()
    g = E.update_person(g, "b", birth_year=1991).apply(g)
    assert E.twins_problem(g, ["a", "b"]) == ""
    twins = E.set_twins(g, ["a", "b"], identical=True).apply(g)
    assert twins.links_of_child("b")[0].twin_group is not None
    assert E.twins_problem(g, ["a", "k"], identical=True) == ""  # Kim's sex is not known


def test_a_year_typed_later_cannot_take_twins_apart() -> None:
    g = _siblings()
    twins = E.set_twins(g, ["a", "c"]).apply(g)
    _refused(lambda: E.update_person(twins, "c", birth_year=1993),
             "Ylva and Måns cannot be twins: they were born in 1990 and 1993, more than a "
             "year apart.")


def test_identical_twins_of_a_man_and_a_woman_are_refused() -> None:
    g = _siblings()
    _refused(lambda: E.set_twins(g, ["a", "c"], identical=True),
             "Måns and Ylva cannot be identical twins: identical twins are of the same sex.")
    assert E.twins_problem(g, ["a", "c"], identical=False) == ""  # twins, not identical
    twins = E.set_twins(g, ["a", "c"]).apply(g)
    link = twins.links_of_child("c")[0]
    _refused(lambda: E.update_child_link(twins, link.id, identical=True),
             "Måns and Ylva cannot be identical twins: identical twins are of the same sex.")
    same = E.set_twins(g, ["a", "k"], identical=True).apply(g)  # Kim's sex unknown
    _refused(lambda: E.update_person(same, "k", sex=Sex.MALE),
             "Kim and Ylva cannot be identical twins: identical twins are of the same sex.")


def test_a_twin_group_of_one_is_refused() -> None:
    g = _siblings()
    sentence = "Twins are two or more siblings: choose the sibling who is the twin."
    _refused(lambda: E.set_twins(g, ["a", "a"]), sentence)
    _refused(lambda: E.set_twins(g, ["a"]), sentence)


def test_deleting_a_twin_leaves_the_other_no_twin() -> None:
    g = _siblings()
    twins = E.set_twins(g, ["a", "c"]).apply(g)
    after, undo = E.run(twins, E.delete_person(twins, "c"))
    assert after.links_of_child("a")[0].twin_group is None
    assert undo.apply(after) == twins
    triplets = E.set_twins(twins, ["k", "a"]).apply(twins)
    after = E.delete_person(triplets, "c").apply(triplets)
    assert after.links_of_child("a")[0].twin_group is not None  # two are still twins


def test_a_map_saved_with_impossible_twins_still_opens_and_takes_other_edits() -> None:
    g = _siblings()
    links = {**g.child_links}
    for lid in ("l1", "l2"):
        links[lid] = ChildLink(lid, links[lid].child_id, union_id="u", twin_group="t",
                               identical=True, birth_order=0)
    saved = Genogram.from_dict(Genogram(g.persons, g.unions, links, {}).to_dict())
    after = E.add_marker(saved, "a", "trauma").apply(saved)
    assert Marker.TRAUMA in after.persons["a"].markers


# ----- an age at death against the years (QA 8) ---------------------------------------------
def _father(**fields: object) -> Genogram:
    return Genogram.build([Person("f", Sex.MALE, role="father", deceased=True, **fields)])


def test_an_age_at_death_the_years_contradict_is_refused() -> None:
    told = _father(age=60)
    died = E.update_person(told, "f", death_year=2015).apply(told)
    _refused(lambda: E.update_person(died, "f", birth_year=1990),
             "Father was born in 1990 and died in 2015, which does not fit an age at death "
             "of 60: change the age or one of the years.")
    # Either age the years allow: the birthday had come in 2015, or not yet.
    for born in (1955, 1954):
        assert E.update_person(died, "f", birth_year=born).apply(died).persons["f"].age == 60
    dated = _father(birth_year=1955, death_year=2015)
    _refused(lambda: E.update_person(dated, "f", age=61),
             "Father was born in 1955 and died in 2015, which does not fit an age at death "
             "of 61: change the age or one of the years.")


def test_the_years_win_over_a_stored_age_they_contradict() -> None:
    """A map saved before the check: "1990–2015" was drawn with 60 inside."""
    old = Person("f", Sex.MALE, birth_year=1990, death_year=2015, age=60)
    assert person_age(old, date(2026, 12, 5)) == 25
    assert person_label(old, year=2026) == ["1990–2015", "25 y"]
    told = Person("f", Sex.MALE, birth_year=1955, death_year=2015, age=59)
    assert person_age(told, 2026) == 59  # the birthday had not come: the age says more
    assert person_age(Person("f", Sex.MALE, death_year=2015, age=60), 2026) == 60


# ----- ages with a full birth date (QA 7) ----------------------------------------------------
def test_an_age_counts_the_birthday_when_the_full_date_is_known() -> None:
    client = Person("c", Sex.MALE, birth_year=1985, birth_date="1985-12-31")
    assert person_age(client, date(2026, 12, 5)) == 40
    assert person_age(client, date(2026, 12, 31)) == 41
    assert person_label(client, year=date(2026, 12, 5))[-1] == "40 y"
    year_only = Person("y", Sex.MALE, birth_year=1985)
    assert person_age(year_only, date(2026, 12, 5)) == 41  # the year is all there is
    assert person_age(client, 2026) == 41  # given a year only: the age reached that year
    newborn = Person("n", Sex.FEMALE, birth_year=2026, birth_date="2026-12-20")
    assert person_age(newborn, date(2026, 12, 5)) is None


# ----- illness fills and the legend (QA 5, 6) ---------------------------------------------------
def test_mental_and_physical_illness_are_drawn_apart() -> None:
    mental = person_symbol(Person("a", Sex.MALE, markers=(Marker.MENTAL_ILLNESS,)))
    physical = person_symbol(Person("b", Sex.MALE, markers=(Marker.PHYSICAL_ILLNESS,)))
    assert mental.fills == physical.fills == (Fill.LEFT_HALF,)  # both the left half
    assert mental.grey_fills == () and physical.grey_fills == (Fill.LEFT_HALF,)
    assert PHYSICAL_ILLNESS_COLOUR.startswith("#")
    samples = [legend_symbol(f"marker:{m}") for m in ("mental_illness", "physical_illness")]
    assert samples[0] != samples[1]


def test_illness_with_substance_abuse_is_three_quarters() -> None:
    mental = marker_drawing((Marker.MENTAL_ILLNESS, Marker.SUBSTANCE_ABUSE))
    assert mental.fills == (Fill.THREE_QUARTERS,) and mental.grey_fills == ()
    physical = marker_drawing((Marker.SUBSTANCE_ABUSE, Marker.PHYSICAL_ILLNESS))
    # The grey left half, then the lower half in ink over it: three quarters, illness grey.
    assert physical.fills == (Fill.LEFT_HALF, Fill.LOWER_HALF)
    assert physical.grey_fills == (Fill.LEFT_HALF,)
    both = marker_drawing((Marker.MENTAL_ILLNESS, Marker.PHYSICAL_ILLNESS))
    assert both.fills == (Fill.LEFT_HALF, Fill.UPPER_LEFT_QUARTER)
    assert both.grey_fills == (Fill.LEFT_HALF,)


def _legend(*markers: tuple[Marker, ...]) -> set[str]:
    g = Genogram.build([Person(f"p{i}", Sex.FEMALE, markers=m) for i, m in enumerate(markers)])
    return {e.key for e in legend_entries(g) if e.category == "marker"}


def test_the_legend_lists_exactly_the_markers_drawn() -> None:
    """A suspicion under "in recovery" was listed and not drawn, and so was substance abuse
    drawn as three quarters."""
    assert _legend((Marker.SUSPECTED_SUBSTANCE_ABUSE, Marker.IN_RECOVERY)) == {
        "marker:in_recovery"
    }
    assert _legend((Marker.SUBSTANCE_ABUSE, Marker.MENTAL_ILLNESS)) == {
        "marker:illness_and_substance"
    }
    assert _legend((Marker.SUBSTANCE_ABUSE, Marker.PHYSICAL_ILLNESS)) == {
        "marker:physical_illness", "marker:substance_abuse"
    }
    assert _legend((Marker.MENTAL_ILLNESS, Marker.PHYSICAL_ILLNESS), (Marker.TRAUMA,)) == {
        "marker:mental_illness", "marker:physical_illness", "marker:trauma"
    }
    labels = {e.key: e.label for e in legend_entries(Genogram.build(
        [Person("p", Sex.MALE, markers=(Marker.SUBSTANCE_ABUSE, Marker.MENTAL_ILLNESS))]
    ))}
    assert labels["marker:illness_and_substance"] == "Mental illness and substance abuse"
