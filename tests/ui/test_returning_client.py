"""New case for a returning client (QA F6): the dialog, the menus, both overviews.

From a closed case the Status menu offered only "Start intake" / "Start treatment" on the
same case, which kept the first course's waiting time, intake, start measurement and
goals as the new one's.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QWidget

from kastdesk.domain.models import Gender, Status
from kastdesk.genogram import Genogram
from kastdesk.genogram.storage import save_genogram
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.returning_client import ReturningClientDialog
from kastdesk.ui.cases.status import fill_status_menu
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.overview import OverviewTab
from tests.ui.conftest import screenshot, when_modal

NAME = "Anders Berg"
TODAY = date(2030, 8, 12)


def _closed(vault: Vault, status: Status = Status.CLOSED) -> CaseFile:
    vault.today = lambda: date(2027, 8, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-2027-001", name=NAME, first_contact_date=date(2027, 1, 11))
    case.profile.update(gender=Gender.MAN)
    case.sessions.add(datetime(2027, 2, 1, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 2, 1))
    case.profile.set_status(Status.ENDED, at=date(2027, 6, 28))
    if status is Status.CLOSED:
        case.profile.set_status(Status.CLOSED, at=date(2027, 12, 28))
    save_genogram(case, Genogram(), "Start family map")
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    return case


def _texts(widget: QWidget) -> str:
    return "\n".join([w.text() for w in widget.findChildren(QLabel)]
                     + [w.text() for w in widget.findChildren(QLineEdit)]
                     + [widget.windowTitle()])


def test_the_dialog_shows_codes_only_and_creates_the_new_case(
        qtbot, vault: Vault, every_language: str) -> None:  # type: ignore[no-untyped-def]
    old = _closed(vault, Status.ENDED)
    dialog = ReturningClientDialog(vault, old, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, f"returning_client_dialog_{every_language}")
    shown = _texts(dialog)
    assert NAME not in shown and "Berg" not in shown
    assert "K-2027-001" in shown
    assert dialog.code.text() == "K-2030-001"  # the New client dialog's pattern
    assert dialog.first_contact.date().toPython() == TODAY
    assert dialog.copy_map.isChecked() and dialog.close_previous.isVisibleTo(dialog)
    created: list[str] = []
    dialog.created.connect(created.append)
    dialog.ok.click()
    assert created, dialog.message.text()
    new = vault.open_case(created[0])
    assert new.profile.get().name == NAME and new.links.earlier().client_id == old.client_id
    assert new.documents.get("genogram", "main") is not None
    assert vault.open_case(old.client_id).profile.get().status is Status.CLOSED


def test_the_name_shows_with_privacy_mode_off(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = ReturningClientDialog(vault, _closed(vault), privacy=False)
    qtbot.addWidget(dialog)
    assert NAME in _texts(dialog)
    assert not dialog.close_previous.isVisibleTo(dialog)  # closed already: nothing to close


def test_the_status_menu_offers_it_after_treatment_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[bool] = []
    for status, offered in ((Status.CLOSED, True), (Status.ENDED, True),
                            (Status.FOLLOW_UP, True), (Status.IN_TREATMENT, False),
                            (Status.FIRST_CONTACT, False)):
        menu = QMenu(parent)
        fill_status_menu(menu, status, lambda _s: None, returning=lambda: asked.append(True))
        action = menu.findChild(type(menu.menuAction()), "returningClientAction")
        assert (action is not None) is offered, status
        if action is not None:
            action.trigger()
    assert len(asked) == 3


def test_both_overviews_show_the_link(qtbot, vault: Vault, every_language: str) -> None:  # type: ignore[no-untyped-def]
    if every_language == "sv":
        return  # English and Norwegian are looked at; Swedish has the same layout
    old = _closed(vault)
    new = vault.add_returning_client(old.client_id, "K-2030-012")
    for case, caption, other in ((new, "earlier", "K-2027-001"), (old, "later", "K-2030-012")):
        workspace = CaseWorkspace(vault, vault.open_case(case.client_id))
        qtbot.addWidget(workspace)
        workspace.resize(1000, 600)
        workspace.show()
        qtbot.waitExposed(workspace)
        overview = workspace.findChild(OverviewTab)
        assert overview.links_label.isVisible()
        text = overview.links_label.text()
        assert other in text and f"case:{(old if caption == 'earlier' else new).client_id}" in text
        assert NAME not in text
        screenshot(workspace, f"returning_client_overview_{caption}_{every_language}")
        workspace.clear()


def test_from_the_window_menu_to_the_new_case_and_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    first = window.vault.clients()[0]
    window.register.select(first.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == first.id)
    if first.status is not Status.CLOSED:
        window.case.profile.set_status(Status.CLOSED)
    window._fill_status_menu(window.status_menu)
    action = window.status_menu.findChild(type(window.status_menu.menuAction()),
                                          "returningClientAction")
    assert action is not None

    def answer(dialog: ReturningClientDialog) -> None:
        assert dialog.code.text().strip()
        dialog.ok.click()

    timer = when_modal(ReturningClientDialog, answer)
    try:
        action.trigger()
    finally:
        timer.stop()
    QApplication.processEvents()
    new_id = window.case.client_id
    assert new_id != first.id
    assert window.register.current_id() == new_id
    overview = window.workspace.findChild(OverviewTab)
    assert first.code in overview.links_label.text()
    overview._open_linked(f"case:{first.id}")
    qtbot.waitUntil(lambda: window.case.client_id == first.id)
    later = window.workspace.findChild(OverviewTab).links_label.text()
    assert f"case:{new_id}" in later
