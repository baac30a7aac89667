"""The client view shows one exercise and nothing else, and is left only on purpose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from kastdesk.exercises.storage import exercise_history
from kastdesk.ui.exercises.client_view import HOLD_MS
from tests.ui.conftest import screenshot
from tests.ui.test_exercises_tab import case, make_tab, start  # noqa: F401  (fixture)


def all_texts(window: QWidget) -> list[str]:
    """Every piece of text any widget in ``window`` can show, tooltips included."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            texts += [widget.item(r, c).text() for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c)]
    return [t for t in texts if t]


def test_client_view_shows_only_the_exercise_and_saves_to_it(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "behaviour_in_words", "2026-03-16")
    qtbot.keyClicks(tab.editor.edits["what_happened"], "Paid for sex at a hotel")
    start(tab, "consequence_listing", "2026-03-02")
    tab.editor.add_consequence("partner", "She would feel betrayed", 5, "long")
    tab.flush()

    view = tab.open_client_view()
    assert view is not None
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    assert view.isFullScreen()
    joined = "\n".join(all_texts(view))
    assert "She would feel betrayed" in joined
    assert "Nothing here yet" in joined and "worth asking" not in joined  # the therapist's cue
    for secret in ("K-2026-042", "Sven", "Hemlig", "Private note", "Second note",
                   "Today's note", "Paid for sex at a hotel", "2026-03-02", "2026-03-16",
                   "shame", "The behaviour in words", "Test Therapist"):
        assert secret not in joined, secret
    # Large type.
    label = next(w for w in view.findChildren(QLabel) if w.text() == "She would feel betrayed")
    assert label.font().pointSizeF() >= tab.font().pointSizeF() * 1.4

    # The client adds a consequence himself; it lands in the same exercise.
    mirror = view.content
    mirror.area_combo.setCurrentIndex(mirror.area_combo.findData("money"))
    qtbot.keyClicks(mirror.text_edit, "Money I cannot explain at home")
    mirror.add_button.click()
    screenshot(view, "exercise_client_view")

    # Esc, a close request and a quick click do not leave.
    QTest.keyClick(view, Qt.Key.Key_Escape)
    view.close()
    qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert view.isVisible()
    assert "holds" in view.hint.text()

    # Press and hold does.
    with qtbot.waitSignal(view.returned, timeout=HOLD_MS + 2000):
        qtbot.mousePress(view.return_button, Qt.MouseButton.LeftButton)
        qtbot.wait(HOLD_MS + 300)
    qtbot.mouseRelease(view.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert tab.client_view is None
    latest = exercise_history(case, "consequence_listing")[-1].state
    assert {c.text for c in latest.consequences} == {"She would feel betrayed",
                                                     "Money I cannot explain at home"}
    assert {c.area for c in latest.consequences} == {"partner", "money"}
    assert "Money I cannot explain at home" in "\n".join(all_texts(tab))


def test_client_view_goes_when_the_tab_is_cleared(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    start(tab, "i_am_vs_i_do", "2026-03-16")
    tab.editor.add_statement("I am disgusting")
    view = tab.open_client_view()
    qtbot.addWidget(view)
    tab.flush()
    tab.clear()
    assert not view.isVisible()
    assert "I am disgusting" not in "\n".join(all_texts(tab))
    QApplication.processEvents()


def test_every_exercise_opens_in_the_client_view(qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, vault, case)
    for exercise_id in ("urge_log", "coping_plan", "triggers_alternatives"):
        start(tab, exercise_id, "2026-03-16")
        view = tab.open_client_view()
        qtbot.addWidget(view)
        assert view.content.client_mode
        joined = "\n".join(all_texts(view))
        assert "K-2026-042" not in joined and "2026-03-16 10:00" not in joined
        if exercise_id == "coping_plan":
            view.content.add_step("breathe")
            screenshot(view, "exercise_client_view_coping_plan")
        view.force_close()
        tab.flush()
