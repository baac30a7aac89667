"""A family imported without a centre person gets its client marked where it can.

A GEDCOM file imported with "Everyone" (the dialog's default) or the CLI without
``--center`` marked nobody as the client, so supervision material and the pseudonymized
summary called every relative "person N" ("hustrun person 2") while saying names were
replaced by roles. The person whose name is the client's becomes the client; otherwise the
import says how to mark one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.genogram.gedcom import import_gedcom, with_the_client
from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.genogram.storage import load_genogram
from kastdesk.store import KdfParams, Vault
from tests.conftest import PASSPHRASE
from tests.conftest import run_cli as run

DATA = Path(__file__).parent / "data"


def _family(*names: str) -> Genogram:
    return Genogram.build(Person(id=f"p{n}", sex=Sex.MALE, name=name)
                          for n, name in enumerate(names))


def _index(g: Genogram) -> list[str]:
    return [p.id for p in g.persons.values() if p.is_index]


def test_the_person_named_as_the_client_becomes_the_client() -> None:
    marked, notice = with_the_client(_family("Arvid Fjällström", "Märta Öberg"),
                                     "  märta   ÖBERG ")
    assert _index(marked) == ["p1"] and notice is None


@pytest.mark.parametrize("client", [None, "", "Kasper Fjällström", "Arvid"])
def test_no_one_or_no_single_match_is_said_not_guessed(client: str | None) -> None:
    family = _family("Arvid Fjällström", "Märta Öberg", "Arvid Fjällström")
    marked, notice = with_the_client(family, client)
    assert _index(marked) == [] and notice is not None and "Set as index person" in notice
    if client == "Arvid":  # a given name alone is not the client's name
        assert marked is family


def test_a_client_already_there_stays_and_nothing_is_said() -> None:
    family = _family("Arvid Fjällström", "Märta Öberg")
    assert with_the_client(family, "Arvid Fjällström", has_client=True) == (family, None)
    persons = dict(family.persons)
    persons["p1"] = Person(id="p1", sex=Sex.FEMALE, name="Märta Öberg", is_index=True)
    kept = Genogram.build(persons.values())
    marked, notice = with_the_client(kept, "Arvid Fjällström")
    assert _index(marked) == ["p1"] and notice is None


def _import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str | None
) -> tuple[list[str], str]:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1", name=name)
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    code, out, err = run(capsys, "genogram", "import", "--vault", str(folder),
                         "--passphrase-file", str(pass_file), "--case", "K-1",
                         str(DATA / "family.ged"))
    assert code == 0, err
    with Vault.unlock(folder, PASSPHRASE) as again:
        g = load_genogram(again.open_case(again.client_by_code("K-1").id))
    return [g.persons[p].name or "" for p in _index(g)], out


def test_the_cli_marks_the_client_named_on_the_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not _index(import_gedcom(str(DATA / "family.ged")))  # the file marks no one
    marked, out = _import(tmp_path, capsys, "Tilde Fjällström")
    assert marked == ["Tilde Fjällström"] and "index person" not in out


def test_the_cli_says_so_when_no_one_could_be_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marked, out = _import(tmp_path, capsys, None)
    assert marked == [] and "Nobody on the imported map is marked as the client" in out
