"""The genogram editor widget: view, palette, context menus, properties, undo, export, GEDCOM.

Follows Qt's undoframework/diagramscene split: the scene reports intent, the editor owns the
``QUndoStack`` and turns every user-level action into one ``QUndoCommand`` whose text is the
pure edit's label. Each command applies the edit (or its inverse) and saves through
``kastdesk.genogram.storage``, so the audit log and the undo menu speak the same words.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QNativeGestureEvent,
    QPainter,
    QPixmapCache,
    QUndoCommand,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.genogram import edits
from kastdesk.genogram.edits import Change, Edit
from kastdesk.genogram.gedcom import (
    DEFAULT_MAX_PERSONS,
    GedcomError,
    GedcomFile,
    export_gedcom,
    with_the_client,
)
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.layout import Layout, layout_genogram
from kastdesk.genogram.model import (
    ChildKind,
    ChildLink,
    Genogram,
    GenogramError,
    Marker,
    Person,
    PersonKind,
    Relationship,
    RelationshipKind,
    Sex,
    Union,
    UnionKind,
    anchor_of,
    other_partner,
    shown_name,
)
from kastdesk.genogram.storage import (
    load_genogram,
    record_export,
    record_export_not_completed,
    save_genogram,
)
from kastdesk.genogram.symbols import LabelMode, display_name
from kastdesk.genogram.symbols import _labels as notation_labels
from kastdesk.store import StoreError
from kastdesk.store.fsutil import stage_export
from kastdesk.ui.autosave import TypingTimer
from kastdesk.ui.common import (
    ask,
    error_text,
    inform,
    log_unexpected,
    plural,
    run_in_thread,
    show_error,
)
from kastdesk.ui.files import open_file_name, save_file_name
from kastdesk.ui.genogram import export as exporting
from kastdesk.ui.genogram.properties import PropertiesPanel
from kastdesk.ui.genogram.scene import (
    READABLE_ZOOM,
    GenogramScene,
    PersonItem,
    RelationshipItem,
    UnionItem,
)

NUDGE = 10.0
#: The kinds of couple a partner is added or two persons are joined as, in the menus' order:
#: most are not married (a partner, a former wife, an affair).
COUPLE_KINDS = (
    UnionKind.MARRIED,
    UnionKind.LIVING_TOGETHER,
    UnionKind.LIVING_APART,
    UnionKind.ENGAGED,
    UnionKind.DIVORCED,
    UnionKind.SEPARATED,
    UnionKind.AFFAIR,
)
#: The line above the map: a refusal in red, a hint on what to do next in blue.
ERROR_STYLE = "color: #8a1c1c;"
HINT_STYLE = "color: #1c4f8a;"
# Where a sentence starts: the text's start, after . ! ? … and a space, or a new line.
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
PIXMAP_CACHE_KB = 64 * 1024
_NUDGE_ID = 0x6E75
_TYPING_ID = 0x7479


# ----- undo commands --------------------------------------------------------------------------
class EditCommand(QUndoCommand):
    """One user-level edit. Created after the edit was applied and saved (first redo skips)."""

    def __init__(self, editor: GenogramEditor, edit: Edit) -> None:
        # The button says what changed and to whom; the audit log keeps the generic label
        # (``edit.label``): the History screen shows it whatever the privacy mode.
        super().__init__(editor.step_text(edit))
        self.editor = editor
        self.edit = edit
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self.editor._commit(
            self.edit,
            QCoreApplication.translate("GenogramEditor", "Redo {label}").format(
                label=self.edit.label
            ),
        ):
            self.editor._show_step(self.edit)
        else:
            self._out_of_step()

    def undo(self) -> None:
        if self.editor._commit(
            self.edit.inverse(),
            QCoreApplication.translate("GenogramEditor", "Undo {label}").format(
                label=self.edit.label
            ),
        ):
            self.editor._show_step(self.edit)
        else:
            self._out_of_step()

    def _out_of_step(self) -> None:
        """Undo or Redo could not be saved (a full disk; the editor says so): the map stays as
        it was, so this step leaves the stack. Left in, the stack would count it undone while
        the map still shows it, and every later Undo would fail."""
        self.setObsolete(True)


class _MergingCommand(EditCommand):
    """An edit that later edits of the same ``key`` join, as one undo step (``mergeWith``),
    until it has been undone or redone: a nudge after Redo starts a step of its own rather
    than joining nudges the therapist already undid and redid."""

    ID = 0

    def __init__(self, editor: GenogramEditor, edit: Edit, key: object) -> None:
        super().__init__(editor, edit)
        self.key = key
        self._sealed = False

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self._sealed or not isinstance(other, type(self)) or other.key != self.key:
            return False
        self.edit = self.edit.merged(other.edit)
        return True

    def redo(self) -> None:
        self._sealed = self._sealed or not self._done
        super().redo()

    def undo(self) -> None:
        self._sealed = True
        super().undo()


class NudgeCommand(_MergingCommand):
    """Arrow-key nudges of the same selection merge into one undo step."""

    ID = _NUDGE_ID

    def undo(self) -> None:
        self.editor._save_pending()
        super().undo()


class TypingCommand(_MergingCommand):
    """Notes saved while the therapist types (after each pause) merge into one undo step per
    person or relationship line."""

    ID = _TYPING_ID


def _keys(action: QAction) -> str:
    """An action's shortcut as menus write it in the user's language ("Ctrl+Skift+M" in
    Swedish), for tooltips, as the main window writes its own."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class StepAction(QAction):
    """The toolbar's Undo or Redo: a short label that stays, the step in the tooltip.

    The undo stack's own action names the step ("Undo Add partner"), which suits a menu; on
    the toolbar the growing label pushed Import GEDCOM and the legend behind the » button of
    a laptop screen. This one triggers the stack's action and follows it: enabled when it is,
    and its text, with the shortcut, as the tooltip."""

    def __init__(
        self,
        text: str,
        stack_action: QAction,
        parent: QWidget,
        before: Callable[[], object] | None = None,
        pending: Callable[[], str | None] | None = None,
    ) -> None:
        """``before`` runs first (the panel's typing saved as a step of its own);
        ``pending`` names that step while it is typed (None: nothing typed)."""
        super().__init__(text, parent)
        self._stack_action = stack_action
        self._before = before
        self._pending = pending
        self.triggered.connect(self._trigger)
        stack_action.changed.connect(self.follow)
        self.follow()

    def _trigger(self) -> None:
        if self._before is not None:
            self._before()
        self._stack_action.trigger()

    def follow(self) -> None:
        step = self._stack_action
        if not shiboken6.isValid(step):  # the editor is being taken down
            return
        # Typing not yet saved is the step this button takes back (``before``): the tooltip
        # named the older step under it while the notes were typed.
        typed = self._pending() if self._pending is not None else None
        self.setEnabled(step.isEnabled() or bool(typed))
        words = f"{self.text()} {typed}" if typed else step.text()
        keys = _keys(step)
        self.setToolTip(f"{words} ({keys})" if keys else words)


class ToolbarKeys(QObject):
    """The family map's toolbar by keyboard: one Tab stop, the arrow keys between its buttons.

    The toolbar's buttons were reachable only by their shortcuts (Ctrl+Shift+M, …), and Undo,
    Zoom, Export and GEDCOM by none. A Tab stop for each of its dozen buttons would put them
    all between the case's tabs and the map; as in other toolbars (a "roving" Tab stop) the
    toolbar is one stop, on the button last used (the first at the start), and Left, Right,
    Home and End move along the buttons that are shown and enabled. Space or Enter presses
    the button, or opens its menu."""

    _MOVES = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self._stop: QToolButton | None = None
        for button in self.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.installEventFilter(self)
        for action in toolbar.actions():
            action.changed.connect(self.place_stop)
        self.place_stop()

    def buttons(self) -> list[QToolButton]:
        """The toolbar's buttons, left to right, and its » button for those that do not fit."""
        found = [self.toolbar.widgetForAction(a) for a in self.toolbar.actions()]
        more = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        return [b for b in [*found, more] if isinstance(b, QToolButton)]

    def usable(self) -> list[QToolButton]:
        return [b for b in self.buttons() if b.isVisibleTo(self.toolbar) and b.isEnabled()]

    @property
    def stop(self) -> QToolButton | None:
        """The button Tab comes to."""
        return self._stop

    def place_stop(self, button: QToolButton | None = None) -> None:
        """Make ``button`` the Tab stop (else keep the one there is, while it can take focus,
        else the first that can): an Undo with nothing left to undo must not take the
        toolbar out of the Tab order."""
        # Before the toolbar is first laid out its buttons are all hidden: the first then.
        usable = self.usable() or [b for b in self.buttons()[:1] if b.isEnabled()]
        if button is None or button not in usable:
            button = self._stop if self._stop in usable else (usable[0] if usable else None)
        for each in self.buttons():
            each.setFocusPolicy(
                Qt.FocusPolicy.TabFocus if each is button else Qt.FocusPolicy.NoFocus
            )
        had_focus = self._stop is not None and self._stop.hasFocus()
        self._stop = button
        if had_focus and button is not None and not button.hasFocus():
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.EnabledChange):
            # The toolbar laid out, or a step undone; never after the editor has gone.
            QTimer.singleShot(0, self, self.place_stop)
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._MOVES
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and watched in (usable := self.usable())
        ):
            at = usable.index(watched)  # type: ignore[arg-type]
            target = {
                Qt.Key.Key_Left: usable[max(0, at - 1)],
                Qt.Key.Key_Right: usable[min(len(usable) - 1, at + 1)],
                Qt.Key.Key_Home: usable[0],
                Qt.Key.Key_End: usable[-1],
            }[Qt.Key(event.key())]
            self.place_stop(target)
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)


# ----- the view -------------------------------------------------------------------------------
#: Focus coming in this way onto a map with nothing selected selects the client (a click, a
#: closing menu or the window coming back to the front leave the selection as it is).
_KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,
)


def other_parent_edit(
    g: Genogram, child_id: str, parent_id: str, sex: Sex, kind: UnionKind
) -> Edit:
    """The edit of :meth:`GenogramEditor.add_other_parent`: ``edits.add_partner`` and
    ``edits.connect_child`` (which moves a line from one partner alone to the couple) as one
    step, named for the audit log and the Undo button.

    Composed here from the model's edits, each checked as it is made; the whole is checked
    again as it is applied."""
    label = QCoreApplication.translate("Genogram", "Add parent")
    link = next((lk for lk in g.links_of_child(child_id) if lk.parent_id == parent_id), None)
    if link is None:
        return Edit(label, ())  # no longer a child of that parent alone: nothing to do
    union_id = edits.new_id("u")
    first = edits.add_partner(g, parent_id, sex=sex, kind=kind, union_id=union_id)
    second = edits.connect_child(first.apply(g), child_id, union_id, link.kind)
    text = {
        Sex.MALE: QCoreApplication.translate("Genogram", "Add father of {0}"),
        Sex.FEMALE: QCoreApplication.translate("Genogram", "Add mother of {0}"),
    }.get(sex, QCoreApplication.translate("Genogram", "Add other parent of {0}"))
    return replace(
        first.merged(second),
        label=label,
        text=text,
        about=(g.persons[child_id],),
    )


def partner_order_edit(g: Genogram, person_id: str, union_id: str, step: int) -> Edit:
    """The edit of :meth:`GenogramEditor.move_partner`: the couple's place among the person's
    partnerships (``Union.order``, which the layout places partners by) swapped with the
    next one's, as ``edits.update_union`` edits; and where the person or these partners were
    dragged, their manual positions dropped, as Tidy up drops them, so the new order shows
    (the rest of the map keeps its positions). One step, named for the log and Undo.

    The orders are kept distinct: two couples of the same order were put in order by their
    years, and a swap of equal numbers changed nothing."""
    unions = g.unions_of(person_id)
    at = next((i for i, u in enumerate(unions) if u.id == union_id), None)
    if at is None or not 0 <= at + step < len(unions):
        return Edit(QCoreApplication.translate("Genogram", "Order of partners"), ())
    wanted = list(unions)
    wanted[at], wanted[at + step] = wanted[at + step], wanted[at]
    values = sorted(u.order for u in unions)
    if len(set(values)) < len(values):
        values = [values[0] + i for i in range(len(values))]
    parts: list[Edit] = []
    current = g
    for u, order in zip(wanted, values, strict=True):
        if current.unions[u.id].order != order:
            part = edits.update_union(current, u.id, order=order)
            parts.append(part)
            current = part.apply(current, check=False)
    moved = {person_id, *(other_partner(u, person_id) for u in (unions[at], unions[at + step]))}
    for pid in sorted(moved):
        if current.persons[pid].position is not None:
            part = edits.update_person(current, pid, position=None)
            parts.append(part)
            current = part.apply(current, check=False)
    whole = parts[0]
    for part in parts[1:]:
        whole = whole.merged(part)
    return replace(
        whole,
        label=QCoreApplication.translate("Genogram", "Order of partners"),
        text=QCoreApplication.translate("Genogram", "Order of partners of {0}"),
        about=(g.persons[person_id],),
    )


def from_touchpad(event: QWheelEvent) -> bool:
    """Whether a wheel event is a two-finger swipe (or a tilted wheel), to pan, rather than a
    mouse wheel's notch, to zoom: the device says it is a touchpad, or the event has a
    distance in pixels or a scroll phase (which only touch surfaces give), or a sideways part."""
    device = event.pointingDevice()
    if device is not None and device.type() == QInputDevice.DeviceType.TouchPad:
        return True
    return (
        not event.pixelDelta().isNull()
        or event.angleDelta().x() != 0
        or event.phase() != Qt.ScrollPhase.NoScrollPhase
    )


class GenogramView(QGraphicsView):
    """Wheel zoom around the cursor, touchpad and middle-button pan, rubber-band selection,
    arrow nudges.

    A mouse wheel zooms (the issue asks for zoom with the wheel); a touchpad's two-finger
    swipe pans, in any direction, as on every map and drawing on a laptop, and its pinch
    zooms; Ctrl with either always zooms, Shift+wheel scrolls sideways. A swipe is told from
    a wheel by what the platform says of it: a touchpad device, a distance in pixels, a
    scroll phase, or a sideways part (a tilted wheel pans sideways too). A Windows touchpad
    that says none of these zooms on a vertical swipe, as before; Ctrl+wheel and the
    middle button work everywhere.

    By keyboard the selection is the cursor: focus coming in selects the client, Tab and
    Shift+Tab walk the persons from the client on in reading order, round the whole family
    once, and leave the map after the last one (focus is never trapped), the Menu key or
    Shift+F10 opens the selected person's menu beside them, Enter or F2 asks for their
    details. Persons stay unfocusable items: with item focus the scene's own Tab chain (in
    order of creation) would take over.
    """

    nudge = Signal(float, float)
    delete_pressed = Signal()
    escape_pressed = Signal()
    edit_requested = Signal()  # Enter or F2 on a selection: edit its details
    resized = Signal()
    touched = Signal()  # the user zoomed, scrolled, clicked or typed here

    MIN_SCALE, MAX_SCALE = 0.05, 4.0

    def __init__(self, scene: GenogramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Every item sets the pen, brush and font it uses, and none clips: no save/restore.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        # Symbols are device-pixmap cached; Qt's default 10 MB pixmap cache holds fewer than a
        # screenful of them at zoom 1 and above, so a pan would evict and repaint every frame.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self._pan_from: QPoint | None = None
        self._menu_open = False
        self._reach: QRectF | None = None  # see keep_in_reach
        scene.sceneRectChanged.connect(self._follow_scene)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keep_in_reach(self, area: QRectF | None) -> None:
        """Let the scroll bars reach ``area`` of the scene as well as the drawing, until the
        next fit (None: the drawing alone, as Qt has it).

        A fitted family is centred in the view with white either side, and a view scrolls
        only as far as the drawing: when the properties panel narrowed the view, the map
        could not be kept where it was and the whole family slid sideways under the person
        just clicked. With what was on screen in reach, it stays put."""
        self._reach = area
        self._follow_scene()

    #: Room the scroll bars reach beyond the drawing: a person added at its edge scrolls into
    #: view with their name and some paper round them, not flush against the panel.
    MARGIN = 60.0

    def follow_drawing(self) -> None:
        """Let the scroll bars reach the drawing as it is now (after every redraw).

        The scene's own rectangle only ever grows: after Tidy up, Undo or Redo the view kept
        the paper of every layout the map ever had in reach, and showed mostly that."""
        self._follow_scene()

    def _drawing(self) -> QRectF:
        scene = self.scene()
        rect = scene.itemsBoundingRect() if scene is not None else QRectF()
        if rect.isEmpty():
            return QRectF()
        m = self.MARGIN
        return rect.adjusted(-m, -m, m, m)

    def _follow_scene(self, _rect: QRectF | None = None) -> None:
        scene = self.scene()
        if scene is None:
            return
        if self._reach is None:
            self.setSceneRect(self._drawing())  # empty: the scene's own
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            # Where it all fits, the reach's top left corner at the view's, not centred: a
            # centred reach a pixel shorter than the view moved the family down by half the
            # height of the scroll bar that had just come.
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.setSceneRect(self._drawing().united(self._reach))

    #: How far out past the whole map fitted in the window the user may zoom: to half that,
    #: some paper round it (no further: a map shrunk to a speck is lost, not overseen).
    FIT_ROOM = 0.5

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor``, between :meth:`lowest_zoom` and ``MAX_SCALE``; never the other
        way: below the old fixed limit (after Fit on a very wide map) zooming out went in."""
        self.touched.emit()
        current = self.transform().m11()
        target = max(self.lowest_zoom(), min(self.MAX_SCALE, current * factor))
        target = min(target, current) if factor < 1 else max(target, current)
        if target != current:
            self.scale(target / current, target / current)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def _fit_rect(self) -> QRectF:
        scene = self.scene()
        if scene is None:
            return QRectF()
        return scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)

    def fit_zoom(self) -> float:
        """The zoom at which the whole drawing fits the window (1 for an empty map)."""
        rect, room = self._fit_rect(), self.viewport().rect()
        if not rect.isValid() or room.isEmpty():
            return 1.0
        return min(room.width() / rect.width(), room.height() / rect.height())

    def lowest_zoom(self) -> float:
        """How far out the user may zoom: ``MIN_SCALE``, or for a map too wide for that (a
        generated family 130,000 units wide fits at 0.007) as far as to see all of it with
        some room round it (:data:`FIT_ROOM`). Relative to the map, so the limit is never
        where nothing of the map is on screen."""
        return min(self.MIN_SCALE, self.fit_zoom() * self.FIT_ROOM)

    def fit(self) -> None:
        """The whole map in the window, at most at full size, whatever zoom that takes (see
        :meth:`lowest_zoom`; the scene draws a person at least a dot at any zoom)."""
        self.keep_in_reach(None)
        rect = self._fit_rect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom_level() > 1.0:
                self.resetTransform()
                self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.touched.emit()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self._wheel_zoom(event)  # Ctrl: zoom, from a wheel or a touchpad alike
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls, as in drawing programs
            return
        elif from_touchpad(event):
            self.pan_by(event.pixelDelta() if not event.pixelDelta().isNull()
                        else event.angleDelta() / 2)  # a wheel's notch (120) as 60 pixels
        else:
            self._wheel_zoom(event)
        event.accept()

    def _wheel_zoom(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:  # a touchpad that gives pixels alone
            steps = event.pixelDelta().y() / 60
        if steps:
            self.zoom(1.15**steps)

    def pan_by(self, delta: QPoint) -> None:
        """Move the map ``delta`` pixels on screen, as the fingers moved (as a scroll area
        takes a wheel's distance: a swipe up shows what is below)."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())

    def viewportEvent(self, event: QEvent) -> bool:
        """A touchpad's pinch (a native zoom gesture, where the platform gives one) zooms."""
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom(1.0 + event.value())
            event.accept()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        self.touched.emit()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard ------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming in by keyboard (or from code) onto a map with nothing selected selects the
        client, so the keys below have someone to act on. A click decides for itself, and
        focus coming back from a menu or another window leaves the selection alone."""
        super().focusInEvent(event)
        scene = self.scene()
        if (
            event.reason() not in _KEYBOARD_FOCUS
            or not isinstance(scene, GenogramScene)
            or scene.selectedItems()
            or not scene.persons
        ):
            return
        walk = self.walk()
        # Shift+Tab coming back in starts at the end of the walk, so it too meets everyone.
        back = event.reason() == Qt.FocusReason.BacktabFocusReason
        self.select_person(walk[-1] if back else walk[0])

    def walk(self) -> list[PersonItem]:
        """The persons in the order Tab walks them: the client first, then on in reading
        order, round from the top to the person before the client.

        Reading order alone started at the client and ended at the last row's last person:
        the client is usually on the bottom row, and the first Tab left the map."""
        scene = self.scene()
        if not isinstance(scene, GenogramScene):
            return []
        order = scene.reading_order()
        index = scene.genogram.index_person
        item = scene.persons.get(index.id) if index is not None else None
        if item is None or item not in order:
            return order
        at = order.index(item)
        return order[at:] + order[:at]

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab move the selection to the next or previous person of the walk
        (see ``walk``); past the last (or before the client) focus leaves the map as usual."""
        scene = self.scene()
        if self.hasFocus() and isinstance(scene, GenogramScene) and scene.persons:
            order = self.walk()
            current = scene.current_person()
            if current is None:
                target: PersonItem | None = order[0] if forward else order[-1]
            else:
                at = order.index(current) + (1 if forward else -1)
                target = order[at] if 0 <= at < len(order) else None
            if target is not None:
                self.select_person(target)
                return True
        return super().focusNextPrevChild(forward)

    def select_person(self, item: PersonItem) -> None:
        """Select ``item`` alone, scroll it into view and tell a screen reader who it is
        (the map's items are not visible to assistive technology themselves)."""
        scene = self.scene()
        if not isinstance(scene, GenogramScene):
            return
        scene.select_only(item)
        bars = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        self.ensureVisible(item.sceneBoundingRect(), 60, 60)
        if bars != (self.horizontalScrollBar().value(), self.verticalScrollBar().value()):
            self.touched.emit()  # scrolled: the view is the user's now, no refit on resize
        if item.lines and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(self, ", ".join(item.lines))
            )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_keyboard_menu()
            event.accept()
            return
        super().contextMenuEvent(event)

    def open_keyboard_menu(self) -> None:
        """The menu the Menu key or Shift+F10 asks for: the selected person's, opened at
        their symbol; with no person selected, the map's own (add a person) in the middle.

        Sent as the standard keyboard context menu event, so the scene picks the menu as for
        a right-click. Platforms that turn the Menu key into such an event as well as a key
        press find the menu already open and open no second one."""
        if self._menu_open:
            return
        scene = self.scene()
        item = scene.current_person() if isinstance(scene, GenogramScene) else None
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 60, 60)
            corner = item.size / 2
            at = self.mapFromScene(item.pos() + QPointF(corner, corner))
        else:
            at = self.viewport().rect().center()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, at, self.viewport().mapToGlobal(at)
        )
        self._menu_open = True
        try:
            super().contextMenuEvent(event)
        finally:
            self._menu_open = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.touched.emit()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = not modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        scene = self.scene()
        if key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            self.open_keyboard_menu()
            event.accept()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and plain
            and isinstance(scene, GenogramScene)
            and scene.picking
        ):
            # Choosing the second person of a relationship: Enter does what the click does.
            current = scene.current_person()
            if current is not None:
                scene.person_clicked.emit(current.person_id)
                event.accept()
                return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            and plain
            and isinstance(scene, GenogramScene)
            and len(scene.selectedItems()) == 1
        ):
            self.edit_requested.emit()
            event.accept()
            return
        step = NUDGE * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        moves: dict[int, tuple[float, float]] = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key in moves and isinstance(scene, GenogramScene) and scene.selected_person_ids():
            self.nudge.emit(*moves[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        super().keyPressEvent(event)


# ----- GEDCOM import dialog -------------------------------------------------------------------
#: A date with its year, as a therapist copies one from a record: 2015-03-02, 2.3.2015,
#: 02/03/2015, 3/2015 (the map keeps the year of a death only).
_DATE_WITH_YEAR = re.compile(
    r"(?<![\d./-])(?:(\d{4})[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](\d{4})"
    r"|\d{1,2}[-./](\d{4}))(?![\d./-])"
)


def death_year_typed(text: str) -> int | None:
    """The year in what was typed in "Mark deceased…": four digits, alone or with words round
    them ("ca 2015", "2015?"), or a whole date ("2015-03-02", "2.3.2015"); None when there is
    no such year (or more than one)."""
    years = re.findall(r"(?<!\d)\d{4}(?!\d)", text)
    digits = re.findall(r"\d+", text)
    if len(years) == 1 and len(digits) == 1:
        return int(years[0])
    dates = _DATE_WITH_YEAR.findall(text)
    if len(dates) == 1 and not re.search(r"\d", _DATE_WITH_YEAR.sub("", text)):
        return int(next(y for y in dates[0] if y))
    return None


#: The most dates left out that the message after a GEDCOM import lists; the rest are
#: counted ("…and 12 more"): a file full of typos would make a box taller than the screen.
MAX_NOTICES_SHOWN = 10


def death_age_typed(text: str) -> int | None:
    """The age in what was typed in "Mark deceased…": one number of one to three digits,
    alone or with words round it ("61", "at 61", "61 years"); else None. One past the oldest
    the map takes is an age too: the model refuses it saying which ages it takes ("131" was
    told it was not a year)."""
    digits = re.findall(r"\d+", text)
    if len(digits) == 1 and len(digits[0]) <= 3:
        return int(digits[0])
    return None


class GedcomImportDialog(QDialog):
    """Choose a file, the centre person and generations; preview the count; replace or add.

    The file is read once, in a worker thread (a genealogy file of thousands of persons takes
    seconds); each choice of centre or generations then only takes that part of it. The centre
    list can be typed into: a few letters of a name find the person among thousands.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from GEDCOM"))
        self.file: GedcomFile | None = None
        self.result_genogram: Genogram | None = None
        #: What the import leaves out of the file (a date the map cannot read, a child born
        #: before a parent), one sentence each: the editor says so after the import.
        self.result_notices: tuple[str, ...] = ()
        self._task: Any = None
        self._reads = 0
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"), self)
        self.centre = QComboBox(self)
        self.centre.setEditable(True)
        self.centre.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.centre.setMinimumContentsLength(28)
        completer = self.centre.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.generations = QSpinBox(self)
        self.generations.setRange(0, 12)
        self.generations.setValue(3)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        # Room for the longest message (three lines): a one-line box cut it off top and bottom.
        self.preview.setMinimumHeight(3 * self.preview.fontMetrics().lineSpacing() + 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.replace = QRadioButton(self.tr("Replace the current genogram"), self)
        self.add = QRadioButton(self.tr("Add beside the current genogram"), self)
        self.replace.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        # A row of a field and a button gets a label linked to nothing: linked here.
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(self.tr("&Centre person"), self.centre)
        form.addRow(self.tr("&Generations up and down"), self.generations)
        form.addRow("", self.preview)
        form.addRow("", self.replace)
        form.addRow("", self.add)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self._browse)
        self.centre.currentIndexChanged.connect(self._update_preview)
        # Picking the person already chosen, after typing, changes no index: still a choice.
        self.centre.activated.connect(self._update_preview)
        completer.activated.connect(lambda *_: self._update_preview())
        self.centre.lineEdit().textEdited.connect(self._typed)
        self.generations.valueChanged.connect(self._update_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_preview()

    def _browse(self) -> None:
        path = open_file_name(
            self, self.tr("Import from GEDCOM"), "", self.tr("GEDCOM files (*.ged *.GED)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the file in a worker thread; the centre list fills in when it is read."""
        self.path.setText(str(path))
        self.file = None
        self.result_genogram, self.result_notices = None, ()
        self.centre.blockSignals(True)
        self.centre.clear()
        self.centre.blockSignals(False)
        self.preview.setText(self.tr("Reading the file…"))
        self._enable(False)
        # Only the file chosen last may fill the dialog, whichever read finishes first.
        self._reads += 1
        read = self._reads
        self._task = run_in_thread(
            self,
            lambda _progress: GedcomFile.read(path),
            lambda gedcom: self._loaded(gedcom) if read == self._reads else None,
            label=self.tr("Reading the GEDCOM file…"),
            on_failed=lambda exc: self._failed(exc) if read == self._reads else None,
        )

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        log_unexpected(exc)
        self.preview.setText(error_text(exc))
        self._enable(False)

    def _loaded(self, gedcom: GedcomFile) -> None:
        self._task = None
        self.file = gedcom
        self.centre.blockSignals(True)
        everyone = len(gedcom) <= DEFAULT_MAX_PERSONS  # a bigger file needs a centre person
        if everyone:
            n = len(gedcom)
            self.centre.addItem(plural(self.tr("Everyone (%n person(s))", "", n), n), None)
        people = gedcom.people()
        labels = [
            f"{shown_name(p.name) or p.xref}" + (f" ({p.birth_year})" if p.birth_year else "")
            for p in people
        ]
        seen = Counter(labels)
        for p, label in zip(people, labels, strict=True):
            # Two "Birgitta Vik (1956)" are told apart by their number in the file.
            self.centre.addItem(label if seen[label] == 1 else f"{label} · {p.xref}", p.xref)
        self.centre.setCurrentIndex(0 if everyone else -1)
        self.centre.blockSignals(False)
        if everyone:
            self._update_preview()
        else:
            self.preview.setText(
                self.tr(
                    "The file has {n} persons: type part of a name and pick the person to centre "
                    "the family map on."
                ).format(n=len(gedcom))
            )
            self._enable(False)

    @property
    def busy(self) -> bool:
        """Whether the file is still being read."""
        return self._task is not None

    def _enable(self, ok: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _typed(self, text: str) -> None:
        """Typing searches; until a person is picked from the list nothing can be imported."""
        if self.file is not None and text != self.centre.itemText(self.centre.currentIndex()):
            self.result_genogram = None
            self.preview.setText(self.tr("Pick a person from the list (type part of a name)."))
            self._enable(False)

    def _update_preview(self) -> None:
        # Everyone is brought in whatever the generations say: the box changed nothing then,
        # and a therapist turning it down to 1 expected fewer persons.
        everyone = self.file is not None and self.centre.currentIndex() >= 0 and (
            self.centre.currentData() is None
        )
        self.generations.setEnabled(not everyone)
        if self.file is None:
            if self._task is None:
                self.preview.setText(
                    self.tr("Choose a GEDCOM file (.ged) from a genealogy program.")
                )
            self._enable(False)
            return
        if self.centre.currentIndex() < 0:
            self._enable(False)  # nobody picked yet (a file too big for "everyone")
            return
        try:
            result = self.file.extract_with_notices(
                center=self.centre.currentData(), generations=self.generations.value()
            )
        except GedcomError as exc:
            self.result_genogram, self.result_notices = None, ()
            self.preview.setText(exc.message)
            self._enable(False)
            return
        self.result_genogram, self.result_notices = result.genogram, result.notices
        n = len(self.result_genogram.persons)
        text = plural(self.tr("%n person(s) will be imported.", "", n), n)
        if n >= DEFAULT_MAX_PERSONS:
            text += " " + self.tr(
                "That is the most one import can bring in; fewer generations bring the "
                "nearest family only."
            )
        self.preview.setText(text)
        self._enable(True)


def import_edit(current: Genogram, imported: Genogram, replace_all: bool, label: str) -> Edit:
    """One edit that replaces the map with ``imported`` or adds it beside the current one.

    Added families get fresh ids so they can never collide with what is drawn already, and
    lose their index mark when the map already has a client.
    """
    if not replace_all:
        imported = _renamed(imported, keep_index=current.index_person is None)
    changes: list[Change] = []
    for collection in ("persons", "unions", "child_links", "relationships"):
        old: dict[str, Any] = dict(getattr(current, collection))
        new: dict[str, Any] = dict(getattr(imported, collection))
        for oid, obj in old.items():
            if replace_all and oid not in new:
                changes.append(Change(collection, oid, obj, None))  # type: ignore[arg-type]
        for oid, obj in new.items():
            before = old.get(oid)
            if before != obj:
                changes.append(Change(collection, oid, before, obj))  # type: ignore[arg-type]
    edit = Edit(label, tuple(changes))
    edit.apply(current)  # validates; GenogramError names the problem
    return edit


def _renamed(g: Genogram, keep_index: bool) -> Genogram:
    """``g`` with fresh ids throughout (the same kind as the editor makes: short, of the
    characters a GEDCOM export can carry, never colliding with a map already drawn). Ids
    made by appending a tag with a "~" lost the twins of a family added beside another."""
    fresh: dict[str, str] = {}

    def new(oid: str | None, prefix: str) -> str | None:
        if oid is None:
            return None
        if oid not in fresh:
            fresh[oid] = edits.new_id(prefix)
        return fresh[oid]

    persons = [
        replace(p, id=new(p.id, "p"), is_index=p.is_index and keep_index, position=None)
        for p in g.persons.values()
    ]
    unions = [
        replace(u, id=new(u.id, "u"), partners=(new(u.partners[0], "p"), new(u.partners[1], "p")))
        for u in g.unions.values()
    ]
    links = [
        replace(
            lk,
            id=new(lk.id, "c"),
            child_id=new(lk.child_id, "p"),
            union_id=new(lk.union_id, "u"),
            parent_id=new(lk.parent_id, "p"),
            twin_group=new(lk.twin_group, "t"),
        )
        for lk in g.child_links.values()
    ]
    rels = [
        replace(r, id=new(r.id, "r"), persons=(new(r.persons[0], "p"), new(r.persons[1], "p")))
        for r in g.relationships.values()
    ]
    return Genogram.build(persons, unions, links, rels)  # type: ignore[arg-type]


# ----- the editor -----------------------------------------------------------------------------
class GenogramEditor(QWidget):
    """The family map of one open case. ``model_changed`` fires after every applied edit."""

    model_changed = Signal()
    #: An edit could not be saved (the store's error): the tab tells the window, which
    #: saves again on its timer and keeps the typing in the rescue copy meanwhile.
    save_failed = Signal(object)

    def __init__(
        self,
        vault: Any,
        case: Any,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case = case
        self._today = today
        self._g = Genogram()
        self._layout: Layout | None = None
        self._privacy = True
        self._pending_label: str | None = None
        self._saving = False  # the editor's own save is under way (see _own_save)
        # The person a pick on the map starts from (a relationship drawn, a person joined to
        # another) and what the picked person is for; None when no pick is under way.
        self._pick: tuple[str, Callable[[str], object]] | None = None
        self._labels = notation_labels()

        self.undo_stack = QUndoStack(self)
        self.scene = GenogramScene(self)
        self.scene.year = today()  # a date: an age counts a known birthday
        self.scene.legend_title = self.tr("Legend")
        # Made in the order Tab takes them, as they are drawn: the toolbar (one stop, see
        # ToolbarKeys), the map, then its panel. Widgets join the focus chain as they are
        # made, and setTabOrder skips the toolbar's buttons (they take no focus but one).
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("genogramToolbar")
        self._build_actions()
        self.toolbar_keys = ToolbarKeys(self.toolbar)
        self.view = GenogramView(self.scene, self)
        self.panel = PropertiesPanel(self)
        self.message = QLabel(self)
        self._refused_with: frozenset[str] | None = None  # what was selected at a refusal
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self._describe_view()
        # An empty map is a white page: say how to start it.
        self.empty_hint = QLabel(
            self.tr(
                "The family map is empty. Start with the client: Man, Woman or Other above, or "
                "right-click here. Then right-click a person to add parents, a partner, children "
                "or siblings. Import GEDCOM brings in a family tree from a genealogy program."
            ),
            self.view.viewport(),
        )
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #5a6270;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Fit the map once the view has its real size: the tab is built before it is laid out,
        # and a fit at the first, tiny size would show a new map at a tenth of its size.
        self._overview_pending = False

        self.splitter = splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The family map gets the width on a laptop; the panel's own scroll bar comes on top.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._panel_width = 280 + bar
        splitter.setSizes([1000, self._panel_width])
        self.panel.setMaximumWidth(self._panel_width)
        # The panel is there while something is selected: empty, it took 280 of the 700
        # pixels a laptop leaves the map beside the register, and said only "Select…".
        self.panel.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self._nudge_timer = TypingTimer(800, self)  # a key held down saves too
        self._nudge_timer.timeout.connect(self._save_pending)

        self.scene.persons_moved.connect(self.move_persons)
        self.scene.person_menu_requested.connect(self._show_person_menu)
        self.scene.background_menu_requested.connect(self._show_background_menu)
        self.scene.line_menu_requested.connect(self._show_line_menu)
        self.scene.person_clicked.connect(self._person_clicked)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.selectionChanged.connect(self._selection_moved)
        self.view.nudge.connect(self.nudge)
        self.view.delete_pressed.connect(self.delete_selected)
        self.view.edit_requested.connect(self.panel.focus_first_field)
        self.view.escape_pressed.connect(self._cancel_pick)
        self.view.resized.connect(self._view_resized)
        self.view.touched.connect(self._keep_view)
        self.panel.person_changed.connect(self._person_fields)
        self.panel.union_changed.connect(self._union_fields)
        self.panel.partner_order_requested.connect(self._partner_order)
        self.panel.child_link_changed.connect(self._child_link_fields)
        self.panel.twins_requested.connect(self._twins)
        self.panel.untwin_requested.connect(self._untwin)
        self.panel.relationship_changed.connect(self._relationship_fields)
        self.panel.refused.connect(self._panel_refused)
        # The toolbar's Undo names the panel's typing as it goes (the panel's own slots have
        # marked it typed first), and what the panel shows after a click.
        follow = self.undo_button_action.follow
        self.panel.typing.connect(follow)
        self.scene.selectionChanged.connect(follow)
        self.reload()

    #: The map's share of the preferred height, in lines of text (see ``sizeHint``).
    PREFERRED_MAP_LINES = 8

    def sizeHint(self) -> QSize:  # Qt override
        """A modest preferred height: the toolbar and a few lines of map.

        The view asked for its whole drawing (600 pixels for a small family, more for a
        large one) and the properties panel for all its fields, and the case workspace's
        scroll area grants a tab its preferred height: every case tab scrolled up and down
        in a 700 pixel window. The map zooms and pans and the panel scrolls by itself, so
        both take whatever height is left."""
        hint = super().sizeHint()
        lines = self.PREFERRED_MAP_LINES * self.fontMetrics().lineSpacing()
        height = self.toolbar.sizeHint().height() + lines
        return QSize(hint.width(), max(height, self.minimumSizeHint().height()))

    # -- toolbar -------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if tip:  # a button that is only a sign (+, −) is told by its tooltip
                tip = f"{tip} ({_keys(action)})"
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tb = self.toolbar
        # The toolbar's buttons take no focus: their shortcuts are the keyboard's way to them.
        # Ctrl+Shift and a letter, as the app's Ctrl+letter and F-keys are the main window's
        # (application-wide) and Alt+letter are the buttons' underlined letters.
        self.add_man_action = self._action(
            self.tr("Man"),
            lambda: self.add_person(Sex.MALE),
            "Ctrl+Shift+M",
            self.tr("Add a man (square)"),
        )
        self.add_woman_action = self._action(
            self.tr("Woman"),
            lambda: self.add_person(Sex.FEMALE),
            "Ctrl+Shift+W",
            self.tr("Add a woman (circle)"),
        )
        self.add_other_action = self._action(
            self.tr("Other"),
            lambda: self.add_person(Sex.OTHER),
            "Ctrl+Shift+O",
            self.tr("Add a person of another gender"),
        )
        for a in (self.add_man_action, self.add_woman_action, self.add_other_action):
            tb.addAction(a)
        rel_button = QToolButton(self)
        rel_button.setText(self.tr("Relationship"))
        rel_button.setToolTip(self.tr("Draw an emotional relationship from the selected person"))
        rel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        rel_button.setMenu(self._relationship_menu(None))
        tb.addWidget(rel_button)
        tb.addSeparator()
        # The stack's own actions ("Undo Add partner") carry the shortcuts, for a menu; the
        # toolbar has buttons of their own whose label stays short, the step in the tooltip:
        # the growing label pushed Import GEDCOM and the legend off a laptop's toolbar.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
        # Notes typed in the panel and not yet saved (the pause had not come) are the last
        # change: Undo takes them back. It undid the step before them instead (a daughter
        # just added), and the typing saved a moment later took Redo away, daughter and all.
        self.undo_button_action = StepAction(
            self.tr("Undo"), self.undo_action, self, before=lambda: self.panel.commit_pending(),
            pending=self._typed_step_text,
        )
        self.redo_button_action = StepAction(self.tr("Redo"), self.redo_action, self)
        # On the toolbar a sign, as the zoom's + and − (the word and the step in the tooltip,
        # the word for a screen reader): "Angre" and "Gjør om" with Import GEDCOM took the
        # room Fit and Tidy up needed beside the register on a 1024 pixel screen.
        self.undo_button_action.setIconText("\u21b6")
        self.redo_button_action.setIconText("\u21b7")
        for a in (self.undo_button_action, self.redo_button_action):
            tb.addAction(a)
            tb.widgetForAction(a).setAccessibleName(a.text())
        tb.addSeparator()
        # Export first, the zoom after: a toolbar narrower than its buttons (the map beside
        # the register on a 1024 pixel screen, in Swedish) hides them from its right end, and
        # Export, which has no shortcut and is in no menu of the map, went behind the » button
        # while Fit and Tidy up (in the map's menu, Ctrl+0, Ctrl+Shift+T) and the legend
        # (Ctrl+Shift+K) stayed.
        self.export_button = export_button = QToolButton(self)
        export_button.setText(self.tr("Export"))
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export_button)
        self._export_entries: list[QAction] = []
        for fmt, label in (
            ("png", self.tr("Picture (PNG)…")),
            ("svg", self.tr("Drawing (SVG)…")),
            ("pdf", self.tr("PDF…")),
        ):
            self._export_entries.append(menu.addAction(
                label, lambda f=fmt: self._export_dialog(f, initials_only=False)))
        menu.addSeparator()
        for fmt, label in (
            ("png", self.tr("PNG with initials only (supervision)…")),
            ("svg", self.tr("SVG with initials only (supervision)…")),
            ("pdf", self.tr("PDF with initials only (supervision)…")),
        ):
            self._export_entries.append(menu.addAction(
                label, lambda f=fmt: self._export_dialog(f, initials_only=True)))
        menu.addSeparator()
        # GEDCOM in and out under Export: a GEDCOM button of its own (Import and the same
        # export again) took the room Fit and Tidy up needed in Norwegian at 1024 pixels.
        # The import is also in the map's menu (right-click), where the empty map's hint
        # sends the therapist; an empty map exports nothing, but imports.
        self.gedcom_export_action = menu.addAction(
            self.tr("GEDCOM file…"), self._export_gedcom_dialog)
        self._export_entries.append(self.gedcom_export_action)
        self.import_action = self._action(self.tr("Import GEDCOM…"), self._import_dialog)
        menu.addAction(self.import_action)
        export_button.setMenu(menu)
        tb.addWidget(export_button)
        tb.addSeparator()
        # Zoom is a sign, as in drawing programs: the words took the room the legend needed.
        self.zoom_in_action = self._action(
            "+", lambda: self.view.zoom(1.25), "Ctrl+=", self.tr("Zoom in")
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(
            "\u2212", lambda: self.view.zoom(0.8), "Ctrl+-", self.tr("Zoom out")
        )
        self.fit_action = self._action(
            self.tr("Fit"), self._fit, "Ctrl+0", self.tr("Show the whole family")
        )
        self.tidy_action = self._action(
            self.tr("Tidy up"),
            self.tidy_up,
            "Ctrl+Shift+T",
            self.tr("Forget dragged positions and lay out again"),
        )
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.tidy_action):
            tb.addAction(a)
        # K for the map's key: Ctrl+Shift+L is one slip of Shift from Ctrl+L, which locks.
        self.legend_action = self._action(
            self.tr("Legend"),
            self._toggle_legend,
            "Ctrl+Shift+K",
            self.tr("Show or hide the legend"),
        )
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(True)
        tb.addAction(self.legend_action)

    def _describe_view(self) -> None:
        """Name the map for assistive technology and say which keys work it: a screen reader
        reads this when the map takes focus (the symbols themselves are not announced)."""

        def native(keys: str) -> str:
            return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

        self.view.setAccessibleName(self.tr("Family map"))
        self.view.setAccessibleDescription(
            self.tr(
                "Tab and {back} select the persons in turn, row by row. The Menu key or {menu} "
                "opens the selected person's menu: add parents, a partner, a child or a sibling, "
                "and more. Enter or F2 edits their details, the arrow keys move them, Delete "
                "removes them. {man}, {woman} or {other} adds a person."
            ).format(
                back=native("Shift+Tab"),
                menu=native("Shift+F10"),
                man=_keys(self.add_man_action),
                woman=_keys(self.add_woman_action),
                other=_keys(self.add_other_action),
            )
        )

    # -- model ---------------------------------------------------------------------------------
    @property
    def model(self) -> Genogram:
        return self._g

    @property
    def layout_result(self) -> Layout | None:
        return self._layout

    @property
    def privacy_mode(self) -> bool:
        return self._privacy

    @privacy_mode.setter
    def privacy_mode(self, on: bool) -> None:
        self.panel.commit_pending()  # a name being typed is saved before the box is cleared
        self._privacy = bool(on)
        self.scene.set_label_mode(LabelMode.PRIVATE if self._privacy else LabelMode.NAMES)
        self._retext_steps()
        self._selection_changed()

    def step_text(self, edit: Edit) -> str:
        """What Undo and Redo call ``edit``: the change and whom it concerns, named as the
        map names them (in privacy mode by role, else initials: never a name)."""
        return edit.describe(self._step_name)

    def _typed_step_text(self) -> str | None:
        """The step that the panel's typing, not yet saved, will be ("Notes on Jonas Lind"),
        named as Undo names it once saved; None when nothing typed changes anything."""
        panel = getattr(self, "panel", None)
        typed = panel.unreported() if panel is not None else None
        if typed is None:
            return None
        step = edits.typed_step(self._g, *typed)
        if step is None:
            return None
        text, about = step
        return text.format(*(self._step_name(p) for p in about))

    def _step_name(self, person: Person) -> str:
        mode = LabelMode.PRIVATE if self._privacy else LabelMode.NAMES
        return display_name(person, mode) or self.tr("unnamed person")

    def _retext_steps(self) -> None:
        """Name the persons in every undo step anew after privacy mode was switched: the
        steps were named when they were made, and "Undo Delete Rolf Lind" stayed in the
        tooltip with the names hidden everywhere else."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, EditCommand):
                command.setText(self.step_text(command.edit))
        # The stack's actions change their text on its signals only, which renaming its
        # steps does not send: they are given the new words here, as the stack words them.
        for action, word, step in (
            (self.undo_action, self.tr("Undo"), self.undo_stack.undoText()),
            (self.redo_action, self.tr("Redo"), self.undo_stack.redoText()),
        ):
            action.setText(f"{word} {step}" if step else word)

    def reload(self) -> None:
        """Read the genogram from the case file; a damaged one shows a sentence, not a map."""
        try:
            self._g = load_genogram(self.case)
        except (GenogramError, StoreError) as exc:
            self._g = Genogram()
            self._show_message(exc.message)
        self.undo_stack.clear()
        self._redraw()
        self._overview_pending = True
        self.show_overview()

    def _view_resized(self) -> None:
        viewport = self.view.viewport().rect()
        width = min(460, max(200, viewport.width() - 40))
        self.empty_hint.setGeometry(
            viewport.center().x() - width // 2, viewport.center().y() - 60, width, 120
        )
        if self._overview_pending:
            self.show_overview()

    def _keep_view(self) -> None:
        """The user moved the view: it is theirs now, a resize no longer refits it."""
        self._overview_pending = False

    def _fit(self) -> None:
        """Fit as the user asked (toolbar, menu, Ctrl+0): the view is theirs now. From the
        toolbar nothing in the map had moved, so Fit's scroll bars going away resized the view
        and brought the first overview (the client's close-up) back: Fit did nothing."""
        self._keep_view()
        self.view.fit()

    def show_overview(self) -> None:
        """Fit the map; when that makes names unreadable (below the zoom at which the scene
        writes the labels at their own size), show the client at a readable size."""
        self.view.fit()
        index = self._g.index_person
        if self.view.zoom_level() < READABLE_ZOOM and index is not None:
            self.view.resetTransform()
            self.view.scale(0.8, 0.8)
            self.view.centerOn(self.scene.persons[index.id])

    def reload_if_changed(self) -> None:
        """Another part of the app changed the stored map: take it over (undo starts anew).

        The editor's own saves are reported here too (the case file tells its listeners,
        among them this tab, before the save returns), and are not such a change: taken for
        one, they cleared the undo history at every edit and, from inside Undo or Redo,
        deleted the command Qt was running, which crashed the app."""
        if self._pending_label or self._saving:
            return
        try:
            stored = load_genogram(self.case)
        except (GenogramError, StoreError):
            return
        if stored != self._g:
            self._g = stored
            self.undo_stack.clear()
            self._redraw()

    def _redraw(self) -> None:
        self._layout = layout_genogram(self._g, self.scene.options)
        self.scene.set_label_mode(LabelMode.PRIVATE if self._privacy else LabelMode.NAMES)
        self.scene.show_genogram(self._g, self._layout)
        self.view.follow_drawing()
        self.empty_hint.setVisible(not self._g.persons)
        for entry in self._export_entries:  # an empty map exports nothing (but imports)
            entry.setEnabled(bool(self._g.persons))
        self._selection_changed()
        self.model_changed.emit()

    def _commit(self, edit: Edit, label: str, applied: Genogram | None = None) -> bool:
        """Apply and save one edit under ``label``; False (and a sentence) if refused.

        ``applied`` is the edit's result when the caller has it already (applying validates
        the whole map: once is enough)."""
        try:
            self._save_pending()
            new = applied if applied is not None else edit.apply(self._g)
            with self._own_save():
                save_genogram(self.case, new, label)
        except (GenogramError, StoreError) as exc:
            self._show_message(exc.message)
            if isinstance(exc, StoreError):
                self.save_failed.emit(exc)
            return False
        self._g = new
        self.message.hide()
        self._redraw()
        return True

    def do(self, edit: Edit | Callable[[], Edit], typing: object = None) -> bool:
        """Run one user-level edit: apply, save, and push it on the undo stack.

        ``typing`` names text being typed (notes of one person): such edits join one step."""
        try:
            edit = edit() if callable(edit) else edit
        except GenogramError as exc:
            self._show_message(exc.message)
            return False
        if not edit.changes:
            if edit.notice:  # the child already last, asked to a place after: still said
                self._show_message(edit.notice)
            return False
        edit, applied = self._with_kinship_roles(edit)
        if applied is not None:
            edit, applied = self._beside_pinned(edit, applied)
        if not self._commit(edit, edit.label, applied):
            return False
        self.undo_stack.push(
            EditCommand(self, edit) if typing is None else TypingCommand(self, edit, typing)
        )
        self._overview_pending = False
        self._reveal([i for i in edit.created if i in self._g.persons])
        if edit.notice:  # after the commit, which takes the last sentence away
            self._show_message(edit.notice)
        return True

    def _with_kinship_roles(self, edit: Edit) -> tuple[Edit, Genogram | None]:
        """The edit, plus roles that follow the family's structure (one undo step), and the
        map it makes (None if it is refused: the commit then says why).

        A person the edit creates without name or role gets their relation to the client
        ("mother", "maternal aunt"), so the map reads as it is drawn. A role that was exactly
        the structure's word before the edit is taken as automatic and follows the structure:
        "child" becomes "son" when the sex is set, and every such role turns with a new index
        person. A blank role is filled when the structure has a new word for the person (the
        sister's partner, blank while the brother was the client, is "partner" once the
        sister is): a role cleared by hand, whose word did not change, stays blank. Typed
        roles are left alone. With the client deleted, the automatic roles are cleared: they
        were relative to nobody, and are filled in again from the next client.
        """
        try:
            g = edit.apply(self._g)
        except GenogramError:
            return edit, None
        if g.index_person is None and self._g.index_person is None:
            return edit, g  # nobody is related to none, before or after
        before = kinship(self._g, unplaced=False)
        after = kinship(g, unplaced=False)
        created = set(edit.created)
        renamed: list[Change] = []
        for pid, person in g.persons.items():
            role = after.get(pid, "")  # no word for the relation: none is written
            was = before.get(pid, "")
            new_and_unnamed = pid in created and not person.name and not person.role
            automatic = bool(person.role) and person.role == was
            came = not person.role and role != was
            if (new_and_unnamed or automatic or came) and role != person.role:
                renamed.append(Change("persons", pid, person, replace(person, role=role)))
        if not renamed:
            return edit, g
        edit = edit.merged(Edit(edit.label, tuple(renamed)))
        return edit, edit.apply(self._g)

    def _beside_pinned(self, edit: Edit, applied: Genogram) -> tuple[Edit, Genogram]:
        """New relatives of a person placed by hand, placed by hand beside them too.

        The layout places everyone it may from the family's structure, so the partner of a
        client dragged across the map landed where the client would have stood, with the
        client's sister between them. Each new person now stands where the layout puts them
        relative to that relative (partner beside, child below, parents above), from the
        dragged position; one undo step takes it all back, and Tidy up lays it all out again.
        """
        created = [pid for pid in edit.created if pid in applied.persons]
        if not created or not any(p.position for p in self._g.persons.values()):
            return edit, applied
        anchors = {pid: self._pinned_relative(applied, pid, created) for pid in created}
        if not any(anchors.values()):
            return edit, applied
        free = replace(
            applied,
            persons={
                pid: replace(p, position=None) if p.position else p
                for pid, p in applied.persons.items()
            },
        )
        opts = self.scene.options
        laid = layout_genogram(free, opts).persons
        moves: dict[str, tuple[float, float]] = {}
        for pid, anchor in anchors.items():
            if anchor is not None:
                ax, ay = applied.persons[anchor].position or (0.0, 0.0)
                moves[pid] = (ax + laid[pid].x - laid[anchor].x, ay + laid[pid].y - laid[anchor].y)
        # Never onto someone else: a partner landed on a sister placed by hand, and children
        # added one by one stood half a gap apart. Everyone else stands where the layout puts
        # them with the newcomers not yet placed (placed first, a partner pushed the client's
        # wife aside and stood inside their couple); a newcomer whose place is taken takes
        # the nearest free place in their row, trying their relative's other side first.
        drawn = layout_genogram(applied, opts).persons
        taken = [(b.x, b.y) for p, b in drawn.items() if p not in moves]
        gap = opts.neighbour_gap

        def free(x: float, y: float) -> bool:
            return not any(
                abs(x - ox) < gap - 1e-6 and abs(y - oy) < opts.symbol_size for ox, oy in taken
            )

        for pid, (x, y) in moves.items():
            anchor_x = (applied.persons[str(anchors[pid])].position or (x, y))[0]
            away = 1.0 if x >= anchor_x else -1.0
            tries = [x, 2 * anchor_x - x] if abs(x - anchor_x) > 1e-6 else [x]
            tries += [anchor_x + side * k * gap for k in range(1, 200) for side in (away, -away)]
            x = next(t for t in tries if free(t, y))
            moves[pid] = (x, y)
            taken.append((x, y))
        placed = edits.move_persons(applied, moves)
        return edit.merged(placed), placed.apply(applied)

    @staticmethod
    def _pinned_relative(g: Genogram, pid: str, created: list[str]) -> str | None:
        """A relative of ``pid`` placed by hand, nearest kin first (partner, parent, child,
        sibling), or None; persons made in the same edit do not count."""
        kin = list(g.partners_of(pid)) + g.parents_of(pid)
        kin += [lk.child_id for lk in g.children_of_anchor(pid)]
        for u in g.unions_of(pid):
            kin += [lk.child_id for lk in g.children_of_anchor(u.id)]
        for lk in g.links_of_child(pid):
            kin += [s.child_id for s in g.children_of_anchor(anchor_of(lk))]
        for other in kin:
            if other != pid and other not in created and g.persons[other].position is not None:
                return other
        return None

    def _reveal(self, person_ids: list[str]) -> None:
        """Select a single new person, ready for its name, and scroll new persons into view.

        Selected first: the panel that comes with the selection narrows the view, and a
        brother added at the edge was scrolled into the view as it was before, then hidden
        under the panel."""
        items = [self.scene.persons[p] for p in person_ids if p in self.scene.persons]
        if not items:
            return
        if len(items) == 1:
            self.scene.clearSelection()
            items[0].setSelected(True)
        self._show_persons(person_ids)

    def _show_persons(self, person_ids: Sequence[str]) -> None:
        """Scroll so that these persons are in view, with some paper round them; when they
        do not all fit, the one selected (else the client, else the first) in the middle."""
        items = [self.scene.persons[p] for p in person_ids if p in self.scene.persons]
        if not items:
            return
        view = self.view
        area = items[0].sceneBoundingRect()
        for item in items[1:]:
            area = area.united(item.sceneBoundingRect())
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        if shown.contains(area):
            return
        if area.width() <= shown.width() and area.height() <= shown.height():
            margin_x = min(view.MARGIN, (shown.width() - area.width()) / 2)
            margin_y = min(view.MARGIN, (shown.height() - area.height()) / 2)
            view.ensureVisible(area, int(margin_x), int(margin_y))
            return
        current = self.scene.current_person()
        index = self._g.index_person
        focus = (
            current
            if current in items
            else self.scene.persons.get(index.id)
            if index is not None and index.id in person_ids
            else items[0]
        )
        if focus is not None:
            view.centerOn(focus.sceneBoundingRect().center())

    def _save_pending(self) -> None:
        """Save nudges made in the last moment (they are saved together, not per key press)."""
        self._nudge_timer.stop()
        if self._pending_label is None:
            return
        label, self._pending_label = self._pending_label, None
        try:
            with self._own_save():
                save_genogram(self.case, self._g, label)
        except StoreError as exc:
            self._pending_label = label
            self._show_message(exc.message)
            raise

    @contextlib.contextmanager
    def _own_save(self) -> Iterator[None]:
        """While the editor saves its map, the change the case file reports back is its own.

        The listeners run inside the save, before ``_commit`` has taken the new map as its
        own, so the stored map differs from the shown one for that moment and would look
        like a change made elsewhere (``reload_if_changed``)."""
        self._saving = True
        try:
            yield
        finally:
            self._saving = False

    def _as_the_map_names(self, text: str) -> str:
        """``text`` with each person's name put as the map shows them: in privacy mode by role
        (or initials), never the name. The model's sentences name persons by name ("Erik
        Andersson cannot be a child of Håkon Dahl…"), and one in red above the map showed the
        client's full name with privacy mode on.

        A role put where a sentence starts gets a capital first letter ("Former partner
        cannot be a child of client…", not "former partner…"); only that letter, as the
        rest of a word is written as the language writes it. One pass over the text, the
        longest name first where names overlap, so no name is looked for inside a role put in.
        """
        if not self._privacy:
            return text
        by_name: dict[str, str] = {}
        for person in self._g.persons.values():
            if person.name and person.name in text and person.name not in by_name:
                by_name[person.name] = self._step_name(person)
        if not by_name:
            return text
        names = sorted(by_name, key=len, reverse=True)

        def put(match: re.Match[str]) -> str:
            word = by_name[match.group(0)]
            if _SENTENCE_START.search(text, 0, match.start()):
                return word[:1].upper() + word[1:]
            return word

        return re.sub("|".join(map(re.escape, names)), put, text)

    def _show_message(self, text: str) -> None:
        """Say in one sentence why an edit was refused (in red above the map). It goes with
        the next edit made, or when the user selects something else (``_selection_moved``)."""
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self._as_the_map_names(text))
        self.message.show()
        self._refused_with = self._selected_keys()

    def _selected_keys(self) -> frozenset[str]:
        """What is selected, by kind and id: items are drawn anew after each edit."""
        try:
            items = self.scene.selectedItems()
        except RuntimeError:  # the scene is gone while the widget closes
            return frozenset()
        return frozenset(
            f"p:{i.person_id}" if isinstance(i, PersonItem)
            else f"{type(i).__name__}:{getattr(i, 'item_id', id(i))}"
            for i in items
        )

    def _selection_moved(self) -> None:
        """A refusal's red sentence goes when the user selects something else: it stayed
        above the map, about an edit long past, until the next edit succeeded."""
        refused = self._refused_with
        if refused is not None and self._selected_keys() != refused:
            self._refused_with = None
            if self.message.isVisible() and self.message.styleSheet() == ERROR_STYLE:
                self.message.hide()

    def _show_hint(self, text: str) -> None:
        """Say what to do next (in blue: nothing went wrong); the next edit takes it away."""
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(text)
        self.message.show()

    # -- the workspace's contract --------------------------------------------------------------
    def flush(self) -> None:
        """Save typed notes and pending nudges (before lock, close or client switch).

        Notes are also saved by the panel itself after each pause in typing."""
        self.panel.commit_pending()
        self._save_pending()

    def has_unsaved_changes(self) -> bool:
        return self._pending_label is not None or self.panel.has_pending()

    def clear(self) -> None:
        """Drop every name and symbol from the widgets before the keys go."""
        self._nudge_timer.stop()
        self._pending_label = None
        self.undo_stack.clear()
        self.panel.show_nothing()
        self.scene.clear_all()
        self._g = Genogram()
        self._layout = None

    # -- user-level actions --------------------------------------------------------------------
    def add_person(self, sex: Sex, at: QPointF | None = None) -> str | None:
        """Add an unconnected person: where the user clicked (``at``), else where the layout
        puts them. The first person of a map is never pinned: relatives added to them later
        are laid out around them, where a pinned one would stay behind, under their symbols."""
        position = None
        if at is not None and self._g.persons:
            position = (round(at.x()), round(at.y()))
        # The first person of a map is the client: the hint on an empty map says to start
        # there, and everyone added next is named after their relation to them.
        first = not self._g.persons
        edit = edits.add_person(self._g, sex=sex, position=position, is_index=first)
        if self.do(edit):
            if first:
                # The whole of the new map in view, the legend beside the client with it:
                # scrolled to the client alone, a narrow view cut the legend off at its edge.
                self.show_overview()
            return edit.created[0]
        return None

    def add_parents(self, person_id: str) -> bool:
        return self.do(lambda: edits.add_parents(self._g, person_id))

    def add_partner(self, person_id: str, kind: UnionKind = UnionKind.MARRIED) -> bool:
        return self.do(lambda: edits.add_partner(self._g, person_id, kind=kind))

    def add_other_parent(
        self, child_id: str, parent_id: str, sex: Sex, kind: UnionKind = UnionKind.MARRIED
    ) -> bool:
        """Add the parent not yet on the map of a child of ``parent_id`` alone (the client's
        half-sister, whose father the client never met): a new person as ``parent_id``'s
        partner (a couple of ``kind``), and the child's line moved below that couple. One
        undo step; Add parents was offered only to a person with no parent at all, and the
        way round took three steps nobody would guess."""
        return self.do(lambda: other_parent_edit(self._g, child_id, parent_id, sex, kind))

    def move_partner(self, person_id: str, union_id: str, step: int) -> bool:
        """Put the couple ``union_id`` one place earlier (``step`` -1) or later (1) among
        ``person_id``'s partnerships, and lay the map out again (one undo step)."""
        return self.do(lambda: partner_order_edit(self._g, person_id, union_id, step))

    def add_child(
        self, parent: str, sex: Sex = Sex.UNKNOWN, kind: PersonKind = PersonKind.PERSON
    ) -> bool:
        """Add a child below a couple (union id) or one parent (person id); ``kind`` makes
        it a pregnancy, miscarriage or stillbirth."""
        if kind is not PersonKind.PERSON:
            return self.do(lambda: edits.add_pregnancy(self._g, parent, kind))
        return self.do(lambda: edits.add_child(self._g, parent, sex=sex))

    def add_sibling(
        self, person_id: str, sex: Sex = Sex.UNKNOWN, kind: PersonKind = PersonKind.PERSON
    ) -> bool:
        return self.do(
            lambda: edits.add_sibling(self._g, person_id, sex=sex, person_kind=kind)
        )

    def set_index_person(self, person_id: str) -> bool:
        return self.do(lambda: edits.set_index_person(self._g, person_id))

    def mark_deceased(
        self,
        person_id: str,
        year: int | None = None,
        deceased: bool = True,
        *,
        age: int | None = None,
    ) -> bool:
        """Mark deceased with the year of death, or the age at death when only that is
        known; or alive again."""
        return self.do(
            lambda: edits.mark_deceased(self._g, person_id, year, deceased=deceased, age=age)
        )

    def add_marker(self, person_id: str, marker: Marker | str) -> bool:
        return self.do(lambda: edits.add_marker(self._g, person_id, marker))

    def delete_persons(self, ids: list[str]) -> bool:
        """Delete persons with their lines; several at once is one undo step."""
        return self.delete_items(ids)

    def delete_selected(self) -> None:
        """Delete everything selected (persons, couple lines, relationship lines) as one step;
        it used to drop the lines when persons were selected too, and take several Undos."""
        items = self.scene.selectedItems()
        self.delete_asking(
            self.scene.selected_person_ids(),
            [i.item_id for i in items if isinstance(i, UnionItem)],
            [i.item_id for i in items if isinstance(i, RelationshipItem)],
        )

    def delete_asking(
        self,
        persons: Sequence[str],
        unions: Sequence[str] = (),
        relationships: Sequence[str] = (),
    ) -> bool:
        """Delete as the Delete key and the menu do: asking first when the client goes.

        One key press took the client away without a word, and with them what every role on
        the map is relative to. Deleted, the roles that followed the family are cleared (see
        ``_with_kinship_roles``; a typed one stays) and the line above the map says how to
        make someone else the client: their relatives' roles are then filled in from them.
        Undo brings the client and the roles back as one step."""
        index = self._g.index_person
        if index is None or index.id not in persons:
            return self.delete_items(persons, unions, relationships)
        if not ask(
            self,
            self.tr("Delete the client"),
            self.tr(
                "Delete the client? The roles on the family map (mother, brother, …) say how "
                "each person is related to the client: without a client they are cleared, "
                "until you make someone else the client. Undo brings everything back."
            ),
            self.tr("Delete the client"),
            self.tr("Cancel"),
        ):
            return False
        if not self.delete_items(persons, unions, relationships):
            return False
        if self._g.persons:
            self._show_hint(
                self.tr(
                    "The map has no client now. Right-click a person and choose to make them "
                    "the client: the roles are then filled in from them."
                )
            )
        return True

    def delete_items(
        self,
        persons: Sequence[str],
        unions: Sequence[str] = (),
        relationships: Sequence[str] = (),
    ) -> bool:
        """One edit, one undo step and one history entry, however many items go."""

        def build() -> Edit:
            g, parts = self._g, list[Edit]()
            steps: list[tuple[str, Sequence[str], Callable[[Genogram, str], Edit]]] = [
                ("persons", persons, lambda g, i: edits.delete_person(g, i, check=False)),
                ("unions", unions, edits.delete_union),
                ("relationships", relationships, edits.delete_relationship),
            ]
            for collection, ids, delete in steps:
                for oid in ids:
                    if oid in getattr(g, collection):  # a line may have gone with a person
                        parts.append(delete(g, oid))
                        g = parts[-1].apply(g, check=False)  # checked once, whole
            if len(parts) == 1:
                return parts[0]
            gone = len([p for p in persons if p in self._g.persons])
            label = (
                self.tr("Delete {n} persons").format(n=gone)
                if len(parts) == gone
                else self.tr("Delete {n} items").format(n=len(parts))
            )
            return Edit(label, tuple(c for part in parts for c in part.changes))

        return self.do(build)

    def add_relationship(self, a: str, b: str, kind: RelationshipKind) -> bool:
        return self.do(lambda: edits.add_relationship(self._g, a, b, kind))

    def begin_relationship(self, person_id: str, kind: RelationshipKind) -> None:
        """Next click on a person draws the relationship from ``person_id`` to them."""

        def draw(other: str) -> None:
            if other != person_id:
                self.add_relationship(person_id, other, kind)

        self._begin_pick(
            person_id,
            draw,
            self.tr(
                "Click the second person, or select them with Tab and press Enter (Esc cancels)."
            ),
        )

    def begin_connect(self, person_id: str) -> None:
        """Next click on a person (or Tab to them and Enter) offers the ways to join the two:
        a couple, or either one the child of the other (or of the other's couple).

        The person is named right after the verb, as the menus name them ("Make Oskar a
        child of client"): in privacy mode that is a bare role, which reads naturally there
        in Swedish and Norwegian too, and stiffly inside a relative clause ("personen som
        syskonbarn ska kopplas till")."""
        self._begin_pick(
            person_id,
            lambda other: self._connect_picked(person_id, other),
            self.tr(
                "Connect {name} to someone on the map. Click them, or select them with Tab "
                "and press Enter (Esc cancels)."
            ).replace("{name}", self._shown_as(person_id)),
        )

    def _begin_pick(self, person_id: str, then: Callable[[str], object], say: str) -> None:
        self._pick = (person_id, then)
        self.scene.picking = True
        # The person the pick starts from is the one selected, so the map shows who (focus
        # coming to an unselected map would select the client instead).
        item = self.scene.persons.get(person_id)
        if item is not None and self.scene.selected_person_ids() != [person_id]:
            self.scene.select_only(item)
        # The map takes the keys (Tab to the second person, Enter), also when the choice was
        # made on the toolbar's Relationship button.
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._show_hint(say)

    @property
    def picking(self) -> bool:
        """Whether the next click on a person picks them (see ``begin_connect``)."""
        return self._pick is not None

    def _person_clicked(self, person_id: str) -> None:
        if self._pick is None:
            return
        _first, then = self._pick
        self._cancel_pick()
        then(person_id)

    def _cancel_pick(self) -> None:
        self._pick = None
        self.scene.picking = False
        self.view.viewport().unsetCursor()
        self.message.hide()
        self.message.setStyleSheet(ERROR_STYLE)

    def move_persons(self, positions: dict[str, tuple[float, float]]) -> bool:
        """A finished drag: one undo step however many symbols moved."""
        if len(positions) == 1:
            ((pid, (x, y)),) = positions.items()
            return self.do(lambda: edits.set_position(self._g, pid, x, y))
        return self.do(lambda: edits.move_persons(self._g, positions))

    def nudge(self, dx: float, dy: float) -> None:
        """Arrow keys move the selection; repeated nudges merge into one undo step and save."""
        ids = self.scene.selected_person_ids()
        if not ids or self._layout is None:
            return
        boxes = self._layout.persons
        positions = {pid: (boxes[pid].x + dx, boxes[pid].y + dy) for pid in ids}
        moved = edits.move_persons(self._g, positions)
        # Undo names whom one nudged person was ("Undo Move father", as after a drag): a bare
        # "Undo Nudge" did not say which symbol would jump back.
        one = edits.set_position(self._g, ids[0], *positions[ids[0]]) if len(ids) == 1 else None
        edit = Edit(
            self.tr("Nudge"),
            moved.changes,
            text=one.text if one else "",
            about=one.about if one else (),
        )
        self._g = edit.apply(self._g)
        self._pending_label = edit.label
        self._nudge_timer.start()
        self._redraw()
        self.undo_stack.push(NudgeCommand(self, edit, frozenset(ids)))

    #: The smallest zoom Tidy up fits the family at: below it names are too small to read.
    READABLE_ZOOM = 0.5

    def tidy_up(self) -> bool:
        """Lay everyone out again, and show the family where it now stands: the view stayed
        where the dragged persons had been, on mostly empty paper. The whole family when it
        fits at a readable size (as Fit), else the selected person or the client, at the
        zoom the therapist had."""
        done = self.do(lambda: edits.tidy_up(self._g))
        if done:
            kept = self.view.transform()
            self.view.fit()
            if self.view.zoom_level() < self.READABLE_ZOOM:
                self.view.setTransform(kept)
                self._show_persons(list(self._g.persons))
        return done

    def _show_step(self, edit: Edit) -> None:
        """After Undo or Redo: the view shows the persons the step was about, where they
        stand now (an undone Tidy up puts the family back where it was dragged)."""
        if self._g.persons:
            self.view.keep_in_reach(None)  # what the panel kept in reach was of the old map
            self._show_persons(self._touched(edit))

    def _touched(self, edit: Edit) -> list[str]:
        """The persons an edit changed or whose lines it changed, on the map now."""
        ids: list[str] = []
        for change in edit.changes:
            for obj in (change.old, change.new):
                if isinstance(obj, Person):
                    ids.append(obj.id)
                elif isinstance(obj, Union):
                    ids.extend(obj.partners)
                elif isinstance(obj, ChildLink):
                    ids.append(obj.child_id)
                    ids.extend(p for p in (obj.parent_id,) if p is not None)
                    union = self._g.unions.get(obj.union_id or "")
                    ids.extend(union.partners if union is not None else ())
                elif isinstance(obj, Relationship):
                    ids.extend(obj.persons)
        return list(dict.fromkeys(p for p in ids if p in self._g.persons))

    # -- properties ----------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        try:
            selected = self.scene.selectedItems()
        except RuntimeError:  # scene already gone while the widget closes
            return
        self._show_details(selected)
        self._place_panel()

    def _place_panel(self) -> None:
        """Show the panel while it shows something, else give the map its width.

        The map stays where it was under the panel coming and going: the drawing at the
        map's left edge stays there (a view keeping its centre moved the whole family
        sideways by half the panel at every click), also on a fitted map, and the selected
        person is kept in sight when the panel comes over the right part (scrolled no
        further than that)."""
        shown = self.panel.showing()
        if self.panel.isHidden() != shown:
            return
        view = self.view
        left = view.mapToScene(0, 0)
        view.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        try:
            if shown:
                total = sum(self.splitter.sizes())
                self.panel.show()
                if total > 0:
                    width = min(self._panel_width, max(self.panel.minimumWidth(), total // 3))
                    self.splitter.setSizes([total - width, width])
            else:
                self.panel.hide()
            self.splitter.refresh()  # the view takes its new width now, under NoAnchor
        finally:
            view.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The view scrolls only as far as the drawing, and a fitted family has white either
        # side: narrowed, it slid sideways under the person just clicked. What the view
        # shows from the same left edge is kept in the scroll bars' reach (twice: a scroll
        # bar coming or going changes the room once more).
        for _ in range(2):
            room = view.viewport().size()
            zoom = max(view.zoom_level(), 1e-6)
            view.keep_in_reach(QRectF(left, QSizeF(room.width() / zoom, room.height() / zoom)))
        # Scrolled back to where the left edge was.
        moved = view.mapFromScene(left)
        for bar, by in (
            (view.horizontalScrollBar(), moved.x()),
            (view.verticalScrollBar(), moved.y()),
        ):
            bar.setValue(bar.value() + by)
        current = self.scene.current_person()
        if shown and current is not None and self.view.isVisible():
            self.view.ensureVisible(current.sceneBoundingRect(), 60, 60)

    def _show_details(self, selected: list[Any]) -> None:
        """The panel's page for what is selected: one item's details, or nothing."""
        if len(selected) != 1:
            self.panel.show_nothing()
            return
        item = selected[0]
        if isinstance(item, PersonItem) and item.person_id in self._g.persons:
            person = self._g.persons[item.person_id]
            links = self._g.links_of_child(person.id)
            link = links[0] if links else None
            siblings: list[tuple[str, str]] = []
            twins: set[str] = set()
            if link is not None:
                for other in self._g.children_of_anchor(anchor_of(link)):
                    if other.child_id == person.id:
                        continue
                    sib = self._g.persons[other.child_id]
                    label = (
                        sib.name
                        if sib.name and not self._privacy
                        else sib.role or self.tr("sibling")
                    )
                    year = f" ({sib.birth_year})" if sib.birth_year else ""
                    siblings.append((sib.id, label + year))
                    if link.twin_group and other.twin_group == link.twin_group:
                        twins.add(sib.id)
            self.panel.set_twin_ids(twins)
            self.panel.show_person(
                person,
                show_name=not self._privacy,
                link=link,
                siblings=siblings,
                title=self._shown_as(person.id),
            )
        elif isinstance(item, UnionItem) and item.item_id in self._g.unions:
            union = self._g.unions[item.item_id]
            first, second = (self._shown_as(pid) for pid in union.partners)
            # Who the couple is, as the person and relationship panels say whom they show;
            # and for a partner who had several, which of them this was.
            orders = []
            for pid, name in zip(union.partners, (first, second), strict=True):
                theirs = [u.id for u in self._g.unions_of(pid)]
                if len(theirs) > 1:
                    orders.append((pid, name, theirs.index(union.id) + 1, len(theirs)))
            self.panel.show_union(
                union,
                title=self.tr("{first} and {second}").format(first=first, second=second),
                orders=orders,
            )
        elif isinstance(item, RelationshipItem) and item.item_id in self._g.relationships:
            rel = self._g.relationships[item.item_id]
            first, second = (self._shown_as(pid) for pid in rel.persons)
            self.panel.show_relationship(rel, (first, second))
        else:
            self.panel.show_nothing()

    def _shown_as(self, person_id: str) -> str:
        """A person as the panel names them: as on the map (names, or in privacy mode the
        role, else the initials)."""
        mode = LabelMode.PRIVATE if self._privacy else LabelMode.NAMES
        return display_name(self._g.persons[person_id], mode) or self.tr("unnamed person")

    def _person_fields(self, person_id: str, fields: dict[str, Any]) -> None:
        person = self._g.persons.get(person_id)
        if person is None:
            return
        changed = {k: v for k, v in fields.items() if getattr(person, k) != v}
        if fields.get("deceased") is False and person.is_deceased:
            # Unticked: alive. A death year alone also marks a person deceased (the box shows
            # it ticked), so it goes too; comparing with the stored flag missed that case.
            changed["deceased"] = False
            changed["death_year"] = None
            changed["age"] = None  # the age at death: a living person's would never change
        typing = ("notes", person_id) if set(changed) == {"notes"} else None
        if changed and not self.do(
            lambda: edits.update_person(self._g, person_id, **changed), typing
        ):
            if "notes" in changed:  # not saved (a full disk): the typed text stays in the box
                self.panel.keep_typing(person_id)
            self._selection_changed()  # put the stored values back in the panel

    def _panel_refused(self, text: str) -> None:
        self._show_message(text)
        self._selection_changed()  # the stored values back in the panel

    def _child_link_fields(self, link_id: str, fields: dict[str, Any]) -> None:
        link = self._g.child_links.get(link_id)
        changed = {k: v for k, v in fields.items() if link and getattr(link, k) != v}
        if changed and not self.do(lambda: edits.update_child_link(self._g, link_id, **changed)):
            self._selection_changed()

    def _twins(self, person_ids: list[str], identical: bool | None) -> None:
        if not self.do(lambda: edits.set_twins(self._g, person_ids, identical=identical)):
            self._selection_changed()

    def _untwin(self, person_id: str) -> None:
        if not self.do(lambda: edits.unset_twin(self._g, person_id)):
            self._selection_changed()

    def _union_fields(self, union_id: str, fields: dict[str, Any]) -> None:
        union = self._g.unions.get(union_id)
        changed = {k: v for k, v in fields.items() if union and getattr(union, k) != v}
        if changed and not self.do(lambda: edits.update_union(self._g, union_id, **changed)):
            self._selection_changed()

    def _partner_order(self, union_id: str, person_id: str, step: int) -> None:
        if self.move_partner(person_id, union_id, step):
            self._show_persons([person_id, *self._g.partners_of(person_id)])
        self._selection_changed()  # the panel says the new place

    def _relationship_fields(self, rel_id: str, fields: dict[str, Any]) -> None:
        rel = self._g.relationships.get(rel_id)
        changed = {k: v for k, v in fields.items() if rel and getattr(rel, k) != v}
        typing = ("note", rel_id) if set(changed) == {"note"} else None
        if changed and not self.do(
            lambda: edits.update_relationship(self._g, rel_id, **changed), typing
        ):
            if "note" in changed:
                self.panel.keep_typing(rel_id)
            self._selection_changed()

    # -- menus ---------------------------------------------------------------------------------
    def _relationship_menu(self, person_id: str | None) -> QMenu:
        menu = QMenu(self.tr("Add emotional relationship to…"), self)
        for kind in RelationshipKind:
            action = menu.addAction(self._labels[f"relationship:{kind.value}"])
            action.setData(kind.value)
            action.triggered.connect(
                lambda _=False, k=kind, p=person_id: self._start_relationship(p, k)
            )
        return menu

    def _start_relationship(self, person_id: str | None, kind: RelationshipKind) -> None:
        if person_id is None:
            ids = self.scene.selected_person_ids()
            if len(ids) == 2:
                self.add_relationship(ids[0], ids[1], kind)
                return
            if len(ids) != 1:
                self._show_message(
                    self.tr(
                        "Select the first person, then choose the "
                        "relationship and click the second person."
                    )
                )
                return
            person_id = ids[0]
        self.begin_relationship(person_id, kind)

    def person_menu(self, person_id: str) -> QMenu:
        """The context menu of one person (tests trigger its actions by object name)."""
        menu = QMenu(self)
        g = self._g

        def add(name: str, text: str, slot: Callable[[], object], parent: QMenu = menu) -> None:
            action = parent.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False: slot())

        def submenu(name: str, title: str, parent: QMenu = menu) -> QMenu:
            sub = parent.addMenu(title)
            sub.setObjectName(name)
            sub.menuAction().setObjectName(name)
            return sub

        # Two persons selected: the ways to join them come first, as what the two were
        # selected for (a son drawn before his mother, a person added from the toolbar).
        selected = self.scene.selected_person_ids()
        others = [p for p in selected if p != person_id]
        if person_id in selected and len(others) == 1:
            self._add_connections(menu, person_id, others[0])
            menu.addSeparator()
        if not g.links_of_child(person_id):
            add("add_parents", self.tr("Add parents"), lambda: self.add_parents(person_id))
        # A child of one parent alone: the other parent, with the kind of couple they were
        # (a half-sister's father the client never met was no entry at all).
        single = next((lk.parent_id for lk in g.links_of_child(person_id)
                       if lk.parent_id is not None and lk.parent_id in g.persons), None)
        if single is not None:
            offers = {
                Sex.MALE: (Sex.FEMALE, Sex.UNKNOWN),
                Sex.FEMALE: (Sex.MALE, Sex.UNKNOWN),
            }.get(g.persons[single].sex, (Sex.MALE, Sex.FEMALE, Sex.UNKNOWN))
            for sex in offers:
                name, title = {
                    Sex.MALE: ("add_father", self.tr("Add father")),
                    Sex.FEMALE: ("add_mother", self.tr("Add mother")),
                }.get(sex, ("add_other_parent", self.tr("Add other parent")))
                parent_menu = submenu(f"{name}_menu", title)
                for kind in COUPLE_KINDS:
                    add(
                        name if kind is UnionKind.MARRIED else f"{name}:{kind.value}",
                        self._labels[f"union:{kind.value}"],
                        lambda s=sex, k=kind, p=single: self.add_other_parent(person_id, p, s, k),
                        parent_menu,
                    )
        # A child of one parent alone whose parent has had a partner since: of both of them.
        for link in g.links_of_child(person_id):
            single = link.parent_id
            if single is None or single not in g.persons:
                continue
            unions = [u for u in g.unions_of(single) if person_id not in u.partners]
            for u, name in zip(unions, self._partner_names(single, unions), strict=True):
                add(
                    f"child_of_couple:{u.id}",
                    self.tr("Make a child of {parent} and {partner}")
                    .replace("{parent}", self._shown_as(single))
                    .replace("{partner}", name),
                    lambda uid=u.id, k=link.kind: self.connect_child(person_id, uid, k),
                )
        # The kind of couple is chosen as the partner is added: most are not married (a
        # partner, a former wife, an affair), and changing it meant finding a thin line.
        partner_menu = submenu("add_partner_menu", self.tr("Add partner"))
        for kind in COUPLE_KINDS:
            add(
                "add_partner" if kind is UnionKind.MARRIED else f"add_partner:{kind.value}",
                self._labels[f"union:{kind.value}"],
                lambda k=kind: self.add_partner(person_id, k),
                partner_menu,
            )
        unions = g.unions_of(person_id)
        if len(unions) > 1:
            # Which partner came first (also on the couple's panel, for the mouse): the
            # layout places them in this order, set only as each was added.
            order_menu = submenu("partner_order_menu", self.tr("Order of partners"))
            names = self._partner_names(person_id, unions)
            for i, (u, name) in enumerate(zip(unions, names, strict=True)):
                if i > 0:
                    add(f"partner_earlier:{u.id}", self.tr("Move {partner} earlier").replace(
                        "{partner}", name), lambda uid=u.id: self._partner_order(
                            uid, person_id, -1), order_menu)
                if i < len(unions) - 1:
                    add(f"partner_later:{u.id}", self.tr("Move {partner} later").replace(
                        "{partner}", name), lambda uid=u.id: self._partner_order(
                            uid, person_id, 1), order_menu)
        child_menu = submenu("add_child_menu", self.tr("Add child"))
        if unions:
            for u, name in zip(unions, self._partner_names(person_id, unions), strict=True):
                with_menu = submenu(
                    f"add_child_menu:{u.id}",
                    self.tr("With {partner}").format(partner=name),
                    child_menu,
                )
                self._child_entries(f"add_child:{u.id}", u.id, with_menu)
            alone = submenu("add_child_menu:alone", self.tr("Without a partner"), child_menu)
            self._child_entries("add_child", person_id, alone)
        else:
            self._child_entries("add_child", person_id, child_menu)
        sibling_menu = submenu("add_sibling_menu", self.tr("Add sibling"))
        for suffix, text, sex in (
            (":male", self.tr("Brother"), Sex.MALE),
            (":female", self.tr("Sister"), Sex.FEMALE),
            ("", self.tr("Sibling, sex unknown"), Sex.UNKNOWN),
        ):
            add(
                f"add_sibling{suffix}",
                text,
                lambda s=sex: self.add_sibling(person_id, s),
                sibling_menu,
            )
        self._unborn_entries(
            "add_sibling", sibling_menu, lambda k: self.add_sibling(person_id, kind=k)
        )
        if len(g.persons) > 1:
            add(
                "connect",
                self.tr("Connect to a person on the map…"),
                lambda: self.begin_connect(person_id),
            )
        menu.addSeparator()
        add(
            "set_index",
            self.tr("Set as index person (client)"),
            lambda: self.set_index_person(person_id),
        )
        person = g.persons[person_id]
        if person.is_deceased:
            add(
                "mark_alive",
                self.tr("Mark alive"),
                lambda: self.mark_deceased(person_id, deceased=False),
            )
        else:
            add("mark_deceased", self.tr("Mark deceased…"), lambda: self._ask_deceased(person_id))
        marker_menu = menu.addMenu(self.tr("Add marker"))
        person = g.persons[person_id]
        for marker in Marker:
            # Ticked where the person has it already: choosing it again takes it away (it
            # used to be offered again and do nothing).
            has = marker in person.markers
            add(
                f"marker:{marker.value}",
                self._labels[f"marker:{marker.value}"],
                (lambda m=marker: self.do(lambda: edits.remove_marker(self._g, person_id, m)))
                if has
                else (lambda m=marker: self.add_marker(person_id, m)),
                marker_menu,
            )
            action = marker_menu.actions()[-1]
            action.setCheckable(True)
            action.setChecked(has)
        add("marker:other", self.tr("Other…"), lambda: self._ask_marker(person_id), marker_menu)
        rel_menu = self._relationship_menu(person_id)
        rel_menu.setParent(menu, rel_menu.windowFlags())
        menu.addMenu(rel_menu)
        menu.addSeparator()
        add(
            "delete",
            self.tr("Delete (with its lines)"),
            lambda: self.delete_asking(self._menu_targets(person_id)),
        )
        return menu

    def _unborn_entries(
        self, name: str, sub: QMenu, slot: Callable[[PersonKind], object]
    ) -> None:
        """A child who was not born: as the therapist hears of them with the others."""
        sub.addSeparator()
        for kind in (PersonKind.PREGNANCY, PersonKind.MISCARRIAGE, PersonKind.STILLBIRTH):
            action = sub.addAction(self._labels[f"person:{kind.value}"])
            action.setObjectName(f"{name}:{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: slot(k))

    def _child_entries(self, name: str, parent: str, sub: QMenu) -> None:
        """Son, daughter, a child of unknown sex (``name`` itself), the unborn, of ``parent``
        (a couple's id or a person's)."""
        for suffix, text, sex in (
            (":male", self.tr("Son"), Sex.MALE),
            (":female", self.tr("Daughter"), Sex.FEMALE),
            ("", self.tr("Child, sex unknown"), Sex.UNKNOWN),
        ):
            action = sub.addAction(text)
            action.setObjectName(f"{name}{suffix}")
            action.triggered.connect(lambda _=False, s=sex: self.add_child(parent, s))
        self._unborn_entries(name, sub, lambda k: self.add_child(parent, kind=k))

    def line_menu(self, kind: str, line_id: str) -> QMenu:
        """The context menu of a couple line (``kind`` "union") or a relationship line
        ("relationship"); tests trigger its actions by object name.

        A right-click on a line opened the map's own menu (add a man here), which said
        nothing of the line: a couple's child is added here as from either partner's menu,
        and the line is deleted as with the Delete key (its details are in the panel)."""
        menu = QMenu(self)
        if kind == "union" and line_id in self._g.unions:
            child_menu = menu.addMenu(self.tr("Add child"))
            child_menu.setObjectName("add_child_menu")
            child_menu.menuAction().setObjectName("add_child_menu")
            self._child_entries("add_child", line_id, child_menu)
            menu.addSeparator()
        if line_id in self._g.unions or line_id in self._g.relationships:
            delete = menu.addAction(self.tr("Delete this line"))
            delete.setObjectName("delete")
            union = kind == "union"
            delete.triggered.connect(
                lambda _=False: self.delete_asking(
                    [], [line_id] if union else [], [] if union else [line_id]
                )
            )
            menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        return menu

    def _show_line_menu(self, kind: str, line_id: str, screen_pos: QPoint) -> None:
        self.line_menu(kind, line_id).exec(screen_pos)

    def _partner_names(self, person_id: str, unions: list[Union]) -> list[str]:
        """The person's partners as the map shows them, told apart where two read the same
        ("former partner" twice, two unnamed): by the kind of couple and its year, then by
        their order."""
        names = [self._shown_as(other_partner(u, person_id)) for u in unions]
        for i, u in enumerate(unions):
            if names.count(names[i]) > 1:
                detail = self._labels[f"union:{u.kind.value}"].lower()
                if u.start_year is not None:
                    detail += f" {u.start_year}"
                names[i] = f"{names[i]} ({detail})"
        for i in range(len(names)):
            if names.count(names[i]) > 1:
                names[i] = f"{names[i]} {i + 1}"
        return names

    def _menu_targets(self, person_id: str) -> list[str]:
        """The selection if the menu's person is part of it, else that person alone."""
        selected = self.scene.selected_person_ids()
        return selected if person_id in selected else [person_id]

    def connection_menu(self, first: str, second: str) -> QMenu:
        """The ways to join two persons already on the map (tests trigger its actions by
        object name): a couple of each kind, either the child of the other, or of the
        other's couple."""
        menu = QMenu(self)
        self._add_connections(menu, first, second)
        return menu

    def _add_connections(self, menu: QMenu, first: str, second: str) -> None:
        """Add to ``menu``: "Make A and B a couple ▸ kinds", "Make A a child of B ▸ kinds",
        "…of B and C" for each of B's couples, and the same with B the child.

        Each is offered, possible or not: one the map cannot take (a child born before the
        parent, a person their own ancestor, a couple already) says why in one sentence when
        chosen, where a missing entry would leave the therapist wondering."""
        g = self._g

        def entry(sub: QMenu, name: str, text: str, slot: Callable[[], object]) -> None:
            action = sub.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False: slot())

        def submenu(name: str, title: str) -> QMenu:
            sub = menu.addMenu(title)
            sub.setObjectName(name)
            sub.menuAction().setObjectName(name)
            return sub

        one, two = self._shown_as(first), self._shown_as(second)
        couple = submenu(
            "connect_couple_menu",
            self.tr("Make {first} and {second} a couple")
            .replace("{first}", one)
            .replace("{second}", two),
        )
        for kind in COUPLE_KINDS:
            entry(
                couple,
                "connect_couple" if kind is UnionKind.MARRIED else f"connect_couple:{kind.value}",
                self._labels[f"union:{kind.value}"],
                lambda k=kind: self.connect_couple(first, second, k),
            )
        for child, parent in ((first, second), (second, first)):
            child_name = self._shown_as(child)
            targets = [
                (
                    parent,
                    self.tr("Make {child} a child of {parent}")
                    .replace("{child}", child_name)
                    .replace("{parent}", self._shown_as(parent)),
                )
            ]
            unions = [u for u in g.unions_of(parent) if child not in u.partners]
            for u, name in zip(unions, self._partner_names(parent, unions), strict=True):
                targets.append(
                    (
                        u.id,
                        self.tr("Make {child} a child of {parent} and {partner}")
                        .replace("{child}", child_name)
                        .replace("{parent}", self._shown_as(parent))
                        .replace("{partner}", name),
                    )
                )
            for anchor, title in targets:
                sub = submenu(f"connect_child_menu:{child}:{anchor}", title)
                for line in ChildKind:
                    suffix = "" if line is ChildKind.BIOLOGICAL else f":{line.value}"
                    entry(
                        sub,
                        f"connect_child:{child}:{anchor}{suffix}",
                        self._labels[f"child:{line.value}"],
                        lambda c=child, a=anchor, k=line: self.connect_child(c, a, k),
                    )

    def connect_couple(
        self, first: str, second: str, kind: UnionKind = UnionKind.MARRIED
    ) -> bool:
        """Join two persons on the map as a couple (one undo step)."""
        done = self.do(lambda: edits.add_union(self._g, first, second, kind))
        if done:
            self._show_persons([first, second])
        return done

    def connect_child(
        self, child: str, parent: str, kind: ChildKind = ChildKind.BIOLOGICAL
    ) -> bool:
        """Hang a person on the map below a couple (union id) or one parent (person id)."""
        done = self.do(lambda: edits.connect_child(self._g, child, parent, kind))
        if done:
            self._show_persons([child, *self._g.parents_of(child)])
        return done

    def _connect_picked(self, first: str, second: str) -> None:
        """The second person of "Connect to a person on the map…" was picked: both are
        selected, and the ways to join them open beside the second."""
        if second == first or second not in self.scene.persons:
            return
        item = self.scene.persons[second]
        self.scene.clearSelection()
        self.scene.persons[first].setSelected(True)
        item.setSelected(True)
        # After the click that picked them has been handled: a menu's own event loop run
        # from inside the scene's mouse press kept the press from finishing.
        QTimer.singleShot(0, self, lambda: self._open_connection_menu(first, second))

    def _open_connection_menu(self, first: str, second: str) -> None:
        item = self.scene.persons.get(second)
        if item is None or first not in self._g.persons:
            return
        self.view.ensureVisible(item.sceneBoundingRect(), 60, 60)
        corner = item.size / 2
        at = self.view.mapFromScene(item.pos() + QPointF(corner, corner))
        self.connection_menu(first, second).exec(self.view.viewport().mapToGlobal(at))

    def _show_person_menu(self, person_id: str, screen_pos: QPoint) -> None:
        self.person_menu(person_id).exec(screen_pos)

    def _show_background_menu(self, scene_pos: QPointF, screen_pos: QPoint) -> None:
        menu = QMenu(self)
        for sex, text in (
            (Sex.MALE, self.tr("Add man here")),
            (Sex.FEMALE, self.tr("Add woman here")),
            (Sex.OTHER, self.tr("Add person of another gender here")),
        ):
            menu.addAction(text, lambda s=sex: self.add_person(s, scene_pos))
        menu.addSeparator()
        # The stack's own actions name the step ("Undo Add partner of client"): the toolbar's
        # buttons keep a short label (the step is in their tooltip), and the map has no Edit
        # menu of its own.
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.tidy_action)
        menu.addAction(self.fit_action)
        # The legend's button is the toolbar's last, the first behind its » when the map is
        # narrow (Norwegian and Swedish at 1024 pixels).
        menu.addAction(self.legend_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.exec(screen_pos)

    def _ask_deceased(self, person_id: str) -> None:
        """One box takes the year of death or, when only that is known, the age at death
        ("father died at 61"): four digits are a year, one to three an age."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Mark deceased"),
            self.tr("Year of death (e.g. 2011), or age at death (e.g. 61). Empty if unknown:"),
        )
        if not ok:
            return
        year = death_year_typed(text)
        age = death_age_typed(text) if year is None else None
        if year is None and age is None and text.strip():
            # "20150" or "ca 2015" was dropped without a word, or stored as typed.
            self._show_message(
                self.tr(
                    "“{text}” is not a year: type the year of death as four digits, for example "
                    "2015, or the age at death, for example 61, or leave it empty if it is not "
                    "known."
                ).replace("{text}", text.strip())
            )
            return
        self.mark_deceased(person_id, year, age=age)

    def _ask_marker(self, person_id: str) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Add marker"), self.tr("Marker:"))
        if ok and text.strip():
            self.add_marker(person_id, text.strip())

    def _toggle_legend(self) -> None:
        self.scene.show_legend = self.legend_action.isChecked()
        self._redraw()

    # -- export --------------------------------------------------------------------------------
    def export_file(self, path: Path, fmt: str, *, initials_only: bool = False) -> None:
        """Write the map as PNG, SVG or PDF; names or initials; audited as an export, with
        the file's path (listed when the client is deleted)."""
        path = Path(path)
        selected = self.scene.selectedItems()
        self.scene.clearSelection()
        old_mode = self.scene.label_mode
        self.scene.set_label_mode(LabelMode.INITIALS if initials_only else LabelMode.NAMES)
        self.scene.set_caching(False)
        title = self.tr("Genogram")
        persons = len(self._g.persons)
        # Recorded once written whole and before it has its name: a map the vault cannot
        # record (its disk full) is dropped unnamed (ExportNotRecorded says so).
        recording = (
            lambda: record_export(
                self.case, path, fmt, initials_only=initials_only, persons=persons
            ),
            lambda: record_export_not_completed(self.case, path),
        )
        try:
            if fmt == "png":
                exporting.export_png(self.scene, path, recording)
            elif fmt == "svg":
                exporting.export_svg(self.scene, path, title, recording)
            elif fmt == "pdf":
                exporting.export_pdf(self.scene, path, title, recording)
            else:
                raise ValueError(fmt)
        finally:
            self.scene.set_caching(True)
            self.scene.set_label_mode(old_mode)
            for item in selected:
                item.setSelected(True)

    def _export_dialog(self, fmt: str, initials_only: bool) -> None:
        filters = {
            "png": self.tr("PNG pictures (*.png)"),
            "svg": self.tr("SVG drawings (*.svg)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }
        # The map with names and the one with initials (for supervision) are offered under
        # names of their own: both were "genogram.pdf", and the named one easily sent.
        name = exporting.suggested_file_name(
            self.vault.client(self.case.client_id).code,
            fmt,
            self._today(),
            initials_only=initials_only,
        )
        # A lock (or the case closing) while the dialog was open answers "": nothing written.
        path = save_file_name(
            self, self.tr("Export genogram"), name, filters[fmt], case=self.case
        )
        if path:
            try:
                self.export_file(Path(path), fmt, initials_only=initials_only)
            except StoreError as exc:
                show_error(self, exc, self.tr("Export genogram"))

    def _export_gedcom_dialog(self) -> None:
        # A GEDCOM file carries the names, so it is offered as the map with names is
        # ("K-2026-014-genogram-names-2026-11-01.ged", in the therapist's language): it was
        # "family.ged", in English whatever the language, and unlike the map's other exports.
        name = exporting.suggested_file_name(
            self.vault.client(self.case.client_id).code, "ged", self._today(),
            initials_only=False,
        )
        path = save_file_name(
            self, self.tr("Export as GEDCOM"), name, self.tr("GEDCOM files (*.ged)"),
            case=self.case,
        )
        if path:
            try:
                self.export_gedcom_file(Path(path))
            except StoreError as exc:
                show_error(self, exc, self.tr("Export as GEDCOM"))

    def export_gedcom_file(self, path: Path) -> None:
        """Write GEDCOM 5.5.1, whole or not at all (ExportFailed when it cannot); audited
        with the file's path once written."""
        path = Path(path)
        persons = len(self._g.persons)
        stage_export(path, export_gedcom(self._g).encode("utf-8")).place_recorded(
            lambda: record_export(self.case, path, "GEDCOM", persons=persons),
            lambda: record_export_not_completed(self.case, path),
        )

    # -- GEDCOM import -------------------------------------------------------------------------
    def import_genogram(self, imported: Genogram, replace_all: bool = True) -> bool:
        """Bring in an imported family as one undoable command."""
        label = self.tr("Import from GEDCOM")
        try:
            edit = import_edit(self._g, imported, replace_all, label)
        except GenogramError as exc:
            self._show_message(exc.message)
            return False
        ok = self.do(edit)
        if ok:
            # As when the map is opened: the whole family where it reads, else the client's
            # part of it readably (a fitted 60-person import was bare symbols at 0.28).
            self._overview_pending = True
            self.show_overview()
        return ok

    def _import_dialog(self) -> None:
        dialog = GedcomImportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_genogram is None:
            return
        replace_all = dialog.replace.isChecked()
        # The client on the map being merged into stays the client; otherwise the person
        # named as the register card names the client becomes it (see with_the_client).
        has_client = not replace_all and any(p.is_index for p in self._g.persons.values())
        imported, unmarked = with_the_client(
            dialog.result_genogram, self.case.profile.get().name, has_client
        )
        if self.import_genogram(imported, replace_all):
            notices = dialog.result_notices
            self._say_left_out((*notices, unmarked) if unmarked else notices)

    def _say_left_out(self, notices: Sequence[str]) -> None:
        """Tell, after an import, which dates of the file the map left out (nothing when
        none was): one line each, the first MAX_NOTICES_SHOWN, in a box that does not block
        (the map just imported stays in view and usable beside it)."""
        if not notices:
            return
        shown = list(notices[:MAX_NOTICES_SHOWN])
        rest = len(notices) - len(shown)
        if rest:
            shown.append(self.tr("…and %n more.", "", rest))
        text = self.tr("The family was imported. Please note:") + "\n\n" + "\n".join(
            self._as_the_map_names(line) for line in shown
        )
        box = inform(self, self.tr("Import from GEDCOM"), text)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names from a file are not markup


__all__ = [
    "EditCommand",
    "GedcomImportDialog",
    "GenogramEditor",
    "GenogramView",
    "NudgeCommand",
    "StepAction",
    "TypingCommand",
    "import_edit",
]
