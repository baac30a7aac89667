"""After an upgrade the Due list names start forms missed before it, without opening cases.

QA 19 #12: the register's start-form state is filled when a case is opened (index schema
step 3), so on the first day after the upgrade the group "Start self-rating not filled in
at the first session" said "Nothing here." about a case 210 days overdue. The main window
now reads the missing states in the background after unlock, and until a case is checked
the group names it ("1 case not checked yet, open each once: K-…"), never "Nothing here.".
Screenshots: artifacts/screenshots/due_start_form_unchecked.png, due_after_upgrade.png.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import Status
from kastdesk.store import Vault
from kastdesk.ui.cases.due import DueDialog
from tests.conftest import ANCHOR, PASSPHRASE
from tests.ui.conftest import screenshot, unlock

TODAY = date(2026, 5, 4)
GROUP = "Start self-rating not filled in at the first session"


def _group_lines(dialog: DueDialog) -> list[str]:
    tree = dialog.tree
    head = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(GROUP))
    return [head.child(i).text(0) for i in range(head.childCount())]


def _unknown(vault: Vault, code: str, first_session: datetime) -> str:
    case = vault.add_client(code, first_contact_date=date(2026, 3, 2))
    case.sessions.add(first_session)
    case.profile.set_status(Status.INTAKE, at=first_session.date())
    case.profile.set_status(Status.IN_TREATMENT, at=first_session.date())
    vault.index.execute("UPDATE clients SET start_form = NULL WHERE id = ?", (case.client_id,))
    return case.client_id


def test_the_group_names_cases_not_checked_yet(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    only = _unknown(vault, "K-2026-111", datetime(2026, 4, 6, 10))
    due = DueDialog(vault.clients(), TODAY)
    qtbot.addWidget(due)
    due.show()
    qtbot.waitExposed(due)
    assert _group_lines(due) == ["1 case not checked yet, open each once: K-2026-111"]
    # With one case the line opens it, as a case's own line does.
    tree = due.tree
    head = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(GROUP))
    with qtbot.waitSignal(due.open_client) as opened:
        tree.itemActivated.emit(head.child(0), 0)
    assert opened.args == [only]

    _unknown(vault, "K-2026-112", datetime(2026, 4, 20, 10))
    due.set_entries(vault.clients(), TODAY)
    assert _group_lines(due) == ["2 cases not checked yet, open each once: K-2026-111, K-2026-112"]
    screenshot(due, "due_start_form_unchecked")


def test_after_unlock_the_missing_states_are_read_in_the_background(  # type: ignore[no-untyped-def]
        qtbot, demo_vault: Path, main_window) -> None:
    vault = Vault.unlock(demo_vault, PASSPHRASE)
    try:
        vault.today = lambda: ANCHOR  # type: ignore[method-assign]
        expected = [i.entry.code for i in due_lists(vault.clients(), ANCHOR).start_forms]
        vault.index.execute("UPDATE clients SET start_form = NULL")  # as the upgrade left it
        assert due_lists(vault.clients(), ANCHOR).start_forms == []
    finally:
        vault.close()
    assert expected, "the demo has a start form not filled in at the first session"

    window = main_window
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: all(e.start_form is not None for e in window.vault.clients()),
                    timeout=10_000)
    assert window.case is None  # no case was opened for it
    window.show_due()
    due = window.findChild(DueDialog)
    assert [i.entry.code for i in due.lists.start_forms] == expected
    assert due.lists.unchecked_start_forms == []
    screenshot(due, "due_after_upgrade")


def test_a_lock_while_the_check_runs_stops_it(qtbot, demo_vault: Path, main_window) -> None:  # type: ignore[no-untyped-def]
    """The lock waits for running work: the check ends after the case it is on, writes
    nothing into the closed vault, and runs again at the next unlock."""
    vault = Vault.unlock(demo_vault, PASSPHRASE)
    try:
        vault.index.execute("UPDATE clients SET start_form = NULL")
    finally:
        vault.close()
    window = main_window
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window._start_forms_stop is not None, timeout=5_000)
    stop = window._start_forms_stop
    assert window.lock()
    assert window.vault is None and stop.is_set()
    qtbot.wait(50)  # a result arriving now finds the vault closed
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: all(e.start_form is not None for e in window.vault.clients()),
                    timeout=10_000)
