"""Load and save a case's genogram in the case file's versioned document store.

The genogram is one document (kind ``"genogram"``, id ``"main"``); every user-level edit
saves a new version inside a transaction named with the edit's label, so the audit log
reads "Add parents", "Mark deceased", ... and any earlier state can be brought back.
Duck-typed against the store's contract so this Qt-free package never imports the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kastdesk.i18n import tr

from .edits import Edit
from .model import Genogram, GenogramError

KIND = "genogram"
DOC_ID = "main"

#: The formats the family map is exported in, as the audit log's action names them
#: ("Export genogram as PNG"): the pictures from the editor, GEDCOM from it and the CLI.
EXPORT_FORMATS = ("PNG", "SVG", "PDF", "GEDCOM")


class _Documents(Protocol):
    def put(
        self,
        kind: str,
        doc_id: str,
        data: dict[str, Any],
        session_id: str | None = None,
        label: str = "",
    ) -> Any: ...
    def get(self, kind: str, doc_id: str) -> dict[str, Any] | None: ...
    def history(self, kind: str, doc_id: str) -> list[Any]: ...


class CaseLike(Protocol):
    """What this module needs from an open case file."""

    documents: _Documents

    def transaction(self, label: str) -> Any: ...


class _Recording(Protocol):
    def record(self, action: str, detail: dict[str, Any] | None = None) -> None: ...


class DamagedGenogram(GenogramError):
    """The stored genogram cannot be read; the CLI maps this to exit code 4 (damaged data)."""


@dataclass(frozen=True)
class GenogramVersion:
    """One saved version: what the therapist did and when."""

    version: int
    saved_at: str
    label: str
    session_id: str | None


def has_genogram(case: CaseLike) -> bool:
    """Whether anything has been saved for this case yet."""
    return case.documents.get(KIND, DOC_ID) is not None


def load_genogram(case: CaseLike) -> Genogram:
    """The latest saved genogram, or an empty one when none has been drawn yet.

    A stored document that no longer validates raises ``DamagedGenogram`` instead of being
    shown half-drawn: editing on top of a broken map would save the damage again.
    """
    data = case.documents.get(KIND, DOC_ID)
    if data is None:
        return Genogram()
    try:
        return Genogram.from_dict(data)
    except GenogramError as exc:
        raise DamagedGenogram(exc.message) from None


def save_genogram(
    case: CaseLike, g: Genogram, label: str, session_id: str | None = None
) -> None:
    """Save ``g`` as a new version in one transaction audited under ``label``."""
    if not label:
        raise GenogramError(tr("Genogram", "Every genogram change needs a name."))
    with case.transaction(label):
        case.documents.put(KIND, DOC_ID, g.to_dict(), session_id, label)


def apply_edit(
    case: CaseLike, g: Genogram, edit: Edit, session_id: str | None = None, label: str = ""
) -> Genogram:
    """Apply ``edit`` to ``g`` and save the result under the edit's label (or ``label``).

    The edit is applied before anything is written, so a refused edit (GenogramError)
    leaves the case file untouched.
    """
    new = edit.apply(g)
    save_genogram(case, new, label or edit.label, session_id)
    return new


def record_export(
    case: _Recording, path: Path, fmt: str, *, persons: int, initials_only: bool = False
) -> None:
    """Audit an export of the family map, once its file at ``path`` is written whole.

    The file holds the family's names (or their initials) outside the vault, so the entry
    keeps where it went, absolute, under ``"path"`` as every export does: erasing the
    client then lists it among the files to delete too (:mod:`kastdesk.clients.exports`),
    since the case's log is the only record of it. A failed export records nothing.
    """
    name = fmt.upper()
    if name not in EXPORT_FORMATS:
        raise ValueError(fmt)
    case.record(f"Export genogram as {name}", {
        "path": str(Path(path).expanduser().resolve()),
        "format": name,
        "initials_only": initials_only,
        "persons": persons,
    })


def record_export_not_completed(case: _Recording, path: Path) -> None:
    """In the case's audit log: the export recorded just before has no file after all (its
    name could not be given, see ``StagedWrite.place_recorded``): an audit log takes nothing
    back, so it says so after."""
    case.record("Export not completed", {"path": str(Path(path).expanduser().resolve())})


def genogram_history(case: CaseLike) -> list[GenogramVersion]:
    """Every saved version, oldest first (for "what changed since session X")."""
    return [
        GenogramVersion(v.version, v.saved_at, getattr(v, "label", ""), v.session_id)
        for v in case.documents.history(KIND, DOC_ID)
    ]


__all__ = [
    "DOC_ID",
    "EXPORT_FORMATS",
    "KIND",
    "DamagedGenogram",
    "GenogramVersion",
    "apply_edit",
    "genogram_history",
    "has_genogram",
    "load_genogram",
    "record_export",
    "save_genogram",
]
