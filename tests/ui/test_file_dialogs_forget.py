"""The file dialogs leave no trail of where case files are kept (a leak hunt found the
folder "Clients/<client's name>" in Qt's plain-text QtProject.conf, still there after the
client was erased): every dialog of the app goes through kastdesk.ui.files, which forgets
what Qt's dialog remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLineEdit

from kastdesk.ui.files import existing_folder, open_file_name, save_file_name
from tests.ui.conftest import when_modal

NAME = "Zebulon Quixotefish"


@pytest.fixture
def settings_folder(tmp_path: Path) -> Iterator[Path]:
    """User-scope settings written under tmp_path for the test, then where they were."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    before = Path(QSettings(scope, "QtProject").fileName()).parent
    folder = tmp_path / "config"
    QSettings.setPath(fmt, scope, str(folder))
    try:
        yield folder
    finally:
        QSettings.setPath(fmt, scope, str(before))


def _written(settings_folder: Path) -> str:
    files = [p for p in settings_folder.rglob("*") if p.is_file()]
    return "\n".join(p.read_text(errors="replace") for p in files)


def _answer(path: Path | None = None):  # type: ignore[no-untyped-def]
    """Answer the next file dialog with ``path``, or (None) with the folder it shows."""

    def act(dialog: QFileDialog) -> None:
        if path is not None:
            # Typed into the name field, as a user does (selectFile races the dialog's
            # folder listing, which loads in the background).
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        dialog.accept()

    return when_modal(QFileDialog, act)


@pytest.fixture
def client_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Clients" / NAME
    folder.mkdir(parents=True)
    (folder / "old-summary.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def test_qt_itself_remembers_the_folder(qtbot, settings_folder: Path, client_folder: Path) -> None:  # type: ignore[no-untyped-def]
    """What the functions below undo: Qt's own dialog writes the client's folder down."""
    timer = _answer(client_folder / "summary.pdf")
    name, _ = QFileDialog.getSaveFileName(None, "Save", str(client_folder), "PDF (*.pdf)")
    timer.stop()
    assert name.endswith("summary.pdf")
    assert NAME.split()[0] in _written(settings_folder).replace("%20", " ")


def test_saving_opening_and_choosing_a_folder_leave_no_trail(  # type: ignore[no-untyped-def]
    qtbot, settings_folder: Path, client_folder: Path
) -> None:
    timer = _answer(client_folder / "summary.pdf")
    assert save_file_name(None, "Save", str(client_folder), "PDF (*.pdf)").endswith("summary.pdf")
    timer.stop()
    timer = _answer(client_folder / "old-summary.pdf")
    opened = open_file_name(None, "Open", str(client_folder), "PDF (*.pdf)")
    assert opened.endswith("old-summary.pdf")
    timer.stop()
    timer = _answer()
    assert existing_folder(None, "Folder", str(client_folder)).endswith(NAME)
    timer.stop()
    assert NAME.split()[0] not in _written(settings_folder).replace("%20", " ")
