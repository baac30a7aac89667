"""A returning client's new case knows the family of the earlier case (QA 21, 12).

The new case was started without copying the family map (the returning-client dialog's
untick), and its note "Mikael säger att Annika och Elsa vet nu. Göran har dött." went to the
supervisor with the wife, the daughter and the late father named, listed only as
capitalized words, and from the command line's pseudonymized PDF without a word. The cases
are the same person's, linked both ways: the names their maps hold, and held, are names the
case knows.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from kastdesk.domain.models import Status
from kastdesk.genogram import edits as e
from kastdesk.genogram.model import Sex
from kastdesk.genogram.storage import apply_edit, load_genogram
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.store import CaseFile, KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance, open_packet

NOTE = "Mikael säger att Annika och Elsa vet nu. Göran har dött. Birgitta ringde. Rolf också."
FAMILY = ("Annika", "Elsa", "Göran", "Birgitta", "Rolf", "Lindqvist")
PACKET_PASS = "supervision packet passphrase"


def _map(case: CaseFile) -> None:
    """Mikael's family; the uncle Rolf drawn once and taken off again (the map's history)."""
    g = load_genogram(case)
    g = apply_edit(case, g, e.add_person(g, sex=Sex.MALE, name="Mikael Lindqvist",
                                         person_id="c"))
    g = apply_edit(case, g, e.set_index_person(g, "c"))
    g = apply_edit(case, g, e.add_partner(g, "c", name="Annika Lindqvist", partner_id="p",
                                          union_id="u"))
    g = apply_edit(case, g, e.add_child(g, "u", sex=Sex.FEMALE, name="Elsa Lindqvist",
                                        child_id="d", birth_year=2012))
    g = apply_edit(case, g, e.add_parents(g, "c", father_name="Göran Lindqvist",
                                          mother_name="Birgitta Lindqvist",
                                          ids=("f", "m", "u2", "l2")))
    g = apply_edit(case, g, e.add_person(g, sex=Sex.MALE, name="Rolf Lindqvist",
                                         person_id="r"))
    apply_edit(case, g, e.delete_person(g, "r"))


def _returning(vault: Vault, *, chain: bool = False) -> CaseFile:
    """An ended course with a family map, and the client's new case without it (and, with
    ``chain``, a third course started from the second)."""
    vault.today = lambda: date(2026, 10, 20)  # type: ignore[method-assign]
    old = vault.add_client("SE-02", name="Mikael Lindqvist", first_contact_date=date(2025, 3, 1))
    _map(old)
    old.profile.set_status(Status.CLOSED, at=date(2026, 2, 1))
    new = vault.add_returning_client(old.client_id, "SE-02B", copy_family_map=False,
                                     first_contact_date=date(2026, 3, 1))
    if chain:
        new.profile.set_status(Status.CLOSED, at=date(2026, 6, 1))
        new = vault.add_returning_client(new.client_id, "SE-02C", copy_family_map=False,
                                         first_contact_date=date(2026, 9, 1))
    session = new.sessions.add(datetime(2026, 10, 1, 10, 0), note=NOTE)
    flag_for_guidance(new, "Hur går jag vidare?", "session", session.id)
    return new


def _packet_note(vault: Vault, case: CaseFile, tmp_path: Path) -> str:
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  [case.client_id], kdf=KdfParams.for_tests(), today=date(2026, 10, 20))
    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    text = json.dumps(packet, ensure_ascii=False)
    pdf = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
    assert [n for n in FAMILY if n in text or n in pdf] == []
    return str(packet["cases"][0]["snapshot"]["sessions"][0]["note"])


def test_the_packet_withholds_the_earlier_cases_family_by_their_roles(
        vault: Vault, tmp_path: Path) -> None:
    new = _returning(vault)
    # The earlier map is the same client's: its people keep their roles; the uncle since
    # taken off it is "[name]".
    assert _packet_note(vault, new, tmp_path) == (
        "The client säger att partner och child 1 vet nu. Father har dött. Mother ringde. "
        "[name] också.")


def test_the_pseudonymized_summary_withholds_them_too(vault: Vault, tmp_path: Path) -> None:
    new = _returning(vault)
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, new.client_id, out, ExportOptions(pseudonymize=True))
    pdf = " ".join("\n".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "The client säger att partner och child 1 vet nu. Father har dött." in pdf
    assert [n for n in FAMILY if n in pdf] == []


def test_a_case_two_courses_on_knows_the_first_ones_family(
        vault: Vault, tmp_path: Path) -> None:
    new = _returning(vault, chain=True)
    note = _packet_note(vault, new, tmp_path)
    assert note.startswith("The client säger att partner och child 1 vet nu.")


def test_with_a_map_of_its_own_the_earlier_names_are_withheld_as_names(
        vault: Vault, tmp_path: Path) -> None:
    """The new case's own map numbers its people its own way: an earlier map's roles could
    say "child 1" of another child, so its names are "[name]" there."""
    new = _returning(vault)
    g = load_genogram(new)
    g = apply_edit(new, g, e.add_person(g, sex=Sex.MALE, name="Mikael Lindqvist",
                                        person_id="c"))
    apply_edit(new, g, e.set_index_person(g, "c"))
    note = _packet_note(vault, new, tmp_path)
    assert note == ("The client säger att [name] och [name] vet nu. [name] har dött. "
                    "[name] ringde. [name] också.")
