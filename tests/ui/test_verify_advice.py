"""Verify vault… in the app: the lines say what to do, each for its own cause; the heading
no longer tells the therapist to restore every named file from a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_the_verify_box_leaves_the_advice_to_each_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    client_id = vault.add_client("K-A").client_id
    vault.close()
    stranger = folder / "cases" / ("f" * 32 + ".kcase")
    shutil.copy(folder / "cases" / f"{client_id}.kcase", stranger)
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)

    def box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)

    window.verify_vault()
    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    text = box().text()  # type: ignore[union-attr]
    box().done(0)  # type: ignore[union-attr]
    window.close()
    assert text.startswith("Problems were found; each line says what to do:")
    assert "Restore the named files" not in text
    assert f"cases/{stranger.name}" in text and "move it out of the cases folder" in text
    assert "restore index.kdb" not in text
