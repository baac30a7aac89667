"""The wider check of docs/genogram-zero-breaches.md: breaches and crossings over 671 families.

The bench has one family per size; a layout change that mends the bench's 2,000-person family
can make smaller ones worse. This lays out the 601 generated families of 20-200 persons of
seeds 0-300 (the sizes ``tools/genogram_same_layout.py`` uses; seed 132 has 198 twice), the
30 families of 40 the tests score (seeds 40-69) and the 40 demo maps of 40 persons, and writes
each one's breaches and crossings to a JSON file; with ``--against`` it compares with an
earlier run's file and names every family that changed, worse ones first. Kept in the
repository (rather than in a session's scratch folder) so every session measures the same set.
A research aid, not part of KastDesk:
  python tools/genogram_wider.py OUT.json [--against BASE.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from kastdesk.genogram._compiled import describe
from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.metrics import count_crossings, rule_breaches
from kastdesk.genogram.model import Genogram


def families() -> Iterator[tuple[str, Callable[[], Genogram]]]:
    """The 671 families, each by a name that says how to make it again."""
    for seed in range(301):
        for size in sorted({20 + (seed * 37) % 181, 20 + (seed * 61 + 90) % 181}):
            yield f"seed {seed} size {size}", lambda s=seed, n=size: generate_family(s, n)
    for seed in range(40, 70):
        yield f"seed {seed} size 40", lambda s=seed: generate_family(s, 40)
    for seed in range(40):
        yield (
            f"demo {seed}",
            lambda s=seed: make_demo_genogram(random.Random(s), None, "male", 40),
        )


def measure() -> dict[str, list[int]]:
    """Each family's [breaches, crossings]."""
    opts = LayoutOptions()
    out: dict[str, list[int]] = {}
    for name, make in families():
        g = make()
        coords = layout_genogram(g, opts).coordinates()
        out[name] = [rule_breaches(g, coords, opts.symbol_size).total, count_crossings(g, coords)]
    return out


def compare(base: dict[str, list[int]], now: dict[str, list[int]]) -> None:
    """Totals of both runs, then every family that changed (worse breaches first)."""

    def total(d: dict[str, list[int]], i: int) -> int:
        return sum(v[i] for v in d.values())

    print(
        f"breaches {total(base, 0)} -> {total(now, 0)}, "
        f"crossings {total(base, 1)} -> {total(now, 1)}"
    )
    changed = [(now[k][0] - base[k][0], k) for k in now if k in base and now[k] != base[k]]
    worse = [k for d, k in changed if d > 0]
    print(f"{len(changed)} changed, {len(worse)} with more breaches")
    for _d, k in sorted(changed, key=lambda t: (-t[0], t[1])):
        print(f"  {k}: {base[k][0]}/{base[k][1]} -> {now[k][0]}/{now[k][1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="JSON file to write each family's figures to")
    parser.add_argument("--against", help="an earlier run's JSON file to compare with")
    args = parser.parse_args()
    start = time.perf_counter()
    now = measure()
    Path(args.out).write_text(json.dumps(now, indent=0), encoding="utf-8")
    print(f"{describe()}: {len(now)} families in {time.perf_counter() - start:.1f} s")
    if args.against:
        compare(json.loads(Path(args.against).read_text(encoding="utf-8")), now)
    else:
        print(
            f"breaches {sum(v[0] for v in now.values())}, "
            f"crossings {sum(v[1] for v in now.values())}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
