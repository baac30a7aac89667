"""Export a case summary PDF from the vault: snapshot, pseudonymize, lay out, audit.

The one entry point the CLI and the UI's export dialog both call. The file is written
whole or not at all (``store.fsutil.stage_export``: no half PDF after a failure, and no
hidden plain-text copy beside it after a crash), the export is audited in the case (who,
when, which sections, where to), and only then is the file named: an export the case's
log does not name is never left (deleting the client lists the exports from that log).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from kastdesk.i18n import tr
from kastdesk.store.fsutil import StagedExport, stage_export

from .pdf import render_pdf
from .pseudonymize import Pseudonymizer, Replacement, Suspect
from .snapshot import EXPORT_ACTION, collect_case, former_maps
from .summary import SECTION_KEYS, build_case_summary

ProgressFn = Callable[[str, float], None]
EXTRA_NAMES_SETTING = "report.extra_names"


@dataclass(frozen=True)
class ExportOptions:
    sections: tuple[str, ...] = SECTION_KEYS
    start: date | None = None
    end: date | None = None
    pseudonymize: bool = False
    extra_names: tuple[str, ...] = ()
    # Words withheld where the text has them, as "[withheld]", never as a relative's role
    # (the check's Withhold on a word in small letters: "bo", Swedish "live", beside a
    # father called Bo; ``Pseudonymizer.set_withhold_words``).
    withhold_words: tuple[str, ...] = ()
    # Words of the family map's free text the therapist keeps ("Polis" of "Arbetar som
    # Polis i Borås"): left as written, never a name (``keep_words`` of
    # ``Pseudonymizer.for_snapshot``). For this export only, never saved: a saved keep list
    # would let the word through in every case and every later export, unasked.
    keep_words: tuple[str, ...] = ()
    date_offset_days: int | None = None  # fixed only in tests
    # The pseudonymized export's own reference in place of the client code; one is drawn
    # when None. The export dialog fixes it so its review list shows the one it will print.
    reference: str | None = None


@dataclass
class ExportResult:
    path: Path
    pages: int
    size: int
    replacements: list[Replacement] = field(default_factory=list)
    reference: str | None = None  # what stands for the client in a pseudonymized summary
    # What the pseudonymized summary still has that may identify someone, with how often
    # (:func:`still_in_text`): the dialog shows it before, the command line after export.
    still_in_text: list[tuple[Suspect, int]] = field(default_factory=list)


def saved_extra_names(vault: Any) -> list[str]:
    """The therapist's own list of names and places to withhold (vault setting)."""
    import json

    raw = vault.get_setting(EXTRA_NAMES_SETTING)
    try:
        names = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(n) for n in names if str(n).strip()]


def therapist_names(snap: Mapping[str, Any], *also: str) -> list[str]:
    """The names of the therapist as the case and its notes know them, for a pseudonymized
    export to withhold: the case's therapist, whoever signed or amended a note, and
    ``also`` (the vault's therapist), each whole and each of its words.

    Word by word because a note names a colleague by surname alone ("Strandmark thought…"),
    and only whole names were withheld: the surname went through to the supervisor. A word
    with a dot ("Dr.", an initial) is no name of its own, and the stand-in
    :attr:`Vault.therapist` gives when no name is set ("therapist") is none at all.
    """
    written = [snap.get("therapist"), *also]
    for s in snap.get("sessions") or []:
        written.append(s.get("signed_by"))
        written.extend(a.get("author") for a in s.get("amendments") or [])
    names: dict[str, None] = {}
    for name in written:
        name = str(name or "").strip()
        if not name or name.casefold() == "therapist":
            continue
        names[name] = None
        for word in re.split(r"[\s,\-\u2010\u2011]+", name):
            word = word.strip("()\"'«»“”‘’")
            if len(word) >= 2 and not word.endswith(".") and any(c.isalpha() for c in word):
                names.setdefault(word, None)
    return list(names)


#: Keys whose values in a (pseudonymized) snapshot or the packet's material are ids, kinds,
#: dates or the reference, never free text a name could hide in.
_NOT_TEXT = frozenset({
    "id", "case_id", "session_id", "ref", "code", "kind", "state", "attendance", "modality",
    "present", "target", "sex", "status", "at", "starts_at", "signed_at", "set_at",
    "cleared_at", "reference_year", "format", "version", "client_id", "exported_on",
    "unions", "child_links", "relationships",
})
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:.+\-]*Z?)?")  # a date or time, whole


def free_text(value: Any, key: str = "") -> list[str]:
    """Every piece of free text in a pseudonymized case summary's snapshot or the packet's
    material for one case (``value``): what a name, a place or an employer can still be in
    after pseudonymizing, for the check of what is left (``pseudonymize.suspects``)."""
    if key in _NOT_TEXT or key.endswith("_id") or key.endswith("_ids"):
        return []
    if isinstance(value, str):
        if _ISO.fullmatch(value) or not any(c.isalpha() for c in value):
            return []
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in free_text(v, str(k))]
    if isinstance(value, list | tuple):
        return [t for v in value for t in free_text(v, key)]
    return []


def still_in_text(pseudo: Pseudonymizer, pseudonymized: Any) -> list[tuple[Suspect, int]]:
    """The words of a pseudonymized case summary's snapshot (``pseudonymized``, what
    ``pseudo.apply`` gave) that may still identify someone, each with how often it occurs,
    most frequent first: the export dialog's "Still in the text" list and what
    ``kastdesk export-pdf --pseudonymize`` prints, one computation for both (the command
    line said nothing, and a therapist handed its PDF on as pseudonymized)."""
    return pseudo.suspects_in(free_text(pseudonymized))


def save_extra_names(vault: Any, names: Sequence[str]) -> None:
    import json

    clean = sorted({n.strip() for n in names if n.strip()})
    vault.set_setting(EXTRA_NAMES_SETTING, json.dumps(clean, ensure_ascii=False))


def prepare(
    vault: Any, client_id: str, options: ExportOptions
) -> tuple[dict[str, Any], Pseudonymizer | None]:
    """Read the case once; the pseudonymizer (if asked) also gives the review list."""
    case = vault.open_case(client_id, audit_open=False)
    snap = collect_case(case, vault.therapist, options.start, options.end)
    snap["exported_on"] = date.today().isoformat()
    if not options.pseudonymize:
        return snap, None
    # The therapist's names too: a pseudonymized summary names no therapist (the cover and
    # signatures say "the therapist", kastdesk.report.summary), nor may a note.
    extra = [*saved_extra_names(vault), *options.extra_names,
             *therapist_names(snap, vault.therapist)]
    # Names earlier versions of the family map held (a person deleted, a name corrected),
    # and the maps of the client's linked cases: a note written before still names them.
    return snap, Pseudonymizer.for_snapshot(
        snap, extra, date_offset_days=options.date_offset_days, reference=options.reference,
        former_map=former_maps(vault, case, snap["genogram"]),
        withhold_words=options.withhold_words, keep_words=options.keep_words,
    )


def stage_summary_pdf(
    snap: dict[str, Any], out: Path, sections: Sequence[str],
    progress: ProgressFn | None = None,
) -> tuple[StagedExport, int]:
    """Lay out the PDF and write it whole beside ``out`` without its name yet (a failure
    leaves nothing); the page count with it. The caller records the export, then places
    the file (``StagedExport.place_recorded``): a file the case's audit log does not name
    is never left, as deleting the client lists the exported files from that log."""
    buffer = BytesIO()
    pages = render_pdf(build_case_summary(snap, sections), buffer, progress)
    return stage_export(Path(out), buffer.getvalue()), pages


def record_summary_export(
    vault: Any,
    client_id: str,
    out: Path,
    options: ExportOptions,
    pseudo: Pseudonymizer | None,
    pages: int,
) -> None:
    """The export in the case's audit log: where it went (the summary dialog offers that
    folder again) and what it held; the CLI and the dialog record it alike."""
    vault.open_case(client_id, audit_open=False).record(EXPORT_ACTION, {
        "sections": list(options.sections),
        "path": str(Path(out).resolve()),
        "pseudonymized": options.pseudonymize,
        "reference": pseudo.reference if pseudo is not None else None,
        "from": options.start.isoformat() if options.start else None,
        "to": options.end.isoformat() if options.end else None,
        "pages": pages,
    })


def record_not_completed(vault: Any, client_id: str, out: Path) -> None:
    """In the case's audit log: the export recorded just before has no file after all
    (its name could not be given: see ``StagedWrite.place_recorded``)."""
    vault.open_case(client_id, audit_open=False).record(
        "Export not completed", {"path": str(Path(out).resolve())})


def export_case_summary(
    vault: Any,
    client_id: str,
    out: Path,
    options: ExportOptions | None = None,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Write the case summary PDF for one client and audit the export: both, or neither
    (:class:`~kastdesk.store.errors.ExportNotRecorded` where the vault cannot record it)."""
    options = options or ExportOptions()
    if progress:
        progress(tr("Report", "Reading the case"), 0.0)
    snap, pseudo = prepare(vault, client_id, options)
    replacements: list[Replacement] = []
    left: list[tuple[Suspect, int]] = []
    if pseudo is not None:
        snap = pseudo.apply(snap)
        replacements = pseudo.review()
        left = still_in_text(pseudo, snap)
    out = Path(out).expanduser().resolve()
    staged, pages = stage_summary_pdf(snap, out, options.sections, progress)
    # Recorded before it has its name: a vault that cannot record it (its disk full)
    # leaves no PDF behind that the audit log, and so deleting the client, would not name.
    staged.place_recorded(
        lambda: record_summary_export(vault, client_id, out, options, pseudo, pages),
        lambda: record_not_completed(vault, client_id, out))
    if progress:
        progress(tr("Report", "Done"), 1.0)
    return ExportResult(out, pages, out.stat().st_size, replacements,
                        pseudo.reference if pseudo is not None else None, left)
