"""Fictional demo clients for a KAST clinic: realistic content, made up from scratch.

Every person, name and story here is invented. The demo exists so a newcomer, a test
or a benchmark sees everything KastDesk can do on believable data. The same seed and
the same anchor date give the same content (ids and audit times differ).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from kastdesk.demo_text import herself, in_language, language, since
from kastdesk.domain.models import (
    Attendance,
    ContactChannel,
    Gender,
    Modality,
    Present,
    ReferralSource,
    RiskKind,
    Session,
    Status,
)
from kastdesk.domain.status import FOLLOW_UP_MONTHS, EndReason, add_months, status_note
from kastdesk.forms.demo import PARTNERED
from kastdesk.i18n import tr
from kastdesk.store import CaseFile, Vault

#: The demo vault's therapist: a personal name, no everyday word in English, Swedish or
#: Norwegian, and no name a demo client or family member is given. A pseudonymized packet
#: withholds the therapist's name word by word, so "Demo Therapist" turned "the therapist
#: was ill" in the demo's notes into "the [withheld] was ill".
DEMO_THERAPIST = "Gunvor Wennerholm"

FIRST_NAMES_MEN = [
    "Anders",
    "Björn",
    "Christer",
    "Daniel",
    "Erik",
    "Fredrik",
    "Göran",
    "Henrik",
    "Jonas",
    "Kjell",
    "Lars",
    "Magnus",
    "Niklas",
    "Ola",
    "Per",
    "Rasmus",
    "Stefan",
    "Tomas",
    "Ulf",
    "Viktor",
    "Øystein",
    "Håkon",
    "Sindre",
    "Espen",
    "Trond",
    "Jørgen",
    "Åke",
    "Mattias",
    "Joakim",
    "Patrik",
    "Mehmet",
    "Ali",
    "Dragan",
    "Jarkko",
    "Piotr",
    "Reza",
]
FIRST_NAMES_WOMEN = [
    "Anna",
    "Birgitta",
    "Camilla",
    "Eva",
    "Frida",
    "Hanna",
    "Ingrid",
    "Johanna",
    "Karin",
    "Linnea",
    "Maria",
    "Nina",
    "Sofia",
    "Therese",
    "Åsa",
    "Ylva",
    "Kari",
    "Solveig",
    "Tone",
    "Marit",
    "Sigrid",
    "Ragnhild",
    "Leila",
    "Aylin",
    "Mirja",
]
SURNAMES = [
    "Andersson",
    "Berg",
    "Dahl",
    "Ekström",
    "Fors",
    "Gustafsson",
    "Hedlund",
    "Isaksson",
    "Johansson",
    "Karlsson",
    "Lindqvist",
    "Månsson",
    "Nyström",
    "Olsen",
    "Pettersson",
    "Quist",
    "Rönnberg",
    "Sandvik",
    "Thorsen",
    "Ulvestad",
    "Vik",
    "Wallin",
    "Åberg",
    "Østby",
    "Haugen",
    "Bakke",
    "Strand",
    "Lund",
    "Yilmaz",
    "Nowak",
    "Korhonen",
]
#: The register card's age groups: the intake form's (18-24, 25-34, ...), so a case
#: summary prints one age group twice alike; the card's own ten-year groups from 18
#: (18-29 on the card, 18-24 in the intake of the same client) read as two answers.
AGE_GROUPS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
RELATIONSHIP = [
    "single",
    "partner_living_together",
    "married",
    "partner_living_apart",
    "separated_divorced",
    "widowed",
]
#: The oldest age the open-ended group "65+" stands for in the demo.
OLDEST = 84
TOPICS = [
    "putting the behaviour into words",
    "consequence listing",
    "I am vs. what I do",
    "triggers and alternatives",
    "urge log",
    "coping plan",
    "shame and guilt",
    "relationship",
    "family of origin",
    "genogram",
    "pornography",
    "loneliness",
    "stress at work",
    "relapse",
    "self-compassion",
    "the person who sold sex",
    "goals",
    "follow-up planning",
    "sleep",
    "alcohol",
]

#: A note's sentence, or a pair of them: (the client has a partner now, the client has none).
_Text = str | tuple[str, str]

_OPENINGS = [
    "Client arrived on time and seemed {mood}.",
    "Phone session; client calling from the car, {mood} but focused.",
    "Client started by saying the week had been {week}.",
    "We began by looking back at what we agreed last time.",
    "Client had prepared notes at home and wanted to start with them.",
]
_MOODS = ["tense", "calm", "tired", "relieved", "low", "more open than last time", "restless"]
_WEEKS = ["difficult", "better than expected", "hectic at work", "quiet", "full of urges"]
_EARLY: list[_Text] = [
    # "{since}" is the age the client began at, no older than the card's age (a client of
    # 23 had "bought sex several times a year since his thirties").
    "Described in his own words what he has done: bought sex several times a year since "
    "{since}, mostly via escort sites when travelling for work.",
    (
        "Talked about what led him to contact us: his partner found messages on his phone.",
        "Talked about what led him to contact us: he could no longer keep it to himself.",
    ),
    "Went through the consequence listing; he had not thought about consequences for the "
    "person who sold sex before. The areas money and the law were left empty for now.",
    'Spoke about shame. Introduced the difference between "I am" and "what I do".',
    # As every demo family map draws it: a father who drank and hit, an older sister who
    # looked after him (the note said "an older brother", a map the demo never draws).
    "First look at the family map: father drank and could be violent, mother worked nights, "
    "an older sister who looked after him.",
    "Client worried about confidentiality; explained how the case file is kept and that "
    "we have no duty to report him.",
    "Reason for coming put into words together: he wants to stop buying sex and "
    "understand why he started.",
]
_MIDDLE: list[_Text] = [
    "Worked on triggers: loneliness on Sunday evenings and stress after conflicts at work. "
    "Need behind it seems to be comfort and validation rather than sex itself.",
    "Client reported one urge this week; he paused, named the feeling (anxiety) and went "
    "for a run instead. We noted it in the urge log.",
    "A lapse last weekend after drinking. Talked about it without shame: what happened "
    "before, what he could do differently. Progress since the start remains clear.",
    "Returned to the genogram: the pattern of silence around feelings in his father's "
    "family. Client made the link to his own secrecy.",
    'Rewrote "I am disgusting" into "I have done things I am ashamed of, and I am '
    'working on stopping". He found the second easier to live with.',
    "Pornography use has decreased; he has removed the sites that linked on to escort ads.",
    "Talked about what he would rather do when the urge comes: call his brother, take a "
    "walk, play guitar. Rewards: a good breakfast on Saturday.",
    "Discussed the women he bought sex from; he now thinks at least one was probably "
    "controlled by someone else. Strong reaction, we stayed with it.",
    (
        "Client tested for STI as agreed; results negative. Relief, but also reflection on "
        "the risk he exposed his partner to.",
        "Client tested for STI as agreed; results negative. Relief, but also reflection on "
        "the risks he took with his own health and others'.",
    ),
]
_LATE = [
    # No count of months here: when he last paid is the self-rating scale's to say (a note
    # said four months where the scale at the end said fifteen).
    "Looked back at the goals from the start. He says the urges are rarer and weaker than "
    "when he first came.",
    "Planned the end of treatment and the follow-up in six months. Client wants the option "
    "to come back if needed.",
    "Coping plan reviewed and printed as a card for his wallet.",
    # Whether the scale at the end is answered is the forms extender's draw, made later: a
    # note said it was filled in where the case summary said it had not been, so the note
    # says it was agreed (true whether it was answered or skipped).
    "Agreed to fill in the self-rating scale at the end of treatment.",
]
_CLOSINGS = [
    "Next session in two weeks.",
    "Agreed to keep the urge log until next time.",
    "Homework: add to the consequence list at home.",
    "Next time we continue with the family map.",
    "Client asked for a longer gap before the next session; agreed.",
]
_GOALS: list[tuple[_Text, _Text]] = [
    ("Stop buying sex", "Stop buying sex and understand what the buying has filled in"),
    ("Stop watching pornography", "Reduce pornography to a level I decide, no escort sites"),
    (
        ("Save my relationship", "Stop living a double life"),
        (
            "Be honest with my partner and see whether we can go on",
            "Be honest with the people close to me",
        ),
    ),
    ("Understand why I do it", "Understand the link between stress, loneliness and buying"),
    ("Handle urges without acting", "Use my coping card when the urge comes"),
]
_AMEND_REASONS: list[tuple[_Text, str]] = [
    (
        (
            "Correction: it was the partner who suggested the couple session, not the client.",
            "Correction: it was a colleague, not a friend, who first asked how he was.",
        ),
        "Factual correction after reading back the note",
    ),
    (
        "Addition: client later called to say he had told his brother.",
        "Information received after signing",
    ),
]

# What the note of a session not held says: what happened, not what was worked on (the app
# asks a session not held for that, e.g. a phone call afterwards).
_CANCELLED_BY_CLIENT = [
    "Client phoned an hour before to cancel: a meeting at work had run over. New time "
    "booked.",
    "Client sent a message the same morning to say he was ill. New time booked.",
    "Client cancelled by phone at short notice and did not want to say why. We agreed on "
    "a new time.",
    "Client wrote in the morning that he could not face coming today. Phoned him; new time "
    "booked.",
]
_CANCELLED_BY_CLINIC = [
    "Cancelled by the clinic: the therapist was ill. Client told by phone in the morning "
    "and offered a new time.",
    "Cancelled by the clinic: the therapist was ill. Client told by message the day "
    "before; new time booked.",
]
#: A session missed by a client who came back (the showcase case).
_MISSED_AND_BACK = (
    "Client did not come. He called the next day to apologise: he had mixed up the days. "
    "New time booked."
)
#: The session missed by a client who then stopped coming.
_MISSED_BEFORE_DROPPING_OUT = (
    "Client did not come and did not answer the phone. Letter sent offering a new time."
)
#: The ending's own words for a client who stopped coming, after the reason's.
_DROPPED_OUT_NOTE = "no reply to the letter or to a second call"

_SUICIDAL_NOTE: _Text = (
    "Client mentioned thoughts of not wanting to live after the disclosure at home; "
    "safety plan made, no plans or means.",
    "Client mentioned thoughts of not wanting to live when the shame was at its worst; "
    "safety plan made, no plans or means.",
)


@dataclass(frozen=True)
class DemoOptions:
    clients: int = 12
    seed: int = 1
    anchor: date | None = None
    sessions: int | None = None  # a fixed number per client (benchmarks), else 3–40
    large_case: bool = True  # one client with 150 sessions and an 80-person family


_HER = {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her", "himself": "herself"}
_HIS = re.compile(r"\b(?:he|He|his|His|him|himself)\b")


@dataclass(frozen=True)
class _Client:
    """What a demo case's notes must say as its register card does.

    The notes were written about a man with a partner; a woman in the register was "he" in
    every note, and a single client's partner found his messages and joined his sessions.
    """

    woman: bool
    partnered: bool
    #: The age the client began buying sex at (no older than at first contact).
    began: int = 30

    def told(self, text: _Text) -> str:
        """``text`` in the variant for this client, with her pronouns for a woman, in the
        language the app runs in (:mod:`kastdesk.demo_text`)."""
        if isinstance(text, tuple):
            text = text[0] if self.partnered else text[1]
        lang = language()
        if lang:
            text = in_language(text, lang).replace("{since}", since(self.began, lang))
            return herself(text, lang) if self.woman else text
        text = text.replace("{since}", since_age(self.began))
        return _HIS.sub(lambda m: _HER[m.group()], text) if self.woman else text

    def partner_joined(self) -> str:
        """The couple session's sentence: the partner is of the other sex (as the family map
        draws the partner), so only the client's pronouns follow the register."""
        if self.woman:
            return in_language(
                "Partner joined today. He described the loss of trust; she listened "
                "without defending herself. Both were given room to speak."
            )
        return in_language(
            "Partner joined today. She described the loss of trust; he listened "
            "without defending himself. Both were given room to speak."
        )


_DECADES = {2: "twenties", 3: "thirties", 4: "forties", 5: "fifties", 6: "sixties",
            7: "seventies", 8: "eighties"}


def since_age(age: int) -> str:
    """ "his late teens", "his early thirties": the time of life an age falls in."""
    if age < 20:
        return "his late teens"
    part = "early" if age % 10 < 4 else ("mid" if age % 10 < 7 else "late")
    return f"his {part} {_DECADES.get(age // 10, 'eighties')}".replace("mid ", "mid-")


def began_buying(code: str, age: int) -> int:
    """The age a demo client began buying sex at: 18 or older, no older than ``age``.

    Drawn from the client code (as :func:`demo_age`), not from the case's random stream.
    """
    return random.Random(f"{code} began").randint(min(18, age), max(min(18, age), age - 1))


#: An opening that names how the session was held, by the channel it fits; another
#: channel's session opens with the same sentence for its own channel (a note said "Phone
#: session; client calling from the car" under an in-person session).
_BY_CHANNEL = {
    "Client arrived on time and seemed {mood}.": {
        Modality.PHONE: "Client called on time and sounded {mood}.",
        Modality.VIDEO: "Client joined the video call on time and seemed {mood}.",
    },
    "Phone session; client calling from the car, {mood} but focused.": {
        Modality.IN_PERSON: "Client came straight from work, {mood} but focused.",
        Modality.VIDEO: "Video session; client joining from home, {mood} but focused.",
    },
}
#: What only a later session can say, as the first session says it.
_FIRST_TIME = {
    "more open than last time": "open",
    "We began by looking back at what we agreed last time.":
        "We began with what made the client get in touch.",
}


def _note(
    rng: random.Random,
    phase: str,
    partner: bool,
    client: _Client,
    modality: Modality = Modality.IN_PERSON,
    first: bool = False,
) -> str:
    opening, mood, week = rng.choice(_OPENINGS), rng.choice(_MOODS), rng.choice(_WEEKS)
    opening = _BY_CHANNEL.get(opening, {}).get(modality, opening)
    if first:
        opening, mood = _FIRST_TIME.get(opening, opening), _FIRST_TIME.get(mood, mood)
    # In the app's language: the sentence and the words put into it alike.
    opening, mood, week = in_language(opening), in_language(mood), in_language(week)
    parts = [opening.format(mood=mood, week=week)]
    pool = {"early": _EARLY, "middle": _MIDDLE, "late": _LATE}[phase]
    parts += rng.sample(pool, k=min(len(pool), rng.randint(1, 3)))
    told = [client.told(part) for part in parts]
    if partner:
        told.append(client.partner_joined())
    told.append(client.told(rng.choice(_CLOSINGS)))
    return " ".join(told)


def age_range(age_group: str) -> tuple[int, int]:
    """The youngest and oldest age one of the register's age groups stands for."""
    low, _, high = age_group.partition("-")
    return int(low.rstrip("+")), int(high) if high else OLDEST


def demo_age(code: str, age_group: str) -> int:
    """The client's age in the year of first contact: one age inside the register's group.

    The intake form's group (the same groups) and the family map's birth year are made from
    this one number, and it from the register's group.
    It is drawn from the client code, not from the case's random stream: a draw there would
    move every later draw, and with them every demo client the tests and screenshots know.
    """
    return random.Random(f"{code} age").randint(*age_range(age_group))


def _person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES_MEN)} {rng.choice(SURNAMES)}"


def _as_woman(name: str) -> str:
    """The same name with a woman's first name in place of the man's it was drawn with.

    The gender is drawn after the name (changing that order would change every demo vault),
    so a woman's first name is mapped from the man's one, not drawn.
    """
    first, _, rest = name.partition(" ")
    women = FIRST_NAMES_WOMEN[FIRST_NAMES_MEN.index(first) % len(FIRST_NAMES_WOMEN)]
    return f"{women} {rest}"


Extender = Callable[[CaseFile, random.Random, dict[str, Any]], None]
# Later capabilities (genogram, exercises, forms) register what they add to a demo case.
EXTENDERS: list[Extender] = []


def register_extender(extender: Extender) -> Extender:
    EXTENDERS.append(extender)
    return extender


def load_extenders() -> None:
    """Import the packages that extend the demo, if they are present in this build.

    They register themselves as they are imported, and each draws from the demo's random
    stream in that order: anything that uses them outside ``fill_vault`` (the report's
    sample) loads them through here first, or every demo vault made later in the same
    process would come out different.
    """
    import importlib

    for module in (
        "kastdesk.genogram.demo_case",
        "kastdesk.exercises.demo_case",
        "kastdesk.forms.demo_case",
    ):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def fill_vault(
    vault: Vault,
    options: DemoOptions,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Add ``options.clients`` fictional clients to ``vault``; returns their codes."""
    load_extenders()
    rng = random.Random(options.seed)
    anchor = options.anchor or date.today()
    codes: list[str] = []
    start_number = len(vault.clients()) + 1
    # The register is written as seen on the anchor day, whatever the calendar says, so a
    # demo made for a fixed day reads the same (next sessions included) on any later day.
    clock, now = vault.today, vault.now
    vault.today = lambda: anchor
    vault.now = lambda: datetime.combine(anchor, time.max)  # the anchor day's sessions are held
    try:
        for index in range(options.clients):
            client_rng = random.Random(rng.getrandbits(64))
            large = options.large_case and start_number + index == 1
            case = _make_client(
                vault, client_rng, start_number + index, anchor, options.sessions, large
            )
            codes.append(case.profile.get().code)
            vault.close_case(case.client_id)
            if progress:
                progress(index + 1, options.clients)
    finally:
        vault.today, vault.now = clock, now
    return codes


def _make_client(
    vault: Vault,
    rng: random.Random,
    number: int,
    anchor: date,
    fixed_sessions: int | None,
    large: bool,
) -> CaseFile:
    anonymous = rng.random() < 0.4
    name = None if anonymous else _person_name(rng)
    # Where the case stands today decides how far back it starts and how much happened.
    outcome = rng.choices(
        ["in_treatment", "ended", "follow_up", "closed", "intake", "first_contact"],
        weights=[35, 20, 15, 15, 10, 5],
    )[0]
    if large:
        # The showcase case: a long course, ended, with its follow-up done, so the case
        # summary has every section filled (start, end and follow-up scales among them).
        outcome = "follow_up"
    if outcome in ("first_contact", "intake"):
        first_contact = anchor - timedelta(days=rng.randint(2, 40))
    elif outcome == "in_treatment":
        first_contact = anchor - timedelta(days=rng.randint(60, 500))
    else:
        first_contact = anchor - timedelta(days=rng.randint(200, 3 * 365))
    if large:
        first_contact = anchor - timedelta(days=150 * 8 + 300)
    code = f"K-{first_contact.year}-{number:03d}"
    # Sessions not held, and whether a closed case is one of a client who stopped coming,
    # are drawn from the code (as the age is), not from the case's random stream: a draw
    # there would move every later one, and with them every demo client the tests know.
    extra = random.Random(f"{code} attendance")
    if outcome == "closed" and not large and fixed_sessions is None and extra.random() < 0.5:
        outcome = "dropped_out"
    channel = rng.choice(list(ContactChannel))
    referral = rng.choices(list(ReferralSource), weights=[40, 15, 15, 15, 5, 5, 5])[0]
    case = vault.add_client(
        code,
        name=name,
        first_contact_date=first_contact,
        contact_channel=channel,
        referral_source=referral,
    )
    if large:
        n_sessions = 150
    elif fixed_sessions is not None:
        n_sessions = fixed_sessions
    else:
        n_sessions = rng.randint(3, 40)
    if outcome == "first_contact":
        n_sessions = 0
    elif outcome == "intake":
        n_sessions = min(n_sessions, 2)
    waiting = rng.choice([1, 2, 3, 5, 7, 8, 12, 14, 21, 30])
    first_session = first_contact + timedelta(days=waiting)
    gap_days = 8 if large else rng.choice([7, 7, 14, 14, 21, 30])
    if outcome not in ("in_treatment", "intake") and not large:
        # A finished course fits between first contact and a while before today.
        span = max((anchor - first_session).days - 30, 7 * 3)
        gap_days = max(1, min(gap_days, span // max(n_sessions, 1)))
    gender = Gender.MAN if rng.random() < 0.93 else Gender.WOMAN
    if gender is Gender.WOMAN and name:
        name = _as_woman(name)  # a woman named from the men's list was drawn as a circle
    # The register card is the one source of the client's facts: the intake form, the
    # self-rating scale, the notes and the family map say what it says (drawn in this order,
    # which every demo vault depends on).
    age_group = rng.choices(AGE_GROUPS, weights=[12, 22, 28, 22, 12, 4])[0]
    relationship = rng.choice(RELATIONSHIP)
    children = rng.choice([0, 0, 1, 2, 2, 3])
    preferred = rng.choice(["", "", "", "woman", "man"])
    age = demo_age(code, age_group)
    client = _Client(
        woman=gender is Gender.WOMAN,
        partnered=relationship in PARTNERED,
        began=began_buying(code, age),
    )
    info: dict[str, Any] = {
        "name": name,
        "large": large,
        "anchor": anchor,
        "outcome": outcome,
        # The age in the year of first contact, and so the birth year the family map gives.
        "age": age,
        "birth_year": first_contact.year - age,
    }
    with case.transaction("Demo: fill case") as changes:
        case.profile.update(
            name=name,
            gender=gender,
            age_group=age_group,
            relationship_status=relationship,
            children=children,
            preferred_therapist_gender=preferred,
        )
        sessions = []
        day = first_session
        for number in range(n_sessions):
            when = datetime.combine(day, time(rng.choice([8, 9, 10, 13, 14, 15, 16]), 0))
            phase = "early" if number < 3 else ("late" if number >= n_sessions - 2 else "middle")
            partner = number > 2 and rng.random() < 0.12
            present = Present.BOTH if partner else Present.CLIENT
            if partner and rng.random() < 0.3:
                present = Present.PARTNER
            if not client.partnered:  # drawn all the same, so later draws stay where they were
                partner, present = False, Present.CLIENT
            future = day > anchor
            duration = rng.choice([45, 50, 50, 60, 75, 90])
            modality = rng.choices(list(Modality), weights=[70, 20, 10])[0]
            topics = [in_language(t) for t in rng.sample(TOPICS, k=rng.randint(1, 3))]
            note = "" if future else _note(rng, phase, partner, client, modality, number == 0)
            if outcome == "dropped_out" and phase == "late" and note:
                # Drawn all the same (above); a client who stopped coming never planned
                # the end of treatment with us.
                note = _note(extra, "middle", partner, client, modality)
            session = case.sessions.add(
                when, duration_min=duration, modality=modality, present=present,
                topics=topics, note=note,
            )
            sessions.append(session)
            if not future and rng.random() < 0.45:
                case.sessions.sign(session.id, at=when + timedelta(hours=2))
                if rng.random() < 0.15:
                    text, reason = rng.choice(_AMEND_REASONS)
                    case.sessions.amend(
                        session.id, client.told(text), in_language(reason),
                        when + timedelta(days=2),
                    )
            jitter = rng.choice([0, 0, 1, 2, 7])
            day = day + timedelta(days=gap_days + (0 if large else jitter))
            if outcome not in ("in_treatment", "intake") and day > anchor - timedelta(days=14):
                break
            # Active clients have one session ahead of them, not the whole plan.
            if day > anchor and outcome != "in_treatment":
                break
            if day > anchor + timedelta(days=30):
                break
        # Only the sessions held: the extenders save exercises and forms against them.
        info["sessions"] = sessions
        past = [s for s in sessions if s.starts_at.date() <= anchor]
        if past and fixed_sessions is None:  # a fixed number is exactly that many sessions
            _sessions_not_held(case, extra, past, client, large)
        ended_on = past[-1].starts_at.date() if past else first_contact
        closed_on = ended_on
        if outcome == "dropped_out" and past:
            ended_on = closed_on = _missed_before_dropping_out(
                case, extra, past[-1], gap_days, client, anchor)
        # A closed case had its follow-up interview six months on (the forms extender
        # answers its scale that day), or, with that day still ahead, the client declined it.
        closing = EndReason.DROPPED_OUT if outcome == "dropped_out" else None
        if outcome == "closed" and past:
            follow_day = add_months(ended_on, FOLLOW_UP_MONTHS)
            if follow_day <= anchor:
                closing, closed_on = EndReason.FOLLOW_UP_HELD, follow_day
            else:
                closing = EndReason.DECLINED_FOLLOW_UP
        # The course of the case, each ending and closing with its reason as the app writes
        # them: the words in the history, the code in the audit log (the register reads it).
        status_path = {
            "first_contact": [],
            "intake": [Status.INTAKE],
            "in_treatment": [Status.INTAKE, Status.IN_TREATMENT],
            "ended": [Status.INTAKE, Status.IN_TREATMENT, Status.ENDED],
            "follow_up": [Status.INTAKE, Status.IN_TREATMENT, Status.ENDED, Status.FOLLOW_UP],
            "closed": [Status.INTAKE, Status.IN_TREATMENT, Status.ENDED, Status.CLOSED],
            "dropped_out": [Status.INTAKE, Status.IN_TREATMENT, Status.ENDED, Status.CLOSED],
        }[outcome]
        ending = EndReason.DROPPED_OUT if outcome == "dropped_out" else EndReason.COMPLETED
        notes = {
            Status.ENDED: status_note(
                ending, in_language(_DROPPED_OUT_NOTE) if outcome == "dropped_out" else ""),
            # Ended as a drop-out, the app closes the case too: no follow-up is planned.
            Status.CLOSED: (tr("StatusMenu", "No follow-up interview planned")
                            if outcome == "dropped_out" else status_note(closing)),
        }
        for step, status in enumerate(status_path):
            note = ""
            if past:
                at = past[min(step, len(past) - 1)].starts_at.date()
                if status in (Status.ENDED, Status.FOLLOW_UP, Status.CLOSED):
                    at = closed_on if status is Status.CLOSED else ended_on
                    note = notes.get(status, "")
            else:
                at = first_contact
            case.profile.set_status(status, at=at, note=note)
        # The demo's one transaction is its one audit entry: it names the reason of the
        # status the case is left in, as the app's change of status does.
        last = status_path[-1] if status_path else None
        if past and last is Status.ENDED:
            changes.detail["reason"] = ending.value
        elif past and last is Status.CLOSED and closing is not None:
            changes.detail["reason"] = closing.value
        if outcome == "follow_up" and past:
            case.profile.set_followup_due(add_months(past[-1].starts_at.date(), 6))
        if closing in (EndReason.FOLLOW_UP_HELD, EndReason.DROPPED_OUT):
            case.profile.set_followup_due(None)  # held, or none planned (as the app does)
        # Goals that changed over time.
        if past:
            for original, revised in rng.sample(_GOALS, k=rng.randint(1, 3)):
                goal = case.goals.add(client.told(original), at=past[0].starts_at.date())
                if len(past) > 4 and rng.random() < 0.6:
                    case.goals.revise(
                        goal.id,
                        client.told(revised),
                        at=past[len(past) // 2].starts_at.date(),
                        note=in_language("Reworded together after the consequence listing."),
                    )
                if outcome in ("ended", "follow_up", "closed", "dropped_out"):
                    # Both drawn as before, whatever is done with them.
                    reached = rng.random() < 0.7
                    dropped = not reached and rng.random() < 0.5
                    if outcome == "dropped_out":
                        case.goals.drop(
                            goal.id, at=closed_on,
                            note=in_language(
                                "Dropped when the case was closed: the client stopped coming."),
                        )
                    elif reached:
                        case.goals.reach(goal.id, at=past[-1].starts_at.date())
                    elif dropped:
                        case.goals.drop(
                            goal.id,
                            at=past[-1].starts_at.date(),
                            note=in_language("No longer what the client wants to work on."),
                        )
        # Raised on the demo's own days (the first session, else the first contact), not on
        # the computer's: a demo anchored in May printed "Raised 2026-12-03".
        raised = (
            past[0].starts_at + timedelta(minutes=past[0].duration_min)
            if past
            else datetime.combine(first_contact, time(12, 0))
        )
        if rng.random() < 0.15 or large:
            case.flags.raise_flag(RiskKind.SUICIDAL, client.told(_SUICIDAL_NOTE), at=raised)
        # A concern for "the youngest child" needs a child (drawn all the same, as above).
        if rng.random() < 0.05 and children:
            case.flags.raise_flag(
                RiskKind.CHILD_AT_RISK,
                in_language("Concern raised about the home "
                            "situation of the youngest child; consulted the team."),
                at=raised,
            )
        for extend in EXTENDERS:
            extend(case, rng, info)
    return case


def _gaps(past: list[Session], at_least: int) -> list[int]:
    """The indexes of the sessions held at least ``at_least`` days after the one before:
    room before them for a session booked and not held."""
    return [
        i for i in range(1, len(past))
        if (past[i].starts_at.date() - past[i - 1].starts_at.date()).days >= at_least
    ]


def _booked_before(
    case: CaseFile, rebooked: Session, previous: Session, attendance: Attendance, note: str,
    rng: random.Random,
) -> None:
    """A session booked between ``previous`` and ``rebooked`` (the new time it was moved
    to) and not held, at the usual hour, with what happened as its note (signed or not)."""
    gap = (rebooked.starts_at.date() - previous.starts_at.date()).days
    day = rebooked.starts_at.date() - timedelta(days=max(1, min(7, gap // 2)))
    when = datetime.combine(day, previous.starts_at.time())
    session = case.sessions.add(
        when, duration_min=rebooked.duration_min, modality=rebooked.modality,
        attendance=attendance, note=note,
    )
    if rng.random() < 0.5:
        case.sessions.sign(session.id, at=when + timedelta(hours=2))


def _sessions_not_held(
    case: CaseFile, rng: random.Random, past: list[Session], client: _Client, large: bool
) -> None:
    """Now and then a session the client cancelled late, or the clinic cancelled (the
    therapist ill), each moved to the next session held; the showcase case has each kind,
    and a session missed by a client who came back.

    The sessions held stay as they are: one not held is added before one of them."""
    room = _gaps(past, 4)
    wanted: list[tuple[Attendance, str]] = []
    if large:
        wanted = [
            (Attendance.CANCELLED_BY_CLIENT, rng.choice(_CANCELLED_BY_CLIENT)),
            (Attendance.CANCELLED_BY_CLINIC, rng.choice(_CANCELLED_BY_CLINIC)),
            (Attendance.NO_SHOW, _MISSED_AND_BACK),
            (Attendance.CANCELLED_BY_CLIENT, rng.choice(_CANCELLED_BY_CLIENT)),
        ]
    else:
        if len(past) >= 4 and rng.random() < 0.45:
            wanted.append((Attendance.CANCELLED_BY_CLIENT, rng.choice(_CANCELLED_BY_CLIENT)))
            if len(past) >= 10 and rng.random() < 0.3:
                wanted.append(
                    (Attendance.CANCELLED_BY_CLIENT, rng.choice(_CANCELLED_BY_CLIENT)))
        if len(past) >= 3 and rng.random() < 0.25:
            wanted.append((Attendance.CANCELLED_BY_CLINIC, rng.choice(_CANCELLED_BY_CLINIC)))
    for index, (attendance, note) in zip(
        sorted(rng.sample(room, k=min(len(wanted), len(room)))), wanted, strict=False
    ):
        _booked_before(case, past[index], past[index - 1], attendance, client.told(note), rng)


def _missed_before_dropping_out(
    case: CaseFile, rng: random.Random, last: Session, gap_days: int, client: _Client,
    anchor: date,
) -> date:
    """The session booked after the last one held, which the client did not come to; the
    day treatment was ended (and the case closed) after no reply, which it returns."""
    held = last.starts_at.date()
    day = held + timedelta(days=max(1, min(gap_days, (anchor - held).days // 2)))
    when = datetime.combine(day, last.starts_at.time())
    session = case.sessions.add(
        when, duration_min=last.duration_min, modality=last.modality,
        attendance=Attendance.NO_SHOW, note=client.told(_MISSED_BEFORE_DROPPING_OUT),
    )
    if rng.random() < 0.5:
        case.sessions.sign(session.id, at=when + timedelta(hours=2))
    return day + timedelta(days=min(21, (anchor - day).days))
