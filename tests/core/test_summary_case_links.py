"""The case summary's profile names the client's earlier and later case (QA F6), by code;
a pseudonymized summary says there is one and withholds the code."""

from __future__ import annotations

from datetime import date

from kastdesk.domain.models import Status
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary
from kastdesk.store import Vault


def _two_courses(vault: Vault) -> tuple[str, str]:
    vault.today = lambda: date(2030, 8, 12)  # type: ignore[method-assign]
    old = vault.add_client("K-2027-001", name="Anders Berg", first_contact_date=date(2027, 1, 11))
    old.profile.set_status(Status.CLOSED, at=date(2027, 12, 28))
    new = vault.add_returning_client(old.client_id, "K-2030-012")
    return old.client_id, new.client_id


def test_the_profile_names_the_earlier_and_the_later_case(vault: Vault) -> None:
    old_id, new_id = _two_courses(vault)
    new_text = build_case_summary(collect_case(vault.open_case(new_id))).text()
    assert "Earlier case" in new_text and "K-2027-001" in new_text
    assert "Later case" not in new_text
    old_text = build_case_summary(collect_case(vault.open_case(old_id))).text()
    assert "Later case" in old_text and "K-2030-012" in old_text


def test_a_pseudonymized_summary_withholds_the_linked_code(vault: Vault) -> None:
    _old_id, new_id = _two_courses(vault)
    snap = collect_case(vault.open_case(new_id))
    pseudo = Pseudonymizer.for_snapshot(snap, [], date_offset_days=10, reference="P-TEST")
    text = build_case_summary(pseudo.apply(snap)).text()
    assert "Earlier case" in text and "code withheld" in text
    assert "K-2027-001" not in text and "K-2030-012" not in text
