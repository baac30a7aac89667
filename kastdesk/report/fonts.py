"""Register the shipped fonts with reportlab, once per process, and find a face for each
character.

The PDF must show å, ä, ö, æ, ø and names from other scripts; the 14 standard PDF fonts
cannot, so the report embeds (subsets of) DejaVu Sans from ``resources/fonts``. DejaVu Sans
has no Thai letters (a Thai partner's name printed as boxes), so Waree (TLWG's Thai face
on Bitstream Vera, DejaVu's own origin, under the Vera licence: ``resources/fonts/
LICENSE-Waree.txt``) is embedded for them: ``runs`` says which face draws each
piece of a string, ``string_width`` and ``draw_string`` measure and draw one on a canvas,
and the paragraphs wrap the pieces in ``<font>`` tags (``pdf``). Emoji have no font here
and stay as they are.

reportlab draws the characters as they are, without OpenType shaping. Waree is the face
that reads right that way: its tone marks stand above an upper vowel ("ที่", "ชื่น") and
clear of a tall letter's stem ("ป่า", "ปู่"). Noto Sans Thai, tried first, drew them over
the vowel or into the stem, which changed the spelling of a name without a sign.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kastdesk.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
THAI = "Waree"
THAI_BOLD = "Waree-Bold"

#: Where a character a face lacks is looked for, in order: the slanted faces have no
#: Arabic letters (the upright ones do), and no DejaVu face has Thai. Thai in a quote is
#: upright (the slanted Waree faces are not shipped).
FALLBACKS: dict[str, tuple[str, ...]] = {
    REGULAR: (THAI,),
    BOLD: (THAI_BOLD,),
    OBLIQUE: (REGULAR, THAI),
    BOLD_OBLIQUE: (BOLD, THAI_BOLD),
}
#: Joiners, which stay with the letters around them.
_JOINERS = "\u200c\u200d"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> str:
    """Register the family and the fallback faces and return the regular face's name."""
    folder = fonts_dir()
    for name in (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE, THAI, THAI_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD_OBLIQUE)
    # A <font name=...> tag sets bold and italic from the face it names (reportlab's
    # paragraphs): the Thai faces need a family, slanted meaning upright.
    for italic in (1, 0):  # a face named in a tag is upright
        addMapping(THAI, 0, italic, THAI)
        addMapping(THAI, 1, italic, THAI_BOLD)
    return REGULAR


@cache
def _glyphs(face: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(face).face.charToGlyph)


def has_glyph(face: str, ch: str) -> bool:
    """Whether ``face`` (one of ours) draws ``ch``."""
    return ord(ch) in _glyphs(face)


def _face_for(face: str, ch: str) -> str:
    if has_glyph(face, ch):
        return face
    return next((f for f in FALLBACKS.get(face, ()) if has_glyph(f, ch)), face)


def runs(text: str, face: str) -> list[tuple[str, str]]:
    """``text`` as (piece, face) pairs: each piece in the first face that has its
    characters, ``face`` itself where none has them (emoji).

    A combining mark goes with its letter's face where that has it; spaces and joiners
    between two pieces of the same fallback face join them (a two-word Thai name is one
    piece). Text ``face`` draws whole is one piece: ``[(text, face)]``.
    """
    if all(has_glyph(face, ch) for ch in text):
        return [(text, face)] if text else []
    faces: list[str | None] = []
    for ch in text:
        before = next((f for f in reversed(faces) if f is not None), face)
        if unicodedata.category(ch).startswith("M") and has_glyph(before, ch):
            faces.append(before)
        elif (ch.isspace() or ch in _JOINERS) and has_glyph(face, ch):
            faces.append(None)  # decided by its neighbours, below
        else:
            faces.append(_face_for(face, ch))
    for i, f in enumerate(faces):
        if f is not None:
            continue
        before = next((g for g in reversed(faces[:i]) if g is not None), face)
        after = next((g for g in faces[i + 1:] if g is not None), face)
        faces[i] = before if before == after and has_glyph(before, text[i]) else face
    out: list[tuple[str, str]] = []
    for ch, f in zip(text, faces, strict=True):
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + ch, f)
        else:
            out.append((ch, f))  # type: ignore[arg-type]
    return out


def _whole(pieces: list[tuple[str, str]], face: str) -> bool:
    """Whether ``face`` draws all of the text ``pieces`` came from."""
    return all(f == face for _, f in pieces)


def string_width(text: str, face: str, size: float) -> float:
    """``pdfmetrics.stringWidth`` with each piece in the face that draws it (``runs``)."""
    pieces = runs(text, face)
    if _whole(pieces, face):
        return pdfmetrics.stringWidth(text, face, size)
    return sum(pdfmetrics.stringWidth(t, f, size) for t, f in pieces)


def draw_string(canvas: Any, x: float, y: float, text: str, face: str, size: float,
                anchor: str = "start") -> None:
    """Draw one line at ``x`` ('start', 'middle' or 'end' of it) in ``face`` (already set
    on ``canvas``), each piece in the face that has its characters. A line ``face`` draws
    whole is drawn as by ``drawString``, ``drawCentredString`` or ``drawRightString``."""
    pieces = runs(text, face)
    if _whole(pieces, face):
        draw = {"start": canvas.drawString, "middle": canvas.drawCentredString,
                "end": canvas.drawRightString}[anchor]
        draw(x, y, text)
        return
    widths = [pdfmetrics.stringWidth(t, f, size) for t, f in pieces]
    x -= {"start": 0.0, "middle": sum(widths) / 2, "end": sum(widths)}[anchor]
    for (piece, f), w in zip(pieces, widths, strict=True):
        canvas.setFont(f, size)
        canvas.drawString(x, y, piece)
        x += w
    canvas.setFont(face, size)
