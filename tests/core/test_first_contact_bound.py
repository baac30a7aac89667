"""A first contact cannot lie before the first KAST clinic opened (1997): 1800-01-01 was
taken, and the register showed 82,674 days waited (core, no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kastdesk.clients import ClientDetails, check_details, edit_client
from kastdesk.clients.details import EARLIEST_FIRST_CONTACT
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import InvalidChange, Vault


def _new(day: date) -> ClientDetails:
    return ClientDetails(code="K-1", name=None, first_contact_date=day,
                         contact_channel=ContactChannel.PHONE,
                         referral_source=ReferralSource.OWN_INITIATIVE)


def test_the_bound_is_the_first_clinics_year() -> None:
    assert date(1997, 1, 1) == EARLIEST_FIRST_CONTACT


@pytest.mark.parametrize("day", [date(1800, 1, 1), date(1996, 12, 31)])
def test_a_first_contact_before_it_is_refused_in_one_sentence(vault: Vault, day: date) -> None:
    vault.today = lambda: date(2026, 6, 1)
    with pytest.raises(InvalidChange, match=r"cannot be before 1997-01-01.*check the year"):
        check_details(vault, _new(day))
    case = vault.add_client("K-2", first_contact_date=date(2026, 5, 1))
    with pytest.raises(InvalidChange, match="before 1997-01-01"):
        edit_client(vault, case, replace(ClientDetails.of(case.profile.get()),
                                         first_contact_date=day))
    assert vault.client(case.client_id).first_contact_date == date(2026, 5, 1)


def test_the_first_day_itself_is_taken(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    assert check_details(vault, _new(date(1997, 1, 1))).first_contact_date == date(1997, 1, 1)
