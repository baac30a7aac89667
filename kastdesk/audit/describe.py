"""Each audit action in plain words: what a therapist or a clinic reading the log says.

The log stores the transaction's name as the code wrote it ("Save note",
"Export case summary") with a small detail (a count, a status, a path). People checking
who did what need sentences in their language ("Saved a session note (412 characters)"),
and a kind to filter by (opened or read, changed, exported or printed, deleted).

Only words about the *kind* of thing done are made here; the log holds no case content
(no note text, no names of clients or relatives, no risk kinds shown), and what is made
of it must not add any: a risk flag is "a risk flag", not what it warns of, since the
list may be exported to a plain CSV file.

Some names were stored already translated (the family map's undo steps carry the
language the app spoke then); those are shown as they were stored, after the words
saying what part of the file they changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from kastdesk.domain.models import Status
from kastdesk.domain.status import EndReason, end_reason_label, status_label
from kastdesk.i18n import N_, tr

_CTX = "AuditLog"


class Kind(StrEnum):
    """What an entry did to the data, for the filter (the clinic's questions)."""

    OPENED = "opened"      # opened, read, unlocked, or tried to
    CHANGED = "changed"
    EXPORTED = "exported"  # exported or printed: data left the vault
    DELETED = "deleted"


def kind_label(kind: Kind) -> str:
    return {
        Kind.OPENED: tr("AuditLog", "Opened or read"),
        Kind.CHANGED: tr("AuditLog", "Changed"),
        Kind.EXPORTED: tr("AuditLog", "Exported or printed"),
        Kind.DELETED: tr("AuditLog", "Deleted"),
    }[kind]


@dataclass(frozen=True)
class Description:
    """An entry in words: the kind, the sentence, and the part of the file (or the
    place outside it) the action was about."""

    kind: Kind
    what: str
    target: str = ""


def local_time(at: str) -> datetime | None:
    """A stored UTC time as the computer's local time (None if it is not a time)."""
    try:
        value = datetime.fromisoformat(at)
    except ValueError:
        return None
    return value.astimezone() if value.tzinfo is not None else value


def format_time(at: datetime | None) -> str:
    """As the log shows times: "2026-11-01 14:02:07", local, unambiguous in every language."""
    return at.strftime("%Y-%m-%d %H:%M:%S") if at is not None else "—"


# -- where in the file ------------------------------------------------------------------
_AREAS = {
    "profile": N_("AuditLog", "Client details"),
    "sessions": N_("AuditLog", "Sessions"),
    "goals": N_("AuditLog", "Goals"),
    "flags": N_("AuditLog", "Risk flags"),
}
_DOCUMENTS = {
    "genogram": N_("AuditLog", "Family map"),
    "exercise": N_("AuditLog", "Exercises"),
    "form_response": N_("AuditLog", "Forms and self-rating"),
    "guidance_flag": N_("AuditLog", "Supervision"),
    "guidance_meeting": N_("AuditLog", "Supervision"),
    "guidance_advice": N_("AuditLog", "Supervision"),
    "guidance_comment": N_("AuditLog", "Supervision"),
    "dialog_draft": N_("AuditLog", "Unfinished text"),
}


def _area(detail: dict[str, Any]) -> str:
    """The part of the case file a transaction touched, from what it reported."""
    document = detail.get("document")
    if isinstance(document, str) and document in _DOCUMENTS:
        return tr(_CTX, _DOCUMENTS[document])
    areas = detail.get("areas")
    if isinstance(areas, list):
        for area in ("sessions", "goals", "flags", "profile"):
            if area in areas:
                return tr(_CTX, _AREAS[area])
    return ""


# -- settings ---------------------------------------------------------------------------
_SETTINGS = {
    "therapist_name": N_("AuditLog", "Your name (audit log)"),
    "autolock_minutes": N_("AuditLog", "Lock after idle minutes"),
    "privacy_mode": N_("AuditLog", "Privacy mode"),
    "ui.vault_drafts": N_("AuditLog", "Unfinished text kept at lock"),
    "supervision.meetings": N_("AuditLog", "The list of guidance meetings"),
    "supervision.packets": N_("AuditLog", "The list of supervision packets"),
    "report.extra_names": N_("AuditLog", "Names withheld from pseudonymized exports"),
}


def setting_label(key: str) -> str:
    return tr(_CTX, _SETTINGS[key]) if key in _SETTINGS else key


def _setting(entry_target: str, detail: dict[str, Any]) -> str:
    old, new = detail.get("old"), detail.get("new")
    if "new" not in detail:
        return tr("AuditLog", "Changed a setting: {setting}").format(
            setting=setting_label(entry_target))
    if entry_target == "privacy_mode":
        return (tr("AuditLog", "Turned privacy mode on") if new != "0"
                else tr("AuditLog", "Turned privacy mode off"))
    if entry_target == "therapist_name":
        if not old:
            return tr("AuditLog", "Set the name in the audit log to “{new}”").format(new=new)
        return tr("AuditLog", "Changed the name in the audit log from “{old}” to “{new}”").format(
            old=old, new=new)
    if entry_target == "autolock_minutes":
        return tr("AuditLog", "Changed the idle time before locking from {old} to {new} minutes"
                  ).format(old=old or "5", new=new)
    return tr("AuditLog", "Changed the setting {setting} from “{old}” to “{new}”").format(
        setting=setting_label(entry_target), old=old or "", new=new)


# -- the actions ------------------------------------------------------------------------
def _count(detail: dict[str, Any], key: str) -> int:
    value = detail.get(key)
    return value if isinstance(value, int) else 0


def _failed_attempts(detail: dict[str, Any]) -> str:
    count = _count(detail, "count")
    last = local_time(str(detail.get("last") or ""))
    at = last.strftime("%H:%M") if last is not None else "—"
    day = last.strftime("%Y-%m-%d") if last is not None else "—"
    if count == 1:
        text = tr("AuditLog", "1 failed attempt since the last unlock, on {day} at {time}")
    else:
        text = tr("AuditLog", "{n} failed attempts since the last unlock, "
                              "the last on {day} at {time}")
    text = text.format(n=count, day=day, time=at)
    recovery = _count(detail, "recovery_key")
    if recovery:
        text += " " + tr("AuditLog", "({n} with the recovery key)").format(n=recovery)
    return text


def _note_saved(detail: dict[str, Any]) -> str:
    chars = _count(detail, "chars")
    if chars == 1:
        return tr("AuditLog", "Saved a session note (1 character)")
    return tr("AuditLog", "Saved a session note ({n} characters)").format(n=chars)


def _summary_export(detail: dict[str, Any]) -> str:
    pages = _count(detail, "pages")
    if detail.get("pseudonymized"):
        reference = detail.get("reference")
        if reference:
            return tr("AuditLog", "Exported the case summary (pseudonymized, reference {reference})"
                      ).format(reference=reference)
        return tr("AuditLog", "Exported the case summary (pseudonymized)")
    if pages == 1:
        return tr("AuditLog", "Exported the case summary (1 page)")
    return tr("AuditLog", "Exported the case summary ({n} pages)").format(n=pages)


def _packet_in_case(detail: dict[str, Any]) -> str:
    questions = detail.get("questions")
    n = len(questions) if isinstance(questions, list) else 0
    return tr("AuditLog", "Included in a supervision packet (questions: {n})").format(n=n)


def _packet_in_vault(detail: dict[str, Any]) -> str:
    return tr("AuditLog", "Exported a supervision packet (clients: {cases}, questions: {questions})"
              ).format(cases=_count(detail, "cases"), questions=_count(detail, "questions"))


def _comments(detail: dict[str, Any]) -> str:
    return tr("AuditLog", "Imported the supervisor's comments (attached: {attached}, "
                    "left out: {skipped})").format(
        attached=_count(detail, "attached"),
        skipped=_count(detail, "skipped") + _count(detail, "deleted"))


def _meeting_in_vault(detail: dict[str, Any]) -> str:
    return tr("AuditLog", "Recorded a guidance meeting on {day} (clients: {cases})").format(
        day=detail.get("day") or "—", cases=_count(detail, "cases"))


def _status(detail: dict[str, Any]) -> str:
    try:
        label = status_label(Status(str(detail.get("status"))))
    except ValueError:
        return tr("AuditLog", "Changed the status")
    said = tr("AuditLog", "Changed the status to “{status}”").format(status=label)
    # Ending and closing store the reason's code (never the therapist's note): the kind of
    # ending, as the clinic counts it, is no case content.
    try:
        reason = EndReason(str(detail["reason"]))
    except (KeyError, ValueError):
        return said
    return f"{said} – {end_reason_label(reason)}"


_FIELDS = {
    "code": N_("AuditLog", "code"),
    "name": N_("AuditLog", "name"),
    "first_contact_date": N_("AuditLog", "first contact"),
    "contact_channel": N_("AuditLog", "contact channel"),
    "referral_source": N_("AuditLog", "referral"),
    "gender": N_("AuditLog", "gender"),
    "age_group": N_("AuditLog", "age group"),
    "relationship_status": N_("AuditLog", "relationship status"),
    "children": N_("AuditLog", "children"),
    "preferred_therapist_gender": N_("AuditLog", "preferred therapist gender"),
    "therapist": N_("AuditLog", "therapist"),
    "followup_due": N_("AuditLog", "follow-up date"),
    "status": N_("AuditLog", "status"),
}


def _profile(detail: dict[str, Any]) -> str:
    fields = detail.get("fields")
    if not isinstance(fields, list) or not fields:
        return tr("AuditLog", "Changed the client's details")
    words = ", ".join(tr(_CTX, _FIELDS[f]) if f in _FIELDS else str(f) for f in fields)
    return tr("AuditLog", "Changed the client's details: {fields}").format(fields=words)


def _print(detail: dict[str, Any]) -> str:
    if detail.get("what") == "coping card":
        return tr("AuditLog", "Printed the coping card")
    return tr("AuditLog", "Printed from the case file")


def _not_completed(detail: dict[str, Any]) -> str:
    """An export recorded whose file could not then be named (the export line before it
    is not true: ``kastdesk.store.fsutil.StagedWrite.place_recorded``); the file's place
    is the entry's target, as an export's is."""
    return tr("AuditLog", "Export not completed: its file could not be saved")


def _genogram_export(fmt: str) -> Callable[[dict[str, Any]], str]:
    def words(detail: dict[str, Any]) -> str:
        if detail.get("initials_only"):
            return tr("AuditLog", "Exported the family map as {format} (initials only)").format(
                format=fmt)
        return tr("AuditLog", "Exported the family map as {format}").format(format=fmt)
    return words


Words = Callable[[dict[str, Any]], str]
_Fixed = tuple[Kind, str]

#: Actions whose words never change with the detail: the stored name, its kind, the words.
_FIXED: dict[str, _Fixed] = {
    # the vault
    "Create vault": (Kind.CHANGED, N_("AuditLog", "Created the vault")),
    "Unlock": (Kind.OPENED, N_("AuditLog", "Unlocked the vault")),
    "Change passphrase": (Kind.CHANGED, N_("AuditLog", "Changed the passphrase")),
    "Change passphrase refused": (
        Kind.OPENED, N_("AuditLog", "Tried to change the passphrase with a wrong current one")),
    "Recover with recovery key": (
        Kind.CHANGED, N_("AuditLog", "Set a new passphrase with the recovery key")),
    # one case
    "Open case": (Kind.OPENED, N_("AuditLog", "Opened the case file")),
    "Set follow-up date": (Kind.CHANGED, N_("AuditLog", "Set the follow-up date")),
    "Register returning client": (
        Kind.CHANGED, N_("AuditLog", "Started a new case for a client who came back")),
    "Link earlier case": (Kind.CHANGED, N_("AuditLog", "Linked the client's earlier case")),
    "Link later case": (Kind.CHANGED, N_("AuditLog", "Linked the client's new case")),
    "Copy family map from earlier case": (
        Kind.CHANGED, N_("AuditLog", "Copied the family map from the earlier case")),
    "Add session": (Kind.CHANGED, N_("AuditLog", "Added a session")),
    "Edit session": (Kind.CHANGED, N_("AuditLog", "Changed a session's details")),
    "Sign note": (Kind.CHANGED, N_("AuditLog", "Signed a note")),
    "Amend note": (Kind.CHANGED, N_("AuditLog", "Added an amendment to a signed note")),
    "Correct attendance": (
        Kind.CHANGED, N_("AuditLog", "Corrected whether a signed session was held")),
    "Delete session": (Kind.DELETED, N_("AuditLog", "Deleted a session")),
    "Restore session": (Kind.CHANGED, N_("AuditLog", "Restored a deleted session")),
    "Set goal": (Kind.CHANGED, N_("AuditLog", "Set a goal")),
    "Revise goal": (Kind.CHANGED, N_("AuditLog", "Revised a goal")),
    "Goal reached": (Kind.CHANGED, N_("AuditLog", "Marked a goal as reached")),
    "Drop goal": (Kind.CHANGED, N_("AuditLog", "Dropped a goal")),
    "Reopen goal": (Kind.CHANGED, N_("AuditLog", "Reopened a goal")),
    "Raise risk flag": (Kind.CHANGED, N_("AuditLog", "Raised a risk flag")),
    "Clear risk flag": (Kind.CHANGED, N_("AuditLog", "Cleared a risk flag")),
    "Flag for guidance": (Kind.CHANGED, N_("AuditLog", "Added a question for guidance")),
    "Withdraw guidance flag": (Kind.CHANGED, N_("AuditLog", "Withdrew a question for guidance")),
    "Import supervisor comment": (Kind.CHANGED, N_("AuditLog", "Added a supervisor's comment")),
    "Intake: save answers": (Kind.CHANGED, N_("AuditLog", "Saved answers in the intake form")),
    "Self-rating: add measurement point": (
        Kind.CHANGED, N_("AuditLog", "Added a self-rating measurement point")),
    "Self-rating: correct answers": (Kind.CHANGED, N_("AuditLog", "Corrected self-rating answers")),
    "Self-rating: enter paper form": (
        Kind.CHANGED, N_("AuditLog", "Typed in a self-rating paper form")),
    "Self-rating: client filled in": (
        Kind.CHANGED, N_("AuditLog", "The client filled in a self-rating scale")),
    "Import genogram from GEDCOM": (
        Kind.CHANGED, N_("AuditLog", "Imported the family map from a GEDCOM file")),
    "Keep a dialog's unfinished text at lock": (
        Kind.CHANGED, N_("AuditLog", "Kept the unfinished text of an open dialog at lock")),
    "Keep unfinished text": (Kind.CHANGED, N_("AuditLog", "Kept unfinished text")),
    "Drop unfinished text": (Kind.CHANGED, N_("AuditLog", "Removed kept unfinished text")),
    "Reopen a dialog's unfinished text": (
        Kind.CHANGED, N_("AuditLog", "Reopened a dialog with its unfinished text")),
    "Guidance advice": (Kind.CHANGED, N_("AuditLog", "Wrote down advice from guidance")),
    "Guidance flag discussed": (
        Kind.CHANGED, N_("AuditLog", "Marked a question as discussed in guidance")),
}

#: Actions whose words take something from the detail (a count, a status, a reference).
_WORDED: dict[str, tuple[Kind, Words]] = {
    "Failed unlock attempts": (Kind.OPENED, _failed_attempts),
    "Save note": (Kind.CHANGED, _note_saved),
    "Change status": (Kind.CHANGED, _status),
    "Edit client profile": (Kind.CHANGED, _profile),
    "Export case summary": (Kind.EXPORTED, _summary_export),
    "Export genogram as GEDCOM": (Kind.EXPORTED, _genogram_export("GEDCOM")),
    "Export genogram as PNG": (Kind.EXPORTED, _genogram_export("PNG")),
    "Export genogram as SVG": (Kind.EXPORTED, _genogram_export("SVG")),
    "Export genogram as PDF": (Kind.EXPORTED, _genogram_export("PDF")),
    "Print": (Kind.EXPORTED, _print),
    "Export not completed": (Kind.EXPORTED, _not_completed),
    "Import supervisor comments": (Kind.CHANGED, _comments),
}


def _exercise_title(label: str) -> tuple[str, str] | None:
    """(translated title, step) when ``label`` is an exercise's ("Urge log: add entry")."""
    from kastdesk.exercises.base import all_exercises

    for exercise in all_exercises():
        prefix = exercise.title + ": "
        if label.startswith(prefix):
            return exercise.display_title(), label[len(prefix):]
    return None


def _exercise(title: str, step: str) -> str:
    if step == "start":
        return tr("AuditLog", "Started the exercise “{title}”").format(title=title)
    if step in ("save", "edit"):
        return tr("AuditLog", "Worked on the exercise “{title}”").format(title=title)
    return tr("AuditLog", "Worked on the exercise “{title}”: {step}").format(title=title, step=step)


def describe(action: str, target: str, detail: dict[str, Any], *,
             in_case: bool) -> Description:
    """``action`` (as stored) in words, with its kind and target.

    ``in_case``: the entry is from a case file (else from the vault's index, where a
    few names mean something else: "Register client" there adds a line to the register,
    in the case file it creates the file).
    """
    if action.startswith("Demo:"):
        # The demo vault's fictional content; one fill touches every part at once, so
        # naming one of them as the target would mislead.
        return Description(Kind.CHANGED, tr("AuditLog", "Filled with demo content"))
    area = _area(detail)
    if action in _FIXED:
        kind, words = _FIXED[action]
        return Description(kind, tr(_CTX, words), area)
    if action in _WORDED:
        kind, make = _WORDED[action]
        return Description(kind, make(detail), _export_target(detail) or area)
    if action == "Register client":
        return Description(Kind.CHANGED, tr("AuditLog", "Created the case file") if in_case
                           else tr("AuditLog", "Added the client to the register"),
                           area if in_case else tr("AuditLog", "Register"))
    if action == "Delete client":
        return Description(Kind.DELETED,
                           tr("AuditLog", "Deleted the client and their case file for good"),
                           tr("AuditLog", "Register"))
    if action == "Change setting":
        return Description(Kind.CHANGED, _setting(target, detail), setting_label(target))
    if action == "Export supervision packet":
        if in_case:
            return Description(Kind.EXPORTED, _packet_in_case(detail),
                               str(detail.get("pdf") or ""))
        return Description(Kind.EXPORTED, _packet_in_vault(detail), str(detail.get("pdf") or ""))
    if action == "Record guidance meeting":
        if in_case:
            return Description(Kind.CHANGED,
                               tr("AuditLog", "Recorded a guidance meeting on this case"),
                               tr("AuditLog", "Supervision"))
        return Description(Kind.CHANGED, _meeting_in_vault(detail), tr("AuditLog", "Supervision"))
    if action == "Back up vault":
        clients = _count(detail, "clients")
        return Description(Kind.EXPORTED, tr("AuditLog", "Backed up the vault (clients: {n})")
                           .format(n=clients), _export_target(detail))
    if action == "Restore from backup":
        return Description(Kind.CHANGED, tr("AuditLog", "Restored the vault from a backup"),
                           _export_target(detail))
    if action == "Export audit log":
        return Description(Kind.EXPORTED, _audit_export(detail), _export_target(detail))
    exercise = _exercise_title(action)
    if exercise is not None:
        return Description(Kind.CHANGED, _exercise(*exercise), tr("AuditLog", "Exercises"))
    if detail.get("document") == "genogram":
        # The family map's steps were stored in the language of the day ("Add partner",
        # "Lägg till partner"): English ones are translated, the rest shown as stored.
        return Description(Kind.CHANGED, tr("AuditLog", "Changed the family map: {step}").format(
            step=tr("Genogram", action)), area)
    verb, _, document = action.partition(" ")
    if verb in ("Save", "Delete") and document in _DOCUMENTS:
        # A document saved or deleted under its storage name, when no label was given
        # (a delete reports no document kind: the name is all there is).
        part = tr(_CTX, _DOCUMENTS[document])
        if verb == "Save":
            return Description(Kind.CHANGED, tr("AuditLog", "Saved: {part}").format(part=part),
                               part)
        kind = Kind.CHANGED if document == "dialog_draft" else Kind.DELETED
        return Description(kind, tr("AuditLog", "Deleted: {part}").format(part=part), part)
    if action.endswith(": save answers"):
        return Description(Kind.CHANGED, tr("AuditLog", "Saved answers in a form"), area)
    return Description(_guess_kind(action, detail), action, area)


def _audit_export(detail: dict[str, Any]) -> str:
    rows = _count(detail, "rows")
    if rows == 1:
        return tr("AuditLog", "Exported the audit log (1 line)")
    return tr("AuditLog", "Exported the audit log ({n} lines)").format(n=rows)


def _export_target(detail: dict[str, Any]) -> str:
    """Where an export went: the file the therapist chose."""
    path = detail.get("path") or detail.get("file")
    return str(path) if path else ""


def _guess_kind(action: str, detail: dict[str, Any]) -> Kind:
    """A name not known here (a later version's): its first word, else a change when it
    was a transaction (they report the areas they touched), else a read."""
    first = action.split(" ", 1)[0].casefold()
    if first in ("export", "print"):
        return Kind.EXPORTED
    if first in ("delete", "erase"):
        return Kind.DELETED
    return Kind.CHANGED if "areas" in detail else Kind.OPENED


__all__ = ["Description", "Kind", "describe", "format_time", "kind_label", "local_time",
           "setting_label"]
