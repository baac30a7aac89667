"""The supervision packet (pseudonymized PDF + sealed ``.kastsup``) and the comments file.

The therapist exports the flagged cases for a guidance meeting; the supervisor opens the
``.kastsup`` in supervisor mode (no vault), comments on each question and note, and
sends back a sealed comments file. Comments carry the packet id, the case's random id
and the flag or session id they belong to, never a name, so they land where they belong
when the therapist imports them. Every export and import is audited.
"""

from __future__ import annotations

import json
import string
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kastdesk.i18n import tr
from kastdesk.report import document as d
from kastdesk.report.export import saved_extra_names
from kastdesk.report.pdf import render_pdf
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import (
    write_flags,
    write_genogram,
    write_goals,
    write_profile,
    write_sessions,
)
from kastdesk.store.errors import CaseNotFound
from kastdesk.store.fsutil import atomic_write
from kastdesk.store.packet import PacketError, PacketWrongPassphrase, open_file, seal_file

from .guidance import COMMENT_KIND, FLAG_KIND, GuidanceFlag, list_flags

PACKET_FORMAT = "kastdesk.supervision_packet"
COMMENTS_FORMAT = "kastdesk.supervision_comments"
PACKETS_SETTING = "supervision.packets"
#: On a packet in ``supervision.packets``: how many of its cases were deleted since
#: (kastdesk.supervision.forget writes it when it takes their ids out of the list).
DELETED_CASES = "deleted_cases"
ProgressFn = Callable[[str, float], None]


@dataclass(frozen=True)
class PacketResult:
    packet_id: str
    pdf: Path
    packet: Path
    cases: int
    questions: int


def _ref(index: int) -> str:
    letters = string.ascii_uppercase
    label = letters[index % 26] + (str(index // 26 + 1) if index >= 26 else "")
    return tr("Supervision", "Case {ref}").format(ref=label)


def _case_material(vault: Any, client_id: str, ref: str, flags: list[GuidanceFlag],
                   extra_names: Sequence[str]) -> dict[str, Any]:
    case = vault.open_case(client_id, audit_open=False)
    snap = collect_case(case, vault.therapist)
    flagged_sessions = {f.session_id for f in flags if f.session_id}
    snap["sessions"] = [s for s in snap["sessions"] if s["id"] in flagged_sessions]
    # One pseudonymizer, so one date offset, for the material and the questions: a question
    # about "the session on 2025-03-04" must name the day that session shows.
    pseudo = Pseudonymizer.for_snapshot(snap, extra_names, reference=ref)  # code → "Case A"
    snap = pseudo.apply(snap)
    snap["code"] = ref
    snap["therapist"] = ""
    questions = [
        {"id": f.id, "target": f.target, "session_id": f.session_id,
         "question": pseudo.text(f.question)}
        for f in flags
    ]
    return {"ref": ref, "case_id": client_id, "snapshot": snap, "questions": questions}


def packet_document(packet: dict[str, Any]) -> d.Document:
    """The supervision PDF: a cover, then per case its questions and pseudonymized material."""
    doc = d.Document(
        title=tr("Supervision", "KastDesk supervision packet"),
        header=tr("Supervision", "Supervision packet · {day}").format(
            day=packet.get("meeting_day") or packet["created_on"]),
        footer=tr("Report", "Pseudonymized"),
    )
    cases = packet["cases"]
    doc.add(d.Cover(
        tr("Supervision", "Supervision packet"),
        (
            tr("Supervision", "Guidance meeting {day}").format(day=packet["meeting_day"])
            if packet.get("meeting_day")
            else tr("Supervision", "For the next guidance meeting")
        ),
        (
            (tr("Supervision", "Cases"), str(len(cases))),
            (tr("Supervision", "Questions"), str(sum(len(c["questions"]) for c in cases))),
            (tr("Supervision", "Prepared"), packet["created_on"]),
            (tr("Supervision", "Packet id"), packet["packet_id"][:8]),
        ),
        tr("Supervision",
           "Pseudonymized material for supervision. Names are replaced by roles and dates "
           "are shifted; still, treat it as confidential and destroy it after the meeting."),
    ))
    for case in cases:
        snap = case["snapshot"]
        doc.add(d.Heading(case["ref"], new_page=True))
        doc.add(d.Heading(tr("Supervision", "Questions for guidance"), level=2))
        rows = []
        for q in case["questions"]:
            about = {"case": tr("Supervision", "The case"),
                     "session": tr("Supervision", "A session note"),
                     "question": tr("Supervision", "A question")}.get(q["target"], q["target"])
            if q.get("session_id"):
                number = next((s["number"] for s in snap["sessions"]
                               if s["id"] == q["session_id"]), None)
                if number is not None:
                    about = tr("Supervision", "Session note {n}").format(n=number)
            rows.append((about, q["question"]))
        doc.add(d.Table((tr("Supervision", "About"), tr("Supervision", "Question")),
                        tuple(rows), widths=(1, 3)))
        write_profile(doc, snap)
        write_goals(doc, snap)
        write_flags(doc, snap)
        if snap.get("sessions"):
            write_sessions(doc, snap)
        if snap.get("genogram"):
            write_genogram(doc, snap)
    return doc


def export_packet(
    vault: Any,
    passphrase: str,
    pdf_path: Path,
    packet_path: Path,
    client_ids: Sequence[str] | None = None,
    meeting_day: date | None = None,
    *,
    kdf: Any = None,
    progress: ProgressFn | None = None,
) -> PacketResult:
    """Export every open guidance flag (of ``client_ids``, or all cases) as a packet."""
    extra = saved_extra_names(vault)
    chosen = list(client_ids) if client_ids is not None else [e.id for e in vault.clients()]
    cases: list[dict[str, Any]] = []
    for n, client_id in enumerate(chosen):
        case = vault.open_case(client_id, audit_open=False)
        flags = list_flags(case, open_only=True)
        if progress:
            progress(tr("Supervision", "Reading cases"), n / max(len(chosen), 1) * 0.4)
        if not flags:
            continue
        cases.append(_case_material(vault, client_id, _ref(len(cases)), flags, extra))
    if not cases:
        raise PacketError(tr("Supervision", "No case has an open question for guidance."))
    packet = {
        "format": PACKET_FORMAT, "version": 1, "packet_id": uuid.uuid4().hex,
        "created_on": date.today().isoformat(),
        "meeting_day": meeting_day.isoformat() if meeting_day else None,
        "cases": cases,
    }
    render_pdf(packet_document(packet), Path(pdf_path))
    if progress:
        progress(tr("Supervision", "Encrypting the packet"), 0.8)
    atomic_write(Path(packet_path), seal_file(packet, passphrase, "packet", kdf))
    known = _packets(vault)
    known.append({"id": packet["packet_id"], "created_on": packet["created_on"],
                  "client_ids": [c["case_id"] for c in cases]})
    vault.set_setting(PACKETS_SETTING, json.dumps(known))
    questions = sum(len(c["questions"]) for c in cases)
    vault.record("Export supervision packet", packet["packet_id"], {
        "cases": len(cases), "questions": questions, "pdf": str(pdf_path),
        "packet": str(packet_path)})
    for c in cases:
        vault.open_case(c["case_id"], audit_open=False).record(
            "Export supervision packet",
            {"packet_id": packet["packet_id"], "questions": [q["id"] for q in c["questions"]],
             "pdf": str(pdf_path), "packet": str(packet_path)})
    if progress:
        progress(tr("Supervision", "Done"), 1.0)
    return PacketResult(packet["packet_id"], Path(pdf_path), Path(packet_path), len(cases),
                        questions)


def _packets(vault: Any) -> list[dict[str, Any]]:
    raw = vault.get_setting(PACKETS_SETTING)
    try:
        return list(json.loads(raw)) if raw else []
    except ValueError:
        return []


def open_packet(path: Path, passphrase: str) -> dict[str, Any]:
    """Supervisor mode: decrypt a packet (no vault involved)."""
    data = open_file(Path(path).read_bytes(), passphrase, "packet")
    if data.get("format") != PACKET_FORMAT:
        raise PacketError()
    return data


@dataclass(frozen=True)
class Comment:
    """A supervisor's comment on a case, a question (flag) or a session note."""

    case_id: str
    target: str  # "case", "flag", "session"
    target_id: str
    text: str


def save_comments(path: Path, packet: dict[str, Any], comments: Sequence[Comment],
                  passphrase: str, by: str = "", *, kdf: Any = None) -> int:
    """Seal the supervisor's comments for the therapist; returns how many were saved."""
    kept = [c for c in comments if c.text.strip()]
    payload = {
        "format": COMMENTS_FORMAT, "version": 1, "packet_id": packet["packet_id"], "by": by,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "comments": [{"id": uuid.uuid4().hex, "case_id": c.case_id, "target": c.target,
                      "target_id": c.target_id, "text": c.text.strip()} for c in kept],
    }
    atomic_write(Path(path), seal_file(payload, passphrase, "comments", kdf))
    return len(kept)


class ImportedComments(tuple[int, int]):
    """What importing comments did: ``(attached, skipped)``, as callers unpack it, and
    ``deleted``: how many of the skipped were on a client deleted since the packet was
    made (the therapist is told so in those words, not that the notes "no longer exist").
    """

    deleted: int

    def __new__(cls, attached: int, skipped: int, deleted: int = 0) -> ImportedComments:
        made = super().__new__(cls, (attached, skipped))
        made.deleted = deleted
        return made

    @property
    def attached(self) -> int:
        return self[0]

    @property
    def skipped(self) -> int:
        return self[1]


def import_comments(vault: Any, path: Path, passphrase: str) -> ImportedComments:
    """Attach the comments to their cases, questions and notes by id.

    Returns (attached, skipped): a comment whose case, flag or note no longer exists is
    skipped rather than guessed at. A client deleted since the packet was made is one of
    those (``deleted`` counts them): the rest of the comments come in all the same.
    """
    try:
        data = open_file(Path(path).read_bytes(), passphrase, "comments")
    except PacketWrongPassphrase as exc:
        # The therapist imports: the store's sentence ("ask the therapist") is for the
        # supervisor. The comments are sealed with the packet's own passphrase.
        raise PacketWrongPassphrase(tr(
            "Supervision", "The passphrase does not open this comments file. Type the "
                           "passphrase you chose for the supervision packet it answers."
        )) from exc
    if data.get("format") != COMMENTS_FORMAT:
        raise PacketError()
    packet = next((p for p in _packets(vault) if p["id"] == data.get("packet_id")), None)
    if packet is None:
        raise PacketError(tr("Supervision", "These comments belong to a supervision packet "
                                            "that was not exported from this vault."))
    # A deleted client's id has left the packet's list (kastdesk.supervision.forget),
    # which counts such cases; until then the register no longer has it.
    had_deleted = bool(packet.get(DELETED_CASES))
    attached = skipped = deleted = 0
    for c in data.get("comments", []):
        if c.get("case_id") not in packet["client_ids"]:
            skipped += 1
            deleted += 1 if had_deleted else 0
            continue
        try:
            case = vault.open_case(c["case_id"], audit_open=False)
        except CaseNotFound:
            skipped += 1
            deleted += 1
            continue
        target, target_id = c.get("target"), c.get("target_id", "")
        ok = (target == "case" and target_id == c["case_id"]) or (
            target == "flag" and case.documents.get(FLAG_KIND, target_id) is not None)
        if target == "session":
            try:
                case.sessions.get(target_id)
                ok = True
            except KeyError:
                ok = False
        if not ok:
            skipped += 1
            continue
        with case.transaction("Import supervisor comment"):
            case.documents.put(COMMENT_KIND, c["id"], {
                "packet_id": data["packet_id"], "target": target, "target_id": target_id,
                "text": c["text"], "by": data.get("by", ""), "at": data.get("saved_at", ""),
                "meeting_id": None,
            }, session_id=target_id if target == "session" else None,
                label="Import supervisor comment")
        attached += 1
    vault.record("Import supervisor comments", data["packet_id"],
                 {"attached": attached, "skipped": skipped, "deleted": deleted,
                  "file": str(path)})
    return ImportedComments(attached, skipped, deleted)


def list_comments(case: Any) -> list[dict[str, Any]]:
    """Imported supervisor comments of a case (each with its target and id)."""
    out = []
    for cid in case.documents.list_ids(COMMENT_KIND):
        data = case.documents.get(COMMENT_KIND, cid)
        if data:
            out.append({"id": cid, **data})
    return out
