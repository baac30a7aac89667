"""Correcting a client's register details: code, name, first contact, channel, referral.

The new-client form collects these once; a typo in the code, a client who gives a name
later (or asks to be anonymous again), a first contact entered on the wrong day must be
put right without a new case file. The case file's ``ProfileManager.update`` writes and
audits the change ("Edit client profile", naming the fields); this module adds the checks
that need the whole register (no two clients share a code, in any case of letters and
however its letters were typed: :func:`code_key`; no code identifies its client:
:mod:`kastdesk.clients.codes`) and the course of the case (a first
contact neither ahead of today nor after the first session, which would make the waiting
time the clinics are judged by negative, nor before the first KAST clinic opened:
:data:`EARLIEST_FIRST_CONTACT`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kastdesk.clients.codes import code_leak, code_leak_message
from kastdesk.domain.models import (
    ClientProfile,
    ContactChannel,
    ReferralSource,
    code_key,
    normalize_code,
)
from kastdesk.genogram.edits import update_person
from kastdesk.genogram.model import GenogramError
from kastdesk.genogram.storage import apply_edit, load_genogram
from kastdesk.i18n import tr
from kastdesk.store import (
    CaseFile,
    CaseNotFound,
    DuplicateCode,
    InvalidChange,
    StoreError,
    Vault,
)

#: No first contact with a KAST clinic is older: the first (Gothenburg) opened in 1997,
#: Oslo's Kast in 2011. An earlier day is a typo in the year (1800 for 2008 made the
#: register show a wait of 82,674 days, and the waiting time is what clinics are judged by),
#: yet a client first seen in the clinic's early years and back now must still fit.
EARLIEST_FIRST_CONTACT = date(1997, 1, 1)


@dataclass(frozen=True)
class ClientDetails:
    """What the new-client form collects and the edit form corrects; ``name`` None is an
    anonymous client (code only)."""

    code: str
    name: str | None
    first_contact_date: date
    contact_channel: ContactChannel
    referral_source: ReferralSource

    @classmethod
    def of(cls, profile: ClientProfile) -> ClientDetails:
        return cls(
            code=profile.code,
            name=profile.name,
            first_contact_date=profile.first_contact_date or date.today(),
            contact_channel=profile.contact_channel,
            referral_source=profile.referral_source,
        )

    def changes_from(self, other: ClientDetails) -> dict[str, Any]:
        """The fields that differ from ``other``, as ``ProfileManager.update`` takes them."""
        return {
            name: getattr(self, name)
            for name in ("code", "name", "first_contact_date", "contact_channel",
                         "referral_source")
            if getattr(self, name) != getattr(other, name)
        }


def _code_taken(others: list[str], code: str) -> bool:
    """Whether another client has ``code``, compared as :func:`code_key` compares."""
    key = code_key(code)
    return any(code_key(other) == key for other in others)


def _present_code(vault: Vault, client_id: str | None) -> str | None:
    if client_id is None:
        return None
    try:
        return vault.client(client_id).code
    except CaseNotFound:
        return None


def check_details(
    vault: Vault,
    details: ClientDetails,
    *,
    client_id: str | None = None,
    today: date | None = None,
    first_session: date | None = None,
) -> ClientDetails:
    """``details`` tidied (spaces trimmed, an empty name anonymous), or the store's error
    saying in one sentence what is wrong. ``client_id``: the client being corrected, whose
    own code is no clash; ``first_session``: the day of that client's first session."""
    code = normalize_code(details.code)
    if not code:
        raise InvalidChange(tr("Vault", "A client needs a code."))
    name = (details.name or "").strip() or None
    # Refused, not only warned of: the code is what privacy mode, the client list, the
    # audit export and the exported files' names show, so one that identifies the client
    # (an id number, a phone, the name) undoes them all. A code kept from before is
    # refused too: correcting the client's details is where it is put right. The other
    # clients' codes tell the clinic's series prefix from initials ("KST-000123").
    others = [entry.code for entry in vault.clients() if entry.id != client_id]
    leak = code_leak(code, name, first_contact=details.first_contact_date,
                     today=today or vault.today(), others=others)
    if leak is not None:
        raise InvalidChange(code_leak_message(leak, vault.suggest_code(today)))
    present = _present_code(vault, client_id)
    # A code the client keeps is no new clash: one the store alone let in beside it (an
    # older version, the demo) must not block correcting the name or the channel.
    keeps_code = present is not None and code_key(present) == code_key(code)
    if not keeps_code and _code_taken(others, code):
        raise DuplicateCode()
    today = today or vault.today()
    contact = details.first_contact_date
    if contact > today:
        raise InvalidChange(tr("Clients", "The first contact cannot be after today ({date}).")
                            .format(date=today.isoformat()))
    if contact < EARLIEST_FIRST_CONTACT:
        raise InvalidChange(tr(
            "Clients", "The first contact cannot be before {date}, when the first KAST "
                       "clinic opened: check the year."
        ).format(date=EARLIEST_FIRST_CONTACT.isoformat()))
    if first_session is not None and contact > first_session:
        raise InvalidChange(tr(
            "Clients", "The first contact cannot be after the first session ({date}): "
                       "the waiting time would be less than nothing."
        ).format(date=first_session.isoformat()))
    return replace(details, code=code, name=name)


#: What :func:`edit_client` reports when it took the name off the family map.
FAMILY_MAP_NAME = "family_map_name"


def family_map_name(case: CaseFile) -> str | None:
    """The name on the client's own symbol in the family map (the index person), if any.
    A map that cannot be read has none to offer (the editor says what is wrong with it)."""
    try:
        person = load_genogram(case).index_person
    except (GenogramError, StoreError):
        return None
    return person.name if person is not None and person.name.strip() else None


def remove_family_map_name(case: CaseFile) -> bool:
    """Take the name off the client's own symbol in the family map, as a genogram edit
    saved and audited like the editor's ("Remove the client's name"); False if there was
    none. The symbol then shows its role ("client"), as for an anonymous client."""
    g = load_genogram(case)
    person = g.index_person
    if person is None or not person.name:
        return False
    apply_edit(case, g, update_person(g, person.id, name=""),
               label=tr("Genogram", "Remove the client's name"))
    return True


def edit_client(vault: Vault, case: CaseFile, details: ClientDetails, *,
                clear_map_name: bool = False) -> tuple[str, ...]:
    """Correct the client's details; returns the names of the fields changed (none: nothing
    was written, and nothing audited). The register follows with the case's commit.

    ``clear_map_name``: the client is anonymous now, and the name also leaves the family
    map, where it stayed on the client's own symbol (and so in the case summary) after
    the register forgot it; :data:`FAMILY_MAP_NAME` is then among the names returned."""
    summary = case.summary()
    first_session = (date.fromisoformat(summary.first_session_date)
                     if summary.first_session_date else None)
    details = check_details(vault, details, client_id=case.client_id, today=case.today(),
                            first_session=first_session)
    changed = details.changes_from(ClientDetails.of(case.profile.get()))
    if changed:
        case.profile.update(**changed)
    done = set(changed)
    if clear_map_name and details.name is None and remove_family_map_name(case):
        done.add(FAMILY_MAP_NAME)
    return tuple(sorted(done))


__all__ = ["EARLIEST_FIRST_CONTACT", "FAMILY_MAP_NAME", "ClientDetails", "check_details",
           "code_key", "edit_client", "family_map_name", "normalize_code",
           "remove_family_map_name"]
