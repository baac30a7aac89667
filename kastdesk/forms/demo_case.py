"""Demo extender: intake answers and self-rating responses on a fictional client's real dates.

The intake is dated at the first session (or first contact), the self-rating scale at
the start, the end of treatment and six months after the last contact, as the clinics
do it. Some points are skipped, because few real clients answer all three: the
comparison view and the due list must look right with gaps.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from kastdesk.demo import register_extender
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
    hint: dict[str, Any] = {"answered_at": first_day}
    if profile.children is not None:
        hint["has_children"] = profile.children > 0
    data = make_demo_intake(rng, hint)
    # The intake's gender agrees with the profile's (one client was a man in the register and
    # a woman in the intake form). Set after drawing, so every other demo answer stays the same.
    gender = _INTAKE_GENDER.get(str(profile.gender or ""))
    if gender is not None and "client_gender" in data.get("answers", {}):
        data["answers"]["client_gender"] = gender
    intake = FormResponse.from_dict(data)
    save_response(case, intake, _session_on(past, first_day), label="Demo: intake answers")
    if not past:
        return
    end_day = past[-1].starts_at.date() if outcome in _ENDED and len(past) > 1 else None
    # An ended case still waits for its follow-up interview (the due view lists it once the
    # date nears); a case in follow-up or closed had it, so its follow-up scale is answered.
    follow_day = follow_up_date(end_day) if end_day and outcome != "ended" else None
    if follow_day is not None and follow_day > anchor:
        follow_day = None
    # The showcase case answers at every point, so its summary shows the whole scale.
    skip = 0.0 if info.get("large") else SKIP_PROBABILITY
    for data in make_demo_responses(rng, first_day, end_day, follow_day, skip):
        response = FormResponse.from_dict(data)
        save_response(
            case,
            response,
            _session_on(past, response.answered_at),
            label="Demo: self-rating answers",
        )


register_extender(extend_case)
