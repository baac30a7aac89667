"""A pseudonymized case summary names no therapist, as the supervision packet does not, and
neither withholds the therapist's surname alone only half (QA session 18, L2).

The summary printed the therapist's name on its cover, under every signature and
amendment, and mangled it where a word of it was also a relative's ("[family name]
Therapeutsson"). The packet withheld the whole name but let "Therapeutsson" alone through.
Names and notes are fictional, written for this test.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from kastdesk.genogram import Genogram
from kastdesk.genogram.model import Person, Sex
from kastdesk.genogram.storage import save_genogram
from kastdesk.report.export import ExportOptions, export_case_summary, therapist_names
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance

THERAPIST = "Karin Therapeutsson"
NOTE = "Therapeutsson föreslog en paus. Karin Therapeutsson ringde sedan upp."


def _case(vault: Vault):  # type: ignore[no-untyped-def]
    vault.set_setting("therapist_name", THERAPIST)
    vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2026-090", name="Ture Lindberg",
                            first_contact_date=date(2026, 8, 1))
    # A relative shares a word of the therapist's name: it mangled the signature.
    save_genogram(case, Genogram.build([
        Person("p1", Sex.MALE, "Ture Lindberg", is_index=True),
        Person("p2", Sex.FEMALE, "Anna-Karin Lindberg"),
    ], check=False), "Import")
    session = case.sessions.add(datetime(2026, 9, 7, 10, 0), note=NOTE)
    case.sessions.sign(session.id)
    case.sessions.amend(session.id, "Therapeutsson tillade: två veckor.", "Tillägg")
    return case, session


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_pseudonymized_summary_says_the_therapist(vault: Vault, tmp_path: Path) -> None:
    case, _ = _case(vault)
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, case.client_id, out, ExportOptions(pseudonymize=True))

    text = _text(out)
    assert "Therapeutsson" not in text
    assert "Signed" in text and "by the therapist" in text
    assert "Amendment" in text and text.count("by the therapist") == 2
    # The cover has no Therapist line at all ("Therapist: the therapist" says nothing).
    assert "Therapist" not in text.split("Pseudonymized")[0]


def test_the_summary_with_names_keeps_the_therapists_name(vault: Vault, tmp_path: Path) -> None:
    case, _ = _case(vault)
    out = tmp_path / "summary.pdf"
    export_case_summary(vault, case.client_id, out, ExportOptions())

    text = _text(out)
    assert f"by {THERAPIST}" in text and "Therapist" in text


def test_the_packet_withholds_the_therapists_surname_alone(vault: Vault, tmp_path: Path) -> None:
    case, session = _case(vault)
    flag_for_guidance(case, "Är pausen rätt?", "session", session.id)
    export_packet(vault, "a packet passphrase here", tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())

    text = _text(tmp_path / "p.pdf")
    assert "föreslog en paus" in text  # the note is there
    assert "Therapeutsson" not in text and "Karin" not in text


def test_therapist_names_whole_and_word_by_word() -> None:
    snap = {"therapist": "Dr. Ylva Strand-Berg",
            "sessions": [{"signed_by": "ylvas", "amendments": [{"author": "Ola Ek"}]}]}
    assert therapist_names(snap, "therapist") == [
        "Dr. Ylva Strand-Berg", "Ylva", "Strand", "Berg", "ylvas", "Ola Ek", "Ola", "Ek"]
