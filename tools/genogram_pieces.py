"""Move pieces of a laid-out family rigidly and count what the rules and the crossings say.

The bench families' graph of persons and families is a tree, so everything reached from a
person without passing through a few given persons (a *piece*) touches the rest only through
the links to those persons. Moved rigidly in x, a piece keeps every rule inside it; only the
families of the links cut can change. This tries such moves on the layout's own coordinates,
in the order given, and prints the breaches and crossings before and after, who stands between
the partners of a couple (``--couple``) and which child lines carry the new crossings. A
research aid for docs/genogram-zero-breaches.md, not part of KastDesk:

  python tools/genogram_pieces.py [--seed N] [--couple A,B] SIZE MOVE ...
  python tools/genogram_pieces.py [--seed N] --plan A,B SIZE
  python tools/genogram_pieces.py [--seed N] --plan A,B --lean RANK,LAND SIZE

``--plan`` finds the moves itself (:class:`Planner`, session 28): it empties the stretch of
row between the partners A and B piece by piece and prints the moves it kept, in the syntax
below, so they can be replayed and varied, and the plan's work. ``--lean`` (session 31,
:class:`LeanPlanner`) makes the same kinds of moves with no whole-map count per try.

Each MOVE is ``START/CUT+CUT...`` (the piece: reached from START, not through the CUT persons)
followed by where it goes:

- ``:DX``   moved by DX units;
- ``@X``    moved so START stands at X;
- ``>M``    moved past the map's right edge as it is then, its left end M units beyond;
- ``<M``    the same past the left edge;
- ``^``     START's family (START a partner, with children) moved over its children's middle;
- ``=``     START (the eldest or the youngest) moved so its sibship's middle is its parents'.
- ``~``     the piece laid out again on its own by the layout (not rigid: a piece whose
            shape leaves part of it inside a couple), START under its parents' middle.

For example u3 at 2,000 persons (session 27): ``p33/p31+p32>400 p34/p31+p32>400
p31/p17+p33+p34^`` sends p17's younger siblings' branches past the right edge and their
parents over the stretched sibship; ``p18/p8+p17~`` lays p18's in-laws out again on their own
(session 28: they land left of p18, outside the couple p8 - p5).
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Iterable, Mapping

from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import LayoutOptions, _place_all, layout_genogram
from kastdesk.genogram.metrics import _cross, count_crossings, rule_breaches
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


def laid_out(g: Genogram, opts: LayoutOptions) -> dict[str, Point]:
    """The layout's coordinates without its last step for huge families (session 31's port
    of :class:`LeanPlanner` into the layout, ``_stretches_emptied``, which empties u3 at
    2,000 persons itself): where this tool's moves start from."""
    return {p: (b[1], b[2]) for p, b in _place_all(g, opts, empty=False).items()}


def relaid(g: Genogram, members: set[str]) -> dict[str, Point]:
    """``members`` (a piece) laid out by the layout as a family of their own."""
    d = g.to_dict()
    d["persons"] = [p for p in d["persons"] if p["id"] in members]
    d["unions"] = [u for u in d["unions"] if all(q in members for q in u["partners"])]
    kept = {u["id"] for u in d["unions"]}
    d["child_links"] = [
        c
        for c in d["child_links"]
        if c["child_id"] in members
        and (c["union_id"] in kept if c.get("union_id") else c.get("parent_id") in members)
    ]
    d["relationships"] = []
    return dict(layout_genogram(Genogram.from_dict(d), LayoutOptions()).coordinates())


class Planner:
    """Empty the stretch of row between the partners of an apart couple, piece by piece.

    The *chain* is the two partners and their partners in the row; everyone else standing
    between the two is an *intruder*. The bench families are trees, so the path from an
    intruder to the chain is unique, and each family on it is a place where the intruder's
    side can be cut off and moved rigidly:

    - down from the chain side (a parent to a child): that child's side goes out of the
      stretch with every sibling beyond it (the elder ones left of the chain, the younger
      right; a chain couple's children split at the middle), and the family is centred
      again: its parents over the children where they are roots of this family alone, else
      the end child's side further out (both ends in turn until the middle is theirs);
    - up from the chain side (a child to a parent): where the path goes on to a sibling,
      that sibling's side goes out as above, the child on the path staying; else the
      parents' side (with the other children) goes past the chain's end, the child on the
      path being the eldest (right) or the youngest (left), and the family centred again;
    - an only child of a chain couple whose side stands in the stretch is laid out again on
      its own (``~``; at 2,000 persons p18's in-laws then stand left of him, outside).

    "Out" is the nearest free room beyond the chain's end, or past the map's edge, whichever
    the crossings prefer, a gap from everyone and inside no couple's line, with birth order
    kept against the siblings placed. Every family on the path is tried; kept is the one
    whose moves cost the fewest crossings per intruder taken out, with no rule broken more
    (``first``: the one nearest the chain that works). Intruders are taken from the right
    partner's side (``order`` "right") or the left one's.
    """

    def __init__(
        self,
        g: Genogram,
        co: dict[str, Point],
        a: str,
        b: str,
        first: bool = False,
        order: str = "right",
    ) -> None:
        self.g = g
        self.co = co
        if co[a][0] > co[b][0]:
            a, b = b, a
        self.a = a
        self.b = b
        self.first = first
        self.order = order
        opts = LayoutOptions()
        self.gap = opts.neighbour_gap
        self.s = opts.symbol_size
        self.born = {lk.child_id: lk.birth_order or 0 for lk in g.child_links.values()}
        self.moves: list[str] = []
        # The plan's work in units that do not depend on the machine (see ``walk``, ``put``,
        # ``free_shift``, ``choose``, ``score``): what a compiled port would have to do.
        self.work: collections.Counter[str] = collections.Counter()
        self.touched: set[str] = set()  # the persons moved since last emptied
        row = co[a][1]
        self.chain = {a, b} | {
            p for p in (*g.partners_of(a), *g.partners_of(b)) if co[p][1] == row
        }

    def run(self, most: int = 80) -> None:
        """Intruders taken out one family at a time; one that no family takes out is left
        for later (another's moves may open its room), and the pass stops when none is."""
        skip: set[str] = set()
        for _ in range(most):
            inside = [p for p in self.between() if p not in skip]
            if not inside:
                return
            q = inside[-1] if self.order == "right" else inside[0]
            if self.step(q):
                skip.clear()
            else:
                skip.add(q)

    def kids(self, ps: list[str]) -> list[str]:
        """The children of exactly the parents ``ps``, eldest first."""
        ks = [c for c in self.g.children_of(ps[0]) if sorted(self.g.parents_of(c)) == ps]
        return sorted(ks, key=lambda c: self.born.get(c, 0))

    def walk(self, start: str, cut: Iterable[str]) -> set[str]:
        """:func:`piece`, counted in ``work`` (pieces walked, persons reached)."""
        part = piece(self.g, start, set(cut))
        self.work["pieces"] += 1
        self.work["piece persons"] += len(part)
        return part

    def put(self, mv: str) -> None:
        """One MOVE applied and kept in ``moves``, counted in ``work``."""
        moved = apply(self.g, self.co, mv, quiet=True)
        self.touched |= moved
        self.moves.append(mv)
        self.work["moves"] += 1
        self.work["persons moved"] += len(moved)
        if mv.endswith("~"):
            self.work["re-lays"] += 1
            self.work["re-laid persons"] += len(moved)

    def between(self) -> list[str]:
        self.work["stretch scans"] += 1
        return sorted(between(self.g, self.co, self.a, self.b), key=lambda p: self.co[p][0])

    def path(self, q: str) -> list[str]:
        """The persons from the chain to ``q`` (breadth-first: in a tree, the one path)."""
        came: dict[str, str] = {q: q}
        queue = collections.deque([q])
        while queue:
            p = queue.popleft()
            self.work["path persons"] += 1
            if p in self.chain:
                out = [p]
                while out[-1] != q:
                    out.append(came[out[-1]])
                return out
            g = self.g
            for n in (*g.parents_of(p), *g.children_of(p), *g.partners_of(p)):
                if n not in came:
                    came[n] = p
                    queue.append(n)
        return []

    def free_shift(self, members: set[str], want: float, sign: int) -> float:
        """The shift nearest ``want``, further in direction ``sign`` where blocked, that
        lands ``members`` a gap from everyone else, inside no other couple's line and with
        nobody inside their own couples' lines."""
        self.work["free-room searches"] += 1
        self.work["free-room persons"] += len(members)
        co = self.co
        gap = self.gap
        rows: dict[float, list[float]] = collections.defaultdict(list)
        for p in members:
            rows[co[p][1]].append(co[p][0])
        others: dict[float, list[float]] = collections.defaultdict(list)
        for p, (x, y) in co.items():
            if p not in members and y in rows:
                others[y].append(x)
        bans: list[tuple[float, float]] = []
        for y, xs in rows.items():
            for o in others[y]:
                bans.extend((o - gap - v, o + gap - v) for v in xs)
        for u in self.g.unions.values():
            pa, pb = u.partners
            y = co[pa][1]
            if y not in rows or co[pb][1] != y:
                continue
            lo, hi = sorted((co[pa][0], co[pb][0]))
            if pa in members and pb in members:
                if hi - lo > 2 * gap:
                    bans.extend((o - hi, o - lo) for o in others[y])
            elif pa not in members and pb not in members:
                bans.extend((lo - v, hi - v) for v in rows[y])
        bans.sort()
        d = want
        blocked = True
        while blocked:
            blocked = False
            for lo, hi in bans:
                if lo < d < hi:
                    d = hi if sign > 0 else lo
                    blocked = True
        return d

    def move(self, start: str, cut: Iterable[str], dx: float) -> None:
        self.put(f"{start}/{'+'.join(sorted(cut))}:{dx:.1f}")

    def send(self, k: str, cut: list[str], sign: int, lim: float | None) -> bool:
        """``k``'s side (not through ``cut``) out of the stretch: the nearest free room
        beyond the chain's end or past the map's edge, either side where ``lim`` (an
        x ``k`` must stay beyond on side ``sign``: its sibling's) is given, else on side
        ``sign``; of those, the one ``choose`` prefers. False where none is."""
        part = self.walk(k, cut)
        spots = self.landings(k, part, sign, lim)
        if not spots:
            return False
        self.move(k, cut, self.choose(k, part, sign, spots))
        return True

    def landings(
        self, k: str, part: set[str], sign: int, lim: float | None
    ) -> list[tuple[int, str, float]]:
        """The shifts ``send`` may choose from, each with its side (-1, 1) and kind
        ("near": free room beyond the chain's end; "edge": past the map's edge)."""
        co = self.co
        gap = self.gap
        row = co[self.a][1]
        ys = [co[p][0] for p in part if co[p][1] == row]
        ends = [co[p][0] for p in self.chain]
        lo = min(ends)
        hi = max(ends)
        edge_lo = min(x for x, _ in co.values())
        edge_hi = max(x for x, _ in co.values())
        xs = [co[p][0] for p in part]
        xk = co[k][0]
        shifts: list[tuple[int, str, float]] = []
        for side in (-1, 1):
            if lim is None and side != sign:
                continue
            if side < 0:
                wants = [min(lo - gap - max(ys), 0.0) if ys else 0.0, edge_lo - gap - max(xs)]
            else:
                wants = [max(hi + gap - min(ys), 0.0) if ys else 0.0, edge_hi + gap - min(xs)]
            for kind, want in zip(("near", "edge"), wants, strict=True):
                if lim is not None and (xk + want - lim) * sign < gap:
                    want = lim + sign * gap - xk
                    if ys and (
                        max(ys) + want > lo - gap if side < 0 else min(ys) + want < hi + gap
                    ):
                        continue
                d = self.free_shift(part, want, side)
                if lim is None or (xk + d - lim) * sign >= gap - 1e-6:
                    shifts.append((side, kind, d))
        return shifts

    def choose(
        self, k: str, part: set[str], sign: int, spots: list[tuple[int, str, float]]
    ) -> float:
        """The shift of ``spots`` with the fewest crossings of the whole map."""
        co = self.co
        best: tuple[int, float] | None = None
        for _, _, d in spots:
            for p in part:
                co[p] = (co[p][0] + d, co[p][1])
            n = count_crossings(self.g, co)
            self.work["crossing counts"] += 1
            for p in part:
                co[p] = (co[p][0] - d, co[p][1])
            if best is None or n < best[0]:
                best = (n, d)
        assert best is not None
        return best[1]

    def centre(self, ps: list[str], ks: list[str], moved_end: int) -> bool:
        """The family of ``ps`` centred over its children ``ks`` again: root parents (of
        this family alone) moved over the children, else the end children's sides further
        out in turn, the one opposite ``moved_end`` (-1: the eldest's side moved) first."""
        co = self.co
        g = self.g
        s = self.s
        mid = sum(co[p][0] for p in ps) / len(ps)
        kmid = (co[ks[0]][0] + co[ks[-1]][0]) / 2
        if abs(mid - kmid) <= 0.9 * s:
            return True
        if all(
            not g.parents_of(p)
            and len(g.partners_of(p)) <= 1
            and p not in self.chain
            and set(g.children_of(p)) == set(ks)
            for p in ps
        ):
            d = self.free_shift(set(ps), kmid - mid, 1 if kmid > mid else -1)
            if abs(mid + d - kmid) <= 0.9 * s:
                self.move(ps[0], ks, d)
                return True
        end = ks[0] if moved_end > 0 else ks[-1]
        for _ in range(8):
            want = 2 * mid - co[ks[0]][0] - co[ks[-1]][0]
            if abs(want) <= 1.8 * s:
                return True
            out = -1 if end == ks[0] else 1
            if want * out > 0:
                self.move(end, ps, self.free_shift(self.walk(end, ps), want, out))
            end = ks[-1] if end == ks[0] else ks[0]
        return False

    def sibs_out(self, ps: list[str], ks: list[str], stay: int | None) -> bool:
        """The children of ``ps`` whose sides stand in the stretch go out, with every
        sibling beyond them: elder than the child ``ks[stay]`` (who stays; without one, the
        middle) left, younger right; then the family is centred again."""
        co = self.co
        inside = set(self.between())
        out: list[int] = []
        for j, k in enumerate(ks):
            part = self.walk(k, ps)
            if j != stay and part & inside and not part & self.chain:
                out.append(j)
        split = stay if stay is not None else len(ks) / 2
        left = [j for j in out if j < split]
        right = [j for j in out if j > split or (j == split and stay is None)]
        if left:
            top = max(left)
            for j in range(top, -1, -1):  # the nearest first
                near = j + 1 < len(ks) and (stay is not None or j < top)
                if not self.send(ks[j], ps, -1, co[ks[j + 1]][0] if near else None):
                    return False
        if right:
            bottom = min(right)
            for j in range(bottom, len(ks)):
                near = j > 0 and (stay is not None or j > bottom)
                if not self.send(ks[j], ps, 1, co[ks[j - 1]][0] if near else None):
                    return False
        if left and right:
            mid = sum(co[p][0] for p in ps) / len(ps)
            kmid = (co[ks[0]][0] + co[ks[-1]][0]) / 2
            return self.centre(ps, ks, -1 if kmid < mid else 1)
        return self.centre(ps, ks, 1 if right else -1)

    def at(self, path: list[str], i: int) -> bool:
        """The intruder's side cut off at the family of the step ``i`` of ``path`` (the
        chain first) and moved out; False where the rules leave no such move."""
        g = self.g
        v = path[i]
        w = path[i + 1]
        if w in g.partners_of(v):
            return False  # a couple stays together
        if w in g.children_of(v):
            ps = sorted(g.parents_of(w))
            ks = self.kids(ps)
            if len(ks) > 1:
                return self.sibs_out(ps, ks, None)
            if not all(p in self.chain for p in ps):
                return False
            mv = f"{w}/{'+'.join(ps)}~"
            self.put(mv)
            return True
        ps = sorted(g.parents_of(v))
        ks = self.kids(ps)
        if i + 2 < len(path) and path[i + 2] in ks:
            return self.sibs_out(ps, ks, ks.index(v))
        j = ks.index(v)
        if len(ks) == 1 or 0 < j < len(ks) - 1:
            return False
        sign = 1 if j == 0 else -1
        return self.send(w, [v], sign, None) and self.centre(ps, ks, sign)

    def score(self) -> tuple[int, int, int]:
        """Breaches, crossings and intruders now."""
        self.work["whole-map scores"] += 1
        br = rule_breaches(self.g, self.co, self.s)
        return br.total, count_crossings(self.g, self.co), len(self.between())

    def step(self, q: str) -> bool:
        """Every family on ``q``'s path tried; the best kept (see the class). False where
        none takes anyone out without breaking a rule more."""
        path = self.path(q)
        b0, c0, n0 = self.score()
        co0 = dict(self.co)
        k0 = len(self.moves)
        best: tuple[float, dict[str, Point], list[str]] | None = None
        for i in range(len(path) - 1):
            if self.first and best is not None:
                break
            if self.at(path, i):
                b1, c1, n1 = self.score()
                if b1 <= b0 and n1 < n0:
                    per = (c1 - c0) / (n0 - n1)
                    if best is None or per < best[0]:
                        best = (per, dict(self.co), self.moves[k0:])
            self.co.clear()
            self.co.update(co0)
            del self.moves[k0:]
        if best is None:
            return False
        self.co.clear()
        self.co.update(best[1])
        self.moves.extend(best[2])
        print(f"  {' '.join(best[2])}  ({best[0]:+.2f} crossings an intruder)")
        return True


class LeanPlanner(Planner):
    """:class:`Planner` without judging the whole map per try (session 31, ``--lean``).

    The families on an intruder's path are ranked by a cheap rule (``rank``) before anything
    moves, and the first whose moves take anyone out of the stretch is kept: the only check
    is the couple's own row stretch. A landing is chosen by a rule (``land``), not by counting
    the map's crossings. Rules and crossings are judged once, at the end, by the caller.
    Ranks: "chain" (the family nearest the chain first), "intruder" (nearest the intruder),
    "small" (the smallest side cut off), "passed" (session 30's u3rank: the persons the cut
    line's moved end passes in its row on the way beyond the chain's end, per intruder the side
    holds), "lines" (the lines of the map the cut lines, so moved, would cross, per intruder).
    Landings: "near" (free room beyond the chain's end, the asked side first), "edge" (past
    the map's edge), "passed" (the spot whose move passes the fewest persons
    of ``k``'s row), "short" (the smallest shift, either side where a sibling bounds it),
    "lines" (the spot where the cut lines cross the fewest lines of the map), "sizeN" (near
    room for a part of fewer than N persons, else past the edge).
    """

    def __init__(
        self,
        g: Genogram,
        co: dict[str, Point],
        a: str,
        b: str,
        rank: str = "chain",
        land: str = "size30",
        order: str = "right",
        keep_chain: bool = False,
        tries: int = 1,
    ) -> None:
        super().__init__(g, co, a, b, first=True, order=order)
        self.rank = rank
        self.land = land
        self.drawn: list[Labelled] = []
        self.drawn_at = -1
        self.debug = False
        self.keep_chain = keep_chain
        self.tries = tries
        self.refused = False
        self.rows: dict[float, list[float]] = collections.defaultdict(list)
        for x, y in co.values():
            self.rows[y].append(x)

    def passed(self, p: str, to: float, part: set[str]) -> int:
        """The persons of ``p``'s row, not of ``part``, strictly between ``p`` and ``to``
        (a cut line's end moved from ``p`` to ``to`` comes to cross about as many lines)."""
        self.work["row counts"] += 1
        x, y = self.co[p]
        lo, hi = sorted((x, to))
        n = sum(1 for q in part if self.co[q][1] == y and lo < self.co[q][0] < hi)
        return sum(1 for v in self.rows[y] if lo < v < hi) - n

    def ranked(self, path: list[str]) -> list[int]:
        """The steps of ``path`` to try, best first by ``rank``."""
        g = self.g
        steps = [i for i in range(len(path) - 1) if path[i + 1] not in g.partners_of(path[i])]
        if self.rank == "chain":
            return steps
        if self.rank == "intruder":
            return steps[::-1]
        inside = set(self.between())
        if self.rank == "lines":
            self.drawn = lines(g, self.co)
            self.drawn_at = len(self.moves)
        keys: dict[int, float] = {}
        for i in steps:
            v, w = path[i], path[i + 1]
            side = self.walk(w, g.parents_of(w) if w in g.children_of(v) else [v])
            if self.rank == "small":
                keys[i] = len(side)
            else:
                keys[i] = self.estimate(path, i) / max(1, len(side & inside))
        if self.debug:
            print("   ", path, {i: (keys[i], path[i + 1]) for i in steps})
        return sorted(steps, key=lambda i: (keys[i], i))

    def estimate(self, path: list[str], i: int) -> float:
        """What the lines cut at step ``i`` would cost, as :meth:`Planner.at` would move
        them (:meth:`cut_ends`): "passed", the persons each moved end passes in its own row
        (session 30's u3rank: a cut line comes to cross about as many lines); "lines", the
        lines of the map each cut line, moved, would cross (one test a line, no sweep).
        Infinite where ``at`` moves nothing; 0 for a re-lay."""
        ends = self.cut_ends(path, i)
        if ends is None:
            return float("inf")
        if self.rank == "passed":
            return float(sum(self.passed(p, tx, set()) for p, tx, _ in ends))
        n = 0
        for p, tx, fixed in ends:
            seg = ((tx, self.co[p][1]), fixed)
            for _, line in self.drawn:
                self.work["line tests"] += 1
                if _cross(seg, line):
                    n += 1
        return float(n)

    def cut_ends(self, path: list[str], i: int) -> list[tuple[str, float, Point]] | None:
        """The cut lines' moved ends at step ``i``: (the person moved, the x it goes to,
        just beyond the chain's end on its side, the line's other end, which stays). None
        where ``at`` moves nothing."""
        g = self.g
        co = self.co
        ends = [co[p][0] for p in self.chain]
        beyond = {-1: min(ends) - self.gap, 1: max(ends) + self.gap}
        v, w = path[i], path[i + 1]
        stay: int | None = None
        if w in g.children_of(v):
            ps = sorted(g.parents_of(w))
            ks = self.kids(ps)
            if len(ks) == 1:
                return [] if all(p in self.chain for p in ps) else None
        else:
            ps = sorted(g.parents_of(v))
            ks = self.kids(ps)
            j = ks.index(v)
            if i + 2 < len(path) and path[i + 2] in ks:
                stay = j
            elif len(ks) == 1 or 0 < j < len(ks) - 1:
                return None
            else:
                return [(w, beyond[1 if j == 0 else -1], co[v])]
        # As sibs_out: the children whose sides hold intruders go out with every sibling
        # beyond them, nearest first; a side with no one in the couple's row only steps
        # past its sibling (left out), from the first that has one each goes beyond the end.
        row = co[self.a][1]
        inside = set(self.between())
        top = (sum(co[p][0] for p in ps) / len(ps), co[ps[0]][1])
        sides = [self.walk(k, ps) for k in ks]
        hold = [
            j
            for j, part in enumerate(sides)
            if j != stay and part & inside and not part & self.chain
        ]
        split = stay if stay is not None else len(ks) / 2
        left = [j for j in hold if j < split]
        right = [j for j in hold if j > split or (j == split and stay is None)]
        out: list[tuple[str, float, Point]] = []
        for group, sign in ((range(max(left), -1, -1) if left else range(0), -1),
                            (range(min(right), len(ks)) if right else range(0), 1)):
            far = False
            for j in group:
                far = far or any(co[p][1] == row for p in sides[j])
                if far:
                    out.append((ks[j], beyond[sign], top))
        return out

    def run(self, most: int = 80) -> None:
        """The re-lays first (:meth:`relays_first`), then :meth:`Planner.run`."""
        self.relays_first()
        super().run(most)

    def relays_first(self) -> None:
        """Each only child of a chain couple whose side holds intruders, its side laid out
        again before anything else moves. A re-lay is the one move not placed in free room:
        made later it finds the room under the couple taken by sides sent there (at 2,000
        persons p142's, sent beyond p8, stands where p18's in-laws would go)."""
        g = self.g
        done: set[str] = set()
        for p in sorted(self.chain):
            for k in g.children_of(p):
                ps = sorted(g.parents_of(k))
                if k in done or not all(q in self.chain for q in ps) or len(self.kids(ps)) > 1:
                    continue
                done.add(k)
                inside = set(self.between())
                if not self.walk(k, ps) & inside:
                    continue
                co0 = dict(self.co)
                self.work["tries"] += 1
                mv = f"{k}/{'+'.join(ps)}~"
                self.put(mv)
                if self.relay_ok(mv) and len(self.between()) < len(inside):
                    print(f"  {mv}  (first)")
                    continue
                self.work["tries undone"] += 1
                self.co.clear()
                self.co.update(co0)
                self.moves.pop()

    def at(self, path: list[str], i: int) -> bool:
        """As :meth:`Planner.at`; a piece laid out again (``~``, the one move not placed in
        free room) is refused where it lands on anyone or in another couple's line, or takes
        a stranger into one of its own couples' (:meth:`relay_ok`)."""
        k0 = len(self.moves)
        if not super().at(path, i):
            return False
        relays = [m for m in self.moves[k0:] if m.endswith("~")]
        return all(self.relay_ok(m) for m in relays)

    def move(self, start: str, cut: Iterable[str], dx: float) -> None:
        """As :meth:`Planner.move`; with ``keep_chain``, a move of a side that holds the
        chain (a centring's end child's side on the chain's way: the chain and every side
        sent before it go along, their cut lines stretched) marks the try refused."""
        if self.keep_chain and self.walk(start, cut) & self.chain:
            self.refused = True
        super().move(start, cut, dx)

    def relay_ok(self, mv: str) -> bool:
        """The local check of a re-laid piece: only its rows, their couples and persons."""
        start, _, cuts = mv[:-1].partition("/")
        part = self.walk(start, cuts.split("+"))
        co = self.co
        rows: dict[float, list[tuple[float, str]]] = collections.defaultdict(list)
        for p in part:
            rows[co[p][1]].append((co[p][0], p))
        for p, (x, y) in co.items():
            if p not in part and y in rows:
                self.work["relay check persons"] += 1
                if any(abs(x - v) < self.gap - 1e-6 for v, _ in rows[y]):
                    return False
        for u in self.g.unions.values():
            pa, pb = u.partners
            y = co[pa][1]
            if y not in rows or co[pb][1] != y:
                continue
            self.work["relay check couples"] += 1
            lo, hi = sorted((co[pa][0], co[pb][0]))
            ok = {pa, pb, *self.g.partners_of(pa), *self.g.partners_of(pb)}
            if pa in part or pb in part:
                xs = [x for p, (x, yy) in co.items() if yy == y and p not in ok]
            else:
                xs = [v for v, p in rows[y] if p not in ok]
            if any(lo < x < hi for x in xs):
                return False
        return True

    def step(self, q: str) -> bool:
        """The families on ``q``'s path in ``rank``'s order; the first that takes anyone out
        of the stretch is kept, with no whole-map score. With ``tries`` > 1, the first
        ``tries`` that do are compared by the crossings of their cut lines only
        (:meth:`cut_cost`, per intruder taken out) and the cheapest is made again."""
        path = self.path(q)
        n0 = len(self.between())
        co0 = dict(self.co)
        k0 = len(self.moves)
        best: tuple[float, int] | None = None
        valid = 0
        for i in self.ranked(path):
            m0 = self.work["persons moved"]
            self.work["tries"] += 1
            self.refused = False
            self.touched = set()
            if self.at(path, i) and not self.refused and len(self.between()) < n0:
                valid += 1
                if self.tries == 1:
                    best = (0.0, i)
                    break
                per = self.cut_cost(co0) / (n0 - len(self.between()))
                if best is None or per < best[0]:
                    best = (per, i)
            self.work["tries undone"] += 1
            self.work["persons moved back"] += self.work["persons moved"] - m0
            self.co.clear()
            self.co.update(co0)
            del self.moves[k0:]
            if valid >= self.tries:
                break
        if best is None:
            return False
        if len(self.moves) == k0:  # the kept try was undone to compare: made again
            self.work["tries made again"] += 1
            self.at(path, best[1])
        print(f"  {' '.join(self.moves[k0:])}  (step {best[1]} of {len(path) - 1})")
        self.rows = collections.defaultdict(list)
        for x, y in self.co.values():
            self.rows[y].append(x)
        return True

    def landing_lines(self, k: str, part: set[str], d: float) -> int:
        """The lines of the map the lines cut off ``part`` at ``k`` would cross were the
        part moved by ``d`` (one test a line; the lines are the map's before the move)."""
        g = self.g
        co = self.co
        if not self.drawn or self.drawn_at != len(self.moves):
            self.drawn = lines(g, co)
            self.drawn_at = len(self.moves)
        segs: list[tuple[Point, Point]] = []
        ps = g.parents_of(k)
        if ps and not part & set(ps):
            top = (sum(co[p][0] for p in ps) / len(ps), co[ps[0]][1])
            segs.append((top, (co[k][0] + d, co[k][1])))
        for c in g.children_of(k):
            if c not in part:
                qs = g.parents_of(c)
                xs = [co[q][0] + (d if q in part else 0.0) for q in qs]
                segs.append(((sum(xs) / len(xs), co[qs[0]][1]), co[c]))
        n = 0
        for seg in segs:
            for _, line in self.drawn:
                self.work["line tests"] += 1
                if _cross(seg, line):
                    n += 1
        return n

    def cut_cost(self, co0: Mapping[str, Point]) -> int:
        """The crossings the try's cut lines (the family lines between persons it moved and
        persons it did not) have now, less those they had at ``co0``: one test against
        each line of the map a cut line, no sweep."""
        g = self.g
        moved = self.touched
        cut: list[tuple[list[str], str]] = []
        for lk in g.child_links.values():
            ps = link_parents(g, lk)
            if ps and len({p in moved for p in (*ps, lk.child_id)}) > 1:
                cut.append((ps, lk.child_id))
        n = 0
        for co in (co0, self.co):
            drawn = lines(g, co)
            for ps, c in cut:
                top = (sum(co[p][0] for p in ps) / len(ps), co[ps[0]][1])
                seg = (top, co[c])
                for _, line in drawn:
                    self.work["line tests"] += 1
                    if _cross(seg, line):
                        n += 1 if co is self.co else -1
        return n

    def choose(
        self, k: str, part: set[str], sign: int, spots: list[tuple[int, str, float]]
    ) -> float:
        """The landing by ``land``'s rule, no crossings counted."""
        if self.land == "passed":
            xk = self.co[k][0]
            return min(spots, key=lambda t: (self.passed(k, xk + t[2], part), t[0] != sign))[2]
        if self.land == "lines":
            return min(spots, key=lambda t: (self.landing_lines(k, part, t[2]), t[0] != sign))[2]
        if self.land == "short":
            return min(spots, key=lambda t: (abs(t[2]), t[0] != sign))[2]
        if self.land.startswith("size"):  # "sizeN": near for parts under N persons
            kind = "near" if len(part) < int(self.land[4:]) else "edge"
        else:
            kind = "near" if self.land == "near" else "edge"
        return min(spots, key=lambda t: (t[0] != sign, t[1] != kind))[2]


def apply(g: Genogram, co: dict[str, Point], move: str, quiet: bool = False) -> set[str]:
    """One MOVE of the module's docstring, in place; the persons it moved."""
    head, kind, arg = move, "", ""
    for k in (":", "@", ">", "<", "^", "=", "~"):
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
    elif kind == "~":
        ps = g.parents_of(start)
        mid = sum(co[p][0] for p in ps) / len(ps)
        own = relaid(g, moved)
        x0, y0 = own[start]
        for p, (x, y) in own.items():
            co[p] = (x - x0 + mid, y - y0 + co[start][1])
        if not quiet:
            print(f"  {move}: {len(moved)} persons laid out again")
        return moved
    else:
        raise SystemExit(f"not a move: {move}")
    for p in moved:
        co[p] = (co[p][0] + dx, co[p][1])
    if not quiet:
        print(f"  {move}: {len(moved)} persons by {dx:+.0f}")
    return moved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", type=int)
    ap.add_argument("moves", nargs="*")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--couple", help="A,B: print who stands between them before and after")
    ap.add_argument("--plan", help="A,B: find the moves that empty the couple's stretch")
    ap.add_argument("--first", action="store_true", help="plan: the family nearest the chain")
    ap.add_argument("--order", choices=("left", "right"), default="right")
    ap.add_argument(
        "--lean",
        metavar="RANK[,LAND]",
        help="plan without whole-map judging: RANK chain|intruder|small|passed|lines, "
        "LAND near|edge|passed|short|lines|sizeN (default chain,size30), then optionally keep: no "
        "try that moves the chain's side; triesN: the first N that take anyone out "
        "compared by their cut lines' crossings",
    )
    args = ap.parse_args()
    g = generate_family(seed=args.size if args.seed is None else args.seed, size=args.size)
    opts = LayoutOptions()
    before = laid_out(g, opts)
    co = dict(before)
    for move in args.moves:
        apply(g, co, move)
    if args.plan:
        a, b = args.plan.split(",")
        if args.lean:
            rank, land, *more = (*args.lean.split(","), "size30")
            planner: Planner = LeanPlanner(
                g,
                co,
                a,
                b,
                rank,
                land,
                args.order,
                keep_chain="keep" in more,
                tries=int(next((m[5:] for m in more if m.startswith("tries")), 1)),
            )
        else:
            planner = Planner(g, co, a, b, args.first, args.order)
        planner.run()
        print("moves:", " ".join(planner.moves))
        print("work:", ", ".join(f"{k} {v:,}" for k, v in sorted(planner.work.items())))
        args.couple = args.couple or args.plan
    s = opts.symbol_size
    p0, p1 = crossing_pairs(g, before), crossing_pairs(g, co)
    print(f"breaches {rule_breaches(g, before, s)} -> {rule_breaches(g, co, s)}")
    print(f"crossings {len(p0)} -> {len(p1)} ({len(p1 - p0)} new, {len(p0 - p1)} gone)")
    w0 = max(x for x, _ in before.values()) - min(x for x, _ in before.values())
    w1 = max(x for x, _ in co.values()) - min(x for x, _ in co.values())
    print(f"width {w0:,.0f} -> {w1:,.0f}")
    if args.couple:
        a, b = args.couple.split(",")
        now = between(g, co, a, b)
        names = " ".join(now[:12]) + (" ..." if len(now) > 12 else "")
        print(f"between {a} and {b}: {len(between(g, before, a, b))} -> {len(now)} {names}")
    on = collections.Counter(lab for pair in p1 - p0 for lab in pair)
    print("new crossings on:", ", ".join(f"{lab} {n}" for lab, n in on.most_common(12)))


if __name__ == "__main__":
    main()
