"""Supervisor mode: read a ``.kastsup`` packet, comment on each question and note, save.

Opens no vault and writes nothing but the sealed comments file the supervisor chooses,
and, in supervisor mode (``kastdesk --packet``), a sealed draft of the comments not saved
yet beside the packet (``CommentsDraft``), so a logout, a shutdown or a crash during the
meeting loses none; the packet opened again brings them back. Closing the window with
comments not saved asks first (Save comments… / Discard / Cancel). Opened from the
therapist's app, a lock must close it without a question: the comments, the packet and
its passphrase are then kept in that vault, encrypted, and the window opens again as it
was after the next unlock (kastdesk.ui.drafts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import OTHER_RISK_COLOURS, SEVERE_RISK_COLOURS, SEVERE_RISKS
from kastdesk.report.summary import active_flags, flag_alert
from kastdesk.store import StoreError
from kastdesk.store.packet import PacketInUse, PacketUnreadable
from kastdesk.supervision import Comment, open_packet, save_comments
from kastdesk.supervision.packet import (
    CommentsDraft,
    case_owners,
    check_packet,
    packet_day_text,
    packet_moment,
    read_draft,
)
from kastdesk.ui.common import typed_text
from kastdesk.ui.files import open_file_name, save_file_name
from kastdesk.ui.screen import size_to_screen


def amendment_text(amendment: Mapping[str, Any]) -> str:
    """An amendment as the packet's PDF prints it beneath its note (same words, same
    translation): "Amendment 2026-05-03 14:10 by the therapist (reason):" and its text."""
    return QCoreApplication.translate(
        "Report", "Amendment {at} by {by} ({reason}):\n{text}"
    ).format(
        at=packet_moment(str(amendment.get("at") or "")),
        by=amendment.get("author") or "–",
        reason=amendment.get("reason", ""),
        text=amendment.get("text", ""),
    )


def _shown_flags(flags: Any) -> list[dict[str, Any]]:
    """The packet's risk flags that can be shown: ``check_packet`` does not look at them,
    and a flag of another shape must not make the whole packet unreadable."""
    def text(value: Any) -> bool:
        return value is None or isinstance(value, str)

    return [f for f in flags if isinstance(f, dict) and isinstance(f.get("kind"), str)
            and text(f.get("note")) and text(f.get("set_at"))
            and text(f.get("cleared_at"))] if isinstance(flags, list) else []


def _flag_strip(flag: Mapping[str, Any]) -> QFrame:
    """An active risk flag at the top of its case, in the words of the packet PDF's cover
    (its note as the packet pseudonymized it) and the colours of the app's risk banner."""
    background, border, colour = (SEVERE_RISK_COLOURS if flag.get("kind") in SEVERE_RISKS
                                  else OTHER_RISK_COLOURS)
    strip = QFrame()
    strip.setObjectName("packetRiskFlag")
    strip.setStyleSheet(
        f"QFrame#packetRiskFlag {{ background: {background}; border: 1px solid {border};"
        f" border-left: 6px solid {border}; border-radius: 3px; }}"
        f" QFrame#packetRiskFlag QLabel {{ color: {colour}; background: transparent; }}")
    layout = QVBoxLayout(strip)
    layout.setContentsMargins(10, 4, 6, 4)
    label = QLabel(flag_alert(dict(flag)), strip)
    label.setObjectName("packetRiskFlagText")
    label.setWordWrap(True)  # a long note wraps, never widens the window
    layout.addWidget(label)
    return strip


class SupervisorWindow(QMainWindow):
    """Read-only view of a packet with one comment box per case, question and note."""

    #: How often the comments not saved are sealed into the draft beside the packet (ms).
    SEALED_DRAFT_MS = 2000

    def __init__(self, packet: dict[str, Any], passphrase: str,
                 parent: QWidget | None = None, *, owners: Mapping[str, str] | None = None,
                 sealed_draft: CommentsDraft | None = None) -> None:
        super().__init__(parent)
        self.packet = packet
        self._passphrase = passphrase
        # A packet of the vault it is opened in: which client each case key stands for
        # (kastdesk.supervision.packet.case_owners), so an erased client's case can leave.
        # The packet itself names no client.
        self.owners: dict[str, str] = dict(owners or {})
        self.comment_boxes: dict[tuple[str, str, str], QPlainTextEdit] = {}
        self.setWindowTitle(self.tr("KastDesk – supervisor mode"))
        self._build()
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.tr("Save comments…"), self.save_dialog)
        # A tall window to read the packet in, as tall as the screen has room for (900
        # pixels opened past a 1093×574 laptop screen, its bottom behind the taskbar).
        size_to_screen(self, 820, 900)
        self.draft_key = f"supervisor:{packet.get('packet_id', '')}"
        self._saved = self._texts()  # what the last save sealed: nothing, at first
        # The sealed draft beside the packet (supervisor mode): what it holds now (None:
        # there is none), and whether writing it failed (said once in the status bar).
        self.sealed_draft = sealed_draft
        self._drafted: dict[tuple[str, str, str], str] | None = None
        self._draft_failed = False
        self._asking = False
        self._draft_timer = QTimer(self)
        if sealed_draft is not None:
            self._draft_timer.timeout.connect(self.keep_sealed_draft)
            self._draft_timer.start(self.SEALED_DRAFT_MS)

    # Kept through a lock of the therapist's vault (kastdesk.ui.drafts): the window belongs
    # to no one case. ``draft_kept`` is set once it is: the lock then closes it unasked.
    draft_scope = "vault"
    draft_kept = False

    def _texts(self) -> dict[tuple[str, str, str], str]:
        return {key: typed_text(box) for key, box in self.comment_boxes.items()
                if typed_text(box).strip()}

    @property
    def unsaved(self) -> bool:
        """Comments typed or changed since the last save."""
        return self._texts() != self._saved

    def draft(self) -> dict[str, Any] | None:
        texts = self._texts()
        if not texts:
            return None
        return {"packet": self.packet, "passphrase": self._passphrase,
                "comments": [[*key, text] for key, text in texts.items()],
                "unsaved": self.unsaved, "owners": self.owners}

    def restore_draft(self, data: dict[str, Any]) -> None:
        for entry in data.get("comments") or []:
            box = self.comment_boxes.get(tuple(entry[:3])) if len(entry) == 4 else None
            if box is not None:
                box.setPlainText(str(entry[3]))
        if not data.get("unsaved", True):
            self._saved = self._texts()

    def keep_sealed_draft(self) -> None:
        """Seal the comments not saved into the draft beside the packet, or remove the
        draft once nothing is unsaved (a save, every box emptied)."""
        if self.sealed_draft is None:
            return
        wanted = self._texts() if self.unsaved else None
        if wanted == self._drafted and not self._draft_failed:
            return
        try:
            if wanted is None:
                self.sealed_draft.remove()
            else:
                self.sealed_draft.write(self.comments())
        except (OSError, StoreError):
            if not self._draft_failed:
                # Short: the status bar cuts what does not fit in one line.
                self.statusBar().showMessage(self.tr(
                    "Your comments cannot be kept as a draft: the packet's folder cannot "
                    "be written."))
            self._draft_failed = True
            return
        if self._draft_failed:
            self.statusBar().clearMessage()
        self._draft_failed = False
        self._drafted = wanted

    def restore_sealed_draft(self, comments: Iterable[Comment]) -> int:
        """Put back the comments a sealed draft kept (not saved yet); how many came back."""
        count = 0
        for c in comments:
            box = self.comment_boxes.get((c.case_id, c.target, c.target_id))
            if box is not None and c.text.strip():
                box.setPlainText(c.text)
                count += 1
        if count:
            self._drafted = self._texts()
            self.statusBar().showMessage(self.tr(
                "Comments not saved last time were brought back from the draft beside the "
                "packet."))
        return count

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self._asking:  # a second logout signal while the question shows
            event.ignore()
            return
        self._close_asked(event)
        if event.isAccepted() and self.sealed_draft is not None:
            self._draft_timer.stop()
            self.sealed_draft.close()  # the packet may be opened again, here or elsewhere
        elif event.isAccepted():  # saved, discarded or kept by a lock: not the copy's now
            from kastdesk.ui.rescue import text_saved

            text_saved(self)

    def _close_asked(self, event: QCloseEvent) -> None:
        """The close itself: accepted, or refused to save the comments first."""
        if self.draft_kept or not self.unsaved:
            self.keep_sealed_draft()  # nothing unsaved: the draft goes
            event.accept()
            return
        # Sealed first: a logout may end the process before anyone answers.
        self.keep_sealed_draft()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Comments not saved"),
                          self.tr("Your comments are not saved. Save them for the therapist "
                                  "before closing?"), parent=self)
        save = box.addButton(self.tr("Save comments…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        self._asking = True
        try:
            box.exec()
        finally:
            self._asking = False
        clicked = box.clickedButton()
        if clicked is discard:
            if self.sealed_draft is not None:
                self.sealed_draft.remove()
            event.accept()
        elif clicked is save and self._save_with_dialog() is not None:
            event.accept()
        else:
            event.ignore()

    def _build(self) -> None:
        """The packet's cases, questions and notes, each with its comment box."""
        self.comment_boxes = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(self.tr("Read-only supervision packet. Write your comments "
                               "in the boxes and save them for the therapist."))
        # Wrapped like the questions and notes: in one line it made the whole packet wider
        # than a window that fits a laptop at 14 pt, every line cut at the right.
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if int(self.packet.get("version") or 0) >= 3 and self.packet.get("created_on"):
            # The packet's dates are how long before its day (QA 18 M3): say which day.
            when = QLabel(self.tr("Prepared {day}. Dates are given as how long before "
                                  "that day.").replace("{day}", str(self.packet["created_on"])))
            when.setObjectName("packetDay")
            when.setWordWrap(True)
            layout.addWidget(when)
        for case in self.packet["cases"]:
            self._build_case(layout, case)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        old = self.takeCentralWidget()
        self.setCentralWidget(scroll)
        if old is not None:
            old.deleteLater()

    def _build_case(self, layout: QVBoxLayout, case: Mapping[str, Any]) -> None:
        """One case: its active risk flags, its general questions, then each note with the
        questions about it and their advice boxes beneath it.

        The questions came first, all of them, and the notes after: four "Question: See
        the note" with no word of which note, and each note's own comment box far from the
        question on it (QA session 21, finding 7). The packet says which note each question
        is about (its ``session_id``), so the question stands under that note. And the
        window showed no risk flag, so a supervisor commenting here never saw an active
        "Suicidal thoughts"; the flags stand at the case's top, in the PDF cover's words.
        The boxes keep their keys, and ``comment_boxes`` its order (case, questions,
        notes): the comments file, the sealed draft and the rescue copy are as they were.
        """
        snap = case["snapshot"]
        case_id = case["case_id"]
        layout.addWidget(QLabel(f"<h2>{case['ref']}</h2>"))
        for flag in active_flags({"flags": _shown_flags(snap.get("flags"))}):
            layout.addWidget(_flag_strip(flag))
        sessions = list(snap.get("sessions") or [])
        noted = {s["id"] for s in sessions}
        about: dict[str, list[Mapping[str, Any]]] = {}
        general = []
        for q in case["questions"]:
            if q.get("session_id") in noted:
                about.setdefault(q["session_id"], []).append(q)
            else:
                general.append(q)
        first = len(self.comment_boxes)
        self._comment_box(layout, case_id, "case", case_id, self.tr("Comment on the case"))
        for q in general:
            label = QLabel(self.tr("Question: {q}").replace("{q}", q["question"]))
            label.setWordWrap(True)
            layout.addWidget(label)
            self._comment_box(layout, case_id, "flag", q["id"], self.tr("Your advice"))
        for s in sessions:
            # A frame round the note, its questions and its boxes: what belongs together.
            frame = QFrame()
            frame.setObjectName("packetNote")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(8, 6, 8, 8)
            note = QLabel(self._note_title(s) + "\n" + (s.get("note") or ""))
            note.setWordWrap(True)
            inner.addWidget(note)
            # Beneath the note they amend, in the packet PDF's words: the supervisor
            # read the note here without what the therapist later corrected in it.
            for a in s.get("amendments") or []:
                amendment = QLabel(amendment_text(a))
                amendment.setObjectName("amendment")
                amendment.setWordWrap(True)
                amendment.setIndent(16)
                inner.addWidget(amendment)
            for q in about.get(s["id"], []):
                label = QLabel(self.tr("Question about this note: {q}").replace(
                    "{q}", q["question"]))
                label.setObjectName("noteQuestion")
                label.setWordWrap(True)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                inner.addWidget(label)
                self._comment_box(inner, case_id, "flag", q["id"], self.tr("Your advice"))
            self._comment_box(inner, case_id, "session", s["id"],
                              self.tr("Comment on this note"))
            layout.addWidget(frame)
        # The boxes in the order they were always kept: the case, its questions, its notes.
        keys = list(self.comment_boxes)
        made = {key: self.comment_boxes.pop(key) for key in keys[first:]}
        order = [(case_id, "case", case_id), *((case_id, "flag", q["id"])
                                                for q in case["questions"]),
                 *((case_id, "session", s["id"]) for s in sessions)]
        for key in order:
            if key in made:
                self.comment_boxes[key] = made.pop(key)
        self.comment_boxes.update(made)

    def _note_title(self, s: Mapping[str, Any]) -> str:
        """"Session note 2 (8 weeks before):", or the note of a session not held."""
        # A session cancelled or missed has no number: it was not a session held.
        day = packet_day_text(str(s.get("starts_at", "")))
        if s.get("number") is None:
            return self.tr("Note on a session not held ({day}):").replace("{day}", day)
        if int(self.packet.get("version") or 0) >= 3:
            # How long before the packet (QA 18 M3); an older packet's day was shifted,
            # and is not said here.
            return self.tr("Session note {n} ({day}):").replace(
                "{n}", str(s["number"])).replace("{day}", day)
        return self.tr("Session note {n}:").replace("{n}", str(s["number"]))

    def forget_cases(self, case_ids: Iterable[str]) -> bool:
        """Take erased clients' cases out of the window, with the comments typed on them;
        the rest stay as they are, typed and saved alike. True if any went.

        Without it, a client deleted while their packet was open here stayed on screen,
        and the next lock kept their notes and the comments on them in the vault's drafts
        (kastdesk.ui.drafts), to open again after the unlock. A window left with no case
        closes: nothing in it belongs to anyone any more.
        """
        erased = set(case_ids)
        # The caller names clients; the packet knows them by its own keys.
        gone = erased | {key for key, client in self.owners.items() if client in erased}
        self.owners = {key: client for key, client in self.owners.items() if key not in gone}
        cases = [c for c in self.packet["cases"] if c.get("case_id") not in gone]
        if len(cases) == len(self.packet["cases"]):
            return False
        typed = {key: typed_text(box) for key, box in self.comment_boxes.items()
                 if key[0] not in gone}
        self.packet = {**self.packet, "cases": cases}
        self._saved = {key: text for key, text in self._saved.items() if key[0] not in gone}
        self._build()
        for key, text in typed.items():
            box = self.comment_boxes.get(key)
            if box is not None:
                box.setPlainText(text)
        if not cases:
            self.draft_kept = True  # nothing left to save or to ask about
            self.close()
        return True

    def _comment_box(self, layout: QVBoxLayout, case_id: str, target: str, target_id: str,
                     placeholder: str) -> None:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)  # Tab goes on to the next comment, not into this one
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(70)
        layout.addWidget(box)
        self.comment_boxes[(case_id, target, target_id)] = box
        box.textChanged.connect(self._typed)

    def _typed(self) -> None:
        """Opened in the therapist's app, the comments have no save of their own until
        "Save comments…": a crash or a kill lost them (a lock kept them). The main window's
        sealed rescue copy keeps them (kastdesk.ui.rescue), told as they are typed. In
        supervisor mode the sealed draft beside the packet does that."""
        if getattr(self, "sealed_draft", None) is None:  # (set after the boxes are built)
            from kastdesk.ui.rescue import typed

            typed(self)

    def comments(self) -> list[Comment]:
        return [Comment(case_id, target, target_id, typed_text(box))
                for (case_id, target, target_id), box in self.comment_boxes.items()
                if typed_text(box).strip()]

    def save_to(self, path: Path, by: str = "", kdf: Any = None) -> int:
        """Seal the comments with the packet's passphrase."""
        texts = self._texts()
        count = save_comments(path, self.packet, self.comments(), self._passphrase, by,
                              kdf=kdf)
        self._saved = texts
        self.keep_sealed_draft()  # all saved: the draft goes
        return count

    def _save_with_dialog(self) -> int | None:
        """Choose where and save; how many comments were saved (None: not saved)."""
        name = save_file_name(self, self.tr("Save comments"), "",
                              self.tr("KastDesk comments (*.kastcmt)"))
        if not name:
            return None
        try:
            return self.save_to(Path(name))
        except (OSError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None

    def save_dialog(self) -> None:
        count = self._save_with_dialog()
        if count is not None:
            QMessageBox.information(self, self.tr("Saved"),
                                    self.tr("{n} comments saved.").replace("{n}", str(count)))


def open_packet_window(path: Path, passphrase: str, vault: Any = None, *,
                       keep_draft: bool = False) -> SupervisorWindow:
    """Decrypt and show; raises StoreError (wrong passphrase, damaged) for the caller.

    ``vault``: the therapist's, when the packet is opened in their app; a packet it
    exported learns which client each case stands for (see ``SupervisorWindow.owners``).
    ``keep_draft`` (supervisor mode): comments not saved are sealed beside the packet as
    they are typed, and a draft left there is brought back."""
    packet = open_packet(path, passphrase)
    owners = case_owners(vault, str(packet.get("packet_id"))) if vault is not None else {}
    sealed: CommentsDraft | None = None
    if keep_draft:
        try:
            sealed = CommentsDraft(path, packet, passphrase)
        except PacketInUse:
            raise  # opened twice: one window per packet, or one draft replaces the other
        except (OSError, StoreError):
            sealed = None
    window: SupervisorWindow | None = None
    try:
        window = SupervisorWindow(packet, passphrase, owners=owners, sealed_draft=sealed)
        if sealed is not None:
            window.restore_sealed_draft(read_draft(path, packet, passphrase))
    except BaseException as exc:
        # No window for the caller to close, so nothing else lets the packet go: a packet
        # of another shape held it, and every later open was "already open".
        if window is not None:
            window._draft_timer.stop()
            window.deleteLater()
        if sealed is not None:
            sealed.close()
        if isinstance(exc, (KeyError, TypeError, ValueError, AttributeError, IndexError)):
            # A shape open_packet's check let through: said as the check says it, not a
            # crash of supervisor mode.
            raise PacketUnreadable() from exc
        raise
    return window


def reopen_packet_window(data: dict[str, Any]) -> SupervisorWindow | None:
    """The window a lock closed, shown again with its comments (None: not a usable draft)."""
    packet, passphrase = data.get("packet"), data.get("passphrase")
    if not isinstance(packet, dict) or not isinstance(passphrase, str):
        return None
    try:
        check_packet(packet)
    except PacketUnreadable:
        return None
    owners = data.get("owners")
    owners = {str(k): str(v) for k, v in owners.items()} if isinstance(owners, dict) else {}
    try:
        window = SupervisorWindow(packet, passphrase, owners=owners)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None  # a packet of another shape: nothing to show it in
    window.restore_draft(data)
    window.show()
    return window


def ask_file_and_passphrase(
    parent: QWidget | None, title: str, file_filter: str, prompt: str
) -> tuple[Path, str] | None:
    """Choose a sealed supervision file and type its passphrase (None when cancelled)."""
    name = open_file_name(parent, title, "", file_filter)
    if not name:
        return None
    passphrase, ok = QInputDialog.getText(parent, "KastDesk", prompt,
                                          QLineEdit.EchoMode.Password)
    return (Path(name), passphrase) if ok else None


def ask_and_open_packet(parent: QWidget | None = None) -> SupervisorWindow | None:
    """File → Open supervision packet…: choose the file, ask its passphrase, show it."""
    chosen = ask_file_and_passphrase(
        parent, QCoreApplication.translate("Supervision", "Open supervision packet"),
        QCoreApplication.translate("Supervision", "KastDesk supervision packet (*.kastsup)"),
        QCoreApplication.translate("Supervision", "Passphrase of the packet:"))
    if chosen is None:
        return None
    try:
        # Opened from the therapist's main window, the packet may be one its vault made.
        window = open_packet_window(*chosen, vault=getattr(parent, "vault", None))
    except StoreError as exc:
        QMessageBox.warning(parent, "KastDesk", exc.message)
        return None
    window.show()
    return window
