"""A packet that opens (right passphrase) but whose window cannot be made, as a packet of
another shape's, lets the packet go: the sealed draft's hold was taken first and nothing
closed it, so every later open of that packet in supervisor mode was refused as "already
open in another KastDesk window". The packet is fictional, written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.store import KdfParams
from kastdesk.store.packet import PacketHold, seal_file
from kastdesk.supervision.packet import PACKET_FORMAT
from kastdesk.ui.supervision.supervisor import open_packet_window

PASSPHRASE = "fictional packet passphrase 1357"


def test_a_packet_whose_window_cannot_be_made_is_not_left_held(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "supervision-odd.kastsup"
    # Opens as a packet, but has no cases: the window cannot be laid out.
    path.write_bytes(seal_file({"format": PACKET_FORMAT, "version": 3, "packet_id": "pk-odd"},
                               PASSPHRASE, "packet", KdfParams.for_tests()))
    with pytest.raises(KeyError) as failed:  # kept, as an error report keeps it
        open_packet_window(path, PASSPHRASE, keep_draft=True)
    hold = PacketHold(path)  # raised PacketInUse: the failed open still held it
    assert hold.held
    hold.release()
    assert failed.value.args == ("cases",)
