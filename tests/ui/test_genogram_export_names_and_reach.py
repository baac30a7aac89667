"""The family map's exports, from a QA pass by a sexologist sending maps to supervision.

- The map with names and the one with initials only (for supervision) were both offered as
  "genogram.pdf": the named one was easily the one sent. They are offered under names of
  their own, never with the client's name in them.
- Beside the register on a 1024 pixel screen, in Swedish, Export was behind the toolbar's »
  button (it has no shortcut and is in no menu of the map) while Fit, Tidy up and the legend,
  which have both, stayed on it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import screenshot
from tests.ui.test_genogram_toolbar_fits import (  # noqa: F401 (a fixture)
    language,
    map_beside_register_at_1024,
    overflow,
)

TODAY = date(2026, 11, 1)
#: Fictional: the client's name, which no file name may carry.
CLIENT_NAME = "Tove Lindqvist"


def _offered(
    editor: GenogramEditor, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> dict[str, str]:
    """The file name the save dialog offers for each entry of the Export menu (the dialog
    answered with a file in ``tmp_path``, as the therapist would)."""
    offered: dict[str, str] = {}
    current = {"entry": ""}

    def dialog(parent: Any, caption: str, start: str, file_filter: str,
               **_options: Any) -> tuple[str, str]:
        offered[current["entry"]] = start
        return str(tmp_path / start), file_filter

    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getSaveFileName", dialog)
    menu = editor.export_button.menu()
    assert menu is not None
    for action in menu.actions():
        if action.isSeparator() or "GEDCOM" in action.text():
            continue
        current["entry"] = action.text()
        action.trigger()
    return offered


def test_the_named_and_the_initials_only_exports_are_offered_under_names_of_their_own(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, monkeypatch, tmp_path
) -> None:
    case = vault.add_client("K-2026-014", name=CLIENT_NAME)
    editor = GenogramEditor(vault, case, today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.privacy_mode = False
    client = editor.add_person(Sex.FEMALE)
    assert client is not None
    editor._person_fields(client, {"name": CLIENT_NAME})
    offered = _offered(editor, monkeypatch, tmp_path)
    assert offered == {
        "Picture (PNG)…": "K-2026-014-genogram-names-2026-11-01.png",
        "Drawing (SVG)…": "K-2026-014-genogram-names-2026-11-01.svg",
        "PDF…": "K-2026-014-genogram-names-2026-11-01.pdf",
        # For supervision: no code either, as a summary for supervision leaves it out.
        "PNG with initials only (supervision)…": "genogram-initials-2026-11-01.png",
        "SVG with initials only (supervision)…": "genogram-initials-2026-11-01.svg",
        "PDF with initials only (supervision)…": "genogram-initials-2026-11-01.pdf",
    }
    assert not any("Tove" in name or "Lindqvist" in name for name in offered.values())
    # Written where the dialog said, the initials-only one without the name in it.
    svg = (tmp_path / "genogram-initials-2026-11-01.svg").read_text("utf-8")
    assert CLIENT_NAME not in svg and "T.L." in svg
    assert CLIENT_NAME in (tmp_path / "K-2026-014-genogram-names-2026-11-01.svg").read_text("utf-8")


@pytest.mark.parametrize("points", [None, 14], ids=["normal", "14pt"], indirect=True)
def test_export_stays_on_the_toolbar_beside_the_register_at_1024(  # type: ignore[no-untyped-def]
    qtbot, language, points, main_window  # noqa: F811
) -> None:
    window = main_window
    editor = map_beside_register_at_1024(qtbot, window)
    screenshot(window, f"{language}_1024_{points or 'normal'}pt_genogram_export_shown")
    hidden = overflow(editor.toolbar)
    assert editor.export_button.isVisible(), hidden
    # GEDCOM in and out under Export (a GEDCOM button of its own took Fit's room).
    assert editor.import_action in editor.export_button.menu().actions()
    assert editor.gedcom_export_action in editor.export_button.menu().actions()
    # What may go behind » instead has its keys (and Fit and Tidy up the map's menu).
    for action in (editor.fit_action, editor.tidy_action, editor.legend_action):
        assert not action.shortcut().isEmpty()


def test_a_gedcom_export_is_offered_as_the_map_with_names_in_the_therapists_language(  # type: ignore[no-untyped-def]
    qtbot, language, vault: Vault, monkeypatch, tmp_path  # noqa: F811
) -> None:
    """The GEDCOM file holds the names: it is offered as the map with names is, from the
    Export menu (it was "family.ged", English in every language and unlike the map's other
    exports)."""
    case = vault.add_client("K-2026-014", name=CLIENT_NAME)
    editor = GenogramEditor(vault, case, today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.privacy_mode = False
    client = editor.add_person(Sex.FEMALE)
    assert client is not None
    editor._person_fields(client, {"name": CLIENT_NAME})
    offered: list[str] = []

    def dialog(parent: Any, caption: str, start: str, file_filter: str,
               **_options: Any) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / start), file_filter

    monkeypatch.setattr("kastdesk.ui.files.QFileDialog.getSaveFileName", dialog)
    menu = editor.export_button.menu()
    assert menu is not None
    (from_export_menu,) = [a for a in menu.actions() if "GEDCOM" in a.text()
                           and a is not editor.import_action]
    assert from_export_menu is editor.gedcom_export_action
    from_export_menu.trigger()
    names = {"sv": "genogram-namn", "nb": "genogram-navn", "en": "genogram-names"}[language]
    expected = f"K-2026-014-{names}-2026-11-01.ged"
    assert offered == [expected]
    # Written where the dialog said; the name is in the file, never in its name.
    assert "1 NAME Tove /Lindqvist/" in (tmp_path / expected).read_text("utf-8")
