"""The PDF family map writes a long name in two lines, as the editor does, and lowers the
couple lines where a partner's name, years and typed marker need the room (regression QA,
session 17: the client's long name was printed cut to one line, "Karl-Johan Berna…", and a
partner with a long name, years and a marker was cut above the couple line kept at the
layout's usual drop)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from kastdesk.genogram import edits as E
from kastdesk.genogram import layout_genogram
from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import (
    GenogramFlowable,
    _block_height,
    name_rows,
    pdf_layout,
)

#: Fictional: a name too long for two lines, one that fits two, typed markers.
TOO_LONG = "Maximilian Alexander von Hohenzollern-Sigmaringen"
PARTNER = "Britt-Marie Sundberg-Eriksson"
MARKERS = ("spelberoende", "ångest")


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


def _family(
    client: str = TOO_LONG, partner: str = PARTNER, markers: tuple[str, ...] = MARKERS
) -> Genogram:
    """The client (bold, years, markers) with parents, a partner with years and a marker,
    and a child: the couple line runs under both partners' labels."""
    g = Genogram.build([Person("c", Sex.MALE, name=client, birth_year=2003, is_index=True,
                               labels=markers)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_partner(g, "c", partner_id="w", union_id="u2").apply(g)
    g = E.add_child(g, "u2", child_id="k").apply(g)
    return E.update_person(g, "w", name=partner, birth_year=2006,
                           labels=markers[-1:] and ("depression",)).apply(g)


def _lines(flowable: GenogramFlowable, pid: str) -> list[str]:
    return [text for text, _font, _size in flowable.labels()[pid]]


def test_a_long_name_prints_in_two_lines_with_its_years_and_markers() -> None:
    flowable = GenogramFlowable(_family(), 800, 500, reference_year=2026)
    label = flowable.labels()["c"]
    assert name_rows(label) == 2, label
    first, second = _lines(flowable, "c")[:2]
    # As much of the name as two lines hold, from its start.
    assert TOO_LONG.startswith(f"{first} {second.rstrip('…')}")
    assert _lines(flowable, "c")[2] == "b. 2003"
    assert _lines(flowable, "c")[3].startswith("spelberoende")


def test_a_partner_with_a_long_name_years_and_a_marker_is_printed_whole(
    tmp_path: Path,
) -> None:
    g = _family()
    flowable = GenogramFlowable(g, 800, 500, reference_year=2026)
    assert _lines(flowable, "w") == ["Britt-Marie", "Sundberg-Eriksson", "b. 2006",
                                     "depression"]
    # Above the couple line, which the PDF lowered for it.
    line = flowable.layout.unions["u2"]
    box = flowable.layout.persons["w"]
    top = box.y + flowable.layout.options.symbol_size / 2
    assert top + _block_height(flowable.labels()["w"]) < line.y
    assert line.y > layout_genogram(g).unions["u2"].y
    canvas = Canvas(str(tmp_path / "map.pdf"))
    flowable.drawOn(canvas, 0, 0)  # draws with the lowered line
    canvas.save()


def test_a_map_whose_labels_fit_keeps_the_usual_couple_line() -> None:
    """Names and years: the same layout as before, so such maps print as they did."""
    g = _family(client="Bo Ek", partner="Eva Ek", markers=())
    assert pdf_layout(g, 2026).unions == layout_genogram(g).unions
