"""The same emotional relationship line drawn twice between the same two persons (QA 24): a
second "close" from the menu chosen again was drawn beside the first, as if it were
another relationship. It is refused in one sentence; other kinds, and the other way round
for a kind with a direction, still go beside it."""

from __future__ import annotations

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import Genogram, GenogramError, Person, RelationshipKind, Sex


def _family() -> Genogram:
    g = Genogram.build([Person("c", Sex.MALE, name="Jonas Lind", is_index=True)])
    return E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)


def _with(g: Genogram, a: str, b: str, kind: RelationshipKind, **options: object) -> Genogram:
    return E.add_relationship(g, a, b, kind, **options).apply(g)  # type: ignore[arg-type]


def test_the_same_line_again_is_refused_either_way_round() -> None:
    g = _with(_family(), "c", "fa", RelationshipKind.CLOSE)
    for a, b in (("c", "fa"), ("fa", "c")):
        with pytest.raises(GenogramError) as info:
            E.add_relationship(g, a, b, RelationshipKind.CLOSE)
        assert "already have this relationship line (close)" in info.value.message
    assert len(g.relationships) == 1


def test_other_kinds_and_the_other_direction_go_beside_it() -> None:
    g = _with(_family(), "fa", "c", RelationshipKind.PHYSICAL_ABUSE)
    with pytest.raises(GenogramError):
        E.add_relationship(g, "fa", "c", RelationshipKind.PHYSICAL_ABUSE)
    g = _with(g, "c", "fa", RelationshipKind.PHYSICAL_ABUSE)  # the son hit back
    g = _with(g, "fa", "c", RelationshipKind.PHYSICAL_ABUSE, directed=False)  # both ways
    g = _with(g, "fa", "c", RelationshipKind.CONFLICTUAL)
    g = _with(g, "mo", "c", RelationshipKind.CONFLICTUAL)
    assert len(g.relationships) == 5
