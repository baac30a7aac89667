"""The overview tab: where the case stands at a glance before the client sits down.

Status and the dates the clinics are judged by (waiting time, follow-up due), the goals
now, the last sessions and the risk flags, all read-only; editing happens in the tabs.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kastdesk.domain.course import missed_before_closing
from kastdesk.domain.models import Changes, GoalState, Status
from kastdesk.domain.status import status_label, waiting_days
from kastdesk.domain.templates import first_session_headings
from kastdesk.supervision import advice_timeline, list_comments
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.common import (
    fmt_date,
    fmt_stamp,
    heading,
    modality_label,
    muted,
    plural,
    present_label,
    risk_label,
)
from kastdesk.ui.workspace.sessions import attendance_label

LAST_SESSIONS = 3
LAST_ADVICE = 3


def _first_line(text: str) -> str:
    """The note's first line the therapist wrote: the first-session template's headings are
    passed over ("Reason for coming, in the client's own words:" said nothing of the session).
    """
    headings = {f"{heading}:" for heading in first_session_headings()}
    for line in text.splitlines():
        if line.strip() and line.strip() not in headings:
            return line.strip()
    return ""


class OverviewTab(WorkspaceTab):
    """Read-only summary; redraws from the profile, sessions, goals and flags."""

    areas = frozenset({"profile", "sessions", "goals", "flags", "documents"})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.status = QLabel(self)
        # The client's other cases (an earlier course, a later one), by code, each a link
        # that opens it: a client who came back has a new case for the new course.
        self.links_label = QLabel(self)
        self.links_label.setObjectName("caseLinks")
        self.links_label.setTextFormat(Qt.TextFormat.RichText)
        self.links_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.links_label.linkActivated.connect(self._open_linked)
        self.links_label.hide()

        self.date_values: dict[str, QLabel] = {}
        dates = QGridLayout()
        dates.setHorizontalSpacing(24)
        dates.setVerticalSpacing(4)
        captions = (
            ("first_contact", self.tr("First contact")),
            ("first_session", self.tr("First session")),
            ("waiting", self.tr("Waiting time")),
            ("last_contact", self.tr("Last contact")),
            ("next_session", self.tr("Next session")),
            ("followup_due", self.tr("Follow-up due")),
        )
        for index, (key, caption) in enumerate(captions):
            row, column = index % 3, (index // 3) * 2
            dates.addWidget(muted(QLabel(caption, self)), row, column)
            value = QLabel(self)
            # A long value wraps rather than widening the tab past its window: "2029-06-28
            # (passert; saken er lukket)" ran off the side at 1024 px.
            value.setWordWrap(True)
            dates.addWidget(value, row, column + 1)
            self.date_values[key] = value
        dates.setColumnStretch(4, 1)

        self.goals_label = QLabel(self)
        self.sessions_label = QLabel(self)
        self.flags_label = QLabel(self)
        self.advice_label = QLabel(self)
        for label in (self.goals_label, self.sessions_label, self.flags_label,
                      self.advice_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.links_label)
        layout.addSpacing(8)
        layout.addLayout(dates)
        for caption, label in (
            (self.tr("Goals now"), self.goals_label),
            (self.tr("Last sessions"), self.sessions_label),
            (self.tr("Risk flags"), self.flags_label),
            (self.tr("Advice from guidance meetings"), self.advice_label),
        ):
            layout.addSpacing(10)
            layout.addWidget(heading(caption))
            rule = QFrame(page)
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(rule)
            layout.addWidget(label)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: it showed no focus, so Tab seemed to go nowhere (the wheel
        # still scrolls it).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        profile = self.case.profile.get()
        summary = self.case.summary()
        show_name = not self.privacy_mode and bool(profile.name)
        self.title.setText(f"{profile.code} · {profile.name}" if show_name else profile.code)
        status = status_label(profile.status)
        if profile.anonymous:
            status += " · " + self.tr("anonymous")
        self.status.setText(self.tr("Status: {status}").format(status=status))
        self._show_links()

        first_contact = profile.first_contact_date
        first_session = (date.fromisoformat(summary.first_session_date)
                         if summary.first_session_date else None)
        waiting = waiting_days(first_contact, first_session)
        if waiting is None and first_contact is not None and first_session is None:
            waited = (self.case.today() - first_contact).days  # the case's clock, as the register
            # On the day of the first contact "waiting for 0 days" read as no wait at all.
            waiting_text = (self.tr("waiting since today") if waited <= 0 else
                            plural(self.tr("waiting for %n day(s)", "", waited), waited))
        elif waiting is None:
            waiting_text = "—"
        else:
            waiting_text = plural(self.tr("%n day(s)", "", waiting), waiting)
        values = {
            "first_contact": fmt_date(first_contact),
            "first_session": fmt_date(first_session),
            "waiting": waiting_text,
            "last_contact": fmt_date(summary.last_contact_date),
            "next_session": (fmt_stamp(summary.next_session) if summary.next_session else "—"),
            "followup_due": self._follow_up_text(profile.status, profile.followup_due),
        }
        for key, value in values.items():
            self.date_values[key].setText(value)

        goals = self.case.goals.list()
        lines = []
        for goal in goals:
            if goal.state is not GoalState.ACTIVE:
                continue
            line = "• " + goal.text
            if goal.was_revised:
                line += "\n   " + self.tr("originally: {text}").format(text=goal.original_text)
            lines.append(line)
        reached = sum(1 for g in goals if g.state is GoalState.REACHED)
        if reached:
            lines.append(plural(self.tr("%n goal(s) reached.", "", reached), reached))
        self.goals_label.setText("\n".join(lines) or self.tr("No goals set yet."))

        # The latest sessions up to now (a booking ahead is the "Next session" above, not one
        # of the last), those cancelled or missed among them marked; only those held count.
        now = self.case.now()
        sessions = [s for s in self.case.sessions.list(with_versions=False)
                    if s.starts_at <= now]
        lines = []
        for session in reversed(sessions[-LAST_SESSIONS:]):
            line = "{when} · {modality} · {present}{signed}".format(
                when=session.starts_at.strftime("%Y-%m-%d %H:%M"),
                modality=modality_label(session.modality),
                present=present_label(session.present) if session.held
                else "✗ " + attendance_label(session.attendance),
                signed=" · ✓" if session.signed else "",
            )
            first = _first_line(session.note)
            if first:
                line += "\n   " + (first if len(first) <= 110 else first[:107] + "…")
            lines.append(line)
        held = sum(1 for s in sessions if s.held)
        not_held = len(sessions) - held
        if not_held:
            lines.append(
                plural(self.tr("%n session(s) held in all;", "", held), held) + " "
                + plural(self.tr("%n cancelled or not attended.", "", not_held), not_held))
        elif len(sessions) > LAST_SESSIONS:
            lines.append(plural(self.tr("%n session(s) in all.", "", held), held))
        self.sessions_label.setText("\n".join(lines) or self.tr("No sessions yet."))

        lines = []
        for flag in self.case.flags.list():
            line = self.tr("{kind}: raised {when} by {who}").format(
                kind=risk_label(flag.kind), when=fmt_stamp(flag.set_at), who=flag.set_by)
            if flag.note:
                line += " · " + flag.note
            if not flag.active:
                line += " · " + self.tr("cleared {when} by {who}").format(
                    when=fmt_stamp(flag.cleared_at), who=flag.cleared_by or "—")
            lines.append(("⚠ " if flag.active else "   ") + line)
        self.flags_label.setText("\n".join(lines) or self.tr("No risk flags."))

        # The supervisor's advice lands in the case's own timeline (newest first): the
        # meetings' advice, and the comments imported from a packet (no meeting of theirs).
        dated: list[tuple[str, str]] = []
        for entry in advice_timeline(self.case):
            advice = "; ".join(entry.advice) or self.tr("(no advice recorded)")
            line = f"{fmt_date(entry.day)} · {advice}"
            if entry.decisions:
                line += "\n   " + self.tr("Decided: {text}").format(text=entry.decisions)
            for comment in entry.comments:
                line += "\n   " + self.tr("Supervisor: {text}").format(text=comment.get("text", ""))
            dated.append((entry.day.isoformat(), line))
        packets: dict[str, list[dict[str, Any]]] = {}
        for comment in list_comments(self.case):
            if not comment.get("meeting_id"):
                packets.setdefault(str(comment.get("packet_id") or ""), []).append(comment)
        for comments in packets.values():
            day = min(str(c.get("at") or "")[:10] for c in comments)
            line = self.tr("{when} · Comments from the supervisor").format(when=fmt_date(day))
            for comment in comments:
                line += "\n   " + self.tr("Supervisor: {text}").format(text=comment.get("text", ""))
            dated.append((day, line))
        dated.sort(key=lambda pair: pair[0])
        lines = [line for _day_key, line in reversed(dated[-LAST_ADVICE:])]
        self.advice_label.setText("\n".join(lines) or self.tr("None yet."))

    def _show_links(self) -> None:
        """"Earlier case: K-2027-001" / "Later case: K-2030-012", each code a link; a case
        deleted since keeps its code, unlinked, said to be gone."""
        parts = []
        for link in self.case.links.list():
            caption = (self.tr("Earlier case: {code}") if link.relation == "earlier"
                       else self.tr("Later case: {code}"))
            try:
                code = self.vault.client(link.client_id).code
            except Exception:  # deleted since (or the register cannot be read)
                shown = html.escape(self.tr("{code} (no longer in the register)")
                                    .format(code=link.code))
            else:
                shown = f'<a href="case:{html.escape(str(link.client_id))}">' \
                        f"{html.escape(code)}</a>"
            parts.append(html.escape(caption).replace("{code}", shown))
        self.links_label.setText(" &nbsp;·&nbsp; ".join(parts))
        self.links_label.setVisible(bool(parts))

    def _open_linked(self, href: str) -> None:
        """Open the linked case as choosing its line in the register does."""
        from kastdesk.ui.cases.register import RegisterPanel

        client_id = href.removeprefix("case:")
        register = self.window().findChild(RegisterPanel)
        if register is not None:
            register.select(client_id)

    def _follow_up_text(self, status: Status, due: date | None) -> str:
        """The follow-up date; a closed case has none planned (QA F5: "Follow-up planned
        2029-12-28" on a case closed in August). Its date, kept, is said to be passed."""
        if status is not Status.CLOSED or due is None:
            return fmt_date(due)
        if missed_before_closing(due, self.case.profile.history(), self.case.today()):
            return self.tr("{date} (passed; the case is closed)").format(date=fmt_date(due))
        return self.tr("none (the case is closed)")

    def set_privacy_mode(self, on: bool) -> None:
        super().set_privacy_mode(on)
        self.refresh()

    def clear(self) -> None:
        for label in (self.title, self.status, self.links_label, self.goals_label,
                      self.sessions_label, self.flags_label, self.advice_label,
                      *self.date_values.values()):
            label.setText("")
