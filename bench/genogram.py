"""Benchmark: our genogram layout against Graphviz dot on the same generated families.

Times are medians of repeated runs (dot's process start-up included: that is how dot is
used). The runs come in short stretches of one tool, about a fifth of a second each, and the
tools take turns: within a stretch the runs after the first are warm, and a slow spell of this
shared machine (other processes, clock changes; single runs here swing by a factor of two
over seconds) falls on both tools alike rather than on whichever happened to run then. With
--interleaved the runs alternate one by one instead, so each of ours follows a dot process that
has evicted the CPU caches: both tools then run cold, as in the editor after an edit, and our
time about doubles on this machine. Prints size, time, speed ratio, line crossings and
rule breaches for both. Both layouts are scored by the same functions
(kastdesk.genogram.metrics) from plain person coordinates. The first line says whether our
layout ran compiled (setup.py compiles it with mypyc where a C compiler is at hand) or as
plain Python, which takes about twice as long.

One family per size says little about the rest (the one of 100 has 2 breaches; most of 100
have 3 to 5): ``--families N`` adds a second table scoring N families per size (seeds size,
size+1, ...) with both tools, quality only.
Run: python bench/genogram.py [--interleaved] [--families N] [sizes...]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from kastdesk.genogram._compiled import describe
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import LayoutOptions, layout_genogram
from kastdesk.genogram.metrics import Breaches, count_crossings, rule_breaches
from kastdesk.genogram.model import Genogram, Sex, link_parents

SIZES = (20, 100, 500, 2000)
POINTS_PER_INCH = 72.0


def to_dot(g: Genogram, opts: LayoutOptions) -> str:
    """Genogram as dot: persons as boxes, one point node per couple between the partners."""
    size = opts.symbol_size / POINTS_PER_INCH
    nodesep = (opts.neighbour_gap - opts.symbol_size) / POINTS_PER_INCH
    ranksep = (opts.row_height - opts.symbol_size) / POINTS_PER_INCH
    lines = [
        "digraph G {",
        f"  graph [nodesep={nodesep:.3f}, ranksep={ranksep:.3f}];",
        f'  node [shape=box, width={size:.3f}, height={size:.3f}, fixedsize=true, label=""];',
        "  edge [arrowhead=none];",
    ]
    for p in g.persons.values():
        shape = "box" if p.sex is Sex.MALE else "circle"
        lines.append(f'  "{p.id}" [shape={shape}];')
    for u in g.unions.values():
        a, b = u.partners
        lines.append(f'  "{u.id}" [shape=point, width=0.01, height=0.01];')
        lines.append(f'  {{ rank=same; "{a}"; "{u.id}"; "{b}"; }}')
        lines.append(f'  "{a}" -> "{u.id}" -> "{b}";')
    for lk in g.child_links.values():
        if not link_parents(g, lk):
            continue
        source = lk.union_id if lk.union_id is not None else lk.parent_id
        lines.append(f'  "{source}" -> "{lk.child_id}";')
    lines.append("}")
    return "\n".join(lines)


def run_dot(g: Genogram, opts: LayoutOptions) -> tuple[dict[str, tuple[float, float]], float]:
    """Lay out with ``dot -Tplain``; person centres in points, y pointing down like ours."""
    source = to_dot(g, opts)
    start = time.perf_counter()
    out = subprocess.run(
        ["dot", "-Tplain"], input=source, capture_output=True, text=True, check=True
    ).stdout
    coords: dict[str, tuple[float, float]] = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            name = parts[1].strip('"')
            if name in g.persons:
                coords[name] = (
                    float(parts[2]) * POINTS_PER_INCH,
                    -float(parts[3]) * POINTS_PER_INCH,
                )
    elapsed = time.perf_counter() - start
    return coords, elapsed


def _median_time(run: Callable[[], object], budget: float) -> float:
    """Median wall time of repeated runs: one run of a few ms is mostly noise on a shared box.

    Repeats until about ``budget`` seconds are spent (at least 3, at most 201 runs).
    """
    times: list[float] = []
    spent = 0.0
    while len(times) < 3 or (spent < budget and len(times) < 201):
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
    times.sort()
    return times[len(times) // 2]


def _stretch(run: Callable[[], object], seconds: float, times: list[float]) -> float:
    """Repeat ``run`` for about ``seconds`` (at least once), adding each run's time to
    ``times``; returns the time spent."""
    spent = 0.0
    while True:
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
        if spent >= seconds:
            return spent


def _alternating_medians(
    ours: Callable[[], object],
    theirs: Callable[[], object],
    budget: float,
    stretch: float = 0.2,
) -> tuple[float, float]:
    """Median wall times of both tools from stretches of ``stretch`` seconds taken in turn.

    At least 3 stretches each, then until ``budget`` seconds are spent in all.
    """
    a: list[float] = []
    b: list[float] = []
    spent = 0.0
    rounds = 0
    while rounds < 3 or spent < budget:
        spent += _stretch(ours, stretch, a)
        spent += _stretch(theirs, stretch, b)
        rounds += 1
    a.sort()
    b.sort()
    return a[len(a) // 2], b[len(b) // 2]


def _interleaved_medians(
    ours: Callable[[], object], theirs: Callable[[], object], budget: float
) -> tuple[float, float]:
    """Median wall times of two runs taken turn about, so both see the same machine state.

    A shared two-core box drifts (other processes, clock changes) by ±10 % over seconds; runs
    taken in two separate stretches would put that drift into the ratio. At least 5 pairs,
    then until ``budget`` seconds are spent (at most 301 pairs).
    """
    a: list[float] = []
    b: list[float] = []
    spent = 0.0
    while len(a) < 5 or (spent < budget and len(a) < 301):
        start = time.perf_counter()
        ours()
        mid = time.perf_counter()
        theirs()
        end = time.perf_counter()
        a.append(mid - start)
        b.append(end - mid)
        spent += end - start
    a.sort()
    b.sort()
    return a[len(a) // 2], b[len(b) // 2]


def _fmt(b: Breaches) -> str:
    return f"{b.total} ({b.overlap}/{b.rows}/{b.partners_apart}/{b.birth_order}/{b.not_centred})"


def main(sizes: tuple[int, ...] = SIZES, interleaved: bool = False) -> None:
    opts = LayoutOptions()
    have_dot = shutil.which("dot") is not None
    if not have_dot:
        print("Graphviz 'dot' is not installed: showing our figures only.")
    header = (
        f"{'persons':>7} {'ours ms':>8} {'dot ms':>8} {'ratio':>7} "
        f"{'cross ours':>10} {'cross dot':>9}  {'breaches ours':<22} {'breaches dot':<22}"
    )
    print(f"our layout: {describe()}")
    print(header)
    print("-" * len(header))
    for size in sizes:
        g = generate_family(seed=size, size=size)
        layout = layout_genogram(g, opts)
        # Each timed run gets a fresh copy of the model, so the lookup tables the model builds
        # on first use (partners, children by parent) are built inside the timing, as they are
        # after an edit in the editor; dot likewise parses its whole input every run.
        def ours(g: Genogram = g) -> object:
            return layout_genogram(replace(g), opts)

        ours_c = layout.coordinates()
        ours_x = count_crossings(g, ours_c)
        ours_b = rule_breaches(g, ours_c, opts.symbol_size)
        if have_dot:
            dot_c, _ = run_dot(g, opts)
            if interleaved:
                ours_t, dot_t = _interleaved_medians(
                    ours, lambda g=g: run_dot(g, opts), budget=2.0
                )
            else:
                ours_t, dot_t = _alternating_medians(
                    ours, lambda g=g: run_dot(g, opts), budget=2.0
                )
            dot_x = count_crossings(g, dot_c)
            dot_b = rule_breaches(g, dot_c, opts.symbol_size)
            print(
                f"{len(g.persons):>7} {ours_t * 1000:>8.2f} {dot_t * 1000:>8.2f} "
                f"{dot_t / ours_t:>6.1f}x "
                f"{ours_x:>10} {dot_x:>9}  {_fmt(ours_b):<22} {_fmt(dot_b):<22}"
            )
        else:
            ours_t = _median_time(ours, budget=1.0)
            print(
                f"{len(g.persons):>7} {ours_t * 1000:>8.2f} {'-':>8} {'-':>7} "
                f"{ours_x:>10} {'-':>9}  {_fmt(ours_b):<22} {'-':<22}"
            )
    print("breaches: total (overlap/rows/partners apart/birth order/not centred)")


def many(sizes: tuple[int, ...], families: int) -> None:
    """Crossings and breaches summed over ``families`` generated families per size, and the
    speed against dot family by family (least and median ratio): the bench's one family a
    size says how fast the layout is on that family, and families with breaches left take
    the mending passes far longer (session 32: at 100 persons the bench family 13x, the
    median of twelve 4x)."""
    opts = LayoutOptions()
    have_dot = shutil.which("dot") is not None
    print()
    print(f"over {families} families per size (seeds size .. size+{families - 1}):")
    header = (
        f"{'size':>5} {'breach-free ours':>16} {'cross ours':>10} {'cross dot':>9}  "
        f"{'breaches ours':<24} {'breaches dot':<24} {'speed least / median':>20}"
    )
    print(header)
    print("-" * len(header))
    for size in sizes:
        free = 0
        ours_x = dot_x = 0
        ours_b: list[Breaches] = []
        dot_b: list[Breaches] = []
        ratios: list[float] = []
        for seed in range(size, size + families):
            g = generate_family(seed=seed, size=size)
            c = layout_genogram(g, opts).coordinates()
            if have_dot:
                ours_t, dot_t = _alternating_medians(
                    lambda g=g: layout_genogram(g, opts), lambda g=g: run_dot(g, opts), 0.3
                )
                ratios.append(dot_t / ours_t)
            ours_x += count_crossings(g, c)
            b = rule_breaches(g, c, opts.symbol_size)
            free += b.total == 0
            ours_b.append(b)
            if have_dot:
                dc, _ = run_dot(g, opts)
                dot_x += count_crossings(g, dc)
                dot_b.append(rule_breaches(g, dc, opts.symbol_size))
        dot_x_col = f"{dot_x:>9}" if have_dot else f"{'-':>9}"
        dot_b_col = _fmt(_sum(dot_b)) if have_dot else "-"
        speed = "-"
        if ratios:
            ratios.sort()
            speed = f"{ratios[0]:.1f}x / {ratios[len(ratios) // 2]:.1f}x"
        print(
            f"{size:>5} {f'{free} of {families}':>16} {ours_x:>10} {dot_x_col}  "
            f"{_fmt(_sum(ours_b)):<24} {dot_b_col:<24} {speed:>20}"
        )


def _sum(bs: list[Breaches]) -> Breaches:
    return Breaches(
        sum(b.overlap for b in bs),
        sum(b.rows for b in bs),
        sum(b.partners_apart for b in bs),
        sum(b.birth_order for b in bs),
        sum(b.not_centred for b in bs),
    )


if __name__ == "__main__":
    args = sys.argv[1:]
    mixed = "--interleaved" in args
    families = 0
    if "--families" in args:
        i = args.index("--families")
        families = int(args[i + 1])
        del args[i : i + 2]
    sizes = tuple(int(a) for a in args if a != "--interleaved") or SIZES
    main(sizes, interleaved=mixed)
    if families:
        many(sizes, families)
