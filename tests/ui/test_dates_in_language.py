"""Dates shown to people are written in the app's language, not strftime's English.

The urge log's chart wrote "13 Jul, 03 Aug" under Swedish and Norwegian words, on the
therapist's screen and on the client's full-screen view alike (the QA pass).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kastdesk import i18n
from kastdesk.ui import app as app_module

UI = Path(__file__).resolve().parents[2] / "kastdesk" / "ui"


@pytest.fixture
def load_language(qapp):  # type: ignore[no-untyped-def]
    def load(name: str) -> None:
        app_module.install_translations(qapp, QLocale(name))

    yield load
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


@pytest.mark.parametrize(("name", "july", "august"), [
    ("sv_SE", "juli", "aug"),
    ("nb_NO", "juli", "aug"),
])
def test_the_urge_chart_names_months_in_the_apps_language(
        qtbot, load_language, name, july, august) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.exercises import urge_log as ul
    from kastdesk.ui.exercises.urges import TrendChart

    load_language(name)
    assert app_module.language_locale().language() == QLocale(name).language()
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_points([ul.WeekPoint(date(2026, 7, 13), 3, 1, 0),
                      ul.WeekPoint(date(2026, 8, 3), 2, 2, 0)])
    first, second = chart.axis_texts()
    assert "13" in first and july in first and "Jul" not in first
    assert second.startswith("3") and august in second and "Aug" not in second
    chart.resize(600, 240)
    chart.show()
    qtbot.wait(10)  # painted without error


def test_without_a_catalogue_the_dates_are_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.exercises.urges import week_label

    if any("kastdesk" in t.filePath() for t in app_module._translators):
        pytest.skip("the computer's language has a KastDesk catalogue")
    assert app_module.language_locale().language() == QLocale.Language.English
    assert week_label(date(2026, 7, 13)) == "13 Jul"


def test_no_month_or_weekday_names_from_strftime_in_the_ui() -> None:
    """%b, %B, %a, %A write the C locale's English names whatever the app speaks."""
    found = [f"{path.relative_to(UI)}:{number}"
             for path in UI.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"strftime\([^)]*%[aAbBch]", line)]
    assert found == []
