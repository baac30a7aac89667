"""A couple line arches where another couple's line down to its children passes through it.

A man with four partners has their couple lines one below the other; the line down from the
first couple's middle then runs through the lines of partners drawn further out, and drawn
straight the crossing read as a junction: a QA therapist took the child of the first wife
for the fourth wife's.
"""

from __future__ import annotations

import pytest

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import HOP_RADIUS, Layout, layout_genogram
from kastdesk.genogram.model import ChildLink, Genogram, Person, Sex, Union


def _man_with_four_partners() -> Genogram:
    persons = [Person("kj", Sex.MALE)]
    unions = []
    links = []
    for i, w in enumerate(("anna", "britt", "cecilia", "diana")):
        persons.append(Person(w, Sex.FEMALE))
        unions.append(Union(f"u{w}", ("kj", w), start_year=2000 + 4 * i))
        if w != "diana":
            persons.append(Person(f"child_{w}", Sex.MALE))
            links.append(ChildLink(f"l{w}", f"child_{w}", union_id=f"u{w}"))
    return Genogram.build(persons, unions, links)


def _uprights(lay: Layout) -> list[tuple[str, float, float, float]]:
    """Each family's line from the parents' middle down to its bar: family, x, top, bottom."""
    return [(aid, s.anchor[0], s.anchor[1], s.bar_y) for aid, s in lay.sibships.items()]


def _passing(lay: Layout, union_id: str) -> set[float]:
    line = lay.unions[union_id]
    edge = HOP_RADIUS + 0.5
    return {
        x
        for aid, x, top, bottom in _uprights(lay)
        if aid != union_id and top < line.y < bottom and line.x1 + edge < x < line.x2 - edge
    }


def test_the_first_wifes_child_line_arches_over_the_lower_couple_lines() -> None:
    lay = layout_genogram(_man_with_four_partners())
    crossed = 0
    for uid, line in lay.unions.items():
        assert set(line.hops) == _passing(lay, uid)
        crossed += len(line.hops)
    assert crossed >= 1, "with four partners some child's line passes a lower couple line"


@pytest.mark.parametrize("seed", [3, 7, 11, 60, 100])
def test_every_couple_line_arch_is_a_line_passing_through_and_every_passing_has_one(
    seed: int,
) -> None:
    g = generate_family(seed=seed, size=80)
    lay = layout_genogram(g)
    for uid, line in lay.unions.items():
        assert set(line.hops) == _passing(lay, uid)
