"""The workspace's Supervision tab: flag a question, see it listed with what it is about,
withdraw it; empty lists say why they are empty; an empty question cannot be sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kastdesk.supervision import list_flags
from kastdesk.ui.supervision.tab import FlagDialog, SupervisionTab
from tests.ui.conftest import screenshot, when_modal


def _tab(qtbot, window) -> SupervisionTab:  # type: ignore[no-untyped-def]
    entry = next(e for e in window.vault.clients() if e.code == "K-2026-005")
    assert window.register.select(entry.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == entry.id)
    window.workspace.set_current_tab("supervision")
    tab = window.workspace.tab("supervision")
    assert isinstance(tab, SupervisionTab)
    return tab


def test_a_question_is_flagged_listed_and_withdrawn(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    tab = _tab(qtbot, window)
    for flag in list_flags(window.case, open_only=True):  # start from an empty list
        from kastdesk.supervision import withdraw_flag

        withdraw_flag(window.case, flag.id)
    tab.refresh()
    # Empty: one grey line saying so, which cannot be chosen or withdrawn.
    assert tab.flags.count() == 1
    assert not tab.flags.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert "No open questions" in tab.flags.item(0).text()
    assert not tab.withdraw_button.isEnabled()

    seen: dict[str, bool] = {}

    def ask(dialog: FlagDialog) -> None:
        seen["ok_when_empty"] = dialog.ok.isEnabled()
        dialog.target.setCurrentIndex(1)  # "A question"
        dialog.question.setPlainText("How do we bring up the partner's anger?")
        dialog.accept()

    timer = when_modal(FlagDialog, ask)
    tab.flag_button.click()
    timer.stop()
    assert seen == {"ok_when_empty": False}
    assert [tab.flags.item(i).text() for i in range(tab.flags.count())] == [
        "A question: How do we bring up the partner's anger?"]
    screenshot(window, "supervision_tab")
    tab.flags.setCurrentRow(0)
    assert tab.withdraw_button.isEnabled()

    def yes(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Withdraw").click()

    timer = when_modal(QMessageBox, yes)
    tab.withdraw_button.click()
    timer.stop()
    assert list_flags(window.case, open_only=True) == []
    assert "No open questions" in tab.flags.item(0).text()
