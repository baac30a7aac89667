"""The case summary's family map page: its heading and caption begin at the page's margin,
where the running header and the text of every other page begin. The landscape page's
frame is a quarter margin wider each side, for the map; the heading and caption began
there, 5 mm (about 14 pixels at 70 dpi) left of the header. Fictional families only.
Pages: artifacts/screenshots/family_map_margin_<size>-<page>.png.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from kastdesk.genogram import Genogram
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.model import Person, Sex
from kastdesk.genogram.storage import save_genogram
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.report.pdf import MARGIN
from kastdesk.store import Vault
from tests.core.pdf_look import look

CODE = "K-2026-088"


def _starts(page: PageObject) -> list[tuple[str, float]]:
    """Each piece of text on the page with the x where it begins (points)."""
    out: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():
            out.append((text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4]))

    page.extract_text(visitor_text=visit)
    return out


def _x(runs: list[tuple[str, float]], start: str) -> float:
    return next(x for text, x in runs if text.startswith(start))


def _small() -> Genogram:
    return Genogram.build([
        Person("c", Sex.FEMALE, name="Vilja Testberg", is_index=True),
        Person("m", Sex.FEMALE, name="Runa Testberg"),
    ], [], [], [], check=False)


@pytest.mark.parametrize("size", ["one_page", "in_parts"])
def test_the_family_map_heading_and_caption_begin_at_the_margin(
        vault: Vault, tmp_path: Path, size: str) -> None:
    family = _small() if size == "one_page" else generate_family(seed=150, size=150)
    vault.today = lambda: date(2026, 6, 1)  # type: ignore[method-assign]
    case = vault.add_client(CODE, first_contact_date=date(2026, 5, 1))
    save_genogram(case, family, "Drawn")
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, case.profile.get().id, out,
                        ExportOptions(sections=("cover", "genogram")))
    look(out.read_bytes(), f"family_map_margin_{size}", dpi=70)
    caption = "The whole family" if size == "in_parts" else "2 persons"
    page = next(p for p in PdfReader(out).pages if caption in p.extract_text())
    assert page.mediabox.width > page.mediabox.height  # the landscape page
    runs = _starts(page)
    header = _x(runs, f"Case {CODE}")
    assert header == pytest.approx(MARGIN, abs=0.5)
    assert _x(runs, "Family map (genogram)") == pytest.approx(header, abs=0.5)
    assert _x(runs, caption) == pytest.approx(header, abs=0.5)
