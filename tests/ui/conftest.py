"""pytest-qt fixtures for the app: the house style, a main window on a real demo vault,
and screenshots into ``artifacts/screenshots/`` (git-ignored) for people to look at."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import ANCHOR, PASSPHRASE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def _house_style(qapp: QApplication) -> None:
    from kastdesk.ui.app import install_translations
    from kastdesk.ui.keyboard import install_keyboard_rules
    from kastdesk.ui.style import apply_style

    apply_style(qapp)
    install_keyboard_rules(qapp)
    install_translations(qapp)
    if os.environ.get("KASTDESK_RECORD_TR"):
        _record_lookups(qapp, Path(os.environ["KASTDESK_RECORD_TR"]))


def _record_lookups(qapp: QApplication, path: Path) -> None:
    """Write every (context, text) the app looks up to ``path`` (tools/find_untranslated.py).

    A translator that never translates, only notes what it was asked: strings that reach the
    screen without being in a catalogue show up as lookups the catalogues do not hold.
    """
    import atexit

    from PySide6.QtCore import QTranslator

    seen: set[tuple[str, str]] = set()

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
            seen.add((context or "", source or ""))
            return None

        def isEmpty(self) -> bool:  # type: ignore[override]
            return False

    recorder = Recorder(qapp)
    qapp.installTranslator(recorder)

    def dump() -> None:
        path.write_text(json.dumps(sorted(seen), ensure_ascii=False, indent=0), encoding="utf-8")

    atexit.register(dump)


def screenshot(widget: QWidget, name: str) -> Path:
    """Save what ``widget`` shows now as ``artifacts/screenshots/<name>.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    return path


def shown_workspace(qtbot, vault, case, tab: str | None = None,  # type: ignore[no-untyped-def]
                    size: tuple[int, int] = (1366, 768)):
    """A case workspace on ``case``, shown at ``size``, on ``tab`` if given (close it with
    ``clear()``)."""
    from kastdesk.ui.workspace import CaseWorkspace

    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(*size)
    ws.show()
    qtbot.waitExposed(ws)
    if tab is not None:
        ws.set_current_tab(tab)
    return ws


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase into the unlock screen and wait for the register."""
    screen = window.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)


def vault_with_a_session(
    folder: Path, code: str, at: datetime = datetime(2026, 11, 1, 10), note: str = "first"
) -> Path:
    """A new vault in ``folder`` (test key costs) with one client ``code`` (first contact
    1 November 2026) and one session with ``note``, closed: the start of the tests that pull
    the vault's folder away while text waits (a memory stick, a network share)."""
    from kastdesk.store import KdfParams, Vault

    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client(code, first_contact_date=date(2026, 11, 1))
    case.sessions.add(at, note=note)
    vault.close()
    return folder


def unlocked_window(qtbot, folder: Path, **options: Any):  # type: ignore[no-untyped-def]
    """The main window on ``folder`` (today 20 November 2026), 1100×700, shown and
    unlocked; ``options`` go to :class:`MainWindow` (``rescue_folder``, say)."""
    from kastdesk.ui.main_window import MainWindow

    window = MainWindow(folder, today=lambda: date(2026, 11, 20), **options)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    unlock(qtbot, window)
    return window


def close_after_pulled(window, folder: Path, away: Path | None = None, *,  # type: ignore[no-untyped-def]
                       replace: bool = False, ending: bool = False) -> None:
    """A pulled-stick test's end: message boxes closed, the vault's folder back from
    ``away`` where the test left it there (``replace``: over what stands in its place), the
    window closed (``ending``: as at a quit, past the unsaved-text question) and the vault
    with it, so a failed test never leaves the vault open."""
    close_message_boxes()
    if away is not None and away.exists():
        if replace and folder.exists():
            shutil.rmtree(folder)
        if not folder.exists():
            away.rename(folder)
    if ending:
        window.ending = True
    window.close()
    if window.vault is not None:
        window.vault.close()


@pytest.fixture
def rescue(tmp_path: Path) -> Path:
    """Where the rescue-copy tests' app keeps its sealed copies: a folder of the user's
    own (local application data), never on the vault's stick."""
    return tmp_path / "local app data" / "KastDesk" / "rescue"


def rescue_window(qtbot, folder: Path, rescue: Path):  # type: ignore[no-untyped-def]
    """The main window on ``folder``, unlocked, its sealed copies in ``rescue``: how a
    rescue-copy test starts the app (again, after a kill or a logout)."""
    return unlocked_window(qtbot, folder, rescue_folder=rescue)


def end_rescue_window(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """A rescue-copy test's end: :func:`close_after_pulled` as at a quit, ``folder`` put
    back from "stick out" beside it, where the test pulled the stick."""
    close_after_pulled(window, folder, folder.parent / "stick out", ending=True)


@pytest.fixture
def window(qtbot, folder: Path, rescue: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """A :func:`rescue_window` on the test module's own ``folder``, ended through
    :func:`end_rescue_window`. The rescue-copy tests share it; a module with a window set
    up otherwise defines its own ``window``, which takes precedence."""
    window = rescue_window(qtbot, folder, rescue)
    yield window
    end_rescue_window(window, folder)


def message_boxes() -> list[QMessageBox]:
    """The message boxes showing now."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def close_message_boxes() -> None:
    """Close every message box showing (a test's end, or before the next step)."""
    for box in message_boxes():
        box.done(0)


@pytest.fixture
def main_window(qtbot, demo_vault: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """A locked main window on a fresh copy of the small demo vault (today = ANCHOR)."""
    from kastdesk.ui.main_window import MainWindow

    window = MainWindow(demo_vault, today=lambda: ANCHOR)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    assert window.vault is None


@pytest.fixture
def open_window(qtbot, main_window):  # type: ignore[no-untyped-def]
    """The main window, unlocked."""
    unlock(qtbot, main_window)
    return main_window


@pytest.fixture
def editor(qtbot, vault, case):  # type: ignore[no-untyped-def]
    """The family-map editor on the test module's own ``case`` (each names its client),
    names shown, 1200×800, today = ANCHOR. A module with an editor set up otherwise
    (test_genogram_export_recorded.py) defines its own ``editor``, which takes precedence."""
    from kastdesk.ui.genogram import GenogramEditor

    ed = GenogramEditor(vault, case, today=lambda: ANCHOR)
    ed.privacy_mode = False
    ed.resize(1200, 800)
    qtbot.addWidget(ed)
    ed.show()
    return ed


def when_modal(kind: type, act: Callable[[Any], None]) -> QTimer:
    """Run ``act`` on the first modal dialog of ``kind`` that shows, from inside its exec()
    (a dialog run with exec() blocks the test until someone answers it). Stop the returned
    timer when done."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            act(dialog)

    timer.timeout.connect(check)
    timer.start()
    return timer


@pytest.fixture(params=["en_GB", "sv_SE", "nb_NO"])
def every_language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Each of the app's languages in turn (its two-letter code); English after."""
    from kastdesk import i18n
    from kastdesk.ui import app as app_module

    if request.param != "en_GB":
        app_module.install_translations(qapp, QLocale(request.param))
    yield request.param[:2]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    app_module.install_translations(qapp)  # as the session's fixture left it
    i18n.set_translator(None)


@pytest.fixture
def points(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[int | None]:
    """The app's font as it comes (None), or at the points the test asks for (a therapist's
    larger text setting): ``@pytest.mark.parametrize("points", [14], indirect=True)``."""
    old = QFont(qapp.font())
    wanted = getattr(request, "param", None)
    if wanted is not None:
        font = QFont(old)
        font.setPointSize(wanted)
        qapp.setFont(font)
    yield wanted
    qapp.setFont(old)


@contextmanager
def child_app(tmp_path: Path, script: str, args: list[str],
              says: str = "typed") -> Iterator[subprocess.Popen[str]]:
    """Run ``script`` (a child app: it prints ``says`` once it has done what the test waits
    for) with ``args``, and hand it over once it has said so; killed at the end if it still
    runs, so a failed test never leaves it behind."""
    path = tmp_path / "child.py"
    path.write_text(script, "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(path), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env, cwd=Path(__file__).resolve().parents[2],
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == says, child.stderr.read() if child.stderr else ""
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def kill_after_typing(tmp_path: Path, script: str, args: list[str], pause: float = 1.8) -> None:
    """Run ``script`` (a child app that types, prints "typed" and waits in its event loop)
    with ``args``; ``pause`` seconds after it has typed, SIGKILL it, as a crash would.

    The pause is a stop in typing: the one-second saves have run, and a crash loses no
    more than what was typed after them."""
    with child_app(tmp_path, script, args) as child:
        time.sleep(pause)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
