"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kastdesk import i18n


@pytest.fixture
def drawn(monkeypatch):  # type: ignore[no-untyped-def]
    """Every run of text a PDF draws, with the face it is drawn in, glyph by glyph from the
    left (a reader's text extraction puts right-to-left runs back into reading order and
    cannot say which face drew what: the Arabic, Thai and emoji tests look here)."""
    from reportlab.pdfgen.textobject import PDFTextObject

    runs: list[tuple[str, str]] = []
    original = PDFTextObject._formatText

    def spy(self, text):  # type: ignore[no-untyped-def]
        runs.append((text, self._fontname))
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "_formatText", spy)
    return runs


@pytest.fixture
def marked() -> Iterator[None]:
    """A stand-in catalogue that marks every text it was asked for: a text that comes out
    unmarked never went through the catalogue (so could not be translated)."""
    previous = i18n.current_translator()
    i18n.set_translator(lambda context, text: f"«{text}»")
    try:
        yield
    finally:
        i18n.set_translator(previous)
