"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest


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
