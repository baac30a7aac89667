"""The drop-down arrows of "Feelings" and the needs in Triggers, needs and alternatives
keep clear of the words.

A QA pass saw the arrows drawn in the last letters at a 14 pt font ("Behovene bak",
"Følelser"): the styled button was only as wide as its words and margins. It now has the
arrow's width besides. Screenshot: artifacts/screenshots/14pt_triggers_dropdowns.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle

from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)


@pytest.mark.parametrize("points", [14, None], ids=["14pt", "usual"], indirect=True)
def test_the_arrow_has_room_beside_the_words(qtbot, vault, case, points) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "triggers_alternatives", "2026-03-16")
    editor = tab.editor
    editor.feelings_button.actions_[next(iter(editor.feelings_button.actions_))].setChecked(True)
    qtbot.wait(20)
    screenshot(tab, f"{points or 'usual'}pt_triggers_dropdowns")
    for button in (editor.feelings_button, editor.trigger_needs_button, editor.alt_needs_button):
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        words = button.fontMetrics().horizontalAdvance(button.text())
        # The words are centred: the room on their right holds the arrow and a margin.
        assert (button.width() - words) // 2 >= arrow + 2, (button.text(), button.width(), words)
