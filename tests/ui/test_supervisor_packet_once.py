"""A packet is open in one supervisor-mode window at a time (QA 19 R6): two windows on the
same packet (double-clicked again, or two supervisors on a shared folder) sealed their
comments into the same draft beside it, and after a crash only the last writer's came
back. The second open is refused with one sentence; once the first window is closed, or
its process is gone, the packet opens with the comments the first kept."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kastdesk.store import KdfParams, Vault
from kastdesk.store.packet import PacketInUse
from kastdesk.supervision import export_packet, flag_for_guidance
from kastdesk.supervision.packet import read_draft
from kastdesk.ui.supervision.supervisor import open_packet_window
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot

PACKET_PASSPHRASE = "fictional packet passphrase 5678"


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client("K-SUP")
    flag_for_guidance(case, "Fictional question: how fast to go?")
    out = tmp_path / "shared folder"
    out.mkdir()
    export_packet(vault, PACKET_PASSPHRASE, out / "p.pdf", out / "p.kastsup",
                  kdf=KdfParams.for_tests())
    vault.close()
    return out / "p.kastsup"


def test_a_second_window_on_the_packet_is_refused_and_the_first_keeps_its_draft(
    qtbot, packet: Path  # type: ignore[no-untyped-def]
) -> None:
    first = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    qtbot.addWidget(first)
    first.draft_kept = True  # closed by the test without the question
    next(iter(first.comment_boxes.values())).setPlainText("MARK-A")
    first.keep_sealed_draft()
    with pytest.raises(PacketInUse) as info:
        open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    assert "already open in another KastDesk window" in info.value.message
    box = QMessageBox(QMessageBox.Icon.Warning, "KastDesk", info.value.message)
    qtbot.addWidget(box)
    box.show()  # laid out as QMessageBox.warning shows it (run_supervisor)
    screenshot(box, "supervisor_packet_open_twice")
    box.close()
    # Opened without a draft (from the therapist's app) it is read only: not refused.
    plain = open_packet_window(packet, PACKET_PASSPHRASE)
    qtbot.addWidget(plain)
    assert [c.text for c in read_draft(packet, first.packet, PACKET_PASSPHRASE)] == ["MARK-A"]

    first.close()
    again = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    qtbot.addWidget(again)
    again.draft_kept = True
    assert next(b.toPlainText() for b in again.comment_boxes.values()) == "MARK-A"


HOLDER = """
import sys, time
from pathlib import Path
from kastdesk.supervision.packet import CommentsDraft, open_packet
packet = Path(sys.argv[1])
draft = CommentsDraft(packet, open_packet(packet, sys.argv[2]), sys.argv[2])
print("holding", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_another_process_on_the_packet_refuses_it_until_it_is_gone(packet: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(packet), PACKET_PASSPHRASE],
                              stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(PacketInUse):
            open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    finally:
        holder.kill()  # a crash: the kernel drops its lock, no stale lock is left
        holder.wait()
    deadline = time.monotonic() + 5
    while True:
        try:
            window = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
            break
        except PacketInUse:
            assert time.monotonic() < deadline
            time.sleep(0.1)
    window.draft_kept = True
    window.close()
    window.deleteLater()
