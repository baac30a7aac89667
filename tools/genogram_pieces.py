"""Move pieces of a laid-out family rigidly and count what the rules and the crossings say.

The bench families' graph of persons and families is a tree, so everything reached from a
person without passing through a few given persons (a *piece*) touches the rest only through
the links to those persons. Moved rigidly in x, a piece keeps every rule inside it; only the
families of the links cut can change. This tries such moves on the layout's own coordinates,
in the order given, and prints the breaches and crossings before and after, who stands between
the partners of a couple (``--couple``) and which child lines carry the new crossings. A
research aid for docs/genogram-zero-breaches.md, not part of KastDesk:

  python tools/genogram_pieces.py [--seed N] [--couple A,B] SIZE MOVE ...

Each MOVE is ``START/CUT+CUT...`` (the piece: reached from START, not through the CUT persons)
followed by where it goes:

- ``:DX``   moved by DX units;
- ``@X``    moved so START stands at X;
- ``>M``    moved past the map's right edge as it is then, its left end M units beyond;
- ``<M``    the same past the left edge;
- ``^``     START's family (START a partner, with children) moved over its children's middle;
- ``=``     START (the eldest or the youngest) moved so its sibship's middle is its parents'.

For example u3 at 2,000 persons (session 27): ``p33/p31+p32>400 p34/p31+p32>400
p31/p17+p33+p34^`` sends p17's younger siblings' branches past the right edge and their
parents over the stretched sibship.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Mapping

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.metrics import _cross, rule_breaches
from kastdesk.genogram.model import Genogram, link_parents

Point = tuple[float, float]
Labelled = tuple[str, tuple[Point, Point]]


def piece(g: Genogram, start: str, cut: set[str]) -> set[str]:
    """Everyone reached from ``start`` by parent, child and partner steps, not through ``cut``."""
    seen = {start}
    queue = collections.deque([start])
    while queue:
        p = queue.popleft()
        for n in (*g.parents_of(p), *g.children_of(p), *g.partners_of(p)):
            if n not in seen and n not in cut:
                seen.add(n)
                queue.append(n)
    return seen


def siblings(g: Genogram, p: str) -> list[str]:
    """``p``'s full sibship, ``p`` included (empty without parents)."""
    ps = g.parents_of(p)
    if not ps:
        return []
    return [c for c in g.children_of(ps[0]) if all(c in g.children_of(q) for q in ps)]


def lines(g: Genogram, co: Mapping[str, Point]) -> list[Labelled]:
    """Every family line as the metric draws it, labelled by its child or its couple."""
    out: list[Labelled] = []
    for u in g.unions.values():
        a, b = u.partners
        out.append((f"{a}-{b}", (co[a], co[b])))
    for lk in g.child_links.values():
        ps = link_parents(g, lk)
        if ps:
            top = (sum(co[p][0] for p in ps) / len(ps), sum(co[p][1] for p in ps) / len(ps))
            out.append((lk.child_id, (top, co[lk.child_id])))
    return out


def crossing_pairs(g: Genogram, co: Mapping[str, Point]) -> set[tuple[str, str]]:
    """The crossing pairs of lines (the metric's sweep over x), each pair by its labels."""
    items = sorted(
        (min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]), lab, (a, b))
        for lab, (a, b) in lines(g, co)
    )
    active: list[tuple[float, float, float, float, str, tuple[Point, Point]]] = []
    out: set[tuple[str, str]] = set()
    for it in items:
        active = [a for a in active if a[1] >= it[0]]
        for o in active:
            if o[3] >= it[2] and it[3] >= o[2] and _cross(o[5], it[5]):
                out.add((o[4], it[4]) if o[4] < it[4] else (it[4], o[4]))
        active.append(it)
    return out


def between(g: Genogram, co: Mapping[str, Point], a: str, b: str) -> list[str]:
    """Who stands in the couple's row strictly between them, partners of either left out."""
    lo, hi = sorted((co[a][0], co[b][0]))
    allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
    y = co[a][1]
    return sorted(p for p, (x, yy) in co.items() if yy == y and lo < x < hi and p not in allowed)


def apply(g: Genogram, co: dict[str, Point], move: str) -> None:
    """One MOVE of the module's docstring, in place."""
    head, kind, arg = move, "", ""
    for k in (":", "@", ">", "<", "^", "="):
        if k in move:
            head, arg = move.split(k, 1)
            kind = k
            break
    start, _, cuts = head.partition("/")
    moved = piece(g, start, set(cuts.split("+")) if cuts else set())
    xs = [co[p][0] for p in moved]
    if kind == ":":
        dx = float(arg)
    elif kind == "@":
        dx = float(arg) - co[start][0]
    elif kind in (">", "<"):
        rest = [x for p, (x, _) in co.items() if p not in moved]
        margin = float(arg or 0)
        dx = max(rest) + margin - min(xs) if kind == ">" else min(rest) - margin - max(xs)
    elif kind == "^":
        kids = [c for c in g.children_of(start) if start in g.parents_of(c)]
        fam = g.parents_of(kids[0])
        kx = [co[c][0] for c in kids]
        dx = (min(kx) + max(kx)) / 2 - sum(co[p][0] for p in fam) / len(fam)
    elif kind == "=":
        ps = g.parents_of(start)
        mid = sum(co[p][0] for p in ps) / len(ps)
        born = {lk.child_id: lk.birth_order or 0 for lk in g.child_links.values()}
        sibs = sorted(siblings(g, start), key=lambda c: born.get(c, 0))
        far = sibs[-1] if start == sibs[0] else sibs[0]
        dx = 2 * mid - co[far][0] - co[start][0]
    else:
        raise SystemExit(f"not a move: {move}")
    for p in moved:
        co[p] = (co[p][0] + dx, co[p][1])
    print(f"  {move}: {len(moved)} persons by {dx:+.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", type=int)
    ap.add_argument("moves", nargs="*")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--couple", help="A,B: print who stands between them before and after")
    args = ap.parse_args()
    g = generate_family(args.size, args.size if args.seed is None else args.seed)
    opts = LayoutOptions()
    before = layout_genogram(g, opts).coordinates()
    co = dict(before)
    for move in args.moves:
        apply(g, co, move)
    s = opts.symbol_size
    p0, p1 = crossing_pairs(g, before), crossing_pairs(g, co)
    print(f"breaches {rule_breaches(g, before, s)} -> {rule_breaches(g, co, s)}")
    print(f"crossings {len(p0)} -> {len(p1)} ({len(p1 - p0)} new, {len(p0 - p1)} gone)")
    if args.couple:
        a, b = args.couple.split(",")
        now = between(g, co, a, b)
        names = " ".join(now[:12]) + (" ..." if len(now) > 12 else "")
        print(f"between {a} and {b}: {len(between(g, before, a, b))} -> {len(now)} {names}")
    on = collections.Counter(lab for pair in p1 - p0 for lab in pair)
    print("new crossings on:", ", ".join(f"{lab} {n}" for lab, n in on.most_common(12)))


if __name__ == "__main__":
    main()
