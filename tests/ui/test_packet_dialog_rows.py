"""The supervision packet's dialog: the Meeting date is as tall as the fields below it, and
its label stands level with it as theirs do. The date was 7 px taller (a spin box's padding
counts twice) and its label sat at its top. Every date and number field of the app shares
the house style's rule, so a form's rows are alike wherever one stands.
Screenshot: artifacts/screenshots/packet_dialog_rows.png.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QSpinBox, QWidget

from kastdesk.store import KdfParams
from kastdesk.supervision import flag_for_guidance
from kastdesk.ui.supervision.meeting import PacketDialog
from tests.ui.conftest import screenshot


def _middle(widget: QWidget, dialog: QWidget) -> float:
    top = widget.mapTo(dialog, widget.rect().topLeft()).y()
    return top + widget.height() / 2


@pytest.mark.parametrize("points", [None, 14], ids=["default", "14pt"], indirect=True)
def test_the_meeting_date_row_is_like_the_others(  # type: ignore[no-untyped-def]
        qtbot, vault, points) -> None:
    case = vault.add_client("K-2026-052", first_contact_date=date(2026, 10, 1))
    flag_for_guidance(case, "Is the plan for the holidays safe enough?")
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, f"packet_dialog_rows_{points or 'default'}")
    form = next(f for f in dialog.findChildren(QFormLayout)
                if f.labelForField(dialog.day) is not None)
    assert dialog.day.height() == dialog.passphrase.height() == dialog.folder.height()
    for field in (dialog.day, dialog.passphrase, dialog.again):
        label = form.labelForField(field)
        assert abs(_middle(label, dialog) - _middle(field, dialog)) <= 1, label.text()


def test_date_and_number_fields_are_as_tall_as_a_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The house style's rule for every form: a date (with or without its calendar) and a
    number field are a line edit's height."""
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    popup = QDateEdit(page)
    popup.setCalendarPopup(True)
    fields = [QLineEdit(page), QDateEdit(page), popup, QSpinBox(page)]
    for field in fields:
        form.addRow("Field", field)
    page.show()
    qtbot.waitExposed(page)
    assert {field.height() for field in fields} == {fields[0].height()}


def test_the_meeting_date_keeps_a_dates_width(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    """The date stretched across the dialog (QA 26), its arrow far off at the edge; it is
    a date's width, as in the meeting record's dialog."""
    from kastdesk.ui.supervision.meeting import MeetingDialog

    case = vault.add_client("K-2026-053", first_contact_date=date(2026, 10, 1))
    flag_for_guidance(case, "Is the plan for the holidays safe enough?")
    dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.resize(800, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, "packet_dialog_date_width")
    assert dialog.day.width() <= dialog.day.sizeHint().width() + 2
    assert dialog.day.width() < dialog.passphrase.width() / 2
    meeting = MeetingDialog(vault)
    qtbot.addWidget(meeting)
    meeting.resize(800, 560)
    meeting.show()
    qtbot.waitExposed(meeting)
    assert meeting.day.width() < meeting.participants.width() / 2
