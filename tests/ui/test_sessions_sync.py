"""The session editor follows the store when another tab changes the open session.

Saving exercise work adds "Exercise: …" to the session's topics from the exercises tab;
the sessions editor must show it, must not write the old topics back with the next edit
of another field, and must leave alone what the therapist is typing meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.sessions import SessionsTab

TOPIC = "Exercise: Consequence listing (continued)"


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    return vault.add_client("K-2026-031", first_contact_date=date(2026, 11, 2))


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:
    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    ws.clear()


def sessions_tab(ws: CaseWorkspace) -> SessionsTab:
    ws.set_current_tab("sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    return tab


def open_session(tab: SessionsTab, case: CaseFile, topics: list[str]) -> str:
    session = case.sessions.add(datetime(2026, 12, 3, 10, 0), duration_min=50, topics=topics)
    tab.refresh()
    tab.set_current_session(session.id)
    assert tab.current_session_id() == session.id
    return session.id


def leave(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut,
                                                Qt.FocusReason.TabFocusReason))


def test_topics_added_elsewhere_show_and_survive_the_next_edit(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    sid = open_session(tab, case, ["shame", "partner"])
    case.sessions.update(sid, topics=["shame", "partner", TOPIC])  # the exercises tab
    assert tab.editor.topics.text() == f"shame, partner, {TOPIC}"
    tab.editor.duration.setValue(60)
    tab.editor.save()
    stored = case.sessions.get(sid)
    assert stored.duration_min == 60
    assert stored.topics == ["shame", "partner", TOPIC]


def test_a_change_made_while_the_tab_is_hidden_shows_when_it_is_shown(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    sid = open_session(tab, case, ["shame"])
    workspace.set_current_tab("exercises")
    case.sessions.update(sid, topics=["shame", TOPIC], duration_min=75)
    workspace.set_current_tab("sessions")
    assert tab.editor.topics.text() == f"shame, {TOPIC}"
    assert tab.editor.duration.value() == 75
    assert not tab.editor.has_unsaved_changes()
    tab.editor.modality.setCurrentIndex(tab.editor.modality.findData("video"))
    tab.editor.save()
    stored = case.sessions.get(sid)
    assert stored.modality.value == "video"
    assert stored.topics == ["shame", TOPIC]
    assert stored.duration_min == 75


def test_a_save_writes_only_the_fields_it_changed(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    # The editor was not told (the tab was hidden): its save must still not undo the change.
    tab = sessions_tab(workspace)
    sid = open_session(tab, case, ["shame"])
    tab.editor.duration.setValue(80)
    workspace.set_current_tab("exercises")
    case.sessions.update(sid, topics=["shame", TOPIC])
    workspace.flush()
    stored = case.sessions.get(sid)
    assert stored.duration_min == 80
    assert stored.topics == ["shame", TOPIC]


def test_what_is_typed_in_the_focused_field_is_left_alone(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    sid = open_session(tab, case, ["shame"])
    editor = tab.editor
    editor.topics.setFocus()
    qtbot.waitUntil(editor.topics.hasFocus)
    editor.topics.end(False)
    qtbot.keyClicks(editor.topics, ", wor")
    case.sessions.update(sid, topics=["shame", TOPIC], duration_min=65)
    # The field being typed in keeps its text and cursor; the others follow the store.
    assert editor.topics.text() == "shame, wor"
    assert editor.topics.cursorPosition() == len("shame, wor")
    assert editor.duration.value() == 65
    qtbot.keyClicks(editor.topics, "k")
    leave(editor.topics)
    stored = case.sessions.get(sid)
    assert stored.topics == ["shame", "work", TOPIC]  # both kept
    assert stored.duration_min == 65
    assert editor.topics.text() == f"shame, work, {TOPIC}"


def test_a_focused_field_not_typed_in_follows_when_left(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    sid = open_session(tab, case, ["shame"])
    editor = tab.editor
    editor.topics.setFocus()
    qtbot.waitUntil(editor.topics.hasFocus)
    case.sessions.update(sid, topics=["shame", TOPIC])
    editor.duration.setFocus()
    qtbot.waitUntil(editor.duration.hasFocus)
    assert editor.topics.text() == f"shame, {TOPIC}"
    assert not editor.has_unsaved_changes()
    assert case.sessions.get(sid).topics == ["shame", TOPIC]


def test_the_note_being_typed_is_not_touched(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    tab = sessions_tab(workspace)
    sid = open_session(tab, case, [])
    editor = tab.editor
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, "Talked about")
    case.sessions.update(sid, topics=[TOPIC])
    assert editor.note.toPlainText() == "Talked about"
    assert editor.note.document().isUndoAvailable()
    assert editor.topics.text() == TOPIC
    editor.save()
    stored = case.sessions.get(sid)
    assert stored.note == "Talked about"
    assert stored.topics == [TOPIC]


def test_exercise_work_keeps_its_topic_after_a_duration_edit(
    qtbot, workspace: CaseWorkspace, case: CaseFile
) -> None:
    """The QA path: topics typed, exercise saved for the session, duration corrected."""
    tab = sessions_tab(workspace)
    tab.new_session()
    sid = tab.current_session_id()
    assert sid is not None
    tab.editor.topics.setText("shame, partner")
    tab.editor.note.insertPlainText("Worked on consequences.")
    workspace.set_current_tab("exercises")
    workspace.flush()
    exercises = workspace.tab("exercises")
    exercises.refresh()
    exercises.set_session(sid)
    exercises.open_exercise("consequence_listing")
    exercises.start_button.click()  # marks the session's topics
    exercises.editor.add_consequence("money", "Spent savings")
    exercises.flush()
    topics = case.sessions.get(sid).topics
    assert topics[:2] == ["shame", "partner"] and len(topics) == 3
    workspace.set_current_tab("sessions")
    assert tab.editor.topics.text() == ", ".join(topics)
    tab.editor.duration.setValue(tab.editor.duration.value() + 10)
    tab.editor.save()
    assert case.sessions.get(sid).topics == topics
