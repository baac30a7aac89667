"""A pregnancy, a miscarriage or a stillbirth is named as such, never as a relative.

A grandmother's miscarriage was "maternal aunt 2" in a supervision packet: clinically wrong,
hurtful to read, and it took a number from the living aunts.
"""

from __future__ import annotations

import pytest

from kastdesk.genogram import edits
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import Genogram, PersonKind, Sex


def _family_with(kind: PersonKind) -> Genogram:
    """A client, her mother's sister, a loss of the grandparents', and one of her own."""
    g = Genogram()
    for edit in (
        lambda g: edits.add_person(g, sex=Sex.FEMALE, person_id="me", is_index=True),
        lambda g: edits.add_parents(g, "me", ids=("dad", "mum", "u0", "c0")),
        lambda g: edits.add_parents(g, "mum", ids=("gf", "gm", "u1", "c1")),
        lambda g: edits.add_sibling(g, "mum", sex=Sex.FEMALE, sibling_id="aunt"),
        lambda g: edits.add_sibling(g, "mum", sex=Sex.FEMALE, sibling_id="lost"),
        lambda g: edits.add_sibling(g, "me", sex=Sex.MALE, sibling_id="lost_sibling"),
        lambda g: edits.add_partner(g, "me", sex=Sex.MALE, partner_id="him"),
    ):
        g = edit(g).apply(g)
    (union,) = g.unions_of("me")
    g = edits.add_child(g, union.id, sex=Sex.FEMALE, child_id="own_loss").apply(g)
    for pid in ("lost", "lost_sibling", "own_loss"):
        g = edits.update_person(g, pid, kind=kind).apply(g)
    return g


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        (PersonKind.MISCARRIAGE, "miscarriage"),
        (PersonKind.STILLBIRTH, "stillbirth"),
        (PersonKind.PREGNANCY, "pregnancy"),
    ],
)
def test_a_pregnancy_or_its_loss_is_named_as_such(kind: PersonKind, word: str) -> None:
    words = kinship(g := _family_with(kind))
    assert [words[p] for p in ("lost", "lost_sibling", "own_loss")] == [word] * 3
    # The living aunt is the only aunt: nothing else is called one.
    aunts = [p for p, w in words.items() if w == "maternal aunt"]
    assert aunts == ["aunt"], words
    # Without the unplaced "relative" (the editor's call) the loss still has its word.
    assert kinship(g, unplaced=False)["lost"] == word


def test_the_words_are_translated() -> None:
    """They go through the catalogues in the pseudonyms' context, like every kinship word."""
    from kastdesk import i18n

    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    i18n.set_translator(translate)
    try:
        words = kinship(_family_with(PersonKind.MISCARRIAGE))
    finally:
        i18n.set_translator(None)
    assert words["lost"] == "MISCARRIAGE"
    assert ("Pseudonym", "miscarriage") in seen


def test_the_clients_own_loss_takes_no_childs_number_in_supervision_material() -> None:
    """The pseudonyms number the client's children ("child 1"): a loss of the client's own
    was "child 1" beside the living ones, and took a living child's number."""
    from kastdesk.report.pseudonymize import kinship_roles

    g = _family_with(PersonKind.MISCARRIAGE)
    (union,) = g.unions_of("me")
    g = edits.add_child(g, union.id, sex=Sex.MALE, child_id="son").apply(g)
    roles = kinship_roles(g)
    # Numbered among the family's three losses, as any word that occurs more than once.
    assert roles["own_loss"].startswith("miscarriage")
    assert roles["son"] == "child 1"
