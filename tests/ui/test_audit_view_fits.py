"""The History and audit-log dialog fits a laptop at a 14 pt font.

At 14 pt it asked for 1047 pixels (1088 in Swedish): the period and the four kinds on one
line. A 1366×768 laptop at 125 % has 1093 above the taskbar, and a dialog cannot narrow
below its least width, so the window edge and Close were a hair from the screen's. The
kinds have a line of their own now, the name and target columns are cut at the right (the
tooltip has them whole), and what was done keeps room for a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDateEdit

from kastdesk.store import Vault
from kastdesk.ui.audit import WHAT_CHARS, AuditLogDialog, AuditModel
from tests.ui.conftest import screenshot
from tests.ui.test_genogram_toolbar_fits import language  # noqa: F401 (a fixture)

#: The least width the dialog may ask for: a 1366×768 laptop at 125 % has 1093 pixels,
#: less the window's frame, and room to spare for a longer translation.
LAPTOP = 1000


@pytest.mark.parametrize("points", [14], ids=["14pt"], indirect=True)
@pytest.mark.parametrize("whose", ["case", "vault"])
def test_the_audit_log_fits_a_laptop_at_14_points(  # type: ignore[no-untyped-def]
    qtbot, language, points, vault: Vault, tmp_path: Path, whose: str  # noqa: F811
) -> None:
    case = vault.add_client("K-2026-052", name="Maja Ek")  # fictional
    case.close()
    client_id = vault.client_by_code("K-2026-052").id
    dialog = (AuditLogDialog(vault, client_id, code="K-2026-052") if whose == "case"
              else AuditLogDialog(vault))
    qtbot.addWidget(dialog)
    # After an export the count names the file: that line must not widen the dialog.
    assert dialog.export_to(tmp_path / "audit-log K-2026-052 2026-11-01 to 2026-11-30.csv")
    dialog.show()
    qtbot.waitExposed(dialog)
    least = dialog.minimumSizeHint().width()
    assert least <= LAPTOP
    assert dialog.sizeHint().width() <= LAPTOP
    dialog.resize(least, 560)
    qtbot.wait(20)
    screenshot(dialog, f"{language}_14pt_audit_{whose}_log_narrowest")
    # Nothing essential cut at its narrowest: every filter, Export and Close whole ...
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QDateEdit):
        if widget.isVisible():
            assert widget.width() >= widget.sizeHint().width(), widget
            assert dialog.rect().contains(QRect(widget.mapTo(dialog, QPoint(0, 0)),
                                                widget.size())), widget
    # ... the time and the client's code whole, what was done with room for a sentence.
    table = dialog.table
    for column in (AuditModel.TIME, AuditModel.CLIENT):
        if not table.isColumnHidden(column):
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    char = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(AuditModel.WHAT) >= WHAT_CHARS * char
    assert table.horizontalScrollBar().maximum() == 0  # no column pushed out of view
