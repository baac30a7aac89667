"""Register the shipped fonts with reportlab, once per process, and find a face for each
character.

The PDF must show å, ä, ö, æ, ø and names from other scripts; the 14 standard PDF fonts
cannot, so the report embeds (subsets of) DejaVu Sans from ``resources/fonts``. DejaVu Sans
has no Thai letters (a Thai partner's name printed as boxes), so Waree (TLWG's Thai face
on Bitstream Vera, DejaVu's own origin, under the Vera licence: ``resources/fonts/
LICENSE-Waree.txt``) is embedded for them. Nor has it most emoji (a client's message
"det är över 😢" quoted in a note, ✅ in a goal, printed as boxes): Noto Emoji draws them,
in monochrome outlines, which reportlab can embed (the colour emoji fonts are bitmaps or
layers it cannot), prepared by ``tools/make_emoji_font.py`` (OFL 1.1: ``resources/fonts/
LICENSE-NotoEmoji.txt``). Nor has it Chinese (a client's partner "王秀英" quoted in a
note): a part of Noto Sans SC draws the Han characters of simplified and traditional
Chinese that GB 2312 and Big5's frequent level hold, in one weight, prepared by
``tools/make_cjk_font.py`` (OFL 1.1: ``resources/fonts/LICENSE-NotoSansSC.txt``).
``runs`` says which face draws each piece of a string,
``string_width`` and ``draw_string`` measure and draw one on a canvas, and the paragraphs
wrap the pieces in ``<font>`` tags (``pdf``).

reportlab draws the characters as they are, without OpenType shaping. Waree is the face
that reads right that way: its tone marks stand above an upper vowel ("ที่", "ชื่น") and
clear of a tall letter's stem ("ป่า", "ปู่"). Noto Sans Thai, tried first, drew them over
the vowel or into the stem, which changed the spelling of a name without a sign. An emoji
of several characters (``emoji``) is drawn whole in the emoji face, its pictures side by
side ("👨‍👩‍👧" as a man, a woman and a girl; a flag as its two letters).

Devanagari has no face here on purpose: unshaped, its vowel signs and conjuncts come out
in the wrong place ("सिंह", "क्षितिज", "प्रिया" misspelt), which is worse than boxes. A face
for it waits for shaping (reportlab shapes with the uharfbuzz package, a new dependency
and a change to every piece drawn here).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from kastdesk.resources import resources_dir

from . import emoji

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
THAI = "Waree"
THAI_BOLD = "Waree-Bold"
EMOJI = "NotoEmoji"
CHINESE = "NotoSansSC"

#: Where a character a face lacks is looked for, in order: the slanted faces have no
#: Arabic letters (the upright ones do), and no DejaVu face has Thai (the slanted Waree
#: faces are not shipped) or Chinese. The Chinese and the emoji faces, last, have one
#: weight. A paragraph in a slanted face with letters of such a script is set upright as
#: a whole (``needs_upright``).
FALLBACKS: dict[str, tuple[str, ...]] = {
    REGULAR: (THAI, CHINESE, EMOJI),
    BOLD: (THAI_BOLD, CHINESE, EMOJI),
    OBLIQUE: (REGULAR, THAI, CHINESE, EMOJI),
    BOLD_OBLIQUE: (BOLD, THAI_BOLD, CHINESE, EMOJI),
}
#: The upright face of each slanted one.
UPRIGHT = {OBLIQUE: REGULAR, BOLD_OBLIQUE: BOLD}
#: Joiners, which stay with the letters around them.
_JOINERS = "\u200c\u200d"
#: A space or joiner whose face its neighbours decide (``runs``).
_BETWEEN = ""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


#: reportlab's own map from a font's codes to the characters they draw (``_to_unicode``).
_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap
#: One code and the character beyond U+FFFF it draws, in reportlab's map.
_WIDE_ENTRY = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]{5,6})>$", re.MULTILINE)


def _to_unicode(fontname: str, subset: list[int]) -> str:
    """reportlab's map from codes to characters, with the characters beyond U+FFFF (most
    emoji) written as PDF wants them, in UTF-16 (a surrogate pair).

    reportlab writes their code point as it is ("<1F622>"), which readers reject: the
    emoji were missing from text copied or searched in the PDF, and from what the tests
    read back. Characters up to U+FFFF are written as before.
    """
    text = _REPORTLAB_TO_UNICODE(fontname, subset)
    if max(subset, default=0) <= 0xFFFF:
        return text

    def utf16(m: re.Match[str]) -> str:
        return f"<{m[1]}> <{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>"

    return _WIDE_ENTRY.sub(utf16, text)


@cache
def register_fonts() -> str:
    """Register the family and the fallback faces and return the regular face's name."""
    ttfonts.makeToUnicodeCMap = _to_unicode
    folder = fonts_dir()
    for name in (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE, THAI, THAI_BOLD, CHINESE, EMOJI):
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
        for bold in (1, 0):  # and the Chinese face and the emoji have one weight
            addMapping(EMOJI, bold, italic, EMOJI)
            addMapping(CHINESE, bold, italic, CHINESE)
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
    characters, ``face`` itself where none has them.

    An emoji is drawn in the emoji face, all of its characters (``emoji.spans``), where
    that face has them all: also one ``face`` has ("😢" and "❤️" in DejaVu Sans are
    small text symbols), but not one written with U+FE0E (text look asked for). A
    combining mark goes with its letter's face where that has it; spaces and joiners
    between two pieces of the same fallback face join them (a two-word Thai name is one
    piece), except between emoji (the emoji face's space is an emoji wide). Text ``face``
    draws whole, with no emoji, is one piece: ``[(text, face)]``.
    """
    if not emoji.has_emoji(text) and all(has_glyph(face, ch) for ch in text):
        return [(text, face)] if text else []
    faces: list[str | None] = [None] * len(text)
    for start, end in emoji.spans(text):
        if all(has_glyph(EMOJI, ch) for ch in text[start:end]):
            faces[start:end] = [EMOJI] * (end - start)
    for i, ch in enumerate(text):
        if faces[i] is not None:
            continue
        before = next((f for f in reversed(faces[:i]) if f), face)
        if unicodedata.category(ch).startswith("M") and has_glyph(before, ch):
            faces[i] = before
        elif (ch.isspace() or ch in _JOINERS) and has_glyph(face, ch):
            faces[i] = _BETWEEN  # decided by its neighbours, below
        else:
            faces[i] = _face_for(face, ch)
    for i, f in enumerate(faces):
        if f != _BETWEEN:
            continue
        before = next((g for g in reversed(faces[:i]) if g), face)
        after = next((g for g in faces[i + 1:] if g), face)
        joined = before == after and before != EMOJI and has_glyph(before, text[i])
        faces[i] = before if joined else face
    out: list[tuple[str, str]] = []
    for ch, f in zip(text, faces, strict=True):
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + ch, f)
        else:
            out.append((ch, f))  # type: ignore[arg-type]
    return out


def needs_upright(text: str, face: str) -> bool:
    """Whether ``text`` in the slanted ``face`` has letters no slanted face we ship draws
    (Thai, Arabic), which a fallback would set upright among the slanted words.

    A quoted goal "talk with สมศรี ใจดี" read as slanted English beside an upright name, as
    if the name were not part of the quote (and the quote ended there). Neither script has
    a slanted face here (nor is slanting Arabic the custom), so such a paragraph is set
    upright as a whole, each script in its upright face: one look for all of the quote,
    still told apart from the text around it by its indent. Emoji do not count: they are
    pictures, upright in any slanted text."""
    if face not in UPRIGHT:
        return False
    return any(
        drawn_in not in (face, EMOJI)
        and any(unicodedata.category(ch)[0] in "LM" for ch in piece)
        for piece, drawn_in in runs(text, face)
    )


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
