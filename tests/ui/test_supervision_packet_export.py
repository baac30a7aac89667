"""Prepare supervision packet: once the export runs it cannot be cancelled half-way.

Cancel closed the dialog while the worker went on to write the .kastsup, the unencrypted
pseudonymized PDF and the audit entries, and nobody was told. Now Cancel, Esc and the
window's close button wait for the end, and the end is reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kastdesk.supervision import flag_for_guidance
from kastdesk.ui.supervision.meeting import PacketDialog


def test_cancel_waits_for_the_export_and_the_end_is_reported(
    qtbot, open_window, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    window = open_window
    out = tmp_path / "packet"
    out.mkdir()
    entry = window.vault.clients()[0]
    flag_for_guidance(window.vault.open_case(entry.id, audit_open=False), "Go on?", "case")
    told: list[str] = []
    monkeypatch.setattr("kastdesk.ui.main_window.inform",
                        lambda _parent, _title, text, **_kw: told.append(text))
    seen: dict[str, Any] = {}

    def fill_export_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PacketDialog):
            QTimer.singleShot(20, fill_export_and_cancel)
            return
        dialog.folder.setText(str(out))
        dialog.passphrase.setText("a packet passphrase")
        dialog.again.setText("a packet passphrase")
        dialog.export_button.click()
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        seen["cancel enabled"] = cancel.isEnabled()
        cancel.click()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        seen["still open"] = dialog.isVisible()

    QTimer.singleShot(0, fill_export_and_cancel)
    window.prepare_packet()  # returns when the dialog closes
    assert seen == {"cancel enabled": False, "still open": True}
    assert sorted(p.suffix for p in out.iterdir()) == [".kastsup", ".pdf"]
    assert len(told) == 1 and ".kastsup" in told[0]
