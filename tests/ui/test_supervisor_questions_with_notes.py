"""Supervisor mode shows a question about a note with that note, and the case's active
risk flags at its top (QA session 21, finding 7): every question came first, four alike
("Se notatet") with no word of which note each was about, the notes after with boxes of
their own; and no risk flag was shown, so a supervisor commenting in the window never saw
an active "Suicidal thoughts". The comments keep their keys: saved and imported, each
lands on the question or note it was typed under.

The case is fictional, written for this test.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QFrame, QLabel, QWidget

from kastdesk.domain.models import RiskKind
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import (
    export_packet,
    flag_for_guidance,
    import_comments,
    list_comments,
    packet_keys,
)
from kastdesk.ui.supervision.supervisor import SupervisorWindow, open_packet_window
from tests.ui.conftest import screenshot

PACKET_PASS = "a packet passphrase for the notes and questions"
DAY = date(2026, 11, 20)
SAME = "See the note."  # asked of two notes, word for word


def _packet(vault: Vault, folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A case with three signed notes, a question on the case, one on note 2 and the same
    question on notes 1 and 3; a risk flag active and one cleared. The real ids by name,
    and what the packet's keys stand for."""
    case = vault.add_client("K-2026-421", name="Tord Alvemark",
                            first_contact_date=DAY - timedelta(days=90))
    ids: dict[str, str] = {}
    notes = ("Talked about the evenings alone.", "He brought his budget; shame about debts.",
             "Planned the visit to his sister.")
    for n, note in enumerate(notes, start=1):
        at = datetime.combine(DAY - timedelta(days=70 - 14 * n), datetime.min.time())
        session = case.sessions.add(at.replace(hour=10), note=note)
        case.sessions.sign(session.id)
        ids[f"note{n}"] = session.id
    ids["general"] = flag_for_guidance(case, "Is couples work wiser now?", "case").id
    ids["q1"] = flag_for_guidance(case, SAME, "session", ids["note1"]).id
    ids["q2"] = flag_for_guidance(case, "Did I push too hard here?", "session",
                                  ids["note2"]).id
    ids["q3"] = flag_for_guidance(case, SAME, "session", ids["note3"]).id
    case.flags.raise_flag(RiskKind.SUICIDAL, "Tord says he sees no way out of the debts.",
                          at=datetime(2026, 10, 30, 11, 0))
    cleared = case.flags.raise_flag(RiskKind.VIOLENCE, "A fight at the pub, long ago.",
                                    at=datetime(2026, 9, 1, 11, 0))
    case.flags.clear(cleared.id)
    result = export_packet(vault, PACKET_PASS, folder / "p.pdf", folder / "p.kastsup",
                           kdf=KdfParams.for_tests(), today=DAY)
    return ids, packet_keys(vault, result.packet_id)


def _under(window: SupervisorWindow, widget: QWidget) -> int:
    """How far down the packet ``widget`` stands (in the scrolled body's coordinates)."""
    body = window.centralWidget().widget()  # type: ignore[attr-defined]
    return widget.mapTo(body, widget.rect().topLeft()).y()


def _note_frame(window: SupervisorWindow, words: str) -> QFrame:
    [frame] = [f for f in window.findChildren(QFrame, "packetNote")
               if any(words in label.text() for label in f.findChildren(QLabel))]
    return frame


def test_a_question_stands_with_its_note_and_risks_at_the_top(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, tmp_path: Path
) -> None:
    ids, keys = _packet(vault, tmp_path)
    case_key = keys[vault.clients()[0].id]
    window = open_packet_window(tmp_path / "p.kastsup", PACKET_PASS)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)

    # The active risk at the case's top, its note as the packet pseudonymized it; the
    # cleared one not.
    [flag] = [f for f in window.packet["cases"][0]["snapshot"]["flags"]
              if f["kind"] == RiskKind.SUICIDAL]
    assert "Tord" not in flag["note"] and "no way out of the debts" in flag["note"]
    strips = window.findChildren(QLabel, "packetRiskFlagText")
    assert [s.text() for s in strips] == [
        f"⚠ Active risk: Suicidal thoughts (raised {flag['set_at']})\n{flag['note']}"]
    case_box = window.comment_boxes[(case_key, "case", case_key)]
    assert _under(window, strips[0]) < _under(window, case_box)
    texts = "\n".join(label.text() for label in window.findChildren(QLabel))
    assert "fight at the pub" not in texts

    # The question on the case before the notes, with its advice box.
    [general] = [label for label in window.findChildren(QLabel)
                 if label.text() == "Question: Is couples work wiser now?"]
    first_note = _note_frame(window, "evenings alone")
    general_box = window.comment_boxes[(case_key, "flag", keys[ids["general"]])]
    assert (_under(window, case_box) < _under(window, general) < _under(window, general_box)
            < _under(window, first_note))

    # Each question about a note under that note, with its advice box, and the note's
    # own box after them; the two alike told apart by the note they stand under.
    for n, words, asked in ((1, "evenings alone", SAME),
                            (2, "shame about debts", "Did I push too hard here?"),
                            (3, "visit to his sister", SAME)):
        frame = _note_frame(window, words)
        [note] = [label for label in frame.findChildren(QLabel) if words in label.text()]
        assert note.text().startswith(f"Session note {n} (")
        [question] = frame.findChildren(QLabel, "noteQuestion")
        assert question.text() == f"Question about this note: {asked}"
        advice = window.comment_boxes[(case_key, "flag", keys[ids[f"q{n}"]])]
        comment = window.comment_boxes[(case_key, "session", keys[ids[f"note{n}"]])]
        assert advice.parent() is frame and comment.parent() is frame
        assert advice.placeholderText() == "Your advice"
        assert (_under(window, note) < _under(window, question) < _under(window, advice)
                < _under(window, comment))
    assert not [label for label in window.findChildren(QLabel)
                if label.text() == f"Question: {SAME}"]

    # The boxes in the order the comments were always kept: the case, the questions as
    # asked, the notes; saved and imported, each comment lands where it was typed.
    assert list(window.comment_boxes) == [
        (case_key, "case", case_key),
        *((case_key, "flag", keys[ids[q]]) for q in ("general", "q1", "q2", "q3")),
        *((case_key, "session", keys[ids[f"note{n}"]]) for n in (1, 2, 3))]
    typed = {"q1": "Ask what the evenings are like now.", "q3": "Ask who else will be there.",
             "note2": "A good, honest note."}
    for name, text in typed.items():
        target = "session" if name.startswith("note") else "flag"
        window.comment_boxes[(case_key, target, keys[ids[name]])].setPlainText(text)
    screenshot(window, "supervisor_questions_with_notes")
    assert window.save_to(tmp_path / "c.kastcmt", "Supervisor", kdf=KdfParams.for_tests()) == 3
    assert import_comments(vault, tmp_path / "c.kastcmt", PACKET_PASS) == (3, 0)
    case = vault.open_case(vault.clients()[0].id)
    assert {c["target_id"]: c["text"] for c in list_comments(case)} == {
        ids[name]: text for name, text in typed.items()}


def test_the_window_in_each_language(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, tmp_path: Path, every_language: str
) -> None:
    """Seen at 1024×700 in every language: the flag in the language's words, the
    questions in their notes' frames."""
    _packet(vault, tmp_path)
    window = open_packet_window(tmp_path / "p.kastsup", PACKET_PASS)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    [strip] = window.findChildren(QLabel, "packetRiskFlagText")
    kind = {"en": "Suicidal thoughts", "sv": "Självmordstankar", "nb": "Selvmordstanker"}
    assert kind[every_language] in strip.text()
    assert len(window.findChildren(QLabel, "noteQuestion")) == 3
    assert all(isinstance(q.parent(), QFrame) and q.parent().objectName() == "packetNote"
               for q in window.findChildren(QLabel, "noteQuestion"))
    screenshot(window, f"supervisor_questions_with_notes_{every_language}")
