"""Supervisor mode (``kastdesk --packet``) and the app at a logout, a shutdown or a closed
terminal (QA 19 F6, F7).

Supervisor mode had no signal handling: SIGTERM ended it at once, with every comment typed
(they lived in memory until *Save comments…*). Now a signal closes the window the normal
way: the comments are sealed into a draft beside the packet (encrypted with the packet's
passphrase) and the "not saved" question is asked; a logout that kills the process before
anyone answers loses nothing, and the packet opened again brings the comments back.
SIGHUP was not handled anywhere; it now closes as SIGTERM does.

Every test runs the real ``kastdesk`` entry point in a process of its own, driven from
its event loop (a timer that types and answers as a person would), and signals it from
outside.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision.packet import draft_path, open_packet, read_draft

from ..conftest import PASSPHRASE, make_demo_vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

PACKET_PASSPHRASE = "fictional packet passphrase 1234"
MARK = "SUPERVISOR-COMMENT-7731 try a functional analysis first"

DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from kastdesk.cli import main

packet, passphrase, log, mode, mark = sys.argv[1:6]
state = {"typed": False, "asked": False}

def say(line):
    with open(log, "a", encoding="utf-8") as f:
        f.write(line + "\\n")

def poll():
    from kastdesk.ui.supervision.supervisor import SupervisorWindow
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QInputDialog) and w.isVisible():
            w.setTextValue(passphrase)
            w.accept()
            return
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible() and not state["asked"]:
            state["asked"] = True
            say("asked " + w.text())
            if mode == "reopen":
                w.button(QMessageBox.StandardButton.Discard).click()
            return
    for w in QApplication.topLevelWidgets():
        if isinstance(w, SupervisorWindow) and w.isVisible() and not state["typed"]:
            state["typed"] = True
            if mode == "type":
                box = next(iter(w.comment_boxes.values()))
                box.setFocus()
                QTest.keyClicks(box, mark)
                say("typed")
            else:
                texts = [b.toPlainText() for b in w.comment_boxes.values()]
                say("shown " + json.dumps(texts))
                say("status " + w.statusBar().currentMessage())
                QTimer.singleShot(0, w.close)  # from the event loop: this timer asks next

app = QApplication(sys.argv[:1])
timer = QTimer()
timer.timeout.connect(poll)
timer.start(100)
sys.exit(main(["--packet", packet]))
"""


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    """A fictional supervision packet with one question, sealed with cheap KDF settings."""
    from kastdesk.report.sample import ensure_demo_content
    from kastdesk.supervision import export_packet, flag_for_guidance

    folder = make_demo_vault(tmp_path / "vault", clients=2, seed=19)
    out = tmp_path / "from the therapist"
    out.mkdir()
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.clients()[0].id)
        ensure_demo_content(case, random.Random(2))
        session = case.sessions.list()[0]
        flag_for_guidance(case, "Where do we go from here?", "session", session.id)
        export_packet(vault, PACKET_PASSPHRASE, out / "p.pdf", out / "p.kastsup",
                      kdf=KdfParams.for_tests())
    return out / "p.kastsup"


def _start(packet: Path, log: Path, mode: str, home: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"))
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(packet), PACKET_PASSPHRASE, str(log), mode, MARK],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for(log: Path, word: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while True:
        text = log.read_text("utf-8") if log.exists() else ""
        for line in text.splitlines():
            if line.startswith(word):
                return line
        assert proc.poll() is None, f"the app ended ({proc.returncode}) before {word!r}"
        assert time.monotonic() < deadline, f"no {word!r} in {text!r}"
        time.sleep(0.05)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_logout_in_supervisor_mode_asks_and_keeps_the_comments_sealed(
    packet: Path, tmp_path: Path, name: str,
) -> None:
    """The signal comes right after typing (before any timer sealed a draft); the question
    is asked, and nobody answers: the session manager kills the process. The comments are
    in the sealed draft beside the packet, and only there, never in plain text."""
    log = tmp_path / "log.txt"
    proc = _start(packet, log, "type", tmp_path / "home")
    try:
        _wait_for(log, "typed", proc)
        proc.send_signal(getattr(signal, name))
        asked = _wait_for(log, "asked", proc, 30)
        assert "not saved" in asked
    finally:
        proc.kill()
        proc.wait(timeout=30)
    draft = draft_path(packet)
    assert draft.exists()
    for path in [*packet.parent.iterdir(), *(tmp_path / "home").rglob("*")]:
        if path.is_file():
            assert MARK.encode() not in path.read_bytes(), path
    comments = read_draft(packet, open_packet(packet, PACKET_PASSPHRASE), PACKET_PASSPHRASE)
    assert [c.text for c in comments] == [MARK]


def test_the_packet_opened_again_brings_the_comments_back(packet: Path, tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    proc = _start(packet, log, "type", tmp_path / "home")
    try:
        _wait_for(log, "typed", proc)
        proc.send_signal(signal.SIGTERM)
        _wait_for(log, "asked", proc, 30)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    log.unlink()
    again = _start(packet, log, "reopen", tmp_path / "home")
    try:
        shown = _wait_for(log, "shown", again)
        assert MARK in json.loads(shown.removeprefix("shown "))
        assert "brought back" in _wait_for(log, "status", again)
        _wait_for(log, "asked", again, 30)  # still not saved: asked; Discard
        assert again.wait(timeout=30) == 0
    finally:
        if again.poll() is None:
            again.kill()
    assert not draft_path(packet).exists()  # discarded: the draft goes with them


def test_sighup_closes_the_app_the_normal_way(tmp_path: Path) -> None:
    """As SIGTERM (tests/ui/test_app_terminate.py): the window closes, the vault is
    closed and the demo folder removed; SIGHUP killed the app at once, folder and all."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path),
               HOME=str(tmp_path / "home"))
    proc = subprocess.Popen([sys.executable, "-m", "kastdesk", "--demo"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("kastdesk-demo-*/vault/index.kdb")):
            assert proc.poll() is None, "the app stopped on its own"
            assert time.monotonic() < deadline, "the demo vault never appeared"
            time.sleep(0.2)
        time.sleep(1.0)
        proc.send_signal(signal.SIGHUP)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_path.glob("kastdesk-demo-*")) == []
