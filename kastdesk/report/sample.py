"""Fill a demo case with a genogram, exercises and scales when the demo did not.

The demo's own extenders (genogram, exercises, forms) add this content to demo vaults as
they land; until then the report tests and ``bench/report.py`` need full cases, so this
adds the same fictional content through the same core APIs. A case that already has a
kind of content is left alone.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kastdesk.exercises.demo import make_demo_exercises
from kastdesk.exercises.storage import KIND as EXERCISE_KIND
from kastdesk.forms.demo import make_demo_intake, make_demo_responses
from kastdesk.forms.storage import KIND as FORM_KIND
from kastdesk.genogram.demo import make_demo_genogram

from .snapshot import GENOGRAM_KIND


def ensure_demo_content(case: Any, rng: random.Random, genogram_size: int = 0) -> None:
    """Add a fictional genogram, exercise states and form responses where missing."""
    profile = case.profile.get()
    sessions = case.sessions.list(with_versions=False)
    start = sessions[0].starts_at.date() if sessions else (profile.first_contact_date
                                                            or date(2025, 1, 1))
    end = sessions[-1].starts_at.date() if sessions else start + timedelta(days=90)
    with case.transaction("Demo: report content"):
        if not case.documents.list_ids(GENOGRAM_KIND):
            sex = "female" if profile.gender.value == "woman" else "male"
            g = make_demo_genogram(rng, profile.name, sex, size=genogram_size)
            case.documents.put(GENOGRAM_KIND, "main", g.to_dict())
        if not case.documents.list_ids(EXERCISE_KIND):
            stage = min(1.0, len(sessions) / 30)
            for exercise_id, data in make_demo_exercises(rng, stage, end).items():
                case.documents.put(EXERCISE_KIND, exercise_id, data)
        if not case.documents.list_ids(FORM_KIND):
            intake = make_demo_intake(rng, {"answered_at": start})
            case.documents.put(FORM_KIND, intake["response_id"], intake)
            for response in make_demo_responses(rng, start, end, end + timedelta(days=182),
                                                skip_probability=0.0):
                case.documents.put(FORM_KIND, response["response_id"], response)
