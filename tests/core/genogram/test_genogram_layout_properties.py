"""Property tests for the structural layout on random generated families."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.metrics import rule_breaches


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), size=st.integers(5, 120))
def test_random_families_no_overlap_rows_correct_deterministic(seed: int, size: int) -> None:
    """The hard rules hold on any generated family, and the same model gives the same picture."""
    g = generate_family(seed=seed, size=size)
    lay = layout_genogram(g)
    coords = lay.coordinates()
    assert set(coords) == set(g.persons)
    b = rule_breaches(g, coords, lay.options.symbol_size)
    assert (b.overlap, b.rows) == (0, 0), b
    for box in lay.persons.values():
        assert box.y == box.generation * lay.options.row_height
    assert layout_genogram(g).coordinates() == coords
