"""Arabic and Persian names in the case summary PDF: letters joined, in the order they are
drawn (QA: "محمد الأحمد" printed backwards and unjoined, and beside Latin text its two
words swapped; the family map's labels likewise). An all-Latin document is drawn exactly
as before. Pages for people to look at: artifacts/screenshots/report_rtl-*.png.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from kastdesk.genogram.model import Genogram, Person, Sex, Union, UnionKind
from kastdesk.report import document as d
from kastdesk.report import pdf, rtl
from kastdesk.report.fonts import REGULAR
from tests.core.pdf_look import look, render

ARABIC = "محمد الأحمد"
PERSIAN = "فرهاد رضایی"
# Known-good visual order, left to right, in DejaVu's presentation forms: each word's
# letters from its last to its first, the family name left of the first name, lam and
# alef-hamza one ligature (U+FEF7); Persian yeh in its dotted medial form (U+FBFE).
ARABIC_DRAWN = "\ufeaa\ufee4\ufea3\ufef7\ufe8d \ufeaa\ufee4\ufea4\ufee3"
PERSIAN_DRAWN = "\ufbfd\ufbfe\ufe8e\ufebf\ufead \ufea9\ufe8e\ufeeb\ufeae\ufed3"



def _summary() -> d.Document:
    doc = d.Document(title="t", header="Case K-1", contents=False)
    doc.add(d.Heading("Client profile"))
    doc.add(d.KeyValues(rows=(("Name", ARABIC), ("Partner", PERSIAN))))
    doc.add(d.Paragraph(f"Partner: {ARABIC}, b. 1980"))
    doc.add(d.Paragraph(f"Partnern heter {ARABIC} ({PERSIAN}). Hon ringde."))
    doc.add(d.Paragraph(f"Original goal: {ARABIC}", "quote"))
    return doc



def test_arabic_and_persian_names_are_drawn_joined_in_visual_order(drawn) -> None:  # type: ignore[no-untyped-def]
    data = render(_summary())
    look(data, "report_rtl")
    lines = [line.strip() for line, _face in drawn]
    assert ARABIC_DRAWN in lines
    assert PERSIAN_DRAWN in lines
    # Beside Latin text the Arabic words stand right to left; the comma stays after them.
    assert f"Partner: {ARABIC_DRAWN}, b. 1980" in lines
    # Brackets round a name turn with it (both, not one: rule N0).
    assert f"Partnern heter ({PERSIAN_DRAWN}) {ARABIC_DRAWN}. Hon ringde." in lines
    # The slanted face has no Arabic: the quote is set upright as a whole (one look for all
    # of it, test_report_thai.py), the name not as boxes.
    assert (f"Original goal: {ARABIC_DRAWN}", REGULAR) in [
        (line.strip(), face) for line, face in drawn]
    # The same line from the bidirectional algorithm itself.
    assert rtl.drawn(f"Partner: {ARABIC}, b. 1980") == f"Partner: {ARABIC_DRAWN}, b. 1980"


def test_a_wrapped_right_to_left_sentence_reads_on_from_line_to_line(drawn) -> None:  # type: ignore[no-untyped-def]
    """The order is made per drawn line: a sentence that wraps starts on the first line's
    right and goes on at the right of the next, as on screen."""
    words = ["محمد", "يعمل", "في", "المدينة", "كل", "يوم"] * 12
    doc = d.Document(title="t", header="h", contents=False)
    doc.add(d.Paragraph(" ".join(words)))
    render(doc)
    lines = [line for line, _face in drawn if rtl.has_rtl(line)]
    assert len(lines) > 1
    # Each drawn line, read from its right, goes on where the line above stopped.
    read = [word for line in lines for word in reversed(line.split(" "))]
    assert read == [rtl.visual(rtl.shape(w)) for w in words]


def test_family_map_labels_are_drawn_in_visual_order(drawn) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.report.summary import write_genogram

    persons = [Person("a", Sex.MALE, name=ARABIC, is_index=True),
               Person("b", Sex.FEMALE, name=PERSIAN)]
    g = Genogram.build(persons, [Union("u", ("a", "b"), UnionKind.MARRIED)])
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})
    data = render(doc)
    look(data, "report_rtl_map")
    texts = [text for text, _face in drawn]
    assert ARABIC_DRAWN in texts and PERSIAN_DRAWN in texts


@pytest.mark.parametrize("with_contents", [False, True])
def test_an_all_latin_document_is_drawn_exactly_as_before(monkeypatch, with_contents) -> None:  # type: ignore[no-untyped-def]
    doc = d.Document(title="t", header="Case K-2", contents=with_contents)
    doc.add(d.Heading("Client profile"))
    doc.add(d.KeyValues(rows=(("Name", "Åsa Ødegård"), ("Partner", "Seán O'Brien-Ærø"))))
    doc.add(d.Paragraph("Line one (with brackets)\nLine two: Дмитрий Ёлкин, 1980."))
    doc.add(d.Paragraph("A quote", "quote"))
    doc.add(d.Table(header=("Date", "Note"), rows=(("2026-01-02", "<b> & »x«"),)))

    def streams() -> list[bytes]:
        reader = PdfReader(BytesIO(render(doc)))
        return [page.get_contents().get_data() for page in reader.pages]

    now = streams()
    monkeypatch.setattr(pdf, "RLParagraph", pdf._ReportlabParagraph)
    monkeypatch.setattr(rtl, "shape", lambda text: text)
    assert now == streams()
