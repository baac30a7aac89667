"""QA pass 24, second walk through the family map: the import dialog's count, long names
from a GEDCOM file, the panel's title, twin birth order's refusals and the toolbar's Undo
while notes are typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest

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


# ----- Twin birth order: a place that does not exist is said, and the sentence goes ---------
def _twins_and_a_sister(editor):  # type: ignore[no-untyped-def]
    """Twins Ada and Bo and their younger sister Cia: two places among the siblings."""
    pid = editor.add_person(Sex.MALE)
    editor.add_partner(pid)
    (union,) = editor.model.unions_of(pid)
    for sex in (Sex.FEMALE, Sex.MALE, Sex.FEMALE):
        editor.add_child(union.id, sex)
    ada, bo, cia = (lk.child_id for lk in editor.model.children_of_anchor(union.id))
    for child, name in ((ada, "Ada"), (bo, "Bo"), (cia, "Cia")):
        editor.do(lambda c=child, n=name: E.update_person(editor.model, c, name=n))
    assert editor.do(lambda: E.set_twins(editor.model, [ada, bo]))
    return pid, ada, bo, cia


def _ask_place(editor, child: str, place: int) -> None:  # type: ignore[no-untyped-def]
    editor.scene.clearSelection()
    editor.scene.persons[child].setSelected(True)
    editor.panel.birth_order.setValue(place)
    editor.panel.birth_order.editingFinished.emit()


def _place(editor, child: str) -> int:  # type: ignore[no-untyped-def]
    (link,) = editor.model.links_of_child(child)
    return link.birth_order + 1


def test_a_place_after_the_last_is_said_not_put_back_silently(editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _father, ada, bo, cia = _twins_and_a_sister(editor)
    _ask_place(editor, cia, 5)
    assert _place(editor, cia) == 2
    assert editor.panel.birth_order.value() == 2  # put back ...
    assert editor.message.isVisible()  # ... and said why
    assert editor.message.text() == (
        "Cia cannot be number 5 among the siblings: there are 2 places (twins share one), "
        "and the last, 2, was kept.")
    editor.grab().save(str(tmp_path / "editor.png"))
    # A twin asked to a place after the last goes last, with their twin, and it is said.
    _ask_place(editor, ada, 3)
    assert (_place(editor, ada), _place(editor, bo), _place(editor, cia)) == (2, 2, 1)
    assert editor.message.isVisible() and "Ada cannot be number 3" in editor.message.text()


def test_a_refusal_goes_when_the_user_selects_something_else(editor) -> None:  # type: ignore[no-untyped-def]
    """A red refusal stayed above the map, about an edit long past, until an edit worked."""
    father, _ada, _bo, cia = _twins_and_a_sister(editor)

    def refuse() -> None:
        editor.scene.clearSelection()
        editor.scene.persons[cia].setSelected(True)
        assert not editor.do(lambda: E.update_person(editor.model, cia, birth_year=2999))
        assert editor.message.isVisible()

    refuse()
    editor.scene.clearSelection()
    editor.scene.persons[father].setSelected(True)
    assert not editor.message.isVisible()
    # It stays while the same person stays selected (the panel is filled anew) ...
    refuse()
    editor.panel.name.setFocus()
    editor.scene.persons[cia].setSelected(True)
    assert editor.message.isVisible()
    # ... and a valid edit takes it away.
    _ask_place(editor, cia, 1)
    assert _place(editor, cia) == 1
    assert not editor.message.isVisible()
    # A hint (blue: what to do next) is not a refusal: selecting goes on with it.
    refuse()
    editor._show_hint("Click the second person.")
    editor.scene.clearSelection()
    editor.scene.persons[father].setSelected(True)
    assert editor.message.isVisible()


# ----- The toolbar's Undo names the notes being typed -----------------------------------------
def test_undo_tooltip_names_the_notes_being_typed(editor) -> None:  # type: ignore[no-untyped-def]
    """Notes typed and not yet saved are what the toolbar's Undo takes back; its tooltip
    still named the step before them ("Undo Add daughter")."""
    father, _ada, _bo, cia = _twins_and_a_sister(editor)
    editor.scene.clearSelection()
    editor.scene.persons[cia].setSelected(True)
    older = editor.undo_stack.undoText()
    assert not older.startswith("Notes on")
    notes = editor.panel.notes
    notes.setFocus()
    QTest.keyClicks(notes, "Moved out")
    assert editor.model.persons[cia].notes == ""  # not saved yet
    assert editor.undo_button_action.toolTip().startswith("Undo Notes on Cia")
    assert older not in editor.undo_button_action.toolTip()
    editor.undo_button_action.trigger()  # takes the notes back, as the tooltip said
    assert notes.toPlainText() == "" and editor.undo_stack.redoText() == "Notes on Cia"
    assert editor.undo_button_action.toolTip().startswith(f"Undo {older}")
    # A name typed: the step is the name.
    editor.panel.name.setFocus()
    QTest.keyClicks(editor.panel.name, "na")
    assert editor.undo_button_action.toolTip().startswith("Undo Name of Ciana")
    # Another person selected: the typing went (saved), and Undo names it as saved.
    editor.scene.clearSelection()
    editor.scene.persons[father].setSelected(True)
    assert editor.undo_button_action.toolTip().startswith(f"Undo {editor.undo_stack.undoText()}")


def test_the_import_dialog_lists_a_long_name_shortened(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A NAME line of 200,000 characters was one item of the centre list, all of it."""
    dialog = _loaded_dialog(qtbot, _gedcom(tmp_path, ["A" * 200_000, "Eva /Strand/"]))
    texts = [dialog.centre.itemText(i) for i in range(dialog.centre.count())]
    assert texts[1:] == ["A" * 60 + "…", "Eva Strand"]
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_the_typed_step_is_named_as_the_saved_one() -> None:
    """``typed_step`` names the typing as ``update_person`` / ``update_relationship`` name
    the step that saves it, without making it (50 ms a key on 2,000 persons)."""
    from kastdesk.genogram.demo import generate_family

    g = generate_family(seed=3, size=40)
    pid = next(p for p, person in g.persons.items() if person.name)
    for fields in ({"notes": "Moved out"}, {"occupation": "Nurse"}, {"name": "X"},
                   {"notes": "a", "occupation": "b"}, {"birth_year": 1950}):
        text, about = E.typed_step(g, "person", pid, fields)
        saved = E.update_person(g, pid, **fields)
        assert text.format(*(p.name for p in about)) == saved.describe(lambda p: p.name)
    assert E.typed_step(g, "person", pid, {"notes": g.persons[pid].notes}) is None
    rid = next(iter(g.relationships), None)
    if rid is not None:
        text, about = E.typed_step(g, "relationship", rid, {"note": "Often rows"})
        saved = E.update_relationship(g, rid, note="Often rows")
        assert text.format(*(p.name for p in about)) == saved.describe(lambda p: p.name)
