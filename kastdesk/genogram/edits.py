"""Pure, undoable edits of a genogram: each user-level edit is one labelled ``Edit``.

An ``Edit`` is a list of object swaps (old → new, ``None`` meaning absent), so its inverse is
exact by construction and the Qt editor can wrap it in one ``QUndoCommand`` whose text is the
label, which is also the transaction label in the case file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import networkx as nx

from kastdesk.i18n import N_, tr

from .model import (
    DIRECTED_KINDS,
    ChildKind,
    ChildLink,
    Genogram,
    GenogramError,
    Marker,
    Person,
    PersonKind,
    Relationship,
    RelationshipKind,
    Sex,
    Union,
    UnionKind,
    _who,
    _whom,
    anchor_of,
    link_parents,
    other_partner,
    sentence_of,
    validate,
)
from .symbols import _labels as notation_words

Collection = Literal["persons", "unions", "child_links", "relationships"]
_COLLECTIONS: tuple[Collection, ...] = ("persons", "unions", "child_links", "relationships")


def new_id(prefix: str) -> str:
    """A fresh id; random so that ids made on two machines never clash."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class Change:
    """One object swap: ``old`` must be what is there now, ``new`` replaces it."""

    collection: Collection
    id: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Edit:
    """A labelled, validated set of changes with an exact inverse."""

    label: str
    changes: tuple[Change, ...]
    #: An inverse (Undo): it puts back a map as it was, so its years are not checked again
    #: (a son born before his father in a map saved before that was refused comes back as
    #: the therapist had it, instead of the Undo of its mending being refused).
    undoes: bool = False
    #: What the Undo and Redo buttons say: the change and whom it is about ("Birth year of
    #: {0}"), with a ``{0}``, ``{1}`` for each of ``about``. ``label`` stays the generic name
    #: ("Edit person") that goes into the case's audit log, which is read on the History
    #: screen and exported without regard to privacy mode: names must never go there. The
    #: persons are filled in by the editor, as names or (privacy mode) roles or initials.
    text: str = ""
    about: tuple[Person, ...] = ()
    #: A sentence for the therapist when the edit does not do quite what was asked (a place
    #: after the last among the siblings puts the child last): the editor shows it, or a
    #: number typed would come back changed without a word. Made here, where the edit knows
    #: it gave way, so the editor need not compare before and after to find out. The
    #: inverse has none: undoing the edit did not give way to anything.
    notice: str = ""

    def describe(self, name: Callable[[Person], str]) -> str:
        """The step as the Undo button names it, each person written by ``name``."""
        if not self.text:
            return self.label
        return self.text.format(*(name(p) for p in self.about))

    def apply(self, g: Genogram, check: bool = True) -> Genogram:
        """Return the edited genogram; GenogramError if ``g`` is not the one it was made for.

        ``check=False`` skips validating the result: for the steps of a bigger edit that is
        validated once as a whole (deleting 500 selected persons checked the map 500 times).
        Impossible years are refused only when the edit brings them in: one already in ``g``
        does not block an edit of something else.
        """
        tables: dict[str, dict[str, Any]] = {}
        for ch in self.changes:
            table = tables.get(ch.collection)
            if table is None:
                table = tables[ch.collection] = dict(getattr(g, ch.collection))
            if table.get(ch.id) != ch.old:
                raise GenogramError(
                    tr("Genogram", "The genogram has changed; the edit cannot be applied.")
                )
            if ch.new is None:
                del table[ch.id]
            else:
                table[ch.id] = ch.new
        out = replace(g, **tables)
        if check:
            validate(out, before=g, dates=not self.undoes)
        return out

    def inverse(self) -> Edit:
        """The edit that takes the result back to the original exactly (for undo)."""
        return Edit(
            self.label,
            tuple(Change(c.collection, c.id, c.new, c.old) for c in reversed(self.changes)),
            not self.undoes,
            self.text,
            self.about,
        )

    def merged(self, later: Edit) -> Edit:
        """One edit doing self then ``later`` (for merging nudges of the same item)."""
        return replace(self, changes=self.changes + later.changes)

    @property
    def created(self) -> tuple[str, ...]:
        """Ids of objects this edit creates, in creation order (new person first)."""
        return tuple(c.id for c in self.changes if c.old is None and c.new is not None)


def run(g: Genogram, edit: Edit) -> tuple[Genogram, Edit]:
    """Apply an edit and return ``(new_genogram, inverse_edit)``."""
    return edit.apply(g), edit.inverse()


class _Builder:
    """Collects changes against a working copy so later steps see earlier ones."""

    def __init__(self, g: Genogram) -> None:
        self.base = g
        self.tables: dict[str, dict[str, Any]] = {c: dict(getattr(g, c)) for c in _COLLECTIONS}
        self.changes: list[Change] = []

    def get(self, collection: Collection, oid: str) -> Any:
        return self.tables[collection].get(oid)

    def put(self, collection: Collection, obj: Any) -> None:
        old = self.tables[collection].get(obj.id)
        if old == obj:
            return
        self.changes.append(Change(collection, obj.id, old, obj))
        self.tables[collection][obj.id] = obj

    def delete(self, collection: Collection, oid: str) -> None:
        old = self.tables[collection].pop(oid, None)
        if old is not None:
            self.changes.append(Change(collection, oid, old, None))

    def current(self) -> Genogram:
        return Genogram(**self.tables)  # type: ignore[arg-type]

    def finish(
        self,
        label: str,
        check: bool = True,
        text: str = "",
        about: Sequence[Person] = (),
        notice: str = "",
    ) -> Edit:
        edit = Edit(label, tuple(self.changes), text=text, about=tuple(about), notice=notice)
        if check:
            edit.apply(self.base)  # validates; raises GenogramError with the reason
        return edit


def _need_person(g: Genogram, pid: str) -> Person:
    return g.person(pid)


# ----- persons --------------------------------------------------------------------------------
def add_person(
    g: Genogram,
    *,
    sex: Sex | str = Sex.UNKNOWN,
    name: str = "",
    person_id: str | None = None,
    **details: Any,
) -> Edit:
    """Add an unconnected person (``details`` are further Person fields)."""
    b = _Builder(g)
    b.put("persons", Person(id=person_id or new_id("p"), sex=Sex(sex), name=name, **details))
    return b.finish(tr("Genogram", "Add person"))


def update_person(g: Genogram, person_id: str, **changes: Any) -> Edit:
    """Change fields of a person (name, years, notes, ...)."""
    p = _need_person(g, person_id)
    if "id" in changes:
        raise GenogramError(tr("Genogram", "A person's id cannot be changed."))
    # Values may come as plain strings and lists (from a form, a file, a Qt signal): stored
    # as the model's own types, or every reader of ``p.sex.value`` fails later, far from here.
    if "sex" in changes:
        changes["sex"] = Sex(changes["sex"])
    if "kind" in changes:
        changes["kind"] = PersonKind(changes["kind"])
    if "markers" in changes:
        changes["markers"] = tuple(Marker(m) for m in changes["markers"])
    if "labels" in changes:
        changes["labels"] = tuple(str(label) for label in changes["labels"])
    b = _Builder(g)
    new = replace(p, **changes)
    b.put("persons", new)
    if "birth_year" in changes:
        _place_by_birth_year(b, person_id)
    changed = {k for k, v in changes.items() if getattr(p, k) != v}
    return b.finish(tr("Genogram", "Edit person"), text=_person_text(p, new, changed), about=[new])


def typed_step(
    g: Genogram, what: str, item_id: str, fields: dict[str, Any]
) -> tuple[str, list[Person]] | None:
    """How the step that saves ``fields`` typed in the panel will be named (the text and
    the persons for its ``{0}``/``{1}``), as ``update_person`` or ``update_relationship``
    names it, without making it: the toolbar's Undo says it at each key typed, and making
    the edit took 50 ms on a map of 2,000 persons. None if the fields change nothing."""
    if what == "person":
        p = g.persons.get(item_id)
        if p is None:
            return None
        changed = {k for k, v in fields.items() if getattr(p, k, v) != v}
        if not changed:
            return None
        new = replace(p, **{k: fields[k] for k in changed})
        return _person_text(p, new, changed), [new]
    r = g.relationships.get(item_id)
    if r is None or set(fields) != {"note"} or fields["note"] == r.note:
        return None
    return tr("Genogram", "Note on relationship {0}–{1}"), _persons(g, r.persons)


def _person_text(old: Person, new: Person, changed: set[str]) -> str:
    """What an edit of one person changed, for the Undo button ("Birth year of {0}").

    One field names itself; a death with its year or age reads as the death, and several
    fields at once as an edit of the person: the label stays short."""
    if "deceased" in changed and not new.is_deceased:
        return tr("Genogram", "Mark {0} alive")
    death = {"deceased", "death_year", "age"}
    if changed and changed <= death and new.is_deceased:
        if changed == {"death_year"} and old.is_deceased:
            return tr("Genogram", "Year of death of {0}")
        if changed == {"age"} and old.is_deceased:
            return tr("Genogram", "Age at death of {0}")
        return tr("Genogram", "Mark {0} deceased")
    if len(changed) != 1:
        return tr("Genogram", "Edit {0}")
    (field_name,) = changed
    texts = {
        "name": tr("Genogram", "Name of {0}"),
        "role": tr("Genogram", "Role of {0}"),
        "sex": tr("Genogram", "Sex of {0}"),
        "kind": tr("Genogram", "Kind of {0}"),
        "birth_year": tr("Genogram", "Birth year of {0}"),
        "birth_date": tr("Genogram", "Birth date of {0}"),
        "age": tr("Genogram", "Age of {0}"),
        "occupation": tr("Genogram", "Occupation of {0}"),
        "notes": tr("Genogram", "Notes on {0}"),
        "markers": tr("Genogram", "Markers of {0}"),
        "labels": tr("Genogram", "Other markers of {0}"),
        "position": tr("Genogram", "Move {0}"),
    }
    return texts.get(field_name, tr("Genogram", "Edit {0}"))


def delete_person(g: Genogram, person_id: str, *, check: bool = True) -> Edit:
    """Delete a person with their couples, child lines and relationship lines.

    Children of a deleted couple stay hanging from the remaining partner, so deleting a
    stepfather does not orphan his wife's children.
    """
    _need_person(g, person_id)
    b = _Builder(g)
    for rel in g.relationships_of(person_id):
        b.delete("relationships", rel.id)
    for link in g.links_of_child(person_id):
        b.delete("child_links", link.id)
        if link.twin_group is not None:
            # A twin left alone is no longer a twin (as ``unset_twin`` has it): a group of one
            # drew a fork with one child on it.
            rest = [
                lk
                for lk in g.children_of_anchor(anchor_of(link))
                if lk.twin_group == link.twin_group and lk.id != link.id
            ]
            if len(rest) == 1:
                b.put("child_links", replace(rest[0], twin_group=None, identical=False))
        if link.birth_order is not None:  # the younger siblings move up: no hole in the count
            _renumber(b, _slots(b, anchor_of(link)))
    for link in g.children_of_anchor(person_id):
        b.delete("child_links", link.id)
    for u in g.unions_of(person_id):
        other = other_partner(u, person_id)
        for link in g.children_of_anchor(u.id):
            if link.child_id == person_id:
                continue
            b.put("child_links", replace(link, union_id=None, parent_id=other))
        b.delete("unions", u.id)
    b.delete("persons", person_id)
    # ``check=False``: one of many deletions, validated once together by the caller.
    return b.finish(
        tr("Genogram", "Delete person"), check, tr("Genogram", "Delete {0}"), [g.persons[person_id]]
    )


def set_index_person(g: Genogram, person_id: str | None) -> Edit:
    """Make this person the client (the previous index person stops being it)."""
    if person_id is not None:
        _need_person(g, person_id)
    b = _Builder(g)
    for p in g.persons.values():
        if p.is_index and p.id != person_id:
            b.put("persons", replace(p, is_index=False))
    if person_id is None:
        return b.finish(tr("Genogram", "Set index person"))
    b.put("persons", replace(g.persons[person_id], is_index=True))
    return b.finish(
        tr("Genogram", "Set index person"),
        text=tr("Genogram", "Make {0} the client"),
        about=[g.persons[person_id]],
    )


def mark_deceased(
    g: Genogram,
    person_id: str,
    death_year: int | None = None,
    *,
    deceased: bool = True,
    age: int | None = None,
) -> Edit:
    """Mark a person deceased (optionally with the year, or the age at death when the year
    is not known: "father died at 61"), or alive again.

    Marked alive, the person's stored age goes too: it was the age at death, and left in
    place it would be written as the age of a living person for ever after."""
    p = _need_person(g, person_id)
    b = _Builder(g)
    new = replace(
        p,
        deceased=deceased,
        death_year=death_year if deceased else None,
        age=(age if age is not None else p.age) if deceased else None,
    )
    b.put("persons", new)
    if deceased:
        return b.finish(
            tr("Genogram", "Mark deceased"), text=tr("Genogram", "Mark {0} deceased"), about=[new]
        )
    return b.finish(
        tr("Genogram", "Mark alive"), text=tr("Genogram", "Mark {0} alive"), about=[new]
    )


def add_marker(g: Genogram, person_id: str, marker: Marker | str) -> Edit:
    """Add a clinical marker, or a free-text label when it is not a known marker."""
    p = _need_person(g, person_id)
    b = _Builder(g)
    try:
        known = Marker(marker)
    except ValueError:
        text = str(marker).strip()
        if not text:
            raise GenogramError(tr("Genogram", "A marker needs a name.")) from None
        if text not in p.labels:
            b.put("persons", replace(p, labels=(*p.labels, text)))
    else:
        if known not in p.markers:
            b.put("persons", replace(p, markers=(*p.markers, known)))
    return b.finish(
        tr("Genogram", "Add marker"), text=tr("Genogram", "Add marker to {0}"), about=[p]
    )


def remove_marker(g: Genogram, person_id: str, marker: Marker | str) -> Edit:
    """Remove a clinical marker or free-text label."""
    p = _need_person(g, person_id)
    b = _Builder(g)
    b.put(
        "persons",
        replace(
            p,
            markers=tuple(m for m in p.markers if m != marker),
            labels=tuple(s for s in p.labels if s != marker),
        ),
    )
    return b.finish(
        tr("Genogram", "Remove marker"), text=tr("Genogram", "Remove marker from {0}"), about=[p]
    )


def set_position(g: Genogram, person_id: str, x: float, y: float) -> Edit:
    """Pin a person where the user dropped them."""
    p = _need_person(g, person_id)
    b = _Builder(g)
    b.put("persons", replace(p, position=(float(x), float(y))))
    return b.finish(tr("Genogram", "Move person"), text=tr("Genogram", "Move {0}"), about=[p])


def move_persons(g: Genogram, positions: dict[str, tuple[float, float]]) -> Edit:
    """Pin several persons at once (a dragged selection is one undo step)."""
    b = _Builder(g)
    for pid, (x, y) in sorted(positions.items()):
        b.put("persons", replace(_need_person(g, pid), position=(float(x), float(y))))
    return b.finish(tr("Genogram", "Move persons"))


def tidy_up(g: Genogram) -> Edit:
    """Forget every manual position so the automatic layout places everyone again."""
    b = _Builder(g)
    for p in g.persons.values():
        if p.position is not None:
            b.put("persons", replace(p, position=None))
    return b.finish(tr("Genogram", "Tidy up"))


# ----- couples and children ------------------------------------------------------------------
def _next_order(b: _Builder, person_ids: Iterable[str]) -> int:
    orders = [
        u.order for u in b.tables["unions"].values() for pid in person_ids if pid in u.partners
    ]
    return max(orders) + 1 if orders else 0


def add_union(
    g: Genogram,
    a: str,
    b_id: str,
    kind: UnionKind | str = UnionKind.MARRIED,
    *,
    start_year: int | None = None,
    end_year: int | None = None,
    union_id: str | None = None,
) -> Edit:
    """Join two existing persons as a couple (placed after their earlier partnerships).

    Refused, each in one sentence (:func:`_couple_problem`): one partner born of the other's
    line, and full siblings. Relatives of any other kind, and persons of different
    generations, are drawn as told.
    """
    _need_person(g, a)
    _need_person(g, b_id)
    problem = _couple_problem(g, a, b_id)
    if problem:
        raise GenogramError(problem)
    b = _Builder(g)
    _put_union(b, a, b_id, UnionKind(kind), start_year, end_year, union_id)
    return b.finish(
        tr("Genogram", "Add couple"),
        text=tr("Genogram", "Add couple {0}–{1}"),
        about=[g.persons[a], g.persons[b_id]],
    )


def _full_siblings(g: Genogram, a: str, other: str) -> bool:
    """Both born to the same couple: biological children of one couple line.

    A half sibling (one parent shared, or a child of one parent alone, whose other parent
    the map does not know) and a step or adoptive sibling are not: such siblings do marry.
    """
    mine = {
        lk.union_id
        for lk in g.links_of_child(a)
        if lk.kind is ChildKind.BIOLOGICAL and lk.union_id is not None
    }
    return any(
        lk.kind is ChildKind.BIOLOGICAL and lk.union_id in mine for lk in g.links_of_child(other)
    )


def _biological_descent(g: Genogram) -> nx.DiGraph:
    """Parent → child over biological child lines only: the descent a couple cannot span.

    Adoptive and foster lines are social: a foster son and a daughter of the house may
    later be a couple, and the map must be able to draw the family the client describes.
    """
    dag: nx.DiGraph = nx.DiGraph()
    dag.add_nodes_from(g.persons)
    for lk in g.child_links.values():
        if lk.kind is ChildKind.BIOLOGICAL:
            for parent in link_parents(g, lk):
                dag.add_edge(parent, lk.child_id)
    return dag


def _couple_problem(g: Genogram, a: str, other: str) -> str:
    """Why two persons on the map cannot be joined as a couple, or "" when they can.

    What biology rules out is refused: one partner born of the other's line (a father and
    his son, joined by a slip of the mouse, were drawn as a couple line across the rows) and
    full siblings. Social relations of any shape are drawn as told: step, half, adoptive and
    foster relatives, and partners the map has in different generations (an uncle and his
    nephew's former wife), whose couple line then crosses rows; a slip there is undone.
    """
    if a == other:
        return ""  # the model's own sentence: a person in a couple with themselves
    dag = _biological_descent(g)
    for elder, younger in ((a, other), (other, a)):
        if nx.has_path(dag, elder, younger):
            return tr(
                "Genogram", "{a} and {b} cannot be a couple: {younger} descends from {elder}."
            ).format(a=_who(g, a), b=_whom(g, other), younger=_whom(g, younger),
                     elder=_whom(g, elder))
    if _full_siblings(g, a, other):
        return tr("Genogram", "{a} and {b} cannot be a couple: they are full siblings.").format(
            a=_who(g, a), b=_whom(g, other)
        )
    return ""


def _put_union(
    b: _Builder,
    a: str,
    other: str,
    kind: UnionKind,
    start_year: int | None,
    end_year: int | None,
    union_id: str | None,
) -> Union:
    for u in b.tables["unions"].values():
        if set(u.partners) == {a, other}:
            raise GenogramError(tr("Genogram", "These two persons are already a couple."))
    u = Union(
        id=union_id or new_id("u"),
        partners=(a, other),
        kind=kind,
        start_year=start_year,
        end_year=end_year,
        order=_next_order(b, (a, other)),
    )
    b.put("unions", u)
    return u


def update_union(g: Genogram, union_id: str, **changes: Any) -> Edit:
    """Change a couple's kind, years or order."""
    u = g.unions.get(union_id)
    if u is None:
        raise GenogramError(tr("Genogram", "That couple is not in the genogram."))
    if "kind" in changes:
        changes["kind"] = UnionKind(changes["kind"])
    b = _Builder(g)
    new = replace(u, **changes)
    b.put("unions", new)
    changed = {k for k, v in changes.items() if getattr(u, k) != v}
    if "kind" in changed:
        # The new kind is what the therapist will look for: "Couple Jonas–Karin: divorced".
        text = tr("Genogram", "Couple {0}–{1}: {kind}").replace(
            "{kind}", _union_kind_word(new.kind)
        )
    elif changed == {"start_year"}:
        text = tr("Genogram", "Couple {0}–{1}: year it began")
    elif changed == {"end_year"}:
        text = tr("Genogram", "Couple {0}–{1}: year it ended")
    else:
        text = tr("Genogram", "Edit couple {0}–{1}")
    return b.finish(tr("Genogram", "Edit couple"), text=text, about=_partners(g, u))


def _partners(g: Genogram, u: Union) -> list[Person]:
    return [g.persons[pid] for pid in u.partners if pid in g.persons]


def _union_kind_word(kind: UnionKind) -> str:
    """The couple's kind as the panel names it, in lower case inside a label."""
    return _lower(notation_words().get(f"union:{kind.value}", kind.value))


def delete_union(g: Genogram, union_id: str) -> Edit:
    """Remove a couple line that has no children.

    A couple with children is refused: the couple line is what joins each child to both
    parents (the notation keeps it between a child's parents even if they never lived
    together), and deleting it cut the children off from both without a word. Its kind
    (separated, divorced) says that the couple has ended.
    """
    u = g.unions.get(union_id)
    if u is None:
        raise GenogramError(tr("Genogram", "That couple is not in the genogram."))
    if g.children_of_anchor(union_id):
        a, other = u.partners
        raise GenogramError(
            tr(
                "Genogram",
                "{a} and {b} have children together, and their couple line joins them to "
                "both; change the couple's kind (for example to separated or divorced) "
                "instead of deleting it.",
            ).format(a=_who(g, a), b=_whom(g, other))
        )
    b = _Builder(g)
    b.delete("unions", union_id)
    return b.finish(
        tr("Genogram", "Delete couple"),
        text=tr("Genogram", "Delete couple {0}–{1}"),
        about=_partners(g, u),
    )


def _opposite(sex: Sex) -> Sex:
    return {Sex.MALE: Sex.FEMALE, Sex.FEMALE: Sex.MALE}.get(sex, Sex.UNKNOWN)


def add_partner(
    g: Genogram,
    person_id: str,
    *,
    sex: Sex | str | None = None,
    name: str = "",
    kind: UnionKind | str = UnionKind.MARRIED,
    start_year: int | None = None,
    partner_id: str | None = None,
    union_id: str | None = None,
    **details: Any,
) -> Edit:
    """Create a new person as this person's next partner."""
    p = _need_person(g, person_id)
    b = _Builder(g)
    partner = Person(
        id=partner_id or new_id("p"),
        sex=Sex(sex) if sex is not None else _opposite(p.sex),
        name=name,
        **details,
    )
    b.put("persons", partner)
    _put_union(b, person_id, partner.id, UnionKind(kind), start_year, None, union_id)
    return b.finish(
        tr("Genogram", "Add partner"), text=tr("Genogram", "Add partner of {0}"), about=[p]
    )


def _put_child_link(
    b: _Builder,
    child_id: str,
    *,
    union_id: str | None,
    parent_id: str | None,
    kind: ChildKind,
    birth_order: int | None = None,
    link_id: str | None = None,
) -> ChildLink:
    anchor = union_id if union_id is not None else parent_id
    if birth_order is None:
        siblings = [lk for lk in b.tables["child_links"].values() if anchor_of(lk) == anchor]
        orders = [lk.birth_order for lk in siblings if lk.birth_order is not None]
        birth_order = max(orders) + 1 if orders else len(siblings)
    link = ChildLink(
        id=link_id or new_id("c"),
        child_id=child_id,
        union_id=union_id,
        parent_id=parent_id,
        kind=kind,
        birth_order=birth_order,
    )
    b.put("child_links", link)
    return link


# ----- birth order ------------------------------------------------------------------------------
#
# Birth order is a position among the parents' children: 0 for the eldest, twins sharing one.
# Edits keep it a plain count (0, 1, 2, ...): a child put at a position pushes the younger ones
# along, twins made or unmade close or open a place, and a birth year typed for a child standing
# where the years say they cannot be (born 1980, right of a sibling born 1990) moves them to
# where the years put them. Children whose order is not known (None) stay out of the count.


def _slots(b: _Builder, anchor: str) -> list[list[ChildLink]]:
    """The anchor's children of known order, eldest first, twins together in one slot."""
    persons = b.tables["persons"]

    def key(lk: ChildLink) -> tuple[int, str, int, str, str]:
        # A twin group's members sort next to each other (a sibling sharing their number by
        # mistake sorts ahead of them), then as the model sorts them.
        child = persons.get(lk.child_id)
        year = child.birth_year if child is not None and child.birth_year is not None else 10**6
        date = (child.birth_date or "") if child is not None else ""
        return (lk.birth_order or 0, lk.twin_group or "", year, date, lk.child_id)

    links = sorted(
        (
            lk
            for lk in b.tables["child_links"].values()
            if lk.birth_order is not None and anchor_of(lk) == anchor
        ),
        key=key,
    )
    slots: list[list[ChildLink]] = []
    for lk in links:
        last = slots[-1][0] if slots else None
        if (
            last is not None
            and lk.twin_group is not None
            and last.twin_group == lk.twin_group
        ):
            slots[-1].append(lk)
        else:
            slots.append([lk])
    return slots


def _renumber(b: _Builder, slots: list[list[ChildLink]]) -> None:
    for i, slot in enumerate(slots):
        for lk in slot:
            if lk.birth_order != i:
                b.put("child_links", replace(b.tables["child_links"][lk.id], birth_order=i))


def _take_slot(slots: list[list[ChildLink]], link_id: str) -> tuple[int, list[ChildLink]]:
    """Remove and return the slot holding ``link_id`` with where it stood."""
    for i, slot in enumerate(slots):
        if any(lk.id == link_id for lk in slot):
            return i, slots.pop(i)
    raise GenogramError(tr("Genogram", "That child line is not in the genogram."))


def _slot_year(b: _Builder, slot: list[ChildLink]) -> int | None:
    persons = b.tables["persons"]
    years = [
        p.birth_year
        for p in (persons.get(lk.child_id) for lk in slot)
        if p is not None and p.birth_year is not None
    ]
    return min(years) if years else None


def _place_by_birth_year(b: _Builder, child_id: str) -> None:
    """Move a child whose birth year contradicts their place among their siblings."""
    for link in [lk for lk in b.tables["child_links"].values() if lk.child_id == child_id]:
        if link.birth_order is None:
            continue
        slots = _slots(b, anchor_of(link))
        at, mine = _take_slot(slots, link.id)
        year = _slot_year(b, mine)
        if year is None:
            continue
        years = [_slot_year(b, slot) for slot in slots]
        if all(y is None or y <= year for y in years[:at]) and all(
            y is None or y >= year for y in years[at:]
        ):
            continue  # where the years allow: a hand-set order among equals is kept
        # After the last sibling born that year or earlier, before the next born later.
        to = max((i + 1 for i, y in enumerate(years) if y is not None and y <= year), default=0)
        slots.insert(to, mine)
        _renumber(b, slots)


def _anchor_args(g: Genogram, parent: str) -> tuple[str | None, str | None]:
    if parent in g.unions:
        return parent, None
    if parent in g.persons:
        return None, parent
    raise GenogramError(tr("Genogram", "The parents are not in the genogram."))


def add_child(
    g: Genogram,
    parent: str,
    *,
    sex: Sex | str = Sex.UNKNOWN,
    name: str = "",
    kind: ChildKind | str = ChildKind.BIOLOGICAL,
    birth_order: int | None = None,
    child_id: str | None = None,
    link_id: str | None = None,
    person_kind: PersonKind | str = PersonKind.PERSON,
    **details: Any,
) -> Edit:
    """Create a child below a couple (union id) or one parent (person id); youngest by default."""
    union_id, parent_id = _anchor_args(g, parent)
    b = _Builder(g)
    child = Person(
        id=child_id or new_id("p"),
        sex=Sex(sex),
        name=name,
        kind=PersonKind(person_kind),
        **details,
    )
    b.put("persons", child)
    _put_child_link(
        b,
        child.id,
        union_id=union_id,
        parent_id=parent_id,
        kind=ChildKind(kind),
        birth_order=birth_order,
        link_id=link_id,
    )
    text, about = _child_text(g, child, union_id, parent_id)
    return b.finish(tr("Genogram", "Add child"), text=text, about=about)


def _child_text(
    g: Genogram, child: Person, union_id: str | None, parent_id: str | None
) -> tuple[str, list[Person]]:
    """"Add daughter of {0} and {1}": the child as the menu offered them, and the parents."""
    if union_id is not None:
        parents = _partners(g, g.unions[union_id])
    else:
        parents = [g.persons[parent_id]] if parent_id in g.persons else []
    if child.kind is not PersonKind.PERSON:
        one = {
            PersonKind.PREGNANCY: tr("Genogram", "Add pregnancy of {0}"),
            PersonKind.MISCARRIAGE: tr("Genogram", "Add miscarriage of {0}"),
            PersonKind.STILLBIRTH: tr("Genogram", "Add stillbirth of {0}"),
        }
        two = {
            PersonKind.PREGNANCY: tr("Genogram", "Add pregnancy of {0} and {1}"),
            PersonKind.MISCARRIAGE: tr("Genogram", "Add miscarriage of {0} and {1}"),
            PersonKind.STILLBIRTH: tr("Genogram", "Add stillbirth of {0} and {1}"),
        }
        return (two if len(parents) == 2 else one)[child.kind], parents
    if len(parents) == 2:
        text = {
            Sex.MALE: tr("Genogram", "Add son of {0} and {1}"),
            Sex.FEMALE: tr("Genogram", "Add daughter of {0} and {1}"),
        }.get(child.sex, tr("Genogram", "Add child of {0} and {1}"))
    else:
        text = {
            Sex.MALE: tr("Genogram", "Add son of {0}"),
            Sex.FEMALE: tr("Genogram", "Add daughter of {0}"),
        }.get(child.sex, tr("Genogram", "Add child of {0}"))
    return text, parents


def link_child(
    g: Genogram,
    parent: str,
    child_id: str,
    kind: ChildKind | str = ChildKind.BIOLOGICAL,
    *,
    birth_order: int | None = None,
    link_id: str | None = None,
) -> Edit:
    """Hang an existing person below a couple or one parent."""
    _need_person(g, child_id)
    union_id, parent_id = _anchor_args(g, parent)
    b = _Builder(g)
    _put_child_link(
        b,
        child_id,
        union_id=union_id,
        parent_id=parent_id,
        kind=ChildKind(kind),
        birth_order=birth_order,
        link_id=link_id,
    )
    return b.finish(tr("Genogram", "Add child"))


def _refuse_partner_as_parent(
    g: Genogram, child_id: str, parents: Sequence[str], kind: ChildKind, whose: str
) -> None:
    """Refuse making a person a birth child of their own partner, or of a partner's line.

    The ex-wife of the client made the client's daughter put one partner of a couple below
    the other on the map. The child's own birth descendants come along below the new
    parents, so every couple with one partner among them and the other among the new
    parents or their birth ancestors is refused, not only the child's. An adoptive or
    foster line is a social relation, drawn as told (see :func:`_biological_descent`).
    """
    if kind is not ChildKind.BIOLOGICAL:
        return
    dag = _biological_descent(g)
    partners = g.partners_of(child_id)
    for pid in parents:
        if pid in partners:
            raise GenogramError(
                tr("Genogram", "{child} cannot be a child of {parent}: they are a couple.").format(
                    child=_who(g, child_id), parent=_whom(g, pid)
                )
            )
    below = nx.descendants(dag, child_id) | {child_id}
    above = set(parents)
    for pid in parents:
        above |= nx.ancestors(dag, pid)
    for u in g.unions.values():
        for lower, upper in (u.partners, u.partners[::-1]):
            if lower in below and upper in above:
                raise GenogramError(
                    tr(
                        "Genogram",
                        "{child} cannot be a child of {parents}: {lower} would then descend "
                        "from their partner {upper}.",
                    ).format(
                        child=_who(g, child_id),
                        parents=whose,
                        lower=_whom(g, lower),
                        upper=_whom(g, upper),
                    )
                )


def connect_child(
    g: Genogram, child_id: str, parent: str, kind: ChildKind | str = ChildKind.BIOLOGICAL
) -> Edit:
    """Hang a person already on the map below a couple (union id) or one parent (person id).

    The therapist's way to join persons drawn apart: a son drawn "without a partner" before
    his mother was, a person added from the toolbar. Deleting and drawing again lost their
    name, years, notes, markers and lines. A child hanging from one parent alone who is a
    partner of the couple moves below the couple, with a twin: "a child of both", not a
    second line. Refused, each in one sentence: a child of themselves or of their own
    descendant, a child of their partner (or below a partner in any other way), a child
    already below these parents, a second pair of biological parents (the model's rule), a
    full sibling of their own partner; the model refuses a child born before a parent. A
    child of their grandparents or of an elder sibling is allowed, as an adopted or foster
    child: kinship care, which the families a therapist sees often have.
    """
    child = _need_person(g, child_id)
    kind = ChildKind(kind)
    union_id, parent_id = _anchor_args(g, parent)
    parents = list(g.unions[union_id].partners) if union_id is not None else [str(parent_id)]
    if union_id is not None:
        a, other = parents
        whose = tr("Genogram", "{a} and {b}").format(a=_whom(g, a), b=_whom(g, other))
    else:
        whose = _whom(g, parents[0])
    if child_id in parents:
        raise GenogramError(
            tr("Genogram", "{name} cannot be their own parent.").format(name=_who(g, child_id))
        )
    dag = g.to_networkx()
    for pid in parents:
        if nx.has_path(dag, child_id, pid):
            raise GenogramError(sentence_of(
                g,
                child_id,
                tr("Genogram", "{child} cannot be a child of {parent}: {parent} descends from "
                   "{child}.").format(child=_whom(g, child_id), parent=_whom(g, pid)),
            ))
    _refuse_partner_as_parent(g, child_id, parents, kind, whose)
    anchor = union_id if union_id is not None else str(parent_id)
    links = g.links_of_child(child_id)
    if any(anchor_of(lk) == anchor for lk in links):
        raise GenogramError(
            tr("Genogram", "{child} is already a child of {parents}.").format(
                child=_who(g, child_id), parents=whose
            )
        )
    # A child of one partner alone becomes the couple's child: the same line, moved.
    moving = next(
        (
            lk
            for lk in links
            if union_id is not None and lk.parent_id in parents and lk.kind is kind
        ),
        None,
    )
    if moving is None and kind is ChildKind.BIOLOGICAL:
        own = [lk for lk in links if lk.kind is ChildKind.BIOLOGICAL]
        if own and own[0].parent_id is not None and union_id is None:
            other_parent = own[0].parent_id
            raise GenogramError(
                tr(
                    "Genogram",
                    "{child} already has a biological parent, {first}: first make {first} "
                    "and {second} a couple, then make the child theirs.",
                ).format(
                    child=_who(g, child_id),
                    first=_whom(g, other_parent),
                    second=_whom(g, parents[0]),
                )
            )
        if own:
            raise GenogramError(
                tr(
                    "Genogram",
                    "{child} already has biological parents: make them an adopted or foster "
                    "child of {parents} instead.",
                ).format(child=_who(g, child_id), parents=whose)
            )
    if union_id is not None and kind is ChildKind.BIOLOGICAL:
        born_here = {
            lk.child_id
            for lk in g.children_of_anchor(union_id)
            if lk.kind is ChildKind.BIOLOGICAL and lk.child_id != child_id
        }
        for partner in g.partners_of(child_id):
            if partner in born_here:
                raise GenogramError(sentence_of(
                    g,
                    child_id,
                    tr(
                        "Genogram",
                        "{child} cannot be a child of {parents}: {child} would then be a full "
                        "sibling of their partner {partner}.",
                    ).format(child=_whom(g, child_id), parents=whose, partner=_whom(g, partner)),
                ))
    b = _Builder(g)
    if moving is not None:
        old_anchor = anchor_of(moving)
        group = [moving]
        if moving.twin_group is not None:
            group += [
                lk
                for lk in g.children_of_anchor(old_anchor)
                if lk.twin_group == moving.twin_group and lk.id != moving.id
            ]
        siblings = g.children_of_anchor(anchor)
        orders = [lk.birth_order for lk in siblings if lk.birth_order is not None]
        order = max(orders) + 1 if orders else len(siblings)
        for lk in group:
            b.put(
                "child_links",
                replace(
                    lk,
                    union_id=union_id,
                    parent_id=None,
                    birth_order=None if lk.birth_order is None else order,
                ),
            )
        _renumber(b, _slots(b, old_anchor))  # the siblings left behind close up
    else:
        _put_child_link(b, child_id, union_id=union_id, parent_id=parent_id, kind=kind)
    _place_by_birth_year(b, child_id)  # among the new siblings where the years put them
    if union_id is not None:
        text = tr("Genogram", "Make {0} a child of {1} and {2}")
    else:
        text = tr("Genogram", "Make {0} a child of {1}")
    return b.finish(
        tr("Genogram", "Connect child"), text=text, about=[child, *_persons(g, parents)]
    )


def update_child_link(g: Genogram, link_id: str, **changes: Any) -> Edit:
    """Change a child line's kind, birth order or twin marks."""
    link = g.child_links.get(link_id)
    if link is None:
        raise GenogramError(tr("Genogram", "That child line is not in the genogram."))
    if "kind" in changes:
        changes["kind"] = ChildKind(changes["kind"])
    placed = "birth_order" in changes  # only a birth order given moves the child
    order = changes.pop("birth_order", link.birth_order)
    b = _Builder(g)
    if order is None or link.birth_order is None:
        changes["birth_order"] = order
    b.put("child_links", replace(link, **changes))
    notice = ""
    if placed:
        # A place among the siblings: the child (with a twin) goes there and the others
        # close up behind, so no two siblings end up sharing a number; "not known" takes
        # the child out of the count and the others close up.
        slots = _slots(b, anchor_of(link))
        if order is not None:
            _at, mine = _take_slot(slots, link.id)
            if order > len(slots):
                # A place after the last puts the child last: said, or the panel showed the
                # last place again as if the number typed had not been taken.
                notice = tr(
                    "Genogram",
                    "{name} cannot be number {asked} among the siblings: there are {n} places "
                    "(twins share one), and the last, {n}, was kept.",
                ).format(name=_who(g, link.child_id), asked=order + 1, n=len(slots) + 1)
            slots.insert(min(max(order, 0), len(slots)), mine)
        _renumber(b, slots)
    if placed and set(changes) <= {"birth_order"}:
        text = tr("Genogram", "Birth order of {0}")
    elif "kind" in changes and changes["kind"] != link.kind:
        text = tr("Genogram", "Child line of {0}: {kind}").replace(
            "{kind}", _lower(notation_words().get(f"child:{changes['kind'].value}", ""))
        )
    else:
        text = tr("Genogram", "Child line of {0}")
    return b.finish(
        tr("Genogram", "Edit child line"),
        text=text,
        about=_persons(g, [link.child_id]),
        notice=notice,
    )


def _lower(word: str) -> str:
    return word[:1].lower() + word[1:]


def _persons(g: Genogram, ids: Iterable[str]) -> list[Person]:
    return [g.persons[pid] for pid in ids if pid in g.persons]


def set_twins(
    g: Genogram, child_ids: Sequence[str], *, identical: bool | None = False
) -> Edit:
    """Mark siblings of the same parents as twins (or triplets).

    A child who is a twin already brings their group along: making a third sibling the twin
    of one twin makes triplets, all three in one group (a new group for the pair left the
    other twin alone in the old one). ``identical`` is set for the whole group; None keeps
    what the group was (a new group is not identical).
    """
    child_ids = list(dict.fromkeys(child_ids))  # a sibling named twice is one twin
    if len(child_ids) < 2:
        # A group of one drew a twin's fork with a single child on it ("Twins A and A").
        raise GenogramError(
            tr("Genogram", "Twins are two or more siblings: choose the sibling who is the twin.")
        )
    links = []
    for cid in child_ids:
        own = g.links_of_child(cid)
        if not own:
            raise GenogramError(tr("Genogram", "Twins need parents first."))
        links.append(own[0])
    if len(links) < 2 or len({anchor_of(lk) for lk in links}) != 1:
        raise GenogramError(tr("Genogram", "Twins must be children of the same parents."))
    groups = [lk.twin_group for lk in links if lk.twin_group is not None]
    group = groups[0] if groups else new_id("t")
    members = {lk.id: lk for lk in links}
    for lk in g.children_of_anchor(anchor_of(links[0])):
        if lk.twin_group is not None and lk.twin_group in groups:
            members.setdefault(lk.id, lk)
    order = min(
        (lk.birth_order for lk in members.values() if lk.birth_order is not None), default=None
    )
    if identical is None:
        identical = any(lk.identical for lk in members.values() if lk.twin_group is not None)
    b = _Builder(g)
    for lk in members.values():
        b.put(
            "child_links",
            replace(lk, twin_group=group, identical=identical, birth_order=order),
        )
    if order is not None:  # the twins share the elder one's place; the others close up
        _renumber(b, _slots(b, anchor_of(links[0])))
    label = tr("Genogram", "Mark twins")
    text = tr("Genogram", "Twins {0} and {1}")
    if all(lk.twin_group == group for lk in members.values()):  # only "identical" changed
        label = (
            tr("Genogram", "Mark twins identical")
            if identical
            else tr("Genogram", "Mark twins not identical")
        )
        text = (
            tr("Genogram", "Twins {0} and {1}: identical")
            if identical
            else tr("Genogram", "Twins {0} and {1}: not identical")
        )
    return b.finish(label, text=text, about=_persons(g, child_ids[:2]))


def twins_problem(
    g: Genogram, child_ids: Sequence[str], *, identical: bool | None = False
) -> str:
    """Why ``set_twins`` would refuse these siblings as twins, or "" when it would not.

    For a list of siblings to offer as a twin (and whether "identical" can be ticked): the
    refusal is the model's own, so the offers and the refusal cannot disagree."""
    try:
        set_twins(g, child_ids, identical=identical)
    except GenogramError as exc:
        return exc.message
    return ""


def unset_twin(g: Genogram, child_id: str) -> Edit:
    """Take a child out of their twin group; a twin left alone is no longer a twin either."""
    own = g.links_of_child(child_id)
    link = own[0] if own else None
    if link is None or link.twin_group is None:
        raise GenogramError(tr("Genogram", "This person is not marked as a twin."))
    rest = [
        lk
        for lk in g.children_of_anchor(anchor_of(link))
        if lk.twin_group == link.twin_group and lk.id != link.id
    ]
    b = _Builder(g)
    for lk in [link] + (rest if len(rest) == 1 else []):
        b.put("child_links", replace(lk, twin_group=None, identical=False))
    if link.birth_order is not None:
        # The child leaves the twins' shared place for the one after it (or where their
        # birth year puts them), and the younger siblings move up one.
        slots = _slots(b, anchor_of(link))
        at, mine = _take_slot(slots, link.id)
        ahead = at
        while ahead < len(slots) and slots[ahead][0].birth_order == link.birth_order:
            ahead += 1
        slots.insert(ahead, mine)
        _renumber(b, slots)
        _place_by_birth_year(b, child_id)
    return b.finish(
        tr("Genogram", "Not twins"),
        text=tr("Genogram", "Not a twin: {0}"),
        about=_persons(g, [child_id]),
    )


def add_parents(
    g: Genogram,
    child_id: str,
    *,
    father_name: str = "",
    mother_name: str = "",
    kind: UnionKind | str = UnionKind.MARRIED,
    child_kind: ChildKind | str = ChildKind.BIOLOGICAL,
    ids: tuple[str, str, str, str] | None = None,
) -> Edit:
    """Create a father, a mother and their couple above a person.

    ``ids`` = (father, mother, union, child link) lets callers and tests choose ids.
    """
    _need_person(g, child_id)
    f_id, m_id, u_id, l_id = ids or (new_id("p"), new_id("p"), new_id("u"), new_id("c"))
    b = _Builder(g)
    b.put("persons", Person(id=f_id, sex=Sex.MALE, name=father_name, role=""))
    b.put("persons", Person(id=m_id, sex=Sex.FEMALE, name=mother_name))
    _put_union(b, f_id, m_id, UnionKind(kind), None, None, u_id)
    _put_child_link(
        b, child_id, union_id=u_id, parent_id=None, kind=ChildKind(child_kind), link_id=l_id
    )
    return b.finish(
        tr("Genogram", "Add parents"),
        text=tr("Genogram", "Add parents of {0}"),
        about=_persons(g, [child_id]),
    )


def add_sibling(
    g: Genogram,
    person_id: str,
    *,
    sex: Sex | str = Sex.UNKNOWN,
    name: str = "",
    sibling_id: str | None = None,
    person_kind: PersonKind | str = PersonKind.PERSON,
    **details: Any,
) -> Edit:
    """Create a full sibling; parents are created first when the person has none.

    ``person_kind`` makes it a pregnancy, miscarriage or stillbirth of the same parents: the
    therapist hears "my mother lost a child before me" while drawing the client's siblings,
    whether or not the parents are drawn yet."""
    p = _need_person(g, person_id)
    person_kind = PersonKind(person_kind)
    b = _Builder(g)
    links = g.links_of_child(person_id)
    bio = [lk for lk in links if lk.kind is ChildKind.BIOLOGICAL] or links
    if bio:
        anchor = bio[0]
        union_id, parent_id = anchor.union_id, anchor.parent_id
    else:
        f = Person(id=new_id("p"), sex=Sex.MALE)
        m = Person(id=new_id("p"), sex=Sex.FEMALE)
        b.put("persons", f)
        b.put("persons", m)
        u = _put_union(b, f.id, m.id, UnionKind.MARRIED, None, None, None)
        union_id, parent_id = u.id, None
        _put_child_link(b, person_id, union_id=union_id, parent_id=None, kind=ChildKind.BIOLOGICAL)
    sib = Person(
        id=sibling_id or new_id("p"), sex=Sex(sex), name=name, kind=person_kind, **details
    )
    b.put("persons", sib)
    _put_child_link(b, sib.id, union_id=union_id, parent_id=parent_id, kind=ChildKind.BIOLOGICAL)
    if person_kind is not PersonKind.PERSON:
        label = _PREGNANCY_LABELS[person_kind]
        return b.finish(
            tr("Genogram", label),
            text=tr("Genogram", "{what}, sibling of {0}").replace("{what}", tr("Genogram", label)),
            about=[p],
        )
    text = {
        Sex.MALE: tr("Genogram", "Add brother of {0}"),
        Sex.FEMALE: tr("Genogram", "Add sister of {0}"),
    }.get(sib.sex, tr("Genogram", "Add sibling of {0}"))
    return b.finish(tr("Genogram", "Add sibling"), text=text, about=[p])


#: The couple's steps were named "union" until the panel's word ("Couple") was taken: the
#: history saved then still reads them, so the catalogues keep them.
_OLD_LABELS = (
    N_("Genogram", "Add union"),
    N_("Genogram", "Edit union"),
    N_("Genogram", "Delete union"),
)

#: The names of adding a child who was not born (as the history keeps them, in English).
_PREGNANCY_LABELS = {
    PersonKind.PREGNANCY: N_("Genogram", "Add pregnancy"),
    PersonKind.MISCARRIAGE: N_("Genogram", "Add miscarriage"),
    PersonKind.STILLBIRTH: N_("Genogram", "Add stillbirth"),
}


def add_pregnancy(
    g: Genogram, parent: str, kind: PersonKind | str = PersonKind.PREGNANCY, **details: Any
) -> Edit:
    """Add a pregnancy, miscarriage or stillbirth below a couple or one parent."""
    kind = PersonKind(kind)
    if kind is PersonKind.PERSON:
        raise GenogramError(tr("Genogram", "Use Add child for a born child."))
    return replace(
        add_child(g, parent, person_kind=kind, **details),
        label=tr("Genogram", _PREGNANCY_LABELS[kind]),
    )


# ----- emotional relationships --------------------------------------------------------------------
def add_relationship(
    g: Genogram,
    a: str,
    b_id: str,
    kind: RelationshipKind | str = RelationshipKind.NORMAL,
    *,
    directed: bool | None = None,
    note: str = "",
    relationship_id: str | None = None,
) -> Edit:
    """Draw an emotional relationship from ``a`` to ``b_id`` (direction where it has one)."""
    _need_person(g, a)
    _need_person(g, b_id)
    kind = RelationshipKind(kind)
    directed = kind in DIRECTED_KINDS if directed is None else directed
    _refuse_the_same_line(g, Relationship("", (a, b_id), kind, directed))
    b = _Builder(g)
    b.put(
        "relationships",
        Relationship(
            id=relationship_id or new_id("r"),
            persons=(a, b_id),
            kind=kind,
            directed=directed,
            note=note,
        ),
    )
    return b.finish(
        tr("Genogram", "Add emotional relationship"),
        text=tr("Genogram", "Relationship {0}–{1}: {kind}").replace("{kind}", _rel_word(kind)),
        about=_persons(g, [a, b_id]),
    )


def _refuse_the_same_line(g: Genogram, new: Relationship) -> None:
    """Refuse ``new`` where another line of ``g`` is the same: the same kind between the same
    two persons, the same way round where it has a direction. A second "close" (a menu
    chosen twice, a kind changed to one drawn already) says nothing more and was drawn
    beside the first as if it were another relationship."""
    a, b = new.persons
    for r in g.relationships.values():
        same_way = r.persons == (a, b) or (not new.directed and r.persons == (b, a))
        if r.id != new.id and r.kind is new.kind and r.directed == new.directed and same_way:
            raise GenogramError(
                tr(
                    "Genogram", "{a} and {b} already have this relationship line ({kind})."
                ).format(a=_who(g, a), b=_whom(g, b), kind=_rel_word(new.kind))
            )


def _rel_word(kind: RelationshipKind) -> str:
    return _lower(notation_words().get(f"relationship:{kind.value}", kind.value))


def update_relationship(g: Genogram, relationship_id: str, **changes: Any) -> Edit:
    """Change the kind, direction or note of an emotional relationship, or turn it round."""
    r = g.relationships.get(relationship_id)
    if r is None:
        raise GenogramError(tr("Genogram", "That relationship line is not in the genogram."))
    if "kind" in changes:
        changes["kind"] = RelationshipKind(changes["kind"])
    if "persons" in changes:  # turned round (abuse drawn the wrong way): the same two persons
        persons = tuple(changes["persons"])
        if len(persons) != 2 or set(persons) != set(r.persons):
            raise GenogramError(
                tr("Genogram", "A relationship line can only be turned round, not moved.")
            )
        changes["persons"] = persons
    b = _Builder(g)
    new = replace(r, **changes)
    b.put("relationships", new)
    changed = {k for k, v in changes.items() if getattr(r, k) != v}
    if changed & {"kind", "persons", "directed"}:
        _refuse_the_same_line(g, new)
    if "kind" in changed:
        text = tr("Genogram", "Relationship {0}–{1}: {kind}").replace(
            "{kind}", _rel_word(new.kind)
        )
    elif changed == {"note"}:
        text = tr("Genogram", "Note on relationship {0}–{1}")
    elif changed and changed <= {"persons", "directed"}:
        text = tr("Genogram", "Direction of relationship {0}–{1}")
    else:
        text = tr("Genogram", "Edit relationship {0}–{1}")
    return b.finish(
        tr("Genogram", "Edit emotional relationship"), text=text, about=_persons(g, r.persons)
    )


def delete_relationship(g: Genogram, relationship_id: str) -> Edit:
    """Remove an emotional relationship line."""
    if relationship_id not in g.relationships:
        raise GenogramError(tr("Genogram", "That relationship line is not in the genogram."))
    persons = _persons(g, g.relationships[relationship_id].persons)
    b = _Builder(g)
    b.delete("relationships", relationship_id)
    return b.finish(
        tr("Genogram", "Delete emotional relationship"),
        text=tr("Genogram", "Delete relationship {0}–{1}"),
        about=persons,
    )
