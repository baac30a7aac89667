"""The recovery key leaves no copy behind when the page hides it after the idle time: not
on the clipboard, not on a printout from a print dialog left open, and it is not
confirmed as written down while it is off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from kastdesk.ui.settings import DEFAULT_AUTOLOCK_MINUTES
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot
from tests.ui.test_recovery_key_idle import _at_recovery_page, _go_idle


def _idle_lock(wizard) -> None:  # type: ignore[no-untyped-def]
    _go_idle(wizard, DEFAULT_AUTOLOCK_MINUTES + 1)
    assert wizard.locked


def test_the_key_cannot_be_selected(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _at_recovery_page(qtbot, tmp_path / "v")
    flags = window.create_wizard.recovery_page.key.textInteractionFlags()
    assert not flags & (Qt.TextInteractionFlag.TextSelectableByMouse
                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    window.close()


@pytest.mark.parametrize("part", ["all", "one group"])
def test_the_idle_hide_clears_the_key_from_the_clipboard(qtbot, tmp_path: Path,
                                                         part: str) -> None:  # type: ignore[no-untyped-def]
    window = _at_recovery_page(qtbot, tmp_path / "v")
    wizard = window.create_wizard
    key = wizard.recovery_page.key.text()
    clipboard = QApplication.clipboard()
    clipboard.setText(key if part == "all" else " " + key.split("-")[3].lower() + "\n")

    _idle_lock(wizard)

    assert clipboard.text() == ""
    window.close()


def test_other_text_on_the_clipboard_is_left_alone(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _at_recovery_page(qtbot, tmp_path / "v")
    QApplication.clipboard().setText("a session note's sentence")
    _idle_lock(window.create_wizard)
    assert QApplication.clipboard().text() == "a session note's sentence"
    window.close()


def test_finishing_clears_the_key_from_the_clipboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _at_recovery_page(qtbot, tmp_path / "v")
    wizard = window.create_wizard
    QApplication.clipboard().setText(wizard.recovery_page.key.text(), QClipboard.Mode.Clipboard)
    wizard.recovery_page.confirm.setChecked(True)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None)
    assert QApplication.clipboard().text() == ""
    window.close()


def test_a_print_dialog_left_open_past_the_idle_time_prints_nothing(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import PySide6.QtPrintSupport as print_support

    window = _at_recovery_page(qtbot, tmp_path / "v")
    wizard = window.create_wizard
    page = wizard.recovery_page
    out = tmp_path / "printed.pdf"
    printer_class = print_support.QPrinter
    rejected: list[bool] = []

    class FilePrinter(printer_class):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self.setOutputFormat(printer_class.OutputFormat.PdfFormat)
            self.setOutputFileName(str(out))

    class LeftOpen:
        """The therapist walks away from the print dialog; the idle time passes."""

        DialogCode = print_support.QPrintDialog.DialogCode

        def __init__(self, *_args: object) -> None:
            pass

        def exec(self) -> object:
            _idle_lock(wizard)
            return self.DialogCode.Accepted

        def reject(self) -> None:
            rejected.append(True)

    monkeypatch.setattr(print_support, "QPrinter", FilePrinter)
    monkeypatch.setattr(print_support, "QPrintDialog", LeftOpen)
    page.print_key()

    assert wizard.locked and not out.exists()
    assert rejected == [True]  # the lock closes the print dialog, too
    wizard.unlock_again(PASSPHRASE)
    qtbot.waitUntil(lambda: not wizard.locked, timeout=10_000)
    window.close()


def test_the_key_cannot_be_confirmed_while_it_is_hidden(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _at_recovery_page(qtbot, tmp_path / "v")
    wizard = window.create_wizard
    page = wizard.recovery_page
    key = page.key.text()
    _idle_lock(wizard)
    assert not page.confirm.isEnabled() and not page.confirm.isChecked()
    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
    assert not page.confirm.isChecked()
    screenshot(window, "create_vault_recovery_key_hidden_confirm_off")

    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.key.text() == key, timeout=10_000)
    assert page.confirm.isEnabled()  # the key is back on the screen: it can be confirmed
    screenshot(window, "create_vault_recovery_key_shown")
    window.close()
