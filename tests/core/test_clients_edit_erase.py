"""Correcting a client's details and erasing a client for good (core, no Qt)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from kastdesk.clients import ClientDetails, edit_client, erase_client
from kastdesk.domain.models import ContactChannel, ReferralSource
from kastdesk.store import CaseNotFound, DuplicateCode, InvalidChange, KdfParams, Vault
from kastdesk.supervision import (
    Comment,
    MeetingItem,
    export_packet,
    flag_for_guidance,
    import_comments,
    list_comments,
    list_meetings,
    open_packet,
    record_meeting,
    save_comments,
)
from kastdesk.supervision.forget import (
    DELETED_CASES,
    VAULT_DRAFTS_SETTING,
    forget_deleted_clients,
)

PACKET_PASS = "supervision packet passphrase"
NAME = "Gustav Raderasson"


def _details(case) -> ClientDetails:  # type: ignore[no-untyped-def]
    return ClientDetails.of(case.profile.get())


# -- editing ------------------------------------------------------------------------
def test_every_detail_can_be_corrected_and_each_change_is_audited(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-2026-001", first_contact_date=date(2026, 5, 1))
    details = replace(_details(case), code="K-2026-010", name="  Nils Nilsson ",
                      first_contact_date=date(2026, 4, 28),
                      contact_channel=ContactChannel.EMAIL,
                      referral_source=ReferralSource.POLICE)
    changed = edit_client(vault, case, details)
    assert changed == ("code", "contact_channel", "first_contact_date", "name",
                       "referral_source")
    profile = case.profile.get()
    assert (profile.code, profile.name, profile.first_contact_date) == (
        "K-2026-010", "Nils Nilsson", date(2026, 4, 28))
    assert profile.contact_channel is ContactChannel.EMAIL
    assert profile.referral_source is ReferralSource.POLICE
    entry = vault.client(case.client_id)  # the register follows with the commit
    assert (entry.code, entry.name, entry.first_contact_date) == (
        "K-2026-010", "Nils Nilsson", date(2026, 4, 28))
    # The course of the case starts on the corrected day (the case summary shows it).
    assert case.profile.history()[0].at.isoformat()[:10] == "2026-04-28"
    last = case.audit_entries()[0]  # newest first
    assert last.action == "Edit client profile"
    assert last.detail["fields"] == list(changed)
    assert NAME not in json.dumps(last.detail) and "Nils" not in json.dumps(last.detail)

    # Named back to anonymous: the name is gone from the case and the register.
    assert edit_client(vault, case, replace(_details(case), name=None)) == ("name",)
    assert case.profile.get().anonymous and vault.client(case.client_id).name is None


def test_nothing_changed_writes_nothing(vault: Vault) -> None:
    case = vault.add_client("K-1", name="Åsa Öberg")
    before = len(case.audit_entries())
    assert edit_client(vault, case, replace(_details(case), code=" K-1 ")) == ()
    assert len(case.audit_entries()) == before


def test_a_code_another_client_has_is_refused_in_any_case_of_letters(vault: Vault) -> None:
    vault.add_client("K-2026-001").close()
    vault.add_client("Å-7").close()
    case = vault.add_client("K-2026-002")
    for taken in ("K-2026-001", "k-2026-001", " K-2026-001 ", "å-7"):
        with pytest.raises(DuplicateCode):
            edit_client(vault, case, replace(_details(case), code=taken))
    assert case.profile.get().code == "K-2026-002"
    # Its own code in other letters is no clash.
    assert edit_client(vault, case, replace(_details(case), code="k-2026-002")) == ("code",)
    with pytest.raises(InvalidChange, match="needs a code"):
        edit_client(vault, case, replace(_details(case), code="   "))


def test_first_contact_is_neither_ahead_nor_after_the_first_session(vault: Vault) -> None:
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-1", first_contact_date=date(2026, 5, 1))
    with pytest.raises(InvalidChange, match="after today"):
        edit_client(vault, case, replace(_details(case), first_contact_date=date(2026, 6, 2)))
    case.sessions.add(datetime(2026, 5, 10, 10))
    with pytest.raises(InvalidChange, match=r"first session \(2026-05-10\)"):
        edit_client(vault, case, replace(_details(case), first_contact_date=date(2026, 5, 11)))
    assert edit_client(vault, case, replace(_details(case),
                                            first_contact_date=date(2026, 5, 10)))
    assert vault.client(case.client_id).waiting_days == 0


# -- erasing ------------------------------------------------------------------------
def _settings(vault: Vault) -> dict[str, str]:
    return dict(vault.index.execute("SELECT key, value FROM settings").fetchall())


@pytest.fixture
def two_clients_in_supervision(vault: Vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    """K-DEL and K-KEEP, each with a question taken to a packet and a meeting, and the
    drafts a lock keeps for a meeting being recorded and for comments on the packet."""
    gone = vault.add_client("K-DEL", name=NAME, first_contact_date=date(2026, 5, 1))
    gone.sessions.add(datetime(2026, 5, 2, 10), note="note about " + NAME)
    gone_flag = flag_for_guidance(gone, "What to do about " + NAME + "?")
    kept = vault.add_client("K-KEEP", name="Other Person")
    kept_flag = flag_for_guidance(kept, "And this one?")
    packet_file = tmp_path / "p.kastsup"
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", packet_file,
                  kdf=KdfParams.for_tests())
    record_meeting(vault, date(2026, 5, 20), ["Sup"], [
        MeetingItem(gone.client_id, gone_flag.id, "q", "advice"),
        MeetingItem(kept.client_id, kept_flag.id, "q2", "advice 2"),
    ])
    packet = open_packet(packet_file, PACKET_PASS)
    comments = [[c["case_id"], "case", c["case_id"], "typed on " + c["ref"]]
                for c in packet["cases"]]
    vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps({
        "meeting": {"day": "2026-06-01", "participants": "Sup", "decisions": "",
                    "rows": {gone_flag.id: {"discussed": True, "advice": "about " + NAME},
                             kept_flag.id: {"discussed": True, "advice": "keep this"}}},
        "supervisor:" + packet["packet_id"]: {"packet": packet, "passphrase": PACKET_PASS,
                                              "comments": comments, "unsaved": True},
        # The Prepare-packet dialog at a Quit (PreparePacketDialog.draft): the words typed
        # to withhold are the packet's, whichever case they came from (QA 19 R5).
        "packet": {"withhold": {"extra": "Brotho Raderasson, Raderasson Bygg AB",
                                "words": "", "keep": ""},
                   "folder": str(tmp_path), "day": "2026-06-10",
                   "cases": {gone.client_id: True, kept.client_id: False}},
    }))
    return gone.client_id, kept.client_id, packet


def _key(vault: Vault, packet: dict, client_id: str) -> str:  # type: ignore[type-arg]
    """The key that stands for the client in the packet (the vault keeps it)."""
    from kastdesk.supervision import packet_keys

    return packet_keys(vault, packet["packet_id"])[client_id]


def test_erasing_leaves_nothing_of_the_client(vault: Vault,
                                              two_clients_in_supervision) -> None:  # type: ignore[no-untyped-def]
    gone, kept, _packet = two_clients_in_supervision
    kept_key = _key(vault, _packet, kept)
    case_path = vault.folder / "cases" / f"{gone}.kcase"
    assert case_path.exists()

    erased = erase_client(vault, gone)

    assert (erased.client_id, erased.code) == (gone, "K-DEL")
    assert [e.code for e in vault.clients()] == ["K-KEEP"]
    with pytest.raises(CaseNotFound):
        vault.open_case(gone)
    assert not case_path.exists()
    for key, value in _settings(vault).items():
        assert gone not in value, key
        assert "Raderasson" not in value, key
    # The other client's references are all kept.
    assert list_meetings(vault)[0]["client_ids"] == [kept]
    packets = json.loads(_settings(vault)["supervision.packets"])
    assert packets[0]["client_ids"] == [kept] and packets[0][DELETED_CASES] == 1
    drafts = json.loads(_settings(vault)[VAULT_DRAFTS_SETTING])
    assert list(drafts["meeting"]["rows"].values()) == [{"discussed": True,
                                                         "advice": "keep this"}]
    assert "packet" not in drafts  # it named the erased client: it goes whole
    [supervisor] = [v for k, v in drafts.items() if k.startswith("supervisor:")]
    assert [c["case_id"] for c in supervisor["packet"]["cases"]] == [kept_key]
    assert [c[0] for c in supervisor["comments"]] == [kept_key]
    # The vault's audit log says a client was deleted: the code, nothing of the content.
    deleted = [e for e in vault.audit_entries() if e.action == "Delete client"]
    assert [(e.target, e.detail) for e in deleted] == [(gone, {"code": "K-DEL"})]
    assert vault.verify() == []


def test_a_packet_draft_of_the_erased_client_alone_is_dropped(vault: Vault,
                                                              tmp_path: Path) -> None:
    case = vault.add_client("K-DEL", name=NAME)
    flag_for_guidance(case, "A question")
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps({
        "supervisor:x": {"packet": packet, "comments": [], "unsaved": True}}))
    erase_client(vault, case.client_id)
    assert json.loads(vault.get_setting(VAULT_DRAFTS_SETTING) or "{}") == {}


def test_a_packet_draft_without_the_erased_client_is_kept(vault: Vault) -> None:
    gone = vault.add_client("K-DEL", name=NAME)
    kept = vault.add_client("K-KEEP")
    draft = {"withhold": {"extra": "Kvarna Bygg AB", "words": "", "keep": ""},
             "folder": "/tmp", "day": "2026-06-10", "cases": {kept.client_id: True}}
    vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps({"packet": draft}))
    erase_client(vault, gone.client_id)
    assert json.loads(vault.get_setting(VAULT_DRAFTS_SETTING) or "{}") == {"packet": draft}


def test_a_meeting_drafts_rows_go_by_client_even_with_the_case_file_unreadable(
        vault: Vault) -> None:
    """The erased client's questions are known only from the case file; with it missing
    (one reason to erase a client), a row that names its client goes all the same."""
    gone = vault.add_client("K-DEL", name=NAME)
    flag = flag_for_guidance(gone, "A question about " + NAME)
    kept = vault.add_client("K-KEEP")
    kept_flag = flag_for_guidance(kept, "And this one?")
    vault.close_case(gone.client_id)
    (vault.folder / "cases" / f"{gone.client_id}.kcase").unlink()
    rows = {flag.id: {"discussed": True, "advice": "about " + NAME,
                      "client_id": gone.client_id},
            kept_flag.id: {"discussed": True, "advice": "keep this",
                           "client_id": kept.client_id}}
    vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps({"meeting": {
        "day": "2026-06-01", "participants": "Sup", "decisions": "", "rows": rows}}))
    erase_client(vault, gone.client_id)
    drafts = json.loads(vault.get_setting(VAULT_DRAFTS_SETTING) or "{}")
    assert list(drafts["meeting"]["rows"]) == [kept_flag.id]
    assert all(gone.client_id not in value and "Raderasson" not in value
               for value in _settings(vault).values())


def test_comments_on_a_packet_with_an_erased_client_import_the_rest(
        vault: Vault, two_clients_in_supervision, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone, kept, packet = two_clients_in_supervision
    kept_key = _key(vault, packet, kept)
    comments = [Comment(c["case_id"], "case", c["case_id"], "Supervisor on " + c["ref"])
                for c in packet["cases"]]
    save_comments(tmp_path / "c.kastcmt", packet, comments, PACKET_PASS,
                  kdf=KdfParams.for_tests())
    erase_client(vault, gone)

    result = import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS)

    assert result == (1, 1) and result.deleted == 1
    assert (result.attached, result.skipped) == (1, 1)
    assert [c["text"] for c in list_comments(vault.open_case(kept))] == [
        next(c.text for c in comments if c.case_id == kept_key)]
    last = vault.audit_entries()[0]  # newest first
    assert last.action == "Import supervisor comments" and last.detail["deleted"] == 1


def test_comments_import_when_the_client_went_without_the_clean_up(
        vault: Vault, two_clients_in_supervision, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A client deleted with the store alone (as before there was an erase) still has its
    id in the packet list: the import skips that case instead of failing as a whole."""
    gone, _kept, packet = two_clients_in_supervision
    save_comments(tmp_path / "c.kastcmt", packet,
                  [Comment(c["case_id"], "case", c["case_id"], "x") for c in packet["cases"]],
                  PACKET_PASS, kdf=KdfParams.for_tests())
    vault.delete_client(gone)
    result = import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS)
    assert result == (1, 1) and result.deleted == 1
    # And the next clean-up forgets what the store alone left.
    assert forget_deleted_clients(vault) == 3
    assert all(gone not in value for value in _settings(vault).values())
    assert forget_deleted_clients(vault) == 0


def test_a_client_whose_case_file_is_missing_can_still_be_erased(vault: Vault) -> None:
    case = vault.add_client("K-DEL")
    client_id = case.client_id
    vault.close_case(client_id)
    (vault.folder / "cases" / f"{client_id}.kcase").unlink()
    assert erase_client(vault, client_id).code == "K-DEL"
    assert vault.clients() == []


def test_erasing_a_client_not_in_the_register_says_so(vault: Vault) -> None:
    with pytest.raises(CaseNotFound):
        erase_client(vault, "no-such-client")
