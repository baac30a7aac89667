"""Render the genogram scene to PNG, SVG (QSvgGenerator) and PDF (QPdfWriter).

All three draw through ``QGraphicsScene.render`` so a file shows exactly the notation on
screen; the caller decides the label mode (names or initials) before calling. Each is drawn
into memory, written whole without a name, recorded in the case's audit log by the caller's
``recording`` and only then named (``stage_export``): a full disk or a folder that cannot be
written gives one plain sentence and leaves no half-written file, and a map the vault cannot
record leaves none at all.

``suggested_file_name`` is what the save dialog offers: the map with names and the one with
initials only for supervision had the same "genogram.pdf", and the named one was easily the
one sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from kastdesk.store.fsutil import stage_export

MARGIN = 30.0


def _source(scene: QGraphicsScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _centred(target: QRectF, source: QRectF) -> QRectF:
    """The part of ``target`` the map fills at ``source``'s aspect, in its middle: the scene
    keeps the aspect but draws from the top left, so a PDF page had its map at the top and
    a quarter of the page empty below."""
    scale = min(target.width() / max(source.width(), 1.0),
                target.height() / max(source.height(), 1.0))
    width, height = source.width() * scale, source.height() * scale
    return QRectF(target.x() + (target.width() - width) / 2,
                  target.y() + (target.height() - height) / 2, width, height)


def _paint(scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, _centred(target, source), source, Qt.AspectRatioMode.KeepAspectRatio)


def render_image(scene: QGraphicsScene, scale: float = 2.0, max_side: int = 12000) -> QImage:
    """The whole map on white; ``scale`` 2 gives print-sharp lines, capped for huge maps."""
    source = _source(scene)
    scale = min(scale, max_side / max(source.width(), source.height(), 1.0))
    size = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _paint(scene, painter, QRectF(image.rect()), source)
    painter.end()
    return image


#: What an export does once its file is written whole and before it has its name: record
#: it in the case's audit log (:meth:`StagedWrite.place_recorded`), and what it does where
#: the name then cannot be given.
Recording = tuple[Callable[[], object], Callable[[], object]]


@contextmanager
def _written_to(path: Path, recording: Recording) -> Iterator[QBuffer]:
    """A buffer in memory to draw the file into; written to ``path`` whole when the drawing
    is done (nothing is written if it fails), recorded before it has its name and dropped
    unnamed where it cannot be: a map the case's audit log does not name never stays on
    disk (deleting the client would not list it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    yield buffer
    buffer.close()
    stage_export(path, bytes(data.data())).place_recorded(*recording)


def export_png(
    scene: QGraphicsScene, path: Path, recording: Recording, scale: float = 2.0
) -> None:
    with _written_to(path, recording) as buffer:
        render_image(scene, scale).save(buffer, "PNG")


def export_svg(scene: QGraphicsScene, path: Path, title: str, recording: Recording) -> None:
    source = _source(scene)
    with _written_to(path, recording) as buffer:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(int(source.width()), int(source.height())))
        generator.setResolution(_screen_dpi())  # labels as on screen (see export_pdf)
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title)
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("white"))
        _paint(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()


def _screen_dpi() -> int:
    """The resolution the scene's labels are sized for: point sizes become scene units at the
    paint device's dots per inch, and the screen and the PNG export use this one."""
    return QImage(1, 1, QImage.Format.Format_ARGB32).logicalDpiX()


def export_pdf(scene: QGraphicsScene, path: Path, title: str, recording: Recording) -> None:
    """One page, A4 or A3 landscape by the map's width, the map scaled to fit.

    The writer works at the screen's resolution, not a printer's: the page stays vector
    either way, but the labels' point sizes are turned into units at the device's dots per
    inch, so at 300 they came out three times too big for the symbols and ran into each other.
    """
    source = _source(scene)
    big = source.width() > 2500
    page = QPageSize(QPageSize.PageSizeId.A3 if big else QPageSize.PageSizeId.A4)
    orientation = (
        QPageLayout.Orientation.Landscape
        if source.width() >= source.height()
        else QPageLayout.Orientation.Portrait
    )
    with _written_to(path, recording) as buffer:
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("KastDesk")
        writer.setResolution(_screen_dpi())
        writer.setPageLayout(QPageLayout(page, orientation, QMarginsF(12, 12, 12, 12)))
        painter = QPainter(writer)
        _paint(scene, painter, QRectF(painter.viewport()), source)
        painter.end()  # the PDF is complete in the buffer


def suggested_file_name(code: str, fmt: str, day: date, *, initials_only: bool) -> str:
    """The file name an export of the family map is offered under, never with a name in it.

    With names: "K-2026-014-genogram-names-2026-11-01.pdf", the client's code first as the
    case summary's ("K-2026-014-case-summary-….pdf"), to be found among the therapist's
    files. Initials only: "genogram-initials-2026-11-01.pdf", without the code, which a
    summary for supervision leaves out too (it is named by its pseudonym there). The middle
    words are in the therapist's language (lower case, joined by hyphens)."""
    if initials_only:
        stem = QCoreApplication.translate("GenogramExport", "genogram-initials")
        return f"{stem}-{day.isoformat()}.{fmt}"
    stem = QCoreApplication.translate("GenogramExport", "genogram-names")
    return f"{code}-{stem}-{day.isoformat()}.{fmt}" if code else f"{stem}-{day.isoformat()}.{fmt}"


__all__ = ["export_pdf", "export_png", "export_svg", "render_image", "suggested_file_name"]
