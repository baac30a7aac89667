"""The demo shows sessions not held, and why each ended case ended.

Every demo session was held and every ending had no reason, so the attendance of a session
(cancelled by the client or the clinic, not attended) and the register's reason for an
ending never showed in the demo. Now a few clients cancel late, the clinic cancels one
session (the therapist ill), and a client who stops coming misses a session first; each
ending and closing has its reason, as the app writes them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kastdesk.domain.models import Attendance, Status
from kastdesk.forms.storage import list_responses
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE, make_demo_vault

#: Words of a note on a session held (working on something) that one not held never says.
WORKED_ON = re.compile(r"\b(?:worked on|we began|went through|talked about|homework|"
                       r"next session in|coping plan|genogram|family map)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_vault(tmp_path_factory.mktemp("not_held") / "vault")  # the tests' demo


def _sessions_not_held(folder: Path) -> list[tuple[str, str, str, str]]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return [
            (entry.code, s.starts_at.isoformat(), s.attendance.value, s.note)
            for entry in vault.clients()
            for s in vault.open_case(entry.id, audit_open=False).sessions.list()
            if not s.held
        ]


def test_sessions_not_held_of_every_kind_say_what_happened(demo: Path) -> None:
    kinds: set[Attendance] = set()
    with Vault.unlock(demo, PASSPHRASE) as vault:
        for entry in vault.clients():
            case = vault.open_case(entry.id, audit_open=False)
            sessions = case.sessions.list()
            held = {s.id for s in sessions if s.held}
            held_sentences = {part for s in sessions if s.held for part in s.note.split(". ")}
            for session in sessions:
                if session.held:
                    continue
                kinds.add(session.attendance)
                where = f"{entry.code} {session.starts_at}: {session.note}"
                assert session.note and not WORKED_ON.search(session.note), where
                assert not set(session.note.split(". ")) & held_sentences, where
                assert session.topics == [], where
            # Exercises and forms are saved against sessions held only.
            for kind in ("exercise", "form_response"):
                for doc_id in case.documents.list_ids(kind):
                    for version in case.documents.history(kind, doc_id):
                        assert version.session_id is None or version.session_id in held, (
                            entry.code, kind)
    assert kinds == {Attendance.CANCELLED_BY_CLIENT, Attendance.CANCELLED_BY_CLINIC,
                     Attendance.NO_SHOW}


def test_a_client_who_stopped_coming_missed_a_session_first(demo: Path) -> None:
    with Vault.unlock(demo, PASSPHRASE) as vault:
        entries = vault.clients()
        dropouts = [e for e in entries if e.end_reason == "dropped_out"]
        assert dropouts
        for entry in dropouts:
            case = vault.open_case(entry.id, audit_open=False)
            sessions = case.sessions.list()
            last = max(sessions, key=lambda s: s.starts_at)
            where = f"{entry.code}: {[(s.starts_at, s.attendance) for s in sessions]}"
            # The last session booked was missed, after the last one held.
            assert last.attendance is Attendance.NO_SHOW, where
            assert entry.last_contact_date is not None
            assert entry.last_contact_date < last.starts_at.date(), where
            # Ended and closed after it, with no follow-up planned and no end-of-treatment
            # scale: a client who stopped coming neither planned the end nor filled it in.
            assert entry.status is Status.CLOSED and entry.followup_due is None, where
            assert entry.status_since is not None
            assert entry.status_since > last.starts_at.date(), where
            variants = {r.variant for r in list_responses(case, "self_rating")}
            assert not variants & {"end", "follow_up"}, where
            assert not any("end of treatment" in s.note for s in sessions), where
        # Every case ended or closed says why, as the app's status menu records it.
        for entry in entries:
            if entry.status is Status.ENDED:
                assert entry.end_reason == "completed", entry
            if entry.status is Status.CLOSED:
                assert entry.end_reason in {
                    "dropped_out", "follow_up_held", "declined_follow_up"}, entry


def test_the_sessions_not_held_are_the_same_for_the_same_seed(
    demo: Path, tmp_path: Path
) -> None:
    again = make_demo_vault(tmp_path / "again")
    assert _sessions_not_held(again) == _sessions_not_held(demo)
