"""Week numbers and short day.month dates (QA 21, finding 1): "vecka 36" beside a session
shifted to 2026-02-26 (ISO week 9) gave the secret shift away to the day, and every real
date with it; "den 1/9 och 1.9" kept "1.9". Both went out unlisted, in the packet and in
``kastdesk export-pdf --pseudonymize``. A decimal, a score, a time or a version stays.

Every name and note here is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.report.export import ExportOptions, free_text, prepare
from kastdesk.report.pseudonymize import NUMBER, Pseudonymizer
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE


def _pseudo() -> Pseudonymizer:
    return Pseudonymizer.for_snapshot(
        {"name": "Ivar Strömgren", "profile": {"first_contact_date": "2026-08-20"}},
        date_offset_days=-189)


@pytest.mark.parametrize(("written", "withheld"), [
    ("Det hände vecka 36 och uke 37.", "Det hände [week] och [week]."),
    ("Igen v. 38, sedan v36; v.36 också.", "Igen [week], sedan [week]; [week] också."),
    ("Det skjedde veke 36.", "Det skjedde [week]."),
    ("It was week 36, or wk 37.", "It was [week], or [week]."),
    ("Bortrest v. 36-38.", "Bortrest [week]."),
    ("Bortrest v 36–38 och veckorna 40 och 41.", "Bortrest [week] och [week]."),
    ("Semester vecka 28/29, uke nr. 30.", "Semester [week], [week]."),
    ("V. 12 ringde han.", "[week] ringde han."),
    # The count after a week's number is no part of it.
    ("Vecka 36 och 2 gånger till.", "[week] och 2 gånger till."),
])
def test_a_weeks_number_is_withheld(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


def test_the_shift_cannot_be_read_off_a_week_beside_a_shifted_date() -> None:
    """The QA case: the note's real week beside the session's shifted date."""
    out = _pseudo().text("Det hände vecka 36 och uke 37. Samtalet var 2026-09-03.")
    assert out == "Det hände [week] och [week]. Samtalet var 2026-02-26."
    assert "36" not in out and "37" not in out


@pytest.mark.parametrize("ordinary", [
    "Vecka 3 av 8 i programmet.", "Week 2 of the programme.", "Varje vecka 2 gånger.",
    "Han går i vecka 2019.", "Vecka 60 finns inte.", "Tre veckor 2 gånger.",
])
def test_a_count_of_weeks_or_no_weeks_number_stays(ordinary: str) -> None:
    assert _pseudo().text(ordinary) == ordinary


@pytest.mark.parametrize(("written", "withheld"), [
    ("Det hände den 1/9 och 1.9.", "Det hände den [date] och [date]."),
    ("Det hände den 1/9 och 1.9, sedan igen.", "Det hände den [date] och [date], sedan igen."),
    ("Møtet er den 3.4 kl 10.", "Møtet er den [date] kl 10."),
    ("Tisdag 1.9 och 3.9 kom han.", "Tisdag [date] och [date] kom han."),
    ("Hun er født 14.3, som broren.", "Hun er født [date], som broren."),
    ("Vi ses tirs. 8.9.", "Vi ses tirs. [date]."),
    ("Samtal 1.9 kl. 14.30.", "Samtal [date] kl. 14.30."),
])
def test_a_day_and_month_with_a_dot_and_no_year_is_withheld_where_it_reads_as_a_date(
        written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("ordinary", [
    "Han fick 2.5 poäng.", "Träffas kl. 14.30 på tisdag.", "Suget var 3.5 av 10.",
    "Version 2.1 av formuläret.", "Dosen är 2.5 mg, den 2.5 mg tabletten.",
    "Skalan gick från 3.5 till 4.", "Han sov 7.5 timmar.", "Tisdag 2.5 km promenad.",
    "Betyget var 4.5 i snitt.", "Det kostade 1.5 kr.",
])
def test_decimals_scores_times_and_versions_stay(ordinary: str) -> None:
    assert _pseudo().text(ordinary) == ordinary


def test_the_demo_gets_no_week_date_or_number_it_does_not_have(demo_vault: Path) -> None:
    """The new patterns take nothing the demo's notes, forms and exercises hold (they have
    no week numbers, short dates, accounts or IP addresses), and the check lists no number
    there: no false rows for the therapist to wade through."""
    marks = ("[week]", "[account number]", "[organisation number]", "[IP address]")
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        for entry in vault.clients():
            snap, pseudo = prepare(vault, entry.id, ExportOptions(pseudonymize=True))
            assert pseudo is not None
            texts = free_text(pseudo.apply(snap))
            assert not [t for t in texts if any(m in t for m in marks)], entry.code
            assert not [s for s, _ in pseudo.suspects_in(texts) if s.why == NUMBER]
