"""A failed open of a packet in supervisor mode lets the packet go: ``CommentsDraft`` took
its ``PacketHold`` and kept it when reading the packet then failed (a network folder that
drops out, a disk error), so every later open of that packet was refused as "already open
in another KastDesk window" until the app restarted."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kastdesk.store import KdfParams
from kastdesk.store.packet import PacketHold, seal_file
from kastdesk.supervision.packet import CommentsDraft

PASSPHRASE = "fictional packet passphrase 2468"


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    path = tmp_path / "supervision-fictional.kastsup"
    path.write_bytes(seal_file({"packet_id": "pk-1"}, PASSPHRASE, "packet",
                               KdfParams.for_tests()))
    return path


def test_a_packet_that_cannot_be_read_is_not_left_held(
    packet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = Path.read_bytes

    def failing_read(self: Path) -> bytes:
        if self == packet:
            raise OSError(errno.EIO, "Input/output error", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", failing_read)
    # The exception (and so its traceback, which reaches the half-made draft) is kept, as
    # an error dialog or a log keeps it.
    with pytest.raises(OSError) as failed:
        CommentsDraft(packet, {"packet_id": "pk-1"}, PASSPHRASE)
    monkeypatch.undo()

    hold = PacketHold(packet)  # raised PacketInUse: the failed open still held it
    assert hold.held
    hold.release()
    draft = CommentsDraft(packet, {"packet_id": "pk-1"}, PASSPHRASE)
    draft.close()
    assert failed.value.errno == errno.EIO


def test_a_draft_closed_lets_the_packet_open_again(packet: Path) -> None:
    first = CommentsDraft(packet, {"packet_id": "pk-1"}, PASSPHRASE)
    first.close()
    again = CommentsDraft(packet, {"packet_id": "pk-1"}, PASSPHRASE)
    again.close()
