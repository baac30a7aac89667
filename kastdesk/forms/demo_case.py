"""Demo extender: intake answers and self-rating responses on a fictional client's real dates.

The intake is dated at the first session (or first contact), the self-rating scale at
the start, the end of treatment and six months after the last contact, as the clinics
do it. Some points are skipped, because few real clients answer all three: the
comparison view and the due list must look right with gaps.

What the register card says (age group, gender, relationship, children, the therapist
asked for, who referred the client) the forms say too: their answers are made from the
card, never drawn beside it (a client was 18-29 and separated on the card, 45-54 and
single in the intake, and the case summary printed both).
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from kastdesk.demo import PARTNERED, register_extender
from kastdesk.domain.models import ClientProfile, RiskKind
from kastdesk.forms.demo import make_demo_intake, make_demo_responses
from kastdesk.forms.responses import FormResponse
from kastdesk.forms.schedule import follow_up_date
from kastdesk.forms.storage import save_response

_ENDED = ("ended", "follow_up", "closed")
#: Share of measurement points left unanswered in the demo (the report's real problem).
SKIP_PROBABILITY = 0.25


def _session_on(sessions: list[Any], day: date) -> str | None:
    return next((s.id for s in sessions if s.starts_at.date() == day), None)


#: The profile's gender as the intake form's choice of the same.
_INTAKE_GENDER = {"man": "man", "woman": "woman", "other": "non_binary", "unknown": "not_stated"}
#: The register's relationship statuses as the intake form's choices of the same.
INTAKE_RELATIONSHIP = {
    "single": "single",
    "partner_living_together": "partner_living_together",
    "married": "married",
    "partner_living_apart": "partner_living_apart",
    "separated_divorced": "separated",
    "widowed": "widowed",
}
#: The therapist the register says the client asked for, as the intake's choice.
_INTAKE_THERAPIST = {"": "no_preference", "woman": "woman", "man": "man"}
#: How a client referred by someone found the clinic; one who came of their own accord (or
#: from the website) found it in one of several ways, drawn.
_HOW_FOUND = {
    "police": ("police_referral",),
    "partner": ("partner",),
    "health_service": ("health_service",),
    "social_services": ("other",),
    "other": ("other", "friend"),
    "website": ("web_search", "social_media_ad", "escort_site_link"),
    "own_initiative": ("web_search", "social_media_ad", "escort_site_link", "news_media", "friend"),
}
#: The intake's age groups, youngest age first: (choice id, youngest, oldest).
_INTAKE_AGES = (
    ("under_18", 0, 17),
    ("age_18_24", 18, 24),
    ("age_25_34", 25, 34),
    ("age_35_44", 35, 44),
    ("age_45_54", 45, 54),
    ("age_55_64", 55, 64),
    ("age_65_plus", 65, 200),
)


def intake_age_group(age: int) -> str:
    """The intake form's age group (ten-year groups from 25) for an age in years."""
    return next(choice for choice, low, high in _INTAKE_AGES if low <= age <= high)


def intake_hint(profile: ClientProfile, age: int, rng: random.Random) -> dict[str, Any]:
    """The intake answers the register card already gives, by item id.

    ``age`` is the client's age at first contact (inside the card's age group, which is
    the intake's). Every demo client bought sex and belongs to the target
    group: the notes and the self-rating scale say so.
    """
    hint: dict[str, Any] = {
        "age_group": intake_age_group(age),
        "has_bought_sex": True,
        "in_target_group": True,
        "contact_reason": [
            "bought_sex",
            *(["compulsive_sexual_behaviour"] if rng.random() < 0.3 else []),
        ],
        "preferred_therapist_gender": _INTAKE_THERAPIST.get(
            profile.preferred_therapist_gender, "no_preference"
        ),
        "how_found": rng.choice(_HOW_FOUND.get(str(profile.referral_source), ("other",))),
    }
    gender = _INTAKE_GENDER.get(str(profile.gender or ""))
    if gender is not None:
        hint["client_gender"] = gender
    if profile.relationship_status in INTAKE_RELATIONSHIP:
        hint["relationship_status"] = INTAKE_RELATIONSHIP[profile.relationship_status]
    if profile.children is not None:
        hint["has_children"] = profile.children > 0
        if profile.children:
            hint["children_count"] = profile.children
    return hint


def last_purchase(days: int) -> str:
    """The intake's "when did the person last buy sex" for a purchase ``days`` ago."""
    if days <= 31:
        return "last_month"
    if days <= 183:
        return "last_6_months"
    return "last_year" if days <= 365 else "over_a_year"


def as_flagged(case: Any, intake: dict[str, Any]) -> None:
    """Set the intake's "suicidal thoughts lately" to yes where the case has a
    suicidal-thoughts flag raised by the intake's day: an intake saying "no" beside a flag
    raised that day contradicted itself on the summary's page. No random draw, so the rest
    of the demo stays as it was."""
    day = str(intake["answered_at"])[:10]
    if "suicidal_thoughts" in intake["answers"] and any(
        flag.kind is RiskKind.SUICIDAL and flag.set_at[:10] <= day for flag in case.flags.list()
    ):
        intake["answers"]["suicidal_thoughts"] = True


def extend_case(case: Any, rng: random.Random, info: dict[str, Any]) -> None:
    """Save an intake response and the self-rating responses this case would have."""
    rng = random.Random(rng.getrandbits(64))  # one draw: later extenders stay stable
    outcome: str = info["outcome"]
    if outcome == "first_contact":
        return
    anchor: date = info["anchor"]
    past = [s for s in info.get("sessions", []) if s.starts_at.date() <= anchor]
    profile = case.profile.get()
    first_day = past[0].starts_at.date() if past else (profile.first_contact_date or anchor)
    hint = intake_hint(profile, info["age"], rng)
    data = make_demo_intake(rng, {**hint, "answered_at": first_day})
    habit = data["answers"].get("purchase_frequency")
    responses = _self_ratings(rng, info, past, profile, first_day, habit) if past else []
    # The scale at the start is answered the same day as the intake: the last purchase it
    # dates is the one the intake's "when did the person last buy sex" places.
    start = next((r for r in responses if r["variant"] == "start"), None)
    bought = start["answers"].get("last_bought_sex") if start else None
    if bought and "last_purchase" in data["answers"]:
        days = (date.fromisoformat(start["answered_at"]) - date.fromisoformat(bought)).days
        data["answers"]["last_purchase"] = last_purchase(days)
    as_flagged(case, data)
    intake = FormResponse.from_dict(data)
    save_response(case, intake, _session_on(past, first_day), label="Demo: intake answers")
    for data in responses:
        response = FormResponse.from_dict(data)
        save_response(
            case,
            response,
            _session_on(past, response.answered_at),
            label="Demo: self-rating answers",
        )


def _self_ratings(
    rng: random.Random,
    info: dict[str, Any],
    past: list[Any],
    profile: ClientProfile,
    first_day: date,
    habit: str | None = None,
) -> list[dict[str, Any]]:
    """The self-rating answer sheets (``FormResponse.to_dict()``) of a case with sessions."""
    outcome: str = info["outcome"]
    end_day = past[-1].starts_at.date() if outcome in _ENDED and len(past) > 1 else None
    # An ended case still waits for its follow-up interview (the due view lists it once the
    # date nears); a case in follow-up or closed had it, so its follow-up scale is answered.
    follow_day = follow_up_date(end_day) if end_day and outcome != "ended" else None
    if follow_day is not None and follow_day > info["anchor"]:
        follow_day = None
    # The showcase case answers at every point, so its summary shows the whole scale.
    skip = 0.0 if info.get("large") else SKIP_PROBABILITY
    facts = {
        "has_partner": profile.relationship_status in PARTNERED,
        "has_children": bool(profile.children),
        "habit": habit,
    }
    return make_demo_responses(rng, first_day, end_day, follow_day, skip, facts)


register_extender(extend_case)
