"""The urge log says it has no entries yet until it has one.

A QA pass saw an urge log started in a session say "Not started", "since the log was
started" and "Longest stretch: 0 days" at once, beside the exercise list's "started in a
session". Before the first entry there is nothing to count from: it says so, and no more.
Screenshot: artifacts/screenshots/urge_log_before_first_entry.png.
"""

from __future__ import annotations

from datetime import date

from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)


def test_an_urge_log_without_entries_says_so(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "urge_log", "2026-03-16")
    editor = tab.editor
    texts = editor.stat_texts()
    screenshot(tab, "urge_log_before_first_entry")
    assert "No entries yet" in texts
    assert not any(t.startswith("Longest stretch") or t == "Not started" for t in texts)
    # The first entry starts the count.
    editor.add_entry(date(2026, 3, 10), 6, "Stress", "Walk")
    texts = editor.stat_texts()
    assert "No entries yet" not in texts
    assert texts[0] == "6 days" and "Longest stretch: 6 days" in texts
