"""A family map exported to a page stands in the middle of it, not at its top.

The scene keeps the map's aspect but draws from the top left of the page: a wide map on an
A4 page sat at the top with a quarter of the page empty below it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from kastdesk.ui.genogram.export import _paint


def _ink_rows(image: QImage) -> tuple[int, int]:
    rows = [y for y in range(image.height())
            if any(image.pixelColor(x, y) != QColor("white") for x in range(0, image.width(), 3))]
    return rows[0], rows[-1]


def test_a_wide_map_is_centred_on_a_tall_page(qapp) -> None:  # type: ignore[no-untyped-def]
    scene = QGraphicsScene()
    scene.addRect(QRectF(0, 0, 400, 100), brush=QColor("black"))
    page = QImage(300, 400, QImage.Format.Format_ARGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    _paint(scene, painter, QRectF(page.rect()), scene.itemsBoundingRect())
    painter.end()
    top, bottom = _ink_rows(page)
    assert abs(top - (page.height() - 1 - bottom)) <= 2, (top, bottom)  # as much above as below
    assert bottom - top > 60  # the map fills the width: 300 wide, 75 high
