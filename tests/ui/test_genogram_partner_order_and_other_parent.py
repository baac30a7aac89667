"""A person's partnerships are put in order, and a child of one parent alone gets the other
(QA 20, findings 4 and 14).

The father's first wife, told second, stood as his second partner for good: the order of
couples was set as each partner was added, and nothing in the panel or the menus changed it.
The client's half-sister, a child of the mother alone, had no way in her menu to add the
father the client never met (Add parents only for a person with no parent at all).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import ChildKind, Sex, UnionKind
from kastdesk.genogram.storage import genogram_history, load_genogram
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import screenshot


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-020", name="Linnea Ek")


def _action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, (name, [a.objectName() for a in menu.findChildren(QAction)])
    return action


def _family(editor: GenogramEditor) -> tuple[str, str, str, str]:
    """Linnea (client) with her parents Per and Maria; Per's divorce from Karin, told
    second: (client, father, mother, former wife)."""
    client = editor.add_person(Sex.FEMALE)
    assert client is not None
    editor.do(lambda: E.update_person(editor.model, client, name="Linnea Ek"))
    editor.add_parents(client)
    father, mother = editor.model.parents_of(client)
    editor.do(lambda: E.update_person(editor.model, father, name="Per Ek"))
    editor.do(lambda: E.update_person(editor.model, mother, name="Maria Ek"))
    editor.add_partner(father, UnionKind.DIVORCED)
    former = editor.model.partners_of(father)[1]
    editor.do(lambda: E.update_person(editor.model, former, name="Karin Sand"))
    return client, father, mother, former


def _select_couple(editor: GenogramEditor, a: str, b: str) -> str:
    (u,) = [u for u in editor.model.unions.values() if set(u.partners) == {a, b}]
    editor.scene.clearSelection()
    editor.scene.unions[u.id].setSelected(True)
    return u.id


def test_the_couple_panel_puts_the_first_wife_first(editor, case) -> None:  # type: ignore[no-untyped-def]
    _client, father, mother, former = _family(editor)
    assert editor.model.partners_of(father) == [mother, former]
    before_map = editor.model
    _select_couple(editor, father, former)
    panel = editor.panel
    label, earlier, later, row = panel.order_rows[0]
    assert row.isVisibleTo(panel) and not panel.order_rows[1][3].isVisibleTo(panel)
    assert label.text() == "Order for Per Ek: 2 of 2"
    assert earlier.isEnabled() and not later.isEnabled()
    screenshot(editor, "genogram_partner_order_panel")
    panel.findChild(QPushButton, "partner_earlier:0").click()

    g = editor.model
    assert g.partners_of(father) == [former, mother]
    assert label.text() == "Order for Per Ek: 1 of 2"  # the panel says the new place
    assert not earlier.isEnabled() and later.isEnabled()
    # Laid out again from the new order (here Per stays between them, Linnea's parents
    # side by side: the layout's choice).
    laid = editor.layout_result
    assert laid is not None
    for pid, box in layout_genogram(g, editor.scene.options).persons.items():
        assert (laid.persons[pid].x, laid.persons[pid].y) == (box.x, box.y)
    # One step with a readable name; stored; in the log as its own kind of step.
    assert editor.undo_stack.undoText() == "Order of partners of Per Ek"
    assert load_genogram(case) == g
    assert genogram_history(case)[-1].label == "Order of partners"
    editor.undo_stack.undo()
    assert editor.model == before_map and load_genogram(case) == before_map
    editor.undo_stack.redo()
    assert editor.model.partners_of(father) == [former, mother]


def test_the_persons_menu_orders_partners_and_forgets_their_dragged_places(editor) -> None:  # type: ignore[no-untyped-def]
    """Dragged, the partners would have stood where they were: the persons the order places
    lose their manual positions (as Tidy up), the rest of the map keeps its own."""
    client, father, mother, former = _family(editor)
    editor.do(lambda: E.move_persons(editor.model, {father: (400.0, 0.0), former: (700.0, 0.0),
                                                   client: (420.0, 300.0)}))
    menu = editor.person_menu(father)
    assert menu.findChild(QMenu, "partner_order_menu") is not None
    assert menu.findChild(QAction, f"partner_earlier:{_union(editor, father, mother)}") is None
    _action(menu, f"partner_earlier:{_union(editor, father, former)}").trigger()
    g = editor.model
    assert g.partners_of(father) == [former, mother]
    assert g.persons[father].position is None and g.persons[former].position is None
    assert g.persons[client].position == (420.0, 300.0)
    editor.undo_stack.undo()
    assert editor.model.persons[father].position == (400.0, 0.0)
    assert editor.model.partners_of(father) == [mother, former]


def test_partners_without_children_change_sides(editor) -> None:  # type: ignore[no-untyped-def]
    """Where nothing else holds them (no children between them), the layout puts the
    partners in the new order."""
    man = editor.add_person(Sex.MALE)
    assert man is not None
    editor.add_partner(man, UnionKind.MARRIED)
    editor.add_partner(man, UnionKind.DIVORCED)
    first, second = editor.model.partners_of(man)
    order_menu = editor.person_menu(man).findChild(QMenu, "partner_order_menu")
    order_menu.adjustSize()
    screenshot(order_menu, "genogram_partner_order_menu")

    def x(pid: str) -> float:
        laid = editor.layout_result
        assert laid is not None
        return laid.persons[pid].x

    before = x(first) < x(second)
    editor.move_partner(man, _union(editor, man, second), -1)
    assert editor.model.partners_of(man) == [second, first]
    assert (x(first) < x(second)) is not before


def test_equal_orders_are_put_apart(editor) -> None:  # type: ignore[no-untyped-def]
    """Two couples of the same order (a map from another version, a GEDCOM file) were in
    the order of their years, and swapping their numbers changed nothing."""
    _client, father, mother, former = _family(editor)
    for uid in (_union(editor, father, mother), _union(editor, father, former)):
        editor.do(lambda u=uid: E.update_union(editor.model, u, order=0))
    first, second = editor.model.partners_of(father)
    editor.move_partner(father, _union(editor, father, second), -1)
    assert editor.model.partners_of(father) == [second, first]


def _union(editor: GenogramEditor, a: str, b: str) -> str:
    (u,) = [u for u in editor.model.unions.values() if set(u.partners) == {a, b}]
    return u.id


def test_a_child_of_her_mother_alone_gets_a_father(editor, case) -> None:  # type: ignore[no-untyped-def]
    client, _father, mother, _former = _family(editor)
    editor.add_child(mother, Sex.FEMALE)  # the half-sister, of the mother alone
    (sister,) = [c for c in editor.model.children_of(mother) if c != client]
    editor.do(lambda: E.update_person(editor.model, sister, name="Ebba Ek"))
    before = editor.model
    menu = editor.person_menu(sister)
    assert menu.findChild(QAction, "add_parents") is None
    assert menu.findChild(QMenu, "add_father_menu").title() == "Add father"
    assert menu.findChild(QMenu, "add_other_parent_menu") is not None
    assert menu.findChild(QMenu, "add_mother_menu") is None  # she has her mother
    menu.adjustSize()
    screenshot(menu, "genogram_add_father_menu")
    _action(menu, f"add_father:{UnionKind.SEPARATED.value}").trigger()

    g = editor.model
    parents = g.parents_of(sister)
    assert mother in parents and len(parents) == 2
    new = next(p for p in parents if p != mother)
    assert g.persons[new].sex is Sex.MALE
    (link,) = g.links_of_child(sister)
    assert link.union_id is not None and link.parent_id is None
    union = g.unions[link.union_id]
    assert set(union.partners) == {mother, new} and union.kind is UnionKind.SEPARATED
    assert link.kind is ChildKind.BIOLOGICAL
    assert editor.undo_stack.undoText() == "Add father of Ebba Ek"
    assert load_genogram(case) == g
    assert genogram_history(case)[-1].label == "Add parent"
    editor.undo_stack.undo()
    assert editor.model == before


def test_a_child_of_his_father_alone_is_offered_a_mother(editor) -> None:  # type: ignore[no-untyped-def]
    client, father, _mother, _former = _family(editor)
    editor.add_child(father, Sex.MALE)
    (son,) = [c for c in editor.model.children_of(father) if c != client]
    menu = editor.person_menu(son)
    assert menu.findChild(QMenu, "add_father_menu") is None
    _action(menu, "add_mother").trigger()
    mother_of_son = next(p for p in editor.model.parents_of(son) if p != father)
    assert editor.model.persons[mother_of_son].sex is Sex.FEMALE
    (link,) = editor.model.links_of_child(son)
    assert editor.model.unions[link.union_id].kind is UnionKind.MARRIED
