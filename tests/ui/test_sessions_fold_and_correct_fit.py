"""The session editor on a low screen at 14 pt, and Correct attendance… at 14 pt.

A QA pass found: the correction dialog at a fixed 520×320 cut its intro and the lines
that say what a correction changes in half; with the session's fields folded above the
note, a field's Alt+letter typed the letter into the note (Linux) instead of opening the
field; and Correct attendance… with its hint stood above a corrected note folded or not,
two of its lines left in sight. Screenshots: artifacts/screenshots/sessions_fold_*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kastdesk.domain.models import Attendance, RiskKind
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.screen import FRAME
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.sessions import AttendanceDialog, SessionEditor, SessionsTab
from tests.ui.conftest import screenshot, shown_workspace

TODAY = date(2027, 5, 4)
#: The workspace beside the register on a 1366×768 laptop at 125 %: low enough that the
#: session's fields fold at 14 pt.
LOW = (900, 470)
#: 1366×768 at 125 %, less the taskbar.
LAPTOP = QRect(0, 0, 1093, 574)
#: Shorter than the correction dialog at 14 pt with a pick made (a netbook's panel).
SHORT = QRect(0, 0, 819, 340)
NOTE = "\n".join(f"{n}. Talked through the week, step {n} of the plan." for n in range(1, 15))


def _screen(monkeypatch: pytest.MonkeyPatch, area: QRect) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    return area


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    qtbot.wait(30)  # fit_dialog fits once more after a zero timer


# -- Correct attendance… fits its text ----------------------------------------------------

def _cut(widget: QWidget) -> bool:
    """``widget`` is lower or narrower than its text needs."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.height() < widget.heightForWidth(widget.width())
    hint = widget.sizeHint()
    return widget.height() < hint.height() or widget.width() < widget.minimumSizeHint().width()


def _open_dialog(qtbot, current: Attendance, ahead: bool, pick: str) -> AttendanceDialog:  # type: ignore[no-untyped-def]
    dialog = AttendanceDialog(current, ahead=ahead)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    dialog.buttons_by_value[pick].click()  # what the correction changes shows below
    _settle(qtbot)
    return dialog


@pytest.mark.parametrize("points", [14], indirect=True)
@pytest.mark.parametrize(("current", "ahead", "pick"), [
    (Attendance.HELD, False, "no_show"),
    (Attendance.NO_SHOW, True, "cancelled_by_client"),
    (Attendance.CANCELLED_BY_CLINIC, False, "held"),
], ids=["held", "ahead", "cancelled"])
def test_the_correction_dialog_fits_its_text_at_14pt(  # type: ignore[no-untyped-def]
    qtbot, points, monkeypatch: pytest.MonkeyPatch, current: Attendance, ahead: bool,
    pick: str,
) -> None:
    _screen(monkeypatch, LAPTOP)
    dialog = _open_dialog(qtbot, current, ahead, pick)
    screenshot(dialog, f"sessions_fold_correct_dialog_{current.value}")
    shown = [w for w in dialog.findChildren(QWidget)
             if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible()]
    assert any(isinstance(w, QLabel) and w.text().startswith("From then on") for w in shown) \
        or pick == "cancelled_by_client"  # not held to not held changes no count
    cut = [(type(w).__name__, w.text()[:30], w.size().toTuple(), w.sizeHint().toTuple())
           for w in shown if _cut(w)]
    assert not cut, cut
    # Room for all of it: nothing scrolls, and nothing stands on another.
    assert not dialog.body.verticalScrollBar().isVisible()
    assert dialog.height() + FRAME.height() <= LAPTOP.height()
    buttons = sorted((w for w in shown if w.parentWidget() is not dialog.buttons),
                     key=lambda w: w.mapTo(dialog, QPoint(0, 0)).y())
    for upper, lower in pairwise(buttons):
        assert (upper.mapTo(dialog, QPoint(0, upper.height())).y()
                <= lower.mapTo(dialog, QPoint(0, 0)).y()), (upper.text(), lower.text())


@pytest.mark.parametrize("points", [14], indirect=True)
def test_on_a_short_screen_the_fields_scroll_and_the_buttons_stay(  # type: ignore[no-untyped-def]
    qtbot, points, monkeypatch: pytest.MonkeyPatch
) -> None:
    _screen(monkeypatch, SHORT)
    dialog = _open_dialog(qtbot, Attendance.HELD, False, "no_show")
    screenshot(dialog, "sessions_fold_correct_dialog_short")
    assert dialog.height() + FRAME.height() <= SHORT.height()
    assert dialog.body.verticalScrollBar().isVisible()
    for button in dialog.buttons.buttons():
        rect = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert dialog.rect().contains(rect), button.text()
        assert button.visibleRegion().boundingRect().size() == button.size()
    # The reason, at the bottom of what scrolls, is reached by scrolling.
    dialog.body.ensureWidgetVisible(dialog.reason)
    assert dialog.reason.visibleRegion().boundingRect().height() == dialog.reason.height()


# -- the fields folded above the note -------------------------------------------------------

@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """A long unsigned note; two signed ones, the older signed as held though the client
    never came and corrected since; a risk flag, whose banner takes height too."""
    vault.today = lambda: TODAY
    vault.now = lambda: datetime(2027, 5, 4, 12)
    case = vault.add_client("K-2027-031", first_contact_date=date(2027, 2, 1))
    corrected = case.sessions.add(datetime(2027, 3, 2, 9), note=NOTE)
    case.sessions.sign(corrected.id)
    case.sessions.correct_attendance(corrected.id, Attendance.NO_SHOW,
                                     "He rang to cancel; signed by mistake")
    signed = case.sessions.add(datetime(2027, 3, 16, 9), note=NOTE)
    case.sessions.sign(signed.id)
    case.sessions.add(datetime(2027, 4, 27, 9), note="Mapped the evening routine.",
                      topics=["routines"])
    case.flags.raise_flag(RiskKind.OTHER, "Said he has been drinking more")
    return case


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:  # type: ignore[no-untyped-def]
    ws = shown_workspace(qtbot, vault, case, size=LOW)
    yield ws
    ws.clear()


def _open(qtbot, ws: CaseWorkspace, session_id: str) -> SessionEditor:  # type: ignore[no-untyped-def]
    ws.set_current_tab("sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    tab.set_current_session(session_id)
    qtbot.waitUntil(lambda: tab.editor.session is not None
                    and tab.editor.session.id == session_id)
    _settle(qtbot)
    return tab.editor


def _ids(case: CaseFile) -> tuple[str, str, str]:
    """The corrected session, the signed one, the open one."""
    corrected, signed, open_ = case.sessions.list()
    return corrected.id, signed.id, open_.id


@pytest.mark.parametrize("points", [14], indirect=True)
@pytest.mark.parametrize(("key", "field"), [
    (Qt.Key.Key_D, "when"), (Qt.Key.Key_U, "duration"), (Qt.Key.Key_M, "modality"),
    (Qt.Key.Key_P, "present"), (Qt.Key.Key_T, "topics"),
])
def test_a_folded_fields_alt_letter_opens_the_field(  # type: ignore[no-untyped-def]
    qtbot, points, workspace: CaseWorkspace, case: CaseFile, key: Qt.Key, field: str
) -> None:
    editor = _open(qtbot, workspace, _ids(case)[2])
    assert editor.details_folded and not editor.when.isVisible()
    note = editor.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    before = editor.note_text()
    qtbot.keyClick(note, key, Qt.KeyboardModifier.AltModifier)
    _settle(qtbot)
    target = getattr(editor, field)
    assert editor.note_text() == before  # no letter typed into the note
    assert not editor.details_folded and target.isVisible()
    assert target.hasFocus()
    if field == "topics":
        screenshot(workspace, "sessions_fold_alt_t_unfolded")
        # Unfolded, the labels' own Alt+letters work, one owner each (none ambiguous).
        qtbot.keyClick(editor.topics, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert editor.when.hasFocus()
        assert editor.topics.text() == "routines"


@pytest.mark.parametrize("points", [14], indirect=True)
def test_correct_attendance_folds_with_the_fields(  # type: ignore[no-untyped-def]
    qtbot, points, workspace: CaseWorkspace, case: CaseFile
) -> None:
    corrected, signed, _ = _ids(case)

    def lines_in_sight(editor: SessionEditor) -> int:
        return (editor.note.visibleRegion().boundingRect().height()
                // editor.note.fontMetrics().lineSpacing())

    editor = _open(qtbot, workspace, signed)
    assert editor.details_folded
    signed_lines = lines_in_sight(editor)
    editor = _open(qtbot, workspace, corrected)
    screenshot(workspace, "sessions_fold_corrected_14pt")
    assert editor.details_folded
    # Folded with the fields: the button and the hint took two of its lines.
    assert not editor.correct_button.isVisible() and not editor.attendance_hint.isVisible()
    assert "Did not attend" in editor.details_toggle.summary()
    assert lines_in_sight(editor) >= max(signed_lines, 4), (lines_in_sight(editor),
                                                             signed_lines)
    # Unfolded, they are there again under the frozen attendance.
    qtbot.mouseClick(editor.details_toggle, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    _settle(qtbot)
    assert editor.correct_button.isVisible() and editor.attendance_hint.isVisible()
    screenshot(workspace, "sessions_fold_corrected_14pt_unfolded")
    # An unsigned session has neither, folded or not.
    editor = _open(qtbot, workspace, _ids(case)[2])
    qtbot.mouseClick(editor.details_toggle, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    _settle(qtbot)
    assert editor.when.isVisible() and not editor.correct_button.isVisible()
