"""The case summary's self-rating table at a page break: its header stays with rows, and
no row or two is left alone on a page (QA: the Norwegian table's last two rows printed on
a page of their own, which read as a separate, unexplained table).

Real cases with one to eight measurement points: more points make narrower question
cells and taller rows, so the table ends at a different place on the page each time, in
English and in Norwegian, and some of them break it across pages. Each page of the PDF
is read back with pypdf.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from kastdesk import i18n
from kastdesk.forms import FormResponse
from kastdesk.forms.demo import make_demo_responses
from kastdesk.forms.storage import save_response
from kastdesk.report import document as d
from kastdesk.report.pdf import render_pdf
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import SELF_RATING_KEEP_ROWS, build_case_summary
from kastdesk.store import Vault

MAX_POINTS = 8
OWN_WORDS = "I want to understand why I keep going back to it and how to stop. "


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The core catalogue loaded as the CLI loads it (QtCore's reader, no display)."""
    previous, previous_language = i18n.current_translator(), i18n.current_language()
    if request.param != "en":
        qtcore = pytest.importorskip("PySide6.QtCore")
        from kastdesk.resources import resource_path

        catalogue = qtcore.QTranslator()
        assert catalogue.load(f"kastdesk_core_{request.param}", str(resource_path("translations")))
        i18n.set_translator(
            lambda context, text: catalogue.translate(context, text) or text, catalogue.language()
        )
    try:
        yield request.param
    finally:
        i18n.set_translator(previous, previous_language)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _rows_per_page(doc: d.Document) -> list[tuple[int, bool]]:
    """For each page that holds rows of the table: how many, and whether its header too.

    Rows are found in order (a question's words are drawn before the next question's), so
    a short question that also occurs inside a longer one is not counted twice.
    """
    table = next(b for b in doc.blocks if isinstance(b, d.Table))
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    labels = [_squash(row[0]) for row in table.rows]
    head = _squash(table.header[0] + table.header[1])  # "Question" and the first point
    found: list[tuple[int, bool]] = []
    row = 0
    for page in PdfReader(buffer).pages:
        text = _squash(page.extract_text())
        cursor = count = 0
        while row < len(labels) and (at := text.find(labels[row], cursor)) >= 0:
            cursor, row, count = at + len(labels[row]), row + 1, count + 1
        if count:
            found.append((count, head in text))
    assert row == len(labels), "a row of the table was not found in the PDF"
    return found


def _sheets() -> list[FormResponse]:
    """A start, an end and a follow-up sheet, then monthly follow-ups (the last sheet's
    answers again): one more measurement point, one more column."""
    start, end, follow_up = (
        FormResponse.from_dict(r)
        for r in make_demo_responses(
            random.Random(3),
            date(2025, 1, 10),
            date(2025, 9, 1),
            date(2026, 3, 1),
            skip_probability=0,
        )
    )
    later = [
        replace(
            follow_up,
            answered_at=date(2026, 4, 1) + timedelta(days=30 * n),
            response_id=f"{n + 1:032x}",
        )
        for n in range(MAX_POINTS - 3)
    ]
    return [start, end, follow_up, *later]


def _in_own_words(words: int) -> str:
    """The client's reason for coming in their own words, ``words`` long (the second row)."""
    return " ".join((OWN_WORDS * words).split()[:words])


def _assert_no_lone_rows(language: str, layouts: dict[object, list[tuple[int, bool]]]) -> None:
    for layout, pages in layouts.items():
        for count, has_header in pages:
            assert has_header, (language, layout, pages)
            assert count >= SELF_RATING_KEEP_ROWS, (language, layout, pages)


def test_more_points_never_leave_the_last_rows_alone(language: str, vault: Vault) -> None:
    """One to eight points: the table ends at a different height each time, on the
    page it starts on, on the next, or the one after."""
    case = vault.add_client("K-2026-001", first_contact_date=date(2025, 1, 6))
    layouts: dict[object, list[tuple[int, bool]]] = {}
    for points, sheet in enumerate(_sheets(), start=1):
        save_response(case, sheet)
        layouts[points] = _rows_per_page(build_case_summary(collect_case(case), ["self_rating"]))
    _assert_no_lone_rows(language, layouts)
    # The cases did put the table across page breaks, more than one in some.
    assert any(len(pages) >= 2 for pages in layouts.values())
    assert any(len(pages) >= 3 for pages in layouts.values())


def test_a_long_answer_never_leaves_the_header_alone_at_a_pages_foot(
    language: str, vault: Vault
) -> None:
    """A longer and longer answer in the second row moves the table's first page break
    up through its first rows, until only the header and a row or two would be left
    under the chart."""
    first, *rest = _sheets()[:4]
    layouts: dict[object, list[tuple[int, bool]]] = {}
    for words in range(80, 160, 10):
        case = vault.add_client(f"K-{words}", first_contact_date=date(2025, 1, 6))
        answers = {**first.answers, "reason_in_words": _in_own_words(words)}
        for sheet in (replace(first, answers=answers), *rest):
            save_response(case, sheet)
        layouts[words] = _rows_per_page(build_case_summary(collect_case(case), ["self_rating"]))
    _assert_no_lone_rows(language, layouts)
    assert all(len(pages) >= 2 for pages in layouts.values())


def test_kept_rows_that_no_page_can_hold_still_print(vault: Vault) -> None:
    """An answer so long that the header and the first rows are taller than a page: the
    table breaks where it must rather than fail the export (keeping them together would
    have no page to go to)."""
    first, *rest = _sheets()[:4]
    case = vault.add_client("K-2026-002", first_contact_date=date(2025, 1, 6))
    answers = {**first.answers, "reason_in_words": _in_own_words(170)}
    for sheet in (replace(first, answers=answers), *rest):
        save_response(case, sheet)
    pages = _rows_per_page(build_case_summary(collect_case(case), ["self_rating"]))
    assert sum(count for count, _ in pages) == len(collect_case(case)["self_rating"]["rows"])


@pytest.mark.parametrize("points", [4, 8])
def test_an_answer_taller_than_a_page_still_prints(vault: Vault, points: int) -> None:
    """An answer so long that its row alone is taller than a page (a client who wrote a
    page about why they came, beside four or more points' narrow columns): the row is split
    across pages, every word printed, instead of the export failing with reportlab's
    LayoutError."""
    first, *rest = _sheets()[:points]
    case = vault.add_client("K-2026-003", first_contact_date=date(2025, 1, 6))
    answers = {**first.answers, "reason_in_words": _in_own_words(600)}
    for sheet in (replace(first, answers=answers), *rest):
        save_response(case, sheet)
    doc = build_case_summary(collect_case(case), ["self_rating"])
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    text = " ".join(page.extract_text() for page in PdfReader(buffer).pages)
    # Each sentence of the answer says "understand" once: every one of them printed (a
    # sentence may run from one page to the next, a word does not).
    assert text.count("understand") == 600 // len(OWN_WORDS.split())
