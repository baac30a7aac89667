"""The editor's map (and its exports and legend, drawn by the notation): the deceased X on
a diamond (other gender) ends on the diamond's outline, a little beyond it, as on a
square's corners; it reached the corners of the diamond's square, far past its edges. So
does a stillbirth's X on its small diamond. The persons are made up for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from kastdesk.genogram.model import Person, PersonKind, Sex
from kastdesk.genogram.symbols import person_symbol
from kastdesk.ui.genogram import notation, prepared
from kastdesk.ui.genogram.scene import EDITOR_LAYOUT

SCALE = 6.0
SIZE = EDITOR_LAYOUT.symbol_size
H = SIZE / 2

ALEX = Person("a", Sex.OTHER, name="Alex Ek", birth_year=1960, death_year=2020)
MAJ = Person("m", Sex.MALE, name="Maj Ek", birth_year=1958, death_year=2019)


def _image(paint: Callable[[QPainter], None]) -> QImage:
    side = int((SIZE + 24) * SCALE)
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(side / 2, side / 2)
    painter.scale(SCALE, SCALE)
    paint(painter)
    painter.end()
    return image


def _inked(image: QImage, x: float, y: float) -> bool:
    side = image.width()
    return image.pixelColor(int(side / 2 + x * SCALE), int(side / 2 + y * SCALE)).lightness() < 200


def _editor(person: Person, sex_shape: prepared.Shape = prepared.Shape.DIAMOND) -> QImage:
    drawing = prepared.PreparedPerson(person_symbol(person), SIZE, sex_shape, None)
    return _image(lambda p: drawing.paint(p, False, True))


def _notation(person: Person) -> QImage:
    return _image(lambda p: notation.draw_person(
        p, person_symbol(person), SIZE, sex_shape=prepared.Shape.DIAMOND))


@pytest.mark.parametrize("draw", [_editor, _notation])
def test_the_x_on_a_diamond_ends_just_past_its_edges(draw: Callable[[Person], QImage]) -> None:
    image = draw(ALEX)
    for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
        # The X crosses the diamond's edge (|x| + |y| = H) and ends a few units beyond it.
        assert _inked(image, sx * H * 0.5, sy * H * 0.5)
        assert _inked(image, sx * (H * 0.5 + 2.5), sy * (H * 0.5 + 2.5))
        # Not out where the corners of its square are (the arms ended at H + 4).
        assert not _inked(image, sx * H * 0.85, sy * H * 0.85)
        assert not _inked(image, sx * (H + 2), sy * (H + 2))


@pytest.mark.parametrize("draw", [_editor, _notation])
def test_the_x_on_a_square_still_reaches_past_its_corners(
        draw: Callable[[Person], QImage]) -> None:
    image = draw(MAJ)
    assert all(_inked(image, sx * (H + 2), sy * (H + 2))
               for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)))


def test_a_stillbirths_x_on_its_small_diamond_ends_on_its_edges() -> None:
    still = Person("s", Sex.OTHER, kind=PersonKind.STILLBIRTH)
    cross = prepared.PreparedPerson(person_symbol(still), SIZE, prepared.Shape.DIAMOND,
                                    None).cross
    small = H * 0.5  # the small symbol's half size
    ends = [(p.x(), p.y()) for line in cross for p in (line.p1(), line.p2())]
    assert ends and all(small < abs(x) + abs(y) <= small + 8.01 for x, y in ends)
