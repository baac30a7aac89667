"""Windows fit the screen they open on: a clinic laptop of 1366×768 at 125 % scaling is
1093×614 logical pixels, 574 of them above the taskbar.

The QA pass on small screens found the audit log and a case's History… at a fixed
1120×620 (Export as CSV… and Close past the screen), the first-run form at a fixed
720×540 that made the window 603 pixels tall at the least ("Create vault" and "Restore
from a backup…" behind the taskbar), Change passphrase opened 611 pixels tall at 14 pt
with wide gaps, the main window always at 1366×768, the supervisor's packet window at
820×900 (at 14 pt also wider than that: its first line did not wrap), and the
missing-vault screen growing the window to 598 pixels at 14 pt.

The screen is simulated the way the app reads it, through QScreen.availableGeometry (one
test starts a child app on an offscreen screen of that size instead). Screenshots:
artifacts/screenshots/small_screen_*.png.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QScrollArea,
    QWidget,
)

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance
from kastdesk.ui.audit import AuditLogDialog
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.screen import FRAME, fitted_size
from kastdesk.ui.settings import ChangePassphraseDialog, SettingsDialog
from kastdesk.ui.start.recovery import RecoveryDialog
from kastdesk.ui.supervision.supervisor import open_packet_window
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot

#: 1366×768 at 125 %, less a 40-pixel taskbar.
LAPTOP = QRect(0, 0, 1093, 574)
#: 1024×600 at 125 % (a small netbook), less the taskbar: shorter than some dialogs at 14 pt.
NETBOOK = QRect(0, 0, 819, 440)
#: A large screen, where windows keep the size they ask for.
DESKTOP = QRect(0, 0, 1920, 1040)


def _screen(monkeypatch: pytest.MonkeyPatch, area: QRect) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    return area


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    return _screen(monkeypatch, LAPTOP)


@pytest.fixture
def netbook(monkeypatch: pytest.MonkeyPatch) -> QRect:
    return _screen(monkeypatch, NETBOOK)


def _fits(window: QWidget, area: QRect) -> bool:
    """``window`` with a title bar and frame is no larger than ``area``."""
    return (window.width() + FRAME.width() <= area.width()
            and window.height() + FRAME.height() <= area.height())


def _shown_whole(widget: QWidget, window: QWidget) -> bool:
    """``widget`` lies inside ``window`` and nothing (an edge, a scroll area) cuts it."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (widget.isVisible() and window.rect().contains(rect)
            and widget.visibleRegion().boundingRect().size() == widget.size())


def _buttons(dialog: QWidget) -> list[QAbstractButton]:
    return [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
            if b.isVisible()]


def _room_not_maximized(window: QWidget, area: QRect) -> None:
    """Show ``window`` as large as ``area`` has room for, not maximized: the offscreen
    platform would maximize it to its own 800×800 screen, which knows no taskbar."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(fitted_size(area.size(), area))
    window.show()
    QApplication.processEvents()


# -- the audit log and a case's History… (finding 1) --------------------------------------

def test_the_audit_log_fits_a_laptop_screen(qtbot, laptop: QRect, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    window.show_audit_log()
    dialog = window.findChild(AuditLogDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    screenshot(dialog, "small_screen_audit_log")
    assert _fits(dialog, laptop), dialog.size()
    assert _shown_whole(dialog.export_button, dialog)
    assert [b.text() for b in _buttons(dialog)] and all(
        _shown_whole(b, dialog) for b in _buttons(dialog))
    dialog.reject()


def test_a_cases_history_fits_a_laptop_screen(qtbot, laptop: QRect, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    client = window.vault.clients()[0]
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.history_button.click()
    dialog = window.workspace.findChild(AuditLogDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    screenshot(dialog, "small_screen_case_history")
    assert _fits(dialog, laptop), dialog.size()
    assert _shown_whole(dialog.export_button, dialog)
    assert all(_shown_whole(b, dialog) for b in _buttons(dialog))
    dialog.reject()


def test_the_audit_log_keeps_its_size_on_a_large_screen(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, open_window) -> None:
    _screen(monkeypatch, DESKTOP)
    window = open_window
    window.show_audit_log()
    dialog = window.findChild(AuditLogDialog)
    qtbot.waitExposed(dialog)
    assert (dialog.width(), dialog.height()) == (1120, 620)
    dialog.reject()


# -- the first run and the other start screens (findings 2 and 5) --------------------------

@pytest.mark.parametrize("points", [None, 14], indirect=True)
def test_the_first_run_form_fits_a_laptop_screen(  # type: ignore[no-untyped-def]
        qtbot, laptop: QRect, points, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "new", kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    _room_not_maximized(window, laptop)
    assert _fits(window, laptop), window.size()  # the form did not make it taller
    wizard = window.create_wizard
    page = wizard.passphrase_page
    page.new.first.setText(PASSPHRASE)
    page.new.second.setText(PASSPHRASE)
    commit = wizard.button(wizard.WizardButton.CommitButton)
    screenshot(window, f"small_screen_create_vault_{points or 'default'}pt")
    assert _shown_whole(commit, window)
    assert _shown_whole(window.restore_link, window)
    assert _shown_whole(page.new.second, window)

    commit.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    qtbot.wait(50)
    screenshot(window, f"small_screen_recovery_key_{points or 'default'}pt")
    assert _fits(window, laptop), window.size()
    assert _shown_whole(wizard.recovery_page.confirm, window)
    assert _shown_whole(wizard.button(wizard.WizardButton.FinishButton), window)
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    window.close()


def test_the_first_run_form_keeps_its_size_where_there_is_room(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "new", kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    qtbot.wait(50)
    wizard = window.create_wizard
    assert (wizard.width(), wizard.height()) == (720, 540)


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_missing_vault_screen_leaves_the_window_its_size(  # type: ignore[no-untyped-def]
        qtbot, laptop: QRect, points, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "gone", expect_vault=True)
    qtbot.addWidget(window)
    _room_not_maximized(window, laptop)
    screenshot(window, "small_screen_missing_vault_14pt")
    assert _fits(window, laptop), window.size()  # it grew to 598 pixels
    screen = window.missing_screen
    for button in (screen.choose_button, screen.create_button, window.restore_link):
        assert _shown_whole(button, window), button.text()


# -- the main window (finding 4) -------------------------------------------------------

def test_the_main_window_opens_maximized_where_1366x768_does_not_fit(  # type: ignore[no-untyped-def]
        qtbot, laptop: QRect, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "new", kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    # Its size when the therapist restores it fits too.
    assert _fits(window, laptop) and laptop.contains(window.normalGeometry())


def test_the_main_window_opens_at_1366x768_on_a_large_screen(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    area = _screen(monkeypatch, DESKTOP)
    window = MainWindow(tmp_path / "new", kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    assert (window.width(), window.height()) == (1366, 768)
    assert area.contains(QRect(window.pos(), window.size() + FRAME))


CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt
app = QApplication(sys.argv[:1])
from kastdesk.store import KdfParams
from kastdesk.ui.main_window import MainWindow
window = MainWindow(Path(sys.argv[1]), kdf=KdfParams.for_tests())
normal = window.normalGeometry()
print(json.dumps({"maximized": bool(window.windowState() & Qt.WindowState.WindowMaximized),
                  "normal": [normal.x(), normal.y(), normal.width(), normal.height()]}))
"""


def test_the_main_window_reads_the_screen_it_opens_on(tmp_path: Path) -> None:
    """No simulated screen in this process: a child app on an offscreen screen of
    1093×614 (the laptop's whole screen; offscreen has no taskbar)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1093,
                                               "height": 614, "logicalDpi": 96, "dpr": 1}]}))
    script = tmp_path / "child.py"
    script.write_text(CHILD, "utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "new")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["maximized"]
    x, y, width, height = got["normal"]
    assert QRect(0, 0, 1093, 614).contains(QRect(x, y, width + FRAME.width(),
                                                  height + FRAME.height()))


# -- Change passphrase and the recovery key (finding 3) ---------------------------------

def _change_passphrase(qtbot, window) -> ChangePassphraseDialog:  # type: ignore[no-untyped-def]
    window.settings_action.trigger()
    settings = window.findChild(SettingsDialog)
    settings.change_passphrase_button.click()
    dialog = settings.findChild(ChangePassphraseDialog)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # its second fit, after the labels rewrapped
    return dialog


@pytest.mark.parametrize("points", [14], indirect=True)
def test_change_passphrase_at_14pt_fits_without_gaps(  # type: ignore[no-untyped-def]
        qtbot, laptop: QRect, points, open_window) -> None:
    dialog = _change_passphrase(qtbot, open_window)
    screenshot(dialog, "small_screen_change_passphrase_14pt")
    assert dialog.width() == 500
    assert _fits(dialog, laptop), dialog.size()
    assert all(_shown_whole(b, dialog) for b in _buttons(dialog))
    assert not dialog.body.verticalScrollBar().isVisible()  # room enough: nothing scrolls
    # Below the last field only its hint's line and the message's before the buttons
    # (sized before its labels knew their width, it opened with wide gaps, 611 tall).
    last = dialog.new.second
    below = (dialog.ok.mapTo(dialog, QPoint(0, 0)).y()
             - last.mapTo(dialog, QPoint(0, last.height())).y())
    assert below <= 4 * dialog.fontMetrics().lineSpacing(), below


@pytest.mark.parametrize("points", [14], indirect=True)
def test_change_passphrase_scrolls_its_fields_on_a_short_screen(  # type: ignore[no-untyped-def]
        qtbot, netbook: QRect, points, open_window) -> None:
    dialog = _change_passphrase(qtbot, open_window)
    screenshot(dialog, "small_screen_change_passphrase_netbook_14pt")
    assert _fits(dialog, netbook), dialog.size()
    assert all(_shown_whole(b, dialog) for b in _buttons(dialog))
    assert dialog.body.verticalScrollBar().isVisible()
    dialog.body.ensureWidgetVisible(dialog.new.second)
    assert _shown_whole(dialog.new.second, dialog)


@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_recovery_key_dialog_fits_a_short_screen(  # type: ignore[no-untyped-def]
        qtbot, netbook: QRect, points, main_window) -> None:
    window = main_window
    window.unlock_screen.open_recovery()
    dialog = window.findChild(RecoveryDialog)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    screenshot(dialog, "small_screen_recovery_dialog_netbook_14pt")
    assert _fits(dialog, netbook), dialog.size()
    assert _shown_whole(dialog.ok, dialog)
    dialog.body.ensureWidgetVisible(dialog.new.second)
    assert _shown_whole(dialog.new.second, dialog)
    dialog.reject()


# -- the supervisor's packet window (finding 5) -----------------------------------------

@pytest.mark.parametrize("points", [14], indirect=True)
def test_the_packet_window_fits_a_laptop_screen(  # type: ignore[no-untyped-def]
        qtbot, laptop: QRect, points, demo_vault: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        case = vault.open_case(vault.clients()[0].id, audit_open=False)
        flag_for_guidance(case, "Where do we go from here?", "case")
        export_packet(vault, "a packet passphrase", tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
    window = open_packet_window(tmp_path / "p.kastsup", "a packet passphrase")
    qtbot.addWidget(window)
    assert _fits(window, laptop), window.size()
    assert laptop.contains(QRect(window.pos(), window.size() + FRAME))  # not placed past it
    window.show()
    qtbot.waitExposed(window)
    screenshot(window, "small_screen_packet_window_14pt")
    # Nothing in it wider than the window: no line cut at the right, no sideways scrolling.
    scroll = window.centralWidget()
    assert isinstance(scroll, QScrollArea)
    assert scroll.widget().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    window.close()
