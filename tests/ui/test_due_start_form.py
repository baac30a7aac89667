"""The Due list names a start self-rating not filled in at the first session.

The list showed follow-ups only: a client whose start form was never filled in (it belongs
to the first session, the baseline every later point is compared with) was on no list,
and the gap showed only in that client's own Self-rating tab. The register now keeps where
each case's start form stands (done, partly filled in, none; index schema step 3), and
the Due list has a group for the start forms still open from the first session's day on,
while treatment has not ended. Screenshot: artifacts/screenshots/due_start_form.png.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import ClientId, RegisterEntry, Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.due import DueDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot

TODAY = date(2026, 5, 4)


def _in_treatment(vault: Vault, code: str, first_session: datetime) -> CaseFile:
    case = vault.add_client(code, first_contact_date=date(2026, 3, 2))
    case.sessions.add(first_session)
    case.profile.set_status(Status.INTAKE, at=first_session.date())
    case.profile.set_status(Status.IN_TREATMENT, at=first_session.date())
    return case


def _start_form(case: CaseFile, day: date, *, finished: bool) -> None:
    answers: dict[str, object] = {"reason_in_words": "My partner found the receipts."}
    if finished:  # the three questions the start form needs answered
        answers.update(has_bought_sex=True, wellbeing="bad", control_unwanted_impulses="rarely")
    save_response(case, FormResponse("self_rating", 2, "start", day, EnteredBy.CLIENT, answers,
                                     point="start"))


def _lines(dialog: DueDialog, title: str) -> list[list[str]]:
    tree = dialog.tree
    head = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(title))
    return [[head.child(i).text(c) for c in range(4)] for i in range(head.childCount())]


def test_a_start_form_missing_since_the_first_session_is_listed(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    missing = _in_treatment(vault, "K-2026-081", datetime(2026, 4, 6, 10))
    partly = _in_treatment(vault, "K-2026-082", datetime(2026, 4, 20, 10))
    _start_form(partly, date(2026, 4, 20), finished=False)
    done = _in_treatment(vault, "K-2026-083", datetime(2026, 4, 13, 10))
    _start_form(done, date(2026, 4, 13), finished=True)
    today = _in_treatment(vault, "K-2026-084", datetime(2026, 5, 4, 9))
    ahead = _in_treatment(vault, "K-2026-085", datetime(2026, 5, 11, 10))  # booked
    entries = {e.code: e for e in vault.clients()}
    assert [entries[c].start_form for c in sorted(entries)] == [
        "none", "partly", "done", "none", "none"]
    del missing, today, ahead

    due = DueDialog(vault.clients(), TODAY)
    qtbot.addWidget(due)
    due.show()
    qtbot.waitExposed(due)
    screenshot(due, "due_start_form")
    assert _lines(due, "Start self-rating not filled in at the first session") == [
        ["K-2026-081", "In treatment", "2026-04-06", "overdue by 28 days"],
        ["K-2026-082", "In treatment", "2026-04-20", "partly filled in"],
        ["K-2026-084", "In treatment", "2026-05-04", "due today"],
    ]
    # Filled in since: the register follows, and the line goes.
    _start_form(partly, date(2026, 5, 4), finished=True)
    assert vault.client(partly.client_id).start_form == "done"
    due.set_entries(vault.clients(), TODAY)
    assert [line[0] for line in _lines(due, "Start self-rating")] == ["K-2026-081", "K-2026-084"]


def test_only_before_treatment_has_ended() -> None:
    """Ended, in follow-up or closed: the start point is past (missed by the tab's rule);
    a line the register has not filled yet (None) is not guessed at."""
    def line(code: str, status: Status, start_form: str | None) -> RegisterEntry:
        return RegisterEntry(
            id=ClientId(code), code=code, name=None, status=status,
            first_contact_date=date(2026, 1, 5), first_session_date=date(2026, 1, 12),
            last_contact_date=date(2026, 4, 27), next_session=None, followup_due=None,
            flags=(), created_at="", start_form=start_form)

    lists = due_lists([
        line("A", Status.IN_TREATMENT, "none"),
        line("B", Status.INTAKE, "partly"),
        line("C", Status.ENDED, "none"),
        line("D", Status.FOLLOW_UP, "none"),
        line("E", Status.CLOSED, "none"),
        line("F", Status.IN_TREATMENT, None),
        line("G", Status.IN_TREATMENT, "done"),
    ], TODAY)
    assert [(i.entry.code, i.day, i.days) for i in lists.start_forms] == [
        ("A", date(2026, 1, 12), 112), ("B", date(2026, 1, 12), 112)]
    assert len(lists) == 2


def test_an_index_from_before_learns_the_start_form_when_the_case_is_opened(
    vault_dir: Path, vault: Vault
) -> None:
    case = _in_treatment(vault, "K-2026-086", datetime(2026, 4, 6, 10))
    client_id = case.client_id
    vault.index.execute("UPDATE clients SET start_form = NULL")  # as step 3 leaves a line
    vault.close()
    again = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert again.client(client_id).start_form is None  # unlocking opens no case
        again.open_case(client_id)
        assert again.client(client_id).start_form == "none"
    finally:
        again.close()
