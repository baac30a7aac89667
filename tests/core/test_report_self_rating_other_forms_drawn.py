"""The case summary's self-rating chart draws every form of a measurement point (QA walk).

A point with two forms (the client's own and a paper copy, or a form begun twice) printed
both columns on the chart's axis but a marker only at the last: the first form's answers
were missing from the chart, while the screen's chart draws them as rings beside the line.
They print now as hollow markers, never joined to the line (no change over time).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.graphics.shapes import Drawing, PolyLine
from reportlab.graphics.widgets.markers import Marker
from reportlab.lib import colors

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.report import document as d
from kastdesk.report.pdf import _Renderer, render_pdf
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary
from kastdesk.store import Vault

DAY = date(2026, 12, 3)


def _two_start_forms(vault: Vault) -> d.Document:
    case = vault.add_client("K-2026-007", first_contact_date=DAY)
    case.sessions.add(datetime(2026, 12, 3, 14), note="First session.")
    case.profile.set_status(Status.IN_TREATMENT, at=DAY)
    for by, wellbeing in ((EnteredBy.CLIENT, "good"), (EnteredBy.THERAPIST, "bad")):
        save_response(case, FormResponse("self_rating", 2, "start", DAY, by,
                                         {"wellbeing": wellbeing}))
    return build_case_summary(collect_case(case), ["self_rating"])


def test_the_first_form_of_a_point_is_a_dot_off_the_line(vault: Vault) -> None:
    doc = _two_start_forms(vault)
    chart = next(b for b in doc.blocks if isinstance(b, d.LineChart))
    [(label, line)] = chart.series
    assert label.startswith("How are you doing")
    assert line[0] is None and line[1] is not None  # still no slope from Start to Start
    [dots] = chart.dots
    assert dots[0] is not None and dots[1] is None  # "Well" at the first form: drawn
    assert dots[0] > line[1]  # better than "Badly"


def test_the_pdf_chart_draws_the_dot_hollow_and_unjoined(vault: Vault, tmp_path: Path) -> None:
    doc = _two_start_forms(vault)
    chart = next(b for b in doc.blocks if isinstance(b, d.LineChart))
    flowable = _Renderer(doc, None).line_chart(chart)  # type: ignore[arg-type]
    drawing = next(f for f in flowable._content if isinstance(f, Drawing))
    markers = [s for s in drawing.contents if isinstance(s, Marker)]
    assert len(markers) == 2  # the line's one point and the first form's dot
    assert sum(1 for m in markers if m.fillColor == colors.white) == 1
    assert not [s for s in drawing.contents if isinstance(s, PolyLine)]  # one point: no line
    render_pdf(doc, tmp_path / "summary.pdf")
    assert (tmp_path / "summary.pdf").stat().st_size > 0
