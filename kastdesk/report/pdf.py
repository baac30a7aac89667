"""The reportlab backend: renders a :class:`~kastdesk.report.document.Document` to PDF.

Only this module (and the genogram drawing it uses) knows reportlab. It provides what
makes a clinical document readable: embedded DejaVu Sans, a running header with the
client code, "page X of Y", a linked table of contents and PDF outline, headings kept
with what follows, and tables whose header row repeats across pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend as ChartLegend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from kastdesk.genogram import Genogram, layout_genogram
from kastdesk.i18n import tr
from kastdesk.store.fsutil import write_export

from . import document as d
from .fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from .genogram_drawing import GenogramFlowable, legend_genogram

INK = colors.HexColor("#1f2a33")
ACCENT = colors.HexColor("#1f5f6f")
ACCENT_LIGHT = colors.HexColor("#e6eff1")
RULE = colors.HexColor("#c9d6da")
MUTED = colors.HexColor("#6b7280")
BETTER = colors.HexColor("#2f855a")
WORSE = colors.HexColor("#c05621")
SERIES = [
    colors.HexColor("#1f5f6f"), colors.HexColor("#e09f3e"), colors.HexColor("#9e2a2b"),
    colors.HexColor("#6b8f71"), colors.HexColor("#540b0e"), colors.HexColor("#335c67"),
]
MARGIN = 20 * mm
MIN_GENOGRAM_SCALE = 0.42

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
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD, fontSize=8.2,
                                   leading=10.5, textColor=colors.white, spaceAfter=0),
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
    }
    return s


def _text(text: str) -> str:
    """Escape for reportlab's mini-markup and keep line breaks the writer typed."""
    return escape(text).replace("\n", "<br/>")


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
            creator="KastDesk", producer="KastDesk", keywords="", invariant=0,
        )
        self.model = doc
        self.progress = progress
        self.total_blocks = max(total_blocks, 1)
        self._heading_seq = 0
        pw, ph = A4
        body = Frame(MARGIN, 20 * mm, pw - 2 * MARGIN, ph - 44 * mm, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN, 20 * mm, pw - 2 * MARGIN, ph - 40 * mm, id="cover",
                      leftPadding=0, rightPadding=0)
        lw, lh = landscape(A4)
        wide = Frame(MARGIN * 0.75, 18 * mm, lw - 1.5 * MARGIN, lh - 40 * mm, id="wide",
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
        return lw - 1.5 * MARGIN, lh - 40 * mm

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
        canvas.drawString(MARGIN, ph - 13 * mm, self.model.header)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(pw - MARGIN, ph - 13 * mm, tr("Report", "Confidential"))
        canvas.line(MARGIN, 14 * mm, pw - MARGIN, 14 * mm)
        if self.model.footer:
            canvas.drawString(MARGIN, 11 * mm, self.model.footer)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "_toc_level", None)
        if level is not None:
            key = flowable._toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level - 1,
                                      closed=level > 1)
            self.notify("TOCEntry", (level - 1, flowable.getPlainText(), self.page, key))
        done = getattr(flowable, "_block_index", None)
        if done is not None and self.progress is not None:
            self.progress(tr("Report", "Laying out pages"), min(1.0, done / self.total_blocks))


def tile_cuts(
    extents: list[tuple[float, float]], full: float, width: float, overlap: float
) -> list[tuple[float, float]]:
    """Pages for a map ``full`` points wide, at most ``width`` each: (where each starts, its
    width).

    A page ends in a gap between persons (``extents``: each symbol with its name), as far
    right as one is in the page's right half, and the next page starts there: nobody is cut
    in half at a join, and nobody is drawn twice. Where no such gap is (a dense map), the page
    is full and the next one starts ``overlap`` earlier, so a person cut at the edge is whole
    on the next page.
    """
    blocked: list[list[float]] = []
    for lo, hi in sorted(extents):
        if blocked and lo <= blocked[-1][1]:
            blocked[-1][1] = max(blocked[-1][1], hi)
        else:
            blocked.append([lo, hi])
    tiles: list[tuple[float, float]] = []
    start = 0.0
    last = blocked[-1][1] if blocked else 0.0
    while start + width < full - 1e-6:
        end = start + width
        if last <= end:  # only the blank margin is left: no page for it
            tiles.append((start, width))
            return tiles
        cut = end
        before = start
        for lo, hi in blocked:
            if lo < end < hi:  # just before the person whose place the edge fell in
                cut = lo - min(0.5, (lo - before) / 2)
                break
            before = hi
        if cut > start + width / 2:
            tiles.append((start, cut - start))
            start = cut
        else:
            tiles.append((start, width))
            start = end - overlap
    tiles.append((start, full - start))
    return tiles


class _Renderer:
    """Turns blocks into flowables."""

    def __init__(self, doc: d.Document, template: _Template) -> None:
        self.doc = doc
        self.template = template
        self.st = _styles()
        self.width = A4[0] - 2 * MARGIN
        self._keys = 0

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        blocks = self.doc.blocks
        started = False
        for index, block in enumerate(blocks):
            if isinstance(block, d.Cover):
                out.extend(self.cover(block))
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

    def cover(self, c: d.Cover) -> list[Flowable]:
        rows = [
            [RLParagraph(_text(k), self.st["muted"]), RLParagraph(_text(v), self.st["body"])]
            for k, v in c.facts
        ]
        table = RLTable(rows, colWidths=[45 * mm, self.width - 45 * mm])
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
            table,
            RLSpacer(1, 14 * mm),
            RLParagraph(_text(c.notice), self.st["notice"]),
        ]

    def block(self, b: d.Block) -> list[Flowable]:
        if isinstance(b, d.Heading):
            return self.heading(b)
        if isinstance(b, d.Paragraph):
            return [RLParagraph(_text(b.text), self.st.get(b.style, self.st["body"]))]
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
        return [RLPageBreak(), p] if h.new_page else [p]

    def key_values(self, kv: d.KeyValues) -> Flowable:
        rows = [
            [RLParagraph(_text(k), self.st["muted"]), RLParagraph(_text(v), self.st["cell"])]
            for k, v in kv.rows
        ]
        t = RLTable(rows, colWidths=[50 * mm, self.width - 50 * mm], hAlign="LEFT")
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
        widths = [self.width * w / total for w in weights]
        head = [RLParagraph(_text(h), self.st["cellhead"]) for h in t.header]
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
        table = RLTable([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f9fa"))
                  for i in range(2, len(body) + 1, 2)]
        table.setStyle(TableStyle(style))
        return table

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
        # The legend sits under the plot in two columns, one line per series, and the
        # drawing grows with it: long item texts never run off the page or into the table.
        names = [n for n, _ in b.series]
        rows = max(1, (len(names) + 1) // 2)
        legend_h = rows * 11 + 8
        # Category names of more than one line (a measurement point and its date) get the
        # room they need between the axis and the legend.
        extra = 9 * max((c.count("\n") for c in b.categories), default=0)
        height = 58 * mm + legend_h + extra
        drawing = self._chart_frame(b.title, height)
        chart = HorizontalLineChart()
        chart.x, chart.y = 34, legend_h + 20 + extra
        chart.width, chart.height = self.width - 44, height - legend_h - extra - 52
        chart.data = [[(v if v is not None else None) for v in vals] for _, vals in b.series]
        chart.categoryAxis.categoryNames = list(b.categories)
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.valueMin = b.y_min
        chart.valueAxis.valueMax = b.y_max
        chart.valueAxis.valueStep = (b.y_max - b.y_min) / 4
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#eef2f3")
        chart.joinedLines = 1
        from reportlab.graphics.widgets.markers import makeMarker

        for i in range(len(chart.data)):
            chart.lines[i].strokeColor = SERIES[i % len(SERIES)]
            chart.lines[i].strokeWidth = 1.6
            chart.lines[i].symbol = makeMarker("FilledCircle", size=4,
                                               fillColor=SERIES[i % len(SERIES)])
        drawing.add(chart)
        column = (self.width - 40) / 2
        fits = max(12, int((column - 16) / (7 * 0.56)))  # DejaVu at 7 pt: ~3.9 pt a char
        legend = ChartLegend()
        legend.x, legend.y = 34, legend_h - 2
        legend.fontName, legend.fontSize = REGULAR, 7
        legend.alignment = "right"
        legend.columnMaximum = rows
        legend.deltax = column
        legend.deltay = 11
        legend.dx = legend.dy = 6
        legend.colorNamePairs = [
            (SERIES[i % len(SERIES)], n if len(n) <= fits else n[: fits - 1].rstrip() + "…")
            for i, n in enumerate(names)
        ]
        drawing.add(legend)
        if b.y_label:
            drawing.add(String(0, height - 22, b.y_label, fontName=REGULAR, fontSize=7,
                               fillColor=MUTED))
        return drawing

    def genogram(self, g: d.GenogramFigure) -> list[Flowable]:
        model = Genogram.from_dict(g.genogram)
        layout = layout_genogram(model)
        w, h = self.template.wide_frame_size
        h -= 48  # heading and caption
        fit = GenogramFlowable(model, w, h, g.reference_year, layout=layout)
        out: list[Flowable] = [NextPageTemplate("wide"), RLPageBreak()]
        top: list[Flowable] = []
        if g.title:
            top += self.heading(d.Heading(g.title))
        if g.caption:
            top.append(RLParagraph(_text(g.caption), self.st["muted"]))
        out += top
        if fit.scale >= MIN_GENOGRAM_SCALE:
            fit.hAlign = "CENTER"
            out.append(fit)
        else:
            # Too small to read on one page: print at a readable scale in tiles, each page
            # starting the map at the same height, so the pages can be laid side by side.
            probe = GenogramFlowable(model, w, h, g.reference_year, layout=layout, scale=1.0)
            scale = min(MIN_GENOGRAM_SCALE, (h - 16) / probe.height)
            whole = GenogramFlowable(model, w, h, g.reference_year, layout=layout, scale=scale)
            tiles = tile_cuts(whole.person_extents(), whole.full_width, w,
                              (layout.options.neighbour_gap + 30) * scale)
            count = len(tiles)
            shown = [f for f in top if not isinstance(f, RLPageBreak)]
            # A frame drops the space before its first flowable: so does this sum.
            above = sum(self._height(f, w) for f in shown) - (
                shown[0].getSpaceBefore() if shown else 0.0)
            for index in range(count):
                if index:
                    out += [RLPageBreak(), RLSpacer(1, above)]
                out.append(RLParagraph(_text(tr("Report", "Family map, part {n} of {total}")
                                             .format(n=index + 1, total=count)),
                                       self.st["muted"]))
                out.append(GenogramFlowable(model, w, h, g.reference_year, layout=layout,
                                            scale=scale, tile=tiles[index]))
        out += [NextPageTemplate("body"), RLPageBreak()]
        return out

    @staticmethod
    def _height(f: Flowable, width: float) -> float:
        """The room a flowable takes in the frame, spacing included."""
        return f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()

    def legend(self, lg: d.Legend) -> Flowable:
        cells: list[list[Flowable]] = []
        row: list[Flowable] = []
        per_row = 3
        for key, label in lg.entries:
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
