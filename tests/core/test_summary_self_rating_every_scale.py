"""The case summary charts every self-rating scale the case has (QA 21, finding 4).

One chart of the first six lines left guilt and shame, "not good enough", self-image and
the two relationship-harm questions out of the PDF, unsaid, while the app charted them.
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.report import document as d
from kastdesk.report.pdf import render_pdf
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import CHART_MAX_SERIES, build_case_summary
from kastdesk.store import CaseFile, Vault

START, END = date(2026, 9, 11), date(2027, 3, 2)

#: A fictional client who has never paid for sex: one behaviour scale, ten on how he is.
START_ANSWERS = {
    "has_bought_sex": False, "porn_frequency": "daily", "wellbeing": "bad",
    "control_unwanted_impulses": "rarely", "urge_strength": "very_much",
    "behaviour_destructive": True, "thoughts_destructive": True,
    "destructive_in_relationships": True, "guilt_shame": "very_much",
    "inadequacy": "quite_a_lot", "self_image_harm": "very_much",
    "relationship_harm": "quite_a_lot",
}
END_ANSWERS = {
    **START_ANSWERS, "porn_frequency": "monthly", "wellbeing": "good",
    "guilt_shame": "a_little", "inadequacy": "a_little", "self_image_harm": "not_at_all",
    "could_come_as_needed": "fully", "treated_with_respect": "fully",
    "without_judgement": "mostly", "with_dignity": "fully",
    "could_talk_sexual_matters": "partly", "got_help_needed": "mostly",
    "stopped_impulses_thanks_to_treatment": "mostly",
}


def _case(vault: Vault, *forms: tuple[str, date, dict[str, object]]) -> CaseFile:
    case = vault.add_client("K-2026-031", first_contact_date=START)
    case.sessions.add(datetime(2026, 9, 11, 9), note="First session.")
    case.profile.set_status(Status.IN_TREATMENT, at=START)
    for variant, day, answers in forms:
        save_response(case, FormResponse("self_rating", 2, variant, day, EnteredBy.CLIENT,
                                         answers))
    return case


def _charts(case: CaseFile) -> list[d.LineChart]:
    doc = build_case_summary(collect_case(case), ["self_rating"])
    return [b for b in doc.blocks if isinstance(b, d.LineChart)]


def test_every_scale_is_charted_section_by_section(vault: Vault, tmp_path: Path) -> None:
    case = _case(vault, ("start", START, START_ANSWERS), ("end", END, END_ANSWERS))
    snapshot = collect_case(case)["self_rating"]
    expected = [s["label"] for s in snapshot["series"]]
    assert len(expected) == 18  # 1 behaviour, 10 on how he is, 7 about the treatment
    charts = _charts(case)
    drawn = [label for chart in charts for label, _ in chart.series]
    assert drawn == expected, "every scale once, in the form's order"
    assert all(1 <= len(chart.series) <= CHART_MAX_SERIES for chart in charts)
    guilt = next(label for label in drawn if label.startswith("How much guilt and shame"))
    assert guilt
    # Each chart names its section and, when the section is split, its part; the scale's
    # direction is stated in every title, as the single chart's was.
    titles = [chart.title for chart in charts]
    assert titles == [
        "Behaviour: change over time (100 = best possible answer)",
        "How you are doing, part 1 of 2: change over time (100 = best possible answer)",
        "How you are doing, part 2 of 2: change over time (100 = best possible answer)",
        "About the treatment, part 1 of 2: change over time (100 = best possible answer)",
        "About the treatment, part 2 of 2: change over time (100 = best possible answer)",
    ]
    # Ten lines split five and five, seven four and three: never a near-empty last chart.
    assert [len(chart.series) for chart in charts] == [1, 5, 5, 4, 3]
    # Guilt and shame is drawn where the table says: "Very much" (worst) then "A little".
    [values] = [v for chart in charts for label, v in chart.series if label == guilt]
    assert values == (0.0, round(100 * 2 / 3, 1))

    out = tmp_path / "summary.pdf"
    render_pdf(build_case_summary(collect_case(case), ["self_rating"]), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    for title in titles:
        assert title in flat
    # The chart keys number their lines: the tenth scale of the section is the second
    # chart's fifth line.
    assert "5. How much do they hurt your relationships?" in flat


def test_up_to_six_scales_share_one_chart(vault: Vault) -> None:
    few = {"has_bought_sex": False, "wellbeing": "bad", "guilt_shame": "very_much",
           "inadequacy": "quite_a_lot"}
    case = _case(vault, ("start", START, few), ("end", END, {**few, "wellbeing": "good"}))
    [chart] = _charts(case)
    assert chart.title == "Change over time (100 = best possible answer)"
    assert [label.split(" ")[:3] for label, _ in chart.series] == [
        ["How", "are", "you"], ["How", "much", "guilt"], ["How", "much", "do"]]
