"""The register's Next column says when a follow-up interview is overdue.

A follow-up whose date had passed read "Follow-up 2026-04-06", as one still to come did:
nothing in the list showed that a client's six-month self-rating was weeks late. Now the
cell says so in words ("! Overdue 2026-04-06"), in the overdue colour the
self-rating tab uses, and its tooltip says by how many days.
Screenshot: artifacts/screenshots/register_overdue_follow_up.png.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from kastdesk.domain.models import Status
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.register import Column, RegisterPanel
from tests.ui.conftest import screenshot

TODAY = date(2026, 6, 1)


def _ended(vault: Vault, code: str, last_session: datetime) -> CaseFile:
    """A client whose treatment ended at ``last_session`` (follow-up six months on)."""
    case = vault.add_client(code, first_contact_date=date(2025, 8, 18))
    case.sessions.add(datetime(2025, 9, 1, 10))
    case.sessions.add(last_session)
    case.profile.set_status(Status.INTAKE, at=date(2025, 9, 1))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2025, 9, 1))
    case.profile.set_status(Status.ENDED, at=last_session.date())
    return case


def test_an_overdue_follow_up_reads_overdue_in_the_next_column(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    late = _ended(vault, "K-2025-031", datetime(2025, 10, 6, 10))  # due 2026-04-06
    coming = _ended(vault, "K-2025-032", datetime(2026, 3, 2, 10))  # due 2026-09-02
    today = _ended(vault, "K-2025-033", datetime(2025, 12, 1, 10))  # due 2026-06-01
    panel = RegisterPanel(lambda: TODAY)
    qtbot.addWidget(panel)
    panel.load(vault.clients())
    panel.resize(640, 220)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model

    def cell(case: CaseFile, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(model.row_of(case.client_id), Column.NEXT).data(role)

    assert vault.client(late.client_id).followup_due == date(2026, 4, 6)
    assert cell(late) == "! Overdue 2026-04-06"
    assert cell(late, Qt.ItemDataRole.ForegroundRole) is not None
    tip = "The follow-up interview was due on 2026-04-06: overdue by 56 days"
    assert cell(late, Qt.ItemDataRole.ToolTipRole) == tip
    assert cell(late, Qt.ItemDataRole.AccessibleDescriptionRole) == tip
    # A date to come, and one that is today, are not overdue.
    for case, day in ((coming, "2026-09-02"), (today, "2026-06-01")):
        assert cell(case) == f"Follow-up {day}"
        assert cell(case, Qt.ItemDataRole.ForegroundRole) is None
    # The column is wide enough for the words: the cell is not cut.
    table = panel.table
    row = panel.proxy.mapFromSource(model.index(model.row_of(late.client_id), Column.NEXT))
    needed = table.fontMetrics().horizontalAdvance(str(cell(late)))
    assert table.columnWidth(Column.NEXT) > needed
    assert table.visualRect(row).width() > needed
    screenshot(panel, "register_overdue_follow_up")
