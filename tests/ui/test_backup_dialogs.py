"""File → Back up vault… and Restore from backup…, and the start screens' restore link,
with real widgets: what the therapist sees, presses and is told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from kastdesk.store import KdfParams, Vault
from kastdesk.store.backup import make_backup
from kastdesk.ui.backup import BackupDialog, RestoreDialog
from kastdesk.ui.main_window import MainWindow
from tests.conftest import ANCHOR, PASSPHRASE
from tests.ui.conftest import screenshot, unlock, when_modal


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _close_boxes() -> None:
    for box in _message_boxes():
        box.close()


def _backup_of(folder: Path, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        make_backup(vault, out, now=datetime(2026, 10, 30, 16, 5, tzinfo=UTC))
    return out


def _restore_dialog(window: MainWindow) -> RestoreDialog:
    window.restore_from_backup()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    return dialog


def _check(qtbot, dialog: RestoreDialog, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    dialog.path.setText(str(path))
    dialog.passphrase.setText(passphrase)
    assert dialog.check_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)


# -- backing up --------------------------------------------------------------------------------
def test_backup_from_the_file_menu(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    assert "No backup yet" in window.status_label.text()
    assert not window.backup_reminder.isVisible()  # a vault made today is not nagged
    stick = tmp_path / "USB stick"
    stick.mkdir()
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.path.text().endswith(".kastbak") and "KastDesk-backup-" in dialog.path.text()
    assert "No backup of this vault has been made yet" in dialog.last.text()
    dialog.path.setText(str(stick / "clinic"))  # the suffix is added
    qtbot.wait(50)  # the dialog fits its height to its texts once shown
    screenshot(dialog, "backup_dialog")

    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    made = stick / "clinic.kastbak"
    assert made.is_file() and [p.name for p in stick.iterdir()] == ["clinic.kastbak"]
    qtbot.waitUntil(lambda: bool(_message_boxes()))
    [box] = _message_boxes()
    assert f"The backup was saved: {made}" in box.text()
    screenshot(box, "backup_saved")
    _close_boxes()
    entry = window.vault.audit_entries(1)[0]
    assert entry.action == "Back up vault" and entry.detail["path"] == str(made)
    assert "Last backup: today" in window.status_label.text()

    # The next backup starts in the same folder, with a dated name.
    window.back_up_vault()
    again = next(d for d in window.findChildren(BackupDialog) if d.isVisible())
    assert Path(again.path.text()).parent == stick
    assert "Last backup:" in again.last.text()
    again.reject()


def test_an_existing_file_is_replaced_only_on_a_second_press(
    qtbot, open_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = open_window
    target = tmp_path / "b.kastbak"
    target.write_bytes(b"an older backup")
    window.back_up_vault()
    dialog = window.findChild(BackupDialog)
    dialog.path.setText(str(target))
    dialog.backup_button.click()
    assert "press Back up again" in dialog.message.text()
    assert target.read_bytes() == b"an older backup" and dialog._task is None
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert target.read_bytes()[:2] == b"PK"
    _close_boxes()


def test_the_vault_folder_is_refused_in_one_sentence(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    window.back_up_vault()
    dialog = window.findChild(BackupDialog)
    dialog.path.setText(str(window.folder / "b.kastbak"))
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "vault's own folder" in dialog.message.text() and dialog.isVisible()
    assert dialog.backup_button.isEnabled()
    assert not (window.folder / "b.kastbak").exists()
    screenshot(dialog, "backup_dialog_refused")
    dialog.reject()


def test_the_status_line_reminds_gently_after_the_reminder_days(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    made = datetime.combine(ANCHOR - timedelta(days=45), datetime.min.time()).astimezone()
    window.vault.set_setting("last_backup_at", made.isoformat())
    window._update_status_text()
    assert "Last backup: 45 days ago" in window.status_label.text()
    assert window.backup_reminder.isVisible() and window.backup_reminder.isEnabled()
    screenshot(window, "status_backup_reminder")
    window.backup_reminder.click()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reminder.setValue(0)  # "never"
    assert dialog.reminder.text() == "never"
    dialog.path.setText("")
    dialog.backup_button.click()  # no path: said, and the reminder setting waits for a backup
    assert "Choose where" in dialog.message.text()
    dialog.reject()
    window.vault.set_setting("backup_reminder_days", "60")
    window._update_status_text()
    assert not window.backup_reminder.isVisible()
    window.lock()
    assert not window.backup_reminder.isVisible() and window.status_label.text() == ""


# -- restoring -----------------------------------------------------------------------------------
def test_restore_over_the_open_vault_keeps_it_aside(
    qtbot, main_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = main_window
    backup = _backup_of(window.folder, tmp_path / "usb" / "b.kastbak")
    unlock(qtbot, window)
    window.vault.add_client("K-AFTER")
    window.vault.close_case(window.vault.client_by_code("K-AFTER").id)
    dialog = _restore_dialog(window)
    assert "will be moved to" in dialog.where.text() and "before-restore" in dialog.where.text()
    _check(qtbot, dialog, backup)
    assert dialog.found.text().startswith("✓ A complete backup from ")
    assert "6 clients" in dialog.found.text()
    assert dialog.restore_button.isEnabled()
    screenshot(dialog, "restore_dialog_checked")

    seen: list[str] = []

    def confirm(box: QMessageBox) -> None:
        seen.append(box.text())
        screenshot(box, "restore_confirm")
        go = next(b for b in box.buttons() if b.text() == "Move aside and restore")
        go.click()

    timer = when_modal(QMessageBox, confirm)
    dialog.restore_button.click()
    timer.stop()
    assert seen and "kept there, unchanged" in seen[0]
    qtbot.waitUntil(lambda: window.vault is not None and window.restore_dialog is None,
                    timeout=20_000)
    assert "K-AFTER" not in [c.code for c in window.vault.clients()]
    [aside] = [p for p in window.folder.parent.iterdir() if "before-restore" in p.name]
    qtbot.waitUntil(lambda: bool(_message_boxes()))
    [box] = _message_boxes()
    assert "restored from the backup from" in box.text() and str(aside) in box.text()
    screenshot(box, "restore_done_message")
    screenshot(window, "restore_done")
    _close_boxes()
    with Vault.unlock(aside, PASSPHRASE) as old:  # the vault it replaced, whole
        assert "K-AFTER" in [c.code for c in old.clients()]


def test_cancelling_the_confirmation_changes_nothing(
    qtbot, main_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = main_window
    backup = _backup_of(window.folder, tmp_path / "b.kastbak")
    unlock(qtbot, window)
    dialog = _restore_dialog(window)
    _check(qtbot, dialog, backup)
    timer = when_modal(QMessageBox, lambda box: box.reject())
    dialog.restore_button.click()
    timer.stop()
    assert window.vault is not None and dialog.isVisible()  # still open, nothing moved
    assert [p for p in window.folder.parent.iterdir() if "before-restore" in p.name] == []
    dialog.reject()


def test_a_wrong_passphrase_or_a_damaged_file_is_said_and_restores_nothing(
    qtbot, main_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = main_window
    backup = _backup_of(window.folder, tmp_path / "b.kastbak")
    dialog = _restore_dialog(window)  # from the locked window's start screen
    _check(qtbot, dialog, backup, "not the passphrase at all")
    assert "does not open this backup" in dialog.message.text()
    assert not dialog.restore_button.isEnabled() and dialog.found.text() == ""
    screenshot(dialog, "restore_dialog_wrong_passphrase")

    short = tmp_path / "short.kastbak"
    short.write_bytes(backup.read_bytes()[:-300])
    _check(qtbot, dialog, short)
    assert "incomplete or damaged" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()
    assert window.vault is None and Vault.is_vault(window.folder)


def test_the_recovery_key_path_asks_for_a_new_passphrase(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1")
    make_backup(vault, tmp_path / "b.kastbak")
    vault.close()
    window = MainWindow(folder, kdf=KdfParams.for_tests(), today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    dialog = _restore_dialog(window)
    dialog.switch_button.click()
    assert dialog.recovery_key.isVisible() and not dialog.passphrase.isVisible()
    assert dialog.new.isVisible()
    dialog.path.setText(str(tmp_path / "b.kastbak"))
    dialog.recovery_key.setText(recovery)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)
    assert dialog.found.text().startswith("✓") and not dialog.restore_button.isEnabled()
    dialog.new.first.setText("a new passphrase now")
    dialog.new.second.setText("a new passphrase now")
    assert dialog.restore_button.isEnabled()
    screenshot(dialog, "restore_dialog_recovery_key")
    timer = when_modal(QMessageBox, lambda box: next(
        b for b in box.buttons() if b.text() == "Move aside and restore").click())
    dialog.restore_button.click()
    timer.stop()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)
    _close_boxes()
    window.lock()
    unlock(qtbot, window, "a new passphrase now")
    window.close()


def test_a_vault_that_will_not_open_is_restored_from_the_start_screen(
    qtbot, main_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = main_window
    backup = _backup_of(window.folder, tmp_path / "b.kastbak")
    (window.folder / "index.kdb").unlink()
    screen = window.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: "index" in screen.message.text(), timeout=10_000)
    assert window.restore_link.isVisible()
    screenshot(window, "unlock_damaged_restore_link")
    window.restore_link.click()
    dialog = window.restore_dialog
    _check(qtbot, dialog, backup)
    timer = when_modal(QMessageBox, lambda box: next(
        b for b in box.buttons() if b.text() == "Move aside and restore").click())
    dialog.restore_button.click()
    timer.stop()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)
    assert len(window.vault.clients()) == 6 and window.vault.verify() == []
    assert not window.restore_link.isVisible()
    _close_boxes()


def test_a_first_run_offers_restore_instead_of_a_new_vault(
    qtbot, demo_vault: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    backup = _backup_of(demo_vault, tmp_path / "b.kastbak")
    folder = tmp_path / "new laptop" / "vault"
    window = MainWindow(folder, kdf=KdfParams.for_tests(), today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    assert window.create_wizard is not None and window.create_wizard.isVisible()
    assert window.restore_link.isVisible()
    screenshot(window, "first_run_restore_link")
    dialog = _restore_dialog(window)
    assert "will be restored into" in dialog.where.text()
    _check(qtbot, dialog, backup)
    dialog.restore_button.click()  # nothing to move aside: no question
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)
    assert window.create_wizard is None and len(window.vault.clients()) == 6
    [box] = _message_boxes()
    assert "moved to" not in box.text()
    _close_boxes()
    window.close()


def test_no_restore_link_in_the_demo_or_once_a_new_vault_exists(
    qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    demo = MainWindow(tmp_path / "demo", demo_passphrase="demo demo demo demo",
                      kdf=KdfParams.for_tests())
    qtbot.addWidget(demo)
    demo.show()
    assert not demo.restore_link.isVisible()
    window = MainWindow(tmp_path / "fresh", kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    wizard = window.create_wizard
    assert window.restore_link.isVisible()
    wizard.passphrase_page.new.first.setText(PASSPHRASE)
    wizard.passphrase_page.new.second.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.vault is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.restore_link.isVisible())
    wizard.vault.close()


def test_a_lock_while_the_backup_is_written_waits_for_it(
    qtbot, open_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The idle lock (or Ctrl+L) during a backup: the backup is finished and recorded
    first, then the vault closes; no error is shown, and nothing is left half-written."""
    window = open_window
    stick = tmp_path / "stick"
    stick.mkdir()
    window.back_up_vault()
    dialog = window.findChild(BackupDialog)
    dialog.path.setText(str(stick / "b.kastbak"))
    dialog.backup_button.click()
    assert window.lock()
    qtbot.wait(100)  # the worker's queued answer arrives at a dialog the lock closed
    assert [p.name for p in stick.iterdir()] == ["b.kastbak"]
    # At most the calm "saved" note (a path and a size, nothing of a case), never an error.
    assert all(box.text().startswith("The backup was saved") for box in _message_boxes())
    _close_boxes()
    unlock(qtbot, window)
    actions = [e.action for e in window.vault.audit_entries(5)]
    assert "Back up vault" in actions
    assert "Last backup: today" in window.status_label.text()



def test_a_failure_arriving_after_the_dialog_was_deleted_is_not_shown_in_it(
    qtbot, open_window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A lock while a failing backup is written (its folder is a file): the lock closes
    the dialog, and Qt may delete it before the worker's queued failure is delivered (a
    deferred delete has no promised order against a queued signal; here it is made to
    come first). The failure then reached ``_failed``, which wrote into the deleted
    dialog (a RuntimeError from the slot); ``_done`` was already guarded. The vault is
    locked all the same and the file where a folder was expected is untouched."""
    window = open_window
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_text("a fictional file where a folder was expected\n")
    window.back_up_vault()
    dialog = window.findChild(BackupDialog)
    dialog.path.setText(str(not_a_folder / "b.kastbak"))
    dialog.backup_button.click()
    task = dialog._task
    assert task is not None
    assert window.lock()  # waits for the worker: its failure is queued, not delivered
    QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)  # the failure is delivered
    assert window.vault is None
    assert not_a_folder.read_text().startswith("a fictional file")
    _close_boxes()
