"""The therapist's side of a guidance meeting: packet, meeting record, comments back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import (
    advice_timeline,
    flag_for_guidance,
    list_comments,
    list_flags,
    list_meetings,
)
from kastdesk.supervision.packet import Comment, open_packet, save_comments
from kastdesk.ui.supervision.meeting import MeetingDialog, PacketDialog
from tests.conftest import PASSPHRASE

PACKET_PASS = "the packet passphrase"


def test_packet_meeting_and_comments(qtbot: object, demo_vault: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        first, second = vault.clients()[:2]
        q1 = flag_for_guidance(vault.open_case(first.id), "How hard should I push?", "case")
        q2 = flag_for_guidance(vault.open_case(second.id), "Invite the partner?", "question")

        dialog = PacketDialog(vault, kdf=KdfParams.for_tests())
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        assert set(dialog.case_boxes) == {first.id, second.id}
        out = tmp_path / "out"
        out.mkdir()
        dialog.folder.setText(str(out))
        dialog.passphrase.setText(PACKET_PASS)
        dialog.again.setText("something else")
        dialog.export()
        assert "differ" in dialog.problem.text()  # nothing written yet
        assert list(out.iterdir()) == []
        dialog.again.setText(PACKET_PASS)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # type: ignore[attr-defined]
            dialog.export()
        packet_file = dialog.result.packet
        assert dialog.result.pdf.read_bytes().startswith(b"%PDF")
        packet = open_packet(packet_file, PACKET_PASS)
        blob = str(packet)
        assert first.code not in blob and second.code not in blob
        if first.name:
            assert first.name not in blob

        # The supervisor comments (supervisor mode is covered by the round-trip test).
        from kastdesk.supervision import packet_keys

        keys = packet_keys(vault, packet["packet_id"])  # the packet's own, in the vault
        case_ref = next(c for c in packet["cases"] if c["case_id"] == keys[first.id])
        assert case_ref["questions"]
        save_comments(tmp_path / "c.kastcmt", packet,
                      [Comment(keys[first.id], "flag", keys[q1.id],
                               "Go slowly; he is ashamed.")],
                      PACKET_PASS, "Supervisor", kdf=KdfParams.for_tests())

        meeting = MeetingDialog(vault)
        qtbot.addWidget(meeting)  # type: ignore[attr-defined]
        assert meeting.table.rowCount() == 2
        meeting.participants.setText("Therapist A, Supervisor B")
        row = next(i for i, (_c, _code, f) in enumerate(meeting.questions) if f.id == q2.id)
        meeting.set_advice(row, "Yes, after the next session.")
        meeting.decisions.setPlainText("Bring the case again in March.")
        meeting.save()
        assert meeting.meeting is not None
        assert list_meetings(vault)[0]["id"] == meeting.meeting.id
        second_case = vault.open_case(second.id)
        assert advice_timeline(second_case)[-1].advice == ("Yes, after the next session.",)
        assert list_flags(second_case, open_only=True) == []

        from kastdesk.supervision import import_comments

        assert import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS) == (1, 0)
        assert [c["text"] for c in list_comments(vault.open_case(first.id))] == [
            "Go slowly; he is ashamed."]


def test_advice_shows_in_the_case_overview(qtbot: object, demo_vault: Path) -> None:
    from datetime import date

    from kastdesk.supervision import MeetingItem, record_meeting
    from kastdesk.ui.workspace import CaseWorkspace

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        case = vault.open_case(entry.id)
        flag = flag_for_guidance(case, "Stop or go on?", "case")
        workspace = CaseWorkspace(vault, case)
        qtbot.addWidget(workspace)  # type: ignore[attr-defined]
        record_meeting(vault, date(2026, 11, 3), ["Supervisor"],
                       [MeetingItem(entry.id, flag.id, flag.question, "Go on, weekly.")])
        workspace.set_current_tab("overview")
        workspace.tab("overview").refresh(None)
        assert "Go on, weekly." in workspace.tab("overview").advice_label.text()
        workspace.clear()


def test_imported_supervisor_comments_show_in_the_case_overview(qtbot: object, demo_vault: Path,
                                                                tmp_path: Path) -> None:
    """The Supervision tab listed them while the overview said "None yet."."""
    from kastdesk.supervision import export_packet, import_comments
    from kastdesk.ui.workspace import CaseWorkspace

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        case = vault.open_case(entry.id)
        flag = flag_for_guidance(case, "Stop or go on?", "case")
        workspace = CaseWorkspace(vault, case)
        qtbot.addWidget(workspace)  # type: ignore[attr-defined]
        workspace.set_current_tab("overview")
        overview = workspace.tab("overview")
        export_packet(vault, PACKET_PASS, tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
        packet = open_packet(tmp_path / "p.kastsup", PACKET_PASS)
        from kastdesk.supervision import packet_keys

        keys = packet_keys(vault, packet["packet_id"])
        key = keys[entry.id]
        save_comments(tmp_path / "c.kastcmt", packet,
                      [Comment(key, "flag", keys[flag.id], "Go on, but slower."),
                       Comment(key, "case", key, "A brave piece of work.")],
                      PACKET_PASS, "Supervisor", kdf=KdfParams.for_tests())
        assert import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS) == (2, 0)
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: "Go on, but slower." in overview.advice_label.text(), timeout=3_000)
        text = overview.advice_label.text()
        assert "A brave piece of work." in text and "None yet." not in text
        assert "Comments from the supervisor" in text
        workspace.clear()


def test_a_meeting_with_nothing_flagged_says_where_to_start(qtbot: object,
                                                            demo_vault: Path) -> None:
    """An empty table and Save refusing with "Add at least one case or question", with no
    way to add one: the dialog now says why it is empty and what to do first."""
    from PySide6.QtWidgets import QDialogButtonBox

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        assert not any(list_flags(vault.open_case(e.id), open_only=True)
                       for e in vault.clients())
        meeting = MeetingDialog(vault)
        qtbot.addWidget(meeting)  # type: ignore[attr-defined]
        assert meeting.nothing.isVisibleTo(meeting)
        assert "Supervision tab" in meeting.nothing.text()
        assert not meeting.table.isVisibleTo(meeting)
        assert not meeting.participants.isVisibleTo(meeting)  # nothing typed in vain
        buttons = meeting.findChild(QDialogButtonBox)
        assert not buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(meeting)
        meeting.close()

        flag_for_guidance(vault.open_case(vault.clients()[0].id), "Go on?", "case")
        meeting = MeetingDialog(vault)
        qtbot.addWidget(meeting)  # type: ignore[attr-defined]
        assert not meeting.nothing.isVisibleTo(meeting)
        assert meeting.table.isVisibleTo(meeting) and meeting.table.rowCount() == 1
        meeting.close()



def test_a_meeting_half_recorded_when_the_vault_locks_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """The meeting dialog belongs to no one case: its text is kept in the vault at lock and
    the dialog opens again, filled in, right after unlocking."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from kastdesk.ui import drafts
    from tests.ui.conftest import unlock, when_modal

    window = open_window
    first, second = window.vault.clients()[:2]
    q1 = flag_for_guidance(window.vault.open_case(first.id, audit_open=False), "Push?", "case")
    q2 = flag_for_guidance(window.vault.open_case(second.id, audit_open=False), "Partner?",
                           "question")

    def rows(dialog: MeetingDialog) -> dict[str, tuple[bool, str]]:
        return {flag.id: (dialog.table.item(r, 0).checkState() == Qt.CheckState.Checked,
                          dialog.table.item(r, 3).text())
                for r, (_c, _code, flag) in enumerate(dialog.questions)}

    def type_then_lock(dialog: MeetingDialog) -> None:
        dialog.participants.setText("Dr S, me")
        dialog.decisions.setPlainText("Bring it again in March.")
        for r, (_c, _code, flag) in enumerate(dialog.questions):
            if flag.id != q1.id:
                dialog.table.item(r, 0).setCheckState(Qt.CheckState.Unchecked)
        for r, (_c, _code, flag) in enumerate(dialog.questions):
            if flag.id == q1.id:  # still typing in the cell when the vault locks
                dialog.table.editItem(dialog.table.item(r, 3))
                # The cell's own editor, found in the table: the keyboard focus is no guide
                # while the app is not the active one (a CI run typed into another field).
                [editor] = dialog.table.viewport().findChildren(QLineEdit)
                editor.setText("Role-play first.")
        window.lock()

    typing = when_modal(MeetingDialog, type_then_lock)
    window.record_meeting()
    typing.stop()
    assert window.locked
    seen: dict[str, Any] = {}

    def look_then_save(dialog: MeetingDialog) -> None:
        seen.update(participants=dialog.participants.text(), rows=rows(dialog),
                    decisions=dialog.decisions.toPlainText())
        dialog.save()

    reopening = when_modal(MeetingDialog, look_then_save)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    reopening.stop()
    assert seen == {"participants": "Dr S, me", "decisions": "Bring it again in March.",
                    "rows": {q1.id: (True, "Role-play first."), q2.id: (False, "")}}
    assert len(list_meetings(window.vault)) == 1
    assert drafts.pending_vault_drafts(window.vault) == []  # taken back as it reopened
    first_case = window.vault.open_case(first.id, audit_open=False)
    assert advice_timeline(first_case)[-1].advice == ("Role-play first.",)
