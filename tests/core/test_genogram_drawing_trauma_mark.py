"""The printed trauma mark keeps above the age's digits (QA 26).

The triangle stood 0.26 of the symbol's half below its middle and on the client's "23"
(its foot on the "3"); it stands now where the editor draws it, its foot clear of the
digits' tops, and inside a circle too.
"""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from reportlab.pdfgen.pathobject import PDFPathObject

from kastdesk.genogram.model import Genogram, Marker, Person, Sex
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import _CAP_HEIGHT, TRAUMA, GenogramFlowable


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


class _Canvas:
    """Records the trauma mark's corners and where the age is written."""

    def __init__(self) -> None:
        self.fill: Any = None
        self.size = 0.0
        self.triangle: list[tuple[float, float]] = []
        self.age: tuple[float, float] | None = None  # baseline, font size

    def beginPath(self) -> PDFPathObject:
        return PDFPathObject()

    def setFillColor(self, colour: Any) -> None:
        self.fill = colour

    def setFont(self, font: str, size: float) -> None:
        self.size = size

    def drawPath(self, path: PDFPathObject, **kwargs: Any) -> None:
        if self.fill == TRAUMA:
            numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path.getCode())]
            self.triangle = list(zip(numbers[::2], numbers[1::2], strict=True))

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if text.isdigit():
            self.age = (y, self.size)

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


@pytest.mark.parametrize("sex", [Sex.MALE, Sex.FEMALE])
@pytest.mark.parametrize("index", [True, False])
def test_the_trauma_mark_keeps_above_the_age(sex: Sex, index: bool) -> None:
    g = Genogram.build([Person("c", sex, name="Håkon Dahl", birth_year=2003,
                               is_index=index, markers=(Marker.TRAUMA,))])
    flowable = GenogramFlowable(g, 800, 500, reference_year=2026)
    s = 2.0
    c = _Canvas()
    flowable._draw_person(c, g.persons["c"], 100.0, 100.0, s)
    cx, cy = flowable._pt(100.0, 100.0)
    h = flowable.layout.options.symbol_size * s / 2
    assert c.age is not None and len(c.triangle) == 3
    base, pt = c.age
    digits_top = base + pt * _CAP_HEIGHT
    foot = min(y for _x, y in c.triangle)
    assert foot > digits_top + 0.05 * h, (foot, digits_top)
    assert all(math.hypot(x - cx, y - cy) < h for x, y in c.triangle)  # inside a circle
