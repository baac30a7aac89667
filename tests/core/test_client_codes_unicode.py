"""Client codes are one code however they were typed: "Å-7" (one letter), "Å-7" (A and a
combining ring, as some keyboards and pasted text give it) and "å-7" are the same code.

The app compared codes by ``casefold`` alone, so a decomposed "Å-7" went in beside
"Å-7"; ``kastdesk delete-client --case å-7`` found no client, since the store's
``COLLATE NOCASE`` folds ASCII letters only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import kastdesk.clients.cli  # noqa: F401  (adds the verb, as kastdesk.cli loads it)
from kastdesk.cli import main
from kastdesk.clients import ClientDetails, check_details, edit_client
from kastdesk.clients.details import code_key, normalize_code
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import DuplicateCode, KdfParams, Vault

from ..conftest import PASSPHRASE

COMPOSED = unicodedata.normalize("NFC", "Å-7")
DECOMPOSED = unicodedata.normalize("NFD", "Å-7")


def _details(code: str) -> ClientDetails:
    return ClientDetails(code=code, name=None, first_contact_date=date(2026, 5, 1),
                         contact_channel=ContactChannel.PHONE,
                         referral_source=ReferralSource.OWN_INITIATIVE)


@pytest.fixture
def clinic(vault: Vault) -> Vault:
    vault.today = lambda: date(2026, 6, 1)
    vault.add_client(COMPOSED, first_contact_date=date(2026, 5, 3))
    vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    return vault


def test_one_code_however_typed() -> None:
    assert DECOMPOSED != COMPOSED
    assert normalize_code(" " + DECOMPOSED + " ") == COMPOSED
    assert code_key(DECOMPOSED) == code_key(COMPOSED) == code_key("å-7") == code_key(" å-7")
    assert code_key("A-7") != code_key("Å-7")  # a different letter, a different code


@pytest.mark.parametrize("typed", [DECOMPOSED, "å-7", unicodedata.normalize("NFD", "å-7")])
def test_a_new_client_cannot_take_the_code_in_another_form(clinic: Vault, typed: str) -> None:
    with pytest.raises(DuplicateCode):
        check_details(clinic, _details(typed))


@pytest.mark.parametrize("typed", [DECOMPOSED, "å-7"])
def test_a_correction_cannot_take_the_code_in_another_form(clinic: Vault, typed: str) -> None:
    case = clinic.open_case(clinic.client_by_code("K-2026-001").id)
    with pytest.raises(DuplicateCode):
        edit_client(clinic, case, replace(ClientDetails.of(case.profile.get()), code=typed))


def test_a_code_is_kept_composed(clinic: Vault) -> None:
    code = unicodedata.normalize("NFD", " Ø-Å-9 ")
    assert check_details(clinic, _details(code)).code == "Ø-Å-9"
    case = clinic.open_case(clinic.client_by_code("K-2026-001").id)
    edit_client(clinic, case, replace(ClientDetails.of(case.profile.get()), code=code))
    assert case.profile.get().code == "Ø-Å-9"
    assert clinic.client(case.client_id).code == "Ø-Å-9"


def test_a_clash_already_in_the_register_does_not_block_other_corrections(
        vault: Vault) -> None:
    """An older version let "å-7" in beside "Å-7" (the store compared ASCII letters only);
    correcting either one's channel must not be refused for the code it already has."""
    vault.add_client(COMPOSED)
    lower = vault.add_client("K-2026-099")
    lower.profile.update(code="å-7")  # as an older version's store let it in
    edit_client(vault, lower, replace(ClientDetails.of(lower.profile.get()),
                                      contact_channel=ContactChannel.EMAIL))
    assert lower.profile.get().contact_channel is ContactChannel.EMAIL


def test_find_client_by_any_form_of_the_code(clinic: Vault) -> None:
    for typed in (COMPOSED, DECOMPOSED, "å-7", " å-7 ", unicodedata.normalize("NFD", "å-7")):
        assert clinic.client_by_code(typed).code == COMPOSED


def test_the_store_refuses_another_form_of_a_code_it_has(vault: Vault) -> None:
    """The store compared codes with SQLite's NOCASE, ASCII letters only: "å-7" and a
    decomposed "Å-7" went in beside "Å-7" through the command line and the demo."""
    vault.add_client(COMPOSED)
    for other in ("å-7", DECOMPOSED, " Å-7 "):
        with pytest.raises(DuplicateCode):
            vault.add_client(other)


def test_delete_client_finds_the_code_typed_in_lower_case(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        vault.add_client(COMPOSED)
        vault.add_client("K-2026-001")
    finally:
        vault.close()
    (tmp_path / "pass").write_text(PASSPHRASE)
    code = main(["delete-client", "--vault", str(folder), "--passphrase-file",
                 str(tmp_path / "pass"), "--case", "å-7", "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert COMPOSED in out
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert [e.code for e in vault.clients()] == ["K-2026-001"]
