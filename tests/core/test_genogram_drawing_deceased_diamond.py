"""The case summary's family map: the deceased X on a diamond (other gender) ends on the
diamond's outline, a little beyond it, as on a square's corners; it reached the corners of
the diamond's square, far past its edges, into the space beside the symbol. The family is
made up for this test."""

from __future__ import annotations

from typing import Any

import pytest

from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import GenogramFlowable


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


class _Path:
    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


class _Canvas:
    """Records the straight lines a person's drawing asks of a reportlab canvas."""

    def __init__(self) -> None:
        self.lines: list[tuple[float, float, float, float]] = []

    def beginPath(self) -> _Path:  # reportlab's name
        return _Path()

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.lines.append((x1, y1, x2, y2))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _cross_ends(sex: Sex) -> tuple[float, list[tuple[float, float]]]:
    """Half the symbol's printed size, and the X's ends from the symbol's centre."""
    person = Person("a", sex, name="Alex Ek", birth_year=1960, death_year=2020)
    flowable = GenogramFlowable(Genogram.build([person]), 400, 300, reference_year=2026)
    c = _Canvas()
    s = flowable.scale
    flowable._draw_person(c, person, 0.0, 0.0, s)
    cx, cy = flowable._pt(0.0, 0.0)
    ends = [(x - cx, y - cy) for x1, y1, x2, y2 in c.lines for x, y in ((x1, y1), (x2, y2))]
    assert len(ends) == 4  # the two arms of the X
    return flowable.layout.options.symbol_size * s / 2, ends


def test_the_x_on_a_diamond_ends_just_past_its_edges() -> None:
    h, ends = _cross_ends(Sex.OTHER)
    for dx, dy in ends:
        assert abs(abs(dx) - abs(dy)) < 1e-6  # on the diagonals
        # The outline is |x| + |y| = h: each arm crosses it and ends a little past it.
        assert h < abs(dx) + abs(dy) <= 1.35 * h


def test_the_x_on_a_square_still_reaches_past_its_corners() -> None:
    h, ends = _cross_ends(Sex.MALE)
    assert all(h < abs(dx) == abs(dy) <= 1.2 * h for dx, dy in ends)
