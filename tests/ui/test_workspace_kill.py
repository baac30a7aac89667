"""Typed text survives a kill: a real workspace in a child process, SIGKILLed mid-session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault

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
    script = tmp_path / "child.py"
    script.write_text(CHILD, "utf-8")
    text = "He named the feeling before the urge: loneliness."
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(folder), passphrase, client_id, text],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "typed", child.stderr.read() if child.stderr else ""
        time.sleep(1.5)  # "the last couple of seconds": the 1 s autosave has run
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    vault = Vault.unlock(folder, passphrase)
    try:
        case = vault.open_case(client_id)
        notes = [s.note for s in case.sessions.list()]
        assert len(notes) == 1 and text in notes[0]
        assert case.verify() == []
    finally:
        vault.close()
