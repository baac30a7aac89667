"""The genogram editor on a real fast-KDF vault: edits, undo, drag, export, privacy, shots."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox

from kastdesk.genogram import edits as E
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.gedcom import export_gedcom, import_gedcom
from kastdesk.genogram.model import ChildKind, Genogram, Sex, UnionKind
from kastdesk.genogram.storage import genogram_history, load_genogram, save_genogram
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from kastdesk.ui.genogram.editor import GedcomImportDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot, when_modal

DATA = Path(__file__).resolve().parents[1] / "core" / "genogram" / "data"
TODAY = date(2026, 11, 1)


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-001", name="Erik Berg")


def _father_line_selected(editor: GenogramEditor, kind: object) -> tuple[str, str, str]:
    """A client with parents and a line of ``kind`` drawn from the father to the client, by
    clicking, and selected: (client, father, line)."""
    pid = _client(editor)
    editor.add_parents(pid)
    father = editor.model.parents_of(pid)[0]
    editor.begin_relationship(father, kind)  # type: ignore[arg-type]
    editor.scene.person_clicked.emit(pid)
    (rid,) = editor.model.relationships
    editor.scene.clearSelection()
    editor.scene.relationships[rid].setSelected(True)
    return pid, father, rid


def _client_selected(editor: GenogramEditor) -> str:
    """A client, the only one selected (the panel shows them)."""
    pid = _client(editor)
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    return pid


def _client(editor: GenogramEditor) -> str:
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    editor.set_index_person(pid)
    return pid


def test_add_parents_partner_child_through_context_menu(editor, case) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.person_menu(pid).findChild(object, "add_parents").trigger()
    editor.person_menu(pid).findChild(object, "add_partner").trigger()
    g = editor.model
    (union,) = g.unions_of(pid)
    editor.person_menu(pid).findChild(object, f"add_child:{union.id}").trigger()
    g = editor.model
    assert len(g.parents_of(pid)) == 2
    assert len(g.children_of(pid)) == 1
    assert load_genogram(case) == g
    labels = [v.label for v in genogram_history(case)]
    # The first person of an empty map is the client already: "Set index person" changes
    # nothing and is not recorded.
    assert labels == ["Add person", "Add parents", "Add partner", "Add child"]
    assert g.index_person is not None and g.index_person.id == pid
    assert len(editor.scene.persons) == len(g.persons) == 5


def test_add_child_menu_tells_partners_apart(editor) -> None:  # type: ignore[no-untyped-def]
    """Three unnamed partners, two of them former, read "With former partner" twice in the
    privacy mode: the entries say the kind of couple and its year, and then their order."""
    pid = _client(editor)
    for _ in range(3):
        editor.person_menu(pid).findChild(object, "add_partner").trigger()
    first, second, third = editor.model.unions_of(pid)
    editor.do(lambda: E.update_union(editor.model, first.id, kind=UnionKind.DIVORCED,
                                     start_year=1990))
    editor.do(lambda: E.update_union(editor.model, second.id, kind=UnionKind.DIVORCED))
    editor.privacy_mode = True
    menu = editor.person_menu(pid)
    # Each partner is a submenu of Add child (son, daughter, …): its title names them.
    texts = [menu.findChild(QMenu, f"add_child_menu:{u.id}").title()
             for u in (first, second, third)]
    assert len(set(texts)) == 3, texts
    assert "1990" in texts[0]


def test_undo_redo_restores_model_and_is_audited(editor, case) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    before = editor.model
    editor.add_sibling(pid)
    after = editor.model
    assert editor.undo_stack.undoText() == "Add sibling of client"
    editor.undo_stack.undo()
    assert editor.model == before and load_genogram(case) == before
    editor.undo_stack.redo()
    assert editor.model == after and load_genogram(case) == after
    actions = [e.action for e in case.audit_entries(limit=2)]
    assert actions == ["Redo Add sibling", "Undo Add sibling"]


def test_drag_keeps_manual_position_and_undoes(qtbot, editor, case) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.add_parents(pid)
    item = editor.scene.persons[pid]
    view = editor.view
    start = view.mapFromScene(item.pos())
    end = start + type(start)(60, 30)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(end), QPointF(view.viewport()
                       .mapToGlobal(end)), Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), move)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = editor.model.persons[pid].position
    assert moved is not None
    assert load_genogram(case).persons[pid].position == moved
    assert editor.undo_stack.undoText() == "Move client"
    editor.undo_stack.undo()
    assert editor.model.persons[pid].position != moved


def test_move_several_is_one_undo_step_and_nudges_merge(editor, case) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.add_parents(pid)
    ids = list(editor.model.persons)
    editor.move_persons({i: (10.0 * n, 500.0) for n, i in enumerate(ids)})
    assert editor.undo_stack.undoText() == "Move persons"
    count = editor.undo_stack.count()
    editor.scene.persons[pid].setSelected(True)
    for _ in range(3):
        editor.nudge(10, 0)
    assert editor.undo_stack.count() == count + 1
    editor.flush()
    assert load_genogram(case) == editor.model
    assert editor.model.persons[pid].position[0] == 10.0 * ids.index(pid) + 30
    editor.undo_stack.undo()
    assert editor.model.persons[pid].position[0] == 10.0 * ids.index(pid)


def test_tidy_up_forgets_manual_positions(editor) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.add_parents(pid)
    editor.move_persons({pid: (500.0, 400.0)})
    assert editor.model.persons[pid].position == (500.0, 400.0)
    editor.tidy_up()
    assert all(p.position is None for p in editor.model.persons.values())
    editor.undo_stack.undo()
    assert editor.model.persons[pid].position is not None


def test_delete_removes_links_and_undo_brings_them_back(editor) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.add_parents(pid)
    editor.add_partner(pid)
    full = editor.model
    # The client: the editor asks first (test_genogram_connect.py), and is told yes.
    answer = when_modal(QMessageBox, lambda box: next(
        b for b in box.buttons() if b.text() == "Delete the client").click())
    editor.person_menu(pid).findChild(object, "delete").trigger()
    answer.stop()
    g = editor.model
    assert pid not in g.persons and not g.unions.keys() - full.unions.keys()
    assert all(pid not in u.partners for u in g.unions.values())
    assert all(lk.child_id != pid for lk in g.child_links.values())
    assert pid not in editor.scene.persons
    editor.undo_stack.undo()
    assert editor.model == full


def test_deleting_a_mixed_selection_is_one_step(editor, case) -> None:  # type: ignore[no-untyped-def]
    """Persons selected with lines deleted only the persons; lines alone took an Undo each."""
    from kastdesk.genogram.model import RelationshipKind

    pid = _client(editor)
    editor.add_parents(pid)
    father, mother = editor.model.parents_of(pid)
    editor.add_partner(pid)
    editor.add_partner(pid)
    partner, second = editor.model.partners_of(pid)
    editor.add_relationship(father, partner, RelationshipKind.HOSTILE)
    editor.add_relationship(mother, pid, RelationshipKind.CLOSE)
    full = editor.model
    steps = editor.undo_stack.count()
    history = len(genogram_history(case))
    # A couple line without children (the parents' couple has a child: not deleted).
    (couple,) = (u.id for u in editor.model.unions_of(second))
    editor.scene.clearSelection()
    editor.scene.persons[partner].setSelected(True)  # with their hostile line
    for rid, rel in full.relationships.items():
        if rel.kind is RelationshipKind.CLOSE:
            editor.scene.relationships[rid].setSelected(True)
    editor.scene.unions[couple].setSelected(True)
    editor.delete_selected()
    g = editor.model
    assert partner not in g.persons and not g.relationships and couple not in g.unions
    assert editor.undo_stack.count() == steps + 1
    assert editor.undo_stack.undoText() == "Delete 3 items"
    assert len(genogram_history(case)) == history + 1
    editor.undo_stack.undo()
    assert editor.model == full


def test_deleting_a_couple_line_with_children_is_refused(editor) -> None:  # type: ignore[no-untyped-def]
    """Select the couple line, Delete: the children lost both parents without a word."""
    pid = _client(editor)
    editor.do(lambda: E.update_person(editor.model, pid, name="Erik"))
    editor.add_partner(pid)
    (partner,) = editor.model.partners_of(pid)
    editor.do(lambda: E.update_person(editor.model, partner, name="Anna"))
    (couple,) = (u.id for u in editor.model.unions_of(pid))
    editor.do(lambda: E.add_child(editor.model, couple, name="Oskar"))
    (child,) = editor.model.children_of(pid)
    full = editor.model
    steps = editor.undo_stack.count()
    editor.scene.clearSelection()
    editor.scene.unions[couple].setSelected(True)
    editor.view.setFocus()
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Delete)
    assert editor.model == full and editor.undo_stack.count() == steps
    assert sorted(editor.model.parents_of(child)) == sorted([pid, partner])
    assert not editor.message.isHidden()
    assert editor.message.text().startswith("Erik and Anna have children together")
    # Without children the couple line goes, as before.
    editor.do(lambda: E.delete_person(editor.model, child))
    editor.scene.clearSelection()
    editor.scene.unions[couple].setSelected(True)
    editor.delete_selected()
    assert couple not in editor.model.unions
    assert editor.undo_stack.undoText() == "Delete couple Erik–Anna"


def test_relationship_by_clicking_the_second_person(editor) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.genogram.model import RelationshipKind

    pid = _client(editor)
    editor.add_parents(pid)
    father = editor.model.parents_of(pid)[0]
    editor.begin_relationship(pid, RelationshipKind.CONFLICTUAL)
    editor.scene.person_clicked.emit(father)
    (rel,) = editor.model.relationships.values()
    assert rel.persons == (pid, father) and rel.kind is RelationshipKind.CONFLICTUAL
    assert len(editor.scene.relationships) == 1


def test_the_panel_names_the_direction_and_can_turn_it_round(editor) -> None:  # type: ignore[no-untyped-def]
    """The checkbox "From the first person to the second" named nobody, was cut off in the
    narrow panel and could not turn abuse drawn the wrong way round. A conflict has no
    direction to choose; redefined as abuse it starts one way, as when abuse is added."""
    from kastdesk.genogram.model import RelationshipKind

    pid, father, rid = _father_line_selected(editor, RelationshipKind.CONFLICTUAL)
    panel = editor.panel
    assert panel.stack.currentWidget() is panel.relationship_page
    assert not panel._rel_form.isRowVisible(panel.direction)
    abuse = panel.rel_kind.findData(RelationshipKind.PHYSICAL_ABUSE.value)
    panel.rel_kind.setCurrentIndex(abuse)
    panel.rel_kind.activated.emit(abuse)
    rel = editor.model.relationships[rid]
    assert rel.kind is RelationshipKind.PHYSICAL_ABUSE and rel.directed
    assert rel.persons == (father, pid)
    assert panel._rel_form.isRowVisible(panel.direction)
    texts = [panel.direction.itemText(i) for i in range(panel.direction.count())]
    assert texts == ["father → client", "client → father", "Both ways"]
    # Turned round: one undoable step, and the panel now names it the new way.
    panel.direction.setCurrentIndex(1)
    panel.direction.activated.emit(1)
    rel = editor.model.relationships[rid]
    assert rel.persons == (pid, father) and rel.directed
    assert panel.direction.currentText() == "client → father"
    both = panel.direction.findData("both")
    panel.direction.setCurrentIndex(both)
    panel.direction.activated.emit(both)
    assert not editor.model.relationships[rid].directed
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.model.relationships[rid].persons == (father, pid)
    conflict = panel.rel_kind.findData(RelationshipKind.CONFLICTUAL.value)
    panel.rel_kind.setCurrentIndex(conflict)
    panel.rel_kind.activated.emit(conflict)
    assert not editor.model.relationships[rid].directed  # a conflict has no direction


def test_the_panel_keeps_a_short_page_together_at_the_top(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The couple and relationship pages spread their two or three rows down the whole
    panel (as tall as the person page): the note box sat half-way down the window."""
    from PySide6.QtCore import QPoint

    from kastdesk.genogram.model import RelationshipKind

    _father_line_selected(editor, RelationshipKind.CLOSE)
    panel = editor.panel
    qtbot.waitUntil(lambda: panel.rel_note.isVisible())
    assert panel.height() > 500
    assert panel.rel_note.mapTo(panel, QPoint(0, 0)).y() < 120


def test_a_relationship_line_is_turned_round_never_moved() -> None:
    from kastdesk.genogram import edits
    from kastdesk.genogram.model import GenogramError, Person, RelationshipKind

    g = Genogram.build([Person("a"), Person("b"), Person("c")])
    g = edits.add_relationship(g, "a", "b", RelationshipKind.SEXUAL_ABUSE,
                               relationship_id="r").apply(g)
    turned = edits.update_relationship(g, "r", persons=("b", "a")).apply(g)
    assert turned.relationships["r"].persons == ("b", "a")
    with pytest.raises(GenogramError, match="turned round"):
        edits.update_relationship(g, "r", persons=("a", "c"))


def test_changing_sex_or_kind_in_the_panel_is_one_edit(editor) -> None:  # type: ignore[no-untyped-def]
    """The panel's fields went through a Qt signal as a QVariantMap, which turned the enums
    into plain strings: the map's redraw then failed on every edit that followed."""
    from kastdesk.genogram.model import PersonKind

    pid = _client(editor)
    editor.add_parents(pid)
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    panel = editor.panel
    woman = panel.sex.findData(Sex.FEMALE.value)
    panel.sex.setCurrentIndex(woman)
    panel.sex.activated.emit(woman)
    assert editor.model.persons[pid].sex is Sex.FEMALE
    assert editor.undo_stack.undoText() == "Sex of client"
    assert editor.scene.persons[pid].sex_shape == "circle"
    stillbirth = panel.kind.findData(PersonKind.STILLBIRTH.value)
    panel.kind.setCurrentIndex(stillbirth)
    panel.kind.activated.emit(stillbirth)
    assert editor.model.persons[pid].kind is PersonKind.STILLBIRTH
    assert editor.add_partner(editor.model.parents_of(pid)[0])  # later edits go on
    before = editor.undo_stack.count()
    editor.undo_stack.undo()
    assert editor.undo_stack.count() == before and editor.undo_stack.index() == before - 1


def test_typed_notes_survive_other_edits_and_are_saved_after_a_pause(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Notes typed for the selected person were overwritten by the stored text when any
    other edit redrew the map (a marker from the context menu, a new relative, Undo), and
    otherwise waited in the panel until the therapist clicked elsewhere."""
    from kastdesk.genogram.model import Marker

    pid = _client_selected(editor)
    panel = editor.panel
    text = "Grew up with a violent father; moved out at 16."
    panel.notes.setPlainText(text)
    assert editor.has_unsaved_changes()
    assert editor.add_marker(pid, Marker.TRAUMA)
    editor.add_parents(pid)
    editor.undo_stack.undo()  # the parents go; the typing stays
    assert panel.notes.toPlainText() == text
    qtbot.waitUntil(lambda: editor.model.persons[pid].notes == text, timeout=5000)
    assert not editor.has_unsaved_changes()
    panel.notes.setPlainText(text + " Works as a driver.")
    qtbot.waitUntil(lambda: editor.model.persons[pid].notes.endswith("driver."), timeout=5000)
    assert editor.undo_stack.undoText() == "Notes on client"  # the typing is one undo step
    editor.undo_stack.undo()
    assert editor.model.persons[pid].notes == ""
    assert Marker.TRAUMA in editor.model.persons[pid].markers


def test_notes_that_cannot_be_saved_stay_in_the_box(editor, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A full disk refused the save, and the panel then showed the stored (empty) notes:
    the typing was gone. It stays, the message says why, and it is saved once it can be."""
    import kastdesk.ui.genogram.editor as editor_module
    from kastdesk.store import DiskFull

    pid = _client_selected(editor)
    saving = editor_module.save_genogram

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull()

    monkeypatch.setattr(editor_module, "save_genogram", full)
    editor.panel.notes.setPlainText("Said he will call his sister.")
    editor.panel.commit_pending()
    assert editor.message.isVisible() and "disk is full" in editor.message.text()
    assert editor.panel.notes.toPlainText() == "Said he will call his sister."
    assert editor.has_unsaved_changes()
    monkeypatch.setattr(editor_module, "save_genogram", saving)
    editor.flush()
    assert editor.model.persons[pid].notes == "Said he will call his sister."


def test_an_undo_that_cannot_be_saved_leaves_map_and_stack_in_step(editor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import kastdesk.ui.genogram.editor as editor_module
    from kastdesk.store import DiskFull

    pid = _client(editor)
    editor.add_parents(pid)
    editor.add_partner(pid)
    with_partner = editor.model
    saving = editor_module.save_genogram

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull()

    monkeypatch.setattr(editor_module, "save_genogram", full)
    editor.undo_stack.undo()  # refused: the partner stays, and so does the message
    assert editor.model == with_partner and editor.message.isVisible()
    assert editor.undo_stack.undoText() == "Add parents of client"
    assert not editor.undo_stack.canRedo()  # no Redo of a partner who never went
    monkeypatch.setattr(editor_module, "save_genogram", saving)
    editor.undo_stack.undo()  # the step before still undoes, cleanly; the partner stays
    assert not editor.model.parents_of(pid) and editor.model.partners_of(pid)
    editor.undo_stack.redo()
    assert editor.model == with_partner and not editor.message.isVisible()


def test_undoing_a_relationship_note_keeps_undo_and_redo_in_step(editor) -> None:  # type: ignore[no-untyped-def]
    """Undo with the line selected put the note straight back (the panel sent its unchanged
    text again, as a new edit, while the stack was undoing); Redo then failed."""
    from kastdesk.genogram.model import RelationshipKind

    pid = _client(editor)
    editor.add_parents(pid)
    mother = editor.model.parents_of(pid)[1]
    editor.begin_relationship(mother, RelationshipKind.CONFLICTUAL)
    editor.scene.person_clicked.emit(pid)
    (rid,) = editor.model.relationships
    editor.scene.clearSelection()
    editor.scene.relationships[rid].setSelected(True)
    editor.panel.rel_note.setPlainText("Criticises her weight")
    editor.scene.clearSelection()  # leaving the line saves the note
    assert editor.model.relationships[rid].note == "Criticises her weight"
    editor.scene.relationships[rid].setSelected(True)
    count = editor.undo_stack.count()
    editor.undo_stack.undo()
    assert editor.model.relationships[rid].note == ""
    assert editor.undo_stack.count() == count
    editor.undo_stack.redo()
    assert editor.model.relationships[rid].note == "Criticises her weight"
    assert not editor.message.isVisible()


def test_a_nudge_after_undo_and_redo_is_a_step_of_its_own(editor) -> None:  # type: ignore[no-untyped-def]
    pid = _client_selected(editor)
    start = editor.undo_stack.count()
    editor.nudge(10, 0)
    editor.nudge(10, 0)
    assert editor.undo_stack.count() == start + 1  # repeated nudges are one step
    editor.undo_stack.undo()
    editor.undo_stack.redo()
    moved = editor.model.persons[pid].position
    editor.nudge(10, 0)
    assert editor.undo_stack.count() == start + 2
    editor.undo_stack.undo()
    assert editor.model.persons[pid].position == moved


def test_clicking_the_second_person_of_a_relationship_does_not_move_them(editor, case) -> None:  # type: ignore[no-untyped-def]
    """The click that picked the second person also began a drag: when the hint above the
    map closed, the view grew and Qt replayed the mouse as a move, pinning them 25 px off."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from kastdesk.genogram.model import RelationshipKind

    g = _demo(editor, case, 40)
    client = g.index_person.id
    partner = g.partners_of(client)[0]
    item = editor.scene.persons[partner]
    before = item.pos()
    editor.view.resetTransform()  # at 100 %, the map moves under the mouse as the view grows
    editor.view.centerOn(item)
    editor.begin_relationship(client, RelationshipKind.DISTANT)
    at = QPointF(editor.view.mapFromScene(before))
    viewport = editor.view.viewport()
    left = Qt.MouseButton.LeftButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, at, viewport.mapToGlobal(at), left, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
        QApplication.processEvents()  # the hint closes and the view grows in between
    assert editor.undo_stack.undoText() == (
        f"Relationship Erik Berg–{editor.model.persons[partner].name}: distant")
    assert editor.model.persons[partner].position is None
    assert item.pos() == before


def test_unticking_deceased_clears_a_typed_death_year(editor) -> None:  # type: ignore[no-untyped-def]
    """A death year alone marks a person deceased; unticking the box then did nothing."""
    pid = _client_selected(editor)
    panel = editor.panel
    panel.death_year.setText("2019")
    panel.death_year.editingFinished.emit()
    person = editor.model.persons[pid]
    assert person.death_year == 2019 and person.is_deceased and panel.deceased.isChecked()
    panel.deceased.setChecked(False)
    person = editor.model.persons[pid]
    assert not person.is_deceased and person.death_year is None
    assert panel.death_year.text() == ""


def test_a_year_past_2200_is_refused_with_a_message(editor) -> None:  # type: ignore[no-untyped-def]
    """"3000" stayed in the box, nothing was saved and nothing was said."""
    pid = _client_selected(editor)
    box = editor.panel.birth_year
    box.setFocus()
    QTest.keyClicks(box, "1980")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert editor.model.persons[pid].birth_year == 1980
    box.selectAll()
    QTest.keyClicks(box, "3000")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert editor.model.persons[pid].birth_year == 1980
    assert not editor.message.isHidden() and "3000" in editor.message.text()
    assert box.text() == "1980"  # the saved year is back in the box


def test_an_impossible_year_typed_is_refused_with_a_sentence(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A son born 1970 to a father born 1981, a birth year of 0 or still to come, a marriage
    before the husband was born: the panel took them without a word and the map drew them.
    Each is refused with a sentence naming the person, and the saved year comes back."""
    pid = _client(editor)
    editor.add_parents(pid)
    father = editor.model.parents_of(pid)[0]
    (couple,) = (u.id for u in editor.model.unions_of(father))
    editor.do(lambda: E.update_person(editor.model, father, name="Erik", birth_year=1981))
    editor.do(lambda: E.update_person(editor.model, pid, name="Oskar", birth_year=2008))
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    saved = editor.model
    steps = editor.undo_stack.count()
    box = editor.panel.birth_year
    for typed, said in (("1970", "Oskar cannot be born in 1970, before their parent Erik"),
                        ("0", "0 is too early for Oskar"),
                        ("2199", "Oskar cannot be born in 2199: that year has not come yet.")):
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, typed)
        QTest.keyClick(box, Qt.Key.Key_Return)
        assert editor.model == saved and editor.undo_stack.count() == steps
        assert not editor.message.isHidden() and said in editor.message.text()
        assert box.text() == "2008" and not box.isModified()  # the saved year is back
    # Typed and left without Enter (to the next field): refused once, and no loop.
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "1970")
    editor.panel.death_year.setFocus()
    qtbot.wait(50)
    assert editor.model == saved and box.text() == "2008"
    editor.scene.clearSelection()
    editor.scene.unions[couple].setSelected(True)
    start = editor.panel.start_year
    start.setFocus()
    QTest.keyClicks(start, "1960")
    QTest.keyClick(start, Qt.Key.Key_Return)
    assert editor.model == saved and start.text() == ""
    assert "cannot be a couple in 1960: Erik was born in 1981." in editor.message.text()
    QTest.keyClicks(start, "2005")  # a possible year is taken, and the sentence goes
    QTest.keyClick(start, Qt.Key.Key_Return)
    assert editor.model.unions[couple].start_year == 2005 and editor.message.isHidden()


def test_a_long_role_is_shown_whole_not_cut(editor) -> None:  # type: ignore[no-untyped-def]
    """The app's own words were cut on the map: "paternal grandfa…". A name a little too
    wide is set smaller; a longer one wraps, with a years line under it too (the couple
    line stands low enough for two name lines, the years and a line of markers)."""
    pid = _client_selected(editor)

    def shown() -> list[str]:
        item = editor.scene.persons[pid]
        return [static.text() for _pos, static, _font, _first in item._labels]

    editor.do(lambda: E.update_person(editor.model, pid, name="", role="paternal grandfather"))
    assert " ".join(shown()) == "paternal grandfather"
    long_role = "the second partner of the father"
    editor.do(lambda: E.update_person(editor.model, pid, role=long_role))
    assert " ".join(shown()) == long_role and len(shown()) == 2
    assert not any("…" in text for text in shown())
    # With a years line below it the name still wraps rather than being cut.
    editor.do(lambda: E.update_person(editor.model, pid, birth_year=1931))
    assert shown() == ["the second partner", "of the father", "b. 1931"]


def test_a_couples_years_stay_clear_of_other_lines(editor) -> None:  # type: ignore[no-untyped-def]
    """A third partner's line, drawn lower to pass the first partner, struck the first
    couple's "m. 2000" through, and the divorce slashes sat on it."""
    pid = _client(editor)
    for _ in range(3):
        editor.person_menu(pid).findChild(object, "add_partner").trigger()
    unions = editor.model.unions_of(pid)
    for i, u in enumerate(unions):
        editor.do(lambda u=u, i=i: E.update_union(
            editor.model, u.id, kind=UnionKind.DIVORCED, start_year=2000 + 5 * i,
            end_year=2003 + 5 * i))
    lines = editor.layout_result.unions
    for u in unions:
        item = editor.scene.unions[u.id]
        line = lines[u.id]
        # The two slashes, left of the middle (notation.draw_union), 14 high.
        at = (line.x1 + line.x2) / 2 - min(14.0, abs(line.x2 - line.x1) / 5)
        slashes = QRectF(at - 6 - 4, line.y - 7, 6 + 8, 14)
        for top_left, static in item._caption:
            assert not QRectF(top_left, static.size()).intersects(slashes)
            for other in lines.values():  # no couple line runs through the years
                if other.union_id != u.id and min(other.x1, other.x2) < top_left.x() < max(
                        other.x1, other.x2):
                    assert not top_left.y() < other.y < top_left.y() + 10


def test_a_new_relative_of_a_dragged_person_stands_beside_them(editor) -> None:  # type: ignore[no-untyped-def]
    """The partner of a client dragged across the map was laid out where the client would
    have stood, with the client's sister between them."""
    pid = _client(editor)
    editor.add_parents(pid)
    editor.add_sibling(pid)
    box = editor.layout_result.persons[pid]
    editor.move_persons({pid: (box.x + 400, box.y + 150)})
    editor.person_menu(pid).findChild(object, "add_partner").trigger()
    (union,) = editor.model.unions_of(pid)
    partner = next(p for p in union.partners if p != pid)
    lay = editor.layout_result.persons
    me, them = lay[pid], lay[partner]
    assert them.y == me.y and 0 < abs(them.x - me.x) <= 2 * editor.scene.options.partner_gap
    between = [p for p, b in lay.items() if p not in (pid, partner) and abs(b.y - me.y) < 20
               and min(me.x, them.x) < b.x < max(me.x, them.x)]
    assert between == []
    editor.undo_stack.undo()  # one step takes the partner and their place back
    assert partner not in editor.model.persons
    # Never onto another symbol placed by hand: the sister dragged beside the client, then a
    # partner and two children, one by one.
    sister = next(p for p in editor.model.persons if p not in (pid, *editor.model.parents_of(pid)))
    editor.move_persons({pid: (1000.0, 600.0), sister: (1120.0, 600.0)})
    editor.person_menu(pid).findChild(object, "add_partner").trigger()
    (union,) = editor.model.unions_of(pid)
    editor.add_child(union.id)
    editor.add_child(union.id)
    boxes = list(editor.layout_result.persons.values())
    gap = editor.scene.options.neighbour_gap
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (abs(a.x - b.x) < gap - 1e-6 and abs(a.y - b.y) < 40), (a, b)


def test_the_marker_menu_ticks_what_the_person_has_and_takes_it_away(editor) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.genogram.model import Marker

    pid = _client(editor)
    editor.person_menu(pid).findChild(object, "marker:trauma").trigger()
    assert Marker.TRAUMA in editor.model.persons[pid].markers
    action = editor.person_menu(pid).findChild(object, "marker:trauma")
    assert action.isChecked()
    action.trigger()
    assert Marker.TRAUMA not in editor.model.persons[pid].markers
    assert editor.undo_stack.undoText() == "Remove marker from client"


def test_a_field_typed_without_enter_is_saved_on_lock(editor) -> None:  # type: ignore[no-untyped-def]
    """Only notes were saved by flush (before a lock or close): an occupation typed without
    Enter or Tab was lost, and nothing said it was unsaved."""
    pid = _client_selected(editor)
    panel = editor.panel
    panel.occupation.setFocus()
    panel.occupation.selectAll()
    QTest.keyClicks(panel.occupation, "Carpenter")
    assert editor.has_unsaved_changes()
    editor.flush()
    editor.clear()
    assert load_genogram(editor.case).persons[pid].occupation == "Carpenter"


def test_privacy_mode_empties_the_name_box_and_keeps_a_typed_name(editor) -> None:  # type: ignore[no-untyped-def]
    """Turned on, privacy mode left a just-edited name in the box, and a name being typed
    stayed on screen and was never saved."""
    pid = _client_selected(editor)
    panel = editor.panel
    panel.name.setText("Viktor Renamed")
    panel.name.editingFinished.emit()
    panel.name.setFocus()
    panel.name.selectAll()
    QTest.keyClicks(panel.name, "Typed Secretname")
    editor.privacy_mode = True
    assert panel.name.text() == "" and not panel.name.isEnabled()
    assert editor.model.persons[pid].name == "Typed Secretname"


def test_properties_panel_edits_the_person(editor) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.scene.persons[pid].setSelected(True)
    panel = editor.panel
    panel.name.setText("Erik Berg")
    panel.birth_year.setText("1980")
    panel.name.editingFinished.emit()
    p = editor.model.persons[pid]
    assert (p.name, p.birth_year) == ("Erik Berg", 1980)
    assert editor.undo_stack.undoText() == "Edit Erik Berg"  # two fields: the person


def _demo(editor: GenogramEditor, case, size: int = 0) -> Genogram:  # type: ignore[no-untyped-def]
    import random

    from kastdesk.genogram.demo import make_demo_genogram

    g = make_demo_genogram(random.Random(4), "Erik Berg", "male", size)
    save_genogram(case, g, "Draw")
    editor.reload()
    return g


def test_exports_are_valid_files(editor, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = _demo(editor, case)
    for fmt in ("png", "svg", "pdf"):
        editor.export_file(tmp_path / f"g.{fmt}", fmt)
    assert (tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "g.pdf").read_bytes()[:4] == b"%PDF"
    root = ET.parse(tmp_path / "g.svg").getroot()
    assert root.tag.endswith("svg")
    svg = (tmp_path / "g.svg").read_text("utf-8")
    index = g.index_person
    assert index is not None and index.name in svg
    assert "Export genogram as PDF" in [e.action for e in case.audit_entries(limit=3)]


def test_pdf_labels_are_as_big_as_on_screen(editor, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The PDF writer once worked at 300 dots per inch: the labels' point sizes became three
    times as many scene units as on screen, and names ran into each other and the symbols."""
    from pypdf import PdfReader

    from kastdesk.ui.genogram.export import MARGIN

    _demo(editor, case)
    editor.export_file(tmp_path / "g.pdf", "pdf")
    page = PdfReader(tmp_path / "g.pdf").pages[0]
    source = editor.scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    margin = 12 / 25.4 * 72  # the writer's page margins, 12 mm, in points
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    scale = min((width - 2 * margin) / source.width(), (height - 2 * margin) / source.height())
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]) / scale)  # in scene units

    page.extract_text(visitor_text=visit)
    symbol = 40.0  # LayoutOptions().symbol_size
    assert sizes
    assert max(sizes) < 0.4 * symbol  # labels are 7.5-9.5 pt: 10-13 units at 96 dpi
    assert min(sizes) > 0.15 * symbol


def test_initials_only_export_has_no_full_names(editor, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = _demo(editor, case)
    editor.export_file(tmp_path / "s.svg", "svg", initials_only=True)
    svg = (tmp_path / "s.svg").read_text("utf-8")
    names = [p.name for p in g.persons.values() if p.name]
    assert names and not any(name in svg for name in names)
    assert "E.B." in svg
    # the screen went back to full names
    assert editor.scene.persons[g.index_person.id].lines[0] == "Erik Berg"


def test_initials_only_export_leaves_out_typed_roles_and_labels(editor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A role or a free-text marker is typed by the therapist and may hold a name or a place;
    the supervision export printed them as typed."""
    pid = _client(editor)
    editor.add_parents(pid)
    father, mother = editor.model.parents_of(pid)
    editor._person_fields(father, {"role": "uncle Bjornar's brother"})
    editor._person_fields(mother, {"labels": ("lives in Drammen", "Berit Strand")})
    editor.export_file(tmp_path / "s.svg", "svg", initials_only=True)
    svg = (tmp_path / "s.svg").read_text("utf-8")
    for typed in ("Bjornar", "Drammen", "Berit Strand"):
        assert typed not in svg
    assert "father" in svg  # the relation, worked out from the family
    assert editor.scene.persons[father].lines[0] == "uncle Bjornar's brother"  # screen as typed


def test_privacy_mode_hides_names(editor, case) -> None:  # type: ignore[no-untyped-def]
    g = _demo(editor, case)
    editor.privacy_mode = True
    shown = [line for item in editor.scene.persons.values() for line in item.lines]
    assert not any(p.name in shown for p in g.persons.values() if p.name)


def test_gedcom_import_is_one_undoable_command(editor, case) -> None:  # type: ignore[no-untyped-def]
    _client(editor)
    before = editor.model
    imported = import_gedcom(str(DATA / "family.ged"))
    assert editor.import_genogram(imported, replace_all=False)
    assert len(editor.model.persons) == len(before.persons) + len(imported.persons)
    assert editor.model.index_person == before.index_person
    editor.undo_stack.undo()
    assert editor.model == before
    assert editor.import_genogram(imported, replace_all=True)
    assert editor.model == imported


def _dialog_on(qtbot, g: Genogram, path: Path):  # type: ignore[no-untyped-def]
    """The import dialog, shown, with ``g`` written to ``path`` as GEDCOM and read; and its
    Import button."""
    path.write_text(export_gedcom(g), encoding="utf-8")
    dialog = GedcomImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    return dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_gedcom_dialog_centres_on_a_person_from_a_kastdesk_file(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A file KastDesk wrote (its own ids inside) can be centred on any person in the list,
    searched by typing part of a name; the preview follows and Import waits for a pick."""
    g = generate_family(seed=3, size=120)
    dialog, ok = _dialog_on(qtbot, g, tmp_path / "family.ged")
    assert dialog.centre.count() == len(g.persons) + 1  # "Everyone" first
    assert ok.isEnabled() and dialog.result_genogram is not None
    assert len(dialog.result_genogram.persons) == len(g.persons)
    target = g.index_person
    assert target is not None
    dialog.centre.lineEdit().setText("")
    qtbot.keyClicks(dialog.centre.lineEdit(), target.name[:4])
    assert not ok.isEnabled()
    index = next(
        i for i in range(dialog.centre.count())
        if dialog.centre.itemText(i).startswith(target.name)
    )
    dialog.centre.setCurrentIndex(index)
    dialog.generations.setValue(1)
    assert ok.isEnabled(), dialog.preview.text()
    picked = dialog.result_genogram
    assert picked is not None and picked.index_person is not None
    assert picked.index_person.name == target.name
    assert set(picked.parents_of(picked.index_person.id))  # one generation up came along
    assert len(picked.persons) < len(g.persons)
    screenshot(dialog, "gedcom_dialog")


def test_gedcom_dialog_for_a_big_file_asks_for_a_centre(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The list opened on "Everyone (up to 500 persons)", which a file of 1,500 refuses; and
    picking the person already chosen, after typing, left Import disabled."""
    g = generate_family(seed=5, size=700)
    dialog, ok = _dialog_on(qtbot, g, tmp_path / "big.ged")
    assert dialog.centre.count() == len(g.persons)  # no "Everyone"
    assert dialog.centre.currentIndex() == -1 and not ok.isEnabled()
    assert "pick the person" in dialog.preview.text()
    labels = [dialog.centre.itemText(i) for i in range(dialog.centre.count())]
    assert len(set(labels)) == len(labels)  # namesakes born the same year told apart
    dialog.centre.setCurrentIndex(10)
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.centre.lineEdit(), "x")
    assert not ok.isEnabled()
    dialog.centre.activated.emit(10)  # the same person picked again from the list
    assert ok.isEnabled()


def test_gedcom_dialog_bad_file_says_so(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.ged"
    path.write_bytes(b"0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 FAMC @F9@\n0 TRLR\n")
    dialog = GedcomImportDialog()
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.result_genogram is None
    assert "GEDCOM" in dialog.preview.text() and "Traceback" not in dialog.preview.text()


def test_clear_drops_everything(editor, case) -> None:  # type: ignore[no-untyped-def]
    _demo(editor, case)
    editor.clear()
    assert not editor.scene.persons and not editor.model.persons


def test_screenshots_small_and_large_family(qtbot, demo_vault: Path) -> None:  # type: ignore[no-untyped-def]
    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entries = vault.clients()
        sizes = {e.id: len(load_genogram(vault.open_case(e.id)).persons) for e in entries}
        large = max(sizes, key=sizes.get)
        small = next(e.id for e in entries if named_small(e, sizes))
        for cid, name in ((small, "genogram_small"), (large, "genogram_large")):
            ed = GenogramEditor(vault, vault.open_case(cid), today=lambda: TODAY)
            qtbot.addWidget(ed)
            ed.privacy_mode = False
            ed.resize(1500, 900)
            ed.show()
            qtbot.waitExposed(ed)
            ed.show_overview()
            screenshot(ed, name)
            ed.export_file(Path(screenshot(ed, name)).with_name(f"{name}_export.png"), "png")
            ed.close()


def named_small(entry, sizes) -> bool:  # type: ignore[no-untyped-def]
    return bool(entry.name) and sizes[entry.id] < 40


def test_properties_panel_edits_the_child_line_and_twins(editor) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.person_menu(pid).findChild(object, "add_sibling").trigger()
    g = editor.model
    (sibling,) = [c for c in g.persons if c != pid and not g.children_of(c)
                  and g.parents_of(c) == g.parents_of(pid)]
    panel = editor.panel
    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    assert panel.child_kind.isVisibleTo(panel)
    panel.child_kind.setCurrentIndex(panel.child_kind.findData(ChildKind.ADOPTED.value))
    panel.child_kind.activated.emit(panel.child_kind.currentIndex())
    (link,) = editor.model.links_of_child(pid)
    assert link.kind is ChildKind.ADOPTED
    assert editor.undo_stack.undoText() == "Child line of client: adopted child"
    editor.undo_stack.undo()
    assert editor.model.links_of_child(pid)[0].kind is ChildKind.BIOLOGICAL

    editor.scene.clearSelection()
    editor.scene.persons[pid].setSelected(True)
    panel.twin_of.setCurrentIndex(panel.twin_of.findData(sibling))
    panel.twin_of.activated.emit(panel.twin_of.currentIndex())
    a, b = (editor.model.links_of_child(x)[0] for x in (pid, sibling))
    assert a.twin_group is not None and a.twin_group == b.twin_group
    assert editor.undo_stack.undoText() == "Twins client and sibling"
    panel.identical.setChecked(True)
    assert editor.model.links_of_child(sibling)[0].identical
    # "(not a twin)" used to be ignored: twins could not be unmarked.
    panel.twin_of.setCurrentIndex(panel.twin_of.findData(""))
    panel.twin_of.activated.emit(panel.twin_of.currentIndex())
    a, b = (editor.model.links_of_child(x)[0] for x in (pid, sibling))
    assert a.twin_group is None and b.twin_group is None and not b.identical
    assert editor.undo_stack.undoText() == "Not a twin: client"


def test_gedcom_dialog_shows_the_file_chosen_last(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Choosing another file while the first is still being read: the last choice wins."""
    big = tmp_path / "big.ged"
    big.write_text(export_gedcom(generate_family(seed=5, size=400)), encoding="utf-8")
    small = tmp_path / "small.ged"
    small.write_text(export_gedcom(generate_family(seed=6, size=15)), encoding="utf-8")
    dialog = GedcomImportDialog()
    qtbot.addWidget(dialog)
    dialog.load_file(big)
    dialog.load_file(small)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    qtbot.wait(1500)  # the big file's read ends too, and must change nothing
    assert dialog.path.text() == str(small)
    assert dialog.file is not None
    assert len(dialog.file) == len(generate_family(seed=6, size=15).persons)


def open_new_map(qtbot, vault: Vault, code: str):  # type: ignore[no-untyped-def]
    """A new client's workspace on a laptop screen, its family map shown and laid out."""
    from kastdesk.ui.workspace import CaseWorkspace

    case = vault.add_client(code, name="Nils Ek", first_contact_date=TODAY)
    ws = CaseWorkspace(vault, case)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    ws.set_current_tab("genogram")
    editor = ws.tab("genogram").editor
    qtbot.waitUntil(lambda: editor.view.viewport().width() > 600)
    return ws, editor


def test_a_new_map_opens_readable_with_a_hint_and_starts_with_the_client(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    """The tab is built before it has its size: the fit waits for the real one."""
    ws, editor = open_new_map(qtbot, vault, "K-2026-002")
    assert editor.empty_hint.isVisible()
    # An empty map made a file nothing imports: Export's entries wait for a person (its
    # menu also holds Import GEDCOM…, which an empty map wants).
    exports = [a for a in editor.export_button.menu().actions()
               if not a.isSeparator() and a is not editor.import_action]
    assert len(exports) == 7 and not any(a.isEnabled() for a in exports)
    assert editor.import_action.isEnabled()
    assert editor.view.zoom_level() >= 0.5  # was 0.1: a new map was a speck
    pid = editor.add_person(Sex.MALE)
    assert not editor.empty_hint.isVisible()
    assert all(a.isEnabled() for a in exports)
    g = editor.model
    assert g.index_person is not None and g.index_person.id == pid
    assert g.persons[pid].position is None  # the first person is laid out, never pinned
    assert g.persons[pid].role == "client"
    assert editor.scene.selected_person_ids() == [pid]  # ready for its name
    item = editor.scene.persons[pid]
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert visible.contains(item.sceneBoundingRect())
    screenshot(ws, "genogram_new_map")
    ws.clear()


def test_relatives_are_named_after_their_relation_and_follow_it(editor) -> None:  # type: ignore[no-untyped-def]
    pid = _client(editor)
    editor.add_parents(pid)
    g = editor.model
    roles = sorted(g.persons[p].role for p in g.parents_of(pid))
    assert roles == ["father", "mother"]
    mother = next(p for p in g.parents_of(pid) if g.persons[p].role == "mother")
    editor.add_sibling(mother)
    editor.add_partner(pid)
    (union,) = editor.model.unions_of(pid)
    editor.add_child(union.id)
    g = editor.model
    (child,) = g.children_of(pid)
    grandparent = g.parents_of(mother)[0]
    (aunt,) = [p for p in g.children_of(grandparent) if p != mother]
    assert g.persons[aunt].role == "maternal aunt or uncle"
    assert g.persons[child].role == "child"
    # Setting the sex turns an automatic role with it, in the same undo step.
    editor._person_fields(child, {"sex": Sex.FEMALE})
    assert editor.model.persons[child].role == "daughter"
    editor.undo_stack.undo()
    assert editor.model.persons[child].role == "child"
    # A typed role is the therapist's: it stays.
    editor._person_fields(aunt, {"role": "Aunt Lisa's twin"})
    editor._person_fields(aunt, {"sex": Sex.FEMALE})
    assert editor.model.persons[aunt].role == "Aunt Lisa's twin"
    # Another index person: every automatic role turns to the new point of view.
    father = next(p for p in g.parents_of(pid) if p != mother)
    partner = g.partners_of(pid)[0]
    editor.set_index_person(mother)
    g = editor.model
    assert g.persons[mother].role == "client"
    assert g.persons[pid].role == "son"
    assert g.persons[father].role == "partner"
    assert sorted(g.persons[p].role for p in g.parents_of(mother)) == ["father", "mother"]
    assert g.persons[child].role == "grandchild"
    assert g.persons[partner].role == "daughter-in-law"  # the son's wife, from the mother
    assert g.persons[aunt].role == "Aunt Lisa's twin"


def test_the_eldest_keeps_their_birth_order_through_the_panel(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The model counts birth order from 0; the panel showed the eldest's 0 as "not known", so
    any edit of the eldest's child line there saved no birth order and moved them to the end."""
    pid = editor.add_person(Sex.MALE)
    editor.add_partner(pid)
    (union,) = editor.model.unions_of(pid)
    for sex in (Sex.FEMALE, Sex.MALE, Sex.FEMALE):
        editor.add_child(union.id, sex)
    links = editor.model.children_of_anchor(union.id)
    assert [lk.birth_order for lk in links] == [0, 1, 2]
    eldest = links[0].child_id
    editor.scene.clearSelection()
    editor.scene.persons[eldest].setSelected(True)
    panel = editor.panel
    assert panel.birth_order.value() == 1  # shown from 1 for the eldest
    assert panel.birth_order.text() != panel.birth_order.specialValueText()
    panel.child_kind.setCurrentIndex(panel.child_kind.findData(ChildKind.ADOPTED.value))
    panel.child_kind.activated.emit(panel.child_kind.currentIndex())
    (link,) = [lk for lk in editor.model.children_of_anchor(union.id) if lk.child_id == eldest]
    assert link.kind is ChildKind.ADOPTED
    assert link.birth_order == 0
    xs = {p: b.x for p, b in editor.layout_result.persons.items()}
    assert xs[eldest] == min(xs[lk.child_id] for lk in links)


def test_a_person_of_unknown_sex_shows_their_age_in_the_label() -> None:
    """The age is drawn inside a symbol, but an unknown sex's symbol holds the question mark
    (the sex of every child added from the menu): the age was drawn nowhere."""
    from kastdesk.genogram.model import Person
    from kastdesk.genogram.symbols import LabelMode, person_lines

    child = Person("c", Sex.UNKNOWN, role="child", birth_year=2015)
    assert person_lines(child, LabelMode.NAMES, 2026) == ["child", "b. 2015", "11 y"]
    girl = Person("d", Sex.FEMALE, role="daughter", birth_year=2017)
    assert person_lines(girl, LabelMode.NAMES, 2026) == ["daughter", "b. 2017"]  # 9 inside


def test_the_legend_is_wide_enough_for_its_longest_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Illness and substance abuse" was cut off at the legend's fixed width."""
    from PySide6.QtGui import QFontMetricsF

    from kastdesk.genogram.symbols import LegendEntry
    from kastdesk.ui.genogram import notation
    from kastdesk.ui.genogram.scene import LegendItem

    legend = LegendItem()
    long = "Illness and substance abuse, suspected, in recovery and more besides"
    legend.set_entries([LegendEntry("marker:substance_abuse", long, "marker")], "Legend")
    room = legend.boundingRect().width() - 72 - 8
    assert QFontMetricsF(notation.label_font(8.5)).horizontalAdvance(long) <= room
    legend.set_entries([LegendEntry("person:male", "Man", "person")], "Legend")
    assert legend.boundingRect().width() == LegendItem.WIDTH


def test_an_export_that_cannot_be_written_says_so_and_leaves_no_file(
    editor, case, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Saving into a folder that is gone: one plain sentence, no traceback, nothing written
    (the GEDCOM export raised an uncaught FileNotFoundError before)."""
    from kastdesk.store.errors import ExportFailed

    _demo(editor, case)
    gone = tmp_path / "gone"
    for fmt in ("png", "svg", "pdf"):
        with pytest.raises(ExportFailed) as failed:
            editor.export_file(gone / f"g.{fmt}", fmt)
        assert "could not be saved there" in failed.value.message
    with pytest.raises(ExportFailed):
        editor.export_gedcom_file(gone / "g.ged")
    folder_as_file = tmp_path / "taken.ged"
    folder_as_file.mkdir()
    with pytest.raises(ExportFailed):
        editor.export_gedcom_file(folder_as_file)
    assert not gone.exists() and not list(tmp_path.glob(".*.tmp"))
    assert list(folder_as_file.iterdir()) == []


def test_a_family_added_beside_gets_fresh_ids_a_file_can_carry() -> None:
    """Ids renamed with a "~" and a growing tag could not be written to GEDCOM: the twins of
    a family added beside another were lost in the next export."""
    import random
    import re

    from kastdesk.genogram.demo import make_demo_genogram
    from kastdesk.ui.genogram.editor import import_edit

    family = make_demo_genogram(random.Random(4), "Erik Berg", "male")
    g = import_edit(Genogram(), family, replace_all=True, label="Import").apply(Genogram())
    for _ in range(3):
        g = import_edit(g, family, replace_all=False, label="Import").apply(g)
    assert len(g.persons) == 4 * len(family.persons)
    ids = [*g.persons, *g.unions, *g.child_links, *g.relationships]
    ids += [lk.twin_group for lk in g.child_links.values() if lk.twin_group]
    assert all(re.fullmatch(r"[A-Za-z0-9._:-]{1,64}", i) for i in ids)
