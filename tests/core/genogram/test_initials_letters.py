"""Initials for supervision are the names' first letters, whatever comes before them.

QA found "J.M.A." for a map with a decomposed "Åsa" (pasted from a Mac: "A" + a ring), "(."
for "(Mamma)", '".B.' for '"Pelle" Berg', and a Thai leading vowel ("ใ.") as an initial.
"""

from __future__ import annotations

import unicodedata

import pytest

from kastdesk.genogram.model import Person, Sex
from kastdesk.genogram.symbols import LabelMode, display_name, initials, person_label


@pytest.mark.parametrize(("name", "expected"), [
    ("A\u030asa Mun\u0303oz", "Å.M."),  # decomposed: the ring is part of the letter
    ("Åsa Muñoz", "Å.M."),
    ("(Mamma)", "M."),
    ('"Pelle" Berg', "P.B."),
    ("«Lillen» Ås", "L.Å."),
    ("สมชาย ใจดี", "ส.จ."),  # ใ is a vowel written first: จ is the initial
    ("เพ็ญ แสง", "พ.ส."),
    ("ʻOhana Kai", "O.K."),  # the ʻokina is a modifier letter, not the initial
    ("Per-Olof Ek", "P.O.E."),
    ("anna maria berg", "A.M.B."),
    ("Karl 3", "K.3."),
    ('Erik "Bosse" Johansson', "E.J."),  # a nickname after the given name is an alias
    ("Anna (Annie) Berg", "A.B."),
    ("Åsa «Sassa» Öberg", "Å.Ö."),
])
def test_the_initial_is_the_first_letter(name: str, expected: str) -> None:
    got = initials(name)
    assert got == expected
    assert got == unicodedata.normalize("NFC", got)


def test_no_initial_is_a_lone_mark_or_punctuation() -> None:
    for name in ("\u0301Anna", "(\u0e31)", "— Berg", "¿Quién?"):
        for letter in initials(name).split(".")[:-1]:
            assert unicodedata.category(letter[0]).startswith(("L", "N")), (name, letter)


def test_a_name_with_no_letter_draws_the_role_not_an_empty_line() -> None:
    p = Person("x", Sex.MALE, "(?)", role="father", birth_year=1950)
    assert initials(p.name) == ""
    assert display_name(p, LabelMode.INITIALS) == "father"
    assert person_label(p, initials_only=True, year=2020)[0] == "b. 1950"
