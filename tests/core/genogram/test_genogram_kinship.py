"""Kinship words relative to the client: what the editor writes as a new relative's role."""

from __future__ import annotations

from kastdesk.genogram import edits
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import Genogram, Sex


def _family() -> tuple[Genogram, dict[str, str]]:
    g = Genogram()
    ids: dict[str, str] = {}

    def run(edit: edits.Edit) -> None:
        nonlocal g
        g = edit.apply(g)

    run(edits.add_person(g, sex=Sex.FEMALE, person_id="me", is_index=True))
    run(edits.add_parents(g, "me", ids=("dad", "mum", "u0", "c0")))
    run(edits.add_sibling(g, "me", sex=Sex.MALE, sibling_id="bro"))
    run(edits.add_parents(g, "dad", ids=("gf", "gm", "u1", "c1")))
    run(edits.add_sibling(g, "dad", sex=Sex.UNKNOWN, sibling_id="aunt"))
    partner = edits.add_partner(g, "me")
    run(partner)
    ids["partner"] = next(i for i in partner.created if i in g.persons)
    (union,) = g.unions_of("me")
    for sex, name in ((Sex.MALE, "son"), (Sex.FEMALE, "daughter"), (Sex.UNKNOWN, "baby")):
        child = edits.add_child(g, union.id, sex=sex)
        run(child)
        ids[name] = next(i for i in child.created if i in g.persons)
    stranger = edits.add_person(g, sex=Sex.MALE)
    run(stranger)
    ids["stranger"] = stranger.created[0]
    return g, ids


def test_every_relation_has_its_word_unnumbered() -> None:
    g, ids = _family()
    words = kinship(g)
    assert words["me"] == "client"
    assert (words["dad"], words["mum"], words["bro"]) == ("father", "mother", "brother")
    assert (words["gf"], words["gm"]) == ("paternal grandfather", "paternal grandmother")
    assert words["aunt"] == "paternal aunt or uncle"
    assert words[ids["partner"]] == "partner"
    assert [words[ids[k]] for k in ("son", "daughter", "baby")] == ["son", "daughter", "child"]
    assert words[ids["stranger"]] == "relative"


def test_no_client_no_words() -> None:
    g, _ = _family()
    g = edits.update_person(g, "me", is_index=False).apply(g)
    assert kinship(g) == {}


def test_a_parents_affair_partner_is_not_a_step_parent() -> None:
    """The demo's father had an affair; his lover was pseudonymized as "stepmother"."""
    from kastdesk.genogram.model import UnionKind

    g, _ = _family()
    g = edits.add_partner(g, "dad", sex=Sex.FEMALE, partner_id="wife2").apply(g)
    g = edits.add_partner(
        g, "dad", sex=Sex.FEMALE, kind=UnionKind.AFFAIR, partner_id="lover"
    ).apply(g)
    g = edits.add_partner(
        g, "mum", sex=Sex.MALE, kind=UnionKind.AFFAIR, partner_id="friend"
    ).apply(g)
    words = kinship(g)
    assert words["wife2"] == "stepmother"
    assert words["lover"] == "father's affair partner"
    assert words["friend"] == "mother's affair partner"


def test_the_clients_affair_and_late_partners_are_not_the_partner() -> None:
    """The client's affair partner read "partner", as the one at home did, in privacy mode
    and in an initials-only export."""
    from kastdesk.genogram.model import UnionKind

    g, ids = _family()
    for kind, pid in ((UnionKind.AFFAIR, "lover"), (UnionKind.WIDOWED, "first"),
                      (UnionKind.DIVORCED, "ex")):
        g = edits.add_partner(g, "me", sex=Sex.MALE, kind=kind, partner_id=pid).apply(g)
    words = kinship(g)
    assert words[ids["partner"]] == "partner"
    assert (words["lover"], words["first"], words["ex"]) == (
        "affair partner", "late partner", "former partner")
