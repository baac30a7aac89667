"""A sealed rescue copy of text the vault does not hold yet, and offering it back.

What is typed reaches the vault only when it is saved (a second after typing pauses), and
only if the vault can be written: a memory stick or network folder out, an older copy in
its place or a full disk keep it waiting in memory while the save is tried again every ten
seconds, and a write to a network folder that stops answering mid-write can hang until the
app is killed. A stick that never came back and a battery that died, or a kill, lost the
text. :class:`RescueKeeper` keeps a sealed copy of everything typed and not saved
(``kastdesk.store.rescue``: in the user's application data folder, on this computer, under
a key only the unlocked vault gives): written half a second after typing pauses (at least
every second while it goes on), at once before every write to the vault (so a write that
hangs loses nothing), and before a lock, a logout or a shutdown quits without saving;
it follows what is left once text is saved, and goes when nothing is. What is typed in a
window that belongs to no one client (a new client, a guidance meeting, a supervision
packet or the comments on one) has no save of its own until it is done, so it is in the
copy for as long as the window holds it. At the next unlock of that vault,
:class:`RescueDialog` offers the text back into its case and place (a window opens again
with it), or, where it no longer fits there, shows it to copy.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
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

#: The copy is written this long after typing pauses (ms): a kill loses no more than the
#: last half second typed. The window's thread only reads what is typed (a fraction of a
#: millisecond on a large case); the sealing and the durable writes (tens of milliseconds
#: on a slow disk) run behind it (bench/rescue.py), so typing never waits on them.
PAUSE_MS = 500
#: ... and at least this often while typing goes on without such a pause (ms): a kill in
#: the middle of steady typing loses no more than the last second.
MAX_GAP_MS = 1000


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


def _keeper_of(widget: Any) -> RescueKeeper | None:
    """The rescue copy of the main window ``widget`` is in, or was opened from (a dialog,
    the client's view); for a window of its own (the comments on a supervision packet),
    the main window's with a vault open."""
    window = widget.window() if isinstance(widget, QWidget) else None
    while window is not None:
        rescue = getattr(window, "rescue", None)
        if isinstance(rescue, RescueKeeper):
            return rescue
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    for top in QApplication.topLevelWidgets():
        rescue = getattr(top, "rescue", None)
        if isinstance(rescue, RescueKeeper) and rescue.active:
            return rescue
    return None


def typed(widget: Any) -> None:
    """Something was typed in ``widget`` (each change, from the editors' typing timers and
    the windows that belong to no one client): the copy follows once typing pauses."""
    keeper = _keeper_of(widget)
    if keeper is not None:
        keeper.typed()


def held_text(widget: Any) -> None:
    """``widget``'s text could not be saved and waits on screen (a dialog whose draft
    could not be written, a form in the client's hands): the main window's rescue copy
    keeps it meanwhile (``RescueKeeper.held``)."""
    keeper = _keeper_of(widget)
    if keeper is not None:
        keeper.held()


def text_saved(widget: Any) -> None:
    """Text that was in the copy is saved now, or gone (its window closed): the copy
    follows what is left."""
    keeper = _keeper_of(widget)
    if keeper is not None:
        keeper.changed()


def _usable(item: object) -> bool:
    """An item this version can put back or show: a session's note, or what a dialog a
    held lock closed held (a later version's kinds are kept as they are in the file,
    never dropped: see ``RescueKeeper._refresh``)."""
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
                and (bool(item["client_id"]) if item["scope"] == "case"
                     else draft_kind(item["key"]) in VAULT_WINDOWS))
    return item.get("kind") == "session_note" and all(
        isinstance(item.get(k), str) for k in ("client_id", "session_id", "base", "text"))


def draft_kind(key: str) -> str:
    """What a window's draft key names: "supervisor:<packet id>#2" is a "supervisor"."""
    return key.partition(":")[0].partition("#")[0]


#: The windows that belong to no one client whose text the copy keeps and the main window
#: opens again (``_resume_vault_drafts``): each by its draft key's kind, with its title
#: (its own tr context and words; the comments on a packet are named by what they are). A
#: later version's other kinds stay in the file as they are, never offered here.
VAULT_WINDOWS: dict[str, tuple[str, str] | None] = {
    "new_client": ("NewClientDialog", "New client"),
    "meeting": ("MeetingDialog", "Record guidance meeting"),
    "packet": ("PacketDialog", "Prepare supervision packet"),
    "supervisor": None,
}

#: What a window's draft holds that is no typing: the packet commented on (whole, to show
#: it again) and its passphrase, which case key stands for which client, a new client's
#: contact channel and referral (choices, by their stored values).
_NOT_WORDS = frozenset({"packet", "passphrase", "owners", "client_id", "channel",
                        "referral"})

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
    data = item.get("data")
    if item.get("scope") == "vault" and draft_kind(str(item.get("key"))) == "supervisor":
        # The comments only: [case key, what, its id, the comment].
        comments = data.get("comments") if isinstance(data, dict) else None
        return "\n".join(str(c[-1]) for c in comments or []
                         if isinstance(c, list) and c and str(c[-1]).strip())
    found: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            if value.strip() and not _CODE_LIKE.fullmatch(value):
                found.append(value)
        elif isinstance(value, dict):
            for name, inner in value.items():
                if name not in _NOT_WORDS:
                    collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)

    collect(data)
    return "\n".join(found)


class RescueKeeper(QObject):
    """Keeps the sealed rescue copy of one open vault's text not saved (see the module).

    ``window`` is the main window: its ``rescue_items()`` say what is typed and not saved.
    With no ``folder`` (the demo, tests that do not ask for it) it does nothing."""

    def __init__(self, window: Any, folder: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self.folder = folder
        self._file: RescueFile | None = None
        #: Items of a copy kept before this unlock, not yet back in the vault.
        self.inherited: list[dict[str, Any]] = []
        #: What the file holds now, as written by this keeper (None: not known).
        self._written: list[dict[str, Any]] | None = []
        #: What the last write asked for holds (written, or being written in the
        #: background); None: not known (a write failed), so the next one writes.
        self._asked: list[dict[str, Any]] | None = []
        self._writing = False
        # One write of the file at a time, the newest asked for winning: a write in the
        # background (``_write_later``) that a newer one overtook is not done at all.
        self._lock = threading.Lock()
        self._generation = 0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rescue-copy")
        # Half a second after typing pauses, and at least every second while it goes
        # on (kastdesk.ui.autosave: the editors' own timer, here for the copy).
        from kastdesk.ui.autosave import TypingTimer

        self._typing = TypingTimer(PAUSE_MS, self, max_wait_ms=MAX_GAP_MS)
        self._typing.timeout.connect(self._write_later)
        # Once the event that saved something (or failed to) is done with.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._write_later)
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
        """At an unlock: take the vault's rescue key, read a copy kept before, and keep
        the copy before every write to the vault (``before_write``)."""
        self.stop()
        if self.folder is None:
            return
        try:
            self._file = vault.rescue_file(self.folder)
        except Exception as exc:  # the app works on without a copy
            log_unexpected(exc)
            return
        vault.on_write_attempt = self.before_write
        data: dict[str, Any] | None = None
        try:
            data = self._file.read()
        except RescueDamaged as exc:
            self.damaged = exc  # said once, at the offer; the file was kept, moved aside
        except Exception as exc:
            log_unexpected(exc)
        self.inherited = [i for i in data["items"] if isinstance(i, dict)] if data else []
        self._written = list(self.inherited) if data else []
        self._asked = self._written

    def stop(self) -> None:
        """At a lock or quit: the key dropped (the copy stays on disk as it is, a write
        under way in the background done first, one asked for and not begun not done)."""
        self._typing.stop()
        self._soon.stop()
        with self._lock:
            self._generation += 1
            if self._file is not None:
                self._file.close()
            self._file = None
        self.inherited = []
        self._written = []
        self._asked = []
        self.damaged = None

    # -- while text is typed, saved or waits ---------------------------------------------
    def typed(self) -> None:
        """Something was typed: the copy follows half a second after typing pauses, and
        at least every ``MAX_GAP_MS`` while it does not."""
        if self._file is not None:
            self._typing.start()

    def before_write(self) -> None:
        """A write to the vault is about to start (``Vault.on_write_attempt``): the copy
        first, at once, so a write that hangs (a network folder that stopped answering)
        and a kill lose nothing typed. Only from the window's own thread: the copy is
        read from the widgets, and work in the background (an export, a backup) writes
        nothing typed."""
        if self._file is not None and QThread.currentThread() is self.thread():
            self.write_now()

    def held(self) -> None:
        """Text waits for the vault (its save failed): the copy keeps it."""
        if self._file is not None:
            self._soon.start()

    def changed(self) -> None:
        """Something was saved, or a window holding text closed: the copy follows what
        is left, and goes when nothing is."""
        if self._file is not None:
            self._soon.start()

    def saved(self) -> None:
        """Everything that waited is in the vault: the copy follows at once (what a copy
        from before still holds, not yet put back, stays; so does what a window that
        belongs to no one client holds)."""
        self.write_now()

    def closing(self, lost: list[BaseException]) -> None:
        """The vault closes (a lock, a quit, a logout); ``lost``: what could not be saved.
        The copy is written now, whatever the time since the last, so a logout or a quit
        without saving leaves the text sealed; with nothing lost it goes. Then the key is
        dropped."""
        del lost  # what was not saved is what the windows still hold (``rescue_items``)
        self.write_now()
        self.stop()

    def write_now(self) -> None:
        """Write the copy as the text is now (or remove it: nothing left), before this
        returns: a write asked for in the background and not done yet is done here."""
        self._typing.stop()
        self._soon.stop()
        self._refresh()
        with self._lock:
            self._generation += 1  # what is waiting in the background is done here
            if self._asked is not None:
                self._put(self._asked)

    def _write_later(self) -> None:
        """As :meth:`write_now`, the file written in the background: what is typed is read
        here (a fraction of a millisecond), and the sealing and the writes to the disk,
        made durable (milliseconds to tens of them on a slow disk: bench/rescue.py), are
        never something typing waits for."""
        if not self._refresh():
            return
        items = self._asked
        # Counted on the window's thread alone (never waiting here for a write under way);
        # the background thread reads it with the file's lock held.
        self._generation += 1
        generation = self._generation

        def write() -> None:
            with self._lock:
                if generation == self._generation and items is not None:
                    self._put(items)  # (else a newer write overtook it)

        self._worker.submit(write)

    def _refresh(self) -> bool:
        """Read what the copy should hold now (what is typed and not saved, and what a
        copy from before still holds) into ``_asked``; whether that changed."""
        if self._file is None or self._writing:
            return False
        self._writing = True  # reading the windows must not start a second write
        try:
            current = self._current()
        finally:
            self._writing = False
        merged = {_place(i): i for i in self.inherited}
        merged.update({_place(i): i for i in current})
        items = list(merged.values())
        if items == self._asked:
            return False
        self._asked = items
        return True

    def _current(self) -> list[dict[str, Any]]:
        items = getattr(self._window, "rescue_items", None)
        if not callable(items):
            return []
        try:
            return list(items())
        except Exception as exc:  # a copy is a safety net, never a new failure
            log_unexpected(exc)
            return []

    def _put(self, items: list[dict[str, Any]]) -> None:
        """Write the copy as ``items``, or remove it when there are none (``_lock`` held:
        from the window's thread or the background one)."""
        file = self._file
        if file is None or items == self._written:
            return
        try:
            if items:
                file.write({"v": 1, "written": datetime.now(UTC).isoformat(timespec="seconds"),
                            "items": items})
            else:
                file.remove()
        except Exception as exc:  # the app data folder full or read-only: tried again later
            if self._written is not None:  # said once, not at every save
                log.warning("rescue copy not written: %s", type(exc).__name__)
            self._written = self._asked = None
            return
        self._written = items

    # -- the next unlock ----------------------------------------------------------------
    def done_with(self, items: list[dict[str, Any]]) -> None:
        """``items`` are in the vault now (put back), or the therapist let them go: the
        copy keeps the rest, and goes when nothing is left."""
        places = {_place(i) for i in items}
        self.inherited = [i for i in self.inherited if _place(i) not in places]
        self.write_now()

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
        return _vault_draft_goes(window, item)
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


def _left_of(vault: Any, item: dict[str, Any]) -> dict[str, Any] | None:
    """What a window that belongs to no one client held, without what it held of clients
    erased since (taken out as from the drafts a lock keeps: kastdesk.supervision.forget);
    None when nothing is left of it."""
    from kastdesk.supervision.forget import forget_in_vault_drafts

    drafts = {str(item["key"]): copy.deepcopy(item["data"])}
    forget_in_vault_drafts(vault, drafts)
    return drafts.get(str(item["key"]))


def _vault_draft_goes(window: Any, item: dict[str, Any]) -> tuple[str, str | None]:
    """:func:`where_it_goes` for what a window that belongs to no one client held (a new
    client, a guidance meeting, a supervision packet, comments on one): the window opens
    again with it, unless what it was typed for is gone (the questions of a meeting no
    longer open for guidance, every case of a packet erased)."""
    kind = draft_kind(str(item["key"]))
    window_title = VAULT_WINDOWS[kind]
    if window_title is None:
        label = QCoreApplication.translate(
            "RescueDialog", "Comments typed on a supervision packet")
    else:
        context, title = window_title
        label = QCoreApplication.translate(
            "RescueDialog", "Text typed in the window “{title}”").format(
                title=QCoreApplication.translate(context, title))
    try:
        data = _left_of(window.vault, item)
        if data is None:
            return label, QCoreApplication.translate(
                "RescueDialog",
                "That client is no longer in the register, so the text cannot go back in its "
                "place.")
        if kind == "meeting" and not _meeting_rows_open(window, data):
            return label, QCoreApplication.translate(
                "RescueDialog", "Some of the questions it was typed for are no longer open "
                "for guidance, so it cannot go back in its place.")
    except StoreError as exc:
        return label, error_text(exc)
    if kind == "supervisor":
        from kastdesk.store.packet import PacketUnreadable
        from kastdesk.supervision.packet import check_packet

        try:
            check_packet(data.get("packet"))
        except PacketUnreadable:
            return label, QCoreApplication.translate(
                "RescueDialog", "That packet cannot be shown again from the copy, so the "
                "comments cannot go back in it.")
    return label, None


def _meeting_rows_open(window: Any, data: dict[str, Any]) -> bool:
    """Whether every question a meeting being recorded holds advice for is still open for
    guidance: the meeting's window lists only those, and advice for another would be
    dropped unseen as it opens again."""
    from kastdesk.supervision.guidance import list_flags

    rows = data.get("rows")
    wanted: dict[str, set[str]] = {}
    for flag_id, row in (rows.items() if isinstance(rows, dict) else ()):
        if isinstance(row, dict) and str(row.get("advice", "")).strip():
            wanted.setdefault(str(row.get("client_id", "")), set()).add(str(flag_id))
    for client_id, flag_ids in wanted.items():
        try:
            with _case_to_read(window, window.vault, client_id) as case:
                open_now = {flag.id for flag in list_flags(case, open_only=True)}
        except CaseNotFound:
            return False
        if not flag_ids <= open_now:
            return False
    return True


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
        from kastdesk.ui.drafts import pending_vault_drafts

        data = _left_of(window.vault, item)
        if data is None:
            return False
        key, n = str(item["key"]), 2
        pending = set(pending_vault_drafts(window.vault))
        while key in pending:  # a draft a lock kept for the same window: both open
            key, n = f"{item['key']}#{n}", n + 1
        keep_vault_draft(window.vault, key, data)
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
        # Not only a vault out of reach: text typed just before KastDesk was killed or the
        # power went, and what a window that belongs to no one client held, come back too.
        self.intro = WrappingLabel(self.tr(
            "When this vault was last open, the text below was not saved into it (KastDesk "
            "may have stopped before it could save, or the memory stick or network folder "
            "with the vault may have been out), so KastDesk kept a sealed copy on this "
            "computer."), self)
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
        elif item.get("kind") == "dialog_draft" and item.get("scope") == "vault":
            where = WrappingLabel(reason + " " + self.tr("Copy what you need."), block)
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


__all__ = ["CASE_TEXT", "MAX_GAP_MS", "PAUSE_MS", "VAULT_WINDOWS", "RescueDialog",
           "RescueKeeper", "draft_kind", "fingerprint", "held_text", "put_back", "tab_class",
           "text_saved", "typed", "where_it_goes"]
