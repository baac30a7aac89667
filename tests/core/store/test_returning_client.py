"""A client who comes back after the case ended or closed gets a new case (QA F6).

Re-opening the old case kept the first course's waiting time, intake, start measurement
and goals as the new course's; the new case has its own, linked both ways to the old one.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kastdesk.domain.models import ContactChannel, Gender, ReferralSource, Status
from kastdesk.genogram import Genogram
from kastdesk.genogram.storage import load_genogram, save_genogram
from kastdesk.store import CaseFile, InvalidChange, Vault


def _closed_case(vault: Vault, *, end: Status = Status.CLOSED) -> CaseFile:
    vault.today = lambda: date(2027, 8, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2027-001", name="Anders Berg",
                            first_contact_date=date(2027, 1, 11))
    case.profile.update(gender=Gender.MAN)
    case.sessions.add(datetime(2027, 2, 1, 10))
    case.goals.add("Stop buying sex", at=date(2027, 2, 1))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 2, 1))
    case.profile.set_status(Status.ENDED, at=date(2027, 6, 28))
    if end is Status.CLOSED:
        case.profile.set_status(Status.CLOSED, at=date(2027, 12, 28))
    return case


def _with_family_map(case: CaseFile) -> None:
    data = Genogram().to_dict()
    save_genogram(case, Genogram.from_dict(data), "Start family map")


def test_a_returning_client_gets_a_new_case_linked_both_ways(vault: Vault) -> None:
    old = _closed_case(vault)
    old_id = old.client_id
    vault.today = lambda: date(2030, 8, 12)  # type: ignore[method-assign]

    new = vault.add_returning_client(
        old_id, "K-2030-012", first_contact_date=date(2030, 8, 12),
        contact_channel=ContactChannel.EMAIL, referral_source=ReferralSource.PARTNER)

    profile = new.profile.get()
    assert profile.code == "K-2030-012"
    assert profile.name == "Anders Berg" and profile.gender is Gender.MAN
    assert profile.status is Status.FIRST_CONTACT
    assert profile.first_contact_date == date(2030, 8, 12)
    assert profile.contact_channel is ContactChannel.EMAIL
    assert profile.referral_source is ReferralSource.PARTNER
    # The new course's own: no sessions, no goals, so on the waiting list again.
    assert new.sessions.list() == [] and new.goals.list() == []
    entry = vault.client(new.client_id)
    assert entry.first_session_date is None and entry.first_contact_date == date(2030, 8, 12)

    earlier = new.links.earlier()
    assert earlier is not None and earlier.client_id == old_id
    assert earlier.code == "K-2027-001" and new.links.later() is None
    again = vault.open_case(old_id)
    later = again.links.later()
    assert later is not None and later.client_id == new.client_id and later.code == "K-2030-012"
    # The old case stays as it was.
    assert again.profile.get().status is Status.CLOSED
    assert len(again.sessions.list()) == 1 and len(again.goals.list()) == 1


def test_the_link_is_audited_in_both_cases_and_the_vault_with_codes_only(vault: Vault) -> None:
    old = _closed_case(vault)
    new = vault.add_returning_client(old.client_id, "K-2030-012")
    new_log = [e for e in new.audit_entries() if e.action == "Link earlier case"]
    old_log = [e for e in vault.open_case(old.client_id).audit_entries()
               if e.action == "Link later case"]
    vault_log = [e for e in vault.audit_entries() if e.action == "Register returning client"]
    assert len(new_log) == len(old_log) == len(vault_log) == 1
    assert vault_log[0].detail["code"] == "K-2030-012"
    assert vault_log[0].detail["earlier_code"] == "K-2027-001"
    for entry in (*new_log, *old_log, *vault_log):
        assert "Anders" not in str(entry.detail) and "Berg" not in str(entry.detail)


def test_the_family_map_is_copied_when_asked(vault: Vault) -> None:
    old = _closed_case(vault)
    _with_family_map(old)
    assert old.documents.get("genogram", "main") is not None
    copied = vault.add_returning_client(old.client_id, "K-2030-012")
    assert copied.documents.get("genogram", "main") == old.documents.get("genogram", "main")
    load_genogram(copied)  # reads as a family map
    vault.close_case(copied.client_id)

    second = _second_vault_case(vault)
    _with_family_map(second)
    without = vault.add_returning_client(second.client_id, "K-2030-013",
                                         copy_family_map=False)
    assert without.documents.get("genogram", "main") is None


def _second_vault_case(vault: Vault) -> CaseFile:
    case = vault.add_client("K-2027-002", first_contact_date=date(2027, 1, 12))
    case.profile.set_status(Status.CLOSED, at=date(2027, 3, 1))
    return case


def test_an_ended_case_can_be_closed_with_it(vault: Vault) -> None:
    old = _closed_case(vault, end=Status.ENDED)
    assert old.profile.get().followup_due is not None
    vault.add_returning_client(old.client_id, "K-2030-012", close_previous=True,
                               close_note="Client came back: new case K-2030-012")
    profile = vault.open_case(old.client_id).profile.get()
    assert profile.status is Status.CLOSED
    assert vault.open_case(old.client_id).profile.history()[-1].note.endswith("K-2030-012")


def test_an_ended_case_stays_ended_unless_asked(vault: Vault) -> None:
    old = _closed_case(vault, end=Status.ENDED)
    vault.add_returning_client(old.client_id, "K-2030-012")
    assert vault.open_case(old.client_id).profile.get().status is Status.ENDED


def test_refused_from_a_case_still_running_or_already_followed(vault: Vault) -> None:
    running = vault.add_client("K-2027-003", first_contact_date=date(2027, 1, 1))
    with pytest.raises(InvalidChange):
        vault.add_returning_client(running.client_id, "K-2030-001")
    old = _closed_case(vault)
    vault.add_returning_client(old.client_id, "K-2030-012")
    with pytest.raises(InvalidChange) as info:
        vault.add_returning_client(old.client_id, "K-2030-013")
    assert "K-2030-012" in info.value.message
    with pytest.raises(InvalidChange):  # a first contact before the earlier case's
        vault.add_returning_client(_second_vault_case(vault).client_id, "K-2030-014",
                                   first_contact_date=date(2026, 1, 1))
    codes = {e.code for e in vault.clients()}
    assert "K-2030-001" not in codes and "K-2030-013" not in codes and "K-2030-014" not in codes


def test_a_failed_link_leaves_no_new_client(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _closed_case(vault)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise InvalidChange("disk trouble")

    monkeypatch.setattr(Vault, "record", fail)
    with pytest.raises(InvalidChange):
        vault.add_returning_client(old.client_id, "K-2030-012")
    monkeypatch.undo()
    assert [e.code for e in vault.clients()] == ["K-2027-001"]
    assert vault.open_case(old.client_id).links.later() is None


def test_a_later_case_deleted_since_is_no_bar(vault: Vault) -> None:
    old = _closed_case(vault)
    first = vault.add_returning_client(old.client_id, "K-2030-012")
    vault.delete_client(first.client_id)
    again = vault.add_returning_client(old.client_id, "K-2030-013")
    later = vault.open_case(old.client_id).links.later()
    assert later is not None and later.client_id == again.client_id
