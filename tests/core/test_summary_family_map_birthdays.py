"""The case summary's family map counts a known birthday (QA pass 20, finding 7): a man born
31 December 1985 is 40 on a summary that ends 5 December 2026, not 41; the pseudonymized
map says the same age and never carries the day it was worked out for."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from pypdf import PdfReader

from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.report import document as d
from kastdesk.report.pdf import render_pdf
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.report.summary import write_genogram


def _map() -> Genogram:
    return Genogram.build([
        Person("c", Sex.MALE, "Nils Ek", birth_year=1985, birth_date="1985-12-31",
               is_index=True),
        Person("s", Sex.FEMALE, "Lena Ek", birth_year=1987),
    ])


def _snapshot() -> dict[str, object]:
    return {"genogram": _map().to_dict(), "reference_year": 2026,
            "reference_date": "2026-12-05"}


def _printed(snap: dict[str, object]) -> str:
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, snap)
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(buffer).pages).split())


def test_the_summary_map_counts_the_birthday() -> None:
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, _snapshot())
    [figure] = [b for b in doc.blocks if isinstance(b, d.GenogramFigure)]
    assert figure.reference_year == date(2026, 12, 5)
    words = _printed(_snapshot()).split()
    assert "40" in words and "41" not in words  # Nils, before his birthday
    assert "39" in words  # Lena: her birth year alone


def test_a_summary_without_the_day_keeps_the_year() -> None:
    """A snapshot from before the day was kept (or a pseudonymized one) has the year."""
    doc = d.Document(title="t", header="h", contents=False)
    write_genogram(doc, {"genogram": _map().to_dict(), "reference_year": 2026})
    [figure] = [b for b in doc.blocks if isinstance(b, d.GenogramFigure)]
    assert figure.reference_year == 2026


def test_the_pseudonymized_map_has_the_same_age_and_not_the_day() -> None:
    snap = _snapshot()
    out = Pseudonymizer.for_snapshot(snap, date_offset_days=40).apply(snap)
    assert "reference_date" not in out
    g = Genogram.from_dict(out["genogram"])
    ages = sorted(p.age for p in g.persons.values())
    assert ages == [39, 40]
    assert "2026-12-05" not in repr(out)
