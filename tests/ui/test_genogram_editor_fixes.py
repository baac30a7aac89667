"""Editor fixes from a QA pass. The "Mark deceased…" box: a year typed with a stray digit was
saved as typed ("20150", age 18200 in the symbol), and "ca 2015" was dropped without a word;
the client's name was drawn across the outer line of the double outline."""

from __future__ import annotations

import pytest

from kastdesk.ui.genogram.editor import death_year_typed


@pytest.mark.parametrize(("typed", "year"), [
    ("2015", 2015), ("ca 2015", 2015), ("c. 1999", 1999), ("2015?", 2015), (" 1987 ", 1987),
])
def test_a_year_with_words_round_it_is_read(typed: str, year: int) -> None:
    assert death_year_typed(typed) == year


@pytest.mark.parametrize("typed", ["20150", "215", "abc", "1950-2015", "", "2015 or 2016"])
def test_anything_else_is_no_year(typed: str) -> None:
    assert death_year_typed(typed) is None


def test_the_box_says_why_it_marked_nobody(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from kastdesk.genogram import Sex
    from kastdesk.store import KdfParams, Vault
    from kastdesk.ui.genogram import GenogramEditor
    from kastdesk.ui.genogram import editor as module

    v, _key = Vault.create(tmp_path / "v", "correct horse battery staple",
                           kdf=KdfParams.for_tests(), therapist="T")
    case = v.add_client("K-2026-001")
    ed = GenogramEditor(v, case, today=lambda: date(2026, 11, 1))
    qtbot.addWidget(ed)
    pid = ed.add_person(Sex.MALE)
    assert pid is not None
    monkeypatch.setattr(module.QInputDialog, "getText", lambda *a, **k: ("20150", True))
    ed._ask_deceased(pid)
    assert not ed.model.persons[pid].deceased
    assert "20150" in ed.message.text() and "four digits" in ed.message.text()
    monkeypatch.setattr(module.QInputDialog, "getText", lambda *a, **k: ("ca 2015", True))
    ed._ask_deceased(pid)
    assert ed.model.persons[pid].deceased and ed.model.persons[pid].death_year == 2015
    v.close()



def test_the_clients_name_starts_below_the_outer_outline(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The name stood 3 px under the inner square; the outer outline of the client's double
    one stands 5 px out, so it cut through the top of the name."""
    from datetime import date

    from kastdesk.genogram import Sex
    from kastdesk.store import KdfParams, Vault
    from kastdesk.ui.genogram import GenogramEditor

    v, _key = Vault.create(tmp_path / "v", "correct horse battery staple",
                           kdf=KdfParams.for_tests(), therapist="T")
    case = v.add_client("K-2026-001")
    ed = GenogramEditor(v, case, today=lambda: date(2026, 11, 1))
    qtbot.addWidget(ed)
    client = ed.add_person(Sex.MALE)
    other = ed.add_person(Sex.MALE)
    assert client is not None and other is not None
    assert ed.model.persons[client].is_index and not ed.model.persons[other].is_index
    item, plain = ed.scene.persons[client], ed.scene.persons[other]
    outer = item.size / 2 + 5
    assert item._text_rect.top() >= outer + 2  # clear of the outer outline's pen
    assert plain._text_rect.top() < item._text_rect.top()  # others keep their place
    v.close()
