"""The triggers exercise's list of alternatives reads as a sentence (QA walk).

The reward field's prompt, "and I reward myself by ...", was put before the reward in the
list as it stands in the empty field, dots and all: "• Call my brother — and I reward myself
by ... ordering a nice dinner", a gap in the middle of what the client said.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401


def test_the_reward_follows_the_prompt_without_the_dots(qtbot, vault, case) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    tab = make_tab(qtbot, vault, case)
    start(tab, "triggers_alternatives", "2026-03-16")
    assert tab.editor.add_alternative("Call my brother", reward="ordering a nice dinner")
    lines = [label.text() for label in tab.editor.findChildren(QLabel)
             if "Call my brother" in label.text()]
    assert lines, "the alternative is listed"
    line = " ".join(lines[0].split())  # the label may break long runs for wrapping
    assert "..." not in line and "…" not in line, line
    assert "— and I reward myself by ordering a nice dinner" in line, line
