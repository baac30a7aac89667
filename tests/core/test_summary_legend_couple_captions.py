"""The case summary's family map legend says what the couple lines' abbreviations stand
for, as the editor's legend does ("d." was read as died): the same rows, from the same
words in kastdesk.genogram.symbols."""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader

from kastdesk.genogram.model import Genogram, Person, Sex, Union, UnionKind
from kastdesk.genogram.symbols import legend_entries, with_couple_captions
from kastdesk.report import document as d
from kastdesk.report.pdf import render_pdf
from kastdesk.report.summary import write_genogram


def _three_couples() -> Genogram:
    persons = [
        Person("a", Sex.MALE, name="Anders", is_index=True),
        Person("b", Sex.FEMALE, name="Berit"),
        Person("c", Sex.FEMALE, name="Cecilia"),
        Person("e", Sex.MALE, name="Erik"),
        Person("f", Sex.FEMALE, name="Frida"),
    ]
    unions = [
        Union("u1", ("a", "b"), UnionKind.MARRIED, start_year=2005),
        Union("u2", ("a", "c"), UnionKind.DIVORCED, start_year=1995, end_year=2003),
        Union("u3", ("e", "f"), UnionKind.SEPARATED, start_year=2010, end_year=2020),
    ]
    return Genogram.build(persons, unions)


def _legend_text(g: Genogram) -> str:
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    pages = [p.extract_text() for p in PdfReader(buffer).pages]
    [legend] = [p for p in pages if "Legend" in p]
    return " ".join(legend.split())


def test_the_pdf_legend_explains_the_couple_lines_abbreviations() -> None:
    text = _legend_text(_three_couples())
    for abbreviation, words in (
        ("m.", "married in (year)"),
        ("d.", "divorced in (year)"),
        ("s.", "separated in (year)"),
    ):
        assert re.search(rf"(^|\s){re.escape(abbreviation)} {re.escape(words)}", text), text
    # The couples' own rows are still there.
    assert "Married" in text and "Divorced" in text and "Separated" in text


def test_the_pdf_and_the_editor_list_the_same_rows() -> None:
    """The summary writes the rows the editor's legend shows (scene.py reads the same
    with_couple_captions), after the couples' rows."""
    g = _three_couples()
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})
    [legend] = [b for b in doc.blocks if isinstance(b, d.Legend)]
    expected = with_couple_captions(legend_entries(g), g)
    assert legend.entries == tuple((e.key, e.label) for e in expected)
    keys = [key for key, _ in legend.entries]
    assert keys.index("union:divorced") < keys.index("caption:m.")


def test_no_years_on_the_lines_nothing_to_explain() -> None:
    g = _three_couples()
    bare = Genogram.build(
        list(g.persons.values()),
        [Union(u.id, u.partners, u.kind) for u in g.unions.values()],
    )
    text = _legend_text(bare)
    assert "(year)" not in text


def test_the_printed_map_writes_the_couples_years_it_explains() -> None:
    """The map in the PDF writes each couple's years after their abbreviation, as the
    editor does; the legend explained "m.", "d." and "s." that the printed map never
    wrote."""
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, {"genogram": _three_couples().to_dict(), "reference_year": 2026})
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(buffer).pages).split())
    for caption in ("m. 2005", "m. 1995", "d. 2003", "m. 2010", "s. 2020"):
        assert caption in text, text
