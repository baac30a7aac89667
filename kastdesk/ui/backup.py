"""File → Back up vault… and Restore from backup…: the store's backups, for people who are
not IT people.

Backing up asks only where to (a dated name is filled in) and runs in a worker with
progress, while the app may go on saving. Restoring checks the chosen file first (that it
is a whole KastDesk backup and that the passphrase of its day, or the recovery key, opens
it), says where the vault now in the folder will be kept, and asks once more before it
moves anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import StoreError, Vault
from kastdesk.store.backup import (
    BACKUP_SUFFIX,
    MAX_REMINDER_DAYS,
    BackupInfo,
    BackupResult,
    BackupWrongPassphrase,
    BackupWrongRecoveryKey,
    Restored,
    aside_folder,
    check_backup,
    default_backup_name,
    holds_vault,
    last_backup,
    last_backup_path,
    make_backup,
    reminder_days,
    restore_backup,
    set_reminder_days,
)
from kastdesk.ui.common import Task, WrappingLabel, error_text, plural, run_in_thread, run_op
from kastdesk.ui.files import open_file_name, save_file_name
from kastdesk.ui.link import LinkButton
from kastdesk.ui.start.passphrase import NewPassphrase
from kastdesk.ui.start.unlock import delay_after


def when_text(when: datetime) -> str:
    """A backup's time in the app's language, on the computer's clock ("3 December 2026,
    10:15"); the order and the month's name are the language's own."""
    from kastdesk.ui.app import language_locale  # kastdesk.ui.app imports the main window

    local = when.astimezone()
    locale = language_locale()
    day = locale.toString(QDate(local.year, local.month, local.day), QCoreApplication.translate(
        "Backup", "d MMMM yyyy", "a backup's day (QDate format)"))
    time = locale.toString(QTime(local.hour, local.minute), "HH:mm")
    return QCoreApplication.translate("Backup", "{day}, {time}").format(day=day, time=time)


def size_text(size: int) -> str:
    """A backup's size in whole kilobytes or megabytes (no decimal separator to get wrong)."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("Backup", "{n} KB").format(n=max(1, round(size / 1024)))
    return QCoreApplication.translate("Backup", "{n} MB").format(n=round(size / (1024 * 1024)))


def last_backup_text(vault: Vault, today: datetime) -> str:
    """For the status line: "Last backup: 12 days ago", "Last backup: today", "No backup yet".

    Days are counted on the calendar of ``today`` (the app's clock), never below zero.
    """
    when = last_backup(vault)
    if when is None:
        return QCoreApplication.translate("Backup", "No backup yet")
    days = max(0, (today.date() - when.astimezone().date()).days)
    if days == 0:
        return QCoreApplication.translate("Backup", "Last backup: today")
    if days == 1:
        return QCoreApplication.translate("Backup", "Last backup: yesterday")
    # Two days or more here: one plural form, so a plain text (lupdate makes a plural message
    # only of a widget's own self.tr, and this one stayed English in every count).
    return QCoreApplication.translate("Backup", "Last backup: {n} days ago").format(n=days)


def _fit(dialog: QDialog, width: int) -> None:
    """Give ``dialog`` a fixed width and, once its wrapped texts know that width, the
    height they need: measured before, every paragraph counted the lines it has when
    a word wide, and the dialog opened with gaps between them.

    ``width`` is for the usual font; a larger one (a therapist who enlarged the fonts)
    widens the dialog by as much, up to the screen, so its labels leave the fields room.
    """
    width = max(width, dialog.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS)
    screen = dialog.screen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width() - 40)
    dialog.setFixedWidth(width)

    def fit(again: bool) -> None:
        layout = dialog.layout()
        if layout is not None:
            layout.activate()  # the labels learn their width, and their height with it
        # At this width: the size hint's height is for the hint's own, narrower width.
        height = dialog.heightForWidth(width)
        dialog.resize(width, height if height > 0 else dialog.sizeHint().height())
        if again:  # a label rewrapped at its new width may need one more line, or fewer
            QTimer.singleShot(0, dialog, lambda: fit(False))

    QTimer.singleShot(0, dialog, lambda: fit(True))  # not once the dialog is gone


#: The backup dialogs are at least this many average characters wide.
WIDTH_IN_CHARACTERS = 66


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class BackupDialog(QDialog):
    """Where to write the backup, and how often to be reminded; ``saved(result)`` once the
    backup is written and recorded in the vault's audit log."""

    saved = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up vault"))
        self.vault = vault
        self._now = now or (lambda: datetime.now(UTC))
        self._task: Task | None = None
        self._replace_confirmed: Path | None = None
        self.result: BackupResult | None = None

        intro = WrappingLabel(self.tr(
            "KastDesk writes the whole vault into one file: the register, every client's case "
            "file and the settings. The file stays encrypted; it opens with the vault's "
            "passphrase as it is now, or with the recovery key."), self)
        advice = WrappingLabel(self.tr(
            "Keep backups away from the laptop, on a USB stick or disk that is locked away in "
            "the clinic: a backup is as confidential as the vault."), self)
        advice.setObjectName("muted")
        since = last_backup(vault)
        self.last = WrappingLabel(
            self.tr("Last backup: {when}.").format(when=when_text(since)) if since
            else self.tr("No backup of this vault has been made yet."), self)
        self.last.setObjectName("lastBackup")

        self.path = QLineEdit(str(self._default_path()), self)
        self.path.setObjectName("backupPath")
        self.path.setAccessibleName(self.tr("Save the backup as"))
        self.path.textChanged.connect(self._path_changed)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseBackupPath")
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)

        self.reminder = QSpinBox(self)
        self.reminder.setObjectName("backupReminderDays")
        self.reminder.setRange(0, MAX_REMINDER_DAYS)
        self.reminder.setSpecialValueText(self.tr("never"))
        self.reminder.setSuffix(self.tr(" days"))
        self.reminder.setValue(reminder_days(vault))
        self.reminder.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        reminder_note = WrappingLabel(self.tr(
            "The status line says when the last backup was made, and offers a new one once it "
            "is older than this."), self)
        reminder_note.setObjectName("muted")

        # The label is the field's own (its buddy): a row of a field and a button gets none.
        path_label = QLabel(self.tr("&Save the backup as:"), self)
        path_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(path_label, row)
        form.addRow(self.tr("&Remind me after:"), self.reminder)

        self.message = WrappingLabel("", self)
        self.message.setObjectName("backupMessage")
        self.message.setProperty("role", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.backup_button = buttons.addButton(self.tr("Back up"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.backup_button.setObjectName("backupButton")
        self.backup_button.setDefault(True)
        buttons.accepted.connect(self.back_up)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(advice)
        layout.addSpacing(4)
        layout.addWidget(self.last)
        layout.addSpacing(4)
        layout.addLayout(form)
        # Below the form, not in it: QFormLayout sized a wrapped field for a narrower width
        # and left a gap of three empty lines under it.
        layout.addWidget(reminder_note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _fit(self, 580)

    def _default_path(self) -> Path:
        """A dated name in the folder the last backup went to (a USB stick not plugged in
        falls back to Documents)."""
        last = last_backup_path(self.vault)
        folder = last.parent if last is not None and last.parent.is_dir() else _documents()
        return folder / default_backup_name(self._now())

    def choose(self) -> None:
        name = save_file_name(
            self, self.tr("Save the backup"), self.path.text(),
            self.tr("KastDesk backups (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if name:
            self.path.setText(name)
            self._replace_confirmed = self._target()  # the file dialog asked about replacing

    def _path_changed(self) -> None:
        self._replace_confirmed = None
        self.message.clear()

    def _target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix != BACKUP_SUFFIX and not path.is_dir():
            path = path.with_name(path.name + BACKUP_SUFFIX)
        return path

    def back_up(self) -> None:
        if self._task is not None:
            return
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose where to save the backup."))
            return
        target = self._target()
        if target.is_dir():
            target = target / default_backup_name(self._now())
        if target.exists() and self._replace_confirmed != target:
            self._replace_confirmed = target
            self.message.setText(self.tr(
                "{name} is there already; press Back up again to replace it with a new backup."
            ).format(name=target.name))
            return
        vault, days = self.vault, self.reminder.value()
        if days != reminder_days(vault) and run_op(
                self, lambda: set_reminder_days(vault, days) or True) is None:
            return
        self.message.clear()
        self.backup_button.setEnabled(False)
        now = self._now()
        self._task = run_in_thread(
            self, lambda progress: make_backup(vault, target, progress=progress, now=now),
            self._done, on_failed=self._failed, label=self.tr("Writing the backup…"))

    def _done(self, result: BackupResult) -> None:
        if not shiboken6.isValid(self):  # a lock closed the dialog while the backup ran
            return
        self._task = None
        self.result = result
        self.accept()
        self.saved.emit(result)

    def _failed(self, exc: BaseException) -> None:
        # As _done: a lock may close and delete the dialog before a failing backup's
        # answer is delivered; the lock said nothing of it, and nothing is left to show it.
        if not shiboken6.isValid(self):
            return
        self._task = None
        self.backup_button.setEnabled(True)
        self.message.setText(error_text(exc))


class RestoreDialog(QDialog):
    """Choose a backup, check it with the passphrase of its day (or the recovery key), then
    restore it into ``folder``. ``restored(Restored)`` with the restored vault open.

    ``before_restore()`` runs once the therapist confirmed, before anything is moved: the
    main window saves and closes the open vault there (False: it could not, wait).
    """

    restored = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None, *,
                 before_restore: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.folder = Path(folder)
        self._before_restore = before_restore or (lambda: True)
        self._task: Task | None = None
        self._checked: tuple[str, str, str] | None = None  # the inputs the check was for
        self.info: BackupInfo | None = None
        self.failures = 0
        self._use_recovery = False

        intro = WrappingLabel(self.tr(
            "Choose a backup file. KastDesk checks that it is complete and that it opens before "
            "anything is changed."), self)
        self.path = QLineEdit(self)
        self.path.setObjectName("restorePath")
        self.path.setPlaceholderText(self.tr("Backup file (.kastbak)"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseBackupFile")
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)

        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setObjectName("restoreRecoveryKey")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.recovery_key.setFont(mono)
        self.recovery_key.setPlaceholderText(self.tr("Recovery key"))
        self.new = NewPassphrase(self)
        # Wraps where it is too long for the field's column (Norwegian, a larger font).
        self.switch_button = LinkButton("", self)
        self.switch_button.clicked.connect(lambda: self.use_recovery_key(not self._use_recovery))

        path_label = QLabel(self.tr("&Backup file:"), self)
        path_label.setBuddy(self.path)
        self.form = QFormLayout()
        self.form.addRow(path_label, row)
        self.form.addRow(self.tr("&Passphrase when it was made:"), self.passphrase)
        self.form.addRow(self.tr("Recovery &key:"), self.recovery_key)
        self.form.addRow("", self.switch_button)

        self.check_button = QPushButton(self.tr("Check the backup"), self)
        self.check_button.setObjectName("checkBackupButton")
        self.check_button.clicked.connect(self.check)
        self.found = WrappingLabel("", self)
        self.found.setObjectName("backupFound")
        self.message = WrappingLabel("", self)
        self.message.setObjectName("restoreMessage")
        self.message.setProperty("role", "error")
        self.where = WrappingLabel("", self)
        self.where.setObjectName("restoreWhere")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.new)
        layout.addLayout(check_row)
        layout.addWidget(self.found)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        layout.addWidget(self.where)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for edit in (self.path, self.passphrase, self.recovery_key):
            edit.textChanged.connect(self._inputs_changed)
        self.passphrase.returnPressed.connect(self.check)
        self.new.changed.connect(self._update)
        self.use_recovery_key(False)
        self._show_where()
        _fit(self, 620)

    # -- inputs ------------------------------------------------------------------------
    def use_recovery_key(self, on: bool) -> None:
        """The recovery key instead of the passphrase (which may have changed since the
        backup was made); a new passphrase is then chosen, as when recovering."""
        self._use_recovery = on
        for widget, shown in ((self.passphrase, not on), (self.recovery_key, on)):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self.new.setVisible(on)
        self.switch_button.setText(
            self.tr("Use the passphrase instead") if on
            else self.tr("Passphrase changed or forgotten? Use the recovery key…"))
        self._inputs_changed()
        _fit(self, 620)

    def choose(self) -> None:
        start = self.path.text() or str(_documents())
        name = open_file_name(
            self, self.tr("Choose a backup"), start,
            self.tr("KastDesk backups (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if name:
            self.path.setText(name)

    def _inputs(self) -> tuple[str, str, str]:
        secret = self.recovery_key.text() if self._use_recovery else self.passphrase.text()
        return self.path.text().strip(), "recovery" if self._use_recovery else "passphrase", secret

    def _inputs_changed(self) -> None:
        if self._checked is not None and self._checked != self._inputs():
            self._checked = None
            self.info = None
            self.found.clear()
        self.message.clear()
        self._update()

    def _update(self) -> None:
        path, _kind, secret = self._inputs()
        busy = self._task is not None
        self.check_button.setEnabled(bool(path and secret) and not busy
                                     and not self._waiting)
        ready = self._checked is not None and (not self._use_recovery or self.new.valid)
        self.restore_button.setEnabled(ready and not busy)
        for widget in (self.path, self.choose_button, self.passphrase, self.recovery_key,
                       self.switch_button, self.new):
            widget.setEnabled(not busy)

    _waiting = False

    def _show_where(self) -> None:
        try:
            replacing = holds_vault(self.folder)
        except StoreError as exc:  # the folder is a file, or cannot be read: said here
            self.where.setText(error_text(exc))
            return
        if replacing:
            self.where.setText(self.tr(
                "The vault now in {folder} will be moved to {aside} and kept there unchanged; "
                "the backup takes its place."
            ).format(folder=self.folder, aside=aside_folder(self.folder).name))
        else:
            self.where.setText(self.tr("The backup will be restored into {folder}.")
                               .format(folder=self.folder))

    # -- checking ----------------------------------------------------------------------
    def check(self) -> None:
        if not self.check_button.isEnabled():
            return
        path, kind, secret = inputs = self._inputs()
        keys = {"recovery_key": secret} if kind == "recovery" else {"passphrase": secret}
        self.message.clear()
        self.found.setText(self.tr("Checking the backup…"))
        self._task = run_in_thread(
            self, lambda progress: check_backup(Path(path), progress=progress, **keys),
            lambda info: self._checked_ok(inputs, info), on_failed=self._check_failed,
            show_progress=False)
        self._update()

    def _checked_ok(self, inputs: tuple[str, str, str], info: BackupInfo) -> None:
        if not shiboken6.isValid(self):  # closed (a lock) while the check ran
            return
        self._task = None
        self.failures = 0
        if inputs != self._inputs():  # changed while it was checked: check again
            self.found.clear()
            self._update()
            return
        self._checked = inputs
        self.info = info
        text = plural(self.tr(
            "A complete backup from {when}, with %n client(s); it opens with what you typed.",
            "", info.clients or 0), info.clients or 0).format(when=when_text(info.created))
        if info.missing:
            text += " " + plural(self.tr(
                "%n case file(s) could not be read when it was made and are not in it.", "",
                len(info.missing)), len(info.missing))
        self.found.setText("✓ " + text)
        self._show_where()
        self._update()
        self.restore_button.setFocus()

    def _check_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self.found.clear()
        self.message.setText(error_text(exc))
        if isinstance(exc, (BackupWrongPassphrase, BackupWrongRecoveryKey)):
            # The unlock screen's pause after repeated failures: no trying a list here either.
            self.failures += 1
            seconds = delay_after(self.failures)
            if seconds:
                self._waiting = True
                QTimer.singleShot(seconds * 1000, self, self._wait_over)
        self._update()

    def _wait_over(self) -> None:
        self._waiting = False
        self._update()

    # -- restoring ---------------------------------------------------------------------
    def restore(self) -> None:
        if not self.restore_button.isEnabled() or self.info is None:
            return
        replacing = run_op(self, lambda: holds_vault(self.folder))
        if replacing is None:
            return
        if replacing and not self._confirm(self.info):
            return
        if not self._before_restore():
            return  # the open vault could not be saved and closed yet (said there)
        path, kind, secret = self._inputs()
        keys: dict[str, str] = ({"recovery_key": secret, "new_passphrase": self.new.text}
                                if kind == "recovery" else {"passphrase": secret})
        folder = self.folder
        self._restoring = True
        self._task = run_in_thread(
            self, lambda progress: restore_backup(Path(path), folder, replace=replacing,
                                                  progress=progress, **keys),
            self._done, on_failed=self._restore_failed, label=self.tr("Restoring the vault…"))
        self._update()

    def _confirm(self, info: BackupInfo) -> bool:
        """Asked once, plainly: what replaces what, and where the current vault is kept."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from backup"), self.tr(
            "Restore the backup from {when}?\n\nThe vault now in this folder is moved to {aside} "
            "and kept there, unchanged. What was written since the backup was made stays in "
            "that folder, not in the restored vault."
        ).format(when=when_text(info.created), aside=aside_folder(self.folder)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        go = box.addButton(self.tr("Move aside and restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _done(self, result: Restored) -> None:
        self._task = None
        self._restoring = False
        self.new.clear()
        self.passphrase.clear()
        self.recovery_key.clear()
        self.accept()
        self.restored.emit(result)

    def _restore_failed(self, exc: BaseException) -> None:
        self._task = None
        self._restoring = False
        self.message.setText(error_text(exc))
        self._show_where()
        self._update()

    _restoring = False

    def reject(self) -> None:  # Qt override: not while the vault's files are being moved
        if not self._restoring:
            super().reject()


__all__ = ["BackupDialog", "RestoreDialog", "last_backup_text", "size_text", "when_text"]
