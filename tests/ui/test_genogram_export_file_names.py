"""The names the family map's exports are offered under: the map with names and the one with
initials only (for supervision) were both "genogram.pdf", and the named one was easily the
one sent. The save dialog's use of them: test_genogram_export_names_and_reach.py."""

from __future__ import annotations

from datetime import date

import pytest

from kastdesk.ui.genogram.export import suggested_file_name

DAY = date(2026, 11, 1)


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_names_and_initials_are_offered_under_names_of_their_own(qapp, fmt: str) -> None:  # type: ignore[no-untyped-def]
    named = suggested_file_name("K-2026-014", fmt, DAY, initials_only=False)
    initials = suggested_file_name("K-2026-014", fmt, DAY, initials_only=True)
    assert named == f"K-2026-014-genogram-names-2026-11-01.{fmt}"
    # For supervision: no client code either, as a summary for supervision leaves it out.
    assert initials == f"genogram-initials-2026-11-01.{fmt}"


def test_a_case_without_a_code_still_gets_a_name(qapp) -> None:  # type: ignore[no-untyped-def]
    assert suggested_file_name("", "pdf", DAY, initials_only=False) == (
        "genogram-names-2026-11-01.pdf"
    )
