"""Supervisor mode keeps the comments not saved in a sealed draft beside the packet (QA 19
F6): written as they are typed, gone once they are saved, never a comments file the
therapist could import, and said in the status bar when the folder cannot take it."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from kastdesk.store.packet import PacketError
from kastdesk.supervision import export_packet, flag_for_guidance, import_comments
from kastdesk.supervision.packet import draft_path, read_draft
from kastdesk.ui.supervision.supervisor import open_packet_window
from tests.conftest import PASSPHRASE, make_demo_vault
from tests.ui.conftest import screenshot

PACKET_PASSPHRASE = "fictional packet passphrase 1234"
MARK = "Fictional advice: map the evening urges first"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    """A fictional vault and the packet it exported (cheap KDF settings)."""
    from kastdesk.report.sample import ensure_demo_content

    folder = make_demo_vault(tmp_path / "vault", clients=2, seed=19)
    out = tmp_path / "meeting"
    out.mkdir()
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.clients()[0].id)
        ensure_demo_content(case, random.Random(2))
        session = case.sessions.list()[0]
        flag_for_guidance(case, "Where do we go from here?", "session", session.id)
        export_packet(vault, PACKET_PASSPHRASE, out / "p.pdf", out / "p.kastsup",
                      kdf=KdfParams.for_tests())
    return folder, out / "p.kastsup"


def test_typed_comments_are_sealed_beside_the_packet_until_saved(  # type: ignore[no-untyped-def]
    qtbot, made: tuple[Path, Path], tmp_path: Path,
) -> None:
    folder, packet = made
    window = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    qtbot.addWidget(window)
    window.draft_kept = True  # closed by the test without the question
    box = next(iter(window.comment_boxes.values()))
    box.setPlainText(MARK)
    draft = draft_path(packet)
    qtbot.waitUntil(draft.exists, timeout=5000)
    assert MARK.encode() not in draft.read_bytes()
    assert [c.text for c in read_draft(packet, window.packet, PACKET_PASSPHRASE)] == [MARK]
    assert read_draft(packet, window.packet, "another passphrase") == []
    # Sent by mistake, the draft is no comments file to import.
    with Vault.unlock(folder, PASSPHRASE) as vault, pytest.raises(PacketError):
        import_comments(vault, draft, PACKET_PASSPHRASE)
    window.save_to(tmp_path / "comments.kastcmt", kdf=KdfParams.for_tests())
    assert not draft.exists()  # saved: no draft left
    box.setPlainText(MARK + " and the mornings")
    qtbot.waitUntil(draft.exists, timeout=5000)
    box.setPlainText(MARK)  # back to what was saved: nothing unsaved, no draft
    qtbot.waitUntil(lambda: not draft.exists(), timeout=5000)


def test_a_folder_that_cannot_take_the_draft_is_said(  # type: ignore[no-untyped-def]
    qtbot, made: tuple[Path, Path], tmp_path: Path,
) -> None:
    _folder, packet = made
    window = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    qtbot.addWidget(window)
    window.draft_kept = True
    window.show()
    shutil.rmtree(packet.parent)  # the stick with the packet pulled out
    next(iter(window.comment_boxes.values())).setPlainText(MARK)
    qtbot.waitUntil(lambda: "cannot be kept" in window.statusBar().currentMessage(),
                    timeout=5000)
    screenshot(window, "supervisor-draft-not-kept")


def test_the_packet_opened_again_shows_the_kept_comments(  # type: ignore[no-untyped-def]
    qtbot, made: tuple[Path, Path],
) -> None:
    _folder, packet = made
    first = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    qtbot.addWidget(first)
    first.draft_kept = True
    next(iter(first.comment_boxes.values())).setPlainText(MARK)
    first.keep_sealed_draft()
    first.close()
    again = open_packet_window(packet, PACKET_PASSPHRASE, keep_draft=True)
    qtbot.addWidget(again)
    again.draft_kept = True
    again.show()
    assert next(b.toPlainText() for b in again.comment_boxes.values()) == MARK
    assert again.unsaved  # brought back, still to be saved
    assert "brought back" in again.statusBar().currentMessage()
    screenshot(again, "supervisor-draft-brought-back")
    # Opened without a draft (the therapist's app), nothing is read or written beside it.
    plain = open_packet_window(packet, PACKET_PASSPHRASE)
    qtbot.addWidget(plain)
    assert all(not b.toPlainText() for b in plain.comment_boxes.values())
