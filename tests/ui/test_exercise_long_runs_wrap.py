"""A long run of characters with nowhere to break a line keeps every exercise's cards to the
view's width (QA: a pasted consequence holding a 300-character tracking token turned the
three-column grid into one card wider than the view, its ✎/✕ buttons and choices off the
right edge). Only the label shows the breaks; the stored words are the words typed.
Screenshots: artifacts/screenshots/exercise_long_run_<exercise>.png.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from kastdesk.exercises.storage import exercise_history
from kastdesk.ui.exercises.base import breakable
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401

TOKEN = "fbclid=IwAR" + "x7Kq2LmZ9pQ" * 27  # 308 characters, no place to break
PASTED = f"Kan förlora jobbet om chefen får veta. Skam 😞 {TOKEN}"


def _in_view(editor, widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
    viewport = editor.scroll.viewport()
    left = widget.mapTo(viewport, widget.rect().topLeft()).x()
    right = widget.mapTo(viewport, widget.rect().topRight()).x()
    return left >= 0 and right <= viewport.width()


def _fits(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    viewport = editor.scroll.viewport()
    assert editor.page.minimumSizeHint().width() <= viewport.width()
    assert editor.page.width() <= viewport.width()
    off = [w for w in editor.page.findChildren(QAbstractButton) + editor.page.findChildren(
        QComboBox) if w.isVisibleTo(editor.page) and not _in_view(editor, w)]
    assert off == []


def test_breakable_adds_breaks_only_to_long_unbroken_runs(qapp) -> None:  # type: ignore[no-untyped-def]
    assert breakable("A short sentence, arbetsmiljöförhållanden.") == \
        "A short sentence, arbetsmiljöförhållanden."
    shown = breakable(PASTED)
    assert shown.replace("\u200b", "") == PASTED
    assert max(len(run) for run in shown.replace("\u200b", " ").split()) <= 24
    assert "😞" in shown and "\u200b\u0301" not in breakable("e\u0301" * 40)


def test_a_long_token_keeps_the_consequence_grid_in_three_columns(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    tab = make_tab(qtbot, vault, case)
    tab.resize(1366, 768)
    start(tab, "consequence_listing", "2026-03-16")
    editor = tab.editor
    for area, text in (("partner", "She would feel betrayed"), ("law", "A fine if caught"),
                       ("work", "Late to work after a night online")):
        assert editor.add_consequence(area, text)
    qtbot.wait(50)
    columns = editor._columns
    assert columns == 3
    assert editor.add_consequence("work", PASTED)
    _fits(qtbot, editor)
    assert editor._columns == columns
    screenshot(tab, "exercise_long_run_consequence_listing")
    shown = [label.text() for label in editor.page.findChildren(QLabel, "consequenceText")]
    assert breakable(PASTED) in shown
    tab.flush()
    stored = exercise_history(case, "consequence_listing")[-1].state.consequences
    assert stored[-1].text == PASTED  # the breaks are for the label only


def test_a_long_token_fits_the_other_exercises(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    tab = make_tab(qtbot, vault, case)
    tab.resize(1366, 768)
    start(tab, "i_am_vs_i_do", "2026-03-16")
    assert tab.editor.add_statement(f"Jag är {TOKEN}")
    _fits(qtbot, tab.editor)
    screenshot(tab, "exercise_long_run_i_am_vs_i_do")
    start(tab, "triggers_alternatives", "2026-03-16")
    assert tab.editor.add_trigger(f"Ensam hemma {TOKEN}")
    assert tab.editor.add_alternative(f"Ringa {TOKEN}", reward=TOKEN)
    _fits(qtbot, tab.editor)
    screenshot(tab, "exercise_long_run_triggers_alternatives")
    start(tab, "coping_plan", "2026-03-16")
    assert tab.editor.add_step("own", TOKEN)
    tab.editor.reason_edit.setText(TOKEN)
    tab.editor._on_reason(TOKEN)
    _fits(qtbot, tab.editor)
    screenshot(tab, "exercise_long_run_coping_plan")
