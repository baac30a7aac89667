"""Erasing a client forgets that client alone in the drafts a lock kept (core, no Qt).

A supervisor's comments on a colleague's packet (from another vault, opened in this app
and kept as a draft through a lock) name case ids this vault's register never had; they
were dropped as "deleted" when any client of this vault was erased.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kastdesk.clients import erase_client
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance, open_packet
from kastdesk.supervision.forget import VAULT_DRAFTS_SETTING, forget_deleted_clients
from tests.conftest import PASSPHRASE

PACKET_PASS = "colleague packet passphrase"


def _colleagues_packet(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    other, _ = Vault.create(tmp_path / "colleague", PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        case = other.add_client("C-1", first_contact_date=date(2026, 5, 1))
        flag_for_guidance(case, "The colleague's question")
        export_packet(other, PACKET_PASS, tmp_path / "c.pdf", tmp_path / "c.kastsup",
                      kdf=KdfParams.for_tests())
    finally:
        other.close()
    return open_packet(tmp_path / "c.kastsup", PACKET_PASS)


def _draft(packet: dict, text: str) -> dict:  # type: ignore[type-arg]
    return {"packet": packet, "passphrase": PACKET_PASS, "unsaved": True,
            "comments": [[c["case_id"], "case", c["case_id"], text] for c in packet["cases"]]}


def test_a_colleagues_packet_draft_outlives_erasing_a_client_here(vault: Vault,
                                                                  tmp_path: Path) -> None:
    packet = _colleagues_packet(tmp_path)
    mine = vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    kept = {"supervisor:" + packet["packet_id"]: _draft(packet, "an hour of comments")}
    vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps(kept))

    erase_client(vault, mine.client_id)

    assert json.loads(vault.get_setting(VAULT_DRAFTS_SETTING) or "{}") == kept
    # A clean-up with no client named (the register alone to go by) leaves it too.
    forget_deleted_clients(vault)
    assert json.loads(vault.get_setting(VAULT_DRAFTS_SETTING) or "{}") == kept


def test_this_vaults_own_packet_still_loses_the_erased_client(vault: Vault,
                                                              tmp_path: Path) -> None:
    gone = vault.add_client("K-DEL", first_contact_date=date(2026, 5, 1))
    stays = vault.add_client("K-KEEP", first_contact_date=date(2026, 5, 1))
    flag_for_guidance(gone, "One")
    flag_for_guidance(stays, "Two")
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    own = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    foreign = _colleagues_packet(tmp_path)
    vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps({
        "supervisor:" + own["packet_id"]: _draft(own, "mine"),
        "supervisor:" + foreign["packet_id"]: _draft(foreign, "theirs")}))

    from kastdesk.supervision import packet_keys

    stays_key = packet_keys(vault, own["packet_id"])[stays.client_id]
    erase_client(vault, gone.client_id)

    kept = json.loads(vault.get_setting(VAULT_DRAFTS_SETTING) or "{}")
    own_left = kept["supervisor:" + own["packet_id"]]
    assert [c["case_id"] for c in own_left["packet"]["cases"]] == [stays_key]
    assert [c[0] for c in own_left["comments"]] == [stays_key]
    assert kept["supervisor:" + foreign["packet_id"]] == _draft(foreign, "theirs")
    assert gone.client_id not in json.dumps(kept)
