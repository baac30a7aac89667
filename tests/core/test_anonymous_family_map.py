"""Made anonymous, a client's name can leave the family map too: it stayed on the client's
own symbol (and so in the case summary) after the register forgot it (core, no Qt)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from kastdesk.clients import ClientDetails, edit_client
from kastdesk.clients.details import FAMILY_MAP_NAME, family_map_name
from kastdesk.genogram.edits import add_person, set_index_person
from kastdesk.genogram.storage import apply_edit, genogram_history, load_genogram
from kastdesk.report.snapshot import collect_case
from kastdesk.store import Vault

NAME = "Gustav Raderasson"


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-1", name=NAME, first_contact_date=date(2026, 5, 1))
    g = load_genogram(case)
    edit = add_person(g, name=NAME, sex="male")
    g = apply_edit(case, g, edit)
    g = apply_edit(case, g, set_index_person(g, edit.created[0]))
    apply_edit(case, g, add_person(g, name="Ruben Raderasson", sex="male"))
    return case


def _anonymous(case) -> ClientDetails:  # type: ignore[no-untyped-def]
    return replace(ClientDetails.of(case.profile.get()), name=None)


def test_the_name_leaves_the_family_map_as_an_audited_edit(vault: Vault, case) -> None:  # type: ignore[no-untyped-def]
    assert family_map_name(case) == NAME
    changed = edit_client(vault, case, _anonymous(case), clear_map_name=True)
    assert changed == (FAMILY_MAP_NAME, "name")
    g = load_genogram(case)
    assert g.index_person is not None and g.index_person.name == ""
    assert family_map_name(case) is None
    assert "Ruben Raderasson" in [p.name for p in g.persons.values()]  # only the client's
    assert genogram_history(case)[-1].label == "Remove the client's name"
    assert [e.action for e in case.audit_entries()][:2] == [
        "Remove the client's name", "Edit client profile"]
    snapshot = collect_case(case, vault.therapist, None, None)
    assert NAME not in json.dumps(snapshot, default=str)


def test_asked_not_to_the_map_keeps_it(vault: Vault, case) -> None:  # type: ignore[no-untyped-def]
    assert edit_client(vault, case, _anonymous(case)) == ("name",)
    assert family_map_name(case) == NAME


def test_a_client_who_keeps_a_name_keeps_it_on_the_map(vault: Vault, case) -> None:  # type: ignore[no-untyped-def]
    details = replace(ClientDetails.of(case.profile.get()), code="K-2")
    assert edit_client(vault, case, details, clear_map_name=True) == ("code",)
    assert family_map_name(case) == NAME
