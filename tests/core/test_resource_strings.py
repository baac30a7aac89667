"""The texts of the shipped forms and exercises reach the translation catalogues."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from kastdesk.exercises import all_exercises, get_exercise
from kastdesk.forms import FORMS_CONTEXT, get_family

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_resource_strings", ROOT / "tools" / "extract_resource_strings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resource_strings_file_is_current() -> None:
    """Changed a form or an exercise? Run python tools/extract_resource_strings.py."""
    tool = _tool()
    assert (ROOT / "tools" / "resource_strings.py").read_text(encoding="utf-8") == tool.render()


def test_every_text_the_app_translates_is_marked() -> None:
    """What the form widget and the exercises look up is exactly what the file marks."""
    marked = set(_tool().marks())
    for family in (get_family("self_rating"), get_family("intake")):
        for definition in family.versions:
            assert (FORMS_CONTEXT, definition.title) in marked
            for item in definition.items.values():
                assert (FORMS_CONTEXT, item.label) in marked
                for choice in item.choices:
                    assert (FORMS_CONTEXT, choice.label) in marked
    for exercise in all_exercises():
        assert (exercise.context, exercise.title) in marked
        for key, text in exercise.texts().get("texts", {}).items():
            assert (exercise.context, text) in marked, key
    listing = get_exercise("consequence_listing")
    for name in ("areas", "seriousness", "terms"):
        for entry in listing.texts()[name]:
            assert (listing.context, entry["label"]) in marked


def test_report_marks_every_stored_word_it_shows() -> None:
    """The PDF shows stored enum values as words; each of those words is in the catalogue."""
    from kastdesk.domain import models
    from kastdesk.report.summary import ENUM_WORDS, _enum

    for enum in (models.Status, models.Gender, models.ContactChannel, models.ReferralSource,
                 models.Modality, models.Present, models.GoalEventKind, models.GoalState,
                 models.RiskKind):
        for value in enum:
            assert _enum(value.value) in ENUM_WORDS, (enum.__name__, value)
    from kastdesk.demo import RELATIONSHIP

    for status in RELATIONSHIP:
        assert _enum(status) in ENUM_WORDS, status
