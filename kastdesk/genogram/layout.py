"""Deterministic automatic genogram layout: generation rows, couples side by side, children below.

A family-specific Sugiyama pipeline: generations from the parent/child structure with couples
forced onto one row, couple chains ordered as rigid units, barycentre sweeps to reduce line
crossings (keeping the best ordering seen), then x positions by isotonic regression so every
sibship is centred below its parents as far as space allows. The result is plain geometry that
the Qt editor and the PDF report both draw from.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .model import ChildLink, Genogram, Sex, Union, _birth_key, anchor_of, link_parents

Point = tuple[float, float]


@dataclass(frozen=True)
class LayoutOptions:
    """Sizes in scene units (pixels in the editor, scaled to the page in the PDF)."""

    symbol_size: float = 40.0
    partner_gap: float = 90.0  # centre distance between partners
    neighbour_gap: float = 90.0  # minimum centre distance between other neighbours
    component_gap: float = 150.0  # extra space between unconnected family pieces
    row_height: float = 170.0
    union_drop: float = 25.0  # couple line below the symbols
    union_level_step: float = 10.0  # further drop for couple lines that pass other persons
    sweeps: int = 6
    placement_passes: int = 6


@dataclass(frozen=True)
class PersonBox:
    person_id: str
    x: float
    y: float
    generation: int
    manual: bool = False


@dataclass(frozen=True)
class UnionLine:
    """Couple line: down from both partners to ``y``, joined horizontally from x1 to x2."""

    union_id: str
    left_id: str
    right_id: str
    x1: float
    y1: float  # bottom of the left symbol
    x2: float
    y2: float  # bottom of the right symbol
    y: float
    level: int

    @property
    def anchor(self) -> Point:
        """Where the children's line starts (the middle of the couple line)."""
        return ((self.x1 + self.x2) / 2, self.y)


@dataclass(frozen=True)
class Sibship:
    """Line from the parents' anchor down to the bar the children hang from."""

    anchor_id: str
    anchor: Point
    bar_y: float
    x1: float
    x2: float


@dataclass(frozen=True)
class ChildLine:
    """Polyline from the sibship bar (or a twin point on it) to the top of the child."""

    link_id: str
    child_id: str
    anchor_id: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class TwinBar:
    """Horizontal bar joining the lines of identical twins."""

    twin_group: str
    start: Point
    end: Point


@dataclass(frozen=True)
class RelationshipLine:
    relationship_id: str
    start: Point
    end: Point


@dataclass(frozen=True)
class Layout:
    persons: Mapping[str, PersonBox]
    unions: Mapping[str, UnionLine]
    sibships: Mapping[str, Sibship]
    children: Mapping[str, ChildLine]
    twin_bars: tuple[TwinBar, ...]
    relationships: Mapping[str, RelationshipLine]
    width: float
    height: float
    options: LayoutOptions = field(default_factory=LayoutOptions)

    def coordinates(self) -> dict[str, Point]:
        return {pid: (b.x, b.y) for pid, b in self.persons.items()}


# ----- generations -----------------------------------------------------------------------------
class _UnionFind:
    """Plain union-find over ids (path halving); the smaller id becomes the root."""

    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _kahn(nodes: Sequence[str], succ: Mapping[str, list[str]]) -> list[str]:
    """Topological order, stable in ``nodes`` order; shorter than ``nodes`` on a cycle."""
    indeg = dict.fromkeys(nodes, 0)
    for n in nodes:
        for s in succ.get(n, ()):
            indeg[s] += 1
    queue = deque(n for n in nodes if indeg[n] == 0)
    out: list[str] = []
    while queue:
        n = queue.popleft()
        out.append(n)
        for s in succ.get(n, ()):
            indeg[s] -= 1
            if indeg[s] == 0:
                queue.append(s)
    return out


def _generations(
    persons: Sequence[str],
    unions: Sequence[Union],
    sibships: Sequence[Sequence[str]],
    edges: Sequence[tuple[str, str]],
) -> tuple[dict[str, int], _UnionFind]:
    """Generation (row) per person, and the couples that share a row.

    The rule, strongest first: a child sits below its parents (always possible, descent is
    acyclic); partners share a row; siblings share a row. Partners and siblings are merged
    into row groups and the groups layered as a DAG. When that is contradictory (an uncle
    marrying his niece puts siblings in different generations) the sibling merges in the
    contradiction are dropped first, because a sibling one row lower costs nothing the rules
    forbid, while a couple split across rows does; only a couple that contradicts descent
    itself (a step-parent marrying a stepchild's child) is split. Plain dict passes: this
    runs on every layout and networkx costs more than the rest of the pipeline.
    """
    excluded: set[str] = set()  # unions whose partners may sit on different rows
    loose: set[int] = set()  # sibships whose children may sit on different rows
    while True:
        partner_uf = _UnionFind(persons)
        for u in unions:
            if u.id not in excluded:
                partner_uf.union(*u.partners)
        row_uf = _UnionFind(())
        row_uf.parent = dict(partner_uf.parent)
        for i, kids in enumerate(sibships):
            if i not in loose:
                for k in kids[1:]:
                    row_uf.union(kids[0], k)
        find = row_uf.find
        root = {p: find(p) for p in persons}
        nodes = list(dict.fromkeys(root.values()))
        succ: dict[str, list[str]] = {}
        pred: dict[str, list[str]] = {}
        weight: dict[tuple[str, str], int] = {}
        for a, b in edges:
            key = (root[a], root[b])
            if key in weight:
                weight[key] += 1
            else:
                weight[key] = 1
                succ.setdefault(key[0], []).append(key[1])
                pred.setdefault(key[1], []).append(key[0])
        order = _kahn(nodes, succ)
        if len(order) == len(nodes):
            break
        done = set(order)
        bad = {p for p in persons if root[p] not in done}
        more = {i for i, kids in enumerate(sibships) if i not in loose and not bad.isdisjoint(kids)}
        if more:
            loose |= more
            continue
        more_u = {u.id for u in unions if u.id not in excluded and u.partners[0] in bad}
        if not more_u:  # cannot happen for a validated genogram; stay total anyway
            more_u = {u.id for u in unions} - excluded
            if not more_u:
                raise ValueError("descent has a cycle")
        excluded |= more_u
    layer = dict.fromkeys(order, 0)
    for n in order:
        below = layer[n] + 1
        for s in succ.get(n, ()):
            if layer[s] < below:
                layer[s] = below
    # Pull ancestors down next to their children so in-laws' parents are not left hanging
    # several rows up.
    for n in reversed(order):
        ss = succ.get(n)
        if ss:
            m = min(layer[s] for s in ss) - 1
            if m > layer[n]:
                layer[n] = m
    # Shorten long parent→child lines (each crosses whole rows): move a row group to the end
    # of its free range that more of its lines favour, as network simplex would.
    for _ in range(8):
        moved = False
        for n in order:
            preds = pred.get(n, ())
            succs = succ.get(n, ())
            pull = sum(weight[(p, n)] for p in preds) - sum(weight[(n, s)] for s in succs)
            if pull > 0 and preds:
                target = max(layer[p] for p in preds) + 1
            elif pull < 0 and succs:
                target = min(layer[s] for s in succs) - 1
            else:
                continue
            if target != layer[n]:
                layer[n] = target
                moved = True
        if not moved:
            break
    low = min(layer.values(), default=0)
    return {p: layer[root[p]] - low for p in persons}, partner_uf


# ----- units (couple chains) --------------------------------------------------------------------
def _linearise(
    members: list[str],
    unions: list[Union],
    rank: Mapping[str, int],
    g: Genogram,
    sib_pos: Mapping[str, tuple[int, int]],
) -> list[str]:
    """Order a couple chain: a person with several partners between or beside them in order.

    The man goes left in a plain couple, unless the chain reads better mirrored: a partner
    with younger siblings (who must stand to their right, birth order) is better on the right
    end and one with elder siblings on the left, so the two families' children interleave
    as little as possible.
    """
    if len(members) == 1:
        return members
    adj: dict[str, list[Union]] = {m: [] for m in members}
    for u in unions:
        for p in u.partners:
            adj[p].append(u)
    for lst in adj.values():
        lst.sort(key=lambda u: (u.order, u.start_year if u.start_year is not None else 0, u.id))

    def sex_rank(p: str) -> int:
        return 0 if g.persons[p].sex is Sex.MALE else 1

    root = min(members, key=lambda p: (-len(adj[p]), sex_rank(p), rank[p]))
    line: deque[str] = deque([root])
    placed = {root}
    partners = [u.partners[1] if u.partners[0] == root else u.partners[0] for u in adj[root]]
    partners = list(dict.fromkeys(partners))
    queue: deque[tuple[str, int]] = deque()
    if len(partners) == 1:
        other = partners[0]
        side = -1 if sex_rank(other) < sex_rank(root) else 1
        (line.appendleft if side < 0 else line.append)(other)
        placed.add(other)
        queue.append((other, side))
    else:
        for i, other in enumerate(partners):
            side = -1 if i == 0 else 1
            (line.appendleft if side < 0 else line.append)(other)
            placed.add(other)
            queue.append((other, side))
    while queue:
        person, side = queue.popleft()
        for u in adj[person]:
            other = u.partners[1] if u.partners[0] == person else u.partners[0]
            if other in placed:
                continue
            (line.appendleft if side < 0 else line.append)(other)
            placed.add(other)
            queue.append((other, side))
    # Unreached members (cannot happen for a connected chain) keep a stable place.
    line.extend(sorted((m for m in members if m not in placed), key=rank.__getitem__))
    out = list(line)
    mid = (len(out) - 1) / 2
    score = 0.0
    for i, p in enumerate(out):
        pos = sib_pos.get(p)
        if pos is not None:
            elder, count = pos
            score += (i - mid) * (elder - (count - 1 - elder))
    if score > 0:
        out.reverse()
    return out


@dataclass
class _Unit:
    persons: list[str]
    layer: int
    key: int  # stable tie-breaker
    x: float = 0.0  # x of the first person
    width: float = 0.0


class _ComponentLayout:
    """Layout of one connected family piece in its own coordinates.

    Children more than one row below their parents get invisible placeholders on the rows in
    between (as in Sugiyama layouts) so their long line is routed through a reserved gap.
    A "ref" is what a line hangs from: a couple/single-parent anchor or a placeholder.
    """

    def __init__(
        self,
        g: Genogram,
        persons: list[str],
        unions: list[Union],
        anchors: Mapping[str, list[ChildLink]],
        opts: LayoutOptions,
    ) -> None:
        self.g = g
        self.opts = opts
        rank = {p: i for i, p in enumerate(persons)}
        unions = sorted(unions, key=lambda u: (u.order, u.id))
        edges: list[tuple[str, str]] = []
        kid_lists: list[list[str]] = []
        sib_pos: dict[str, tuple[int, int]] = {}
        for aid in sorted(anchors):
            alinks = anchors[aid]
            kids = [lk.child_id for lk in alinks]
            kid_lists.append(kids)
            parents = link_parents(g, alinks[0])
            for i, c in enumerate(kids):
                sib_pos.setdefault(c, (i, len(kids)))
                edges.extend((p, c) for p in parents)
        # Siblings are not forced onto one row here: tried, it lengthened in-laws' lines and
        # raised crossings at 2,000 persons from ~2,900 to ~3,900 with this ordering.
        self.gen, uf = _generations(persons, unions, [], edges)

        groups: dict[str, list[str]] = {}
        for p in persons:
            groups.setdefault(uf.find(p), []).append(p)
        group_unions: dict[str, list[Union]] = {}
        for u in unions:
            a, b = u.partners
            if uf.find(a) == uf.find(b):
                group_unions.setdefault(uf.find(a), []).append(u)
        self.units: list[_Unit] = []
        self.unit_of: dict[str, int] = {}
        self.offset_of: dict[str, float] = {}
        for root, members in groups.items():
            chain = _linearise(members, group_unions.get(root, []), rank, g, sib_pos)
            self._add_unit(chain, self.gen[chain[0]], rank[members[0]])

        self.ref_parents: dict[str, tuple[str, ...]] = {}
        self.ref_children: dict[str, list[str]] = {}
        self.down: dict[int, list[tuple[str, str]]] = {}  # unit -> (ref, lower person)
        self.up: dict[int, list[str]] = {}  # unit -> refs it holds
        self.birth_rank: dict[tuple[str, str], int] = {}
        self.anchor_ids: set[str] = set()
        for aid in sorted(anchors):
            alinks = anchors[aid]
            parents = link_parents(g, alinks[0])
            if not parents:
                continue
            holder = self.unit_of[parents[0]]
            if not all(self.unit_of[p] == holder for p in parents):
                continue  # couple split across rows: draw it, but do not steer the layout
            self.anchor_ids.add(aid)
            self.ref_parents[aid] = parents
            parent_layer = self.units[holder].layer
            for i, lk in enumerate(alinks):
                child_layer = self.gen[lk.child_id]
                if child_layer <= parent_layer:
                    continue
                ref = aid
                for layer in range(parent_layer + 1, child_layer):
                    dummy = f"\x00{lk.id}:{layer}"
                    self._add_unit([dummy], layer, len(rank) + len(self.units))
                    self._hang(ref, dummy)
                    if ref == aid:
                        self.birth_rank[(aid, dummy)] = i
                    self.ref_parents[dummy] = (dummy,)
                    ref = dummy
                self._hang(ref, lk.child_id)
                if ref == aid:
                    self.birth_rank[(aid, lk.child_id)] = i
        self.rows: list[list[int]] = [[] for _ in range(max(self.gen.values(), default=0) + 1)]
        self._initial_order()

    def _add_unit(self, chain: list[str], layer: int, key: int) -> None:
        unit = _Unit(chain, layer, key, width=(len(chain) - 1) * self.opts.partner_gap)
        for i, p in enumerate(chain):
            self.unit_of[p] = len(self.units)
            self.offset_of[p] = i * self.opts.partner_gap
        self.units.append(unit)

    def _hang(self, ref: str, lower: str) -> None:
        kids = self.ref_children.setdefault(ref, [])
        if not kids:
            holder = self.unit_of[ref] if ref not in self.ref_parents else None
            holder = self.unit_of[self.ref_parents[ref][0]] if holder is None else holder
            self.up.setdefault(holder, []).append(ref)
        kids.append(lower)
        self.down.setdefault(self.unit_of[lower], []).append((ref, lower))

    # ----- ordering ---------------------------------------------------------------------
    def _initial_order(self) -> None:
        """Depth-first order: a family's children right after it, so relatives start close."""
        seen: set[int] = set()
        start = sorted(
            range(len(self.units)), key=lambda i: (self.units[i].layer, self.units[i].key)
        )
        for s in start:
            stack = [s]
            while stack:
                ui = stack.pop()
                if ui in seen:
                    continue
                seen.add(ui)
                self.rows[self.units[ui].layer].append(ui)
                nxt = [
                    self.unit_of[c] for ref in self.up.get(ui, ()) for c in self.ref_children[ref]
                ]
                nxt += [self.unit_of[self.ref_parents[ref][0]] for ref, _ in self.down.get(ui, ())]
                stack.extend(reversed([n for n in nxt if n not in seen]))
        for layer, row in enumerate(self.rows):
            self._sort_row(layer, {ui: i for i, ui in enumerate(row)})

    def _slots(self, row: list[int]) -> dict[str, float]:
        """Normalised position of every person in a row (0..1)."""
        out: dict[str, float] = {}
        i = 0
        for ui in row:
            for p in self.units[ui].persons:
                out[p] = i
                i += 1
        n = max(i - 1, 1)
        return {p: v / n for p, v in out.items()}

    def _ref_pos(self, ref: str, slots: Mapping[str, float]) -> float:
        ps = self.ref_parents[ref]
        return sum(slots[p] for p in ps) / len(ps)

    def _sort_row(self, layer: int, bary: Mapping[int, float]) -> None:
        row = self.rows[layer]
        current = {ui: i for i, ui in enumerate(row)}
        row.sort(key=lambda ui: (bary[ui], current[ui]))
        self._birth_order_fix(layer)

    def _birth_order_fix(self, layer: int) -> None:
        """Siblings eldest left: units holding one child reorder among their own slots."""
        row = self.rows[layer]
        by_ref: dict[str, list[int]] = {}
        for idx, ui in enumerate(row):
            pairs = self.down.get(ui, ())
            if len(pairs) == 1 and pairs[0] in self.birth_rank:
                by_ref.setdefault(pairs[0][0], []).append(idx)
        for idxs in by_ref.values():
            if len(idxs) < 2:
                continue
            units = sorted((row[i] for i in idxs), key=lambda u: self.birth_rank[self.down[u][0]])
            for i, ui in zip(idxs, units, strict=True):
                row[i] = ui

    def _down_sweep(self) -> None:
        for layer in range(1, len(self.rows)):
            upper = self._slots(self.rows[layer - 1])
            mine = self._slots(self.rows[layer])
            bary: dict[int, float] = {}
            for ui in self.rows[layer]:
                pairs = self.down.get(ui)
                if pairs:
                    bary[ui] = sum(self._ref_pos(r, upper) for r, _ in pairs) / len(pairs)
                else:
                    bary[ui] = mine[self.units[ui].persons[0]]
            self._sort_row(layer, bary)

    def _up_sweep(self) -> None:
        for layer in range(len(self.rows) - 2, -1, -1):
            lower = self._slots(self.rows[layer + 1])
            mine = self._slots(self.rows[layer])
            bary: dict[int, float] = {}
            for ui in self.rows[layer]:
                vals = [lower[c] for ref in self.up.get(ui, ()) for c in self.ref_children[ref]]
                if vals:
                    bary[ui] = sum(vals) / len(vals)
                else:
                    bary[ui] = mine[self.units[ui].persons[0]]
            self._sort_row(layer, bary)

    def crossings(self) -> int:
        """Crossings of parent→child lines between adjacent rows for the current order."""
        total = 0
        slots = [self._slots(r) for r in self.rows]
        for layer in range(1, len(self.rows)):
            upper, lower = slots[layer - 1], slots[layer]
            pairs = [
                (self._ref_pos(ref, upper), lower[child])
                for ui in self.rows[layer]
                for ref, child in self.down.get(ui, ())
            ]
            total += _count_inversions(pairs)
        return total

    def order(self) -> None:
        best = [list(r) for r in self.rows]
        best_c = self.crossings()
        for _ in range(self.opts.sweeps):
            if best_c == 0:
                break
            improved = False
            for sweep in (self._down_sweep, self._up_sweep):
                sweep()
                c = self.crossings()
                if c < best_c:
                    best_c, best, improved = c, [list(r) for r in self.rows], True
            if not improved:
                break
        self.rows = best

    # ----- coordinates ------------------------------------------------------------------------
    def _pack(self) -> None:
        for row in self.rows:
            x = 0.0
            for ui in row:
                self.units[ui].x = x
                x += self.units[ui].width + self.opts.neighbour_gap

    def _x(self, p: str) -> float:
        return self.units[self.unit_of[p]].x + self.offset_of[p]

    def _ref_x(self, ref: str) -> float:
        ps = self.ref_parents[ref]
        return sum(self._x(p) for p in ps) / len(ps)

    def _place_row(self, layer: int, desired: dict[int, tuple[float, float]]) -> None:
        row = self.rows[layer]
        gap = self.opts.neighbour_gap
        # Isotonic regression (pool adjacent violators) on x minus the space the units to the
        # left need, which turns "keep order and spacing" into "non-decreasing".
        shift = 0.0
        shifts: list[float] = []
        blocks: list[tuple[float, float, int]] = []  # (value, weight, count)
        for ui in row:
            unit = self.units[ui]
            d, w = desired.get(ui, (unit.x, 1e-3))
            shifts.append(shift)
            shift += unit.width + gap
            value, weight, count = d - shifts[-1], w, 1
            while blocks and blocks[-1][0] > value:
                v1, w1, n1 = blocks.pop()
                value = (v1 * w1 + value * weight) / (w1 + weight)
                weight += w1
                count += n1
            blocks.append((value, weight, count))
        i = 0
        for value, _w, n in blocks:
            for _ in range(n):
                self.units[row[i]].x = value + shifts[i]
                i += 1

    def _place_down(self, layer: int) -> None:
        row = self.rows[layer]
        extent: dict[str, list[float]] = {}
        for ui in row:
            for ref, child in self.down.get(ui, ()):
                x = self._x(child)
                e = extent.get(ref)
                if e is None:
                    extent[ref] = [x, x]
                elif x < e[0]:
                    e[0] = x
                elif x > e[1]:
                    e[1] = x
        target = {ref: self._ref_x(ref) - (e[0] + e[1]) / 2 for ref, e in extent.items()}
        desired: dict[int, tuple[float, float]] = {}
        for ui in row:
            pairs = self.down.get(ui)
            if pairs:
                shift = sum(target[ref] for ref, _ in pairs) / len(pairs)
                desired[ui] = (self.units[ui].x + shift, float(len(pairs)))
        self._place_row(layer, desired)

    def _place_up(self, layer: int) -> None:
        desired: dict[int, tuple[float, float]] = {}
        for ui in self.rows[layer]:
            refs = self.up.get(ui)
            if not refs:
                continue
            x0 = self.units[ui].x
            vals = []
            for ref in refs:
                xs = [self._x(c) for c in self.ref_children[ref]]
                vals.append((min(xs) + max(xs)) / 2 - (self._ref_x(ref) - x0))
            desired[ui] = (sum(vals) / len(vals), float(len(vals)))
        self._place_row(layer, desired)

    def place(self) -> dict[str, Point]:
        self._pack()
        rows = range(len(self.rows))
        for _ in range(self.opts.placement_passes):
            for layer in rows[1:]:
                self._place_down(layer)
            for layer in reversed(rows[:-1]):
                self._place_up(layer)
        for layer in rows[1:]:
            self._place_down(layer)
        out: dict[str, Point] = {}
        for u in self.units:
            if u.persons[0].startswith("\x00"):
                continue
            y = u.layer * self.opts.row_height
            for p in u.persons:
                out[p] = (u.x + self.offset_of[p], y)
        return out


def _count_inversions(pairs: list[tuple[float, float]]) -> int:
    """Pairs of segments (upper, lower) that cross: upper order and lower order disagree."""
    if len(pairs) < 2:
        return 0
    pairs.sort()
    values = [b for _, b in pairs]
    uppers = [a for a, _ in pairs]
    # Merge-sort inversion count; segments from the same anchor never cross, so count only
    # inversions between different upper positions by grouping equal uppers first.
    total = _inversions(values)
    i = 0
    while i < len(uppers):
        j = i
        while j < len(uppers) and uppers[j] == uppers[i]:
            j += 1
        total -= _inversions(values[i:j])
        i = j
    return total


def _inversions(values: list[float]) -> int:
    count = 0
    arr = list(values)
    width = 1
    n = len(arr)
    while width < n:
        out: list[float] = []
        for lo in range(0, n, 2 * width):
            mid, hi = min(lo + width, n), min(lo + 2 * width, n)
            i, j = lo, mid
            while i < mid and j < hi:
                if arr[j] < arr[i]:
                    count += mid - i
                    out.append(arr[j])
                    j += 1
                else:
                    out.append(arr[i])
                    i += 1
            out.extend(arr[i:mid])
            out.extend(arr[j:hi])
        arr = out
        width *= 2
    return count


# ----- public entry ---------------------------------------------------------------------------
def _components(
    g: Genogram,
) -> list[tuple[list[str], list[Union], dict[str, list[ChildLink]]]]:
    """Connected family pieces (persons, unions, children by anchor), the client's first."""
    persons = list(g.persons)
    uf = _UnionFind(persons)
    for u in g.unions.values():
        uf.union(*u.partners)
    anchors: dict[str, list[ChildLink]] = {}
    for lk in g.child_links.values():
        parents = link_parents(g, lk)
        if parents:
            anchors.setdefault(anchor_of(lk), []).append(lk)
            uf.union(parents[0], lk.child_id)
    pieces: dict[str, tuple[list[str], list[Union], dict[str, list[ChildLink]]]] = {}
    for p in persons:
        root = uf.find(p)
        if root not in pieces:
            pieces[root] = ([], [], {})
        pieces[root][0].append(p)
    for u in g.unions.values():
        pieces[uf.find(u.partners[0])][1].append(u)
    birth = _birth_key(g)
    for aid, links in anchors.items():
        links.sort(key=birth)
        pieces[uf.find(links[0].child_id)][2][aid] = links
    index = g.index_person
    index_root = uf.find(index.id) if index is not None else None
    rank = {p: i for i, p in enumerate(persons)}
    return sorted(
        pieces.values(),
        key=lambda c: (0 if uf.find(c[0][0]) == index_root else 1, -len(c[0]), rank[c[0][0]]),
    )


def layout_genogram(g: Genogram, options: LayoutOptions | None = None) -> Layout:
    """Place every person and compute the lines to draw; manual positions win."""
    opts = options or LayoutOptions()
    coords: dict[str, Point] = {}
    gens: dict[str, int] = {}
    x_offset = 0.0
    for persons, unions, anchors in _components(g):
        if len(persons) == 1:
            coords[persons[0]] = (x_offset, 0.0)
            gens[persons[0]] = 0
            x_offset += opts.neighbour_gap + opts.component_gap
            continue
        cl = _ComponentLayout(g, persons, unions, anchors, opts)
        cl.order()
        pts = cl.place()
        low = min(x for x, _ in pts.values())
        high = max(x for x, _ in pts.values())
        for p, (x, y) in pts.items():
            coords[p] = (x - low + x_offset, y)
        gens.update(cl.gen)
        x_offset += high - low + opts.neighbour_gap + opts.component_gap
    boxes: dict[str, PersonBox] = {}
    for pid, (x, y) in coords.items():
        pos = g.persons[pid].position
        if pos is not None:
            boxes[pid] = PersonBox(pid, pos[0], pos[1], gens[pid], manual=True)
        else:
            boxes[pid] = PersonBox(pid, x, y, gens[pid])
    return _geometry(g, boxes, opts)


def _geometry(g: Genogram, boxes: dict[str, PersonBox], opts: LayoutOptions) -> Layout:
    half = opts.symbol_size / 2
    rows: dict[float, list[float]] = {}
    for b in boxes.values():
        rows.setdefault(b.y, []).append(b.x)
    for xs in rows.values():
        xs.sort()

    unions: dict[str, UnionLine] = {}
    for u in g.unions.values():
        a, b = (boxes[p] for p in u.partners)
        if b.x < a.x:
            a, b = b, a
        between = 0
        if a.y == b.y:
            between = sum(1 for x in rows[a.y] if a.x < x < b.x)
        level = min(between, 3)
        y = max(a.y, b.y) + half + opts.union_drop + level * opts.union_level_step
        unions[u.id] = UnionLine(
            u.id, a.person_id, b.person_id, a.x, a.y + half, b.x, b.y + half, y, level
        )

    sibships: dict[str, Sibship] = {}
    children: dict[str, ChildLine] = {}
    twin_bars: list[TwinBar] = []
    by_anchor: dict[str, list[ChildLink]] = {}
    for lk in g.child_links.values():
        by_anchor.setdefault(anchor_of(lk), []).append(lk)
    for aid in sorted(by_anchor):
        links = by_anchor[aid]
        if aid in unions:
            anchor = unions[aid].anchor
        else:
            pb = boxes[aid]
            anchor = (pb.x, pb.y + half)
        kids = [boxes[lk.child_id] for lk in links]
        bar_y = min(k.y for k in kids) - half - opts.union_drop
        if bar_y <= anchor[1]:
            bar_y = anchor[1] + opts.union_drop  # manual positions can invert rows
        twins: dict[str, list[ChildLink]] = {}
        for lk in links:
            if lk.twin_group is not None:
                twins.setdefault(lk.twin_group, []).append(lk)
        bar_xs = [anchor[0]]
        for lk in links:
            child = boxes[lk.child_id]
            group = twins.get(lk.twin_group or "", [])
            if len(group) > 1:
                start_x = sum(boxes[t.child_id].x for t in group) / len(group)
            else:
                start_x = child.x
            bar_xs.append(start_x)
            children[lk.id] = ChildLine(
                lk.id, lk.child_id, aid, ((start_x, bar_y), (child.x, child.y - half))
            )
        for group_id, group in sorted(twins.items()):
            if len(group) > 1 and any(t.identical for t in group):
                lines = [children[t.id].points for t in group]
                frac = 0.4
                ends = [
                    (p0[0] + (p1[0] - p0[0]) * frac, p0[1] + (p1[1] - p0[1]) * frac)
                    for p0, p1 in lines
                ]
                ends.sort()
                twin_bars.append(TwinBar(group_id, ends[0], ends[-1]))
        sibships[aid] = Sibship(aid, anchor, bar_y, min(bar_xs), max(bar_xs))

    rels = {
        r.id: RelationshipLine(
            r.id,
            (boxes[r.persons[0]].x, boxes[r.persons[0]].y),
            (boxes[r.persons[1]].x, boxes[r.persons[1]].y),
        )
        for r in g.relationships.values()
    }
    xs = [b.x for b in boxes.values()] or [0.0]
    ys = [b.y for b in boxes.values()] or [0.0]
    return Layout(
        boxes,
        unions,
        sibships,
        children,
        tuple(twin_bars),
        rels,
        width=max(xs) - min(xs) + opts.symbol_size,
        height=max(ys) - min(ys) + opts.symbol_size,
        options=opts,
    )
