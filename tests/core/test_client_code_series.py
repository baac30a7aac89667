"""A clinic's series prefix is no initials beside a birth date: "KST-000123" (read as
23 January 2000) was refused with no name typed, 274 of KST-000001 to KST-000999, though
the clinic's first code, KST-000001, is no date. Letters another client's code carries
beside digits of the same width that are no birth date are the series' prefix, and the
code is taken; initials of a name typed are refused all the same. Codes made up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kastdesk.clients import ClientDetails, check_details, edit_client
from kastdesk.clients.codes import CodeLeak, CodeSeries, code_leak
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import InvalidChange, Vault

TODAY = date(2026, 6, 1)
SERIES = [f"KST-{n:06d}" for n in range(1, 1000)]


def test_the_series_from_its_first_code_is_never_refused() -> None:
    refused = [code for code in SERIES if code_leak(code, None, today=TODAY) is not None]
    assert len(refused) == 274 and "KST-000123" in refused  # as QA found, with no register
    for n, code in enumerate(SERIES):
        assert code_leak(code, None, today=TODAY, others=SERIES[:max(n, 1)]) is None, code


@pytest.mark.parametrize("code", [
    "KST-000123", "kst-000123", "KST 000123", "KST.000123", "KST000123",
    "Kst-000123",
])
def test_the_prefix_is_compared_as_a_code_is(code: str) -> None:
    assert code_leak(code, None, today=TODAY, others=["KST-000001"]) is None


@pytest.mark.parametrize(("code", "others"), [
    ("PA-850312", ["KST-000001"]),  # other letters: initials
    ("PA-850312", ["PA-850101"]),  # the other code reads as a birth date too
    ("KST-000123", ["KST-000124"]),  # so does this one: no sign of a series
    ("KST-000123", ["KSTA-000001"]),  # other letters
    ("KST-000123", ["KST-0001"]),  # digits of another width
    ("KST-19850312", ["KST-000001"]),
    ("KST 1985-03-12", ["KST-000001"]),
    ("000123-KST", ["KST-000001"]),  # the other side of the digits
    ("PA-850312-KST", ["KST-000001"]),  # initials beside it as well as the prefix
    ("KST-000123", ["PA-000001 KST"]),  # the letters beside no digits there
])
def test_letters_no_series_explains_are_refused(code: str, others: list[str]) -> None:
    assert code_leak(code, None, today=TODAY, others=others) is (
        CodeLeak.LETTERS_AND_BIRTH_DATE)


def test_initials_of_the_name_typed_are_refused_whatever_the_register_holds() -> None:
    others = ["PA-000001", "PA-000002"]
    assert code_leak("PA-000123", None, today=TODAY, others=others) is None
    assert code_leak("PA-000123", "Per Andersson", today=TODAY, others=others) is (
        CodeLeak.INITIALS_AND_BIRTH_DATE)


@pytest.mark.parametrize("code", [
    "PA-850312",  # Swedish, year first
    "PA-120585",  # Norwegian, day first
    "PA-19850312", "850312-PA",
])
def test_a_series_excuses_no_digits_that_are_a_birth_date(code: str) -> None:
    """"PA-000001" in the register made "PA-850312" the series' code: the series excuses
    a running number padded with zeros ("PA-000123"), never digits that are a birth date,
    whatever series the register holds."""
    others = ["PA-000001", "PA-000002", "PA-00000001", "000001-PA"]
    assert code_leak("PA-000123", None, today=TODAY, others=others) is None
    assert code_leak(code, None, today=TODAY, others=others) is (
        CodeLeak.LETTERS_AND_BIRTH_DATE)
    # A name typed that is not the series' letters: the series' code is taken.
    assert code_leak("KST-000123", "Per Andersson", today=TODAY,
                     others=["KST-000001"]) is None


def test_a_series_read_once_answers_every_code() -> None:
    """The forms build it once from the register and ask at every key typed."""
    series = CodeSeries(iter(["K-2026-001", "KST-000001", *SERIES]), TODAY)
    assert code_leak("KST-000123", None, today=TODAY, others=series) is None
    assert code_leak("KST-000310", None, today=TODAY, others=series) is None
    assert code_leak("PA-850312", None, today=TODAY, others=series) is (
        CodeLeak.LETTERS_AND_BIRTH_DATE)


def _details(code: str) -> ClientDetails:
    return ClientDetails(code=code, name=None, first_contact_date=date(2026, 5, 4),
                         contact_channel=ContactChannel.PHONE,
                         referral_source=ReferralSource.OWN_INITIATIVE)


def test_the_register_takes_the_series_and_refuses_initials(vault: Vault) -> None:
    vault.today = lambda: TODAY
    with pytest.raises(InvalidChange, match="initials and a date of birth"):
        check_details(vault, _details("KST-000123"))  # no series yet
    vault.add_client("KST-000001", first_contact_date=date(2026, 5, 1))
    assert check_details(vault, _details("KST-000123")).code == "KST-000123"
    with pytest.raises(InvalidChange, match="initials and a date of birth"):
        check_details(vault, _details("PA-850312"))


def test_a_clients_own_code_is_no_series_for_its_correction(vault: Vault) -> None:
    """The register's other codes: the code being corrected says nothing of a series."""
    vault.today = lambda: TODAY
    case = vault.add_client("KST-000001", first_contact_date=date(2026, 5, 1))
    opened = ClientDetails.of(case.profile.get())
    with pytest.raises(InvalidChange, match="initials and a date of birth"):
        edit_client(vault, case, replace(opened, code="KST-000123"))
    vault.add_client("KST-000002", first_contact_date=date(2026, 5, 2))
    assert edit_client(vault, case, replace(opened, code="KST-000123")) == ("code",)
