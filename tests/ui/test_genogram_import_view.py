"""After a GEDCOM import the view shows the client's part of a large family readably, as
opening the map does, not the whole of it fitted to bare symbols (QA: 60 persons at zoom
0.28, names hidden below 0.45); the first person of a map is shown with the legend beside
them, not scrolled to with the legend cut off at the view's edge."""

from __future__ import annotations

import pytest

from kastdesk.genogram import edits as E
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram.scene import READABLE_ZOOM


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-031", name="Per Strand")


def test_a_large_import_opens_readably_on_the_client(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    g = generate_family(seed=3, size=60)
    assert editor.import_genogram(g, replace_all=True)
    qtbot.wait(20)
    view = editor.view
    assert view.zoom_level() >= READABLE_ZOOM
    index = editor.model.index_person
    assert index is not None
    client = editor.scene.persons[index.id].sceneBoundingRect()
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(client)


def test_a_small_import_is_fitted_whole(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    g = Genogram.build([Person("c", Sex.FEMALE, name="Ida Lind", birth_year=1983, is_index=True)])
    g = E.add_parents(g, "c").apply(g)
    assert editor.import_genogram(g, replace_all=True)
    qtbot.wait(20)
    view = editor.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in editor.scene.persons.values():
        assert shown.contains(item.sceneBoundingRect())


def test_the_first_person_is_shown_with_the_legend(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.genogram.model import Sex

    editor.resize(560, 700)  # a narrow map: the properties panel takes its part of it
    qtbot.wait(20)
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    qtbot.wait(20)
    view = editor.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(editor.scene.legend.sceneBoundingRect())
    assert shown.contains(editor.scene.persons[pid].sceneBoundingRect())
