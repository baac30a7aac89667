"""Read one case into a plain, JSON-ready snapshot that reports and packets are made from.

Reports never read the store while laying out pages: the snapshot is taken once (fast,
in the worker thread), pseudonymized as a whole if asked, then written. The same
snapshot travels inside a supervision packet, so supervisor mode shows exactly what the
PDF shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kastdesk.exercises import get_exercise
from kastdesk.exercises.storage import load_exercise, started_exercises
from kastdesk.forms import compare_responses, get_family
from kastdesk.forms.compare import chart_series
from kastdesk.forms.storage import list_responses
from kastdesk.i18n import N_, tr

FORMAT = "kastdesk.case_snapshot"
GENOGRAM_KIND = "genogram"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def load_genogram_dict(case: Any) -> dict[str, Any] | None:
    """The case's genogram document (the first one, if a case ever holds several)."""
    for doc_id in case.documents.list_ids(GENOGRAM_KIND):
        data = case.documents.get(GENOGRAM_KIND, doc_id)
        if data:
            return dict(data)
    return None


def _in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def collect_case(
    case: Any,
    therapist: str = "",
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Everything a case summary can show, as plain data (dates as ISO text)."""
    today = today or date.today()
    profile = case.profile.get()
    sessions = [
        s for s in case.sessions.list() if _in_range(s.starts_at.date(), start, end)
    ]
    snap: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
        "client_id": str(profile.id),
        "code": profile.code,
        "name": profile.name,
        "therapist": therapist or profile.therapist,
        "profile": {
            "gender": profile.gender.value,
            "age_group": profile.age_group,
            "relationship_status": profile.relationship_status,
            "children": profile.children,
            "referral_source": profile.referral_source.value,
            "contact_channel": profile.contact_channel.value,
            "first_contact_date": _iso(profile.first_contact_date),
            "preferred_therapist_gender": profile.preferred_therapist_gender,
            "status": profile.status.value,
            "followup_due": _iso(profile.followup_due),
        },
        "status_history": [
            {"at": h.at.isoformat(), "status": h.status.value, "note": h.note, "by": h.by}
            for h in case.profile.history()
        ],
        "period": {
            "from": _iso(start) or (sessions[0].starts_at.date().isoformat() if sessions
                                    else _iso(profile.first_contact_date)),
            "to": _iso(end) or (sessions[-1].starts_at.date().isoformat() if sessions
                                else today.isoformat()),
        },
        "sessions": [
            {
                "id": str(s.id),
                "number": number,
                "starts_at": s.starts_at.isoformat(timespec="minutes"),
                "duration_min": s.duration_min,
                "modality": s.modality.value,
                "present": s.present.value,
                "topics": list(s.topics),
                "note": s.note,
                "signed_at": s.signed_at,
                "signed_by": s.signed_by,
                "amendments": [
                    {"id": v.id, "text": v.text, "reason": v.reason, "at": v.at,
                     "author": v.author}
                    for v in s.amendments
                ],
            }
            for number, s in enumerate(sessions, start=1)
        ],
        "goals": [
            {
                "id": str(g.id),
                "text": g.text,
                "state": g.state.value,
                "set_on": g.set_on.isoformat(),
                "original_text": g.original_text,
                "events": [
                    {"at": e.at.isoformat(), "kind": e.kind.value, "text": e.text,
                     "note": e.note, "by": e.by}
                    for e in g.events
                ],
            }
            for g in case.goals.list()
        ],
        "flags": [
            {"id": str(f.id), "kind": f.kind.value, "note": f.note, "set_at": f.set_at,
             "set_by": f.set_by, "cleared_at": f.cleared_at, "cleared_by": f.cleared_by}
            for f in case.flags.list()
        ],
        "genogram": load_genogram_dict(case),
        "reference_year": (end or today).year,
        "exercises": _exercises(case, end or today),
        "intake": _intake(case),
        "self_rating": _self_rating(case),
    }
    return snap


def _exercises(case: Any, today: date) -> list[dict[str, Any]]:
    out = []
    for exercise_id in started_exercises(case):
        try:
            exercise = get_exercise(exercise_id)
            state = load_exercise(case, exercise_id)
        except (KeyError, ValueError):
            continue  # an exercise this build does not know; the report skips it
        if state is None:
            continue
        if exercise_id == "urge_log":
            summary = exercise.summary(state, today=today)  # type: ignore[call-arg]
        else:
            summary = exercise.summary(state)
        out.append({"id": exercise_id, "title": exercise.display_title(), "summary": summary})
    return out


def _intake(case: Any) -> dict[str, Any] | None:
    responses = list_responses(case, "intake")
    if not responses:
        return None
    latest = responses[-1]
    comparison = compare_responses(get_family("intake"), [latest])
    return {
        "answered_at": latest.answered_at.isoformat(),
        "rows": [{"label": r.label, "value": r.cells[0].display} for r in comparison.rows
                 if r.cells and r.cells[0].display],
    }


# Marked for the translation catalogues (N_), translated where they are shown.
VARIANT_LABELS = {"start": N_("Report", "Start"), "end": N_("Report", "End"),
                  "follow_up": N_("Report", "Follow-up")}


def variant_label(variant: str) -> str:
    return tr("Report", VARIANT_LABELS.get(variant, variant.replace("_", " ").capitalize()))


def _self_rating(case: Any) -> dict[str, Any] | None:
    responses = list_responses(case, "self_rating")
    if not responses:
        return None
    family = get_family("self_rating")
    comparison = compare_responses(family, responses)
    series = chart_series(family, comparison)
    # Each point names its column: two measurement points may share a variant (the 6- and
    # 24-month follow-up, a second start after a case is reopened), even a day.
    answered: dict[str, list[int]] = {
        r.item_id: [i for i, cell in enumerate(r.cells) if cell.numeric is not None]
        for r in comparison.rows
    }
    return {
        "columns": [
            {"variant": c.variant, "date": c.answered_at.isoformat(),
             "version": c.original_version}
            for c in comparison.columns
        ],
        "rows": [
            {"label": r.label, "cells": [
                {"display": c.display, "change": c.change.value if c.change else None}
                for c in r.cells
            ]}
            for r in comparison.rows
        ],
        "series": [
            {"label": s.label, "better": s.better, "min": s.minimum, "max": s.maximum,
             "points": [{"variant": p.variant, "date": p.answered_at.isoformat(),
                         "value": p.value, "column": column}
                        for p, column in zip(s.points, answered[s.item_id], strict=True)]}
            for s in series
        ],
    }
