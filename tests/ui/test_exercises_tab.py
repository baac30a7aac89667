"""The exercises tab on a real vault: start in a session, fill each exercise, keep versions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from kastdesk.exercises.storage import exercise_history, statement_timeline
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.exercises import ExercisesTab
from kastdesk.ui.workspace.base import WorkspaceContext
from tests.ui.conftest import screenshot

TODAY = date(2026, 3, 16)


@pytest.fixture
def case(vault: Vault) -> Iterator[CaseFile]:
    """A client with two past sessions (the second signed) and one today."""
    case = vault.add_client("K-2026-042", name="Sven Hemlig", first_contact_date=date(2026, 2, 1))
    case.sessions.add(datetime(2026, 3, 2, 10), topics=["shame"],
                      note="Private note text about the partner.")
    second = case.sessions.add(datetime(2026, 3, 9, 10), note="Second note.")
    case.sessions.sign(second.id)
    case.sessions.add(datetime(2026, 3, 16, 10), note="Today's note.")
    yield case


def make_tab(qtbot, vault: Vault, case: CaseFile) -> ExercisesTab:  # type: ignore[no-untyped-def]
    tab = ExercisesTab(WorkspaceContext(vault, case, None), today=lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1280, 820)
    tab.show()
    return tab


def sessions_by_day(case: CaseFile) -> dict[str, str]:
    return {s.starts_at.strftime("%Y-%m-%d"): s.id for s in case.sessions.list()}


def start(tab: ExercisesTab, exercise_id: str, day: str) -> None:
    tab.open_exercise(exercise_id)
    tab.set_session(sessions_by_day(tab.case)[day])
    tab.start_button.click()
    assert tab.editor is not None and tab.editor.exercise_id == exercise_id


def test_list_shows_state_and_start_marks_the_session_topics(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    assert tab.list.count() == 6
    assert all("Not started" in tab.list.item(i).text() for i in range(6))
    # Default session: today's.
    assert tab.current_session_id() == sessions_by_day(case)["2026-03-16"]
    start(tab, "consequence_listing", "2026-03-02")
    row = [tab.list.item(i).text() for i in range(6) if "Consequence" in tab.list.item(i).text()]
    assert "Started in session 2026-03-02" in row[0]
    first = case.sessions.get(sessions_by_day(case)["2026-03-02"])
    assert first.topics == ["shame", "Exercise: Consequence listing"]
    assert first.note == "Private note text about the partner."
    # Continued in a signed session: the signed session is not touched at all.
    tab.set_session(sessions_by_day(case)["2026-03-09"])
    tab.editor.add_consequence("self", "I hide who I am", 4, "long")
    tab.flush()
    signed = case.sessions.get(sessions_by_day(case)["2026-03-09"])
    assert signed.topics == [] and signed.signed
    # Continued today: "(continued)".
    tab.set_session(sessions_by_day(case)["2026-03-16"])
    tab.editor.add_consequence("money", "Money I cannot explain", 3, "short")
    tab.flush()
    assert case.sessions.get(sessions_by_day(case)["2026-03-16"]).topics == [
        "Exercise: Consequence listing (continued)"]
    history = exercise_history(case, "consequence_listing")
    assert [v.session_id for v in history] == [sessions_by_day(case)[d] for d in
                                               ("2026-03-02", "2026-03-09", "2026-03-16")]
    assert [len(v.state.consequences) for v in history] == [0, 1, 2]


def test_consequence_grid_marks_empty_areas(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    editor = tab.editor
    editor.area_combo.setCurrentIndex(editor.area_combo.findData("partner"))
    qtbot.keyClicks(editor.text_edit, "She would feel betrayed")
    editor.serious_combo.setCurrentIndex(editor.serious_combo.findData(5))
    editor.term_combo.setCurrentIndex(editor.term_combo.findData("long"))
    editor.add_button.click()
    assert editor.add_consequence("law", "A fine if caught", 4, "long")
    empty = {a for a, box in editor.area_cards.items() if box.property("empty")}
    assert empty == {"self", "children_family", "money", "health", "work", "person_who_sold",
                     "other"}
    texts = [w.text() for w in editor.area_cards["money"].findChildren(QLabel)]
    assert any("Nothing listed yet" in t for t in texts)
    tab.flush()
    state = exercise_history(case, "consequence_listing")[-1].state
    assert {(c.area, c.seriousness, c.term) for c in state.consequences} == {
        ("partner", 5, "long"), ("law", 4, "long")}
    screenshot(tab, "exercise_consequence_listing")


def test_rewrite_in_second_session_shows_rewritten_there(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "i_am_vs_i_do", "2026-03-02")
    editor = tab.editor
    qtbot.keyClicks(editor.new_edit, "I am a bad person")
    editor.add_button.click()
    assert editor.add_statement("I am weak")
    tab.flush()
    tab.set_session(sessions_by_day(case)["2026-03-16"])
    sid = editor.state().statements[0].id
    qtbot.keyClicks(editor.action_edits[sid], "I have done a bad thing")
    editor.action_edits[sid].returnPressed.emit()
    tab.flush()
    statuses = {s: label.text() for s, label in editor.status_labels.items()}
    assert "Rewritten" in statuses[sid] and "2026-03-16" in statuses[sid]
    other = editor.state().statements[1].id
    assert "Still stands" in statuses[other]
    timeline = statement_timeline(exercise_history(case, "i_am_vs_i_do"))
    by_text = {t["i_am"]: t for t in timeline}
    assert by_text["I am a bad person"]["rewritten_session"] == sessions_by_day(case)["2026-03-16"]
    assert by_text["I am weak"]["status"] == "standing"
    dialog = tab.show_history()
    assert dialog is not None and dialog.statements is not None
    row = dialog.statements.topLevelItem(0)
    assert row.text(3) == "2026-03-16" and row.text(2) == "2026-03-02"
    assert dialog.versions.topLevelItemCount() == 2  # one version per session
    screenshot(tab, "exercise_i_am_vs_i_do")
    screenshot(dialog, "exercise_history")
    dialog.close()


def test_behaviour_in_words_autosaves_after_typing(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "behaviour_in_words", "2026-03-16")
    editor = tab.editor
    qtbot.keyClicks(editor.edits["what_happened"], "I paid for sex on a work trip.")
    assert tab.has_unsaved_changes()
    qtbot.waitUntil(lambda: not tab.has_unsaved_changes(), timeout=3000)
    history = exercise_history(case, "behaviour_in_words")
    assert history[-1].state.answers["what_happened"] == "I paid for sex on a work trip."
    qtbot.keyClicks(editor.edits["what_led_to_it"], "A fight at home.")
    screenshot(tab, "exercise_behaviour_in_words")
    tab.flush()
    history = exercise_history(case, "behaviour_in_words")
    assert len(history) == 1  # autosaves within one session make one version
    assert history[-1].state.answers["what_led_to_it"] == "A fight at home."


def test_triggers_alternatives_chain_and_gap(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "triggers_alternatives", "2026-03-16")
    editor = tab.editor
    qtbot.keyClicks(editor.situation_edit, "Alone after my partner goes to bed")
    editor.feelings_button.actions_["loneliness"].setChecked(True)
    editor.trigger_needs_button.actions_["closeness"].setChecked(True)
    editor.trigger_needs_button.actions_["escape"].setChecked(True)
    editor.add_trigger_button.click()
    qtbot.keyClicks(editor.alternative_edit, "call my brother")
    qtbot.keyClicks(editor.reward_edit, "an episode of my series")
    editor.alt_needs_button.actions_["closeness"].setChecked(True)
    editor.add_alternative_button.click()
    tab.flush()
    state = exercise_history(case, "triggers_alternatives")[-1].state
    assert state.triggers[0].need_ids == ("closeness", "escape")
    assert state.alternatives[0].reward == "an episode of my series"
    gaps = [w.text() for w in editor.page.findChildren(QLabel, "gapLabel")]
    assert len(gaps) == 1 and "Escape" in gaps[0]
    screenshot(tab, "exercise_triggers_alternatives")


def test_urge_log_lapse_resets_days_but_keeps_streak(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "urge_log", "2026-03-16")
    editor = tab.editor
    editor.add_entry(date(2026, 1, 5), 8, "Alone at home", "", "buying_sex")
    for day, chosen in ((date(2026, 1, 20), "Walk"), (date(2026, 2, 3), "Called a friend"),
                        (date(2026, 2, 20), "Gym")):
        editor.add_entry(day, 6, "Stress", chosen)
    before = ul_days(editor)
    assert before == "70 days"  # 5 Jan → 16 Mar
    # A lapse, entered through the form as the therapist would.
    editor.day_edit.setDate(date(2026, 3, 12))
    qtbot.keyClicks(editor.trigger_edit, "Hotel evening")
    editor.lapse_box.setChecked(True)
    editor.add_button.click()
    assert ul_days(editor) == "4 days"
    assert "Longest stretch: 65 days" in editor.stat_texts()
    tab.flush()
    entries = exercise_history(case, "urge_log")[-1].state.entries
    assert [e.lapse for e in entries] == [True, False, False, False, True]
    screenshot(tab, "exercise_urge_log")


def ul_days(editor) -> str:  # type: ignore[no-untyped-def]
    return editor.stat_texts()[0]


def test_coping_plan_order(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "coping_plan", "2026-03-16")
    editor = tab.editor
    qtbot.keyClicks(editor.reason_edit, "I want my children to trust me")
    for kind in ("breathe", "pause_and_name", "call_someone"):
        editor.strategy_combo.setCurrentIndex(editor.strategy_combo.findData(kind))
        editor.add_step_button.click()
    qtbot.keyClicks(editor.strategy_text, "Put the phone in another room")
    editor.strategy_combo.setCurrentIndex(editor.strategy_combo.findData("own"))
    editor.add_step_button.click()
    qtbot.keyClicks(editor.reach_edit, "070-000 00 00")
    editor.add_contact_button.click()
    # "Pause and name" should come first: press its "Earlier" button.
    up = next(b for b in editor.card_frame.findChildren(QWidget)
              if b.accessibleName() == "Earlier: Pause and name the feeling")
    up.click()
    assert editor.step_titles() == ["Pause and name the feeling", "Breathe slowly for a minute",
                                    "Call someone", "Put the phone in another room"]
    html = editor.card_html()
    assert html.index("Pause and name") < html.index("Breathe") < html.index("phone")
    tab.flush()
    state = exercise_history(case, "coping_plan")[-1].state
    assert [s.kind for s in state.strategies] == ["pause_and_name", "breathe", "call_someone",
                                                  "own"]
    assert state.reason == "I want my children to trust me"
    assert state.contacts[0].role == "partner"
    screenshot(tab, "exercise_coping_plan")


def test_printing_the_coping_card_is_audited(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "coping_plan", "2026-03-16")
    tab.editor.printed.emit("coping card")  # what print_card emits once the printer has it
    entry = case.audit_entries(limit=1)[0]
    assert entry.action == "Print" and entry.detail == {"what": "coping card"}


def test_a_consequence_is_reworded_in_place(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """The pencil turns the wording into a line: Enter saves the new words, Esc keeps the old."""
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    editor = tab.editor
    assert editor.add_consequence("partner", "She would feel betrayd", 5, "long")
    card = editor.area_cards["partner"]
    card.findChild(QToolButton, "editConsequence").click()
    line = card.findChild(QLineEdit, "consequenceEdit")
    label = card.findChild(QLabel, "consequenceText")
    assert not line.isHidden() and label.isHidden() and line.text() == "She would feel betrayd"
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert line.isHidden() and not label.isHidden()
    card.findChild(QToolButton, "editConsequence").click()
    line = card.findChild(QLineEdit, "consequenceEdit")
    line.selectAll()
    qtbot.keyClicks(line, "She would feel betrayed")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    tab.flush()
    (item,) = exercise_history(case, "consequence_listing")[-1].state.consequences
    assert (item.text, item.area, item.seriousness) == ("She would feel betrayed", "partner", 5)
    shown = [w.text() for w in editor.area_cards["partner"].findChildren(QLabel)]
    assert "She would feel betrayed" in shown


def test_a_removed_consequence_can_be_brought_back(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """✕ removed the client's words at once, for good (in the client's view too)."""
    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    editor = tab.editor
    assert editor.add_consequence("partner", "She would feel betrayed", 5, "long")
    assert editor.add_consequence("law", "A fine if caught", 4, "long")
    undo = editor.findChild(QWidget, "exerciseUndo")
    assert undo is None or not undo.isVisible()
    removes = [b for b in editor.area_cards["partner"].findChildren(QToolButton)
               if b.text() == "✕"]
    removes[0].click()
    assert [c.text for c in editor.state().consequences] == ["A fine if caught"]
    undo = editor.findChild(QWidget, "exerciseUndo")
    assert undo.isVisible()
    screenshot(tab, "exercise_undo_remove")
    undo.findChild(QPushButton, "exerciseUndoButton").click()
    assert {c.text for c in editor.state().consequences} == {
        "She would feel betrayed", "A fine if caught"}
    assert not undo.isVisible()
    tab.flush()
    saved = exercise_history(case, "consequence_listing")[-1].state
    assert {c.text for c in saved.consequences} == {"She would feel betrayed", "A fine if caught"}
    # The offer ends with the next change: undoing then would throw that change away.
    removes = [b for b in editor.area_cards["law"].findChildren(QToolButton) if b.text() == "✕"]
    removes[0].click()
    assert undo.isVisible()
    assert editor.add_consequence("money", "Money I cannot explain", 3, "short")
    assert not undo.isVisible()
    assert not editor.undo_remove()


def test_words_typed_in_an_add_field_outlive_a_lock(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """A consequence half-typed (not added) was gone after a lock: the tab's flush, which
    runs before every lock, keeps it in the case file and the field gets it back."""
    from kastdesk.ui import drafts

    tab = make_tab(qtbot, vault, case)
    start(tab, "consequence_listing", "2026-03-16")
    qtbot.keyClicks(tab.editor.text_edit, "She would")
    tab.flush()
    tab.clear()  # what the lock does after the flush
    assert tab.editor is None or tab.editor.text_edit.text() == ""
    again = make_tab(qtbot, vault, case)  # the case opened again after unlocking
    again.open_exercise("consequence_listing")
    assert again.editor.text_edit.text() == "She would"
    # Back on screen and still kept: a crash before the next pause in typing loses nothing.
    assert drafts.pending_drafts(case) == ["exercise_input:consequence_listing"]
    again.flush()
    assert drafts.pending_drafts(case) == ["exercise_input:consequence_listing"]
    again.editor.text_edit.clear()  # wiped (or added): nothing kept any more
    again.flush()
    assert drafts.pending_drafts(case) == []


#: Typed as a Swede or a Norwegian types it: no-break spaces in a sum and before "kr".
NO_BREAK = "Det kostade 10\u00a0000\u00a0kr,\u00a0sa hon"


def test_no_break_spaces_typed_in_an_exercise_are_kept(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]
    """Read back with toPlainText, the no-break spaces in "10 000 kr" became plain spaces on
    saving, so the client's words changed; saved and opened again they are as typed."""
    tab = make_tab(qtbot, vault, case)
    start(tab, "behaviour_in_words", "2026-03-16")
    edit = tab.editor.edits["what_happened"]
    edit.insertPlainText(NO_BREAK)
    edit.insertPlainText("\n" + NO_BREAK)
    tab.flush()
    typed = NO_BREAK + "\n" + NO_BREAK
    assert exercise_history(case, "behaviour_in_words")[-1].state.answers["what_happened"] == typed

    start(tab, "i_am_vs_i_do", "2026-03-16")
    editor = tab.editor
    assert editor.add_statement("I am a bad person")
    (sid,) = editor.action_edits
    editor.action_edits[sid].insertPlainText(NO_BREAK)
    editor.action_edits[sid].returnPressed.emit()  # Enter: rewrite
    tab.flush()
    assert exercise_history(case, "i_am_vs_i_do")[-1].state.get(sid).i_do == NO_BREAK

    # Opened again: the fields hold the words as saved, and leaving them saves nothing new.
    again = make_tab(qtbot, vault, case)
    again.open_exercise("behaviour_in_words")
    assert again.editor.edits["what_happened"].document().toRawText() == typed.replace(
        "\n", "\u2029")
    again.open_exercise("i_am_vs_i_do")
    assert again.editor.action_edits[sid].text() == NO_BREAK
    again.flush()
    assert not again.has_unsaved_changes()
    assert exercise_history(case, "i_am_vs_i_do")[-1].state.get(sid).i_do == NO_BREAK
