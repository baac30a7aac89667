"""The main window driven as a user would: register, new client, privacy, lock, status, due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kastdesk.domain.models import Status
from kastdesk.domain.status import follow_up_due
from kastdesk.store import Vault
from kastdesk.ui.cases.due import DueDialog
from kastdesk.ui.cases.new_client import NewClientDialog
from kastdesk.ui.cases.register import Column
from kastdesk.ui.cases.status import EndingDialog
from kastdesk.ui.main_window import MainWindow
from tests.ui.conftest import screenshot, unlock, when_modal

NAMES = ("Viktor Strand", "Espen Isaksson", "Håkon Dahl", "Rasmus Nyström")


def codes_shown(window: MainWindow) -> list[str]:
    proxy = window.register.proxy
    return [proxy.index(r, Column.CODE).data() for r in range(proxy.rowCount())]


def select_code(qtbot, window: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    entry = window.vault.client_by_code(code)
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)


def all_texts() -> list[str]:
    """Every text a person could read in any visible window of the app."""
    texts: list[str] = []

    def _has_children(model: object, index: QModelIndex) -> bool:
        try:
            return bool(model.hasChildren(index))  # type: ignore[attr-defined]
        except TypeError:  # table models keep hasChildren private: they are flat
            return False

    def model_texts(view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                # List models keep columnCount/hasChildren private: flat, one column.
                flat = isinstance(model, QAbstractListModel)
                for column in range(1 if flat else model.columnCount(parent)):
                    index = model.index(row, column, parent)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if value is not None:
                            texts.append(str(value))
                    if column == 0 and not flat and _has_children(model, index):
                        walk(index)

        walk(QModelIndex())

    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            texts.append(widget.toolTip())
            texts.append(widget.accessibleName())
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            elif isinstance(widget, QTabBar):
                texts += [widget.tabText(i) for i in range(widget.count())]
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
            if isinstance(widget, QAbstractItemView):
                model_texts(widget)
        for action in top.actions():
            texts += [action.text(), action.toolTip()]
    return texts


def names_on_screen() -> set[str]:
    blob = "\n".join(all_texts())
    return {name for name in NAMES if name in blob or name.split()[0] in blob}


def test_register_shows_clients_with_status_dates_and_flags(qtbot, open_window) -> None:
    window = open_window
    assert window.stack.currentWidget() is window.workbench
    assert codes_shown(window) == sorted(codes_shown(window))
    assert len(codes_shown(window)) == 6
    model = window.register.model
    entry = window.vault.client_by_code("K-2026-004")
    row = model.row_of(entry.id)
    assert model.index(row, Column.STATUS).data() == "In treatment"
    assert model.index(row, Column.FLAGS).data() == "⚑"
    assert model.index(row, Column.FLAGS).data(Qt.ItemDataRole.ToolTipRole) == "Suicidal thoughts"
    assert model.index(row, Column.FLAGS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert entry.waiting_days and model.index(row, Column.WAITING).data() == (
        f"{entry.waiting_days} days")
    assert entry.next_session is not None
    assert model.index(row, Column.NEXT).data().startswith(entry.next_session.date().isoformat())
    # The finished 150-session course had its six-month follow-up (the scale was filled in
    # then), so its 24-month follow-up is next: "Follow-up <date>", as for a pending one.
    large = window.vault.client_by_code("K-2022-001")
    assert large.followup_due == date(2028, 1, 5)
    assert model.index(model.row_of(large.id), Column.NEXT).data() == "Follow-up 2028-01-05"
    screenshot(window, "main_window_register")
    select_code(qtbot, window, "K-2026-004")
    screenshot(window, "main_window_case")


def test_search_and_filter(qtbot, open_window) -> None:
    window = open_window
    panel = window.register
    panel.search.setText("2026")
    assert codes_shown(window) == ["K-2026-004", "K-2026-005"]
    panel.search.setText("nyström")  # by name, although privacy mode hides names
    assert codes_shown(window) == ["K-2026-005"]
    assert window.privacy
    panel.search.clear()
    panel.status.setCurrentIndex(panel.status.findData(Status.IN_TREATMENT.value))
    assert codes_shown(window) == ["K-2026-004", "K-2026-005"]
    assert "2 of 6" in panel.count.text()
    panel.status.setCurrentIndex(0)
    assert len(codes_shown(window)) == 6


def test_add_client_through_the_dialog(qtbot, open_window) -> None:
    window = open_window
    window.new_client_action.trigger()
    dialog = window.findChild(NewClientDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.code.text() == "K-2026-006"  # the next free number this year
    assert not dialog.name.isEnabled()
    dialog.code.setText("K-2026-100")
    dialog.named.setChecked(True)
    assert dialog.name.isEnabled()
    dialog.name.setText("Nils Testsson")
    dialog.referral.setCurrentIndex(dialog.referral.findData("police"))
    dialog.first_contact.setDate(dialog.first_contact.date().addDays(-3))
    dialog.accept()
    assert not dialog.isVisible()
    entry = window.vault.client_by_code("K-2026-100")
    assert entry.name == "Nils Testsson"
    assert entry.first_contact_date == date(2026, 10, 29)
    assert window.case is not None and window.case.client_id == entry.id
    assert window.register.current_id() == entry.id
    assert window.case.profile.get().referral_source.value == "police"
    row = window.register.model.row_of(entry.id)
    assert window.register.model.index(row, Column.WAITING).data() == "3 days so far"

    # A code that is taken is refused beside the fields, the dialog stays.
    window.new_client_action.trigger()
    again = next(d for d in window.findChildren(NewClientDialog) if d.isVisible())
    again.code.setText("k-2026-100")
    again.accept()
    assert again.isVisible() and "already has this code" in again.message.text()
    again.reject()


def test_privacy_mode_shows_no_name_anywhere(qtbot, open_window) -> None:
    window = open_window
    assert window.privacy and window.privacy_action.isChecked()
    for code in ("K-2022-001", "K-2026-005", "K-2024-006"):
        select_code(qtbot, window, code)
        for tab in window.workspace.tab_names() if hasattr(window.workspace, "tab_names") else []:
            window.workspace.set_current_tab(tab)
            qtbot.wait(1)
            assert names_on_screen() == set(), (code, tab)
        assert names_on_screen() == set(), code
    window.show_due()
    assert names_on_screen() == set()

    # The check can fail: with privacy off the names are there to be found.
    window.privacy_action.setChecked(False)
    assert names_on_screen()
    assert window.vault.get_setting("privacy_mode") == "0"
    window.privacy_action.setChecked(True)
    assert names_on_screen() == set()
    assert window.vault.get_setting("privacy_mode") == "1"


def test_lock_clears_everything_and_unlock_restores_the_place(qtbot, open_window) -> None:
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    client_id = window.case.client_id
    tabs = window.workspace.tab_names() if hasattr(window.workspace, "tab_names") else []
    tab = tabs[-1] if tabs else "overview"
    window.workspace.set_current_tab(tab)
    window.show_due()
    window.new_client_action.trigger()
    window.register.search.setText("4")
    due = window.findChild(DueDialog)
    assert due.isVisible()
    vault = window.vault

    # Idle long enough: the auto-lock fires on the next check.
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()

    assert window.locked and not vault.is_open
    assert window.workspace is None and window.case is None
    assert window.register.model.rowCount() == 0 and window.register.search.text() == ""
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    assert window.stack.currentWidget() is window.start_host
    assert window.unlock_screen.isVisible()
    assert not window.toolbar.isVisible()
    # The lock file is released: the vault can be opened (and closed) by someone else now.
    Vault.unlock(window.folder, "correct horse battery staple").close()

    unlock(qtbot, window)
    assert window.case is not None and window.case.client_id == client_id
    assert window.workspace.current_tab() == tab
    assert window.register.current_id() == client_id


def test_input_in_the_window_keeps_it_open(qtbot, open_window) -> None:
    from PySide6.QtGui import QKeyEvent

    window = open_window
    window.idle.last_input -= window.idle.minutes * 60 + 1
    press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(window.windowHandle(), press)
    window.idle.check()
    assert not window.locked
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()
    assert window.locked


def test_ctrl_l_locks(qtbot, open_window) -> None:
    window = open_window
    qtbot.keyClick(window.register.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_autolock_time_comes_from_settings(qtbot, open_window) -> None:
    window = open_window
    assert window.idle.minutes == 5
    window.vault.set_setting("autolock_minutes", "2")
    window.lock()
    unlock(qtbot, window)
    assert window.idle.minutes == 2
    window.idle.last_input -= 60
    window.idle.check()
    assert not window.locked


def test_end_treatment_shows_follow_up_due(qtbot, open_window) -> None:
    window = open_window
    select_code(qtbot, window, "K-2026-005")
    window._fill_status_menu(window.status_menu)
    offered = {a.data() for a in window.status_menu.actions() if a.data()}
    assert offered == {"ended", "closed"}
    last = window.vault.client(window.case.client_id).last_contact_date
    [end] = [a for a in window.status_menu.actions() if a.data() == "ended"]
    answer = when_modal(EndingDialog, lambda dialog: dialog.ok.click())  # why: optional
    end.trigger()
    answer.stop()
    expected = follow_up_due(last)
    box = window.findChild(QMessageBox, "followUpInfo")
    assert box is not None and expected.isoformat() in box.text()
    row = window.register.model.row_of(window.case.client_id)
    assert window.register.model.index(row, Column.STATUS).data() == "Ended"
    assert window.register.model.index(row, Column.NEXT).data() == f"Follow-up {expected}"
    window._fill_status_menu(window.status_menu)
    offered = {a.data() for a in window.status_menu.actions() if a.data()}
    assert offered == {"follow_up", "closed", "intake", "in_treatment"}

    # In the due view once the date comes near.
    window.today = lambda: expected
    window.show_due()
    due = window.findChild(DueDialog)
    assert "K-2026-005" in [i.entry.code for i in due.lists.follow_ups]


def test_due_view_lists_what_needs_attention(qtbot, open_window) -> None:
    window = open_window
    window.due_action.trigger()
    due = window.findChild(DueDialog)
    assert due is not None and due.isVisible()
    # Ended, follow-up long overdue; the cases in follow-up had theirs (scale answered).
    assert [i.entry.code for i in due.lists.follow_ups] == ["K-2024-006"]
    head = due.tree.topLevelItem(0)
    assert head.text(0).endswith("(1)")
    assert head.child(0).text(3).startswith("overdue by")
    # The groups open (they were all closed, hiding who is due) and the codes show whole.
    assert all(due.tree.topLevelItem(i).isExpanded()
               for i in range(due.tree.topLevelItemCount()))
    assert due.tree.columnWidth(0) >= due.tree.fontMetrics().horizontalAdvance("K-2024-006")
    screenshot(due, "due_view")
    due.tree.itemActivated.emit(head.child(0), 0)
    assert window.register.current_id() == window.vault.client_by_code("K-2024-006").id
    # Open while the status changes: it follows (a closed case stayed listed as overdue).
    qtbot.waitUntil(lambda: window.case is not None)
    window._fill_status_menu(window.status_menu)
    [close] = [a for a in window.status_menu.actions() if a.data() == "closed"]
    answer = when_modal(EndingDialog, lambda dialog: dialog.ok.click())
    close.trigger()
    answer.stop()
    assert [i.entry.code for i in due.lists.follow_ups] == []


def test_settings_dialog_changes_the_autolock_time(qtbot, open_window) -> None:
    from kastdesk.ui.settings import SettingsDialog

    window = open_window
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.autolock.value() == 5
    dialog.autolock.setValue(12)
    dialog.accept()
    assert window.vault.get_setting("autolock_minutes") == "12"
    assert window.idle.minutes == 12
    assert "12 minutes" in window.status_label.text()


def test_verify_from_the_file_menu_reports_an_intact_vault(qtbot, open_window) -> None:
    window = open_window
    assert window.verify_action.isEnabled()
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert "intact" in box.text()
    box.close()


def test_file_menu_offers_export_and_supervision_only_when_unlocked(qtbot, open_window) -> None:
    window = open_window
    names = {a.objectName() for a in window.actions()}
    assert {"exportAction", "packetAction", "meetingAction", "importCommentsAction",
            "openPacketAction", "verifyAction"} <= names
    window.lock()
    assert not window.export_action.isEnabled() and not window.packet_action.isEnabled()


def test_register_can_be_hidden_for_the_whole_width(qtbot, open_window) -> None:
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    before = window.workspace_scroll.width()
    window.register_action.trigger()
    qtbot.waitUntil(lambda: not window.register.isVisible())
    qtbot.waitUntil(lambda: window.workspace_scroll.width() > before)
    window.register_action.trigger()
    assert window.register.isVisible()
