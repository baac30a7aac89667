"""Read one case into a plain, JSON-ready snapshot that reports and packets are made from.

Reports never read the store while laying out pages: the snapshot is taken once (fast,
in the worker thread), pseudonymized as a whole if asked, then written. The same
snapshot travels inside a supervision packet, so supervisor mode shows exactly what the
PDF shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from kastdesk.domain.course import missed_before_closing, treatment_left_on
from kastdesk.domain.models import Status
from kastdesk.domain.status import FOLLOW_UP_PENDING
from kastdesk.exercises import get_exercise
from kastdesk.exercises.storage import load_exercise, started_exercises
from kastdesk.forms import FORMS_CONTEXT, compare_responses, get_family
from kastdesk.forms.compare import chart_series
from kastdesk.forms.storage import case_schedule, list_responses
from kastdesk.genogram.gedcom import names_in_notes
from kastdesk.i18n import N_, tr
from kastdesk.store.errors import CaseDamaged
from kastdesk.store.fsutil import inside_vault

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


def _map_texts(data: Mapping[str, Any]) -> tuple[set[str], set[str], set[str]]:
    """A family map's (a ``Genogram.to_dict()``'s) names, roles and other free text.

    The names are the map's and those a GEDCOM import kept in a person's notes
    (:func:`names_in_notes`: the whole of a name too long for the map, other names). The
    pseudonymizer reads the notes' names itself for the persons on the current map; those
    of a person since deleted (or on a linked case's map) reached it only as free text,
    whose words are withheld only where capitalized and not first in a sentence: a session
    note's "öberg" (of "Also known as: Åsa Öberg") went to the supervisor as written.
    """
    names: set[str] = set()
    roles: set[str] = set()
    texts: set[str] = set()
    for p in data.get("persons", []) or []:
        names.add(str(p.get("name") or ""))
        names.update(names_in_notes(str(p.get("notes") or "")))
        roles.add(str(p.get("role") or ""))
        texts.update(str(t or "") for t in (p.get("occupation"), p.get("notes")))
        texts.update(str(t or "") for t in p.get("labels", []) or [])
    texts.update(str(r.get("note") or "") for r in data.get("relationships", []) or [])
    return names - {""}, roles - {""}, texts - {""}


def former_map(case: Any, current: Mapping[str, Any] | None) -> dict[str, list[str]]:
    """What earlier versions of the family map held and the current one does not: the
    names of persons since deleted or renamed (with those a GEDCOM import kept in their
    notes, :func:`_map_texts`), their roles and free text.

    The vault keeps every saved version of the map (the documents' history); a
    pseudonymized export withholds these names too (``Pseudonymizer.for_snapshot``): a
    note written before a person was taken off the map, or before a name was corrected,
    still names them. (The register card keeps no earlier names: a corrected client name is
    written over, and the audit log records only which fields changed.)

    Not part of :func:`collect_case`'s snapshot: a plain case summary needs none of it,
    and a client made anonymous must not find the name there again. Whoever pseudonymizes
    passes it on: ``Pseudonymizer.for_snapshot(snap, extra, former_map=former_map(case,
    snap["genogram"]))``.
    """
    now = _map_texts(current or {})
    names: set[str] = set()
    roles: set[str] = set()
    texts: set[str] = set()
    for doc_id in case.documents.list_ids(GENOGRAM_KIND):
        for version in case.documents.history(GENOGRAM_KIND, doc_id):
            if isinstance(version.data, Mapping):
                n, r, t = _map_texts(version.data)
                names |= n
                roles |= r
                texts |= t
    return {
        "names": sorted(names - now[0]),
        "roles": sorted(roles - now[1]),
        "texts": sorted(texts - now[2]),
    }


def former_maps(vault: Any, case: Any, current: Mapping[str, Any] | None) -> dict[str, list[Any]]:
    """:func:`former_map`, and what the family maps of the client's other cases hold and
    held: the case a returning client's new one was started from, and the one before that
    (``case.links``, both ways, the whole chain).

    They are the same person's: a note in the new case names the wife, the daughter, the
    late father of the earlier case's map, and where the therapist did not copy the map
    (the returning-client dialog's untick), those names went to the supervisor as written,
    listed only as capitalized words (QA 21, 12). Every saved version of each map counts,
    with the name the register gives that case. Where this case has no map of its own,
    the nearest linked map centred on the client also gives its people's roles ("maps":
    the map as saved; :meth:`Pseudonymizer.for_snapshot` reads them as the case's own),
    so "Göran har dött" is "father har dött", as with the map copied; any other name is
    "[name]". A name of this case's map or its client's is left to them, so the client's
    name written on the earlier map does not make the client "[name]" here. A linked case
    the register no longer lists, or whose file cannot be read, is passed over.
    """
    former: dict[str, list[Any]] = {k: list(v) for k, v in former_map(case, current).items()}
    now = _map_texts(current or {})
    own = {_same_name(n) for n in now[0]} | {_same_name(case.profile.get().name or "")}
    names: set[str] = set()
    roles: set[str] = set()
    texts: set[str] = set()
    maps: list[dict[str, Any]] = []
    for versions, register_name in _linked_maps(vault, case):
        latest = versions[-1] if versions else None
        if latest is not None and not now[0] and not maps and any(
                p.get("is_index") for p in latest.get("persons", []) or []):
            maps.append(latest)
            own |= {_same_name(n) for n in _map_texts(latest)[0]}
        for data in versions:
            n, r, t = _map_texts(data)
            names |= n
            roles |= r
            texts |= t
        names.add(register_name)
    former["names"] = sorted(set(former["names"]) | {
        n for n in names if n.strip() and _same_name(n) not in own})
    former["roles"] = sorted(set(former["roles"]) | (roles - now[1]))
    former["texts"] = sorted(set(former["texts"]) | (texts - now[2]))
    former["maps"] = maps
    return former


def _same_name(name: str) -> str:
    """A name as compared with another: spaces and case aside."""
    return " ".join(name.split()).casefold()


def _linked_maps(vault: Any, case: Any) -> list[tuple[list[dict[str, Any]], str]]:
    """Every saved version of the family map of each case linked to ``case`` (and to those,
    nearest first), with the register's name of that case."""
    out: list[tuple[list[dict[str, Any]], str]] = []
    seen = {str(case.client_id)}
    queue = [str(link.client_id) for link in case.links.list()]
    while queue:
        client_id = queue.pop(0)
        if client_id in seen or not vault.is_listed(client_id):
            continue
        seen.add(client_id)
        try:
            other = vault.open_case(client_id, audit_open=False)
            versions = [
                dict(version.data)
                for doc_id in other.documents.list_ids(GENOGRAM_KIND)
                for version in other.documents.history(GENOGRAM_KIND, doc_id)
                if isinstance(version.data, Mapping)
            ]
            name = other.profile.get().name or ""
            queue += [str(link.client_id) for link in other.links.list()]
        except CaseDamaged:
            continue
        out.append((versions, name))
    return out


def _in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _now(case: Any, today: date | None) -> datetime:
    """What "now" is for whether a session is held or still ahead, as the register says.

    The case's own clock (a session later today is the next one); a day given instead
    counts every session of that day as held, as ``SessionManager.last_contact`` does.
    """
    if today is not None:
        return datetime.combine(today, time.max)
    clock = getattr(case, "now", None)
    return clock() if callable(clock) else datetime.now()


def _follow_up(profile: Any, today: date, history: list[Any]) -> dict[str, Any]:
    """Whether the follow-up date has passed: overdue while one is still due (ended or in
    follow-up, as the Due list has it); only passed for a case closed after its day.

    A closed case has no follow-up planned (QA F5: "Follow-up planned 2029-12-28" on a case
    closed in August): a date after the closing is dropped (``None``); one that fell due
    while the case was open is kept as passed.

    Decided here, on true dates: a pseudonymized snapshot shifts the due date but not the
    export day, so the report could not compare them.
    """
    due = profile.followup_due
    if profile.status is Status.CLOSED:
        passed = missed_before_closing(due, history, today)
        return {"followup_due": _iso(due) if passed else None,
                "followup_overdue": False, "followup_passed": passed}
    passed = due is not None and due < today
    return {
        "followup_due": _iso(due),
        "followup_overdue": passed and profile.status in FOLLOW_UP_PENDING,
        "followup_passed": passed,
    }


def _waiting(case: Any, profile: Any, today: date) -> dict[str, Any]:
    """The first session and the waiting time as the overview shows them (QA F8): days
    from the first contact to the first session not cancelled or missed; with none yet,
    the days waited so far (``waiting_so_far``). Counted here, on true dates: a
    pseudonymized export shifts the dates."""
    first = case.sessions.first_session()
    contact = profile.first_contact_date
    days = (first - contact).days if first and contact else None
    so_far = contact is not None and first is None
    if so_far:
        days = (today - contact).days
    return {"first_session_date": _iso(first), "waiting_days": days,
            "waiting_so_far": so_far}


def _session(number: int | None, s: Any) -> dict[str, Any]:
    return {
        "id": str(s.id),
        "number": number,
        "starts_at": s.starts_at.isoformat(timespec="minutes"),
        "duration_min": s.duration_min,
        "attendance": s.attendance.value,
        "modality": s.modality.value,
        "present": s.present.value,
        "topics": list(s.topics),
        "note": s.note,
        "signed_at": s.signed_at,
        "signed_by": s.signed_by,
        "amendments": [
            {"id": v.id, "text": v.text, "reason": v.reason, "at": v.at, "author": v.author}
            for v in s.amendments
        ],
    }


def collect_case(
    case: Any,
    therapist: str = "",
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Everything a case summary can show, as plain data (dates as ISO text).

    Sessions held by ``today`` (by the case's clock when None) come first, numbered, with
    the sessions cancelled or missed among them in their place (``"attendance"`` says which;
    their ``"number"`` is None: they are not sessions held). A later one is an appointment,
    listed after them with ``"planned": True`` and never counted as held (kept in the list,
    numbered on, so a question for guidance about it still finds it). The period runs from
    the first to the last session held (to the export day when none was held).
    """
    now = _now(case, today)
    today = now.date()
    if end is not None:
        end = min(end, today)  # nothing after the export day was held
    profile = case.profile.get()
    history = case.profile.history()
    every = case.sessions.list()
    # Cancelled or missed is a fact once said, even of a booking ahead (cancelled early).
    log = [s for s in every if (s.is_contact(now) or not s.held)
           and _in_range(s.starts_at.date(), start, end)]
    sessions = [s for s in log if s.held]
    # Appointments ahead only where the period reaches the export day.
    planned = [s for s in every if s.held and s.starts_at > now
               and _in_range(s.starts_at.date(), start, None)] \
        if end is None or end >= today else []
    numbers = {s.id: n for n, s in enumerate([*sessions, *planned], start=1)}
    finished = treatment_left_on(history)
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
            **_waiting(case, profile, today),
            "status": profile.status.value,
            **_follow_up(profile, today, history),
        },
        "status_history": [
            {"at": h.at.isoformat(), "status": h.status.value, "note": h.note, "by": h.by}
            for h in history
        ],
        "period": {
            "from": _iso(start) or (sessions[0].starts_at.date().isoformat() if sessions
                                    else _iso(profile.first_contact_date)),
            "to": _iso(end) or (sessions[-1].starts_at.date().isoformat() if sessions
                                else today.isoformat()),
        },
        "sessions": [
            {**_session(numbers.get(s.id), s), "planned": False} for s in log
        ] + [{**_session(numbers[s.id], s), "planned": True} for s in planned],
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
        # The day ages are worked out for: with a full birth date the age counts the
        # birthday (a man born 31 December was a year too old all year). A pseudonymized
        # snapshot never carries it (``Pseudonymizer.apply``): the export day shows through.
        "reference_date": (end or today).isoformat(),
        "exercises": _exercises(case, end or today, finished, exported=today),
        "intake": _intake(case),
        "self_rating": _self_rating(case, today),
        # The client's other cases (a course before this one, one after): codes only. Kept
        # out of "profile", which a supervision packet copies whole.
        "linked_cases": [
            {"relation": link.relation, "code": link.code}
            for link in (case.links.list() if hasattr(case, "links") else [])
        ],
    }
    # A period that runs to the export day says so in a pseudonymized summary: that day
    # shifted would give the secret offset away to a reader who knows when the PDF came.
    snap["period"]["to_export_day"] = snap["period"]["to"] == today.isoformat()
    return snap


def _log_as_of(state: Any, today: date, finished: date | None) -> date:
    """The day an urge log's streaks are counted to: the export day while the case runs;
    for a case whose treatment ended, that day, or the log's last entry if it was kept
    on after it, never later than the export day."""
    if finished is None:
        return today
    last = max((e.day for e in getattr(state, "entries", ())), default=finished)
    return min(today, max(finished, last))


def _exercises(case: Any, today: date, finished: date | None = None,
               exported: date | None = None) -> list[dict[str, Any]]:
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
            as_of = _log_as_of(state, today, finished)
            summary = exercise.summary(state, today=as_of)  # type: ignore[call-arg]
            # Counted to the export day itself: a pseudonymized summary must not print that
            # day shifted (a reader who knows roughly when the PDF came would read the
            # secret offset off it), so it says "as of the export day" instead.
            summary["as_of_export_day"] = as_of == (exported or today)
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


def _self_rating(case: Any, today: date) -> dict[str, Any] | None:
    """The self-rating table as the tab draws it: each form at its measurement point by
    the case's schedule (the point chosen for it wins), a form filled in after the next
    point's day marked late and not compared, one the client left half done marked not
    finished (QA 18: it printed as a whole baseline, and a late start read ▼ "worse").
    Decided here, on true dates (a pseudonymized snapshot shifts them)."""
    responses = list_responses(case, "self_rating")
    if not responses:
        return None
    family = get_family("self_rating")
    points = case_schedule(case, today) if hasattr(case, "profile") else None
    comparison = compare_responses(family, responses, points)
    months = {p.key: p.months_after_last_contact for p in points or ()}
    series = chart_series(family, comparison)
    # Each line names its form section, so the PDF can chart the scales section by section
    # (QA 21: one chart of the first six left guilt, shame and self-image out unsaid).
    latest = family.latest
    section_of = {s.item_id: latest.items[s.item_id].section_id for s in series}
    # Each point names its column: two measurement points may share a variant (the 6- and
    # 24-month follow-up, a second start after a case is reopened), even a day. A point
    # with two forms charts its last one only (compare.chart_series), never a slope
    # between the two.
    return {
        "columns": [
            {"variant": c.variant, "date": c.answered_at.isoformat(),
             "version": c.original_version, "form": c.form_at_point,
             "forms": c.forms_at_point, "months": months.get(c.point),
             "late": c.late, "finished": c.finished}
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
             "section": section_of[s.item_id],
             "section_title": tr(FORMS_CONTEXT, latest.section(section_of[s.item_id]).title),
             "points": [{"variant": p.variant, "date": p.answered_at.isoformat(),
                         "value": p.value, "column": p.column}
                        for p in s.points],
             # The point's other forms: dots beside the line, never joined to it.
             "also": [{"variant": p.variant, "date": p.answered_at.isoformat(),
                       "value": p.value, "column": p.column}
                      for p in s.also]}
            for s in series
        ],
    }


#: The action the case's audit log records a case summary export under.
EXPORT_ACTION = "Export case summary"


def summary_file_name(reference: str, day: date | None) -> str:
    """The name a case summary is offered under: "K-2026-004-case-summary-2026-12-03.pdf",
    the middle word in the therapist's language. A pseudonymized summary passes its own
    reference (P-7KQ4), never the client code, and no day (``None``): the real export day
    in the name, beside the summary's shifted dates, gives the secret offset away."""
    #: The middle of a case summary's file name (lower case, words joined by hyphens).
    stem = tr("Report", "case-summary")
    return f"{reference}-{stem}-{day.isoformat()}.pdf" if day else f"{reference}-{stem}.pdf"


def last_export_folder(case: Any) -> Path | None:
    """The folder this case's last summary went to, from its audit log, if it still exists."""
    try:
        entries = case.audit_entries()
    except Exception:  # an unreadable log offers the documents folder instead
        return None
    for entry in reversed(entries):
        path = entry.detail.get("path") if entry.action == EXPORT_ACTION else None
        if isinstance(path, str) and Path(path).parent.is_dir():
            return Path(path).parent
    return None


def suggested_summary_path(vault: Any, client_id: str, documents: str | Path | None,
                           reference: str | None = None, day: date | None = None) -> Path:
    """Where the export dialog offers to save a case summary: the folder the case's last
    summary went to, else ``documents`` (the user's documents folder), else the home
    folder; never a folder inside a vault (an export there is refused, and would lie in
    plain text beside the encrypted files)."""
    code = reference or vault.client(client_id).code
    name = summary_file_name(code, None if reference else day or date.today())
    case = vault.open_case(client_id, audit_open=False)
    mine = Path(documents) if documents else None  # Qt says "" when it knows none
    for folder in (last_export_folder(case), mine, Path.home()):
        if folder is not None and folder.is_dir() and not inside_vault(folder / name):
            return folder / name
    return Path(name)
