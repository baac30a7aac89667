"""tools/genogram_tree_layout.py: the constructive layout of tree-shaped families.

Its figures are quoted in docs/genogram-zero-breaches.md (session 28); they are worth quoting
only if the construction keeps the rules it claims to keep by construction (every breach
left is one it reports as a failure) and lays out every person exactly once.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.metrics import rule_breaches

TOOL = Path(__file__).resolve().parents[3] / "tools" / "genogram_tree_layout.py"
SYMBOL = 40.0


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("genogram_tree_layout", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("seed", "size"), [(20, 20), (100, 100), (500, 500), *((s, 40) for s in range(40, 50))]
)
def test_small_generated_families_have_no_breach(seed: int, size: int) -> None:
    tool = _tool()
    g = generate_family(seed, size)
    coords, failures = tool.tree_layout(g)
    assert set(coords) == set(g.persons)
    assert failures == []
    assert rule_breaches(g, coords, SYMBOL).total == 0


def test_the_breaches_left_are_the_failures_it_reports() -> None:
    # Seed 57's p18 is the only child of two families (foster parents and birth parents):
    # no layout centres both couples over one child (session 16), and the tool says so.
    tool = _tool()
    g = generate_family(57, 40)
    coords, failures = tool.tree_layout(g)
    breaches = rule_breaches(g, coords, SYMBOL)
    assert failures == ["only child p18 above: its parents"]
    assert breaches.total == breaches.not_centred == 1
