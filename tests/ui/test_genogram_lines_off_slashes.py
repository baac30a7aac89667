"""The editor's map: a relationship line keeps off a separated or divorced couple's slashes
where that hides nothing else (routing.py). The client's line up to his father ran through
his divorced parents' two slashes, and whether they divorced, or the slashes were the
relationship's mark, could not be told."""

from __future__ import annotations

import itertools

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Person, RelationshipKind, Sex, UnionKind
from kastdesk.genogram.routing import _clips
from kastdesk.genogram.symbols import LabelMode, slash_marks
from kastdesk.ui.genogram.scene import EDITOR_LAYOUT, GenogramScene


def _family() -> Genogram:
    """The client, two younger sisters, their divorced parents, and a close line from the
    client to the parent drawn right (up past the children's line and the slashes)."""
    g = Genogram.build([Person("c", Sex.MALE, name="Jonas Lind", birth_year=1982,
                               is_index=True)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.update_person(g, "fa", name="Per Lind", birth_year=1950).apply(g)
    g = E.update_person(g, "mo", name="Anna Lind", birth_year=1953).apply(g)
    g = E.update_union(g, "u1", kind=UnionKind.DIVORCED).apply(g)
    for i in range(2):
        g = E.add_sibling(g, "c", sibling_id=f"s{i}").apply(g)
        g = E.update_person(g, f"s{i}", name=f"Sara {i} Lind", sex=Sex.FEMALE,
                            birth_year=1985 + i).apply(g)
    boxes = layout_genogram(g, EDITOR_LAYOUT).persons
    right = max(("fa", "mo"), key=lambda p: boxes[p].x)
    return E.add_relationship(g, "c", right, RelationshipKind.CLOSE,
                              relationship_id="r").apply(g)


def test_the_line_up_to_a_parent_keeps_off_the_parents_divorce_slashes(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = GenogramScene()
    scene.year = 2026
    scene.set_label_mode(LabelMode.NAMES)
    g = _family()
    layout = layout_genogram(g, EDITOR_LAYOUT)
    scene.show_genogram(g, layout)
    line = layout.unions["u1"]
    marks = slash_marks(2, line.x1, line.x2, line.y)
    xs, ys = [x for m in marks for x, _ in m], [y for m in marks for _, y in m]
    slashes = (min(xs), min(ys), max(xs), max(ys))
    route = scene.relationships["r"].key[1]  # type: ignore[index]
    points = route.points(96)
    assert not any(_clips(p, q, slashes) for p, q in itertools.pairwise(points))
    # ... and no name for it.
    for pid, item in scene.persons.items():
        r = item.text_rect().translated(item.pos())
        name = (r.left(), r.top(), r.right(), r.bottom())
        assert not any(_clips(p, q, name) for p, q in itertools.pairwise(points)), pid
