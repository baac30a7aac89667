"""Make ``resources/fonts/NotoEmoji.ttf``, the PDFs' emoji face, from Google's Noto Emoji.

Noto Emoji (monochrome, SIL Open Font License 1.1, no reserved font name) has outlines
(``glyf``), which reportlab can embed; the colour emoji fonts (CBDT bitmaps, COLR layers)
it cannot. The source is the Regular of the npm package ``@expo-google-fonts/noto-emoji``
(0.4.7: Noto Emoji 3.006)::

    npm pack @expo-google-fonts/noto-emoji@0.4.7 && tar xzf expo-google-fonts-noto-emoji-0.4.7.tgz
    pip install fonttools   # this tool only; the app reads the result with reportlab
    python tools/make_emoji_font.py package/400Regular/NotoEmoji_400Regular.ttf

reportlab draws one glyph per character, without OpenType shaping (no GSUB), so the font's
sequences (flags, keycaps, families, skin tones) are never formed. What this changes for
that, and why:

* Only what a character reaches is kept: the glyphs that only a GSUB ligature reaches, the
  GSUB table, and the old Google private-use code points for them go (a tenth of the
  file: 790 kB are left, about DejaVu Sans's size).
* The combining enclosing keycap (U+20E3) gets no advance and its square is moved back by
  one emoji's width, so that it encloses the digit before it ("1️⃣"), as the font's own
  ligature draws it; unshaped, a digit stood beside an empty square, which read as a box
  for a missing character.
* The five skin-tone modifiers (U+1F3FB..U+1F3FF) draw nothing and take no room: this
  monochrome font has no skin tones, and its own shaping drops a modifier that follows an
  emoji ("👍🏽" is drawn as "👍"); unshaped, each was a hatched square beside the hand.
  The characters stay in the text (copying from the PDF keeps them).

Everything else (outlines, metrics, names) is Google's. The licence is
``resources/fonts/LICENSE-NotoEmoji.txt``.
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoEmoji.ttf"
KEYCAP = 0x20E3
SKIN_TONES = range(0x1F3FB, 0x1F400)


def _private_use(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


def make(source: Path, target: Path = TARGET) -> None:
    from fontTools import subset
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    font = TTFont(source, recalcTimestamp=False)  # the same file from the same source
    codes = [c for c in font.getBestCmap() if not _private_use(c)]
    options = subset.Options()
    options.layout_features = []  # no GSUB: reportlab does not shape
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)

    cmap = font.getBestCmap()
    glyf, hmtx = font["glyf"], font["hmtx"]
    glyphs = font.getGlyphSet()

    keycap = cmap[KEYCAP]
    width = hmtx[keycap][0]
    recorded = DecomposingRecordingPen(glyphs)
    glyphs[keycap].draw(recorded)
    pen = TTGlyphPen(glyphs)
    recorded.replay(TransformPen(pen, (1, 0, 0, 1, -width, 0)))
    glyf[keycap] = pen.glyph()
    glyf[keycap].recalcBounds(glyf)
    hmtx[keycap] = (0, glyf[keycap].xMin)

    empty = TTGlyphPen(None).glyph()
    for code in SKIN_TONES:
        name = cmap[code]
        glyf[name] = empty
        hmtx[name] = (0, 0)
    if "vmtx" in font:  # vertical metrics of the changed glyphs (unused by PDF text)
        for name in [keycap, *(cmap[c] for c in SKIN_TONES)]:
            font["vmtx"][name] = (font["vmtx"][name][0], 0)

    font.save(target)
    print(f"{target}: {target.stat().st_size} bytes, {len(font.getGlyphOrder())} glyphs, "
          f"{len(cmap)} characters")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    make(Path(sys.argv[1]))
