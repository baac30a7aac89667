"""Fill a demo case with a genogram, exercises and scales when the demo did not.

The demo's own extenders (genogram, exercises, forms) add this content to demo vaults as
they land; until then the report tests and ``bench/report.py`` need full cases, so this
adds the same fictional content through the same core APIs. A case that already has a
kind of content is left alone.

What the case's register card says the added content says too, by the helpers the demo's
extenders use: the intake's age group, relationship and children (``intake_hint``), the
scale's partner and children (``facts``), the family map's birth year, couple and children,
and the exercises' partner and children. The sample drew its own: a single, childless
client's summary printed an intake of another age group, a wife on the map and "my
children" in the exercises, beside the card that said otherwise.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kastdesk import demo
from kastdesk.domain.models import ClientProfile
from kastdesk.exercises.demo import CardFacts, make_demo_exercises
from kastdesk.exercises.storage import KIND as EXERCISE_KIND
from kastdesk.forms.demo import make_demo_intake, make_demo_responses
from kastdesk.forms.storage import KIND as FORM_KIND
from kastdesk.genogram.demo import ClientFacts, make_demo_genogram

from .snapshot import GENOGRAM_KIND


def _age(profile: ClientProfile) -> int | None:
    """The client's age at first contact, as the demo gives it; None without an age group."""
    if profile.age_group not in demo.AGE_GROUPS:
        return None
    return demo.demo_age(profile.code, profile.age_group)


def _genogram(
    rng: random.Random, profile: ClientProfile, age: int | None, size: int, now: date
) -> dict[str, Any]:
    """The family map as the demo draws it, as the card says where it gives an age group.

    Drawn by the demo's own ``demo_genogram``, so an anonymous client is "client" on the
    map, not a name the register does not have.
    """
    from kastdesk.genogram.demo_case import LARGE_SIZE, demo_genogram  # after load_extenders

    facts = None
    if age is not None and profile.first_contact_date is not None:
        facts = ClientFacts(
            born=profile.first_contact_date.year - age,
            relationship=profile.relationship_status,
            children=profile.children or 0,
            now=now.year,
        )
    gender = str(profile.gender.value)
    if size in (0, LARGE_SIZE):
        return demo_genogram(rng, profile.name, gender, size == LARGE_SIZE, facts).to_dict()
    sex = "female" if gender == "woman" else "male"
    return make_demo_genogram(rng, profile.name, sex, size, facts).to_dict()


def _forms(
    rng: random.Random, profile: ClientProfile, age: int | None, start: date, end: date
) -> list[dict[str, Any]]:
    """The intake and the self-rating answer sheets, with the card's facts in their answers.

    The scale at the start is answered the day of the intake, so the intake's "when did the
    person last buy sex" is set from the purchase that scale dates, as the demo does.
    """
    from kastdesk.forms.demo_case import intake_hint, last_purchase  # after load_extenders

    hint = intake_hint(profile, age or 0, rng)
    if age is None:
        del hint["age_group"]  # the card has no age group: the intake's is drawn
    intake = make_demo_intake(rng, {**hint, "answered_at": start})
    facts = None
    if profile.relationship_status:
        facts = {"has_partner": profile.relationship_status in demo.PARTNERED}
    if profile.children is not None:
        facts = {**(facts or {}), "has_children": profile.children > 0}
    # The intake's "how often" caps the scale's, as in the demo; without it the scale at
    # the start said at most "once" in three months of a client who paid every week.
    facts = {**(facts or {}), "habit": intake["answers"].get("purchase_frequency")}
    responses = make_demo_responses(
        rng, start, end, end + timedelta(days=182), skip_probability=0.0, facts=facts
    )
    first = next((r for r in responses if r["variant"] == "start"), None)
    bought = first["answers"].get("last_bought_sex") if first else None
    if first and bought and "last_purchase" in intake["answers"]:
        days = (date.fromisoformat(first["answered_at"]) - date.fromisoformat(bought)).days
        intake["answers"]["last_purchase"] = last_purchase(days)
    return [intake, *responses]


def ensure_demo_content(case: Any, rng: random.Random, genogram_size: int = 0) -> None:
    """Add a fictional genogram, exercise states and form responses where missing.

    The words and answers follow the case's register card (see the module's docstring); a
    card that leaves a fact out (no age group, no relationship) leaves it drawn.
    """
    # The demo's extender modules register themselves on import, and the order they are
    # registered in is the order they draw from each demo client's random stream. Loaded
    # here in the demo's own order, so a process that makes a sample before a demo vault
    # (the report tests) gets the same demo vault as ``kastdesk --demo``.
    demo.load_extenders()
    profile = case.profile.get()
    sessions = case.sessions.list(with_versions=False)
    start = (
        sessions[0].starts_at.date()
        if sessions
        else (profile.first_contact_date or date(2025, 1, 1))
    )
    end = sessions[-1].starts_at.date() if sessions else start + timedelta(days=90)
    age = _age(profile)
    with case.transaction("Demo: report content"):
        if not case.documents.list_ids(GENOGRAM_KIND):
            g = _genogram(rng, profile, age, genogram_size, end)
            case.documents.put(GENOGRAM_KIND, "main", g)
        if not case.documents.list_ids(EXERCISE_KIND):
            stage = min(1.0, len(sessions) / 30)
            facts = CardFacts.from_profile(profile)
            for exercise_id, data in make_demo_exercises(rng, stage, end, facts).items():
                case.documents.put(EXERCISE_KIND, exercise_id, data)
        if not case.documents.list_ids(FORM_KIND):
            from kastdesk.forms.demo_case import as_flagged  # after load_extenders

            forms = _forms(rng, profile, age, start, end)
            as_flagged(case, forms[0])
            for response in forms:
                case.documents.put(FORM_KIND, response["response_id"], response)
