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

Both keep an emoji of several characters (``emoji``: "👍🏽", "👨‍👩‍👧", "1️⃣") whole and in its
own order: the reshaper drops zero-width joiners, and the algorithm drops them too and
turns a sequence round with the Arabic around it (the tone before the hand).

Text without right-to-left characters is returned unchanged (the same object), so an
all-Latin document is drawn exactly as before. The reportlab mechanism for this
(``wordWrap='RTL'`` and ``shaping``) needs ``rlbidi``, which is not on PyPI, and
``uharfbuzz``; python-bidi (LGPL) and arabic-reshaper (MIT) install from PyPI wheels.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any

from . import emoji

#: Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
#: Mandaic, the Arabic extensions and presentation forms, and the historic RTL blocks).
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")
#: Arabic combining marks (harakat, shadda, superscript alef, Quranic marks): drawn after
#: the letter they sit on, whatever the order of the line.
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8" \
    "\u06ea-\u06ed\u08d3-\u08ff"


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
    """``text`` with its Arabic letters joined (presentation forms), order unchanged;
    emoji as they were (the reshaper would drop their joiners)."""
    if not has_rtl(text):
        return text
    reshape = _reshaper().reshape  # type: ignore[attr-defined]
    out, end = [], 0
    for start, stop in emoji.spans(text):
        out += [reshape(text[end:start]), text[start:stop]]
        end = stop
    out.append(reshape(text[end:]))
    return "".join(out)


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
    letter, so they are drawn over it; an emoji's characters stay in their order.
    """
    if not has_rtl(line):
        return line
    return "".join(text for _, text in _drawn(line, base or base_direction(line)))


def visual_pieces(pieces: Sequence[str], base: str | None = None) -> list[tuple[int, str]]:
    """One line written in ``pieces`` (of different faces or looks), in the order it is
    drawn: (which piece, its text) from the left. A piece is cut where the line's
    order takes its characters apart ("Partner: " and an Arabic name after it, and an
    emoji in the name: the name's words go right to left around the emoji).
    """
    line = "".join(pieces)
    if not has_rtl(line):
        return [(i, p) for i, p in enumerate(pieces) if p]
    starts, at = [], 0
    for p in pieces:
        starts.append(at)
        at += len(p)
    out: list[tuple[int, str]] = []
    for index, text in _drawn(line, base or base_direction(line), starts):
        piece = bisect_right(starts, index) - 1  # the last to start there: not empty
        if out and out[-1][0] == piece:
            out[-1] = (piece, out[-1][1] + text)
        else:
            out.append((piece, text))
    return out


_ARABIC_MARK = re.compile(f"[{_ARABIC_MARKS}]")


def _drawn(line: str, base: str, cuts: Sequence[int] = ()) -> list[tuple[int, str]]:
    """(where in ``line``, what is drawn) for each character or emoji, in drawn order.

    An emoji of several characters is one item (one character stands for it in the
    algorithm: its first, which decides its direction, as joiners, selectors and tones
    have none of their own), unless one of ``cuts`` falls inside it.
    """
    items: list[tuple[int, str]] = []
    end = 0
    for start, stop in emoji.spans(line):
        if stop - start < 2 or any(start < cut < stop for cut in cuts):
            continue
        items += [(i, line[i]) for i in range(end, start)]
        items.append((start, line[start:stop]))
        end = stop
    items += [(i, line[i]) for i in range(end, len(line))]
    drawn = [(items[n][0], ch if len(items[n][1]) == 1 else items[n][1])
             for n, ch in _display("".join(text[0] for _, text in items), base)]
    # Reversed, a mark stands before its letter; drawn with no advance, it must follow.
    out: list[tuple[int, str]] = []
    marks: list[tuple[int, str]] = []
    for item in drawn:
        if _ARABIC_MARK.fullmatch(item[1]):
            marks.append(item)
        else:
            out += [item, *marks]
            marks = []
    return out + marks


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


def _display(line: str, base: str) -> list[tuple[int, str]]:
    """python-bidi's algorithm (the Python one, which mirrors brackets) with rule N0: each
    character drawn, from the left, with its index in ``line`` (the algorithm leaves out
    joiners and other characters of no direction, rule X9)."""
    from bidi import algorithm as uax9

    storage = uax9.get_empty_storage()
    storage["base_level"] = 1 if base == "R" else 0
    storage["base_dir"] = base
    uax9.get_embedding_levels(line, storage)
    for index, ch in enumerate(storage["chars"]):
        ch["index"] = index
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    _pair_brackets(storage["chars"], base)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    uax9.reorder_resolved_levels(storage, False)
    uax9.apply_mirroring(storage, False)
    return [(ch["index"], ch["ch"]) for ch in storage["chars"]]


def drawn(text: str, base: str | None = None) -> str:
    """A single line as it is drawn: shaped and in visual order (canvas strings)."""
    return visual(shape(text), base)
