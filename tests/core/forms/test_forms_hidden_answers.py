"""Answers set aside under a question an earlier answer hides: kept, never in force.

Text typed into a follow-up (the intake's trafficking notes) stays in the stored response
when a mis-click hides it, so the earlier answer brings it back; while it is hidden the
engine keeps it out of everything that shows, counts, scores or prints answers.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from kastdesk.forms import (
    EnteredBy,
    FormResponse,
    answers_in_force,
    compare_responses,
    get_definition,
    get_family,
    in_force,
    validate_response,
)
from kastdesk.forms.compare import chart_series
from kastdesk.forms.storage import list_responses, save_response
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE

INTAKE = get_definition("intake")
NOTES = "ZZHIDDENNOTES she had no keys to the flat"
BASE = {
    "contact_reason": ["bought_sex"],
    "has_bought_sex": True,
    "in_target_group": True,
    "age_group": "age_35_44",
    "relationship_status": "single",
    "has_children": False,
    "porn_use": "never",
    "trafficking_notes": NOTES,
}


def intake(trafficking: str) -> FormResponse:
    return FormResponse("intake", 1, "default", date(2030, 3, 1), EnteredBy.THERAPIST,
                        {**BASE, "suspected_trafficking": trafficking})


def test_a_hidden_answer_is_not_in_force_and_comes_back_with_its_condition() -> None:
    hidden = intake("no")
    assert "trafficking_notes" not in answers_in_force(INTAKE, hidden.answers)
    assert "trafficking_notes" not in in_force(INTAKE, hidden).answers
    assert hidden.answers["trafficking_notes"] == NOTES  # the response itself keeps it
    assert in_force(INTAKE, intake("yes")).answers["trafficking_notes"] == NOTES


def test_a_kept_hidden_answer_validates_but_its_value_is_still_checked() -> None:
    assert validate_response(INTAKE, intake("no")) == []
    bad = FormResponse("intake", 1, "default", date(2030, 3, 1), EnteredBy.THERAPIST,
                       {**BASE, "suspected_trafficking": "no", "trafficking_notes": 7})
    assert [p.message for p in validate_response(INTAKE, bad)] == ["the answer must be text"]


def test_the_comparison_leaves_hidden_answers_out() -> None:
    family = get_family("intake")
    hidden = compare_responses(family, [intake("no")])
    assert "trafficking_notes" not in [r.item_id for r in hidden.rows]
    shown = compare_responses(family, [intake("yes")])
    assert shown.row("trafficking_notes").cells[0].display == NOTES


def test_hidden_self_rating_answers_never_count_in_scores() -> None:
    family = get_family("self_rating")
    scored = {"has_bought_sex": False, "wellbeing": "good",
              "control_unwanted_impulses": "sometimes"}
    # Answers to the follow-ups of "have you bought sex": set aside once it became "no".
    kept = {**scored, "bought_sex_last_year": True, "buying_frequency": "weekly"}
    plain = FormResponse("self_rating", 2, "start", date(2030, 1, 1), EnteredBy.CLIENT, scored)
    with_hidden = FormResponse("self_rating", 2, "start", date(2030, 1, 1), EnteredBy.CLIENT,
                               kept, response_id=plain.response_id)
    assert compare_responses(family, [with_hidden]) == compare_responses(family, [plain])
    assert chart_series(family, compare_responses(family, [with_hidden])) == \
        chart_series(family, compare_responses(family, [plain]))


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_case_summary_prints_the_notes_only_while_their_question_is_shown(
    demo_vault_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(demo_vault_template, folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        client_id = vault.clients()[0].id
        case = vault.open_case(client_id, audit_open=False)
        earlier = list_responses(case, "intake")
        response = intake("no")
        if earlier:  # a new version of the case's intake, as the intake tab saves it
            response = FormResponse("intake", 1, "default", earlier[-1].answered_at,
                                    EnteredBy.THERAPIST, response.answers,
                                    earlier[-1].response_id)
        save_response(case, response)
        hidden = tmp_path / "hidden.pdf"
        export_case_summary(vault, client_id, hidden, ExportOptions(sections=("profile",)))
        text = _pdf_text(hidden)
        assert "Standardized intake form" in text and "ZZHIDDENNOTES" not in text

        save_response(case, response.with_answer("suspected_trafficking", "yes"))
        shown = tmp_path / "shown.pdf"
        export_case_summary(vault, client_id, shown, ExportOptions(sections=("profile",)))
        assert NOTES in _pdf_text(shown)
