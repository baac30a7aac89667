"""The case summary's drawing: a self-rating chart whose series can be told apart and whose
key is whole, and table headers that wrap at spaces, never inside a word.

QA found six series hiding each other at equal values, two near-identical teals and two
reds, a legend cut at "how often did you pay…", and "Allvarlighetsg / rad" in Swedish.
"""

from __future__ import annotations

from io import BytesIO
from itertools import combinations

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kastdesk.report import document as d
from kastdesk.report.fonts import BOLD, register_fonts
from kastdesk.report.pdf import (
    CELL_PADDING,
    DASHES,
    MARKERS,
    SERIES,
    header_fit,
    render_pdf,
    spread_offsets,
)

LONG_LABELS = (
    "Have you paid for sex in the last twelve months?",
    "During the last three months, how often did you pay for sex?",
    "During the last three months, how often did you watch pornography?",
    "How are you doing overall these days?",
    "When an unwanted sexual urge comes, how often can you keep from acting on it?",
    "How strong have unwanted sexual urges been lately?",
)


def _text(doc: d.Document) -> str:
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(buffer).pages)


def test_each_series_has_its_own_colour_dash_and_marker() -> None:
    """No two of the six colours are close (the old set had #1f5f6f and #335c67), and no
    series is told by colour alone."""
    for a, b in combinations(SERIES[:6], 2):
        distance = sum((x - y) ** 2 for x, y in zip(a.rgb(), b.rgb(), strict=True)) ** 0.5
        assert distance > 0.25, (a.hexval(), b.hexval())
    assert len(set(DASHES[:6])) == 6 and len(set(MARKERS[:6])) == 6


def test_equal_values_are_spread_apart() -> None:
    """Six series at 0 drew one line; where values meet they are fanned out, and a value no
    other series shares stays where it is."""
    series = [(0.0, 50.0, 0.0), (0.0, 50.0, 25.0), (0.0, None, 0.0), (0.0, 10.0, 0.0)]
    offsets = spread_offsets(series, 3)
    assert len({o[0] for o in offsets}) == 4  # all four apart at the first point
    assert offsets[0][1] != offsets[1][1] and offsets[3][1] == 0.0
    assert offsets[1][2] == 0.0  # alone at 25


def test_the_charts_key_prints_every_label_whole() -> None:
    doc = d.Document(title="t", header="h", contents=False)
    doc.add(d.LineChart("Change over time", ("Start", "End"),
                        tuple((label, (0.0, 0.0)) for label in LONG_LABELS)))
    text = _text(doc)
    assert "…" not in text
    for n, label in enumerate(LONG_LABELS, start=1):
        assert f"{n}. {label}" in text


def test_header_words_fit_their_columns() -> None:
    """The Swedish consequence table's "Allvarlighetsgrad" did not fit its column."""
    register_fonts()
    header = ("Område", "Konsekvens", "Allvarlighetsgrad", "Sikt")
    total = 481.89
    weights = (1.2, 3, 1, 0.9)
    widths, sizes = header_fit([total * w / sum(weights) for w in weights], header)
    assert abs(sum(widths) - total) < 0.01
    for text, width, size in zip(header, widths, sizes, strict=True):
        longest = max(stringWidth(w, BOLD, size) for w in text.split())
        assert longest + 2 * CELL_PADDING <= width + 0.01, text


def test_a_long_header_word_is_printed_whole() -> None:
    doc = d.Document(title="t", header="h", contents=False)
    doc.add(d.Table(("Område", "Konsekvens", "Allvarlighetsgrad", "Sikt"),
                    (("Arbete", "Could lose my job if it came out", "Mycket allvarlig",
                      "På lång sikt"),), widths=(1.2, 3, 1, 0.9)))
    assert "Allvarlighetsgrad" in _text(doc)
