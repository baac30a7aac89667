"""Copies of case text carry the hint clipboard managers honour (QA 19, F10).

A Copy in a session note went on the clipboard as plain text, HTML, Markdown and ODF with
nothing to tell Klipper (history kept across restarts) or Windows clipboard history (Win+V,
synced across devices) to leave it out; the lock clears the live clipboard only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from kastdesk.store import CaseFile, Vault
from kastdesk.ui.clipboard import (
    KDE_HINT,
    WINDOWS_HINTS,
    mark_copies_secret,
    owns_copy,
    with_hints,
)
from kastdesk.ui.workspace import CaseWorkspace
from tests.ui.test_exercises_tab import case  # noqa: F401  (fixture)


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:  # noqa: F811
    mark_copies_secret(QApplication.instance())
    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.activateWindow()
    qtbot.waitExposed(ws)
    yield ws
    ws.clear()
    QApplication.clipboard().clear()


def test_a_copy_from_the_session_note_carries_the_secret_hint(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.set_current_tab("sessions")
    note = workspace.tab("sessions").editor.note
    note.setFocus()
    note.selectAll()
    qtbot.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # as a therapist copies
    mime = QApplication.clipboard().mimeData()
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert mime.text() == "Today's note."  # the copy itself is whole, in every format
    assert mime.hasHtml() and mime.hasFormat("application/vnd.oasis.opendocument.text")
    QApplication.clipboard().clear()


def test_a_copy_from_a_one_line_field_carries_it_too(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.set_current_tab("sessions")
    topics = workspace.tab("sessions").editor.topics
    topics.setText("shame, partner")
    topics.selectAll()
    topics.copy()
    assert bytes(QApplication.clipboard().mimeData().data(KDE_HINT)) == b"secret"
    assert QApplication.clipboard().text() == "shame, partner"


def test_another_programs_copy_is_left_as_it_is(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QGuiApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
    hints = mark_copies_secret(QApplication.instance())
    monkeypatch.setattr(hints, "ours", lambda mode: False)  # the platform: not this process's
    QApplication.clipboard().setText("a recipe from the browser")
    assert not QApplication.clipboard().mimeData().hasFormat(KDE_HINT)


def test_another_programs_copy_made_while_kastdesk_is_active_is_left_too(  # type: ignore[no-untyped-def]
    qtbot, workspace, monkeypatch
) -> None:
    """R7: a copy in the browser reported while KastDesk was the active window (macOS tells
    of it as the app becomes active again) was taken over and put back marked."""
    qtbot.waitUntil(lambda: QGuiApplication.applicationState()
                    == Qt.ApplicationState.ApplicationActive)
    hints = mark_copies_secret(QApplication.instance())
    monkeypatch.setattr(hints, "ours", lambda mode: False)  # the platform: not this process's
    QApplication.clipboard().setText("bus times, line 4")
    mime = QApplication.clipboard().mimeData()
    assert not mime.hasFormat(KDE_HINT) and mime.text() == "bus times, line 4"
    assert not set(WINDOWS_HINTS) & set(mime.formats())


def test_kastdesks_own_copy_is_marked_as_the_platform_says_it_is_ours(  # type: ignore[no-untyped-def]
    qtbot, workspace, monkeypatch
) -> None:
    asked: list[QClipboard.Mode] = []
    hints = mark_copies_secret(QApplication.instance())
    monkeypatch.setattr(hints, "ours", lambda mode: asked.append(mode) or True)
    topics = workspace.tab("sessions").editor.topics
    workspace.set_current_tab("sessions")
    topics.setText("sleep, work")
    topics.selectAll()
    topics.copy()
    assert asked and asked[0] is QClipboard.Mode.Clipboard
    assert bytes(QApplication.clipboard().mimeData().data(KDE_HINT)) == b"secret"


def test_where_the_clipboard_lives_in_the_process_all_it_holds_is_ours() -> None:
    # The offscreen platform the tests run on shares its clipboard with no other program.
    assert QGuiApplication.platformName() == "offscreen"
    assert owns_copy(QClipboard.Mode.Clipboard)


def test_on_windows_history_and_cloud_clipboard_are_told_too() -> None:
    mime = QMimeData()
    mime.setText("Hemlig")
    marked = with_hints(mime, windows=True)
    assert marked.text() == "Hemlig"
    value = 'application/x-qt-windows-mime;value="{}"'
    assert bytes(marked.data(value.format("CanIncludeInClipboardHistory"))) == b"\0\0\0\0"
    assert bytes(marked.data(value.format("CanUploadToCloudClipboard"))) == b"\0\0\0\0"
    assert marked.hasFormat(value.format("ExcludeClipboardContentFromMonitorProcessing"))
    assert set(WINDOWS_HINTS) <= set(marked.formats())
    assert not set(WINDOWS_HINTS) & set(with_hints(mime, windows=False).formats())


def test_the_app_marks_copies_from_its_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.app import make_application

    app = make_application()
    assert app.property("kastdeskCopyHints")
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setText("K-2026-042")
    field.selectAll()
    field.copy()
    assert bytes(app.clipboard().mimeData().data(KDE_HINT)) == b"secret"
    app.clipboard().clear()
