"""The sealed rescue copy keeps a family map person's years, age and markers typed or
ticked while the vault is out of reach, not only their name, role, occupation and notes;
put back only where the map still holds what it held then, else shown to copy. With the
real app and a real vault on a folder renamed away as a memory stick pulled out.

Before, a birth year or a marker whose save failed went back to the stored value on
screen and was gone; a marker ticked after a year that waited sent the stored year with
it, and the year typed was dropped from what waited too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kastdesk.genogram import edits
from kastdesk.genogram.model import Marker, Sex
from kastdesk.genogram.storage import load_genogram, save_genogram
from kastdesk.store import Vault
from kastdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot
from tests.ui.test_rescue_copy import (
    _close_boxes,
    _copies,
    _end,
    _kept_text,
    _offered,
    _texts,
    _vault_on,
)
from tests.ui.test_rescue_copy_tabs import _logout, _open, _put_back

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _vault_on(tmp_path)


def _kept_items(window: MainWindow) -> list[dict[str, object]]:
    data = window.rescue._file.read() if window.rescue._file is not None else None
    return list(data["items"]) if data else []


def _type_years_and_markers(qtbot, window: MainWindow, folder: Path) -> str:  # type: ignore[no-untyped-def]
    """A person drawn, then the stick pulled: a birth and a death year typed (each saved
    after its pause, and failing), a marker ticked (saved at once, failing), other
    markers typed; returns the person's id."""
    editor = _open(qtbot, window, "genogram").editor
    person_id = editor.add_person(Sex.FEMALE)
    assert person_id is not None
    editor.scene.select_only(editor.scene.persons[person_id])
    panel = editor.panel
    folder.rename(folder.parent / "stick out")
    qtbot.keyClicks(panel.birth_year, "1948")
    panel.commit_pending()  # the pause's report: the save fails
    _close_boxes()
    qtbot.keyClicks(panel.death_year, "2019")
    panel.commit_pending()  # reported with the stored birth year: the typed one still waits
    _close_boxes()
    panel.markers[Marker.TRAUMA].setChecked(True)  # reported at once: fails too
    _close_boxes()
    qtbot.keyClicks(panel.labels, "Flykt 1956")
    panel.commit_pending()
    _close_boxes()
    return person_id


def test_years_and_markers_typed_while_the_stick_is_out_are_kept_and_put_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    person_id = _type_years_and_markers(qtbot, window, folder)
    qtbot.waitUntil(lambda: bool(_copies(rescue)), timeout=3000)
    assert b"Flykt" not in _copies(rescue)[0].read_bytes()
    value = {"birth_year": 1948, "death_year": 2019, "markers": ["trauma"],
             "labels": ["Flykt 1956"]}
    qtbot.waitUntil(lambda: value in [i.get("value") for i in _kept_items(window)],
                    timeout=3000)
    [item] = [i for i in _kept_items(window) if i.get("tab") == "genogram"]
    assert item["words"] == ["Born (year): 1948", "Died (year): 2019", "Markers: Trauma",
                             "Other markers: Flykt 1956"]
    _logout(window, folder)

    again = _put_back(qtbot, folder, rescue, "K-R: the family map: what was typed for",
                      "Born (year): 1948", "rescue_offer_family_map_years")
    try:
        assert _copies(rescue) == []
        person = load_genogram(again.case).persons[person_id]
        assert (person.birth_year, person.death_year, person.markers, person.labels) == (
            1948, 2019, (Marker.TRAUMA,), ("Flykt 1956",))
        editor = again.workspace.tab("genogram").editor
        assert editor.undo_stack.count() == 1  # one step, which Undo takes back
        screenshot(again.workspace, "rescue_family_map_years_put_back")
    finally:
        _end(again, folder)


def test_years_changed_in_the_map_since_are_shown_to_copy_not_put_back(
    qtbot, window: MainWindow, folder: Path, rescue: Path  # type: ignore[no-untyped-def]
) -> None:
    person_id = _type_years_and_markers(qtbot, window, folder)
    qtbot.waitUntil(lambda: "Died (year): 2019" in str(_kept_items(window)), timeout=3000)
    _logout(window, folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:  # changed elsewhere meanwhile
        case = vault.open_case(vault.client_by_code("K-R").id)
        g = load_genogram(case)
        save_genogram(case, edits.update_person(g, person_id, birth_year=1950).apply(g),
                      "Edit person")

    with _offered(qtbot, folder, rescue) as (_, offer):
        assert "changed in the case since the text was kept" in _texts(offer)
        assert not offer.put_back_button.isVisible()
        assert "Born (year): 1948" in _kept_text(offer)
        screenshot(offer, "rescue_offer_family_map_years_copy_only")
        offer.later_button.click()
        assert _copies(rescue)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        person = load_genogram(vault.open_case(vault.client_by_code("K-R").id)).persons[
            person_id]
        assert (person.birth_year, person.markers) == (1950, ())
