"""A code of digits alone that is a birth date identifies the client as initials beside
one do: "19850312", "850312" (Swedish, year first), "120585" (Norwegian, day first),
"850312-12" (an id number's first part) were taken. Refused with the plain sentence the
other codes get; a date of the case, a year and a running number are no birth date.
Codes made up."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.clients import ClientDetails, check_details
from kastdesk.clients.codes import CodeLeak, CodeSeries, code_leak, code_leak_message
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import InvalidChange, Vault

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize("code", [
    "19850312", "850312",  # Swedish: year first
    "120585", "12.05.1985", "12.05.85",  # Norwegian: day first
    "1985-03-12", "850312-12", "19850312-1",  # an id number's first part
])
def test_digits_alone_that_are_a_birth_date_are_refused(code: str) -> None:
    assert code_leak(code, None, today=TODAY) is CodeLeak.BIRTH_DATE
    assert code_leak(code, "Sara Ek", today=TODAY) is CodeLeak.BIRTH_DATE


@pytest.mark.parametrize("code", [
    "20260017", "2026-0017", "2026000017", "1234-5678", "123456", "000001",
    "260105",  # 5 January 2026: a date of the case
    "K-2026-001",
])
def test_digits_that_are_no_birth_date_are_a_code(code: str) -> None:
    assert code_leak(code, None, today=TODAY) is None


def test_a_running_number_of_digits_alone_is_taken_beside_its_series() -> None:
    """"000123" reads as 23 January 2000 as "KST-000123" does; beside "000001" it is the
    clinic's 123rd client. "850312" is no running number beside any series."""
    assert code_leak("000123", None, today=TODAY) is CodeLeak.BIRTH_DATE
    series = CodeSeries(["000001", "000002", "KST-000001"], TODAY)
    assert code_leak("000123", None, today=TODAY, others=series) is None
    assert code_leak("850312", None, today=TODAY, others=series) is CodeLeak.BIRTH_DATE
    assert code_leak("120585", None, today=TODAY, others=series) is CodeLeak.BIRTH_DATE


def test_the_register_refuses_it_in_a_plain_sentence(vault: Vault) -> None:
    vault.today = lambda: TODAY
    vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    details = ClientDetails(code="850312", name=None, first_contact_date=date(2026, 5, 4),
                            contact_channel=ContactChannel.PHONE,
                            referral_source=ReferralSource.OWN_INITIATIVE)
    with pytest.raises(InvalidChange) as info:
        check_details(vault, details)
    assert str(info.value) == (
        "A code must not identify the client, and this one looks like a date of birth: "
        "use a code such as K-2026-002.")
    assert code_leak_message(CodeLeak.BIRTH_DATE, "K-1") == str(info.value).replace(
        "K-2026-002", "K-1")
