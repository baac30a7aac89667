"""The "Family map" tab of the case workspace: the genogram editor inside the tab contract."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout

from kastdesk.domain.models import Changes
from kastdesk.genogram.model import YEAR_MAX, Marker
from kastdesk.genogram.storage import DOC_ID, KIND, load_genogram
from kastdesk.genogram.symbols import LabelMode, display_name
from kastdesk.genogram.symbols import _labels as notation_labels
from kastdesk.store import StoreError
from kastdesk.store.rescue import CASE_TEXT, fingerprint
from kastdesk.ui.genogram.editor import GenogramEditor
from kastdesk.ui.genogram.properties import AGE_MAX
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab

_DOC = f"{KIND}:{DOC_ID}"

#: The fields of the properties panel a rescue copy keeps, by what they belong to: what is
#: typed (a person's years and age too), and the markers ticked with them.
TYPED = {"person": ("name", "role", "occupation", "notes", "birth_year", "death_year", "age",
                    "deceased", "markers", "labels"),
         "relationship": ("note",)}
#: The fields shown in the offer as they are (the others after their label).
_PLAIN = frozenset({"name", "role", "occupation", "notes", "note"})
#: The panel's label of each of the others (its own tr context and words).
_LABELS = {"birth_year": "Born (year)", "death_year": "Died (year)", "markers": "Markers",
           "labels": "Other markers"}
_INVALID = object()


def _kept(name: str, value: Any) -> Any:
    """A field as a rescue copy keeps it (JSON): the markers by their stored values in the
    panel's order (whatever order the map holds them in), the other markers as a list."""
    if name == "markers":
        chosen = {str(m) for m in value}
        return [m.value for m in Marker if m.value in chosen]
    if name == "labels":
        return [str(v) for v in value]
    return value


def _from_kept(name: str, value: Any) -> Any:
    """A rescue copy's field as the map takes it; ``_INVALID`` where it is not one (a
    copy of a later version, or changed by hand)."""
    if name in _PLAIN:
        return value if isinstance(value, str) else _INVALID
    if name in ("birth_year", "death_year", "age"):
        most = AGE_MAX if name == "age" else YEAR_MAX
        ok = value is None or (isinstance(value, int) and not isinstance(value, bool)
                               and 0 <= value <= most)
        return value if ok else _INVALID
    if name == "deceased":
        return value if isinstance(value, bool) else _INVALID
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return _INVALID
    if name == "markers":
        known = {m.value for m in Marker}
        return tuple(m for m in Marker if m.value in value) if set(value) <= known \
            else _INVALID
    return tuple(value)  # labels


def _words(name: str, value: Any, deceased: bool) -> str:
    """A kept field as the therapist reads it, to show and copy: typed text as it is, the
    others after the panel's label ("Born (year): 1948", "Markers: Trauma")."""
    if name in _PLAIN:
        return str(value)
    if name == "deceased":
        return QCoreApplication.translate("PropertiesPanel", "Deceased") if value else ""
    if name == "age":
        label = QCoreApplication.translate(
            "PropertiesPanel", "Age at death" if deceased else "Age")
    else:
        label = QCoreApplication.translate("PropertiesPanel", _LABELS[name])
    if name == "markers":
        names = notation_labels()
        shown = ", ".join(names.get(f"marker:{v}", str(v)) for v in value)
    elif name == "labels":
        shown = ", ".join(str(v) for v in value)
    else:
        shown = "" if value is None else str(value)
    return f"{label}: {shown or '–'}"


class GenogramTab(WorkspaceTab):
    """Wraps ``GenogramEditor``; redraws only when the stored genogram changed elsewhere.

    What is typed in the properties panel and could not be saved (the vault out of reach)
    waits here, by person or relationship (``_waiting``): the panel shows the stored text
    again after a failed save of a name, so it was nowhere but gone. It is saved again
    with the window's retry (``flush``) and kept in the sealed rescue copy meanwhile."""

    areas = frozenset({"documents"})

    def __init__(self, context: WorkspaceContext) -> None:
        super().__init__(context)
        self.editor = GenogramEditor(context.vault, context.case, self)
        self.editor.privacy_mode = self.privacy_mode
        self._waiting: dict[tuple[str, str], dict[str, Any]] = {}
        self._failure: StoreError | None = None
        self._raised: StoreError | None = None
        self.editor.save_failed.connect(self._save_failed)
        # After the editor's own handlers (connected first): what they could not save.
        panel = self.editor.panel
        panel.person_changed.connect(lambda pid, fields: self._reported("person", pid, fields))
        panel.relationship_changed.connect(
            lambda rid, fields: self._reported("relationship", rid, fields))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    # -- typing that could not be saved ---------------------------------------------------
    def _save_failed(self, error: StoreError) -> None:
        """The editor's save failed: the panel's report that caused it (if any) is handled
        right after, in the same emission (``_reported``). One that is no report (an Undo)
        is forgotten once control is back in the event loop."""
        self._failure = error
        QTimer.singleShot(0, self._forget_failure)

    def _forget_failure(self) -> None:
        self._failure = None

    def _stored_fields(self, what: str, item_id: str, names: Any) -> dict[str, Any] | None:
        """The map's values (as last saved) of ``names`` of a person or relationship."""
        model = self.editor.model
        found = (model.persons if what == "person" else model.relationships).get(item_id)
        return None if found is None else {n: getattr(found, n) for n in names}

    def _reported(self, what: str, item_id: str, fields: dict[str, Any]) -> None:
        """The panel reported typing, and the editor tried to save it: a save that failed
        for a cause that can pass leaves its typed fields waiting (and tells the window);
        those the map holds now are off the list.

        The panel reports every field of a person at once, and shows the map's values
        while typing waits: a value the map holds does not replace one that waits (a
        marker ticked after a birth year that could not be saved reported the stored year
        with it, and the typed one was gone)."""
        failure, self._failure = self._failure, None
        key = (what, item_id)
        before = self._waiting.get(key, {})
        typed = {k: v for k, v in fields.items() if k in TYPED[what]}
        stored = self._stored_fields(what, item_id, {*before, *typed})
        if stored is None:  # gone from the map
            self._waiting.pop(key, None)
            return
        typed = {k: v for k, v in typed.items()
                 if k not in before or _kept(k, stored[k]) != _kept(k, v)}
        waiting = {**before, **typed}
        waiting = {k: v for k, v in waiting.items() if _kept(k, stored[k]) != _kept(k, v)}
        if failure is None or not failure.retry_may_save:
            # Saved (or refused for what it says, which shows): only what waited before
            # and was not in this report still waits.
            waiting = {k: v for k, v in waiting.items() if k not in typed}
        if waiting:
            self._waiting[key] = waiting
        else:
            self._waiting.pop(key, None)
        if failure is not None and failure.retry_may_save and waiting:
            self._raised = failure
            tell = getattr(self.window(), "save_failed", None)
            if callable(tell):
                tell(failure)

    def _save_waiting(self) -> None:
        """Report the waiting typing again, as the panel does (the editor saves it as one
        edit each); raises the store's error while it still cannot be saved."""
        self._raised = None
        panel = self.editor.panel
        for (what, item_id), fields in list(self._waiting.items()):
            signal = panel.person_changed if what == "person" else panel.relationship_changed
            signal.emit(item_id, dict(fields))
        raised, self._raised = self._raised, None
        if raised is not None:
            raise raised

    # -- the workspace's contract ---------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or _DOC in changes.ids:
            self.editor.reload_if_changed()

    def flush(self) -> None:
        self.editor.flush()
        self._save_waiting()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes() or bool(self._waiting)

    def _not_in_vault(self) -> dict[tuple[str, str], dict[str, Any]]:
        """What the panel holds that the map does not, by person or relationship: what
        could not be saved (``_waiting``), what is being saved now (the rescue copy is
        written as a save starts, and a save may hang) and what is typed and not reported
        yet (newest last)."""
        found = {key: dict(fields) for key, fields in self._waiting.items()}
        panel = self.editor.panel
        for report in (panel.in_flight, panel.unreported()):
            if report is None:
                continue
            what, item_id, fields = report
            before = found.get((what, item_id), {})
            stored = self._stored_fields(what, item_id, [k for k in fields if k in TYPED[what]])
            if stored is None:
                continue
            # As in ``_reported``: the map's own value, reported with every other field
            # while the panel shows it, does not replace one that waits.
            typed = {k: v for k, v in fields.items() if k in stored
                     and (k not in before or _kept(k, stored[k]) != _kept(k, v))}
            if typed:
                found[(what, item_id)] = {**before, **typed}
        return found

    def rescue_items(self) -> list[dict[str, Any]]:
        """What is typed in the properties panel and not in the vault, for the sealed
        rescue copy kept outside it (kastdesk.ui.rescue), one item per person or
        relationship: typed text, a person's years and age, the markers ticked. Named as
        the map names them in privacy mode (role or initials), never by name."""
        items: list[dict[str, Any]] = []
        model = self.editor.model
        for (what, item_id), typed in self._not_in_vault().items():
            stored = self._stored_fields(what, item_id, typed)
            if stored is None:
                continue
            fields = {k: _kept(k, v) for k, v in typed.items()
                      if _kept(k, v) != _kept(k, stored[k])}
            if not fields:
                continue
            stored = {k: _kept(k, stored[k]) for k in fields}

            def shown(person_id: str) -> str:
                return display_name(model.persons[person_id], LabelMode.PRIVATE) or \
                    QCoreApplication.translate("GenogramEditor", "unnamed person")

            if what == "person":
                who = shown(item_id)
            else:
                first, second = (shown(p) for p in model.relationships[item_id].persons)
                who = QCoreApplication.translate("GenogramEditor", "{first} and {second}").format(
                    first=first, second=second)
            person = model.persons.get(item_id) if what == "person" else None
            deceased = bool(fields.get("deceased", person is not None and person.is_deceased)
                            or fields.get("death_year"))
            words = [_words(k, v, deceased) for k, v in fields.items()]
            items.append({"kind": CASE_TEXT, "tab": "genogram", "place": f"{what}:{item_id}",
                          "who": who, "base": fingerprint(stored), "value": fields,
                          "words": [w for w in words if w.strip()]})
        return items

    @staticmethod
    def rescue_label(item: dict[str, Any]) -> str:
        """What a kept item of this tab is, in words (kastdesk.ui.rescue)."""
        who = str(item.get("who") or "?")
        if str(item.get("place")).startswith("relationship:"):
            return QCoreApplication.translate(
                "RescueDialog", "the family map: the note on the relationship of {who}").format(
                    who=who)
        return QCoreApplication.translate(
            "RescueDialog", "the family map: what was typed for {who}").format(who=who)

    @staticmethod
    def rescue_stored(case: Any, item: dict[str, Any]) -> Any:
        """The stored values of the kept fields of that person or relationship; LookupError
        where it is no longer in the map."""
        what, _, item_id = str(item["place"]).partition(":")
        if what not in TYPED:
            raise LookupError
        model = load_genogram(case)
        found = (model.persons if what == "person" else model.relationships).get(item_id)
        if found is None:
            raise LookupError(QCoreApplication.translate(
                "RescueDialog", "That person or relationship is no longer in the family map, "
                "so the text cannot go back in its place."))
        values = item["value"] if isinstance(item["value"], dict) else {}
        return {k: _kept(k, getattr(found, k)) for k in values if k in TYPED[what]}

    def put_back_text(self, item: dict[str, Any]) -> bool:
        """Put a rescue copy's typing back in its person or relationship: one edit of the
        map, saved, that Undo takes back. Raises the store's error when the save fails (the
        typing then waits here, as any that waits)."""
        what, _, item_id = str(item["place"]).partition(":")
        values = item.get("value")
        if what not in TYPED or not isinstance(values, dict):
            return False
        fields = {k: _from_kept(k, v) for k, v in values.items() if k in TYPED[what]}
        fields = {k: v for k, v in fields.items() if v is not _INVALID}
        self.editor.reload_if_changed()
        if self._stored_fields(what, item_id, fields) is None:
            return False
        self._waiting[(what, item_id)] = fields
        self._save_waiting()
        person = self.editor.scene.persons.get(item_id) if what == "person" else None
        if person is not None:
            self.editor.scene.select_only(person)  # the therapist sees where it went
        return True

    def clear(self) -> None:
        self._waiting.clear()
        self.editor.clear()

    def set_privacy_mode(self, on: bool) -> None:
        super().set_privacy_mode(on)
        self.editor.privacy_mode = on
