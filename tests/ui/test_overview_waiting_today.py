"""The overview's waiting time on the day of the first contact (QA walk).

A client registered today, no session yet, read "Waiting time: waiting for 0 days", as if
there were no wait to speak of; it says "waiting since today" now, and counts the days
from tomorrow on.
"""

from __future__ import annotations

from datetime import date

from kastdesk.store import Vault
from kastdesk.ui.workspace import CaseWorkspace

TODAY = date(2026, 12, 5)


def _waiting(qtbot, vault: Vault, first_contact: date) -> str:  # type: ignore[no-untyped-def]
    vault.today = lambda: TODAY
    case = vault.add_client(f"K-2026-{first_contact.day:03d}", first_contact_date=first_contact)
    case.today = lambda: TODAY  # type: ignore[method-assign]
    workspace = CaseWorkspace(vault, case)
    qtbot.addWidget(workspace)
    workspace.set_current_tab("overview")
    return workspace.tab("overview").date_values["waiting"].text()


def test_a_client_who_got_in_touch_today_is_waiting_since_today(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    assert _waiting(qtbot, vault, TODAY) == "waiting since today"


def test_a_client_who_got_in_touch_earlier_is_waiting_for_days(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    assert _waiting(qtbot, vault, date(2026, 12, 2)) == "waiting for 3 days"
