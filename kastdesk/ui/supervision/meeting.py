"""The monthly guidance meeting: prepare the packet, record the meeting, import comments.

Three File-menu operations of the therapist. The packet and the comments file leave the
vault only pseudonymized and encrypted (kastdesk.supervision); these dialogs gather what
the core needs and show its one-sentence errors.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.store.crypto import MIN_PASSPHRASE_CHARS
from kastdesk.supervision.guidance import MeetingItem, list_flags, record_meeting
from kastdesk.supervision.packet import (
    export_packet,
    import_comments,
    packet_check,
    packet_paths,
    packet_review,
    packet_stem,
)
from kastdesk.ui.common import (
    FieldValue,
    TypingDialog,
    WrappingLabel,
    inform,
    plural,
    run_in_thread,
    run_op,
    show_error,
    typed_text,
)
from kastdesk.ui.files import existing_folder
from kastdesk.ui.screen import ScrollingBody, fit_dialog, size_to_screen
from kastdesk.ui.settings import privacy_mode
from kastdesk.ui.supervision.supervisor import ask_file_and_passphrase
from kastdesk.ui.supervision.withhold import WithholdPanel


def open_questions(vault: Any) -> list[tuple[str, str, Any]]:
    """(client id, client code, flag) for every open guidance flag in the vault.

    Codes only: these lists are on screen during preparation, never names.
    """
    found = []
    for entry in vault.clients():
        case = vault.open_case(entry.id, audit_open=False)
        found.extend((entry.id, entry.code, flag) for flag in list_flags(case, open_only=True))
    return found


def _date_field(parent: QWidget) -> QDateEdit:
    """A meeting's date, today to begin with, picked from a calendar; a date's width, not
    the dialog's (stretched, its arrow stood far off at the edge)."""
    day = QDateEdit(QDate.currentDate(), parent)
    day.setCalendarPopup(True)
    day.setDisplayFormat("yyyy-MM-dd")
    day.setSizePolicy(QSizePolicy.Policy.Fixed, day.sizePolicy().verticalPolicy())
    return day

class PacketDialog(TypingDialog):
    """Choose the cases, the meeting date, where to save and the packet's passphrase, and
    review what is withheld, adding names, places and employers to it.

    Escape, Cancel or closing the window asks before a folder or names to withhold typed
    in are discarded; the passphrase fields never count (a passphrase is not kept
    anywhere). A packet of the same meeting day already in the folder is never replaced:
    the new one gets the next free name ("supervision-<day>-2"), and the dialog says so.

    What was typed to withhold (and the folder, the day and the cases chosen) is kept
    through a lock in the vault (the packet spans cases) and the dialog opens again with
    it after the unlock (kastdesk.ui.drafts). The passphrase is never kept.
    """

    watch_choices = False
    draft_key = "packet"
    draft_scope = "vault"
    draft_kept = False

    def __init__(self, vault: Any, parent: QWidget | None = None, *, kdf: Any = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._read: dict[str, Any] = {}  # each case read once for the review list
        self.kdf = kdf  # tests only: cheap key derivation for the packet
        self.result: Any = None
        self.setWindowTitle(self.tr("Prepare supervision packet"))
        # The fields scroll, the buttons stay below them: with questions flagged the dialog
        # could not be shorter than 649 pixels at 14 pt (Export packet off a laptop screen
        # at 125 %), and at its height the explanations and the list were squeezed to a
        # line while the form's rows were squashed to half their height.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = WrappingLabel(self.tr(
            "The packet holds the questions flagged for guidance, pseudonymized: a PDF to "
            "read and an encrypted file the supervisor opens in KastDesk to comment on."))
        layout.addWidget(intro)
        self.questions = open_questions(vault)
        counts: dict[str, tuple[str, int]] = {}
        for client_id, code, _flag in self.questions:
            counts[client_id] = (code, counts.get(client_id, (code, 0))[1] + 1)
        self.case_boxes: dict[str, QCheckBox] = {}
        for client_id, (code, n) in sorted(counts.items(), key=lambda kv: kv[1][0]):
            box = QCheckBox(
                plural(self.tr("{code}: %n question(s)", "", n), n).replace("{code}", code),
                content,
            )
            box.setChecked(True)
            box.toggled.connect(self.update_review)
            self.case_boxes[client_id] = box
            layout.addWidget(box)
        if not counts:
            nothing = WrappingLabel(self.tr(
                "No case has an open question for guidance. Flag a case, a note or a "
                "question from the case's Supervision tab first."), content)
            layout.addWidget(nothing)
        form = QFormLayout()
        self.day = _date_field(content)
        form.addRow(self.tr("&Meeting date"), self.day)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(Path.home()), content)
        browse = QPushButton(self.tr("Choose…"), content)
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        # A row of a field and a button gets a label linked to nothing: linked here.
        folder_label = QLabel(self.tr("&Save in"), content)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.passphrase = QLineEdit(content)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(content)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Packet passphrase"), self.passphrase)
        form.addRow(self.tr("A&gain"), self.again)
        layout.addLayout(form)
        self.taken = WrappingLabel("", content)  # a packet of that day already in the folder
        self.taken.setObjectName("muted")
        layout.addWidget(self.taken)
        hint = WrappingLabel(self.tr("Give the supervisor this passphrase by another way "
                                     "than the file (in person or by phone)."), content)
        hint.setObjectName("muted")
        layout.addWidget(hint)
        # What is withheld, case by case, with the therapist's own additions.
        self.withhold = WithholdPanel(content, note=self.tr(
            "Names the case knows, dates, addresses, phone numbers and car plates are "
            "withheld, but not every place, employer or colleague: read the list and add "
            "those to Also withhold."), private=privacy_mode(vault))
        self.extra, self.review = self.withhold.extra, self.withhold.review
        # Five lines of the list at the least, where the fields scroll: it is read line
        # by line before anything leaves the vault.
        self.review.setMinimumHeight(5 * self.review.fontMetrics().lineSpacing()
                                     + 2 * self.review.frameWidth() + 4)
        self.withhold.setVisible(bool(counts))
        self.withhold.changed.connect(self.update_review)
        layout.addWidget(self.withhold, 1)
        self.body = ScrollingBody(content, self)
        # What the dialog says while or after exporting stands by the buttons, in sight.
        # Shown only with words in them: empty, they kept a line's height each.
        self.problem = WrappingLabel("", self)
        self.problem.setObjectName("errorText")
        self.problem.hide()
        self.working = WrappingLabel("", self)
        self.working.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export packet"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(bool(counts))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.cancel)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body, 1)
        outer.addWidget(self.problem)
        outer.addWidget(self.working)
        outer.addWidget(buttons)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # While the packet is written it cannot be called back half-way: Cancel closed the
        # dialog while the worker still wrote both files and audited the export, silently.
        # Cancel, Esc and the window's close button wait; the end is reported as always.
        self.exporting = False
        self.day.dateChanged.connect(self.update_paths)
        self.folder.textChanged.connect(self.update_paths)
        self.update_paths()
        self.update_review()
        # 820 wide (the check of the words left reads a reason per word; at 600 its column
        # cut it, QA 18 L1), as tall as the fields need at that width, within the screen.
        fit_dialog(self, 820)
        self.remember_as_opened()

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """What was typed to withhold, the folder, the day and the cases chosen (never the
        passphrase); None when nothing was typed."""
        withhold = self.withhold.draft()
        if withhold is None and not self.has_typed():
            return None
        return {
            "withhold": withhold or {},
            "folder": self.folder.text(),
            "day": self.day.date().toPython().isoformat(),
            "cases": {cid: box.isChecked() for cid, box in self.case_boxes.items()},
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in what a lock kept (``draft``) and prepare the review list again."""
        if isinstance(data.get("folder"), str):
            self.folder.setText(data["folder"])
        with contextlib.suppress(ValueError):  # a later version's: today stays
            self.day.setDate(date.fromisoformat(str(data.get("day"))))
        cases = data.get("cases")
        if isinstance(cases, dict):
            for client_id, box in self.case_boxes.items():
                box.setChecked(cases.get(client_id, True) is not False)
        if isinstance(data.get("withhold"), dict):
            self.withhold.restore_draft(data["withhold"])
        self.update_review()

    def paths(self) -> tuple[Path, Path]:
        """The PDF and the packet file the export will write (never an existing one)."""
        return packet_paths(Path(self.folder.text()), self.day.date().toPython())

    def update_paths(self) -> None:
        """Say so when a packet of that meeting day is already in the folder."""
        folder = Path(self.folder.text())
        pdf, packet = self.paths() if folder.is_dir() else (None, None)
        if pdf is None or packet is None or pdf.stem == packet_stem(self.day.date().toPython()):
            self.taken.clear()
            self.taken.hide()
            return
        self.taken.setText(self.tr(
            "A packet for that day is already in the folder; this one is saved beside it "
            "as {pdf} and {packet}.").replace("{pdf}", pdf.name).replace("{packet}", packet.name))
        self.taken.show()

    def update_review(self) -> None:
        """What each chosen case's part of the packet withholds, under its reference, and
        the words its pseudonymized text still has that look identifying: prepared again on
        every case ticked and every name withheld, before anything is written."""
        if not self.case_boxes:
            return
        cases, names = self.chosen_cases(), self.withhold.names()
        words, keep = self.withhold.withhold_words(), self.withhold.keep_words()
        everyday: set[str] = set()
        kept: set[str] = set()
        review = packet_review(self.vault, cases, names, self._read, withhold_words=words,
                               everyday=everyday, keep_words=keep, kept=kept)
        self.withhold.show_review(review, everyday, kept)
        if cases:
            self.withhold.show_suspects(packet_check(self.vault, cases, names, self._read,
                                                     withhold_words=words, keep_words=keep))
        else:
            self.withhold.clear_suspects()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override: Esc is Cancel
        if self.exporting and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.exporting:
            event.ignore()
            return
        super().closeEvent(event)

    def _choose_folder(self) -> None:
        name = existing_folder(self, self.tr("Save the packet in"), self.folder.text())
        if name:
            self.folder.setText(name)

    def chosen_cases(self) -> list[str]:
        return [cid for cid, box in self.case_boxes.items() if box.isChecked()]

    def check(self) -> str:
        """The first problem with what was filled in, as a sentence ("" when fine)."""
        if not self.chosen_cases():
            return self.tr("Choose at least one case.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE_CHARS:
            return self.tr("The packet passphrase must be at least 10 characters long.")
        if self.passphrase.text() != self.again.text():
            return self.tr("The two passphrases differ.")
        if not Path(self.folder.text()).is_dir():
            return self.tr("Choose a folder that exists.")
        return ""

    def export(self) -> None:
        problem = self.check()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return
        day = self.day.date().toPython()
        pdf, packet = self.paths()
        cases, passphrase = self.chosen_cases(), self.passphrase.text()
        extra, words = self.withhold.names(), self.withhold.withhold_words()
        keep = self.withhold.keep_words()

        def work(progress: Any) -> Any:
            return export_packet(
                self.vault, passphrase, pdf, packet, cases, day, kdf=self.kdf,
                progress=lambda _text, share: progress(int(share * 100), 100),
                extra_names=extra, withhold_words=words, keep_words=keep,
            )

        def done(result: Any) -> None:
            self.exporting = False
            self.result = result
            self.accept()

        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.exporting = True
        self.working.setText(self.tr("Writing the packet. It cannot be stopped half-way; "
                                     "you are told when both files are saved."))
        self.working.show()
        self.task = run_in_thread(self, work, done, label=self.tr("Preparing the packet…"),
                                  on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.exporting = False
        self.update_paths()
        self.working.clear()
        self.working.hide()
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        show_error(self, exc)


class MeetingDialog(TypingDialog):
    """Record a guidance meeting: who was there, the questions, the advice, the decisions.

    Escape, Cancel or closing the window asks before the participants, the advice or the
    decisions typed are discarded.
    """

    watch_choices = False

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.meeting: Any = None
        self.setWindowTitle(self.tr("Record guidance meeting"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day = _date_field(self)
        form.addRow(self.tr("Da&te"), self.day)
        self.participants = QLineEdit(self)
        self.participants.setPlaceholderText(self.tr("Names or roles, separated by commas"))
        form.addRow(self.tr("&Participants"), self.participants)
        layout.addLayout(form)
        self.tick_hint = WrappingLabel(self.tr(
            "Tick what was discussed and write the supervisor's advice for each."), self)
        layout.addWidget(self.tick_hint)
        self.questions = open_questions(vault)
        self.table = QTableWidget(len(self.questions), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Discussed"), self.tr("Case"), self.tr("Question"), self.tr("Advice")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, (_cid, code, flag) in enumerate(self.questions):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, tick)
            for column, text in ((1, code), (2, flag.question)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self.table.setItem(row, 3, QTableWidgetItem(""))
        # Tab goes on to the decisions, Save and Cancel: it walked the table's cells round
        # and round, so the keyboard never left it. Arrows move between the cells, Space
        # ticks, typing writes the advice.
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table, 1)
        decisions_label = QLabel(self.tr("&Decisions"), self)
        layout.addWidget(decisions_label)
        self.decisions = QPlainTextEdit(self)
        decisions_label.setBuddy(self.decisions)
        self.decisions.setTabChangesFocus(True)  # Tab leaves for Save, as in every field
        self.decisions.setMaximumHeight(90)
        layout.addWidget(self.decisions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        layout.addWidget(buttons)
        # A meeting is recorded against the questions flagged for it; with none there is
        # nothing to tick and Save could only refuse. Say why and where to start instead,
        # and take no typing that could not be saved.
        self.nothing = WrappingLabel(self.tr(
            "No case has an open question for guidance, so there is nothing to record a "
            "meeting against yet. Open a case, flag the case, a session note or a question "
            "on its Supervision tab (Flag for guidance…), then record the meeting here."), self)
        layout.insertWidget(layout.indexOf(self.tick_hint), self.nothing)
        empty = not self.questions
        self.nothing.setVisible(empty)
        if empty:
            for row in range(form.rowCount()):
                form.setRowVisible(row, False)
            for widget in (self.tick_hint, self.table, decisions_label, self.decisions):
                widget.hide()
            buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            layout.insertStretch(layout.indexOf(buttons), 1)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            # As tall as the sentence at 560 pixels: a fixed 160 cut it at 14 pt.
            fit_dialog(self, 560)
        else:
            # The table gets 820×560 where the screen has it (at 125 % on a 1366×768
            # laptop the bottom was 17 pixels behind the taskbar); the dialog's own least
            # size is far below that, its table and decisions scroll by themselves.
            size_to_screen(self, 820, 560)
        self.remember_as_opened()

    def typed_state(self) -> dict[object, FieldValue]:
        """The fields, and the advice typed in the table's cells (no field of their own)."""
        state = super().typed_state()
        for row in range(len(self.questions)):
            state[f"advice:{row}"] = ("text", self.table.item(row, 3).text())
        return state

    # A lock closes the dialog: what was typed is kept in the vault (the meeting belongs to
    # no one case) and the dialog opens again after unlocking (kastdesk.ui.drafts).
    draft_key = "meeting"
    draft_scope = "vault"
    draft_kept = False

    def _commit_open_editor(self) -> None:
        """Advice still in the cell's editor (the lock came mid-word) goes into the table.

        The open editor is found in the table, not through the focus: a lock can come when
        another window has it (the focus was elsewhere on a busy machine, and a CI run lost
        "Role-play first." typed into the cell)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.table.viewport().findChildren(QWidget):
            self.table.commitData(editor)  # a child that is no cell's editor is passed over

    def draft(self) -> dict[str, Any] | None:
        self._commit_open_editor()
        # Each row names its client, so that erasing the client takes the row out even
        # where the case file could not be read first (kastdesk.supervision.forget).
        rows = {
            flag.id: {"discussed": self.table.item(row, 0).checkState() == Qt.CheckState.Checked,
                      "advice": self.table.item(row, 3).text(), "client_id": str(client_id)}
            for row, (client_id, _code, flag) in enumerate(self.questions)
        }
        typed = (self.participants.text().strip() or typed_text(self.decisions).strip()
                 or any(r["advice"].strip() for r in rows.values()))
        if not typed:
            return None
        return {"day": self.day.date().toPython().isoformat(),
                "participants": self.participants.text(),
                "decisions": typed_text(self.decisions), "rows": rows}

    def restore_draft(self, data: dict[str, Any]) -> None:
        day = QDate.fromString(str(data.get("day", "")), Qt.DateFormat.ISODate)
        if day.isValid():
            self.day.setDate(day)
        self.participants.setText(str(data.get("participants", "")))
        self.decisions.setPlainText(str(data.get("decisions", "")))
        rows = data.get("rows") or {}
        for row, (_cid, _code, flag) in enumerate(self.questions):
            kept = rows.get(flag.id)
            if not isinstance(kept, dict):
                continue
            self.table.item(row, 0).setCheckState(
                Qt.CheckState.Checked if kept.get("discussed", True) else Qt.CheckState.Unchecked)
            self.set_advice(row, str(kept.get("advice", "")))

    def set_advice(self, row: int, text: str) -> None:
        self.table.item(row, 3).setText(text)

    def items(self) -> list[MeetingItem]:
        out = []
        for row, (client_id, _code, flag) in enumerate(self.questions):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            out.append(MeetingItem(client_id, flag.id, flag.question,
                                   self.table.item(row, 3).text().strip()))
        return out

    def save(self) -> None:
        day: date = self.day.date().toPython()
        participants = [p for p in self.participants.text().split(",") if p.strip()]
        meeting = run_op(self, lambda: record_meeting(
            self.vault, day, participants, self.items(), typed_text(self.decisions).strip()))
        if meeting is not None:
            self.meeting = meeting
            self.accept()


def ask_and_import_comments(vault: Any, parent: QWidget | None = None) -> tuple[int, int] | None:
    """File → Import supervisor comments…: the file, its passphrase, then attach by id."""
    chosen = ask_file_and_passphrase(
        parent, QCoreApplication.translate("Supervision", "Import supervisor comments"),
        QCoreApplication.translate("Supervision", "KastDesk comments (*.kastcmt);;All files (*)"),
        QCoreApplication.translate("Supervision", "Passphrase of the comments file:"))
    if chosen is None:
        return None
    path, passphrase = chosen
    result = run_op(parent, lambda: import_comments(vault, path, passphrase))
    if result is not None:
        attached, skipped = result
        deleted = getattr(result, "deleted", 0)  # of the skipped: on a client deleted since
        text = QCoreApplication.translate(
            "Supervision", "Comments attached to their cases: {a}.").format(a=attached)
        if skipped > deleted:
            text += " " + QCoreApplication.translate(
                "Supervision", "Left out because their notes or questions no longer exist: {s}."
            ).format(s=skipped - deleted)
        if deleted:
            text += " " + QCoreApplication.translate(
                "Supervision", "Left out because their client was deleted since the packet "
                "was made: {d}.").format(d=deleted)
        inform(parent, "KastDesk", text)
    return result
