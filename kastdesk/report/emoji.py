"""Emoji in text: which characters make one emoji, drawn together in the emoji face.

An emoji is often several characters: U+FE0F asks for the emoji look ("❤️" is ❤ and
U+FE0F), a skin-tone modifier follows a hand ("👍🏽"), zero-width joiners join pictures
into one ("👨‍👩‍👧"), a keycap is a digit, U+FE0F and U+20E3 ("1️⃣"), a flag two regional
indicator letters ("🇸🇪"), a subdivision flag a black flag and tag letters. reportlab draws
character by character, without OpenType shaping, so the PDF must keep each sequence
whole itself: in one face (``fonts.runs``), in its own order inside right-to-left text
(``rtl.visual``), its joiners kept (``rtl.shape``). Shaping, which would turn a sequence
into one picture, is not done: its pictures are drawn side by side.

No reportlab here: ``rtl`` uses this too.
"""

from __future__ import annotations

import re

#: Emoji_Presentation=Yes (Unicode emoji-data.txt, Emoji 15.0): drawn as emoji without
#: U+FE0F. The last range is the whole Symbols and Pictographs Extended-A block, whose
#: unassigned code points are reserved for emoji (newer fonts already have some).
_PRESENTATION = (
    "[\u231a-\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd-\u25fe\u2614-\u2615\u2648-\u2653\u267f\u2693"
    "\u26a1\u26aa-\u26ab\u26bd-\u26be\u26c4-\u26c5\u26ce\u26d4\u26ea\u26f2-\u26f3\u26f5\u26fa"
    "\u26fd\u2705\u270a-\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf"
    "\u2b1b-\u2b1c\u2b50\u2b55\U0001f004\U0001f0cf\U0001f18e\U0001f191-\U0001f19a"
    "\U0001f1e6-\U0001f1ff\U0001f201\U0001f21a\U0001f22f\U0001f232-\U0001f236"
    "\U0001f238-\U0001f23a\U0001f250-\U0001f251\U0001f300-\U0001f320\U0001f32d-\U0001f335"
    "\U0001f337-\U0001f37c\U0001f37e-\U0001f393\U0001f3a0-\U0001f3ca\U0001f3cf-\U0001f3d3"
    "\U0001f3e0-\U0001f3f0\U0001f3f4\U0001f3f8-\U0001f43e\U0001f440\U0001f442-\U0001f4fc"
    "\U0001f4ff-\U0001f53d\U0001f54b-\U0001f54e\U0001f550-\U0001f567\U0001f57a"
    "\U0001f595-\U0001f596\U0001f5a4\U0001f5fb-\U0001f64f\U0001f680-\U0001f6c5\U0001f6cc"
    "\U0001f6d0-\U0001f6d2\U0001f6d5-\U0001f6d7\U0001f6dc-\U0001f6df\U0001f6eb-\U0001f6ec"
    "\U0001f6f4-\U0001f6fc\U0001f7e0-\U0001f7eb\U0001f7f0\U0001f90c-\U0001f93a"
    "\U0001f93c-\U0001f945\U0001f947-\U0001f9ff\U0001fa70-\U0001faff]"
)
_EMOJI_LOOK = "\ufe0f"
_TEXT_LOOK = "\ufe0e"
_ZWJ = "\u200d"
_KEYCAP_MARK = "\u20e3"
_SKIN_TONE = "[\U0001f3fb-\U0001f3ff]"
#: Blocks of symbols whose emoji (♀, ⚕, ❤, ☠ ...) can follow a joiner without U+FE0F.
_SYMBOL = "[\u2190-\u2bff\U0001f000-\U0001faff]"
#: One picture: a character with the emoji look by default (unless U+FE0E asks for text),
#: or another that asks for it or takes a skin tone; then its selector and tone.
_PICTURE = (
    f"(?:{_PRESENTATION}(?!{_TEXT_LOOK})"
    f"|[^\\s0-9#*{_EMOJI_LOOK}{_TEXT_LOOK}{_ZWJ}{_KEYCAP_MARK}](?={_EMOJI_LOOK}|{_SKIN_TONE}))"
    f"{_EMOJI_LOOK}?{_SKIN_TONE}?{_EMOJI_LOOK}?"
)
_SEQUENCE = re.compile(
    "\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"  # a subdivision flag
    f"|[0-9#*]{_EMOJI_LOOK}?{_KEYCAP_MARK}"  # a keycap
    "|[\U0001f1e6-\U0001f1ff]{1,2}"  # a flag (or a lone letter)
    f"|{_PICTURE}(?:{_ZWJ}(?:{_PICTURE}|{_SYMBOL}{_EMOJI_LOOK}?))*"
)
#: What every emoji sequence holds one of: a quick test for text without any.
_ANY = re.compile(f"{_PRESENTATION}|[{_EMOJI_LOOK}{_KEYCAP_MARK}]")


def has_emoji(text: str) -> bool:
    """Whether ``text`` may hold an emoji (False: it holds none)."""
    return _ANY.search(text) is not None


def spans(text: str) -> list[tuple[int, int]]:
    """Where each emoji in ``text`` starts and ends (a sequence as one emoji)."""
    if not has_emoji(text):
        return []
    return [m.span() for m in _SEQUENCE.finditer(text)]
