"""Small helpers the workspace tabs share: labels for domain values, dates, errors, asking.

Labels live here (not in the domain) because they are display text translated in the
UI; the domain keeps stable values. Dialog helpers are looked up through this module at
call time so a test can drive the real dialogs or replace them in one place.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kastdesk.domain.models import GoalEventKind, GoalState, Modality, Present, RiskKind
from kastdesk.store.errors import StoreError
from kastdesk.ui.common import plural  # noqa: F401  (the tabs' plural, one for the whole UI)


def modality_label(modality: Modality) -> str:
    return {
        Modality.IN_PERSON: QCoreApplication.translate("Workspace", "In person"),
        Modality.PHONE: QCoreApplication.translate("Workspace", "Phone"),
        Modality.VIDEO: QCoreApplication.translate("Workspace", "Video"),
    }[modality]


def present_label(present: Present) -> str:
    return {
        Present.CLIENT: QCoreApplication.translate("Workspace", "Client"),
        Present.PARTNER: QCoreApplication.translate("Workspace", "Partner alone"),
        Present.BOTH: QCoreApplication.translate("Workspace", "Client and partner"),
        Present.GROUP: QCoreApplication.translate("Workspace", "Group"),
    }[present]


def risk_label(kind: RiskKind) -> str:
    return {
        RiskKind.SUICIDAL: QCoreApplication.translate("Workspace", "Suicidal thoughts"),
        RiskKind.VIOLENCE: QCoreApplication.translate("Workspace", "Violence"),
        RiskKind.CHILD_AT_RISK: QCoreApplication.translate("Workspace", "Child at risk"),
        RiskKind.OTHER: QCoreApplication.translate("Workspace", "Other risk"),
    }[kind]


def goal_state_label(state: GoalState) -> str:
    return {
        GoalState.ACTIVE: QCoreApplication.translate("Workspace", "Active"),
        GoalState.REACHED: QCoreApplication.translate("Workspace", "Reached"),
        GoalState.DROPPED: QCoreApplication.translate("Workspace", "Dropped"),
    }[state]


def goal_event_label(kind: GoalEventKind) -> str:
    return {
        GoalEventKind.SET: QCoreApplication.translate("Workspace", "Set"),
        GoalEventKind.REVISED: QCoreApplication.translate("Workspace", "Revised"),
        GoalEventKind.REACHED: QCoreApplication.translate("Workspace", "Reached"),
        GoalEventKind.DROPPED: QCoreApplication.translate("Workspace", "Dropped"),
        GoalEventKind.REOPENED: QCoreApplication.translate("Workspace", "Reopened"),
    }[kind]


def fmt_date(value: date | str | None) -> str:
    """ISO dates: unambiguous, and what Swedish and Norwegian clinics write anyway."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value[:10]
    return value.isoformat()


def fmt_stamp(value: str | datetime | None) -> str:
    """An audit-style timestamp as "2026-11-01 14:03" (no seconds, no zone noise)."""
    if not value:
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def show_error(parent: QWidget | None, error: Exception) -> QMessageBox | None:
    """Show a store error as its plain sentence, through the shell's helper when present;
    the box it opened (None where it blocked until closed)."""
    try:
        from kastdesk.ui.common import show_error as shell_show_error
    except ImportError:
        shell_show_error = None
    if shell_show_error is not None:
        return shell_show_error(parent, error)
    message = error.message if isinstance(error, StoreError) else str(error)
    QMessageBox.warning(parent, QCoreApplication.translate("Workspace", "KastDesk"), message)
    return None


def show_error_once(parent: QWidget, error: Exception) -> None:
    """:func:`show_error` for an autosave: not while ``parent``'s box, or any box with the
    same sentence, says it already.

    The box does not block, and focus moving to it saves again: a full disk stacked two
    identical boxes (the session note, then the intake), and more at each idle period.

    The window is told (``save_failed``), so that a failure whose cause can pass (a full
    disk, a memory stick out, a busy file) is saved again on a timer and when the box is
    closed: it stayed "Not saved" until the next key.
    """
    from kastdesk.ui.common import error_text

    text = error_text(error)
    box: QMessageBox | None = None
    window = parent.window()
    # Behind a lock that holds unsaved text (focus leaving the note as the lock screen came
    # up saves again) the lock screen says it; a box there would pile up unseen.
    # A box that says the sentence among more counts too: the question whether to quit
    # without the text (the main window's) took focus, and the save it caused piled a
    # second box on it.
    shown = bool(getattr(window, "holds_unsaved", False)) or any(
        b.isVisible() for b in parent.findChildren(QMessageBox, "errorBox")) or any(
        isinstance(w, QMessageBox) and w.isVisible() and text in w.text()
        and (owner := w.parentWidget()) is not None and owner.window() is window
        for w in QApplication.topLevelWidgets())
    if not shown:
        box = show_error(parent, error)
    tell = getattr(window, "save_failed", None)
    if callable(tell):
        tell(error, box)


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before something that cannot be taken back; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def muted(label: QLabel) -> QLabel:
    """Quiet secondary text (hints, "Saved 14:03"): smaller and grey, never shouting."""
    palette = label.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, placeholder)
    label.setPalette(palette)
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label
