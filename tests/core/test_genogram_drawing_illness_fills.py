"""The case summary's family map tells mental from serious physical illness (QA pass 20,
finding 5): both fill the left half, physical illness in the editor's grey."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from kastdesk.genogram.model import Genogram, Marker, Person, Sex
from kastdesk.genogram.symbols import PHYSICAL_ILLNESS_COLOUR
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import FILL, GenogramFlowable, legend_genogram


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


def _fill_op(colour: str) -> bytes:
    """The PDF operator that sets ``colour`` as the fill, as reportlab writes it."""
    c = Canvas(io.BytesIO(), pageCompression=0)
    c.setFillColor(colors.HexColor(colour))
    return c._code[-1].encode()


def _page(g: Genogram) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pageCompression=0)
    flowable = GenogramFlowable(g, 400, 300, reference_year=2026)
    flowable.wrapOn(c, 400, 300)
    flowable.drawOn(c, 20, 20)
    c.showPage()
    c.save()
    return out.getvalue()


def _person(*markers: Marker) -> Genogram:
    return Genogram.build([Person("p", Sex.FEMALE, "Tova Lund", markers=markers)])


def test_physical_illness_is_grey_and_mental_illness_is_not() -> None:
    grey = _fill_op(PHYSICAL_ILLNESS_COLOUR)
    ink = _fill_op(FILL.hexval().replace("0x", "#"))
    physical = _page(_person(Marker.PHYSICAL_ILLNESS))
    mental = _page(_person(Marker.MENTAL_ILLNESS))
    assert grey in physical and grey not in mental
    assert ink in mental
    # The legend's samples are drawn by the same code, so they differ too.
    assert grey in _page(legend_genogram("marker:physical_illness"))
    assert grey not in _page(legend_genogram("marker:mental_illness"))


def test_illness_with_substance_abuse_keeps_three_quarters() -> None:
    """Physical illness with substance abuse: the grey left half under the lower half in ink."""
    page = _page(_person(Marker.PHYSICAL_ILLNESS, Marker.SUBSTANCE_ABUSE))
    grey = _fill_op(PHYSICAL_ILLNESS_COLOUR)
    ink = _fill_op(FILL.hexval().replace("0x", "#"))
    assert grey in page and ink in page
    assert page.index(grey) < page.rindex(ink)  # the lower half covers the grey quarter
