"""The History screen with real widgets on a real vault: a case's log from the case header,
the vault's log, filters, the CSV export, the calm line at the top, the lock, and the
unlock screen's pause kept across a restart of the app."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QPushButton

from kastdesk import i18n
from kastdesk.audit import Kind, kind_label
from kastdesk.domain.models import RiskKind
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.store import attempts
from kastdesk.ui import app as app_module
from kastdesk.ui.audit import AuditLogDialog, AuditModel, show_vault_log
from kastdesk.ui.main_window import MainWindow
from tests.conftest import ANCHOR, PASSPHRASE
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code

CODE = "K-2022-001"


def _history(qtbot, window: MainWindow) -> AuditLogDialog:  # type: ignore[no-untyped-def]
    window.workspace.history_button.click()
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _open_dialog() -> AuditLogDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, AuditLogDialog) and w.isVisible()), None)


def _whats(dialog: AuditLogDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, AuditModel.WHAT).data() for r in range(model.rowCount())]


def test_the_case_header_shows_who_did_what(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, CODE)
    case = window.case
    # A day's work, as the store writes it (the tabs call the same methods).
    session = case.sessions.add(datetime(2026, 10, 30, 14, 0))
    case.sessions.save_note(session.id, "x" * 412)
    case.sessions.sign(session.id)
    case.flags.raise_flag(RiskKind.VIOLENCE, "a note")
    export_case_summary(window.vault, case.client_id, tmp_path / "summary.pdf",
                        ExportOptions(pseudonymize=True, reference="P-7KQ4"))
    dialog = _history(qtbot, window)
    assert dialog.windowTitle() == f"History of {CODE}"
    assert "complete and unaltered" in dialog.status.text()
    whats = _whats(dialog)
    assert whats[-1] == "Created the case file"
    assert whats[:5] == ["Exported the case summary (pseudonymized, reference P-7KQ4)",
                         "Raised a risk flag", "Signed a note",
                         "Saved a session note (412 characters)", "Added a session"]
    assert "Opened the case file" in whats
    assert dialog.table.isColumnHidden(AuditModel.CLIENT)  # one case: its code says nothing
    name = window.vault.client_by_code(CODE).name
    assert name and not any(name in w for w in whats)
    screenshot(dialog, "audit_case_history")

    # Kinds: only openings.
    for kind, box in dialog.kinds.items():
        box.setChecked(kind is Kind.OPENED)
    assert set(_whats(dialog)) == {"Opened the case file"}
    assert dialog.count.text().startswith(f"Showing {len(_whats(dialog))} of ")
    screenshot(dialog, "audit_case_history_opened_only")

    # A period with nothing in it, then the whole log again.
    first, last = dialog.period()
    dialog.set_period(first - timedelta(days=400), first - timedelta(days=1))
    assert _whats(dialog) == [] or dialog.period()[0] == first  # range ends at the first day
    for box in dialog.kinds.values():
        box.setChecked(True)
    dialog.set_period(first, last)
    assert len(_whats(dialog)) == len(whats)

    # Export the shown list; the export goes into the log and shows at once.
    out = tmp_path / dialog.default_file_name()
    assert CODE in out.name and out.suffix == ".csv"
    assert dialog.export_to(out)
    text = out.read_text("utf-8-sig")
    assert text.splitlines()[0] == "Date and time,Who,Kind,What,Client,Target"
    assert len(text.splitlines()) == 1 + len(whats)
    assert _whats(dialog)[0] == f"Exported the audit log ({len(whats)} lines)"
    assert out.name in dialog.count.text()
    screenshot(dialog, "audit_case_history_exported")
    dialog.reject()


def test_the_vault_log_with_failed_attempts_and_every_case(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    screen = window.unlock_screen
    for attempt in (1, 2):
        screen.passphrase.setText("not the passphrase")
        screen.unlock_button.click()
        qtbot.waitUntil(lambda n=attempt: screen.failures == n, timeout=10_000)
    unlock(qtbot, window)
    dialog = show_vault_log(window, window.vault)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Audit log of the vault"
    model = dialog.model
    rows = model.rows
    assert rows[0].what == "Unlocked the vault"
    assert rows[1].what.startswith("2 failed attempts since the last unlock")
    assert rows[1].who == "unknown (before unlocking)"
    assert not dialog.table.isColumnHidden(AuditModel.CLIENT)
    assert len({r.client for r in rows} - {""}) == 6
    assert "all 7 logs" in dialog.status.text()
    screenshot(dialog, "audit_vault_log")
    assert dialog.include_cases is not None
    dialog.include_cases.setChecked(False)
    assert {r.client for r in model.rows} <= {""} | {r.client for r in rows
                                                     if r.what.startswith("Added the client")}
    screenshot(dialog, "audit_vault_log_own")
    dialog.reject()


def test_an_altered_log_says_so_at_the_top(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    window.vault.index.execute("UPDATE audit SET actor = 'Somebody' WHERE seq = 1")
    dialog = show_vault_log(window, window.vault)
    qtbot.waitExposed(dialog)
    assert "may have been altered" in dialog.status.text()
    assert "audit entry 1 has been altered" in dialog.status.text()
    assert dialog.status.property("role") == "error"
    screenshot(dialog, "audit_vault_log_altered")
    dialog.reject()


def test_a_lock_closes_the_history_and_drops_its_rows(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, CODE)
    dialog = _history(qtbot, window)
    model = dialog.model
    assert model.rowCount() > 0
    assert window.lock()
    assert _open_dialog() is None
    assert model.rowCount() == 0


def test_the_pause_after_failures_survives_a_restart(qtbot, demo_vault: Path) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    for _ in range(6):  # six failures: a pause of 8 seconds after the last
        attempts.note_failure(demo_vault, now=now)
    window = MainWindow(demo_vault, today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert screen.failures == 6
    assert screen.waiting and not screen.unlock_button.isEnabled()
    assert "wrong 6 times in a row" in screen.message.text()
    assert "second" in screen.message.text()
    screenshot(window, "unlock_pause_after_restart")
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()  # ignored while the pause runs
    assert window.vault is None
    window.close()


def test_an_old_failure_makes_no_pause_but_still_counts(qtbot, demo_vault: Path) -> None:  # type: ignore[no-untyped-def]
    long_ago = datetime.now(UTC) - timedelta(hours=2)
    for _ in range(4):
        attempts.note_failure(demo_vault, now=long_ago)
    window = MainWindow(demo_vault, today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert not screen.waiting and screen.unlock_button.isEnabled()
    assert screen.failures == 4
    screen.passphrase.setText("still wrong")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.failures == 5, timeout=10_000)
    assert screen.waiting  # the fifth failure in a row pauses 4 seconds
    assert json.loads(attempts.path_in(demo_vault).read_text())["count"] == 5
    window.close()


@pytest.fixture
def swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    app_module.install_translations(qapp, QLocale("sv_SE"))
    yield
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)
    app_module.install_translations(qapp)


def test_the_case_header_fits_a_laptop_in_swedish(qtbot, swedish, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.resize(1366, 768)
    unlock(qtbot, window)
    window.resize(1366, 768)
    select_code(qtbot, window, CODE)
    qtbot.wait(30)
    workspace = window.workspace
    for button in workspace.findChildren(QPushButton):
        if button.isVisible() and button.parent() is workspace:
            assert button.width() >= button.sizeHint().width(), button.text()
    screenshot(window, "sv_case_header_history")
    dialog = _history(qtbot, window)
    screenshot(dialog, "sv_audit_case_history")
    dialog.reject()


def test_the_file_menu_opens_the_vault_log(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    action = window.audit_action
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions() and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert dialog is not None and dialog.client_id is None
    screenshot(dialog, "audit_file_menu_vault_log")
    assert window.lock()
    assert not action.isEnabled() and _open_dialog() is None


def _exported(qtbot, window: MainWindow, tmp_path: Path) -> tuple[bytes, list[list[str]]]:  # type: ignore[no-untyped-def]
    """Export the vault's log as the File menu shows it; the file's bytes and the rows the
    dialog showed (the cells a spreadsheet should show)."""
    dialog = show_vault_log(window, window.vault)
    qtbot.waitExposed(dialog)
    model = dialog.model
    shown = [[row.when_text, row.who, kind_label(row.kind), row.what, row.client, row.target]
             for row in model.rows]
    out = tmp_path / "audit.csv"
    assert dialog.export_to(out)
    dialog.reject()
    return out.read_bytes(), shown


def test_a_swedish_export_is_for_swedish_excel(qtbot, swedish, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, shown = _exported(qtbot, open_window, tmp_path)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads å, ä, ö only after the mark
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Datum och tid;Vem;Typ;Vad;Klient;Område"
    back = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert back[1:] == shown and len(shown) > 10


def test_an_english_export_keeps_commas(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, shown = _exported(qtbot, open_window, tmp_path)
    text = data.decode("utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    assert text.splitlines()[0] == "Date and time,Who,Kind,What,Client,Target"
    assert list(csv.reader(io.StringIO(text, newline="")))[1:] == shown
