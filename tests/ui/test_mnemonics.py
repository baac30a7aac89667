"""No two controls on one screen share an Alt+letter, in English, Swedish and Norwegian.

With two, Alt+letter only moves the focus between them and never presses either: Alt+F
opened the File menu instead of raising a risk flag, Alt+N went to the note instead of
starting a new session. The menu bar's letters count on every screen."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from tests.ui.conftest import unlock
from tests.ui.test_app_main import select_code


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", (text or "").replace("&&", ""))
    return found.group(1).lower() if found else None


def _letters(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter shown in ``window`` now, with what carries it."""
    out: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if (key := _letter(action.text())) is not None:
            out[key].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        for text in texts:
            if (key := _letter(text)) is not None:
                out[key].append(text)
    return out




def test_no_screen_shares_an_alt_letter(qtbot, every_language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 768)
    select_code(qtbot, window, "K-2022-001")
    workspace = window.workspace
    clashes = {}
    for name in workspace.tab_names():
        workspace.set_current_tab(name)
        qtbot.wait(30)
        shared = {k: v for k, v in _letters(window).items() if len(v) > 1}
        if shared:
            clashes[name] = shared
    assert clashes == {}
