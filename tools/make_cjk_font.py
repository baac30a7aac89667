"""Make ``resources/fonts/NotoSansSC.ttf``, the PDFs' face for Chinese, from Noto Sans SC.

A Chinese name quoted in a note ("王秀英", "陳美玲") printed as boxes: DejaVu Sans has no
Han characters. Noto Sans SC (SIL Open Font License 1.1; Adobe's Source Han Sans, whose
Reserved Font Name "Source" this face does not use) draws them, but it is published with
PostScript outlines (CFF), which reportlab cannot embed ("postscript outlines are not
supported"), and at 8.3 MB (10.2 MB as TrueType) for its 31,036 glyphs. The source is the
Regular of the PyPI package ``pylopdf-fonts-zh-cn`` (0.1.1: Noto Sans SC 2.004, as
published by the Noto project)::

    pip download --no-deps pylopdf-fonts-zh-cn==0.1.1 && unzip pylopdf_fonts_zh_cn-*.whl
    pip install fonttools   # this tool only; the app reads the result with reportlab
    python tools/make_cjk_font.py pylopdf_fonts_zh_cn/NotoSansSC-Regular.otf

What this changes, and why:

* The outlines become TrueType quadratics (``glyf``; fontTools' cu2qu, within a unit of
  the cubic ones), which reportlab embeds.
* Only the Han characters of GB 2312 (the 6,763 of simplified Chinese) and of Big5's
  frequent level (5,401 of traditional Chinese: "陳", "黃", "張") are kept, 8,836 in all,
  with the CJK punctuation ("、", "。", "「」") and the full-width forms ("（黃）"): 2.7 MB,
  not 10.2. A name with a rarer character still shows a box for that character (the
  review of the PDF shows it; the text copied from it is right).
* GSUB and GPOS go (reportlab draws without OpenType shaping, which Chinese does not
  need: one character is one glyph, all of one width).

Devanagari is not here: reportlab draws a script that needs shaping letter by letter, and
a Devanagari name came out misspelt ("सिंह" with its vowel sign after the wrong letter),
which is worse than boxes (see ``kastdesk/report/fonts.py``).

Everything else (outlines, metrics, names) is the Noto project's. The licence is
``resources/fonts/LICENSE-NotoSansSC.txt``.
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSansSC.ttf"
#: Besides the Han characters: the space, CJK symbols and punctuation, full-width forms.
EXTRA = [0x20, *range(0x3000, 0x3040), *range(0xFF00, 0xFF70)]


def _han(encoding: str, leads: range, trails: list[int]) -> set[str]:
    """The Han characters of a double-byte ``encoding`` whose lead bytes are ``leads``."""
    out = set()
    for lead in leads:
        for trail in trails:
            try:
                ch = bytes([lead, trail]).decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= ch <= "\u9fff":
                out.add(ch)
    return out


def characters() -> set[str]:
    """GB 2312's Han characters (both levels) and Big5's frequent level."""
    gb2312 = _han("gb2312", range(0xB0, 0xF8), list(range(0xA1, 0xFF)))
    big5 = _han("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    return gb2312 | big5


def to_truetype(font) -> None:  # type: ignore[no-untyped-def]
    """Replace ``font``'s CFF outlines by TrueType ones (quadratic, within one unit)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    outlines = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        outlines[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = outlines
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def main(source: str) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "VORG"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    cmap = font.getBestCmap()
    wanted = [ord(ch) for ch in characters()] + EXTRA
    subsetter.populate(unicodes=[u for u in wanted if u in cmap])
    subsetter.subset(font)  # before the outlines change: 8,836 glyphs, not 31,036
    to_truetype(font)
    font.save(TARGET)
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
