"""Every file dialog of the app is Qt's own, made in kastdesk.ui.files, and never opens in
the folder of an earlier dialog it was not given.

The system's file dialog (GTK and the desktop portal on Linux, Windows' own) adds the file
chosen to the system's recent files (``~/.local/share/recently-used.xbel``), in plain text
outside the vault: an export's name carries the client's code, its folder may carry the
client's name. Qt's own dialog writes no such list. It does keep the last folder in memory
for the rest of the process, and opened the next dialog given no folder (the GEDCOM import,
the supervisor's packet) in the last client's folder, after a lock as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog, QLineEdit

import kastdesk.ui
from kastdesk.ui import files
from kastdesk.ui.files import existing_folder, file_dialog, open_file_name, save_file_name
from tests.ui.conftest import when_modal
from tests.ui.test_file_dialogs_forget import _written, settings_folder  # noqa: F401

NAME = "Zebulon Quixotefish"
UI = Path(kastdesk.ui.__file__).parent


@pytest.fixture
def client_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Clients" / NAME
    folder.mkdir(parents=True)
    (folder / "old-summary.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def _answer(seen: list[QFileDialog], path: Path | None = None):  # type: ignore[no-untyped-def]
    """Note the next file dialog in ``seen`` (its options and folder are read while it is
    open), then answer it with ``path``, or (None) cancel it."""
    state: list[tuple[bool, str]] = []

    def act(dialog: QFileDialog) -> None:
        seen.append(dialog)
        state.append((dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                      dialog.directory().absolutePath()))
        if path is None:
            dialog.reject()
            return
        dialog.setDirectory(str(path.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        dialog.accept()

    timer = when_modal(QFileDialog, act)
    timer.state = state  # type: ignore[attr-defined]
    return timer


def test_save_open_and_folder_dialogs_are_qt_own(qtbot, client_folder: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[QFileDialog] = []
    timer = _answer(seen, client_folder / "summary.pdf")
    assert save_file_name(None, "Save", str(client_folder), "PDF (*.pdf)").endswith(
        "summary.pdf")
    timer.stop()
    opened = _answer(seen, client_folder / "old-summary.pdf")
    assert open_file_name(None, "Open", str(client_folder), "PDF (*.pdf)").endswith(
        "old-summary.pdf")
    opened.stop()
    folder = _answer(seen)
    assert existing_folder(None, "Folder", str(client_folder)) == ""
    folder.stop()
    assert [own for own, _where in timer.state + opened.state + folder.state] == [True] * 3
    # The one made for showing without blocking (the missing vault's folder dialog).
    dialog = file_dialog(None, "Folder", str(client_folder))
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert Path(dialog.directory().absolutePath()) == client_folder


def test_a_dialog_shown_without_blocking_forgets_its_folder_once_deleted(  # type: ignore[no-untyped-def]
    qtbot, settings_folder: Path, client_folder: Path  # noqa: F811
) -> None:
    dialog = file_dialog(None, "Folder", str(client_folder))
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.accept()
    shiboken6.delete(dialog)  # as WA_DeleteOnClose does, once the event loop gets to it
    assert gone
    assert NAME.split()[0] not in _written(settings_folder).replace("%20", " ")


def test_a_dialog_given_no_folder_does_not_open_in_the_last_ones(  # type: ignore[no-untyped-def]
    qtbot, client_folder: Path, tmp_path: Path
) -> None:
    seen: list[QFileDialog] = []
    timer = _answer(seen, client_folder / "summary.pdf")
    assert save_file_name(None, "Save", str(client_folder / "summary.pdf"), "PDF (*.pdf)")
    timer.stop()
    for start in ("", str(tmp_path / "unplugged stick" / "backup.kastbak")):
        timer = _answer(seen)
        assert open_file_name(None, "Open", start, "PDF (*.pdf)") == ""
        timer.stop()
        ((_own, where),) = timer.state
        assert NAME not in where
        assert Path(where) == Path(files.start_at("")).resolve()


def test_start_at_keeps_what_the_caller_gave(tmp_path: Path) -> None:
    assert files.start_at(str(tmp_path)) == str(tmp_path)
    assert files.start_at(str(tmp_path / "a.pdf")) == str(tmp_path / "a.pdf")
    # A bare name (the family map's export) is offered in Qt's working folder, as before.
    assert files.start_at("K-1-genogram-names-2026-06-01.pdf") == \
        "K-1-genogram-names-2026-06-01.pdf"
    gone = files.start_at(str(tmp_path / "gone" / "b.kastbak"))
    assert Path(gone).name == "b.kastbak" and Path(gone).parent.is_dir()


def _file_dialog_uses(path: Path) -> list[str]:
    """Where a module makes a QFileDialog or calls one of its static functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        named = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        owner = func.value if isinstance(func, ast.Attribute) else None
        owner_name = owner.id if isinstance(owner, ast.Name) else (
            owner.attr if isinstance(owner, ast.Attribute) else "")
        if named == "QFileDialog" or (owner_name == "QFileDialog" and named.startswith("get")):
            found.append(f"{path.relative_to(UI)}:{node.lineno}")
        # Nobody turns Qt's own dialog back into the system's.
        if named == "setOption" and "DontUseNativeDialog" in ast.unparse(node):
            found.append(f"{path.relative_to(UI)}:{node.lineno} (DontUseNativeDialog)")
    return found


def test_every_file_dialog_of_the_app_is_made_in_kastdesk_ui_files() -> None:
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 20
    uses = {str(p.relative_to(UI)): _file_dialog_uses(p) for p in modules}
    assert len(uses.pop("files.py")) == 4  # the three static functions and file_dialog
    assert [use for found in uses.values() for use in found] == []


def test_the_application_asks_qt_for_its_own_dialogs_everywhere(qapp) -> None:  # type: ignore[no-untyped-def]
    """Dialogs Qt opens itself (the print dialog's "Print to file" browser) do not go
    through kastdesk.ui.files: the application-wide attribute keeps them Qt's own too."""
    from PySide6.QtCore import QCoreApplication, Qt

    from kastdesk.ui.app import make_application

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
    make_application()
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
