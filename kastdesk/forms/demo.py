"""Fictional, believable form responses for demo vaults, screenshots and tests.

Everything is drawn from the given ``random.Random`` so a seed reproduces a vault. The
answers always validate against the shipped definitions.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kastdesk.demo_text import children_text, form_text
from kastdesk.forms.definitions import get_family
from kastdesk.forms.model import FormDefinition, Item, ItemType
from kastdesk.forms.responses import EnteredBy, FormResponse, visible_items

#: Responses dated before this day are filled in on version 1 of the self-rating scale,
#: so demo case files exercise the version mapping like real old data would.
SELF_RATING_V2_FROM = date(2025, 1, 1)

#: The client's reason in their own words; the first two only from someone with a partner.
_PARTNER_REASONS = (
    "I want to stop before my partner finds out.",
    "My partner found messages on my phone.",
)
_REASON_TEXTS = (
    "I keep doing something I do not want to do.",
    "I feel ashamed and want to understand why I do it.",
    "",
)
#: The relationship statuses in which the client has a partner now; the intake's answers
#: and the register card's use the same words (the intake's partner items show for these).
PARTNERED = frozenset({"partner_living_together", "married", "partner_living_apart"})
#: The family situation in a sentence, by the intake's relationship answer; the children and
#: the childhood are added to it, so the text says what the answers above it say.
_HOME = {
    "single": ("Lives alone.", "Single; lives alone."),
    "partner_living_together": (
        "Lives with partner.",
        "Lives with partner; little closeness at home lately.",
    ),
    "partner_living_apart": (
        "Has a partner who lives elsewhere.",
        "In a relationship; they keep separate homes.",
    ),
    "married": ("Married for many years; little closeness at home lately.", "Married."),
    "separated": ("Lives alone since a separation last year.", "Separated; lives alone."),
    "widowed": ("Widowed; lives alone.", "Lives alone since losing a partner."),
    "other": ("Lives with a friend.",),
}
_CHILDREN = {0: "No children.", 1: "One child.", 2: "Two children.", 3: "Three children."}
_CHILDHOOD = ("Parents divorced when the client was small.", "Grew up with both parents.", "")
#: Choices only a client with a partner now would tick (the triggers, "harms the
#: relationship"), left out with "other" for one without: a single client's intake said the
#: buying harmed a relationship the same intake said there was none of.
_PARTNER_CHOICES = {
    "purchase_triggers": frozenset({"other", "relationship_conflict", "partner_away"}),
    "how_problem": frozenset({"other", "none", "unknown", "relationship"}),
}
#: Free text for any client: no "he" (some demo clients are women) and no partner or family
#: (some have neither); the family situation is written from the answers instead.
_INTAKE_TEXTS = {
    "social_background": (
        "Grew up in a small town, few friends, works long hours.",
        "Large network at work, nobody to talk to about personal things.",
        "Moved to the city for studies; drinks more when lonely.",
    ),
    "how_problem_notes": (
        "Feels like two people: the one others know and the one who buys.",
        "Spends money that is hard to account for.",
        "Afraid of being caught and of losing the job.",
    ),
    "trigger_notes": (
        "Evenings alone; scrolling pornography leads to escort ads.",
        "Work trips and hotel evenings.",
    ),
}


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _pick_scale(item: Item, quality: float, rng: random.Random) -> str:
    """Choose a scale step: ``quality`` 0 is the worst end, 1 the best, plus some noise."""
    steps = sorted(item.choices, key=lambda c: c.value or 0.0)
    if item.better == "lower":
        steps.reverse()
    q = _clamp(quality + rng.uniform(-0.15, 0.15))
    return steps[round(q * (len(steps) - 1))].id


def _fill(
    definition: FormDefinition,
    variant: str,
    answer_for: Any,
    rng: random.Random,
    skip_optional: float,
) -> dict[str, Any]:
    """Answer visible items in order; ``answer_for(item)`` returns a value or ``None``."""
    answers: dict[str, Any] = {}
    for item in definition.items_for(variant):
        if item.id not in visible_items(definition, answers, variant):
            continue
        if not item.required and rng.random() < skip_optional:
            continue
        value = answer_for(item)
        if value is not None and value != "" and value != []:
            answers[item.id] = value
    return answers


#: The scale's "during the last three months, how often did you pay for sex", least first.
FREQUENCIES = ("never", "once", "monthly", "weekly", "daily")
#: The most often the scale may say for the intake's "how often has the person bought sex":
#: a client who bought "about monthly" did not pay "nearly every day" in the last three
#: months. Without the intake's answer, at most once (any intake answer allows that).
FREQUENCY_CAP = {"once": "once", "a_few_times": "once", "monthly": "monthly",
                 "weekly": "weekly", "more_often": "daily"}
#: Days in the scale's "last three months".
WINDOW_DAYS = 91


def frequency_for(drawn: str, days_since: int, habit: str | None) -> str:
    """The scale's buying frequency that the last purchase ``days_since`` ago allows.

    None in the last three months if the last purchase is older; at least once if it is
    inside them, and no more often than the intake's ``habit`` or the part of the three
    months left after it allow (paid "nearly every day", last paid months ago, was printed).
    """
    if days_since > WINDOW_DAYS:
        return "never"
    rank = max(FREQUENCIES.index(drawn), 1)
    rank = min(rank, FREQUENCIES.index(FREQUENCY_CAP.get(habit or "", "once")))
    left = WINDOW_DAYS - days_since
    if left < 28:
        rank = min(rank, 1)
    elif left < 56:
        rank = min(rank, 2)
    return FREQUENCIES[rank]


def _self_rating_answers(
    definition: FormDefinition,
    variant: str,
    quality: float,
    answered_at: date,
    person: dict[str, Any],
    rng: random.Random,
) -> dict[str, Any]:
    # One last purchase per answer sheet, so "bought in the last year" and "when did you
    # last pay" never contradict each other; never before the one an earlier sheet gave
    # (a purchase does not move back in time between the start and the end).
    # Recent at the start (most clients come while still paying), long ago when it went well:
    # the start sheets' purchase was two to nine months old, so almost every start sheet
    # said at most "once" in the last three months, whatever the intake's "how often".
    days_since_purchase = int(3 + quality * quality * 600 + rng.uniform(0, 30))
    # A purchase between the earlier sheet's purchase and the day that sheet was answered
    # would be one the earlier sheet should have given: the later sheet gives either the
    # same purchase or one made after the earlier sheet.
    earlier: date | None = person.get("last_purchase")
    earlier_sheet: date | None = person.get("last_sheet")
    if earlier is not None:
        days_since_purchase = min(days_since_purchase, (answered_at - earlier).days)
        bought = answered_at - timedelta(days=days_since_purchase)
        if earlier_sheet is not None and earlier < bought <= earlier_sheet:
            days_since_purchase = (answered_at - earlier).days
    person["last_purchase"] = answered_at - timedelta(days=days_since_purchase)
    person["last_sheet"] = answered_at

    def answer(item: Item) -> Any:
        fixed = {
            "has_bought_sex": True,
            "has_partner": person["has_partner"],
            "has_children": person["has_children"],
            "reason_for_coming": person["reasons"],
            "distress_behaviours": person["distress"],
        }
        if item.id in fixed:
            return fixed[item.id]
        if item.id == "reason_in_words":
            return person["reason_text"]
        if item.id == "bought_sex_last_year":
            return days_since_purchase <= 365
        if item.id == "last_bought_sex":
            return (answered_at - timedelta(days=days_since_purchase)).isoformat()
        if item.id == "refrained_because_of_treatment":
            return "yes" if quality > 0.6 else ("partly" if quality > 0.35 else "no")
        if item.id == "buying_frequency":
            drawn = _pick_scale(item, quality, rng)
            return frequency_for(drawn, days_since_purchase, person.get("habit"))
        if item.type is ItemType.ORDERED_SCALE:
            # Experiences of the treatment are mostly rated well, whatever the outcome.
            q = 0.8 if item.section_id == "treatment" else quality
            return _pick_scale(item, q, rng)
        if item.type is ItemType.YES_NO:
            good = rng.random() < quality
            return good if item.better == "yes" else not good
        return None

    return _fill(definition, variant, answer, rng, skip_optional=0.05)


def make_demo_responses(
    rng: random.Random,
    start_date: date,
    end_date: date | None,
    followup_date: date | None,
    skip_probability: float = 0.2,
    facts: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Self-rating responses (``FormResponse.to_dict()``) at start, end and follow-up.

    Well-being and control improve from start to end by a random amount; at follow-up
    they hold or slip a little, as real courses do. Each point is left out with
    ``skip_probability`` (few real clients answer all three). ``facts`` fixes
    ``has_partner`` and ``has_children`` (a demo case's register card knows them); without
    it they are drawn, and every answer sheet of the person gives the same ones; its
    ``habit`` (the intake's "how often has the person bought sex") caps how often a sheet
    says the client paid in the last three months.
    """
    family = get_family("self_rating")
    person = {
        "has_partner": rng.random() < 0.6,
        "has_children": rng.random() < 0.45,
        "reasons": rng.sample(["buying_sex", "pornography", "relationship", "someone_asked"], 2),
        "distress": ["buying_sex", *(["pornography"] if rng.random() < 0.6 else [])],
    }
    person.update(facts or {})  # after drawing, so the draws after it stay as they were
    if not person["has_partner"]:
        # "My relationship" as a reason for coming, from a client the same sheet says has no
        # partner: the first reason not drawn stands in (no draw, the rest stay as they were).
        spare = [r for r in ("buying_sex", "someone_asked") if r not in person["reasons"]]
        person["reasons"] = [r if r != "relationship" else spare[0] for r in person["reasons"]]
    reasons = _REASON_TEXTS + (_PARTNER_REASONS if person["has_partner"] else ())
    person["reason_text"] = form_text(rng.choice(reasons))
    start_q = rng.uniform(0.1, 0.4)
    end_q = _clamp(start_q + rng.uniform(0.15, 0.55))
    follow_q = _clamp(end_q + rng.uniform(-0.2, 0.1))
    points = [("start", start_date, start_q), ("end", end_date, end_q)]
    points.append(("follow_up", followup_date, follow_q))
    responses: list[dict[str, Any]] = []
    for variant, day, quality in points:
        if day is None or rng.random() < skip_probability:
            continue
        definition = family.get(1) if day < SELF_RATING_V2_FROM else family.latest
        answers = _self_rating_answers(definition, variant, quality, day, person, rng)
        response = FormResponse(
            form_id=family.form_id,
            form_version=definition.version,
            variant=variant,
            answered_at=day,
            entered_by=EnteredBy.CLIENT if rng.random() < 0.7 else EnteredBy.THERAPIST,
            answers=answers,
            response_id=f"{rng.getrandbits(128):032x}",
        )
        responses.append(response.to_dict())
    return responses


_INTAKE_WEIGHTS: dict[str, dict[str, float]] = {
    "age_group": {
        "age_18_24": 1,
        "age_25_34": 4,
        "age_35_44": 5,
        "age_45_54": 4,
        "age_55_64": 2,
        "age_65_plus": 0.5,
    },
    "client_gender": {"man": 20, "woman": 0.5, "non_binary": 0.3, "not_stated": 0.5},
    "relationship_status": {
        "single": 4,
        "partner_living_together": 4,
        "partner_living_apart": 1,
        "married": 4,
        "separated": 1.5,
        "widowed": 0.2,
        "other": 0.3,
    },
    "porn_use": {"never": 1, "sometimes": 4, "often": 4, "daily": 2},
    "preferred_therapist_gender": {"no_preference": 8, "woman": 1, "man": 1.5},
    "suspected_trafficking": {"no": 4, "unsure": 4, "yes": 1.5},
    "sti_exposure": {"no": 5, "unsure": 3, "yes": 1},
}


def _family_situation(given: dict[str, Any], rng: random.Random) -> str:
    """The family situation in words, from the intake's relationship and children answers."""
    home = form_text(rng.choice(_HOME.get(str(given.get("relationship_status")), ("",))))
    count = given.get("children_count") if given.get("has_children") else 0
    if given.get("has_children") is None:
        children = ""  # not asked: the text does not guess
    elif count is None:
        children = form_text("Has children.")
    else:
        children = form_text(_CHILDREN.get(int(count), children_text(int(count))))
    return " ".join(t for t in (home, children, form_text(rng.choice(_CHILDHOOD))) if t)


def make_demo_intake(
    rng: random.Random, profile_hint: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One intake response (``FormResponse.to_dict()``) for a fictional client.

    ``profile_hint`` fixes answers by item id (e.g. ``{"age_group": "age_35_44",
    "has_children": True}``) so intake agrees with the rest of a demo case; the keys
    ``answered_at`` (date) and ``entered_by`` set those fields. Hints for hidden items
    are ignored so the result always validates. The answers agree with each other too:
    the family situation in words says what the relationship and children items say, and a
    client without a partner has no partner-related triggers.
    """
    hint = dict(profile_hint or {})
    answered_at = hint.pop("answered_at", date(2025, 3, 3))
    entered_by = EnteredBy(hint.pop("entered_by", EnteredBy.THERAPIST))
    definition = get_family("intake").latest
    given: dict[str, Any] = {}  # the answers so far, for those that must agree with them

    def answer(item: Item) -> Any:
        value = hint[item.id] if item.id in hint else draw(item)
        given[item.id] = value
        return value

    def draw(item: Item) -> Any:
        if item.id == "has_bought_sex":
            return rng.random() < 0.92
        if item.id in ("in_target_group",):
            return rng.random() < 0.95
        if item.id == "family_situation":
            return _family_situation(given, rng)
        if item.id == "bought_from":
            # Buyers in the clinics mostly paid women (the notes say so); some others too.
            return ["women", *rng.sample(["men", "trans_persons"], rng.choice([0, 0, 0, 1]))]
        if item.id in _PARTNER_CHOICES and given.get("relationship_status") not in PARTNERED:
            ids = [c for c in item.choice_ids if c not in _PARTNER_CHOICES[item.id]]
            return rng.sample(ids, rng.randint(1, 3))
        if item.id == "purchase_frequency":
            # Every demo client bought more than once (the notes say "several times a
            # year"); drawn from all the choices, so the draws after it stay in place.
            chosen = rng.choice(item.choice_ids)
            return "a_few_times" if chosen == "once" else chosen
        if item.id == "suicidal_thoughts":
            return rng.random() < 0.08
        if item.id in _INTAKE_WEIGHTS:
            weights = _INTAKE_WEIGHTS[item.id]
            return rng.choices(list(weights), weights=list(weights.values()))[0]
        if item.id in _INTAKE_TEXTS:
            return form_text(rng.choice(_INTAKE_TEXTS[item.id]))
        if item.type is ItemType.YES_NO:
            return rng.random() < 0.5
        if item.type is ItemType.SINGLE_CHOICE:
            return rng.choice(item.choice_ids)
        if item.type is ItemType.MULTI_CHOICE:
            ids = [c for c in item.choice_ids if c not in ("none", "other", "unknown")]
            return rng.sample(ids, rng.randint(1, min(3, len(ids))))
        if item.type is ItemType.NUMBER:
            lo, hi = int(item.minimum or 0), int(item.maximum or 10)
            return rng.randint(lo, min(hi, lo + 3))
        if item.id == "referred_to":
            return form_text("Family counselling service")
        return None

    answers = _fill(definition, "default", answer, rng, skip_optional=0.1)
    response = FormResponse(
        form_id="intake",
        form_version=definition.version,
        variant="default",
        answered_at=answered_at,
        entered_by=entered_by,
        answers=answers,
        response_id=f"{rng.getrandbits(128):032x}",
    )
    return response.to_dict()
