"""Flags "for guidance" and guidance meeting records, kept in the case files they concern.

A flag is a case document (kind ``guidance_flag``) with the therapist's short question,
pointing at the case, a session note, or nothing more specific. A meeting is recorded
in every case it discussed (kind ``guidance_meeting``: only that case's part) and its
advice lands in that case's timeline (kind ``guidance_advice``); the vault setting
``supervision.meetings`` lists meeting ids, dates and the cases involved, so a meeting
can be found without opening every case. Every step is a named, audited transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from kastdesk.i18n import tr

FLAG_KIND = "guidance_flag"
MEETING_KIND = "guidance_meeting"
ADVICE_KIND = "guidance_advice"
COMMENT_KIND = "guidance_comment"
MEETINGS_SETTING = "supervision.meetings"
TARGETS = ("case", "session", "question")


class GuidanceError(ValueError):
    """A request that cannot be carried out (empty question, unknown flag)."""


@dataclass(frozen=True)
class GuidanceFlag:
    id: str
    client_id: str
    target: str  # "case", "session" or "question"
    question: str
    session_id: str | None = None
    created_at: str = ""
    created_by: str = ""
    resolved_in: str | None = None  # meeting id

    @property
    def open(self) -> bool:
        return self.resolved_in is None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GuidanceFlag:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})  # type: ignore[arg-type]


@dataclass(frozen=True)
class MeetingItem:
    """One case or question brought to the meeting, and what the supervisor advised."""

    client_id: str
    flag_id: str | None
    question: str
    advice: str = ""


@dataclass(frozen=True)
class GuidanceMeeting:
    id: str
    day: date
    participants: tuple[str, ...]
    items: tuple[MeetingItem, ...]
    decisions: str = ""

    @property
    def client_ids(self) -> list[str]:
        return list(dict.fromkeys(i.client_id for i in self.items))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "day": self.day.isoformat(), "participants": list(self.participants),
            "items": [asdict(i) for i in self.items], "decisions": self.decisions,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GuidanceMeeting:
        return cls(
            id=data["id"], day=date.fromisoformat(data["day"]),
            participants=tuple(data.get("participants", [])),
            items=tuple(MeetingItem(**i) for i in data.get("items", [])),
            decisions=data.get("decisions", ""),
        )


@dataclass(frozen=True)
class AdviceEntry:
    """What the case timeline shows for a meeting that discussed this case."""

    meeting_id: str
    day: date
    questions: tuple[str, ...]
    advice: tuple[str, ...]
    decisions: str
    comments: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# ----- flags -----------------------------------------------------------------------------
def flag_for_guidance(
    case: Any, question: str, target: str = "case", session_id: str | None = None
) -> GuidanceFlag:
    """Flag the case, a session note or a question for the next guidance meeting."""
    if not question.strip():
        raise GuidanceError(tr("Supervision", "Write a short question for the supervisor."))
    if target not in TARGETS:
        raise GuidanceError(f"unknown target {target!r}")
    if target == "session":
        if not session_id:
            raise GuidanceError(tr("Supervision", "Choose the session note to bring."))
        case.sessions.get(session_id)  # KeyError for a session not in this case
    flag = GuidanceFlag(uuid.uuid4().hex, str(case.client_id), target, question.strip(),
                        session_id if target == "session" else None, _now(), case.actor)
    with case.transaction("Flag for guidance"):
        case.documents.put(FLAG_KIND, flag.id, flag.to_dict(), session_id,
                           label="Flag for guidance")
    return flag


def list_flags(case: Any, open_only: bool = False) -> list[GuidanceFlag]:
    flags = [GuidanceFlag.from_dict(case.documents.get(FLAG_KIND, i) or {})
             for i in case.documents.list_ids(FLAG_KIND)]
    flags = [f for f in flags if f.id]
    return [f for f in flags if f.open] if open_only else flags


def withdraw_flag(case: Any, flag_id: str) -> None:
    if case.documents.get(FLAG_KIND, flag_id) is None:
        raise GuidanceError(tr("Supervision", "That guidance flag no longer exists."))
    with case.transaction("Withdraw guidance flag"):
        case.documents.delete(FLAG_KIND, flag_id, label="Withdraw guidance flag")


# ----- meetings --------------------------------------------------------------------------
def _meeting_index(vault: Any) -> list[dict[str, Any]]:
    raw = vault.get_setting(MEETINGS_SETTING)
    try:
        data = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [m for m in data if isinstance(m, dict)]


def list_meetings(vault: Any) -> list[dict[str, Any]]:
    """Meeting ids, dates and case ids, newest first (no content: that is in the cases)."""
    return sorted(_meeting_index(vault), key=lambda m: m.get("day", ""), reverse=True)


def record_meeting(
    vault: Any,
    day: date,
    participants: Sequence[str],
    items: Sequence[MeetingItem],
    decisions: str = "",
) -> GuidanceMeeting:
    """Store a guidance meeting: each case gets its part and the advice in its timeline."""
    if not items:
        raise GuidanceError(tr("Supervision", "Add at least one case or question."))
    meeting = GuidanceMeeting(uuid.uuid4().hex, day, tuple(p.strip() for p in participants
                                                           if p.strip()), tuple(items),
                              decisions)
    for client_id in meeting.client_ids:
        case = vault.open_case(client_id, audit_open=False)
        own = [i for i in meeting.items if i.client_id == client_id]
        part = GuidanceMeeting(meeting.id, day, meeting.participants, tuple(own), decisions)
        with case.transaction("Record guidance meeting"):
            case.documents.put(MEETING_KIND, meeting.id, part.to_dict(),
                               label="Record guidance meeting")
            case.documents.put(ADVICE_KIND, meeting.id, {
                "meeting_id": meeting.id, "day": day.isoformat(),
                "questions": [i.question for i in own],
                "advice": [i.advice for i in own if i.advice.strip()],
                "decisions": decisions,
            }, label="Guidance advice")
            for item in own:
                if item.flag_id and (data := case.documents.get(FLAG_KIND, item.flag_id)):
                    data = {**data, "resolved_in": meeting.id}
                    case.documents.put(FLAG_KIND, item.flag_id, data,
                                       label="Guidance flag discussed")
    index = _meeting_index(vault)
    index.append({"id": meeting.id, "day": day.isoformat(), "client_ids": meeting.client_ids})
    vault.set_setting(MEETINGS_SETTING, json.dumps(index))
    vault.record("Record guidance meeting", meeting.id,
                 {"day": day.isoformat(), "cases": len(meeting.client_ids),
                  "items": len(meeting.items)})
    return meeting


def advice_timeline(case: Any) -> list[AdviceEntry]:
    """Advice from guidance meetings for this case, oldest first (the case timeline)."""
    comments_by_meeting: dict[str, list[dict[str, Any]]] = {}
    for cid in case.documents.list_ids(COMMENT_KIND):
        c = case.documents.get(COMMENT_KIND, cid) or {}
        comments_by_meeting.setdefault(c.get("meeting_id") or "", []).append(c)
    out = []
    for mid in case.documents.list_ids(ADVICE_KIND):
        a = case.documents.get(ADVICE_KIND, mid) or {}
        if not a:
            continue
        out.append(AdviceEntry(mid, date.fromisoformat(a["day"]), tuple(a.get("questions", [])),
                               tuple(a.get("advice", [])), a.get("decisions", ""),
                               tuple(comments_by_meeting.get(mid, []))))
    return sorted(out, key=lambda e: e.day)
