"""A paste into a one-line field is one line; a note takes the text of an HTML-only paste.

A QLineEdit keeps pasted line breaks and tabs and shows none of them: a name pasted from an
e-mail signature became a two-line name with a job title in the case header, and a
paragraph pasted into a flag's note or a session's topics was stored with its breaks (QA
finding 8). Every one-line field of the app (the house style puts each under
``OneLineGuard`` as it is first shown) now makes them single spaces, trimmed, as one Undo
step. Passphrase fields are left as Qt has them. A clipboard with only HTML pasted nothing
into a note; its text is pasted now (an image alone still pastes nothing).
Screenshots: artifacts/screenshots/paste_one_line_<what>.png.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QWidget,
)

from kastdesk.domain.models import RiskKind
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.new_client import NewClientDialog
from kastdesk.ui.common import one_line
from kastdesk.ui.workspace.flags import RaiseFlagDialog
from kastdesk.ui.workspace.sessions import SessionsTab
from tests.conftest import ANCHOR
from tests.ui.conftest import screenshot, shown_workspace, unlock
from tests.ui.test_app_main import select_code

SIGNATURE = "Anna Berg\r\nLeg. psykolog\tKAST Nord\r\n"
SAID = ("Sa att han tänkt på att ta livet av sig\r\nefter att partnern fick veta;\r\n"
        "\thar vapenlicens\r\n")
SAID_ONE_LINE = ("Sa att han tänkt på att ta livet av sig efter att partnern fick veta; "
                 "har vapenlicens")


def _clip(text: str | None = None, html: str | None = None) -> None:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def _ctrl_v(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_one_line() -> None:
    assert one_line(SIGNATURE) == "Anna Berg Leg. psykolog KAST Nord"
    assert one_line("  typed  as is ") == "  typed  as is "  # no break: never touched
    assert one_line("\r\n\t") == ""
    assert one_line("a\u2029b\u2028c\x85d") == "a b c d"


@pytest.fixture
def flag_dialog(qtbot):  # type: ignore[no-untyped-def]
    dialog = RaiseFlagDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_v_into_a_flag_note(qtbot, flag_dialog) -> None:  # type: ignore[no-untyped-def]
    note = flag_dialog.note
    _clip(SAID)
    _ctrl_v(qtbot, note)
    assert note.text() == SAID_ONE_LINE  # kept "\r\n" and "\t", showed only the tail
    note.home(False)
    screenshot(flag_dialog, "paste_one_line_flag_dialog")
    assert flag_dialog.chosen() == (RiskKind.SUICIDAL, SAID_ONE_LINE)
    # One Undo takes the paste back whole.
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.text() == ""


def test_undo_takes_back_the_paste_not_the_typing_before(qtbot, flag_dialog) -> None:  # type: ignore[no-untyped-def]
    """Type "Anna ", paste "Berg": Undo leaves "Anna " (it emptied the field, as the
    paste joined the typing's Undo step), and typing after the paste is a step of its own."""
    note = flag_dialog.note
    qtbot.keyClicks(note, "Anna ")
    _clip("Berg\r\n")
    _ctrl_v(qtbot, note)
    qtbot.keyClicks(note, "!")
    assert note.text() == "Anna Berg!"
    note.undo()
    assert note.text() == "Anna Berg"
    note.undo()
    assert note.text() == "Anna "
    # Over a selection made leftwards: the selection is what the paste replaces.
    note.setText("Anna Olsson")
    note.setSelection(11, -6)
    _clip("Berg")
    _ctrl_v(qtbot, note)
    assert note.text() == "Anna Berg"
    note.undo()
    assert note.text() == "Anna Olsson"


def test_a_break_between_words_becomes_a_space(qtbot, flag_dialog) -> None:  # type: ignore[no-untyped-def]
    note = flag_dialog.note
    qtbot.keyClicks(note, "Brother:")
    _clip("\r\nsays he is afraid\r\n")
    _ctrl_v(qtbot, note)
    assert note.text() == "Brother: says he is afraid"
    # Pasted between two words, over a selection.
    note.setText("before after")
    note.setSelection(6, 1)
    _clip("\tmiddle\n")
    _ctrl_v(qtbot, note)
    assert note.text() == "before middle after"


def test_the_context_menu_pastes_one_line(qtbot, flag_dialog) -> None:  # type: ignore[no-untyped-def]
    note = flag_dialog.note
    _clip(SAID)
    note.setFocus()
    QApplication.sendEvent(note, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), note.mapToGlobal(QPoint(5, 5))))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    assert paste.isEnabled()
    paste.trigger()
    menu.close()
    assert note.text() == SAID_ONE_LINE


def test_any_other_way_in_is_put_right(qtbot, flag_dialog) -> None:  # type: ignore[no-untyped-def]
    """``paste()`` from code, a drop or the X11 selection: made one line as it arrives."""
    note = flag_dialog.note
    note.setFocus()
    _clip(SAID)
    note.paste()
    assert note.text() == SAID_ONE_LINE


def test_a_name_pasted_from_a_signature(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClientDialog(vault, today=ANCHOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.named.setChecked(True)
    _clip(SIGNATURE)
    _ctrl_v(qtbot, dialog.name)
    assert dialog.name.text() == "Anna Berg Leg. psykolog KAST Nord"
    screenshot(dialog, "paste_one_line_name")
    dialog.name.selectAll()
    _clip("\r\n  Anna Berg\r\n")
    _ctrl_v(qtbot, dialog.name)
    assert dialog.name.text() == "Anna Berg"
    dialog.accept()
    assert dialog.case is not None
    assert dialog.case.profile.get().name == "Anna Berg"


def test_a_passphrase_is_left_as_pasted(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    field = main_window.unlock_screen.passphrase
    assert field.echoMode() == QLineEdit.EchoMode.Password
    _clip("secret\n")
    _ctrl_v(qtbot, field)
    assert field.text() == "secret\n"


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    case = vault.add_client("K-2026-777", first_contact_date=date(2026, 10, 1))
    case.sessions.add(datetime(2026, 10, 5, 10, 0))
    return case


def test_topics_and_an_html_only_note(qtbot, vault: Vault, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    ws = shown_workspace(qtbot, vault, case, "sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    editor = tab.editor
    session_id = tab.current_session_id()
    assert session_id is not None
    _clip("triggers, partner\r\nbrother,\tmoney\r\n")
    _ctrl_v(qtbot, editor.topics)
    editor.save()
    assert case.sessions.get(session_id).topics == ["triggers", "partner brother", "money"]

    # Only HTML on the clipboard (some web pages and mail programs): its text is pasted.
    editor.note.clear()
    _clip(html="<h1>Remiss</h1><p>Ringde <b>bror</b> i stället.</p>")
    _ctrl_v(qtbot, editor.note)
    editor.save()
    assert case.sessions.get(session_id).note == "Remiss\nRingde bror i stället."
    screenshot(ws, "paste_one_line_session")
    ws.clear()


def test_every_one_line_field_of_the_app_is_guarded(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Not one screen's fields: every QLineEdit the house style has polished."""
    window = main_window
    unlock(qtbot, window)
    select_code(qtbot, window, "K-2026-004")
    window.workspace.set_current_tab("sessions")
    qtbot.wait(50)
    fields = [f for f in window.findChildren(QLineEdit)
              if f.isVisibleTo(window) and not isinstance(f.parentWidget(), QAbstractSpinBox)]
    topics = window.workspace.tab("sessions").editor.topics
    assert window.register.search in fields and topics in fields
    unguarded = [f.objectName() or type(f.parentWidget()).__name__ for f in fields
                 if not f.property("kastdeskOneLine")]
    assert unguarded == []


def test_html_only_into_a_one_sentence_field_is_one_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An exercise's "What I did" takes a paste as one sentence; HTML alone on the clipboard
    (a web mail) went in past that rule, with its line break."""
    from kastdesk.ui.exercises.editors import _WrappingLine

    line = _WrappingLine("")
    qtbot.addWidget(line)
    line.show()
    qtbot.waitExposed(line)
    _clip(html="<p>Went to</p><p>the street</p>")
    _ctrl_v(qtbot, line)
    assert line.text() == "Went to the street"
