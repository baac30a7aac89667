"""The family map by keyboard alone: into the map, from person to person, their menu, their
details, the toolbar's shortcuts. QA found none of it possible: persons could only be
selected with the mouse, and relatives only added from a right-click."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget

from kastdesk.genogram.model import RelationshipKind, Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor

TODAY = date(2026, 11, 1)


def map_window(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, draw: Callable[[GenogramEditor, str], None], size: tuple[int, int]
) -> QWidget:
    """A line edit, then the family map of a client drawn by ``draw(editor, client)``, in an
    active window of ``size``: the host's ``outside`` and ``editor`` are the two."""
    case = vault.add_client("K-2026-001", name="Erik Berg")
    host = QWidget()
    host.outside = QLineEdit(host)  # type: ignore[attr-defined]
    host.editor = editor = GenogramEditor(vault, case, host, today=lambda: TODAY)  # type: ignore[attr-defined]
    layout = QVBoxLayout(host)
    layout.addWidget(host.outside)  # type: ignore[attr-defined]
    layout.addWidget(editor)
    client = editor.add_person(Sex.MALE)
    assert client is not None
    draw(editor, client)
    editor.scene.clearSelection()
    host.resize(*size)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    return host


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """The family map of a client with parents, a partner and a child: the client is
    neither first nor last in reading order."""

    def draw(editor: GenogramEditor, client: str) -> None:
        editor.privacy_mode = False
        editor.add_parents(client)
        editor.add_partner(client)
        (union,) = editor.model.unions_of(client)
        editor.add_child(union.id)

    yield map_window(qtbot, vault, draw, (760, 560))


def _client(editor: GenogramEditor) -> str:
    index = editor.model.index_person
    assert index is not None
    return index.id


def _reading_order(editor: GenogramEditor) -> list[str]:
    """The persons row by row from the top, left to right, from the layout's own boxes."""
    layout = editor.layout_result
    assert layout is not None
    return [b.person_id for b in sorted(layout.persons.values(), key=lambda b: (b.y, b.x))]


def _tab_into_map(window: Any) -> GenogramEditor:
    """Tab from the line edit above: to the toolbar (one stop), and on into the map."""
    editor: GenogramEditor = window.editor
    window.outside.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(window.outside, Qt.Key.Key_Tab)
    assert editor.toolbar.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.view.hasFocus()
    return editor


def test_focus_into_the_map_selects_the_client(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    assert editor.scene.selected_person_ids() == []
    _tab_into_map(window)
    client = _client(editor)
    assert editor.scene.selected_person_ids() == [client]
    # Who is selected is written above the fields, as the map shows them.
    assert editor.panel.title.isVisibleTo(editor.panel)
    assert editor.panel.title.text() == editor.scene.persons[client].lines[0]
    assert editor.view.accessibleName() == "Family map"
    assert "Shift+F10" in editor.view.accessibleDescription()


def test_a_click_into_the_map_does_not_select_the_client(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    editor.view.setFocus(Qt.FocusReason.MouseFocusReason)
    assert editor.scene.selected_person_ids() == []


def test_tab_walks_everyone_from_the_client_on_and_leaves_after_the_last(window) -> None:  # type: ignore[no-untyped-def]
    """From the client, in reading order and round from the top: the client is usually on
    the bottom row, and reading order alone left the map at the first Tab."""
    editor = _tab_into_map(window)
    order = _reading_order(editor)
    start = order.index(_client(editor))
    assert 0 < start < len(order) - 1
    walk = order[start:] + order[:start]
    walked = []
    for _ in walk[1:]:
        QTest.keyClick(editor.view, Qt.Key.Key_Tab)
        assert editor.view.hasFocus()
        walked += editor.scene.selected_person_ids()
    assert walked == walk[1:]  # everyone, the client's parents above them too
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    assert not editor.view.hasFocus()  # never trapped: out after the last person
    assert QApplication.focusWidget() is not None
    # Shift+Tab comes back and walks back to the client, then out the other way.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.view.hasFocus()
    assert editor.scene.selected_person_ids() == [walk[-1]]
    for expected in reversed(walk[:-1]):
        QTest.keyClick(editor.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert editor.scene.selected_person_ids() == [expected]
    QTest.keyClick(editor.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toolbar.isAncestorOf(QApplication.focusWidget())  # the map's toolbar
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ShiftModifier)
    assert window.outside.hasFocus()


def test_tab_scrolls_the_selected_person_into_view(window) -> None:  # type: ignore[no-untyped-def]
    editor = _tab_into_map(window)
    editor.view.resetTransform()
    editor.view.scale(3.0, 3.0)  # only a part of the family fits
    order = _reading_order(editor)
    for _ in range(len(order) - order.index(_client(editor)) - 1):
        QTest.keyClick(editor.view, Qt.Key.Key_Tab)
        (pid,) = editor.scene.selected_person_ids()
        item = editor.scene.persons[pid]
        shown = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
        assert shown.contains(item.pos()), pid


def _with_menu(open_menu: Callable[[], None], use: Callable[[QMenu], None]) -> None:
    """Open a menu that runs its own loop (``exec``) and act on it while it is open."""
    seen: list[QMenu] = []
    done = False

    def look() -> None:
        if done:  # no menu came: the poll must not act on a later test's menu
            return
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, look)
            return
        seen.append(menu)
        use(menu)

    QTimer.singleShot(0, look)
    open_menu()
    done = True
    assert seen, "no menu opened"


def _back_from_menu(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform leaves no window active after a menu closes (a desktop gives
    the window back, and with it the focus to the map): give it back."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _keyboard_triggers(editor: GenogramEditor) -> dict[str, Callable[[], None]]:
    def context_event() -> None:  # as the platform sends it for the Menu key
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1),
                                  editor.view.mapToGlobal(QPoint(1, 1)))
        QApplication.sendEvent(editor.view, event)

    return {
        "menu key": lambda: QTest.keyClick(editor.view, Qt.Key.Key_Menu),
        "shift+f10": lambda: QTest.keyClick(editor.view, Qt.Key.Key_F10,
                                            Qt.KeyboardModifier.ShiftModifier),
        "keyboard context menu event": context_event,
    }


@pytest.mark.parametrize("how", ["menu key", "shift+f10", "keyboard context menu event"])
def test_the_keys_open_the_selected_persons_menu_beside_them(window, how: str) -> None:  # type: ignore[no-untyped-def]
    editor = _tab_into_map(window)
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)  # the partner, next in the client's row
    (pid,) = editor.scene.selected_person_ids()
    assert pid in editor.model.partners_of(_client(editor))
    item = editor.scene.persons[pid]
    corner = editor.view.viewport().mapToGlobal(
        editor.view.mapFromScene(item.pos() + QPointF(item.size / 2, item.size / 2)))
    found: dict[str, Any] = {}

    def names(menu: QMenu) -> list[str]:  # with the submenus' (Add child: with whom)
        return [n for a in menu.actions()
                for n in ([a.objectName()] + (names(a.menu()) if a.menu() else []))]

    def use(menu: QMenu) -> None:
        found["names"] = names(menu)
        found["geometry"] = menu.geometry()
        menu.close()

    _with_menu(_keyboard_triggers(editor)[how], use)
    assert {"add_parents", "add_partner", "add_child", "add_sibling", "mark_deceased",
            "delete"} <= set(found["names"])
    assert found["geometry"].adjusted(-2, -2, 2, 2).contains(corner)
    assert editor.scene.selected_person_ids() == [pid]


def test_a_partner_added_by_keyboard_is_one_undo_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = _tab_into_map(window)
    client = _client(editor)
    before, steps = editor.model, editor.undo_stack.count()

    def choose_add_partner(menu: QMenu) -> None:
        # Add partner opens the kinds of couple (married first): Return opens it, and
        # Return again takes the first.
        target = next(a for a in menu.actions() if a.objectName() == "add_partner_menu")
        for _ in range(len(menu.actions())):
            if menu.activeAction() is target:
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is target
        QTest.keyClick(menu, Qt.Key.Key_Return)
        kinds = QApplication.activePopupWidget()
        assert isinstance(kinds, QMenu) and kinds is not menu
        assert kinds.activeAction() is not None
        assert kinds.activeAction().objectName() == "add_partner"  # married
        QTest.keyClick(kinds, Qt.Key.Key_Return)

    _with_menu(lambda: QTest.keyClick(editor.view, Qt.Key.Key_Menu), choose_add_partner)
    assert len(editor.model.partners_of(client)) == 2
    assert editor.undo_stack.count() == steps + 1
    assert editor.undo_stack.undoText() == "Add partner of client"
    # The new partner is selected, and the keys go on from them.
    (new,) = set(editor.model.partners_of(client)) - set(before.partners_of(client))
    assert editor.scene.selected_person_ids() == [new]
    _back_from_menu(qtbot, window)
    assert editor.view.hasFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.model == before


def test_a_relationship_drawn_by_keyboard(window) -> None:  # type: ignore[no-untyped-def]
    """"Add emotional relationship to…" from the person's menu, then Tab to the second
    person and Enter, where the mouse clicks them."""
    editor = _tab_into_map(window)
    client = _client(editor)
    editor.begin_relationship(client, RelationshipKind.CLOSE)
    assert editor.view.hasFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    (other,) = editor.scene.selected_person_ids()
    QTest.keyClick(editor.view, Qt.Key.Key_Return)
    (rel,) = editor.model.relationships.values()
    assert set(rel.persons) == {client, other}
    assert not editor.scene.picking
    assert editor.view.hasFocus()  # Enter drew the line; it did not open the details


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2],
                         ids=["return", "enter", "f2"])
@pytest.mark.parametrize("privacy", [False, True], ids=["names", "privacy"])
def test_enter_or_f2_edits_the_selected_persons_details(window, key: Qt.Key,
                                                        privacy: bool) -> None:  # type: ignore[no-untyped-def]
    editor = _tab_into_map(window)
    editor.privacy_mode = privacy
    QTest.keyClick(editor.view, key)
    # The name box while names are shown; in privacy mode it is greyed, and the role is first.
    field = editor.panel.role if privacy else editor.panel.name
    assert field.hasFocus()
    assert editor.panel._id == _client(editor)


def test_arrows_nudge_the_person_selected_by_keyboard_as_one_step(window) -> None:  # type: ignore[no-untyped-def]
    editor = _tab_into_map(window)
    client = _client(editor)
    layout = editor.layout_result
    assert layout is not None
    x = layout.persons[client].x
    steps = editor.undo_stack.count()
    for _ in range(3):
        QTest.keyClick(editor.view, Qt.Key.Key_Right)
    assert editor.model.persons[client].position is not None
    assert editor.model.persons[client].position[0] == pytest.approx(x + 30)
    assert editor.undo_stack.count() == steps + 1


SHORTCUTS = {"Ctrl+Shift+M": "add_man_action", "Ctrl+Shift+W": "add_woman_action",
             "Ctrl+Shift+O": "add_other_action", "Ctrl+Shift+T": "tidy_action",
             "Ctrl+Shift+K": "legend_action"}


@pytest.mark.parametrize(("keys", "name"), SHORTCUTS.items())
def test_toolbar_shortcuts_work_only_in_the_map(window, keys: str, name: str) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    action = getattr(editor, name)
    assert action.shortcut() == QKeySequence(keys)
    native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    assert action.toolTip().endswith(f"({native})")
    fired: list[bool] = []
    action.triggered.connect(lambda *_: fired.append(True))
    sequence = QKeySequence(keys)[0]
    window.outside.setFocus()
    QTest.keyClick(window.outside, sequence.key(), sequence.keyboardModifiers())
    assert fired == []
    editor.view.setFocus()
    QTest.keyClick(editor.view, sequence.key(), sequence.keyboardModifiers())
    assert fired == [True]


def test_shortcuts_for_persons_add_them(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    editor.view.setFocus()
    count = len(editor.model.persons)
    for key, sex in ((Qt.Key.Key_M, Sex.MALE), (Qt.Key.Key_W, Sex.FEMALE),
                     (Qt.Key.Key_O, Sex.OTHER)):
        QTest.keyClick(editor.view, key, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        count += 1
        assert len(editor.model.persons) == count
        (new,) = editor.scene.selected_person_ids()
        assert editor.model.persons[new].sex is sex
    assert editor.undo_stack.undoText() == "Add person"
