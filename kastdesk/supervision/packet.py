"""The supervision packet (pseudonymized PDF + sealed ``.kastsup``) and the comments file.

The therapist exports the flagged cases for a guidance meeting; the supervisor opens the
``.kastsup`` in supervisor mode (no vault), comments on each question and note, and
sends back a sealed comments file. Every export and import is audited.

Dates: how recent things are, never a calendar that is not true. Every date of the
material (a session, a signature, a risk flag, a goal's event, a date written in a note or
a question) is given as its distance from the day the packet was prepared, which the
cover prints as it is: "the packet day", "3 days before", "5 weeks before", "8 months
before", "2 years before" (:func:`relative_day`: in days for the last two weeks, in weeks
up to two months, then in months and in years). A suicide-risk flag raised the day before
reads "1 day before", not as a date months old, which the dates shifted by a secret
offset (as the pseudonymized case summary has them) made it beside the cover's real
"Prepared" day and meeting day. Recent events are exact, as the supervisor needs them and
as they cannot be hidden from a supervisor who knows the meeting day anyway; older ones
are coarse, so the packet (its PDF and its sealed data alike, which hold the words, not
the dates) does not give away the real calendar of a client's history. Order and numbers
tell the sessions apart where two older ones read the same.

The packet holds only what the supervisor is shown (the PDF and supervisor mode read the
same): the questions, the profile, goals, risk flags, the flagged notes and the family
map, pseudonymized, and no therapist's name. Its ids are the packet's own random keys,
not the case's, session's or question's ids, which stay the same from one month's packet
to the next and would link a client across them. Which key stands for what is kept in the
vault (setting ``supervision.packets``, encrypted with it), so the supervisor's comments,
which carry the keys, land where they belong when the therapist imports them.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import string
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from kastdesk.i18n import N_, tr
from kastdesk.report import document as d
from kastdesk.report.export import free_text, saved_extra_names, therapist_names
from kastdesk.report.pdf import render_pdf
from kastdesk.report.pseudonymize import Pseudonymizer, Replacement, Suspect
from kastdesk.report.snapshot import collect_case, former_maps
from kastdesk.report.summary import (
    write_flags,
    write_genogram,
    write_goals,
    write_profile,
    write_sessions,
)
from kastdesk.store.errors import CaseNotFound
from kastdesk.store.fsutil import StagedWrite, atomic_write, stage_write
from kastdesk.store.packet import (
    PacketError,
    PacketHold,
    PacketUnreadable,
    PacketWrongPassphrase,
    Sealer,
    kdf_of,
    open_file,
    seal_file,
)

from .guidance import COMMENT_KIND, FLAG_KIND, GuidanceFlag, list_flags

PACKET_FORMAT = "kastdesk.supervision_packet"
#: The packet's layout version this KastDesk writes and the newest it reads (1: the case's
#: own ids, 2: keys of the packet's own, 3: dates as how long before the packet day).
PACKET_VERSION = 3
COMMENTS_FORMAT = "kastdesk.supervision_comments"
PACKETS_SETTING = "supervision.packets"
#: On a packet in ``supervision.packets``: how many of its cases were deleted since
#: (kastdesk.supervision.forget writes it when it takes their ids out of the list).
DELETED_CASES = "deleted_cases"
ProgressFn = Callable[[str, float], None]
#: Around a date the packet's pseudonymizer wrote as words, until :func:`_settle_dates`
#: knows whether it stood alone (a field: bare) or in text (in brackets).
_MARK = "\x00"
_MARKED = re.compile("\x00([^\x00]*)\x00")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def relative_day(day: date, packet_day: date) -> str:
    """``day`` as its distance from ``packet_day`` ("3 days before", "5 weeks before"): in
    days for the last two weeks, in weeks up to two months, then in months, from two
    years on in years; a day after the packet (a follow-up due, a date a note plans) the
    same way with "after". Exact where recency matters (a risk raised "1 day before"),
    coarse further back, so the real calendar of older events is not given away (see the
    module's docstring)."""
    days = (packet_day - day).days
    if days == 0:
        return tr("Supervision", "the packet day")
    n = abs(days)
    if n == 1:
        unit, count = "one day", 1
    elif n < 14:
        unit, count = "days", n
    elif n < 60:
        unit, count = "weeks", round(n / 7)
    elif n < 730:
        unit, count = "months", round(n / 30.4375)
    else:
        unit, count = "years", n // 365
    return tr("Supervision", _DISTANCES[unit, days > 0]).format(n=count)


#: The words for a distance from the packet day, by unit and whether it lies before it.
_DISTANCES = {
    ("one day", True): N_("Supervision", "1 day before"),
    ("days", True): N_("Supervision", "{n} days before"),
    ("weeks", True): N_("Supervision", "{n} weeks before"),
    ("months", True): N_("Supervision", "{n} months before"),
    ("years", True): N_("Supervision", "{n} years before"),
    ("one day", False): N_("Supervision", "1 day after"),
    ("days", False): N_("Supervision", "{n} days after"),
    ("weeks", False): N_("Supervision", "{n} weeks after"),
    ("months", False): N_("Supervision", "{n} months after"),
    ("years", False): N_("Supervision", "{n} years after"),
}


class _PacketPseudonymizer(Pseudonymizer):
    """The packet's pseudonymizer: a date it would shift (a field's, or one written in a
    note or a question) is written as its distance from the packet day instead, marked
    for :func:`_settle_dates`. What it withholds (a birth date, a date in words) it still
    withholds."""

    packet_day: date = date.min  # set by _pseudonymizer

    def shift_day(self, iso: str) -> str:
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return tr("Pseudonym", "[date]")
        return _MARK + relative_day(day, self.packet_day) + _MARK


def _settle_dates(data: Any) -> Any:
    """The packet's material with its dates in words: a field that was a date holds the
    words ("3 days before"); a date inside a note or a question becomes them in brackets
    ("since [8 months before]"), marked as what the app put there, as "[date]" is."""
    if isinstance(data, str):
        whole = _MARKED.fullmatch(data)
        if whole:
            return whole.group(1)
        return _MARKED.sub(r"[\1]", data) if _MARK in data else data
    if isinstance(data, dict):
        return {k: _settle_dates(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_settle_dates(v) for v in data]
    return data


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


def _new_key() -> str:
    return uuid.uuid4().hex


def _pseudonymizer(vault: Any, client_id: str, ref: str, flags: Sequence[GuidanceFlag],
                   extra_names: Sequence[str],
                   read: dict[str, dict[str, Any]] | None = None,
                   packet_day: date | None = None,
                   withhold_words: Sequence[str] = (),
                   keep_words: Sequence[str] = (),
                   ) -> tuple[dict[str, Any], Pseudonymizer]:
    """The case read with only its flagged notes, and the one pseudonymizer for the
    material and the questions, its dates counted from ``packet_day`` (today when None):
    a question about "the session on 2025-03-04" names the day as that session shows it.
    The therapist's own name is withheld too (a note may name them; the signatures are
    replaced in :func:`_minimal`). ``read`` keeps each case as read, for a caller that
    asks again (the dialog's review list, on every tick and every name typed).
    ``withhold_words``: withheld where the text has
    them, as "[withheld]" (the check's Withhold on a word in small letters);
    ``keep_words``: words of the map's free text left as written (the dialog's Keep)."""
    if read is None or client_id not in read:
        case = vault.open_case(client_id, audit_open=False)
        whole = collect_case(case, vault.therapist)
        # Names earlier versions of the family map held (a person deleted, a name
        # corrected) and the maps of the client's linked cases, kept with the case as read
        # and taken out below: never in the packet.
        whole["former_map"] = former_maps(vault, case, whole["genogram"])
        if read is None:
            read = {}
        read[client_id] = whole
    snap = dict(read[client_id])
    former = snap.pop("former_map", None)
    flagged_sessions = {f.session_id for f in flags if f.session_id}
    snap["sessions"] = [s for s in snap["sessions"] if s["id"] in flagged_sessions]
    # Whole and word by word (a note names a colleague by surname alone), as the
    # pseudonymized case summary withholds them.
    extra = [*extra_names, *therapist_names(snap, str(vault.therapist or ""))]
    pseudo = _PacketPseudonymizer.for_snapshot(  # code → "Case A"
        snap, extra, reference=ref, former_map=former, withhold_words=withhold_words,
        keep_words=keep_words)
    pseudo.packet_day = packet_day or date.today()
    return snap, pseudo


def _minimal(snap: dict[str, Any], session_keys: dict[str, str]) -> dict[str, Any]:
    """What ``packet_document`` and the supervisor window read of a pseudonymized snapshot,
    and nothing else: no exercises, intake, self-rating or course of the case, no ids but
    the packet's own keys, and "the therapist" where a signature named them."""
    therapist = tr("Pseudonym", "the therapist")
    return {
        "code": snap["code"],
        "pseudonymized": True,
        "reference_year": snap.get("reference_year"),
        "profile": dict(snap.get("profile") or {}),
        "goals": [
            {"text": g["text"], "state": g["state"], "original_text": g["original_text"],
             "events": [{"at": e["at"], "kind": e["kind"], "text": e["text"],
                         "note": e.get("note", "")} for e in g.get("events", [])]}
            for g in snap.get("goals", [])
        ],
        "flags": [
            {"kind": f["kind"], "note": f.get("note", ""), "set_at": f.get("set_at"),
             "cleared_at": f.get("cleared_at")}
            for f in snap.get("flags", [])
        ],
        "sessions": [
            {"id": session_keys[s["id"]], "number": s["number"], "starts_at": s["starts_at"],
             "duration_min": s["duration_min"], "attendance": s.get("attendance", "held"),
             "modality": s["modality"],
             "present": s["present"], "topics": list(s.get("topics", [])),
             "note": s.get("note", ""), "signed_at": s.get("signed_at"),
             "signed_by": therapist if s.get("signed_at") else "",
             "amendments": [{"at": a["at"], "author": therapist, "reason": a.get("reason", ""),
                             "text": a["text"]} for a in s.get("amendments", [])]}
            for s in snap.get("sessions", [])
        ],
        "genogram": snap.get("genogram"),
    }


def _case_material(vault: Any, client_id: str, ref: str, flags: list[GuidanceFlag],
                   extra_names: Sequence[str],
                   read: dict[str, dict[str, Any]] | None = None,
                   packet_day: date | None = None,
                   withhold_words: Sequence[str] = (),
                   keep_words: Sequence[str] = (),
                   ) -> tuple[dict[str, Any], dict[str, Any], Pseudonymizer]:
    """The case's part of the packet (its dates as their distance from ``packet_day``),
    what its keys stand for (kept in the vault), and the pseudonymizer that wrote it."""
    snap, pseudo = _pseudonymizer(vault, client_id, ref, flags, extra_names, read,
                                  packet_day, withhold_words, keep_words)
    snap = pseudo.apply(snap)
    case_key = _new_key()
    ids: dict[str, str] = {}  # packet key → the real flag or session id
    session_keys = {s["id"]: _new_key() for s in snap["sessions"]}
    ids.update({key: real for real, key in session_keys.items()})
    questions = []
    for f in flags:
        key = _new_key()
        ids[key] = f.id
        questions.append({"id": key, "target": f.target,
                          "session_id": session_keys.get(f.session_id or ""),
                          "question": pseudo.text(f.question)})
    material = _settle_dates({"ref": ref, "case_id": case_key,
                              "snapshot": _minimal(snap, session_keys),
                              "questions": questions})
    return material, {"client_id": client_id, "ids": ids}, pseudo


def packet_review(vault: Any, client_ids: Sequence[str], extra_names: Sequence[str] = (),
                  read: dict[str, dict[str, Any]] | None = None,
                  withhold_words: Sequence[str] = (),
                  everyday: set[str] | None = None,
                  keep_words: Sequence[str] = (),
                  kept: set[str] | None = None,
                  ) -> list[tuple[str, list[Replacement]]]:
    """What each case's part of the packet will withhold, under the reference it will
    have ("Case A"), for the therapist to check and add to before exporting. The saved
    list of names to withhold counts, as in the export. ``read``: the cases read so far
    (see :func:`_pseudonymizer`), kept by the caller between calls. ``everyday``, if
    given, is filled with the names among them that read as everyday words at a
    sentence's start, where they stay (``Pseudonymizer.everyday``: "Hans mamma dog"),
    for the review to say so. ``kept``, if given, is filled with the words of
    ``keep_words`` the cases kept (``Pseudonymizer.kept``: never a name), for the review
    to list them as kept."""
    extra = [*saved_extra_names(vault), *extra_names]
    out = []
    for client_id in client_ids:
        flags = list_flags(vault.open_case(client_id, audit_open=False), open_only=True)
        if not flags:
            continue
        ref = _ref(len(out))
        _, pseudo = _pseudonymizer(vault, client_id, ref, flags, extra, read,
                                   withhold_words=withhold_words, keep_words=keep_words)
        out.append((ref, pseudo.review()))
        if everyday is not None:
            everyday.update(pseudo.everyday)
        if kept is not None:
            kept.update(pseudo.kept)
    return out


def packet_check(vault: Any, client_ids: Sequence[str], extra_names: Sequence[str] = (),
                 read: dict[str, dict[str, Any]] | None = None,
                 withhold_words: Sequence[str] = (),
                 keep_words: Sequence[str] = (),
                 ) -> list[tuple[str, list[tuple[Suspect, int]]]]:
    """The words each case's part of the packet would still hold that look identifying
    (:func:`kastdesk.report.pseudonymize.suspects`: capitalised words not replaced,
    spellings a letter from a known name, known names in small letters…), each with how
    often it occurs, under the case's reference, for the therapist to withhold or leave
    before the packet is written.

    Read from the material exactly as the packet would hold it (its questions, notes,
    amendments, goals, profile and map), pseudonymized as :func:`export_packet` does: free
    text cannot be scrubbed perfectly, and what is left is best seen where it is left.
    """
    extra = [*saved_extra_names(vault), *extra_names]
    out = []
    for client_id in client_ids:
        flags = list_flags(vault.open_case(client_id, audit_open=False), open_only=True)
        if not flags:
            continue
        ref = _ref(len(out))
        material, _, pseudo = _case_material(vault, client_id, ref, flags, extra, read,
                                             withhold_words=withhold_words,
                                             keep_words=keep_words)
        out.append((ref, pseudo.suspects_in(free_text(material))))
    return out


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
           "Pseudonymized material for supervision. Names are replaced by roles. Dates "
           "are given as how long before the day this packet was prepared: in days for "
           "the last two weeks, then in weeks, months and years. Still, treat it as "
           "confidential and destroy it after the meeting."),
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
                session = next((s for s in snap["sessions"] if s["id"] == q["session_id"]),
                               None)
                if session is not None and session.get("number") is not None:
                    about = tr("Supervision", "Session note {n}").format(n=session["number"])
                elif session is not None:
                    # Not a session held (cancelled, not attended): no number, so its day
                    # (as every date here, how long before the packet) tells it from
                    # another and finds it in the session log; "A session note" said
                    # neither.
                    about = tr("Supervision", "Note on a session not held ({day})").format(
                        day=packet_day_text(session["starts_at"]))
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


def packet_day_text(value: str) -> str:
    """A date of a packet's material as shown: the words of a packet since dates are
    counted from its day; the day alone of an older packet's (shifted) date and time."""
    return value[:10] if _ISO_DATE.match(value) else value


def packet_moment(value: str) -> str:
    """A date and time of a packet's material as shown ("3 days before", or an older
    packet's "2026-05-03 14:10")."""
    return value[:16].replace("T", " ") if _ISO_DATE.match(value) else value


def packet_stem(day: date) -> str:
    """The name of a meeting day's packet files, without a number or a suffix."""
    return f"supervision-{day.isoformat()}"


def packet_paths(folder: Path, day: date) -> tuple[Path, Path]:
    """The PDF and the ``.kastsup`` for a meeting day: ``supervision-<day>``, or the first
    of ``supervision-<day>-2``, ``-3``… of which neither file is there yet. A second
    packet for the same meeting silently replaced the first."""
    folder = Path(folder)
    stem, n = packet_stem(day), 1
    while True:
        name = stem if n == 1 else f"{stem}-{n}"
        pdf, packet = folder / f"{name}.pdf", folder / f"{name}.kastsup"
        if not pdf.exists() and not packet.exists():
            return pdf, packet
        n += 1


def _already_there(target: Path) -> str:
    return tr("Supervision", "{name} is already there; nothing was written. Choose another "
                             "folder or date.").format(name=target.name)


def _stage(data: bytes, target: Path) -> StagedWrite:
    """Write ``data`` for ``target`` whole, without its name yet (:func:`_named` gives it,
    never over an existing file). No hidden copy of the PDF stays beside it after a
    crash (``stage_write``)."""
    if target.exists():
        raise PacketError(_already_there(target))
    return stage_write(target, data, exclusive=True)


def _named(staged: StagedWrite) -> None:
    """Give a staged file its name, never over an existing file (a hard link cannot
    overwrite, so no race decides it)."""
    try:
        staged.place()
    except FileExistsError as exc:
        raise PacketError(_already_there(staged.path)) from exc


def _record_packet(vault: Any, packet: dict[str, Any], cases: list[dict[str, Any]],
                   keys: dict[str, dict[str, Any]], questions: int, pdf_path: Path,
                   packet_path: Path) -> None:
    """The packet in the vault: what its keys stand for (the packet list) and a line in
    the vault's audit log and in each case's, naming both files."""
    client_list = [keys[c["case_id"]]["client_id"] for c in cases]
    known = _packets(vault)
    known.append({"id": packet["packet_id"], "created_on": packet["created_on"],
                  "client_ids": client_list, "cases": keys})
    vault.set_setting(PACKETS_SETTING, json.dumps(known))
    vault.record("Export supervision packet", packet["packet_id"], {
        "cases": len(cases), "questions": questions, "pdf": str(pdf_path),
        "packet": str(packet_path)})
    for c in cases:
        stands_for = keys[c["case_id"]]
        vault.open_case(stands_for["client_id"], audit_open=False).record(
            "Export supervision packet",
            {"packet_id": packet["packet_id"],
             "questions": [stands_for["ids"][q["id"]] for q in c["questions"]],
             "pdf": str(pdf_path), "packet": str(packet_path)})


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
    extra_names: Sequence[str] = (),
    today: date | None = None,
    withhold_words: Sequence[str] = (),
    keep_words: Sequence[str] = (),
) -> PacketResult:
    """Export every open guidance flag (of ``client_ids``, or all cases) as a packet.

    ``extra_names``: withheld besides the saved list (the dialog's "Also withhold");
    ``withhold_words``: withheld where the text has them (the dialog's "Withhold words");
    ``keep_words``: words of the map's free text left as written (the dialog's "Keep").
    Both files are written, or neither: an existing one is never replaced (PacketError),
    and the PDF is laid out in memory before either is written. ``today``: the packet's
    day, which its dates are counted from (the real day unless a test says otherwise).
    """
    extra = [*saved_extra_names(vault), *extra_names]
    packet_day = today or date.today()
    chosen = list(client_ids) if client_ids is not None else [e.id for e in vault.clients()]
    cases: list[dict[str, Any]] = []
    keys: dict[str, dict[str, Any]] = {}
    for n, client_id in enumerate(chosen):
        case = vault.open_case(client_id, audit_open=False)
        flags = list_flags(case, open_only=True)
        if progress:
            progress(tr("Supervision", "Reading cases"), n / max(len(chosen), 1) * 0.4)
        if not flags:
            continue
        material, stands_for, _ = _case_material(
            vault, client_id, _ref(len(cases)), flags, extra, packet_day=packet_day,
            withhold_words=withhold_words, keep_words=keep_words,
        )
        cases.append(material)
        keys[material["case_id"]] = stands_for
    if not cases:
        raise PacketError(tr("Supervision", "No case has an open question for guidance."))
    packet = {
        # 3: dates as how long before the packet day (2: shifted by a secret offset).
        "format": PACKET_FORMAT, "version": PACKET_VERSION, "packet_id": uuid.uuid4().hex,
        "created_on": packet_day.isoformat(),
        "meeting_day": meeting_day.isoformat() if meeting_day else None,
        "cases": cases,
    }
    pdf_path, packet_path = Path(pdf_path), Path(packet_path)
    for target in (pdf_path, packet_path):
        if target.exists():
            raise PacketError(_already_there(target))
    pdf = BytesIO()
    render_pdf(packet_document(packet), pdf)
    if progress:
        progress(tr("Supervision", "Encrypting the packet"), 0.8)
    sealed = seal_file(packet, passphrase, "packet", kdf)
    # Both files are written whole without their names, the export is recorded, and only
    # then are they named: a vault that cannot record it (its disk full) leaves neither
    # file behind, unlisted where deleting a client looks for its exports.
    staged_packet = _stage(sealed, packet_path)
    try:
        staged_pdf = _stage(pdf.getvalue(), pdf_path)
    except BaseException:
        staged_packet.discard()
        raise
    questions = sum(len(c["questions"]) for c in cases)
    before = vault.get_setting(PACKETS_SETTING)

    def record() -> None:
        try:
            _record_packet(vault, packet, cases, keys, questions, pdf_path, packet_path)
        except BaseException:
            staged_pdf.discard()
            # The packet list names it no more (best effort: the vault failed just now).
            with contextlib.suppress(Exception):
                if vault.get_setting(PACKETS_SETTING) != before:
                    vault.set_setting(PACKETS_SETTING, before or "[]")
            raise

    def not_completed() -> None:
        detail = {"packet_id": packet["packet_id"], "pdf": str(pdf_path),
                  "packet": str(packet_path)}
        vault.record("Export not completed", packet["packet_id"], detail)
        for c in cases:
            with contextlib.suppress(Exception):
                vault.open_case(keys[c["case_id"]]["client_id"], audit_open=False).record(
                    "Export not completed", detail)

    try:
        staged_packet.place_recorded(record, not_completed)
    except BaseException as exc:
        staged_pdf.discard()
        if isinstance(exc, FileExistsError):  # the name taken meanwhile, by someone else
            raise PacketError(_already_there(packet_path)) from exc
        raise
    try:
        _named(staged_pdf)
    except BaseException:
        with contextlib.suppress(OSError):
            packet_path.unlink()  # the packet alone would be half an export
        with contextlib.suppress(Exception):
            not_completed()
        raise
    if progress:
        progress(tr("Supervision", "Done"), 1.0)
    return PacketResult(packet["packet_id"], pdf_path, packet_path, len(cases), questions)


def _stands_for(vault: Any, packet_id: str) -> dict[str, dict[str, Any]]:
    """What each case key of a packet this vault exported stands for (its client and its
    questions' and notes' real ids); empty for a packet from elsewhere."""
    entry = next((p for p in _packets(vault) if p.get("id") == packet_id), None)
    cases = entry.get("cases") if isinstance(entry, dict) else None
    if not isinstance(cases, dict):
        return {}
    return {key: v for key, v in cases.items() if isinstance(v, dict)}


def packet_keys(vault: Any, packet_id: str) -> dict[str, str]:
    """For a packet this vault exported: the key that stood for each client, question and
    session note id in it (real id → key; empty for a packet from elsewhere)."""
    out: dict[str, str] = {}
    for key, stands_for in _stands_for(vault, packet_id).items():
        out[str(stands_for.get("client_id"))] = key
        out.update({real: k for k, real in (stands_for.get("ids") or {}).items()})
    return out


def case_owners(vault: Any, packet_id: str) -> dict[str, str]:
    """For a packet this vault exported: which client each of its case keys stands for
    (empty for a packet from elsewhere). The therapist's app needs it to take an erased
    client's case out of the packet's window; the supervisor never has it."""
    return {key: str(v["client_id"]) for key, v in _stands_for(vault, packet_id).items()
            if v.get("client_id")}


def _packets(vault: Any) -> list[dict[str, Any]]:
    raw = vault.get_setting(PACKETS_SETTING)
    try:
        return list(json.loads(raw)) if raw else []
    except ValueError:
        return []


def open_packet(path: Path, passphrase: str) -> dict[str, Any]:
    """Supervisor mode: decrypt a packet (no vault involved). ``PacketUnreadable`` for one
    that opens but is not laid out as this version reads (:func:`check_packet`)."""
    data = open_file(Path(path).read_bytes(), passphrase, "packet")
    if data.get("format") != PACKET_FORMAT:
        raise PacketError()
    check_packet(data)
    return data


def check_packet(data: Any) -> None:
    """Raise ``PacketUnreadable`` unless ``data`` holds, with the types it reads, all that
    supervisor mode shows and saves of a packet, in a version this KastDesk knows.

    The sealed data is only as well-formed as whatever made it: a newer KastDesk, another
    tool, a packet edited by hand and sealed again. Read as it was, a key missing or a list
    where a dict was raised a KeyError or a TypeError out of supervisor mode, which crashed
    with the passphrase right; checked here, the supervisor is told in one sentence.
    """
    try:
        version = data["version"]
        _need(_is_int(version) and 1 <= version <= PACKET_VERSION)
        _need(isinstance(data["packet_id"], str) and bool(data["packet_id"]))
        _need(_optional(data.get("created_on"), str))
        _need(_optional(data.get("meeting_day"), str))
        cases = data["cases"]
        _need(isinstance(cases, list))
        for case in cases:
            _need(isinstance(case, dict))
            _need(isinstance(case["ref"], str) and isinstance(case["case_id"], str))
            _need(isinstance(case["questions"], list))
            for q in case["questions"]:
                _need(isinstance(q, dict) and isinstance(q["id"], str)
                      and isinstance(q["question"], str)
                      and _optional(q.get("target"), str)
                      and _optional(q.get("session_id"), str))
            snap = case["snapshot"]
            _need(isinstance(snap, dict))
            sessions = snap.get("sessions") or []
            _need(isinstance(sessions, list))
            for session in sessions:
                _need(isinstance(session, dict) and isinstance(session["id"], str))
                number = session.get("number")
                _need(number is None or _is_int(number))
                _need(_optional(session.get("starts_at"), str)
                      and _optional(session.get("note"), str))
                amendments = session.get("amendments") or []
                _need(isinstance(amendments, list)
                      and all(isinstance(a, dict) for a in amendments))
    except (KeyError, TypeError) as exc:
        raise PacketUnreadable() from exc


def _need(ok: bool) -> None:
    if not ok:
        raise TypeError("not laid out as a packet")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _optional(value: Any, kind: type) -> bool:
    return value is None or isinstance(value, kind)


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


#: The supervisor's comments not saved yet, kept beside the packet while they are typed
#: (``supervision-2026-12-10.kastdraft``), sealed with the packet's passphrase. A file of
#: its own kind: sent by mistake, the therapist's import says it is no comments file.
DRAFT_SUFFIX = ".kastdraft"
DRAFT_KIND = "comments-draft"
DRAFT_FORMAT = "kastdesk.supervision_comments_draft"


def draft_path(packet_path: Path) -> Path:
    """Where the draft of comments on the packet at ``packet_path`` is kept."""
    return Path(packet_path).with_suffix(DRAFT_SUFFIX)


class CommentsDraft:
    """The supervisor's unsaved comments on one packet, sealed beside it as they are typed.

    Supervisor mode kept them in memory only until *Save comments…*: a logout, a shutdown
    or a crash during a meeting lost every one. The draft is encrypted with the packet's
    own passphrase, so it holds nothing the packet beside it does not already protect the
    same way, and it opens again with the packet. The key is derived once (as the packet's
    was, with a salt of its own), so a draft is written every few seconds at no cost.
    """

    def __init__(self, packet_path: Path, packet: dict[str, Any], passphrase: str) -> None:
        """Raises ``PacketInUse`` while another window keeps a draft of the same packet
        (one draft file: the last writer's comments replaced the other's)."""
        self.path = draft_path(packet_path)
        self.packet_id = str(packet["packet_id"])
        self._hold = PacketHold(Path(packet_path))
        try:
            params = kdf_of(Path(packet_path).read_bytes())
            if params is not None:
                params = replace(params, salt=secrets.token_bytes(16))
            self._sealer = Sealer(passphrase, DRAFT_KIND, params)
        except BaseException:
            # The caller gets no draft to close: a hold kept here (alive as long as the
            # exception's traceback is) refused every later open of the packet as "already
            # open in another window" until the app restarted.
            self._hold.release()
            raise

    def close(self) -> None:
        """The window is closed: another may open the packet and keep its draft."""
        self._hold.release()

    def write(self, comments: Sequence[Comment]) -> None:
        """Keep ``comments`` (none: the draft goes). Raises OSError or DiskFull."""
        kept = [c for c in comments if c.text.strip()]
        if not kept:
            self.remove()
            return
        payload = {
            "format": DRAFT_FORMAT, "version": 1, "packet_id": self.packet_id,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "comments": [{"case_id": c.case_id, "target": c.target, "target_id": c.target_id,
                          "text": c.text} for c in kept],
        }
        atomic_write(self.path, self._sealer.seal(payload))

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def read_draft(packet_path: Path, packet: dict[str, Any], passphrase: str) -> list[Comment]:
    """The comments a draft beside the packet keeps (none: no draft, or one of another
    packet, or one that does not open)."""
    try:
        data = open_file(draft_path(packet_path).read_bytes(), passphrase, DRAFT_KIND)
    except (OSError, PacketError):
        return []
    if data.get("format") != DRAFT_FORMAT or data.get("packet_id") != packet.get("packet_id"):
        return []
    out: list[Comment] = []
    for c in data.get("comments") or []:
        if isinstance(c, dict):
            out.append(Comment(str(c.get("case_id", "")), str(c.get("target", "")),
                               str(c.get("target_id", "")), str(c.get("text", ""))))
    return out


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
    # Packets since version 2 carry keys of their own; the vault keeps what they stand for.
    # An older packet's comments carry the case's own ids.
    keys = packet.get("cases") if isinstance(packet.get("cases"), dict) else None
    attached = skipped = deleted = 0
    for c in data.get("comments", []):
        target, target_id = c.get("target"), c.get("target_id", "")
        if keys is not None:
            stands_for = keys.get(c.get("case_id"))
            if not isinstance(stands_for, dict):
                skipped += 1
                deleted += 1 if had_deleted else 0
                continue
            client_id = str(stands_for.get("client_id"))
            if target == "case":
                target_id = client_id if target_id == c.get("case_id") else ""
            else:
                target_id = str((stands_for.get("ids") or {}).get(target_id, ""))
        else:
            client_id = str(c.get("case_id"))
        if client_id not in packet["client_ids"]:
            skipped += 1
            deleted += 1 if had_deleted else 0
            continue
        try:
            case = vault.open_case(client_id, audit_open=False)
        except CaseNotFound:
            skipped += 1
            deleted += 1
            continue
        ok = (target == "case" and target_id == client_id) or (
            target == "flag" and bool(target_id)
            and case.documents.get(FLAG_KIND, target_id) is not None)
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
