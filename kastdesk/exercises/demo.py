"""Fictional exercise states for demo vaults, screenshots and tests, at a chosen progress stage.

``stage`` runs from 0 (first sessions) to 1 (end of treatment): early states have few
entries, empty consequence areas and standing statements; later ones fill in, rewrite
and show a log with lapses and a rising share of alternatives. All states validate.

The words follow the client's register card (``CardFacts``): a client without a partner
speaks of a former partner or of the people close to them instead, one without children
has none, and a woman's partner is "he" (the family map draws the partner as the other
sex). Without a card the client is the one the words were first written for: a man who
lives with his partner and has children.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from kastdesk.demo_text import exercise_text
from kastdesk.exercises import behaviour_in_words as biw
from kastdesk.exercises import consequence_listing as cl
from kastdesk.exercises import coping_plan as cp
from kastdesk.exercises import i_am_vs_i_do as iam
from kastdesk.exercises import triggers_alternatives as ta
from kastdesk.exercises import urge_log as ul

if TYPE_CHECKING:
    from kastdesk.domain.models import ClientProfile

#: The card's relationship statuses as the client's situation the words are chosen by: a
#: partner at home, a partner in a home of their own, a former partner, a partner who
#: died, nobody. A status the card does not give is worded as "single": no partner named.
_SITUATION = {
    "married": "together",
    "partner_living_together": "together",
    "partner_living_apart": "apart",
    "separated_divorced": "former",
    "widowed": "widowed",
    "single": "single",
}
#: The partner's pronouns by the client's gender: the demo's family map draws the partner
#: as the other sex; a client of another or no stated gender has a partner called "they".
_PARTNER_PRONOUNS = {"man": ("She", "she"), "woman": ("He", "he")}


@dataclass(frozen=True)
class CardFacts:
    """What the client's register card says that the exercises' words repeat.

    The demo wrote "my partner", "She would feel betrayed" and "my children" for every
    client: a single, childless client had both, and a woman's partner was "she" while her
    family map drew a man. The defaults are the client those words were written for, so a
    caller without a card (tests, benchmarks) gets the very states it got before.
    ``gender`` and ``relationship`` are the card's values, ``children`` its number.
    """

    gender: str = "man"
    relationship: str = "married"
    children: int = 2

    @classmethod
    def from_profile(cls, profile: ClientProfile) -> CardFacts:
        """The facts of a register card; an unknown number of children is worded as none."""
        return cls(
            gender=str(getattr(profile.gender, "value", profile.gender) or ""),
            relationship=profile.relationship_status or "",
            children=profile.children or 0,
        )

    @property
    def partnered(self) -> bool:
        """Whether the client has a partner now (married, living together or apart)."""
        return self.situation in ("together", "apart")

    @property
    def situation(self) -> str:
        """together, apart, former, widowed or single (see ``_SITUATION``)."""
        return _SITUATION.get(self.relationship, "single")

    def variants(self) -> tuple[str, ...]:
        """A variant table's keys that fit this client, the most particular first.

        The situation comes before partner or not, and both before the children; a client
        with one child has "one child" first ("my child"), then "children".
        """
        if self.children > 0:
            kids: tuple[str, ...] = ("one child", "children") if self.children == 1 else ()
            kids = kids or ("children",)
        else:
            kids = ("childless",)
        partner = "partner" if self.partnered else "no partner"
        where = self.situation
        return (
            *(f"{where} {k}" for k in kids),
            where,
            *(f"{partner} {k}" for k in kids),
            partner,
            *kids,
        )


#: A word, an entry or a table row for everyone, or its variants by ``CardFacts.variants()``.
_Told = Any


def _told(value: _Told, facts: CardFacts) -> Any:
    """``value`` as this client says it: the variant that fits, the partner's pronouns in,
    in the language the app runs in (:func:`kastdesk.demo_text.exercise_text`; an id such
    as an area or a term is in no table and stays as it is).

    Every variant of an entry stands in the same place of its table, so a client's draws
    (how many, which index) are the same whatever the card says: the ids, seriousness and
    urge log of a demo client do not move when only the words are made to agree.
    """
    if isinstance(value, Mapping):
        key = next((k for k in facts.variants() if k in value), None)
        if key is None:
            raise KeyError(f"no variant of {value!r} for {facts}")
        value = value[key]
    if isinstance(value, tuple):
        return tuple(_told(v, facts) for v in value)
    if isinstance(value, str) and "{" in value:
        they_cap, they = _PARTNER_PRONOUNS.get(facts.gender, ("They", "they"))
        return exercise_text(value.format(They=they_cap, they=they))
    if isinstance(value, str):
        return exercise_text(value)
    return value


_BEHAVIOUR: dict[str, tuple[_Told, ...]] = {
    "what_happened": (
        "I paid a woman for sex in a flat I found through an escort site.",
        "On a work trip I went to a massage parlour and paid for sex.",
        "I have bought sex about once a month for two years, mostly after nights out.",
    ),
    "what_led_to_it": (
        {
            "together": "A fight at home, then hours alone with the laptop and porn.",
            "apart": "A fight with my partner on the phone, then hours alone with the laptop "
            "and porn.",
            "former one child": "An argument with my ex about our child, then hours alone "
            "with the laptop and porn.",
            "former children": "An argument with my ex about the children, then hours alone "
            "with the laptop and porn.",
            "former": "An argument with my ex, then hours alone with the laptop and porn.",
            "widowed": "A day of missing the life we had, then hours alone with the laptop "
            "and porn.",
            "single": "A row with my parents on the phone, then hours alone with the laptop "
            "and porn.",
        },
        "Drinking alone in the hotel bar, feeling invisible.",
        "Stress at work; I could not sleep and started scrolling ads.",
    ),
    "feelings_before": ("Restless and empty.", "Tense, like I had earned something.", "Lonely."),
    "feelings_after": ("Ashamed and afraid someone would find out.", "Numb, then disgusted."),
    "what_i_want": (
        {
            "partner": "To stop lying to my partner.",
            "former": "To stop the lying that ended my last relationship.",
            "no partner": "To stop lying to the people close to me.",
        },
        "To handle the evenings without escaping.",
    ),
}

_CONSEQUENCES: tuple[_Told, ...] = (
    ("self", "I feel ashamed and hide who I am", 4, "long"),
    ("self", "I lose sleep worrying", 3, "short"),
    {
        "partner": ("partner", "{They} would feel betrayed if {they} knew", 5, "long"),
        "former one child": (
            "children_family",
            "My ex could use it to limit my time with my child",
            5,
            "long",
        ),
        "former children": (
            "children_family",
            "My ex could use it to limit my time with the children",
            5,
            "long",
        ),
        "former": ("partner", "It was part of why my last relationship ended", 5, "long"),
        "widowed": ("self", "It feels like betraying the memory of the one I lost", 5, "long"),
        "single": (
            "partner",
            "I keep people at a distance so nobody gets close enough to find out",
            5,
            "long",
        ),
    },
    {
        "partner": ("partner", "I keep a distance to avoid questions", 3, "short"),
        "no partner": (
            "children_family",
            "I keep a distance from my family to avoid questions",
            3,
            "short",
        ),
    },
    {
        "together": ("money", "Money I cannot explain at home", 3, "short"),
        "apart": ("money", "Money I cannot explain to my partner", 3, "short"),
        "no partner": ("money", "Money I had put aside for other things is gone", 3, "short"),
    },
    {
        "partner": ("health", "Risk of passing on an infection to my partner", 4, "long"),
        "no partner": (
            "health",
            "Risk of an infection I could pass on to someone later",
            4,
            "long",
        ),
    },
    ("law", "Fine and a record if caught", 4, "long"),
    ("work", "Could lose my job if it came out", 4, "long"),
    ("person_who_sold", "She may have been forced; I paid someone who exploits her", 5, "long"),
    {
        "one child": ("children_family", "My child would lose trust in me", 5, "long"),
        "children": ("children_family", "My children would lose trust in me", 5, "long"),
        "childless": (
            "children_family",
            "My sister would never look at me the same way",
            4,
            "long",
        ),
    },
)

_STATEMENTS: tuple[_Told, ...] = (
    ("I am a bad person", "I have done things that hurt others and myself"),
    ("I am disgusting", "I did something I am ashamed of"),
    ("I am weak", "I gave in to an urge I want to learn to handle"),
    {
        "partner": ("I am a liar", "I have kept secrets from my partner"),
        "no partner": ("I am a liar", "I have kept secrets from the people close to me"),
    },
    ("I am beyond help", "I have not yet found another way to deal with stress"),
)

_LONELY = (("loneliness", "boredom"), ("closeness",))
_CONFLICT = (("anger", "rejection"), ("comfort", "validation"))
_TRIGGERS: tuple[_Told, ...] = (
    {
        "together": ("Alone in the evening after my partner goes to bed", *_LONELY),
        "apart": ("Alone in the evening after my partner and I have talked", *_LONELY),
        "former one child": ("Evenings in the flat when my child is with my ex", *_LONELY),
        "former children": ("Evenings in the flat when the children are with my ex", *_LONELY),
        "former": ("Alone in the flat in the evening since the separation", *_LONELY),
        "widowed": ("Evenings in the quiet house since I was widowed", *_LONELY),
        "single": ("Alone in the flat in the evening", *_LONELY),
    },
    {
        "together": ("After a conflict at home", *_CONFLICT),
        "apart": ("After a conflict with my partner", *_CONFLICT),
        "former": ("After an argument with my ex", *_CONFLICT),
        "no partner": ("After a conflict with my family", *_CONFLICT),
    },
    ("Work trips, hotel rooms", ("emptiness", "stress"), ("escape",)),
    ("Pornography that links to escort ads", ("stress",), ("numbing", "release")),
)

_ALTERNATIVES: tuple[_Told, ...] = (
    ("Call my brother and talk about anything", "an episode of my series", ("closeness",)),
    ("Go for a long walk and listen to a podcast", "a good breakfast tomorrow", ("escape",)),
    {
        "together": ("Tell my partner I need a hug", "a warm bath", ("comfort", "closeness")),
        "apart": (
            "Call my partner and say I need to hear a friendly voice",
            "a warm bath",
            ("comfort", "closeness"),
        ),
        "no partner": (
            "Ask my sister or a friend over for dinner",
            "a warm bath",
            ("comfort", "closeness"),
        ),
    },
    ("Write down what I feel for ten minutes", "putting money aside for a trip", ("numbing",)),
    ("Go to the gym", "a new book", ("release",)),
)

_LOG_TRIGGERS = ("Alone at home", "Argument", "Hotel evening", "Porn", "Stress at work", "Bored")
_LOG_INSTEAD = ("Went for a walk", "Called a friend", "Went to bed", "Wrote in my journal", "Gym")
#: The coping plan's person to call (catalogue roles): someone in the family, not a partner,
#: for a client who has none.
_CONTACT_ROLES: tuple[_Told, ...] = (
    "friend",
    "family",
    {"partner": "partner", "no partner": "family"},
)
_REASON: _Told = {
    "one child": "I want to be someone my child can trust.",
    "children": "I want to be someone my children can trust.",
    "partner childless": "I want to be someone my partner can trust.",
    "no partner childless": "I want to be someone I can respect.",
}


def _ids(rng: random.Random) -> str:
    return f"{rng.getrandbits(48):012x}"


def _behaviour(rng: random.Random, stage: float, facts: CardFacts) -> biw.BehaviourInWordsState:
    state = biw.BehaviourInWordsState()
    prompts = list(_BEHAVIOUR)
    filled = max(1, round(len(prompts) * min(1.0, 0.4 + stage)))
    for key in prompts[:filled]:
        state = biw.set_answer(state, key, _told(rng.choice(_BEHAVIOUR[key]), facts))
    return state


def _consequences(rng: random.Random, stage: float, facts: CardFacts) -> cl.ConsequenceListingState:
    state = cl.ConsequenceListingState()
    pool = [_told(row, facts) for row in _CONSEQUENCES]
    rng.shuffle(pool)
    # The areas about others come later, which is why empty areas matter early on.
    count = max(2, round(len(pool) * (0.3 + 0.7 * stage)))
    for area, text, seriousness, term in pool[:count]:
        state = cl.add_consequence(
            state,
            area,
            text,
            max(1, min(5, seriousness + rng.choice((-1, 0, 0, 1)))),
            term,
            consequence_id=_ids(rng),
        )
    return state


def _statements(rng: random.Random, stage: float, facts: CardFacts) -> iam.IAmVsIDoState:
    state = iam.IAmVsIDoState()
    pool = [_told(row, facts) for row in _STATEMENTS]
    rng.shuffle(pool)
    chosen = pool[: rng.randint(3, len(pool))]
    for index, (i_am, i_do) in enumerate(chosen):
        sid = _ids(rng)
        state = iam.add_statement(state, i_am, session_id="demo-session-1", statement_id=sid)
        if index < round(len(chosen) * stage):
            session = f"demo-session-{2 + index}"
            state = iam.rewrite_statement(state, sid, i_do, session_id=session)
    return state


def _triggers(rng: random.Random, stage: float, facts: CardFacts) -> ta.TriggersAlternativesState:
    state = ta.TriggersAlternativesState()
    triggers = [_told(row, facts) for row in _TRIGGERS]
    for situation, feelings, needs in triggers[: max(1, round(len(triggers) * (0.4 + stage)))]:
        state = ta.add_trigger(state, situation, feelings, needs, trigger_id=_ids(rng))
    alternatives = [_told(row, facts) for row in _ALTERNATIVES]
    n_alt = round(len(alternatives) * stage)
    for text, reward, needs in rng.sample(alternatives, n_alt):
        state = ta.add_alternative(state, text, reward, needs, alternative_id=_ids(rng))
    return state


def _urge_log(rng: random.Random, stage: float, today: date) -> ul.UrgeLogState:
    weeks = max(1, round(16 * stage))
    start = today - timedelta(weeks=weeks)
    state = ul.UrgeLogState(started_on=start, tracks_pornography=rng.random() < 0.6)
    day = start
    while day <= today:
        progress = (day - start).days / max(1, (today - start).days)
        if rng.random() < 0.35 - 0.15 * progress:
            chose = rng.random() < 0.3 + 0.6 * progress
            lapse = not chose and rng.random() < 0.5
            kind = None
            if lapse:
                porn = state.tracks_pornography and rng.random() < 0.6
                kind = "pornography" if porn else "buying_sex"
            state = ul.add_entry(
                state,
                day,
                intensity=max(0, min(10, round(rng.gauss(7 - 3 * progress, 1.5)))),
                trigger=exercise_text(rng.choice(_LOG_TRIGGERS)),
                chosen_instead=exercise_text(rng.choice(_LOG_INSTEAD)) if chose else "",
                lapse=lapse,
                lapse_kind=kind,
                entry_id=_ids(rng),
            )
        day += timedelta(days=1)
    return state


def _coping(rng: random.Random, stage: float, facts: CardFacts) -> cp.CopingPlanState:
    state = cp.CopingPlanState()
    kinds = ["pause_and_name", "breathe", "say_no", "call_someone", "move", "self_compassion"]
    for kind in kinds[: max(1, round(len(kinds) * stage))]:
        state = cp.add_strategy(state, kind, strategy_id=_ids(rng))
    if stage > 0.5:
        state = cp.add_strategy(
            state, "own", exercise_text("Put the phone in another room"), strategy_id=_ids(rng)
        )
        role = _told(rng.choice(_CONTACT_ROLES), facts)
        state = cp.add_contact(state, role, contact_id=_ids(rng))
        state = cp.set_reason(state, _told(_REASON, facts))
    return state


def make_demo_exercises(
    rng: random.Random,
    stage: float,
    today: date | None = None,
    facts: CardFacts | None = None,
) -> dict[str, dict[str, Any]]:
    """Exercise id -> state dict (``to_dict``) for one fictional client at ``stage`` (0..1).

    Exercises a real therapist would not have started yet at an early stage are left out
    (the coping plan and the urge log below 0.2, alternatives and rewrites stay sparse).
    ``facts`` is the client's register card, which the words follow (partner, children,
    the partner's pronouns); it changes no draw, so the same ``rng`` gives the same ids,
    choices and urge log whatever the card says. Without it the client is a man with a
    partner and children, as before cards were read.
    """
    stage = max(0.0, min(1.0, stage))
    today = today or date(2025, 6, 2)
    facts = facts or CardFacts()
    states: dict[str, Any] = {
        biw.EXERCISE_ID: _behaviour(rng, stage, facts),
        cl.EXERCISE_ID: _consequences(rng, stage, facts),
        iam.EXERCISE_ID: _statements(rng, stage, facts),
        ta.EXERCISE_ID: _triggers(rng, stage, facts),
    }
    if stage >= 0.2:
        states[ul.EXERCISE_ID] = _urge_log(rng, stage, today)
        states[cp.EXERCISE_ID] = _coping(rng, stage, facts)
    return {key: state.to_dict() for key, state in states.items()}
