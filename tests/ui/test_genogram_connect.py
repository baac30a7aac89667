"""Joining persons already on the family map, deleting the client, and the roles that follow.

QA drew families as a therapist hears them, out of order: a son "without a partner" before his
mother was named, a person added from the toolbar. Nothing could join them afterwards (the
model could, the menus never offered it), and deleting and drawing again lost the name, years,
notes, markers and lines. The client went with one Delete key and no question. And relatives
the kinship words had no word for (the sister's partner, the partner's former partner, the
step-parent's daughter) read as initials in privacy mode, blank for ever after.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import ChildKind, Marker, RelationshipKind, Sex, UnionKind
from kastdesk.genogram.storage import genogram_history, load_genogram
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import screenshot, when_modal


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-031", name="Tove Lindqvist")


def _client(editor: GenogramEditor) -> str:
    pid = editor.add_person(Sex.MALE)
    assert pid is not None and editor.model.persons[pid].is_index
    return pid


def _action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, (name, [a.objectName() for a in menu.findChildren(QAction)])
    return action


def _trigger(editor: GenogramEditor, pid: str, name: str) -> list[str]:
    """Choose ``name`` in ``pid``'s menu; the persons it made."""
    before = set(editor.model.persons)
    _action(editor.person_menu(pid), name).trigger()
    return [p for p in editor.model.persons if p not in before]


def _select(editor: GenogramEditor, *pids: str) -> None:
    editor.scene.clearSelection()
    for pid in pids:
        editor.scene.persons[pid].setSelected(True)


def _pair(editor: GenogramEditor, clicked: str, other: str, name: str) -> None:
    """Select both, right-click ``clicked`` and choose ``name`` in its menu."""
    _select(editor, clicked, other)
    _action(editor.person_menu(clicked), name).trigger()


def _name(editor: GenogramEditor, pid: str, **fields: object) -> None:
    assert editor.do(lambda: E.update_person(editor.model, pid, **fields))


# ----- joining persons on the map ---------------------------------------------------------------
def test_a_son_drawn_alone_becomes_the_child_of_both_once_his_mother_is_drawn(editor, case) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    (son,) = _trigger(editor, client, "add_child:male")  # no partner yet: his alone
    (ex,) = _trigger(editor, client, "add_partner:divorced")
    (couple,) = editor.model.unions_of(client)
    _name(editor, son, name="Oskar", birth_year=2008, notes="Lives with his mother.")
    _name(editor, son, markers=(Marker.TRAUMA,))
    steps = editor.undo_stack.count()
    menu = editor.person_menu(son)
    assert menu.findChild(QAction, "add_parents") is None  # he has a parent: no Add parents
    action = _action(menu, f"child_of_couple:{couple.id}")
    assert action.text() == "Make a child of client and former partner"
    action.trigger()
    g = editor.model
    assert sorted(g.parents_of(son)) == sorted([client, ex])
    son_now = g.persons[son]
    assert (son_now.name, son_now.birth_year, son_now.notes, son_now.markers) == (
        "Oskar", 2008, "Lives with his mother.", (Marker.TRAUMA,))
    assert load_genogram(case) == g
    assert editor.undo_stack.count() == steps + 1
    assert editor.undo_stack.undoText() == "Make Oskar a child of client and former partner"
    assert genogram_history(case)[-1].label == "Connect child"
    # The entry is gone once he is the couple's.
    assert editor.person_menu(son).findChild(QAction, f"child_of_couple:{couple.id}") is None
    editor.undo_stack.undo()
    assert editor.model.parents_of(son) == [client]


def test_two_selected_persons_are_joined_as_a_couple_then_as_parents(editor, case) -> None:  # type: ignore[no-untyped-def]
    """Persons added from the toolbar, named and marked, are joined with all they carry."""
    client = _client(editor)
    anna = editor.add_person(Sex.FEMALE)  # from the toolbar: joined to nobody
    assert anna is not None and not editor.model.unions
    _name(editor, anna, name="Anna", birth_year=1981)
    _pair(editor, anna, client, "connect_couple:living_together")
    (couple,) = editor.model.unions_of(client)
    assert set(couple.partners) == {client, anna} and couple.kind is UnionKind.LIVING_TOGETHER
    assert editor.undo_stack.undoText() == "Add couple Anna–client"
    # Blank while she was related to nobody; the map has a word for her now.
    assert editor.model.persons[anna].role == "partner"

    elin = editor.add_person(Sex.FEMALE)
    assert elin is not None
    _name(editor, elin, name="Elin", birth_year=2012, notes="Draws a lot.")
    _name(editor, elin, markers=(Marker.MENTAL_ILLNESS,))
    assert editor.add_relationship(elin, anna, RelationshipKind.CLOSE)
    # Right-clicked with the client: "a child of the client", "… of the client and Anna".
    _select(editor, elin, client)
    menu = editor.person_menu(elin)
    titles = [a.text() for a in menu.actions()]
    assert titles[:4] == [
        "Make Elin and client a couple",
        "Make Elin a child of client",
        "Make Elin a child of client and Anna",
        "Make client a child of Elin",
    ]
    _action(menu, f"connect_child:{elin}:{couple.id}").trigger()
    g = editor.model
    assert sorted(g.parents_of(elin)) == sorted([client, anna])
    (link,) = g.links_of_child(elin)
    assert link.kind is ChildKind.BIOLOGICAL
    assert (g.persons[elin].name, g.persons[elin].notes, g.persons[elin].markers) == (
        "Elin", "Draws a lot.", (Marker.MENTAL_ILLNESS,))
    assert len(g.relationships) == 1  # her line to Anna stays
    assert editor.undo_stack.undoText() == "Make Elin a child of Anna and client"
    assert load_genogram(case) == g
    screenshot(editor, "genogram_connected")


def test_a_foster_child_of_a_couple_from_the_kind_submenu(editor) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    editor.add_partner(client)
    (couple,) = editor.model.unions_of(client)
    child = editor.add_person(Sex.MALE)
    assert child is not None
    editor.add_parents(child)  # his biological parents are drawn
    _pair(editor, child, client, f"connect_child:{child}:{couple.id}:foster")
    kinds = sorted(lk.kind.value for lk in editor.model.links_of_child(child))
    assert kinds == ["biological", "foster"]
    assert client in editor.model.parents_of(child)


def _refused(editor: GenogramEditor, act: Callable[[], None], sentence: str) -> None:
    before, steps = editor.model, editor.undo_stack.count()
    act()
    assert editor.model == before and editor.undo_stack.count() == steps
    assert not editor.message.isHidden()
    assert editor.message.text() == sentence


def test_impossible_links_are_refused_with_one_sentence(editor) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    _name(editor, client, name="Jonas", birth_year=1980)
    editor.add_parents(client)
    father, mother = sorted(editor.model.parents_of(client),
                            key=lambda p: editor.model.persons[p].sex.value != "male")
    _name(editor, father, name="Lars", birth_year=1950)
    young = editor.add_person(Sex.FEMALE)
    assert young is not None
    _name(editor, young, name="Vera", birth_year=1995)
    _refused(editor, lambda: _pair(editor, father, client, f"connect_child:{father}:{client}"),
             "Lars cannot be a child of Jonas: Jonas descends from Lars.")
    _refused(editor, lambda: _pair(editor, father, young, f"connect_child:{father}:{young}"),
             "Lars cannot be born in 1950, before their parent Vera (born 1995).")
    _refused(editor, lambda: _pair(editor, father, mother, "connect_couple"),
             "These two persons are already a couple.")
    _refused(editor, lambda: _pair(editor, client, young, f"connect_child:{client}:{young}"),
             "Jonas already has biological parents: make them an adopted or foster child of "
             "Vera instead.")
    # A child of one parent alone and another single parent: the two are a couple first.
    son = editor.add_person(Sex.MALE)
    assert son is not None
    _name(editor, son, name="Oskar")
    assert editor.connect_child(son, client)
    _refused(editor, lambda: _pair(editor, son, young, f"connect_child:{son}:{young}"),
             "Oskar already has a biological parent, Jonas: first make Jonas and Vera a "
             "couple, then make the child theirs.")


def test_connect_to_a_person_on_the_map_by_clicking_them(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """One person's menu: "Connect to a person on the map…", click the other, choose."""
    client = _client(editor)
    editor.add_parents(client)
    loose = editor.add_person(Sex.FEMALE)
    assert loose is not None
    _action(editor.person_menu(loose), "connect").trigger()
    assert editor.picking and editor.scene.selected_person_ids() == [loose]
    assert not editor.message.isHidden() and "Esc cancels" in editor.message.text()
    QTest.keyClick(editor.view, Qt.Key.Key_Escape)
    assert not editor.picking and editor.message.isHidden()

    _action(editor.person_menu(loose), "connect").trigger()
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        chosen.append(" / ".join(a.text() for a in menu.actions()))
        menu.findChild(QAction, "connect_couple:affair").trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    item = editor.scene.persons[client]
    at = editor.view.mapFromScene(item.pos() + QPointF(item.size / 2, item.size / 2))
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at))
    qtbot.waitUntil(lambda: loose in editor.model.partners_of(client), timeout=3000)
    assert chosen and chosen[0].startswith("Make unnamed person and client a couple")
    (couple,) = editor.model.unions_of(loose)
    assert couple.kind is UnionKind.AFFAIR
    assert not editor.picking
    assert editor.model.persons[client].position is None  # the click moved nobody


def test_the_pick_hint_names_the_person_right_after_the_verb(editor) -> None:  # type: ignore[no-untyped-def]
    """In privacy mode the person is a bare role, which read stiffly inside the old relative
    clause in Swedish ("Klicka på personen som syskonbarn ska kopplas till"); right after
    the verb, as the menus name persons ("Make Oskar a child of client"), a role and a name
    both read naturally, in the translations too."""
    client = _client(editor)
    editor.add_parents(client)
    father = next(p for p in editor.model.parents_of(client)
                  if editor.model.persons[p].sex is Sex.MALE)
    _name(editor, father, name="Lars Berg")
    tail = (" to someone on the map. Click them, or select them with Tab and press Enter "
            "(Esc cancels).")
    _action(editor.person_menu(father), "connect").trigger()
    assert editor.message.text() == "Connect Lars Berg" + tail
    screenshot(editor, "genogram_connect_hint_names")
    QTest.keyClick(editor.view, Qt.Key.Key_Escape)
    editor.privacy_mode = True
    _action(editor.person_menu(father), "connect").trigger()
    assert editor.message.text() == "Connect father" + tail
    screenshot(editor, "genogram_connect_hint_privacy")


def test_a_single_persons_menu_offers_to_connect_only_with_someone_to_connect_to(editor) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    assert editor.person_menu(client).findChild(QAction, "connect") is None
    editor.add_person(Sex.FEMALE)
    assert editor.person_menu(client).findChild(QAction, "connect") is not None


# ----- deleting the client ---------------------------------------------------------------------
def _answer(text: str, seen: list[str]) -> QTimer:
    def click(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    return when_modal(QMessageBox, click)


def test_deleting_the_client_asks_first_and_undo_brings_all_back(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    editor.add_parents(client)
    editor.add_sibling(client, Sex.FEMALE)
    father, mother = editor.model.parents_of(client)
    editor._person_fields(mother, {"role": "Mamma Lo"})  # typed by the therapist
    full, steps = editor.model, editor.undo_stack.count()
    _select(editor, client)
    editor.view.setFocus()
    seen: list[str] = []
    answer = _answer("Cancel", seen)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    answer.stop()
    assert len(seen) == 1
    assert "roles on the family map" in seen[0] and "related to the client" in seen[0]
    assert editor.model == full and editor.undo_stack.count() == steps

    answer = _answer("Delete the client", seen)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    answer.stop()
    g = editor.model
    assert client not in g.persons and g.index_person is None
    # Relative to nobody: the roles that followed the family are cleared, the typed one stays.
    assert g.persons[father].role == "" and g.persons[mother].role == "Mamma Lo"
    assert all(p.role in ("", "Mamma Lo") for p in g.persons.values())
    assert not editor.message.isHidden() and "no client" in editor.message.text()
    assert editor.undo_stack.count() == steps + 1
    # The next client names them all again.
    editor.set_index_person(father)
    roles = {p.role for p in editor.model.persons.values()}
    assert {"client", "Mamma Lo", "daughter"} <= roles
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.model == full


def test_deleting_anyone_else_asks_nothing(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    editor.add_parents(client)
    father = editor.model.parents_of(client)[0]
    seen: list[str] = []
    answer = _answer("Cancel", seen)
    _select(editor, father)
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    qtbot.wait(50)
    answer.stop()
    assert seen == [] and father not in editor.model.persons


# ----- roles -----------------------------------------------------------------------------------
def test_in_laws_and_step_relatives_have_a_role_word(editor) -> None:  # type: ignore[no-untyped-def]
    """Each of these read as initials in privacy mode (no word for them)."""
    editor.privacy_mode = True
    client = _client(editor)
    mother = next(p for p in _trigger(editor, client, "add_parents")
                  if editor.model.persons[p].sex is Sex.FEMALE)
    (wife,) = _trigger(editor, client, "add_partner")
    (wife_ex,) = _trigger(editor, wife, "add_partner:divorced")
    in_laws = _trigger(editor, wife, "add_parents")
    (sister,) = _trigger(editor, client, "add_sibling:female")
    (sisters_man,) = _trigger(editor, sister, "add_partner")
    (stepfather,) = _trigger(editor, mother, "add_partner")
    (stepsister,) = _trigger(editor, stepfather, "add_child:female")  # his, without a partner
    (couple,) = editor.model.unions_of(client)
    (son,) = _trigger(editor, client, f"add_child:{couple.id}:male")
    (sons_wife,) = _trigger(editor, son, "add_partner")
    g = editor.model
    words = {pid: g.persons[pid].role for pid in g.persons}
    assert words[wife_ex] == "partner's former partner"
    assert sorted(words[p] for p in in_laws) == ["father-in-law", "mother-in-law"]
    assert words[sisters_man] == "brother-in-law"
    assert words[stepfather] == "stepfather" and words[stepsister] == "stepsister"
    assert words[sons_wife] == "daughter-in-law"
    # In privacy mode the map writes the word, not the initials it wrote instead.
    for pid in (wife_ex, sisters_man, stepsister, sons_wife):
        assert editor.scene.persons[pid].lines[0] == words[pid]
    screenshot(editor, "genogram_in_law_roles")


def test_a_blank_role_is_filled_once_the_map_has_a_word_for_it(editor) -> None:  # type: ignore[no-untyped-def]
    client = _client(editor)
    sister = _trigger(editor, client, "add_sibling:female")[-1]  # the parents come too
    (partner,) = _trigger(editor, sister, "add_partner")
    aunt = _trigger(editor, editor.model.parents_of(client)[0], "add_sibling:female")[-1]
    editor._person_fields(aunt, {"role": "Aunt Lisa"})  # typed
    # Cleared by hand, and the relation has the same word: it stays blank.
    editor._person_fields(partner, {"role": ""})
    editor.add_sibling(client, Sex.MALE)
    assert editor.model.persons[partner].role == ""
    # The sister is the client now: the relation has a new word, and the blank takes it.
    editor.set_index_person(sister)
    g = editor.model
    assert g.persons[partner].role == "partner"
    assert g.persons[client].role == "brother"
    assert g.persons[aunt].role == "Aunt Lisa"


def test_a_refusal_in_privacy_mode_names_persons_as_the_map_does(editor) -> None:  # type: ignore[no-untyped-def]
    """The model's sentence names persons by name; in privacy mode the red line above the
    map showed the client's full name (QA: "Erik Andersson kan inte vara barn till Håkon
    Dahl…" with the status bar saying only codes are shown)."""
    client = _client(editor)
    _name(editor, client, name="Håkon Dahl", birth_year=1980)
    editor.add_parents(client)
    father = next(p for p in editor.model.parents_of(client)
                  if editor.model.persons[p].sex is Sex.MALE)
    _name(editor, father, name="Erik Andersson", birth_year=1950)
    editor.privacy_mode = True
    _pair(editor, father, client, f"connect_child:{father}:{client}")
    text = editor.message.text()
    assert editor.message.isVisibleTo(editor) and text
    assert "Håkon" not in text and "Erik" not in text and "Andersson" not in text
    assert "father" in text and "client" in text  # their roles, as the map shows them


def test_a_role_that_starts_a_sentence_in_privacy_mode_starts_with_a_capital(editor) -> None:  # type: ignore[no-untyped-def]
    """A name put as the map shows it in privacy mode is a role in lower case: a refusal
    read "former partner cannot be a child of client: they are a couple." Where a role
    starts a sentence its first letter is a capital, and only that letter."""
    client = _client(editor)
    _name(editor, client, name="Håkon Dahl")
    assert editor.add_partner(client, UnionKind.DIVORCED)
    (partner,) = editor.model.partners_of(client)
    _name(editor, partner, name="Greta Holm")
    assert editor.model.persons[partner].role == "former partner"  # the editor's own word
    aunt = editor.add_person(Sex.FEMALE)
    assert aunt is not None
    _name(editor, aunt, name="Ylva Berg", role="aunt ÅSA")
    editor.privacy_mode = True
    _pair(editor, partner, client, f"connect_child:{partner}:{client}")
    assert editor.message.text() == "Former partner cannot be a child of client: they are a couple."
    screenshot(editor, "genogram_refusal_role_first")
    # At the start of each sentence and line; inside one the role is written as it is.
    assert editor._as_the_map_names(
        "Ylva Berg was left out. Greta Holm too, as Ylva Berg asked.\nHåkon Dahl is the client."
    ) == "Aunt ÅSA was left out. Former partner too, as aunt ÅSA asked.\nClient is the client."
