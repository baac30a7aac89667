"""Words typed into an exercise survive a crash: a real workspace in a child process,
SIGKILLed a couple of seconds after the typing stopped (QA15 findings 6 and 7).

Words typed while rewording a consequence (✎) were saved only by Enter, leaving the line
or a flush (lock, switch, close), and a role typed in the coping plan's "Who" box was kept
nowhere at all: a crash lost both, however long ago they were typed.
"""

from __future__ import annotations

import signal
from datetime import date, datetime
from pathlib import Path

import pytest

from kastdesk.exercises import consequence_listing as cl
from kastdesk.exercises import get_exercise
from kastdesk.exercises.storage import exercise_history, save_exercise
from kastdesk.store import KdfParams, Vault
from kastdesk.ui import drafts
from tests.ui.conftest import kill_after_typing

CHILD = r'''
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from PySide6.QtTest import QTest
from kastdesk.store import Vault
from kastdesk.ui.workspace import CaseWorkspace

folder, passphrase, client_id, what, text = sys.argv[1:6]
app = QApplication([])
vault = Vault.unlock(Path(folder), passphrase)
workspace = CaseWorkspace(vault, vault.open_case(client_id))
workspace.resize(1366, 768)
workspace.show()
workspace.set_current_tab("exercises")
tab = workspace.tab("exercises")
if what == "reword":
    tab.open_exercise("consequence_listing")
    card = tab.editor.area_cards["partner"]
    card.findChild(QToolButton, "editConsequence").click()
    line = card.findChild(QLineEdit, "consequenceEdit")
    QTest.keyClick(line, Qt.Key.Key_End)  # ✎ selects the wording: add to it instead
else:
    tab.open_exercise("coping_plan")
    if tab.editor is None:
        tab.start_current()
    line = tab.editor.role_combo.lineEdit()
    line.selectAll()
QTest.keyClicks(line, text)
print("typed", flush=True)
app.exec()  # typing stopped: a second later the words are saved, then the kill comes
'''


def _vault_with_a_consequence(folder: Path, passphrase: str) -> str:
    """A client with one session and the consequence listing started in it, one item."""
    vault, _ = Vault.create(folder, passphrase, kdf=KdfParams.for_tests(), therapist="T")
    try:
        case = vault.add_client("K-2026-001", first_contact_date=date(2026, 11, 2))
        session = case.sessions.add(datetime(2026, 11, 2, 10))
        state = cl.add_consequence(get_exercise(cl.EXERCISE_ID).new_state(), "partner",
                                   "She would feel betrayed", 5, "long")
        save_exercise(case, state, session.id, "Consequence listing: add consequence")
        return str(case.client_id)
    finally:
        vault.close()


def _type_then_kill(tmp_path: Path, passphrase: str, what: str, text: str) -> tuple[Path, str]:
    """Run the child until it has typed ``text``, wait 1.8 s, SIGKILL it."""
    folder = tmp_path / "vault"
    client_id = _vault_with_a_consequence(folder, passphrase)
    kill_after_typing(tmp_path, CHILD, [str(folder), passphrase, client_id, what, text])
    return folder, client_id


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_words_typed_rewording_a_consequence_survive_sigkill(
        tmp_path: Path, passphrase: str) -> None:
    folder, client_id = _type_then_kill(tmp_path, passphrase, "reword",
                                        " when she finds the messages")
    with Vault.unlock(folder, passphrase) as vault:
        case = vault.open_case(client_id)
        (item,) = exercise_history(case, cl.EXERCISE_ID)[-1].state.consequences
        assert item.text == "She would feel betrayed when she finds the messages"
        assert case.verify() == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_role_typed_in_the_coping_plan_survives_sigkill(
        tmp_path: Path, passphrase: str) -> None:
    folder, client_id = _type_then_kill(tmp_path, passphrase, "role", "My sponsor Anders")
    with Vault.unlock(folder, passphrase) as vault:
        case = vault.open_case(client_id)
        assert drafts.read_draft(case, "exercise_input:coping_plan") == {
            "role_combo": "My sponsor Anders"}
        assert case.verify() == []
