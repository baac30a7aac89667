"""The editor's map (and so its PNG, SVG and PDF exports) draws serious physical illness in
grey and mental illness dark, and counts a known birthday in an age (QA 20, findings 5 and 7:
the two illnesses were the same black half, and a client born 31 December was a year older
all December)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from kastdesk.genogram.model import Genogram, Marker, Person, Sex
from kastdesk.genogram.storage import save_genogram
from kastdesk.genogram.symbols import PHYSICAL_ILLNESS_COLOUR
from kastdesk.store import Vault
from kastdesk.ui.genogram import notation
from tests.ui.conftest import screenshot


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-015", name="Vera Dahl")
    g = Genogram.build([
        Person("mental", Sex.MALE, name="Ola Dahl", birth_year=1950,
               markers=(Marker.MENTAL_ILLNESS,)),
        Person("physical", Sex.MALE, name="Sven Dahl", birth_year=1952,
               markers=(Marker.PHYSICAL_ILLNESS,)),
        Person("c", Sex.FEMALE, name="Vera Dahl", birth_year=1985, birth_date="1985-12-31",
               is_index=True),
    ])
    save_genogram(case, g, "Add person")
    return case


def _left_half_colour(editor, pid: str) -> QColor:  # type: ignore[no-untyped-def]
    """The colour in the upper left of the symbol (the age stands in its middle),
    with the scene drawn 1:1 around the person (as the exports draw it)."""
    item = editor.scene.persons[pid]
    h = item.size / 2
    centre = item.scenePos()
    source = QRectF(centre.x() - h - 4, centre.y() - h - 4, 2 * h + 8, 2 * h + 8)
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    editor.scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image.pixelColor(int(4 + h / 3), int(4 + h / 3))  # above the age inside it


def test_physical_illness_grey_mental_illness_dark(editor) -> None:  # type: ignore[no-untyped-def]
    screenshot(editor, "genogram_illness_fills")
    grey, dark = QColor(PHYSICAL_ILLNESS_COLOUR), notation.FILL
    physical = _left_half_colour(editor, "physical")
    mental = _left_half_colour(editor, "mental")
    assert physical.name() == grey.name()
    assert mental.name() == dark.name()


def test_an_age_counts_a_known_birthday(editor) -> None:  # type: ignore[no-untyped-def]
    # The editor's today is the tests' anchor day; the client's birthday is 31 December.
    today = editor.scene.year
    assert isinstance(today, date)
    birthday_passed = (today.month, today.day) >= (12, 31)
    assert editor.scene.persons["c"].age == today.year - 1985 - (0 if birthday_passed else 1)
