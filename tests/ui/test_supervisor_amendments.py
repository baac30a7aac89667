"""Supervisor mode shows a flagged note's amendments beneath it, as the packet's PDF does
(QA session 18, L3: they were in the PDF but not in the window, so the supervisor read and
commented on a note without the therapist's later correction of it).

The case is fictional, written for this test.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance
from kastdesk.ui.supervision.supervisor import open_packet_window
from tests.ui.conftest import screenshot

PACKET_PASS = "a packet passphrase for the supervisor"


def test_an_amended_note_shows_its_amendment_beneath_it(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, tmp_path: Path
) -> None:
    vault.set_setting("therapist_name", "Ylva Strandmark")
    case = vault.add_client("K-2026-077")
    first = case.sessions.add(datetime(2026, 9, 7, 10, 0),
                              note="Talked about the week; urges on two evenings.")
    case.sessions.sign(first.id)
    case.sessions.amend(first.id, "It was three evenings, not two.", "Miscounted")
    other = case.sessions.add(datetime(2026, 9, 14, 10, 0), note="Planned the weekend.")
    case.sessions.sign(other.id)
    flag_for_guidance(case, "Is the pace right?", "session", first.id)
    flag_for_guidance(case, "And here?", "session", other.id)
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())

    window = open_packet_window(tmp_path / "p.kastsup", PACKET_PASS)
    qtbot.addWidget(window)
    window.show()
    texts = [label.text() for label in window.findChildren(QLabel)]

    amendments = [label for label in window.findChildren(QLabel)
                  if label.objectName() == "amendment"]
    assert len(amendments) == 1
    shown = amendments[0].text()
    assert "It was three evenings, not two." in shown and "Miscounted" in shown
    # By "the therapist", as in the PDF: the packet names no therapist.
    assert "the therapist" in shown and "Strandmark" not in shown
    # Beneath the note it amends, before the question about that note (which stands
    # with its note since QA session 21, finding 7) and the next note.
    at = texts.index(shown)
    assert "urges on two evenings" in texts[at - 1]
    assert texts[at + 1] == "Question about this note: Is the pace right?"
    assert "Planned the weekend" in texts[at + 2]
    pdf = "".join(page.extract_text() for page in PdfReader(tmp_path / "p.pdf").pages)
    assert "It was three evenings, not two." in pdf
    screenshot(window, "supervisor_amendment_beneath_note")
