"""What a pseudonymized export withholds: the "Also withhold" field, the review list, and
the words still in the text that look identifying.

One widget for the case summary's export dialog and the supervision packet's: the
therapist reads what will be replaced and adds what patterns cannot know (places,
employers, colleagues, nicknames) before anything leaves the vault. Free text cannot be
scrubbed perfectly ("Erikk", "Lind-" at a line's end, a town only a note names), so the
words the pseudonymized text still has that look like names are listed too, each with one
click to withhold it; the therapist goes on when satisfied. Its words keep the export
dialog's translation context, where they were first translated.

A word listed in small letters ("bo ×6": a father called Bo, "bo" Swedish for "live"), or
a map's word at a sentence's start, is withheld where the text has it, as "[withheld]"
(*Withhold words*, ``Pseudonymizer.set_withhold_words``); added to *Also withhold* as a
name, it became the father's role in every sentence ("Han vill far kvar"). Other rows
(a capitalized word no list knows, a near miss of a name) go to Also withhold.

A word of the family map's free text ("Arbetar som Polis i Borås": "Polis") is withheld
everywhere, though the therapist knows it is no name and supervision needs it: *Keep* on
its row of the check, or unticking it in the review list, puts it in *Keep* (this export
only, ``keep_words``), so it stays as written and its row does not come back on every
check. The core never keeps a person's name, a role's word or the client code.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastdesk.genogram.symbols import initials
from kastdesk.report.pseudonymize import (
    CAPITALISED,
    CASE_WORD,
    INITIALS,
    Replacement,
    as_typed,
    fold_name,
    is_month_name,
    withheld_in_place,
)
from kastdesk.ui.common import WrappingLabel

#: The check's columns: the word, how often, why it is listed, its Withhold and Keep.
WORD, TIMES, WHY, ACTION, KEEP = range(5)
#: Where a review entry holds the word it stands for (to keep it, or withhold it again).
_ORIGINAL = Qt.ItemDataRole.UserRole


class Suspicious(Protocol):
    """A word left in the pseudonymized text that may identify someone, and why it is
    listed (kastdesk.report.pseudonymize.suspects)."""

    @property
    def word(self) -> str: ...

    @property
    def reason(self) -> str: ...

    @property
    def why(self) -> str: ...


def withheld_where_written(suspect: Suspicious) -> bool:
    """Whether Withhold on ``suspect``'s row withholds the word where the text has it
    (Withhold words) rather than as a name (Also withhold): every kind but a capitalized
    word no list knows and a near miss of a name, i.e. a name that is also an everyday
    word in small letters, a map's word in small letters or at a sentence's start (the
    command line's rule too: ``withheld_in_place``)."""
    return withheld_in_place(suspect.why)


def keepable(suspect: Suspicious) -> bool:
    """Whether *Keep* is offered on ``suspect``'s row: a word of the family map's text
    (``CASE_WORD``), a capitalized word no list knows (``CAPITALISED``) or initials of
    someone in the case that are an abbreviation too (``INITIALS``: "OK" beside a client
    Olle Karlsson), which the therapist may know is no name. Never a near miss of a name,
    nor a name in small letters or at a sentence's start: those are people's names."""
    return suspect.why in (CASE_WORD, CAPITALISED, INITIALS)


class _SuspectTable(QTableWidget):
    """The words still in the text: each row as tall as its reason wrapped at the column's
    width, and the table as tall as its rows (up to ``MOST_ROWS``), so the dialog's fields
    scroll and not a table of four rows inside them (QA 18 L1)."""

    MOST_ROWS = 14

    def fit_rows(self) -> None:
        """The words' column as wide as they are, but no more than a quarter (why each is
        listed is read); rows as tall as their words; the table as tall as them, where it
        can be."""
        self.resizeColumnToContents(WORD)
        quarter = max(self.viewport().width() // 4, 80)
        self.setColumnWidth(WORD, min(self.columnWidth(WORD), quarter))
        self.resizeRowsToContents()
        rows = self.rowCount()
        shown = min(rows, self.MOST_ROWS)
        least = max(shown, 1)
        height = (sum(self.rowHeight(r) for r in range(shown))
                  + (least - shown) * self.verticalHeader().defaultSectionSize()
                  + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth())
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if rows <= self.MOST_ROWS
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # The reasons wrap anew at the new width, once the stretched column has it.
            QTimer.singleShot(0, self, self.fit_rows)


def _listed(field: QLineEdit) -> tuple[str, ...]:
    """A field's words, one per comma."""
    return tuple(w.strip() for w in field.text().split(",") if w.strip())


def _append(field: QLineEdit, word: str) -> None:
    """``word`` after the field's words (nothing for a blank word)."""
    word = word.strip()
    if word:
        typed = field.text().strip().rstrip(",").strip()
        field.setText(f"{typed}, {word}" if typed else word)


def _written(word: str) -> str:
    """A word as listed and withheld: a name split at a line's end ("Lind-⏎qvist") joined
    again, as the therapist would type it (a line field holds no line break; the command
    line lists it so too: ``as_typed``); "Anna-⏎Karin" is "Anna-Karin", which "AnnaKarin"
    in Also withhold did not withhold."""
    return as_typed(word)


class WithholdPanel(QWidget):
    """The names typed to withhold besides the saved list, and what will be replaced.

    ``changed`` is emitted when the typed names were edited (on Enter or leaving the
    field), so the owner recomputes the list from the core and calls :meth:`show_review`.
    With ``private`` (privacy mode on: a client may be in the room) the list shows each
    original by its initials until *Show names* is ticked: it names every relative of every
    case in the packet, and privacy mode never shows a name unasked.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, note: str = "", private: bool = False
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.extra = QLineEdit(self)
        # Literal contexts: lupdate files a text only under a context it can read.
        self.extra.setPlaceholderText(QCoreApplication.translate(
            "ExportDialog", "More names or places to withhold, comma-separated"))
        form.addRow(QCoreApplication.translate("ExportDialog", "&Also withhold"), self.extra)
        # Words withheld where the text has them, as "[withheld]", never as a relative's
        # role: filled by the Withhold of a row in small letters, and editable (to undo).
        self.words = QLineEdit(self)
        self.words.setObjectName("withholdWords")
        self.words.setPlaceholderText(QCoreApplication.translate(
            "ExportDialog", "Words to withhold where the text has them, comma-separated"))
        self.words.setToolTip(QCoreApplication.translate(
            "ExportDialog", "Each becomes [withheld] where the text has it. Unlike Also "
            "withhold, a word here never becomes a relative's role."))
        form.addRow(QCoreApplication.translate("ExportDialog", "&Withhold words"), self.words)
        # Words of the map's text the therapist keeps as written ("Polis"): filled by Keep
        # on a row or unticking a review entry, editable (to undo); this export only.
        self.keep = QLineEdit(self)
        self.keep.setObjectName("keepWords")
        self.keep.setPlaceholderText(QCoreApplication.translate(
            "ExportDialog", "Words to keep as written, comma-separated"))
        self.keep.setToolTip(QCoreApplication.translate(
            "ExportDialog", "Words of the family map's text that name no one, left as "
            "written in this export. A person's name is never kept."))
        form.addRow(QCoreApplication.translate("ExportDialog", "&Keep"), self.keep)
        self._form = form
        layout.addLayout(form)
        # As tall as its words at its width: a plain wrapped label kept 29 of its 92
        # pixels at 14 pt in the packet's dialog, the rest of the sentence cut off.
        self.note = WrappingLabel(note, self)
        self.note.setObjectName("muted")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.show_names = QCheckBox(QCoreApplication.translate("ExportDialog", "Show names"), self)
        self.show_names.setToolTip(QCoreApplication.translate(
            "ExportDialog", "Privacy mode is on: the list shows initials until this is ticked"))
        self.show_names.setVisible(private)
        self.show_names.setChecked(not private)
        layout.addWidget(self.show_names)
        self.review = QListWidget(self)
        self.review.setObjectName("replacementReview")
        layout.addWidget(self.review, 1)
        # The words the pseudonymized text still has that look identifying, each with a
        # button that withholds it and prepares again.
        self.check_title = WrappingLabel(QCoreApplication.translate(
            "ExportDialog", "Still in the text: these words may name someone or a place. "
            "Withhold those that do; leave the rest."), self)
        layout.addWidget(self.check_title)
        self.all_clear = WrappingLabel(QCoreApplication.translate(
            "ExportDialog", "Nothing left in the text looks like a name or a place."), self)
        self.all_clear.setObjectName("muted")
        layout.addWidget(self.all_clear)
        self.suspect_table = _SuspectTable(0, 5, self)
        self.suspect_table.setObjectName("suspectWords")
        # How often in a column of its own: "(5×)" after the reason was the first thing a
        # narrow column cut (QA 18 L1).
        self.suspect_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ExportDialog", "Word"),
             QCoreApplication.translate("ExportDialog", "Times"),
             QCoreApplication.translate("ExportDialog", "Why it is listed"), "", ""])
        self.suspect_table.verticalHeader().setVisible(False)
        self.suspect_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suspect_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.suspect_table.setWordWrap(True)  # the reasons wrap, never cut
        self.suspect_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.suspect_table.horizontalHeader()
        header.setSectionResizeMode(TIMES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEEP, QHeaderView.ResizeMode.ResizeToContents)
        # Each row as tall as its Withhold button (at 14 pt the rows cut it by two pixels).
        probe = QPushButton(QCoreApplication.translate("ExportDialog", "Withhold"))
        rows_header = self.suspect_table.verticalHeader()
        rows_header.setDefaultSectionSize(
            max(rows_header.defaultSectionSize(), probe.sizeHint().height() + 2))
        probe.deleteLater()
        layout.addWidget(self.suspect_table)
        self.check_title.hide()
        self.all_clear.hide()
        self.suspect_table.hide()
        self._groups: list[tuple[str, list[Replacement]]] = []
        self._everyday: frozenset[str] = frozenset()
        self._kept: list[str] = []
        self._suspects: list[tuple[str, list[tuple[Suspicious, int]]]] = []
        self.extra.editingFinished.connect(self.changed)
        self.words.editingFinished.connect(self._words_edited)
        self.keep.editingFinished.connect(self._words_edited)
        self.review.itemChanged.connect(self._review_ticked)
        self._show_words_row()
        self.show_names.toggled.connect(self._fill)
        self.show_names.toggled.connect(self._fill_suspects)

    def names(self) -> tuple[str, ...]:
        """The names typed, one per comma."""
        return _listed(self.extra)

    def withhold_words(self) -> tuple[str, ...]:
        """The words to withhold where the text has them (``withhold_words`` of
        ``Pseudonymizer.for_snapshot``), one per comma."""
        return _listed(self.words)

    def keep_words(self) -> tuple[str, ...]:
        """The words to keep as written (``keep_words`` of ``Pseudonymizer.for_snapshot``),
        one per comma."""
        return _listed(self.keep)

    # -- kept through a lock (the dialog around the panel keeps the draft) ----------------
    def draft(self) -> dict[str, str] | None:
        """The words of *Also withhold*, *Withhold words* and *Keep* as typed, or None when
        all three are empty: the idle lock closed the export dialogs, and the places and
        employers typed there had to be found in the notes and typed again."""
        data = {"extra": self.extra.text(), "words": self.words.text(),
                "keep": self.keep.text()}
        return data if any(text.strip() for text in data.values()) else None

    def restore_draft(self, data: dict[str, object]) -> None:
        """Put back what ``draft`` kept; the owner then prepares the review again."""
        for field, key in ((self.extra, "extra"), (self.words, "words"), (self.keep, "keep")):
            text = data.get(key)
            if isinstance(text, str):
                field.setText(text)
        self._show_words_row()

    def _show_words_row(self) -> None:
        """*Withhold words* and *Keep* are shown once they hold a word (a row's Withhold or
        Keep puts it there): before, each was one more field to explain."""
        self._form.setRowVisible(self.words, bool(self.words.text().strip()))
        self._form.setRowVisible(self.keep, bool(self.keep.text().strip()))

    def _words_edited(self) -> None:
        self._show_words_row()
        self.changed.emit()

    def show_review(self, groups: Iterable[tuple[str, Iterable[Replacement]]],
                    everyday: Iterable[str] = (), kept: Iterable[str] = ()) -> None:
        """List the replacements; a group with a title ("Case A") gets it as a line first,
        as the packet's cases are pseudonymized each on its own. ``everyday``: the names
        that stay where they begin a sentence (``Pseudonymizer.everyday``). ``kept``: the
        words kept (``Pseudonymizer.kept``, folded): the words of *Keep* among them are
        listed as kept, unticked, so ticking one withholds it again; a word the core
        refused to keep (a name) is not claimed kept."""
        self._groups = [(title, list(replacements)) for title, replacements in groups]
        self._everyday = frozenset(everyday)
        folded = {k.casefold() for k in kept}
        self._kept = [w for w in self.keep_words() if fold_name(w).casefold() in folded]
        self._fill()

    def _fill(self) -> None:
        shown = self.show_names.isChecked()
        self.review.blockSignals(True)  # ticks set here are no therapist's
        self.review.clear()
        untick = QCoreApplication.translate(
            "ExportDialog", "Untick to keep this word as written: it names no one")
        for title, replacements in self._groups:
            if title:
                self.review.addItem(title)
            for r in replacements:
                # The client's code is what privacy mode shows anyway.
                is_code = r.source == "client" and r.original == replacements[0].original
                original = r.original if shown or is_code else initials(r.original) or "…"
                line = f"{'    ' if title else ''}{original}  →  {r.replacement}"
                if r.capitalised_only and r.original in self._everyday and is_month_name(
                        r.original):
                    # Nor a "Juni" that is the month ("i Juni", "Juni 2025").
                    line += "  " + QCoreApplication.translate(
                        "ExportDialog",
                        "(where capitalized, not at a sentence's start nor as a month)")
                elif r.capitalised_only and r.original in self._everyday:
                    # Nor every "Hans": one that begins a sentence ("Hans mamma dog", his
                    # mother died) stays, and the check lists it.
                    line += "  " + QCoreApplication.translate(
                        "ExportDialog", "(where capitalized, not at a sentence's start)")
                elif r.capitalised_only:
                    # "Bo → father" must not promise every "bo" (Swedish "live") went: a
                    # name that is an everyday word goes only where it is capitalized.
                    line += "  " + QCoreApplication.translate("ExportDialog", "(where capitalized)")
                item = QListWidgetItem(line)
                if r.keepable:  # a word of the map's text: ticked = withheld
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                    item.setData(_ORIGINAL, r.original)
                    item.setToolTip(untick)
                self.review.addItem(item)
        for word in self._kept:
            original = word if shown else initials(word) or "…"
            item = QListWidgetItem(f"{original}  " + QCoreApplication.translate(
                "ExportDialog", "(kept as written)"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(_ORIGINAL, word)
            item.setToolTip(QCoreApplication.translate(
                "ExportDialog", "Tick to withhold it again"))
            self.review.addItem(item)
        self.review.blockSignals(False)

    def _review_ticked(self, item: QListWidgetItem) -> None:
        """A keepable entry unticked is kept; a kept one ticked is withheld again."""
        word = item.data(_ORIGINAL)
        if not word:
            return
        if item.checkState() == Qt.CheckState.Unchecked:
            self.keep_word(str(word))
        else:
            self.unkeep_word(str(word))

    # ----- the words still in the text -----------------------------------------------
    def show_suspects(
        self, groups: Iterable[tuple[str, Iterable[tuple[Suspicious, int]]]]
    ) -> None:
        """List the words each part's pseudonymized text still has that look identifying,
        each with how often it occurs (``Pseudonymizer.suspects_in``); a group with a title
        ("Case A") gets it as a row first, as in the review list."""
        self._suspects = [(title, list(words)) for title, words in groups]
        self._fill_suspects()

    def clear_suspects(self) -> None:
        """Nothing to check (not pseudonymized, no case chosen): the section is hidden."""
        self._suspects = []
        for widget in (self.check_title, self.all_clear, self.suspect_table):
            widget.hide()

    def suspect_words(self) -> list[str]:
        """The words listed now, in their order (for tests and the accessible names)."""
        return [_written(s.word) for _, words in self._suspects for s, _n in words]

    def _fill_suspects(self) -> None:
        any_words = any(words for _, words in self._suspects)
        self.check_title.setVisible(any_words)
        self.suspect_table.setVisible(any_words)
        table = self.suspect_table
        self.all_clear.setVisible(not any_words and bool(self._suspects))
        table.setRowCount(0)
        shown = self.show_names.isChecked()
        titled = len(self._suspects) > 1
        for title, words in self._suspects:
            if titled and words:
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, WORD, QTableWidgetItem(title))
                table.setSpan(row, WORD, 1, 5)
            for suspect, times in words:
                row = table.rowCount()
                table.insertRow(row)
                written = _written(suspect.word)
                # Privacy mode shows initials until Show names, as the review list does
                # (why a word is listed never names anyone).
                word = written if shown else initials(written) or "…"
                table.setItem(row, WORD, QTableWidgetItem(word))
                # How often, in a column of its own: a number, in every language.
                count = QTableWidgetItem(str(times))
                count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, TIMES, count)
                why = QTableWidgetItem(suspect.reason)
                why.setToolTip(why.text())
                table.setItem(row, WHY, why)
                button = QPushButton(QCoreApplication.translate("ExportDialog", "Withhold"), table)
                button.setAccessibleName(QCoreApplication.translate(
                    "ExportDialog", "Withhold {word}").format(word=word))
                in_place = withheld_where_written(suspect)
                button.setToolTip(
                    QCoreApplication.translate(
                        "ExportDialog", "Withhold it where the text has it, as [withheld], "
                        "and check the text again")
                    if in_place else QCoreApplication.translate(
                        "ExportDialog", "Add it to Also withhold and check the text again"))
                button.clicked.connect(
                    lambda _=False, w=written, exact=in_place: self.withhold_word(w, exact))
                table.setCellWidget(row, ACTION, button)
                if keepable(suspect):
                    keep = QPushButton(QCoreApplication.translate("ExportDialog", "Keep"), table)
                    keep.setAccessibleName(QCoreApplication.translate(
                        "ExportDialog", "Keep {word}").format(word=word))
                    keep.setToolTip(QCoreApplication.translate(
                        "ExportDialog", "Keep it as written (it names no one) and check the "
                        "text again"))
                    keep.clicked.connect(lambda _=False, w=written: self.keep_word(w))
                    table.setCellWidget(row, KEEP, keep)
        table.fit_rows()

    def withhold_word(self, word: str, where_written: bool = False) -> None:
        """Add ``word`` to Also withhold (once), or with ``where_written`` to Withhold
        words (withheld where the text has it, never as a relative's role), and have the
        owner prepare again."""
        field = self.words if where_written else self.extra
        if word.strip() not in _listed(field):
            _append(field, word)
        self._show_words_row()
        self.changed.emit()

    def keep_word(self, word: str) -> None:
        """Add ``word`` to *Keep* (once, as compared by the core: in any case) and have the
        owner prepare again: it stays as written and its row does not come back."""
        if word.strip().casefold() not in {w.casefold() for w in self.keep_words()}:
            _append(self.keep, word)
        self._show_words_row()
        self.changed.emit()

    def unkeep_word(self, word: str) -> None:
        """Take ``word`` out of *Keep* (withheld again) and have the owner prepare again."""
        left = [w for w in self.keep_words() if w.casefold() != word.strip().casefold()]
        self.keep.setText(", ".join(left))
        self._show_words_row()
        self.changed.emit()
