"""Fictional exercise states for demo vaults, screenshots and tests, at a chosen progress stage.

``stage`` runs from 0 (first sessions) to 1 (end of treatment): early states have few
entries, empty consequence areas and standing statements; later ones fill in, rewrite
and show a log with lapses and a rising share of alternatives. All states validate.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kastdesk.exercises import behaviour_in_words as biw
from kastdesk.exercises import consequence_listing as cl
from kastdesk.exercises import coping_plan as cp
from kastdesk.exercises import i_am_vs_i_do as iam
from kastdesk.exercises import triggers_alternatives as ta
from kastdesk.exercises import urge_log as ul

_BEHAVIOUR = {
    "what_happened": (
        "I paid a woman for sex in a flat I found through an escort site.",
        "On a work trip I went to a massage parlour and paid for sex.",
        "I have bought sex about once a month for two years, mostly after nights out.",
    ),
    "what_led_to_it": (
        "A fight at home, then hours alone with the laptop and porn.",
        "Drinking alone in the hotel bar, feeling invisible.",
        "Stress at work; I could not sleep and started scrolling ads.",
    ),
    "feelings_before": ("Restless and empty.", "Tense, like I had earned something.", "Lonely."),
    "feelings_after": ("Ashamed and afraid someone would find out.", "Numb, then disgusted."),
    "what_i_want": ("To stop lying to my partner.", "To handle the evenings without escaping."),
}

_CONSEQUENCES = (
    ("self", "I feel ashamed and hide who I am", 4, "long"),
    ("self", "I lose sleep worrying", 3, "short"),
    ("partner", "She would feel betrayed if she knew", 5, "long"),
    ("partner", "I keep a distance to avoid questions", 3, "short"),
    ("money", "Money I cannot explain at home", 3, "short"),
    ("health", "Risk of passing on an infection to my partner", 4, "long"),
    ("law", "Fine and a record if caught", 4, "long"),
    ("work", "Could lose my job if it came out", 4, "long"),
    ("person_who_sold", "She may have been forced; I paid someone who exploits her", 5, "long"),
    ("children_family", "My children would lose trust in me", 5, "long"),
)

_STATEMENTS = (
    ("I am a bad person", "I have done things that hurt others and myself"),
    ("I am disgusting", "I did something I am ashamed of"),
    ("I am weak", "I gave in to an urge I want to learn to handle"),
    ("I am a liar", "I have kept secrets from my partner"),
    ("I am beyond help", "I have not yet found another way to deal with stress"),
)

_TRIGGERS = (
    (
        "Alone in the evening after my partner goes to bed",
        ("loneliness", "boredom"),
        ("closeness",),
    ),
    ("After a conflict at home", ("anger", "rejection"), ("comfort", "validation")),
    ("Work trips, hotel rooms", ("emptiness", "stress"), ("escape",)),
    ("Pornography that links to escort ads", ("stress",), ("numbing", "release")),
)

_ALTERNATIVES = (
    ("Call my brother and talk about anything", "an episode of my series", ("closeness",)),
    ("Go for a long walk and listen to a podcast", "a good breakfast tomorrow", ("escape",)),
    ("Tell my partner I need a hug", "a warm bath", ("comfort", "closeness")),
    ("Write down what I feel for ten minutes", "putting money aside for a trip", ("numbing",)),
    ("Go to the gym", "a new book", ("release",)),
)

_LOG_TRIGGERS = ("Alone at home", "Argument", "Hotel evening", "Porn", "Stress at work", "Bored")
_LOG_INSTEAD = ("Went for a walk", "Called a friend", "Went to bed", "Wrote in my journal", "Gym")


def _ids(rng: random.Random) -> str:
    return f"{rng.getrandbits(48):012x}"


def _behaviour(rng: random.Random, stage: float) -> biw.BehaviourInWordsState:
    state = biw.BehaviourInWordsState()
    prompts = list(_BEHAVIOUR)
    filled = max(1, round(len(prompts) * min(1.0, 0.4 + stage)))
    for key in prompts[:filled]:
        state = biw.set_answer(state, key, rng.choice(_BEHAVIOUR[key]))
    return state


def _consequences(rng: random.Random, stage: float) -> cl.ConsequenceListingState:
    state = cl.ConsequenceListingState()
    pool = list(_CONSEQUENCES)
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


def _statements(rng: random.Random, stage: float) -> iam.IAmVsIDoState:
    state = iam.IAmVsIDoState()
    pool = list(_STATEMENTS)
    rng.shuffle(pool)
    chosen = pool[: rng.randint(3, len(pool))]
    for index, (i_am, i_do) in enumerate(chosen):
        sid = _ids(rng)
        state = iam.add_statement(state, i_am, session_id="demo-session-1", statement_id=sid)
        if index < round(len(chosen) * stage):
            session = f"demo-session-{2 + index}"
            state = iam.rewrite_statement(state, sid, i_do, session_id=session)
    return state


def _triggers(rng: random.Random, stage: float) -> ta.TriggersAlternativesState:
    state = ta.TriggersAlternativesState()
    for situation, feelings, needs in _TRIGGERS[: max(1, round(len(_TRIGGERS) * (0.4 + stage)))]:
        state = ta.add_trigger(state, situation, feelings, needs, trigger_id=_ids(rng))
    n_alt = round(len(_ALTERNATIVES) * stage)
    for text, reward, needs in rng.sample(_ALTERNATIVES, n_alt):
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
                trigger=rng.choice(_LOG_TRIGGERS),
                chosen_instead=rng.choice(_LOG_INSTEAD) if chose else "",
                lapse=lapse,
                lapse_kind=kind,
                entry_id=_ids(rng),
            )
        day += timedelta(days=1)
    return state


def _coping(rng: random.Random, stage: float) -> cp.CopingPlanState:
    state = cp.CopingPlanState()
    kinds = ["pause_and_name", "breathe", "say_no", "call_someone", "move", "self_compassion"]
    for kind in kinds[: max(1, round(len(kinds) * stage))]:
        state = cp.add_strategy(state, kind, strategy_id=_ids(rng))
    if stage > 0.5:
        state = cp.add_strategy(
            state, "own", "Put the phone in another room", strategy_id=_ids(rng)
        )
        state = cp.add_contact(
            state, rng.choice(["friend", "family", "partner"]), contact_id=_ids(rng)
        )
        state = cp.set_reason(state, "I want to be someone my children can trust.")
    return state


def make_demo_exercises(
    rng: random.Random, stage: float, today: date | None = None
) -> dict[str, dict[str, Any]]:
    """Exercise id -> state dict (``to_dict``) for one fictional client at ``stage`` (0..1).

    Exercises a real therapist would not have started yet at an early stage are left out
    (the coping plan and the urge log below 0.2, alternatives and rewrites stay sparse).
    """
    stage = max(0.0, min(1.0, stage))
    today = today or date(2025, 6, 2)
    states: dict[str, Any] = {
        biw.EXERCISE_ID: _behaviour(rng, stage),
        cl.EXERCISE_ID: _consequences(rng, stage),
        iam.EXERCISE_ID: _statements(rng, stage),
        ta.EXERCISE_ID: _triggers(rng, stage),
    }
    if stage >= 0.2:
        states[ul.EXERCISE_ID] = _urge_log(rng, stage, today)
        states[cp.EXERCISE_ID] = _coping(rng, stage)
    return {key: state.to_dict() for key, state in states.items()}
