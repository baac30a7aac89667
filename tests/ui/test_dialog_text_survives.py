"""Words typed into a dialog survive a crash and a save that fails.

A QA pass lost them both ways: the amendment, goal, risk note, guidance question and paper
form were saved only after the dialog had closed, so on a full disk the dialog went and the
words with it (the sentence said "try again" with nothing left to try with); and they were
kept in the case file only by a lock, so a crash while an amendment was being typed, or
right after an unlock had opened it again, lost every word.
"""

from __future__ import annotations

import signal
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.store import DiskFull, KdfParams, Vault
from kastdesk.ui import drafts
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.sessions import AmendmentDialog
from tests.ui.conftest import kill_after_typing, when_modal

CHILD = r'''
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from kastdesk.store import Vault
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.flags import RaiseFlagDialog

folder, passphrase, client_id, text = sys.argv[1:5]
app = QApplication([])
vault = Vault.unlock(Path(folder), passphrase)
workspace = CaseWorkspace(vault, vault.open_case(client_id))
workspace.show()

def type_note():
    dialog = app.activeModalWidget()
    if not isinstance(dialog, RaiseFlagDialog):
        QTimer.singleShot(20, type_note)
        return
    dialog.kind.setCurrentIndex(1)
    QTest.keyClicks(dialog.note, text)
    print("typed", flush=True)

QTimer.singleShot(0, type_note)
workspace.raise_flag()  # the dialog stays open, typed into, until the kill
'''


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_risk_note_being_typed_survives_sigkill(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, passphrase, kdf=KdfParams.for_tests(), therapist="T")
    client_id = vault.add_client("K-2026-001", first_contact_date=date(2026, 11, 2)).client_id
    vault.close()
    text = "Said he sees no way out since the arrest"
    kill_after_typing(tmp_path, CHILD, [str(folder), passphrase, client_id, text])
    with Vault.unlock(folder, passphrase) as vault:
        case = vault.open_case(client_id)
        assert drafts.pending_drafts(case) == ["flag"]
        assert text in str(drafts.read_draft(case, "flag"))
        assert case.verify() == []


def test_an_amendment_that_cannot_be_saved_stays_on_screen(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-002", first_contact_date=date(2026, 11, 2))
    session = case.sessions.add(datetime(2026, 11, 3, 10), note="First note.")
    case.sessions.sign(session.id)
    workspace = CaseWorkspace(vault, case)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.set_current_session(session.id)
    tab = workspace.tab("sessions")
    real_amend = case.sessions.amend

    def full(*_args: object, **_kwargs: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(case.sessions, "amend", full)
    seen: list[str] = []

    def type_and_press_ok(dialog: AmendmentDialog) -> None:
        dialog.text.setPlainText("The date of the arrest was wrong.")
        dialog.reason.setText("Typo")
        dialog.ok.click()  # the disk is full: a sentence, and the dialog stays
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        seen.extend(b.text() for b in boxes)
        for box in boxes:
            box.close()
        seen.append("open" if dialog.isVisible() else "closed")
        seen.append(dialog.text.toPlainText())
        monkeypatch.setattr(case.sessions, "amend", real_amend)
        dialog.ok.click()  # space freed: saved now

    typing = when_modal(AmendmentDialog, type_and_press_ok)
    tab.amend_current()
    typing.stop()
    assert any("disk is full" in t for t in seen), seen
    assert seen[-2:] == ["open", "The date of the arrest was wrong."]
    assert [a.text for a in case.sessions.get(session.id).amendments] == [
        "The date of the arrest was wrong."]
    assert drafts.pending_drafts(case) == []  # saved: no draft left behind


@pytest.mark.parametrize("which", ["goal", "flag"])
def test_a_goal_or_risk_note_that_cannot_be_saved_stays_on_screen(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.workspace.flags import RaiseFlagDialog
    from kastdesk.ui.workspace.goals import GoalDialog

    case = vault.add_client("K-2026-003", first_contact_date=date(2026, 11, 2))
    workspace = CaseWorkspace(vault, case)
    qtbot.addWidget(workspace)
    workspace.show()
    manager = case.goals if which == "goal" else case.flags
    method = "add" if which == "goal" else "raise_flag"
    real = getattr(manager, method)
    monkeypatch.setattr(manager, method, lambda *a, **k: (_ for _ in ()).throw(DiskFull()))
    words = "To tell his partner before the summer"
    seen: list[str] = []

    def type_and_press_ok(dialog: GoalDialog | RaiseFlagDialog) -> None:
        if isinstance(dialog, GoalDialog):
            dialog.text.setPlainText(words)
        else:
            dialog.kind.setCurrentIndex(1)
            dialog.note.setText(words)
        dialog.accept()  # OK: the disk is full
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        seen.extend(b.text() for b in boxes)
        for box in boxes:
            box.close()
        seen.append("open" if dialog.isVisible() else "closed")
        monkeypatch.setattr(manager, method, real)
        dialog.accept()  # space freed: saved now

    kind = GoalDialog if which == "goal" else RaiseFlagDialog
    typing = when_modal(kind, type_and_press_ok)
    if which == "goal":
        workspace.set_current_tab("goals")
        workspace.tab("goals").set_goal()
    else:
        workspace.raise_flag()
    typing.stop()
    assert any("disk is full" in t for t in seen) and seen[-1] == "open", seen
    saved = [g.text for g in case.goals.list()] if which == "goal" else [
        f.note for f in case.flags.list()]
    assert saved == [words]
