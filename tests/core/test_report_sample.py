"""The report's sample content: its own cases, and the demo vaults made beside it (no display).

``ensure_demo_content`` fills the cases the report tests and ``bench/report.py`` print.
It now reads the register card through the demo extenders' helpers, and those modules
register an extender with the demo when imported: imported in another order than the
demo's, a process that made a sample first made every later demo vault differently.
Whether the sample agrees with the card is checked with the demo's facts, in
``test_demo_facts_agree.py`` ("report sample").
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

from kastdesk.domain.models import Gender
from kastdesk.exercises import get_exercise
from kastdesk.forms import get_definition, validate_response
from kastdesk.forms.storage import list_responses
from kastdesk.report.sample import ensure_demo_content
from kastdesk.store import Vault

ROOT = Path(__file__).resolve().parents[2]
#: Prints the demo's extenders, in the order they draw, after ``before`` has run.
_ORDER = """
from datetime import date
from pathlib import Path
import random, sys, tempfile
from kastdesk.store import KdfParams, Vault
from kastdesk import demo
from kastdesk.report.sample import ensure_demo_content

def before():
{before}

before()
demo.load_extenders()  # what fill_vault does before its first client
print(" ".join(e.__module__ for e in demo.EXTENDERS))
"""
_SAMPLE_FIRST = """
with tempfile.TemporaryDirectory() as tmp:
    vault, _ = Vault.create(Path(tmp) / "v", "a passphrase for this", kdf=KdfParams.for_tests())
    case = vault.add_client("K-2025-001", first_contact_date=date(2025, 1, 2))
    ensure_demo_content(case, random.Random(1))
    vault.close()
"""


def _extender_order(before: str) -> list[str]:
    script = _ORDER.format(before=textwrap.indent(before.strip() or "pass", "    "))
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_a_sample_made_first_leaves_the_demos_extenders_in_their_order() -> None:
    """The extenders draw from each client's stream in turn; their order is the demo."""
    demo_alone = _extender_order("")
    assert demo_alone == [
        "kastdesk.genogram.demo_case",
        "kastdesk.exercises.demo_case",
        "kastdesk.forms.demo_case",
    ]
    assert _extender_order(_SAMPLE_FIRST) == demo_alone


def test_a_card_that_leaves_facts_out_gets_valid_content(vault: Vault) -> None:
    """No age group, relationship or number of children on the card: those are drawn, and
    the exercises name no partner (the card does not say there is one)."""
    case = vault.add_client("K-2025-002", name="Test Person")
    with case.transaction("Test: card"):
        case.profile.update(gender=Gender.WOMAN)
    ensure_demo_content(case, random.Random(3))
    for exercise_id in case.documents.list_ids("exercise"):
        exercise = get_exercise(exercise_id)
        data = case.documents.get("exercise", exercise_id)
        assert data is not None
        problems = exercise.validate(exercise.from_dict(data))
        assert [p for p in problems if p.severity == "error"] == [], exercise_id
        assert "partner" not in str(data), exercise_id
    responses = list_responses(case)
    assert {r.form_id for r in responses} == {"intake", "self_rating"}
    for response in responses:
        definition = get_definition(response.form_id, response.form_version)
        assert validate_response(definition, response) == [], response.form_id
    intake = next(r for r in responses if r.form_id == "intake")
    assert intake.answers.get("client_gender", "woman") == "woman"
