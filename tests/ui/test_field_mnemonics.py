"""Alt and a letter reach every field of the dialogs, in every language the app speaks.

A walk with the keyboard alone found the field labels of these dialogs without a
mnemonic: a field was reached only by Tab, past every other one. Each label now has
its letter and its field (its buddy), and within a dialog no two labels, buttons or tick
boxes share a letter (a shared one only cycles the focus between them, never clicks).

In Swedish and Norwegian the letters are the translations' own (artifacts/tr/s22b.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kastdesk.supervision import flag_for_guidance
from tests.ui.conftest import screenshot
from tests.ui.test_app_main import select_code

FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)
#: The English labels: in Swedish and Norwegian none is left, each has the language's own
#: letter (an untranslated label keeps its English letter, which may clash with a button's).
ENGLISH_LABELS = {
    "&Lock after idle:", "&Your name (audit log):", "&Current passphrase:",
    "&New passphrase:", "&Passphrase:", "&Repeat it:", "Recovery &key:",
    "&Save the backup as:", "&Remind me after:", "&Backup file:",
    "&Passphrase when it was made:", "&Meeting date", "&Save in", "&Packet passphrase",
    "A&gain", "&Also withhold", "&Withhold words", "&Keep", "&From", "&to", "Da&te",
    "&Participants", "&Decisions", "&About", "&Question", "&File", "&Centre person",
    "&Generations up and down", "&Code:", "C&lient:", "&Name:", "&First contact by:",
    "First contact &on:", "Came &through:",
}


def mnemonic(text: str) -> str:
    """The Alt+letter Qt makes of a text ("" without one); "&&" is an ampersand shown."""
    return QKeySequence.mnemonic(text).toString()


def _is_field(widget: QWidget) -> bool:
    """Something typed into or chosen in; not the line edit inside a list or date field,
    nor a cell's editor, nor a read-only box of text to copy from."""
    if not isinstance(widget, FIELDS) or not widget.isVisible():
        return False
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return False
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return not (isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.isReadOnly())


def problems(dialog: QDialog) -> list[str]:
    """What the keyboard cannot reach by Alt and a letter in ``dialog`` as shown."""
    found: list[str] = []
    keys: dict[str, list[str]] = {}
    buddies: set[QWidget] = set()
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or "<" in label.text():
            continue
        key, buddy = mnemonic(label.text()), label.buddy()
        if buddy is None:
            if key:  # shown with its "&", as typed
                found.append(f"label {label.text()!r} has a letter but no field")
            continue
        if not key:
            found.append(f"label {label.text()!r} has no letter")
        if isinstance(buddy, QLabel):
            found.append(f"label {label.text()!r} leads to a text, not a field")
        buddies.add(buddy)
        keys.setdefault(key, []).append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and mnemonic(button.text()):
            keys.setdefault(mnemonic(button.text()), []).append(button.text())
    for box in dialog.findChildren(QGroupBox):
        if box.isVisible() and mnemonic(box.title()):
            keys.setdefault(mnemonic(box.title()), []).append(box.title())
    found += [f"{key} is shared by {texts}" for key, texts in keys.items()
              if key and len(texts) > 1]
    found += [f"{type(field).__name__} {field.objectName()!r} has no label leading to it"
              for field in dialog.findChildren(QWidget)
              if _is_field(field) and field not in buddies]
    return found


# -- the dialogs, each as the therapist opens it ---------------------------------------------
def _settings(window: Any) -> QDialog:
    from kastdesk.ui.settings import SettingsDialog

    return SettingsDialog(window.vault, window)


def _change_passphrase(window: Any) -> QDialog:
    from kastdesk.ui.settings import ChangePassphraseDialog

    return ChangePassphraseDialog(window.vault, window)


def _recovery(window: Any) -> QDialog:
    from kastdesk.ui.start.recovery import RecoveryDialog

    return RecoveryDialog(window.folder, window)


def _backup(window: Any) -> QDialog:
    from kastdesk.ui.backup import BackupDialog

    return BackupDialog(window.vault, window)


def _restore(recovery: bool) -> Callable[[Any], QDialog]:
    def make(window: Any) -> QDialog:
        from kastdesk.ui.backup import RestoreDialog

        dialog = RestoreDialog(window.folder, window)
        dialog.use_recovery_key(recovery)  # the other passphrase fields, the other letters
        return dialog

    return make


def _packet(window: Any) -> QDialog:
    from kastdesk.ui.supervision.meeting import PacketDialog

    dialog = PacketDialog(window.vault, window)
    # Withhold words and Keep are shown once they hold a word (fictional words).
    dialog.withhold.restore_draft({"words": "Lindgården", "keep": "Polis"})
    return dialog


def _export(window: Any) -> QDialog:
    from kastdesk.ui.supervision.export_dialog import ExportDialog

    dialog = ExportDialog(window.vault, window.case.client_id, window)
    dialog.pseudonymize.setChecked(True)  # what to withhold is shown with it
    dialog.withhold.restore_draft({"words": "Lindgården", "keep": "Polis"})
    return dialog


def _returning(window: Any) -> QDialog:
    from kastdesk.ui.cases.returning_client import ReturningClientDialog

    return ReturningClientDialog(window.vault, window.case, window, privacy=False)


def _flag(window: Any) -> QDialog:
    from kastdesk.ui.supervision.tab import FlagDialog

    return FlagDialog([("s1", "2026-10-30")], window)


def _meeting(window: Any) -> QDialog:
    from kastdesk.ui.supervision.meeting import MeetingDialog

    return MeetingDialog(window.vault, window)


def _gedcom(window: Any) -> QDialog:
    from kastdesk.ui.genogram.editor import GedcomImportDialog

    return GedcomImportDialog(window)


def _delete(window: Any) -> QDialog:
    from kastdesk.ui.cases.delete_client import DeleteClientDialog

    return DeleteClientDialog("K-2026-004", window)


def _new_client(window: Any) -> QDialog:
    from kastdesk.ui.cases.new_client import NewClientDialog

    return NewClientDialog(window.vault, window, today=window.today())


def _edit_client(named: bool) -> Callable[[Any], QDialog]:
    def make(window: Any) -> QDialog:
        from kastdesk.ui.cases.edit_client import EditClientDialog

        dialog = EditClientDialog(window.vault, window.case, window, privacy=True)
        # Named and hidden (Show name), or made anonymous (the family map's question).
        if named:
            details = replace(dialog.form.details(), name="Mira Testsson")
            dialog.form.set_details(details, hide_name=True)
        if not named:
            dialog.form.anonymous.setChecked(True)
        return dialog

    return make


DIALOGS: dict[str, Callable[[Any], QDialog]] = {
    "settings": _settings,
    "change_passphrase": _change_passphrase,
    "recovery": _recovery,
    "backup": _backup,
    "restore": _restore(False),
    "restore_with_recovery_key": _restore(True),
    "packet": _packet,
    "export_summary": _export,
    "returning_client": _returning,
    "flag_for_guidance": _flag,
    "meeting": _meeting,
    "gedcom_import": _gedcom,
    "delete_client": _delete,
    "new_client": _new_client,
    "edit_client_named": _edit_client(True),
    "edit_client_anonymous": _edit_client(False),
}


def test_every_field_label_has_its_own_letter(qtbot, every_language, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    flag_for_guidance(window.case, "Is the pace of the exposure right?")  # fictional
    found: dict[str, list[str]] = {}
    for name, make in DIALOGS.items():
        dialog = make(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        if name in ("restore_with_recovery_key", "export_summary"):
            screenshot(dialog, f"{every_language}_mnemonics_{name}")
        said = problems(dialog)
        if every_language != "en":
            said += [f"label {label.text()!r} is in English"
                     for label in dialog.findChildren(QLabel) if label.isVisible() and (
                         label.text() in ENGLISH_LABELS
                         or label.text().startswith("&Type the code"))]
        if said:
            found[name] = said
        dialog.hide()  # quietly: a typing dialog's close asks nothing, hide not even that
        dialog.deleteLater()
    QCoreApplication.processEvents()
    assert found == {}


def test_a_label_walks_to_its_field_and_a_choice_stays(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Alt+L (Client:) goes to the choice made, and leaves Named named: a label clicks
    the radio button it leads to."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kastdesk.ui.cases.new_client import NewClientDialog

    window = open_window
    dialog = NewClientDialog(window.vault, window, today=window.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.named.setChecked(True)
    qtbot.keyClicks(dialog.name, "Mira Testsson")  # fictional
    qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.named)
    qtbot.wait(300)  # the label's click is animated
    assert dialog.named.isChecked() and dialog.name.text() == "Mira Testsson"
    qtbot.keyClick(dialog.named, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.referral
    dialog.close()


def test_the_due_list_says_enter_opens_a_client(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Enter on a line opens the client as a double-click does; the hint said only the
    double-click."""
    from kastdesk.ui.cases.due import DueDialog

    window = open_window
    due = DueDialog(window.vault.clients(), window.today(), window)
    qtbot.addWidget(due)
    hints = [label.text() for label in due.findChildren(QLabel) if "Double-click" in label.text()]
    assert hints == ["Double-click a line, or press Enter on it, to open that client."]
