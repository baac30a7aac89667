"""Reading the audit logs back, with the chain checked as ``verify`` checks it.

The logs were written everywhere and readable nowhere: a clinic asked "who opened or
changed this client's file, and when" and KastDesk could not answer. This module hands
out the entries of one case file, or of the vault's index (with every case file's when
asked), together with what ``verify`` finds wrong with the same files, so a screen can
say calmly at the top whether the list it shows can be trusted.

Reading a log is not reading the case: a case file that is not open is opened
read-only, its entries copied out, and closed again, and no "Open case" line is written.
Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kastdesk.i18n import tr
from kastdesk.store import audit, db
from kastdesk.store.audit import AuditEntry
from kastdesk.store.errors import StoreError, VaultDamaged
from kastdesk.store.vault import Vault

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class LoggedEntry:
    """One audit entry and where it was kept: the vault's index or one client's file."""

    entry: AuditEntry
    client_id: str | None = None  # the case file's client; None for the vault's own log


@dataclass
class AuditTrail:
    """Entries newest first, and one line per problem ``verify`` finds in their files."""

    entries: list[LoggedEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    logs_checked: int = 0  # how many logs (the index, case files) were read and checked

    @property
    def intact(self) -> bool:
        return not self.problems


def case_trail(vault: Vault, client_id: str) -> AuditTrail:
    """One client's audit log, checked as ``verify`` checks that file."""
    trail = AuditTrail()
    _add_case(vault, client_id, trail)
    return trail


def vault_trail(vault: Vault, *, include_cases: bool = False,
                progress: ProgressFn | None = None) -> AuditTrail:
    """The vault's own log (unlocks, the register, settings, packets); with
    ``include_cases`` every client's log too, newest first across all of them.

    A case file that cannot be read is named in the problems and left out; the rest
    is still shown (one damaged file must not hide who opened the others).
    """
    trail = AuditTrail()
    try:
        with db.guarded(VaultDamaged):
            problems = db.integrity_problems(vault.index) + audit.verify(vault.index)
            entries = audit.entries(vault.index)
    except (db.DatabaseError, VaultDamaged):
        from kastdesk.store.casefile import unreadable_text

        problems, entries = [unreadable_text()], []
    trail.problems += [
        tr("Verify", "index: {problem}; restore the vault from the newest backup "
                     "(File → Restore from backup…)")
        .format(problem=p) for p in problems
    ]
    trail.entries += [LoggedEntry(e) for e in entries]
    trail.logs_checked = 1
    if include_cases:
        ids = [c.id for c in vault.clients()]
        for done, client_id in enumerate(ids, start=1):
            _add_case(vault, client_id, trail)
            if progress is not None:
                progress(done, len(ids))
        trail.entries.sort(key=lambda e: e.entry.at, reverse=True)
    return trail


def _add_case(vault: Vault, client_id: str, trail: AuditTrail) -> None:
    """Add one case file's entries and problems to ``trail``; a file that cannot be read
    adds its problem (verify's sentence, naming the client) and no entries."""
    code = vault.client(client_id).code
    open_case = vault._open_cases.get(client_id)
    opened_here = open_case is None or open_case.closed
    try:
        case = vault._check_case(client_id) if opened_here else open_case
        assert case is not None
        try:
            entries = case.audit_entries()
        finally:
            if opened_here:
                case.close()
    except StoreError as exc:
        trail.problems.append(
            tr("Verify", "client {code}: {problem}").format(code=code, problem=exc.message))
        trail.logs_checked += 1
        return
    trail.problems += [
        tr("Verify", "client {code}: {problem}").format(code=code, problem=p)
        for p in vault._case_problems(client_id, vault._seen_head(client_id))
    ]
    trail.entries += [LoggedEntry(e, client_id) for e in entries]
    trail.logs_checked += 1


__all__ = ["AuditTrail", "LoggedEntry", "case_trail", "vault_trail"]
