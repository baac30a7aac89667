"""Status changes along the case's course: only the moves the lifecycle allows are offered.

Ending treatment and closing a case ask why, in one short dialog (:class:`EndingDialog`):
a reason from a short list that fits where the case stands, and a note, both optional.
They go into the status history's note (the case summary's "Note" column) and the reason's
code into the audit log. Dropped out and completed looked the same before, in the record
and in the clinic's counts. Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.models import ClientProfile, Goal, GoalState, Session, Status
from kastdesk.domain.status import (
    AFTER_TREATMENT,
    ALLOWED,
    NO_FOLLOW_UP,
    EndReason,
    end_reason_label,
    end_reasons,
    status_label,
    status_note,
)
from kastdesk.store import CaseFile
from kastdesk.ui.common import TypingDialog, WrappingLabel, plural, run_op
from kastdesk.ui.screen import ScrollingBody, available_area, fit_dialog, room_in

# The order a therapist reads the course in, not alphabetical.
_ORDER = list(Status)


def action_text(new: Status) -> str:
    """Verbs for the menu: what the therapist does, not the state's name."""
    return {
        Status.FIRST_CONTACT: QCoreApplication.translate("StatusMenu", "Back to first contact"),
        Status.INTAKE: QCoreApplication.translate("StatusMenu", "Start intake"),
        Status.IN_TREATMENT: QCoreApplication.translate("StatusMenu", "Start treatment"),
        Status.ENDED: QCoreApplication.translate("StatusMenu", "End treatment"),
        Status.FOLLOW_UP: QCoreApplication.translate("StatusMenu", "Start follow-up"),
        Status.CLOSED: QCoreApplication.translate("StatusMenu", "Close case"),
    }[new]


def allowed_moves(current: Status) -> list[Status]:
    return sorted(ALLOWED[current], key=_ORDER.index)


def fill_status_menu(
    menu: QMenu, current: Status | None, on_choose: Callable[[Status], None], *,
    returning: Callable[[], object] | None = None,
) -> None:
    """Rebuild ``menu`` with the moves allowed from ``current`` (empty with no client).

    After treatment (ended, follow-up, closed) it also offers a new case for a client who
    comes back (:mod:`kastdesk.ui.cases.returning_client`): ``returning`` starts it; without
    it, the case open in the menu's window (its ``vault``, ``case`` and ``privacy``)."""
    menu.clear()
    if current is None:
        menu.addAction(
            QCoreApplication.translate("StatusMenu", "Select a client first")
        ).setEnabled(False)
        return
    heading = menu.addAction(
        QCoreApplication.translate("StatusMenu", "Now: {status}").format(
            status=status_label(current)
        )
    )
    heading.setEnabled(False)
    menu.addSeparator()
    for new in allowed_moves(current):
        action = QAction(action_text(new), menu)
        action.setObjectName(f"status_{new.value}")
        action.setData(new.value)
        action.triggered.connect(lambda _checked=False, s=new: on_choose(s))
        menu.addAction(action)
    if current in AFTER_TREATMENT:
        from kastdesk.ui.cases.returning_client import action_text as returning_text

        menu.addSeparator()
        again = QAction(returning_text(), menu)
        again.setObjectName("returningClientAction")
        start = returning or (lambda: _returning_in_window(menu))
        again.triggered.connect(lambda _checked=False: start())
        menu.addAction(again)


def _returning_in_window(menu: QMenu) -> None:
    """The new case for the client whose case is open in the window the menu belongs to
    (the main window's Status menu and the register's right-click menu)."""
    from kastdesk.ui.cases.returning_client import start_returning_case

    owner = menu.parentWidget()
    window = owner.window() if owner is not None else None
    vault = getattr(window, "vault", None)
    case = getattr(window, "case", None)
    if window is None or vault is None or not isinstance(case, CaseFile) or case.closed:
        return
    start_returning_case(window, vault, case, privacy=bool(getattr(window, "privacy", True)))


@dataclass(frozen=True)
class Ending:
    """What the therapist said in :class:`EndingDialog`."""

    reason: EndReason | None = None
    note: str = ""
    # Mark the goals still active as dropped (closing only).
    drop_goals: bool = False
    # Close the case right after ending treatment: no follow-up interview is planned.
    close_too: bool = False
    # The sessions booked ahead to cancel (their ids), as the dialog named them.
    cancel_sessions: tuple[str, ...] = ()

    @property
    def history_note(self) -> str:
        return status_note(self.reason, self.note)


class EndingDialog(TypingDialog):
    """Why treatment ends or the case closes: a reason (optional), a note (optional).

    Ending with "dropped out" or "could not be reached" offers to close the case as well,
    ticked: no follow-up interview is planned for a client who is gone, and an ended case
    waits for one (it stayed overdue on the Due list for years). Closing with goals still
    active names them and offers to mark them dropped, left unticked: whether a goal was
    reached is the therapist's judgement (the Goals tab), and the evaluations count it.

    The reason and note chosen when the vault locks are kept in the case file and the
    dialog opens again with them after the unlock (kastdesk.ui.drafts): the idle lock closed
    it, and the note typed was gone with the move it was for.
    """

    watch_choices = False  # a reason is one click to choose again; typed words ask
    draft_key = ""  # set by ``ask_ending``: kept through a lock (kastdesk.ui.drafts)

    def __init__(self, old: Status, new: Status, parent: QWidget | None = None, *,
                 active_goals: list[Goal] | tuple[Goal, ...] = (),
                 planned: list[Session] | tuple[Session, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("endingDialog")
        self.new = new
        self.setWindowTitle(action_text(new))
        ending = new is Status.ENDED
        question = WrappingLabel(
            self.tr("Why is treatment ending?") if ending
            else self.tr("Why is the case being closed?"), self)
        question.setObjectName("endingQuestion")
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        hint = WrappingLabel(self.tr("Both are optional. They are kept in the case history "
                                     "and printed in the case summary."), self)
        hint.setObjectName("muted")

        self.reasons = QButtonGroup(self)
        self.reasons.setExclusive(True)
        self.reason_buttons: dict[EndReason, QRadioButton] = {}
        column = QVBoxLayout()
        column.setSpacing(2)
        for reason in end_reasons(old, new):
            button = QRadioButton(end_reason_label(reason), self)
            button.setObjectName(f"reason_{reason.value}")
            self.reasons.addButton(button)
            self.reason_buttons[reason] = button
            column.addWidget(button)
        self.reasons.buttonToggled.connect(lambda *_: self._sync())

        self.note = QLineEdit(self)
        self.note.setObjectName("endingNote")
        self.note.setPlaceholderText(self.tr("Optional, e.g. where the client was referred"))
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.note)

        # Ending: no follow-up for a client who is gone.
        self.close_too = QCheckBox(
            self.tr("Close the case as well: no follow-up interview is planned"), self)
        self.close_too.setObjectName("closeToo")
        self.close_too.setChecked(True)
        self.close_too.setToolTip(self.tr(
            "Untick to keep the case ended, with a follow-up interview six months after "
            "the last contact"))
        self.close_too.setVisible(False)

        # Closing (or ending with "close the case as well"): goals still active.
        self.active_goals = list(active_goals) if new in (Status.CLOSED, Status.ENDED) else []
        self.goals_note: QLabel | None = None
        self.drop_goals: QCheckBox | None = None
        self.goals_box: QFrame | None = None
        # Sessions booked ahead: named, and cancelled when ticked (QA 21-2 finding 2).
        self.planned = list(planned) if new in (Status.CLOSED, Status.ENDED) else []
        self.cancel_planned: QCheckBox | None = None

        # The fields scroll, the buttons stay below them: at 14 pt, closing with goals
        # still active needed more height than a laptop screen at 125 % has.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addLayout(column)
        layout.addLayout(form)
        layout.addWidget(self.close_too)
        if self.planned:
            layout.addWidget(self._planned_box())
        if self.active_goals:
            self.goals_box = self._goals_box()
            layout.addWidget(self.goals_box)
        self.close_too.toggled.connect(lambda *_: self._sync())
        layout.addStretch(1)  # spare height below, not between the question and its hint
        self.body = ScrollingBody(content, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action_text(new))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body, 1)
        outer.addWidget(buttons)
        self._sync()
        fit_dialog(self, 480)
        self.remember_as_opened()

    def _goals_box(self) -> QFrame:
        """The goals still active, named, with the offer to mark them dropped: a closed
        case's summary listed a goal as "Active" for ever, and nothing had said so."""
        n = len(self.active_goals)
        box, self.goals_note, self.drop_goals = self._offer_box(
            "activeGoals",
            plural(self.tr("%n goal(s) still active:", "", n), n),
            [" ".join(g.text.split()) for g in self.active_goals], 3,
            self.tr("Mark as dropped (not reached)"), "dropGoals",
            self.tr("Left unticked, the goals stay as they are. To mark one reached, use the "
                    "Goals tab first."),
        )
        return box

    def _planned_box(self) -> QFrame:
        """The sessions still booked after now, named, with the offer to cancel them,
        ticked: after the end of treatment they stayed on the case as booked, and once it
        was closed the register showed the first as the client's next appointment."""
        n = len(self.planned)
        box, _, self.cancel_planned = self._offer_box(
            "plannedSessions",
            plural(self.tr("%n session(s) still booked ahead:", "", n), n),
            [s.starts_at.strftime("%Y-%m-%d %H:%M") for s in self.planned], 4,
            plural(self.tr("Cancel the %n session(s), as cancelled by the clinic", "", n), n),
            "cancelPlanned",
            self.tr("Left unticked, they stay booked. A cancelled session's note says why."),
        )
        self.cancel_planned.setChecked(True)
        return box

    def _offer_box(
        self, name: str, heading: str, items: list[str], most: int, offer: str,
        offer_name: str, hint_text: str,
    ) -> tuple[QFrame, WrappingLabel, QCheckBox]:
        """A yellow box of what is still open (the heading, then at most ``most`` items and
        "…"), the offer to deal with it, and what leaving it unticked does. Its note is as
        tall as its lines at its width: a plain wrapped label showed 50 of the 92 pixels of
        "2 goals still active: • …" at 14 pt, the goals cut off."""
        box = QFrame(self)
        box.setObjectName(name)
        box.setStyleSheet(f"QFrame#{name} {{ background: #fff7e0; border: 1px solid "
                          "#f0d68a; border-radius: 4px; }")
        shown = [f"• {item}" for item in items[:most]]
        if len(items) > most:
            shown.append("…")
        note = WrappingLabel("", box)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setText("\n".join([heading, *shown]))
        note.setObjectName(f"{name}Note")
        check = QCheckBox(offer, box)
        check.setObjectName(offer_name)
        hint = WrappingLabel(hint_text, box)
        hint.setObjectName("muted")
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(note)
        column.addWidget(check)
        column.addWidget(hint)
        return box, note, check

    def reason(self) -> EndReason | None:
        for reason, button in self.reason_buttons.items():
            if button.isChecked():
                return reason
        return None

    def _closes(self) -> bool:
        """Whether OK closes the case: closing it, or ending with "close it as well"."""
        return self.new is Status.CLOSED or (
            self.close_too.isVisibleTo(self) and self.close_too.isChecked())

    def _sync(self) -> None:
        self.close_too.setVisible(self.new is Status.ENDED and self.reason() in NO_FOLLOW_UP)
        # The goals still active are named whenever the case is closed: ending a drop-out
        # with "close the case as well" closed it without a word about them.
        if self.goals_box is not None:
            self.goals_box.setVisible(self._closes())
        if self.isVisible():
            self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the fields now need, within the screen (adjustSize kept two thirds
        of it at most, and squeezed the goals' lines where a font was large)."""
        self.body.widget().layout().activate()
        need = self.height() - self.body.height() + self.body.needed_height()
        room = room_in(available_area(self)).height() or need
        self.resize(self.width(), max(min(need, room), self.minimumSizeHint().height()))

    # -- kept through a lock ---------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """The reason, the note and the ticks (closing too, dropping the goals, cancelling
        the booked sessions), or None when neither a reason nor a note is given (the ticks
        alone are chosen again in a moment)."""
        reason = self.reason()
        if reason is None and not self.note.text().strip():
            return None
        return {
            "reason": reason.value if reason is not None else None,
            "note": self.note.text(),
            "close_too": self.close_too.isChecked(),
            "drop_goals": self.drop_goals is not None and self.drop_goals.isChecked(),
            # Unticked by the therapist to keep the booked sessions: a lock that forgot it
            # reopened the dialog ticked, and OK cancelled them after all.
            "cancel_planned": (self.cancel_planned is None
                               or self.cancel_planned.isChecked()),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill in what a lock kept (``draft``); a reason this move does not offer (a later
        version's) is left unchosen."""
        button = next((b for r, b in self.reason_buttons.items()
                       if r.value == data.get("reason")), None)
        if button is not None:
            button.setChecked(True)
        if isinstance(data.get("note"), str):
            self.note.setText(data["note"])
        self.close_too.setChecked(data.get("close_too", True) is not False)
        if self.drop_goals is not None:
            self.drop_goals.setChecked(data.get("drop_goals") is True)
        if self.cancel_planned is not None:  # a draft without it (older): ticked, as new
            self.cancel_planned.setChecked(data.get("cancel_planned", True) is not False)
        self._sync()

    def ending(self) -> Ending:
        return Ending(
            reason=self.reason(),
            note=self.note.text().strip(),
            drop_goals=(self.drop_goals is not None and self.drop_goals.isChecked()
                        and self._closes()),
            close_too=self.close_too.isVisibleTo(self) and self.close_too.isChecked(),
            cancel_sessions=tuple(s.id for s in self.planned)
            if self.cancel_planned is not None and self.cancel_planned.isChecked() else (),
        )


def ask_ending(parent: QWidget, case: CaseFile, new: Status,
               draft: dict[str, Any] | None = None) -> Ending | None:
    """Ask why (ending treatment or closing); None when the therapist cancelled, or a lock
    closed the dialog (the case is then closed too: nothing may change; what was chosen
    and typed is kept, and ``draft`` brings it back after the unlock)."""
    old = case.profile.get().status
    goals: list[Goal] = []
    planned: list[Session] = []
    if new in (Status.CLOSED, Status.ENDED):
        goals = [g for g in case.goals.list() if g.state is GoalState.ACTIVE]
        planned = case.sessions.planned_after()
    dialog = EndingDialog(old, new, parent, active_goals=goals, planned=planned)
    dialog.draft_key = f"ending:{new.value}"
    if draft:
        dialog.restore_draft(draft)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if not shiboken6.isValid(dialog):
        return None
    answer = dialog.ending() if accepted else None
    dialog.deleteLater()
    if answer is None or case.closed:
        return None
    return answer


def _apply(case: CaseFile, new: Status, ending: Ending | None) -> ClientProfile:
    """The move, with the reason in the history's note and its code in the audit log;
    then, as asked, the goals still active dropped and the case closed after ending."""
    def move(status: Status, note: str, no_follow_up: bool = False) -> ClientProfile:
        with case.transaction("Change status") as changes:  # set_status's own name
            if ending is not None and ending.reason is not None:
                changes.detail["reason"] = ending.reason.value
            profile = case.profile.set_status(status, note=note)
            if no_follow_up and profile.followup_due is not None:
                # Closed with the follow-up held, or with none planned: its date is no
                # follow-up missed (the overview and the summary said "passed; the case
                # is closed" of it).
                case.profile.set_followup_due(None)
                profile = case.profile.get()
            return profile

    if ending is not None and ending.cancel_sessions:
        # First, so the follow-up is counted from the sessions held, not the ones called off.
        why = (QCoreApplication.translate("StatusMenu", "Cancelled: treatment ended.")
               if new is Status.ENDED else
               QCoreApplication.translate("StatusMenu", "Cancelled: the case was closed."))
        case.sessions.cancel_planned(list(ending.cancel_sessions), why)
    held = ending is not None and ending.reason is EndReason.FOLLOW_UP_HELD
    profile = move(new, ending.history_note if ending else "",
                   no_follow_up=held and new is Status.CLOSED)
    if ending is None:
        return profile
    if ending.close_too and new is Status.ENDED:
        profile = move(Status.CLOSED, QCoreApplication.translate(
            "StatusMenu", "No follow-up interview planned"), no_follow_up=True)
    if ending.drop_goals and (new is Status.CLOSED or ending.close_too):
        note = QCoreApplication.translate("StatusMenu", "Dropped when the case was closed")
        for goal in case.goals.list():
            if goal.state is GoalState.ACTIVE:
                case.goals.drop(goal.id, note=note)
    return profile


def change_status(parent: QWidget, case: CaseFile, new: Status,
                  draft: dict[str, Any] | None = None) -> bool:
    """Apply the move; after ending treatment, tell the therapist when follow-up is due.

    Ending treatment and closing ask why first (:class:`EndingDialog`); cancelling it
    changes nothing and returns False. ``draft``: what was chosen and typed in it when a
    lock closed it (it opens with it).

    The follow-up falls six months after the last contact, so a case ended long after it
    (a client who went silent) has its follow-up in the past: the box says it is overdue
    instead of announcing a date that has gone by as if it were ahead.
    """
    ending: Ending | None = None
    if new in (Status.ENDED, Status.CLOSED):
        ending = ask_ending(parent, case, new, draft)
        if ending is None:
            return False
    profile = run_op(parent, lambda: _apply(case, new, ending))
    if profile is None:
        return False
    due = profile.followup_due
    if new is Status.ENDED and due is not None and profile.status is Status.ENDED:
        overdue = due < case.today()
        if overdue:
            text = QCoreApplication.translate(
                "StatusMenu",
                "Treatment has ended. The follow-up interview was due on {date}, six months "
                "after the last contact, so it is overdue: book it soon.",
            )
        else:
            text = QCoreApplication.translate(
                "StatusMenu",
                "Treatment has ended. The follow-up interview is due on {date}, "
                "six months after the last contact.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning if overdue else QMessageBox.Icon.Information,
            QCoreApplication.translate("StatusMenu", "Treatment ended"),
            text.format(date=due.isoformat()),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("followUpInfo")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return True
