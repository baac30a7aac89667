"""Typed text survives a kill: a real workspace in a child process, SIGKILLed mid-session."""

from __future__ import annotations

import signal
from datetime import date
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from tests.ui.conftest import kill_after_typing

CHILD = r'''
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from kastdesk.store import Vault
from kastdesk.ui.workspace import CaseWorkspace

folder, passphrase, client_id, text = sys.argv[1:5]
app = QApplication([])
vault = Vault.unlock(Path(folder), passphrase)
workspace = CaseWorkspace(vault, vault.open_case(client_id))
workspace.resize(1366, 768)
workspace.show()
workspace.set_current_tab("sessions")
tab = workspace.tab("sessions")
tab.new_session()
tab.editor.note.setFocus()
QTest.keyClicks(tab.editor.note, text)
print("typed", flush=True)
app.exec()  # typing stopped; the autosave timer fires, then the kill comes
'''


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_typed_note_survives_sigkill(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, passphrase, kdf=KdfParams.for_tests(), therapist="T")
    client_id = vault.add_client("K-2026-001", first_contact_date=date(2026, 11, 2)).client_id
    vault.close()
    text = "He named the feeling before the urge: loneliness."
    # "The last couple of seconds": the 1 s autosave has run when the kill comes.
    kill_after_typing(tmp_path, CHILD, [str(folder), passphrase, client_id, text], 1.5)
    vault = Vault.unlock(folder, passphrase)
    try:
        case = vault.open_case(client_id)
        notes = [s.note for s in case.sessions.list()]
        assert len(notes) == 1 and text in notes[0]
        assert case.verify() == []
    finally:
        vault.close()
