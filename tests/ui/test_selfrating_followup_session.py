"""The self-rating tab after the six-month follow-up call was logged as a phone session
(QA course F1): the end point and the follow-ups stay where the end of treatment put them,
a point with its form is done (never overdue), and a closed case shows nothing due."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.domain.models import Status
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.selfrating import SelfRatingTab
from kastdesk.ui.workspace.base import WorkspaceContext
from tests.core.forms.test_followup_from_end_of_treatment import make_qa_case
from tests.ui.conftest import screenshot


@pytest.fixture
def qa_case(vault: Vault) -> CaseFile:
    return make_qa_case(vault)


def _tab(qtbot, vault: Vault, case: CaseFile, today: date) -> SelfRatingTab:  # type: ignore[no-untyped-def]
    tab = SelfRatingTab(WorkspaceContext(vault, case, None), today=lambda: today)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def _rows(tab: SelfRatingTab) -> dict[str, tuple[str, str]]:
    items = [tab.point_list.topLevelItem(i) for i in range(tab.point_list.topLevelItemCount())]
    return {it.text(0): (it.text(1), it.text(2)) for it in items}


def test_follow_up_session_moves_no_point(qtbot, vault: Vault, qa_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, vault, qa_case, date(2029, 6, 28))
    rows = _rows(tab)
    screenshot(tab, "selfrating_followup_session_24m_day")
    assert rows == {
        "Start of treatment": ("2027-02-01", "✓ Done"),
        "End of treatment": ("2027-06-28", "✓ Done"),
        "Follow-up, 6 months after treatment": ("2027-12-28", "✓ Done"),
        "Follow-up, 24 months after treatment": ("2029-06-28", "● Due now"),
    }
    assert tab.current_point().key == "follow_up_24m"  # the open one is chosen


def test_later_point_moves_the_case_follow_up_date(qtbot, vault: Vault, qa_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, vault, qa_case, date(2027, 12, 28))
    tab.add_extra_point(12)
    assert _rows(tab)["Follow-up, 12 months after treatment"] == ("2028-06-28", "○ Upcoming")
    # The register and the Due list follow the tab: twelve months after the end.
    assert vault.client(qa_case.client_id).followup_due == date(2028, 6, 28)


def test_closed_case_shows_no_point_due(qtbot, vault: Vault, qa_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    qa_case.profile.set_status(Status.CLOSED, at=date(2029, 8, 20))
    tab = _tab(qtbot, vault, qa_case, date(2029, 8, 20))
    rows = _rows(tab)
    screenshot(tab, "selfrating_followup_session_closed")
    assert rows["Follow-up, 24 months after treatment"] == ("2029-06-28",
                                                           "– Not done, case closed")
    assert [st for _, st in rows.values()].count("✓ Done") == 3
    tip = tab.point_list.topLevelItem(3).toolTip(2)
    assert tip == "The case was closed without this form being filled in."
