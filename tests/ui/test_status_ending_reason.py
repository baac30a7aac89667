"""Ending treatment and closing a case ask why (QA findings F4 and F10).

The Status menu changed the status at once: in the case summary's history, dropped out,
referred elsewhere, could not be reached and completed all read "Ended" or "Closed" with
an empty note. From intake it offered "End treatment" (a six-month follow-up for a client
who never had treatment); closing said nothing of a goal still active; a drop-out stayed
overdue on the Due list for years.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import GoalState, Status
from kastdesk.domain.status import EndReason
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.status import EndingDialog, change_status, fill_status_menu
from tests.ui.conftest import screenshot, when_modal

TODAY = date(2026, 6, 1)


def _case(vault: Vault, to: Status = Status.IN_TREATMENT) -> CaseFile:
    """A case whose last contact was 2026-05-10, moved on to ``to``."""
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    case = vault.add_client("K-1", first_contact_date=date(2026, 5, 1))
    case.sessions.add(datetime(2026, 5, 10, 10))
    path = [Status.INTAKE, Status.IN_TREATMENT]
    for status in path[: path.index(to) + 1]:
        case.profile.set_status(status)
    return case


def _answer(qtbot, parent: QWidget, case: CaseFile, new: Status,  # type: ignore[no-untyped-def]
            act: Callable[[EndingDialog], Any]) -> tuple[bool, EndingDialog, str]:
    """Change to ``new``, answering the dialog with ``act``: the result, the dialog (gone
    once answered: read its Python attributes only) and what it said of active goals."""
    seen: list[EndingDialog] = []
    goals_text: list[str] = []

    def answer(dialog: EndingDialog) -> None:
        seen.append(dialog)
        goals_text.append(dialog.goals_note.text() if dialog.goals_note else "")
        act(dialog)

    timer = when_modal(EndingDialog, answer)
    try:
        result = change_status(parent, case, new)
    finally:
        timer.stop()
    assert seen, "no dialog asked why"
    return result, seen[0], goals_text[0]


def _choose(reason: EndReason | None, note: str = "", **ticks: bool) -> Callable[[Any], None]:
    def act(dialog: EndingDialog) -> None:
        if reason is not None:
            dialog.reason_buttons[reason].click()
        dialog.note.setText(note)
        for name, value in ticks.items():
            getattr(dialog, name).setChecked(value)
        dialog.ok.click()
    return act


def _parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_ending_asks_why_and_keeps_the_reason_in_history_and_audit(qtbot, vault: Vault) -> None:
    case = _case(vault)
    parent = _parent(qtbot)
    ok, _dialog, _ = _answer(qtbot, parent, case, Status.ENDED,
                          _choose(EndReason.COMPLETED, "  goal  reached "))
    assert ok
    last = case.profile.history()[-1]
    assert (last.status, last.note) == (Status.ENDED, "Treatment completed – goal reached")
    entry = case.audit_entries()[0]
    assert entry.action == "Change status"
    assert entry.detail["status"] == "ended" and entry.detail["reason"] == "completed"
    # The note's words stay in the encrypted case history, not in the audit log.
    assert "goal reached" not in str(entry.detail)
    # The follow-up box still follows a plain ending.
    box = parent.findChild(QMessageBox, "followUpInfo")
    assert box is not None and "2026-11-10" in box.text()


def test_closing_after_intake_offers_referral_and_keeps_the_note(qtbot, vault: Vault) -> None:
    case = _case(vault, Status.INTAKE)
    ok, dialog, _ = _answer(qtbot, _parent(qtbot), case, Status.CLOSED,
                            _choose(EndReason.REFERRED, "DPS Oslo"))
    assert ok
    # Before treatment: why a contact led to no treatment, not "treatment completed".
    assert list(dialog.reason_buttons) == [
        EndReason.NOT_TARGET_GROUP, EndReason.REFERRED, EndReason.CLIENT_STOPPED,
        EndReason.NOT_REACHED, EndReason.OTHER]
    last = case.profile.history()[-1]
    assert (last.status, last.note) == (Status.CLOSED, "Referred elsewhere – DPS Oslo")


def test_the_reason_and_the_note_are_optional(qtbot, vault: Vault) -> None:
    case = _case(vault)
    ok, _, _ = _answer(qtbot, _parent(qtbot), case, Status.CLOSED, _choose(None, ""))
    assert ok and case.profile.get().status is Status.CLOSED
    assert case.profile.history()[-1].note == ""
    assert "reason" not in case.audit_entries()[0].detail
    # "Other" with words of its own is those words.
    case2 = vault.add_client("K-2")
    case2.profile.set_status(Status.INTAKE)
    _answer(qtbot, _parent(qtbot), case2, Status.CLOSED,
            _choose(EndReason.OTHER, "moved abroad"))
    assert case2.profile.history()[-1].note == "moved abroad"


def test_cancel_changes_nothing(qtbot, vault: Vault) -> None:
    case = _case(vault)
    before = case.profile.history()
    ok, _, _ = _answer(qtbot, _parent(qtbot), case, Status.ENDED, lambda d: d.reject())
    assert not ok
    assert case.profile.get().status is Status.IN_TREATMENT
    assert case.profile.history() == before


def test_intake_offers_close_not_end_treatment(qtbot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    fill_status_menu(menu, Status.INTAKE, lambda _s: None)
    offered = {a.data() for a in menu.actions() if a.data()}
    assert offered == {"in_treatment", "closed"}


def test_a_drop_out_is_closed_with_no_follow_up(qtbot, vault: Vault) -> None:
    case = _case(vault)
    parent = _parent(qtbot)

    def act(dialog: EndingDialog) -> None:
        assert dialog.close_too.isHidden()  # not for a completed course
        dialog.reason_buttons[EndReason.DROPPED_OUT].click()
        assert dialog.close_too.isVisibleTo(dialog) and dialog.close_too.isChecked()
        dialog.ok.click()

    ok, _, _ = _answer(qtbot, parent, case, Status.ENDED, act)
    assert ok
    history = case.profile.history()
    assert [(c.status, c.note) for c in history[-2:]] == [
        (Status.ENDED, "Dropped out (stopped coming)"),
        (Status.CLOSED, "No follow-up interview planned")]
    assert case.profile.get().status is Status.CLOSED
    assert parent.findChild(QMessageBox, "followUpInfo") is None
    # Not on the Due list, years later either.
    assert due_lists(vault.clients(), date(2029, 1, 1)).follow_ups == []


def test_a_drop_out_may_still_get_a_follow_up(qtbot, vault: Vault) -> None:
    case = _case(vault)
    ok, _, _ = _answer(qtbot, _parent(qtbot), case, Status.ENDED,
                    _choose(EndReason.NOT_REACHED, close_too=False))
    assert ok and case.profile.get().status is Status.ENDED
    assert case.profile.get().followup_due == date(2026, 11, 10)


def test_closing_names_active_goals_and_may_drop_them(qtbot, vault: Vault) -> None:
    case = _case(vault)
    kept = case.goals.add("Stop buying sex", at=date(2026, 5, 10))
    ok, _, said = _answer(qtbot, _parent(qtbot), case, Status.CLOSED,
                          _choose(EndReason.CLIENT_STOPPED))
    assert ok
    assert "1 goal still active" in said and "Stop buying sex" in said
    assert case.goals.get(kept.id).state is GoalState.ACTIVE  # unticked: as it was

    case2 = vault.add_client("K-2")
    case2.profile.set_status(Status.INTAKE)
    goal = case2.goals.add("Understand myself")
    reached = case2.goals.add("Tell the partner")
    case2.goals.reach(reached.id)
    ok, _, said = _answer(qtbot, _parent(qtbot), case2, Status.CLOSED,
                          _choose(EndReason.REFERRED, drop_goals=True))
    assert ok
    assert "1 goal still active" in said
    dropped = case2.goals.get(goal.id)
    assert dropped.state is GoalState.DROPPED
    assert dropped.events[-1].note == "Dropped when the case was closed"
    assert case2.goals.get(reached.id).state is GoalState.REACHED


def test_a_drop_out_closed_at_once_names_its_active_goals(qtbot, vault: Vault) -> None:
    """Ending as a drop-out with "close the case as well" closes the case: the goals still
    active are named and may be dropped there too (they were not, and the closed case's
    summary listed them "Active" for ever). Unticking the close hides the question."""
    case = _case(vault)
    goal = case.goals.add("Stop buying sex", at=date(2026, 5, 10))
    shown: list[bool] = []

    def act(dialog: EndingDialog) -> None:
        assert dialog.goals_box is not None and dialog.goals_box.isHidden()  # completed
        dialog.reason_buttons[EndReason.DROPPED_OUT].click()
        shown.append(dialog.goals_box.isVisibleTo(dialog))
        dialog.close_too.setChecked(False)
        shown.append(dialog.goals_box.isVisibleTo(dialog))
        dialog.close_too.setChecked(True)
        assert dialog.drop_goals is not None
        dialog.drop_goals.setChecked(True)
        dialog.ok.click()

    ok, _, said = _answer(qtbot, _parent(qtbot), case, Status.ENDED, act)
    assert ok and shown == [True, False]
    assert "1 goal still active" in said
    assert case.profile.get().status is Status.CLOSED
    assert case.goals.get(goal.id).state is GoalState.DROPPED


def test_closing_with_the_follow_up_held_or_none_planned_leaves_no_date(
    qtbot, vault: Vault
) -> None:
    """A case closed after its follow-up was held, or closed at once with none planned,
    has no follow-up date left: the overview and the summary said "(passed; the case is
    closed)" of it, which reads as a follow-up missed."""
    case = _case(vault)
    ok, _, _ = _answer(qtbot, _parent(qtbot), case, Status.ENDED,
                       _choose(EndReason.COMPLETED))
    assert ok and case.profile.get().followup_due is not None
    case.profile.set_status(Status.FOLLOW_UP)
    ok, _, _ = _answer(qtbot, _parent(qtbot), case, Status.CLOSED,
                       _choose(EndReason.FOLLOW_UP_HELD))
    assert ok and case.profile.get().followup_due is None

    # A drop-out ended months after the last session: its six-month date had passed.
    late = vault.add_client("K-2", first_contact_date=date(2025, 1, 10))
    late.sessions.add(datetime(2025, 1, 20, 10))
    late.profile.set_status(Status.INTAKE)
    late.profile.set_status(Status.IN_TREATMENT)
    ok, _, _ = _answer(qtbot, _parent(qtbot), late, Status.ENDED,
                       _choose(EndReason.DROPPED_OUT))
    assert ok and late.profile.get().status is Status.CLOSED
    assert late.profile.get().followup_due is None


def test_no_goal_question_without_active_goals(qtbot, vault: Vault) -> None:
    case = _case(vault)
    _ok, dialog, said = _answer(qtbot, _parent(qtbot), case, Status.CLOSED, _choose(None))
    assert said == "" and dialog.drop_goals is None


def test_the_dialogs_in_each_language(qtbot, every_language, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """For people to look at: artifacts/screenshots/ending_*.png."""
    case = _case(vault)
    goal = case.goals.add("Stop buying sex", at=date(2026, 5, 10))
    for new in (Status.ENDED, Status.CLOSED):
        dialog = EndingDialog(Status.IN_TREATMENT, new,
                              active_goals=[case.goals.get(goal.id)])
        qtbot.addWidget(dialog)
        dialog.show()
        if new is Status.ENDED:
            dialog.reason_buttons[EndReason.DROPPED_OUT].click()
        qtbot.waitExposed(dialog)
        assert dialog.ok.text()
        screenshot(dialog, f"ending_{new.value}_{every_language}")
        dialog.close()


def test_a_lock_while_asking_changes_nothing(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The idle lock closes the dialog: the case stays as it was, nothing half-done."""
    from tests.ui.conftest import unlock
    from tests.ui.test_app_main import select_code

    window = open_window
    select_code(qtbot, window, "K-2026-005")
    client_id = window.case.client_id
    before = window.vault.client(client_id).status
    window._fill_status_menu(window.status_menu)
    [end] = [a for a in window.status_menu.actions() if a.data() == "ended"]

    def lock(dialog: EndingDialog) -> None:
        dialog.reason_buttons[EndReason.COMPLETED].click()
        dialog.note.setText("typed, then the lock")
        window.idle.last_input -= window.idle.minutes * 60 + 1
        window.idle.check()

    timer = when_modal(EndingDialog, lock)
    end.trigger()
    timer.stop()
    assert window.locked
    assert window.findChild(QMessageBox, "followUpInfo") is None
    # The dialog comes back after the unlock with what was chosen and typed (QA 19, F9);
    # cancelled then, the case is still as it was.
    seen: list[str] = []
    reopening = when_modal(EndingDialog, lambda d: (seen.append(d.note.text()), d.reject()))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == ["typed, then the lock"]
    assert window.vault.client(client_id).status is before
