"""Every rule breach the genogram layout leaves in a generated family, with who causes it.

For a couple whose partners stand apart it prints the persons standing between them and how
each is related to the couple, as the shortest path of steps from a partner to that person:
``U`` to a parent, ``D`` to a child, ``P`` to a partner. The common kinds read:

- ``DPU``: the parents of a child's partner (the children's in-laws' parents), drawn into the
  couple's row between them;
- ``UUDD``: a partner's cousins (a parent's siblings' children);
- ``PUD``: another partner's siblings (a person with several partners).

Birth-order and centring breaches are printed with the sibship and how far off its middle is.
A research aid for docs/genogram-zero-breaches.md, not part of KastDesk:
  python tools/genogram_breaches.py [--seed N] SIZE        (seed defaults to SIZE: the bench)
"""

from __future__ import annotations

import argparse
import collections
import itertools
from collections.abc import Mapping

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.model import ChildLink, Genogram, anchor_of, link_parents

Point = tuple[float, float]


def kinship_path(g: Genogram, start: str, targets: set[str]) -> str:
    """Steps from the nearest of ``targets`` to ``start`` (breadth-first, so shortest)."""
    came: dict[str, tuple[str, str] | None] = {start: None}
    queue = collections.deque([start])
    # Walked from the intruder towards the couple, so each step is stored reversed.
    back = {"U": "D", "D": "U", "P": "P"}
    while queue:
        p = queue.popleft()
        if p in targets:
            steps: list[str] = []
            step = came[p]
            while step is not None:
                prev, label = step
                steps.append(back[label])
                step = came[prev]
            return "".join(steps)
        for label, nbs in (("U", g.parents_of(p)), ("D", g.children_of(p))):
            for n in nbs:
                if n not in came:
                    came[n] = (p, label)
                    queue.append(n)
        for n in g.partners_of(p):
            if n not in came:
                came[n] = (p, "P")
                queue.append(n)
    return "?"


def breaches(g: Genogram, coords: Mapping[str, Point], s: float) -> list[str]:
    """One line per breach, as :func:`kastdesk.genogram.metrics.rule_breaches` counts them."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for pid, (x, y) in coords.items():
        rows.setdefault(round(y / s), []).append((x, pid))
    out: list[str] = []
    for u in g.unions.values():
        a, b = u.partners
        (ax, ay), (bx, _) = coords[a], coords[b]
        lo, hi = min(ax, bx), max(ax, bx)
        allowed = set(g.partners_of(a)) | set(g.partners_of(b)) | {a, b}
        between = [p for x, p in sorted(rows[round(ay / s)]) if lo < x < hi and p not in allowed]
        if between:
            kinds = sorted({kinship_path(g, p, {a, b}) for p in between})
            out.append(
                f"apart   {u.id}: {a} ({len(g.partners_of(a))} partners) - {b} "
                f"({len(g.partners_of(b))}), {hi - lo:.0f} apart, {len(between)} between "
                f"{' '.join(between[:6])}{' ...' if len(between) > 6 else ''}; "
                f"{', '.join(kinds)}"
            )
    by_anchor: dict[str, list[ChildLink]] = {}
    for lk in g.child_links.values():
        if link_parents(g, lk):
            by_anchor.setdefault(anchor_of(lk), []).append(lk)
    for aid, links in by_anchor.items():
        parents = link_parents(g, links[0])
        ordered = sorted(
            (lk for lk in links if lk.birth_order is not None), key=lambda lk: lk.birth_order or 0
        )
        for first, second in itertools.pairwise(ordered):
            if coords[first.child_id][0] > coords[second.child_id][0] + 1e-6:
                out.append(
                    f"order   {aid} ({' + '.join(parents)}): {first.child_id} stands right "
                    f"of the younger {second.child_id}"
                )
        mid = sum(coords[p][0] for p in parents) / len(parents)
        xs = [coords[lk.child_id][0] for lk in links]
        off = (min(xs) + max(xs)) / 2 - mid
        if abs(off) > s:
            kids = " ".join(lk.child_id for lk in links)
            out.append(f"centre  {aid} ({' + '.join(parents)}): {kids} off by {off:.0f}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", type=int)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.size if args.seed is None else args.seed
    opts = LayoutOptions()
    g = generate_family(seed=seed, size=args.size)
    lines = breaches(g, layout_genogram(g, opts).coordinates(), opts.symbol_size)
    print(f"{len(g.persons)} persons (seed {seed}): {len(lines)} breaches")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
