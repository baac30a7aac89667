"""Settings → Change passphrase…: the old one, the new one twice, the shared rule, and a
plain sentence for each outcome (wrong old, weak new, full disk, done)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kastdesk.store import DiskFull, Vault, WrongPassphrase
from kastdesk.ui.settings import ChangePassphraseDialog, SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot, unlock

NEW = "a brand new passphrase"


def _open(qtbot, window) -> tuple[SettingsDialog, ChangePassphraseDialog]:  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.change_passphrase_button.isVisible()
    settings.change_passphrase_button.click()
    dialog = settings.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    return settings, dialog


def _fill(dialog: ChangePassphraseDialog, old: str, new: str) -> None:
    dialog.old.setText(old)
    dialog.new.first.setText(new)
    dialog.new.second.setText(new)


def _submit_and_wait(qtbot, dialog: ChangePassphraseDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)


def test_change_passphrase_from_settings(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    folder: Path = window.folder
    settings, dialog = _open(qtbot, window)
    _fill(dialog, PASSPHRASE, NEW)
    screenshot(dialog, "settings_change_passphrase")
    _submit_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    assert "changed" in settings.passphrase_note.text() and settings.passphrase_note.isVisible()
    assert "recovery key still works" in settings.passphrase_note.text()
    assert any(e.action == "Change passphrase" for e in window.vault.audit_entries(5))
    screenshot(settings, "settings_passphrase_changed")
    settings.reject()

    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    unlock(qtbot, window, NEW)


def test_wrong_current_passphrase_changes_nothing(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    before = (window.folder / "vault.json").read_bytes()
    _settings, dialog = _open(qtbot, window)
    _fill(dialog, "not the passphrase", NEW)
    _submit_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert "not correct" in dialog.message.text() and "nothing was changed" in dialog.message.text()
    assert (window.folder / "vault.json").read_bytes() == before
    # The third wrong one in a row pauses, as on the unlock screen.
    for _ in range(2):
        dialog.old.setText("still not it")
        _submit_and_wait(qtbot, dialog)
    assert not dialog.ok.isEnabled() and "1 second" in dialog.message.text()
    # Closed and opened again, the dialog still pauses and keeps counting: reopening used to
    # start over at nothing, so the pause cost nothing to skip.
    settings = _settings
    dialog.reject()
    settings.change_passphrase_button.click()
    again = [d for d in settings.findChildren(ChangePassphraseDialog) if d.isVisible()]
    assert len(again) == 1 and again[0] is not dialog
    dialog = again[0]
    _fill(dialog, "one more guess", NEW)
    assert not dialog.ok.isEnabled()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=3_000)
    _submit_and_wait(qtbot, dialog)
    assert dialog.failures == 4 and "2 seconds" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=4_000)


def test_weak_or_unchanged_new_passphrase_is_refused_in_words(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    _settings, dialog = _open(qtbot, open_window)
    _fill(dialog, PASSPHRASE, "aaaaaaaaaa")
    assert not dialog.ok.isEnabled()
    assert "different characters" in dialog.new.hint.text()
    _fill(dialog, PASSPHRASE, PASSPHRASE)
    dialog.ok.click()
    assert "same as the one you use now" in dialog.message.text() and not dialog.running


def test_full_disk_before_the_change_keeps_the_old_passphrase(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    from kastdesk.store import vault as vault_module

    def full(*_args: object) -> None:
        raise vault_module.folder_error(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(vault_module, "_write_meta", full)
    _settings, dialog = _open(qtbot, window)
    _fill(dialog, PASSPHRASE, NEW)
    _submit_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert "disk is full" in dialog.message.text() and "not changed" in dialog.message.text()
    monkeypatch.undo()
    dialog.reject()
    window.lock()
    unlock(qtbot, window, PASSPHRASE)


def test_full_disk_after_the_new_passphrase_is_set_says_it_is_set(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    vault = window.vault
    real_record = vault.record

    def record(action: str, *args: object, **kwargs: object) -> None:
        if action == "Change passphrase":
            raise DiskFull()
        real_record(action, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vault, "record", record)
    settings, dialog = _open(qtbot, window)
    _fill(dialog, PASSPHRASE, NEW)
    _submit_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    note = settings.passphrase_note.text()
    assert "is changed" in note and "disk is full" in note
    monkeypatch.undo()
    settings.reject()
    window.lock()
    unlock(qtbot, window, NEW)
