"""An age at death without a year of death that the birth year puts in years to come (QA 24):
born in 1950, nobody has died at 90 yet, and the map drew an X with 90 inside."""

from __future__ import annotations

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import (
    Genogram,
    GenogramError,
    Person,
    PersonKind,
    Sex,
    age_problems,
    this_year,
)


def _father(check: bool = True, **fields: object) -> Genogram:
    return Genogram.build([Person("f", Sex.MALE, role="father", **fields)], check=check)


def _refused(make: object, sentence: str) -> None:
    with pytest.raises(GenogramError) as info:
        make()  # type: ignore[operator]
    assert info.value.message == sentence


def test_an_age_at_death_after_this_year_is_refused_either_way_round() -> None:
    now = this_year()
    born = now - 76
    _refused(
        lambda: E.mark_deceased(_father(birth_year=born), "f", age=90),
        f"Father was born in {born} and cannot have died at 90: that would be in {born + 90} "
        "at the earliest, and that year has not come yet.",
    )
    told = _father(deceased=True, age=90)  # the age first, the birth year later
    _refused(
        lambda: E.update_person(told, "f", birth_year=born),
        f"Father was born in {born} and cannot have died at 90: that would be in {born + 90} "
        "at the earliest, and that year has not come yet.",
    )


def test_an_age_at_death_up_to_this_year_is_taken() -> None:
    now = this_year()
    # Born 76 years ago, he can have died at 76 (this year, after his birthday) or younger.
    for age in (0, 61, 76):
        g = E.mark_deceased(_father(birth_year=now - 76), "f", age=age).apply(
            _father(birth_year=now - 76)
        )
        assert g.persons["f"].age == age


def test_only_the_deceased_and_only_without_a_death_year() -> None:
    now = this_year()
    # A living person's told age is not an age at death (an imported age without years).
    assert age_problems(_father(birth_year=now - 10, age=90)) == {}
    # A year of death decides by itself (the years' own check).
    assert age_problems(_father(birth_year=1950, death_year=2000, age=50, deceased=True)) == {}
    # A pregnancy has no age at all.
    unborn = Genogram.build(
        [
            Person(
                "p", Sex.UNKNOWN, kind=PersonKind.MISCARRIAGE, birth_year=now, age=5, deceased=True
            )
        ]
    )
    assert age_problems(unborn) == {}
    # Given the year to judge by.
    assert age_problems(_father(False, birth_year=1950, age=90, deceased=True), year=2040) == {}
    assert age_problems(_father(False, birth_year=1950, age=90, deceased=True), year=2039)


def test_a_map_saved_with_such_an_age_still_opens_and_takes_other_edits() -> None:
    old = _father(False, birth_year=1950, age=90, deceased=True)  # saved before the check
    g = E.update_person(old, "f", occupation="carpenter").apply(old)
    assert g.persons["f"].occupation == "carpenter"
