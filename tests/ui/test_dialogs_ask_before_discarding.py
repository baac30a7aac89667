"""Leaving a dialog with typed text asks first (kastdesk.ui.common.TypingDialog).

Escape, Cancel or the window's close button in "Set goal", "Add amendment", "Raise risk
flag" and the other dialogs a therapist types into threw the text away at once, with no
question. Now they ask "Discard what you entered?" (Keep editing is the default); nothing
typed, they close at once; OK never asks; and a lock closes them without a question, the
text kept as a draft and back after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from kastdesk.forms import EnteredBy, FormResponse, get_definition
from kastdesk.store import Vault
from kastdesk.supervision import flag_for_guidance
from kastdesk.ui import drafts
from kastdesk.ui.cases.edit_client import EditClientDialog
from kastdesk.ui.cases.new_client import NewClientDialog
from kastdesk.ui.common import TypingDialog
from kastdesk.ui.selfrating.tab import FormEntryDialog
from kastdesk.ui.supervision.export_dialog import ExportDialog
from kastdesk.ui.supervision.meeting import MeetingDialog, PacketDialog
from kastdesk.ui.supervision.tab import FlagDialog
from kastdesk.ui.workspace.flags import RaiseFlagDialog
from kastdesk.ui.workspace.goals import GoalDialog
from kastdesk.ui.workspace.sessions import AmendmentDialog
from tests.ui.conftest import unlock, when_modal
from tests.ui.test_lock_keeps_dialogs import _select_case_with_signed_session

TODAY = date(2026, 11, 1)
WORDS = "he said he keeps pills"
QUESTION = "Discard what you entered? It has not been saved."


def _questions() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "questionBox" and w.isVisible()]


class Answerer:
    """Answers the discard question with the button named ``reply`` whenever it shows, and
    notes what it asked (the box runs its own event loop: the test waits inside it)."""

    def __init__(self, reply: str = "Keep editing") -> None:
        self.reply = reply
        self.asked: list[tuple[str, str, list[str]]] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        for box in _questions():
            buttons = [b.text() for b in box.buttons()]
            self.asked.append((box.windowTitle(), box.text(), buttons))
            default = box.defaultButton()
            assert default is not None and default.text() == "Keep editing"
            next(b for b in box.buttons() if b.text() == self.reply).click()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answer() -> Iterator[Callable[[str], Answerer]]:
    made: list[Answerer] = []

    def make(reply: str = "Keep editing") -> Answerer:
        made.append(Answerer(reply))
        return made[-1]

    yield make
    for answerer in made:
        answerer.stop()


# -- the dialogs, each with the field a therapist types into ----------------------------------
def _paper_form() -> FormEntryDialog:
    latest = get_definition("self_rating")
    return FormEntryDialog(FormResponse("self_rating", latest.version, "start", TODAY,
                                        EnteredBy.THERAPIST), today=lambda: TODAY)


def _form_text(dialog: FormEntryDialog) -> QWidget:
    fields = [*dialog.form.findChildren(QPlainTextEdit), *dialog.form.findChildren(QLineEdit)]
    return next(e for e in fields
                if e.isVisible() and e.isEnabled() and not e.isReadOnly()
                and not e.objectName().startswith("qt_"))


def _meeting(vault: Vault) -> MeetingDialog:
    case = vault.add_client("K-2026-002")
    flag_for_guidance(case, "How far to push on the debts?", "question")
    return MeetingDialog(vault)


MAKERS: dict[str, Callable[[Vault], tuple[TypingDialog, Callable[[Any], QWidget]]]] = {
    "new client": lambda v: (NewClientDialog(v, today=TODAY), lambda d: d.code),
    "edit client": lambda v: (EditClientDialog(v, v.add_client("K-2026-003", name="Bo Ek"),
                                               privacy=False), lambda d: d.form.name),
    "set goal": lambda _v: (GoalDialog("Set goal", "Set goal", text="", today=TODAY),
                            lambda d: d.text),
    "revise goal": lambda _v: (GoalDialog("Revise goal", "Revise", text="Fewer urges",
                                          today=TODAY), lambda d: d.note),
    "add amendment": lambda _v: (AmendmentDialog(), lambda d: d.text),
    "raise risk flag": lambda _v: (RaiseFlagDialog(), lambda d: d.note),
    "flag for guidance": lambda _v: (FlagDialog([("s1", "2026-10-30")]), lambda d: d.question),
    "paper form": lambda _v: (_paper_form(), _form_text),
    "export pdf": lambda v: (ExportDialog(v, v.add_client("K-2026-004").client_id),
                             lambda d: d.extra),
    "supervision packet": lambda v: (PacketDialog(v), lambda d: d.folder),
    "guidance meeting": lambda v: (_meeting(v), lambda d: d.participants),
}


def _open(qtbot, vault: Vault, name: str) -> tuple[TypingDialog, QWidget]:  # type: ignore[no-untyped-def]
    dialog, field_of = MAKERS[name](vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = field_of(dialog)
    field.setFocus()
    return dialog, field


def _text(field: QWidget) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()  # type: ignore[attr-defined]


def _cancel_button(dialog: QDialog) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons()
                if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole)


def _ok_button(dialog: QDialog) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons()
                if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


@pytest.mark.parametrize("name", list(MAKERS))
def test_escape_and_cancel_after_typing_ask_first(qtbot, vault, answer, name) -> None:  # type: ignore[no-untyped-def]
    dialog, field = _open(qtbot, vault, name)
    qtbot.keyClicks(field, WORDS)
    typed = _text(field)
    assert WORDS in typed

    keep = answer("Keep editing")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    keep.stop()
    assert [(t, q, sorted(b)) for t, q, b in keep.asked] == [
        (dialog.windowTitle(), QUESTION, ["Discard", "Keep editing"])]
    assert dialog.isVisible() and _text(field) == typed  # still there, as typed

    keep = answer("Keep editing")
    qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    keep.stop()
    assert len(keep.asked) == 1 and dialog.isVisible() and _text(field) == typed

    discard = answer("Discard")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    discard.stop()
    assert len(discard.asked) == 1
    assert not dialog.isVisible() and QDialog.result(dialog) == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("name", list(MAKERS))
def test_nothing_typed_closes_at_once(qtbot, vault, answer, name) -> None:  # type: ignore[no-untyped-def]
    dialog, field = _open(qtbot, vault, name)
    watching = answer("Discard")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and QDialog.result(dialog) == QDialog.DialogCode.Rejected
    dialog.show()
    qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    watching.stop()
    assert watching.asked == []


@pytest.mark.parametrize("name", ["add amendment", "set goal", "guidance meeting"])
def test_typed_then_wiped_is_nothing_typed(qtbot, vault, answer, name) -> None:  # type: ignore[no-untyped-def]
    dialog, field = _open(qtbot, vault, name)
    qtbot.keyClicks(field, "abc")
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    watching = answer("Keep editing")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    watching.stop()
    assert watching.asked == [] and not dialog.isVisible()


class _WindowSystemClose(QCloseEvent):
    """The window's close button: a close event from the window system (offscreen Qt has
    no title bar to click, and Python cannot mark an event spontaneous)."""

    def spontaneous(self) -> bool:  # type: ignore[override]
        return True


@pytest.mark.parametrize("name", ["add amendment", "raise risk flag", "new client"])
def test_the_window_close_button_asks_too(qtbot, vault, answer, name) -> None:  # type: ignore[no-untyped-def]
    dialog, field = _open(qtbot, vault, name)
    qtbot.keyClicks(field, WORDS)
    keep = answer("Keep editing")
    event = _WindowSystemClose()
    dialog.closeEvent(event)
    keep.stop()
    assert len(keep.asked) == 1 and not event.isAccepted() and dialog.isVisible()

    discard = answer("Discard")
    event = _WindowSystemClose()
    dialog.closeEvent(event)
    discard.stop()
    assert len(discard.asked) == 1 and event.isAccepted() and not dialog.isVisible()


def test_ok_never_asks(qtbot, vault, answer) -> None:  # type: ignore[no-untyped-def]
    watching = answer("Keep editing")
    fills: dict[str, Callable[[Any], None]] = {
        "set goal": lambda d: qtbot.keyClicks(d.text, "Fewer urges"),
        "add amendment": lambda d: (qtbot.keyClicks(d.text, WORDS),
                                    qtbot.keyClicks(d.reason, "forgot it")),
        "raise risk flag": lambda d: qtbot.keyClicks(d.note, WORDS),
        "flag for guidance": lambda d: qtbot.keyClicks(d.question, "How far?"),
        "paper form": lambda d: qtbot.keyClicks(_form_text(d), WORDS),
        "new client": lambda d: (d.named.setChecked(True), qtbot.keyClicks(d.name, "Bo Ek")),
        "edit client": lambda d: qtbot.keyClicks(d.form.name, " Berg"),
    }
    for name, fill in fills.items():
        dialog, _field = _open(qtbot, vault, name)
        fill(dialog)
        assert dialog.has_typed(), name
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), name
        assert QDialog.result(dialog) == QDialog.DialogCode.Accepted, name
    watching.stop()
    assert watching.asked == []


def test_choices_count_in_the_clinical_dialogs_not_in_an_export(qtbot, vault, answer) -> None:  # type: ignore[no-untyped-def]
    flag, kind = _open(qtbot, vault, "raise risk flag")
    kind = flag.kind
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # "Violence" instead of "Suicidal thoughts"
    keep = answer("Keep editing")
    qtbot.keyClick(kind, Qt.Key.Key_Escape)
    keep.stop()
    assert len(keep.asked) == 1 and flag.isVisible()

    form, _field = _open(qtbot, vault, "paper form")
    button = form.form.row("wellbeing").editor.buttons()[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()
    keep = answer("Keep editing")
    qtbot.keyClick(button, Qt.Key.Key_Escape)
    keep.stop()
    assert len(keep.asked) == 1 and form.isVisible()

    export, _field = _open(qtbot, vault, "export pdf")
    next(iter(export.section_boxes.values())).click()  # a section left out: quickly redone
    watching = answer("Keep editing")
    qtbot.keyClick(export, Qt.Key.Key_Escape)
    watching.stop()
    assert watching.asked == [] and not export.isVisible()


def test_a_packet_passphrase_is_never_counted(qtbot, vault, answer) -> None:  # type: ignore[no-untyped-def]
    dialog, _field = _open(qtbot, vault, "supervision packet")
    qtbot.keyClicks(dialog.passphrase, "a long packet passphrase")
    assert not dialog.has_typed()
    assert all("passphrase" not in str(v) for v in dialog.typed_state().values())
    watching = answer("Keep editing")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    watching.stop()
    assert watching.asked == [] and not dialog.isVisible()


def test_advice_typed_in_the_meeting_table_counts(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    dialog, _field = _open(qtbot, vault, "guidance meeting")
    assert not dialog.has_typed()
    dialog.set_advice(0, "Take the debts up next time")
    assert dialog.has_typed()


def test_showing_a_hidden_name_is_no_change(qtbot, vault, answer) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-005", name="Bo Ek")
    dialog = EditClientDialog(vault, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.show_name, Qt.MouseButton.LeftButton)
    assert dialog.form.name.text() == "Bo Ek"
    watching = answer("Keep editing")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    watching.stop()
    assert watching.asked == [] and not dialog.isVisible()


def test_a_restored_draft_counts_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GoalDialog("Set goal", "Set goal", text="", today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.has_typed()
    dialog.restore_draft({"text": "Fewer urges", "note": "", "when": "2026-11-01"})
    assert dialog.has_typed()


def test_closing_from_code_never_asks(qtbot, vault, answer) -> None:  # type: ignore[no-untyped-def]
    """The lock calls reject() and close() on every open dialog: no question may hold it."""
    watching = answer("Keep editing")
    first, field = _open(qtbot, vault, "add amendment")
    qtbot.keyClicks(field, WORDS)
    first.reject()
    second, field = _open(qtbot, vault, "set goal")
    qtbot.keyClicks(field, WORDS)
    second.close()
    watching.stop()
    assert watching.asked == [] and not first.isVisible() and not second.isVisible()


def test_the_guidance_question_box_lets_tab_move_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab typed a tab character and Enter a new line: OK was out of the keyboard's reach."""
    dialog = FlagDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.question.setFocus()
    qtbot.keyClicks(dialog.question, "How far?")
    qtbot.keyClick(dialog.question, Qt.Key.Key_Tab)
    assert "\t" not in dialog.question.toPlainText()
    assert QApplication.focusWidget() is not dialog.question


def test_client_and_name_labels_name_their_fields(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    dialog = NewClientDialog(vault, today=TODAY)
    qtbot.addWidget(dialog)
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["C&lient:"] is dialog.anonymous
    assert buddies["&Name:"] is dialog.name


# -- the lock --------------------------------------------------------------------------------
def _idle_lock(window) -> None:  # type: ignore[no-untyped-def]
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()


def test_a_lock_asks_nothing_and_the_typed_text_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    _client, session_id = _select_case_with_signed_session(qtbot, window)
    window.workspace.set_current_session(session_id)
    watching = Answerer("Keep editing")

    def type_then_lock(dialog: AmendmentDialog) -> None:
        qtbot.keyClicks(dialog.text, WORDS)
        _idle_lock(window)

    typing = when_modal(AmendmentDialog, type_then_lock)
    window.workspace.tab("sessions").amend_current()
    typing.stop()
    watching.stop()
    assert window.locked and watching.asked == [] and _questions() == []

    seen: dict[str, Any] = {}

    def look(dialog: AmendmentDialog) -> None:
        seen.update(text=dialog.text.toPlainText(), typed=dialog.has_typed())
        dialog.reject()

    reopening = when_modal(AmendmentDialog, look)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"text": WORDS, "typed": True}


def test_a_lock_while_the_question_is_open_goes_through(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Escape was pressed and the question is showing when the idle lock comes: the lock
    closes the question and the dialog, keeps the text, and the dialog asks again later."""
    window = open_window
    _select_case_with_signed_session(qtbot, window)
    window.workspace.set_current_tab("goals")
    locked_over: list[bool] = []

    def lock_now() -> None:
        if _questions():
            timer.stop()
            _idle_lock(window)
            locked_over.append(window.locked)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lock_now)

    def type_then_escape(dialog: GoalDialog) -> None:
        qtbot.keyClicks(dialog.text, WORDS)
        timer.start()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)  # returns once the lock closed it

    typing = when_modal(GoalDialog, type_then_escape)
    window.workspace.tab("goals").set_goal()
    typing.stop()
    timer.stop()
    assert locked_over == [True] and window.locked
    assert _questions() == []
    assert not any(isinstance(w, GoalDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    discard = Answerer("Discard")
    seen: dict[str, Any] = {}

    def look_then_escape(dialog: GoalDialog) -> None:
        seen.update(text=dialog.text.toPlainText())
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
        seen.update(closed=not dialog.isVisible())

    reopening = when_modal(GoalDialog, look_then_escape)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "closed" in seen, timeout=5_000)
    reopening.stop()
    discard.stop()
    assert seen == {"text": WORDS, "closed": True}
    assert len(discard.asked) == 1  # the draft was back, so leaving it asked
    assert drafts.pending_drafts(window.case) == []
