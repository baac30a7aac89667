"""Swedish and Norwegian catalogues reach both the widgets and the Qt-free core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kastdesk import i18n
from kastdesk.domain.models import Status
from kastdesk.domain.status import status_label
from kastdesk.store import WrongPassphrase
from kastdesk.ui import app as app_module


@pytest.fixture
def installed(qapp):  # type: ignore[no-untyped-def]
    yield lambda locale: app_module.install_translations(qapp, QLocale(locale))
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def test_swedish_widgets_and_core(installed) -> None:  # type: ignore[no-untyped-def]
    installed("sv_SE")
    assert QCoreApplication.translate("MainWindow", "Lock") == "Lås"
    assert status_label(Status.IN_TREATMENT) == "I behandling"
    assert WrongPassphrase().message.startswith("Lösenfrasen stämmer inte")


def test_norwegian_core(installed) -> None:  # type: ignore[no-untyped-def]
    installed("nb_NO")
    assert status_label(Status.FOLLOW_UP) == "Oppfølging"


def test_untranslated_strings_fall_back_to_english(installed) -> None:  # type: ignore[no-untyped-def]
    installed("sv_SE")
    assert status_label(Status.INTAKE) == "Inskrivning"
    assert i18n.tr("Status", "Something nobody translated") == "Something nobody translated"


def test_catalogues_keep_placeholders_accelerators_and_line_breaks() -> None:
    """A translation that drops a {placeholder} would raise when the string is formatted."""
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[2] / "tools" / "check_translations.py"
    spec = importlib.util.spec_from_file_location("check_translations", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    problems = [line for f in sorted(module.CATALOGUES.glob("*.ts"))
                for line in module.problems_in(f)]
    assert problems == []


def test_what_the_client_reads_is_swedish_too(installed) -> None:  # type: ignore[no-untyped-def]
    """The self-rating scale, the exercises and the PDF words follow the language."""
    from kastdesk.exercises import get_exercise
    from kastdesk.forms import FORMS_CONTEXT, get_definition
    from kastdesk.genogram.demo import generate_family
    from kastdesk.report.pseudonymize import kinship_roles

    installed("sv_SE")
    scale = get_definition("self_rating")
    question = scale.items["wellbeing"].label
    assert i18n.tr(FORMS_CONTEXT, question) not in ("", question)
    assert get_exercise("consequence_listing").display_title() == "Konsekvenslista"
    family = generate_family(seed=1, size=12)
    roles = kinship_roles(family)
    assert family.index_person is not None
    assert roles[family.index_person.id] == "klienten"
    assert {"far", "mor"} <= set(roles.values())


def test_plural_english_without_a_catalogue() -> None:
    from kastdesk.ui.common import plural

    assert plural("overdue by 1 day(s)", 1) == "overdue by 1 day"
    assert plural("overdue by 3 day(s)", 3) == "overdue by 3 days"
    assert plural("försenad 3 dagar", 3) == "försenad 3 dagar"
