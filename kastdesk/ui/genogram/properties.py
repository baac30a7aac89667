"""Properties panel for the selected person, couple or emotional relationship.

The panel only reports what the therapist changed (``person_changed(id, fields)`` ...); the
editor turns that into one undoable, audited edit, so typing a name is one "Edit person".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kastdesk.genogram.model import (
    DIRECTED_KINDS,
    YEAR_MAX,
    ChildKind,
    ChildLink,
    Marker,
    Person,
    PersonKind,
    Relationship,
    RelationshipKind,
    Sex,
    Union,
    UnionKind,
)
from kastdesk.genogram.symbols import _labels as notation_labels
from kastdesk.ui.autosave import TypingTimer
from kastdesk.ui.common import typed_text

#: Typed notes, and the person's one-line fields, are saved this long after the last key
#: press.
TYPING_PAUSE_MS = 1500
#: The oldest age the map takes (kastdesk.genogram.model refuses more).
AGE_MAX = 130


def _list_whole(combo: QComboBox) -> None:
    """The list a narrow box opens shows its entries whole, even where the box cuts them."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)


def _end_form(form: QFormLayout, page: QWidget) -> None:
    """Close a page's form with a row that takes the spare height, so the rows stay together
    at the top instead of being spread down the tall panel.

    Each field stands under its label, the width of the panel: on a laptop the panel is
    given its least width, and a column of labels beside the fields and the widest list
    made it 304 pixels (431 at 14 pt) of the 610 beside the register, leaving the map 300.
    (Only the rows too long for the width under their labels left the rest squeezed
    beside theirs, a role box four letters wide.)"""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    for combo in page.findChildren(QComboBox):
        # As narrow as a short word; the list opened shows the long ones whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(combo.minimumContentsLength(), 8))
        _list_whole(combo)
    filler = QWidget(page)
    filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    form.addRow(filler)


class _Pages(QStackedWidget):
    """The panel's pages, as tall as the one shown.

    A stacked widget asks for its tallest page: the couple's three rows and the
    relationship's four had the person page's 700 pixels under them, and a scroll bar over
    empty space. As wide as the widest page, so the panel keeps its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # Qt override
        page = self.currentWidget()
        hint = super().sizeHint()
        return hint if page is None else QSize(hint.width(), page.sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        page = self.currentWidget()
        hint = super().minimumSizeHint()
        return hint if page is None else QSize(hint.width(), page.minimumSizeHint().height())

    def heightForWidth(self, width: int) -> int:  # Qt override
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


def _year_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    # Four digits of any value, so a year past YEAR_MAX still ends the editing and is refused
    # with a message: a validator range of 0-2200 kept "3000" in the box and saved nothing.
    edit.setValidator(QIntValidator(0, 9999, edit))
    edit.setMaximumWidth(80)
    return edit


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None


def _labels(text: str) -> tuple[str, ...]:
    """The other markers typed in their box, comma-separated."""
    return tuple(s.strip() for s in text.split(",") if s.strip())


class _Title(QLabel):
    """The bold name above the panel's fields, wrapped at spaces, with a word wider than
    the panel (a name of one long word, which word wrap cannot break: it ran past the
    panel's right edge) shortened with "…"; the whole name is its tooltip.

    It asks for no width of its own: the panel's width decides, and the words fit it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def _fit(self) -> None:
        metrics, width = self.fontMetrics(), max(self.contentsRect().width(), 1)
        lines = []
        for line in self._full.split("\n"):
            lines.append(" ".join(
                metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
                if metrics.horizontalAdvance(word) > width else word
                for word in line.split(" ")
            ))
        shown = "\n".join(lines)
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def sizeHint(self) -> QSize:
        return QSize(1, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(1, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class PropertiesPanel(QWidget):
    """Edits one object at a time; empty when nothing or several things are selected."""

    person_changed = Signal(str, object)
    #: (child link id, fields): kind (biological, adopted, foster) and birth order.
    child_link_changed = Signal(str, object)
    #: (person ids, identical): mark the selected person and a sibling as twins.
    twins_requested = Signal(list, object)  # (person ids, identical: bool, or None to keep)
    #: (person id): take the person out of their twin group.
    untwin_requested = Signal(str)
    #: (sentence): a typed value was not passed on (a year past YEAR_MAX); the field is
    #: marked unmodified so the stored value comes back when the panel is shown again.
    refused = Signal(str)
    union_changed = Signal(str, object)
    #: (couple id, person id, step): the couple one place earlier (-1) or later (1) among
    #: that partner's partnerships.
    partner_order_requested = Signal(str, str, int)
    relationship_changed = Signal(str, object)
    #: Text typed in a field and not yet saved (after the panel has marked it typed): the
    #: toolbar's Undo names it as it goes.
    typing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: str | None = None
        self._loading = False
        #: A report being saved now: (what, id, fields), "person" or "relationship". The
        #: sealed rescue copy is written as the save starts (kastdesk.ui.rescue), and a save
        #: that hangs (a network folder that stopped answering) must not lose it.
        self.in_flight: tuple[str, str, dict[str, Any]] | None = None
        labels = notation_labels()
        self.stack = _Pages(self)
        self.empty = QLabel(
            self.tr(
                "Select a person, a couple line or a relationship line to see and edit its details."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)

        # -- person
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        # Privacy mode keeps names off the screen, and the box empty and grey: the name is
        # shown, for this person only, when the therapist asks for it with this button (as
        # the client's own name in the client's details), and hidden again once the box is
        # left. Turning privacy mode off to type one name showed every name in the app.
        self.show_name = QPushButton(self.tr("Show name"), page)
        self.show_name.setToolTip(
            self.tr(
                "Privacy mode is on: the name is shown only while you edit it, and hidden "
                "again when you leave the box."
            )
        )
        self.show_name.clicked.connect(self.reveal_name)
        self.show_name.hide()
        name_row = QWidget(page)
        name_layout = QHBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.name, 1)
        name_layout.addWidget(self.show_name)
        #: The stored name while privacy mode keeps it off the screen ("" when it is shown).
        self._kept_name = ""
        self._name_private = False  # privacy mode: the name is not shown unasked
        self._name_asked = False  # ... and the therapist asked to see this person's
        self.role = QLineEdit(page)
        self.role.setPlaceholderText(self.tr("e.g. father, maternal grandmother"))
        self.sex = QComboBox(page)
        for sex in Sex:
            self.sex.addItem(labels.get(f"person:{sex.value}", sex.value), sex.value)
        self.kind = QComboBox(page)
        self.kind.addItem(self.tr("Person"), PersonKind.PERSON.value)
        for kind in (PersonKind.PREGNANCY, PersonKind.MISCARRIAGE, PersonKind.STILLBIRTH):
            self.kind.addItem(labels[f"person:{kind.value}"], kind.value)
        self.birth_year = _year_edit(page)
        self.death_year = _year_edit(page)
        self.deceased = QCheckBox(self.tr("Deceased"), page)
        # "Father died at 61" is often all that is known: the age at death without years
        # (the model's ``Person.age``, written in the symbol as a computed age would be).
        self.age = QLineEdit(page)
        self.age.setValidator(QIntValidator(0, 999, self.age))  # over 130: said, not saved
        self.age.setMaximumWidth(80)
        self.age_label = QLabel(self.tr("Age at death"), page)
        self.occupation = QLineEdit(page)
        self.notes = QPlainTextEdit(page)
        # Tab goes on to the markers: it typed a tab into the notes, and the keyboard never
        # left them (the relationship's note likewise).
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.markers: dict[Marker, QCheckBox] = {}
        marker_box = QWidget(page)
        marker_layout = QVBoxLayout(marker_box)
        marker_layout.setContentsMargins(12, 0, 0, 0)  # indented under their heading
        marker_layout.setSpacing(2)
        for marker in Marker:
            box = QCheckBox(labels[f"marker:{marker.value}"], marker_box)
            self.markers[marker] = box
            marker_layout.addWidget(box)
        self.labels = QLineEdit(page)
        self.labels.setPlaceholderText(self.tr("Other markers, separated by commas"))
        name_label = QLabel(self.tr("Name"), page)
        name_label.setBuddy(self.name)
        form.addRow(name_label, name_row)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Born (year)"), self.birth_year)
        form.addRow(self.tr("Died (year)"), self.death_year)
        form.addRow(self.deceased)
        form.addRow(self.age_label, self.age)
        form.addRow(self.tr("Occupation"), self.occupation)
        # The markers take the panel's whole width: beside a label column their names
        # ("Suspected substance abuse") were cut off in a panel kept narrow for the map.
        form.addRow(QLabel(self.tr("Markers"), page))
        form.addRow(marker_box)
        form.addRow(self.tr("Other markers"), self.labels)
        form.addRow(self.tr("Notes"), self.notes)
        # As a child of parents: how the child came (biological, adopted, foster), where in
        # the row of siblings, and twins. Hidden for a person drawn without parents.
        self.child_title = QLabel(self.tr("As a child"), page)
        font = self.child_title.font()
        font.setBold(True)
        self.child_title.setFont(font)
        self.child_kind = QComboBox(page)
        for kind in ChildKind:
            self.child_kind.addItem(labels[f"child:{kind.value}"], kind.value)
        self.birth_order = QSpinBox(page)
        # Shown from 1 for the eldest (the model counts from 0); 0 is "not known".
        self.birth_order.setRange(0, 30)
        self.birth_order.setSpecialValueText(self.tr("not known"))
        self.birth_order.setToolTip(self.tr("1 for the eldest child, 2 for the next, and so on."))
        self.twin_of = QComboBox(page)
        self.identical = QCheckBox(self.tr("Identical twins"), page)
        form.addRow(self.child_title)
        form.addRow(self.tr("Child line"), self.child_kind)
        form.addRow(self.tr("Birth order"), self.birth_order)
        form.addRow(self.tr("Twin of"), self.twin_of)
        form.addRow(self.identical)  # full width: "Enäggstvillingar" does not fit a column
        self._child_rows = (
            self.child_title,
            self.child_kind,
            self.birth_order,
            self.twin_of,
            self.identical,
        )
        _end_form(form, page)
        self._link_id: str | None = None
        self.person_page = page
        self.stack.addWidget(page)

        # -- couple
        page = QWidget(self)
        form = QFormLayout(page)
        self.union_kind = QComboBox(page)
        for kind in UnionKind:
            self.union_kind.addItem(labels[f"union:{kind.value}"], kind.value)
        self.start_year = _year_edit(page)
        self.end_year = _year_edit(page)
        form.addRow(self.tr("Couple"), self.union_kind)
        form.addRow(self.tr("From (year)"), self.start_year)
        form.addRow(self.tr("Until (year)"), self.end_year)
        # Which partner came first, for a partner who had several: the layout places them
        # in this order, which was set only as each partner was added (the first wife,
        # told second, stood as the second).
        self.order_rows: list[tuple[QLabel, QPushButton, QPushButton, QWidget]] = []
        self._order_people: list[str] = []
        for i in range(2):
            label = QLabel(page)
            label.setWordWrap(True)
            row = QWidget(page)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            earlier = QPushButton(self.tr("Earlier"), row)
            later = QPushButton(self.tr("Later"), row)
            earlier.setObjectName(f"partner_earlier:{i}")
            later.setObjectName(f"partner_later:{i}")
            earlier.clicked.connect(lambda _=False, n=i: self._order_asked(n, -1))
            later.clicked.connect(lambda _=False, n=i: self._order_asked(n, 1))
            box.addWidget(earlier)
            box.addWidget(later)
            box.addStretch(1)
            form.addRow(label)  # the panel's width: beside nothing, it wrapped at "2 | of 2"
            form.addRow(row)
            form.setRowVisible(label, False)
            form.setRowVisible(row, False)
            self.order_rows.append((label, earlier, later, row))
        self._union_form = form
        _end_form(form, page)
        self.union_page = page
        self.stack.addWidget(page)

        # -- emotional relationship
        page = QWidget(self)
        form = QFormLayout(page)
        self.rel_kind = QComboBox(page)
        for kind in RelationshipKind:
            self.rel_kind.addItem(labels[f"relationship:{kind.value}"], kind.value)
        # Which way it goes, named by the two persons: "the first person" meant nothing to
        # the therapist, and the checkbox's text did not fit the narrow panel. The reverse
        # direction is offered too, so abuse drawn the wrong way round is turned, not redrawn.
        self.direction = QComboBox(page)
        self.direction.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.direction.setMinimumContentsLength(8)
        self.direction.setToolTip(
            self.tr(
                "The arrow points at the person it is done to. Both ways: an arrow at each end. "
                "Only abuse, neglect, caretaking and focused-on have a direction."
            )
        )
        self._rel_kind: RelationshipKind | None = None
        self._rel_persons: tuple[str, str] = ("", "")
        self.rel_note = QPlainTextEdit(page)
        self.rel_note.setTabChangesFocus(True)
        self.rel_note.setMaximumHeight(90)
        form.addRow(self.tr("Relationship"), self.rel_kind)
        # Full width under its heading: two names and an arrow do not fit beside a label.
        self.direction_title = QLabel(self.tr("Direction"), page)
        form.addRow(self.direction_title)
        form.addRow(self.direction)
        form.addRow(self.tr("Note"), self.rel_note)
        _end_form(form, page)
        self._rel_form = form
        self.relationship_page = page
        self.stack.addWidget(page)

        # The person page is taller than a laptop screen leaves the panel (with the Swedish
        # labels, 690 px): it scrolls by itself, not with the map.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No Tab stop of its own (it showed no focus); the fields inside keep theirs.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.stack)
        # Who is selected, above the fields: Tab walks a large map person by person, and the
        # fields alone (a role, a year) did not always say whom they were about.
        self.title = _Title(self)
        self.title.setObjectName("selectedTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.hide()
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(scroll)
        # Never narrower than its fields with the scroll bar beside them (a splitter would
        # squeeze it, and the fields ran under the bar).
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(self.stack.minimumSizeHint().width() + bar + 16)
        self._texts = (
            self.name,
            self.role,
            self.birth_year,
            self.death_year,
            self.age,
            self.occupation,
            self.labels,
        )

        self.name.installEventFilter(self)
        for edit in self._texts:
            edit.editingFinished.connect(self._person_edited)
            edit.textEdited.connect(lambda _text, e=edit: self._line_typed(e))
        for combo in (self.sex, self.kind):
            combo.activated.connect(self._person_edited)
        self.deceased.toggled.connect(self._person_edited)
        for box in self.markers.values():
            box.toggled.connect(self._person_edited)
        self.notes.textChanged.connect(self._notes_typed)
        self.rel_note.textChanged.connect(self._rel_note_typed)
        # After the slots above, so that the typing is marked when ``typing`` is told.
        for edit in self._texts:
            edit.textEdited.connect(lambda _text: self.typing.emit())
        self.notes.textChanged.connect(self.typing.emit)
        self.rel_note.textChanged.connect(self.typing.emit)
        self.child_kind.activated.connect(self._child_link_edited)
        self.birth_order.editingFinished.connect(self._child_link_edited)
        # A sibling chosen keeps the group's "identical" (None); the box is that change.
        self.twin_of.activated.connect(lambda _index: self._twins_edited(None))
        self.identical.toggled.connect(self._twins_edited)
        for edit in (self.start_year, self.end_year):
            edit.editingFinished.connect(self._union_edited)
        self.union_kind.activated.connect(self._union_edited)
        self.rel_kind.activated.connect(self._relationship_edited)
        self.direction.activated.connect(self._relationship_edited)
        self._notes_dirty = False
        self._rel_note_dirty = False
        # A note typed in a session must not wait for the therapist to click elsewhere: a
        # crash or a power cut would take it. Saved after each pause, as one undo step.
        self._typing = TypingTimer(TYPING_PAUSE_MS, self)  # steady typing saves too
        self._typing.timeout.connect(self.commit_pending)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Escape in a field goes back to the map, what was typed saved (as Shift+Tab from
        the first field would): Enter saves a name and stays in its box, and the keyboard
        had no short way back to the persons. The fields leave Escape to the panel (an
        open list closes by itself first)."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.commit_pending()
            target = self._before_panel()
            if target is not None:
                target.setFocus(Qt.FocusReason.BacktabFocusReason)
                event.accept()
                return
        super().keyPressEvent(event)

    def _before_panel(self) -> QWidget | None:
        """What Shift+Tab reaches first outside the panel: the map, which the editor puts
        just before the panel in the Tab order."""
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self:
            if (
                not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget
            widget = widget.previousInFocusChain()
        return None

    # -- showing -------------------------------------------------------------------------------
    def _set_title(self, text: str) -> None:
        self.title.set_full_text(text)
        self.title.setVisible(bool(text))

    def showing(self) -> bool:
        """Whether a person, couple or relationship is shown (else the panel is empty)."""
        return self._id is not None

    def show_nothing(self) -> None:
        self.commit_pending()
        self._id = None
        self._set_title("")
        self.stack.setCurrentWidget(self.empty)

    def focus_first_field(self) -> bool:
        """Put the keyboard in the first field of what is shown (Enter or F2 on the map);
        False when nothing is shown. The name box is skipped while privacy mode greys it."""
        page = self.stack.currentWidget()
        fields: tuple[QWidget, ...] = ()
        if page is self.person_page:
            fields = (self.name, self.role)
        elif page is self.union_page:
            fields = (self.union_kind,)
        elif page is self.relationship_page:
            fields = (self.rel_kind,)
        for field in fields:
            if field.isEnabled():
                self._scroll.ensureWidgetVisible(field)
                field.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if isinstance(field, QLineEdit):
                    field.selectAll()  # typing replaces, as in a table cell opened with F2
                return True
        return False

    def show_person(
        self,
        p: Person,
        show_name: bool = True,
        link: ChildLink | None = None,
        siblings: list[tuple[str, str]] | None = None,
        title: str = "",
    ) -> None:
        """``link`` hangs ``p`` below parents; ``siblings`` are (id, label) of the others;
        ``title`` names the person above the fields, as the map shows them.

        Shown again for the same person (after any edit: a marker from the context menu, a
        new relative, Undo), what the therapist is typing stays in the panel and is saved
        when they leave the field: it used to be overwritten by the stored text, and notes
        typed during a session were lost.
        """
        same = self._id == p.id
        if not same:
            self.commit_pending()
        self._loading = True
        self._link_id = link.id if link else None
        form = self.person_page.layout()
        assert isinstance(form, QFormLayout)
        for widget in self._child_rows:
            form.setRowVisible(widget, link is not None)
        if link is not None:
            self.child_kind.setCurrentIndex(self.child_kind.findData(link.kind.value))
            self.birth_order.setValue(0 if link.birth_order is None else link.birth_order + 1)
            self.twin_of.clear()
            self.twin_of.addItem(self.tr("(not a twin)"), "")
            for sibling_id, label in siblings or []:
                self.twin_of.addItem(label, sibling_id)
            _list_whole(self.twin_of)
            twin = next(
                (sid for sid, twin_group in self._twin_groups(siblings, link) if twin_group), ""
            )
            self.twin_of.setCurrentIndex(max(0, self.twin_of.findData(twin)))
            self.identical.setChecked(link.identical)
            self.identical.setEnabled(bool(link.twin_group))
        self._id = p.id

        def put(edit: QLineEdit, text: str) -> None:
            if same and edit.isModified():  # typing not yet reported: keep it
                return
            # Saved after a pause while the therapist is still in the field: the stored
            # value is the typed one trimmed, and setting it would move the cursor to the
            # end and drop the space just typed before the next word.
            typed = edit.text()
            if same and (
                typed.strip() == text or (edit is self.labels and _labels(typed) == _labels(text))
            ):
                return
            edit.setText(text)

        # Asked for this person in privacy mode: shown until the box is left (an edit saved
        # meanwhile shows the person again). Another person, or privacy mode switched,
        # starts hidden again.
        self._name_asked = same and not show_name and self._name_asked
        self._name_private = not show_name
        self._kept_name = "" if show_name else p.name
        if show_name or self._name_asked:
            put(self.name, p.name)
            self._name_shown()
        else:  # privacy: never a name in the box, typed or stored, unless asked for
            self._name_hidden()
        put(self.role, p.role)
        self.sex.setCurrentIndex(self.sex.findData(p.sex.value))
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        put(self.birth_year, "" if p.birth_year is None else str(p.birth_year))
        put(self.death_year, "" if p.death_year is None else str(p.death_year))
        self.deceased.setChecked(p.is_deceased)
        put(self.age, "" if p.age is None else str(p.age))
        # Shown for the deceased (their age at death), or for an age already stored (one
        # imported without years); the years, when known, give the age by themselves.
        form.setRowVisible(self.age, p.is_deceased or p.age is not None)
        self.age_label.setText(self.tr("Age at death") if p.is_deceased else self.tr("Age"))
        born, died = p.birth_year, p.death_year
        self.age.setPlaceholderText(
            str(died - born) if born is not None and died is not None and died >= born else ""
        )
        put(self.occupation, p.occupation)
        keep_notes = same and self._notes_dirty
        if not keep_notes and typed_text(self.notes) != p.notes:
            self.notes.setPlainText(p.notes)
        for marker, box in self.markers.items():
            box.setChecked(marker in p.markers)
        put(self.labels, ", ".join(p.labels))
        self._set_title(title)
        self.stack.setCurrentWidget(self.person_page)
        self._notes_dirty = keep_notes
        self._loading = False

    def _name_shown(self) -> None:
        self.name.setEnabled(True)
        self.name.setPlaceholderText("")
        self.name.setToolTip("")
        self.show_name.hide()

    def _name_hidden(self) -> None:
        self.name.setText("")
        self.name.setModified(False)
        self.name.setEnabled(False)
        # The panel is narrow: the short word shows, the reason is in the tooltip.
        self.name.setPlaceholderText(self.tr("Hidden"))
        self.name.setToolTip(self.tr("Hidden (privacy mode)"))
        # A person drawn in the session has no name yet: nothing to show, one to type.
        self.show_name.setText(self.tr("Show name") if self._kept_name else self.tr("Type name"))
        self.show_name.show()

    def reveal_name(self) -> None:
        """Show the selected person's name in its box, to be corrected or typed, though
        privacy mode is on (the therapist asked): hidden again when the box is left."""
        if self._id is None or not self._name_private or self._name_asked:
            return
        self._name_asked = True
        self.name.setText(self._kept_name)
        self.name.setModified(False)
        self._name_shown()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_name_again(self) -> None:
        """The name box left in privacy mode: what was typed is saved, then hidden."""
        if not (self._name_private and self._name_asked):
            return
        if self.name.isModified():
            self._kept_name = self.name.text().strip()
            self._person_edited()
        # The editor has shown the person again with the name as stored (``_kept_name``).
        self._name_asked = False
        self._name_hidden()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.name
            and event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            # Its own right-click menu (Paste) is still editing the name.
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._hide_name_again()
        return super().eventFilter(watched, event)

    def _twin_groups(
        self, siblings: list[tuple[str, str]] | None, link: ChildLink
    ) -> list[tuple[str, bool]]:
        """Which listed siblings share this child's twin group (set by the editor)."""
        shared = getattr(self, "_twin_ids", set())
        return [
            (sid, link.twin_group is not None and sid in shared) for sid, _label in siblings or []
        ]

    def set_twin_ids(self, ids: set[str]) -> None:
        """The ids already twinned with the shown person (before ``show_person``)."""
        self._twin_ids = ids

    def show_union(
        self, u: Union, title: str = "", orders: list[tuple[str, str, int, int]] | None = None
    ) -> None:
        """``title`` names the two partners as the map shows them; ``orders``, for each of
        them with several partners: (person id, their name as shown, this couple's place
        among their partnerships from 1, how many they had)."""
        self.commit_pending()
        self._loading = True
        self._id = u.id
        self.union_kind.setCurrentIndex(self.union_kind.findData(u.kind.value))
        self.start_year.setText("" if u.start_year is None else str(u.start_year))
        self.end_year.setText("" if u.end_year is None else str(u.end_year))
        self._order_people = []
        shown = list(orders or ())[: len(self.order_rows)]
        for i, (label, earlier, later, row) in enumerate(self.order_rows):
            self._union_form.setRowVisible(label, i < len(shown))
            self._union_form.setRowVisible(row, i < len(shown))
            if i >= len(shown):
                continue
            pid, name, place, count = shown[i]
            self._order_people.append(pid)
            label.setText(
                self.tr("Order for {person}: {place} of {count}")
                .replace("{person}", name)
                .replace("{place}", str(place))
                .replace("{count}", str(count))
            )
            earlier.setEnabled(place > 1)
            later.setEnabled(place < count)
            for button in (earlier, later):
                button.setAccessibleDescription(label.text())
        self._set_title(title)
        self.stack.setCurrentWidget(self.union_page)
        self._loading = False

    def show_relationship(self, r: Relationship, names: tuple[str, str] | None = None) -> None:
        """``names`` are how the two persons are shown (names, or roles in privacy mode).

        A note being typed stays, as for a person's notes."""
        same = self._id == r.id and self.stack.currentWidget() is self.relationship_page
        if not same:
            self.commit_pending()
        self._loading = True
        self._id = r.id
        self.rel_kind.setCurrentIndex(self.rel_kind.findData(r.kind.value))
        self._rel_kind = r.kind
        self._rel_persons = r.persons
        first, second = names if names is not None else (self.tr("first"), self.tr("second"))
        self.direction.clear()
        self.direction.addItem(f"{first} → {second}", "forward")
        self.direction.addItem(f"{second} → {first}", "back")
        self.direction.addItem(self.tr("Both ways"), "both")
        self.direction.setCurrentIndex(0 if r.directed else 2)
        _list_whole(self.direction)
        self._show_direction(r.kind)
        keep_note = same and self._rel_note_dirty
        if not keep_note and typed_text(self.rel_note) != r.note:
            self.rel_note.setPlainText(r.note)
        self._rel_note_dirty = keep_note
        # Whom the line is between, as the couple's page says ("father and mother"), in
        # the editor's words for that.
        self._set_title(
            ""
            if names is None
            else QCoreApplication.translate("GenogramEditor", "{first} and {second}").format(
                first=first, second=second
            )
        )
        self.stack.setCurrentWidget(self.relationship_page)
        self._loading = False

    def _show_direction(self, kind: RelationshipKind) -> None:
        for row in (self.direction_title, self.direction):
            self._rel_form.setRowVisible(row, kind in DIRECTED_KINDS)

    # -- reporting -----------------------------------------------------------------------------
    def _notes_typed(self) -> None:
        if not self._loading:
            self._notes_dirty = True
            self._typing.start()

    def _rel_note_typed(self) -> None:
        if not self._loading:
            self._rel_note_dirty = True
            self._typing.start()

    def _line_typed(self, edit: QLineEdit) -> None:
        """A one-line field of the person typed in: reported after a pause, as the notes are
        (it waited for Enter or leaving the field, and a crash or a power cut took it), as
        one edit per pause, never one per key. A year is reported once it has its four
        digits (or is emptied): "19" on the way to "1985" is no year to save, and one the
        map refuses would put the stored year back under the therapist's fingers."""
        if self._loading or self._id is None:
            return
        if edit in (self.birth_year, self.death_year) and len(edit.text().strip()) not in (0, 4):
            return
        self._typing.start()

    def keep_typing(self, item_id: str) -> None:
        """The typed notes of ``item_id`` could not be saved: they stay in the box, still to
        be saved, instead of being replaced by the stored text."""
        if item_id != self._id:
            return
        if self.stack.currentWidget() is self.relationship_page:
            self._rel_note_dirty = True
        else:
            self._notes_dirty = True

    def _texts_typed(self) -> bool:
        """A field of the person page typed in and not yet reported (no Enter, no Tab)."""
        return (
            self._id is not None
            and self.stack.currentWidget() is self.person_page
            and any(edit.isModified() for edit in self._texts)
        )

    def unreported(self) -> tuple[str, str, dict[str, Any]] | None:
        """What is typed for the shown person or relationship and not reported yet (the
        pause in typing not over): (what, id, fields), as a report would give them, for
        the sealed rescue copy. A year is one once it has its four digits (or is emptied),
        an age one the map takes, as when they are reported."""
        if self._id is None:
            return None
        page = self.stack.currentWidget()
        if page is self.relationship_page:
            if not self._rel_note_dirty:
                return None
            return ("relationship", self._id, {"note": typed_text(self.rel_note)})
        if page is not self.person_page:
            return None
        fields: dict[str, Any] = {}
        if self.name.isEnabled() and self.name.isModified():
            fields["name"] = self.name.text().strip()
        for name, edit in (("role", self.role), ("occupation", self.occupation)):
            if edit.isModified():
                fields[name] = edit.text().strip()
        for name, edit in (("birth_year", self.birth_year), ("death_year", self.death_year)):
            year = _year(edit.text())
            if edit.isModified() and len(edit.text().strip()) in (0, 4) and (
                    year is None or year <= YEAR_MAX):
                fields[name] = year
        age = _year(self.age.text())
        if self.age.isModified() and (age is None or age <= AGE_MAX):
            fields["age"] = age
        if self.labels.isModified():
            fields["labels"] = _labels(self.labels.text())
        if self._notes_dirty:
            fields["notes"] = typed_text(self.notes)
        return ("person", self._id, fields) if fields else None

    def _report(self, what: str, item_id: str, fields: dict[str, Any]) -> None:
        """Report ``fields`` of a person or relationship, held as ``in_flight`` while the
        editor saves them."""
        signal = self.person_changed if what == "person" else self.relationship_changed
        before, self.in_flight = self.in_flight, (what, item_id, fields)
        try:
            signal.emit(item_id, fields)
        finally:
            self.in_flight = before

    def has_pending(self) -> bool:
        """Notes or fields typed and not yet reported (notes are, after a short pause)."""
        return self._notes_dirty or self._rel_note_dirty or self._texts_typed()

    def commit_pending(self) -> None:
        """Report notes typed but not yet reported (after a pause in typing, on leaving the
        person, flush, lock)."""
        self._typing.stop()
        if self._texts_typed():
            # An occupation typed without Enter went when the screen locked: the fields'
            # own "editing finished" comes too late, after the panel let go of the person.
            self._person_edited()
        if self._id is not None and self._notes_dirty:
            self._notes_dirty = False
            self._report("person", self._id, {"notes": typed_text(self.notes)})
        # Only what was typed: an unchanged note sent again would be saved over an Undo.
        if (
            self._id is not None
            and self._rel_note_dirty
            and self.stack.currentWidget() is self.relationship_page
        ):
            self._rel_note_dirty = False
            self._report("relationship", self._id, {"note": typed_text(self.rel_note)})

    def _years_refused(self, *edits: QLineEdit) -> bool:
        """Whether a year field holds a year past YEAR_MAX (then said, and taken back)."""
        for edit in edits:
            year = _year(edit.text())
            if year is not None and year > YEAR_MAX:
                edit.setModified(False)
                self.refused.emit(
                    self.tr("{year} was not saved: a year can be {most} at the latest.").format(
                        year=year, most=YEAR_MAX
                    )
                )
                return True
        return False

    def _person_edited(self, *_: object) -> None:
        if self._loading or self._id is None:
            return
        if self._years_refused(self.birth_year, self.death_year):
            return
        fields: dict[str, Any] = {
            "role": self.role.text().strip(),
            "sex": Sex(self.sex.currentData()),
            "kind": PersonKind(self.kind.currentData()),
            "birth_year": _year(self.birth_year.text()),
            "death_year": _year(self.death_year.text()),
            "deceased": self.deceased.isChecked(),
            "age": _year(self.age.text()),
            "occupation": self.occupation.text().strip(),
            "markers": tuple(m for m, box in self.markers.items() if box.isChecked()),
            "labels": _labels(self.labels.text()),
        }
        if self.name.isEnabled():
            fields["name"] = self.name.text().strip()
        if self._notes_dirty:
            fields["notes"] = typed_text(self.notes)
            self._notes_dirty = False
        for edit in self._texts:  # reported: the stored text may replace them from now on
            edit.setModified(False)
        self._report("person", self._id, fields)

    def _child_link_edited(self, *_: object) -> None:
        if self._loading or self._link_id is None:
            return
        self.child_link_changed.emit(
            self._link_id,
            {
                "kind": ChildKind(self.child_kind.currentData()),
                "birth_order": self.birth_order.value() - 1 if self.birth_order.value() else None,
            },
        )

    def _twins_edited(self, identical: bool | None) -> None:
        if self._loading or self._id is None or self._link_id is None:
            return
        other = self.twin_of.currentData()
        if other:
            self.twins_requested.emit([self._id, other], identical)
        elif self.identical.isEnabled():  # "(not a twin)" for a twin: no longer one
            self.untwin_requested.emit(self._id)

    def _order_asked(self, row: int, step: int) -> None:
        if self._loading or self._id is None or row >= len(self._order_people):
            return
        self.commit_pending()  # years typed first, then the order
        self.partner_order_requested.emit(self._id, self._order_people[row], step)

    def _union_edited(self, *_: object) -> None:
        if self._loading or self._id is None:
            return
        if self._years_refused(self.start_year, self.end_year):
            return
        self.union_changed.emit(
            self._id,
            {
                "kind": UnionKind(self.union_kind.currentData()),
                "start_year": _year(self.start_year.text()),
                "end_year": _year(self.end_year.text()),
            },
        )

    def _relationship_edited(self, *_: object) -> None:
        if self._loading or self._id is None:
            return
        kind = RelationshipKind(self.rel_kind.currentData())
        if kind is not self._rel_kind:
            # A kind with a direction starts one way, as when it is added: a conflict
            # redefined as abuse is drawn from the first person to the second.
            self._rel_kind = kind
            self.direction.setCurrentIndex(0)  # "activated" is the user's only: no echo
            self._show_direction(kind)
        # A kind without a direction has none (abuse redefined as a conflict kept its arrow
        # in the model, and in the GEDCOM note).
        persons, directed = self._rel_persons, False
        if kind in DIRECTED_KINDS:
            way = self.direction.currentData()
            directed = way != "both"
            if way == "back":
                persons = (persons[1], persons[0])
        self._rel_note_dirty = False  # saved with the rest
        self._report(
            "relationship",
            self._id,
            {
                "kind": kind,
                "directed": directed,
                "persons": persons,
                "note": typed_text(self.rel_note),
            },
        )
