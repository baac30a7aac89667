"""The abstract report document: what a report says, not how a PDF draws it (Gramps style).

Section writers (case summary, supervision packet) append blocks to a :class:`Document`;
a backend (``kastdesk.report.pdf``) turns the blocks into pages. Keeping reportlab out of
the writers means the same content can later go to another backend and that tests can
inspect what was written without parsing a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Heading:
    """A section (level 1) or sub-section (level 2, 3) title; levels 1–2 enter the contents."""

    text: str
    level: int = 1
    new_page: bool = False


@dataclass(frozen=True)
class Paragraph:
    """Running text. ``style``: body, small, muted, quote, notice, signed, amendment.

    ``keep_with_next``: never the last thing on a page with what follows on the next (a
    session's note with its signature line and amendments beneath it)."""

    text: str
    style: str = "body"
    keep_with_next: bool = False


@dataclass(frozen=True)
class KeyValues:
    """A two-column list of labels and values (profile card, cover facts)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table whose header repeats on every page it spans.

    ``widths`` are relative weights; ``marks`` maps (row, col) to a cell style
    ("better", "worse", "muted", "strong"). ``keep_rows``: where the table breaks across
    pages, at least this many rows stay under its header before the break and together
    after it (0: it may break anywhere); where even a whole page cannot hold them (a long
    answer among them), it breaks where it must.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    marks: dict[tuple[int, int], str] = field(default_factory=dict)
    keep_rows: int = 0


@dataclass(frozen=True)
class BarChart:
    """Grouped bars per category (weeks of the urge log, measurement points)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    y_label: str = ""
    y_max: float | None = None


@dataclass(frozen=True)
class LineChart:
    """Lines over shared x categories; values may be None where a point is missing.

    ``dots`` (one tuple per series, or none at all) are values drawn as hollow markers and
    never joined to the line: a measurement point's other forms, which are not a change over
    time but were still answered (the screen's chart draws them as rings)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    y_min: float = 0.0
    y_max: float = 100.0
    dots: tuple[tuple[float | None, ...], ...] = ()


@dataclass(frozen=True)
class GenogramFigure:
    """The family map as vector graphics, drawn from ``genogram.layout_genogram``.

    ``genogram`` is the model's ``to_dict()`` form (already pseudonymized when asked);
    ``reference_year`` lets ages be shown as the editor shows them: the day drawn for (an
    age counts a known birthday), or a year alone (the age reached that year). A map too
    big to read on one page is printed as an overview of the whole family and then in
    numbered parts whose names read (the backend's choice of scale and pages).
    """

    genogram: dict[str, Any]
    reference_year: date | int | None = None
    caption: str = ""
    title: str = ""  # a level-1 heading on the map's own page (the overview's, when in parts)


@dataclass(frozen=True)
class Legend:
    """Symbol legend entries (``symbols.LegendEntry`` keys and labels)."""

    entries: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Spacer:
    height: float = 6.0


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Cover:
    """The first page: title, subtitle, facts and a notice."""

    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    notice: str


Block = (
    Heading | Paragraph | KeyValues | Table | BarChart | LineChart | GenogramFigure | Legend
    | Spacer | PageBreak | Cover
)


@dataclass
class Document:
    """An ordered list of blocks plus what every page shows.

    ``title`` goes to the PDF metadata and must carry no personal data; ``header`` is
    printed on every page after the cover (the client code, never a name).
    """

    title: str
    header: str
    footer: str = ""
    blocks: list[Block] = field(default_factory=list)
    contents: bool = True
    #: No real creation date in the PDF's metadata (a fixed one instead). A pseudonymized
    #: summary shifts every date by a secret offset; the real day the PDF was made, beside
    #: anything counted to the export day, gave that offset away to whoever holds the file.
    undated: bool = False

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def text(self) -> str:
        """Every string the document holds, for tests and leak checks."""
        out: list[str] = [self.title, self.header, self.footer]
        for b in self.blocks:
            if isinstance(b, Heading | Paragraph):
                out.append(b.text)
            elif isinstance(b, KeyValues):
                out.extend(x for row in b.rows for x in row)
            elif isinstance(b, Table):
                out.extend(b.header)
                out.extend(x for row in b.rows for x in row)
            elif isinstance(b, Cover):
                out.extend([b.title, b.subtitle, b.notice])
                out.extend(x for row in b.facts for x in row)
        return "\n".join(out)
