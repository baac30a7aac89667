"""Percentages in the case summary are written as the language writes them.

The PDF wrote "51%" in Swedish and Norwegian, which write "51 %" with a no-break space;
the pattern is now the catalogue's ("{percent}%" in context Report).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kastdesk import i18n
from kastdesk.report import document as d
from kastdesk.report.summary import _exercise_blocks, percent

NBSP = "\u00a0"


@pytest.fixture
def nordic() -> Iterator[None]:
    """A catalogue that writes the percentage as Swedish and Norwegian do."""
    previous = i18n.current_translator()
    table = {("Report", "{percent}%"): "{percent}" + NBSP + "%"}
    i18n.set_translator(lambda context, text: table.get((context, text), text))
    yield
    i18n.set_translator(previous)


def _urge_log_text() -> str:
    doc = d.Document(title="t", header="h")
    _exercise_blocks(doc, {"id": "urge_log", "title": "Urge log", "summary": {
        "entries": 37, "alternatives_chosen": 19, "alternatives_ratio": 19 / 37, "lapses": 2,
        "streaks": []}})
    return doc.text()


def test_english_writes_the_sign_after_the_number() -> None:
    assert percent(19 / 37) == "51%"
    assert percent(0.0) == "0%" and percent(1.0) == "100%"
    assert "19 (51%)" in _urge_log_text()


def test_swedish_and_norwegian_write_a_no_break_space(nordic: None) -> None:
    assert percent(19 / 37) == "51" + NBSP + "%"
    text = _urge_log_text()
    assert "19 (51" + NBSP + "%)" in text and "51%" not in text
