"""Erasing a client for good, as a GDPR erasure request asks.

``Vault.delete_client`` removes the register line with the case file's key and the case
file itself (every session, note, scale, family map, exercise and goal is in it), and
writes one line to the vault's audit log: "Delete client" with the code, nothing of the
content. What the vault keeps about the client beside the case file is forgotten next
(:mod:`kastdesk.supervision.forget`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kastdesk.store import StoreError, Vault
from kastdesk.supervision.forget import forget_deleted_clients
from kastdesk.supervision.guidance import list_flags


@dataclass(frozen=True)
class ErasedClient:
    """Who was erased: the code (as the audit log keeps it) and the random id."""

    client_id: str
    code: str


def _guidance_flag_ids(vault: Vault, client_id: str) -> set[str]:
    """The ids of the client's questions for guidance (a meeting being recorded keeps the
    advice typed under them). A case file that cannot be read has none to offer, and must
    not stand in the way of erasing it."""
    try:
        case = vault.open_case(client_id, audit_open=False)
        return {flag.id for flag in list_flags(case)}
    except StoreError:
        return set()


def erase_client(vault: Vault, client_id: str) -> ErasedClient:
    """Delete the client's register line and case file, then every reference the vault's
    settings hold. Raises ``CaseNotFound`` for a client not in the register.

    If forgetting fails after the delete (a full disk), the client is gone and the error
    is raised; the next erasure forgets what this one left, since ids are checked
    against the register.
    """
    entry = vault.client(client_id)
    flag_ids = _guidance_flag_ids(vault, client_id)
    vault.delete_client(client_id)
    forget_deleted_clients(vault, flag_ids, client_ids=[client_id])
    return ErasedClient(client_id=entry.id, code=entry.code)


__all__ = ["ErasedClient", "erase_client"]
