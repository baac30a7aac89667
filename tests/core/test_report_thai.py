"""Thai names in the case summary and supervision PDFs: drawn in Waree, which
the report embeds beside DejaVu Sans (QA: a Thai partner's name "สมศรี ใจดี" printed as
empty boxes in the profile, a note and under the family map's symbol; DejaVu Sans has no
Thai). Only the Thai letters change face; an all-Latin document is drawn exactly as before.
Pages for people to look at: artifacts/screenshots/report_thai-*.png.
"""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kastdesk.genogram.model import Genogram, Person, Sex, Union, UnionKind
from kastdesk.report import document as d
from kastdesk.report import fonts, genogram_drawing, pdf, rtl
from kastdesk.report.fonts import BOLD, OBLIQUE, REGULAR, THAI, THAI_BOLD
from kastdesk.report.summary import write_genogram
from tests.core.pdf_look import look, render

PARTNER = "สมศรี ใจดี"
BROTHER = "สมชาย ใจดี"
THAI_LETTERS = re.compile("[\u0e00-\u0e7f]")


def _summary() -> d.Document:
    """A summary's parts where a partner's name is written: profile, notes, a quoted goal,
    a risk alert, a session table's bold cell, a heading (and its line in the contents)
    and the family map."""
    doc = d.Document(title="t", header="Case K-3 · case summary", contents=True)
    doc.add(d.Heading("Client profile and intake"))
    doc.add(d.KeyValues(rows=(("Name", "Anna Berg"), ("Partner", PARTNER))))
    doc.add(d.Paragraph(f"Partner: {PARTNER} ({BROTHER}), b. 1980. Hon ringde."))
    doc.add(d.Paragraph(f"Original goal: talk with {PARTNER}", "quote"))
    doc.add(d.Paragraph(f"Violence in the family\nThreatened by {PARTNER}", "alert"))
    doc.add(d.Heading(f"Goal: calmer evenings with {PARTNER}", level=2))
    doc.add(d.Table(header=("Date", "Note"), rows=(("2026-01-02", f"Called {PARTNER}"),),
                    marks={(0, 1): "strong"}))
    persons = [Person("a", Sex.FEMALE, name="Anna Berg", is_index=True),
               Person("b", Sex.MALE, name=PARTNER), Person("c", Sex.MALE, name=BROTHER)]
    g = Genogram.build(persons, [Union("u", ("a", "b"), UnionKind.MARRIED)])
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})
    return doc


def test_thai_names_are_drawn_in_the_thai_face(drawn) -> None:  # type: ignore[no-untyped-def]
    data = render(_summary())
    pages = look(data, "report_thai", dpi=110)
    assert pages is None or pages  # rendered, where pdftoppm is
    reader = PdfReader(BytesIO(data))
    embedded = {str(f.get_object()["/BaseFont"]).split("+")[-1] for page in reader.pages
                for f in page["/Resources"]["/Font"].values()}
    assert {THAI, THAI_BOLD, REGULAR, BOLD} <= embedded  # the quote is upright (below)
    # Every Thai letter is drawn in a Thai face, and only Thai in it.
    for text, face in drawn:
        if THAI_LETTERS.search(text):
            assert face in (THAI, THAI_BOLD) and not re.search("[A-Za-z0-9]", text), (
                text, face)
    # The profile, the note, the quote (upright as a whole: there is no slanted Thai), the
    # contents and the family map's labels; bold in the alert, the heading, the bold cell.
    assert drawn.count((PARTNER, THAI)) >= 4
    assert (PARTNER, THAI_BOLD) in drawn
    assert (BROTHER, THAI) in drawn
    lines = [text for text, _ in drawn]
    note = lines.index("Partner: ")
    assert drawn[note:note + 5] == [("Partner: ", REGULAR), (PARTNER, THAI), (" (", REGULAR),
                                    (BROTHER, THAI), ("), b. 1980. Hon ringde.", REGULAR)]
    quote = lines.index("Original goal: talk with ")
    assert drawn[quote:quote + 2] == [("Original goal: talk with ", REGULAR), (PARTNER, THAI)]
    # The bold cell and the heading keep their weight in Thai.
    assert ("Called ", BOLD) in drawn
    assert ("Goal: calmer evenings with ", BOLD) in drawn


def test_a_family_map_label_is_centred_on_its_whole_width() -> None:
    """The label's pieces are measured in the faces they are drawn in: the white ground
    under a Thai name is as wide as the name, and the name centred under its symbol."""
    fonts.register_fonts()
    assert fonts.runs(PARTNER, REGULAR) == [(PARTNER, THAI)]
    assert fonts.string_width(PARTNER, REGULAR, 10) == stringWidth(PARTNER, THAI, 10)
    mixed = f"Åsa {PARTNER}"
    assert fonts.string_width(mixed, BOLD, 10) == pytest.approx(
        stringWidth("Åsa ", BOLD, 10) + stringWidth(PARTNER, THAI_BOLD, 10))

    class Canvas:
        def __init__(self) -> None:
            self.calls: list[tuple[str, object]] = []

        def setFont(self, face: str, size: float) -> None:
            self.calls.append(("font", face))

        def drawString(self, x: float, y: float, text: str) -> None:
            self.calls.append(("draw", (pytest.approx(x), text)))

    c = Canvas()
    fonts.draw_string(c, 100, 0, mixed, BOLD, 10, "middle")
    left = 100 - fonts.string_width(mixed, BOLD, 10) / 2
    assert c.calls == [("font", BOLD), ("draw", (left, "Åsa ")), ("font", THAI_BOLD),
                       ("draw", (left + stringWidth("Åsa ", BOLD, 10), PARTNER)),
                       ("font", BOLD)]


def test_what_no_face_has_stays_and_arabic_in_a_quote_is_upright() -> None:
    fonts.register_fonts()
    # A letter no face has (Yi) stays in the style's face; emoji have theirs
    # (test_report_emoji.py).
    assert fonts.runs("Yi \ua000", REGULAR) == [("Yi \ua000", REGULAR)]
    assert fonts.runs("Spel 🎰", REGULAR) == [("Spel ", REGULAR), ("🎰", fonts.EMOJI)]
    # The slanted face's missing Arabic comes from the upright one, the words together.
    arabic = rtl.shape("محمد الأحمد")
    assert fonts.runs(f"Goal: {arabic}", OBLIQUE) == [("Goal: ", OBLIQUE), (arabic, REGULAR)]
    # A Thai mark goes with its letter; Thai in a slanted or bold style in its own weight.
    assert fonts.runs("กิ่ง x", BOLD) == [("กิ่ง", THAI_BOLD), (" x", BOLD)]
    assert pdf._with_fallbacks(f"<b>a {PARTNER}</b> b {PARTNER}", OBLIQUE) == (
        f'<b>a <font name="{THAI_BOLD}">{PARTNER}</font></b> b '
        f'<font name="{THAI}">{PARTNER}</font>')
    latin = "<b>Åsa &amp; Ødegård</b><br/>Дмитрий"
    assert pdf._with_fallbacks(latin, REGULAR) is latin


def test_an_all_latin_summary_with_a_family_map_is_drawn_exactly_as_before(
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The fallback (paragraph markup, header and footer, the map's labels and their
    widths) leaves a document without Thai as it was, byte for byte."""
    doc = d.Document(title="t", header="Case K-4 · case summary", footer="Pseudonymized",
                     contents=True)
    doc.add(d.Heading("Client profile"))
    doc.add(d.KeyValues(rows=(("Name", "Åsa Ødegård"), ("Partner", "Seán O'Brien-Ærø"))))
    doc.add(d.Paragraph("A quote with Дмитрий", "quote"))
    doc.add(d.Paragraph("Risk\nSaid so", "alert"))
    doc.add(d.Table(header=("Date", "Note"), rows=(("2026-01-02", "<b> & »x«"),),
                    marks={(0, 1): "strong"}))
    persons = [Person("a", Sex.FEMALE, name="Åsa Ødegård", is_index=True),
               Person("b", Sex.MALE, name="Seán O'Brien-Ærø Lindqvist-Sundberg")]
    g = Genogram.build(persons, [Union("u", ("a", "b"), UnionKind.MARRIED)])
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})

    def streams() -> list[bytes]:
        reader = PdfReader(BytesIO(render(doc)))
        return [page.get_contents().get_data() for page in reader.pages]

    now = streams()

    def plain(canvas, x, y, text, face, size, anchor="start"):  # type: ignore[no-untyped-def]
        {"start": canvas.drawString, "middle": canvas.drawCentredString,
         "end": canvas.drawRightString}[anchor](x, y, text)

    monkeypatch.setattr(pdf, "RLParagraph", pdf._ReportlabParagraph)
    monkeypatch.setattr(pdf, "draw_string", plain)
    monkeypatch.setattr(genogram_drawing, "draw_string", plain)
    monkeypatch.setattr(genogram_drawing, "string_width", stringWidth)
    assert now == streams()


def test_a_quote_is_slanted_or_upright_as_a_whole(drawn) -> None:  # type: ignore[no-untyped-def]
    """QA ("Thai in quotes upright"): a quoted goal with a Thai name read as slanted words
    beside an upright name, no slanted Thai face being shipped. A quote with letters of a
    script that has no slanted face here (Thai, Arabic) is set upright as a whole; one
    without (Latin, Cyrillic, an emoji among the words) keeps its slant."""
    arabic = "محمد الأحمد"
    doc = d.Document(title="t", header="h", contents=False)
    doc.add(d.Paragraph(f"Thai: talk with {PARTNER} every {BROTHER} evening", "quote"))
    doc.add(d.Paragraph(f"Arabic: talk with {arabic} every evening", "quote"))
    doc.add(d.Paragraph("Latin: talk with Дмитрий every ✅ evening", "quote"))
    data = render(doc)
    look(data, "report_thai_quotes", dpi=110)
    lines = [text for text, _face in drawn]
    first = next(i for i, t in enumerate(lines) if t.startswith("Thai:"))
    assert drawn[first:first + 5] == [
        ("Thai: talk with ", REGULAR), (PARTNER, THAI), (" every ", REGULAR), (BROTHER, THAI),
        (" evening", REGULAR)]
    second = next(i for i, t in enumerate(lines) if t.startswith("Arabic:"))
    third = next(i for i, t in enumerate(lines) if t.startswith("Latin:"))
    assert {face for _text, face in drawn[second:third]} == {REGULAR}
    assert drawn[third:third + 3] == [("Latin: talk with Дмитрий every ", OBLIQUE),
                                      ("✅", fonts.EMOJI), (" evening", OBLIQUE)]
    # Nothing slanted is left in the first two quotes.
    assert not any(face in (OBLIQUE, fonts.BOLD_OBLIQUE)
                   for _text, face in drawn[first:third])
    # As the rule says, one face at a time.
    assert fonts.needs_upright(f"goal {PARTNER}", OBLIQUE)
    assert fonts.needs_upright(rtl.shape(arabic), fonts.BOLD_OBLIQUE)
    assert not fonts.needs_upright("goal ✅ Дмитрий", OBLIQUE)
    assert not fonts.needs_upright(f"goal {PARTNER}", REGULAR)  # upright already
