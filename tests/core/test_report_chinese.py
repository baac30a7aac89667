"""Chinese names in the case summary and supervision PDFs: drawn in the shipped part of
Noto Sans SC (a partner's name "王秀英" and a traditional "陳美玲" printed as empty boxes in
a quoted note, the profile, a bold cell and under the family map's symbol: DejaVu Sans has
no Han characters). Only the Chinese characters change face. Devanagari has no face on
purpose (``kastdesk.report.fonts``): it stays in the style's face. The names are made up.
Pages for people to look at: artifacts/screenshots/report_chinese-*.png.
"""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kastdesk.genogram.model import Genogram, Person, Sex, Union, UnionKind
from kastdesk.report import document as d
from kastdesk.report import fonts
from kastdesk.report.fonts import BOLD, CHINESE, OBLIQUE, REGULAR
from kastdesk.report.summary import write_genogram
from tests.core.pdf_look import look, render

PARTNER = "王秀英"
MOTHER = "陳美玲"
HAN = re.compile("[\u4e00-\u9fff]")


def _summary() -> d.Document:
    doc = d.Document(title="t", header="Case K-5 · case summary", contents=True)
    doc.add(d.Heading("Client profile and intake"))
    doc.add(d.KeyValues(rows=(("Name", "Erik Sand"), ("Partner", PARTNER))))
    doc.add(d.Paragraph(f"Partner: {PARTNER}（{MOTHER}的女儿）, b. 1984. Hon ringde."))
    doc.add(d.Paragraph(f"Original goal: tala med {PARTNER} om pengarna", "quote"))
    doc.add(d.Table(header=("Date", "Note"), rows=(("2026-01-02", f"Ringde {MOTHER}"),),
                    marks={(0, 1): "strong"}))
    persons = [Person("a", Sex.MALE, name="Erik Sand", is_index=True),
               Person("b", Sex.FEMALE, name=PARTNER), Person("c", Sex.FEMALE, name=MOTHER)]
    g = Genogram.build(persons, [Union("u", ("a", "b"), UnionKind.MARRIED)])
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})
    return doc


def test_chinese_names_are_drawn_in_the_chinese_face(drawn) -> None:  # type: ignore[no-untyped-def]
    data = render(_summary())
    pages = look(data, "report_chinese", dpi=110)
    assert pages is None or pages
    reader = PdfReader(BytesIO(data))
    embedded = {str(f.get_object()["/BaseFont"]).split("+")[-1] for page in reader.pages
                for f in page["/Resources"]["/Font"].values()}
    assert "NotoSansSC-Regular" in embedded
    for text, face in drawn:
        if HAN.search(text):
            assert face == CHINESE and not re.search("[A-Za-z0-9]", text), (text, face)
    assert drawn.count((PARTNER, CHINESE)) >= 3  # profile, quote, the family map
    lines = [text for text, _ in drawn]
    note = lines.index("Partner: ")
    assert drawn[note:note + 3] == [("Partner: ", REGULAR),
                                    (f"{PARTNER}（{MOTHER}的女儿）", CHINESE),
                                    (", b. 1984. Hon ringde.", REGULAR)]
    assert ("Ringde ", BOLD) in drawn and (MOTHER, CHINESE) in drawn  # the bold cell
    # Copied from the PDF, the names are as written.
    text = "".join(page.extract_text() for page in reader.pages)
    assert PARTNER in text and MOTHER in text


def test_each_face_falls_back_on_the_chinese_one_and_devanagari_has_none() -> None:
    fonts.register_fonts()
    assert fonts.runs(f"Åsa {PARTNER}", BOLD) == [("Åsa ", BOLD), (PARTNER, CHINESE)]
    assert fonts.string_width(PARTNER, OBLIQUE, 10) == stringWidth(PARTNER, CHINESE, 10)
    assert fonts.needs_upright(f"goal: {PARTNER}", OBLIQUE)  # no slanted Chinese
    # Unshaped, a Devanagari name would be misspelt: it is left to the style's face.
    assert fonts.runs("राजेश सिंह", REGULAR) == [("राजेश सिंह", REGULAR)]
