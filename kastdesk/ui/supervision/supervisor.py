"""Supervisor mode: read a ``.kastsup`` packet, comment on each question and note, save.

Opens no vault and writes nothing but the sealed comments file the supervisor chooses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
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

from kastdesk.store import StoreError
from kastdesk.supervision import Comment, open_packet, save_comments


class SupervisorWindow(QMainWindow):
    """Read-only view of a packet with one comment box per case, question and note."""

    def __init__(self, packet: dict[str, Any], passphrase: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.packet = packet
        self._passphrase = passphrase
        self.comment_boxes: dict[tuple[str, str, str], QPlainTextEdit] = {}
        self.setWindowTitle(self.tr("KastDesk – supervisor mode"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("Read-only supervision packet. Write your comments "
                                        "in the boxes and save them for the therapist.")))
        for case in packet["cases"]:
            snap = case["snapshot"]
            layout.addWidget(QLabel(f"<h2>{case['ref']}</h2>"))
            self._comment_box(layout, case["case_id"], "case", case["case_id"],
                              self.tr("Comment on the case"))
            for q in case["questions"]:
                label = QLabel(self.tr("Question: {q}").replace("{q}", q["question"]))
                label.setWordWrap(True)
                layout.addWidget(label)
                self._comment_box(layout, case["case_id"], "flag", q["id"],
                                  self.tr("Your advice"))
            for s in snap.get("sessions", []):
                note = QLabel(self.tr("Session note {n}:").replace("{n}", str(s["number"]))
                              + "\n" + (s.get("note") or ""))
                note.setWordWrap(True)
                layout.addWidget(note)
                self._comment_box(layout, case["case_id"], "session", s["id"],
                                  self.tr("Comment on this note"))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setCentralWidget(scroll)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.tr("Save comments…"), self.save_dialog)
        self.resize(820, 900)

    def _comment_box(self, layout: QVBoxLayout, case_id: str, target: str, target_id: str,
                     placeholder: str) -> None:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(70)
        layout.addWidget(box)
        self.comment_boxes[(case_id, target, target_id)] = box

    def comments(self) -> list[Comment]:
        return [Comment(case_id, target, target_id, box.toPlainText())
                for (case_id, target, target_id), box in self.comment_boxes.items()
                if box.toPlainText().strip()]

    def save_to(self, path: Path, by: str = "", kdf: Any = None) -> int:
        """Seal the comments with the packet's passphrase."""
        return save_comments(path, self.packet, self.comments(), self._passphrase, by, kdf=kdf)

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save comments"), "",
                                              self.tr("KastDesk comments (*.kastcmt)"))
        if not name:
            return
        try:
            count = self.save_to(Path(name))
        except (OSError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        QMessageBox.information(self, self.tr("Saved"),
                                self.tr("{n} comments saved.").replace("{n}", str(count)))


def open_packet_window(path: Path, passphrase: str) -> SupervisorWindow:
    """Decrypt and show; raises StoreError (wrong passphrase, damaged) for the caller."""
    return SupervisorWindow(open_packet(path, passphrase), passphrase)


def ask_file_and_passphrase(
    parent: QWidget | None, title: str, file_filter: str, prompt: str
) -> tuple[Path, str] | None:
    """Choose a sealed supervision file and type its passphrase (None when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    if not name:
        return None
    passphrase, ok = QInputDialog.getText(parent, "KastDesk", prompt,
                                          QLineEdit.EchoMode.Password)
    return (Path(name), passphrase) if ok else None


def ask_and_open_packet(parent: QWidget | None = None) -> SupervisorWindow | None:
    """File → Open supervision packet…: choose the file, ask its passphrase, show it."""
    t = QCoreApplication.translate
    chosen = ask_file_and_passphrase(
        parent, t("Supervision", "Open supervision packet"),
        t("Supervision", "KastDesk supervision packet (*.kastsup)"),
        t("Supervision", "Passphrase of the packet:"))
    if chosen is None:
        return None
    try:
        window = open_packet_window(*chosen)
    except StoreError as exc:
        QMessageBox.warning(parent, "KastDesk", exc.message)
        return None
    window.show()
    return window
