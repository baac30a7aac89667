"""The client view's hint stands beside the buttons while it fits there in two lines, else
on a line of its own above them (QA 26).

After "Jag är klar" with questions left blank, "Nästan klart: 2 frågor markerade med *
återstår att besvara. Den första visas ovan." stood in a column five lines tall beside
"Jag är klar" and "Tillbaka till terapeuten (håll nedtryckt)" in an 800-pixel window.
Screenshots: artifacts/screenshots/client_view_hint_{800,1366}.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from kastdesk.ui.exercises.client_view import ClientView
from tests.ui.conftest import screenshot

LONG = ("Nästan klart: 2 frågor markerade med * återstår att besvara. "
        "Den första visas ovan.")
SHORT = "Tack! Vänd nu tillbaka skärmen till din terapeut."


@pytest.fixture
def view(qtbot) -> ClientView:  # type: ignore[no-untyped-def]
    view = ClientView("Självskattningsskala", QWidget())
    qtbot.addWidget(view)
    view.add_footer_widget(QPushButton("Jag är klar"))
    view.return_button.setText("Tillbaka till terapeuten (håll nedtryckt)")
    view.hint.setWordWrap(True)
    return view


def _lines(view: ClientView) -> float:
    return view.hint.height() / view.hint.fontMetrics().lineSpacing()


@pytest.mark.parametrize("width", [800, 1024, 1366])
def test_a_long_hint_never_stands_in_a_narrow_column(qtbot, view: ClientView,  # type: ignore[no-untyped-def]
                                                     width: int) -> None:
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    view.hint.setText(LONG)
    qtbot.wait(20)
    screenshot(view, f"client_view_hint_{width}")
    assert view.hint.isVisible()
    assert _lines(view) < 2.5, _lines(view)
    button = view.return_button
    if view.hint.geometry().bottom() < button.geometry().top():  # above the buttons
        assert view.hint.width() > width / 2
    # Back beside the buttons with a short one, where it fits there.
    view.hint.setText(SHORT)
    qtbot.wait(20)
    assert _lines(view) < 2.5
    if width >= 1024:
        assert abs(view.hint.geometry().center().y() - button.geometry().center().y()) <= 4
