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


def test_a_line_changed_into_one_drawn_already_is_refused() -> None:
    g = _with(_family(), "c", "fa", RelationshipKind.CLOSE, relationship_id="close")
    g = _with(g, "fa", "c", RelationshipKind.CONFLICTUAL, relationship_id="conflict")
    with pytest.raises(GenogramError) as info:
        E.update_relationship(g, "conflict", kind=RelationshipKind.CLOSE)
    assert "already have this relationship line (close)" in info.value.message
    # Abuse turned round onto the same abuse the other way: refused too.
    g = _with(g, "fa", "c", RelationshipKind.NEGLECT, relationship_id="n1")
    g = _with(g, "c", "fa", RelationshipKind.NEGLECT, relationship_id="n2")
    with pytest.raises(GenogramError):
        E.update_relationship(g, "n2", persons=("fa", "c"))
    # Its note, or a kind nobody has, still changes.
    g = E.update_relationship(g, "close", note="since the divorce").apply(g)
    g = E.update_relationship(g, "conflict", kind=RelationshipKind.HOSTILE).apply(g)
    assert g.relationships["conflict"].kind is RelationshipKind.HOSTILE
