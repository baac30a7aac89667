"""Fields and lists that show no text of their own have a name a screen reader can say,
and a label beside a field is that field's label (its buddy).

The QA pass found the backup's path field unnamed and its "Save the backup as:" not linked
to it, Restore's "Backup file:" not linked to its field, the audit log's two date fields,
the Due list and the exercises' history and urge log lists named nothing but "date edit",
"tree" or "table".
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kastdesk.ui.audit import AuditLogDialog
from kastdesk.ui.backup import BackupDialog, RestoreDialog
from kastdesk.ui.cases.due import DueDialog
from tests.conftest import ANCHOR


def _label_of(dialog: QWidget, field: QWidget) -> str | None:
    """The text of the label whose buddy ``field`` is, if there is one."""
    for label in dialog.findChildren(QLabel):
        if label.buddy() is field:
            return label.text()
    return None


def test_backup_and_restore_fields_are_named_and_labelled(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    backup = BackupDialog(window.vault, window)
    qtbot.addWidget(backup)
    assert backup.path.accessibleName() == "Save the backup as"
    assert _label_of(backup, backup.path) == "&Save the backup as:"
    restore = RestoreDialog(window.folder, window)
    qtbot.addWidget(restore)
    assert _label_of(restore, restore.path) == "&Backup file:"


def test_audit_period_and_due_list_are_named(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    audit = AuditLogDialog(window.vault, parent=window)
    qtbot.addWidget(audit)
    assert (audit.start.accessibleName(), audit.end.accessibleName()) == ("From", "To")
    due = DueDialog(window.vault.clients(), ANCHOR)
    qtbot.addWidget(due)
    assert due.tree.accessibleName() == "Due"


def test_exercise_lists_are_named(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    client = window.vault.clients()[5]  # in treatment, every exercise started
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    assert tab.list.accessibleName() == "Exercises"
    tab.open_exercise("i_am_vs_i_do")
    history = tab.show_history()
    assert history is not None
    qtbot.addWidget(history)
    assert history.versions.accessibleName() == "Saved versions, newest first"
    assert history.statements is not None
    assert history.statements.accessibleName() == "Statements over the sessions"
    history.close()
    tab.open_exercise("urge_log")
    assert tab.editor is not None
    assert tab.editor.table.accessibleName() == "Urges logged"
