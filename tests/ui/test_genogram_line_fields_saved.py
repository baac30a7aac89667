"""The family map's one-line person fields are saved after a pause in typing.

Name, role, occupation, years and other markers waited for Enter or for the therapist to
leave the field; a crash or a power cut in between took what was typed. They are saved
after the same pause as the notes, one undo step per pause and never one per key, and the
field keeps what is being typed (the cursor and a trailing space stay where they are).
"""

from __future__ import annotations

from kastdesk.genogram.storage import load_genogram
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.genogram.properties import TYPING_PAUSE_MS
from tests.ui.test_genogram_editor import _client_selected, case  # noqa: F401


def _on_disk(vault: Vault, held: CaseFile):  # type: ignore[no-untyped-def]
    """The map as the case file on disk holds it, through a connection of its own."""
    fresh = CaseFile(held.path, vault._case_key(held.client_id), held.client_id, "test",
                     read_only=True)
    try:
        return load_genogram(fresh)
    finally:
        fresh.close()


def test_occupation_is_saved_after_a_pause_as_one_undo_step(editor, qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    pid = _client_selected(editor)
    panel = editor.panel
    steps = editor.undo_stack.count()
    panel.occupation.setFocus()
    qtbot.keyClicks(panel.occupation, "Bus driver ")
    assert editor.model.persons[pid].occupation == ""  # not one save per key
    qtbot.waitUntil(lambda: _on_disk(vault, case).persons[pid].occupation == "Bus driver",
                    timeout=TYPING_PAUSE_MS * 4)
    assert editor.undo_stack.count() == steps + 1
    # Still in the field: the space typed before the next word is not taken away.
    assert panel.occupation.text() == "Bus driver "
    qtbot.keyClicks(panel.occupation, "at night")
    qtbot.waitUntil(
        lambda: _on_disk(vault, case).persons[pid].occupation == "Bus driver at night",
        timeout=TYPING_PAUSE_MS * 4)
    assert editor.undo_stack.count() == steps + 2
    assert panel.occupation.text() == "Bus driver at night"
    assert not editor.has_unsaved_changes()


def test_name_role_labels_and_a_year_are_saved_after_a_pause(editor, qtbot, vault, case) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    pid = _client_selected(editor)
    panel = editor.panel
    for field, text in ((panel.name, "Erik"), (panel.role, "client"),
                        (panel.labels, "gambling, debts"), (panel.birth_year, "1985")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: _on_disk(vault, case).persons[pid].birth_year == 1985,
                    timeout=TYPING_PAUSE_MS * 4)
    person = _on_disk(vault, case).persons[pid]
    assert (person.name, person.role, person.labels) == ("Erik", "client", ("gambling", "debts"))
    assert panel.labels.text() == "gambling, debts"


def test_a_year_half_typed_waits_for_its_four_digits(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    pid = _client_selected(editor)
    panel = editor.panel
    panel.birth_year.setFocus()
    qtbot.keyClicks(panel.birth_year, "19")
    qtbot.wait(TYPING_PAUSE_MS + 300)
    assert editor.model.persons[pid].birth_year is None
    assert panel.birth_year.text() == "19"
