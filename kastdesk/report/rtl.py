"""Right-to-left text (Arabic, Persian, Hebrew, ...) for reportlab, which has neither.

reportlab draws characters one after the other, left to right, in the order they are
stored, each in its isolated form: "محمد الأحمد" came out with its letters backwards and
unjoined, and in a line with Latin text the words stood in the wrong order. The screens
(Qt) and the family map's own Qt export do both steps, and so must the PDF:

* ``shape`` joins the letters: each Arabic letter becomes the presentation form it takes
  between its neighbours (initial, medial, final, isolated; lam-alef ligatures), which
  DejaVu Sans has. It keeps the order and so can come before lines are broken (a shaped
  word has the width it will be drawn with).
* ``visual`` puts one *line* into the order it is drawn in, by the Unicode bidirectional
  algorithm (UAX #9). It must come after the line breaking: the words of a right-to-left
  sentence that wraps go onto the lines in reading order.

Text without right-to-left characters is returned unchanged (the same object), so an
all-Latin document is drawn exactly as before. The reportlab mechanism for this
(``wordWrap='RTL'`` and ``shaping``) needs ``rlbidi``, which is not on PyPI, and
``uharfbuzz``; python-bidi (LGPL) and arabic-reshaper (MIT) install from PyPI wheels.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

#: Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
#: Mandaic, the Arabic extensions and presentation forms, and the historic RTL blocks).
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")
#: Arabic combining marks (harakat, shadda, superscript alef, Quranic marks): drawn after
#: the letter they sit on, whatever the order of the line.
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8" \
    "\u06ea-\u06ed\u08d3-\u08ff"
_MARKS_BEFORE_BASE = re.compile(f"([{_ARABIC_MARKS}]+)([^{_ARABIC_MARKS}])")


#: A run of right-to-left letters with the spaces and joiners between them.
_RTL_RUN = re.compile(f"{_RTL.pattern}(?:[\\s\u200c\u200d]*{_RTL.pattern})*")


def runs(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s runs of right-to-left letters start and end."""
    return [m.span() for m in _RTL_RUN.finditer(text)]


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a character of a right-to-left script."""
    return _RTL.search(text) is not None


@cache
def _reshaper() -> object:
    import arabic_reshaper

    # Harakat are the writer's (a name's vowels): kept, not dropped as by default.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def shape(text: str) -> str:
    """``text`` with its Arabic letters joined (presentation forms), order unchanged."""
    if not has_rtl(text):
        return text
    return _reshaper().reshape(text)  # type: ignore[attr-defined,no-any-return]


def base_direction(text: str) -> str:
    """'R' or 'L': the direction of the first strong character (UAX #9 P2, P3), as Qt
    sets a paragraph of the notes; 'L' where there is none."""
    if not has_rtl(text):
        return "L"
    from bidi import get_base_level

    return "R" if get_base_level(text) == 1 else "L"


def visual(line: str, base: str | None = None) -> str:
    """One line of (shaped) text in the order its characters are drawn, left to right.

    ``base`` is the paragraph's direction ('L' or 'R'; by its first strong character
    where None). Brackets are mirrored in right-to-left runs; Arabic marks follow their
    letter, so they are drawn over it.
    """
    if not has_rtl(line):
        return line
    drawn = _display(line, base or base_direction(line))
    # Reversed, a mark stands before its letter; drawn with no advance, it must follow.
    return _MARKS_BEFORE_BASE.sub(r"\2\1", drawn)


#: Paired brackets (UAX #9 BD14, BD15; the ones written in notes and names).
_OPENING = {"(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e",
            "\u208d": "\u208e", "\u2329": "\u232a", "\u27e8": "\u27e9", "\u3008": "\u3009"}


def _strong(kind: str) -> str | None:
    """A resolved type as a direction for N0: numbers count as right to left."""
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _pair_brackets(chars: list[dict[str, Any]], embedding: str) -> None:
    """UAX #9 N0: a pair of brackets takes the direction of what it encloses.

    python-bidi's Python implementation (the one that mirrors brackets; its Rust one does
    not) predates the rule, and "محمد (فرهاد)" in a Swedish sentence came out with one
    bracket turned: ")فرهاد)".
    """
    stack: list[int] = []
    pairs = []
    for i, ch in enumerate(chars):
        if ch["type"] != "ON":
            continue
        if ch["ch"] in _OPENING:
            if len(stack) == 63:  # BD16: stop looking
                break
            stack.append(i)
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if _OPENING[chars[stack[depth]]["ch"]] == ch["ch"]:
                    pairs.append((stack[depth], i))
                    del stack[depth:]
                    break
    for start, end in sorted(pairs):
        inside = {_strong(c["type"]) for c in chars[start + 1:end]} - {None}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:  # only the other direction inside: it holds where it also comes before
            direction = next((d for c in reversed(chars[:start])
                              if (d := _strong(c["type"])) is not None), embedding)
        chars[start]["type"] = chars[end]["type"] = direction


def _display(line: str, base: str) -> str:
    """python-bidi's algorithm (the Python one, which mirrors brackets) with rule N0."""
    from bidi import algorithm as uax9

    storage = uax9.get_empty_storage()
    storage["base_level"] = 1 if base == "R" else 0
    storage["base_dir"] = base
    uax9.get_embedding_levels(line, storage)
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    _pair_brackets(storage["chars"], base)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    uax9.reorder_resolved_levels(storage, False)
    uax9.apply_mirroring(storage, False)
    return "".join(ch["ch"] for ch in storage["chars"])


def drawn(text: str, base: str | None = None) -> str:
    """A single line as it is drawn: shaped and in visual order (canvas strings)."""
    return visual(shape(text), base)
