"""The pseudonymized case summary's cover says what pseudonymizing does now (QA session
18, L4): it said "birth dates reduced to years", but the family map shows ages, and it
did not say the dates are not the calendar (the summary shows no real day beside them).

The case is fictional, written for this test.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.store import Vault


def test_the_cover_says_dates_are_moved_and_the_map_shows_ages(vault: Vault,
                                                               tmp_path: Path) -> None:
    case = vault.add_client("K-2026-312", first_contact_date=date(2026, 8, 3))
    case.sessions.add(datetime(2026, 8, 10, 10, 0), note="First talk.")
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, case.client_id, out, ExportOptions(pseudonymize=True))

    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "reduced to years" not in cover
    assert "every date moved back by the same secret number of days" in cover
    assert "intervals are true, the calendar is not" in cover
    assert "the family map shows ages instead of birth years" in cover
