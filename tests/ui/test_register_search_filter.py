"""The register's search folds case and diacritics, a lock resets its status filter, and
ending a case long after the last contact says the follow-up is overdue."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from kastdesk.domain.models import Status
from kastdesk.store import Vault
from kastdesk.ui.cases.register import Column, RegisterPanel, fold
from kastdesk.ui.cases.status import EndingDialog, change_status
from tests.ui.conftest import screenshot, when_modal


@pytest.mark.parametrize(("typed", "stored"), [
    ("asa", "Åsa"), ("ASA", "åsa"), ("oberg", "Öberg"), ("ovrebo", "Øvrebø"),
    ("aero", "Ærø"), ("aesir", "Æsir"), ("rene", "René"), ("jose", "José"), ("strasse", "Straße"),
])
def test_fold_matches_what_a_keyboard_without_the_letter_types(typed: str,
                                                                stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_fold_keeps_letters_apart_that_differ() -> None:
    assert fold("Ola") != fold("Åla")
    assert fold("Ek") != fold("Ak")


def _panel(qtbot, vault: Vault) -> RegisterPanel:  # type: ignore[no-untyped-def]
    panel = RegisterPanel(lambda: date(2026, 11, 20))
    qtbot.addWidget(panel)
    panel.load(vault.clients())
    panel.set_privacy(True)
    return panel


def _codes(panel: RegisterPanel) -> list[str]:
    proxy = panel.proxy
    return sorted(proxy.index(r, Column.CODE).data() for r in range(proxy.rowCount()))


def test_search_finds_names_and_codes_whatever_the_accents(qtbot, vault: Vault) -> None:
    vault.add_client("K-1", name="Åsa Öberg").close()
    vault.add_client("K-2", name="Bo Ek").close()
    vault.add_client("Ø-3", name="Søren Kjær").close()
    panel = _panel(qtbot, vault)
    for typed, found in (("asa", ["K-1"]), ("ÅSA", ["K-1"]), ("oberg ", ["K-1"]),
                         ("soren", ["Ø-3"]), ("kjaer", ["Ø-3"]), ("o-3", ["Ø-3"]),
                         ("bo", ["K-2"]), ("k-", ["K-1", "K-2"])):
        panel.search.setText(typed)
        assert _codes(panel) == found, typed
    # Privacy mode still shows no name, though the search found the client by one.
    panel.search.setText("asa")
    assert panel.proxy.index(0, Column.NAME).data() is None


def test_clearing_the_register_at_lock_resets_the_status_filter(qtbot, vault: Vault) -> None:
    vault.add_client("K-1", name="Åsa Öberg").close()
    with vault.add_client("K-2") as case:
        case.profile.set_status(Status.INTAKE)
    panel = _panel(qtbot, vault)
    panel.status.setCurrentIndex(panel.status.findData(Status.INTAKE.value))
    panel.search.setText("k")
    assert "1 of 2" in panel.count.text()
    panel.clear()  # what the main window does at lock
    assert panel.search.text() == "" and panel.status.currentIndex() == 0
    panel.load(vault.clients())  # and at unlock
    assert _codes(panel) == ["K-1", "K-2"]
    assert panel.count.text() == "2 clients"


def _end_treatment(qtbot, vault: Vault, today: date) -> tuple[QWidget, QMessageBox]:  # type: ignore[no-untyped-def]
    """End a case whose last contact was 2026-05-10; the window (kept alive by the caller:
    the box is its child) and the box it shows."""
    vault.today = lambda: today
    parent = QWidget()
    qtbot.addWidget(parent)
    case = vault.add_client("K-1", first_contact_date=date(2026, 5, 1))
    case.sessions.add(datetime(2026, 5, 10, 10))
    for status in (Status.INTAKE, Status.IN_TREATMENT):
        assert change_status(parent, case, status)
    answer = when_modal(EndingDialog, lambda dialog: dialog.ok.click())  # no reason given
    assert change_status(parent, case, Status.ENDED)
    answer.stop()
    box = parent.findChild(QMessageBox, "followUpInfo")
    assert box is not None
    return parent, box


def test_ending_long_after_the_last_contact_says_follow_up_is_overdue(qtbot,
                                                                        vault: Vault) -> None:
    _window, box = _end_treatment(qtbot, vault, date(2026, 11, 20))
    assert "2026-11-10" in box.text() and "overdue" in box.text()
    assert "is due on" not in box.text()
    assert box.icon() is QMessageBox.Icon.Warning
    screenshot(box, "follow_up_overdue")


def test_ending_soon_after_the_last_contact_names_the_date_ahead(qtbot, vault: Vault) -> None:
    _window, box = _end_treatment(qtbot, vault, date(2026, 6, 1))
    assert "is due on 2026-11-10" in box.text() and "overdue" not in box.text()
    assert box.icon() is QMessageBox.Icon.Information
