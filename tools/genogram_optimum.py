"""The fewest line crossings any breach-free layout of a family can have, found by CP-SAT.

bench/genogram.py compares our layout with Graphviz dot. This script answers a different
question: is the issue's goal (no rule breach *and* no more crossings than dot) reachable at
all for a family, and how far is our fast layout from it? It states the layout rules exactly as
kastdesk.genogram.metrics scores them, as a constraint model for Google OR-Tools' CP-SAT
solver, and minimises the crossings with every rule kept:

- each person stays in their generation's row (the rows our layout gives);
- persons in a row are at least ``--sep`` apart (default: the layout's neighbour gap);
- between two partners stands nobody but another partner of one of them;
- full siblings stand eldest left, and the middle of a sibship is within one symbol width of
  its parents' middle (or its single parent);
- two child lines from different families into the same row cross exactly when the order of
  their parents' middles and the order of the children disagree (lines are straight segments
  from the parents' middle to the child, as in the metric, so that is all that can cross).

The solver starts from our layout and reports the best layout found, the proven lower bound
(equal to it when the status is OPTIMAL) and the breaches and crossings of the found layout as
the metric counts them, which checks the model against the metric.

OR-Tools is not a dependency of KastDesk (it is large and only this analysis needs it):
  pip install ortools
  python tools/genogram_optimum.py [--seconds 120] [--sep 90] [--seeds N] [--png DIR]
                                                                 [sizes...] (default 20 100)
With --png it also draws each family the way the editor does (offscreen Qt): our layout above
the breach-free one it found, made as narrow as a second, shorter run can (docs/ has 100).
The families are the bench's: generate_family(seed=size, size=size), and with --seeds N the
next seeds too. Over seeds 20-29 of 20 persons it proves that the issue's two goals can
conflict: seeds 23, 24, 25 and 27 need at least 2, 1, 1 and 1 crossings to be breach-free,
where dot draws none (with 8 to 12 breaches).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.metrics import Breaches, count_crossings, rule_breaches
from kastdesk.genogram.model import Genogram, anchor_of, link_parents

UNIT = 0.5  # scene units per solver step: positions are integers in the model


@dataclass
class Optimum:
    status: str
    crossings: int | None  # of the best breach-free layout found
    lower_bound: int  # no breach-free layout has fewer
    seconds: float
    breaches: Breaches | None  # of the found layout, by the metric (all zero if the model holds)
    metric_crossings: int | None  # the same layout's crossings, counted by the metric
    coords: dict[str, tuple[float, float]] | None


def fewest_crossings(
    g: Genogram,
    seconds: float = 60.0,
    sep: float | None = None,
    compact: float = 0.0,
    keep_order: bool = False,
) -> Optimum:
    """Minimise crossings over all layouts of ``g`` that breach no rule (see the module text).

    With ``compact`` seconds, a second run keeps the crossings found and makes the drawing as
    narrow as it can (the first run cares only for crossings, so its layout is wide). With
    ``keep_order`` every row keeps our layout's order and only the x positions are free: an
    INFEASIBLE answer says no placement of our orders is breach-free, so what is left to mend
    is the orders, not the spacing.
    """
    from ortools.sat.python import cp_model

    opts = LayoutOptions()
    start = layout_genogram(g, opts).coordinates()
    row = {p: round(start[p][1] / opts.row_height) for p in g.persons}
    tol = round(opts.symbol_size / UNIT)
    gap = round((sep if sep is not None else opts.neighbour_gap) / UNIT)
    left = min(x for x, _ in start.values())
    span = max(x for x, _ in start.values()) - left
    limit = round(span / UNIT) * 2 + 10 * gap

    m = cp_model.CpModel()
    x = {p: m.NewIntVar(0, limit, f"x_{p}") for p in g.persons}
    for p in g.persons:
        m.AddHint(x[p], round((start[p][0] - left) / UNIT))
    rows: dict[int, list[str]] = {}
    for p, r in row.items():
        rows.setdefault(r, []).append(p)
    before: dict[tuple[str, str], cp_model.IntVar] = {}  # (i, j): i stands left of j
    for members in rows.values():
        members.sort()
        for i, j in itertools.combinations(members, 2):
            b = m.NewBoolVar(f"{i}<{j}")
            m.Add(x[j] - x[i] >= gap).OnlyEnforceIf(b)
            m.Add(x[i] - x[j] >= gap).OnlyEnforceIf(b.Not())
            m.AddHint(b, start[i][0] < start[j][0])
            if keep_order:
                m.Add(b == (start[i][0] < start[j][0]))
            before[(i, j)], before[(j, i)] = b, b.Not()

    for u in g.unions.values():
        a, b = u.partners
        allowed = {a, b, *g.partners_of(a), *g.partners_of(b)}
        for k in rows[row[a]]:
            if k not in allowed:
                m.AddBoolOr([before[(a, k)].Not(), before[(k, b)].Not()])
                m.AddBoolOr([before[(b, k)].Not(), before[(k, a)].Not()])

    families: dict[str, list] = {}
    for lk in g.child_links.values():
        if link_parents(g, lk):
            families.setdefault(anchor_of(lk), []).append(lk)
    middle2 = {}  # twice the x of each family's anchor: the parents' middle
    for anchor, links in families.items():
        parents = link_parents(g, links[0])
        middle2[anchor] = x[parents[0]] + x[parents[1]] if len(parents) == 2 else 2 * x[parents[0]]
        ordered = sorted(
            (lk for lk in links if lk.birth_order is not None), key=lambda lk: lk.birth_order
        )
        for first, second in itertools.pairwise(ordered):
            if first.birth_order < second.birth_order:
                m.AddBoolOr([before[(first.child_id, second.child_id)]])
        kids = [x[lk.child_id] for lk in links]
        lo, hi = m.NewIntVar(0, limit, ""), m.NewIntVar(0, limit, "")
        m.AddMinEquality(lo, kids)
        m.AddMaxEquality(hi, kids)
        m.Add(middle2[anchor] - lo - hi <= 2 * tol)
        m.Add(middle2[anchor] - lo - hi >= -2 * tol)

    first_row = {a: row[link_parents(g, links[0])[0]] for a, links in families.items()}
    lines = [(a, lk.child_id) for a, links in families.items() for lk in links]
    order: dict[tuple[str, str], cp_model.IntVar] = {}
    crossings = []
    for (f, c), (h, d) in itertools.combinations(lines, 2):
        if f == h or c == d or row[c] != row[d] or first_row[f] != first_row[h]:
            continue
        if (f, h) not in order:
            v = m.NewBoolVar("")
            m.Add(middle2[f] <= middle2[h]).OnlyEnforceIf(v)  # equal middles: lines touch
            m.Add(middle2[f] >= middle2[h]).OnlyEnforceIf(v.Not())
            order[(f, h)], order[(h, f)] = v, v.Not()
        v = m.NewBoolVar("")
        m.AddBoolOr([order[(f, h)].Not(), before[(d, c)].Not(), v])
        m.AddBoolOr([order[(f, h)], before[(c, d)].Not(), v])
        crossings.append(v)
    m.Minimize(sum(crossings))

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 2
    t0 = time.perf_counter()
    status = solver.Solve(m)
    took = time.perf_counter() - t0
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    coords = {p: (solver.Value(x[p]) * UNIT, start[p][1]) for p in g.persons} if found else None
    best = round(solver.ObjectiveValue()) if found else None
    bound = round(solver.BestObjectiveBound())
    name = solver.StatusName(status)
    if found and compact > 0:
        m.ClearHints()
        for p in g.persons:
            m.AddHint(x[p], solver.Value(x[p]))
        m.Add(sum(crossings) <= best)
        right = m.NewIntVar(0, limit, "right")
        m.AddMaxEquality(right, list(x.values()))
        m.Minimize(right)
        narrow = cp_model.CpSolver()
        narrow.parameters.max_time_in_seconds = compact
        narrow.parameters.num_workers = 2
        if narrow.Solve(m) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            coords = {p: (narrow.Value(x[p]) * UNIT, start[p][1]) for p in g.persons}
        took = time.perf_counter() - t0
    return Optimum(
        status=name,
        crossings=best,
        lower_bound=bound,
        seconds=took,
        breaches=rule_breaches(g, coords, opts.symbol_size) if coords else None,
        metric_crossings=count_crossings(g, coords) if coords else None,
        coords=coords,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[20, 100])
    ap.add_argument("--seconds", type=float, default=120.0, help="solver time per family")
    ap.add_argument("--sep", type=float, default=None, help="least distance in a row")
    ap.add_argument(
        "--seeds",
        type=int,
        default=1,
        help="families per size: seeds size, size+1, ... (the bench's family is the first)",
    )
    ap.add_argument(
        "--our-order",
        action="store_true",
        help="keep every row in our layout's order and free only the x positions "
        "(INFEASIBLE: no spacing of our orders is breach-free)",
    )
    ap.add_argument(
        "--png",
        metavar="DIR",
        help="also draw each family as the editor does, ours above the layout found "
        "(made narrow in a second run of a quarter of --seconds): DIR/optimum-SIZE.png",
    )
    args = ap.parse_args()
    opts = LayoutOptions()
    print(
        f"{'seed':>5} {'persons':>7}  {'status':<9} {'crossings':>9} {'bound':>5} "
        f"{'breaches':>8}  {'ours: crossings/breaches':>24}  seconds"
    )
    for size, seed in ((n, n + i) for n in args.sizes for i in range(args.seeds)):
        g = generate_family(seed=seed, size=size)
        ours = layout_genogram(g, opts).coordinates()
        res = fewest_crossings(
            g, args.seconds, args.sep, args.seconds / 4 if args.png else 0, args.our_order
        )
        mine = f"{count_crossings(g, ours)} / {rule_breaches(g, ours, opts.symbol_size).total}"
        found = "-" if res.crossings is None else str(res.metric_crossings)
        breaches = "-" if res.breaches is None else str(res.breaches.total)
        print(
            f"{seed:>5} {len(g.persons):>7}  {res.status:<9} {found:>9} {res.lower_bound:>5} "
            f"{breaches:>8}  {mine:>24}  {res.seconds:7.1f}"
        )
        if args.png and res.coords is not None:
            name = f"optimum-{size}.png" if seed == size else f"optimum-{size}-{seed}.png"
            _draw(g, res, Path(args.png) / name)


def _draw(g: Genogram, res: Optimum, out: Path) -> None:
    """Ours above the breach-free layout found, drawn by the editor's scene (Qt, offscreen)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from genogram_tradeoff import draw_stacked

    assert res.coords is not None
    found = replace(
        g, persons={pid: replace(p, position=res.coords[pid]) for pid, p in g.persons.items()}
    )
    rows = [
        ("KastDesk's layout", g, layout_genogram(g)),
        (
            f"No rule breached: {res.crossings} crossing{'' if res.crossings == 1 else 's'} "
            f"(CP-SAT, {res.status.lower()})",
            found,
            layout_genogram(found),
        ),
    ]
    draw_stacked(rows, out, scale=0.5)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
