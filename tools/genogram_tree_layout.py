"""A constructive layout for tree-shaped families: pieces packed per row, rules by recursion.

The generated families' graph of persons and families is a tree (every bench family, the 671
families of the wider check and the 20 big generated ones), so a layout can be built by
recursion over its pieces, each keeping every rule inside it. A research aid for
docs/genogram-zero-breaches.md (session 28), not part of KastDesk; plain Python, deterministic.

The unit is the *partner cluster*: persons joined by couples, drawn side by side as a
caterpillar (each couple's stretch then holds only the partners' own partners), turned the
way fewer siblings must pass its members. The clusters form a tree too, joined by families: a
cluster hangs below its members' unions' children and above its members' birth families.
``_Builder.build(cluster, via)`` lays out everything reached from the cluster without passing
through the family ``via`` and returns a *block*: each person's x and, per row, the spans of
its partner clusters. A block is placed at a shift where none of its clusters comes within a
gap of another's in the same row; it may stand in the holes between another block's clusters,
but never inside a cluster's span, so no stranger comes between a couple, and each rule holds
inside a block by induction. Each family joining two blocks is placed by its own rule:

- a couple's children (down): the middle children packed from the couple's middle, then the
  eldest and the youngest moved outwards until the sibship's middle is the couple's;
- a member's birth family (up): the member's elder siblings packed to its left, the younger to
  its right, the parents' block placed where it fits nearest the sibship's middle (towards
  the member's side of the cluster), then the eldest and the youngest moved outwards to
  centre the sibship under it.

An only child cannot be stretched: its family is placed first, and the block on the far side
of it is built with what is there already kept clear, so it lands exactly; where even that
finds no room, the cluster is built again turned round, then with wider gaps. What is left
(``failures``) is an only child off its parents or a cluster that is no caterpillar.
``mend_pieces`` applies the same construction only round each breach our layout leaves.

    python tools/genogram_tree_layout.py [--seeds] [--mend] [SIZES...]

prints breaches, crossings, width and time of this layout against ours (bench sizes by default,
``--seeds`` the 20 big generated families of seeds 16-35); ``--mend`` instead re-lays the
pieces round our layout's breaches and prints what each kept re-lay changed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable
from operator import itemgetter

from kastdesk.genogram.model import Genogram, anchor_of, link_parents

Point = tuple[float, float]
_GAP = 90.0  # centre distance between row neighbours (LayoutOptions.neighbour_gap)
_ROW = 170.0  # LayoutOptions.row_height
_EPS = 1e-6
_HI = itemgetter(1)
_MEND_BUDGET = 350  # crossings a re-lay may add above 1,000 persons (session 28's lead)
_WIDEN_AT_MOST = 4 * _GAP  # one widening of a cluster's gaps, beyond the blocking row's width


class Block:
    """Persons' x, and per row the partner clusters' spans (sorted, disjoint, a gap apart)
    and the interval they all cover."""

    __slots__ = ("pos", "rows", "spans")

    def __init__(self) -> None:
        self.pos: dict[str, float] = {}
        self.rows: dict[int, list[float]] = {}
        self.spans: dict[int, list[tuple[float, float]]] = {}

    def cluster(self, persons: list[str], xs: list[float], row: int) -> None:
        """Seed an empty block with one partner cluster."""
        for pid, x in zip(persons, xs, strict=True):
            self.pos[pid] = x
        self.rows[row] = [xs[0], xs[-1]]
        self.spans[row] = [(xs[0], xs[-1])]

    def add(self, other: Block, shift: float) -> None:
        """Merge ``other`` moved rigidly by ``shift``."""
        for pid, x in other.pos.items():
            self.pos[pid] = x + shift
        for row, (lo, hi) in other.rows.items():
            span = self.rows.get(row)
            moved = [(a + shift, b + shift) for a, b in other.spans[row]]
            if span is None:
                self.rows[row] = [lo + shift, hi + shift]
                self.spans[row] = moved
            else:
                span[0] = min(span[0], lo + shift)
                span[1] = max(span[1], hi + shift)
                mine = self.spans[row]
                mine.extend(moved)
                mine.sort()


Fixed = list[tuple[Block, float]]  # blocks that stay, each with the shift it stands at
_JUMPS = 60  # clash-and-jump steps before a block is sent past everything in its rows


def _clash(fixed: Fixed, moving: Block, s: float, right: bool) -> float | None:
    """None if ``moving`` at shift ``s`` keeps a gap from every cluster of ``fixed``; else
    the shift that just clears the clashing clusters, to the right or the left.

    Blocks may interleave: a cluster can stand in a hole between another block's clusters.
    A couple's stretch is inside its cluster's span, so nobody comes between the partners."""
    best: float | None = None
    for row, mspans in moving.spans.items():
        mlo, mhi = moving.rows[row]
        for blk, fs in fixed:
            span = blk.rows.get(row)
            if span is None:
                continue
            off = s - fs
            if mlo + off >= span[1] + _GAP - _EPS or span[0] >= mhi + off + _GAP - _EPS:
                continue
            fsp = blk.spans[row]
            for blo, bhi in mspans:
                lo = blo + off - _GAP + _EPS
                hi = bhi + off + _GAP - _EPS
                i = bisect_right(fsp, lo, key=_HI)
                while i < len(fsp) and fsp[i][0] < hi:
                    if right:
                        cand = fsp[i][1] - blo + _GAP + fs
                        best = cand if best is None or cand > best else best
                    else:
                        cand = fsp[i][0] - bhi - _GAP + fs
                        best = cand if best is None or cand < best else best
                    i += 1
    return best


def _past(fixed: Fixed, moving: Block, s: float, right: bool) -> float:
    """A shift beyond every fixed row ``moving`` shares (no clash possible there)."""
    for row, (lo, hi) in moving.rows.items():
        for blk, fs in fixed:
            span = blk.rows.get(row)
            if span is not None:
                s = max(s, span[1] + fs - lo + _GAP) if right else min(s, span[0] + fs - hi - _GAP)
    return s


def _least(fixed: Fixed, moving: Block, s: float) -> float:
    """The smallest shift not below ``s`` at which ``moving`` clashes with nothing."""
    for _ in range(_JUMPS):
        jump = _clash(fixed, moving, s, True)
        if jump is None:
            return s
        s = jump
    return _past(fixed, moving, s, True)


def _most(fixed: Fixed, moving: Block, s: float) -> float:
    """The largest shift not above ``s`` at which ``moving`` clashes with nothing."""
    for _ in range(_JUMPS):
        jump = _clash(fixed, moving, s, False)
        if jump is None:
            return s
        s = jump
    return _past(fixed, moving, s, False)


def _near(fixed: Fixed, moving: Block, s: float) -> float:
    lo, hi = _most(fixed, moving, s), _least(fixed, moving, s)
    return lo if s - lo <= hi - s else hi


class _Builder:
    """The tree's clusters and families, and the recursion that lays them out."""

    def __init__(self, g: Genogram) -> None:
        self.g = g
        self.kids: dict[str, list[str]] = {}  # family (anchor) -> children, eldest first
        for anchor, links in g._links_by_anchor.items():
            self.kids[anchor] = [lk.child_id for lk in links]
        self.parents: dict[str, tuple[str, ...]] = {}
        self.births: dict[str, list[str]] = {}  # person -> the families they are a child of
        for lk in g.child_links.values():
            fam = anchor_of(lk)
            self.parents[fam] = link_parents(self.g, lk)
            self.births.setdefault(lk.child_id, []).append(fam)
        self.failures: list[str] = []
        self.cluster: dict[str, int] = {}
        self.members: list[list[str]] = []
        for pid in g.persons:
            if pid not in self.cluster:
                self.members.append(self._caterpillar(pid, len(self.members)))
        self.rows: dict[str, int] = {}

    def _caterpillar(self, start: str, cid: int) -> list[str]:
        """The cluster's persons in an order that leaves only partners inside each couple.

        The longest path of partners is the spine; each spine person's further partners stand
        just right of them. A cluster whose further partners have partners of their own is no
        caterpillar (session 16: no order then keeps every couple clear); it is drawn in the
        same order and recorded as a failure."""
        seen = {start}
        queue = deque([start])
        while queue:
            p = queue.popleft()
            self.cluster[p] = cid
            for q in self.g.partners_of(p):
                if q not in seen:
                    seen.add(q)
                    queue.append(q)

        def farthest(src: str) -> tuple[str, dict[str, str]]:
            back = {src: src}
            order = [src]
            for p in order:
                for q in self.g.partners_of(p):
                    if q not in back:
                        back[q] = p
                        order.append(q)
            return order[-1], back

        end, _ = farthest(start)
        other, back = farthest(end)
        spine = [other]
        while spine[-1] != end:
            spine.append(back[spine[-1]])
        placed = set(spine)
        out: list[str] = []

        def hang(p: str) -> None:
            out.append(p)
            for q in self.g.partners_of(p):
                if q not in placed:
                    placed.add(q)
                    if p not in spine:
                        self.failures.append(f"cluster of {start} is no caterpillar")
                    hang(q)

        for p in spine:
            hang(p)

        def wrapped(order: list[str]) -> int:
            # Siblings who must pass cluster members to stand in birth order: a member's
            # elder siblings go left of the whole cluster, the younger right of it.
            n = 0
            for i, p in enumerate(order):
                for fam in self.births.get(p, ())[:1]:
                    k = self.kids[fam].index(p)
                    n += k * i + (len(self.kids[fam]) - 1 - k) * (len(order) - 1 - i)
            return n

        turned = out[::-1]
        return turned if wrapped(turned) < wrapped(out) else out

    def unions_in(self, cid: int) -> list[str]:
        """The cluster's couples (and single parents' families), left to right."""
        out: list[str] = []
        seen: set[str] = set()
        for p in self.members[cid]:
            for u in self.g.unions_of(p):
                if u.id not in seen:
                    seen.add(u.id)
                    out.append(u.id)
            if p in self.kids:
                out.append(p)
        return out

    def set_rows(self, root: int) -> None:
        """Generations from the root cluster: partners alike, children one row below."""
        queue = deque([(root, 0)])
        done = {root}
        while queue:
            cid, row = queue.popleft()
            for p in self.members[cid]:
                self.rows[p] = row
            for fam in self.unions_in(cid):
                for k in self.kids.get(fam, ()):
                    c = self.cluster[k]
                    if c not in done:
                        done.add(c)
                        queue.append((c, row + 1))
            for p in self.members[cid]:
                for fam in self.births.get(p, ()):
                    for q in self.parents[fam]:
                        c = self.cluster[q]
                        if c not in done:
                            done.add(c)
                            queue.append((c, row - 1))
                    for k in self.kids[fam]:
                        c = self.cluster[k]
                        if c not in done:
                            done.add(c)
                            queue.append((c, row))

    def build(
        self,
        cid: int,
        via: str | None,
        keep_clear: Block | None = None,
        anchor: tuple[str, ...] = (),
    ) -> Block:
        """Everything reached from cluster ``cid`` not through family ``via``.

        The cluster's persons stand a gap apart, with the middle of ``anchor`` (the child or
        the parents the caller joins it by) at 0. ``keep_clear`` is what the caller has placed
        already, in this block's x, where the block must land exactly (an only child under
        its parents, or parents over their only child): nothing built here comes into its
        rows' intervals, so the block fits there. Families with an only child go first, while
        the most room is left: a sibship of two or more can still be centred by stretching,
        an only child cannot. Where an only child's family still finds no room, the cluster
        is built again turned round, then with the gaps beside its persons widened (at most
        three times)."""
        gaps = self._first_gaps(cid, via)
        mark = len(self.failures)
        for attempt in range(5):
            del self.failures[mark:]
            blk, wider = self._build_once(cid, via, keep_clear, anchor, gaps, attempt == 4)
            if not wider:
                break
            if attempt == 0 and gaps:
                # First turn the cluster round (partners' order is free): the family that
                # found no room may find it on the other side.
                self.members[cid].reverse()
                gaps.reverse()
                continue
            for i, w in wider:
                gaps[i] += w
        return blk

    def _first_gaps(self, cid: int, via: str | None) -> list[float]:
        """The cluster's gaps, wide enough for its couples' sibships side by side below.

        Two couples of a cluster a gap apart have children's lines that cross (the second
        sibship's eldest must pass the first's youngest to centre); each couple's middle is
        put at least half of both sibships' packed widths and a gap from the last."""
        members = self.members[cid]
        xs = [i * _GAP for i in range(len(members))]
        prev: tuple[float, float, int] | None = None  # last couple's middle, half width, right
        for fam in self.unions_in(cid):
            n = len(self.kids.get(fam, ()))
            if fam == via or n == 0:
                continue
            idx = sorted(members.index(q) for q in self.parents[fam])
            half = (n - 1) * _GAP / 2
            centre = sum(xs[k] for k in idx) / len(idx)
            if prev is not None and idx[0] >= prev[2] - 1:
                short = prev[0] + prev[1] + half + _GAP - centre
                if short > 0:
                    # Open the gap left of this couple, or, when its left partner is the last
                    # couple's right one, the couple's own gap (its middle moves half as far).
                    gap, by = (idx[0] - 1, short) if idx[0] > prev[2] else (idx[0], 2 * short)
                    if 0 <= gap < len(xs) - 1:
                        for k in range(gap + 1, len(xs)):
                            xs[k] += by
                    centre = sum(xs[k] for k in idx) / len(idx)
            prev = (centre, half, idx[-1])
        return [b - a for a, b in itertools.pairwise(xs)]

    def _build_once(
        self,
        cid: int,
        via: str | None,
        keep_clear: Block | None,
        anchor: tuple[str, ...],
        gaps: list[float],
        last: bool,
    ) -> tuple[Block, list[tuple[int, float]]]:
        members = self.members[cid]
        xs = [0.0]
        for gap in gaps:
            xs.append(xs[-1] + gap)
        if anchor:
            at = sum(xs[members.index(p)] for p in anchor) / len(anchor)
            xs = [x - at for x in xs]
        blk = Block()
        blk.cluster(members, xs, self.rows[members[0]])
        extra: Fixed = [(keep_clear, 0.0)] if keep_clear is not None else []
        downs = [f for f in self.unions_in(cid) if f != via and self.kids.get(f)]
        ups = [(f, p) for p in members for f in self.births.get(p, ()) if f != via]
        todo = [(len(self.kids[f]) > 1, 0, f, "") for f in downs]
        todo += [(len(self.kids[f]) > 1, 1, f, p) for f, p in ups]
        for _, up, fam, p in sorted(todo, key=lambda t: t[:2]):
            wider = (
                self._up(blk, fam, p, extra, last) if up else self._down(blk, fam, extra, last)
            )
            if wider:
                return blk, wider
        return blk, []

    def _beside(self, persons: Iterable[str], width: float) -> list[tuple[int, float]]:
        """Widen the cluster's gaps either side of ``persons`` (their indices) by ``width``."""
        members = self.members[self.cluster[next(iter(persons))]]
        idx = sorted(members.index(p) for p in persons)
        out = []
        if idx[0] > 0:
            out.append((idx[0] - 1, width))
        if idx[-1] < len(members) - 1:
            out.append((idx[-1], width))
        return out

    def _child(self, child: str, fam: str) -> tuple[Block, float]:
        """The child's block (built from its cluster, not through ``fam``) and its x there."""
        b = self.build(self.cluster[child], fam)
        return b, b.pos[child]

    def _down(
        self, blk: Block, fam: str, extra: Fixed, last: bool
    ) -> list[tuple[int, float]]:
        """A couple's children under it, the sibship centred on the couple's middle; for an
        only child that finds no room, the cluster's gaps to widen (unless ``last``)."""
        parents = self.parents[fam]
        target = sum(blk.pos[p] for p in parents) / len(parents)
        if len(self.kids[fam]) == 1:
            child = self.kids[fam][0]
            both = Block()
            for o, fs in ((blk, 0.0), *extra):
                both.add(o, fs - target)
            b = self.build(self.cluster[child], fam, both, (child,))
            shift = target
            fixed = [(blk, 0.0), *extra]
            if _clash(fixed, b, shift, True) is not None:
                shift = _near(fixed, b, shift)
                if abs(shift - target) > 40.0 - _EPS:
                    row = b.rows[self.rows[child]]
                    need = row[1] - row[0] + _GAP + min(2 * abs(shift - target), _WIDEN_AT_MOST)
                    wider = self._beside(parents, need)
                    if wider and not last:
                        return wider
                    self.failures.append(f"only child {child} below its parents")
            blk.add(b, shift)
            return []
        kids = [self._child(k, fam) for k in self.kids[fam]]
        middle = kids[1:-1]
        width = sum(_GAP for _ in middle)
        at = target - width / 2
        first = last = None
        for b, kx in middle:
            shift = _least([(blk, 0.0), *extra], b, at - kx)
            blk.add(b, shift)
            x = shift + kx
            first = x if first is None else first
            last = x
            at = x + _GAP
        e_shift, y_shift, _ = self._ends(blk, extra, kids[0], kids[-1], target, first, last)
        blk.add(kids[0][0], e_shift)
        blk.add(kids[-1][0], y_shift)
        return []

    def _ends(
        self,
        blk: Block,
        extra: Fixed,
        eldest: tuple[Block, float] | None,
        youngest: tuple[Block, float] | None,
        target: float,
        first: float | None,
        last: float | None,
    ) -> tuple[float, float, float]:
        """Move the end children outwards until the sibship's middle is ``target``.

        ``first``/``last`` are the leftmost and rightmost placed siblings' x (None if none);
        an end given as None is a sibling already placed at ``first`` or ``last``. Returns
        the eldest's and the youngest's shifts and the sibship's middle then (``target``
        unless one end is fixed and the other cannot move the right way); nothing is added
        to ``blk``."""
        bad_blk: Fixed = [(blk, 0.0), *extra]
        lo_bound = (first if first is not None else target) - _GAP
        hi_bound = (last if last is not None else target) + _GAP
        ex = yx = 0.0
        e_shift = y_shift = 0.0
        if eldest is not None:
            eb, ek = eldest
            e_shift = _most(bad_blk, eb, lo_bound - ek)
            ex = e_shift + ek
        else:
            assert first is not None
            ex = first
        if youngest is not None:
            yb, yk = youngest
            other = [(eldest[0], e_shift)] if eldest is not None else []
            y_shift = _least(bad_blk + other, yb, hi_bound - yk)
            yx = y_shift + yk
        else:
            assert last is not None
            yx = last
        for _ in range(200):
            mid = (ex + yx) / 2
            if abs(mid - target) < 1.0:
                break
            if mid < target:
                if youngest is None:
                    break
                yb, yk = youngest
                other = [(eldest[0], e_shift)] if eldest is not None else []
                y_shift = _least(bad_blk + other, yb, 2 * target - ex - yk)
                yx = y_shift + yk
            else:
                if eldest is None:
                    break
                eb, ek = eldest
                other = [(youngest[0], y_shift)] if youngest is not None else []
                e_shift = _most(bad_blk + other, eb, 2 * target - yx - ek)
                ex = e_shift + ek
        return e_shift, y_shift, (ex + yx) / 2

    def _up(
        self, blk: Block, fam: str, person: str, extra: Fixed, last: bool
    ) -> list[tuple[int, float]]:
        """A member's birth family: siblings outside the cluster, parents over the middle;
        for an only child whose parents find no room, the gaps to widen (unless ``last``)."""
        kids = self.kids[fam]
        i = kids.index(person)
        here = blk.pos[person]
        parents = self.parents[fam]
        if len(kids) == 1:
            clear = Block()
            for o, fs in ((blk, 0.0), *extra):
                clear.add(o, fs - here)
            pb = self.build(self.cluster[parents[0]], fam, clear, parents)
            shift = here
            fixed = [(blk, 0.0), *extra]
            if _clash(fixed, pb, shift, True) is not None:
                shift = _near(fixed, pb, shift)
                if abs(shift - here) > 40.0 - _EPS:
                    row = pb.rows[self.rows[parents[0]]]
                    need = row[1] - row[0] + _GAP + min(2 * abs(shift - here), _WIDEN_AT_MOST)
                    wider = self._beside((person,), need)
                    if wider and not last:
                        return wider
                    self.failures.append(f"only child {person} above: its parents")
            blk.add(pb, shift)
            return []
        pb = self.build(self.cluster[parents[0]], fam, None, parents)
        pmid = 0.0
        elder = [self._child(k, fam) for k in kids[:i]]
        younger = [self._child(k, fam) for k in kids[i + 1 :]]
        first = last = here
        for b, kx in reversed(elder[1:]):
            shift = _most([(blk, 0.0), *extra], b, first - _GAP - kx)
            blk.add(b, shift)
            first = shift + kx
        for b, kx in younger[:-1]:
            shift = _least([(blk, 0.0), *extra], b, last + _GAP - kx)
            blk.add(b, shift)
            last = shift + kx
        eldest = elder[0] if elder else None
        youngest = younger[-1] if younger else None
        # The parents' block goes to the nearest free place over the packed sibship, in the
        # direction its middle can still move (an end that is the person cannot).
        bad: Fixed = [(blk, 0.0), *extra]
        if eldest is not None and youngest is not None:
            # Towards the person's side of the cluster, so the parents' lines keep off the
            # other members' families.
            members = [blk.pos[p] for p in self.members[self.cluster[person]]]
            side = here - (min(members) + max(members)) / 2
            want = (first + last) / 2 - pmid
            if side < -_EPS:
                shift = _most(bad, pb, want)
            elif side > _EPS:
                shift = _least(bad, pb, want)
            else:
                shift = _near(bad, pb, want)
        elif eldest is not None:
            shift = _most(bad, pb, (first - _GAP + last) / 2 - pmid)
        else:
            shift = _least(bad, pb, (first + last + _GAP) / 2 - pmid)
        for _ in range(100):
            target = shift + pmid
            e_shift, y_shift, mid = self._ends(
                blk, [*extra, (pb, shift)], eldest, youngest, target, first, last
            )
            if abs(mid - target) <= 40.0 - _EPS:
                break
            # The free end went as far as room allowed and left the middle short of the
            # parents: move the parents' block to where the middle ended, and again.
            if eldest is not None:
                shift = _most(bad, pb, min(mid - pmid, shift - 1.0))
            else:
                shift = _least(bad, pb, max(mid - pmid, shift + 1.0))
        else:
            self.failures.append(f"sibship of {person} not centred")
        blk.add(pb, shift)
        if eldest is not None:
            blk.add(eldest[0], e_shift)
        if youngest is not None:
            blk.add(youngest[0], y_shift)
        return []


def tree_layout(g: Genogram) -> tuple[dict[str, Point], list[str]]:
    """Coordinates for every person (one tree piece after another) and what could not hold."""
    b = _Builder(g)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20 * len(g.persons) + 1000))
    coords: dict[str, Point] = {}
    done: set[int] = set()
    left = 0.0
    index = next((p.id for p in g.persons.values() if p.is_index), None)
    order = ([b.cluster[index]] if index else []) + list(range(len(b.members)))
    for cid in order:
        if cid in done:
            continue
        b.set_rows(cid)
        blk = b.build(cid, None)
        ids = set(blk.pos)
        done.update(b.cluster[p] for p in ids)
        lo = min(blk.pos.values())
        hi = max(blk.pos.values())
        for pid, x in blk.pos.items():
            coords[pid] = (x - lo + left, b.rows[pid] * _ROW)
        left += hi - lo + 2 * _GAP
    return coords, b.failures


def _fixed_block(b: _Builder, coords: dict[str, Point], skip: set[str]) -> Block:
    """The persons of ``coords`` not in ``skip`` as one block; each row's partner clusters'
    spans merged where they overlap (a couple with strangers between covers them too)."""
    by: dict[int, tuple[int, float, float]] = {}
    blk = Block()
    for pid, (x, _) in coords.items():
        if pid in skip:
            continue
        blk.pos[pid] = x
        old = by.get(b.cluster[pid])
        row = b.rows[pid]
        by[b.cluster[pid]] = (row, x, x) if old is None else (row, min(old[1], x), max(old[2], x))
    spans: dict[int, list[tuple[float, float]]] = {}
    for row, lo, hi in by.values():
        spans.setdefault(row, []).append((lo, hi))
    for row, lst in spans.items():
        lst.sort()
        merged: list[tuple[float, float]] = []
        for lo, hi in lst:
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        blk.spans[row] = merged
        blk.rows[row] = [merged[0][0], merged[-1][1]]
    return blk


def _reach(b: _Builder, cid: int, via: str) -> set[str]:
    """The persons reached from cluster ``cid`` without passing through family ``via``."""
    seen = {cid}
    crossed = {via}
    queue = deque([cid])
    out: set[str] = set()
    while queue:
        c = queue.popleft()
        out.update(b.members[c])
        fams = [f for f in b.unions_in(c) if b.kids.get(f)]
        fams += [f for p in b.members[c] for f in b.births.get(p, ())]
        for fam in fams:
            if fam in crossed:
                continue
            crossed.add(fam)
            for q in (*b.parents[fam], *b.kids[fam]):
                if b.cluster[q] not in seen:
                    seen.add(b.cluster[q])
                    queue.append(b.cluster[q])
    return out


def _candidates(
    b: _Builder, g: Genogram, coords: dict[str, Point], symbol: float
) -> list[tuple[str, int, str, tuple[str, ...], float]]:
    """For each breach of a couple apart or a family off-centre: the pieces to re-lay, each
    as (breach, cluster, the family cut, the persons it joins by, where they must stand)."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for pid, (x, _) in coords.items():
        rows.setdefault(b.rows[pid], []).append((x, pid))
    out: list[tuple[str, int, str, tuple[str, ...], float]] = []

    def mid(persons: Iterable[str]) -> float:
        xs = [coords[p][0] for p in persons]
        return (min(xs) + max(xs)) / 2

    def cuts(label: str, cid: int) -> None:
        for fam in b.unions_in(cid):
            if b.kids.get(fam):
                out.append((label, cid, fam, b.parents[fam], mid(b.kids[fam])))
        for m in b.members[cid]:
            for fam in b.births.get(m, ()):
                out.append((label, cid, fam, (m,), coords[m][0]))

    for u in g.unions.values():
        a, c = u.partners
        lo, hi = sorted((coords[a][0], coords[c][0]))
        allowed = {a, c, *g.partners_of(a), *g.partners_of(c)}
        if any(lo < x < hi and p not in allowed for x, p in rows[b.rows[a]]):
            cuts(f"apart {u.id}", b.cluster[a])
    for fam, kids in b.kids.items():
        parents = b.parents[fam]
        centre = sum(coords[p][0] for p in parents) / len(parents)
        if abs(mid(kids) - centre) > symbol:
            out.append((f"centre {fam}", b.cluster[parents[0]], fam, parents, mid(kids)))
            if len(kids) == 1:
                out.append((f"centre {fam}", b.cluster[kids[0]], fam, (kids[0],), centre))
    return out


def mend_pieces(
    g: Genogram, coords: dict[str, Point], budget: int
) -> tuple[dict[str, Point], list[str]]:
    """Re-lay, round each breach our layout leaves, the piece on one side of one cut link.

    For a couple apart: its cluster's side of each of the cluster's links in turn (the
    cluster with everything beyond it but that link), rebuilt by the construction with the
    rest of the map as it stands kept clear, and placed so the cut link's rule holds (the
    member at its own x among its siblings, or the couple over its children's middle). For a
    family off-centre: the parents' side over the children's middle, or an only child's side
    under the parents. Each is kept if the map's breaches fall and its crossings rise by at
    most ``budget``; the fewest crossings win."""
    from kastdesk.genogram.metrics import count_crossings, rule_breaches

    b = _Builder(g)
    b.rows = {p: round(y / _ROW) for p, (_, y) in coords.items()}
    coords = dict(coords)
    symbol = 40.0
    log: list[str] = []
    before = (rule_breaches(g, coords, symbol).total, count_crossings(g, coords))
    tried: set[tuple[int, str]] = set()
    while True:
        best: tuple[int, int, dict[str, Point], str] | None = None
        for label, cid, via, anchor, at in _candidates(b, g, coords, symbol):
            if (cid, via) in tried:
                continue
            tried.add((cid, via))
            piece = _reach(b, cid, via)
            rest = _fixed_block(b, coords, piece)
            clear = Block()
            clear.add(rest, -at)
            blk = b.build(cid, via, clear, anchor)
            if _clash([(rest, 0.0)], blk, at, True) is not None:
                continue
            trial = dict(coords)
            for pid, x in blk.pos.items():
                trial[pid] = (x + at, coords[pid][1])
            now = (rule_breaches(g, trial, symbol).total, count_crossings(g, trial))
            if now[0] < before[0] and now[1] - before[1] <= budget and (
                best is None or now < best[:2]
            ):
                best = (now[0], now[1], trial, f"{label}: {len(piece)} persons re-laid")
        if best is None:
            return coords, log
        log.append(f"{best[3]}: breaches {before[0]} -> {best[0]}, crossings "
                   f"{before[1]} -> {best[1]}")
        before = (best[0], best[1])
        coords = best[2]
        tried.clear()  # the map changed: a cut refused before may be kept now


def _width(coords: dict[str, Point]) -> float:
    xs = [x for x, _ in coords.values()]
    return max(xs) - min(xs)


def main() -> None:
    from kastdesk.genogram.demo import generate_family
    from kastdesk.genogram.layout import LayoutOptions, layout_genogram
    from kastdesk.genogram.metrics import count_crossings, rule_breaches

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", action="store_true", help="the 20 big generated families")
    ap.add_argument("--mend", action="store_true", help="re-lay the pieces round our breaches")
    ap.add_argument("sizes", nargs="*", type=int, default=[20, 100, 500, 2000])
    args = ap.parse_args()
    if args.seeds:
        cases = [(s, 1000 + (s * 137) % 2000) for s in range(16, 36)]
    else:
        cases = [(n, n) for n in args.sizes]
    opts = LayoutOptions()
    if args.mend:
        for seed, size in cases:
            g = generate_family(seed, size)
            coords = layout_genogram(g, opts).coordinates()
            t0 = time.perf_counter()
            _, log = mend_pieces(g, coords, _MEND_BUDGET)
            ms = (time.perf_counter() - t0) * 1000
            print(f"{seed} {size}: {len(log)} re-lays kept ({ms:.0f} ms)", *log, sep="\n  ")
        return
    totals = [[0, 0, 0.0, 0.0], [0, 0, 0.0, 0.0]]
    print("seed size | ours: breaches crossings width ms | tree: breaches crossings width ms"
          " | failures")
    for seed, size in cases:
        g = generate_family(seed, size)
        row = []
        for i in (0, 1):
            t0 = time.perf_counter()
            if i:
                coords, failures = tree_layout(g)
            else:
                coords = layout_genogram(g, opts).coordinates()
            ms = (time.perf_counter() - t0) * 1000
            br = rule_breaches(g, coords, opts.symbol_size).total
            cr = count_crossings(g, coords)
            w = _width(coords)
            row.append(f"{br:4d} {cr:6d} {w:9.0f} {ms:7.1f}")
            for j, v in enumerate((br, cr, w, ms)):
                totals[i][j] += v
        print(f"{seed:4d} {size:5d} | {row[0]} | {row[1]} | {len(failures)}", flush=True)
    if len(cases) > 1:
        print("totals     | " + " | ".join(
            f"{t[0]:4d} {t[1]:6d} {t[2]:9.0f} {t[3]:7.1f}" for t in totals))


if __name__ == "__main__":
    main()
