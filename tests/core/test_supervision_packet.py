"""Guidance flags, meetings, the sealed packet and comments (core, no Qt)."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kastdesk.report.sample import ensure_demo_content
from kastdesk.store import KdfParams, Vault
from kastdesk.store.packet import PacketDamaged, PacketWrongPassphrase
from kastdesk.supervision import (
    Comment,
    GuidanceError,
    MeetingItem,
    advice_timeline,
    export_packet,
    flag_for_guidance,
    import_comments,
    list_comments,
    list_flags,
    open_packet,
    packet_keys,
    record_meeting,
    save_comments,
)
from tests.conftest import PASSPHRASE

PACKET_PASS = "supervision ÅÄÖ passphrase"


def _flagged(vault: Vault) -> tuple[str, str, str]:
    entry = next(e for e in vault.clients() if e.name)
    case = vault.open_case(entry.id)
    ensure_demo_content(case, random.Random(1))
    session = case.sessions.list()[0]
    f1 = flag_for_guidance(case, f"How do I handle {entry.name}'s shame?", "case")
    f2 = flag_for_guidance(case, "Was I too confrontational here?", "session", session.id)
    return entry.id, f1.id, f2.id


def test_flags_are_case_documents_and_audited(demo_vault: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, _ = _flagged(vault)
        case = vault.open_case(cid)
        assert {f.id for f in list_flags(case, open_only=True)} >= {f1}
        assert any(e.action == "Flag for guidance" for e in case.audit_entries())
        with pytest.raises(GuidanceError):
            flag_for_guidance(case, "  ")


def test_meeting_advice_lands_in_the_case_timeline(demo_vault: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, _ = _flagged(vault)
        meeting = record_meeting(vault, date(2026, 10, 5), ["Supervisor S", "Therapist T"],
                                 [MeetingItem(cid, f1, "shame", "Name the shame, then wait.")],
                                 decisions="Bring the case again in two months.")
        case = vault.open_case(cid)
        timeline = advice_timeline(case)
        assert timeline[-1].meeting_id == meeting.id
        assert timeline[-1].advice == ("Name the shame, then wait.",)
        assert f1 not in {f.id for f in list_flags(case, open_only=True)}
        assert any(e.action == "Record guidance meeting" for e in vault.audit_entries())


def test_packet_round_trip_attaches_comments_by_id(demo_vault: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, f2 = _flagged(vault)
        name = vault.client(cid).name
        result = export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                               meeting_day=date(2026, 10, 5), kdf=KdfParams.for_tests())
        assert result.cases == 1 and result.questions == 2
        pdf_text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
        assert "Questions for guidance" in pdf_text and "too confrontational" in pdf_text
        assert "Guidance meeting 2026-10-05" in pdf_text
        assert name and name.split()[0] not in pdf_text
        assert name.encode() not in (tmp_path / "p.kastsup").read_bytes()
        packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
        keys = packet_keys(vault, packet["packet_id"])  # the packet's own, in the vault
        case_part = packet["cases"][0]
        assert case_part["case_id"] == keys[cid] and "name" not in case_part["snapshot"]
        session_key = case_part["questions"][1]["session_id"]
        session_id = next(real for real, key in keys.items() if key == session_key)
        comments = [Comment(keys[cid], "flag", keys[f1], "Stay with it."),
                    Comment(keys[cid], "session", session_key, "Fine, he needed it.")]
        save_comments(tmp_path / "c.kastcmt", packet, comments, PACKET_PASS, "S",
                      kdf=KdfParams.for_tests())
        attached, skipped = import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS)
        assert (attached, skipped) == (2, 0)
        got = {(c["target"], c["target_id"]): c["text"]
               for c in list_comments(vault.open_case(cid))}
        assert got == {("flag", f1): "Stay with it.", ("session", session_id):
                       "Fine, he needed it."}
        actions = [e.action for e in vault.audit_entries()]
        assert "Export supervision packet" in actions and "Import supervisor comments" in actions
        assert f2


def test_wrong_passphrase_and_tampering_give_clear_errors(demo_vault: Path,
                                                          tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        _flagged(vault)
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
    cover = PdfReader(tmp_path / "p.pdf").pages[0].extract_text()
    assert "For the next guidance meeting" in cover and "–" not in cover
    path = tmp_path / "p.kastsup"
    with pytest.raises(PacketWrongPassphrase) as wrong:
        open_packet(path, "not the passphrase")
    assert "passphrase" in wrong.value.message
    blob = bytearray(path.read_bytes())
    blob[-40] ^= 0x01
    path.write_bytes(bytes(blob))
    with pytest.raises(PacketDamaged) as damaged:
        open_packet(path, PACKET_PASS)
    assert "changed or damaged" in damaged.value.message


def test_questions_are_date_shifted_with_the_case_material(demo_vault: Path,
                                                            tmp_path: Path) -> None:
    """The questions had a pseudonymizer (so a date offset) of their own: a question naming
    a session's day named another day than the session showed. Since the packet gives
    dates as how long before its day (QA 18 M3), the question names the day in the same
    words as the session, in brackets."""
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = next(e for e in vault.clients() if e.name)
        case = vault.open_case(entry.id)
        sessions = case.sessions.list()
        flagged = [sessions[0], sessions[-1]]
        for s in flagged:
            flag_for_guidance(case, f"What happened on {s.starts_at.date().isoformat()}?",
                              "session", s.id)
        for _ in range(3):  # each export draws new offsets: a chance match is unlikely thrice
            for old in ("p.pdf", "p.kastsup"):  # an existing packet is never replaced
                (tmp_path / old).unlink(missing_ok=True)
            result = export_packet(vault, PACKET_PASS, tmp_path / "p.pdf",
                                   tmp_path / "p.kastsup", [entry.id], kdf=KdfParams.for_tests())
            keys = packet_keys(vault, result.packet_id)
            part = open_packet(tmp_path / "p.kastsup", PACKET_PASS)["cases"][0]
            shown = {s["id"]: s["starts_at"] for s in part["snapshot"]["sessions"]}
            for s in flagged:
                assert shown[keys[str(s.id)]] != s.starts_at.date().isoformat()
                assert shown[keys[str(s.id)]].endswith(("before", "the packet day"))
            asked = {q["session_id"]: q["question"] for q in part["questions"]}
            for s in flagged:
                key = keys[str(s.id)]
                assert asked[key] == f"What happened on [{shown[key]}]?"


def test_packet_links_lead_to_their_headings_and_no_page_is_empty(demo_vault: Path,
                                                                    tmp_path: Path) -> None:
    from tests.core.test_report_summary import check_jumps

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        _flagged(vault)
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
    check_jumps(tmp_path / "p.pdf")
    # No empty page (the contents' page break and the case's own left one between them).
    frame = re.compile(r"Supervision packet · |Confidential|Pseudonymized|page \d+ of \d+")
    for number, page in enumerate(PdfReader(tmp_path / "p.pdf").pages, 1):
        lines = [line for line in page.extract_text().splitlines()
                 if line.strip() and not frame.fullmatch(line.strip())
                 and not line.startswith("Supervision packet · ")]
        assert lines, f"page {number} has only its header and footer"


def test_a_wrong_passphrase_on_import_speaks_to_the_therapist(demo_vault: Path,
                                                              tmp_path: Path) -> None:
    """The store's sentence says "Ask the therapist for it again": wrong for the therapist."""
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        cid, f1, _ = _flagged(vault)
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
        packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
        save_comments(tmp_path / "c.kastcmt", packet, [Comment(cid, "flag", f1, "Go slowly.")],
                      PACKET_PASS, kdf=KdfParams.for_tests())
        with pytest.raises(PacketWrongPassphrase) as wrong:
            import_comments(vault, tmp_path / "c.kastcmt", "not the passphrase")
        assert "therapist" not in wrong.value.message
        assert "passphrase you chose for the supervision packet" in wrong.value.message
        assert list_comments(vault.open_case(cid)) == []
        assert "Import supervisor comments" not in [e.action for e in vault.audit_entries()]


def test_the_client_code_in_a_question_becomes_the_case_reference(tmp_path: Path) -> None:
    """A question naming the client code kept it in the packet (its text and JSON)."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client("K-2026-042", first_contact_date=date(2026, 11, 1))
    flag_for_guidance(case, "Is K-2026-042 ready to end?", "case")
    export_packet(vault, "supervision packet passphrase", tmp_path / "p.pdf",
                  tmp_path / "p.kastsup", kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", "supervision packet passphrase")
    text = str(packet)
    assert "K-2026-042" not in text
    assert "Is Case A ready to end?" in text
    vault.close()


def test_a_question_on_a_session_not_held_names_its_day(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A session the client did not attend has no number: its question said only "A session
    note", so two such questions could not be told apart nor found in the session log; it
    names the (shifted) day, as the session log does."""
    from datetime import date, datetime

    from pypdf import PdfReader

    from kastdesk.domain.models import Attendance
    from kastdesk.store import KdfParams
    from kastdesk.supervision import export_packet, flag_for_guidance
    from kastdesk.supervision.packet import open_packet

    case = vault.add_client("K-2026-077", first_contact_date=date(2026, 9, 1))
    held = case.sessions.add(datetime(2026, 9, 7, 10), note="Talked about the urge.")
    missed = case.sessions.add(datetime(2026, 9, 14, 10), note="Did not come; phoned him.")
    case.sessions.update(missed.id, attendance=Attendance.NO_SHOW)
    flag_for_guidance(case, "Why did he stay away?", target="session", session_id=missed.id)
    flag_for_guidance(case, "Was this right?", target="session", session_id=held.id)
    export_packet(vault, "packet pass phrase", tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", "packet pass phrase")
    [snapshot] = [c["snapshot"] for c in packet["cases"]]
    [day] = [s["starts_at"] for s in snapshot["sessions"] if s["number"] is None]
    assert day.endswith("before")  # how long before the packet (QA 18 M3)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages).split())
    assert f"Note on a session not held ({day})" in text
    assert "Session note 1" in text
