"""The case the window benches share: a vault with one client of many long sessions, and the
real main window opened offscreen on that client, so the rescue copy's and the dialog
draft's figures are measured on the same large case and in the same way."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any


def build(folder: Path, sessions: int, passphrase: str, words: str, *, sign_last: bool = False
          ) -> None:
    """A vault of one client, ``K-1``, with ``sessions`` sessions of about 3,000 characters
    each (fictional words); the newest signed when ``sign_last`` (amendments need one)."""
    from kastdesk.store import KdfParams, Vault

    vault, _ = Vault.create(folder, passphrase, kdf=KdfParams.for_tests())
    case = vault.add_client("K-1", first_contact_date=date(2025, 1, 6))
    start = datetime(2025, 1, 6, 10)
    note = words * 30  # about 3,000 characters a session
    last = None
    for n in range(sessions):
        last = case.sessions.add(start + timedelta(days=n), note=note)
    if sign_last and last is not None:
        case.sessions.sign(last.id)
    vault.close()


def open_on_client(app: Any, folder: Path, rescue: Path, passphrase: str) -> Any:
    """The main window unlocked with ``passphrase`` and showing ``K-1``'s case, its sealed
    rescue copy in ``rescue``."""
    from kastdesk.ui.main_window import MainWindow

    window = MainWindow(folder, today=lambda: date(2026, 11, 20), rescue_folder=rescue)
    window.show()
    window.unlock_screen.passphrase.setText(passphrase)
    window.unlock_screen.unlock_button.click()
    deadline = time.perf_counter() + 60
    while window.vault is None and time.perf_counter() < deadline:
        app.processEvents()
    window.register.select(window.vault.client_by_code("K-1").id)
    while window.case is None and time.perf_counter() < deadline:
        app.processEvents()
    return window
