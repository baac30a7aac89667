"""An answer with blank lines shows its words on both of its row's lines.

QA 19 #14: the answer "Rad ett…\\n\\nRad två…" showed "Rad ett…" and then "…": the blank
line took the second of the row's two lines. The row shows the answer without blank lines;
the tooltip keeps it as written. Screenshot: artifacts/screenshots/selfrating_blank_lines.png.
"""

from __future__ import annotations

from datetime import date, datetime

from kastdesk.domain.models import Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.store import Vault
from kastdesk.ui.selfrating import SelfRatingTab
from kastdesk.ui.workspace.base import WorkspaceContext
from tests.ui.conftest import screenshot

ANSWER = ("Rad ett: jag går tillbaka till sidorna.\n\n  \nRad två: sedan ljuger jag.\n"
          "Rad tre: pengarna.")


def test_blank_lines_do_not_take_the_rows_second_line(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-093", first_contact_date=date(2025, 9, 1))
    case.sessions.add(datetime(2025, 9, 8, 10))
    case.profile.set_status(Status.INTAKE, at=date(2025, 9, 8))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2025, 9, 8))
    save_response(case, FormResponse("self_rating", 2, "start", date(2025, 9, 8),
                                     EnteredBy.THERAPIST, {
        "reason_in_words": ANSWER, "wellbeing": "bad",
    }, point="start"))
    tab = SelfRatingTab(WorkspaceContext(vault, case, None),  # type: ignore[arg-type]
                        today=lambda: date(2025, 10, 1))
    qtbot.addWidget(tab)
    tab.resize(1280, 860)
    tab.show()
    qtbot.waitExposed(tab)
    table = tab.table
    cell = next(table.item(r, c) for r in range(table.rowCount())
                for c in range(1, table.columnCount())
                if table.item(r, c) is not None and "Rad ett" in table.item(r, c).text())
    lines = cell.text().splitlines()
    assert lines[0].endswith("Rad ett: jag går tillbaka till sidorna.")
    assert lines[1:] == ["Rad två: sedan ljuger jag.", "Rad tre: pengarna."]
    assert ANSWER in cell.toolTip()
    screenshot(tab, "selfrating_blank_lines")
