"""One client's encrypted case file: a facade with a manager per kind of content.

Modelled on Anki's ``Collection``: ``case.sessions``, ``case.goals`` … hang off the
facade, nothing outside the store sees SQL or a cursor, and every write runs in a
named transaction (``with case.transaction("Add session")``) that commits or rolls
back whole, writes one audit entry with that name, and tells listeners what changed.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kastdesk.domain.course import end_of_treatment
from kastdesk.domain.models import (
    Attendance,
    Changes,
    ClientId,
    ClientProfile,
    ContactChannel,
    FlagId,
    Gender,
    Goal,
    GoalEvent,
    GoalEventKind,
    GoalId,
    GoalState,
    Modality,
    NoteKind,
    NoteVersion,
    Present,
    ReferralSource,
    RiskFlag,
    RiskKind,
    Session,
    SessionId,
    Status,
    StatusChange,
    new_id,
)
from kastdesk.domain.status import can_change, follow_up_due, why_not
from kastdesk.i18n import N_, tr
from kastdesk.store import audit, db
from kastdesk.store.errors import (
    CaseDamaged,
    CaseGone,
    CaseNotThisFile,
    CaseOlderCopy,
    CaseOutdated,
    CaseReadOnly,
    DiskError,
    InvalidChange,
    NoteSigned,
    SessionMissing,
    StoreError,
)
from kastdesk.store.schema import CASE_MIGRATIONS


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _minute(at: datetime) -> str:
    """``at`` as session times are stored (``starts_at``), so the two compare as text."""
    return at.isoformat(timespec="minutes")


#: The SQL condition of a session that counts: held, or still ahead and not called off.
_HELD = "attendance = 'held'"

#: A session's attendance mid-sentence, as a correction's amendment says it ("Attendance
#: corrected: held → did not attend.").
_ATTENDANCE_WORDS = {
    Attendance.HELD: N_("Case", "held"),
    Attendance.CANCELLED_BY_CLIENT: N_("Case", "cancelled by the client"),
    Attendance.CANCELLED_BY_CLINIC: N_("Case", "cancelled by the clinic"),
    Attendance.NO_SHOW: N_("Case", "did not attend"),
}


def unreadable_text() -> str:
    """What ``verify`` says of a file SQLite cannot read at all (for the index too)."""
    return tr("Verify", "the file cannot be read: it is damaged or was changed outside "
                        "KastDesk")


def clock_time_on(today: Callable[[], date]) -> datetime:
    """Now: the time of day by the computer's clock, on the day ``today`` says it is."""
    return datetime.combine(today(), datetime.now().time())


@dataclass(frozen=True)
class RegisterSummary:
    """What the vault's register shows of a case without opening it."""

    code: str
    name: str | None
    status: str
    first_contact_date: str | None
    first_session_date: str | None
    last_contact_date: str | None
    next_session: str | None
    followup_due: str | None
    flags: str
    audit_seq: int
    audit_hash: str


class _Manager:
    def __init__(self, case: CaseFile) -> None:
        self._case = case

    @property
    def _conn(self) -> db.Connection:
        return self._case._connection()


class ProfileManager(_Manager):
    """The client's register card and the course of the case."""

    _FIELDS = (
        "code", "name", "gender", "age_group", "relationship_status", "children",
        "referral_source", "contact_channel", "first_contact_date",
        "preferred_therapist_gender", "status", "therapist", "followup_due", "created_at",
    )

    def get(self) -> ClientProfile:
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                "SELECT client_id, " + ", ".join(self._FIELDS) + " FROM profile WHERE id = 1"
            ).fetchone()
        if row is None:
            raise CaseDamaged(detail="profile row missing")
        values = dict(zip(("client_id", *self._FIELDS), row, strict=True))
        return ClientProfile(
            id=ClientId(values["client_id"]),
            code=values["code"],
            name=values["name"],
            gender=Gender(values["gender"]),
            age_group=values["age_group"],
            relationship_status=values["relationship_status"],
            children=values["children"],
            referral_source=ReferralSource(values["referral_source"]),
            contact_channel=ContactChannel(values["contact_channel"]),
            first_contact_date=_d(values["first_contact_date"]),
            preferred_therapist_gender=values["preferred_therapist_gender"],
            status=Status(values["status"]),
            therapist=values["therapist"],
            followup_due=_d(values["followup_due"]),
            created_at=values["created_at"],
        )

    def update(self, **fields: Any) -> ClientProfile:
        """Change register fields; the status has its own rules, see ``set_status``."""
        allowed = set(self._FIELDS) - {"status", "followup_due", "created_at"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        if "code" in fields and not str(fields["code"]).strip():
            raise InvalidChange(tr("Case", "A client needs a code."))
        values = {k: (_iso(v) if isinstance(v, date) else v) for k, v in fields.items()}
        values = {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}
        if "name" in values and not (values["name"] or "").strip():
            values["name"] = None
        with self._case._write("Edit client profile") as changes:
            sets = ", ".join(f"{k} = ?" for k in values)
            self._conn.execute(
                f"UPDATE profile SET {sets}, updated_at = ? WHERE id = 1",
                (*values.values(), audit.now_iso()),
            )
            if "first_contact_date" in values:
                # The course of the case starts on the first contact: a corrected date moves
                # its first line too, or the case summary would show the old one.
                self._conn.execute(
                    "UPDATE status_history SET at = ? WHERE status = 'first_contact' AND seq = "
                    "(SELECT min(seq) FROM status_history)",
                    (values["first_contact_date"],),
                )
            changes.touch("profile", self._case.client_id)
            changes.detail.update(fields=sorted(values))
        return self.get()

    def set_status(self, new: Status, at: date | None = None, note: str = "") -> ClientProfile:
        """Move the case along its course; ending sets the follow-up six months later."""
        current = self.get()
        if new == current.status:
            return current
        if not can_change(current.status, new):
            raise InvalidChange(why_not(current.status, new))
        at = at or self._case.today()
        with self._case._write("Change status") as changes:
            due = current.followup_due
            if new is Status.ENDED:
                # Six months after the end of treatment, by the one rule the self-rating
                # points and the later follow-ups use (kastdesk.domain.course).
                ending = [*self.history(), StatusChange(at, new, note, self._case.actor)]
                held = self._case.sessions.held_days()
                due = follow_up_due(end_of_treatment(ending, held) or at)
            elif new in (Status.INTAKE, Status.IN_TREATMENT):
                due = None  # re-opened: the old follow-up no longer applies
            self._conn.execute(
                "UPDATE profile SET status = ?, followup_due = ?, updated_at = ? WHERE id = 1",
                (new.value, _iso(due), audit.now_iso()),
            )
            self._conn.execute(
                "INSERT INTO status_history (at, status, note, by) VALUES (?, ?, ?, ?)",
                (at.isoformat(), new.value, note, self._case.actor),
            )
            changes.touch("profile", self._case.client_id)
            changes.detail.update(status=new.value)
        return self.get()

    def set_followup_due(self, due: date | None) -> None:
        with self._case._write("Set follow-up date") as changes:
            self._conn.execute("UPDATE profile SET followup_due = ? WHERE id = 1", (_iso(due),))
            changes.touch("profile", self._case.client_id)

    def history(self) -> list[StatusChange]:
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                "SELECT at, status, note, by FROM status_history ORDER BY seq"
            ).fetchall()
        return [StatusChange(date.fromisoformat(a), Status(s), n, b) for a, s, n, b in rows]


class SessionManager(_Manager):
    """Sessions and their notes: drafts autosave in place, signing freezes them."""

    _COLS = (
        "id, starts_at, duration_min, modality, present, topics, note, signed_at, "
        "signed_by, updated_at, attendance"
    )

    def _row_to_session(self, row: tuple[Any, ...]) -> Session:
        (sid, starts, duration, modality, present, topics, note, signed_at, signed_by, upd,
         attendance) = row
        return Session(
            id=SessionId(sid),
            starts_at=datetime.fromisoformat(starts),
            duration_min=duration,
            modality=Modality(modality),
            present=Present(present),
            topics=json.loads(topics),
            note=note,
            signed_at=signed_at,
            signed_by=signed_by,
            updated_at=upd,
            attendance=Attendance(attendance),
        )

    def list(self, with_versions: bool = True) -> list[Session]:
        """All sessions, oldest first."""
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                f"SELECT {self._COLS} FROM sessions ORDER BY starts_at, id"
            ).fetchall()
            sessions = [self._row_to_session(r) for r in rows]
            if with_versions and sessions:
                by_id = {s.id: s for s in sessions}
                for v in self._versions():
                    by_id[v.session_id].versions.append(v)
        return sessions

    def _versions(self, session_id: str | None = None) -> list[NoteVersion]:
        sql = "SELECT id, session_id, kind, text, author, at, reason FROM note_versions"
        args: tuple[Any, ...] = ()
        if session_id:
            sql += " WHERE session_id = ?"
            args = (session_id,)
        rows = self._conn.execute(sql + " ORDER BY at, rowid", args).fetchall()
        return [
            NoteVersion(i, SessionId(s), NoteKind(k), t, a, at, r) for i, s, k, t, a, at, r in rows
        ]

    def get(self, session_id: str) -> Session:
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                f"SELECT {self._COLS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise SessionMissing(detail=f"session {session_id}")
            session = self._row_to_session(row)
            session.versions = self._versions(session_id)
        return session

    def add(
        self,
        starts_at: datetime,
        duration_min: int = 50,
        modality: Modality = Modality.IN_PERSON,
        present: Present = Present.CLIENT,
        topics: list[str] | None = None,
        note: str = "",
        attendance: Attendance = Attendance.HELD,
    ) -> Session:
        sid = new_id()
        now = audit.now_iso()
        with self._case._write("Add session") as changes:
            self._conn.execute(
                "INSERT INTO sessions (id, starts_at, duration_min, modality, present, topics,"
                " note, created_at, updated_at, attendance)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid, starts_at.isoformat(timespec="minutes"), int(duration_min),
                    Modality(modality).value, Present(present).value,
                    json.dumps(topics or [], ensure_ascii=False), note, now, now,
                    Attendance(attendance).value,
                ),
            )
            changes.touch("sessions", sid)
            if attendance is not Attendance.HELD:
                changes.detail.update(attendance=Attendance(attendance).value)
        return self.get(sid)

    def update(self, session_id: str, **fields: Any) -> Session:
        """Change date, duration, modality, who was present, topics or whether the session
        was held (not when signed). The audit entry names an attendance change."""
        allowed = {"starts_at", "duration_min", "modality", "present", "topics", "attendance"}
        if set(fields) - allowed:
            raise ValueError(f"not session fields: {sorted(set(fields) - allowed)}")
        self._require_unsigned(session_id)
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "starts_at":
                value = value.isoformat(timespec="minutes")
            elif key == "topics":
                value = json.dumps(list(value), ensure_ascii=False)
            elif key == "attendance":
                value = Attendance(value).value  # an unknown word is refused, not stored
            elif hasattr(value, "value"):
                value = value.value
            values[key] = value
        with self._case._write("Edit session") as changes:
            sets = ", ".join(f"{k} = ?" for k in values)
            self._conn.execute(
                f"UPDATE sessions SET {sets}, updated_at = ? WHERE id = ?",
                (*values.values(), audit.now_iso(), session_id),
            )
            changes.touch("sessions", session_id)
            changes.detail.update(fields=sorted(values))
            if "attendance" in values:
                changes.detail.update(attendance=values["attendance"])
                self._follow_attendance()
        return self.get(session_id)

    def _follow_attendance(self) -> None:
        """After a session's attendance changed (inside its transaction): the case's
        follow-up date follows the sessions held, by the one rule a saved follow-up form and
        a later point planned use (``update_follow_up_due``: six months after the end of
        treatment, ``kastdesk.domain.course``). A no-show that was the last session held
        left the follow-up counted from it, for ever.

        Imported here: ``kastdesk.forms`` is built on the store (duck-typed against a case
        file), so the store reaches it only once both are loaded.
        """
        from kastdesk.forms.storage import update_follow_up_due

        update_follow_up_due(self._case)

    def _require_unsigned(self, session_id: str) -> None:
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                "SELECT signed_at FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise SessionMissing(detail=f"session {session_id}")
        if row[0] is not None:
            raise NoteSigned()

    def save_note(self, session_id: str, text: str) -> bool:
        """Autosave of the draft note; returns False when nothing changed.

        Called about a second after typing stops and on every focus change, so it
        writes only when the text differs and audits the save without its words.
        """
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                "SELECT note, signed_at FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise SessionMissing(detail=f"session {session_id}")
        if row[1] is not None:
            raise NoteSigned()
        if row[0] == text:
            return False
        with self._case._write("Save note") as changes:
            self._conn.execute(
                "UPDATE sessions SET note = ?, updated_at = ? WHERE id = ?",
                (text, audit.now_iso(), session_id),
            )
            changes.touch("sessions", session_id)
            changes.detail.update(chars=len(text))
        return True

    def sign(self, session_id: str, at: datetime | None = None) -> Session:
        """Freeze the note: it becomes read-only and later changes are amendments.

        ``at`` backdates the signature when past records are entered (the demo, imports).
        """
        self._require_unsigned(session_id)
        now = at.isoformat(timespec="seconds") if at else audit.now_iso()
        with self._case._write("Sign note") as changes:
            note = self._conn.execute(
                "SELECT note FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()[0]
            self._conn.execute(
                "INSERT INTO note_versions (id, session_id, kind, text, author, at)"
                " VALUES (?, ?, 'signed', ?, ?, ?)",
                (new_id(), session_id, note, self._case.actor, now),
            )
            self._conn.execute(
                "UPDATE sessions SET signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ?",
                (now, self._case.actor, now, session_id),
            )
            changes.touch("sessions", session_id)
        return self.get(session_id)

    def amend(
        self, session_id: str, text: str, reason: str, at: datetime | None = None
    ) -> Session:
        """Add an amendment beneath a signed note, keeping the original untouched."""
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                "SELECT signed_at FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise SessionMissing(detail=f"session {session_id}")
        if row[0] is None:
            raise InvalidChange(tr("Case", "Only a signed note takes amendments; edit the draft."))
        if not text.strip():
            raise InvalidChange(tr("Case", "An amendment needs some text."))
        if not reason.strip():
            raise InvalidChange(tr("Case", "Say briefly why the signed note is amended."))
        with self._case._write("Amend note") as changes:
            self._conn.execute(
                "INSERT INTO note_versions (id, session_id, kind, text, author, at, reason)"
                " VALUES (?, ?, 'amendment', ?, ?, ?, ?)",
                (
                    new_id(), session_id, text, self._case.actor,
                    at.isoformat(timespec="seconds") if at else audit.now_iso(), reason,
                ),
            )
            changes.touch("sessions", session_id)
        return self.get(session_id)

    def correct_attendance(
        self, session_id: str, attendance: Attendance, reason: str, at: datetime | None = None
    ) -> Session:
        """Correct whether a signed session was held: a booking's empty note signed by
        mistake, or "did not come" written and signed, left the session held for ever (a
        contact, counted and numbered, the last contact and the follow-up date from it).

        As records practice wants a correction: the signed note stays untouched; an
        amendment beneath it says what changed ("Attendance corrected: held → did not
        attend."), with its author, time and ``reason`` (required); and the session's
        attendance takes the corrected value, so every count and date follows, the
        follow-up date included (``_follow_attendance``). A session still ahead cannot be
        marked held: it has not taken place. The amendment's words are in the language the
        app speaks as it is written, as a note is.
        """
        new = Attendance(attendance)  # an unknown word is refused, not stored
        session = self.get(session_id)
        if not session.signed:
            raise InvalidChange(tr(
                "Case", "Only a signed session's attendance is corrected; in a draft, "
                        "choose it in the session."))
        if not reason.strip():
            raise InvalidChange(tr("Case", "Say briefly why the attendance is corrected."))
        if new is session.attendance:
            raise InvalidChange(tr("Case", "The session is already recorded that way."))
        if new is Attendance.HELD and session.starts_at > self._case.now():
            raise InvalidChange(tr(
                "Case", "A session still ahead cannot be marked as held; correct it once it "
                        "has taken place."))
        text = tr("Case", "Attendance corrected: {old} → {new}.").format(
            old=tr("Case", _ATTENDANCE_WORDS[session.attendance]),
            new=tr("Case", _ATTENDANCE_WORDS[new]))
        stamp = at.isoformat(timespec="seconds") if at else audit.now_iso()
        with self._case._write("Correct attendance") as changes:
            self._conn.execute(
                "INSERT INTO note_versions (id, session_id, kind, text, author, at, reason)"
                " VALUES (?, ?, 'amendment', ?, ?, ?, ?)",
                (new_id(), session_id, text, self._case.actor, stamp, reason.strip()),
            )
            self._conn.execute(
                "UPDATE sessions SET attendance = ?, updated_at = ? WHERE id = ?",
                (new.value, audit.now_iso(), session_id),
            )
            changes.touch("sessions", session_id)
            # The kinds only, as "Edit session" names an attendance change: no note text.
            changes.detail.update(attendance=new.value, was=session.attendance.value)
            self._follow_attendance()
        return self.get(session_id)

    def delete(self, session_id: str) -> None:
        """Remove a session booked by mistake; a signed session is part of the record."""
        self._require_unsigned(session_id)
        with self._case._write("Delete session") as changes:
            self._conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            changes.touch("sessions", session_id)

    def restore(self, session: Session) -> Session:
        """Put back an unsigned session deleted by mistake, with its id, fields and note.

        The same id keeps what points at the session (exercise versions made in it) pointing
        at it again; restoring is audited like the delete it undoes.
        """
        if session.signed:
            raise InvalidChange(tr("Case", "A signed session is never deleted, so never restored."))
        now = audit.now_iso()
        with self._case._write("Restore session") as changes:
            self._conn.execute(
                "INSERT INTO sessions (id, starts_at, duration_min, modality, present, topics,"
                " note, created_at, updated_at, attendance)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session.id, session.starts_at.isoformat(timespec="minutes"),
                    int(session.duration_min), Modality(session.modality).value,
                    Present(session.present).value,
                    json.dumps(list(session.topics), ensure_ascii=False), session.note,
                    now, now, Attendance(session.attendance).value,
                ),
            )
            changes.touch("sessions", session.id)
        return self.get(session.id)

    def held_days(self) -> list[date]:
        """The days of the sessions held (or booked ahead and not cancelled), oldest first:
        what the end of treatment is counted from (``kastdesk.domain.course``)."""
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                f"SELECT DISTINCT substr(starts_at, 1, 10) FROM sessions WHERE {_HELD}"
                " ORDER BY 1"
            ).fetchall()
        return [date.fromisoformat(day) for (day,) in rows]

    def last_contact(self, now: datetime | date | None = None) -> date | None:
        """The day of the latest session held and begun by ``now`` (the case's clock when
        None): a cancelled or missed session is no contact.

        A date instead of a date-time counts every session of that day as begun.
        """
        if now is None:
            now = self._case.now()
        if isinstance(now, datetime):
            sql = f"SELECT max(starts_at) FROM sessions WHERE {_HELD} AND starts_at <= ?"
            arg = _minute(now)
        else:
            sql = (f"SELECT max(starts_at) FROM sessions WHERE {_HELD}"
                   " AND substr(starts_at, 1, 10) <= ?")
            arg = now.isoformat()
        with db.guarded(CaseDamaged):
            row = self._conn.execute(sql, (arg,)).fetchone()
        return date.fromisoformat(row[0][:10]) if row and row[0] else None

    def first_session(self) -> date | None:
        """The day of the first session not cancelled or missed: held, or booked ahead
        (the waiting time ends at the session the client came to, or is booked for)."""
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                f"SELECT min(starts_at) FROM sessions WHERE {_HELD}").fetchone()
        return date.fromisoformat(row[0][:10]) if row and row[0] else None

    def next_session(self, now: datetime | None = None) -> datetime | None:
        """The first session booked after ``now`` (the case's clock when None), not one
        already cancelled."""
        now = now or self._case.now()
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                f"SELECT min(starts_at) FROM sessions WHERE {_HELD} AND starts_at > ?",
                (_minute(now),),
            ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def planned_after(self, now: datetime | None = None) -> list[Session]:
        """The sessions booked after ``now`` (the case's clock when None), not cancelled and
        not signed, oldest first: what ending treatment offers to cancel."""
        now = now or self._case.now()
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                f"SELECT id FROM sessions WHERE {_HELD} AND starts_at > ?"
                " AND signed_at IS NULL ORDER BY starts_at, id", (_minute(now),),
            ).fetchall()
        return [self.get(sid) for (sid,) in rows]

    def cancel_planned(self, session_ids: list[str], reason: str) -> None:
        """Cancel the sessions booked ahead that ending treatment names, as the sessions
        form cancels one (attendance "cancelled by the clinic": the client did not call
        them off), with ``reason`` added to each note. One transaction for all; audited as
        "Edit session", the attendance named. Sessions planned after the end stayed on the
        case, counted as booked, and a closed case showed one as its next appointment."""
        with self._case.transaction("Edit session"):
            for sid in session_ids:
                session = self.get(sid)
                text = f"{session.note.rstrip()}\n\n{reason}" if session.note.strip() \
                    else reason
                self.save_note(sid, text)
                self.update(sid, attendance=Attendance.CANCELLED_BY_CLINIC)

    def count(self) -> int:
        """Every session in the file, whether held, cancelled or missed."""
        with db.guarded(CaseDamaged):
            return int(self._conn.execute("SELECT count(*) FROM sessions").fetchone()[0])

    def attendance_counts(self, now: datetime | None = None) -> dict[Attendance, int]:
        """How many sessions begun by ``now`` (the case's clock when None) were held,
        cancelled by whom, or missed; every kind is there, zero or not."""
        now = now or self._case.now()
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                "SELECT attendance, count(*) FROM sessions WHERE starts_at <= ?"
                " GROUP BY attendance", (_minute(now),),
            ).fetchall()
        counts = dict.fromkeys(Attendance, 0)
        counts.update({Attendance(kind): int(n) for kind, n in rows})
        return counts


class GoalManager(_Manager):
    """Goals with their whole history: was the original goal changed, was it reached."""

    def list(self) -> list[Goal]:
        with db.guarded(CaseDamaged):
            goals = {
                gid: Goal(GoalId(gid), text, GoalState(state), date.fromisoformat(set_on))
                for gid, text, state, set_on in self._conn.execute(
                    "SELECT id, text, state, set_on FROM goals ORDER BY set_on, rowid"
                ).fetchall()
            }
            for gid, at, kind, text, note, by in self._conn.execute(
                "SELECT goal_id, at, kind, text, note, by FROM goal_events ORDER BY seq"
            ).fetchall():
                goals[gid].events.append(
                    GoalEvent(date.fromisoformat(at), GoalEventKind(kind), text, note, by)
                )
        return list(goals.values())

    def get(self, goal_id: str) -> Goal:
        for goal in self.list():
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)

    def _not_ahead(self, at: date) -> None:
        if at > self._case.today():
            raise InvalidChange(tr("Case", "A goal's date cannot be in the future."))

    def _event(self, goal_id: str, kind: GoalEventKind, text: str, at: date, note: str) -> None:
        self._conn.execute(
            "INSERT INTO goal_events (goal_id, at, kind, text, note, by) VALUES (?, ?, ?, ?, ?, ?)",
            (goal_id, at.isoformat(), kind.value, text, note, self._case.actor),
        )

    def add(self, text: str, at: date | None = None, note: str = "") -> Goal:
        if not text.strip():
            raise InvalidChange(tr("Case", "A goal needs some words."))
        at = at or self._case.today()
        self._not_ahead(at)
        gid = new_id()
        with self._case._write("Set goal") as changes:
            self._conn.execute(
                "INSERT INTO goals (id, text, state, set_on) VALUES (?, ?, 'active', ?)",
                (gid, text.strip(), at.isoformat()),
            )
            self._event(gid, GoalEventKind.SET, text.strip(), at, note)
            changes.touch("goals", gid)
        return self.get(gid)

    def revise(self, goal_id: str, text: str, at: date | None = None, note: str = "") -> Goal:
        if not text.strip():
            raise InvalidChange(tr("Case", "A goal needs some words."))
        return self._change(goal_id, "Revise goal", GoalEventKind.REVISED, None, text, at, note)

    def reach(self, goal_id: str, at: date | None = None, note: str = "") -> Goal:
        return self._change(goal_id, "Goal reached", GoalEventKind.REACHED, GoalState.REACHED,
                            None, at, note)

    def drop(self, goal_id: str, at: date | None = None, note: str = "") -> Goal:
        return self._change(goal_id, "Drop goal", GoalEventKind.DROPPED, GoalState.DROPPED,
                            None, at, note)

    def reopen(self, goal_id: str, at: date | None = None, note: str = "") -> Goal:
        return self._change(goal_id, "Reopen goal", GoalEventKind.REOPENED, GoalState.ACTIVE,
                            None, at, note)

    def _change(
        self,
        goal_id: str,
        label: str,
        kind: GoalEventKind,
        state: GoalState | None,
        text: str | None,
        at: date | None,
        note: str,
    ) -> Goal:
        goal = self.get(goal_id)
        if kind is GoalEventKind.REOPENED and goal.state is GoalState.ACTIVE:
            raise InvalidChange(tr("Case", "This goal is already active."))
        if kind is not GoalEventKind.REOPENED and goal.state is not GoalState.ACTIVE:
            raise InvalidChange(tr("Case", "Reopen the goal before changing it."))
        at = at or self._case.today()
        # Events are facts in order: reached before it was set read as nonsense in the
        # history and the report.
        latest = max((e.at for e in goal.events), default=goal.set_on)
        if at < latest:
            raise InvalidChange(
                tr("Case", "The date cannot be before {date}, when the goal last changed.")
                .format(date=latest.isoformat()))
        self._not_ahead(at)
        with self._case._write(label) as changes:
            new_text = (text or goal.text).strip()
            self._conn.execute(
                "UPDATE goals SET text = ?, state = ? WHERE id = ?",
                (new_text, (state or goal.state).value, goal_id),
            )
            self._event(goal_id, kind, new_text, at, note)
            changes.touch("goals", goal_id)
        return self.get(goal_id)


class FlagManager(_Manager):
    """Risk flags (suicidal thoughts, violence, a child at risk) that must stand out."""

    def list(self, active_only: bool = False) -> list[RiskFlag]:
        sql = "SELECT id, kind, note, set_at, set_by, cleared_at, cleared_by FROM risk_flags"
        if active_only:
            sql += " WHERE cleared_at IS NULL"
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(sql + " ORDER BY set_at").fetchall()
        return [
            RiskFlag(FlagId(i), RiskKind(k), n, sa, sb, ca, cb) for i, k, n, sa, sb, ca, cb in rows
        ]

    def raise_flag(self, kind: RiskKind, note: str = "", at: datetime | None = None) -> RiskFlag:
        """Raise a flag now, or at ``at`` (a flag noted on paper first, the demo's own days);
        the audit log dates the entry when it is made either way."""
        fid = new_id()
        set_at = at.astimezone(UTC).isoformat(timespec="milliseconds") if at else audit.now_iso()
        with self._case._write("Raise risk flag") as changes:
            self._conn.execute(
                "INSERT INTO risk_flags (id, kind, note, set_at, set_by) VALUES (?, ?, ?, ?, ?)",
                (fid, RiskKind(kind).value, note, set_at, self._case.actor),
            )
            changes.touch("flags", fid)
            changes.detail.update(kind=RiskKind(kind).value)
        return next(f for f in self.list() if f.id == fid)

    def clear(self, flag_id: str) -> None:
        with self._case._write("Clear risk flag") as changes:
            self._conn.execute(
                "UPDATE risk_flags SET cleared_at = ?, cleared_by = ? WHERE id = ?"
                " AND cleared_at IS NULL",
                (audit.now_iso(), self._case.actor, flag_id),
            )
            changes.touch("flags", flag_id)


@dataclass(frozen=True)
class DocumentVersion:
    version: int
    saved_at: str
    session_id: str | None
    label: str
    data: dict[str, Any]


class DocumentManager(_Manager):
    """Versioned JSON documents: genogram, exercises, form responses.

    Every ``put`` appends a version and keeps the earlier ones, which is what lets an
    exercise show how it developed over sessions and a genogram edit be audited.
    """

    def put(
        self,
        kind: str,
        doc_id: str,
        data: dict[str, Any],
        session_id: str | None = None,
        label: str = "",
        *,
        replace_latest: bool = False,
    ) -> int:
        """Save ``data`` as the newest version; returns its version number.

        ``replace_latest`` is for autosave: when the newest version was saved in the
        same session, it is overwritten instead of adding another, so a form typed
        over an hour keeps one version per session rather than one per keystroke.
        """
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self._case._write(label or f"Save {kind}") as changes:
            row = self._conn.execute(
                "SELECT version, session_id FROM documents WHERE kind = ? AND doc_id = ?"
                " ORDER BY version DESC LIMIT 1",
                (kind, doc_id),
            ).fetchone()
            if replace_latest and row is not None and row[1] == session_id:
                version = row[0]
                self._conn.execute(
                    "UPDATE documents SET data = ?, saved_at = ?, label = ?"
                    " WHERE kind = ? AND doc_id = ? AND version = ?",
                    (text, audit.now_iso(), label, kind, doc_id, version),
                )
            else:
                version = (row[0] if row else 0) + 1
                self._conn.execute(
                    "INSERT INTO documents (kind, doc_id, version, saved_at, session_id,"
                    " label, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (kind, doc_id, version, audit.now_iso(), session_id, label, text),
                )
            changes.touch("documents", f"{kind}:{doc_id}")
            changes.detail.update(document=kind, doc_id=doc_id, version=version)
        return version

    def get(self, kind: str, doc_id: str) -> dict[str, Any] | None:
        with db.guarded(CaseDamaged):
            row = self._conn.execute(
                "SELECT data FROM documents WHERE kind = ? AND doc_id = ?"
                " ORDER BY version DESC LIMIT 1",
                (kind, doc_id),
            ).fetchone()
        return json.loads(row[0]) if row else None

    def history(self, kind: str, doc_id: str) -> list[DocumentVersion]:
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                "SELECT version, saved_at, session_id, label, data FROM documents"
                " WHERE kind = ? AND doc_id = ? ORDER BY version",
                (kind, doc_id),
            ).fetchall()
        return [DocumentVersion(v, s, sid, lab, json.loads(d)) for v, s, sid, lab, d in rows]

    def list_ids(self, kind: str) -> list[str]:
        with db.guarded(CaseDamaged):
            rows = self._conn.execute(
                "SELECT doc_id FROM documents WHERE kind = ? GROUP BY doc_id ORDER BY min(rowid)",
                (kind,),
            ).fetchall()
        return [r[0] for r in rows]

    def delete(self, kind: str, doc_id: str, label: str = "") -> None:
        with self._case._write(label or f"Delete {kind}") as changes:
            self._conn.execute(
                "DELETE FROM documents WHERE kind = ? AND doc_id = ?", (kind, doc_id)
            )
            changes.touch("documents", f"{kind}:{doc_id}")


#: The document kind that links a client's cases across courses (:class:`LinkManager`).
LINK_KIND = "case_link"
#: The two links a case can have: the client's course before this one, and after it.
EARLIER, LATER = "earlier", "later"


@dataclass(frozen=True)
class CaseLink:
    """Another case of the same person: ``relation`` is "earlier" or "later" (the course
    before this one or after it); ``code`` is the other case's code when the link was made
    (the register's, read by id, is newer when the vault is at hand)."""

    relation: str
    client_id: ClientId
    code: str
    linked_on: date | None


class LinkManager(_Manager):
    """The cases of one person across courses: a client who comes back after the case was
    ended or closed gets a new case, linked both ways to the one before.

    Kept as versioned documents (kind ``case_link``, id ``earlier``/``later``) rather than a
    table of their own: no schema step, so a file with a link still opens in the KastDesk
    before this one (restored on a colleague's laptop), and its history and audit come
    with the document store. Ids and codes only, never a name.
    """

    def get(self, relation: str) -> CaseLink | None:
        if relation not in (EARLIER, LATER):
            raise ValueError(relation)
        data = self._case.documents.get(LINK_KIND, relation)
        if not data or not data.get("client_id"):
            return None
        return CaseLink(relation, ClientId(str(data["client_id"])), str(data.get("code") or ""),
                        _d(data.get("linked_on")))

    def earlier(self) -> CaseLink | None:
        return self.get(EARLIER)

    def later(self) -> CaseLink | None:
        return self.get(LATER)

    def list(self) -> list[CaseLink]:
        """The earlier case first, then the later one (those there are)."""
        return [link for link in (self.earlier(), self.later()) if link is not None]

    def link(self, relation: str, client_id: str, code: str, on: date | None = None) -> CaseLink:
        """Name ``client_id`` (``code``) as this case's earlier or later case."""
        if relation not in (EARLIER, LATER):
            raise ValueError(relation)
        if str(client_id) == str(self._case.client_id):
            raise InvalidChange(tr("Case", "A case cannot be linked to itself."))
        on = on or self._case.today()
        label = "Link earlier case" if relation == EARLIER else "Link later case"
        with self._case._write(label) as changes:
            self._case.documents.put(LINK_KIND, relation, {
                "client_id": str(client_id), "code": code, "linked_on": on.isoformat(),
            }, label=label)
            changes.touch("profile", self._case.client_id)
            changes.detail.update(relation=relation, code=code)
        link = self.get(relation)
        assert link is not None
        return link


class CaseFile:
    """An open case file. Obtain one from ``Vault.open_case``; close it when done."""

    def __init__(
        self,
        path: Path,
        key: bytes,
        client_id: str,
        actor: str,
        on_commit: Callable[[CaseFile, Changes], None] | None = None,
        *,
        create: bool = False,
        read_only: bool = False,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] | None = None,
        before_write: Callable[[CaseFile], None] | None = None,
        on_attempt: Callable[[], None] | None = None,
    ) -> None:
        """``read_only`` opens to check the file (``verify``): nothing is ever written to
        it, not even a schema upgrade, and writing raises.

        ``before_write(case)`` runs at the start of every write, inside its transaction, and
        may raise to refuse it: the vault checks there that the file is still the copy its
        register last saw (one replaced under an open case must not be written to).

        ``on_attempt()`` runs before every write touches the file (before it is even
        opened again): a write on a network folder that stops answering can hang there
        until the app is killed, so the app keeps its copy of what is typed first
        (``Vault.on_write_attempt``).
        """
        self.path = path
        self.client_id = ClientId(client_id)
        # What "today" is for defaults (status dates, goal dates, last and next contact): the
        # vault's clock, so the app and a demo made for a fixed day agree on it.
        self.today = today
        # And what "now" is, for whether a session is held or ahead: a session later today
        # is the next one, not the last contact. By default the clock's time on that day.
        self.now: Callable[[], datetime] = now or (lambda: clock_time_on(self.today))
        self.actor = actor
        self._on_commit = on_commit
        self._before_write = before_write
        self._on_attempt = on_attempt
        self._listeners: list[Callable[[Changes], None]] = []
        self._tx: Changes | None = None
        # Set once the file was found replaced by an older copy: every later use says so.
        self._gone: StoreError | None = None
        # Set while the file cannot be reached (a folder moved, a stick pulled): the
        # connection is closed and the next use opens the file again if it is back.
        self._away: StoreError | None = None
        self._key = key
        self._read_only = read_only
        self._conn: db.Connection | None = db.connect(
            path, key, CaseDamaged, create=create, read_only=read_only, unwritable=CaseReadOnly
        )
        self._watch = db.Watch.of(path, CaseGone, CaseReadOnly)
        # The newest audit entry this file was seen to hold: the file found again after it
        # was away must hold it, or it is an older copy (``_reopen``).
        self._head: tuple[int, str] = (0, "")
        try:
            with self._guarded():
                # Every page's HMAC, not just the ones the first screen reads: a damaged
                # case must be refused on open, not halfway through a session. It costs
                # a few milliseconds for a large case (bench/store.py). A file opened to
                # be checked is checked by ``verify`` instead, and never upgraded.
                if read_only:
                    pass
                elif not create and self._conn.execute(
                    "PRAGMA cipher_integrity_check"
                ).fetchall():
                    raise CaseDamaged(detail="page HMAC check failed")
                else:
                    db.migrate(self._conn, CASE_MIGRATIONS)
                self._head = audit.head(self._conn)
        except BaseException:
            self._conn.close()
            self._conn = None
            raise
        self.profile = ProfileManager(self)
        self.sessions = SessionManager(self)
        self.goals = GoalManager(self)
        self.flags = FlagManager(self)
        self.documents = DocumentManager(self)
        self.links = LinkManager(self)

    # -- plumbing -------------------------------------------------------------------
    def _connection(self) -> db.Connection:
        if self._conn is None:
            if self._away is not None:
                return self._reopen()
            if self._gone is not None:  # the same sentence as when it was found
                raise type(self._gone)(self._gone.message, detail=self._gone.detail)
            raise RuntimeError("case file is closed")
        return self._conn

    def _reopen(self) -> db.Connection:
        """Open the file again after it was away, if it is back and is the same file.

        The same file: its own key opens it (every case has its own random key) and it holds
        the newest audit entry this file was seen to hold, so it is not an older copy (a
        backup put back in its place); the vault's ``before_write`` then checks it against
        the register at the write as at every write. Until then every use raises a
        "waiting" error (``retry_may_save``): the text typed is kept on screen and the save
        is tried again, never given up. Each says what is there instead: nothing
        (:class:`CaseGone`), an older copy (:class:`CaseOlderCopy`), a file its key does not
        open (:class:`CaseNotThisFile`: another vault's, not damage).
        """
        assert self._away is not None
        conn = db.reopen_same(
            self.path, self._key, self._head, damaged=CaseDamaged, gone=CaseGone,
            not_this=CaseNotThisFile, older=CaseOlderCopy, read_only=self._read_only,
            unwritable=CaseReadOnly,
        )
        self._conn = conn
        self._away = None
        self._watch = db.Watch.of(self.path, CaseGone, CaseReadOnly)
        return conn

    def _guarded(self) -> contextlib.AbstractContextManager[None]:
        """``db.guarded`` for this file: a full disk, damage, or the file gone."""
        return db.guarded(CaseDamaged, self._watch)

    def _failed(self, exc: BaseException) -> None:
        """After a failed write: a file that cannot be reached waits to come back; one put
        back older under the open connection is closed for good.

        A file not found where it was (its folder moved, a memory stick pulled out, a
        network folder gone) or a disk that would not write it is usually back soon: the
        connection, which may point at a file no longer there, is closed, and the next use
        opens the file again once it is back (``_reopen``). It was closed for good, and the
        note typed after (even once the folder was back) lost at the lock.

        An older copy must not be written over, so that case closes: every later use says
        what happened.
        """
        if self._conn is None:
            return
        if isinstance(exc, CaseOutdated):
            self._gone = exc
        elif isinstance(exc, (CaseGone, DiskError)):
            self._away = exc
        else:
            return
        with contextlib.suppress(db.DatabaseError):
            self._conn.close()
        self._conn = None

    @property
    def closed(self) -> bool:
        """Closed for good (``close``, or an older copy found): not while the file is only
        away for a while (it opens again once it is back)."""
        return self._conn is None and self._away is None

    def ensure_open(self) -> None:
        """Raise what keeps this file from being used (an older copy found in its place, the
        file out of reach), or return once it can be used."""
        self._connection()

    @property
    def away(self) -> bool:
        """Whether the file could not be reached at the last try (it is tried again)."""
        return self._away is not None

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener(changes)`` after every committed transaction."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    @contextlib.contextmanager
    def transaction(self, label: str) -> Iterator[Changes]:
        """A named transaction: commits or rolls back as a whole, audited under ``label``."""
        with self._write(label) as changes:
            yield changes

    @contextlib.contextmanager
    def _write(self, label: str) -> Iterator[Changes]:
        if self._tx is not None:
            # Nested: the outer transaction's name is the one the user did.
            yield self._tx
            return
        self._attempt()
        conn = self._connection()
        changes = Changes(label=label, client_id=self.client_id)
        self._begin(conn)
        self._tx = changes
        try:
            # The body's statements too: a full disk or a removed file fails there first.
            with self._guarded():
                yield changes
                detail = dict(changes.detail)
                detail["areas"] = sorted(changes.areas)
                audit.append(conn, self.actor, label, str(self.client_id), detail)
                conn.execute("COMMIT")
        except BaseException as exc:
            self._tx = None
            db.rollback(conn)
            self._failed(exc)
            raise
        self._tx = None
        self._note_head(conn)
        if self._on_commit is not None:
            self._on_commit(self, changes)
        for listener in list(self._listeners):
            listener(changes)

    def _attempt(self) -> None:
        """A write is about to start: tell ``on_attempt`` (never for a file opened only
        to be checked, which is never written)."""
        if self._on_attempt is not None and not self._read_only:
            self._on_attempt()

    def _begin(self, conn: db.Connection) -> None:
        """Start a write: take the write lock, then let ``before_write`` refuse it."""
        try:
            with self._guarded():
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if self._before_write is not None:
                        self._before_write(self)
                except BaseException:
                    db.rollback(conn)
                    raise
        except StoreError as exc:
            self._failed(exc)
            raise

    def record(self, action: str, detail: dict[str, Any] | None = None) -> None:
        """Audit something that reads rather than writes (an open, an export, a print)."""
        self._attempt()
        conn = self._connection()
        self._begin(conn)
        try:
            with self._guarded():
                try:
                    audit.append(conn, self.actor, action, str(self.client_id), detail or {})
                    conn.execute("COMMIT")
                except BaseException:
                    db.rollback(conn)
                    raise
        except StoreError as exc:
            self._failed(exc)
            raise
        self._note_head(conn)

    def _note_head(self, conn: db.Connection) -> None:
        """Remember the newest audit entry after a commit (what ``_reopen`` asks for)."""
        with contextlib.suppress(db.DatabaseError):
            self._head = audit.head(conn)

    def audit_entries(self, limit: int | None = None) -> list[audit.AuditEntry]:
        with db.guarded(CaseDamaged):
            return audit.entries(self._connection(), limit)

    def summary(self, now: datetime | None = None) -> RegisterSummary:
        """The register's view of this case as of ``now`` (the case's clock when None).

        A session held that has begun is the last contact; one later today is the next
        session. A cancelled or missed session is neither, nor the first session.
        """
        now = now or self.now()
        conn = self._connection()
        profile = self.profile.get()
        first = self.sessions.first_session()
        # A closed case has no next session: one booked before it closed is no appointment
        # (QA 21-2 finding 2: the register's Next column showed it as one).
        nxt = None if profile.status is Status.CLOSED else self.sessions.next_session(now)
        with db.guarded(CaseDamaged):
            flags = conn.execute(
                "SELECT group_concat(DISTINCT kind) FROM risk_flags WHERE cleared_at IS NULL"
            ).fetchone()[0]
            seq, digest = audit.head(conn)
        last = self.sessions.last_contact(now)
        return RegisterSummary(
            code=profile.code,
            name=profile.name,
            status=profile.status.value,
            first_contact_date=_iso(profile.first_contact_date),
            first_session_date=_iso(first),
            last_contact_date=_iso(last),
            next_session=_minute(nxt) if nxt else None,  # as stored: compared as text
            followup_due=_iso(profile.followup_due),
            flags=",".join(sorted((flags or "").split(","))) if flags else "",
            audit_seq=seq,
            audit_hash=digest,
        )

    def audit_head(self) -> tuple[int, str]:
        """The number and hash of the newest audit entry (the register keeps a copy)."""
        with db.guarded(CaseDamaged):
            return audit.head(self._connection())

    def audit_seq(self) -> int:
        """The number of the newest audit entry (the register keeps a copy)."""
        return self.audit_head()[0]

    def holds_entry(self, seq: int, digest: str) -> bool:
        """Whether the audit log holds entry ``seq`` with hash ``digest`` (any hash when
        ``digest`` is empty).

        The register keeps the newest (seq, hash) it saw; a file that does not hold that
        entry is an older copy, or one that went another way from an older copy. The same
        lookup a file found again after it was away is checked with (``_reopen``).
        Callers ask only for ``seq`` > 0 (none to hold below that).
        """
        return db.holds_audit_head(self._connection(), (seq, digest), CaseDamaged)

    def verify(self) -> list[str]:
        """Page HMACs, structure and the audit chain; one line per problem, in the user's
        language (SQLite's own words, "database disk image is malformed", never shown)."""
        conn = self._connection()
        try:
            problems = db.integrity_problems(conn)
            problems.extend(audit.verify(conn))
        except db.DatabaseError:
            problems = [unreadable_text()]
        return problems

    def close(self) -> None:
        if self._conn is not None:
            db.checkpoint_and_close(self._conn)
            self._conn = None
        self._away = None
        self._listeners.clear()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
