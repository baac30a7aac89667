"""A sealed rescue copy of text the vault cannot take yet, and offering it back.

While what was typed waits in memory because the vault cannot be written (the memory stick
or network folder out, an older copy in its place, a full disk), the save is tried again
every ten seconds; a stick that never came back and a battery that died then lost the
text. :class:`RescueKeeper` keeps a sealed copy meanwhile (``kastdesk.store.rescue``: in
the user's application data folder, under a key only the unlocked vault gives), written
again when the held text changes, at most every two seconds, and before a logout or
shutdown quits without saving; it is removed once the text is in the vault. At the next
unlock of that vault, :class:`RescueDialog` offers the text back into its case and place,
or, where it no longer fits there, shows it to copy.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store import CaseNotFound, SessionMissing, StoreError
from kastdesk.store.rescue import CASE_TEXT, RescueDamaged, RescueFile, digest, fingerprint
from kastdesk.ui.common import WrappingLabel, ask, error_text, inform, log_unexpected, show_error
from kastdesk.ui.screen import ScrollingBody, fit_dialog
from kastdesk.ui.workspace.common import muted

log = logging.getLogger(__name__)

#: The least time between two writes of the copy while the held text changes (ms).
MIN_GAP_MS = 2000


def _place(item: dict[str, Any]) -> tuple[str, str, str]:
    """Where an item goes back: one copy per place, the newest text winning."""
    kind = item.get("kind")
    if kind == CASE_TEXT:
        where = f"{item.get('tab')}:{item.get('place')}"
    else:
        where = item.get("key") if kind == "dialog_draft" else item.get("session_id")
    return (str(kind), str(item.get("client_id")), str(where))


def tab_class(name: object) -> Any:
    """The workspace tab called ``name`` (its class), or None (a later version's tab)."""
    from kastdesk.ui.workspace.workspace import TABS

    spec = next((s for s in TABS if s.name == name), None)
    factory = spec.factory if spec is not None else None
    return factory if isinstance(factory, type) and hasattr(factory, "rescue_stored") \
        else None


def held_text(widget: Any) -> None:
    """``widget``'s text could not be saved and waits on screen (a dialog whose draft
    could not be written, a form in the client's hands): the main window's rescue copy
    keeps it meanwhile (``RescueKeeper.held``)."""
    window = widget.window() if widget is not None else None
    if window is widget and widget is not None and widget.parentWidget() is not None:
        window = widget.parentWidget().window()  # a dialog: the window that opened it
    rescue = getattr(window, "rescue", None)
    if isinstance(rescue, RescueKeeper):
        rescue.held()


def text_saved(widget: Any) -> None:
    """Text that waited (``held_text``) is saved now: the copy follows what is left."""
    window = widget.window() if widget is not None else None
    if window is widget and widget is not None and widget.parentWidget() is not None:
        window = widget.parentWidget().window()
    rescue = getattr(window, "rescue", None)
    if isinstance(rescue, RescueKeeper):
        rescue.changed()


def _usable(item: object) -> bool:
    """An item this version can put back or show: a session's note, or what a dialog a
    held lock closed held (a later version's kinds are kept as they are in the file,
    never dropped: see ``RescueKeeper._store``)."""
    if not isinstance(item, dict):
        return False
    if item.get("kind") == CASE_TEXT:
        return (isinstance(item.get("client_id"), str) and bool(item["client_id"])
                and isinstance(item.get("place"), str) and "value" in item
                and isinstance(item.get("base"), str)
                and isinstance(item.get("words"), list) and tab_class(item.get("tab")) is not None)
    if item.get("kind") == "dialog_draft":
        return (item.get("scope") in ("case", "vault") and isinstance(item.get("key"), str)
                and isinstance(item.get("data"), dict) and isinstance(item.get("client_id"), str)
                and (item["scope"] == "vault" or bool(item["client_id"])))
    return item.get("kind") == "session_note" and all(
        isinstance(item.get(k), str) for k in ("client_id", "session_id", "base", "text"))


#: A dialog's stored choices and dates ("suicidal_thoughts", "2026-11-20", an id): not
#: what was typed, so not shown as the words kept.
_CODE_LIKE = re.compile(r"[a-z0-9]+(?:[_:.-][a-z0-9]+)+|[0-9a-f]{32}")


def words_of(item: dict[str, Any]) -> str:
    """The text an item holds, to show and copy: a note's, or every field a dialog held,
    one to a line (a dialog's draft is its fields' values: words, choices, lists)."""
    if item.get("kind") == CASE_TEXT:
        return "\n".join(str(w) for w in item.get("words", []) if str(w).strip())
    if item.get("kind") != "dialog_draft":
        return str(item.get("text", ""))
    found: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            if value.strip() and not _CODE_LIKE.fullmatch(value):
                found.append(value)
        elif isinstance(value, dict):
            for inner in value.values():
                collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)

    collect(item.get("data"))
    return "\n".join(found)


class RescueKeeper(QObject):
    """Keeps the sealed rescue copy of one open vault's held text (see the module).

    ``window`` is the main window: its ``workspace.rescue_items()`` say what waits. With
    no ``folder`` (the demo, tests that do not ask for it) it does nothing."""

    def __init__(self, window: Any, folder: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self.folder = folder
        self._file: RescueFile | None = None
        #: Items of a copy kept before this unlock, not yet back in the vault.
        self.inherited: list[dict[str, Any]] = []
        #: Told since the last save that text waits (``held``): changes then rewrite it.
        self._holding = False
        #: What the file holds now, as written by this keeper (None: not known).
        self._written: list[dict[str, Any]] | None = []
        self._last_write = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)
        self.damaged: RescueDamaged | None = None

    @property
    def active(self) -> bool:
        return self._file is not None

    @property
    def path(self) -> Path | None:
        return self._file.path if self._file is not None else None

    @property
    def keeps_text(self) -> bool:
        """Whether the copy on disk holds text now (written and not removed)."""
        return self._file is not None and bool(self._written)

    @property
    def keeps_note(self) -> bool:
        """Whether what the copy holds now includes a session's note (the quit question
        names it; other text is named as what was typed)."""
        return self.keeps_text and any(
            i.get("kind") == "session_note" for i in self._written or [])

    def start(self, vault: Any) -> None:
        """At an unlock: take the vault's rescue key, and read a copy kept before."""
        self.stop()
        if self.folder is None:
            return
        try:
            self._file = vault.rescue_file(self.folder)
        except Exception as exc:  # the app works on without a copy
            log_unexpected(exc)
            return
        data: dict[str, Any] | None = None
        try:
            data = self._file.read()
        except RescueDamaged as exc:
            self.damaged = exc  # said once, at the offer; the file was kept, moved aside
        except Exception as exc:
            log_unexpected(exc)
        self.inherited = [i for i in data["items"] if isinstance(i, dict)] if data else []
        self._written = list(self.inherited) if data else []

    def stop(self) -> None:
        """At a lock or quit: the key dropped (the copy stays on disk as it is)."""
        self._timer.stop()
        if self._file is not None:
            self._file.close()
        self._file = None
        self.inherited = []
        self._holding = False
        self._written = []
        self.damaged = None

    # -- while text waits ---------------------------------------------------------------
    def held(self) -> None:
        """Text waits for the vault: (re)write the copy, at most every ``MIN_GAP_MS``."""
        if self._file is None:
            return
        self._holding = True
        if self._timer.isActive():
            return
        wait = 0
        if self._last_write.isValid():
            wait = max(0, MIN_GAP_MS - int(self._last_write.elapsed()))
        self._timer.start(wait)

    def changed(self) -> None:
        """Something was saved: with text still waiting the copy follows what is left,
        with none it goes."""
        if not self._holding:
            return
        if self._current():
            self.held()
        else:
            self.saved()

    def saved(self) -> None:
        """Everything that waited is in the vault: the copy goes (what a copy from before
        still holds, not yet put back, stays)."""
        current = self._current()
        if current:  # a dialog's text still waits (its own save failed): kept
            self.held()
            return
        self._holding = False
        self._timer.stop()
        self._store([])

    def closing(self, lost: list[BaseException]) -> None:
        """The vault closes (a lock, a quit, a logout); ``lost``: what could not be saved.
        The copy is written now, whatever the time since the last, so a logout or a quit
        without saving leaves the text sealed; with nothing lost it goes. Then the key is
        dropped."""
        if self._file is not None:
            self._timer.stop()
            if lost:
                self.write_now()
            else:
                self.saved()
        self.stop()

    def write_now(self) -> None:
        if self._file is not None:
            self._store(self._current())

    def _current(self) -> list[dict[str, Any]]:
        items = getattr(self._window, "rescue_items", None)
        if not callable(items):
            return []
        try:
            return list(items())
        except Exception as exc:  # a copy is a safety net, never a new failure
            log_unexpected(exc)
            return []

    def _store(self, current: list[dict[str, Any]]) -> None:
        """Write the copy as ``current`` plus what is inherited (current wins in a place),
        or remove it when that is nothing; nothing when the file already holds it."""
        file = self._file
        if file is None:
            return
        merged = {_place(i): i for i in self.inherited}
        merged.update({_place(i): i for i in current})
        items = list(merged.values())
        if items == self._written:
            return
        try:
            if items:
                file.write({"v": 1, "written": datetime.now(UTC).isoformat(timespec="seconds"),
                            "items": items})
            else:
                file.remove()
        except Exception as exc:  # the app data folder full or read-only: tried again later
            log.warning("rescue copy not written: %s", type(exc).__name__)
            self._written = None
            return
        self._written = items
        self._last_write.start()

    # -- the next unlock ----------------------------------------------------------------
    def done_with(self, items: list[dict[str, Any]]) -> None:
        """``items`` are in the vault now (put back), or the therapist let them go: the
        copy keeps the rest, and goes when nothing is left."""
        places = {_place(i) for i in items}
        self.inherited = [i for i in self.inherited if _place(i) not in places]
        self._store(self._current() if self._holding else [])

    def offer(self) -> None:
        """After an unlock: say that a damaged copy was kept aside, and offer a copy's text
        back (``RescueDialog``)."""
        window = self._window
        if self._file is None or window.vault is None or window.locked:
            return
        if self.damaged is not None:
            damaged, self.damaged = self.damaged, None
            inform(window, QCoreApplication.translate("Common", "KastDesk"), damaged.message,
                   warning=True)
        items = [i for i in self.inherited if _usable(i)]
        if items:
            dialog = RescueDialog(window, self, items)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()


def _when(text: object) -> str:
    try:
        return datetime.fromisoformat(str(text)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "?"


def where_it_goes(window: Any, item: dict[str, Any]) -> tuple[str, str | None]:
    """What ``item`` is, in words ("K-12: the note of the session of …"), and why it
    cannot go back in its place (None: it can). Reads the case without an audit entry of
    its own: opening it to put the text back records the open."""
    vault = window.vault
    if item.get("kind") == "dialog_draft":
        return _draft_goes(window, item)
    if item.get("kind") == CASE_TEXT:
        return _text_goes(window, item)
    when = _when(item.get("starts_at"))
    client_id, session_id = item["client_id"], item["session_id"]
    try:
        code = vault.client(client_id).code
    except CaseNotFound:
        return (QCoreApplication.translate(
                    "RescueDialog",
                    "A client no longer in the register: the note of the session of {when}",
                ).format(when=when),
                QCoreApplication.translate(
                    "RescueDialog",
                    "That client is no longer in the register, so the text cannot go back "
                    "in its place."))
    except StoreError as exc:
        return (QCoreApplication.translate(
            "RescueDialog", "The note of the session of {when}").format(when=when),
            error_text(exc))
    label = QCoreApplication.translate(
        "RescueDialog", "{code}: the note of the session of {when}").format(code=code, when=when)
    try:
        with _case_to_read(window, vault, client_id) as case:
            session = case.sessions.get(session_id)
    except SessionMissing:
        return label, QCoreApplication.translate(
            "RescueDialog", "That session is no longer in the client's case file, so the "
            "text cannot go back in its place.")
    except StoreError as exc:
        return label, error_text(exc)
    if session.note == item["text"]:
        return label, None  # in the vault already (saved after all): nothing to lose
    if session.signed:
        return label, QCoreApplication.translate(
            "RescueDialog", "That note has been signed since, so the text cannot go into it.")
    if digest(session.note) != item["base"]:
        return label, QCoreApplication.translate(
            "RescueDialog", "That note has been changed since the text was kept, so putting "
            "it back would replace the newer note.")
    return label, None


def _draft_goes(window: Any, item: dict[str, Any]) -> tuple[str, str | None]:
    """:func:`where_it_goes` for what a dialog held: it goes back to its client's case (or
    the vault), and the dialog opens again with it, as after any lock."""
    if item["scope"] == "vault":
        return QCoreApplication.translate(
            "RescueDialog", "Text typed in a window that belongs to no one client"), None
    try:
        code = window.vault.client(item["client_id"]).code
    except CaseNotFound:
        return (QCoreApplication.translate(
                    "RescueDialog", "Text typed in a window, for a client no longer in the "
                    "register"),
                QCoreApplication.translate(
                    "RescueDialog",
                    "That client is no longer in the register, so the text cannot go back "
                    "in its place."))
    except StoreError as exc:
        return QCoreApplication.translate(
            "RescueDialog", "Text typed in a window"), error_text(exc)
    return QCoreApplication.translate(
        "RescueDialog", "{code}: text typed in a window").format(code=code), None


def _text_goes(window: Any, item: dict[str, Any]) -> tuple[str, str | None]:
    """:func:`where_it_goes` for what a tab held: back in its place only where the vault
    still holds there what it held when the text was typed (or holds the text already)."""
    tab = tab_class(item["tab"])
    what = tab.rescue_label(item)
    vault = window.vault
    client_id = item["client_id"]
    try:
        code = vault.client(client_id).code
    except CaseNotFound:
        return (QCoreApplication.translate(
                    "RescueDialog", "A client no longer in the register: {what}").format(
                        what=what),
                QCoreApplication.translate(
                    "RescueDialog",
                    "That client is no longer in the register, so the text cannot go back "
                    "in its place."))
    except StoreError as exc:
        return what, error_text(exc)
    label = QCoreApplication.translate("RescueDialog", "{code}: {what}").format(
        code=code, what=what)
    try:
        with _case_to_read(window, vault, client_id) as case:
            stored = tab.rescue_stored(case, item)
    except LookupError as exc:
        return label, (str(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else
                       QCoreApplication.translate(
                           "RescueDialog", "That place is no longer in the client's case "
                           "file, so the text cannot go back in it."))
    except StoreError as exc:
        return label, error_text(exc)
    now = fingerprint(stored)
    if now == fingerprint(item["value"]):
        return label, None  # in the vault already (saved after all): nothing to lose
    if now != item["base"]:
        return label, QCoreApplication.translate(
            "RescueDialog", "That has been changed in the case since the text was kept, so "
            "putting it back would replace the newer text.")
    return label, None


@contextlib.contextmanager
def _case_to_read(window: Any, vault: Any, client_id: str) -> Iterator[Any]:
    """The client's case to look into: the window's own where that client is open, else
    opened without an audit entry (only looked at, nothing changed) and closed again."""
    if window.case is not None and window.case.client_id == client_id:
        yield window.case
        return
    case = vault.open_case(client_id, audit_open=False)
    try:
        yield case
    finally:
        vault.close_case(client_id)


def _open_client(window: Any, client_id: str, opened: set[str]) -> bool:
    """Make ``client_id`` the open client, as a click in the register does; ``opened``
    gets the clients opened by this put-back (their dialogs' drafts open by themselves)."""
    if window.case is not None and window.case.client_id == client_id:
        return window.workspace is not None
    if not window.register.select(client_id):
        return False
    if window.case is None or window.case.client_id != client_id or window.workspace is None:
        return False  # the case before could not be saved and left: it stays in front
    opened.add(client_id)
    return True


def _put_back_draft(window: Any, item: dict[str, Any], opened: set[str]) -> bool:
    """Keep a dialog's text where a lock keeps it (kastdesk.ui.drafts) and open the dialog
    again with it: in its client's case, or in the vault. A client opened by this
    put-back looks for its drafts by itself; asked twice, a dialog that writes its draft
    again as it opens came up twice."""
    from kastdesk.ui.drafts import keep_dialog_draft, keep_vault_draft

    if item["scope"] == "vault":
        keep_vault_draft(window.vault, item["key"], item["data"])
        QTimer.singleShot(0, window._resume_vault_drafts)  # some open with exec(): later
        return True
    client_id = item["client_id"]
    if not _open_client(window, client_id, opened):
        return False
    keep_dialog_draft(window.case, item["key"], item["data"])
    if client_id not in opened:
        QTimer.singleShot(0, window.workspace.resume_drafts)
        opened.add(client_id)
    return True


def put_back(window: Any, item: dict[str, Any], opened: set[str]) -> bool:
    """Open ``item``'s client and session as the therapist would and put its text in the
    note, saved (a dialog's text: kept as a lock keeps it, and the dialog opened again);
    False where it no longer goes there; ``opened`` collects the clients opened on the
    way. Raises the store's error when the save fails (the text then waits in the note,
    and a new copy is kept)."""
    if item.get("kind") == "dialog_draft":
        return _put_back_draft(window, item, opened)
    if not _open_client(window, item["client_id"], opened):
        return False
    workspace = window.workspace
    if item.get("kind") == CASE_TEXT:
        workspace.set_current_tab(item["tab"])
        put_text = getattr(workspace.tab(item["tab"]), "put_back_text", None)
        return bool(callable(put_text) and put_text(item))
    workspace.set_current_tab("sessions")
    tab = workspace.tab("sessions")
    put = getattr(tab, "put_back_note", None)
    return bool(callable(put) and put(item["session_id"], item["text"]))


class RescueDialog(QDialog):
    """Offers back what a rescue copy holds: into its case and place where it still goes,
    else shown to copy. "Later" keeps the copy for the next unlock; only a put-back saved
    in the vault, or the therapist's own "Delete the kept copy…", removes it."""

    def __init__(self, window: Any, keeper: RescueKeeper, items: list[dict[str, Any]]) -> None:
        super().__init__(window)
        self.setObjectName("rescueDialog")
        self._window = window
        self._keeper = keeper
        self.items = list(items)
        self.setWindowTitle(self.tr("Text kept from before"))
        layout = QVBoxLayout(self)
        self.intro = WrappingLabel(self.tr(
            "When this vault was last open, KastDesk could not save the text below into it "
            "(the memory stick or network folder with the vault may have been out), so it "
            "kept a sealed copy on this computer."), self)
        layout.addWidget(self.intro)
        self.body = QWidget()
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        # The body keeps clear of the scroll bar as every ScrollingBody does (its lines
        # were painted cut under the bar as the offer opened at its fitted height).
        layout.addWidget(ScrollingBody(self.body, self), 1)
        buttons = QDialogButtonBox(self)
        self.put_back_button = QPushButton(self.tr("Put it back"), self)
        self.put_back_button.setObjectName("putBackButton")
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setObjectName("laterButton")
        self.later_button.setToolTip(self.tr(
            "Keep the copy; KastDesk offers it again the next time this vault is unlocked"))
        self.delete_button = QPushButton(self.tr("Delete the kept copy…"), self)
        self.delete_button.setObjectName("deleteKeptButton")
        buttons.addButton(self.put_back_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.put_back_button.clicked.connect(self.put_back)
        self.later_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_kept)
        layout.addWidget(buttons)
        self.reasons: list[str | None] = []
        self._draw()
        fit_dialog(self, 620)

    def _draw(self) -> None:
        while self._body_layout.count():
            widget = self._body_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.reasons = []
        for item in self.items:
            label, reason = where_it_goes(self._window, item)
            self.reasons.append(reason)
            self._body_layout.addWidget(self._block(label, reason, words_of(item), item))
        self._body_layout.addStretch(1)
        fits = any(r is None for r in self.reasons)
        self.put_back_button.setVisible(fits)
        self.put_back_button.setDefault(fits)
        self.later_button.setDefault(not fits)

    def _block(self, label: str, reason: str | None, text: str,
               item: dict[str, Any]) -> QWidget:
        block = QWidget(self.body)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(label, block)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        shown = QPlainTextEdit(block)
        shown.setObjectName("keptText")
        shown.setReadOnly(True)
        shown.setPlainText(text)
        shown.setTabChangesFocus(True)
        # As tall as the text, about (80 characters a line), from 3 to 10 lines: the rest
        # scrolls, and a short note leaves the buttons close.
        lines = sum(max(1, -(-len(line) // 80)) for line in text.split("\n"))
        shown.setFixedHeight(shown.fontMetrics().lineSpacing() * min(10, max(3, lines)) + 12)
        layout.addWidget(shown)
        if reason is None and item.get("kind") == CASE_TEXT:
            where = muted(WrappingLabel(self.tr(
                "Put it back puts this text in its place in the case, in place of what the "
                "vault holds there now, and saves it."), block))
        elif reason is None and item.get("kind") == "dialog_draft":
            where = muted(WrappingLabel(self.tr(
                "Put it back opens the window again with this text in it, as after a "
                "lock."), block))
        elif reason is None:
            where = muted(WrappingLabel(self.tr(
                "Put it back puts this text into that session's note, in place of the note "
                "the vault holds now (Undo in the note brings that back)."), block))
        else:
            where = WrappingLabel(reason + " " + self.tr(
                "Copy what you need into the case."), block)
        layout.addWidget(where)
        copy = QPushButton(self.tr("Copy"), block)
        copy.setObjectName("copyKeptButton")
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        return block

    def put_back(self) -> None:
        """Each item that still fits goes back and is saved; the copy keeps the rest."""
        done: list[dict[str, Any]] = []
        opened: set[str] = set()
        try:
            for item, reason in zip(list(self.items), self.reasons, strict=True):
                if reason is None and put_back(self._window, item, opened):
                    done.append(item)
        except StoreError as exc:
            show_error(self, exc)
        finally:
            if done:
                self._keeper.done_with(done)
        self.items = [i for i in self.items if i not in done]
        if not self.items:
            self.accept()
            return
        self._draw()

    def delete_kept(self) -> None:
        if ask(self, self.tr("Text kept from before"), self.tr(
                "Delete the kept copy of this text? Copy what you need first: once deleted, "
                "it cannot be brought back."),
               self.tr("Delete"), self.tr("Keep it")):
            self._keeper.done_with(self.items)
            self.items = []
            self.accept()


__all__ = ["CASE_TEXT", "MIN_GAP_MS", "RescueDialog", "RescueKeeper", "fingerprint",
           "held_text", "put_back", "tab_class", "text_saved", "where_it_goes"]
