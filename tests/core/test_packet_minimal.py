"""The sealed supervision packet carries what the supervisor is shown, and nothing more.

QA decrypted a packet and found the whole case's exercises, the full intake, the course
of the case, the therapist's name in every signature and the real case id (which links a
client across monthly packets). A second packet for the same meeting day replaced the
first without a word.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kastdesk.clients import erase_client
from kastdesk.report.sample import ensure_demo_content
from kastdesk.report.snapshot import collect_case
from kastdesk.store import KdfParams, Vault
from kastdesk.store.packet import PacketError
from kastdesk.supervision import (
    Comment,
    case_owners,
    export_packet,
    flag_for_guidance,
    import_comments,
    list_comments,
    open_packet,
    packet_paths,
    packet_review,
    save_comments,
)
from kastdesk.supervision.packet import PACKETS_SETTING
from tests.conftest import PASSPHRASE

PACKET_PASS = "supervision packet passphrase"
KDF = KdfParams.for_tests()


def _strings(value: Any) -> list[str]:
    """Every string in JSON-like data (an exercise summary, an intake's rows)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _flag_two(vault: Vault) -> tuple[str, str, str, str]:
    """A named client with demo content (exercises, intake, signed notes), a question on
    the case and one on a signed session note: (client id, flag ids, session id)."""
    entry = next(e for e in vault.clients() if e.name)
    case = vault.open_case(entry.id)
    ensure_demo_content(case, random.Random(1))
    session = next(s for s in case.sessions.list() if s.signed_at)
    f1 = flag_for_guidance(case, f"How do I handle {entry.name}'s shame?", "case")
    f2 = flag_for_guidance(case, "Was I too confrontational here?", "session", session.id)
    return entry.id, f1.id, f2.id, str(session.id)


def test_the_packet_holds_no_therapist_ids_names_exercises_or_intake(
        demo_vault: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, f2, session_id = _flag_two(vault)
        therapist = vault.therapist
        full = collect_case(vault.open_case(cid), therapist)
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      meeting_day=date(2026, 10, 5), kdf=KDF)
        every_id = [e.id for e in vault.clients()]
        name = vault.client(cid).name
    assert therapist and name and full["exercises"] and full["intake"]
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    text = json.dumps(packet, ensure_ascii=False)
    pdf = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
    for shown in (text, pdf):
        assert therapist not in shown and therapist.split()[-1] not in shown
        for part in name.split():
            assert part not in shown, part
        for gone in (*every_id, f1, f2, session_id):
            assert gone not in shown
        # Exercise and intake answers: every longer text the case summary would print.
        private = [s for s in _strings(full["exercises"]) + _strings(full["intake"]["rows"])
                   if len(s) >= 25]
        assert private
        for s in private:
            assert s not in shown, s
    case = packet["cases"][0]
    assert set(case["snapshot"]) <= {"code", "pseudonymized", "reference_year", "profile",
                                     "goals", "flags", "sessions", "genogram"}
    assert [s["signed_by"] for s in case["snapshot"]["sessions"]] == ["the therapist"]
    assert "Signed" in pdf and "by the therapist" in pdf
    assert "Too confrontational".lower() in text.lower()


def test_each_packet_has_keys_of_its_own(demo_vault: Path, tmp_path: Path) -> None:
    """The same case in two packets (one month, the next) shares no id between them."""
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        _flag_two(vault)
        for n in (1, 2):
            export_packet(vault, PACKET_PASS, tmp_path / f"{n}.pdf", tmp_path / f"{n}.kastsup",
                          kdf=KDF)
    one, two = (open_packet(tmp_path / f"{n}.kastsup", PACKET_PASS)["cases"][0] for n in (1, 2))

    def ids(part: dict[str, Any]) -> set[str]:
        return ({part["case_id"]} | {q["id"] for q in part["questions"]}
                | {s["id"] for s in part["snapshot"]["sessions"]})

    assert not ids(one) & ids(two)


def test_comments_on_the_keys_land_in_the_right_case_note_and_question(
        demo_vault: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, f2, session_id = _flag_two(vault)
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup", kdf=KDF)
        packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
        part = packet["cases"][0]
        key = part["case_id"]
        q_case, q_note = part["questions"]
        note_key = part["snapshot"]["sessions"][0]["id"]
        assert q_note["session_id"] == note_key
        comments = [Comment(key, "case", key, "On the whole case."),
                    Comment(key, "flag", q_case["id"], "Stay with the shame."),
                    Comment(key, "session", note_key, "He needed it."),
                    Comment(key, "flag", "not-a-key", "Lost.")]
        save_comments(tmp_path / "c.kastcmt", packet, comments, PACKET_PASS, kdf=KDF)
        result = import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS)
        got = {(c["target"], c["target_id"]): c["text"]
               for c in list_comments(vault.open_case(cid))}
        # The mapping stays in the vault's settings, never in the packet.
        assert case_owners(vault, packet["packet_id"]) == {key: cid}
    assert (result.attached, result.skipped) == (3, 1)
    assert got == {("case", cid): "On the whole case.", ("flag", f1): "Stay with the shame.",
                   ("session", session_id): "He needed it."}
    assert f2


def test_erasing_a_client_forgets_what_its_keys_stood_for(vault: Vault, tmp_path: Path) -> None:
    """The vault's list of packets named the client through its keys; comments on the
    other case still come in."""
    gone = vault.add_client("K-GONE-1", first_contact_date=date(2026, 9, 1))
    kept = vault.add_client("K-KEPT-2", first_contact_date=date(2026, 9, 2))
    flag_for_guidance(gone, "First?")
    flag_for_guidance(kept, "Second?")
    gone_id, kept_id = gone.client_id, kept.client_id
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup", kdf=KDF)
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    comments = [Comment(c["case_id"], "case", c["case_id"], c["ref"]) for c in packet["cases"]]
    save_comments(tmp_path / "c.kastcmt", packet, comments, PACKET_PASS, kdf=KDF)
    erase_client(vault, gone_id)
    assert gone_id not in (vault.get_setting(PACKETS_SETTING) or "")
    assert list(case_owners(vault, packet["packet_id"]).values()) == [kept_id]
    result = import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS)
    assert (result.attached, result.skipped, result.deleted) == (1, 1, 1)


def test_a_second_packet_for_the_same_day_gets_a_free_name(vault: Vault, tmp_path: Path
                                                           ) -> None:
    """Both files were always supervision-<day>.pdf/.kastsup: the second packet replaced
    the first. Now the next free name is chosen, and an existing file is never replaced."""
    case = vault.add_client("K-DAY-1", first_contact_date=date(2026, 9, 1))
    flag_for_guidance(case, "What now?")
    day = date(2026, 12, 3)
    tmp_path = tmp_path / "out"  # the vault is in tmp_path
    tmp_path.mkdir()
    pdf, sealed = packet_paths(tmp_path, day)
    assert (pdf.name, sealed.name) == ("supervision-2026-12-03.pdf",
                                       "supervision-2026-12-03.kastsup")
    first = export_packet(vault, PACKET_PASS, pdf, sealed, meeting_day=day, kdf=KDF)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(PacketError) as taken:
        export_packet(vault, PACKET_PASS, pdf, sealed, meeting_day=day, kdf=KDF)
    assert "supervision-2026-12-03.pdf is already there" in taken.value.message
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    pdf2, sealed2 = packet_paths(tmp_path, day)
    assert (pdf2.name, sealed2.name) == ("supervision-2026-12-03-2.pdf",
                                         "supervision-2026-12-03-2.kastsup")
    second = export_packet(vault, PACKET_PASS, pdf2, sealed2, meeting_day=day, kdf=KDF)
    assert open_packet(sealed, PACKET_PASS)["packet_id"] == first.packet_id
    assert open_packet(sealed2, PACKET_PASS)["packet_id"] == second.packet_id
    # Only the packet file there (the PDF went astray): the next name again, not half.
    (tmp_path / "supervision-2026-12-03-3.kastsup").write_bytes(b"x")
    assert packet_paths(tmp_path, day)[0].name == "supervision-2026-12-03-4.pdf"


def test_a_failed_export_leaves_neither_file(vault: Vault, tmp_path: Path) -> None:
    """The packet file is written first; when the PDF cannot be, it goes again."""
    case = vault.add_client("K-HALF-1", first_contact_date=date(2026, 9, 1))
    flag_for_guidance(case, "What now?")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        export_packet(vault, PACKET_PASS, out / "missing" / "p.pdf", out / "p.kastsup",
                      kdf=KDF)
    assert list(out.iterdir()) == []
    assert "Export supervision packet" not in [e.action for e in vault.audit_entries()]


def test_the_review_lists_each_case_under_its_reference(demo_vault: Path) -> None:
    """The packet dialog's review list: the client's name, the therapist's own, and what
    the therapist typed to withhold, case by case as the packet names them."""
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, *_ = _flag_two(vault)
        name = vault.client(cid).name
        therapist = vault.therapist
        review = packet_review(vault, [cid], ["Equinor"])
    [(ref, replacements)] = review
    found = {r.original: r.replacement for r in replacements}
    assert ref == "Case A"
    assert found[name] == "the client" and found["Equinor"] == "[withheld]"
    assert found[therapist] == "[withheld]"


def test_the_vault_knows_which_key_stood_for_what(demo_vault: Path, tmp_path: Path) -> None:
    """The therapist's side can tell which case, question and note a key was; the packet
    cannot."""
    from kastdesk.supervision import packet_keys

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, f2, session_id = _flag_two(vault)
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup", kdf=KDF)
        packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
        keys = packet_keys(vault, packet["packet_id"])
        assert packet_keys(vault, "another packet") == {}
    part = packet["cases"][0]
    assert keys[cid] == part["case_id"]
    assert [keys[f1], keys[f2]] == [q["id"] for q in part["questions"]]
    assert keys[session_id] == part["snapshot"]["sessions"][0]["id"]
