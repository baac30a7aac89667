"""No vault where one was expected: say so, and let the therapist find the moved folder.

A vault folder that was moved or renamed must not look like a first run: the create wizard
alone led a therapist to make a new, empty vault beside the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import Vault
from kastdesk.ui.common import WrappingLabel
from kastdesk.ui.files import file_dialog
from kastdesk.ui.flow import FlowLayout
from kastdesk.ui.folder_check import NOT_ANSWERING, FolderCheck
from kastdesk.ui.start.unlock import CARD_MAX_WIDTH, CARD_MIN_WIDTH, centred

FOLDER_KEY = "vault/folder"  # QSettings: the folder of the vault last opened


def remembered_folder(settings: QSettings) -> Path | None:
    """The folder of the vault this computer opened last, if any."""
    value = settings.value(FOLDER_KEY)
    return Path(str(value)) if value else None


def remember_folder(settings: QSettings, folder: Path) -> None:
    settings.setValue(FOLDER_KEY, str(Path(folder).expanduser().absolute()))
    settings.sync()


def start_folder(vault: Path | None, settings: QSettings | None,
                 default: Path) -> tuple[Path, bool]:
    """The folder the app opens, and whether a vault is expected there.

    ``--vault`` wins; else the folder of the vault opened last, else the default folder.
    A vault is expected unless this is a first run: the default folder, never used.
    """
    if vault is not None:
        return Path(vault), True
    remembered = remembered_folder(settings) if settings is not None else None
    if remembered is not None:
        return remembered, True
    return default, _used(default)


def _used(folder: Path) -> bool:
    """Something of a vault is left here (its lock or its cases), but not vault.json."""
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return False


def nearest_existing(folder: Path) -> Path:
    """Where a folder dialog starts: the missing folder's nearest part that still exists."""
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return Path.home()


#: How often the missing folder is looked for again (a memory stick plugged in later).
WATCH_MS = 2000


@dataclass(frozen=True)
class FolderLook:
    """What the screen needs to know of a folder, read in one go off the UI thread."""

    vault: bool  # it holds vault.json
    nearest: Path  # where a folder dialog for it starts (``nearest_existing``)


def look_for_vault(folder: Path) -> FolderLook:
    """Look at ``folder`` (in a worker thread: on a dead network mount this hangs)."""
    try:
        return FolderLook(Vault.is_vault(folder), nearest_existing(folder))
    except OSError:
        return FolderLook(False, Path.home())


class MissingVaultScreen(QWidget):
    """Emits ``chosen(folder)`` for a folder that holds a vault, or ``create_requested``."""

    chosen = Signal(object)
    create_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None,
                 look: Callable[[Path], FolderLook] = look_for_vault) -> None:
        super().__init__(parent)
        self.setObjectName("missingVaultScreen")
        self.folder = Path(folder)
        self.dialog: QFileDialog | None = None
        # Every look at a folder runs off the UI thread (R8): ``is_dir`` on a network folder
        # that hangs froze the window for minutes, every two seconds. The watch's looks and
        # those at a folder chosen in the dialog share one thread per folder.
        self.watcher = FolderCheck(look, parent=self)
        self.watcher.answered.connect(self._looked)
        self.picker = FolderCheck(look, parent=self)
        self.picker.answered.connect(self._picked)
        self.last_look: FolderLook | None = None  # the missing folder's last answer
        self._pick: Path | None = None  # the folder chosen in the dialog, being looked at

        card = QFrame(self)
        card.setObjectName("startCard")
        # As wide as its buttons need (a fixed 460 pixels cut "Choose the vault folder…" at
        # a 14-point font), within the unlock card's bounds.
        card.setMinimumWidth(CARD_MIN_WIDTH)
        card.setMaximumWidth(CARD_MAX_WIDTH)
        self.card = card
        title = QLabel(self.tr("KastDesk"), card)
        title.setObjectName("startTitle")
        # The whole path in the sentence, so the therapist sees which folder was looked in.
        self.explanation = WrappingLabel("", card)
        self.explanation.setObjectName("missingVaultText")
        self.explanation.setText(self.tr(
            "No vault was found at {folder}; if it is on a memory stick or a network folder, "
            "plug the stick in or connect, and KastDesk opens it; if you moved or renamed "
            "the vault folder, choose the folder where it is now."
        ).format(folder=self._wrappable(self.folder)))
        self.explanation.setToolTip(str(self.folder))

        self.choose_button = QPushButton(self.tr("Choose the vault folder…"), card)
        self.choose_button.setObjectName("chooseVaultFolder")
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose)
        self.create_button = QPushButton(self.tr("Create a new vault"), card)
        self.create_button.setObjectName("createNewVault")
        self.create_button.clicked.connect(self._create)
        row = FlowLayout()  # the second button under the first where both do not fit
        row.addWidget(self.choose_button)
        row.addStretch(1)
        row.addWidget(self.create_button)

        self.message = WrappingLabel("", card)
        self.message.setObjectName("missingVaultMessage")
        self.message.setProperty("role", "error")

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(self.explanation)
        inner.addSpacing(8)
        inner.addLayout(row)
        inner.addWidget(self.message)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centred(card))
        outer.addStretch(3)

        # A vault on a memory stick not plugged in yet, or a network folder not connected:
        # looked for again every two seconds, so plugging it in is all it takes.
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._look_again)
        self.watch.start()

    def _look_again(self) -> None:
        if self.isVisible():
            self.watcher.ask(self.folder)  # nothing new while the last look is out

    def _looked(self, folder: Path, answer: FolderLook) -> None:
        if answer is NOT_ANSWERING:
            self.say_not_answering(folder)
            return
        self.last_look = answer
        if self.message.property("notAnswering") == str(folder):
            self._clear_message()
        # Only while this screen is the one shown and looking: behind the create wizard the
        # vault being created appeared here and replaced the wizard as it showed the
        # recovery key.
        if answer.vault and self.dialog is None and self.isVisible() and self.watch.isActive():
            self.watch.stop()
            self._open(self.folder)

    def _say(self, text: str, folder: Path, *, not_answering: bool) -> None:
        """One sentence about ``folder`` under the buttons, the whole path in its tooltip;
        ``notAnswering`` marks the sentences about a folder that does not answer."""
        self.message.setText(text)
        self.message.setToolTip(str(folder))
        self.message.setProperty("notAnswering", str(folder) if not_answering else None)

    def say_not_answering(self, folder: Path) -> None:
        """A folder whose look has not come back: taken as not there yet, said plainly."""
        self._say(self.tr(
            "{folder} is not answering just now (a network folder may be slow or "
            "disconnected); KastDesk takes it as not there yet and goes on looking."
        ).format(folder=self._wrappable(folder)), folder, not_answering=True)

    def say_cannot_create(self, folder: Path) -> None:
        """Create a new vault asked while the folder does not answer: refused, said plainly
        (the vault's files would be written into a folder whose every step may hang)."""
        self._say(self.tr(
            "{folder} is not answering, so a new vault cannot be made there now: KastDesk "
            "goes on looking; once it answers, choose Create a new vault again."
        ).format(folder=self._wrappable(folder)), folder, not_answering=True)
        self.watch.start()  # _create stopped the looks: the folder may still come back

    def _create(self) -> None:
        self.watch.stop()  # the folder is about to hold the vault being created
        self.create_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.start()  # shown again (the wizard cancelled): look again
        self.watcher.ask(self.folder)  # at once: the folder dialog's start comes from it

    def hideEvent(self, event: QHideEvent) -> None:
        self.watch.stop()
        super().hideEvent(event)

    @staticmethod
    def _wrappable(folder: Path) -> str:
        """``folder`` as it may wrap: Qt breaks a line after "/" but not after a Windows
        "\\", so a zero-width space follows each (else a long path runs past the card)."""
        return str(folder).replace("\\", "\\\u200b")

    def choose(self) -> None:
        """A folder dialog that does not block (the window keeps painting)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        # Where the last look found the nearest part of the folder still there; nothing
        # on the click itself touches the folder (on a network folder that hangs, it hung).
        start = self.last_look.nearest if self.last_look is not None else Path.home()
        # Qt's own dialog, which forgets what it remembered once deleted (kastdesk.ui.files).
        dialog = file_dialog(self, self.tr("Choose the vault folder"), str(start))
        dialog.setObjectName("chooseVaultDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.pick_folder(Path(path)))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def pick_folder(self, folder: Path) -> None:
        """The folder chosen in the dialog: looked at off the UI thread, then opened if it
        holds a vault (``_picked``)."""
        self._pick = Path(folder)
        self.picker.ask(self._pick)

    def _picked(self, folder: Path, answer: FolderLook) -> None:
        if self._pick is None or Path(folder) != self._pick:
            return  # another folder was chosen since
        if answer is NOT_ANSWERING:
            self.say_not_answering(folder)
            return
        self._pick = None
        if answer.vault:
            self._open(folder)
        else:
            self._say_no_vault(folder)

    def use_folder(self, folder: Path) -> bool:
        """Open ``folder`` if it holds a vault; else say what to choose instead.

        It looks on the calling thread: for a folder known to answer."""
        if not Vault.is_vault(folder):
            self._say_no_vault(folder)
            return False
        self._open(folder)
        return True

    def _say_no_vault(self, folder: Path) -> None:
        self._say(self.tr(
            "There is no KastDesk vault in {folder}; choose the folder that holds the "
            "file vault.json."
        ).format(folder=self._wrappable(folder)), folder, not_answering=False)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.setToolTip("")
        self.message.setProperty("notAnswering", None)

    def _open(self, folder: Path) -> None:
        self._clear_message()
        self.chosen.emit(folder)
