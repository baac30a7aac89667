"""Which off-centre breaches of the genogram layout mend by x positions alone? A research LP.

Session 20 found that several off-centre families left at 500 and 2,000 persons would need "a
pass after placement that spends the centring tolerance" across several families. This tool
measures exactly that: it keeps every row's order as our layout gives it and frees only the x
positions of the persons in a bounded window around an off-centre family (the rows from
``extra`` above its parents to ``extra`` below its children, persons within ``margin`` scene
units of the family's members); everyone else stays put. It then asks a linear program
(OR-Tools' GLOP) for positions with

- row neighbours at least the layout's neighbour gap apart (or as near as they are now), in the
  order they stand in now: so nobody passes anybody, and partners-apart, birth order and
  overlaps stay exactly as they are;
- every family's sibship middle within the rule's tolerance of its parents' middle
  (``kastdesk.genogram.metrics``: one symbol width; here a unit inside it), a family that breaks
  that rule now no further off than it is, and the target family inside the rule;
- (``strict``, the default) the order of the parents' middles (the anchors the child lines
  hang from) in each row kept too: child lines then cross exactly as before, so crossings can
  only change where a line spans more than one row. ``--loose`` lets anchors pass each other.

With orders fixed a sibship's extreme children are known, so every rule is a linear
inequality: the first LP finds how near the rule the target family can come (its offset
minimised), the second, where that is inside the rule, the positions that move the fewest
scene units in all (sum of |dx|). Each result is checked with the metric on the whole layout.

Windows are tried from small to large (extra rows 1, 2, 3; margins 600, 1,200, 2,400, 4,800,
9,600) and then the whole layout; the first that mends is reported with its free and moved
persons, the largest move and the crossings it costs. ``--apply`` mends breach after breach on
the same layout (each accepted only if the metric's total falls) and prints the totals.

Not a dependency of KastDesk and not a layout stage:
  python tools/genogram_xonly.py [--loose] [--apply] [--seed N] SIZE...   (default 500 2000)
Figures: docs/genogram-zero-breaches.md, "Session 21: off-centre breaches by x alone".
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Mapping

from ortools.linear_solver import pywraplp

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.metrics import count_crossings, rule_breaches
from kastdesk.genogram.model import Genogram, anchor_of, link_parents

S = 40.0  # symbol size: the centring tolerance
GAP = 90.0  # the layout's neighbour (and partner) gap (``--sep``)
INSIDE = 1.0  # how far inside the rule a family must end
WINDOWS = [(e, m) for e in (1, 2, 3) for m in (600, 1200, 2400, 4800, 9600)]

Point = tuple[float, float]


class Families:
    """Rows in x order, each family's parents and children, and their extremes."""

    def __init__(self, g: Genogram, coords: Mapping[str, Point]) -> None:
        self.g = g
        self.x = {p: c[0] for p, c in coords.items()}
        self.y = {p: c[1] for p, c in coords.items()}
        self.manual = {p for p, per in g.persons.items() if per.position is not None}
        self.par: dict[str, tuple[str, ...]] = {}
        self.kids: dict[str, list[str]] = {}
        for lk in g.child_links.values():
            ps = link_parents(g, lk)
            if not ps:
                continue
            a = anchor_of(lk)
            self.par.setdefault(a, tuple(ps))
            self.kids.setdefault(a, []).append(lk.child_id)
        self.rows: dict[float, list[str]] = {}
        for p, y in self.y.items():
            self.rows.setdefault(y, []).append(p)
        for r in self.rows.values():
            r.sort(key=lambda p: self.x[p])
        self.ys = sorted(self.rows)

    def off(self, a: str, x: Mapping[str, float]) -> float:
        xs = [x[c] for c in self.kids[a]]
        return (min(xs) + max(xs)) / 2 - sum(x[p] for p in self.par[a]) / len(self.par[a])

    def off_centre(self) -> list[tuple[str, float]]:
        return [(a, o) for a in self.kids if abs(o := self.off(a, self.x)) > S]

    def members(self, a: str) -> list[str]:
        return list(self.par[a]) + self.kids[a]


def solve(
    fam: Families, target: str, extra: int | None, margin: float | None, strict: bool = True
) -> dict | None:
    """The target's best offset and, if mended, the least-moving positions, in one window.

    ``extra``/``margin`` None: the whole layout is free."""
    x0 = fam.x
    mem = fam.members(target)
    if extra is None:
        free = [p for p in x0 if p not in fam.manual]
    else:
        ri = {y: i for i, y in enumerate(fam.ys)}
        rows_in = sorted({ri[fam.y[p]] for p in mem})
        wrows = fam.ys[max(0, rows_in[0] - extra) : rows_in[-1] + extra + 1]
        lo = min(x0[p] for p in mem) - margin
        hi = max(x0[p] for p in mem) + margin
        free = [p for y in wrows for p in fam.rows[y] if lo <= x0[p] <= hi and p not in fam.manual]
    free_set = set(free)

    def build(kind: str, bound: float | None):
        lp = pywraplp.Solver.CreateSolver("GLOP")
        inf = lp.infinity()
        X = {p: lp.NumVar(-inf, inf, p) for p in free}

        def xv(p):
            return X[p] if p in free_set else x0[p]

        for row in fam.rows.values():
            for p, q in itertools.pairwise(row):
                if p in free_set or q in free_set:
                    lp.Add(xv(q) - xv(p) >= min(GAP, x0[q] - x0[p]))
        t = lp.NumVar(0, inf, "t")
        touched = [a for a in fam.kids if any(q in free_set for q in fam.members(a))]
        for a in touched:
            ks = fam.kids[a]
            if len({fam.y[c] for c in ks}) > 1:
                # Extremes of children on several rows are not fixed by the row orders:
                # keep every such child where it is (a few families of imported maps only).
                for c in ks:
                    if c in free_set:
                        lp.Add(X[c] == x0[c])
                ps = fam.par[a]
                for p in ps:
                    if p in free_set:
                        lp.Add(X[p] == x0[p])
                continue
            first = min(ks, key=lambda c: x0[c])
            last = max(ks, key=lambda c: x0[c])
            ps = fam.par[a]
            off = (xv(first) + xv(last)) / 2 - sum(xv(p) for p in ps) / len(ps)
            now = abs(fam.off(a, x0))
            if a == target:
                lp.Add(off <= t)
                lp.Add(off >= -t)
                if bound is not None:
                    lp.Add(t <= bound)
            else:
                lim = S - INSIDE if now <= S - INSIDE else now
                lp.Add(off <= lim)
                lp.Add(off >= -lim)
        if strict:
            anchors: dict[float, list[tuple[float, str]]] = {}
            for a, ps in fam.par.items():
                if a not in fam.kids or len({fam.y[p] for p in ps}) > 1:
                    continue
                anchors.setdefault(fam.y[ps[0]], []).append((sum(x0[p] for p in ps) / len(ps), a))

            def mid(a):
                ps = fam.par[a]
                return sum(xv(p) for p in ps) / len(ps)

            for row in anchors.values():
                row.sort()
                for (v1, a1), (v2, a2) in itertools.pairwise(row):
                    if not any(p in free_set for p in fam.par[a1] + fam.par[a2]):
                        continue
                    if v2 - v1 > 1e-6:
                        lp.Add(mid(a2) - mid(a1) >= 0)
                    else:
                        lp.Add(mid(a2) - mid(a1) == 0)
        if kind == "offset":
            lp.Minimize(t)
        else:
            d = []
            for p in free:
                v = lp.NumVar(0, inf, "")
                lp.Add(v >= X[p] - x0[p])
                lp.Add(v >= x0[p] - X[p])
                d.append(v)
            lp.Minimize(sum(d))
        return lp, X, t

    lp, X, t = build("offset", None)
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return {"free": len(free), "best": None}
    best = t.solution_value()
    out: dict = {"free": len(free), "best": best}
    if best > S - INSIDE:
        return out
    lp, X, t = build("move", S - INSIDE)
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return out
    x = dict(x0)
    for p in free:
        x[p] = X[p].solution_value()
    out["x"] = x
    out["moved"] = sum(1 for p in free if abs(x[p] - x0[p]) > 0.5)
    out["most"] = max((abs(x[p] - x0[p]) for p in free), default=0.0)
    return out


def classify(g: Genogram, coords: dict[str, Point], strict: bool = True) -> list[tuple]:
    """(family, offset, window or None, moved, crossings added) per off-centre family: the
    whole layout first (is it mendable by x at all?), then the smallest window that does."""
    fam = Families(g, coords)
    c0 = None
    out = []
    for a, o in fam.off_centre():
        res = solve(fam, a, None, None, strict)
        if res is None or "x" not in res:
            out.append((a, o, None, 0, 0))
            continue
        for extra, margin in WINDOWS:
            r = solve(fam, a, extra, margin, strict)
            if r is not None and "x" in r:
                res = r
                break
        else:
            extra, margin = None, None
        if c0 is None:
            c0 = count_crossings(g, coords)
        c2 = {p: (res["x"][p], coords[p][1]) for p in coords}
        out.append((a, o, (extra, margin), res["moved"], count_crossings(g, c2) - c0))
    return out


def family_set() -> list[tuple[str, Genogram]]:
    """The lead's wider check (/tmp/s21/fams.py): 30 x 40, 40 demo maps, seeds 0-300 at two
    sizes, five big families."""
    import random

    from kastdesk.genogram.demo import make_demo_genogram

    out = [(f"g40-{s}", generate_family(s, 40)) for s in range(40, 70)]
    out += [
        (f"demo-{s}", make_demo_genogram(random.Random(s), None, "male", 40)) for s in range(40)
    ]
    for s in range(0, 301):
        for n in (20 + (s * 7) % 60, 100 + (s * 13) % 100):
            out.append((f"s{s}-{n}", generate_family(s, n)))
    out += [(f"big-{n}", generate_family(n + 1, n)) for n in (300, 700, 1000, 1500, 3000)]
    return out


def study(g: Genogram, coords: dict[str, Point], strict: bool, apply: bool) -> None:
    fam = Families(g, coords)
    b0 = rule_breaches(g, coords, S)
    c0 = count_crossings(g, coords)
    print(f"  {b0.total} breaches ({b0.not_centred} off-centre), {c0} crossings")
    cur = dict(coords)
    cur_b = b0.total
    for a, o in fam.off_centre():
        t0 = time.perf_counter()
        found = None
        last = None
        for extra, margin in [*WINDOWS, (None, None)]:
            res = solve(fam, a, extra, margin, strict)
            last = (extra, margin, res)
            if res is not None and "x" in res:
                found = last
                break
        extra, margin, res = last
        where = "whole layout" if extra is None else f"+{extra} rows, margin {margin}"
        sec = time.perf_counter() - t0
        kids = " ".join(fam.kids[a])
        head = f"  {a} ({' + '.join(fam.par[a])}: {kids}) off {o:.0f}"
        if found is None:
            best = res["best"] if res else None
            bs = "infeasible" if best is None else f"{best:.0f}"
            print(f"{head}: NOT by x alone (whole layout: best offset {bs}) [{sec:.1f}s]")
            continue
        x = res["x"]
        c2 = {p: (x[p], coords[p][1]) for p in coords}
        b2 = rule_breaches(g, c2, S)
        cc = count_crossings(g, c2)
        print(
            f"{head}: MENDED in {where}: {res['free']} free, {res['moved']} moved "
            f"(most {res['most']:.0f}); breaches {b0.total} -> {b2.total}, crossings "
            f"{c0} -> {cc} [{sec:.1f}s]"
        )
        if apply:
            now = Families(g, cur)
            if abs(now.off(a, now.x)) <= S:
                continue
            r2 = solve(now, a, extra, margin, strict)
            if r2 is None or "x" not in r2:
                print("    (not mendable any more after the ones before)")
                continue
            c3 = {p: (r2["x"][p], cur[p][1]) for p in cur}
            b3 = rule_breaches(g, c3, S).total
            if b3 < cur_b:
                cur, cur_b = c3, b3
    if apply:
        b = rule_breaches(g, cur, S)
        print(
            f"  all applied in turn: {b0.total} -> {b.total} breaches ({b.not_centred} "
            f"off-centre), {c0} -> {count_crossings(g, cur)} crossings"
        )


def main() -> None:
    global GAP
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[500, 2000])
    ap.add_argument("--seed", type=int, default=None, help="default: the size (the bench)")
    ap.add_argument("--loose", action="store_true", help="anchors may pass each other")
    ap.add_argument("--apply", action="store_true", help="mend one after another, totals")
    ap.add_argument("--sep", type=float, default=90.0, help="least distance of row neighbours")
    ap.add_argument("--set", action="store_true", help="classify over the wider check's set")
    args = ap.parse_args()
    GAP = args.sep
    opts = LayoutOptions()
    if args.set:
        total = mendable = 0
        windows: dict[str, int] = {}
        for key, g in family_set():
            coords = layout_genogram(g, opts).coordinates()
            for a, o, win, moved, dc in classify(g, coords, not args.loose):
                total += 1
                if win is None:
                    continue
                mendable += 1
                w = "whole" if win[0] is None else f"+{win[0]}/{win[1]}"
                windows[w] = windows.get(w, 0) + 1
                print(f"{key} {a} off {o:.0f}: {w}, {moved} moved, crossings {dc:+d}", flush=True)
        print(f"off-centre {total}, mendable by x alone {mendable}; windows {windows}")
        return
    for size in args.sizes:
        seed = size if args.seed is None else args.seed
        g = generate_family(seed=seed, size=size)
        coords = layout_genogram(g, opts).coordinates()
        print(f"seed {seed}, {len(g.persons)} persons:")
        study(g, coords, not args.loose, args.apply)


if __name__ == "__main__":
    main()
