"""The due view's rules, on hand-made register lines."""

from __future__ import annotations

from datetime import date

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import ClientId, RegisterEntry, Status

TODAY = date(2026, 11, 1)


def entry(code: str, status: Status, **dates: date | None) -> RegisterEntry:
    values: dict[str, date | None] = {
        "first_contact_date": date(2026, 1, 1), "first_session_date": None,
        "last_contact_date": None, "followup_due": None,
    }
    values.update(dates)
    return RegisterEntry(id=ClientId(code), code=code, name=None, status=status,
                         next_session=None, flags=(), created_at="", **values)  # type: ignore[arg-type]


def test_follow_up_within_two_weeks_or_overdue_is_listed() -> None:
    lists = due_lists([
        entry("A", Status.ENDED, followup_due=date(2026, 11, 15)),   # in 14 days
        entry("B", Status.ENDED, followup_due=date(2026, 11, 16)),   # in 15 days: not yet
        entry("C", Status.FOLLOW_UP, followup_due=date(2026, 10, 1)),  # overdue
        entry("D", Status.CLOSED, followup_due=date(2026, 10, 1)),   # closed: done
    ], TODAY)
    assert [i.entry.code for i in lists.follow_ups] == ["C", "A"]
    assert lists.follow_ups[0].days == 31
    assert lists.follow_ups[1].days == -14


def test_waiting_for_first_session_counts_days_since_first_contact() -> None:
    lists = due_lists([
        entry("A", Status.FIRST_CONTACT, first_contact_date=date(2026, 10, 20)),
        entry("B", Status.INTAKE, first_contact_date=date(2026, 10, 1)),
        entry("C", Status.INTAKE, first_session_date=date(2026, 10, 5)),
    ], TODAY)
    assert [(i.entry.code, i.days) for i in lists.waiting] == [("B", 31), ("A", 12)]


def test_silent_cases_in_treatment() -> None:
    lists = due_lists([
        entry("A", Status.IN_TREATMENT, first_session_date=date(2026, 1, 2),
              last_contact_date=date(2026, 9, 1)),
        entry("B", Status.IN_TREATMENT, first_session_date=date(2026, 1, 2),
              last_contact_date=date(2026, 10, 1)),
        entry("C", Status.ENDED, last_contact_date=date(2026, 1, 1)),
    ], TODAY)
    assert [(i.entry.code, i.days) for i in lists.silent] == [("A", 61)]
    assert len(lists) == 1
