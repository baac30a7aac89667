"""Correcting a client's details (core, no Qt)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from kastdesk.clients import ClientDetails, edit_client
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import DuplicateCode, InvalidChange, Vault

NAME = "Gustav Raderasson"


def _details(case) -> ClientDetails:  # type: ignore[no-untyped-def]
    return ClientDetails.of(case.profile.get())


# -- editing ------------------------------------------------------------------------
def test_every_detail_can_be_corrected_and_each_change_is_audited(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    details = replace(_details(case), code="K-2026-010", name="  Nils Nilsson ",
                      first_contact_date=date(2026, 4, 28),
                      contact_channel=ContactChannel.EMAIL,
                      referral_source=ReferralSource.POLICE)
    changed = edit_client(vault, case, details)
    assert changed == ("code", "contact_channel", "first_contact_date", "name",
                       "referral_source")
    profile = case.profile.get()
    assert (profile.code, profile.name, profile.first_contact_date) == (
        "K-2026-010", "Nils Nilsson", date(2026, 4, 28))
    assert profile.contact_channel is ContactChannel.EMAIL
    assert profile.referral_source is ReferralSource.POLICE
    entry = vault.client(case.client_id)  # the register follows with the commit
    assert (entry.code, entry.name, entry.first_contact_date) == (
        "K-2026-010", "Nils Nilsson", date(2026, 4, 28))
    last = case.audit_entries()[0]  # newest first
    assert last.action == "Edit client profile"
    assert last.detail["fields"] == list(changed)
    assert NAME not in json.dumps(last.detail) and "Nils" not in json.dumps(last.detail)

    # Named back to anonymous: the name is gone from the case and the register.
    assert edit_client(vault, case, replace(_details(case), name=None)) == ("name",)
    assert case.profile.get().anonymous and vault.client(case.client_id).name is None


def test_nothing_changed_writes_nothing(vault: Vault) -> None:
    case = vault.add_client("K-1", name="Åsa Öberg")
    before = len(case.audit_entries())
    assert edit_client(vault, case, replace(_details(case), code=" K-1 ")) == ()
    assert len(case.audit_entries()) == before


def test_a_code_another_client_has_is_refused_in_any_case_of_letters(vault: Vault) -> None:
    vault.add_client("K-2026-001").close()
    vault.add_client("Å-7").close()
    case = vault.add_client("K-2026-002")
    for taken in ("K-2026-001", "k-2026-001", " K-2026-001 ", "å-7"):
        with pytest.raises(DuplicateCode):
            edit_client(vault, case, replace(_details(case), code=taken))
    assert case.profile.get().code == "K-2026-002"
    # Its own code in other letters is no clash.
    assert edit_client(vault, case, replace(_details(case), code="k-2026-002")) == ("code",)
    with pytest.raises(InvalidChange, match="needs a code"):
        edit_client(vault, case, replace(_details(case), code="   "))


def test_first_contact_is_neither_ahead_nor_after_the_first_session(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-1", first_contact_date=date(2026, 5, 1))
    with pytest.raises(InvalidChange, match="after today"):
        edit_client(vault, case, replace(_details(case), first_contact_date=date(2026, 6, 2)))
    case.sessions.add(datetime(2026, 5, 10, 10))
    with pytest.raises(InvalidChange, match=r"first session \(2026-05-10\)"):
        edit_client(vault, case, replace(_details(case), first_contact_date=date(2026, 5, 11)))
    assert edit_client(vault, case, replace(_details(case),
                                            first_contact_date=date(2026, 5, 10)))
    assert vault.client(case.client_id).waiting_days == 0
