"""The client's name in the printed family map stands under the client's outer outline
(QA 26).

The client is drawn with a second outline 4 units out; the name under it began only 2
units below the symbol, so the white block behind the letters covered the outer outline's
bottom edge (the client's double frame stood open at the bottom, the "å" of "Håkon" against
the inner line). The editor keeps the name below the outer outline; the PDF now does too.
"""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfgen.pathobject import PDFPathObject

from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import GenogramFlowable

OUTER = 4.0  # how far the client's second outline stands out (``_draw_person``)


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


class _Canvas:
    """Records the white blocks a person's drawing asks for; paths are real ones."""

    def __init__(self) -> None:
        self.rects: list[tuple[float, ...]] = []
        self.fill: Any = None

    def beginPath(self) -> PDFPathObject:
        return PDFPathObject()

    def setFillColor(self, colour: Any) -> None:
        self.fill = colour

    def rect(self, x: float, y: float, w: float, h: float, **kwargs: Any) -> None:
        from reportlab.lib import colors

        if self.fill == colors.white:
            self.rects.append((x, y, w, h))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


@pytest.mark.parametrize("sex", [Sex.MALE, Sex.FEMALE])
def test_the_clients_name_block_keeps_below_the_outer_outline(sex: Sex) -> None:
    g = Genogram.build([Person("c", sex, name="Håkon Dahl", birth_year=2003, is_index=True)])
    flowable = GenogramFlowable(g, 800, 500, reference_year=2026)
    s = 2.0
    c = _Canvas()
    flowable._draw_person(c, g.persons["c"], 100.0, 100.0, s)
    _cx, cy = flowable._pt(100.0, 100.0)
    outer_bottom = cy - flowable.layout.options.symbol_size * s / 2 - OUTER * s
    (_x, y, _w, h), = c.rects
    assert y + h < outer_bottom, (y + h, outer_bottom)  # the block's top under the line
    # The label's room for the routing of lines round it says the same.
    assert flowable._label_rects()["c"][1] >= flowable.layout.options.symbol_size / 2 + OUTER
