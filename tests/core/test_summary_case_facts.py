"""The case summary's facts as of the export day: sessions held vs. planned, the urge log's
streak for an ended case, active risk flags on the cover, overdue follow-ups.

Each was wrong in a QA export: planned sessions printed and counted as held, a closed
case's streak counted to the export day, a suicide risk only as a table row on page 4, a
passed follow-up date without a word.
"""

from __future__ import annotations

from datetime import date, datetime, time
from io import BytesIO

from pypdf import PdfReader

from kastdesk.domain.models import RiskKind, Status
from kastdesk.exercises.storage import save_exercise
from kastdesk.exercises.urge_log import UrgeLogState, add_entry
from kastdesk.report.pdf import render_pdf
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary
from kastdesk.store import Vault
from kastdesk.store.casefile import CaseFile

TODAY = date(2026, 12, 3)
HELD = (date(2026, 9, 24), date(2026, 10, 15), date(2026, 11, 12))
PLANNED = (date(2026, 12, 10), date(2026, 12, 31))


def _case_with_sessions(vault: Vault) -> CaseFile:
    case = vault.add_client("K-2026-004", first_contact_date=date(2026, 9, 12))
    for day in (*HELD, *PLANNED):
        case.sessions.add(datetime.combine(day, time(10)))
    return case


def _pages(snap: dict) -> list[str]:
    buffer = BytesIO()
    render_pdf(build_case_summary(snap), buffer)
    buffer.seek(0)
    return [" ".join(page.extract_text().split()) for page in PdfReader(buffer).pages]


def test_sessions_after_the_export_day_are_planned_not_held(vault: Vault) -> None:
    """Two appointments after the export day were "Session 4" and "Session 5", counted in
    the cover's five sessions, and the period ran to the last of them."""
    snap = collect_case(_case_with_sessions(vault), today=TODAY)
    held = [s for s in snap["sessions"] if not s.get("planned")]
    planned = [s for s in snap["sessions"] if s.get("planned")]
    assert [s["starts_at"][:10] for s in held] == [d.isoformat() for d in HELD]
    assert snap["period"]["to"] == HELD[-1].isoformat()
    assert [p["starts_at"] for p in planned] == ["2026-12-10T10:00", "2026-12-31T10:00"]
    text = build_case_summary(snap).text()
    assert "Session 4 ·" not in text and "Session 3 ·" in text
    cover = _pages(snap)[0]
    assert "Sessions in period 3" in cover
    assert "2026-09-24 – 2026-11-12" in cover
    assert "Next session 2026-12-10 10:00" in cover
    assert "Planned (not held yet): 2026-12-10 10:00; 2026-12-31 10:00" in text


def test_a_session_later_on_the_export_day_is_held_when_the_day_is_given(vault: Vault) -> None:
    """A day, not a time, counts that day's sessions as held, as the register's last
    contact does (a summary exported for a day covers the whole day)."""
    case = _case_with_sessions(vault)
    case.sessions.add(datetime.combine(TODAY, time(23, 0)))
    snap = collect_case(case, today=TODAY)
    held = [s for s in snap["sessions"] if not s.get("planned")]
    assert snap["period"]["to"] == TODAY.isoformat() and len(held) == 4


def _closed_case_with_log(vault: Vault) -> CaseFile:
    case = vault.add_client("K-2025-003", first_contact_date=date(2025, 8, 1))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2025, 8, 4))
    state = UrgeLogState(started_on=date(2025, 8, 4))
    state = add_entry(state, date(2025, 8, 18), lapse=True, lapse_kind="buying_sex")
    state = add_entry(state, date(2025, 9, 1), chosen_instead="a walk")
    state = add_entry(state, date(2025, 10, 1), chosen_instead="called my brother")
    save_exercise(case, state)
    case.profile.set_status(Status.CLOSED, at=date(2025, 10, 16))
    return case


def test_a_closed_cases_streak_is_counted_to_its_end(vault: Vault) -> None:
    """472 days since the last lapse, counted to an export a year after the case closed,
    claimed a streak nobody logged; it is counted to the day the case ended, and says so."""
    snap = collect_case(_closed_case_with_log(vault), today=TODAY)
    log = next(e["summary"] for e in snap["exercises"] if e["id"] == "urge_log")
    streak = next(s for s in log["streaks"] if s["kind"] == "buying_sex")
    assert log["as_of"] == "2025-10-16"
    assert streak["days_since"] == (date(2025, 10, 16) - date(2025, 8, 18)).days
    assert "as of 2025-10-16" in build_case_summary(snap).text()


def test_the_weekly_chart_spans_the_entries_not_the_year_after(vault: Vault) -> None:
    """The chart ran from the log's start date to the export day: over a year of weeks,
    most of them empty."""
    snap = collect_case(_closed_case_with_log(vault), today=TODAY)
    weeks = next(e["summary"]["weeks"] for e in snap["exercises"] if e["id"] == "urge_log")
    assert weeks[0]["week_start"] == "2025-08-18"  # the week of the first entry
    assert weeks[-1]["week_start"] == "2025-09-29"  # the week of the last one
    assert sum(w["urges"] for w in weeks) == 3


def test_an_active_risk_flag_stands_on_the_cover_and_in_the_contents(vault: Vault) -> None:
    """An active suicide risk showed only as a table row on page 4 with a small "Active"."""
    case = _case_with_sessions(vault)
    case.flags.raise_flag(RiskKind.SUICIDAL, "thoughts of not wanting to live")
    cleared = case.flags.raise_flag(RiskKind.VIOLENCE, "an old threat")
    case.flags.clear(cleared.id)
    pages = _pages(collect_case(case, today=TODAY))
    assert "Active risk: Suicidal thoughts" in pages[0]
    assert "thoughts of not wanting to live" in pages[0]
    assert "Risk flags: 1 active" in pages[1]  # the contents


def test_an_overdue_follow_up_is_marked(vault: Vault) -> None:
    """"Follow-up due 2026-04-16", past and still due, read like any date."""
    case = vault.add_client("K-2025-007", first_contact_date=date(2025, 8, 1))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2025, 8, 4))
    case.profile.set_status(Status.ENDED, at=date(2025, 10, 16))
    case.profile.set_followup_due(date(2026, 4, 16))
    text = build_case_summary(collect_case(case, today=TODAY)).text()
    assert "2026-04-16 (overdue)" in text
    case.profile.set_status(Status.CLOSED, at=date(2026, 5, 1))
    text = build_case_summary(collect_case(case, today=TODAY)).text()
    assert "2026-04-16 (passed; the case is closed)" in text
    # A date after the closing is no follow-up planned (QA F5: a closed case said
    # "Follow-up planned 2029-12-28"): the case summary does not print it.
    case.profile.set_followup_due(date(2027, 1, 1))
    text = build_case_summary(collect_case(case, today=TODAY)).text()
    assert "2027-01-01" not in text and "Follow-up due" not in text


def test_counts_of_one_are_singular_in_every_language(vault: Vault) -> None:
    """"1 sessions, 1 with signed notes", and in Swedish "Riskflaggor: 1 aktiva": the
    counts were one plural sentence for any number."""
    from kastdesk import i18n

    case = vault.add_client("K-2026-009", first_contact_date=date(2026, 9, 12))
    held = case.sessions.add(datetime.combine(HELD[0], time(10)))
    case.sessions.sign(held.id)
    case.flags.raise_flag(RiskKind.SUICIDAL, "thoughts of not wanting to live")
    text = build_case_summary(collect_case(case, today=TODAY)).text()
    assert "1 session, 1 with a signed note." in text
    assert "Risk flags: 1 active" in text
    swedish = {"Risk flags: 1 active": "Riskflaggor: 1 aktiv", "1 session,": "1 samtal,"}
    i18n.set_translator(lambda _context, source: swedish.get(source, source), "sv_SE")
    try:
        text = build_case_summary(collect_case(case, today=TODAY)).text()
    finally:
        i18n.set_translator(None)
    assert "Riskflaggor: 1 aktiv" in text and "1 samtal," in text


def test_a_gender_nobody_set_is_not_printed(vault: Vault) -> None:
    """The card's gender is "unknown" unless set (no screen sets it): the profile said
    "Gender: Unknown" a few lines above the intake's "Gender: Man"."""
    case = vault.add_client("K-2026-010", first_contact_date=date(2026, 9, 12))
    text = build_case_summary(collect_case(case, today=TODAY)).text()
    assert "Client profile and intake" in text and "Gender" not in text
