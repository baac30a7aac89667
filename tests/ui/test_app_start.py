"""Start screens driven as a user would: create a vault, unlock, wrong passphrases, recovery."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.start.recovery import RecoveryDialog
from kastdesk.ui.start.unlock import delay_after
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot, unlock


def test_create_vault_through_the_wizard(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    window = MainWindow(folder, kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    wizard = window.create_wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.passphrase_page
    commit = wizard.button(wizard.WizardButton.CommitButton)

    page.new.first.setText("short")
    page.new.second.setText("short")
    assert not page.isComplete()
    assert "10 characters" in page.new.hint.text()

    page.new.first.setText(PASSPHRASE)
    page.new.second.setText(PASSPHRASE + "x")
    assert not page.isComplete()
    assert page.new.match.text()
    page.new.second.setText(PASSPHRASE)
    assert page.isComplete() and commit.isEnabled()
    screenshot(window, "create_vault")

    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    key = wizard.recovery_page.key.text()
    assert len(key) > 20
    assert Vault.is_vault(folder)
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the checkbox is required
    screenshot(window, "create_vault_recovery_key")
    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None)
    assert window.stack.currentWidget() is window.workbench
    assert window.register.model.rowCount() == 0
    window.close()

    # The key shown really opens the vault.
    recovered = Vault.recover(folder, key, "another long passphrase")
    recovered.close()


def test_delay_grows_after_repeated_failures() -> None:
    assert [delay_after(n) for n in range(1, 8)] == [0, 0, 1, 2, 4, 8, 16]
    assert delay_after(100) == 300


def test_wrong_then_right_passphrase(qtbot, main_window) -> None:
    screen = main_window.unlock_screen
    screenshot(main_window, "unlock")
    for attempt in (1, 2):
        screen.passphrase.setText("not the passphrase")
        screen.unlock_button.click()
        qtbot.waitUntil(lambda n=attempt: screen.failures == n, timeout=10_000)
        assert "not correct" in screen.message.text()
        assert screen.unlock_button.isEnabled()
    screen.passphrase.setText("still not it")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.failures == 3, timeout=10_000)
    assert screen.waiting and not screen.unlock_button.isEnabled()
    assert "1 second" in screen.message.text()
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()  # ignored while the countdown runs
    assert main_window.vault is None
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=3_000)
    unlock(qtbot, main_window)
    assert main_window.register.model.rowCount() == 6


def test_second_instance_is_told_the_vault_is_open(qtbot, open_window) -> None:
    other = MainWindow(open_window.folder)
    qtbot.addWidget(other)
    other.show()
    screen = other.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: "already open" in screen.message.text(), timeout=10_000)
    assert other.vault is None
    assert screen.failures == 0  # not counted as a wrong passphrase
    screenshot(other, "unlock_vault_in_use")
    other.close()


def test_recovery_key_path(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, key = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.close()
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    window.unlock_screen.recover_button.click()
    dialog = window.unlock_screen.findChild(RecoveryDialog, "recoveryDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.key.setText("AAAA-BBBB")
    dialog.new.first.setText("a brand new passphrase")
    dialog.new.second.setText("a brand new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert window.vault is None
    dialog.key.setText(key)
    dialog.submit()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    window.close()
    Vault.unlock(folder, "a brand new passphrase").close()


def test_demo_is_built_in_a_worker_and_opened(qtbot, tmp_path: Path) -> None:
    from kastdesk.ui.app import DEMO_PASSPHRASE, start_demo

    window = MainWindow(tmp_path / "demo" / "vault", demo_passphrase=DEMO_PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "KastDesk — DEMO"
    start_demo(window, clients=2, kdf=KdfParams.for_tests())
    assert window.waiting_label.isVisible()  # the window paints while the worker runs
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)
    assert window.register.model.rowCount() == 2
    window.lock()
    assert DEMO_PASSPHRASE in window.unlock_screen.demo_hint.text()
    assert window.unlock_screen.demo_hint.isVisible()
    screenshot(window, "unlock_demo")
    unlock(qtbot, window, DEMO_PASSPHRASE)
    window.close()


def test_recovery_key_prints_without_a_printer(qtbot, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from kastdesk.ui.start.create import CreateVaultWizard

    wizard = CreateVaultWizard(tmp_path / "v", kdf=KdfParams.for_tests())
    qtbot.addWidget(wizard)
    wizard.recovery_key = "ABCDE-FGHIJ"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    wizard.recovery_page.document().print_(printer)
    assert (tmp_path / "key.pdf").stat().st_size > 500
