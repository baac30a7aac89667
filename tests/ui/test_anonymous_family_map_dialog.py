"""The edit dialog asks, when a named client is made anonymous and the family map names
them, whether the name leaves the map too (ticked unless the therapist says no)."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.clients.details import family_map_name
from kastdesk.genogram.edits import add_person, set_index_person
from kastdesk.genogram.storage import apply_edit, load_genogram
from kastdesk.store import Vault
from kastdesk.ui.cases.edit_client import EditClientDialog
from tests.ui.conftest import screenshot

NAME = "Gustav Raderasson"


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-1", name=NAME, first_contact_date=date(2026, 5, 1))
    g = load_genogram(case)
    edit = add_person(g, name=NAME, sex="male")
    g = apply_edit(case, g, edit)
    apply_edit(case, g, set_index_person(g, edit.created[0]))
    return case


def _dialog(qtbot, vault: Vault, case) -> EditClientDialog:  # type: ignore[no-untyped-def]
    dialog = EditClientDialog(vault, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_question_shows_only_when_made_anonymous(qtbot, vault: Vault, case) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, vault, case)
    assert not dialog.clear_map_name.isVisible()
    dialog.form.anonymous.setChecked(True)
    assert dialog.clear_map_name.isVisible() and dialog.clear_map_name.isChecked()
    said = dialog.clear_map_name.text()
    assert "family map" in said and NAME not in said
    screenshot(dialog, "edit_client_anonymous_family_map")
    dialog.form.named.setChecked(True)
    assert not dialog.clear_map_name.isVisible()


def test_saving_ticked_takes_the_name_off_the_map(qtbot, vault: Vault, case) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, vault, case)
    dialog.form.anonymous.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible(), dialog.message.text()
    assert vault.client(case.client_id).name is None and family_map_name(case) is None


def test_saving_unticked_leaves_the_map(qtbot, vault: Vault, case) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, vault, case)
    dialog.form.anonymous.setChecked(True)
    dialog.clear_map_name.setChecked(False)
    dialog.accept()
    assert vault.client(case.client_id).name is None and family_map_name(case) == NAME


def test_no_question_without_a_name_on_the_map(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.today = lambda: date(2026, 6, 1)
    case = vault.add_client("K-2", name=NAME, first_contact_date=date(2026, 5, 1))
    dialog = _dialog(qtbot, vault, case)
    dialog.form.anonymous.setChecked(True)
    assert not dialog.clear_map_name.isVisible()


def test_in_the_window_the_open_family_map_follows(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import when_modal

    window = open_window
    vault = window.vault
    named = [e for e in vault.clients() if e.name]
    for entry in named:
        window.register.select(entry.id)
        qtbot.waitUntil(lambda e=entry: window.case is not None and window.case.client_id == e.id)
        if family_map_name(window.case):
            break
    else:
        pytest.skip("no demo client with a name on the family map")
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").editor

    def anonymous(dialog: EditClientDialog) -> None:
        dialog.form.anonymous.setChecked(True)
        assert dialog.clear_map_name.isVisible() and dialog.clear_map_name.isChecked()
        dialog.accept()

    timer = when_modal(EditClientDialog, anonymous)
    window.workspace.details_button.click()
    timer.stop()
    assert family_map_name(window.case) is None
    assert editor._g.index_person is not None and editor._g.index_person.name == ""
    assert vault.client(window.case.client_id).name is None
