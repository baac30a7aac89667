"""The case summary: sections declared once, each writing a snapshot to the abstract document.

Adding a section touches one place (``SECTIONS``). Writers read only the snapshot, so
they write pseudonymized and plain exports alike and never touch the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kastdesk.domain.models import SEVERE_RISKS
from kastdesk.genogram import Genogram
from kastdesk.genogram.symbols import legend_entries, with_couple_captions
from kastdesk.i18n import N_, tr

from . import document as d
from .snapshot import variant_label

CTX = "Report"


#: The stored enum values the report shows (statuses, genders, channels, goal states, risk
#: kinds...) as the words :func:`_enum` makes of them, marked so lupdate lists them; a test
#: keeps this in step with the enums.
ENUM_WORDS = (
    N_("Report", "First contact"),
    N_("Report", "Intake"),
    N_("Report", "In treatment"),
    N_("Report", "Ended"),
    N_("Report", "Follow up"),
    N_("Report", "Closed"),
    N_("Report", "Man"),
    N_("Report", "Woman"),
    N_("Report", "Other"),
    N_("Report", "Unknown"),
    N_("Report", "Phone"),
    N_("Report", "Email"),
    N_("Report", "Web form"),
    N_("Report", "In person"),
    N_("Report", "Own initiative"),
    N_("Report", "Police"),
    N_("Report", "Partner"),
    N_("Report", "Website"),
    N_("Report", "Health service"),
    N_("Report", "Social services"),
    N_("Report", "Video"),
    N_("Report", "Client"),
    N_("Report", "Partner alone"),
    N_("Report", "Client and partner"),
    N_("Report", "Group"),
    N_("Report", "Set"),
    N_("Report", "Revised"),
    N_("Report", "Reached"),
    N_("Report", "Dropped"),
    N_("Report", "Reopened"),
    N_("Report", "Active"),
    N_("Report", "Suicidal thoughts"),
    N_("Report", "Violence"),
    N_("Report", "Child at risk"),
    # Relationship status (the intake's answer ids kept on the profile).
    N_("Report", "Single"), N_("Report", "Partner living together"), N_("Report", "Married"),
    N_("Report", "Partner living apart"), N_("Report", "Separated or divorced"),
    N_("Report", "Widowed"),
)
#: Whether a session took place (``Attendance``), as the session log marks one not held.
ATTENDANCE_WORDS = {
    "held": N_("Report", "Held"),
    "cancelled_by_client": N_("Report", "Cancelled by the client"),
    "cancelled_by_clinic": N_("Report", "Cancelled by the clinic"),
    "no_show": N_("Report", "Did not attend"),
}
# Stored values whose words read badly when made mechanically from the id.
_WORDS = {"separated_divorced": "Separated or divorced"}


def _enum(value: str | None) -> str:
    """A stored enum value as readable, translatable words."""
    if not value:
        return "–"
    return tr(CTX, _WORDS.get(value) or value.replace("_", " ").capitalize())


#: A date as a snapshot holds it ("2026-09-07", "2026-09-07T10:00:00"). The supervision
#: packet's material holds its dates as words instead ("3 days before"), printed as they are.
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def _day(iso: str | None) -> str:
    """A date's day ("2026-09-07"); words the packet wrote for it whole."""
    if not iso:
        return "–"
    return iso[:10] if _ISO.match(iso) else iso


def _moment(iso: str) -> str:
    """A date and time as the log prints them ("2026-09-07 10:00"); words whole."""
    return iso.replace("T", " ")[:16] if _ISO.match(iso) else iso


def percent(ratio: float) -> str:
    """``ratio`` as a whole percentage, written as the language writes one.

    English writes "51%", Swedish and Norwegian "51 %" with a no-break space: the number
    goes in a translatable pattern, so each catalogue decides (Python's ``:.0%`` wrote
    "51%" in every language).
    """
    #: A whole percentage: "51%" in English; Swedish and Norwegian write "51 %" (no-break space).
    return tr("Report", "{percent}%").format(percent=f"{ratio * 100:.0f}")


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # untranslated; translated when shown
    write: Callable[[d.Document, dict[str, Any]], None]

    def display_title(self) -> str:
        return tr(CTX, self.title)


# ----- writers -------------------------------------------------------------------------
def write_cover(doc: d.Document, snap: dict[str, Any]) -> None:
    period = snap.get("period", {})
    facts = [
        (
            tr("Report", "Reference") if snap.get("pseudonymized") else tr("Report", "Client code"),
            snap["code"],
        ),
        (tr("Report", "Period"), f"{_day(period.get('from'))} – {_period_end(snap)}"),
        # A pseudonymized summary names no therapist, as the supervision packet does not:
        # the name printed whole (or mangled by the names it shares with the family,
        # "[family name] Therapeutsson") names the clinic and so narrows down the client.
        *([] if snap.get("pseudonymized")
          else [(tr("Report", "Therapist"), snap.get("therapist") or "–")]),
        (tr("Report", "Exported"), snap.get("exported_on") or date.today().isoformat()),
        (tr("Report", "Status"), _enum(snap["profile"].get("status"))),
        (tr("Report", "Sessions in period"), str(len(held_sessions(snap)))),
    ]
    not_held = not_held_text(snap)
    if not_held:  # counted apart, never among the sessions held
        facts.append((tr("Report", "Not held"), not_held))
    planned = planned_sessions(snap)
    if planned:  # an appointment, not a session held: said apart and never counted
        facts.append((tr("Report", "Next session"), _when(planned[0]["starts_at"])))
    if snap.get("pseudonymized"):
        facts.append(
            (
                tr("Report", "Pseudonymized"),
                # What is done now (QA 18 L4: "birth dates reduced to years" was stale),
                # and that the dates here are not the calendar: the cover shows no real
                # day beside them (the export's own is withheld).
                tr(
                    "Report",
                    "Yes: names replaced by roles; every date moved back by the same secret "
                    "number of days (one to twelve months: intervals are true, the "
                    "calendar is not); the family map shows ages instead of birth years; "
                    "a date a note gives from long before the first contact is not given "
                    "exactly.",
                ),
            )
        )
    notice = tr(
        "Report",
        "Confidential. This summary contains sensitive personal data about a client in "
        "treatment, possibly including admissions of crimes, sexual history and details "
        "about family members. Keep it only where the client's file is kept, share it only "
        "with those who need it for the client's care, and destroy it when it is no longer "
        "needed.",
    )
    doc.add(d.Cover(tr("Report", "Case summary"), snap["code"], tuple(facts), notice))
    # Right under the cover, which the PDF backend draws on the cover page above the facts,
    # as the app's banner stands above the case: an active risk is never only a table row
    # pages later.
    for flag in active_flags(snap):
        severe = flag.get("kind") in SEVERE_RISKS
        doc.add(d.Paragraph(flag_alert(flag), ALERT_STYLE if severe else CAUTION_STYLE))


#: The paragraph styles of an active risk flag on the cover: red for the severe risks,
#: amber for another, as the app's banner colours them.
ALERT_STYLE = "alert"
CAUTION_STYLE = "caution"


def active_flags(snap: dict[str, Any]) -> list[dict[str, Any]]:
    """The risk flags not cleared, the severe ones (as the banner colours them) first."""
    flags = [f for f in snap.get("flags", []) if not f.get("cleared_at")]
    return sorted(flags, key=lambda f: f.get("kind") not in SEVERE_RISKS)


def flag_alert(flag: dict[str, Any]) -> str:
    """One active flag as the cover says it: the risk, when it was raised, what was said."""
    text = tr("Report", "⚠ Active risk: {kind} (raised {day})").format(
        kind=_enum(flag.get("kind")), day=_day(flag.get("set_at")))
    if flag.get("note"):
        text += "\n" + flag["note"]
    return text


def _held(session: dict[str, Any]) -> bool:
    # A snapshot from before attendance (a packet made by an older KastDesk) held them all.
    return session.get("attendance", "held") == "held"


def held_sessions(snap: dict[str, Any]) -> list[dict[str, Any]]:
    """The sessions held in the period (a snapshot lists appointments after them, and the
    sessions cancelled or missed among them)."""
    return [s for s in snap.get("sessions", []) if not s.get("planned") and _held(s)]


def logged_sessions(snap: dict[str, Any]) -> list[dict[str, Any]]:
    """The session log's entries: the sessions held, and those cancelled or missed in their
    place by date."""
    return [s for s in snap.get("sessions", []) if not s.get("planned")]


def attendance_word(value: str | None) -> str:
    """A session's attendance as the report says it ("Did not attend")."""
    return tr(CTX, ATTENDANCE_WORDS.get(value or "held", ATTENDANCE_WORDS["held"]))


def not_held_text(snap: dict[str, Any]) -> str:
    """The sessions not held, counted by kind: "1 did not attend, 2 cancelled by the
    client"; empty when every session was held."""
    counts: dict[str, int] = {}
    for s in logged_sessions(snap):
        if not _held(s):
            counts[s["attendance"]] = counts.get(s["attendance"], 0) + 1
    # Singular and plural apart (the core has no %n plurals), in a fixed order.
    words = {
        "no_show": (N_("Report", "1 did not attend"), N_("Report", "{n} did not attend")),
        "cancelled_by_client": (N_("Report", "1 cancelled by the client"),
                                N_("Report", "{n} cancelled by the client")),
        "cancelled_by_clinic": (N_("Report", "1 cancelled by the clinic"),
                                N_("Report", "{n} cancelled by the clinic")),
    }
    parts = []
    for kind, (one, many) in words.items():
        n = counts.get(kind, 0)
        if n:
            parts.append(tr(CTX, one) if n == 1 else tr(CTX, many).format(n=n))
    return ", ".join(parts)


def planned_sessions(snap: dict[str, Any]) -> list[dict[str, Any]]:
    """Appointments after the export day: never counted or printed as sessions held."""
    return [s for s in snap.get("sessions", []) if s.get("planned")]


def _when(iso: str) -> str:
    """A session's start as the log prints it: "2026-12-10 10:00"."""
    return _moment(iso)


_PROFILE_FIELDS = (
    ("gender", N_("Report", "Gender")),
    ("age_group", N_("Report", "Age group")),
    ("relationship_status", N_("Report", "Relationship status")),
    ("children", N_("Report", "Children")),
    ("referral_source", N_("Report", "Came through")),
    ("contact_channel", N_("Report", "First contact by")),
    ("first_contact_date", N_("Report", "First contact")),
    ("first_session_date", N_("Report", "First session")),
    ("waiting_days", N_("Report", "Waiting time")),
    ("preferred_therapist_gender", N_("Report", "Preferred therapist gender")),
    ("status", N_("Report", "Status")),
    ("followup_due", N_("Report", "Follow-up due")),
)


def _follow_up_text(profile: dict[str, Any]) -> str:
    """The follow-up date, marked overdue while it is still due and its day has passed
    (decided by the snapshot on true dates, so a pseudonymized export says it too)."""
    day = _day(profile.get("followup_due"))
    if profile.get("followup_overdue"):
        return tr("Report", "{day} (overdue)").format(day=day)
    if profile.get("followup_passed") and profile.get("status") == "closed":
        return tr("Report", "{day} (passed; the case is closed)").format(day=day)
    return day


def _period_end(snap: dict[str, Any]) -> str:
    """The period's last day; "the export day" in a pseudonymized summary where it is that
    day (shifted, it would tell a reader who knows when the PDF came the secret offset)."""
    period = snap.get("period", {})
    if snap.get("pseudonymized") and period.get("to_export_day"):
        return tr("Report", "the export day")
    return _day(period.get("to"))


def _waiting_text(days: int, so_far: bool, pseudonymized: bool = False) -> str:
    """The waiting time as the overview says it: "14 days", or "14 days so far".

    Waited so far and pseudonymized, the count is left out: the days up to the export day
    beside the shifted first contact would give the secret offset away."""
    if so_far and pseudonymized:
        return tr("Report", "still waiting, no session held yet")
    if so_far:
        return (tr("Report", "1 day so far") if days == 1
                else tr("Report", "{n} days so far").format(n=days))
    return tr("Report", "1 day") if days == 1 else tr("Report", "{n} days").format(n=days)


def _linked_rows(snap: dict[str, Any]) -> list[tuple[str, str]]:
    """"Earlier case: K-2027-001" / "Later case: K-2030-012": the same client's case for
    the course before this one and after it. A pseudonymized summary says there is one,
    never its code (the key to the register, and not the reference printed here)."""
    rows = []
    for link in snap.get("linked_cases") or []:
        label = (tr("Report", "Earlier case") if link.get("relation") == "earlier"
                 else tr("Report", "Later case"))
        code = str(link.get("code") or "")
        rows.append((label, tr("Report", "yes (code withheld)")
                     if snap.get("pseudonymized") or not code else code))
    return rows


def write_profile(doc: d.Document, snap: dict[str, Any]) -> None:
    doc.add(d.Heading(tr("Report", "Client profile and intake")))
    p = snap["profile"]
    rows: list[tuple[str, str]] = []
    if snap.get("name"):
        rows.append((tr("Report", "Name"), snap["name"]))
    for key, label in _PROFILE_FIELDS:
        value = p.get(key)
        # Not on the card is not printed: the card's gender is "unknown" unless someone set
        # it (no screen does), and it said "Gender: unknown" above the intake's "Man".
        if value in (None, "") or (key == "gender" and value == "unknown"):
            continue
        if key == "followup_due":
            text = _follow_up_text(p)
        elif key in ("first_contact_date", "first_session_date"):
            text = _day(value)
        elif key == "waiting_days":
            text = _waiting_text(int(value), bool(p.get("waiting_so_far")),
                                 bool(snap.get("pseudonymized")))
        elif key == "children":
            text = str(value)
        else:
            text = _enum(str(value))
        rows.append((tr(CTX, label), text))
    rows += _linked_rows(snap)
    doc.add(d.KeyValues(tuple(rows)))
    history = snap.get("status_history", [])
    if history:
        doc.add(d.Heading(tr("Report", "Course of the case"), level=3))
        doc.add(
            d.Table(
                (tr("Report", "Date"), tr("Report", "Status"), tr("Report", "Note")),
                tuple((_day(h["at"]), _enum(h["status"]), h.get("note", "")) for h in history),
                widths=(1, 1.4, 3),
            )
        )
    intake = snap.get("intake")
    if intake:
        doc.add(d.Heading(tr("Report", "Intake"), level=2))
        doc.add(
            d.Paragraph(
                tr("Report", "Standardized intake form, answered {day}.").format(
                    day=_day(intake["answered_at"])
                ),
                "muted",
            )
        )
        doc.add(
            d.Table(
                (tr("Report", "Question"), tr("Report", "Answer")),
                tuple((r["label"], r["value"]) for r in intake["rows"]),
                widths=(1.3, 1),
            )
        )


def write_goals(doc: d.Document, snap: dict[str, Any]) -> None:
    doc.add(d.Heading(tr("Report", "Goals and their history")))
    goals = snap.get("goals", [])
    if not goals:
        doc.add(d.Paragraph(tr("Report", "No goals have been set."), "muted"))
        return
    for g in goals:
        state = _enum(g["state"])
        doc.add(d.Heading(f"{g['text']}  ·  {state}", level=3))
        if g["original_text"] != g["text"]:
            doc.add(
                d.Paragraph(
                    tr("Report", "Original goal: {text}").format(text=g["original_text"]), "quote"
                )
            )
        doc.add(
            d.Table(
                (
                    tr("Report", "Date"),
                    tr("Report", "Event"),
                    tr("Report", "Goal"),
                    tr("Report", "Note"),
                ),
                tuple(
                    (_day(e["at"]), _enum(e["kind"]), e["text"], e.get("note", ""))
                    for e in g["events"]
                ),
                widths=(0.9, 0.9, 2.4, 2),
            )
        )


def reference_day(snap: dict[str, Any]) -> date | int | None:
    """The day the family map's ages are worked out for (the summary's last day), or, in a
    snapshot without it (pseudonymized: the ages are in the map already), the year."""
    text = snap.get("reference_date")
    if isinstance(text, str):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    year = snap.get("reference_year")
    return year if isinstance(year, int) else None


def write_genogram(doc: d.Document, snap: dict[str, Any]) -> None:
    data = snap.get("genogram")
    title = tr("Report", "Family map (genogram)")
    if not data:
        doc.add(d.Heading(title))
        doc.add(d.Paragraph(tr("Report", "No family map has been drawn."), "muted"))
        return
    g = Genogram.from_dict(data)
    caption = tr("Report", "{n} persons, drawn with the same layout as in the editor.").format(
        n=len(g.persons)
    )
    if snap.get("pseudonymized"):
        caption += " " + tr(
            "Report", "Names are replaced by each person's role relative to the client."
        )
    doc.add(d.GenogramFigure(data, reference_day(snap), caption, title))
    doc.add(d.Heading(tr("Report", "Legend"), level=2))
    # With the couple lines' abbreviations, as the editor's legend has them ("d." read as died).
    entries = with_couple_captions(legend_entries(g), g)
    doc.add(d.Legend(tuple((e.key, e.label) for e in entries)))


def _exercise_blocks(doc: d.Document, ex: dict[str, Any], pseudonymized: bool = False) -> None:
    s = ex["summary"]
    kind = ex["id"]
    doc.add(d.Heading(ex["title"], level=2))
    if kind == "consequence_listing":
        rows = []
        for area in s.get("areas", []):
            if area["empty"]:
                rows.append((area["label"], tr("Report", "(nothing listed yet)"), "", ""))
            for c in area["consequences"]:
                rows.append(
                    (area["label"], c["text"], c.get("seriousness_label", ""), c.get("term", ""))
                )
        marks = {(i, 1): "muted" for i, r in enumerate(rows) if r[2] == "" and r[3] == ""}
        doc.add(
            d.Table(
                (
                    tr("Report", "Area"),
                    tr("Report", "Consequence"),
                    tr("Report", "Seriousness"),
                    tr("Report", "Term"),
                ),
                tuple(rows),
                widths=(1.2, 3, 1, 0.9),
                marks=marks,
            )
        )
        if s.get("empty_areas"):
            doc.add(
                d.Paragraph(
                    tr("Report", "Areas still empty: {areas}.").format(
                        areas=", ".join(s["empty_areas"])
                    ),
                    "muted",
                )
            )
    elif kind == "i_am_vs_i_do":
        rows = [(p["i_am"], p["i_do"]) for p in s.get("rewritten", [])]
        rows += [(p["i_am"], tr("Report", "(not yet rewritten)")) for p in s.get("standing", [])]
        marks = {(i, 1): "muted" for i in range(len(s.get("rewritten", [])), len(rows))}
        doc.add(
            d.Table(
                (tr("Report", "“I am …”"), tr("Report", "“What I do …”")), tuple(rows), marks=marks
            )
        )
    elif kind == "triggers_alternatives":
        rows = []
        for chain in s.get("chains", []):
            needs = "; ".join(n["need"] for n in chain["needs"]) or "–"
            alts = "; ".join(a["text"] for n in chain["needs"] for a in n["alternatives"])
            rows.append((chain["situation"], ", ".join(chain["feelings"]), needs, alts or "–"))
        doc.add(
            d.Table(
                (
                    tr("Report", "Situation"),
                    tr("Report", "Feelings"),
                    tr("Report", "Need"),
                    tr("Report", "Alternatives"),
                ),
                tuple(rows),
                widths=(2, 1.2, 1.2, 2),
            )
        )
        if s.get("alternatives"):
            doc.add(d.Heading(tr("Report", "Alternatives and rewards"), level=3))
            doc.add(
                d.Table(
                    (
                        tr("Report", "Alternative"),
                        tr("Report", "Reward"),
                        tr("Report", "Meets the need"),
                    ),
                    tuple(
                        (a["text"], a.get("reward", ""), ", ".join(a.get("needs", [])))
                        for a in s["alternatives"]
                    ),
                    widths=(2, 1.5, 1.5),
                )
            )
        if s.get("needs_without_alternative"):
            doc.add(
                d.Paragraph(
                    tr("Report", "Needs without an alternative yet: {needs}.").format(
                        needs=", ".join(s["needs_without_alternative"])
                    ),
                    "muted",
                )
            )
    elif kind == "urge_log":
        ratio = s.get("alternatives_ratio")
        facts = [
            (tr("Report", "Urges logged"), str(s.get("entries", 0))),
            (
                tr("Report", "Alternative chosen"),
                f"{s.get('alternatives_chosen', 0)}"
                + (f" ({percent(ratio)})" if ratio is not None else ""),
            ),
            (tr("Report", "Lapses"), str(s.get("lapses", 0))),
        ]
        as_of = _day(s.get("as_of")) if s.get("as_of") else None
        if as_of is not None and pseudonymized and s.get("as_of_export_day"):
            as_of = tr("Report", "the export day")  # shifted, it would give the offset away
        for st in s.get("streaks", []):
            if st.get("days_since") is None:
                continue
            if as_of is None:  # a snapshot from before the day was named
                text = tr("Report", "{days} days since last lapse, longest streak {longest} days")
            elif st.get("since_last_lapse", True):
                text = tr("Report", "{days} days since the last lapse as of {day}; longest "
                                    "streak {longest} days")
            else:
                text = tr("Report", "No lapse in the {days} days since the log began, as of "
                                    "{day}")
            facts.append((st["label"], text.format(days=st["days_since"], day=as_of,
                                                   longest=st.get("longest_streak") or 0)))
        doc.add(d.KeyValues(tuple(facts)))
        weeks = s.get("weeks", [])
        if weeks:
            doc.add(
                d.BarChart(
                    tr("Report", "Urges per week"),
                    tuple(w["week_start"][5:] for w in weeks),
                    (
                        (tr("Report", "Urges"), tuple(float(w["urges"]) for w in weeks)),
                        (
                            tr("Report", "Alternative chosen"),
                            tuple(float(w["alternatives_chosen"]) for w in weeks),
                        ),
                        (tr("Report", "Lapses"), tuple(float(w["lapses"]) for w in weeks)),
                    ),
                )
            )
    elif kind == "coping_plan":
        if s.get("reason"):
            doc.add(d.Paragraph(s["reason"], "quote"))
        doc.add(
            d.Table(
                ("#", tr("Report", "Step"), tr("Report", "Detail")),
                tuple(
                    (str(st["number"]), st["title"], st.get("detail", ""))
                    for st in s.get("steps", [])
                ),
                widths=(0.3, 2, 3),
            )
        )
        if s.get("people"):
            doc.add(
                d.Table(
                    (tr("Report", "Who to call"), tr("Report", "How to reach")),
                    tuple((p["role"], p.get("how_to_reach", "")) for p in s["people"]),
                )
            )
    elif kind == "behaviour_in_words":
        for p in s.get("prompts", []):
            doc.add(d.Heading(p["prompt"], level=3))
            doc.add(
                d.Paragraph(
                    p["text"] if not p["empty"] else tr("Report", "(not answered yet)"),
                    "body" if not p["empty"] else "muted",
                )
            )
    else:
        doc.add(d.Paragraph(tr("Report", "This exercise has no printed form yet."), "muted"))


def write_exercises(doc: d.Document, snap: dict[str, Any]) -> None:
    doc.add(d.Heading(tr("Report", "Exercises"), new_page=True))
    exercises = snap.get("exercises", [])
    if not exercises:
        doc.add(d.Paragraph(tr("Report", "No exercise has been started."), "muted"))
    for ex in exercises:
        _exercise_blocks(doc, ex, bool(snap.get("pseudonymized")))


def _points_by_column(points: list[dict[str, Any]], cols: list[dict[str, Any]]
                      ) -> dict[int, float]:
    """A series' values by the table column they were answered in.

    Each column charts its own response: never looked up by variant alone, which gave two
    follow-ups the later one's value and an unanswered item the other's. A point without
    its column (a snapshot from before points named it) takes the first free column of its
    variant and date, as the in-app chart matches them.
    """
    out: dict[int, float] = {}
    for p in points:
        column = p.get("column")
        if not isinstance(column, int) or not 0 <= column < len(cols):
            column = next((i for i, c in enumerate(cols) if i not in out
                           and c["variant"] == p["variant"]
                           and _day(c["date"]) == _day(p["date"])), None)
        if column is not None:
            out[column] = p["value"]
    return out


def _chart_values(series: dict[str, Any], points: list[dict[str, Any]],
                  cols: list[dict[str, Any]]) -> tuple[float | None, ...]:
    """``points`` of a self-rating ``series`` by column, 0-100 with 100 the best answer."""
    lo, hi = series.get("min"), series.get("max")
    by_column = _points_by_column(points, cols)
    values: list[float | None] = []
    for index in range(len(cols)):
        v = by_column.get(index)
        if v is None or lo is None or hi is None or hi == lo:
            values.append(None)
            continue
        share = (v - lo) / (hi - lo)
        values.append(round(100 * (share if series["better"] == "higher" else 1 - share), 1))
    return tuple(values)


def _column_head(column: dict[str, Any]) -> str:
    """A self-rating column's head: its point, which of the point's forms it is when the
    point has more than one (two "Start 2026-12-03" columns read as a change), its day."""
    name = variant_label(column["variant"])
    months = column.get("months")
    if column["variant"] == "follow_up" and isinstance(months, int):
        # The 6- and the 24-month follow-up both read "Follow-up": pooled, one was the other.
        name = tr("Report", "Follow-up, {n} months").format(n=months)
    if column.get("forms", 1) > 1:
        name = tr("Report", "{point}, form {n}").format(point=name, n=column.get("form", 1))
    if column.get("late"):
        name = tr("Report", "{point} (late, not compared)").format(point=name)
    if column.get("finished") is False:
        name = tr("Report", "{point} (not finished)").format(point=name)
    return f"{name}\n{_day(column['date'])}"


#: The most lines one self-rating chart draws: more and the lines and the key's colours,
#: dashes and markers can no longer be told apart.
CHART_MAX_SERIES = 6


def _self_rating_charts(series: list[dict[str, Any]]
                        ) -> list[tuple[str, list[dict[str, Any]]]]:
    """The self-rating lines as charts of at most CHART_MAX_SERIES lines, each with its title.

    Every scale the case has is charted (QA 21: one chart of the first six left guilt and
    shame, "not good enough" and self-image out, unsaid). Up to six lines share one chart
    under the old title; more are charted section by section of the form, a section of
    more than six split into parts of even size (ten into five and five, not six and four),
    each title naming its section and, when split, its part.
    """
    if len(series) <= CHART_MAX_SERIES:
        return [(tr("Report", "Change over time (100 = best possible answer)"), list(series))]
    sections: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for s in series:
        key = s.get("section") or ""
        name = s.get("section_title") or tr("Report", "Self-rating scale")
        sections.setdefault(key, (name, []))[1].append(s)
    charts: list[tuple[str, list[dict[str, Any]]]] = []
    for name, members in sections.values():
        parts = -(-len(members) // CHART_MAX_SERIES)
        size = -(-len(members) // parts)
        for part in range(parts):
            chunk = members[part * size:(part + 1) * size]
            if parts == 1:
                title = tr("Report", "{section}: change over time (100 = best possible "
                           "answer)").format(section=name)
            else:
                title = tr("Report", "{section}, part {part} of {parts}: change over time "
                           "(100 = best possible answer)").format(
                               section=name, part=part + 1, parts=parts)
            charts.append((title, chunk))
    return charts


#: Rows of the self-rating table kept together at each side of a page break.
SELF_RATING_KEEP_ROWS = 3


def write_self_rating(doc: d.Document, snap: dict[str, Any]) -> None:
    doc.add(d.Heading(tr("Report", "Self-rating scale"), new_page=True))
    sr = snap.get("self_rating")
    if not sr:
        doc.add(d.Paragraph(tr("Report", "The self-rating scale has not been filled in."), "muted"))
        return
    cols = sr["columns"]
    header = (
        tr("Report", "Question"),
        *(_column_head(c) for c in cols),
    )
    rows = []
    marks: dict[tuple[int, int], str] = {}
    for r, row in enumerate(sr["rows"]):
        cells = []
        for c, cell in enumerate(row["cells"]):
            text = cell["display"] or "–"
            if cell["change"] == "improved":
                text += " ▲"
                marks[(r, c + 1)] = "better"
            elif cell["change"] == "worse":
                text += " ▼"
                marks[(r, c + 1)] = "worse"
            cells.append(text)
        rows.append((row["label"], *cells))
    doc.add(
        d.Paragraph(
            tr(
                "Report",
                "Answers at each measurement point side by side; ▲ better and ▼ "
                "worse than at the point before.",
            ),
            "muted",
        )
    )
    if any(c.get("late") for c in cols):
        doc.add(d.Paragraph(tr(
            "Report", "A form marked late was filled in after the next measurement point's "
            "day; it is not compared with the other points."), "muted"))
    if any(c.get("finished") is False for c in cols):
        doc.add(d.Paragraph(tr(
            "Report", "A form marked not finished was left with questions that need an "
            "answer blank; the answers given are shown."), "muted"))
    if sr.get("series"):
        # Named as the table's columns are: two points may share a variant.
        categories = tuple(_column_head(c) for c in cols)
        for title, group in _self_rating_charts(sr["series"]):
            series = []
            dots = []
            for s in group:
                series.append((s["label"], _chart_values(s, s["points"], cols)))
                # A point's other forms (a paper copy beside the client's own): answered,
                # so drawn, but as dots off the line (the chart named their column and
                # drew nothing there, the screen's rings left out).
                dots.append(_chart_values(s, s.get("also") or [], cols))
            doc.add(d.LineChart(title, categories, tuple(series), dots=tuple(dots)))
            # A key's last line and the next chart's title (or the table) never touch.
            doc.add(d.Spacer(5))
    # Never a row or two alone on a page, nor the header at a page's foot (QA: two rows of
    # the Norwegian table printed alone on the last page).
    doc.add(
        d.Table(
            header,
            tuple(rows),
            widths=(2.4, *([1.0] * len(cols))),
            marks=marks,
            keep_rows=SELF_RATING_KEEP_ROWS,
        )
    )


def write_sessions(doc: d.Document, snap: dict[str, Any]) -> None:
    doc.add(d.Heading(tr("Report", "Session log"), new_page=True))
    sessions = held_sessions(snap)
    logged = logged_sessions(snap)
    if not logged:
        doc.add(d.Paragraph(tr("Report", "No sessions in this period."), "muted"))
        _write_planned(doc, snap)
        return
    signed = sum(1 for s in sessions if s.get("signed_at"))
    not_held = not_held_text(snap)
    doc.add(
        d.Paragraph(
            " ".join((
                # Singular and plural apart, as Swedish and Norwegian need them too: "1
                # sessions" and "1 aktiva" were printed (the core has no %n plurals).
                tr("Report", "1 session,") if len(sessions) == 1
                else tr("Report", "{n} sessions,").format(n=len(sessions)),
                tr("Report", "1 with a signed note.") if signed == 1
                else tr("Report", "{n} with signed notes.").format(n=signed),
                *([tr("Report", "Not held: {counts}.").format(counts=not_held)]
                  if not_held else []),
                tr("Report", "Amendments are shown beneath the note they amend; signed notes "
                   "are never changed."),
            )),
            "muted",
        )
    )
    for s in logged:
        when = _moment(s["starts_at"])
        if not _held(s):
            # Not a session held: no number, no minutes, and nobody present (the list and
            # the overview say none either); the booking's kind and what was noted about it
            # (a phone call afterwards) stay.
            doc.add(d.Heading(
                tr("Report", "{attendance} · {when} · {modality}").format(
                    attendance=attendance_word(s.get("attendance")),
                    when=when,
                    modality=_enum(s["modality"]).lower(),
                ),
                level=3,
            ))
            if not (s.get("note") or s.get("signed_at") or s.get("amendments")):
                continue  # a cancelled booking nobody wrote about: the heading says it all
        else:
            doc.add(
                d.Heading(
                    tr(
                        "Report", "Session {n} · {when} · {minutes} min · {modality} · {present}"
                    ).format(
                        n=s["number"],
                        when=when,
                        minutes=s["duration_min"],
                        modality=_enum(s["modality"]).lower(),
                        present=_enum(s["present"]).lower(),
                    ),
                    level=3,
                )
            )
        # A session's parts hold together across a page break: its signature line (or
        # "Draft, not signed") and amendments printed alone at the top of the next page,
        # under the next session's number as it were (QA walk: "✓ Signed …" opened page 40).
        if s.get("topics"):
            doc.add(
                d.Paragraph(
                    tr("Report", "Topics: {topics}").format(topics=", ".join(s["topics"])), "muted",
                    keep_with_next=True,
                )
            )
        if s.get("note"):
            doc.add(d.Paragraph(s["note"], keep_with_next=True))
        else:
            doc.add(d.Paragraph(tr("Report", "(no note)"), "muted", keep_with_next=True))
        amendments = s.get("amendments", [])
        if s.get("signed_at"):
            doc.add(
                d.Paragraph(
                    tr("Report", "✓ Signed {at} by {by}").format(
                        at=_moment(s["signed_at"]),
                        by=_signer(snap, s.get("signed_by")),
                    ),
                    "signed",
                    keep_with_next=bool(amendments),
                )
            )
        else:
            doc.add(d.Paragraph(tr("Report", "Draft, not signed"), "muted",
                                keep_with_next=bool(amendments)))
        for index, a in enumerate(amendments):
            doc.add(
                d.Paragraph(
                    tr("Report", "Amendment {at} by {by} ({reason}):\n{text}").format(
                        at=_moment(a["at"]),
                        by=_signer(snap, a.get("author")),
                        reason=a.get("reason", ""),
                        text=a["text"],
                    ),
                    "amendment",
                    keep_with_next=index < len(amendments) - 1,
                )
            )
    _write_planned(doc, snap)


def _signer(snap: dict[str, Any], name: str | None) -> str:
    """Who signed or amended a note, as the summary prints it: "the therapist" in a
    pseudonymized one (as the supervision packet writes it), else the name."""
    if snap.get("pseudonymized"):
        return tr("Pseudonym", "the therapist")
    return name or "–"


def _write_planned(doc: d.Document, snap: dict[str, Any]) -> None:
    """Appointments after the export day, on one line after the sessions held: a planned
    session has no note to sign and must never read as one held."""
    planned = planned_sessions(snap)
    if planned:
        doc.add(d.Paragraph(tr("Report", "Planned (not held yet): {sessions}").format(
            sessions="; ".join(_when(p["starts_at"]) for p in planned)), "muted"))


def write_flags(doc: d.Document, snap: dict[str, Any]) -> None:
    active = len(active_flags(snap))
    # The contents name the active flags too: "Risk flags" alone read as nothing to see.
    heading = tr("Report", "Risk flags")
    if active:
        heading = (tr("Report", "Risk flags: 1 active") if active == 1
                   else tr("Report", "Risk flags: {n} active").format(n=active))
    doc.add(d.Heading(heading))
    flags = snap.get("flags", [])
    if not flags:
        doc.add(d.Paragraph(tr("Report", "No risk flags have been raised."), "muted"))
        return
    rows = []
    marks = {}
    for i, f in enumerate(flags):
        active = not f.get("cleared_at")
        state = (
            # Its own context: a flag's "active" agrees with "flag", a goal's with "goal".
            tr("ReportFlags", "Active")
            if active
            else tr("Report", "Cleared {at}").format(at=_day(f["cleared_at"]))
        )
        rows.append((_enum(f["kind"]), f.get("note", ""), _day(f["set_at"]), state))
        if active:
            marks[(i, 3)] = "worse"
    doc.add(
        d.Table(
            (
                tr("Report", "Kind"),
                tr("Report", "Note"),
                tr("Report", "Raised"),
                tr("Report", "State"),
            ),
            tuple(rows),
            widths=(1.2, 3.5, 0.9, 1),
            marks=marks,
        )
    )


SECTIONS: tuple[Section, ...] = (
    Section("cover", N_("Report", "Cover"), write_cover),
    Section("profile", N_("Report", "Client profile and intake"), write_profile),
    Section("goals", N_("Report", "Goals and their history"), write_goals),
    Section("flags", N_("Report", "Risk flags"), write_flags),
    Section("genogram", N_("Report", "Family map (genogram)"), write_genogram),
    Section("exercises", N_("Report", "Exercises"), write_exercises),
    Section("self_rating", N_("Report", "Self-rating scale"), write_self_rating),
    Section("sessions", N_("Report", "Session log"), write_sessions),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)


def build_case_summary(snap: dict[str, Any], sections: Sequence[str] | None = None) -> d.Document:
    """The case summary document for a (possibly pseudonymized) snapshot."""
    wanted = set(sections or SECTION_KEYS)
    unknown = wanted - set(SECTION_KEYS)
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    doc = d.Document(
        title=tr("Report", "KastDesk case summary"),
        header=tr("Report", "Case {code} · case summary").format(code=snap["code"]),
        footer=tr("Report", "Pseudonymized") if snap.get("pseudonymized") else "",
        undated=bool(snap.get("pseudonymized")),
    )
    for section in SECTIONS:
        if section.key in wanted:
            section.write(doc, snap)
    return doc
