"""What cannot be used now looks it: the house palette set one text colour for every state,
so a disabled Undo on an empty family map looked as clickable as the buttons beside it."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from kastdesk.ui.style import apply_style


def test_disabled_text_is_greyed(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    button = QPushButton("Undo")
    qtbot.addWidget(button)
    palette = button.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.Text):
        assert palette.color(QPalette.ColorGroup.Disabled, role) != palette.color(
            QPalette.ColorGroup.Active, role), role
