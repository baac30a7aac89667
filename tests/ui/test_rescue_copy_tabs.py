"""The sealed rescue copy covers every text typed during a session, not the note alone: the
intake's answers, the exercises (their work and the words in their add fields, the
client's view included), the client's self-rating answers, the session's details, the
family map's typed fields, and a dialog open while its own draft cannot be written. With
the real app, a real vault on a folder renamed away as a memory stick pulled out, and a
real process killed.

Before, each of these waited on screen only (or nowhere: a family map name went back to
the stored one), and a battery that died or a logout meanwhile lost it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from kastdesk.exercises.storage import load_exercise
from kastdesk.forms.storage import list_responses
from kastdesk.genogram.model import Sex
from kastdesk.genogram.storage import load_genogram
from kastdesk.store import Vault
from kastdesk.ui import drafts
from kastdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import kill_after_typing, screenshot, when_modal
from tests.ui.test_rescue_copy import (
    CHILD_OPENS,
    SAVED,
    _close_boxes,
    _copies,
    _end,
    _kept,
    _rescue_dialog,
    _texts,
    _vault_on,
    _window,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

FAMILY = "Bor med sin sambo och två barn i Mölndal."  # fictional
ADDED = "Tappa jobbet"  # fictional
NAME = "Ingrid Sandberg"  # fictional
TOPICS = "sömn, arbete"
FLAG = "sa att han funderar på att köra bil berusad"  # fictional
CLIENT_WORDS = "Jag vill orka mer med barnen"  # fictional (typed key by key: ASCII)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A vault on a "memory stick" with one client and one session whose note is saved."""
    return _vault_on(tmp_path)


def _out(folder: Path) -> Path:
    return folder.parent / "stick out"


def _open(qtbot, window: MainWindow, tab: str) -> Any:  # type: ignore[no-untyped-def]
    assert window.vault is not None
    window.register.select(window.vault.client_by_code("K-R").id)
    qtbot.waitUntil(lambda: window.case is not None)
    window.workspace.set_current_tab(tab)
    return window.workspace.tab(tab)


def _sealed(path: Path, *words: str) -> None:
    blob = path.read_bytes()
    for text in words:
        assert text.encode("utf-8") not in blob, text


def _kinds(folder: Path, rescue: Path) -> dict[str, Any]:
    kept = _kept(folder, rescue)
    assert kept is not None
    return {f"{i.get('tab', i['kind'])}:{i.get('place', '')}": i for i in kept["items"]}


def _logout(window: MainWindow, folder: Path) -> None:
    """A logout while the stick is out: quits without waiting, the copy written first;
    then the stick is found again."""
    _close_boxes()
    window.ending = True
    window.close()
    assert window.vault is None
    _out(folder).rename(folder)


def _put_back(qtbot, folder: Path, rescue: Path, label: str,  # type: ignore[no-untyped-def]
              words: str, png: str) -> MainWindow:
    again = _window(qtbot, folder, rescue)
    dialog = _rescue_dialog(qtbot)
    assert label in _texts(dialog), _texts(dialog)
    assert any(words in w.toPlainText()
               for w in dialog.findChildren(QPlainTextEdit, "keptText"))
    assert dialog.put_back_button.isVisible()
    screenshot(dialog, png)
    dialog.put_back_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    return again


def test_intake_answers_typed_while_the_stick_is_out_are_kept_and_put_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _open(qtbot, window, "intake")
    folder.rename(_out(folder))
    tab.form.set_answer("family_situation", FAMILY)
    tab.autosave()  # its own try: it cannot
    _close_boxes()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    [copy] = _copies(rescue)
    _sealed(copy, FAMILY, "Mölndal")
    _logout(window, folder)
    assert _kinds(folder, rescue)["intake:answers"]["words"] == [FAMILY]

    again = _put_back(qtbot, folder, rescue, "K-R: the intake answers", FAMILY,
                      "rescue_offer_intake")
    try:
        assert again.workspace.current_tab() == "intake"
        assert again.workspace.tab("intake").form.answers().get("family_situation") == FAMILY
        assert _copies(rescue) == []
        edit = again.workspace.tab("intake").form.editor("family_situation").edit
        edit.undo()  # one step back: the answer the vault held (none)
        assert edit.toPlainText() == ""
        edit.redo()
    finally:
        _end(again, folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-R").id)
        assert list_responses(case, "intake")[-1].answers["family_situation"] == FAMILY


def test_quitting_says_the_intake_answers_stay_sealed(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """The question before quitting without what waits said so only of a note: with the
    intake's answers in the copy it said they were lost."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    tab = _open(qtbot, window, "intake")
    folder.rename(_out(folder))
    tab.form.set_answer("family_situation", FAMILY)
    window.lock()  # held: the answers wait behind the lock screen
    assert window.holds_unsaved
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    window.close()  # the first Quit: refused, the box says why
    _close_boxes()
    window.close()  # the second asks
    [question] = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QMessageBox) and w.isVisible()]
    assert "what you typed is not in the vault yet, but a sealed copy of it stays" in \
        question.text()
    screenshot(question, "rescue_quit_question_other_text")
    next(b for b in question.buttons() if b.text() == "Quit without saving it").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    _out(folder).rename(folder)
    assert _kinds(folder, rescue)["intake:answers"]["words"] == [FAMILY]


def test_an_exercise_typed_in_the_clients_view_is_kept_and_saved_once_the_stick_is_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """The client types the coping plan's reason and a strategy not added yet in the
    client's view: both are kept while the stick is out, and the window's retry saves
    both (the exercises' failures were shown, never told to the window: no retry, and the
    words were on screen only)."""
    tab = _open(qtbot, window, "exercises")
    tab.open_exercise("coping_plan")
    tab.start_current()
    view = tab.open_client_view()
    assert view is not None
    mirror = view.content
    folder.rename(_out(folder))
    qtbot.keyClicks(mirror.reason_edit, CLIENT_WORDS)
    qtbot.keyClicks(mirror.strategy_text, ADDED)
    tab.autosave()
    tab.keep_inputs_quietly()
    _close_boxes()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    [copy] = _copies(rescue)
    _sealed(copy, CLIENT_WORDS, ADDED)
    kept = window.rescue._file.read()  # the key is in memory: read while the stick is out
    items = {i.get("place"): i for i in kept["items"]}
    assert CLIENT_WORDS in items["state:coping_plan"]["words"]
    assert items["inputs:coping_plan"]["words"] == [ADDED]

    _out(folder).rename(folder)
    window._retry_save()
    assert _copies(rescue) == []
    case = window.case
    assert load_exercise(case, "coping_plan").reason == CLIENT_WORDS
    assert drafts.read_draft(case, "exercise_input:coping_plan") == {"strategy_text": ADDED}


def test_the_clients_self_rating_answers_are_kept_and_put_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _open(qtbot, window, "self_rating")
    tab.fill_with_client()
    form = tab._client_form
    folder.rename(_out(folder))
    form.set_answer("reason_in_words", CLIENT_WORDS)
    tab._autosave_client()  # the pause's quiet save: it cannot
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    _sealed(_copies(rescue)[0], CLIENT_WORDS)
    _logout(window, folder)

    again = _put_back(qtbot, folder, rescue, "the self-rating answers given in the client's "
                      "view on", CLIENT_WORDS, "rescue_offer_self_rating")
    try:
        assert _copies(rescue) == []
        case = again.case
        assert case is not None
        assert [r.answers.get("reason_in_words") for r in list_responses(case, "self_rating")
                ] == [CLIENT_WORDS]
    finally:
        _end(again, folder)


def test_session_details_are_kept_and_shown_to_copy_where_they_changed_since(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _open(qtbot, window, "sessions")
    folder.rename(_out(folder))
    tab.editor.topics.setText(TOPICS)
    tab.editor._on_meta_changed("topics")
    tab.editor.autosave()
    _close_boxes()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    _sealed(_copies(rescue)[0], "sömn", "arbete")
    _logout(window, folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:  # changed elsewhere meanwhile
        case = vault.open_case(vault.client_by_code("K-R").id)
        [session] = case.sessions.list()
        case.sessions.update(session.id, topics=["familj"])

    again = _window(qtbot, folder, rescue)
    try:
        dialog = _rescue_dialog(qtbot)
        assert "K-R: the details of the session of 2026-11-20 10:00" in _texts(dialog)
        assert "changed in the case since the text was kept" in _texts(dialog)
        assert not dialog.put_back_button.isVisible()
        [kept] = dialog.findChildren(QPlainTextEdit, "keptText")
        assert kept.toPlainText() == "Topics: " + TOPICS
        dialog.later_button.click()
        assert _copies(rescue)  # kept for the next unlock
    finally:
        _end(again, folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-R").id)
        assert case.sessions.list()[0].topics == ["familj"]


def test_family_map_notes_are_kept_and_saved_once_the_stick_is_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _open(qtbot, window, "genogram")
    editor = tab.editor
    person_id = editor.add_person(Sex.FEMALE)
    assert person_id is not None
    editor.scene.select_only(editor.scene.persons[person_id])
    panel = editor.panel
    folder.rename(_out(folder))
    panel.notes.setPlainText(FAMILY)
    qtbot.keyClicks(panel.occupation, "Snickare")
    panel.commit_pending()  # the pause's report: the save fails
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    _sealed(_copies(rescue)[0], FAMILY, "Snickare")
    kept = window.rescue._file.read()
    [item] = [i for i in kept["items"] if i.get("tab") == "genogram"]
    assert item["value"] == {"notes": FAMILY, "occupation": "Snickare"}

    _out(folder).rename(folder)
    window._retry_save()
    assert _copies(rescue) == []
    stored = load_genogram(window.case).persons[person_id]
    assert (stored.notes, stored.occupation) == (FAMILY, "Snickare")


def test_family_map_notes_kept_from_before_go_back_as_one_undo_step(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = _open(qtbot, window, "genogram")
    editor = tab.editor
    person_id = editor.add_person(Sex.FEMALE)
    assert person_id is not None
    editor.scene.select_only(editor.scene.persons[person_id])
    folder.rename(_out(folder))
    editor.panel.notes.setPlainText(FAMILY)
    editor.panel.commit_pending()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    _logout(window, folder)

    again = _put_back(qtbot, folder, rescue, "K-R: the family map: what was typed for",
                      FAMILY, "rescue_offer_family_map")
    try:
        assert _copies(rescue) == []
        assert load_genogram(again.case).persons[person_id].notes == FAMILY
        assert again.workspace.current_tab() == "genogram"
        stack = again.workspace.tab("genogram").editor.undo_stack
        assert stack.count() == 1  # one step, which Undo takes back
        stack.undo()
        assert load_genogram(again.case).persons[person_id].notes == ""
    finally:
        _end(again, folder)


def test_a_relationship_note_is_kept_and_put_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    from kastdesk.genogram.model import RelationshipKind

    editor = _open(qtbot, window, "genogram").editor
    first, second = editor.add_person(Sex.FEMALE), editor.add_person(Sex.MALE)
    assert first and second and editor.add_relationship(first, second,
                                                        RelationshipKind.CONFLICTUAL)
    [rel_id] = editor.model.relationships
    editor.scene.clearSelection()
    editor.scene.relationships[rel_id].setSelected(True)
    folder.rename(_out(folder))
    editor.panel.rel_note.setPlainText(FLAG)
    editor.panel.commit_pending()
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    _sealed(_copies(rescue)[0], FLAG)
    _logout(window, folder)

    again = _put_back(qtbot, folder, rescue, "K-R: the family map: the note on the "
                      "relationship of client and unnamed person", FLAG,
                      "rescue_offer_relationship_note")
    try:
        assert _copies(rescue) == []
        assert load_genogram(again.case).relationships[rel_id].note == FLAG
    finally:
        _end(again, folder)


def test_an_open_dialog_whose_draft_cannot_be_written_is_kept_until_it_can(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    """A risk flag being typed, not locked: its own draft, written a second after typing
    pauses, failed quietly and the words were on screen only."""
    from kastdesk.ui.workspace.flags import RaiseFlagDialog

    _open(qtbot, window, "sessions")
    seen: dict[str, Any] = {}

    def typing(dialog: RaiseFlagDialog) -> None:
        folder.rename(_out(folder))
        dialog.note.setText(FLAG)
        dialog._write_draft()  # the pause's draft: it cannot
        qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
        _sealed(_copies(rescue)[0], FLAG)
        seen["kept"] = window.rescue._file.read()
        _out(folder).rename(folder)
        dialog._write_draft()  # written now: the copy goes
        qtbot.waitUntil(lambda: _copies(rescue) == [], timeout=3000)
        seen["after"] = _copies(rescue)
        dialog.reject()

    timer = when_modal(RaiseFlagDialog, typing)
    window.workspace.raise_flag()
    timer.stop()
    [item] = seen["kept"]["items"]
    assert item["kind"] == "dialog_draft" and item["data"]["note"] == FLAG
    assert seen["after"] == []


_CHILD = (r"""
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from kastdesk.ui.exercises.base import set_input_text
from kastdesk.ui.main_window import MainWindow

folder, rescue, note, topics, family, added, reason = (Path(sys.argv[1]), Path(sys.argv[2]),
                                                       *sys.argv[3:8])
PASSPHRASE = sys.argv[-1]
app = QApplication([])

"""
+ CHILD_OPENS
+ r"""
workspace = window.workspace
exercises = workspace.tab("exercises")
exercises.open_exercise("coping_plan")
exercises.start_current()
sessions, intake = workspace.tab("sessions"), workspace.tab("intake")
folder.rename(folder.parent / "stick out")  # the stick pulled out mid-session

sessions.editor.note.moveCursor(sessions.editor.note.textCursor().MoveOperation.End)
sessions.editor.note.insertPlainText(note)
sessions.editor.topics.setText(topics)
sessions.editor._on_meta_changed("topics")
sessions.editor.autosave()
close_boxes()
intake.form.set_answer("family_situation", family)
intake.autosave()
close_boxes()
set_input_text(exercises.editor.strategy_text, added)
exercises.keep_inputs_quietly()
close_boxes()
exercises.editor.reason_edit.setText(reason)
exercises.editor.reason_edit.textEdited.emit(reason)  # as typed
exercises.autosave()
close_boxes()
window.rescue.write_now()  # at once (else half a second after the last typing)
wait(lambda: any(rescue.glob("*.kastrescue")))
print("typed", flush=True)
sys.exit(app.exec())
""")


def test_a_kill_keeps_every_kind_typed_and_the_next_unlock_puts_each_back(
    qtbot, folder: Path, rescue: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A battery dead while the stick was out: the note, the session's topics, an intake
    answer, an exercise's work and words in its add field are all in the copy, offered
    back together and each put back in its place."""
    note = " Pratade om sömnen."  # fictional
    kill_after_typing(tmp_path, _CHILD, [str(folder), str(rescue), note, TOPICS, FAMILY,
                                         ADDED, CLIENT_WORDS, PASSPHRASE], pause=0.5)
    [copy] = _copies(rescue)
    _sealed(copy, FAMILY, ADDED, CLIENT_WORDS, "sömn", "Pratade")
    _out(folder).rename(folder)

    window = _window(qtbot, folder, rescue)
    try:
        dialog = _rescue_dialog(qtbot)
        texts = _texts(dialog)
        for label in ("K-R: the note of the session of 2026-11-20 10:00",
                      "K-R: the details of the session of 2026-11-20 10:00",
                      "K-R: the intake answers",
                      "K-R: words typed to add in the exercise",
                      "K-R: the exercise “Coping plan”"):
            assert label in texts, texts
        kept = sorted(w.toPlainText() for w in dialog.findChildren(QPlainTextEdit, "keptText"))
        assert kept == sorted([SAVED + note, "Topics: " + TOPICS, FAMILY, ADDED, CLIENT_WORDS])
        screenshot(dialog, "rescue_offer_several_kinds")
        dialog.put_back_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        assert _copies(rescue) == []
        case = window.case
        assert case is not None
        [session] = case.sessions.list()
        session = case.sessions.get(session.id)
        assert session.note == SAVED + note
        assert session.topics == ["sömn", "arbete"]
        assert list_responses(case, "intake")[-1].answers["family_situation"] == FAMILY
        assert drafts.read_draft(case, "exercise_input:coping_plan") == {
            "strategy_text": ADDED}
        exercises = window.workspace.tab("exercises")
        assert exercises.editor.strategy_text.text() == ADDED
        assert load_exercise(case, "coping_plan").reason == CLIENT_WORDS
        # One step back: the exercise's Undo bar brings back what the vault held.
        window.workspace.set_current_tab("exercises")
        screenshot(window.workspace, "rescue_exercise_put_back")
        assert exercises.editor.undo_remove()
        exercises.flush()
        assert load_exercise(case, "coping_plan").reason == ""
    finally:
        _end(window, folder)
