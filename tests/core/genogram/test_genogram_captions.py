"""Where a couple line writes its years (``genogram.captions``), without Qt: under its own
line, right of the children's line where nothing is in the way; where two partners stand on
one side of a person, each couple's years by that couple's own line, not both side by side
under the lower one ("lt. 2015" beside "m. 2008 d. 2010", read as either's)."""

from __future__ import annotations

from kastdesk.genogram import edits as E
from kastdesk.genogram.captions import DROP, caption_places
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.model import Genogram, Person, Sex, UnionKind
from kastdesk.genogram.symbols import CAPTION_GAP

#: As the editor lays out (its lines lower under the symbols than the layout's defaults).
OPTS = LayoutOptions(partner_gap=120, neighbour_gap=120, row_height=210, union_drop=56)
SIZE = (44.0, 24.0)  # two lines of years


def _client() -> Genogram:
    return Genogram.build([Person("c", Sex.MALE, name="Per Strand", is_index=True)])


def test_a_couples_years_stand_under_its_line_right_of_the_childrens_line() -> None:
    g = E.add_partner(_client(), "c", partner_id="p", union_id="u").apply(_client())
    g = E.add_child(g, "u", child_id="k").apply(g)
    layout = layout_genogram(g, OPTS)
    line = layout.unions["u"]
    assert caption_places(layout, {"u": SIZE}) == {
        "u": ((line.x1 + line.x2) / 2 + CAPTION_GAP, line.y + DROP)
    }
    assert caption_places(layout, {"u": (0.0, 0.0)}) == {}  # no years, no caption


def _two_on_one_side() -> Genogram:
    """Three partners, the man between them: two stand on one side, the later one's line
    drawn lower, running under the whole of the earlier one's."""
    g = _client()
    kinds = (UnionKind.DIVORCED, UnionKind.LIVING_TOGETHER, UnionKind.MARRIED)
    for i, kind in enumerate(kinds):
        g = E.add_partner(g, "c", partner_id=f"p{i}", union_id=f"u{i}", kind=kind).apply(g)
    return E.add_child(g, "u0", child_id="k").apply(g)


def test_each_couples_years_stand_by_their_own_line() -> None:
    layout = layout_genogram(_two_on_one_side(), OPTS)
    lines = layout.unions
    client = layout.persons["c"].x
    upper, lower = sorted(
        (u for u in lines.values() if min(u.x1, u.x2) < client), key=lambda u: u.y
    )
    assert min(lower.x1, lower.x2) < min(upper.x1, upper.x2)  # the lower runs further out
    places = caption_places(layout, dict.fromkeys(lines, SIZE))
    # The lower line's years under the stretch of it that only it runs along.
    left, top = places[lower.union_id]
    assert top == lower.y + DROP
    assert left + SIZE[0] <= min(upper.x1, upper.x2)
    # The upper line's: the lower one runs under all of it; over its own line, then.
    left, top = places[upper.union_id]
    assert top + SIZE[1] < upper.y
    assert min(upper.x1, upper.x2) <= left and left + SIZE[0] <= max(upper.x1, upper.x2)


def test_years_keep_clear_of_what_is_drawn_there() -> None:
    g = E.add_partner(_client(), "c", partner_id="p", union_id="u").apply(_client())
    g = E.add_child(g, "u", child_id="k").apply(g)
    layout = layout_genogram(g, OPTS)
    line = layout.unions["u"]
    usual = ((line.x1 + line.x2) / 2 + CAPTION_GAP, line.y + DROP)
    # A name written where the years would go: they go elsewhere by their line.
    name = (usual[0], usual[1], usual[0] + 30, usual[1] + 10)
    left, top = caption_places(layout, {"u": SIZE}, [name])["u"]
    assert (left, top) != usual
    right, bottom = left + SIZE[0], top + SIZE[1]
    assert right <= name[0] or left >= name[2] or bottom <= name[1] or top >= name[3]
    assert min(line.x1, line.x2) <= left and right <= max(line.x1, line.x2)
    assert abs(top - line.y) <= DROP + SIZE[1]
