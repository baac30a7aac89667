"""A signed session's attendance can be corrected: "held" signed by mistake for a client
who did not come (or the other way) no longer counts as a contact for ever.

The signed note stays untouched; an amendment beneath it says what changed, with its
author and reason; the session's attendance takes the corrected value, so the counts, the
last contact, the 60-day silence, the follow-up date and the case summary all follow.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from kastdesk.audit.describe import describe
from kastdesk.domain.due import due_lists
from kastdesk.domain.models import Attendance, NoteKind, Status
from kastdesk.forms.storage import treatment_ended
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary, held_sessions
from kastdesk.store import CaseFile, InvalidChange, KdfParams, Vault
from kastdesk.store.errors import CaseReadOnly
from tests.core.pdf_look import look, render

from ...conftest import immutable, immutable_supported

TODAY = date(2027, 4, 6)
NOTE = "Did not come. Phoned at 11: he had mixed up the weeks."


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """Held and signed 01-18 and 02-01; 02-15 signed as held though the client never came
    (the note says so); a booking 04-13 ahead."""
    vault.today = lambda: TODAY
    vault.now = lambda: datetime(2027, 4, 6, 12)
    case = vault.add_client("K-2027-014", first_contact_date=date(2027, 1, 11))
    for day, note in ((date(2027, 1, 18), "Mapped the last incident."),
                      (date(2027, 2, 1), "Consequence listing."),
                      (date(2027, 2, 15), NOTE)):
        session = case.sessions.add(datetime.combine(day, datetime.min.time()).replace(
            hour=10), note=note)
        case.sessions.sign(session.id)
    case.sessions.add(datetime(2027, 4, 13, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 1, 18))
    return case


def _signed_by_mistake(case: CaseFile) -> str:
    return next(s.id for s in case.sessions.list() if s.note == NOTE)


def test_held_to_did_not_attend_moves_counts_and_last_contact(vault: Vault,
                                                             case: CaseFile) -> None:
    sid = _signed_by_mistake(case)
    before = case.sessions.get(sid)
    assert case.sessions.last_contact() == date(2027, 2, 15)
    assert case.sessions.attendance_counts()[Attendance.HELD] == 3
    # 50 days since 02-15: not yet silent.
    assert not due_lists(vault.clients(), TODAY).silent

    got = case.sessions.correct_attendance(sid, Attendance.NO_SHOW,
                                           "The client did not come; signed by mistake")

    assert got.attendance is Attendance.NO_SHOW
    counts = case.sessions.attendance_counts()
    assert (counts[Attendance.HELD], counts[Attendance.NO_SHOW]) == (2, 1)
    assert case.sessions.last_contact() == date(2027, 2, 1)
    entry = vault.client(case.client_id)
    assert entry.last_contact_date == date(2027, 2, 1)
    # 64 days since 02-01: the case is now silent in the Due list.
    silent = due_lists(vault.clients(), TODAY).silent
    assert [(i.entry.code, i.day, i.days) for i in silent] == [
        ("K-2027-014", date(2027, 2, 1), 64)]
    # The signed note and its frozen version are untouched; the signature too.
    assert got.note == NOTE == before.note
    assert (got.signed_at, got.signed_by) == (before.signed_at, before.signed_by)
    signed = [v for v in got.versions if v.kind is NoteKind.SIGNED]
    assert [v.text for v in signed] == [NOTE]
    # The amendment says what changed, who and why.
    [amendment] = got.amendments
    assert amendment.text == "Attendance corrected: held → did not attend."
    assert amendment.reason == "The client did not come; signed by mistake"
    assert amendment.author == "Test Therapist" and amendment.at


def test_the_correction_is_audited_with_words(case: CaseFile) -> None:
    sid = _signed_by_mistake(case)
    case.sessions.correct_attendance(sid, Attendance.CANCELLED_BY_CLIENT, "Rang to cancel")
    [entry] = case.audit_entries(limit=1)
    assert entry.action == "Correct attendance"
    assert entry.detail["attendance"] == "cancelled_by_client"
    assert entry.detail["was"] == "held"
    assert "Rang to cancel" not in str(entry.detail)  # no case content in the log
    words = describe(entry.action, entry.target, entry.detail, in_case=True)
    assert words.what == "Corrected whether a signed session was held"
    assert words.target == "Sessions"


def test_the_follow_up_date_follows_a_correction_both_ways(vault: Vault,
                                                          case: CaseFile) -> None:
    """Ended 02-20: six months after the last session held. The 02-15 no-show signed as
    held put it at 08-15; corrected, at 08-01 (after 02-01), and back when corrected back."""
    case.sessions.delete(case.sessions.list()[-1].id)  # no booking ahead in an ended case
    case.profile.set_status(Status.ENDED, at=date(2027, 2, 20))
    assert case.profile.get().followup_due == date(2027, 8, 15)
    sid = _signed_by_mistake(case)

    case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Did not come")
    assert treatment_ended(case) == date(2027, 2, 1)
    assert case.profile.get().followup_due == date(2027, 8, 1)
    assert vault.client(case.client_id).followup_due == date(2027, 8, 1)

    case.sessions.correct_attendance(sid, Attendance.HELD, "He came after all; wrong file")
    assert case.profile.get().followup_due == date(2027, 8, 15)
    assert vault.client(case.client_id).followup_due == date(2027, 8, 15)
    assert [a.text for a in case.sessions.get(sid).amendments] == [
        "Attendance corrected: held → did not attend.",
        "Attendance corrected: did not attend → held.",
    ]


def test_an_unsigned_sessions_attendance_moves_the_follow_up_date_too(case: CaseFile) -> None:
    """The gap the correction shares with a draft: marking an unsigned session not held
    after the ending left the follow-up six months after it."""
    case.sessions.delete(case.sessions.list()[-1].id)
    last = case.sessions.add(datetime(2027, 2, 19, 10), note="Last session, not signed.")
    case.profile.set_status(Status.ENDED, at=date(2027, 2, 20))
    assert case.profile.get().followup_due == date(2027, 8, 19)
    case.sessions.update(last.id, attendance=Attendance.CANCELLED_BY_CLINIC)
    assert case.profile.get().followup_due == date(2027, 8, 15)


def test_the_summary_counts_numbers_and_shows_the_correction(case: CaseFile) -> None:
    sid = _signed_by_mistake(case)
    case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Signed the booking by mistake")
    snap = collect_case(case, today=TODAY)
    assert [(s["starts_at"][:10], s["number"]) for s in held_sessions(snap)] == [
        ("2027-01-18", 1), ("2027-02-01", 2)]
    text = " ".join(build_case_summary(snap).text().split())
    assert "Did not attend · 2027-02-15 10:00 · in person" in text
    assert "Session 3" not in text
    assert NOTE in text
    assert ("(Signed the booking by mistake): Attendance corrected: held → did not attend."
            in text)
    data = render(build_case_summary(snap))
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(data)).pages]
    assert "Sessions in period 2" in pages[0]
    assert "Not held 1 did not attend" in pages[0]
    assert any("Attendance corrected: held → did not attend." in p for p in pages)
    look(data, "attendance_corrected_summary", dpi=70)


def test_the_supervision_packet_shows_the_corrected_attendance(
    vault: Vault, case: CaseFile, tmp_path: Path
) -> None:
    from kastdesk.report.sample import ensure_demo_content
    from kastdesk.supervision import export_packet, flag_for_guidance, open_packet

    ensure_demo_content(case, random.Random(1))
    sid = _signed_by_mistake(case)
    case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Did not come")
    flag_for_guidance(case, "How do I reach him after a missed session?", "session", sid)
    export_packet(vault, "a packet passphrase", tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  meeting_day=date(2027, 4, 20), kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", "a packet passphrase")
    [session] = [s for s in packet["cases"][0]["snapshot"]["sessions"]
                 if s["attendance"] != "held"]
    assert session["number"] is None
    assert [a["text"] for a in session["amendments"]] == [
        "Attendance corrected: held → did not attend."]
    pdf = " ".join(" ".join(p.extract_text().split())
                   for p in PdfReader(tmp_path / "p.pdf").pages)
    assert "Note on a session not held" in pdf
    assert "Attendance corrected: held → did not attend." in pdf


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reason_is_required(case: CaseFile, reason: str) -> None:
    sid = _signed_by_mistake(case)
    with pytest.raises(InvalidChange) as info:
        case.sessions.correct_attendance(sid, Attendance.NO_SHOW, reason)
    assert "why" in info.value.message
    assert case.sessions.get(sid).attendance is Attendance.HELD
    assert case.sessions.get(sid).amendments == []


def test_only_a_signed_session_is_corrected_and_only_to_something_else(
    case: CaseFile,
) -> None:
    booked = case.sessions.list()[-1]
    with pytest.raises(InvalidChange):
        case.sessions.correct_attendance(booked.id, Attendance.CANCELLED_BY_CLIENT, "Called")
    sid = _signed_by_mistake(case)
    with pytest.raises(InvalidChange):
        case.sessions.correct_attendance(sid, Attendance.HELD, "Nothing to correct")
    assert case.sessions.get(sid).amendments == []


def test_a_session_ahead_cannot_be_marked_held(case: CaseFile) -> None:
    """A booking signed ahead by mistake may be corrected to cancelled, never back to
    held: it has not taken place."""
    ahead = case.sessions.list()[-1]
    case.sessions.sign(ahead.id)
    case.sessions.correct_attendance(ahead.id, Attendance.CANCELLED_BY_CLIENT, "Cancelled")
    assert case.sessions.next_session() is None
    with pytest.raises(InvalidChange) as info:
        case.sessions.correct_attendance(ahead.id, Attendance.HELD, "Booked again")
    assert "still ahead" in info.value.message
    assert case.sessions.get(ahead.id).attendance is Attendance.CANCELLED_BY_CLIENT


# -- refused where an amendment is refused, taken where one is taken ----------------------
def test_a_closed_case_takes_a_correction_as_it_takes_an_amendment(case: CaseFile) -> None:
    """A closed case's signed notes still take amendments (a record stays correctable after
    closing); a correction, which is one, goes the same way. Its kept follow-up date does
    not move: a closed case has no follow-up planned."""
    case.sessions.delete(case.sessions.list()[-1].id)
    case.profile.set_status(Status.CLOSED, at=date(2027, 3, 1))
    due = case.profile.get().followup_due
    sid = _signed_by_mistake(case)
    case.sessions.amend(sid, "Phoned again on 02-16.", "Added later")
    case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Did not come")
    assert [a.reason for a in case.sessions.get(sid).amendments] == ["Added later",
                                                                   "Did not come"]
    assert case.sessions.get(sid).attendance is Attendance.NO_SHOW
    assert case.profile.get().followup_due == due


def test_a_closed_case_file_refuses_a_correction_as_it_refuses_an_amendment(
    case: CaseFile,
) -> None:
    sid = _signed_by_mistake(case)
    case.close()
    with pytest.raises(Exception) as amending:
        case.sessions.amend(sid, "More.", "Reason")
    with pytest.raises(Exception) as correcting:
        case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Reason")
    assert type(correcting.value) is type(amending.value)
    assert str(correcting.value) == str(amending.value)


def test_a_read_only_case_file_refuses_a_correction_as_it_refuses_an_amendment(
    case: CaseFile, tmp_path: Path
) -> None:
    if not immutable_supported(tmp_path / "probe"):
        pytest.skip("chattr +i is not available here (needs root and ext4, xfs, btrfs…)")
    sid = _signed_by_mistake(case)
    # One refusal each, with the file read in between as the screen would: the next use of
    # a file still frozen after a refused write says "disk", for an amendment as well.
    with immutable(case.path), pytest.raises(CaseReadOnly) as amending:
        case.sessions.amend(sid, "More.", "Reason")
    assert case.sessions.get(sid).amendments == []
    with immutable(case.path), pytest.raises(CaseReadOnly) as correcting:
        case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Reason")
    assert correcting.value.message == amending.value.message
    got = case.sessions.get(sid)
    assert got.attendance is Attendance.HELD and got.amendments == []
    # Writable again, the same correction goes through.
    case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Reason")
    assert case.sessions.get(sid).attendance is Attendance.NO_SHOW


def test_the_vault_verifies_after_corrections(vault: Vault, case: CaseFile) -> None:
    sid = _signed_by_mistake(case)
    case.sessions.correct_attendance(sid, Attendance.NO_SHOW, "Did not come")
    assert case.verify() == []
    assert vault.verify() == []
