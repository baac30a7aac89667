"""The supervision packet says how recent things are (QA session 18, M3).

Its dates were shifted 30-365 days back while the cover printed the real "Prepared" day:
a suicide-risk flag raised the day the packet was made read as raised months before. Now
every date of the material is its distance from the packet day, exact in days for the
last two weeks and coarser further back, in the PDF and the sealed packet alike.

The case is fictional, written for this test.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from kastdesk.domain.models import RiskKind
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance
from kastdesk.supervision.packet import open_packet, relative_day

PACKET_PASS = "a packet passphrase for the recency test"
DAY = date(2026, 11, 20)  # the packet's day in this test


def test_relative_day_is_exact_when_recent_and_coarse_further_back() -> None:
    assert relative_day(DAY, DAY) == "the packet day"
    assert relative_day(DAY - timedelta(days=1), DAY) == "1 day before"
    assert relative_day(DAY - timedelta(days=13), DAY) == "13 days before"
    assert relative_day(DAY - timedelta(days=14), DAY) == "2 weeks before"
    assert relative_day(DAY - timedelta(days=36), DAY) == "5 weeks before"
    assert relative_day(DAY - timedelta(days=240), DAY) == "8 months before"
    assert relative_day(DAY - timedelta(days=800), DAY) == "2 years before"
    assert relative_day(DAY + timedelta(days=7), DAY) == "7 days after"
    assert relative_day(DAY + timedelta(days=1), DAY) == "1 day after"


def test_a_risk_raised_on_the_packet_day_reads_as_raised_then(vault: Vault,
                                                              tmp_path: Path) -> None:
    case = vault.add_client("K-2026-311", first_contact_date=DAY - timedelta(days=250))
    old = case.sessions.add(datetime.combine(DAY - timedelta(days=240), datetime.min.time())
                            .replace(hour=10), note="First talk about the buying.")
    recent = case.sessions.add(
        datetime.combine(DAY - timedelta(days=3), datetime.min.time()).replace(hour=10),
        note=f"Said he had thought of ending his life since {DAY - timedelta(days=5)}. "
             f"We meet again {DAY + timedelta(days=7)}.")
    case.flags.raise_flag(RiskKind.SUICIDAL, "Thoughts of ending his life",
                          at=datetime.combine(DAY, datetime.min.time()).replace(hour=9))
    flag_for_guidance(case, "How do I follow up the risk?", "session", recent.id)
    flag_for_guidance(case, f"Was the start on {old.starts_at.date()} too slow?",
                      "session", old.id)
    export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests(), today=DAY)

    packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
    [part] = packet["cases"]
    snap = part["snapshot"]
    [flag] = snap["flags"]
    assert flag["set_at"] == "the packet day"
    days = {s["number"]: s["starts_at"] for s in snap["sessions"]}
    assert sorted(days.values()) == ["3 days before", "8 months before"]
    note = next(s["note"] for s in snap["sessions"] if s["starts_at"] == "3 days before")
    assert "since [5 days before]" in note and "again [7 days after]" in note
    asked = [q["question"] for q in part["questions"]]
    assert "Was the start on [8 months before] too slow?" in asked
    # No calendar date in the material: only the cover's real day, as it is.
    assert packet["created_on"] == DAY.isoformat()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", str(part))

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
                    .split())
    assert f"Prepared {DAY.isoformat()}" in text
    assert "how long before the day this packet was prepared" in text
    assert re.search(r"Thoughts of ending his life the packet day Active", text)
    assert "Session 2 · 3 days before" in text
    assert "Session 1 · 8 months before" in text
    # The one calendar date in the PDF is the day it was prepared.
    assert set(re.findall(r"\d{4}-\d{2}-\d{2}", text)) == {DAY.isoformat()}
