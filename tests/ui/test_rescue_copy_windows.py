"""The sealed rescue copy keeps what is typed in the windows that belong to no one client (a
new client, a guidance meeting, a supervision packet being prepared, comments on a packet)
while they are open, and the next unlock offers it back: the window opens again with it,
or, where what it was typed for is gone, the text is shown to copy. With the real app, a
real vault and a real process killed.

Before, these windows had no save of their own until they were done: a lock kept their
text in the vault, but a crash, a kill or a dead battery lost every word.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance
from kastdesk.supervision.guidance import list_flags, withdraw_flag
from kastdesk.ui.cases.new_client import NewClientDialog
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.rescue import RescueDialog
from kastdesk.ui.supervision.meeting import MeetingDialog, PacketDialog
from kastdesk.ui.supervision.supervisor import SupervisorWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import kill_after_typing, screenshot, when_modal
from tests.ui.test_rescue_copy import (
    CHILD_OPENS,
    _copies,
    _kept_text,
    _offered,
    _texts,
    _vault_on,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

CODE, NAME = "K-77", "Birgitta Holmqvist"  # fictional
QUESTION = "Hur snabbt ska vi gå fram med exponeringen?"  # fictional
ADVICE = "Ett steg i taget, och fråga klienten först."  # fictional
PARTICIPANTS = "Handledare Ö, team 2"  # fictional
COMMENT = "Bra att ni väntade med hemuppgiften."  # fictional
WITHHOLD = "Volvo Torslanda"  # fictional
PACKET_PASSPHRASE = "fictional packet passphrase 9012"

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A vault with client K-R, one saved session and a question flagged for guidance."""
    folder = _vault_on(tmp_path)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        flag_for_guidance(vault.open_case(vault.client_by_code("K-R").id), QUESTION)
    return folder


def _kept_words(window: MainWindow) -> str:
    """Every string the copy on disk holds, read with the window's key."""
    data = window.rescue._file.read() if window.rescue._file is not None else None
    return repr(data["items"]) if data else ""


def _sealed(rescue: Path, *words: str) -> None:
    [copy] = _copies(rescue)
    blob = copy.read_bytes()
    for text in words:
        assert text.encode("utf-8") not in blob, text


def _put_back_opens(qtbot, offer: RescueDialog, kind: type[W]) -> W:  # type: ignore[no-untyped-def]
    """Put back on ``offer``: the one window of ``kind`` it opens again, once it shows."""

    def shown() -> list[W]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    offer.put_back_button.click()
    qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
    [window] = shown()
    return window


_CHILD = (r"""
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from kastdesk.ui.main_window import MainWindow

folder, rescue, what = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
PASSPHRASE = sys.argv[-1]
app = QApplication([])

"""
+ CHILD_OPENS
+ r"""
def written():
    return any(rescue.glob("*.kastrescue"))

if what == "new_client":
    from kastdesk.ui.cases.new_client import NewClientDialog

    window.new_client()  # opened with open(): the loop goes on
    dialog = next(w for w in app.topLevelWidgets() if isinstance(w, NewClientDialog))
    dialog.code.setText(sys.argv[4])
    dialog.named.setChecked(True)
    dialog.name.setText(sys.argv[5])
    wait(written)
    print("typed", flush=True)
    sys.exit(app.exec())
elif what == "meeting":
    from kastdesk.ui.supervision.meeting import MeetingDialog

    def type_in():  # inside the dialog's exec()
        dialog = next(w for w in app.topLevelWidgets()
                      if isinstance(w, MeetingDialog) and w.isVisible())
        dialog.participants.setText(sys.argv[4])
        dialog.set_advice(0, sys.argv[5])

        def told():
            if written():
                print("typed", flush=True)
            else:
                QTimer.singleShot(20, told)

        told()

    QTimer.singleShot(100, type_in)
    window.record_meeting()
else:  # comments on a packet, opened in the therapist's app
    from kastdesk.ui.supervision.supervisor import open_packet_window

    packet = open_packet_window(Path(sys.argv[4]), sys.argv[5], window.vault)
    packet.show()
    window._supervisor_windows.append(packet)
    next(iter(packet.comment_boxes.values())).setPlainText(sys.argv[6])
    wait(written)
    print("typed", flush=True)
    sys.exit(app.exec())
""")


def _kill_while_typed(tmp_path: Path, folder: Path, rescue: Path, what: str,
                      *args: str) -> None:
    """The child types into the window ``what``, the copy is written, and it is killed."""
    kill_after_typing(tmp_path, _CHILD, [str(folder), str(rescue), what, *args, PASSPHRASE],
                      pause=0.3)


def test_a_new_client_typed_survives_a_kill_and_the_window_opens_again_with_it(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    _kill_while_typed(tmp_path, folder, rescue, "new_client", CODE, NAME)
    _sealed(rescue, NAME, "Holmqvist", CODE)

    with _offered(qtbot, folder, rescue) as (window, offer):
        assert "Text typed in the window “New client”" in _texts(offer)
        kept = _kept_text(offer)
        assert CODE in kept and NAME in kept
        assert offer.put_back_button.isVisible()
        screenshot(offer, "rescue_offer_new_client")
        dialog = _put_back_opens(qtbot, offer, NewClientDialog)
        assert (dialog.code.text(), dialog.name.text()) == (CODE, NAME)
        assert dialog.named.isChecked()
        screenshot(dialog, "rescue_new_client_opened_again")
        # On screen again and not saved: in the copy again, until the dialog is done.
        qtbot.waitUntil(lambda: NAME in _kept_words(window), timeout=3000)
        dialog.accept()  # "Add client": saved, the copy goes
        qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)
        assert window.vault is not None and window.vault.client_by_code(CODE).name == NAME


@pytest.mark.parametrize("since", ["open", "withdrawn"])
def test_a_meeting_being_recorded_survives_a_kill_and_goes_back_where_its_question_is_open(
    qtbot, folder: Path, rescue: Path, tmp_path: Path, since: str  # type: ignore[no-untyped-def]
) -> None:
    """Its advice goes back with the meeting's window where the question is still open for
    guidance; a question withdrawn since is not in that window, and its advice would be
    dropped unseen as it opened: shown to copy instead."""
    _kill_while_typed(tmp_path, folder, rescue, "meeting", PARTICIPANTS, ADVICE)
    _sealed(rescue, ADVICE, "Handledare")
    if since == "withdrawn":
        with Vault.unlock(folder, PASSPHRASE) as vault:
            case = vault.open_case(vault.client_by_code("K-R").id)
            [flag] = list_flags(case, open_only=True)
            withdraw_flag(case, flag.id)

    with _offered(qtbot, folder, rescue) as (_, offer):
        assert "Text typed in the window “Record guidance meeting”" in _texts(offer)
        kept = _kept_text(offer)
        assert ADVICE in kept and PARTICIPANTS in kept
        if since == "withdrawn":
            assert "no longer open for guidance" in _texts(offer)
            assert not offer.put_back_button.isVisible()
            screenshot(offer, "rescue_offer_meeting_copy_only")
            offer.later_button.click()
            assert _copies(rescue)  # kept until copied and deleted
            return
        screenshot(offer, "rescue_offer_meeting")
        seen: dict[str, Any] = {}

        def look(dialog: MeetingDialog) -> None:
            seen["participants"] = dialog.participants.text()
            seen["advice"] = dialog.table.item(0, 3).text()
            screenshot(dialog, "rescue_meeting_opened_again")
            dialog.reject()

        timer = when_modal(MeetingDialog, look)
        offer.put_back_button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        timer.stop()
        assert seen == {"participants": PARTICIPANTS, "advice": ADVICE}
        qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)  # closed: gone


def test_comments_on_a_packet_survive_a_kill_and_the_packet_opens_again_with_them(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "shared folder"
    out.mkdir()
    with Vault.unlock(folder, PASSPHRASE) as vault:
        export_packet(vault, PACKET_PASSPHRASE, out / "p.pdf", out / "p.kastsup",
                      kdf=KdfParams.for_tests())
    _kill_while_typed(tmp_path, folder, rescue, "comments", str(out / "p.kastsup"),
                      PACKET_PASSPHRASE, COMMENT)
    _sealed(rescue, COMMENT, "hemuppgiften", PACKET_PASSPHRASE, QUESTION)

    with _offered(qtbot, folder, rescue) as (_, offer):
        assert "Comments typed on a supervision packet" in _texts(offer)
        assert _kept_text(offer) == COMMENT  # the comment, not the packet or passphrase
        screenshot(offer, "rescue_offer_packet_comments")
        packet = _put_back_opens(qtbot, offer, SupervisorWindow)
        assert [c.text for c in packet.comments()] == [COMMENT]


def test_a_packet_being_prepared_is_in_the_copy_while_open_and_goes_when_it_closes(
    qtbot, window: MainWindow, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    seen: dict[str, Any] = {}

    def typing(dialog: PacketDialog) -> None:
        dialog.withhold.extra.setText(WITHHOLD)
        qtbot.waitUntil(lambda: WITHHOLD in _kept_words(window), timeout=3000)
        seen["kept"] = window.rescue._file.read()
        dialog.reject()  # closed from code: no question
        qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)
        seen["after"] = _copies(rescue)

    timer = when_modal(PacketDialog, typing)
    window.prepare_packet()
    timer.stop()
    [item] = seen["kept"]["items"]
    assert (item["scope"], item["key"]) == ("vault", "packet")
    assert seen["after"] == []
