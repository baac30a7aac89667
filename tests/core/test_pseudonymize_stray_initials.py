"""A given name of the case before initials that are not the person's (made-up names).

"Per A B" of a client Per Arne Johansen read "Per A" as "Per Arne" and left "The client B":
it named the client for what may be another Per, and kept an initial beside the role,
unlisted. The whole is "[name]" now; the person's own initials still make the person.
"""

from __future__ import annotations

import pytest

from kastdesk.report.pseudonymize import Pseudonymizer


def _pseudo(name: str = "Per Arne Johansen") -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": name}, date_offset_days=-189)


@pytest.mark.parametrize(("written", "withheld"), [
    ("Per A B kom i tid.", "[name] kom i tid."),
    ("Igår kom Per A B och satt.", "Igår kom [name] och satt."),
    ("Per A. B. kom", "[name] kom"),
    ("Per J B kom", "[name] kom"),
    ("Arne J B ringde.", "[name] ringde."),
    ("Kari A B fortalte.", "Kari A B fortalte."),  # no name of this case
])
def test_a_given_name_before_someone_elses_initials_is_a_name_whole(
        written: str, withheld: str) -> None:
    out = _pseudo().text(written)
    assert out == withheld
    assert "client" not in out


@pytest.mark.parametrize(("written", "withheld"), [
    ("Per A J kom i tid.", "The client kom i tid."),
    ("Per A. J. kom", "The client kom"),
    ("Per A kom", "The client kom"),
    ("Igår kom Per A.", "Igår kom the client."),
    ("Per J. kom.", "The client kom."),
    ("Per A Johansen kom", "The client [family name] kom"),
])
def test_the_persons_own_initials_still_make_the_person(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld
