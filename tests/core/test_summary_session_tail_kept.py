"""A session's signature line and amendments never open a page alone (QA walk).

In a long session log, "✓ Signed … by …", "Draft, not signed" or an amendment printed at the
top of a page, its session's heading and note on the page before: read from the page, it
seemed to sign or amend nothing, or the session beneath it. The note now keeps with them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO

from pypdf import PdfReader

from kastdesk.report.pdf import render_pdf
from kastdesk.report.snapshot import collect_case
from kastdesk.report.summary import build_case_summary
from kastdesk.store import Vault

START = date(2025, 1, 6)
#: Notes of different lengths, so the page breaks fall at every part of a session.
NOTES = [
    "Talked about the week.",
    "Went through the urge log and the evenings alone. " * 4,
    "Looked back at the goals; the client named what still feels hard and what has eased. " * 7,
]


def test_no_page_opens_with_a_signature_or_an_amendment(vault: Vault) -> None:
    case = vault.add_client("K-2025-040", first_contact_date=START)
    for n in range(60):
        day = datetime.combine(START + timedelta(days=7 * n), datetime.min.time()) \
            + timedelta(hours=10)
        session = case.sessions.add(day, note=NOTES[n % 3] + f" (week {n + 1})")
        if n % 4 != 3:
            case.sessions.sign(session.id)
            if n % 5 == 0:
                case.sessions.amend(session.id, f"Added after the session {n + 1}.",
                                    "Information received after signing")
    doc = build_case_summary(collect_case(case), ["sessions"])
    buffer = BytesIO()
    render_pdf(doc, buffer)
    buffer.seek(0)
    pages = PdfReader(buffer).pages
    assert len(pages) > 5
    openers = []
    for page in pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines
                if "case summary" not in line and line != "Confidential"]
        if body:
            openers.append(body[0])
    alone = [line for line in openers
             if line.startswith(("✓ Signed", "Draft, not signed", "Amendment"))]
    assert not alone, alone
