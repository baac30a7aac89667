"""Status changes along the case's course: only the moves the lifecycle allows are offered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from kastdesk.domain.models import Status
from kastdesk.domain.status import ALLOWED, status_label
from kastdesk.store import CaseFile
from kastdesk.ui.common import run_op

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
    menu: QMenu, current: Status | None, on_choose: Callable[[Status], None]
) -> None:
    """Rebuild ``menu`` with the moves allowed from ``current`` (empty with no client)."""
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


def change_status(parent: QWidget, case: CaseFile, new: Status) -> bool:
    """Apply the move; after ending treatment, tell the therapist when follow-up is due.

    The follow-up falls six months after the last contact, so a case ended long after it
    (a client who went silent) has its follow-up in the past: the box says it is overdue
    instead of announcing a date that has gone by as if it were ahead.
    """
    profile = run_op(parent, lambda: case.profile.set_status(new))
    if profile is None:
        return False
    due = profile.followup_due
    if new is Status.ENDED and due is not None:
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
