"""Plain dataclasses for what a case holds: the client, sessions, notes, goals, flags.

These carry no behaviour that touches storage or Qt; the store fills them and the UI
and reports read them. Ids are strings (uuid4 hex) wrapped in NewTypes so a session id
cannot be passed where a client id is meant.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NewType

ClientId = NewType("ClientId", str)
SessionId = NewType("SessionId", str)
GoalId = NewType("GoalId", str)
FlagId = NewType("FlagId", str)


def new_id() -> str:
    return uuid.uuid4().hex


class Status(StrEnum):
    """Where a case is in its course (domain.md, "The course of a case")."""

    FIRST_CONTACT = "first_contact"
    INTAKE = "intake"
    IN_TREATMENT = "in_treatment"
    ENDED = "ended"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class Gender(StrEnum):
    MAN = "man"
    WOMAN = "woman"
    OTHER = "other"
    UNKNOWN = "unknown"


class ContactChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WEB_FORM = "web_form"
    IN_PERSON = "in_person"
    OTHER = "other"


class ReferralSource(StrEnum):
    OWN_INITIATIVE = "own_initiative"
    POLICE = "police"
    PARTNER = "partner"
    WEBSITE = "website"
    HEALTH_SERVICE = "health_service"
    SOCIAL_SERVICES = "social_services"
    OTHER = "other"


class Modality(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class Attendance(StrEnum):
    """Whether a booked session took place. Only a held session is a contact: the last
    contact, the 60-day silence, the follow-up date and the session count read only those.

    A cancellation says by whom: the client cancelling (like not coming) tells something
    about the course of the case, the clinic cancelling (a therapist ill) does not.
    """

    HELD = "held"
    CANCELLED_BY_CLIENT = "cancelled_by_client"
    CANCELLED_BY_CLINIC = "cancelled_by_clinic"
    NO_SHOW = "no_show"  # did not attend, without a word


class Present(StrEnum):
    """Who took part in a session; partner work must be visible in the notes."""

    CLIENT = "client"
    PARTNER = "partner_alone"
    BOTH = "client_and_partner"
    GROUP = "group"


class NoteKind(StrEnum):
    SIGNED = "signed"
    AMENDMENT = "amendment"


class GoalEventKind(StrEnum):
    SET = "set"
    REVISED = "revised"
    REACHED = "reached"
    DROPPED = "dropped"
    REOPENED = "reopened"


class GoalState(StrEnum):
    ACTIVE = "active"
    REACHED = "reached"
    DROPPED = "dropped"


class RiskKind(StrEnum):
    SUICIDAL = "suicidal_thoughts"
    VIOLENCE = "violence"
    CHILD_AT_RISK = "child_at_risk"
    OTHER = "other"


#: Danger to life and to children: red in the app's banner and on the printed cover, any
#: other risk amber. (A ``RiskKind`` is a ``str``: a snapshot's kind strings match too.)
SEVERE_RISKS = frozenset({RiskKind.SUICIDAL, RiskKind.VIOLENCE, RiskKind.CHILD_AT_RISK})
#: Background, border and text colour of a severe risk and of another, on screen and paper.
SEVERE_RISK_COLOURS = ("#fdecea", "#b3261e", "#5f1410")
OTHER_RISK_COLOURS = ("#fff4e0", "#b26a00", "#4d2e00")


@dataclass
class ClientProfile:
    """The register card of one client. ``name`` is None for anonymous clients."""

    id: ClientId
    code: str
    name: str | None = None
    gender: Gender = Gender.UNKNOWN
    age_group: str = ""
    relationship_status: str = ""
    children: int | None = None
    referral_source: ReferralSource = ReferralSource.OWN_INITIATIVE
    contact_channel: ContactChannel = ContactChannel.PHONE
    first_contact_date: date | None = None
    preferred_therapist_gender: str = ""
    status: Status = Status.FIRST_CONTACT
    therapist: str = ""
    followup_due: date | None = None
    created_at: str = ""

    @property
    def anonymous(self) -> bool:
        return not self.name


@dataclass
class StatusChange:
    at: date
    status: Status
    note: str
    by: str


@dataclass
class NoteVersion:
    """A frozen text: the signed note, or one amendment beneath it."""

    id: str
    session_id: SessionId
    kind: NoteKind
    text: str
    author: str
    at: str
    reason: str = ""


@dataclass
class Session:
    id: SessionId
    starts_at: datetime
    duration_min: int = 50
    modality: Modality = Modality.IN_PERSON
    present: Present = Present.CLIENT
    topics: list[str] = field(default_factory=list)
    note: str = ""
    signed_at: str | None = None
    signed_by: str | None = None
    versions: list[NoteVersion] = field(default_factory=list)
    updated_at: str = ""
    attendance: Attendance = Attendance.HELD

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def held(self) -> bool:
        """Took place (or, while still ahead, is booked to): not cancelled, not missed."""
        return self.attendance is Attendance.HELD

    def is_contact(self, now: datetime) -> bool:
        """Held and begun by ``now``: what counts as a contact with the client."""
        return self.held and self.starts_at <= now

    @property
    def amendments(self) -> list[NoteVersion]:
        return [v for v in self.versions if v.kind is NoteKind.AMENDMENT]


@dataclass
class GoalEvent:
    at: date
    kind: GoalEventKind
    text: str
    note: str = ""
    by: str = ""


@dataclass
class Goal:
    id: GoalId
    text: str
    state: GoalState
    set_on: date
    events: list[GoalEvent] = field(default_factory=list)

    @property
    def original_text(self) -> str:
        return self.events[0].text if self.events else self.text

    @property
    def was_revised(self) -> bool:
        return any(e.kind is GoalEventKind.REVISED for e in self.events)


@dataclass
class RiskFlag:
    id: FlagId
    kind: RiskKind
    note: str
    set_at: str
    set_by: str
    cleared_at: str | None = None
    cleared_by: str | None = None

    @property
    def active(self) -> bool:
        return self.cleared_at is None


@dataclass
class Changes:
    """What one transaction changed, so views redraw only what they show.

    ``areas`` are names such as "profile", "sessions", "goals", "flags", "documents";
    ``ids`` the ids touched. Views test membership and ignore the rest.
    """

    label: str
    client_id: str | None = None
    areas: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    detail: dict[str, object] = field(default_factory=dict)

    def touch(self, area: str, *ids: str) -> None:
        self.areas.add(area)
        self.ids.update(ids)


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the client register, read from the index without opening the case."""

    id: ClientId
    code: str
    name: str | None
    status: Status
    first_contact_date: date | None
    first_session_date: date | None
    last_contact_date: date | None
    next_session: datetime | None
    followup_due: date | None
    flags: tuple[str, ...]
    created_at: str
    #: The day the case came to its status; None for a line the register has not filled
    #: yet (listed before it kept the day, and not opened or changed since).
    status_since: date | None = None
    #: Why treatment ended or the case was closed, as chosen then (an ``EndReason`` value:
    #: the domain's status module builds on this one); None when none was given.
    end_reason: str | None = None
    #: Where the start self-rating stands: "done", "partly" (begun, required questions
    #: blank) or "none"; None for a line the register has not filled yet.
    start_form: str | None = None

    @property
    def waiting_days(self) -> int | None:
        if self.first_contact_date is None or self.first_session_date is None:
            return None
        return (self.first_session_date - self.first_contact_date).days


def normalize_code(code: str) -> str:
    """``code`` as it is kept: spaces round it trimmed, letters composed (NFC).

    "Å" typed on one keyboard is one character, pasted from elsewhere it may be "A" and a
    combining ring: the two look alike and must not become two codes."""
    return unicodedata.normalize("NFC", code.strip())


def code_key(code: str) -> str:
    """``code`` for comparing: composed and case-folded, so "Å-7", "Å-7" and "å-7" are
    one code. Accents still count: "A-7" is another code than "Å-7"."""
    return unicodedata.normalize("NFC", normalize_code(code).casefold())
