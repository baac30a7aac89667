"""A case file's content: profile, course, sessions and notes, goals, flags, documents."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kastdesk.domain.models import (
    GoalEventKind,
    GoalState,
    Modality,
    NoteKind,
    Present,
    RiskKind,
    Status,
)
from kastdesk.store import CaseFile, DuplicateCode, InvalidChange, NoteSigned, Vault


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    return vault.add_client("K-2026-001", first_contact_date=date(2026, 3, 2))


def test_an_anonymous_client_has_a_code_and_no_name(case: CaseFile) -> None:
    profile = case.profile.get()
    assert profile.code == "K-2026-001"
    assert profile.name is None and profile.anonymous


def test_codes_are_unique_regardless_of_case(vault: Vault, case: CaseFile) -> None:
    with pytest.raises(DuplicateCode):
        vault.add_client("k-2026-001")


def test_profile_update_reaches_the_register(vault: Vault, case: CaseFile) -> None:
    case.profile.update(name="Per Prov", age_group="30-39", children=2)
    assert vault.client(case.client_id).name == "Per Prov"
    case.profile.update(name="  ")
    assert vault.client(case.client_id).name is None


def test_status_follows_the_course_and_refuses_jumps(case: CaseFile) -> None:
    with pytest.raises(InvalidChange) as info:
        case.profile.set_status(Status.FOLLOW_UP)
    assert "cannot go from" in info.value.message
    case.profile.set_status(Status.INTAKE, at=date(2026, 3, 9))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2026, 3, 16))
    assert [c.status for c in case.profile.history()] == [
        Status.FIRST_CONTACT, Status.INTAKE, Status.IN_TREATMENT,
    ]


def test_ending_treatment_sets_follow_up_six_months_after_last_contact(
    vault: Vault, case: CaseFile
) -> None:
    case.sessions.add(datetime(2026, 3, 9, 10, 0))
    case.sessions.add(datetime(2026, 8, 31, 10, 0))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2026, 3, 9))
    case.profile.set_status(Status.ENDED, at=date(2026, 9, 1))
    assert case.profile.get().followup_due == date(2027, 2, 28)
    assert vault.client(case.client_id).followup_due == date(2027, 2, 28)


def test_a_closed_case_can_be_reopened(case: CaseFile) -> None:
    case.profile.set_status(Status.CLOSED)
    case.profile.set_status(Status.INTAKE)
    assert case.profile.get().status is Status.INTAKE


def test_session_fields_round_trip(case: CaseFile) -> None:
    s = case.sessions.add(
        datetime(2026, 3, 9, 14, 30), duration_min=75, modality=Modality.VIDEO,
        present=Present.BOTH, topics=["consequence listing", "relationship"],
    )
    got = case.sessions.get(s.id)
    assert (got.starts_at, got.duration_min, got.modality, got.present, got.topics) == (
        datetime(2026, 3, 9, 14, 30), 75, Modality.VIDEO, Present.BOTH,
        ["consequence listing", "relationship"],
    )


def test_autosave_writes_only_when_the_text_changed(case: CaseFile) -> None:
    s = case.sessions.add(datetime(2026, 3, 9, 10, 0))
    assert case.sessions.save_note(s.id, "Talked about the week.") is True
    assert case.sessions.save_note(s.id, "Talked about the week.") is False
    assert case.sessions.get(s.id).note == "Talked about the week."


def test_a_signed_note_is_read_only_and_takes_amendments(case: CaseFile) -> None:
    s = case.sessions.add(datetime(2026, 3, 9, 10, 0), note="Original words.")
    case.sessions.sign(s.id)
    with pytest.raises(NoteSigned):
        case.sessions.save_note(s.id, "Changed words.")
    with pytest.raises(NoteSigned):
        case.sessions.update(s.id, duration_min=10)
    with pytest.raises(NoteSigned):
        case.sessions.delete(s.id)
    with pytest.raises(InvalidChange):
        case.sessions.amend(s.id, "Addition.", reason="")
    case.sessions.amend(s.id, "Addition.", reason="Information after signing")
    got = case.sessions.get(s.id)
    assert got.note == "Original words."
    assert [(v.kind, v.text) for v in got.versions] == [
        (NoteKind.SIGNED, "Original words."), (NoteKind.AMENDMENT, "Addition."),
    ]
    assert got.amendments[0].reason == "Information after signing"
    assert got.amendments[0].author == "Test Therapist"


def test_an_unsigned_note_takes_no_amendment(case: CaseFile) -> None:
    s = case.sessions.add(datetime(2026, 3, 9, 10, 0))
    with pytest.raises(InvalidChange):
        case.sessions.amend(s.id, "x", "y")


def test_goal_history_answers_whether_the_original_goal_changed(case: CaseFile) -> None:
    g = case.goals.add("Stop buying sex", at=date(2026, 3, 9))
    case.goals.revise(g.id, "Stop buying sex and pornography", at=date(2026, 5, 1))
    case.goals.reach(g.id, at=date(2026, 9, 1))
    got = case.goals.get(g.id)
    assert got.original_text == "Stop buying sex"
    assert got.text == "Stop buying sex and pornography"
    assert got.was_revised and got.state is GoalState.REACHED
    assert [e.kind for e in got.events] == [
        GoalEventKind.SET, GoalEventKind.REVISED, GoalEventKind.REACHED,
    ]
    with pytest.raises(InvalidChange):
        case.goals.drop(g.id)
    case.goals.reopen(g.id)
    assert case.goals.get(g.id).state is GoalState.ACTIVE


def test_risk_flags_show_in_the_register_while_active(vault: Vault, case: CaseFile) -> None:
    flag = case.flags.raise_flag(RiskKind.SUICIDAL, "Safety plan made.")
    assert vault.client(case.client_id).flags == ("suicidal_thoughts",)
    assert flag.set_by == "Test Therapist"
    case.flags.clear(flag.id)
    assert vault.client(case.client_id).flags == ()
    assert case.flags.list(active_only=True) == []


def test_documents_keep_every_version(case: CaseFile) -> None:
    assert case.documents.get("exercise", "consequence_listing") is None
    case.documents.put("exercise", "consequence_listing", {"items": [1]}, label="Add")
    case.documents.put("exercise", "consequence_listing", {"items": [1, 2]}, session_id="s2")
    assert case.documents.get("exercise", "consequence_listing") == {"items": [1, 2]}
    history = case.documents.history("exercise", "consequence_listing")
    assert [(h.version, h.session_id) for h in history] == [(1, None), (2, "s2")]
    assert case.documents.list_ids("exercise") == ["consequence_listing"]


def test_a_failed_transaction_leaves_nothing(case: CaseFile) -> None:
    audit_before = len(case.audit_entries())
    with pytest.raises(RuntimeError), case.transaction("Add two sessions"):
        case.sessions.add(datetime(2026, 3, 9, 10, 0))
        raise RuntimeError("power cut")
    assert case.sessions.list() == []
    assert len(case.audit_entries()) == audit_before


def test_one_named_transaction_is_one_audit_entry(case: CaseFile) -> None:
    seen = []
    case.add_listener(seen.append)
    with case.transaction("First session") as changes:
        s = case.sessions.add(datetime(2026, 3, 9, 10, 0))
        case.goals.add("Understand why")
    assert case.audit_entries(limit=1)[0].action == "First session"
    assert changes.areas == {"sessions", "goals"} and s.id in changes.ids
    assert [c.label for c in seen] == ["First session"]


def test_audit_entries_never_hold_note_text(case: CaseFile) -> None:
    s = case.sessions.add(datetime(2026, 3, 9, 10, 0))
    case.sessions.save_note(s.id, "secret words about the purchase")
    assert all("secret" not in str(e.detail) for e in case.audit_entries())


def test_register_counts_waiting_time(vault: Vault, case: CaseFile) -> None:
    case.sessions.add(datetime(2026, 3, 12, 10, 0))
    assert vault.client(case.client_id).waiting_days == 10


def test_register_moves_on_to_the_next_session_once_a_day_has_passed(
    vault: Vault, case: CaseFile
) -> None:
    """The register stores the next session; after that day it must show the one after."""
    vault.today = lambda: date(2026, 3, 10)
    case.sessions.add(datetime(2026, 3, 12, 10, 0))
    case.sessions.add(datetime(2026, 3, 19, 10, 0))
    entry = vault.client(case.client_id)
    assert entry.next_session == datetime(2026, 3, 12, 10, 0)
    assert entry.last_contact_date is None
    vault.close_case(case.client_id)
    assert vault.refresh_register() == 0  # nothing has passed yet
    vault.today = lambda: date(2026, 3, 14)
    assert vault.refresh_register() == 1
    entry = vault.client(case.client_id)
    assert entry.next_session == datetime(2026, 3, 19, 10, 0)
    assert entry.last_contact_date == date(2026, 3, 12)
    vault.today = lambda: date(2026, 3, 30)
    assert vault.refresh_register() == 1
    assert vault.client(case.client_id).next_session is None
    assert vault.refresh_register() == 0


def test_a_session_later_today_is_the_next_one_not_the_last_contact(
    vault: Vault, case: CaseFile
) -> None:
    """Held and ahead are decided by the time of day, not by the date alone."""
    vault.today = lambda: date(2026, 3, 12)
    vault.now = lambda: datetime(2026, 3, 12, 9, 30)
    case.sessions.add(datetime(2026, 3, 5, 10, 0))
    case.sessions.add(datetime(2026, 3, 12, 15, 0))  # this afternoon
    entry = vault.client(case.client_id)
    assert entry.next_session == datetime(2026, 3, 12, 15, 0)
    assert entry.last_contact_date == date(2026, 3, 5)
    assert case.sessions.last_contact() == date(2026, 3, 5)
    case.sessions.add(datetime(2026, 3, 12, 8, 0))  # this morning's, held
    entry = vault.client(case.client_id)
    assert entry.next_session == datetime(2026, 3, 12, 15, 0)
    assert entry.last_contact_date == date(2026, 3, 12)
    # Once the afternoon session has begun, the register moves on the same day.
    vault.close_case(case.client_id)
    assert vault.refresh_register() == 0
    vault.now = lambda: datetime(2026, 3, 12, 15, 0)
    assert vault.refresh_register() == 1
    entry = vault.client(case.client_id)
    assert entry.next_session is None
    assert entry.last_contact_date == date(2026, 3, 12)


def test_now_defaults_to_the_clock_time_on_the_vault_s_day(vault: Vault) -> None:
    vault.today = lambda: date(2030, 1, 2)
    assert vault.now().date() == date(2030, 1, 2)
    case = vault.add_client("K-2030-001")
    assert case.now().date() == date(2030, 1, 2)
    assert case.summary(now=datetime(2030, 1, 2, 12, 0)).next_session is None


def test_opening_a_case_is_audited(vault: Vault, case: CaseFile) -> None:
    vault.close_case(case.client_id)
    again = vault.open_case(case.client_id)
    assert again.audit_entries(limit=1)[0].action == "Open case"


def test_deleting_a_client_removes_its_file(vault: Vault, case: CaseFile) -> None:
    path = case.path
    vault.delete_client(case.client_id)
    assert not path.exists() and vault.clients() == []


def test_autosave_replaces_the_latest_version_of_the_same_session(case: CaseFile) -> None:
    case.documents.put("form_response", "r1", {"a": 1}, session_id="s1")
    case.documents.put("form_response", "r1", {"a": 2}, session_id="s1", replace_latest=True)
    assert [h.data for h in case.documents.history("form_response", "r1")] == [{"a": 2}]
    case.documents.put("form_response", "r1", {"a": 3}, session_id="s2", replace_latest=True)
    assert [h.version for h in case.documents.history("form_response", "r1")] == [1, 2]


def test_deleted_session_is_restored_whole(vault: Vault) -> None:
    """Undo of a delete: same id (exercise versions made in it point at it again), fields and
    note as they were; a signed session never comes this way."""
    case = vault.add_client("K-9")
    s = case.sessions.add(datetime(2026, 3, 2, 10), duration_min=75, modality=Modality.PHONE,
                          present=Present.BOTH, topics=["shame"], note="Draft words.")
    case.sessions.delete(s.id)
    assert case.sessions.count() == 0
    back = case.sessions.restore(s)
    assert (back.id, back.starts_at, back.duration_min, back.modality, back.present,
            back.topics, back.note) == (s.id, s.starts_at, 75, Modality.PHONE, Present.BOTH,
                                        ["shame"], "Draft words.")
    signed = case.sessions.add(datetime(2026, 3, 9, 10), note="Signed words.")
    case.sessions.sign(signed.id)
    with pytest.raises(InvalidChange):
        case.sessions.restore(case.sessions.get(signed.id))


def test_goal_events_keep_their_order_in_time(case) -> None:  # type: ignore[no-untyped-def]
    """A goal set on 2026-10-01 could be revised on 09-01 and reached on 08-01; the tab
    then said "Reached on 2026-08-01" beside "(set 2026-10-01)"."""
    g = case.goals.add("Stop buying sex", at=date(2026, 10, 1))
    with pytest.raises(InvalidChange, match="2026-10-01"):
        case.goals.revise(g.id, "Stop buying sex for good", at=date(2026, 9, 1))
    case.goals.revise(g.id, "Stop buying sex for good", at=date(2026, 10, 5))
    with pytest.raises(InvalidChange, match="2026-10-05"):
        case.goals.reach(g.id, at=date(2026, 10, 1))
    with pytest.raises(InvalidChange, match="future"):
        case.goals.reach(g.id, at=case.today() + timedelta(days=1))
    with pytest.raises(InvalidChange, match="future"):
        case.goals.add("Tell my partner", at=case.today() + timedelta(days=1))
    case.goals.reach(g.id, at=date(2026, 10, 5))  # the same day is fine
    assert [e.at for e in case.goals.get(g.id).events] == [
        date(2026, 10, 1), date(2026, 10, 5), date(2026, 10, 5)]
