"""The demo's anonymous client is called what a new family map calls the client, in the
user interface's language: Swedish and Norwegian demo maps read "client" in English."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kastdesk import i18n
from kastdesk.genogram import edits
from kastdesk.genogram.demo_case import demo_genogram
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import Genogram, Sex
from kastdesk.ui import app as app_module


@pytest.fixture(params=[("sv_SE", "klient"), ("nb_NO", "klient"), ("en_US", "client")])
def language(qapp, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app in one language; yields the word for the client there."""
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    if request.param[0] == "en_US":
        i18n.set_translator(QCoreApplication.translate)
    else:
        app_module.install_translations(qapp, QLocale(request.param[0]))
    yield request.param[1]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


@pytest.mark.parametrize("large", [False, True])
def test_the_anonymous_demo_client_has_the_role_a_new_map_gives(language: str,
                                                                 large: bool) -> None:
    g = demo_genogram(random.Random(3), None, "man", large)
    index = g.index_person
    assert index is not None and index.name == ""
    assert index.role == language
    # A new map: the first person drawn is the client, and kinship names them.
    new = edits.add_person(Genogram(), sex=Sex.MALE, is_index=True)
    first = new.apply(Genogram())
    assert index.role == kinship(first)[new.created[0]]


def test_a_named_demo_client_keeps_the_name(language: str) -> None:
    g = demo_genogram(random.Random(3), "Erik Berg", "man", False)
    index = g.index_person
    assert index is not None and index.name == "Erik Berg"
