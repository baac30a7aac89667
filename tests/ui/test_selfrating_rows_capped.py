"""The self-rating answers show at least four rows on a small laptop under a risk banner.

On a 1366×768 laptop at 125 % (a window of 1093×543 logical pixels) with a 14 pt font and
a suicide-risk banner, the answers' table showed about one row: long multi-choice answers
("Buying sex, Pornography, Sex clubs, …") and long questions made rows four or five lines
tall, and the table was squeezed to some 40 pixels. Each row is now at most two lines
(the rest elided, the whole answer in the cell's tooltip), and the table keeps room for
four of them; where the tab has less height it scrolls to them (under the banner).
Screenshot: artifacts/screenshots/laptop125_14pt_selfrating_rows.png.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea

from kastdesk.domain.models import RiskKind, Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.ui.selfrating.tab import ROW_LINES
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_sessions_note_gets_the_height import LAPTOP_125

CODE = "K-2026-077"
#: Every choice of the two multi-choice questions: the longest answers the form has.
REASONS = ["buying_sex", "pornography", "other_sexual_behaviour", "relationship",
           "someone_asked", "other"]
DISTRESS = ["buying_sex", "pornography", "sex_clubs", "sexual_chat", "other"]


def _client_with_long_answers(vault) -> None:  # type: ignore[no-untyped-def]
    """A flagged client in treatment with a start and an end form, every choice ticked."""
    case = vault.add_client(CODE, first_contact_date=date(2025, 9, 1))
    case.sessions.add(datetime(2025, 9, 8, 10))
    case.sessions.add(datetime(2026, 1, 12, 10))
    case.profile.set_status(Status.INTAKE, at=date(2025, 9, 8))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2025, 9, 8))
    case.flags.raise_flag(RiskKind.SUICIDAL, "Said he sees no way out since the debts.")
    for variant, day in (("start", date(2025, 9, 8)), ("end", date(2026, 1, 12))):
        save_response(case, FormResponse("self_rating", 2, variant, day, EnteredBy.THERAPIST, {
            "reason_for_coming": REASONS, "distress_behaviours": DISTRESS,
            "reason_in_words": "I keep going back to the sites at night and then I lie "
                               "to my partner about where the money went.",
            "has_bought_sex": True, "wellbeing": "bad", "control_unwanted_impulses": "rarely",
        }, point=variant))


@pytest.mark.parametrize("points", [14], indirect=True)
def test_four_answer_rows_show_under_a_banner_at_14pt(qtbot, points, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    _client_with_long_answers(window.vault)
    window.register.load(window.vault.clients())
    window.resize(*LAPTOP_125)
    entry = window.vault.client_by_code(CODE)
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    window.workspace.set_current_tab("self_rating")
    qtbot.wait(80)
    QApplication.processEvents()
    assert window.workspace.banner.isVisible()
    tab = window.workspace.tab("self_rating")
    table = tab.table
    # The tab scrolls to the answers (never the whole case: the banner stays in sight).
    scroll = tab.findChild(QScrollArea)
    scroll.ensureWidgetVisible(table, 0, 0)
    QApplication.processEvents()
    screenshot(window, "laptop125_14pt_selfrating_rows")
    assert not window.workspace_scroll.verticalScrollBar().isVisible()
    in_sight = table.viewport().visibleRegion().boundingRect()
    whole = [r for r in range(table.rowCount())
             if in_sight.contains(table.visualRect(table.model().index(r, 1)))]
    assert len(whole) >= 4, (len(whole), in_sight, [table.rowHeight(r) for r in range(6)])
    # No row taller than two lines of its font; the long answers are cut short on screen
    # and whole in their tooltips.
    line = QFontMetrics(table.item(0, 0).font()).lineSpacing()  # a question's bold
    for r in range(table.rowCount()):
        assert table.rowHeight(r) <= ROW_LINES * line + 16, (r, table.rowHeight(r))
    reasons = next(r for r in range(table.rowCount())
                   if table.item(r, 0).text() == "What made you seek help?")
    cell = table.item(reasons, 1)
    words = cell.text()
    assert words.count(",") == len(REASONS) - 1  # the cell holds all six …
    width = table.columnWidth(1)
    assert table.fontMetrics().boundingRect(
        0, 0, width - 8, 10_000, int(Qt.TextFlag.TextWordWrap), words
    ).height() > table.rowHeight(reasons)  # … more lines than the row shows
    assert words in cell.toolTip()
    assert "Someone close asked me to" in cell.toolTip()
