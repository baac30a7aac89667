"""The files exported from a case, as its audit log recorded them: to delete with the case.

Erasing a client deletes the case file, and the case's audit log with it. What was
exported before stays where the therapist put it: case summaries (pseudonymized or not),
supervision packets and their PDFs, the family map as GEDCOM or a picture, the
supervisor's comment files, the case's history as CSV. Their paths were recorded in that
log alone, so they are read out before the erasure, for the therapist to delete those
files too (the app cannot: they may be on a stick, a share, already gone).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from kastdesk.audit.describe import Kind, describe, format_time, local_time
from kastdesk.store import StoreError, Vault
from kastdesk.store.auditview import case_trail, vault_trail

#: Where each kind of export recorded its file(s), in the entry's detail.
_PATH_KEYS = ("path", "file", "pdf", "packet")


@dataclass(frozen=True)
class ExportedFile:
    """One export: when (local time), what in words, and the files it wrote (none when
    the log did not record where it went: a printout, or a family map exported before
    its entries kept the path)."""

    when: str
    what: str
    paths: tuple[str, ...]


@dataclass(frozen=True)
class RecordedExports:
    """The exports of one case, newest first; ``readable`` False when its audit log could
    not be read (the list is then incomplete, perhaps empty)."""

    files: list[ExportedFile] = field(default_factory=list)
    readable: bool = True

    @property
    def paths(self) -> list[str]:
        """Every file named, once, newest export first."""
        seen: dict[str, None] = {}
        for exported in self.files:
            seen.update(dict.fromkeys(exported.paths))
        return list(seen)

    @property
    def folders(self) -> list[str]:
        """The folders those files went to, once each, newest export first.

        An export cut short (a crash, a power cut) could leave a complete copy beside the
        file under a temp name starting with a dot (``.kastdesk-….tmp``; an older version's
        ``.<file name>.<pid>.tmp`` or ``….part``). The next export into that folder removes
        the newer kind; an older version's only when a file of the same name is written
        there again, which after the erasure never happens. So the folders are named for
        the therapist to look in; the app does not look itself (the dialog would reach
        into a stick or a network folder that may hang, and a hidden temp file does not
        say which client's it is).
        """
        return list(dict.fromkeys(os.path.dirname(path) or "." for path in self.paths))

    @property
    def some_unplaced(self) -> bool:
        """Some export's place was not recorded (a printout, an older family map export)."""
        return any(not exported.paths for exported in self.files)


def _paths(detail: dict[str, object]) -> tuple[str, ...]:
    return tuple(str(detail[key]) for key in _PATH_KEYS if detail.get(key))


def recorded_exports(vault: Vault, client_id: str) -> RecordedExports:
    """What the case's audit log says was exported from it (and the supervisor's comment
    files on packets that held it, from the vault's log). Reads, never writes."""
    try:
        trail = case_trail(vault, client_id)
    except StoreError:
        return RecordedExports(readable=False)
    files: list[tuple[str, ExportedFile]] = []
    packets: set[str] = set()
    for logged in trail.entries:
        e = logged.entry
        words = describe(e.action, e.target, e.detail, in_case=True)
        if words.kind is not Kind.EXPORTED:
            continue
        if e.action == "Export supervision packet" and e.detail.get("packet_id"):
            packets.add(str(e.detail["packet_id"]))
        files.append((e.at, ExportedFile(format_time(local_time(e.at)), words.what,
                                          _paths(e.detail))))
    readable = bool(trail.entries) or not trail.problems
    if packets:
        # The supervisor's comments on those packets came back in files of their own,
        # recorded in the vault's log (a comment file holds what was said about the case).
        try:
            vault_entries = vault_trail(vault).entries
        except StoreError:
            vault_entries, readable = [], False
        for logged in vault_entries:
            e = logged.entry
            if e.action == "Import supervisor comments" and e.target in packets:
                words = describe(e.action, e.target, e.detail, in_case=False)
                files.append((e.at, ExportedFile(format_time(local_time(e.at)), words.what,
                                                  _paths(e.detail))))
    files.sort(key=lambda item: item[0], reverse=True)
    return RecordedExports([f for _at, f in files], readable)


__all__ = ["ExportedFile", "RecordedExports", "recorded_exports"]
