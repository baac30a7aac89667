"""Supervisor mode says how long before the packet a note was written, in the words the
packet's PDF uses (QA session 18, M3): a note on a session missed three days before read
as a (shifted) date months old beside the cover's real day.

The case is fictional, written for this test.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel

from kastdesk.domain.models import Attendance
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance
from kastdesk.ui.supervision.supervisor import open_packet_window
from tests.ui.conftest import screenshot

PACKET_PASS = "a packet passphrase for the recency window"
DAY = date(2026, 11, 20)


def test_the_window_gives_days_as_how_long_before_the_packet(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, tmp_path: Path
) -> None:
    case = vault.add_client("K-2026-313", first_contact_date=DAY - timedelta(days=60))
    at_ten = datetime.min.time().replace(hour=10)
    held = case.sessions.add(datetime.combine(DAY - timedelta(days=40), at_ten),
                             note="Talked about the risk of a relapse.")
    case.sessions.sign(held.id)
    case.sessions.amend(held.id, "Also about his sleep.", "Left out")
    missed = case.sessions.add(datetime.combine(DAY - timedelta(days=3), at_ten),
                               note="Did not come; phoned him.")
    case.sessions.update(missed.id, attendance=Attendance.NO_SHOW)
    flag_for_guidance(case, "Why did he stay away?", "session", missed.id)
    flag_for_guidance(case, "Was this enough?", "session", held.id)
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests(), today=DAY)

    window = open_packet_window(tmp_path / "p.kastsup", PACKET_PASS)
    qtbot.addWidget(window)
    window.show()
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert any(t.startswith("Note on a session not held (3 days before):") for t in texts)
    assert any(t.startswith("Session note 1 (6 weeks before):\nTalked about the risk")
               for t in texts), texts
    [amendment] = [label.text() for label in window.findChildren(QLabel)
                   if label.objectName() == "amendment"]
    assert amendment.startswith("Amendment ") and " by the therapist (Left out)" in amendment
    # The one calendar day shown is the packet's own, as its PDF's cover prints it.
    day_line = window.findChild(QLabel, "packetDay")
    assert day_line.text() == ("Prepared 2026-11-20. Dates are given as how long before "
                               "that day.")
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", t) for t in texts if t != day_line.text())
    screenshot(window, "supervisor_recency")
