"""The intake tab: the standardized first-assessment form, autosaved like a note.

The form is the forms engine's ``intake`` definition rendered by the generic form
widget. Answers are stored through the engine's storage adapter as a form response
that keeps the form id and version it was given on; an existing response is shown on
the version it was answered on, so a revised form never reinterprets old answers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import Changes
from kastdesk.forms import EnteredBy, FormDefinition, FormResponse, ItemType, get_definition
from kastdesk.forms.storage import list_responses, save_response
from kastdesk.store import StoreError
from kastdesk.store.rescue import CASE_TEXT, fingerprint
from kastdesk.ui.autosave import TypingTimer
from kastdesk.ui.flow import FlowLayout
from kastdesk.ui.forms import FormWidget
from kastdesk.ui.workspace import common
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.common import heading, muted

FORM_ID = "intake"
AUTOSAVE_MS = 1000


def typed_answers(definition: FormDefinition, answers: dict[str, Any],
                  before: dict[str, Any]) -> list[str]:
    """The free-text answers in ``answers`` that differ from ``before``, in form order: what
    a rescue copy shows to copy (choices are put back, but are no words to copy)."""
    return [answers[i] for i in definition.item_order
            if definition.items[i].type is ItemType.TEXT and isinstance(answers.get(i), str)
            and answers[i] != before.get(i)]


class IntakeTab(WorkspaceTab):
    """One intake response per case; every autosave is a new version of that document."""

    areas = frozenset()  # only this tab writes intake answers; no redraw on others' writes

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        existing = list_responses(self.case, FORM_ID)
        if existing:
            self.response = existing[-1]
            definition = get_definition(FORM_ID, self.response.form_version)
        else:
            definition = get_definition(FORM_ID)
            self.response = FormResponse(
                form_id=FORM_ID, form_version=definition.version,
                variant=definition.variants[0], answered_at=date.today(),
                entered_by=EnteredBy.THERAPIST,
            )
        self._stored = bool(existing)
        self._dirty = False
        self._saving = False
        self.timer = TypingTimer(AUTOSAVE_MS, self)  # steady typing saves too
        self.timer.timeout.connect(self.autosave)

        self.form = FormWidget(definition, self.response.variant, self)
        self.form.set_answers(self.response.answers)
        self.form.answer_changed.connect(self._on_changed)
        self.form.installEventFilter(self)
        for child in self.form.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)

        self.saved_label = muted(QLabel(self))
        version = muted(QLabel(
            self.tr("Form version {version}").format(version=definition.version), self))
        # "Saved 14:05" and the version beside the title where they fit, else under it: in
        # one row, the first autosave made the tab 568 pixels wide at 14 pt in Swedish,
        # and the whole case scrolled sideways from then on.
        meta = QWidget(self)
        meta_row = QHBoxLayout(meta)
        meta_row.setContentsMargins(0, 0, 0, 0)
        meta_row.setSpacing(12)
        meta_row.addWidget(self.saved_label)
        meta_row.addWidget(version)
        head = FlowLayout(spacing=6)
        head.setContentsMargins(16, 10, 16, 0)
        head.addWidget(heading(self.form.tr_data(definition.title)))
        head.addStretch(1)
        head.addWidget(meta)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.form, 1)

    def _on_changed(self, _item_id: str) -> None:
        self._dirty = True
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.autosave()
        return super().eventFilter(watched, event)

    def autosave(self) -> None:
        if self._saving:
            return
        try:
            self.flush()
        except StoreError as error:
            self._saving = True
            try:
                self.saved_label.setText(self.tr("Not saved"))
                common.show_error_once(self, error)
            finally:
                self._saving = False

    def flush(self) -> None:
        """Save the answers as the next version of this case's intake response.

        Autosave replaces the newest version, so the answers to questions hidden now are
        saved too (``kept_answers``): saving only those shown deleted, for good, notes
        typed under a question whose earlier answer was changed by mistake. The engine
        keeps them out of force (not shown, counted or printed) while hidden.
        """
        self.timer.stop()
        if not self._dirty or self.case.closed:
            return
        response = replace(self.response, answers=self.form.kept_answers())
        if not self._stored:
            response = replace(response, answered_at=date.today())
        self._saving = True
        self._dirty = False
        try:
            save_response(self.case, response, label="Intake: save answers", draft=True)
        except BaseException:
            self._dirty = True
            raise
        finally:
            self._saving = False
        self.response = response
        self._stored = True
        self.saved_label.setText(
            self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M")))

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def rescue_items(self) -> list[dict[str, Any]]:
        """The answers typed and not saved, for the sealed rescue copy kept outside the
        vault while it cannot be written (kastdesk.ui.rescue): all of them, as a save
        writes them, and the text of those that differ from the vault's, to show. During
        their save too (the copy is written as it starts: a write may hang)."""
        if not (self._dirty or self._saving):
            return []
        answers = self.form.kept_answers()
        stored = self.response.answers if self._stored else None
        if answers == (stored or {}):
            return []
        return [{"kind": CASE_TEXT, "tab": "intake", "place": "answers",
                 "base": fingerprint(stored), "value": answers,
                 "words": typed_answers(self.form.definition, answers, stored or {})}]

    @staticmethod
    def rescue_label(item: dict[str, Any]) -> str:
        """What a kept item of this tab is, in words (kastdesk.ui.rescue)."""
        return QCoreApplication.translate("RescueDialog", "the intake answers")

    @staticmethod
    def rescue_stored(case: Any, item: dict[str, Any]) -> Any:
        """The intake answers the vault holds now (None: none saved yet)."""
        existing = list_responses(case, FORM_ID)
        return existing[-1].answers if existing else None

    def put_back_text(self, item: dict[str, Any]) -> bool:
        """Put a rescue copy's answers back in the form and save them. Raises the store's
        error when the save fails (they then wait in the form, as any typing that waits)."""
        answers = item["value"]
        if not isinstance(answers, dict):
            return False
        now = self.form.kept_answers()
        for item_id in self.form.definition.item_order:
            value = answers.get(item_id)
            if value == now.get(item_id):
                continue
            edit = getattr(self.form.editor(item_id), "edit", None)
            if isinstance(edit, (QLineEdit, QPlainTextEdit)) and isinstance(value, str):
                # Typed into the field, as one undoable change: its Ctrl+Z brings back the
                # vault's answer (set_answer would clear the field's undo).
                edit.selectAll()
                if isinstance(edit, QLineEdit):
                    edit.insert(value)
                    self.form.editor(item_id).changed.emit()  # said on typing only
                else:
                    edit.insertPlainText(value)
            else:
                self.form.set_answer(item_id, value)
        self._dirty = True
        self.flush()
        return True

    def hideEvent(self, event: QEvent) -> None:
        # Leaving the tab is a focus change too: save now, not a second later.
        if self._dirty:
            self.autosave()
        super().hideEvent(event)

    def refresh(self, changes: Changes | None = None) -> None:
        """Nothing else writes intake answers; the widget is the newest truth."""

    def clear(self) -> None:
        self.timer.stop()
        self._dirty = False
        self.form.clear()
