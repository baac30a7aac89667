"""The genogram in the case file: round trip, one audited transaction per edit, demo maps."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kastdesk.genogram import edits
from kastdesk.genogram.demo import make_demo_genogram
from kastdesk.genogram.model import Genogram, GenogramError, Sex
from kastdesk.genogram.storage import (
    DOC_ID,
    KIND,
    DamagedGenogram,
    apply_edit,
    genogram_history,
    has_genogram,
    load_genogram,
    save_genogram,
)
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-001", name="Test Client")


def test_empty_case_loads_an_empty_genogram(case) -> None:  # type: ignore[no-untyped-def]
    assert load_genogram(case) == Genogram()
    assert not has_genogram(case)


def test_round_trip_keeps_the_whole_family(case) -> None:  # type: ignore[no-untyped-def]
    g = make_demo_genogram(random.Random(5), "Test Client", "male", 40)
    save_genogram(case, g, "Draw family")
    assert load_genogram(case) == g
    assert has_genogram(case)


def test_each_edit_is_a_transaction_audited_under_its_label(case) -> None:  # type: ignore[no-untyped-def]
    g = load_genogram(case)
    add = edits.add_person(g, sex=Sex.MALE, name="Erik", person_id="p1")
    g = apply_edit(case, g, add)
    g = apply_edit(case, g, edits.add_parents(g, "p1"))
    g = apply_edit(case, g, edits.mark_deceased(g, "p1", 2020))
    actions = [e.action for e in reversed(case.audit_entries())]
    assert actions[-3:] == ["Add person", "Add parents", "Mark deceased"]
    assert [v.label for v in genogram_history(case)] == [
        "Add person", "Add parents", "Mark deceased"
    ]
    assert load_genogram(case) == g


def test_a_refused_edit_writes_nothing(case) -> None:  # type: ignore[no-untyped-def]
    g = apply_edit(case, Genogram(), edits.add_person(Genogram(), person_id="p1"))
    before = len(case.audit_entries())
    stale = edits.add_person(Genogram(), person_id="p1")  # made for another genogram
    with pytest.raises(GenogramError):
        apply_edit(case, g, stale)
    assert len(case.audit_entries()) == before
    assert len(genogram_history(case)) == 1


def test_undo_label_is_what_the_audit_shows(case) -> None:  # type: ignore[no-untyped-def]
    g = Genogram()
    add = edits.add_person(g, person_id="p1")
    g = apply_edit(case, g, add)
    g = apply_edit(case, g, add.inverse(), label="Undo Add person")
    assert case.audit_entries(limit=1)[0].action == "Undo Add person"
    assert load_genogram(case) == Genogram()


def test_damaged_document_is_refused_not_half_drawn(case) -> None:  # type: ignore[no-untyped-def]
    with case.transaction("Break"):
        case.documents.put(KIND, DOC_ID, {"format": "kastdesk.genogram", "version": 1,
                                          "persons": [{"id": ""}]})
    with pytest.raises(DamagedGenogram):
        load_genogram(case)


def test_demo_gives_every_client_a_genogram_with_the_client_as_index(
    demo_vault: Path,
) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        for entry in vault.clients():
            case = vault.open_case(entry.id)
            g = load_genogram(case)
            index = g.index_person
            assert index is not None and len(g.persons) >= 15
            if entry.name:
                assert index.name == entry.name
            else:
                assert index.name == "" and index.role == "client"
            assert [v.label for v in genogram_history(case)] == ["Demo: draw the genogram"]


def test_large_demo_case_has_about_eighty_persons(demo_vault: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        sizes = [len(load_genogram(vault.open_case(e.id)).persons) for e in vault.clients()]
    assert max(sizes) >= 75 and max(sizes) <= 90
