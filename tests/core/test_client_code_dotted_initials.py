"""Initials written with their dots beside a birth date are refused as a client's code
with no name typed, as they are without dots (all letters and dates made up): "P.A.-850312"
was taken as a code, where "PA-850312" was refused."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.clients.codes import CodeLeak, code_leak

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize("code", [
    "P.A.-850312", "P.A. 850312", "P. A. 850312", "P.A.850312", "850312 P.A.",
    "850312-P.A", "M.J. 12.3.1985", "A.B.C-19850312",
])
def test_dotted_initials_and_a_birth_date_are_refused(code: str) -> None:
    assert code_leak(code, None, today=TODAY) is CodeLeak.LETTERS_AND_BIRTH_DATE


@pytest.mark.parametrize("code", [
    "K.-850312",  # one letter: a prefix
    "K.260105",  # one letter, a date of the case
    "P.A.-260105",  # a date of the case
    "P.A.-2026-001",  # no date
])
def test_a_code_with_dots_that_is_no_birth_date_stays(code: str) -> None:
    assert code_leak(code, None, today=TODAY) is None
