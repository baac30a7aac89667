"""Which rule breaches of the genogram layout can be mended locally? A research oracle (CP-SAT).

For each breached family it frees a *window* of the layout -- the rows from one above the
family's parents to one below its children (``--rows``), persons within ``margin`` scene units
of the family's members -- keeps every other person where the layout put them, and asks
OR-Tools' CP-SAT for a placement of the window's persons that breaks no rule the layout keeps
there now and also mends the family, with the fewest line crossings among the lines touching
the window (or, with ``--objective flips``, the fewest changes of order, then crossings). Rules
are those of kastdesk.genogram.metrics: row separation, nobody but a partner between partners,
full siblings eldest left, a sibship's middle within one symbol width of its parents' middle.
Families already breached elsewhere keep only the rules they keep now (they may not get worse).

Windows are tried in turn (margins 600, 1200, 2400; one extra row, then two), each accepted only
when the metric counts fewer breaches for the whole layout; the runner goes twice over the
breaches. Families whose members already spread over more than 4,000 units (the hub of the
generated families: a person with three partners whose partners have big families) are left
out: no window of up to ~250 free persons mends them.

Not a dependency of KastDesk and not a layout stage: CP-SAT takes 0.01-20 s a window.
  pip install ortools
  python tools/genogram_windows.py [--layout path/to/layout.py] [--seeds N] [--objective flips]
                                  [sizes...]          (default: 100 500)
Figures: docs/genogram-zero-breaches.md, "Session 18: which breaches mend locally".
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
import time
from types import ModuleType

from ortools.sat.python import cp_model

import kastdesk.genogram  # noqa: F401  (the package, before a layout file is loaded into it)
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.metrics import count_crossings, rule_breaches
from kastdesk.genogram.model import Genogram, link_parents

S = 40.0  # symbol size
GAP = 90  # neighbour gap
MAX_SPAN = 4000.0


def load_layout(path: str | None) -> ModuleType:
    if path is None:
        from kastdesk.genogram import layout

        return layout
    spec = importlib.util.spec_from_file_location("kastdesk.genogram.layout_oracle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class State:
    """Persons' x and row, rows sorted by x, and each family's parents and children."""

    def __init__(self, g: Genogram, coords: dict[str, tuple[float, float]]) -> None:
        self.g = g
        self.x = {p: c[0] for p, c in coords.items()}
        self.y = {p: c[1] for p, c in coords.items()}
        self.par: dict[str, tuple[str, ...]] = {}
        self.kids: dict[str, list] = {}
        for u in g.unions.values():
            self.par["u:" + u.id] = tuple(u.partners)
            self.kids["u:" + u.id] = []
        for lk in g.child_links.values():
            ps = link_parents(g, lk)
            if not ps:
                continue
            f = "u:" + lk.union_id if lk.union_id else "s:" + str(lk.parent_id)
            self.par.setdefault(f, ps)
            self.kids.setdefault(f, []).append(lk)
        self.rebuild_rows()

    def rebuild_rows(self) -> None:
        self.rows: dict[float, list[tuple[float, str]]] = {}
        for p, y in self.y.items():
            self.rows.setdefault(y, []).append((self.x[p], p))
        for r in self.rows.values():
            r.sort()

    def members(self, f: str) -> list[str]:
        return list(self.par[f]) + [lk.child_id for lk in self.kids[f]]

    def breaches(self) -> list[tuple[str, str]]:
        """(kind, family) for every breach, as the metric counts them."""
        g = self.g
        out = []
        for f, ps in self.par.items():
            if f.startswith("u:"):
                a, b = ps
                lo, hi = sorted((self.x[a], self.x[b]))
                allowed = {*g.partners_of(a), *g.partners_of(b), a, b}
                if any(lo < xq < hi and q not in allowed for xq, q in self.rows[self.y[a]]):
                    out.append(("apart", f))
            kids = self.kids[f]
            if not kids:
                continue
            o = sorted(
                (lk for lk in kids if lk.birth_order is not None), key=lambda k: k.birth_order
            )
            if any(
                a.birth_order < b.birth_order and self.x[a.child_id] > self.x[b.child_id] + 1e-6
                for a, b in itertools.pairwise(o)
            ):
                out.append(("order", f))
            anc = sum(self.x[p] for p in ps) / len(ps)
            xs = [self.x[lk.child_id] for lk in kids]
            if abs((min(xs) + max(xs)) / 2 - anc) > S:
                out.append(("centre", f))
        return out


def solve_window(st, f, margin, extra_rows, seconds, broken, objective="cross", workers=2):
    """New x for every person (the window's solved, the rest as they were), or None."""
    g = st.g
    mem = st.members(f)
    ys = sorted({st.y[p] for p in mem})
    allys = sorted(st.rows)
    ri = {y: i for i, y in enumerate(allys)}
    wrows = set(allys[max(0, ri[ys[0]] - extra_rows) : ri[ys[-1]] + extra_rows + 1])
    xlo = min(st.x[p] for p in mem) - margin
    xhi = max(st.x[p] for p in mem) + margin
    m = cp_model.CpModel()
    X = {}
    for y in wrows:
        row = st.rows[y]
        fr = [p for x, p in row if xlo <= x <= xhi]
        if not fr:
            continue
        left = max((x for x, _ in row if x < xlo), default=None)
        right = min((x for x, _ in row if x > xhi), default=None)
        lo = round(left + GAP) if left is not None else round(xlo - margin)
        hi = round(right - GAP) if right is not None else round(xhi + margin)
        for p in fr:
            X[p] = m.NewIntVar(lo, hi, p)
            m.AddHint(X[p], round(st.x[p]))

    def xv(p):
        return X[p] if p in X else round(st.x[p])

    before = {}

    def bef(p, q):  # p left of q, same row; a plain bool when neither is free
        if (p, q) in before:
            return before[(p, q)]
        if p not in X and q not in X:
            return st.x[p] < st.x[q]
        b = m.NewBoolVar("")
        m.Add(xv(q) - xv(p) >= GAP).OnlyEnforceIf(b)
        m.Add(xv(p) - xv(q) >= GAP).OnlyEnforceIf(b.Not())
        before[(p, q)], before[(q, p)] = b, b.Not()
        return b

    for y in wrows:
        fr = [p for _, p in st.rows[y] if p in X]
        for p, q in itertools.combinations(fr, 2):
            bef(p, q)

    def keeps(h, kind):
        return h == f or (kind, h) not in broken

    def forbid_both(u1, u2):
        lits = []
        for u in (u1, u2):
            if isinstance(u, bool):
                if not u:
                    return True
            else:
                lits.append(u.Not())
        if not lits:
            return False
        m.AddBoolOr(lits)
        return True

    for h in (h for h in st.par if any(q in X for q in st.members(h))):
        ps = st.par[h]
        if h.startswith("u:") and keeps(h, "apart"):
            a, b = ps
            allowed = {*g.partners_of(a), *g.partners_of(b), a, b}
            for k in (q for _, q in st.rows[st.y[a]] if q not in allowed):
                if k not in X and a not in X and b not in X:
                    continue
                if not (forbid_both(bef(a, k), bef(k, b)) and forbid_both(bef(b, k), bef(k, a))):
                    return None
        kids = st.kids[h]
        if not kids:
            continue
        if keeps(h, "order"):
            o = sorted(
                (lk for lk in kids if lk.birth_order is not None), key=lambda k: k.birth_order
            )
            for l1, l2 in itertools.pairwise(o):
                if l1.birth_order < l2.birth_order:
                    b = bef(l1.child_id, l2.child_id)
                    if isinstance(b, bool):
                        if not b:
                            return None
                    else:
                        m.Add(b == 1)
        if keeps(h, "centre"):
            cs = [xv(lk.child_id) for lk in kids]
            s2 = 2 * xv(ps[0]) if len(ps) == 1 else xv(ps[0]) + xv(ps[1])
            lo = m.NewIntVar(-(10**7), 10**7, "")
            hi = m.NewIntVar(-(10**7), 10**7, "")
            m.AddMinEquality(lo, cs)
            m.AddMaxEquality(hi, cs)
            m.Add(s2 - lo - hi <= round(2 * S) - 2)
            m.Add(s2 - lo - hi >= -round(2 * S) + 2)

    # crossings of child lines in the row pairs that touch the window
    lines = [
        (h, lk.child_id)
        for h, ps in st.par.items()
        for lk in st.kids[h]
        if st.y[lk.child_id] in wrows or st.y[ps[0]] in wrows
    ]

    def mid2(h):
        ps = st.par[h]
        return 2 * xv(ps[0]) if len(ps) == 1 else xv(ps[0]) + xv(ps[1])

    cross = []
    order = {}
    for (h1, c1), (h2, c2) in itertools.combinations(lines, 2):
        if h1 == h2 or c1 == c2 or st.y[c1] != st.y[c2]:
            continue
        if st.y[st.par[h1][0]] != st.y[st.par[h2][0]]:
            continue
        m1, m2 = mid2(h1), mid2(h2)
        b = bef(c1, c2)
        fixed_top = isinstance(m1, int) and isinstance(m2, int)
        if fixed_top and isinstance(b, bool):
            continue  # neither line can change
        if (h1, h2) not in order:
            if fixed_top:
                v = m1 <= m2
                order[(h1, h2)], order[(h2, h1)] = v, (not v if m1 != m2 else True)
            else:
                v = m.NewBoolVar("")
                m.Add(m1 <= m2).OnlyEnforceIf(v)
                m.Add(m1 >= m2).OnlyEnforceIf(v.Not())
                order[(h1, h2)], order[(h2, h1)] = v, v.Not()
        v = order[(h1, h2)]
        cv = m.NewBoolVar("")
        not_b = (not b) if isinstance(b, bool) else b.Not()
        not_v = (not v) if isinstance(v, bool) else v.Not()
        for t1, t2 in ((v, not_b), (not_v, b)):  # h1 left above but c1 right below, or back
            if any(isinstance(t, bool) and not t for t in (t1, t2)):
                continue
            m.AddBoolOr([t.Not() for t in (t1, t2) if not isinstance(t, bool)] + [cv])
        cross.append(cv)
    if objective == "flips":
        flips = [
            (b.Not() if st.x[p] < st.x[q] else b)
            for (p, q), b in before.items()
            if p < q and not isinstance(b, bool)
        ]
        m.Minimize(10 * sum(flips) + sum(cross))
    else:
        m.Minimize(sum(cross))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    status = solver.Solve(m)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    x = dict(st.x)
    for p in X:
        x[p] = float(solver.Value(X[p]))
    return x, len(X)


def mend_locally(g, coords, objective="cross", seconds=10.0, verbose=True):
    """Window after window while the metric's breach count falls; returns the coordinates."""
    st = State(g, coords)
    cur_b = rule_breaches(g, coords, S).total
    cur_c = count_crossings(g, coords)
    for _ in range(2):
        progress = False
        for kind, f in st.breaches():
            broken = set(st.breaches())
            if (kind, f) not in broken:
                continue
            mem = st.members(f)
            if max(st.x[p] for p in mem) - min(st.x[p] for p in mem) > MAX_SPAN:
                continue
            done = False
            for extra in (1, 2):
                for margin in (600, 1200, 2400):
                    t0 = time.perf_counter()
                    res = solve_window(st, f, margin, extra, seconds, broken, objective)
                    if res is None:
                        continue
                    x, free = res
                    c2 = {p: (x[p], st.y[p]) for p in x}
                    b = rule_breaches(g, c2, S).total
                    if b < cur_b:
                        cc = count_crossings(g, c2)
                        if verbose:
                            print(
                                f"  {kind} {f}: window +{extra} rows, margin {margin}, "
                                f"{free} free, {time.perf_counter() - t0:.1f} s: "
                                f"breaches {cur_b} -> {b}, crossings {cur_c} -> {cc}"
                            )
                        st.x = x
                        st.rebuild_rows()
                        cur_b, cur_c, done, progress = b, cc, True, True
                        break
                if done:
                    break
        if not progress:
            break
    return {p: (st.x[p], st.y[p]) for p in st.x}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 500])
    ap.add_argument("--seeds", type=int, default=1, help="families per size: seeds size, size+1..")
    ap.add_argument("--layout", help="a layout.py to score instead of the package's")
    ap.add_argument("--objective", choices=("cross", "flips"), default="cross")
    ap.add_argument("--seconds", type=float, default=10.0, help="CP-SAT time per window")
    args = ap.parse_args()
    layout = load_layout(args.layout)
    opts = layout.LayoutOptions()
    for size in args.sizes:
        for seed in range(size, size + args.seeds):
            g = generate_family(seed=seed, size=size)
            c = layout.layout_genogram(g, opts).coordinates()
            b0, x0 = rule_breaches(g, c, S), count_crossings(g, c)
            print(f"seed {seed}, {len(g.persons)} persons: {b0.total} breaches, {x0} crossings")
            c2 = mend_locally(g, c, args.objective, args.seconds, verbose=args.seeds == 1)
            b1, x1 = rule_breaches(g, c2, S), count_crossings(g, c2)
            print(
                f"  mended locally: {b1.total} breaches (apart/order/centre "
                f"{b1.partners_apart}/{b1.birth_order}/{b1.not_centred}), {x1} crossings"
            )


if __name__ == "__main__":
    main()
