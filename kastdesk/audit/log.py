"""The audit log as people read it: rows in words, a period and kinds to filter by,
and the shown list as CSV or JSON.

The screen (``kastdesk.ui.audit``) and ``kastdesk audit`` both build their lists here,
so the two say the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kastdesk import csvfile
from kastdesk.i18n import tr
from kastdesk.store.audit import AuditEntry
from kastdesk.store.auditview import AuditTrail, LoggedEntry, case_trail, vault_trail
from kastdesk.store.fsutil import stage_export
from kastdesk.store.vault import Vault

from .describe import Kind, describe, format_time, kind_label, local_time

ALL_KINDS = frozenset(Kind)


@dataclass(frozen=True)
class AuditRow:
    """One line of the log in words. ``client`` is the client's code ("" for the vault's
    own entries that concern none); ``log`` says which file kept it."""

    seq: int
    at: str              # as stored (UTC, ISO 8601)
    when: datetime | None  # local time
    who: str
    kind: Kind
    what: str
    client: str
    target: str
    action: str          # the stored name, for programs and for searching the source

    @property
    def when_text(self) -> str:
        return format_time(self.when)

    @property
    def day(self) -> date | None:
        return self.when.date() if self.when is not None else None


@dataclass
class AuditLog:
    """Rows newest first, and whether the files they came from verify."""

    rows: list[AuditRow]
    problems: list[str]
    logs_checked: int

    @property
    def intact(self) -> bool:
        return not self.problems

    def filtered(self, start: date | None = None, end: date | None = None,
                 kinds: Iterable[Kind] = ALL_KINDS) -> list[AuditRow]:
        """The rows from ``start`` to ``end`` (local days, both included) of ``kinds``."""
        wanted = frozenset(kinds)
        return [
            r for r in self.rows
            if r.kind in wanted
            and (start is None or (r.day is not None and r.day >= start))
            and (end is None or (r.day is not None and r.day <= end))
        ]


def status_line(log: AuditLog) -> str:
    """The calm line above the list: whether the chain verifies, as ``verify`` checks it."""
    if log.intact:
        if log.logs_checked > 1:
            return tr("AuditLog", "Checked just now: all {n} logs are complete and unaltered; "
                                  "every entry follows the one before it.").format(
                n=log.logs_checked)
        return tr("AuditLog", "Checked just now: the log is complete and unaltered; every "
                              "entry follows the one before it.")
    return tr("AuditLog", "Checked just now: the log may have been altered or damaged. "
                          "Verify vault says what to do:") + " " + "; ".join(log.problems)


def who_label(actor: str) -> str:
    return actor or tr("AuditLog", "unknown (before unlocking)")


def _row(logged: LoggedEntry, codes: dict[str, str]) -> AuditRow:
    e: AuditEntry = logged.entry
    in_case = logged.client_id is not None
    words = describe(e.action, e.target, e.detail, in_case=in_case)
    if in_case:
        client = codes.get(str(logged.client_id), "")
    elif e.action in ("Register client", "Delete client"):
        client = codes.get(e.target, str(e.detail.get("code") or ""))
    else:
        client = ""
    return AuditRow(
        seq=e.seq, at=e.at, when=local_time(e.at), who=who_label(e.actor), kind=words.kind,
        what=words.what, client=client, target=words.target, action=e.action,
    )


def _codes(vault: Vault, trail: AuditTrail) -> dict[str, str]:
    """Client ids to codes: the register's, and a deleted client's from its entry."""
    codes = {c.id: c.code for c in vault.clients()}
    for logged in trail.entries:
        e = logged.entry
        if logged.client_id is None and e.action == "Delete client" and e.target not in codes:
            codes[e.target] = str(e.detail.get("code") or "")
    return codes


def from_trail(vault: Vault, trail: AuditTrail) -> AuditLog:
    codes = _codes(vault, trail)
    return AuditLog([_row(e, codes) for e in trail.entries], list(trail.problems),
                    trail.logs_checked)


def case_log(vault: Vault, client_id: str) -> AuditLog:
    """One client's log in words, checked."""
    return from_trail(vault, case_trail(vault, client_id))


def vault_log(vault: Vault, *, include_cases: bool = False, progress: Any = None) -> AuditLog:
    """The vault's log in words (with every client's, merged by time, when asked)."""
    return from_trail(vault, vault_trail(vault, include_cases=include_cases,
                                         progress=progress))


# -- out of the app ---------------------------------------------------------------------
def _headers() -> list[str]:
    return [tr("AuditLog", "Date and time"), tr("AuditLog", "Who"), tr("AuditLog", "Kind"),
            tr("AuditLog", "What"), tr("AuditLog", "Client"), tr("AuditLog", "Target")]


def _cells(r: AuditRow) -> tuple[str, ...]:
    """A row's cells: the screen's columns, with the kind (the screen's tooltip) spelled out."""
    return (r.when_text, r.who, kind_label(r.kind), r.what, r.client, r.target)


def to_csv(rows: Iterable[AuditRow], separator: str | None = None) -> str:
    """The rows as CSV, headed in the user's language, as shown on screen; separated as
    Excel in that language expects (``separator`` None), see :mod:`kastdesk.csvfile`."""
    return csvfile.to_csv(_headers(), (_cells(r) for r in rows), separator)


def write_csv(rows: list[AuditRow], path: Path, separator: str | None = None) -> None:
    """Write the shown list where the user chose (never into a vault's folder), whole or
    not at all, as the clinics' Excel opens it (separator, byte-order mark, no formulas)."""
    csvfile.write_csv(Path(path), _headers(), (_cells(r) for r in rows), separator)


def to_json(rows: Iterable[AuditRow]) -> list[dict[str, Any]]:
    """For programs: the stored action and UTC time beside the words and local time."""
    return [
        {"seq": r.seq, "at": r.at, "local_time": r.when_text, "who": r.who,
         "kind": r.kind.value, "action": r.action, "what": r.what, "client": r.client,
         "target": r.target}
        for r in rows
    ]


def record_export(vault: Vault, rows: list[AuditRow], path: Path,
                  client_id: str | None = None) -> None:
    """Write to the log that the log was exported: the list names clients and times, and
    every export is audited (who, when, how many lines, where to)."""
    detail = {"rows": len(rows), "path": str(Path(path).resolve())}
    if client_id is not None:
        vault.open_case(client_id, audit_open=False).record("Export audit log", detail)
    else:
        vault.record("Export audit log", "", detail)


def export_csv(vault: Vault, rows: list[AuditRow], path: Path, separator: str | None = None,
               client_id: str | None = None) -> None:
    """:func:`write_csv` and :func:`record_export` as one: the file is written whole
    without its name, the export recorded, then the file named. A log that cannot record
    it (the vault's disk full) leaves no file (``ExportNotRecorded``): written first, the
    list of clients and times stayed where it went with no line saying so."""
    staged = stage_export(Path(path), csvfile.to_bytes(_headers(), (_cells(r) for r in rows),
                                                       separator))
    detail = {"path": str(Path(path).resolve())}

    def not_completed() -> None:
        if client_id is not None:
            vault.open_case(client_id, audit_open=False).record("Export not completed", detail)
        else:
            vault.record("Export not completed", "", detail)

    staged.place_recorded(lambda: record_export(vault, rows, path, client_id), not_completed)


__all__ = ["ALL_KINDS", "AuditLog", "AuditRow", "case_log", "export_csv", "from_trail",
           "record_export", "status_line", "to_csv", "to_json", "vault_log", "who_label",
           "write_csv"]
