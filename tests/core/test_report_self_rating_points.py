"""The case summary's self-rating page names each form's point as the tab counts it (QA 18).

Fictional case: treatment ended 2024-10-15, the 6-month follow-up was skipped, a paper
form was typed in for the 24-month point, and the start form missed at the start was
filled in after treatment. The PDF printed the 24-month form as "Follow-up" (the 6-month
point, with the follow-up "planned 2026-10-15 (late)"), the late start after the follow-up
with ▼ "worse", and a form the client left half done as a whole baseline.
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
from kastdesk.store import CaseFile, Vault

STARTED = date(2024, 2, 5)
ENDED = date(2024, 10, 15)
TODAY = date(2026, 12, 4)
WHOLE = {"has_bought_sex": False, "control_unwanted_impulses": "mostly"}


def _case(vault: Vault) -> CaseFile:
    day = [ENDED]
    vault.today = lambda: day[0]  # type: ignore[method-assign]
    case = vault.add_client("K-2024-006", first_contact_date=date(2024, 1, 22))
    for d_ in (STARTED, ENDED):
        case.sessions.add(datetime(d_.year, d_.month, d_.day, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=STARTED)
    case.profile.set_status(Status.ENDED, at=ENDED)
    day[0] = TODAY
    return case


def _form(variant: str, day: date, point: str, wellbeing: str,
          by: EnteredBy = EnteredBy.THERAPIST, whole: bool = True) -> FormResponse:
    answers = {**(WHOLE if whole else {}), "wellbeing": wellbeing}
    return FormResponse("self_rating", 2, variant, day, by, answers, point=point)


def _table(case: CaseFile) -> tuple[d.Table, list[str]]:
    doc = build_case_summary(collect_case(case, today=TODAY), ["self_rating"])
    table = next(b for b in doc.blocks if isinstance(b, d.Table))
    notes = [b.text for b in doc.blocks if isinstance(b, d.Paragraph)]
    return table, notes


def test_the_24_month_form_and_a_late_start_print_as_what_they_are(
        vault: Vault, tmp_path: Path) -> None:
    case = _case(vault)
    save_response(case, _form("end", ENDED, "end", "good"))
    save_response(case, _form("follow_up", date(2026, 10, 20), "follow_up_24m", "good"))
    save_response(case, _form("start", TODAY, "start", "very_bad"))  # after treatment
    table, notes = _table(case)
    heads = [h.split("\n")[0] for h in table.header[1:]]
    assert heads == ["End", "Follow-up, 24 months", "Start (late, not compared)"]
    wellbeing = next(r for r in table.rows if r[0].startswith("How are you doing"))
    assert not any(mark in wellbeing[3] for mark in "▲▼")  # not "worse" than the follow-up
    assert any("marked late" in n for n in notes)
    assert case.profile.get().followup_due is None  # nothing "planned 2026-10-15 (late)"
    render_pdf(build_case_summary(collect_case(case, today=TODAY), ["self_rating"]),
               tmp_path / "summary.pdf")


def test_a_form_the_client_left_half_done_prints_as_not_finished(vault: Vault) -> None:
    case = _case(vault)
    save_response(case, _form("start", STARTED, "start", "bad", EnteredBy.CLIENT, whole=False))
    table, notes = _table(case)
    assert table.header[1].split("\n")[0] == "Start (not finished)"
    assert any("not finished" in n for n in notes)
