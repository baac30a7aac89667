"""The create wizard's recovery-key page locks after the app's idle time: the key leaves the
screen, the new vault is closed, and only the passphrase brings either back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kastdesk.store import KdfParams, Vault, VaultInUse
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.settings import DEFAULT_AUTOLOCK_MINUTES
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot


def _at_recovery_page(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(folder, kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    wizard = window.create_wizard
    wizard.passphrase_page.new.first.setText(PASSPHRASE)
    wizard.passphrase_page.new.second.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    return window


def _go_idle(wizard, minutes: float) -> None:  # type: ignore[no-untyped-def]
    wizard.idle.last_input -= minutes * 60
    wizard.idle.check()


def test_key_is_hidden_and_vault_locked_after_the_apps_idle_time(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    window = _at_recovery_page(qtbot, folder)
    wizard = window.create_wizard
    page = wizard.recovery_page
    key = page.key.text()
    assert wizard.idle.active and wizard.idle.minutes == DEFAULT_AUTOLOCK_MINUTES

    _go_idle(wizard, DEFAULT_AUTOLOCK_MINUTES - 0.5)
    assert page.key.text() == key and wizard.vault is not None

    _go_idle(wizard, DEFAULT_AUTOLOCK_MINUTES + 0.5)
    assert page.key.text() == "" and not page.key.isVisible()
    assert not any(key in label.text() for label in window.findChildren(type(page.key)))
    assert wizard.vault is None and wizard.locked
    assert "hidden" in page.hidden_note.text() and "see the key again" in page.hidden_note.text()
    assert not page.print_button.isEnabled()
    page.confirm.setChecked(True)  # not enough: the vault is locked
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    page.confirm.setChecked(False)
    screenshot(window, "create_vault_recovery_key_hidden")
    # Locked for real: the keys are dropped and the folder's lock released.
    Vault.unlock(folder, PASSPHRASE).close()

    page.passphrase.setText("not the passphrase")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not wizard.unlocking and bool(page.message.text())
                    and page.message.text() != "Unlocking…", timeout=10_000)
    assert "not correct" in page.message.text() and page.key.text() == ""

    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.key.text() == key, timeout=10_000)
    assert wizard.vault is not None and not wizard.locked and wizard.idle.active
    assert not page.locked_box.isVisible() and page.print_button.isEnabled()
    page.confirm.setChecked(True)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None)
    window.close()


def test_once_confirmed_the_passphrase_opens_the_vault_without_the_key(
    qtbot, tmp_path: Path
) -> None:
    window = _at_recovery_page(qtbot, tmp_path / "v")
    wizard = window.create_wizard
    page = wizard.recovery_page
    page.confirm.setChecked(True)
    _go_idle(wizard, DEFAULT_AUTOLOCK_MINUTES + 1)
    assert wizard.locked and page.key.text() == "" and wizard.recovery_key == ""
    assert "open the vault" in page.hidden_note.text() and not page.confirm.isEnabled()
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.workbench
    window.close()


def test_the_vault_stays_open_while_someone_is_there(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    window = _at_recovery_page(qtbot, folder)
    wizard = window.create_wizard
    _go_idle(wizard, 1)
    assert not wizard.locked and wizard.vault is not None
    try:
        Vault.unlock(folder, PASSPHRASE)
    except VaultInUse:
        pass
    else:
        raise AssertionError("the wizard's vault should still hold its lock")
    wizard.vault.close()
    window.close()
