"""File → Export case summary…: sections, period, pseudonymization with a review list.

The case is read in the UI thread (a fraction of a second); laying out the pages, the
slow part, runs in a worker thread behind a progress dialog so the window never freezes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kastdesk.report.export import (
    ExportOptions,
    prepare,
    record_not_completed,
    record_summary_export,
    stage_summary_pdf,
    still_in_text,
)
from kastdesk.report.pseudonymize import new_reference
from kastdesk.report.snapshot import suggested_summary_path
from kastdesk.report.summary import SECTIONS
from kastdesk.store.fsutil import StagedExport
from kastdesk.ui.common import TypingDialog, inform, run_in_thread, show_error
from kastdesk.ui.files import save_file_name
from kastdesk.ui.screen import (
    ScrollingBody,
    available_area,
    fit_dialog,
    keep_inside,
    room_in,
)
from kastdesk.ui.settings import privacy_mode
from kastdesk.ui.supervision.withhold import WithholdPanel


class ExportDialog(TypingDialog):
    """Choose what to export, review the replacements, then write the PDF.

    Escape, Cancel or closing the window asks before the names typed to withhold are
    discarded; the sections and the period are quickly chosen again, so they do not ask.
    The names typed to withhold are kept through a lock in the case file (kastdesk.ui.drafts),
    with the choices around them, and the dialog opens again with them after the unlock.
    """

    watch_choices = False
    draft_key = "export"

    def __init__(self, vault: Any, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.client_id = client_id
        self.result_path: Path | None = None
        self.reference = new_reference()  # the same in the review list and the PDF
        self.setWindowTitle(self.tr("Export case summary"))
        # The fields scroll, the buttons stay below them (as in the packet's dialog): with
        # the words still in the text listed, a pseudonymized export needed 830 pixels at
        # 14 pt, past a laptop's screen.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Sections"))
        inner = QVBoxLayout(box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for section in SECTIONS:
            check = QCheckBox(section.display_title())
            check.setChecked(True)
            inner.addWidget(check)
            self.section_boxes[section.key] = check
        layout.addWidget(box)
        form = QFormLayout()
        self.limit = QCheckBox(self.tr("Only sessions in a period"))
        self.start = QDateEdit(QDate.currentDate().addYears(-1))
        self.end = QDateEdit(QDate.currentDate())
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        # Each date with its word, which Alt and its letter reach: two bare date fields
        # were neither named nor within a keystroke.
        period = QHBoxLayout()
        for text, edit in ((self.tr("&From"), self.start), (self.tr("&to"), self.end)):
            label = QLabel(text, content)
            label.setBuddy(edit)
            period.addWidget(label)
            period.addWidget(edit)
        period.addStretch(1)
        form.addRow(self.limit, period)
        self.pseudonymize = QCheckBox(self.tr("Pseudonymize (names become roles, dates shift)"))
        form.addRow(self.pseudonymize)
        layout.addLayout(form)
        # "Also withhold" and the review list, shared with the supervision packet's dialog.
        self.withhold = WithholdPanel(content, private=privacy_mode(vault))
        self.extra, self.review = self.withhold.extra, self.withhold.review
        layout.addWidget(self.withhold, 1)
        self.body = ScrollingBody(content, self)
        self.pseudonymize.toggled.connect(self.update_review)
        self.pseudonymize.toggled.connect(self._grow)
        self.withhold.changed.connect(self.update_review)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.cancel)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body, 1)
        outer.addWidget(buttons)
        self.update_review()
        # 820 wide, as the packet's: the check of the words left reads a reason per word.
        fit_dialog(self, 820)
        self.remember_as_opened()

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """What was typed to withhold, with the sections and Pseudonymize; None when
        nothing was typed (the choices alone are made again in a moment)."""
        withhold = self.withhold.draft()
        if withhold is None:
            return None
        return {
            "withhold": withhold,
            "pseudonymize": self.pseudonymize.isChecked(),
            "sections": [k for k, box in self.section_boxes.items() if box.isChecked()],
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in what a lock kept (``draft``) and prepare the review list again."""
        sections = data.get("sections")
        if isinstance(sections, list):
            for key, box in self.section_boxes.items():
                box.setChecked(key in sections)
        if isinstance(data.get("withhold"), dict):
            self.withhold.restore_draft(data["withhold"])
        self.pseudonymize.setChecked(data.get("pseudonymize") is True)
        self.update_review()

    def _grow(self) -> None:
        """As tall as the fields now need (the lists shown with Pseudonymize), within the
        screen; never shorter than the therapist made it."""
        if not self.isVisible():
            return
        inner = self.body.widget().layout()
        if inner is not None:
            inner.activate()
        area = available_area(self)
        height = self.height() - self.body.height() + self.body.needed_height()
        self.resize(self.width(), max(self.height(), min(height, room_in(area).height())))
        keep_inside(self, area)

    def options(self) -> ExportOptions:
        sections = tuple(k for k, box in self.section_boxes.items() if box.isChecked())
        extra = self.withhold.names()
        return ExportOptions(
            sections=sections,
            start=self.start.date().toPython() if self.limit.isChecked() else None,
            end=self.end.date().toPython() if self.limit.isChecked() else None,
            pseudonymize=self.pseudonymize.isChecked(), extra_names=extra,
            withhold_words=self.withhold.withhold_words(), reference=self.reference,
            keep_words=self.withhold.keep_words(),
        )

    def update_review(self) -> None:
        """Show what will be replaced so the therapist can add what is missing."""
        self.review.clear()
        # What to withhold matters only to a pseudonymized summary: "Also withhold" and
        # "Show names" stood there, doing nothing, under an unticked Pseudonymize.
        self.withhold.setVisible(self.pseudonymize.isChecked())
        self.review.setVisible(self.pseudonymize.isChecked())
        if not self.pseudonymize.isChecked():
            self.withhold.clear_suspects()
            return
        snap, pseudo = prepare(self.vault, self.client_id, self.options())
        if pseudo is not None:
            self.withhold.show_review([("", pseudo.review())], pseudo.everyday, pseudo.kept)
            # And what the pseudonymized text still has that looks identifying, with one
            # click each to withhold it (which prepares again).
            self.withhold.show_suspects([("", still_in_text(pseudo, pseudo.apply(snap)))])

    def choose_and_export(self) -> None:
        # A name to save under, in the last folder used or the documents folder, never the
        # vault's; a pseudonymized summary is named by its reference, not the client code.
        name = save_file_name(self, self.tr("Save case summary"), str(
            suggested_summary_path(self.vault, self.client_id, QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation),
                self.reference if self.pseudonymize.isChecked() else None)),
            self.tr("PDF (*.pdf)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        options = self.options()
        if not options.sections:
            QMessageBox.information(self, self.tr("Nothing to export"),
                                    self.tr("Choose at least one section."))
            return
        try:
            snap, pseudo = prepare(self.vault, self.client_id, options)
        except Exception as exc:
            show_error(self, exc)
            return
        if pseudo is not None:
            snap = pseudo.apply(snap)
        self.export_button.setEnabled(False)

        def work(progress: Any) -> tuple[StagedExport, int]:
            def report(_: str, share: float) -> None:
                progress(int(share * 100), 100)

            return stage_summary_pdf(snap, path, options.sections, report)

        def done(staged_pages: tuple[StagedExport, int]) -> None:
            staged, pages = staged_pages
            # Recorded before the PDF has its name: one the vault cannot record (its disk
            # full, or a lock closed it meanwhile) is dropped, never left unrecorded.
            try:
                staged.place_recorded(
                    lambda: record_summary_export(
                        self.vault, self.client_id, path, options, pseudo, pages),
                    lambda: record_not_completed(self.vault, self.client_id, path))
            except Exception as exc:
                failed(exc)
                return
            self.result_path = path
            self.accept()
            # Say where it went, and for a pseudonymized summary the reference that stands for
            # the client in it: the therapist may need to know later which case it was.
            text = self.tr("Saved {path} ({pages} pages).").format(path=path, pages=pages)
            if pseudo is not None:
                text += " " + self.tr(
                    "In it, the client is {reference}; the case's audit log keeps which case "
                    "that reference stands for.").format(reference=pseudo.reference)
            inform(self.parentWidget(), self.tr("Case summary exported"), text)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):  # a lock closed the dialog: said on its parent
                show_error(parent if parent is not None and shiboken6.isValid(parent)
                           else None, exc)
                return
            self.export_button.setEnabled(True)
            show_error(self, exc)

        parent = self.parentWidget()

        self.task = run_in_thread(self, work, done, label=self.tr("Writing the PDF…"),
                                  on_failed=failed)
