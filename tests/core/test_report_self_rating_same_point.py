"""The case summary's self-rating table and chart with two forms at one point (QA15).

A paper form typed in beside the client's own on the same day printed ▼ arrows against it
and a slope from "Start" to "Start"; the PDF now says what the screen says.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.report import document as d
from kastdesk.report.pdf import render_pdf
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary
from kastdesk.store import Vault

DAY = date(2026, 12, 3)


def test_two_start_forms_print_side_by_side_without_a_change(vault: Vault, tmp_path: Path) -> None:
    case = vault.add_client("K-2026-001", first_contact_date=DAY)
    case.sessions.add(datetime(2026, 12, 3, 14), note="First session.")
    case.profile.set_status(Status.IN_TREATMENT, at=DAY)
    for by, wellbeing, guilt in ((EnteredBy.CLIENT, "good", "a_little"),
                                 (EnteredBy.THERAPIST, "bad", "very_much")):
        save_response(case, FormResponse("self_rating", 2, "start", DAY, by,
                                         {"wellbeing": wellbeing, "guilt_shame": guilt}))
    save_response(case, FormResponse("self_rating", 2, "end", date(2027, 6, 1), EnteredBy.CLIENT,
                                     {"wellbeing": "neither_good_nor_bad",
                                      "guilt_shame": "very_much"}))
    doc = build_case_summary(collect_case(case), ["self_rating"])
    table = next(b for b in doc.blocks if isinstance(b, d.Table))
    chart = next(b for b in doc.blocks if isinstance(b, d.LineChart))
    rows = {row[0]: row[1:] for row in table.rows}
    wellbeing = rows[next(r for r in rows if r.startswith("How are you doing"))]
    # The second start form is not marked against the first; the end against the start
    # point's last form ("Badly" → "Neither…": better).
    assert wellbeing == ("Well", "Badly", "Neither well nor badly ▲")
    guilt = rows[next(r for r in rows if r.startswith("How much guilt"))]
    assert guilt == ("A little", "Very much", "Very much")
    # The line: no value at the first start form (no slope from Start to Start).
    [line] = [values for label, values in chart.series if label.startswith("How are you doing")]
    assert line[0] is None and line[1] is not None and line[2] is not None
    render_pdf(doc, tmp_path / "summary.pdf")
    assert (tmp_path / "summary.pdf").stat().st_size > 0
