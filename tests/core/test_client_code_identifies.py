"""A client's code must not identify the client: no id number, phone number, e-mail
address, name, or initials and birth date in it (QA 21, 5). The code is what privacy mode
shows, what ``kastdesk clients`` prints without names and what exported files are named by.
All numbers and names here are made up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kastdesk.clients import ClientDetails, check_details, edit_client
from kastdesk.clients.codes import CodeLeak, code_leak
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import InvalidChange, Vault

NAME = "Mikael Lindqvist"


@pytest.mark.parametrize(("code", "name", "leak"), [
    ("19790314-1234", None, CodeLeak.ID_NUMBER),  # personnummer with its century
    ("790314-1234", None, CodeLeak.ID_NUMBER),
    ("790314+1234", None, CodeLeak.ID_NUMBER),  # over a hundred years old
    ("197903141234", None, CodeLeak.ID_NUMBER),
    ("7903141234", None, CodeLeak.ID_NUMBER),
    ("790374-1234", None, CodeLeak.ID_NUMBER),  # samordningsnummer: day + 60
    ("K-790314-1234", None, CodeLeak.ID_NUMBER),  # inside a code
    ("14037912345", None, CodeLeak.ID_NUMBER),  # fødselsnummer
    ("140379 12345", None, CodeLeak.ID_NUMBER),
    ("54037912345", None, CodeLeak.ID_NUMBER),  # D-number: day + 40
    ("+46701234567", None, CodeLeak.PHONE),
    ("070-123 45 67", None, CodeLeak.PHONE),
    ("+47 912 34 567", None, CodeLeak.PHONE),
    ("91234567", None, CodeLeak.PHONE),  # a Norwegian mobile
    ("mikke79@example.se", None, CodeLeak.EMAIL),
    ("mikke79(at)example.se", None, CodeLeak.EMAIL),
    ("ML790314", NAME, CodeLeak.INITIALS_AND_BIRTH_DATE),
    ("ml-790314", NAME, CodeLeak.INITIALS_AND_BIRTH_DATE),
    ("ML 19790314", NAME, CodeLeak.INITIALS_AND_BIRTH_DATE),
    ("140379ML", NAME, CodeLeak.INITIALS_AND_BIRTH_DATE),  # day first, as in Norway
    ("AO790314", "Åsa Öberg", CodeLeak.INITIALS_AND_BIRTH_DATE),  # typed without rings
    ("Lindqvist", NAME, CodeLeak.NAME),
    ("MLINDQVIST-7", NAME, CodeLeak.NAME),
    ("mikael", NAME, CodeLeak.NAME),
    ("Oberg-1", "Åsa Öberg", CodeLeak.NAME),
    ("BO-2026", "Bo Ek", CodeLeak.NAME),
])
def test_a_code_that_identifies_the_client_is_found(code: str, name: str | None,
                                                    leak: CodeLeak) -> None:
    assert code_leak(code, name) is leak


@pytest.mark.parametrize(("code", "name"), [
    ("K-2026-006", NAME), ("K-2026-006", None), ("2026-0017", None), ("20260017", None),
    ("2026000017", None), ("KAST-123", None), ("O-26-14", None), ("S-2026-12", None),
    ("ML-2026-01", NAME),  # initials without a birth date
    ("ML791314", NAME),  # no month 13
    ("K-260105", NAME), ("BOR-1", "Bo Ek"), ("1234-5678", None),
    ("K-260105", None),  # one letter is a code's prefix, no initials
    ("KD-260105", None),  # 5 January 2026: a date of the case, no one's birth
    ("AB-250312", None),  # 2025 or 2012: a year ago, or a child's
    ("ABCDE-850312", None),  # five letters: a word, no initials
    ("AB-2026-1-5", None),  # this year
])
def test_an_ordinary_code_is_not(code: str, name: str | None) -> None:
    assert code_leak(code, name, today=date(2026, 6, 1)) is None


@pytest.mark.parametrize("code", [
    "PA-850312", "JK120585", "MJ 1985-03-12", "MJ 12.3.1985", "mj-12.03.85", "850312 PA",
    "ML790314", "AB 12/3/1985", "ÅÖ-19850312",
])
def test_initials_and_a_birth_date_are_refused_with_no_name_typed(code: str) -> None:
    """With no name to compare with, "PA-850312" was taken as a code: letters beside a day
    that makes the client 15 to 100 years old read as initials and a birth date whoever's
    initials they are."""
    assert code_leak(code, None, today=date(2026, 6, 1)) is CodeLeak.LETTERS_AND_BIRTH_DATE
    # A name typed that the letters are not the initials of does not make it a code.
    assert code_leak(code, "Sara Ek", today=date(2026, 6, 1)) is (
        CodeLeak.LETTERS_AND_BIRTH_DATE)


def test_a_date_of_the_case_in_a_code_is_no_birth_date() -> None:
    """A clinic whose codes carry the first contact's date ("AB-20050112" for a client first
    seen on 12 January 2005) keeps them; the same code for a client first seen this year
    reads as a birth date (21 years old)."""
    today = date(2026, 6, 1)
    assert code_leak("AB-20050112", None, first_contact=date(2005, 1, 12), today=today) is None
    assert code_leak("AB-20050112", None, first_contact=date(2026, 5, 4), today=today) is (
        CodeLeak.LETTERS_AND_BIRTH_DATE)


def _details(code: str, name: str | None = None) -> ClientDetails:
    return ClientDetails(code=code, name=name, first_contact_date=date(2026, 5, 4),
                         contact_channel=ContactChannel.PHONE,
                         referral_source=ReferralSource.OWN_INITIATIVE)


def test_the_register_refuses_it_and_offers_a_code(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    with pytest.raises(InvalidChange) as info:
        check_details(vault, _details("19790314-1234"))
    assert str(info.value) == (
        "A code must not identify the client, and this one looks like a personal "
        "identity number: use a code such as K-2026-002.")
    with pytest.raises(InvalidChange, match="initials and a date of birth"):
        check_details(vault, _details("ML790314", NAME))
    with pytest.raises(InvalidChange) as info:
        check_details(vault, _details("PA-850312"))
    assert str(info.value) == (
        "A code must not identify the client, and this one looks like initials and a date "
        "of birth: use a code such as K-2026-002.")
    assert check_details(vault, _details("K-2026-002", NAME)).code == "K-2026-002"


def test_a_correction_cannot_keep_or_bring_such_a_code(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    # Added before the check existed (the store itself takes any code).
    case = vault.add_client("Lindqvist-79", name=NAME, first_contact_date=date(2026, 5, 1))
    opened = ClientDetails.of(case.profile.get())
    with pytest.raises(InvalidChange, match="holds the client's name"):
        edit_client(vault, case, replace(opened, referral_source=ReferralSource.POLICE))
    assert edit_client(vault, case, replace(opened, code="K-2026-001")) == ("code",)
    now = ClientDetails.of(case.profile.get())
    with pytest.raises(InvalidChange, match="phone number"):
        edit_client(vault, case, replace(now, code="0701234567"))
    assert vault.client(case.client_id).code == "K-2026-001"
