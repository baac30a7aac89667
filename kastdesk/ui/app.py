"""Start the desktop app: QApplication, style, translations, the main window, the demo."""

from __future__ import annotations

import contextlib
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kastdesk import i18n
from kastdesk.resources import resource_path
from kastdesk.store import KdfParams, Vault, default_vault_folder
from kastdesk.ui.clipboard import mark_copies_secret
from kastdesk.ui.common import finish_running_work, run_in_thread
from kastdesk.ui.files import forget_file_dialogs
from kastdesk.ui.keyboard import install_keyboard_rules
from kastdesk.ui.main_window import MainWindow
from kastdesk.ui.style import apply_style

DEMO_PASSPHRASE = "demo demo demo demo"
DEMO_CLIENTS = 12
TRANSLATIONS = resource_path("translations")

_translators: list[QTranslator] = []  # must outlive the installation


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with KastDesk's style and translations (reused if one exists)."""
    # Qt's own dialogs everywhere, also those Qt opens itself (the print dialog's "Print to
    # file" browser): a system dialog adds the chosen file, named by a client's code, to the
    # system's recent files, outside the vault. Checked as each dialog is made.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("KastDesk")
    app.setOrganizationName("KastDesk")
    apply_style(app)
    install_translations(app)
    mark_copies_secret(app)  # clipboard managers keep no history of copied case text
    install_keyboard_rules(app)  # one Tab stop per date field
    return app


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> None:
    """Qt's own strings and KastDesk's catalogue for the system language, if present.

    The core's ``tr`` is routed to ``QCoreApplication.translate`` so store errors and
    status names come out in the same language as the widgets.
    """
    locale = locale or QLocale.system()
    # kastdesk: the widgets' strings; kastdesk_core: the Qt-free core's (tools/); qtextra: Qt's
    # own words where Qt's catalogue is missing or wrong, looked up before it (a translator
    # installed later is asked first): Swedish "OK" (Qt's has "Ok"), and for Norwegian
    # Bokmål, for which Qt ships no catalogue, the buttons, edit menus and file dialog.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder),
                         ("qtextra", str(TRANSLATIONS)),
                         ("kastdesk", str(TRANSLATIONS)),
                         ("kastdesk_core", str(TRANSLATIONS))):
        translator = QTranslator(app)
        loaded = translator.load(locale, name, "_", folder)
        bokmal = locale.language() == QLocale.Language.NorwegianBokmal
        if not loaded and name == "qtbase" and bokmal:
            # Qt has Nynorsk only: kept for the rarer dialogs (printing, colours); qtextra_nb
            # (asked first) gives the Bokmål words for the buttons, menus and the whole file
            # dialog, whose Qt 6 labels ("&Look in:") Nynorsk lacks.
            loaded = translator.load("qtbase_nn", qt_folder)
        if loaded:
            app.installTranslator(translator)
            _translators.append(translator)
    # The core writes some files in the language too (a CSV file's separator).
    i18n.set_translator(QCoreApplication.translate, language_locale().name())


def language_locale() -> QLocale:
    """The locale of the language the app speaks now, for dates and numbers shown to people.

    That is the language of KastDesk's loaded catalogue, not ``QLocale()``: a Swedish screen
    on a computer set to another language (or a test that loads Swedish) must not write
    "13 Jul" under Swedish words, and without a catalogue the app speaks English, so its
    dates do too. Read from the installed translators each time, so removing them (tests,
    a change of language) is followed at once.
    """
    for translator in _translators:
        if Path(translator.filePath()).name.startswith("kastdesk") and translator.language():
            return QLocale(translator.language())
    return QLocale(QLocale.Language.English, QLocale.system().territory())


def build_demo(folder: Path, clients: int = DEMO_CLIENTS, kdf: KdfParams | None = None,
               progress: object = None) -> Vault:
    """A fresh demo vault of fictional clients, left open."""
    from kastdesk.demo import DEMO_THERAPIST, DemoOptions, fill_vault

    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=kdf, therapist=DEMO_THERAPIST)
    try:
        fill_vault(vault, DemoOptions(clients=clients), progress)  # type: ignore[arg-type]
    except BaseException:
        vault.close()
        raise
    return vault


class _Quitting(Exception):
    """The app is quitting while the demo is still being built: the build stops."""


#: Set when the app quits. A demo still being built then stops at its next client (its vault
#: closed) instead of running on in a thread Qt destroys: a SIGTERM in the first seconds of
#: ``kastdesk --demo`` aborted the process ("QThread: Destroyed while thread is still running")
#: and left the demo folder behind.
_QUITTING = threading.Event()


def _unless_quitting(progress: Callable[[int, int], None]) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if _QUITTING.is_set():
            raise _Quitting
        progress(done, total)

    return report


def start_demo(window: MainWindow, clients: int = DEMO_CLIENTS,
               kdf: KdfParams | None = None) -> None:
    """Build the demo in a worker behind a progress dialog, then open it in ``window``."""
    window.show_waiting(QCoreApplication.translate(
        "MainWindow", "Preparing a demo vault with fictional clients…"))
    folder = window.folder

    def failed(exc: BaseException) -> None:
        from kastdesk.ui.common import show_error

        show_error(window, exc)
        window.show_waiting(QCoreApplication.translate(
            "MainWindow", "The demo vault could not be made."))

    run_in_thread(
        window, lambda progress: build_demo(folder, clients, kdf, _unless_quitting(progress)),
        window.open_vault, on_failed=failed,
        label=QCoreApplication.translate("MainWindow", "Making fictional clients for the demo…"),
    )


def closing_order(widgets: list[QWidget]) -> list[QWidget]:
    """Top-level windows in the order a shutdown closes them: main windows first (see
    :func:`_quit_on_termination`), the rest as Qt listed them."""
    return sorted(widgets, key=lambda w: not isinstance(w, QMainWindow))


def _quit_on_termination(app: QApplication) -> None:
    """SIGTERM, SIGHUP or SIGINT (logout, shutdown, the terminal it was started from
    closed, Ctrl+C) closes the window the normal way. SIGHUP killed at once: the last
    second's typing was lost and the clipboard was not cleared.

    The window's close saves everything typed and closes the vault; the demo folder is
    removed after. Python only sees a signal when it runs, so a slow timer lets it in.
    Main windows close first: they keep an open dialog's typed text as a draft, and only
    while the dialog is still showing (closed first, in whatever order Qt listed them, a
    goal or risk-flag text typed in a dialog was lost in about half of the shutdowns).
    A main window closed this way never waits for a save that cannot succeed now
    (``MainWindow.ending``): a logout must end.
    """
    def quit_now() -> None:
        for widget in closing_order(app.topLevelWidgets()):
            if isinstance(widget, MainWindow):
                # Saves what it can and quits: text that waits for a stick or for space
                # refused the close, and the session manager's kill then lost it all.
                widget.ending = True
            widget.close()
        app.quit()

    def request_quit(*_: object) -> None:
        # Python runs the handler inside whatever code the signal interrupted (a save half
        # done; a timer's slot, which Qt does not fire again while it runs, so a question
        # asked from there waited on a timer that never came): the close runs from the
        # event loop instead.
        QTimer.singleShot(0, quit_now)

    for name in ("SIGTERM", "SIGHUP", "SIGINT"):  # SIGHUP where the system has it
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), request_quit)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def run_supervisor(app: QApplication, packet: Path) -> int:
    """Supervisor mode: one packet, read-only, with comments; no vault is ever opened."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from kastdesk.store import StoreError
    from kastdesk.store.packet import PacketInUse, PacketUnreadable
    from kastdesk.ui.supervision.supervisor import open_packet_window

    while True:
        passphrase, ok = QInputDialog.getText(
            None, "KastDesk", app.translate("Supervision", "Passphrase of the packet:"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return 0
        try:
            window = open_packet_window(packet, passphrase, keep_draft=True)
        except StoreError as exc:
            QMessageBox.warning(None, "KastDesk", exc.message)
            if isinstance(exc, (PacketInUse, PacketUnreadable)):
                # Open in another window, or opened and not readable by this version: the
                # passphrase again would not help.
                return 0
            continue
        window.show()
        # A logout ended supervisor mode at once, comments and all: it closes the window
        # the normal way, as the app does (the draft is sealed, the question asked).
        _quit_on_termination(app)
        return app.exec()


def run_app(vault: Path | None = None, demo: bool = False, packet: Path | None = None) -> int:
    """The app's entry point (``kastdesk`` without a verb); returns the exit code."""
    app = make_application()
    forget_file_dialogs()  # left by a crash, or by a version before it forgot them
    if packet is not None:
        return run_supervisor(app, packet)
    demo_root: Path | None = None
    window: MainWindow | None = None
    try:
        if demo:
            demo_root = Path(tempfile.mkdtemp(prefix="kastdesk-demo-"))
            folder = demo_root / "vault"
            window = MainWindow(folder, demo_passphrase=DEMO_PASSPHRASE)
        else:
            from PySide6.QtCore import QSettings

            from kastdesk.ui.start.missing import remember_folder, start_folder

            # --vault, else the folder of the vault opened last, else the default folder; a
            # moved vault is then said to be missing, not taken for a first run.
            settings = QSettings()
            folder, expected = start_folder(vault, settings, default_vault_folder())
            remember = None if vault is not None else (lambda f: remember_folder(settings, f))
            # Text that waits for a vault out of reach is kept sealed in the user's own
            # application data folder meanwhile (kastdesk.ui.rescue); not for the demo.
            from kastdesk.store.rescue import default_rescue_folder

            window = MainWindow(folder, expect_vault=expected, remember_folder=remember,
                                rescue_folder=default_rescue_folder())
        window.show()
        if demo:
            start_demo(window)
        _quit_on_termination(app)
        return app.exec()
    finally:
        # Every way out, also a window that could not be made or shown before the event
        # loop ran (the demo folder was left in the temp folder then).
        _QUITTING.set()
        finish_running_work()  # a demo still being built stops at its next client
        if window is not None and window.vault is not None:
            window.close()
        if demo_root is not None:
            # Fictional data, but still nothing left behind in /tmp.
            with contextlib.suppress(OSError):
                shutil.rmtree(demo_root)
