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
That holds for what this vault made (its meetings, its packets). A packet from another
vault (a colleague's, commented on in this app and kept through a lock) names case ids
this register never had: only the clients erased now leave it, never "everything the
register does not know", or erasing any client here wiped a supervisor's comments there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from .guidance import MEETINGS_SETTING
from .packet import DELETED_CASES, PACKETS_SETTING, case_owners

#: ``kastdesk.ui.drafts.VAULT_SETTING`` (the core cannot import the UI; a test pins them).
VAULT_DRAFTS_SETTING = "ui.vault_drafts"


def _load(vault: Any, key: str) -> Any:
    raw = vault.get_setting(key)
    try:
        return json.loads(raw) if raw else None
    except ValueError:  # unreadable: nothing in it can be found either
        return None


def _forget_in_lists(entries: Any, known: set[str], count_key: str | None) -> bool:
    """Drop ids not in ``known`` from each entry's ``client_ids``, and a packet's case keys
    that stand for them (``cases``); True if any went."""
    changed = False
    for entry in entries if isinstance(entries, list) else []:
        ids = entry.get("client_ids") if isinstance(entry, dict) else None
        if not isinstance(ids, list):
            continue
        keys = entry.get("cases")
        if isinstance(keys, dict):
            gone = [k for k, v in keys.items()
                    if not isinstance(v, dict) or v.get("client_id") not in known]
            for key in gone:
                del keys[key]
            changed = changed or bool(gone)
        kept = [i for i in ids if i in known]
        if len(kept) != len(ids):
            if count_key:
                entry[count_key] = int(entry.get(count_key) or 0) + len(ids) - len(kept)
            entry["client_ids"] = kept
            changed = True
    return changed


def _forget_in_meeting_draft(data: dict[str, Any], flag_ids: set[str],
                             gone_client: Callable[[str], bool]) -> bool:
    """A meeting being recorded (``MeetingDialog.draft``): its rows are keyed by the id of
    the question for guidance, with the advice typed for it and (since QA 19 R5) the
    client's id. A row goes when its question is one of ``flag_ids`` or its client is
    ``gone_client``: an older draft names no client, and its erased client's questions
    are known only where the case file could be read before it was deleted."""
    rows = data.get("rows")
    if not isinstance(rows, dict):
        return False
    gone = [key for key, row in rows.items()
            if key in flag_ids or (isinstance(row, dict) and isinstance(row.get("client_id"), str)
                                   and gone_client(row["client_id"]))]
    for key in gone:
        del rows[key]
    return bool(gone)


def _forget_in_packet_draft(data: dict[str, Any], gone: Callable[[str], bool]) -> bool:
    """Comments on a packet (``SupervisorWindow.draft``): the packet's cases and the
    comments typed on them, each by case key, and which client each key stands for
    (``owners``, a packet of this vault); those ``gone`` says were erased leave. False if
    nothing changed."""
    packet = data.get("packet")
    changed = False
    owners = data.get("owners")
    if isinstance(owners, dict):
        left = {k: v for k, v in owners.items() if not gone(str(k))}
        if len(left) != len(owners):
            data["owners"] = left
            changed = True
    if isinstance(packet, dict) and isinstance(packet.get("cases"), list):
        cases = [c for c in packet["cases"]
                 if not isinstance(c, dict) or not gone(str(c.get("case_id")))]
        if len(cases) != len(packet["cases"]):
            packet["cases"] = cases
            changed = True
    comments = data.get("comments")
    if isinstance(comments, list):
        kept = [c for c in comments
                if not isinstance(c, list) or not c or not gone(str(c[0]))]
        if len(kept) != len(comments):
            data["comments"] = kept
            changed = True
    return changed


def _names_gone_client(data: dict[str, Any], gone_client: Callable[[str], bool]) -> bool:
    """Whether a Prepare-packet draft (``PreparePacketDialog.draft``) names a client that
    is gone among its cases. Its *Also withhold* words (a relative's name, an employer)
    are typed for the packet as a whole, and no one can tell which case they came from,
    so such a draft goes whole: taking out the id alone kept the erased client's
    relatives and employer in the vault (QA 19 R5)."""
    cases = data.get("cases")
    return isinstance(cases, dict) and any(gone_client(str(cid)) for cid in cases)


def _packet_left(data: dict[str, Any]) -> bool:
    packet = data.get("packet")
    return not isinstance(packet, dict) or bool(packet.get("cases"))


def _gone(erased: set[str], register: set[str] | None,
          owners: dict[str, str] | None = None) -> Callable[[str], bool]:
    """Which cases leave a packet: those of the clients erased now, and for a packet of
    this vault (``register`` given) any the register no longer has. A case is known by
    its key in the packet: ``owners`` says which client a key stands for (a packet of this
    vault, see :func:`kastdesk.supervision.packet.case_owners`); a key it does not know
    is a client already forgotten. Older packets used the client's own id as the key."""
    def client(key: str) -> str:
        return owners.get(key, key) if owners else key

    if register is None:
        return lambda key: client(key) in erased
    return lambda key: client(key) in erased or client(key) not in register


def _kind(key: str) -> str:
    """A draft key's kind: "supervisor:<packet id>#2" is a "supervisor" draft."""
    return str(key).partition(":")[0].partition("#")[0]


def own_packet_ids(vault: Any) -> set[str]:
    """The ids of the packets this vault exported (``supervision.packets``)."""
    entries = _load(vault, PACKETS_SETTING)
    return {str(e["id"]) for e in entries if isinstance(e, dict) and e.get("id")} \
        if isinstance(entries, list) else set()


def forget_in_vault_drafts(
    vault: Any,
    drafts: dict[str, Any],
    *,
    client_ids: Iterable[str] = (),
    flag_ids: Iterable[str] = (),
) -> bool:
    """Take erased clients out of ``drafts`` (``ui.vault_drafts``' shape), in place;
    True if anything went.

    A Prepare-packet draft that names a client erased now, or one the register no longer
    has, goes whole (:func:`_names_gone_client`); a meeting being recorded loses the rows
    of the erased clients' questions.

    ``client_ids``: the clients erased now, taken out of any packet. A packet this vault
    exported also loses every case the register no longer has (an earlier erasure cut
    short); one from elsewhere keeps its cases, which this register never had. A packet
    draft left with no case goes. ``flag_ids``: the erased clients' questions for
    guidance, whose advice a meeting being recorded holds.
    """
    erased = set(client_ids)
    flags = set(flag_ids)
    packets = [k for k, d in drafts.items() if isinstance(d, dict) and _kind(k) == "supervisor"]
    mine = any(isinstance(d, dict) and _kind(k) in {"meeting", "packet"}
               for k, d in drafts.items())
    known = {entry.id for entry in vault.clients()} if packets or mine else set()
    own = own_packet_ids(vault) if packets else set()

    def gone_client(client_id: str) -> bool:  # a draft of this vault: the register says
        return client_id in erased or client_id not in known

    changed = False
    for key in list(drafts):
        data = drafts[key]
        if isinstance(data, dict) and _kind(key) == "meeting":
            changed = _forget_in_meeting_draft(data, flags, gone_client) or changed
        elif isinstance(data, dict) and _kind(key) == "packet" and _names_gone_client(
                data, gone_client):
            del drafts[key]
            changed = True
    for key in packets:
        data = drafts[key]
        packet = data.get("packet")
        packet_id = str(packet.get("packet_id")) if isinstance(packet, dict) else ""
        ours = packet_id in own
        owners = case_owners(vault, packet_id) if ours else None
        if _forget_in_packet_draft(data, _gone(erased, known if ours else None, owners)):
            changed = True
            if not _packet_left(data):  # only erased clients' cases were in it
                del drafts[key]
    return changed


def forget_deleted_clients(
    vault: Any, flag_ids: Iterable[str] = (), client_ids: Iterable[str] = ()
) -> int:
    """Remove every client id the register no longer has from the vault's settings, and
    the drafts typed for the guidance questions ``flag_ids`` (a deleted client's);
    ``client_ids``, the clients erased now, also leave packets from other vaults.
    Returns how many settings were rewritten (each write is audited as a setting change)."""
    known = {entry.id for entry in vault.clients()}
    written = 0
    for key, count_key in ((MEETINGS_SETTING, None), (PACKETS_SETTING, DELETED_CASES)):
        entries = _load(vault, key)
        if _forget_in_lists(entries, known, count_key):
            vault.set_setting(key, json.dumps(entries))
            written += 1
    drafts = _load(vault, VAULT_DRAFTS_SETTING)
    if isinstance(drafts, dict) and forget_in_vault_drafts(
            vault, drafts, client_ids=client_ids, flag_ids=flag_ids):
        vault.set_setting(VAULT_DRAFTS_SETTING, json.dumps(drafts))
        written += 1
    return written


__all__ = ["DELETED_CASES", "VAULT_DRAFTS_SETTING", "forget_deleted_clients",
           "forget_in_vault_drafts", "own_packet_ids"]
