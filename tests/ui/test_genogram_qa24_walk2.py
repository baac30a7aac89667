"""QA pass 24, second walk through the family map: the import dialog's count, long names
from a GEDCOM file, the panel's title, twin birth order's refusals and the toolbar's Undo
while notes are typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram.editor import GedcomImportDialog

HEAD = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"


def _gedcom(tmp_path: Path, names: list[str]) -> Path:
    people = "".join(
        f"0 @I{i}@ INDI\n1 NAME {name}\n1 SEX F\n" for i, name in enumerate(names, 1)
    )
    path = tmp_path / "family.ged"
    path.write_text(HEAD + people + "0 TRLR\n", encoding="utf-8")
    return path


def _loaded_dialog(qtbot, path: Path) -> GedcomImportDialog:  # type: ignore[no-untyped-def]
    dialog = GedcomImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    return dialog


# ----- The import dialog counts one person as one -------------------------------------------
def test_everyone_of_one_person_reads_in_the_singular(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file of one person offered "Everyone (1 persons)"."""
    dialog = _loaded_dialog(qtbot, _gedcom(tmp_path, ["Ida /Strand/"]))
    assert dialog.centre.itemText(0) == "Everyone (1 person)"
    dialog = _loaded_dialog(qtbot, _gedcom(tmp_path, ["Ida /Strand/", "Eva /Strand/"]))
    assert dialog.centre.itemText(0) == "Everyone (2 persons)"


# ----- The panel's title keeps inside the panel -----------------------------------------------
@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-124", name="Jonas Lind")


LONG_WORD = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessen"


def test_a_title_of_one_long_word_stays_inside_the_panel(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Word wrap cannot break one long word: the title ran past the panel's right edge."""
    pid = editor.add_person(Sex.FEMALE)
    assert pid is not None
    editor.do(lambda: E.update_person(editor.model, pid, name=f"Ida {LONG_WORD} Strand"))
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    panel, title = editor.panel, editor.panel.title
    qtbot.waitUntil(title.isVisible)
    qtbot.wait(50)
    panel.grab().save(str(tmp_path / "panel.png"))
    right = title.mapTo(panel, title.rect().topRight()).x()
    assert right <= panel.width() - 8  # inside the panel's margin
    assert title.sizeHint().width() <= panel.width()
    text = title.text()
    assert text.startswith("Ida ") and "…" in text
    assert title.fontMetrics().horizontalAdvance(max(text.split(), key=len)) <= title.width()
    assert LONG_WORD in title.toolTip()  # the whole name on hover
