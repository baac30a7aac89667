"""The sessions list: the "Signed" heading stands over its ✓ marks, the list fills its width."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kastdesk.domain.models import Present
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.sessions import SessionsTab
from tests.ui.conftest import screenshot

PRESENT, SIGNED = 3, 4  # columns: date, time, modality, present, signed


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    case = vault.add_client("K-2026-032", first_contact_date=date(2026, 11, 2))
    for day in (3, 10, 17):
        session = case.sessions.add(datetime(2026, 11, day, 10, 0), present=Present.BOTH)
        if day < 17:
            case.sessions.sign(session.id)
    return case


@pytest.fixture
def tab(qtbot, vault: Vault, case: CaseFile) -> Iterator[SessionsTab]:
    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    ws.set_current_tab("sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    QApplication.processEvents()
    yield tab
    ws.clear()


def test_signed_heading_stands_over_its_marks(qtbot, tab: SessionsTab) -> None:
    header = tab.list.header()
    signed = SIGNED
    # The heading is centred in a column as narrow as the heading, like the ✓ below it.
    assert tab.list.headerItem().textAlignment(signed) & Qt.AlignmentFlag.AlignHCenter
    assert tab.list.topLevelItem(1).text(signed) == "✓"
    assert tab.list.topLevelItem(1).textAlignment(signed) & Qt.AlignmentFlag.AlignHCenter
    label = header.fontMetrics().horizontalAdvance(tab.list.headerItem().text(signed))
    assert header.sectionSize(signed) < label + 40
    # The columns still fill the list: no ragged right edge.
    used = sum(header.sectionSize(c) for c in range(tab.COLUMNS))
    assert used == tab.list.viewport().width()
    screenshot(tab, "sessions_list_signed")


def test_present_never_narrower_than_its_text(qtbot, tab: SessionsTab) -> None:
    tab.splitter.setSizes([200, 1100])
    QApplication.processEvents()
    header = tab.list.header()
    present = PRESENT
    assert header.sectionSize(present) >= tab.list.sizeHintForColumn(present)
    tab.splitter.setSizes([600, 700])
    QApplication.processEvents()
    used = sum(header.sectionSize(c) for c in range(tab.COLUMNS))
    assert used == tab.list.viewport().width()
