"""The reportlab backend: renders a :class:`~kastdesk.report.document.Document` to PDF.

Only this module (and the genogram drawing it uses) knows reportlab. It provides what
makes a clinical document readable: embedded DejaVu Sans, a running header with the
client code, "page X of Y", a linked table of contents and PDF outline, headings kept
with what follows, and tables whose header row repeats across pages.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import math
import re
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend as ChartLegend
from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from kastdesk.domain.models import OTHER_RISK_COLOURS, SEVERE_RISK_COLOURS
from kastdesk.genogram import Genogram
from kastdesk.i18n import tr
from kastdesk.store.fsutil import write_export

from . import document as d
from . import rtl
from .fonts import (
    BOLD,
    BOLD_OBLIQUE,
    OBLIQUE,
    REGULAR,
    UPRIGHT,
    draw_string,
    needs_upright,
    register_fonts,
    runs,
)
from .genogram_drawing import GenogramFlowable, Rect, legend_genogram, pdf_layout

INK = colors.HexColor("#1f2a33")
ACCENT = colors.HexColor("#1f5f6f")
ACCENT_LIGHT = colors.HexColor("#e6eff1")
RULE = colors.HexColor("#c9d6da")
MUTED = colors.HexColor("#6b7280")
BETTER = colors.HexColor("#2f855a")
WORSE = colors.HexColor("#c05621")
# Six hues that stay apart for the common colour blindnesses and in grey print (Okabe and
# Ito's): the old set had two near-identical teals and two reds. Each line also has its own
# dash pattern and marker, so no series is told by its colour alone.
SERIES = [
    colors.HexColor("#0072b2"), colors.HexColor("#d55e00"), colors.HexColor("#009e73"),
    colors.HexColor("#cc79a7"), colors.HexColor("#e69f00"), colors.HexColor("#3a3a3a"),
]
DASHES: list[tuple[float, ...] | None] = [
    None, (5, 2.5), (1.2, 2), (7, 2, 1.5, 2), (3, 3), (9, 2.5, 1.5, 2.5, 1.5, 2.5),
]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Circle",
           "Square"]
ALERT_COLOURS = {  # background, border, text: the app's risk banner
    "alert": SEVERE_RISK_COLOURS,
    "caution": OTHER_RISK_COLOURS,
}
HEAD_FONT_SIZE = 8.2
MIN_HEAD_FONT_SIZE = 6.0
CELL_PADDING = 6.0  # reportlab's default left and right padding of a table cell
MARGIN = 20 * mm
BODY_HEIGHT = A4[1] - 44 * mm  # the portrait body frame's height: a whole page of text
#: Where the landscape family map page's frame begins: a quarter of the margin wider each
#: side than the header's rule, room for a map on one page; the text above the map keeps
#: to the margin (``_Renderer._top_on``).
_WIDE_LEFT = MARGIN * 0.75
#: A family map that fits one landscape page at this scale or larger is printed there whole
#: (the demo's maps of about 20 persons, at about half the editor's size); a larger one gets
#: an overview and then parts, whose names are never smaller than MIN_NAME_SIZE.
MIN_GENOGRAM_SCALE = 0.42
#: No name on a family map printed in parts is set smaller than this (points). The summary
#: already lets nothing else go below 6 pt (a table header shrinks to MIN_HEAD_FONT_SIZE);
#: it is the smallest size commonly held legible in print (the FDA's floor for a medicine's
#: "Drug Facts"), and DejaVu Sans, with its tall small letters, reads at 6 pt about as a
#: book face does at 7. Each point more adds about a third more pages to a big map.
MIN_NAME_SIZE = 6.0
#: The largest scale a part of a map printed in parts is drawn at: the editor's size, as
#: large as a small map printed whole on one page gets (``GenogramFlowable.fit_scale``).
#: The parts are cut at the scale that sets the smallest name at MIN_NAME_SIZE, and then
#: each is drawn as large as its page allows up to this: cut at 6 pt and printed at 6 pt,
#: a part of a generation or two, or of one branch, filled a third of its page.
MAX_PART_SCALE = 1.0
#: The least room round a part's map for the line that names it and its locator (points).
_PART_BAND = 30.0
#: The locator's largest size beside a part's name (points).
_LOCATOR = (230.0, 25.0)

ProgressFn = Callable[[str, float], None]


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.6, textColor=INK,
                          spaceAfter=4)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.3, leading=11.2),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.3, leading=11.2,
                                textColor=MUTED),
        "quote": ParagraphStyle("quote", parent=base, fontName=OBLIQUE, leftIndent=10),
        "notice": ParagraphStyle("notice", parent=base, fontSize=8.6, leading=12,
                                 backColor=ACCENT_LIGHT, borderPadding=(6, 8, 6, 8),
                                 borderColor=RULE, borderWidth=0.6, spaceBefore=8,
                                 spaceAfter=10),
        "signed": ParagraphStyle("signed", parent=base, fontSize=8, leading=10.5,
                                 textColor=BETTER, spaceAfter=2),
        "amendment": ParagraphStyle("amendment", parent=base, fontSize=8.8, leading=12.2,
                                    leftIndent=12, borderPadding=(3, 6, 3, 6),
                                    backColor=colors.HexColor("#fdf6e9"),
                                    borderColor=colors.HexColor("#e9c98f"), borderWidth=0.5,
                                    spaceBefore=3, spaceAfter=6),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.4, leading=11, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD,
                                   fontSize=HEAD_FONT_SIZE, leading=10.5,
                                   textColor=colors.white, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.8, leading=13,
                             spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=26, leading=32,
                                textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18,
                                   textColor=MUTED, spaceAfter=24),
        "toc1": ParagraphStyle("toc1", parent=base, fontName=BOLD, fontSize=10, leading=15,
                               leftIndent=0, firstLineIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=12.5, leftIndent=14,
                               firstLineIndent=0, textColor=colors.HexColor("#374151")),
        "legend": ParagraphStyle("legend", parent=base, fontSize=7.8, leading=9.5,
                                 spaceAfter=0),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER, textColor=MUTED,
                                 fontSize=8),
        "legendabbr": ParagraphStyle("legendabbr", parent=base, fontName=BOLD, fontSize=8.5,
                                     leading=10, alignment=TA_CENTER, textColor=MUTED,
                                     spaceAfter=0),
    }
    for name, (background, border, text) in ALERT_COLOURS.items():
        s[name] = ParagraphStyle(name, parent=base, fontSize=10.5, leading=14,
                                 textColor=colors.HexColor(text),
                                 backColor=colors.HexColor(background),
                                 borderColor=colors.HexColor(border), borderWidth=1.2,
                                 borderPadding=(6, 9, 6, 9), spaceBefore=4, spaceAfter=12)
    return s


def _text(text: str) -> str:
    """Escape for reportlab's mini-markup and keep line breaks the writer typed; Arabic
    letters joined (``rtl.shape``: before the line breaking, which measures them)."""
    return escape(rtl.shape(text)).replace("\n", "<br/>")


_BOLDER = {REGULAR: BOLD, OBLIQUE: BOLD_OBLIQUE}
#: A tag (its name grouped) or a character reference, in reportlab's markup.
_TOKEN = re.compile(r"<\s*/?\s*(\w*)[^>]*>|&#?\w+;")


def _with_fallbacks(markup: str, face: str) -> str:
    """``markup`` with each run of characters its face lacks in a ``<font>`` of a face that
    has them (``fonts.runs``): Arabic in the slanted style set upright (DejaVu Sans Oblique
    has none; a quoted name was boxes), Thai in Waree (no DejaVu face has Thai).
    ``face`` is the paragraph's (its style's), or its bold inside ``<b>``. Markup whose
    characters its faces all have is returned unchanged (the same object)."""
    out: list[str] = []
    faces = [face]
    end = 0
    changed = False
    for m in [*_TOKEN.finditer(markup), None]:
        stop = m.start() if m is not None else len(markup)
        for piece, drawn_in in runs(markup[end:stop], faces[-1]):
            changed |= drawn_in != faces[-1]
            out.append(piece if drawn_in == faces[-1] else
                       f'<font name="{drawn_in}">{piece}</font>')
        if m is None:
            break
        tag = m.group()
        out.append(tag)
        end = m.end()
        if not tag.startswith("<") or tag.endswith("/>"):
            continue
        if re.match(r"<\s*/", tag):
            if len(faces) > 1:
                faces.pop()
        elif m.group(1).lower() in ("b", "strong"):
            faces.append(_BOLDER.get(faces[-1], faces[-1]))
        else:
            faces.append(faces[-1])
    return "".join(out) if changed else markup


def _same_look(frags: list[Any]) -> bool:
    """Whether a line's pieces are all drawn alike (so they can be one piece)."""
    keys = {repr((f.fontName, f.fontSize, f.textColor, f.rise, getattr(f, "backColor", None),
                  getattr(f, "link", None), getattr(f, "us_lines", None)))
            for f in frags}
    return len(keys) == 1 and not any(hasattr(f, "cbDefn") for f in frags)


def _visual_lines(para: Any) -> Any:
    """A copy of a broken paragraph (``blPara``) with each line in the order it is drawn.

    The words of a right-to-left run go right to left within their line, which only the
    broken lines can say (``rtl``). Each paragraph the writer typed (up to a line break)
    takes its own direction from its first strong letter, as in the app's notes.
    """
    out = para.clone()
    if para.kind == 0:
        base = rtl.base_direction(" ".join(w for _, words in para.lines for w in words))
        out.lines = [(extra, rtl.visual(" ".join(words), base).split(" ")) if
                     rtl.has_rtl(" ".join(words)) else (extra, words)
                     for extra, words in para.lines]
        return out
    lines, segment = [], []
    for line in [*para.lines, None]:
        if line is not None:
            segment.append(line)
            if not getattr(line, "lineBreak", False):
                continue
        base = rtl.base_direction("".join(f.text for ln in segment for f in ln.words
                                          if hasattr(f, "text")))
        for ln in segment:
            text = "".join(f.text for f in ln.words if hasattr(f, "text"))
            if not rtl.has_rtl(text):
                lines.append(ln)
                continue
            copy = ln.clone()
            if _same_look(ln.words):
                copy.words = [ln.words[0].clone(text=rtl.visual(text, base))]
            elif all(hasattr(f, "text") and not hasattr(f, "cbDefn") for f in ln.words):
                # Pieces of other faces or looks (an emoji, a bold word): the line's order
                # cuts and places them as it does the letters (``rtl.visual_pieces``).
                copy.words = [ln.words[i].clone(text=piece) for i, piece in
                              rtl.visual_pieces([f.text for f in ln.words], base)]
            else:  # pieces of another kind keep their place; each is put in order within
                copy.words = [f.clone(text=rtl.visual(f.text, base)) if hasattr(f, "text")
                              else f for f in ln.words]
            lines.append(copy)
        segment = []
    out.lines = lines
    return out


class RLParagraph(_ReportlabParagraph):
    """reportlab's paragraph, with right-to-left runs drawn right to left in each line, and
    characters its style's face lacks in a face that has them (``_with_fallbacks``); a
    slanted one with letters no slanted face has is upright (``fonts.needs_upright``).

    Only the drawing changes (``blPara`` is put back after it): measuring, breaking and
    splitting across pages work on the text in its stored order, and a paragraph with no
    right-to-left letter is drawn exactly as by reportlab.
    """

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(text, str) and style is not None:  # not a split part (frags)
            if needs_upright(text, style.fontName):
                # A quote with Thai or Arabic letters: upright as a whole (no slanted face
                # has them), not slanted words beside an upright name.
                style = ParagraphStyle(f"{style.name}-upright", parent=style,
                                       fontName=UPRIGHT[style.fontName])
            text = _with_fallbacks(text, style.fontName)
        super().__init__(text, style, *args, **kwargs)

    def drawPara(self, debug: int = 0) -> Any:  # reportlab override
        broken = getattr(self, "blPara", None)
        if broken is None or not rtl.has_rtl(self.getPlainText()):
            return super().drawPara(debug)
        self.blPara = _visual_lines(broken)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = broken


class _NumberedCanvas(Canvas):
    """Defers page output so every page can say "page X of Y" once Y is known."""

    has_cover = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:
        # The PDF document only counts a page once it is written, at save: bound now, every
        # bookmark (TOC link, outline entry) would point at the first page. Bind it to the
        # page being drawn, the one it will be when the held pages are written.
        doc = self._doc
        written = doc.pageCounter
        doc.pageCounter = written + len(self._pages)
        try:
            return super().bookmarkPage(key, *args, **kwargs)
        finally:
            doc.pageCounter = written

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1 or not self.has_cover:
                self._draw_number(total)
            super().showPage()
        super().save()

    def _draw_number(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        label = tr("Report", "page {page} of {total}").format(page=self._pageNumber, total=total)
        self.drawRightString(width - MARGIN, 11 * mm, label)


class _Template(BaseDocTemplate):
    def __init__(self, target: Any, doc: d.Document, progress: ProgressFn | None,
                 total_blocks: int, has_cover: bool) -> None:
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=24 * mm,
            bottomMargin=20 * mm, title=doc.title, author="KastDesk", subject=doc.title,
            creator="KastDesk", producer="KastDesk", keywords="", invariant=int(doc.undated),
        )
        self.model = doc
        self.progress = progress
        self.total_blocks = max(total_blocks, 1)
        self._heading_seq = 0
        pw, ph = A4
        body = Frame(MARGIN, 20 * mm, pw - 2 * MARGIN, BODY_HEIGHT, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN, 20 * mm, pw - 2 * MARGIN, ph - 40 * mm, id="cover",
                      leftPadding=0, rightPadding=0)
        lw, lh = landscape(A4)
        wide = Frame(_WIDE_LEFT, 18 * mm, lw - 2 * _WIDE_LEFT, lh - 40 * mm, id="wide",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate("cover", [cover], onPage=self._on_cover, pagesize=A4),
            PageTemplate("body", [body], onPage=self._on_page, pagesize=A4),
            PageTemplate("wide", [wide], onPage=self._on_page, pagesize=landscape(A4)),
        ]
        if not has_cover:  # the first template is the first page's
            templates = templates[1:] + templates[:1]
        self.addPageTemplates(templates)

    @property
    def wide_frame_size(self) -> tuple[float, float]:
        lw, lh = landscape(A4)
        return lw - 2 * _WIDE_LEFT, lh - 40 * mm

    def _on_cover(self, canvas: Canvas, doc: Any) -> None:
        pw, ph = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, ph - 14 * mm, pw, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN, ph - 9 * mm, "KastDesk")
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(pw - MARGIN, ph - 9 * mm, tr("Report", "Confidential"))
        canvas.restoreState()

    def _on_page(self, canvas: Canvas, doc: Any) -> None:
        pw, ph = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, ph - 15 * mm, pw - MARGIN, ph - 15 * mm)
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        draw_string(canvas, MARGIN, ph - 13 * mm, self.model.header, BOLD, 8)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(pw - MARGIN, ph - 13 * mm, tr("Report", "Confidential"))
        canvas.line(MARGIN, 14 * mm, pw - MARGIN, 14 * mm)
        if self.model.footer:
            draw_string(canvas, MARGIN, 11 * mm, self.model.footer, REGULAR, 7.5)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "_toc_level", None)
        if level is not None:
            key = flowable._toc_key
            self.canv.bookmarkPage(key)
            # The outline is shown by the reader, which orders and joins letters itself;
            # the contents are drawn here, in one line each.
            text = flowable.getPlainText()
            self.canv.addOutlineEntry(getattr(flowable, "_toc_text", text), key,
                                      level=level - 1, closed=level > 1)
            entry = rtl.visual(text)
            # The contents' lines are reportlab's own paragraphs: a Thai name in a heading
            # is put in its face here (``_with_fallbacks``), as in the heading itself.
            marked = _with_fallbacks(escape(entry), flowable._toc_face)
            if marked != escape(entry):
                entry = marked
            self.notify("TOCEntry", (level - 1, entry, self.page, key))
        done = getattr(flowable, "_block_index", None)
        if done is not None and self.progress is not None:
            self.progress(tr("Report", "Laying out pages"), min(1.0, done / self.total_blocks))


def header_fit(widths: list[float], header: tuple[str, ...] | list[str]
               ) -> tuple[list[float], list[float]]:
    """Column widths and header font sizes at which no header word is split.

    reportlab breaks a word too long for its cell mid-word ("Allvarlighetsg / rad" in a
    Swedish table). A column narrower than its longest header word takes room from columns
    with room to spare (never below their own longest word); where that is not enough, its
    header is set smaller, down to a size that still reads, so headers wrap only at spaces.
    """
    widths = list(widths)

    def need(text: str, size: float = HEAD_FONT_SIZE) -> float:
        words = text.split()
        return max((stringWidth(w, BOLD, size) for w in words), default=0.0) + 2 * CELL_PADDING

    needs = [need(h) for h in header]
    for i, wanted in enumerate(needs):
        short = wanted - widths[i]
        if short <= 0:
            continue
        spare = [(j, widths[j] - max(needs[j], 36.0)) for j in range(len(widths)) if j != i]
        spare = [(j, room) for j, room in spare if room > 0]
        total = sum(room for _, room in spare)
        take = min(short, total)
        for j, room in spare:
            widths[j] -= take * room / total
        widths[i] += take
    sizes = []
    for text, width in zip(header, widths, strict=True):
        size = HEAD_FONT_SIZE
        while size > MIN_HEAD_FONT_SIZE and need(text, size) > width + 0.01:
            size = round(size - 0.2, 1)
        sizes.append(size)
    return widths, sizes


def spread_offsets(series: list[tuple[float | None, ...]] | list[Any], count: int,
                   gap: float = 3.4) -> list[list[float]]:
    """Vertical offsets (points) that keep equal values of several series apart.

    Where series meet at one value at one measurement point, they are fanned out ``gap``
    apart around it, in series order, so each line and marker stays visible; a value no
    other series shares keeps its place.
    """
    offsets = [[0.0] * count for _ in series]
    for column in range(count):
        groups: dict[float, list[int]] = {}
        for i, vals in enumerate(series):
            value = vals[column] if column < len(vals) else None
            if value is not None:
                groups.setdefault(round(float(value), 1), []).append(i)
        for members in groups.values():
            for j, i in enumerate(members):
                offsets[i][column] = (j - (len(members) - 1) / 2) * gap
    return offsets


def _marker(kind: str, x: float, y: float, colour: Any) -> Any:
    marker = makeMarker(kind, size=4.6, fillColor=colour, strokeColor=colour,
                        strokeWidth=0.9)
    marker.x, marker.y = x, y
    if not kind.startswith("Filled"):
        marker.fillColor = colors.white
    return marker


def _merged(extents: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``extents`` joined where they overlap, in order."""
    out: list[list[float]] = []
    for lo, hi in sorted(extents):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def map_parts(
    boxes: list[Rect], full: tuple[float, float],
    page: tuple[float, float], columns_first: bool = False,
    keep: list[Rect] | None = None,
) -> list[Rect]:
    """The parts a map too big for one page is printed in: (left, top, width, height) of
    the whole map ``full`` (width, height) in points, each at most ``page`` large, in
    reading order (row by row from the top left, or column by column, ``columns_first``).

    ``boxes`` are the persons with their names (``GenogramFlowable.person_boxes``),
    ``keep`` what must not be cut either (``GenogramFlowable.couple_boxes``: a couple's
    years, and its line where the children's line leaves it). See ``_parts``."""
    return _parts(boxes, full, page, columns_first, keep or [])[0]


def _parts(
    boxes: list[Rect], full: tuple[float, float], page: tuple[float, float],
    columns_first: bool, keep: list[Rect],
) -> tuple[list[Rect], bool]:
    """``map_parts``, and whether every edge falls between persons.

    A part's top and bottom edges fall between generations, its left and right edges
    between the persons of the generations it holds: no edge passes through a symbol, its
    name or a couple's years, and a part is only as large as what it holds (and a little
    round it), so a line that leaves it is cut at its edge close to the persons it leaves.
    The generations go in rows of parts, as many to a row as take the fewest pages, and a
    row's persons in parts of about one width (cut as full as each page went, the last part
    of a row showed a sliver of the map on a whole page); then two parts that one part
    can hold become that one (a lone relative far out on a row of their own, with the
    persons below them), and a part that holds nobody who is not on another one is left
    out. Only a stretch of persons too dense for any cut (overlapping across a whole page)
    is cut through, and a person cut there is whole on another part."""
    if columns_first:
        turned, clean = _parts([(y, x, h, w) for x, y, w, h in boxes], (full[1], full[0]),
                               (page[1], page[0]), False,
                               [(y, x, h, w) for x, y, w, h in keep])
        ordered = sorted(((x, y, w, h) for y, x, h, w in turned), key=lambda r: (r[0], r[1]))
        return ordered, clean
    if not boxes:
        return [(0.0, 0.0, min(full[0], page[0]), min(full[1], page[1]))], True
    pad = 4.0
    room = (page[0] - 2 * pad, page[1] - 2 * pad)
    # The generations: rows of persons (with their couples' lines and years) apart.
    rows = _merged([(y, y + h) for _x, y, _w, h in [*boxes, *keep]])
    runs: dict[tuple[int, int], _Run] = {}
    for first in range(len(rows)):
        for last in range(first, len(rows)):
            if last > first and rows[last][1] - rows[first][0] > room[1]:
                break
            runs[first, last] = _Run(boxes, keep, rows, first, last, room, pad, full)
    # The fewest parts over all ways to put the generations in rows of parts; of equals,
    # the one whose highest row of parts is lowest (five generations in rows of three and
    # two, not four and a sliver of one).
    best: list[tuple[int, float, list[tuple[int, int]]]] = [(0, 0.0, [])]
    for last in range(len(rows)):
        best.append(min((best[first][0] + len(runs[first, last].groups()),
                         max(best[first][1], runs[first, last].tall),
                         [*best[first][2], (first, last)])
                        for first in range(last + 1) if (first, last) in runs))
    chosen = [run.window(at, end) for key in best[-1][2] for run in [runs[key]]
              for at, end in run.groups()]
    tidy = [window for run in runs.values() for window in run.windows() if window[1]]
    chosen = _fewer(chosen, tidy, boxes)
    chosen += _leftover(boxes, chosen, full, page, pad)
    kept = _needed([c[3] for c in chosen], boxes)
    # In reading order: by the generation each part starts at, then from the left.
    tops = [lo for lo, _hi in rows]
    kept.sort(key=lambda r: (bisect.bisect_right(tops, r[1] + pad + 0.5), r[0]))
    return kept, all(c[1] for c in chosen)


#: A part as ``_Run`` makes it: the persons it holds whole (a bit each, by their index in
#: the boxes), whether its edges all fall between persons, the height of its generations,
#: and its rectangle.
_Window = tuple[int, bool, float, Rect]


class _Run:
    """Generations ``first`` to ``last`` of a map (``rows``), their persons and couples'
    years in blocks that no edge may cut, and the parts they may be printed in, ``room``
    (width, height) large at most and ``pad`` round what they hold."""

    def __init__(
        self, boxes: list[Rect], keep: list[Rect], rows: list[tuple[float, float]],
        first: int, last: int, room: tuple[float, float], pad: float,
        full: tuple[float, float],
    ) -> None:
        self.boxes, self.room, self.pad, self.full = boxes, room, pad, full
        top, bottom = rows[first][0], rows[last][1]
        self.tall = bottom - top
        self.inside = sorted((i for i, (_x, y, _w, h) in enumerate(boxes)
                              if top <= y and y + h <= bottom), key=lambda i: boxes[i][0])
        self.lefts = [boxes[i][0] for i in self.inside]
        self.masks = [0]
        for i in self.inside:
            self.masks.append(self.masks[-1] | 1 << i)
        self.blocks = _merged([(boxes[i][0], boxes[i][0] + boxes[i][2]) for i in self.inside]
                              + [(x, x + w) for x, y, w, h in keep
                                 if top <= y and y + h <= bottom])
        self.rows, self.first, self.last = rows, first, last
        tops = [lo for lo, _hi in rows]
        self.row_of = {i: bisect.bisect_right(tops, boxes[i][1]) - 1 for i in self.inside}
        self._groups: list[tuple[int, int]] | None = None

    def _height(self, first: int, last: int) -> tuple[float, float]:
        """Top and bottom of a part holding generations ``first`` to ``last``: ``pad``
        round them, and no nearer to the next generation than half the gap."""
        rows, pad = self.rows, self.pad
        above = rows[first - 1][1] if first else -math.inf
        below = rows[last + 1][0] if last + 1 < len(rows) else math.inf
        y0 = max(0.0, rows[first][0] - pad, (above + rows[first][0]) / 2)
        y1 = min(self.full[1], rows[last][1] + pad, (rows[last][1] + below) / 2,
                 y0 + self.room[1] + 2 * pad)
        return y0, y1

    def groups(self) -> list[tuple[int, int]]:
        """The blocks in runs (first and last block) of one part each: the fewest that can
        be, and of those ways the one whose widest part is narrowest, so the parts of a row
        are of about one width. A block wider than a part is a run of its own."""
        if self._groups is not None:
            return self._groups
        blocks, width = self.blocks, self.room[0]

        def greedy(limit: float) -> list[tuple[int, int]]:
            out: list[tuple[int, int]] = []
            for i, (_lo, hi) in enumerate(blocks):
                if out and hi - blocks[out[-1][0]][0] <= limit:
                    out[-1] = (out[-1][0], i)
                else:
                    out.append((i, i))
            return out

        fewest = len(greedy(width))
        spans = sorted({hi - blocks[i][0] for i in range(len(blocks))
                        for _lo, hi in blocks[i:] if hi - blocks[i][0] <= width})
        lo, hi = 0, len(spans) - 1
        while lo < hi:  # the narrowest widest part that needs no more parts than the fewest
            mid = (lo + hi) // 2
            if len(greedy(spans[mid])) <= fewest:
                hi = mid
            else:
                lo = mid + 1
        self._groups = greedy(spans[lo] if spans else width)
        return self._groups

    def windows(self) -> list[_Window]:
        """A part starting at each block, as wide as a part may be, and one ending at each."""
        starts = [lo for lo, _hi in self.blocks]
        ends = [hi for _lo, hi in self.blocks]
        spans = set()
        for at, (lo, hi) in enumerate(self.blocks):
            spans.add((at, max(at, bisect.bisect_right(ends, lo + self.room[0]) - 1)))
            spans.add((min(at, bisect.bisect_left(starts, hi - self.room[0])), at))
        return [self.window(at, end) for at, end in sorted(spans)]

    def window(self, at: int, end: int) -> _Window:
        """The part holding blocks ``at`` to ``end``: cut through the last where they are
        wider than a part (and holding whole only those it does)."""
        boxes, blocks, pad, width = self.boxes, self.blocks, self.pad, self.room[0]
        left, right = blocks[at][0], blocks[end][1]
        tidy = right - left <= width and self.tall <= self.room[1]
        before = blocks[at - 1][1] if at else -math.inf
        after = blocks[end + 1][0] if end + 1 < len(blocks) else math.inf
        x0 = max(0.0, left - pad, (before + left) / 2)
        x1 = min(self.full[0], right + pad, (right + after) / 2, x0 + width + 2 * pad)
        if tidy:  # every edge between blocks: whoever starts inside ends inside
            i0 = bisect.bisect_left(self.lefts, left)
            i1 = bisect.bisect_right(self.lefts, right)
            held = self.masks[i1] ^ self.masks[i0]
            # Only as high as the generations of those it holds (the top one may have
            # nobody this far along).
            rows = [self.row_of[i] for i in self.inside[i0:i1]]
            y0, y1 = self._height(min(rows, default=self.first), max(rows, default=self.last))
        else:
            y0, y1 = self._height(self.first, self.last)
            held = sum(1 << i for i in self.inside
                       if x0 <= boxes[i][0] and boxes[i][0] + boxes[i][2] <= x1
                       and y0 <= boxes[i][1] and boxes[i][1] + boxes[i][3] <= y1)
        return held, tidy, self.tall, (x0, y0, x1 - x0, y1 - y0)


def _fewer(chosen: list[_Window], candidates: list[_Window], boxes: list[Rect]) -> list[_Window]:
    """``chosen`` with two parts replaced by one of ``candidates`` wherever one holds
    everyone the two hold whom no other part does (``boxes``: the persons), until none
    does."""
    by_left = sorted(candidates, key=lambda c: c[3][0])
    lefts = [c[3][0] for c in by_left]
    widest = max((c[3][2] for c in candidates), default=0.0)
    highest = max((c[3][3] for c in candidates), default=0.0)
    changed = True
    while changed and len(chosen) > 1:
        changed = False
        # Who is on exactly one part, and who on exactly two.
        once = twice = thrice = 0
        for c in chosen:
            thrice |= twice & c[0]
            twice |= once & c[0]
            once |= c[0]
        one, two = once & ~twice, twice & ~thrice
        for a, b in itertools.combinations(range(len(chosen)), 2):
            (ax, ay, aw, ah), (bx, by, bw, bh) = chosen[a][3], chosen[b][3]
            if max(ax, bx) - min(ax + aw, bx + bw) > widest or max(ay, by) - min(
                    ay + ah, by + bh) > highest:
                continue  # too far apart (a part on its own that others hold is left
                # out by ``_needed``)
            need = ((chosen[a][0] | chosen[b][0]) & one) | (chosen[a][0] & chosen[b][0] & two)
            held = []
            rest = need
            while rest:
                bit = rest & -rest
                held.append(boxes[bit.bit_length() - 1])
                rest ^= bit
            if held:
                left = min(x for x, _y, _w, _h in held)
                right = max(x + w for x, _y, w, _h in held)
                top = min(y for _x, y, _w, _h in held)
                bottom = max(y + h for _x, y, _w, h in held)
                if right - left > widest or bottom - top > highest:
                    continue  # too far apart for one part to hold both
                found = next((c for c in by_left[bisect.bisect_left(lefts, right - widest):
                                                 bisect.bisect_right(lefts, left)]
                              if need & ~c[0] == 0), None)
                if found is None:
                    continue
                chosen = [c for k, c in enumerate(chosen) if k not in (a, b)] + [found]
            else:  # everyone on both is on other parts too
                chosen = [c for k, c in enumerate(chosen) if k not in (a, b)]
            changed = True
            break
    return chosen


def _leftover(
    boxes: list[Rect], chosen: list[_Window], full: tuple[float, float],
    page: tuple[float, float], pad: float,
) -> list[_Window]:
    """Parts for whoever no part in ``chosen`` holds whole: a page from each such person's
    top left on. Only where persons stand too close for any edge between them (a stretch
    of overlapping names a page wide, a generation taller than a page); an edge of such a
    part may pass through a person, who is whole on the next one."""
    covered = 0
    for held, *_rest in chosen:
        covered |= held
    out: list[_Window] = []
    for i in sorted(range(len(boxes)), key=lambda i: (boxes[i][1], boxes[i][0])):
        if covered >> i & 1:
            continue
        x, y = max(0.0, boxes[i][0] - pad), max(0.0, boxes[i][1] - pad)
        w, h = min(page[0], full[0] - x), min(page[1], full[1] - y)
        held = sum(1 << k for k, (bx, by, bw, bh) in enumerate(boxes)
                   if x <= bx and bx + bw <= x + w and y <= by and by + bh <= y + h) | 1 << i
        covered |= held
        out.append((held, False, h, (x, y, w, h)))
    return out


def _needed(parts: list[Rect], boxes: list[Rect]) -> list[Rect]:
    """``parts`` less those on which nobody is whole who is not whole on another one too (a
    lone relative in a corner that a neighbouring part shows as well), in their order."""
    whole = [
        {i for i, (x, y, w, h) in enumerate(boxes)
         if px <= x and x + w <= px + pw and py <= y and y + h <= py + ph}
        for px, py, pw, ph in parts
    ]
    kept = set(range(len(parts)))
    for j in sorted(kept, key=lambda j: len(whole[j])):
        others = set().union(*(whole[k] for k in kept if k != j))
        if whole[j] <= others:
            kept.discard(j)
    return [part for j, part in enumerate(parts) if j in kept]


def filled_part(
    whole: GenogramFlowable, part: Rect, room: tuple[float, float]
) -> GenogramFlowable:
    """The part ``part`` of the map ``whole`` (a rectangle at ``whole``'s scale, the one
    the parts were cut at) drawn as large as ``room`` (width, height) allows, up to
    MAX_PART_SCALE, and never smaller than it was cut.

    The parts are cut at the scale where the smallest name is MIN_NAME_SIZE; a wide
    generation fills its page at that scale, but a part of one branch, or of the last
    generations of a row, filled half a page or less with names at 6 pt. Enlarged as a
    whole (its rectangle with it) it holds the same persons and cuts the same lines at
    its edges, so the overview's and the locators' outlines still show where it lies."""
    x, y, w, h = part
    k = min(room[0] / w if w > 0 else 1.0, room[1] / h if h > 0 else 1.0,
            MAX_PART_SCALE / whole.scale)
    # A hair under the room: rounded up, a part a hair too tall for its frame would be
    # moved to a page of its own.
    k = max(1.0, k * (1 - 1e-9))
    return whole.view(scale=whole.scale * k, tile=(x * k, y * k, w * k, h * k))


class _Table(RLTable):
    """A table that never fails the export. Rows kept together (``NOSPLIT``) move to the
    next page as a group, unless even a whole page cannot hold them (a long answer among
    them): then it breaks where it must, as any table does. A single row taller than a whole
    page (a client who wrote a page about why they came, beside four narrow columns) is
    split inside itself; reportlab otherwise gives up on the whole document. Rows that fit
    on a page are never split inside."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if parts or availHeight < BODY_HEIGHT - 1:
            return parts
        if self._nosplitCmds:
            self._nosplitCmds = []  # the pieces made from here on keep nothing together
            parts = super().split(availWidth, availHeight)
        if not parts and not self.splitInRow:
            self.splitInRow = _ROW_PIECE  # and the pieces made from here on split rows too
            parts = super().split(availWidth, availHeight)
        return parts


#: The least height of a row's piece where a row taller than a page is split (points).
_ROW_PIECE = 24


class _Renderer:
    """Turns blocks into flowables."""

    def __init__(self, doc: d.Document, template: _Template) -> None:
        self.doc = doc
        self.template = template
        self.st = _styles()
        self.width = A4[0] - 2 * MARGIN
        self._keys = 0
        self._maps = 0  # family maps printed in parts, each with its own locator drawing

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        blocks = self.doc.blocks
        started = False
        on_cover: set[int] = set()
        for index, block in enumerate(blocks):
            if index in on_cover:
                continue
            if isinstance(block, d.Cover):
                # Alerts written right after the cover (active risk flags) go on it, above
                # the facts, as the app's banner stands above the case.
                alerts = []
                for later in range(index + 1, len(blocks)):
                    after = blocks[later]
                    if not (isinstance(after, d.Paragraph) and after.style in ALERT_COLOURS):
                        break
                    alerts.append(after)
                    on_cover.add(later)
                out.extend(self.cover(block, alerts))
                continue
            made = self.block(block)
            if not started:
                started = True
                # After the cover and after the contents a new page, unless the first block
                # starts one of its own (a section on a new page, the genogram's landscape
                # page): two breaks left an empty page between them.
                own_page = self._starts_page(made)
                if out:  # after the cover
                    out.append(NextPageTemplate("body"))
                    if self.doc.contents or not own_page:
                        out.append(RLPageBreak())
                if self.doc.contents:
                    out.extend(self.contents())
                    if not own_page:
                        out.append(RLPageBreak())
            if made:
                made[-1]._block_index = index + 1
            out.extend(made)
        return out

    @staticmethod
    def _starts_page(made: list[Flowable]) -> bool:
        """Whether a block's flowables begin with a page break (after a template switch)."""
        rest = made[1:] if made and isinstance(made[0], NextPageTemplate) else made
        return bool(rest) and isinstance(rest[0], RLPageBreak)

    def contents(self) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.st["toc1"], self.st["toc2"]]
        return [RLParagraph(_text(tr("Report", "Contents")), self.st["h1"]), toc]

    def alert(self, p: d.Paragraph) -> Flowable:
        """An alert box: its first line (the risk) bold, what was said beneath it."""
        first, _, rest = p.text.partition("\n")
        text = f"<b>{_text(first)}</b>" + (f"<br/>{_text(rest)}" if rest else "")
        return RLParagraph(text, self.st[p.style])

    def cover(self, c: d.Cover, alerts: list[d.Paragraph] | None = None) -> list[Flowable]:
        rows = [
            [RLParagraph(_text(k), self.st["muted"]), RLParagraph(_text(v), self.st["body"])]
            for k, v in c.facts
        ]
        table = _Table(rows, colWidths=[45 * mm, self.width - 45 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [
            NextPageTemplate("cover"),
            RLSpacer(1, 45 * mm),
            RLParagraph(_text(c.title), self.st["title"]),
            RLParagraph(_text(c.subtitle), self.st["subtitle"]),
            *(self.alert(a) for a in alerts or ()),
            table,
            RLSpacer(1, 14 * mm),
            RLParagraph(_text(c.notice), self.st["notice"]),
        ]

    def block(self, b: d.Block) -> list[Flowable]:
        if isinstance(b, d.Heading):
            return self.heading(b)
        if isinstance(b, d.Paragraph):
            if b.style in ALERT_COLOURS:
                return [self.alert(b)]
            style = self.st.get(b.style, self.st["body"])
            if b.keep_with_next:
                style = ParagraphStyle(f"{style.name}-kept", parent=style, keepWithNext=1)
            return [RLParagraph(_text(b.text), style)]
        if isinstance(b, d.KeyValues):
            return [self.key_values(b)]
        if isinstance(b, d.Table):
            return [self.table(b)]
        if isinstance(b, d.BarChart):
            return [self.bar_chart(b)]
        if isinstance(b, d.LineChart):
            return [self.line_chart(b)]
        if isinstance(b, d.GenogramFigure):
            return self.genogram(b)
        if isinstance(b, d.Legend):
            return [self.legend(b)]
        if isinstance(b, d.Spacer):
            return [RLSpacer(1, b.height)]
        if isinstance(b, d.PageBreak):
            return [RLPageBreak()]
        return []

    def heading(self, h: d.Heading) -> list[Flowable]:
        style = self.st[f"h{min(max(h.level, 1), 3)}"]
        p = RLParagraph(_text(h.text), style)
        if h.level <= 2:
            self._keys += 1
            p._toc_level = h.level
            p._toc_key = f"h{self._keys}"
            p._toc_face = self.st[f"toc{h.level}"].fontName
            if rtl.has_rtl(h.text):
                p._toc_text = h.text
        return [RLPageBreak(), p] if h.new_page else [p]

    def key_values(self, kv: d.KeyValues) -> Flowable:
        rows = [
            [RLParagraph(_text(k), self.st["muted"]), RLParagraph(_text(v), self.st["cell"])]
            for k, v in kv.rows
        ]
        t = _Table(rows, colWidths=[50 * mm, self.width - 50 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        ]))
        return t

    def table(self, t: d.Table) -> Flowable:
        ncol = len(t.header)
        weights = t.widths or tuple(1.0 for _ in range(ncol))
        total = sum(weights)
        widths, sizes = header_fit([self.width * w / total for w in weights], t.header)
        head = [RLParagraph(_text(h), self._head_style(size)) for h, size in zip(t.header, sizes,
                                                                                 strict=True)]
        body = []
        colour_for = {"better": BETTER, "worse": WORSE, "muted": MUTED}
        for r, row in enumerate(t.rows):
            cells = []
            for c, value in enumerate(row):
                mark = t.marks.get((r, c))
                text = _text(value)
                if mark == "strong":
                    text = f"<b>{text}</b>"
                elif mark in colour_for:
                    text = f'<font color="{colour_for[mark].hexval()}">{text}</font>'
                cells.append(RLParagraph(text, self.st["cell"]))
            body.append(cells)
        table = _Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f9fa"))
                  for i in range(2, len(body) + 1, 2)]
        if t.keep_rows > 0 and body:
            # No break between the header and its first rows, nor among the last rows: a
            # header alone at a page's foot, or a row or two alone on a page of their own,
            # reads as a table that ended (row 0 is the header; a short table stays whole).
            keep = t.keep_rows
            style.append(("NOSPLIT", (0, 0), (-1, min(keep, len(body)))))
            style.append(("NOSPLIT", (0, max(1, len(body) - keep + 1)), (-1, len(body))))
        table.setStyle(TableStyle(style))
        return table

    def _head_style(self, size: float) -> ParagraphStyle:
        if size >= HEAD_FONT_SIZE:
            return self.st["cellhead"]
        return ParagraphStyle(f"cellhead{size:.1f}", parent=self.st["cellhead"], fontSize=size,
                              leading=size * 1.28)

    def _chart_frame(self, title: str, height: float) -> Drawing:
        drawing = Drawing(self.width, height)
        drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=9, fillColor=INK))
        return drawing

    def _legend(self, drawing: Drawing, names: list[str], y: float) -> None:
        legend = ChartLegend()
        legend.x, legend.y = 40, y
        legend.fontName, legend.fontSize = REGULAR, 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 95
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [(SERIES[i % len(SERIES)], n) for i, n in enumerate(names)]
        drawing.add(legend)

    def bar_chart(self, b: d.BarChart) -> Flowable:
        height = 62 * mm
        drawing = self._chart_frame(b.title, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 34, 40
        chart.width, chart.height = self.width - 44, height - 70
        chart.data = [list(v) for _, v in b.series] or [[0]]
        chart.categoryAxis.categoryNames = list(b.categories)
        step = max(1, len(b.categories) // 12)
        chart.categoryAxis.categoryNames = [
            c if i % step == 0 else "" for i, c in enumerate(b.categories)
        ]
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 6.5
        chart.categoryAxis.labels.angle = 0
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        peak = max((max(v) if v else 0 for _, v in b.series), default=0)
        chart.valueAxis.valueMax = b.y_max or max(2, peak + 1)
        chart.valueAxis.valueStep = max(1, round((chart.valueAxis.valueMax or 2) / 5))
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.gridStrokeColor = colors.HexColor("#eef2f3")
        chart.valueAxis.visibleGrid = 1
        chart.barSpacing = 0.5
        chart.groupSpacing = 2
        for i in range(len(chart.data)):
            chart.bars[i].fillColor = SERIES[i % len(SERIES)]
            chart.bars[i].strokeColor = None
        drawing.add(chart)
        self._legend(drawing, [n for n, _ in b.series], 14)
        if b.y_label:
            drawing.add(String(0, height - 22, b.y_label, fontName=REGULAR, fontSize=7,
                               fillColor=MUTED))
        return drawing

    def line_chart(self, b: d.LineChart) -> Flowable:
        """Lines over measurement points, each series in its own colour, dash and marker.

        Drawn by hand rather than with reportlab's line chart: series with equal values
        (six items all at 0) hid each other, so lines meeting at a point are spread a few
        points apart there, and the key is a table beneath whose item texts wrap whole (the
        chart's own legend cut them off: "how often did you pay…").
        """
        height = 58 * mm
        lines = 1 + max((c.count("\n") for c in b.categories), default=0)
        drawing = self._chart_frame(b.title, height)
        x0, x1 = 34.0, self.width - 8
        y0, y1 = 8.0 + 9 * lines, height - 22
        pad = 9.0  # room for spread lines above 100 and below 0
        span = (b.y_max - b.y_min) or 1.0

        def y_of(value: float) -> float:
            return y0 + pad + (value - b.y_min) / span * (y1 - y0 - 2 * pad)

        for step in range(5):
            value = b.y_min + span * step / 4
            y = y_of(value)
            drawing.add(Line(x0, y, x1, y, strokeColor=colors.HexColor("#eef2f3"),
                             strokeWidth=0.6))
            drawing.add(String(x0 - 5, y - 2.5, f"{value:g}", fontName=REGULAR, fontSize=7,
                               fillColor=INK, textAnchor="end"))
        drawing.add(Line(x0, y0, x1, y0, strokeColor=RULE, strokeWidth=0.8))
        drawing.add(Line(x0, y0, x0, y1, strokeColor=RULE, strokeWidth=0.8))
        count = max(1, len(b.categories))
        step_x = (x1 - x0) / count
        xs = [x0 + (i + 0.5) * step_x for i in range(count)]
        for x, name in zip(xs, b.categories, strict=False):
            for n, part in enumerate(name.split("\n")):
                drawing.add(String(x, y0 - 9 - 9 * n, part, fontName=REGULAR, fontSize=7.5,
                                   fillColor=INK, textAnchor="middle"))
        offsets = spread_offsets([vals for _, vals in b.series], len(b.categories))
        for i, (_, vals) in enumerate(b.series):
            colour, dash, marker = SERIES[i % len(SERIES)], DASHES[i % len(DASHES)], \
                MARKERS[i % len(MARKERS)]
            points = [(xs[c], y_of(v) + offsets[i][c]) for c, v in enumerate(vals[:count])
                      if v is not None]
            if len(points) > 1:
                drawing.add(PolyLine([p for xy in points for p in xy], strokeColor=colour,
                                     strokeWidth=1.5, strokeDashArray=dash))
            for x, y in points:
                drawing.add(_marker(marker, x, y, colour))
            # The point's other forms: the series' marker hollow, no line to it.
            dots = b.dots[i] if i < len(b.dots) else ()
            for c, v in enumerate(dots[:count]):
                if v is not None:
                    dot = _marker(marker.replace("Filled", ""), xs[c], y_of(v) + offsets[i][c],
                                  colour)
                    dot.fillColor = colors.white
                    drawing.add(dot)
        return KeepTogether([drawing, self._line_key(b)])

    def _line_key(self, b: d.LineChart) -> Flowable:
        """The chart's key: each series' line and marker beside its whole label, numbered,
        two to a row, labels wrapping."""
        cells: list[list[Flowable]] = []
        row: list[Flowable] = []
        per_row = 2
        sample_w = 34.0
        for i, (name, _) in enumerate(b.series):
            sample = Drawing(sample_w, 10)
            colour = SERIES[i % len(SERIES)]
            sample.add(Line(2, 5, sample_w - 2, 5, strokeColor=colour, strokeWidth=1.5,
                            strokeDashArray=DASHES[i % len(DASHES)]))
            sample.add(_marker(MARKERS[i % len(MARKERS)], sample_w / 2, 5, colour))
            row += [sample, RLParagraph(_text(f"{i + 1}. {name}"), self.st["legend"])]
            if len(row) == 2 * per_row:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [RLSpacer(1, 1)] * (2 * per_row - len(row)))
        if not cells:
            return RLSpacer(1, 1)
        column = self.width / per_row
        t = RLTable(cells, colWidths=[sample_w + 4, column - sample_w - 4] * per_row,
                    hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return t

    def genogram(self, g: d.GenogramFigure) -> list[Flowable]:
        model = Genogram.from_dict(g.genogram)
        layout = pdf_layout(model, g.reference_year)
        w, h = self.template.wide_frame_size
        h -= 48  # heading and caption
        fit = GenogramFlowable(model, w, h, g.reference_year, layout=layout)
        out: list[Flowable] = [NextPageTemplate("wide"), RLPageBreak()]
        top: list[Flowable] = []
        if g.title:
            top += self.heading(d.Heading(g.title))
        if g.caption:
            top.append(RLParagraph(_text(g.caption), self.st["muted"]))
        if fit.scale >= MIN_GENOGRAM_SCALE:
            out += self._top_on("wide", top)
            fit.hAlign = "CENTER"
            out.append(fit)
        else:
            out = self._map_in_parts(fit, top)
        out += [NextPageTemplate("body"), RLPageBreak()]
        return out

    def _map_in_parts(self, fit: GenogramFlowable, top: list[Flowable]) -> list[Flowable]:
        """A map too big to read on one page: the whole of it on one page without names, then
        in parts at a scale where no name is below MIN_NAME_SIZE, each part's page naming
        it and showing where it lies. Parts go on landscape or portrait pages, cut in rows
        or in columns first, whichever takes fewest pages."""
        smallest = fit.smallest_name() or 10.5
        # A hair over the floor: the size times the scale must not round to below it.
        whole = fit.view(scale=min(1.0, max(MIN_GENOGRAM_SCALE,
                                            MIN_NAME_SIZE / smallest * (1 + 1e-6))))
        wide = self.template.wide_frame_size
        # A part keeps within the page's margins, the header's and footer's rules (the
        # landscape frame is a little wider than they are, for a map on one page).
        frames = {"wide": (wide[0] - 0.5 * MARGIN, wide[1]), "body": (self.width, BODY_HEIGHT)}
        boxes = whole.person_boxes()
        keep = whole.couple_boxes()
        size = (whole.full_width, whole.full_height)

        def fewest(above: list[Flowable] | None) -> tuple[str, list[Rect]]:
            """The page shape and the parts, of the four ways to cut the map (landscape or
            portrait, rows or columns first): of those whose edges all fall between
            persons, the one with the fewest pages; ``above`` the map on each page, or the
            line that names the part (None)."""
            options = []
            for name, (fw, fh) in frames.items():
                room = _PART_BAND if above is None else self._height_of(
                    self._top_on(name, above), fw)
                for columns in (False, True):
                    parts, clean = _parts(boxes, size, (fw, fh - room - 2), columns, keep)
                    options.append((not clean, len(parts), name, parts))
            best = min(options, key=lambda option: option[:2])  # the first of equals
            return best[2], best[3]

        page, parts = fewest(top)
        if len(parts) == 1:
            # Readable and whole on one page after all (a portrait one, for a family of many
            # generations and few persons in each): no overview needed.
            fw, fh = frames[page]
            top = self._top_on(page, top)
            room = (fw, fh - self._height_of(top, fw) - 2)
            single = filled_part(whole, whole.with_own_lines(parts[0], room), room)
            single.hAlign = "CENTER"
            return [NextPageTemplate(page), RLPageBreak(), *top, single]
        page, parts = fewest(None)
        most = (frames[page][0], frames[page][1] - _PART_BAND - 2)
        parts = [whole.with_own_lines(part, most) for part in parts]
        return self._parts_pages(whole, top, page, parts, most)

    def _parts_pages(self, whole: GenogramFlowable, top: list[Flowable], page: str,
                     parts: list[Rect], most: tuple[float, float]) -> list[Flowable]:
        """The overview page, then a page for each part of ``parts`` (rectangles of
        ``whole``), centred on its ``page`` (the template's name) under the line that names
        it and its locator, and drawn as large as ``most`` (width, height) below that line
        allows (``filled_part``)."""
        frame_width = most[0]
        wide = self.template.wide_frame_size
        note = RLParagraph(_text(tr(
            "Report", "The whole family at a glance. The names are printed in the parts "
            "that follow, at a size that reads; the numbers show where each part lies.")),
            self.st["muted"])
        top = self._top_on("wide", [*top, note])
        room = wide[1] - self._height_of(top, wide[0]) - 4
        overview = whole.view(scale=whole.fit_scale(wide[0] - 0.5 * MARGIN, room),
                              names=False)
        k = overview.scale / whole.scale
        overview.parts = [(x * k, y * k, pw * k, ph * k) for x, y, pw, ph in parts]
        overview.hAlign = "CENTER"
        out: list[Flowable] = [NextPageTemplate("wide"), RLPageBreak(), *top, overview,
                               NextPageTemplate(page)]
        thumb = whole.view(scale=whole.fit_scale(min(_LOCATOR[0], frame_width * 0.4),
                                                 _LOCATOR[1]), names=False)
        k = thumb.scale / whole.scale
        self._maps += 1
        form = f"familymap{self._maps}"
        for index, part in enumerate(parts):
            locator = copy.copy(thumb)
            locator.parts = [(x * k, y * k, pw * k, ph * k) for x, y, pw, ph in parts]
            locator.current = index
            locator.form = form
            label = RLParagraph(_text(tr("Report", "Family map, part {n} of {total}").format(
                n=index + 1, total=len(parts))), self.st["muted"])
            band = RLTable([[label, locator]],
                           colWidths=[frame_width - thumb.width, thumb.width],
                           rowHeights=[_PART_BAND], hAlign="CENTER")
            band.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]))
            shown = filled_part(whole, part, most)
            shown.hAlign = "CENTER"  # a part narrower than the page in its middle
            out += [RLPageBreak(), band, shown]
        return out

    @staticmethod
    def _top_on(page: str, flowables: list[Flowable]) -> list[Flowable]:
        """The heading and captions above a family map as the page template ``page``
        places them: on a landscape page ("wide") indented to the page's margin, where the
        running header and every other page's text begin. That frame is wider than the
        margins for the map alone, and the heading and caption began 5 mm left of the
        header's rule. Copies: ``flowables`` stay as they were, for another page shape."""
        if page != "wide":
            return flowables
        inset = MARGIN - _WIDE_LEFT
        out: list[Flowable] = []
        for f in flowables:
            if isinstance(f, _ReportlabParagraph):
                f = copy.copy(f)
                f.style = ParagraphStyle(
                    f"{f.style.name}-wide", parent=f.style,
                    leftIndent=f.style.leftIndent + inset,
                    rightIndent=f.style.rightIndent + inset)
            out.append(f)
        return out

    def _height_of(self, flowables: list[Flowable], width: float) -> float:
        """The room flowables take at the top of a frame (which drops the first one's space
        before)."""
        shown = [f for f in flowables if not isinstance(f, RLPageBreak)]
        return sum(self._height(f, width) for f in shown) - (
            shown[0].getSpaceBefore() if shown else 0.0)

    @staticmethod
    def _height(f: Flowable, width: float) -> float:
        """The room a flowable takes in the frame, spacing included."""
        return f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()

    def legend(self, lg: d.Legend) -> Flowable:
        cells: list[list[Flowable]] = []
        row: list[Flowable] = []
        per_row = 3
        for key, label in lg.entries:
            icon: Flowable
            if key.startswith("caption:"):  # an abbreviation a couple line writes ("m.")
                icon = RLParagraph(_text(key.partition(":")[2]), self.st["legendabbr"])
            else:
                # Large enough to see a dotted line, a zigzag and an arrowhead for what they are.
                icon = GenogramFlowable(legend_genogram(key), 60, 28, margin=12)
            inner = RLTable([[icon, RLParagraph(_text(label), self.st["legend"])]],
                            colWidths=[66, self.width / per_row - 72])
            inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            row.append(inner)
            if len(row) == per_row:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [RLSpacer(1, 1)] * (per_row - len(row)))
        if not cells:
            return RLSpacer(1, 1)
        t = RLTable(cells, colWidths=[self.width / per_row] * per_row, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return KeepTogether([t])


def render_pdf(doc: d.Document, target: Path | BytesIO,
               progress: ProgressFn | None = None) -> int:
    """Write ``doc`` as PDF to ``target``; returns the number of pages.

    A file target is written whole or not at all: the PDF is built in memory and then
    replaced atomically, so a full disk or an error never leaves half a document.
    """
    if isinstance(target, Path):
        buffer = BytesIO()
        pages = render_pdf(doc, buffer, progress)
        write_export(target, buffer.getvalue())
        return pages
    register_fonts()
    has_cover = any(isinstance(b, d.Cover) for b in doc.blocks)
    template = _Template(target, doc, progress, len(doc.blocks), has_cover)
    story = _Renderer(doc, template).flowables()
    canvas = type("_Canvas", (_NumberedCanvas,), {"has_cover": has_cover})
    if doc.contents:
        template.multiBuild(story, canvasmaker=canvas)
    else:
        template.build(story, canvasmaker=canvas)
    return int(template.page)


def today_text(day: date | None = None) -> str:
    return (day or date.today()).isoformat()
