"""The editor's map: a relationship line keeps off a couple's years ("m. 1978") where that
hides nothing else (routing.py weighs them least of all). The client's line up to his
mother ran straight over his parents' years, written right of the children's line."""

from __future__ import annotations

import itertools

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Person, RelationshipKind, Sex
from kastdesk.genogram.routing import _clips
from kastdesk.genogram.symbols import LabelMode
from kastdesk.ui.genogram.scene import EDITOR_LAYOUT, GenogramScene, UnionItem


def _family() -> Genogram:
    """The client, a brother, their parents married in 1978, and a close line from the
    client to the parent drawn right (his line runs up past the children's line)."""
    g = Genogram.build([Person("c", Sex.MALE, name="Jonas Lind", birth_year=1982,
                               is_index=True)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_sibling(g, "c", sibling_id="s0").apply(g)
    boxes = layout_genogram(g, EDITOR_LAYOUT).persons
    left, right = sorted(("fa", "mo"), key=lambda p: boxes[p].x)
    g = E.update_person(g, left, name="Per Lind", birth_year=1950).apply(g)
    g = E.update_person(g, right, name="Anna Lind", birth_year=1953).apply(g)
    g = E.update_union(g, "u1", start_year=1978).apply(g)
    return E.add_relationship(g, "c", right, RelationshipKind.CLOSE,
                              relationship_id="r").apply(g)


def test_the_line_up_to_a_parent_keeps_off_the_parents_years(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = GenogramScene()
    scene.year = 2026
    scene.set_label_mode(LabelMode.NAMES)
    g = _family()
    scene.show_genogram(g, layout_genogram(g, EDITOR_LAYOUT))
    couple = scene.unions["u1"]
    assert couple.caption == "m. 1978"
    width, height = UnionItem.caption_size(g.unions["u1"])
    x, y = couple._at  # type: ignore[misc]
    years = (x, y, x + width, y + height)
    route = scene.relationships["r"].key[1]  # type: ignore[index]
    points = route.points(96)
    assert not any(_clips(p, q, years) for p, q in itertools.pairwise(points))
    # ... and no name for it: the S leaves the mother on her left, under no one's label.
    for pid, item in scene.persons.items():
        r = item.text_rect().translated(item.pos())
        name = (r.left(), r.top(), r.right(), r.bottom())
        assert not any(_clips(p, q, name) for p, q in itertools.pairwise(points)), pid
