"""Names a GEDCOM import kept in the notes of a person since deleted from the family map.

A name too long for the map is kept whole in the person's notes, and other names (a married
name, a second NAME) on an "Also known as:" line (``kastdesk.genogram.gedcom.names_in_notes``).
The pseudonymizer read those lines for the persons on the current map; for a person taken
off it since, the earlier map's notes reached it only as free text (``former_map``'s
"texts"), whose words are withheld only where capitalized and not at a sentence's start, so
a session note's "öberg" or "nordvarp" went to the supervisor as written. Every family here
is made up.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from kastdesk.domain.models import Status
from kastdesk.genogram import edits as e
from kastdesk.genogram.gedcom import import_gedcom
from kastdesk.genogram.model import NAME_MAX, Sex
from kastdesk.genogram.storage import apply_edit, load_genogram, save_genogram
from kastdesk.report.export import ExportOptions, export_case_summary, prepare
from kastdesk.report.snapshot import collect_case, former_map
from kastdesk.store import CaseFile, KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance, open_packet

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
GIVEN = " ".join(["Ylvamira Sorkelind Quintessa Brunnhagna Tovelisa Ebbarosa"] * 4)
FAMILY = (HEAD
          + "0 @I1@ INDI\n1 NAME Tord /Viklund/\n1 SEX M\n1 _KDINDEX Y\n1 FAMS @F1@\n"
          + "0 @I2@ INDI\n1 NAME Åsa /Lind/\n2 _MARNM Öberg\n1 NAME Åsa /Rendahl/\n1 SEX F\n"
          + "1 FAMS @F1@\n"
          + f"0 @I3@ INDI\n1 NAME {GIVEN} /Tryggelholm af Nordvarp/\n1 SEX F\n1 FAMC @F1@\n"
          + "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 CHIL @I3@\n0 TRLR\n")
#: Each written as a note does: in small letters, first in a sentence, alone.
NOTE = ("Åsa Öberg ringde, öberg igen. Rendahl vet. Hon heter nordvarp nu, "
        "Tryggelholm förut.")
WITHHELD = ("öberg", "rendahl", "nordvarp", "tryggelholm")
PACKET_PASS = "supervision packet passphrase"


def _imported_then_deleted(vault: Vault, code: str = "K-2026-901") -> CaseFile:
    """Tord's family from a GEDCOM file; his former wife and their daughter taken off the
    map again, a note naming them written before."""
    case = vault.add_client(code, name="Tord Viklund", first_contact_date=date(2026, 3, 2))
    save_genogram(case, import_gedcom(FAMILY.encode()), "Import genogram from GEDCOM")
    g = load_genogram(case)
    wife, daughter = (next(p.id for p in g.persons.values() if p.name.startswith(first))
                      for first in ("Åsa", "Ylvamira"))
    assert len(g.persons[daughter].name) == NAME_MAX  # the rest is in the notes only
    assert "Also known as: Åsa Öberg; Åsa Rendahl" in g.persons[wife].notes
    g = apply_edit(case, g, e.delete_person(g, daughter))
    apply_edit(case, g, e.delete_person(g, wife))
    session = case.sessions.add(datetime(2026, 4, 1, 10), note=NOTE)
    flag_for_guidance(case, "Hur går jag vidare?", "session", session.id)
    return case


def _left(text: str) -> list[str]:
    return [n for n in WITHHELD if n in text.casefold()]


def test_former_map_lists_the_names_in_a_deleted_persons_notes(vault: Vault) -> None:
    case = _imported_then_deleted(vault)
    names = former_map(case, collect_case(case, "Terapeut")["genogram"])["names"]
    assert {"Åsa Öberg", "Åsa Rendahl", f"{GIVEN} Tryggelholm af Nordvarp"} <= set(names)


def test_the_pseudonymized_summary_withholds_them(vault: Vault, tmp_path: Path) -> None:
    case = _imported_then_deleted(vault)
    snap, pseudo = prepare(vault, case.client_id, ExportOptions(pseudonymize=True))
    assert pseudo is not None
    assert _left(pseudo.apply(snap)["sessions"][0]["note"]) == []
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, case.client_id, out, ExportOptions(pseudonymize=True))
    assert _left("\n".join(p.extract_text() for p in PdfReader(out).pages)) == []


def test_the_supervision_packet_withholds_them(vault: Vault, tmp_path: Path) -> None:
    case = _imported_then_deleted(vault)
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  [case.client_id], kdf=KdfParams.for_tests(), today=date(2026, 10, 20))
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    note = str(packet["cases"][0]["snapshot"]["sessions"][0]["note"])
    # Before: "[name] [withheld] ringde, öberg igen. [withheld] vet. Hon heter nordvarp nu,
    # [withheld] förut." ("Tryggelholm" is a given name of a name without its slashes.)
    assert note == ("[name] ringde, [family name] igen. [family name] vet. "
                    "Hon heter [family name] nu, [name] förut.")
    assert _left(json.dumps(packet, ensure_ascii=False)) == []
    assert _left("\n".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)) == []


def test_a_linked_earlier_cases_deleted_person_counts_too(vault: Vault, tmp_path: Path) -> None:
    """A returning client's new case with a map of its own: the earlier case's history,
    its persons deleted since included, is read as the new case's own (``former_maps``)."""
    vault.today = lambda: date(2026, 10, 20)  # type: ignore[method-assign]
    old = _imported_then_deleted(vault, "SE-03")
    old.profile.set_status(Status.CLOSED, at=date(2026, 5, 1))
    new = vault.add_returning_client(old.client_id, "SE-03B", copy_family_map=False,
                                     first_contact_date=date(2026, 6, 1))
    g = load_genogram(new)
    g = apply_edit(new, g, e.add_person(g, sex=Sex.MALE, name="Tord Viklund", person_id="c"))
    apply_edit(new, g, e.set_index_person(g, "c"))
    new.sessions.add(datetime(2026, 10, 1, 10), note=NOTE)
    snap, pseudo = prepare(vault, new.client_id, ExportOptions(pseudonymize=True))
    assert pseudo is not None
    assert _left(pseudo.apply(snap)["sessions"][0]["note"]) == []


def test_a_linked_map_read_as_the_cases_own_keeps_its_peoples_roles(vault: Vault) -> None:
    """Where the new case has no map, the earlier one's people are read by their roles; the
    names in their notes are theirs, not "[name]" beside them (which would make "Åsa" a
    name two people share, so "[name]", where she is the partner)."""
    vault.today = lambda: date(2026, 10, 20)  # type: ignore[method-assign]
    old = vault.add_client("SE-04", name="Tord Viklund", first_contact_date=date(2026, 3, 2))
    save_genogram(old, import_gedcom(FAMILY.encode()), "Import genogram from GEDCOM")
    old.profile.set_status(Status.CLOSED, at=date(2026, 5, 1))
    new = vault.add_returning_client(old.client_id, "SE-04B", copy_family_map=False,
                                     first_contact_date=date(2026, 6, 1))
    new.sessions.add(datetime(2026, 10, 1, 10), note=NOTE + " Tord och Åsa.")
    snap, pseudo = prepare(vault, new.client_id, ExportOptions(pseudonymize=True))
    assert pseudo is not None
    assert pseudo.apply(snap)["sessions"][0]["note"] == (
        "Partner ringde, [family name] igen. [family name] vet. Hon heter [family name] nu, "
        "[name] förut. The client och partner.")
