"""The demo's family maps are the first thing a therapist sees: their years must be believable.

QA 20 found grandmothers married at 13 and couples "m. 1990 d. 1992" above twins born in 1995
(the divorce year was drawn before the children were added).
"""

from __future__ import annotations

import random

import pytest

from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.model import Genogram


def _implausible(g: Genogram) -> list[str]:
    out: list[str] = []
    for u in g.unions.values():
        for pid in u.partners:
            born = g.persons[pid].birth_year
            if u.start_year is not None and born is not None and u.start_year - born < 18:
                out.append(f"{u.id}: {pid} at {u.start_year - born}")
        if u.end_year is None:
            continue
        if u.start_year is not None and u.end_year < u.start_year:
            out.append(f"{u.id} ends before it begins")
        for lk in g.child_links.values():
            if lk.union_id == u.id and (g.persons[lk.child_id].birth_year or 0) > u.end_year:
                out.append(f"{u.id}: {lk.child_id} born after the couple ended")
    return out


@pytest.mark.parametrize("seed", range(40))
def test_demo_maps_marry_adults_and_end_couples_after_their_children(seed: int) -> None:
    g = make_demo_genogram(random.Random(seed), None, "male", size=40 if seed % 2 else 0)
    assert _implausible(g) == []


def test_bench_families_too() -> None:
    assert _implausible(generate_family(500, 500)) == []
