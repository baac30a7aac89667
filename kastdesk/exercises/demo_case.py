"""Demo extender: exercises worked on across a fictional client's real sessions.

Each exercise gets several saved versions, each tagged with the id of a session that
was actually held, so the history view, "started in session X" and the "I am / what I
do" timeline all have something true to show. How far a client got follows where his
case stands (``info["outcome"]``) and how many sessions he has had. What the client
says in them follows the register card (``CardFacts``): no partner for a single client, no
children for a childless one, and a woman's partner is "he".
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date
from typing import Any

from kastdesk.demo import register_extender
from kastdesk.exercises import get_exercise
from kastdesk.exercises import i_am_vs_i_do as iam
from kastdesk.exercises.demo import CardFacts, make_demo_exercises
from kastdesk.exercises.storage import save_exercise

#: Which session (as a share of the past sessions) an exercise is usually begun in.
_BEGIN_AT = {
    "behaviour_in_words": 0.0,
    "consequence_listing": 0.05,
    "i_am_vs_i_do": 0.15,
    "triggers_alternatives": 0.3,
    "urge_log": 0.35,
    "coping_plan": 0.5,
}
_MAX_VERSIONS = 4


def _stage(outcome: str, past: int) -> float:
    """How far through the methods the client has come (0 = just begun, 1 = all done)."""
    if outcome in ("ended", "follow_up", "closed"):
        return min(1.0, 0.6 + past / 30)
    if outcome == "intake":
        return 0.05
    return min(0.95, 0.1 + past / 18)


def _prefix(items: tuple[Any, ...], fraction: float) -> tuple[Any, ...]:
    return items[: max(1, math.ceil(len(items) * fraction))] if items else items


def _partial(exercise_id: str, final: Any, fraction: float, day: date) -> Any:
    """The state as it stood part of the way towards ``final`` (fraction 0..1]."""
    if fraction >= 1.0:
        return final
    if exercise_id == "behaviour_in_words":
        keys = list(final.answers)
        keep = keys[: max(1, math.ceil(len(keys) * fraction))]
        return replace(final, answers={k: final.answers[k] for k in keep})
    if exercise_id == "consequence_listing":
        return replace(final, consequences=_prefix(final.consequences, fraction))
    if exercise_id == "triggers_alternatives":
        return replace(
            final,
            triggers=_prefix(final.triggers, fraction),
            alternatives=final.alternatives[: math.floor(len(final.alternatives) * fraction)],
        )
    if exercise_id == "urge_log":
        return replace(final, entries=tuple(e for e in final.entries if e.day <= day))
    if exercise_id == "coping_plan":
        return replace(
            final,
            strategies=_prefix(final.strategies, fraction),
            contacts=final.contacts if fraction > 0.6 else (),
            reason=final.reason if fraction > 0.6 else "",
        )
    return final


def _statement_versions(final: iam.IAmVsIDoState, session_ids: list[str]) -> list[Any]:
    """All statements said in the first session; rewrites spread over the later ones."""
    first = session_ids[0]
    base = iam.IAmVsIDoState(
        tuple(iam.Statement(s.id, s.i_am, added_in_session=first) for s in final.statements)
    )
    to_rewrite = [s for s in final.statements if s.status is iam.StatementStatus.REWRITTEN]
    versions = [base]
    state = base
    later = session_ids[1:]
    for index, session_id in enumerate(later):
        upto = math.ceil(len(to_rewrite) * (index + 1) / len(later))
        for s in to_rewrite[:upto]:
            if state.get(s.id).status is iam.StatementStatus.STANDING:
                state = iam.rewrite_statement(state, s.id, s.i_do, session_id=session_id)
        versions.append(state)
    return versions


def extend_case(case: Any, rng: random.Random, info: dict[str, Any]) -> None:
    """Save exercises, version by version, against the client's past sessions."""
    rng = random.Random(rng.getrandbits(64))  # one draw: later extenders stay stable
    anchor: date = info["anchor"]
    past = [s for s in info.get("sessions", []) if s.starts_at.date() <= anchor]
    if not past:
        return
    stage = _stage(info["outcome"], len(past))
    facts = CardFacts.from_profile(case.profile.get())  # changes words, not draws
    finals = make_demo_exercises(rng, stage, past[-1].starts_at.date(), facts)
    dates = {s.id: s.starts_at.date() for s in past}
    for exercise_id, data in finals.items():
        exercise = get_exercise(exercise_id)
        begin = min(len(past) - 1, round(_BEGIN_AT[exercise_id] * len(past)))
        if begin > 0 and _BEGIN_AT[exercise_id] > stage:
            continue  # not reached yet in this course
        worked_in = past[begin:]
        count = min(_MAX_VERSIONS, len(worked_in), 1 + rng.randint(0, 3))
        picks = sorted(rng.sample(range(1, len(worked_in)), count - 1)) if count > 1 else []
        session_ids = [worked_in[0].id, *(worked_in[i].id for i in picks)]
        final = exercise.from_dict(data)
        if exercise_id == "i_am_vs_i_do":
            states = _statement_versions(final, session_ids)
        else:
            states = [
                _partial(exercise_id, final, (n + 1) / len(session_ids), dates[sid])
                for n, sid in enumerate(session_ids)
            ]
        for session_id, state in zip(session_ids, states, strict=True):
            save_exercise(case, state, session_id, label=f"Demo: {exercise.title}")


register_extender(extend_case)
