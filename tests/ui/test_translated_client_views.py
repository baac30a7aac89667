"""What the client sees, in Swedish and Norwegian: each exercise full screen, and the
self-rating scale to fill in, with no text cut off (screenshots to look at)."""

from __future__ import annotations

import pytest

from kastdesk.exercises import all_exercises
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)
from tests.ui.test_translated_dialogs import _clipped, language  # noqa: F401  (fixture)


@pytest.mark.parametrize("exercise_id", [e.id for e in all_exercises()])
def test_client_sees_each_exercise_in_their_language(  # type: ignore[no-untyped-def]
    qtbot, vault, case, language, exercise_id  # noqa: F811  (fixtures)
) -> None:
    tab = make_tab(qtbot, vault, case)
    start(tab, exercise_id, "2026-03-16")
    view = tab.open_client_view()
    assert view is not None
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    qtbot.wait(30)
    screenshot(view, f"{language}_client_{exercise_id}")
    assert _clipped(view) == []
    view.close()
