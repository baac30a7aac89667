"""A new vault's first screen says how to add the first client.

It said "Choose a client in the register, or add a new one." with nobody in the register.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_an_empty_register_says_how_to_add_the_first_client(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    window = MainWindow(folder, today=lambda: date(2026, 12, 3))
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    text = window.empty_label.text()
    assert "register is empty" in text and "New client" in text
    assert window.empty_label.isVisible()
    assert window.vault is not None
    case = window.vault.add_client("K-2026-001", first_contact_date=date(2026, 12, 3))
    window.register.model.update_entry(window.vault.client(case.client_id))  # as a change does
    assert "Choose a client" in window.empty_label.text()
    window.close()
