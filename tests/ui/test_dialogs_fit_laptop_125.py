"""The supervision packet, the guidance meeting, closing a case and a returning client's new
case at 14 pt on small laptop screens: nothing squashed, nothing cut, the buttons on the
screen.

The QA pass (1366×768 at 125 %: 1093×574 logical pixels above the taskbar; 1280×720 at
150 %, 1280×800 at 100 %) found Prepare supervision packet… at least 649 pixels tall with
questions flagged (Export packet off the screen), "Also withhold"'s explanation showing 29
of its 92 pixels and the list one line; with no questions the form's rows squashed to half
their height; Record guidance meeting at a fixed 820×560 (behind the taskbar) and, with
nothing to record, at 560×160 (its explanation cut); closing a case with goals still
active showing 50 of the 92 pixels of "2 goals still active: • …"; and a returning
client's form rows squashed, the Code field and the lists cut.

The screen is simulated as the app reads it (QScreen.availableGeometry), and the dialogs
are also made smaller by hand: their fields scroll, their buttons stay. Screenshots:
artifacts/screenshots/laptop125_14pt_<dialog>.png.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kastdesk.domain.models import GoalState, Status
from kastdesk.domain.status import EndReason
from kastdesk.supervision import flag_for_guidance
from kastdesk.ui.cases.returning_client import ReturningClientDialog
from kastdesk.ui.cases.status import EndingDialog
from kastdesk.ui.screen import FRAME
from kastdesk.ui.supervision.meeting import MeetingDialog, PacketDialog
from tests.ui.conftest import screenshot

SCREENS = {
    "1366x768_125": QRect(0, 0, 1093, 574),
    "1920x1080_150": QRect(0, 0, 1280, 680),
    "1280x800_100": QRect(0, 0, 1280, 760),
}


@pytest.fixture(params=list(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    area = SCREENS[request.param]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    yield area


def _show(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(60)  # sized once shown, and once more when its labels know their width
    return dialog


def _fits(dialog: QWidget, area: QRect) -> bool:
    return (dialog.width() + FRAME.width() <= area.width()
            and dialog.height() + FRAME.height() <= area.height())


def _buttons_whole(dialog: QDialog) -> list[str]:
    """The dialog's buttons that are not whole in sight."""
    cut = []
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.isVisible():
                continue
            rect = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
            if (not dialog.rect().contains(rect)
                    or button.visibleRegion().boundingRect().size() != button.size()):
                cut.append(button.text())
    return cut


def squashed(dialog: QDialog) -> list[str]:
    """Fields lower than they can be drawn, and wrapped labels lower than their words."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton):
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                continue  # a part of a field
            least = widget.minimumSizeHint().height()
            if widget.height() < least:
                found.append(f"{type(widget).__name__} {widget.height()} of {least}")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need = widget.heightForWidth(widget.width())
            if widget.height() < need:
                found.append(f"label {widget.text()[:40]!r}: {widget.height()} of {need}")
    return found


#: The height Qt gives a new top-level window at most: two thirds of the screen's, 614
#: logical pixels at 125 % on 1366×768 (the QA saw the dialogs at that height; offscreen
#: tests have a taller screen).
TWO_THIRDS_125 = 409


def _made_low(qtbot, dialog: QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    """As low as the QA saw it: its fields scroll, nothing squashed, the buttons whole."""
    dialog.resize(dialog.width(), TWO_THIRDS_125)
    qtbot.wait(20)
    _check(dialog, None, f"{name}_low")


def _check(dialog: QDialog, area: QRect | None, name: str) -> None:
    screenshot(dialog, f"dialog_{name}")
    if area is not None:
        assert _fits(dialog, area), (dialog.size(), area)
    assert not _buttons_whole(dialog)
    assert not squashed(dialog), squashed(dialog)


def _flag_four(vault) -> None:  # type: ignore[no-untyped-def]
    for entry in vault.clients()[:4]:
        case = vault.open_case(entry.id, audit_open=False)
        flag_for_guidance(case, "How do we handle the partner's wish to join the sessions, "
                          "given what the client said about the debts?", "case", None)
        sessions = case.sessions.list()
        if sessions:
            flag_for_guidance(case, "Is the relapse plan realistic?", "session", sessions[-1].id)


# -- Prepare supervision packet… (finding 1) -------------------------------------------

@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_packet_dialog_with_questions_fits(qtbot, screen, points, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _flag_four(window.vault)
    dialog = _show(qtbot, PacketDialog(window.vault, window))
    _check(dialog, screen, f"packet_{screen.height()}")
    # The explanation under "Also withhold" and five lines of the list, a scroll away.
    note, review = dialog.withhold.note, dialog.review
    assert note.height() >= note.heightForWidth(note.width())
    assert review.height() >= 5 * review.fontMetrics().lineSpacing()
    body = dialog.findChild(QScrollArea)
    body.ensureWidgetVisible(review)
    qtbot.wait(20)
    assert review.visibleRegion().boundingRect().height() == review.height()
    screenshot(dialog, f"dialog_packet_{screen.height()}_list")


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_packet_dialog_without_questions_keeps_its_rows(  # type: ignore[no-untyped-def]
        qtbot, screen, points, open_window) -> None:
    window = open_window
    dialog = _show(qtbot, PacketDialog(window.vault, window))
    _check(dialog, screen, f"packet_none_{screen.height()}")
    for field in (dialog.day, dialog.folder, dialog.passphrase, dialog.again):
        assert field.visibleRegion().boundingRect().size() == field.size()
    _made_low(qtbot, dialog, "packet_none")


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_packet_dialog_made_small_scrolls_its_fields(qtbot, points, open_window) -> None:  # type: ignore[no-untyped-def]
    """Shorter than its fields (a window made small by hand): they scroll, nothing is
    squashed, Export packet and Cancel stay whole."""
    window = open_window
    _flag_four(window.vault)
    dialog = _show(qtbot, PacketDialog(window.vault, window))
    dialog.resize(560, 360)
    qtbot.wait(20)
    _check(dialog, None, "packet_small")
    assert dialog.findChild(QScrollArea).verticalScrollBar().isVisible()


# -- Record guidance meeting (finding 5) -----------------------------------------------

@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_meeting_dialog_fits(qtbot, screen, points, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    empty = _show(qtbot, MeetingDialog(window.vault, window))
    _check(empty, screen, f"meeting_none_{screen.height()}")
    assert empty.nothing.height() >= empty.nothing.heightForWidth(empty.nothing.width())
    empty.reject()

    _flag_four(window.vault)
    dialog = _show(qtbot, MeetingDialog(window.vault, window))
    _check(dialog, screen, f"meeting_{screen.height()}")
    assert dialog.table.isVisible() and dialog.table.height() > 150


# -- Closing a case with active goals (finding 3) --------------------------------------

@pytest.mark.parametrize("points", [14], indirect=True)
def test_closing_with_active_goals_shows_them_whole(qtbot, screen, points, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    client = window.vault.clients()[5]  # in treatment, two goals active
    case = window.vault.open_case(client.id, audit_open=False)
    goals = [g for g in case.goals.list() if g.state is GoalState.ACTIVE]
    assert len(goals) >= 2
    dialog = _show(qtbot, EndingDialog(Status.IN_TREATMENT, Status.CLOSED, window,
                                       active_goals=goals))
    note = dialog.goals_note
    assert note is not None
    dialog.findChild(QScrollArea).ensureWidgetVisible(note)
    qtbot.wait(20)
    _check(dialog, screen, f"closing_{screen.height()}")
    assert note.height() >= note.heightForWidth(note.width())
    assert note.visibleRegion().boundingRect().height() == note.height()
    # Ending with "dropped out" shows the goals too (the dialog grows, within the screen).
    ending = _show(qtbot, EndingDialog(Status.IN_TREATMENT, Status.ENDED, window,
                                       active_goals=goals))
    ending.reason_buttons[EndReason.DROPPED_OUT].setChecked(True)
    qtbot.wait(20)
    assert ending.goals_box is not None and ending.goals_box.isVisible()
    _check(ending, screen, f"ending_dropped_{screen.height()}")


# -- New case for a returning client (finding 4) ---------------------------------------

@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_returning_clients_form_keeps_its_rows(qtbot, screen, points, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    entry = window.vault.client_by_code("K-2022-001")  # in follow-up
    case = window.vault.open_case(entry.id, audit_open=False)
    assert case.profile.get().status is Status.FOLLOW_UP
    dialog = _show(qtbot, ReturningClientDialog(window.vault, case, window))
    _check(dialog, screen, f"returning_{screen.height()}")
    for field in (dialog.code, dialog.channel, dialog.first_contact, dialog.referral):
        assert field.visibleRegion().boundingRect().size() == field.size()
    _made_low(qtbot, dialog, "returning")
