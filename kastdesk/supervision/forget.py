"""A deleted client forgotten in what the vault keeps beside the case files.

Deleting a client (``Vault.delete_client``) removes the register line and the case file,
but the vault's settings still named the client's random id: the list of guidance
meetings (``supervision.meetings``), of supervision packets exported
(``supervision.packets``), and the unfinished text of a meeting being recorded or of
comments on a packet, kept at a lock (``ui.vault_drafts``, see ``kastdesk.ui.drafts``).
An erasure request leaves none of it. Packets keep a count of their cases deleted since,
so importing the supervisor's comments can say why some were left out.

Ids are compared against the register, not just the one client deleted now: a client
deleted before this existed (or whose clean-up a full disk cut short) is forgotten too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .guidance import MEETINGS_SETTING
from .packet import DELETED_CASES, PACKETS_SETTING

#: ``kastdesk.ui.drafts.VAULT_SETTING`` (the core cannot import the UI; a test pins them).
VAULT_DRAFTS_SETTING = "ui.vault_drafts"


def _load(vault: Any, key: str) -> Any:
    raw = vault.get_setting(key)
    try:
        return json.loads(raw) if raw else None
    except ValueError:  # unreadable: nothing in it can be found either
        return None


def _forget_in_lists(entries: Any, known: set[str], count_key: str | None) -> bool:
    """Drop ids not in ``known`` from each entry's ``client_ids``; True if any went."""
    changed = False
    for entry in entries if isinstance(entries, list) else []:
        ids = entry.get("client_ids") if isinstance(entry, dict) else None
        if not isinstance(ids, list):
            continue
        kept = [i for i in ids if i in known]
        if len(kept) != len(ids):
            if count_key:
                entry[count_key] = int(entry.get(count_key) or 0) + len(ids) - len(kept)
            entry["client_ids"] = kept
            changed = True
    return changed


def _forget_in_meeting_draft(data: dict[str, Any], flag_ids: set[str]) -> bool:
    """A meeting being recorded (``MeetingDialog.draft``): its rows are keyed by the id of
    the question for guidance, with the advice typed for it."""
    rows = data.get("rows")
    if not isinstance(rows, dict):
        return False
    gone = [key for key in rows if key in flag_ids]
    for key in gone:
        del rows[key]
    return bool(gone)


def _forget_in_packet_draft(data: dict[str, Any], known: set[str]) -> bool:
    """Comments on a packet (``PacketWindow.draft``): the packet's cases and the comments
    typed on them, each by case id. False if nothing changed."""
    packet = data.get("packet")
    changed = False
    if isinstance(packet, dict) and isinstance(packet.get("cases"), list):
        cases = [c for c in packet["cases"]
                 if not isinstance(c, dict) or c.get("case_id") in known]
        if len(cases) != len(packet["cases"]):
            packet["cases"] = cases
            changed = True
    comments = data.get("comments")
    if isinstance(comments, list):
        kept = [c for c in comments if not isinstance(c, list) or not c or c[0] in known]
        if len(kept) != len(comments):
            data["comments"] = kept
            changed = True
    return changed


def _packet_left(data: dict[str, Any]) -> bool:
    packet = data.get("packet")
    return not isinstance(packet, dict) or bool(packet.get("cases"))


def forget_deleted_clients(vault: Any, flag_ids: Iterable[str] = ()) -> int:
    """Remove every client id the register no longer has from the vault's settings, and
    the drafts typed for the guidance questions ``flag_ids`` (a deleted client's).
    Returns how many settings were rewritten (each write is audited as a setting change)."""
    known = {entry.id for entry in vault.clients()}
    flags = set(flag_ids)
    written = 0
    for key, count_key in ((MEETINGS_SETTING, None), (PACKETS_SETTING, DELETED_CASES)):
        entries = _load(vault, key)
        if _forget_in_lists(entries, known, count_key):
            vault.set_setting(key, json.dumps(entries))
            written += 1
    drafts = _load(vault, VAULT_DRAFTS_SETTING)
    if isinstance(drafts, dict):
        changed = False
        for key in list(drafts):
            data = drafts[key]
            if not isinstance(data, dict):
                continue
            kind = str(key).partition(":")[0].partition("#")[0]
            if kind == "meeting":
                changed = _forget_in_meeting_draft(data, flags) or changed
            elif kind == "supervisor" and _forget_in_packet_draft(data, known):
                changed = True
                if not _packet_left(data):  # only the deleted client's case was in it
                    del drafts[key]
        if changed:
            vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps(drafts))
            written += 1
    return written


__all__ = ["DELETED_CASES", "VAULT_DRAFTS_SETTING", "forget_deleted_clients"]
