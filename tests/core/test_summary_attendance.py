"""The case summary counts only the sessions held; cancelled and missed ones are marked.

QA (F2, F8): client B's summary said "Sessions in period 3" and "Period 2027-03-15 –
2027-04-12" for two sessions held and a no-show; client A's no-show was "Session 4", and
every later session's number was one too high. The profile gave neither the first session
nor the waiting time, which the overview shows.
"""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

from pypdf import PdfReader

from kastdesk.domain.models import Attendance, Status
from kastdesk.report.pdf import render_pdf
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary, held_sessions
from kastdesk.store import CaseFile, Vault

TODAY = date(2027, 5, 31)


def _case(vault: Vault) -> CaseFile:
    """First contact 03-08; held 03-15 and 03-29; a no-show 04-12 (with a note about the
    phone call after it); cancelled by the client 04-19; held 04-26; booked 06-07."""
    case = vault.add_client("K-2027-002", first_contact_date=date(2027, 3, 8))
    case.sessions.add(datetime(2027, 3, 15, 13), note="First session.")
    case.sessions.add(datetime(2027, 3, 29, 13), note="Triggers.")
    case.sessions.add(datetime(2027, 4, 12, 13), note="Phoned him: he had forgotten.",
                      attendance=Attendance.NO_SHOW)
    case.sessions.add(datetime(2027, 4, 19, 13), attendance=Attendance.CANCELLED_BY_CLIENT)
    case.sessions.add(datetime(2027, 4, 26, 13), note="Back again.")
    case.sessions.add(datetime(2027, 6, 7, 13))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 3, 15))
    return case


def _text(snap: dict) -> str:
    """The summary's text on one line, a key and its value side by side."""
    return " ".join(build_case_summary(snap).text().split())


def _pages(snap: dict) -> list[str]:
    buffer = BytesIO()
    render_pdf(build_case_summary(snap), buffer)
    buffer.seek(0)
    return [" ".join(page.extract_text().split()) for page in PdfReader(buffer).pages]


def test_only_sessions_held_are_counted_and_numbered(vault: Vault) -> None:
    snap = collect_case(_case(vault), today=TODAY)
    assert [s["number"] for s in held_sessions(snap)] == [1, 2, 3]
    log = [(s["starts_at"][:10], s["attendance"], s["number"]) for s in snap["sessions"]
           if not s["planned"]]
    assert log == [("2027-03-15", "held", 1), ("2027-03-29", "held", 2),
                   ("2027-04-12", "no_show", None), ("2027-04-19", "cancelled_by_client", None),
                   ("2027-04-26", "held", 3)]
    assert snap["period"] == {"from": "2027-03-15", "to": "2027-04-26", "to_export_day": False}
    text = build_case_summary(snap).text()
    assert "Session 3 · 2027-04-26 13:00" in text and "Session 4" not in text
    # Nobody was present: the booking's "client" is not printed (QA: the list and the
    # overview said none, the summary "· client").
    assert "Did not attend · 2027-04-12 13:00 · in person" in text
    assert "Did not attend · 2027-04-12 13:00 · in person · client" not in text
    assert "Phoned him: he had forgotten." in text  # a no-show's note is kept
    assert "Cancelled by the client · 2027-04-19 13:00" in text
    assert "3 sessions, 0 with signed notes. Not held: 1 did not attend, 1 cancelled by " \
           "the client." in text
    assert "Planned (not held yet): 2027-06-07 13:00" in text
    cover = _pages(snap)[0]
    assert "Sessions in period 3" in cover
    assert "Not held 1 did not attend, 1 cancelled by the client" in cover
    assert "2027-03-15 – 2027-04-26" in cover


def test_a_no_show_at_the_end_does_not_stretch_the_period(vault: Vault) -> None:
    """Client B: two sessions held, then a no-show; "3 sessions", to 04-12."""
    case = vault.add_client("K-2027-005", first_contact_date=date(2027, 3, 8))
    case.sessions.add(datetime(2027, 3, 15, 13))
    case.sessions.add(datetime(2027, 3, 29, 13))
    case.sessions.add(datetime(2027, 4, 12, 13), attendance=Attendance.NO_SHOW)
    pages = _pages(collect_case(case, today=TODAY))
    assert "Sessions in period 2" in pages[0]
    assert "2027-03-15 – 2027-03-29" in pages[0]
    assert "Not held 1 did not attend" in pages[0]


def test_every_session_held_reads_as_before(vault: Vault) -> None:
    case = vault.add_client("K-2027-006", first_contact_date=date(2027, 3, 8))
    case.sessions.add(datetime(2027, 3, 15, 13))
    snap = collect_case(case, today=TODAY)
    text = build_case_summary(snap).text()
    assert "Not held" not in text and "1 session, 0 with signed notes." in text


def test_the_profile_gives_the_first_session_and_the_waiting_time(vault: Vault) -> None:
    """QA F8: "First contact 2027-01-11" and nothing about the wait the overview shows."""
    text = _text(collect_case(_case(vault), today=TODAY))
    assert "First session 2027-03-15" in text
    assert "Waiting time 7 days" in text
    waiting = vault.add_client("K-2027-007", first_contact_date=date(2027, 5, 17))
    missed = waiting.sessions.add(datetime(2027, 5, 24, 10), attendance=Attendance.NO_SHOW)
    assert missed.attendance is Attendance.NO_SHOW
    text = _text(collect_case(waiting, today=TODAY))
    assert "First session" not in text  # the one booked was missed: still waiting
    assert "Waiting time 14 days so far" in text


def test_a_pseudonymized_summary_keeps_the_counts_and_the_wait(vault: Vault) -> None:
    snap = collect_case(_case(vault), therapist="Kari Terapeut", today=TODAY)
    pseudo = Pseudonymizer.for_snapshot(snap, [], date_offset_days=10)
    shifted = pseudo.apply(snap)
    assert shifted["profile"]["waiting_days"] == 7
    assert shifted["profile"]["first_session_date"] == "2027-03-25"
    assert [s["attendance"] for s in shifted["sessions"]][2:4] == [
        "no_show", "cancelled_by_client"]
    text = _text(shifted)
    assert "Waiting time 7 days" in text and "Not held: 1 did not attend" in text


def test_a_closed_case_has_no_follow_up_planned(vault: Vault) -> None:
    """QA F5: "Follow-up planned 2029-12-28" on a case closed 2029-08-20."""
    case = vault.add_client("K-2027-008", first_contact_date=date(2027, 1, 11))
    case.sessions.add(datetime(2027, 1, 18, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 1, 18))
    case.profile.set_status(Status.ENDED, at=date(2027, 2, 1))
    case.profile.set_followup_due(date(2027, 8, 1))
    text = _text(collect_case(case, today=TODAY))
    assert "Follow-up due 2027-08-01" in text
    case.profile.set_status(Status.CLOSED, at=date(2027, 5, 3))
    snap = collect_case(case, today=TODAY)
    assert snap["profile"]["followup_due"] is None
    text = build_case_summary(snap).text()
    assert "2027-08-01" not in text and "Follow-up due" not in text
