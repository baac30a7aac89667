"""The self-rating answers' column headings wrap instead of being cut (QA walk).

Two start forms the client left half done, on a laptop-sized tab: each answers' column
is about 150 pixels, and its heading "Start, form 1 (not finished)" over the day was cut
at both ends ("rt, form 1 (not finish"), so the therapist could not tell the forms apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.selfrating import SelfRatingTab
from kastdesk.ui.workspace.base import WorkspaceContext
from tests.ui.conftest import screenshot

TODAY = date(2026, 12, 3)


@pytest.fixture
def case(vault: Vault) -> Iterator[CaseFile]:
    """A client in treatment with two start forms, each left half done."""
    case = vault.add_client("K-2026-031", first_contact_date=TODAY)
    case.sessions.add(datetime(2026, 12, 3, 14, 0), note="First session.")
    case.profile.set_status(Status.IN_TREATMENT, at=TODAY)
    for wellbeing in ("bad", "neither_good_nor_bad"):
        save_response(case, FormResponse("self_rating", 2, "start", TODAY, EnteredBy.CLIENT,
                                         {"wellbeing": wellbeing}))
    yield case


def test_two_half_done_start_forms_show_their_whole_headings(qtbot, vault: Vault,  # type: ignore[no-untyped-def]
                                                             case: CaseFile) -> None:
    tab = SelfRatingTab(WorkspaceContext(vault, case, None), today=lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(560, 620)  # the tab's share of a small laptop window beside the register
    tab.show()
    qtbot.waitExposed(tab)
    QApplication.processEvents()
    # The end form comes in while the tab is shown: a third column, each narrower (the
    # columns stretch at the next layout, after the table is drawn).
    save_response(case, FormResponse("self_rating", 2, "end", TODAY, EnteredBy.THERAPIST,
                                     {"wellbeing": "good", "has_bought_sex": True,
                                      "control_unwanted_impulses": "mostly"}))
    tab.refresh()
    qtbot.wait(50)
    table = tab.table
    header = table.horizontalHeader()
    assert table.columnCount() == 4
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    metrics = header.fontMetrics()
    for column in (1, 2):
        text = table.horizontalHeaderItem(column).text()
        assert "(not finished)" in text
        room = header.sectionSize(column) - 2 * margin
        # Too wide for one line: the heading must wrap at its words, and every line show.
        assert metrics.horizontalAdvance(text.split("\n")[0]) > room
        assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, text).height()
        assert needed <= header.height(), (text, needed, header.height())
    screenshot(tab, "selfrating_headings_wrap")


def test_the_heading_fits_when_the_tab_is_first_opened_in_the_case(qtbot, vault: Vault,  # type: ignore[no-untyped-def]
                                                                   case: CaseFile) -> None:
    """Opened from the case at laptop size, with an end form beside the two: the table was
    drawn before its columns had their width, and the heading kept the height of wider
    columns (the four lines of "Start, form 1 (not finished)" cut at top and bottom)."""
    from tests.ui.conftest import shown_workspace

    save_response(case, FormResponse("self_rating", 2, "end", TODAY, EnteredBy.THERAPIST,
                                     {"wellbeing": "good", "has_bought_sex": True,
                                      "control_unwanted_impulses": "mostly"}))
    workspace = shown_workspace(qtbot, vault, case, "self_rating", size=(560, 700))
    qtbot.wait(50)
    table = workspace.tab("self_rating").table
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    for column in range(1, table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        room = header.sectionSize(column) - 2 * margin
        needed = header.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), flags,
                                                   text).height()
        assert needed <= header.height(), (text, header.sectionSize(column), needed,
                                           header.height())
    screenshot(workspace, "selfrating_headings_wrap_in_case")


def test_the_heading_fits_in_the_main_window(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The same in the app at 1024×700, the case opened from the register."""
    window = open_window
    window.resize(1024, 700)
    vault = window.vault
    day = vault.today()
    case = vault.add_client("K-2026-032", first_contact_date=day)
    for variant, wellbeing in (("start", "bad"), ("start", "neither_good_nor_bad"),
                               ("end", "good")):
        save_response(case, FormResponse("self_rating", 2, variant, day, EnteredBy.CLIENT,
                                         {"wellbeing": wellbeing}))
    client_id = case.client_id
    vault.close_case(client_id)
    window.register.model.update_entry(vault.client(client_id))
    assert window.register.select(client_id)
    window.workspace.set_current_tab("self_rating")
    qtbot.wait(100)
    table = window.workspace.tab("self_rating").table
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    assert table.columnCount() == 4
    for column in range(1, table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        room = header.sectionSize(column) - 2 * margin
        needed = header.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), flags,
                                                   text).height()
        assert needed <= header.height(), (text, header.sectionSize(column), needed,
                                           header.height())
    screenshot(window, "selfrating_headings_wrap_window")
