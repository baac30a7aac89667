"""A vault that was moved or renamed is said to be missing, with its path, and can be found.

It used to look like a first run: "Create your vault" and nothing else, so a therapist
whose vault folder had moved was led to make a new, empty vault.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.start.missing import remember_folder, remembered_folder, start_folder
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot, unlock


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot, folder: Path, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(folder, kdf=KdfParams.for_tests(), **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_which_folder_the_app_opens_and_whether_a_vault_is_expected(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    default = tmp_path / "data" / "vault"
    # First run: the default folder, never used: the welcome, not "missing".
    assert start_folder(None, settings, default) == (default, False)
    # A vault once opened is remembered; gone from there, it is missing, not new.
    moved = tmp_path / "Documents" / "KastDesk"
    remember_folder(settings, moved)
    assert remembered_folder(_settings(tmp_path)) == moved
    assert start_folder(None, _settings(tmp_path), default) == (moved, True)
    # --vault names the folder: nothing there is news too.
    assert start_folder(tmp_path / "named", settings, default) == (tmp_path / "named", True)
    # Nothing remembered, but the default folder holds what is left of a vault.
    fresh = _settings(tmp_path / "other")
    default.mkdir(parents=True)
    (default / "cases").mkdir()
    assert start_folder(None, fresh, default) == (default, True)


def test_a_moved_vault_is_said_to_be_missing_and_can_be_chosen(
    qtbot, demo_vault: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    old = tmp_path / "Case files"
    moved = tmp_path / "Case files (2025)"
    shutil.move(str(demo_vault), str(moved))
    remembered: list[Path] = []
    window = _window(qtbot, old, expect_vault=True, remember_folder=remembered.append)

    screen = window.missing_screen
    assert screen is not None and screen.isVisible()
    assert window.create_wizard is None  # no "Create your vault" as if this were a first run
    text = screen.explanation.text()
    assert "No vault was found" in text and str(old) in text
    assert screen.choose_button.isVisible() and screen.create_button.isVisible()
    screenshot(window, "missing_vault")

    # The folder dialog starts where the vault was, at the nearest part that still exists
    # (found by the screen's first look, off the UI thread).
    qtbot.waitUntil(lambda: screen.last_look is not None)
    screen.choose_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == tmp_path
    dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)

    # A folder without vault.json: one sentence, and nothing else happens.
    assert not screen.use_folder(tmp_path)
    assert "vault.json" in screen.message.text() and str(tmp_path) in screen.message.text()
    assert window.missing_screen is screen and window.create_wizard is None
    screenshot(window, "missing_vault_wrong_folder")

    # The folder it was moved to: the unlock screen for it, and it is remembered once open.
    screen.use_folder(moved)
    assert window.folder == moved
    assert window.unlock_screen is not None and window.unlock_screen.isVisible()
    assert window.unlock_screen.folder == moved
    unlock(qtbot, window)
    assert remembered == [moved]
    assert window.register.model.rowCount() > 0
    window.close()


def test_a_new_vault_can_still_be_made_and_the_choice_taken_back(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "gone"
    window = _window(qtbot, folder, expect_vault=True)
    window.missing_screen.create_button.click()
    wizard = window.create_wizard
    assert wizard is not None and wizard.isVisible()
    cancel = wizard.button(wizard.WizardButton.CancelButton)
    assert cancel.isVisible()
    cancel.click()
    assert window.create_wizard is None or not window.create_wizard.isVisible()
    assert window.missing_screen.isVisible()

    window.missing_screen.watch.setInterval(20)
    window.missing_screen.create_button.click()
    wizard = window.create_wizard
    page = wizard.passphrase_page
    page.new.first.setText(PASSPHRASE)
    page.new.second.setText(PASSPHRASE)
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    assert Vault.is_vault(folder)
    # The missing screen's look for the folder does not take the new vault for the lost
    # one and replace the wizard while it shows the recovery key (shown once, never again).
    qtbot.wait(200)
    assert window.create_wizard is wizard and wizard.isVisible()
    assert wizard.currentPage() is wizard.recovery_page
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.vault is not None)
    window.close()


def test_a_first_run_keeps_the_welcome(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path / "new")
    assert window.missing_screen is None
    wizard = window.create_wizard
    assert wizard is not None and wizard.isVisible()
    assert not wizard.button(wizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # Escape: an embedded wizard must not vanish and leave the window empty
    assert wizard.isVisible()
    window.close()


def test_a_vault_moved_while_open_is_missing_after_the_lock(
    qtbot, demo_vault: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, demo_vault)  # opened once: from now on a vault is expected here
    unlock(qtbot, window)
    shutil.move(str(demo_vault), str(tmp_path / "elsewhere"))
    window.lock()
    assert window.missing_screen is not None and window.missing_screen.isVisible()
    assert window.create_wizard is None
    window.missing_screen.use_folder(tmp_path / "elsewhere")
    unlock(qtbot, window)
    window.close()


def test_a_vault_on_a_stick_plugged_in_later_opens_by_itself(
    qtbot, demo_vault: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A vault on a memory stick not yet plugged in: the screen said to choose the folder
    where it is now, as if it had been moved. It is looked for again, and opens."""
    stick = tmp_path / "stick"
    shutil.move(str(demo_vault), str(stick))
    mount = tmp_path / "media" / "KASTDESK"
    window = _window(qtbot, mount, expect_vault=True)
    screen = window.missing_screen
    assert screen is not None and "memory stick" in screen.explanation.text()
    screen.watch.setInterval(50)
    qtbot.wait(200)
    assert window.missing_screen is screen  # nothing there yet: still waiting
    mount.parent.mkdir(parents=True)
    shutil.move(str(stick), str(mount))  # plugged in
    qtbot.waitUntil(lambda: window.unlock_screen is not None
                    and window.unlock_screen.isVisible(), timeout=3000)
    assert window.folder == mount
    window.close()
