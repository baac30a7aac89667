"""Every exercise's words fit their widgets in Swedish and Norwegian at 1366×768.

The QA pass found the reward field's placeholder cut to "och jag belön…", the urge log's
to "Vad som utlöste i…" and "Det jag valde i stä…", and the log's header "Vad som utlöste
impulsen" given 142 of the 187 px it needs. This checks each exercise as the therapist sees
it (the register beside it) and as the client sees it (full screen, large type): the
placeholders of empty fields, the buttons, the table headers and one-line labels.
Screenshots: artifacts/screenshots/<lang>_fit_<view>_<exercise>.png.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from kastdesk import i18n
from kastdesk.exercises import all_exercises
from kastdesk.ui import app as app_module
from tests.ui.conftest import screenshot, unlock


@pytest.fixture(params=["sv_SE", "nb_NO"])
def language(qapp, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    app_module.install_translations(qapp, QLocale(request.param))
    yield request.param[:2]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def placeholder_room(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its placeholder whole (Qt's own sizing rule)."""
    metrics = edit.fontMetrics()
    chrome = QLineEdit.sizeHint(edit).width() - 17 * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance(edit.placeholderText()) + chrome


def cut_texts(top: QWidget) -> list[str]:
    """What ``top`` shows cut off: placeholders, buttons, combo boxes, headers, labels."""
    cut: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            if placeholder_room(widget) > widget.width():
                cut.append(f"placeholder {widget.placeholderText()!r}: "
                           f"{widget.width()} of {placeholder_room(widget)} px")
        elif isinstance(widget, QAbstractButton | QComboBox):
            need = widget.sizeHint().width()
            if need > widget.width() + 1:
                text = widget.text() if isinstance(widget, QAbstractButton) \
                    else widget.currentText()
                cut.append(f"{type(widget).__name__} {text!r}: {widget.width()} of {need} px")
        elif isinstance(widget, QTableWidget):
            header = widget.horizontalHeader()
            for column in range(header.count()):
                need, got = header.sectionSizeHint(column), header.sectionSize(column)
                if need > got + 1:
                    title = widget.horizontalHeaderItem(column).text()
                    cut.append(f"header {title!r}: {got} of {need} px")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and "<" not in widget.text() and widget.pixmap().isNull():
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if need > widget.contentsRect().width() + 1:
                cut.append(f"label {widget.text()!r}: {widget.width()} of {need} px")
    return cut


def test_exercise_texts_fit_both_views(qtbot, language, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    unlock(qtbot, window)
    window.resize(1366, 768)
    client = window.vault.clients()[5]  # in treatment, every exercise started
    window.register.select(client.id)
    qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client.id)
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    problems: dict[str, list[str]] = {}
    for exercise in all_exercises():
        tab.open_exercise(exercise.id)
        qtbot.wait(60)
        screenshot(window, f"{language}_fit_therapist_{exercise.id}")
        problems[f"therapist {exercise.id}"] = cut_texts(tab.editor)
        view = tab.open_client_view()
        assert view is not None
        view.showNormal()
        view.resize(1366, 768)  # the offscreen screen is smaller than a laptop's
        qtbot.wait(60)
        screenshot(view, f"{language}_fit_client_{exercise.id}")
        problems[f"client {exercise.id}"] = cut_texts(view.content)
        view.force_close()
        tab.client_view = None
    assert {k: v for k, v in problems.items() if v} == {}
