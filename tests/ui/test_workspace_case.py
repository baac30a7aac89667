"""The case workspace driven as a therapist would: real widgets on a real vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from kastdesk.domain.models import GoalEventKind, GoalState, RiskKind, Status
from kastdesk.domain.templates import first_session_headings
from kastdesk.forms.storage import list_responses
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace import TABS, CaseWorkspace
from kastdesk.ui.workspace.flags import RaiseFlagDialog
from kastdesk.ui.workspace.goals import GoalDialog
from kastdesk.ui.workspace.sessions import AmendmentDialog, SessionsTab

NAME = "Erik Andersson"
CODE = "K-2026-017"
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    return vault.add_client(CODE, name=NAME, first_contact_date=date(2026, 11, 2))


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:
    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    ws.clear()


def on_modal(fill: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog with ``fill`` (it opens with exec(), which blocks)."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)


def press_accept(dialog: QWidget) -> None:
    """Click the affirmative button of a confirmation box."""
    assert isinstance(dialog, QMessageBox)
    ok = next(b for b in dialog.buttons()
              if dialog.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    ok.click()


def sessions_tab(ws: CaseWorkspace) -> SessionsTab:
    ws.set_current_tab("sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    return tab


def widget_texts(root: QWidget) -> list[str]:
    """Every text a person could read on screen in ``root`` (for the privacy check)."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        texts += [w.windowTitle(), w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTreeWidget):
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                texts += [item.text(c) for c in range(w.columnCount())]
    return texts


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def test_tabs_are_registered_in_order(workspace: CaseWorkspace) -> None:
    assert workspace.tab_names()[:4] == ["overview", "intake", "sessions", "goals"]
    assert [t.name for t in TABS] == workspace.tab_names()
    assert workspace.current_tab() == "overview"
    workspace.set_current_tab("goals")
    assert workspace.current_tab() == "goals"
    workspace.set_current_tab("a_tab_from_a_later_version")  # ignored, not an error
    assert workspace.current_tab() == "goals"


def test_intake_conditional_items_and_stored_answers(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    workspace.set_current_tab("intake")
    form = workspace.tab("intake").form
    assert not form.is_item_visible("referred_to")
    no_button = form.editor("in_target_group").buttons()[1]
    qtbot.mouseClick(no_button, Qt.MouseButton.LeftButton)
    assert form.is_item_visible("referred_to")
    qtbot.keyClicks(form.editor("referred_to").edit, "Family counselling")
    qtbot.mouseClick(form.editor("has_children").buttons()[0], Qt.MouseButton.LeftButton)
    assert form.is_item_visible("children_count")
    qtbot.keyClicks(form.editor("children_count").edit, "2")
    form.editor("contact_reason").boxes["bought_sex"].click()
    assert not form.is_item_visible("purchase_frequency")
    qtbot.mouseClick(form.editor("has_bought_sex").buttons()[0], Qt.MouseButton.LeftButton)
    assert form.is_item_visible("purchase_frequency")

    def stored() -> dict:
        responses = list_responses(case, "intake")
        return responses[-1].answers if responses else {}

    qtbot.waitUntil(lambda: stored().get("has_bought_sex") is True, timeout=3000)
    response = list_responses(case, "intake")[-1]
    assert response.form_id == "intake" and response.form_version == 1
    assert response.answers["in_target_group"] is False
    assert response.answers["referred_to"] == "Family counselling"
    assert response.answers["contact_reason"] == ["bought_sex"]
    assert response.answers["has_bought_sex"] is True
    assert workspace.tab("intake").saved_label.text().startswith("Saved")

    # Changing an earlier answer hides the follow-up; its stored answer is kept, not in
    # force (tests/ui/test_intake_hidden_answers.py).
    qtbot.mouseClick(form.editor("in_target_group").buttons()[0], Qt.MouseButton.LeftButton)
    assert not form.is_item_visible("referred_to")
    workspace.flush()
    assert "referred_to" not in form.answers()
    assert stored()["referred_to"] == "Family counselling"
    assert len(list_responses(case, "intake")) == 1  # one response, new versions of it
    shot(workspace, "workspace_intake_filled")


def test_intake_reopens_with_saved_answers(qtbot, vault: Vault, case: CaseFile) -> None:
    first = CaseWorkspace(vault, case)
    qtbot.addWidget(first)
    first.tab("intake").form.set_answer("porn_use", "often")
    first.flush()
    first.clear()
    again = CaseWorkspace(vault, case)
    qtbot.addWidget(again)
    form = again.tab("intake").form
    assert form.answers()["porn_use"] == "often"
    assert form.is_item_visible("porn_feels_dependent")


def test_note_autosaves_a_second_after_typing(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    session_id = tab.current_session_id()
    assert session_id is not None
    qtbot.keyClicks(tab.editor.note, "Talked about the stress at work.")
    assert tab.editor.has_unsaved_changes()
    qtbot.waitUntil(
        lambda: "stress at work" in case.sessions.get(session_id).note, timeout=3000
    )
    assert not tab.editor.has_unsaved_changes()
    assert tab.editor.saved_label.text().startswith("Saved ")
    # The autosave redraws the list but leaves the text and undo history alone.
    assert tab.editor.note.document().isUndoAvailable()
    tab.editor.note.undo()
    assert "stress at work" not in tab.editor.note.toPlainText()


def test_focus_change_saves_at_once(qtbot, workspace: CaseWorkspace, case: CaseFile) -> None:
    tab = sessions_tab(workspace)
    tab.new_session()
    session_id = tab.current_session_id()
    tab.editor.note.setFocus()
    qtbot.keyClicks(tab.editor.note, " partner joins next time")
    QApplication.sendEvent(tab.editor.note, QFocusEvent(QEvent.Type.FocusOut,
                                                        Qt.FocusReason.TabFocusReason))
    assert "partner joins next time" in case.sessions.get(session_id).note
    assert not tab.editor.timer.isActive()


def test_flush_saves_note_and_session_details(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    tab.new_session()
    session_id = tab.current_session_id()
    qtbot.keyClicks(tab.editor.note, "Typed just before the lock")
    tab.editor.present.setCurrentIndex(tab.editor.present.findData("client_and_partner"))
    qtbot.keyClicks(tab.editor.topics, "triggers, partner")
    tab.editor.duration.setValue(80)
    workspace.flush()
    session = case.sessions.get(session_id)
    assert "Typed just before the lock" in session.note
    assert session.present.value == "client_and_partner"
    assert session.topics == ["triggers", "partner"]
    assert session.duration_min == 80
    assert not workspace.has_unsaved_changes()


def test_first_session_gets_the_template(qtbot, workspace: CaseWorkspace) -> None:
    tab = sessions_tab(workspace)
    tab.new_session()
    note = tab.editor.note.toPlainText()
    assert all(h in note for h in first_session_headings())
    # The cursor waits under the first heading.
    assert tab.editor.note.textCursor().blockNumber() == 1
    tab.new_session()
    assert tab.editor.note.toPlainText() == ""
    assert tab.list.topLevelItemCount() == 2


def test_sign_then_amend(qtbot, workspace: CaseWorkspace, case: CaseFile) -> None:
    tab = sessions_tab(workspace)
    tab.new_session()
    session_id = tab.current_session_id()
    qtbot.keyClicks(tab.editor.note, "Agreed to keep an urge log.")
    offered: list[str] = []

    def then_move_on(dialog: QWidget) -> None:
        # Signed while the case is at first contact: the move to intake is offered.
        offered.append(dialog.text())
        press_accept(dialog)

    def sign(dialog: QWidget) -> None:
        press_accept(dialog)
        on_modal(then_move_on)

    on_modal(sign)
    qtbot.mouseClick(tab.editor.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered))
    assert "First contact" in offered[0]
    assert case.profile.get().status is Status.INTAKE
    session = case.sessions.get(session_id)
    assert session.signed and "urge log" in session.note  # the pending text went in first
    assert tab.editor.note.isReadOnly()
    assert not tab.editor.topics.isEnabled()
    assert tab.editor.signed_label.isVisible()
    assert "Signed by Test Therapist" in tab.editor.signed_label.text()
    # In sight beside "Add amendment…" on a laptop, not under the note below the fold.
    workspace.resize(540, 560)
    qtbot.wait(30)
    label = tab.editor.signed_label
    assert label.visibleRegion().boundingRect().height() == label.height() > 0
    workspace.grab().save(str(SHOTS / "session_signed_540x560.png"))
    workspace.resize(1366, 768)
    assert not tab.editor.sign_button.isVisible()
    assert not tab.delete_button.isEnabled()
    assert tab.list.topLevelItem(0).text(4) == "✓"

    def amend(dialog: QWidget) -> None:
        assert isinstance(dialog, AmendmentDialog)
        assert not dialog.ok.isEnabled()
        dialog.text.setPlainText("The log is kept on paper, not the phone.")
        assert not dialog.ok.isEnabled()  # a reason is required too
        dialog.reason.setText("Detail was wrong")
        assert dialog.ok.isEnabled()
        dialog.ok.click()

    on_modal(amend)
    qtbot.mouseClick(tab.editor.amend_button, Qt.MouseButton.LeftButton)
    stored = case.sessions.get(session_id).amendments
    assert [a.reason for a in stored] == ["Detail was wrong"]
    shown = widget_texts(tab.editor.amendments)
    assert any("reason: Detail was wrong" in t and "Test Therapist" in t for t in shown)
    assert "The log is kept on paper, not the phone." in shown
    assert "Agreed to keep an urge log." in tab.editor.note.toPlainText()
    shot(workspace, "workspace_sessions_signed")


def test_deleting_an_unsigned_session_asks_first(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    tab.new_session()
    on_modal(lambda dialog: dialog.reject())  # "Cancel": nothing happens
    tab.delete_current()
    assert case.sessions.count() == 1
    on_modal(press_accept)
    tab.delete_current()
    assert case.sessions.count() == 0
    assert tab.list.topLevelItemCount() == 0
    assert tab.current_session_id() is None


def test_a_deleted_session_comes_back_with_its_note(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    """Deleted by mistake: Undo puts the session back, same id, note as typed (even the words
    typed a moment before, not yet autosaved); locking forgets the deleted note."""
    tab = sessions_tab(workspace)
    tab.new_session()
    sid = tab.current_session_id()
    tab.editor.note.setPlainText("He spoke about the weekend for the first time.")
    on_modal(press_accept)
    tab.delete_current()
    assert case.sessions.count() == 0
    assert not tab.undo_bar.isHidden() and "deleted" in tab.undo_label.text()
    shot(workspace, "workspace_session_deleted")
    tab.undo_button.click()
    assert tab.undo_bar.isHidden()
    (back,) = case.sessions.list()
    assert back.id == sid and back.note == "He spoke about the weekend for the first time."
    assert tab.current_session_id() == sid
    assert [e.action for e in case.audit_entries()][:2] == ["Restore session", "Delete session"]
    on_modal(press_accept)
    tab.delete_current()
    tab.clear()  # what locking does
    assert tab.undo_bar.isHidden() and tab._deleted is None


def test_set_revise_and_reach_a_goal(qtbot, workspace: CaseWorkspace, case: CaseFile) -> None:
    workspace.set_current_tab("goals")
    tab = workspace.tab("goals")

    def write(text: str, note: str = "") -> Callable[[QWidget], None]:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, GoalDialog)
            if dialog.text is not None:
                dialog.text.setPlainText(text)
            dialog.note.setText(note)
            dialog.ok.click()
        return fill

    on_modal(write("Save my relationship"))
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    seen: dict[str, object] = {}

    def look_then_write(dialog: QWidget) -> None:
        # No date before the goal was set, none after the case's today.
        assert isinstance(dialog, GoalDialog)
        seen.update(lo=dialog.when.minimumDate().toPython(),
                    hi=dialog.when.maximumDate().toPython())
        write("Be honest with my partner", "Reworded after the consequence listing")(dialog)

    on_modal(look_then_write)
    qtbot.mouseClick(tab.revise_button, Qt.MouseButton.LeftButton)
    assert seen == {"lo": case.goals.list()[0].set_on, "hi": case.today()}
    on_modal(write("", "Told her everything"))
    qtbot.mouseClick(tab.reach_button, Qt.MouseButton.LeftButton)

    goal = case.goals.list()[0]
    assert goal.state is GoalState.REACHED
    assert [e.kind for e in goal.events] == [
        GoalEventKind.SET, GoalEventKind.REVISED, GoalEventKind.REACHED]
    assert "Save my relationship" in tab.original_label.text()
    assert tab.current_label.text() == "Be honest with my partner"
    assert tab.state_label.text().startswith("Reached")
    assert tab.history.topLevelItemCount() == 3
    assert tab.history.topLevelItem(1).text(3) == "Reworded after the consequence listing"
    assert tab.reopen_button.isVisible() and not tab.revise_button.isVisible()
    shot(workspace, "workspace_goals")
    workspace.set_current_tab("overview")
    overview = "\n".join(widget_texts(workspace.tab("overview")))
    assert "1 goal reached." in overview


def test_risk_flag_stands_out_on_every_tab(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    assert not workspace.banner.isVisible()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RaiseFlagDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(RiskKind.CHILD_AT_RISK))
        dialog.note.setText("Son (7) alone at home evenings")
        dialog.accept()

    on_modal(choose)
    with qtbot.waitSignal(workspace.changed, timeout=2000) as signal:
        qtbot.mouseClick(workspace.raise_button, Qt.MouseButton.LeftButton)
    assert "flags" in signal.args[0].areas
    assert [f.kind for f in case.flags.list(active_only=True)] == [RiskKind.CHILD_AT_RISK]
    for name in workspace.tab_names():
        workspace.set_current_tab(name)
        assert workspace.banner.isVisible(), name
        text = " ".join(workspace.banner.texts())
        assert "Child at risk" in text and "Test Therapist" in text
        assert workspace.banner.strips[0].isVisible()
    workspace.set_current_tab("overview")
    shot(workspace, "workspace_overview_flag")

    on_modal(press_accept)
    qtbot.mouseClick(workspace.banner.strips[0].clear_button, Qt.MouseButton.LeftButton)
    assert case.flags.list(active_only=True) == []
    assert not workspace.banner.isVisible()
    assert "cleared" in workspace.tab("overview").flags_label.text()


def test_privacy_mode_shows_no_name_anywhere(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    case.sessions.add(starts_at=__import__("datetime").datetime(2026, 11, 3, 10, 0))
    assert workspace.privacy_mode  # on by default
    for name in workspace.tab_names():
        workspace.set_current_tab(name)
        assert not any(NAME in t for t in widget_texts(workspace)), name
    workspace.privacy_mode = False
    assert NAME in workspace.code_label.text()
    assert NAME in workspace.tab("overview").title.text()
    workspace.privacy_mode = True
    assert not any(NAME in t for t in widget_texts(workspace))
    assert CODE in workspace.code_label.text()


def test_set_current_session_and_overview(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    from datetime import datetime

    first = case.sessions.add(datetime(2026, 11, 5, 9, 0), note="Reason: a partner found out")
    case.sessions.add(datetime(2026, 11, 12, 9, 0), modality="phone", note="Urges down.")
    workspace.set_current_session(first.id)
    assert workspace.current_tab() == "sessions"
    assert workspace.current_session() == first.id
    assert "partner found out" in workspace.tab("sessions").editor.note.toPlainText()
    workspace.set_current_tab("overview")
    overview = workspace.tab("overview")
    assert overview.date_values["first_session"].text() == "2026-11-05"
    assert overview.date_values["waiting"].text() == "3 days"
    assert "Urges down." in overview.sessions_label.text()
    assert "Phone" in overview.sessions_label.text()
    # A first note written into the template: its first words, not the template's heading.
    from kastdesk.domain.templates import first_session_note

    note = first_session_note().replace(":\n\n", ":\nWants to stop before the wedding.\n", 1)
    case.sessions.save_note(first.id, note)
    workspace.set_current_tab("sessions")
    workspace.set_current_tab("overview")
    text = overview.sessions_label.text()
    assert "Wants to stop before the wedding." in text and "own words" not in text


def test_clear_leaves_no_case_content(qtbot, workspace: CaseWorkspace, case: CaseFile) -> None:
    tab = sessions_tab(workspace)
    tab.new_session()
    qtbot.keyClicks(tab.editor.note, "Very private words")
    workspace.flush()
    workspace.privacy_mode = False
    workspace.clear()
    texts = widget_texts(workspace)
    assert not any("Very private words" in t or NAME in t or CODE in t for t in texts)
    assert workspace.tabs.count() == 0
    workspace.flush()  # after clear: a no-op, never an error
    case.sessions.add(__import__("datetime").datetime(2026, 11, 9, 9, 0))  # no listener left


def test_error_from_the_store_is_a_plain_sentence(
    qtbot, workspace: CaseWorkspace, case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kastdesk.store import DiskFull
    from kastdesk.ui.workspace import common

    shown: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda parent, error: shown.append(error.message))
    tab = sessions_tab(workspace)
    tab.new_session()
    session_id = tab.current_session_id()

    def full(*_a: object, **_k: object) -> bool:
        raise DiskFull()

    monkeypatch.setattr(case.sessions, "save_note", full)
    qtbot.keyClicks(tab.editor.note, "kept in the widget")
    tab.editor.autosave()
    assert shown and "disk" in shown[0].lower()
    assert tab.editor.has_unsaved_changes()  # will be saved on the next try
    assert tab.editor.saved_label.text() == "Not saved"
    monkeypatch.undo()
    tab.editor.autosave()
    assert "kept in the widget" in case.sessions.get(session_id).note


def test_screenshots_of_every_tab(qtbot, demo_vault: Path, passphrase: str) -> None:
    """The demo's busiest case at 1366×768; look at these after a change to the look."""
    vault = Vault.unlock(demo_vault, passphrase)
    try:
        entry = max(vault.clients(), key=lambda e: (len(e.flags), e.code))
        case = vault.open_case(entry.id)
        ws = CaseWorkspace(vault, case)
        qtbot.addWidget(ws)
        ws.resize(1366, 768)
        ws.show()
        qtbot.waitExposed(ws)
        for name in ws.tab_names():
            ws.set_current_tab(name)
            shot(ws, f"workspace_{name}")
        ws.clear()
    finally:
        vault.close()
