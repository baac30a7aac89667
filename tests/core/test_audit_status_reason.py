"""The audit log names why treatment ended or a case closed (the reason's kind, never the
therapist's note): QA finding F4."""

from __future__ import annotations

from kastdesk.audit.describe import _status


def test_the_reason_is_named_after_the_status() -> None:
    assert _status({"status": "ended", "reason": "dropped_out"}) == (
        "Changed the status to “Ended” – Dropped out (stopped coming)")
    assert _status({"status": "closed"}) == "Changed the status to “Closed”"
    assert _status({"status": "closed", "reason": "no such"}) == "Changed the status to “Closed”"
