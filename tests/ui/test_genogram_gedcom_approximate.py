"""After a GEDCOM import the family map says which years came in from an approximate date
("ABT 1958" was shown as a known 1958, without a word). Names are made up for the test."""

from __future__ import annotations

import pytest

from kastdesk.store import Vault
from tests.ui.conftest import screenshot
from tests.ui.test_genogram_gedcom_notices import _file, _import


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-031", name="Rune Vestby")


def test_an_approximate_year_is_said_after_the_import(qtbot, editor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (box,) = _import(qtbot, editor, _file(tmp_path, ["1980", "ABT 1983", "BET 1950 AND 1955"]))
    assert box.text().split("\n")[2:] == [
        'Birth date "ABOUT 1983" of Ida 2 Strand is approximate: it came in as the year 1983.',
        'Birth date "BETWEEN 1950 AND 1955" of Ida 3 Strand is approximate: it came in as the '
        "year 1950.",
    ]
    assert editor.model.persons["I2"].birth_year == 1983
    screenshot(box, "gedcom_import_approximate_years")
    box.close()
