"""Qt-free genogram model: persons, unions, child links and emotional relationships by id.

Objects are frozen dataclasses that refer to each other by string ids (as Gramps uses
handles), so an edit can swap single objects, undo can restore them exactly, and the whole
map serialises to plain JSON for the case file's versioned document store.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from functools import cached_property
from operator import attrgetter
from typing import Any

import networkx as nx

from kastdesk.i18n import tr

FORMAT = "kastdesk.genogram"
FORMAT_VERSION = 1

#: The earliest year the map takes. A genogram reaches three or four generations back from
#: the client (great-grandparents born in the mid-1800s), and a family tree imported from a
#: genealogy program may reach back to the first church books of the 1500s and 1600s; a year
#: before 1500 is not a family a genogram speaks about but a typo ("0", "81", "198"), which
#: the map drew as an age of 2026 inside the symbol.
YEAR_MIN = 1500
#: The latest year any year field takes (the panel takes four digits: a typo like 3000 is
#: refused). A birth or a death is refused after the current year already (an expected birth
#: next year at the latest), so this bounds a couple's years.
YEAR_MAX = 2200
#: The longest name a GEDCOM import gives a person: a name is a label under a symbol, and a
#: file's NAME line of 200,000 characters came in whole (the panel's field itself holds up
#: to Qt's 32,767). A longer name keeps its beginning; the import keeps the whole of it in
#: the person's notes and says so.
NAME_MAX = 200
#: How much of a name a sentence about the person shows (a notice after an import, on the
#: command line as in the app): the first this many characters and "…".
NAME_SHOWN_MAX = 60


def shown_name(name: str) -> str:
    """``name`` as a sentence shows it: at most ``NAME_SHOWN_MAX`` characters and "…"."""
    return name if len(name) <= NAME_SHOWN_MAX else name[:NAME_SHOWN_MAX].rstrip() + "…"


def this_year() -> int:
    """The current year, from the computer's clock: births and deaths cannot come after it."""
    return _dt.date.today().year


class GenogramError(ValueError):
    """An impossible or malformed genogram; ``message`` is one plain sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    UNKNOWN = "unknown"


class PersonKind(StrEnum):
    PERSON = "person"
    PREGNANCY = "pregnancy"
    MISCARRIAGE = "miscarriage"
    STILLBIRTH = "stillbirth"


#: Kinds drawn as a small symbol (a dot, a small shape with an X), at this fraction of the
#: symbol size: the drawing and the layout (where a child line ends) read it from here.
SMALL_KINDS = frozenset({PersonKind.MISCARRIAGE, PersonKind.STILLBIRTH})
SMALL_SCALE = 0.5


class Marker(StrEnum):
    SUBSTANCE_ABUSE = "substance_abuse"
    SUSPECTED_SUBSTANCE_ABUSE = "suspected_substance_abuse"
    IN_RECOVERY = "in_recovery"
    MENTAL_ILLNESS = "mental_illness"
    PHYSICAL_ILLNESS = "physical_illness"
    TRAUMA = "trauma"


class UnionKind(StrEnum):
    MARRIED = "married"
    LIVING_TOGETHER = "living_together"
    # A committed couple in two homes (Swedish särbo, Norwegian særbo): common in the clinics'
    # countries and a status on the client's card, which no other kind says truthfully.
    LIVING_APART = "living_apart"
    ENGAGED = "engaged"
    SEPARATED = "separated"
    DIVORCED = "divorced"
    WIDOWED = "widowed"
    AFFAIR = "affair"


class ChildKind(StrEnum):
    BIOLOGICAL = "biological"
    ADOPTED = "adopted"
    FOSTER = "foster"


class RelationshipKind(StrEnum):
    NORMAL = "normal"
    CLOSE = "close"
    FUSED = "fused"
    DISTANT = "distant"
    CONFLICTUAL = "conflictual"
    HOSTILE = "hostile"
    CLOSE_HOSTILE = "close_hostile"
    CUT_OFF = "cut_off"
    CUT_OFF_REPAIRED = "cut_off_repaired"
    FOCUSED_ON = "focused_on"
    PHYSICAL_ABUSE = "physical_abuse"
    SEXUAL_ABUSE = "sexual_abuse"
    EMOTIONAL_ABUSE = "emotional_abuse"
    NEGLECT = "neglect"
    CARETAKER = "caretaker"


#: Kinds that go from one person to the other (abuser to abused, carer to cared for).
DIRECTED_KINDS: frozenset[RelationshipKind] = frozenset(
    {
        RelationshipKind.FOCUSED_ON,
        RelationshipKind.PHYSICAL_ABUSE,
        RelationshipKind.SEXUAL_ABUSE,
        RelationshipKind.EMOTIONAL_ABUSE,
        RelationshipKind.NEGLECT,
        RelationshipKind.CARETAKER,
    }
)

#: Persons of these kinds never had a life of their own: no partners, no children.
NOT_BORN_KINDS: frozenset[PersonKind] = frozenset(
    {PersonKind.PREGNANCY, PersonKind.MISCARRIAGE, PersonKind.STILLBIRTH}
)


@dataclass(frozen=True)
class Person:
    """One symbol on the map: a person, or a pregnancy/miscarriage/stillbirth."""

    id: str
    sex: Sex = Sex.UNKNOWN
    name: str = ""
    role: str = ""
    birth_year: int | None = None
    birth_date: str | None = None  # ISO yyyy-mm-dd when the full date is known
    death_year: int | None = None
    age: int | None = None
    deceased: bool = False
    is_index: bool = False
    occupation: str = ""
    notes: str = ""
    markers: tuple[Marker, ...] = ()
    labels: tuple[str, ...] = ()  # free-text markers the therapist typed
    kind: PersonKind = PersonKind.PERSON
    position: tuple[float, float] | None = None  # manual position from dragging

    @property
    def is_deceased(self) -> bool:
        """Deceased if marked so or a death year is known (either may be entered first)."""
        return self.deceased or self.death_year is not None


@dataclass(frozen=True)
class Union:
    """A couple. ``order`` ranks a person's several partnerships (first marriage = 0)."""

    id: str
    partners: tuple[str, str]
    kind: UnionKind = UnionKind.MARRIED
    start_year: int | None = None
    end_year: int | None = None
    order: int = 0


@dataclass(frozen=True)
class ChildLink:
    """A child hanging from a union, or from one parent when the other is unknown."""

    id: str
    child_id: str
    union_id: str | None = None
    parent_id: str | None = None
    kind: ChildKind = ChildKind.BIOLOGICAL
    birth_order: int | None = None
    twin_group: str | None = None
    identical: bool = False


@dataclass(frozen=True)
class Relationship:
    """An emotional relationship line between two persons."""

    id: str
    persons: tuple[str, str]
    kind: RelationshipKind = RelationshipKind.NORMAL
    directed: bool = False  # from persons[0] to persons[1]
    note: str = ""


def _frozen_dict(items: Iterable[Any]) -> dict[str, Any]:
    return {item.id: item for item in items}


@dataclass(frozen=True, eq=True)
class Genogram:
    """The whole family map. Treat as immutable: edits build a new one."""

    persons: Mapping[str, Person] = field(default_factory=dict)
    unions: Mapping[str, Union] = field(default_factory=dict)
    child_links: Mapping[str, ChildLink] = field(default_factory=dict)
    relationships: Mapping[str, Relationship] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        persons: Iterable[Person] = (),
        unions: Iterable[Union] = (),
        child_links: Iterable[ChildLink] = (),
        relationships: Iterable[Relationship] = (),
        *,
        check: bool = True,
    ) -> Genogram:
        """Make a genogram from objects; validated unless ``check`` is False."""
        g = cls(
            _frozen_dict(persons),
            _frozen_dict(unions),
            _frozen_dict(child_links),
            _frozen_dict(relationships),
        )
        if check:
            validate(g)
        return g

    # ----- lookups -------------------------------------------------------------------
    def person(self, person_id: str) -> Person:
        """The person with this id; GenogramError when there is none."""
        try:
            return self.persons[person_id]
        except KeyError:
            raise GenogramError(tr("Genogram", "That person is not in the genogram.")) from None

    @property
    def index_person(self) -> Person | None:
        """The client, if one has been marked."""
        for p in self.persons.values():
            if p.is_index:
                return p
        return None

    # The lookup tables below are built on first use; the layout uses them right after every
    # edit, so they are built in one pass each and sort only the lists that have two entries.
    @cached_property
    def _unions_by_person(self) -> dict[str, list[Union]]:
        out: dict[str, list[Union]] = {}
        for u in self.unions.values():
            for pid in u.partners:
                lst = out.get(pid)
                if lst is None:
                    out[pid] = [u]
                else:
                    lst.append(u)
        for lst in out.values():
            if len(lst) > 1:
                lst.sort(key=lambda u: (u.order, u.start_year or 0, u.id))
        return out

    @cached_property
    def _link_tables(self) -> tuple[dict[str, list[ChildLink]], dict[str, list[ChildLink]]]:
        """Child links by child and by anchor (eldest first), built in one pass."""
        by_child: dict[str, list[ChildLink]] = {}
        by_anchor: dict[str, list[ChildLink]] = {}
        for link in self.child_links.values():
            lst = by_child.get(link.child_id)
            if lst is None:
                by_child[link.child_id] = [link]
            else:
                lst.append(link)
            aid = link.union_id if link.union_id is not None else str(link.parent_id)
            lst = by_anchor.get(aid)
            if lst is None:
                by_anchor[aid] = [link]
            else:
                lst.append(link)
        key = _birth_key(self)
        for lst in by_anchor.values():
            if len(lst) > 1:
                # Distinct birth orders decide alone: the rest of the key is never reached, and
                # read straight off the link (in C) they sort several times faster. The layout
                # builds these tables after every edit.
                orders = {lk.birth_order for lk in lst}
                if None not in orders and len(orders) == len(lst):
                    lst.sort(key=_BIRTH_ORDER)
                else:
                    lst.sort(key=key)
        return by_child, by_anchor

    @property
    def _links_by_child(self) -> dict[str, list[ChildLink]]:
        return self._link_tables[0]

    @property
    def _links_by_anchor(self) -> dict[str, list[ChildLink]]:
        return self._link_tables[1]

    def unions_of(self, person_id: str) -> list[Union]:
        """The person's unions in partnership order."""
        return list(self._unions_by_person.get(person_id, ()))

    def partners_of(self, person_id: str) -> list[str]:
        """Partner ids in partnership order."""
        return [other_partner(u, person_id) for u in self.unions_of(person_id)]

    def links_of_child(self, child_id: str) -> list[ChildLink]:
        """Every link that hangs this child below parents."""
        return list(self._links_by_child.get(child_id, ()))

    def children_of_anchor(self, anchor_id: str) -> list[ChildLink]:
        """Child links below a union id or single parent id, eldest first."""
        return list(self._links_by_anchor.get(anchor_id, ()))

    def parents_of(self, person_id: str) -> list[str]:
        """All parent ids (any link kind) of a person."""
        out: list[str] = []
        for link in self.links_of_child(person_id):
            out.extend(link_parents(self, link))
        return out

    def children_of(self, person_id: str) -> list[str]:
        """Child ids of a person from all their unions and single-parent links."""
        out: list[str] = [lk.child_id for lk in self.children_of_anchor(person_id)]
        for u in self.unions_of(person_id):
            out.extend(lk.child_id for lk in self.children_of_anchor(u.id))
        return out

    def relationships_of(self, person_id: str) -> list[Relationship]:
        return [r for r in self.relationships.values() if person_id in r.persons]

    def to_networkx(self) -> nx.DiGraph:
        """Parent → child digraph over person ids (partners as ``partner`` edge attributes)."""
        g: nx.DiGraph = nx.DiGraph()
        g.add_nodes_from(self.persons)
        for link in self.child_links.values():
            for parent in link_parents(self, link):
                g.add_edge(parent, link.child_id, link=link.id)
        return g

    def family_graph(self) -> nx.Graph:
        """Undirected graph of persons joined by unions and child links (for components)."""
        g: nx.Graph = nx.Graph()
        g.add_nodes_from(self.persons)
        for u in self.unions.values():
            g.add_edge(*u.partners)
        for link in self.child_links.values():
            for parent in link_parents(self, link):
                g.add_edge(parent, link.child_id)
        return g

    # ----- serialisation ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable dict with a format version (for the document store)."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "persons": [_obj_to_dict(p) for p in self.persons.values()],
            "unions": [_obj_to_dict(u) for u in self.unions.values()],
            "child_links": [_obj_to_dict(c) for c in self.child_links.values()],
            "relationships": [_obj_to_dict(r) for r in self.relationships.values()],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Genogram:
        """Rebuild and validate; GenogramError for anything that is not a valid genogram.

        Dates are not checked here: a map saved before a date check existed (a son born
        before his father could be typed then), or on a computer whose clock was ahead,
        still opens, and edits refuse only a date problem they bring in themselves.
        """
        bad = GenogramError(tr("Genogram", "The saved genogram could not be read."))
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise bad
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise bad
        if version > FORMAT_VERSION:
            raise GenogramError(
                tr("Genogram", "The genogram was saved by a newer KastDesk; please update.")
            )
        try:
            g = cls.build(
                (_person_from(d) for d in data.get("persons", [])),
                (_union_from(d) for d in data.get("unions", [])),
                (_link_from(d) for d in data.get("child_links", [])),
                (_rel_from(d) for d in data.get("relationships", [])),
                check=False,
            )
            counts = [len(data.get(k, [])) for k in _COLLECTIONS]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, GenogramError):
                raise
            raise bad from exc
        if counts != [len(g.persons), len(g.unions), len(g.child_links), len(g.relationships)]:
            raise GenogramError(tr("Genogram", "The saved genogram has duplicate ids."))
        validate(g, dates=False)
        return g


_COLLECTIONS = ("persons", "unions", "child_links", "relationships")


def anchor_of(link: ChildLink) -> str:
    """The id a child hangs from: the union, or the single parent."""
    return link.union_id if link.union_id is not None else str(link.parent_id)


def other_partner(union: Union, person_id: str) -> str:
    a, b = union.partners
    return b if a == person_id else a


def link_parents(g: Genogram, link: ChildLink) -> tuple[str, ...]:
    """Parent ids of a link (empty for dangling ids, which validation reports)."""
    if link.union_id is not None:
        u = g.unions.get(link.union_id)
        return u.partners if u else ()
    return (link.parent_id,) if link.parent_id is not None else ()


_BIRTH_ORDER = attrgetter("birth_order")


def _birth_key(g: Genogram) -> Any:
    def key(link: ChildLink) -> tuple[int, int, str, str]:
        child = g.persons.get(link.child_id)
        order = link.birth_order if link.birth_order is not None else 10**6
        year = child.birth_year if child and child.birth_year is not None else 10**6
        date = child.birth_date or "" if child else ""
        return (order, year, date, link.child_id)

    return key


# ----- (de)serialisation helpers --------------------------------------------------------
def _obj_to_dict(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def _opt_int(v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise TypeError("expected integer")
    return v


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError("expected string")
    return v


def _opt_str(v: Any) -> str | None:
    return None if v is None else _str(v)


def _pair(v: Any) -> tuple[str, str]:
    a, b = v
    return (_str(a), _str(b))


def _person_from(d: Mapping[str, Any]) -> Person:
    pos = d.get("position")
    position = None if pos is None else (float(pos[0]), float(pos[1]))
    if pos is not None and len(pos) != 2:
        raise ValueError("position")
    return Person(
        id=_str(d["id"]),
        sex=Sex(d.get("sex", "unknown")),
        name=_str(d.get("name", "")),
        role=_str(d.get("role", "")),
        birth_year=_opt_int(d.get("birth_year")),
        birth_date=_opt_str(d.get("birth_date")),
        death_year=_opt_int(d.get("death_year")),
        age=_opt_int(d.get("age")),
        deceased=bool(d.get("deceased", False)),
        is_index=bool(d.get("is_index", False)),
        occupation=_str(d.get("occupation", "")),
        notes=_str(d.get("notes", "")),
        markers=tuple(Marker(m) for m in d.get("markers", [])),
        labels=tuple(_str(s) for s in d.get("labels", [])),
        kind=PersonKind(d.get("kind", "person")),
        position=position,
    )


def _union_from(d: Mapping[str, Any]) -> Union:
    return Union(
        id=_str(d["id"]),
        partners=_pair(d["partners"]),
        kind=UnionKind(d.get("kind", "married")),
        start_year=_opt_int(d.get("start_year")),
        end_year=_opt_int(d.get("end_year")),
        order=_opt_int(d.get("order", 0)) or 0,
    )


def _link_from(d: Mapping[str, Any]) -> ChildLink:
    return ChildLink(
        id=_str(d["id"]),
        child_id=_str(d["child_id"]),
        union_id=_opt_str(d.get("union_id")),
        parent_id=_opt_str(d.get("parent_id")),
        kind=ChildKind(d.get("kind", "biological")),
        birth_order=_opt_int(d.get("birth_order")),
        twin_group=_opt_str(d.get("twin_group")),
        identical=bool(d.get("identical", False)),
    )


def _rel_from(d: Mapping[str, Any]) -> Relationship:
    return Relationship(
        id=_str(d["id"]),
        persons=_pair(d["persons"]),
        kind=RelationshipKind(d.get("kind", "normal")),
        directed=bool(d.get("directed", False)),
        note=_str(d.get("note", "")),
    )


# ----- validation ---------------------------------------------------------------------------
def _who(g: Genogram, pid: str) -> str:
    """A person named where a sentence starts: a role with a capital ("Father and client…").

    A name is left as typed (the editor finds it there to put the role in privacy mode); a
    role is the map's own word, written in lower case for use inside a sentence, and a
    refusal that began "client and father cannot…" read as a fragment.
    """
    p = g.persons.get(pid)
    if p is None:
        return pid
    if p.name:
        return p.name
    if p.role:
        return p.role[:1].upper() + p.role[1:]
    return tr("Genogram", "This person")


def sentence_of(g: Genogram, pid: str, text: str) -> str:
    """``text``, which starts with how ``_whom`` names ``pid``, with a capital first letter
    where that is a role (a sentence naming the person twice: "{child} … from {child}")."""
    p = g.persons.get(pid)
    if p is not None and not p.name:
        return text[:1].upper() + text[1:]
    return text


def _whom(g: Genogram, pid: str) -> str:
    """A person named inside a sentence (``_who`` begins one)."""
    p = g.persons.get(pid)
    return p.name or p.role or tr("Genogram", "this person") if p else pid


def date_problems(g: Genogram, year: int | None = None) -> dict[tuple[Any, ...], str]:
    """Impossible years of the map, each with the sentence that names it (empty if none).

    ``year`` is the current year (the clock's by default). A problem's key holds the ids and
    the years involved, so an edit can tell a problem it brings in from one already there.
    """
    now = this_year() if year is None else year
    persons = g.persons
    out: dict[tuple[Any, ...], str] = {}

    def too_early(key: tuple[Any, ...], value: int, who: str) -> None:
        out[key] = tr(
            "Genogram", "{year} is too early for {name}: the map takes years from {first} on."
        ).format(year=value, name=who, first=YEAR_MIN)

    for pid, p in persons.items():
        for attr, value in (("birth_year", p.birth_year), ("death_year", p.death_year)):
            if value is not None and value < YEAR_MIN:
                too_early(("early", pid, attr, value), value, _whom(g, pid))
        born, died = p.birth_year, p.death_year
        if p.kind is PersonKind.PREGNANCY:
            if born is not None and born > now + 1:  # expected: next year at the latest
                out[("expected", pid, born)] = tr(
                    "Genogram",
                    "{name} cannot be expected in {year}: an expected birth can be next year "
                    "at the latest.",
                ).format(name=_who(g, pid), year=born)
        elif born is not None and born > now:
            out[("born", pid, born)] = tr(
                "Genogram", "{name} cannot be born in {year}: that year has not come yet."
            ).format(name=_who(g, pid), year=born)
        if died is not None and died > now:
            out[("died", pid, died)] = tr(
                "Genogram", "{name} cannot have died in {year}: that year has not come yet."
            ).format(name=_who(g, pid), year=died)

    for uid, u in g.unions.items():
        a, b = u.partners
        for attr, value in (("start_year", u.start_year), ("end_year", u.end_year)):
            if value is None or YEAR_MIN <= value <= YEAR_MAX:
                continue
            couple = tr("Genogram", "{a} and {b}").format(a=_whom(g, a), b=_whom(g, b))
            if value < YEAR_MIN:
                too_early(("early", uid, attr, value), value, couple)
            else:
                out[("late", uid, attr, value)] = tr(
                    "Genogram", "{year} is too late for {name}: the map takes years up to {last}."
                ).format(year=value, name=couple, last=YEAR_MAX)
        # The first year known of the couple (the end, when the start is not known).
        first = u.start_year if u.start_year is not None else u.end_year
        if first is None:
            continue
        for pid in u.partners:
            partner = persons.get(pid)
            born = partner.birth_year if partner is not None else None
            if born is not None and first < born:
                out[("couple", uid, pid, first, born)] = tr(
                    "Genogram", "{a} and {b} cannot be a couple in {year}: {name} was born in "
                    "{born}."
                ).format(a=_who(g, a), b=_whom(g, b), year=first, name=_whom(g, pid), born=born)

    # A child cannot be older than a parent, whatever the kind of child line: an adoptive or
    # foster parent may be young, but is born before their child.
    for link in g.child_links.values():
        child = persons.get(link.child_id)
        if child is None or child.birth_year is None:
            continue
        for parent_id in link_parents(g, link):
            parent = persons.get(parent_id)
            if parent is None or parent.birth_year is None:
                continue
            if child.birth_year < parent.birth_year:
                key = ("child", child.id, parent_id, child.birth_year, parent.birth_year)
                out[key] = tr(
                    "Genogram",
                    "{child} cannot be born in {year}, before their parent {parent} (born "
                    "{parent_year}).",
                ).format(
                    child=_who(g, child.id),
                    year=child.birth_year,
                    parent=_whom(g, parent_id),
                    parent_year=parent.birth_year,
                )
    return out


def death_ages(born: int, died: int) -> tuple[int, ...]:
    """The ages at death that a birth year and a death year allow: the years between them,
    or one less when the birthday had not come yet in the year of death."""
    years = died - born
    return tuple(age for age in (years - 1, years) if age >= 0)


def age_problems(g: Genogram, year: int | None = None) -> dict[tuple[Any, ...], str]:
    """Stored ages at death that the birth and death years contradict, each with its sentence.

    "Father died at 60" is often told first and the years later; "1990–2015" drawn with 60
    inside the symbol was a map that said two things. Without a year of death, an age at
    death the birth year puts after ``year`` (this year by default) cannot be either: born
    in 1950, nobody has died at 90 yet, and the symbol said so with an X. A problem's key
    holds the id, the age and the years, as ``date_problems``' do.
    """
    now = this_year() if year is None else year
    out: dict[tuple[Any, ...], str] = {}
    for pid, p in g.persons.items():
        born, died = p.birth_year, p.death_year
        if (
            died is None
            and p.age is not None
            and born is not None
            and p.deceased
            and p.kind is PersonKind.PERSON
            and born + p.age > now
        ):
            out[("age_to_come", pid, p.age, born)] = tr(
                "Genogram",
                "{name} was born in {born} and cannot have died at {age}: that would be in "
                "{year} at the earliest, and that year has not come yet.",
            ).format(name=_who(g, pid), born=born, age=p.age, year=born + p.age)
        if p.age is None or born is None or died is None or died < born:
            continue  # a death before the birth has its own sentence
        if p.age not in death_ages(born, died):
            out[("age", pid, p.age, born, died)] = tr(
                "Genogram",
                "{name} was born in {born} and died in {died}, which does not fit an age at "
                "death of {age}: change the age or one of the years.",
            ).format(name=_who(g, pid), born=born, died=died, age=p.age)
    return out


#: Twins' birth years differ by one at most (born either side of midnight on New Year's Eve).
TWIN_YEARS_APART = 1


def twin_problems(g: Genogram) -> dict[tuple[Any, ...], str]:
    """Twin groups that cannot be, each with its sentence: twins born more than a year apart
    (where both years are known), and identical twins of whom one is a man and one a woman
    (identical twins come from one egg, and have one sex). Keys hold the group, the ids and
    what is wrong, so an edit can tell a problem it brings in from one already in the map."""
    groups: dict[tuple[str, str], list[ChildLink]] = {}
    for link in g.child_links.values():
        if link.twin_group is not None:
            groups.setdefault((anchor_of(link), link.twin_group), []).append(link)
    out: dict[tuple[Any, ...], str] = {}
    for (_anchor, group), links in groups.items():
        twins = [g.persons[lk.child_id] for lk in links if lk.child_id in g.persons]
        dated = sorted((p for p in twins if p.birth_year is not None),
                       key=lambda p: (p.birth_year or 0, p.id))
        if len(dated) > 1:
            first, last = dated[0], dated[-1]
            assert first.birth_year is not None and last.birth_year is not None
            if last.birth_year - first.birth_year > TWIN_YEARS_APART:
                out[("twin_years", group, first.id, last.id, first.birth_year,
                     last.birth_year)] = tr(
                    "Genogram",
                    "{a} and {b} cannot be twins: they were born in {first} and {second}, more "
                    "than a year apart.",
                ).format(a=_who(g, first.id), b=_whom(g, last.id), first=first.birth_year,
                         second=last.birth_year)
        if any(lk.identical for lk in links):
            man = next((p for p in twins if p.sex is Sex.MALE), None)
            woman = next((p for p in twins if p.sex is Sex.FEMALE), None)
            if man is not None and woman is not None:
                out[("identical_sex", group, man.id, woman.id)] = tr(
                    "Genogram",
                    "{a} and {b} cannot be identical twins: identical twins are of the same "
                    "sex.",
                ).format(a=_who(g, man.id), b=_whom(g, woman.id))
    return out


def _check_dates(g: Genogram, before: Genogram | None) -> None:
    """Refuse the first problem of ``g``'s years, ages at death and twins that ``before``
    did not have already.

    A problem already in the map (saved before the check existed) is left for the therapist
    to mend and does not block other edits; a problem an edit brings in is refused.
    """
    problems = {**date_problems(g), **age_problems(g), **twin_problems(g)}
    if not problems:
        return
    known = (
        {**date_problems(before), **age_problems(before), **twin_problems(before)}
        if before is not None
        else {}
    )
    for key, sentence in problems.items():
        if key not in known:
            raise GenogramError(sentence)


def validate(g: Genogram, *, before: Genogram | None = None, dates: bool = True) -> None:
    """Refuse impossible structures with a GenogramError naming the problem in one sentence.

    Impossible years (a child born before a parent, a birth after this year, a year before
    YEAR_MIN, a couple before a partner was born), an age at death the years contradict and
    impossible twins (years apart, identical of different sex) are refused too unless
    ``dates`` is False; with ``before`` (the map an edit started from) only those ``before``
    did not have: a map saved before a check existed still opens and can be edited.
    """
    index_count = 0
    for pid, p in g.persons.items():
        if pid != p.id or not pid:
            raise GenogramError(tr("Genogram", "A person has a missing or mismatched id."))
        index_count += p.is_index
        if p.birth_date is not None:
            try:
                born = _dt.date.fromisoformat(p.birth_date)
            except ValueError:
                raise GenogramError(
                    tr("Genogram", "The birth date must be a real date (year-month-day).")
                ) from None
            if p.birth_year is not None and born.year != p.birth_year:
                raise GenogramError(tr("Genogram", "The birth date does not match the birth year."))
        if p.birth_year is not None and p.death_year is not None and p.death_year < p.birth_year:
            raise GenogramError(tr("Genogram", "A person cannot die before they were born."))
        if p.age is not None and not 0 <= p.age <= 130:
            raise GenogramError(tr("Genogram", "The age must be between 0 and 130."))
    if index_count > 1:
        raise GenogramError(tr("Genogram", "Only one person can be the index person (the client)."))

    for uid, u in g.unions.items():
        if uid != u.id or uid in g.persons:
            raise GenogramError(tr("Genogram", "A couple has a missing or duplicate id."))
        a, b = u.partners
        if a not in g.persons or b not in g.persons:
            raise GenogramError(tr("Genogram", "A couple refers to a person who does not exist."))
        if a == b:
            raise GenogramError(tr("Genogram", "A person cannot be in a couple with themselves."))
        for pid in u.partners:
            if g.persons[pid].kind in NOT_BORN_KINDS:
                raise GenogramError(
                    tr("Genogram", "A pregnancy, miscarriage or stillbirth cannot have a partner.")
                )
        if u.start_year is not None and u.end_year is not None and u.end_year < u.start_year:
            raise GenogramError(tr("Genogram", "A couple cannot end before it began."))

    biological: dict[str, str] = {}
    for lid, link in g.child_links.items():
        if lid != link.id:
            raise GenogramError(tr("Genogram", "A child line has a mismatched id."))
        if link.child_id not in g.persons:
            raise GenogramError(
                tr("Genogram", "A child line refers to a child who does not exist.")
            )
        if (link.union_id is None) == (link.parent_id is None):
            raise GenogramError(
                tr("Genogram", "A child must hang from either a couple or one parent.")
            )
        if link.union_id is not None and link.union_id not in g.unions:
            raise GenogramError(
                tr("Genogram", "A child line refers to a couple that does not exist.")
            )
        if link.parent_id is not None and link.parent_id not in g.persons:
            raise GenogramError(
                tr("Genogram", "A child line refers to a parent who does not exist.")
            )
        parents = link_parents(g, link)
        if link.child_id in parents:
            raise GenogramError(
                tr("Genogram", "{name} cannot be a child of their own couple.").format(
                    name=_who(g, link.child_id)
                )
            )
        for parent in parents:
            if g.persons[parent].kind in NOT_BORN_KINDS:
                raise GenogramError(
                    tr("Genogram", "A pregnancy, miscarriage or stillbirth cannot have children.")
                )
        if link.identical and link.twin_group is None:
            raise GenogramError(tr("Genogram", "Only twins can be marked identical."))
        if link.kind is ChildKind.BIOLOGICAL:
            if link.child_id in biological:
                raise GenogramError(
                    tr("Genogram", "{name} already has biological parents.").format(
                        name=_who(g, link.child_id)
                    )
                )
            biological[link.child_id] = lid

    for rid, r in g.relationships.items():
        if rid != r.id:
            raise GenogramError(tr("Genogram", "A relationship line has a mismatched id."))
        a, b = r.persons
        if a not in g.persons or b not in g.persons:
            raise GenogramError(
                tr("Genogram", "A relationship line refers to a person who does not exist.")
            )
        if a == b:
            raise GenogramError(tr("Genogram", "A relationship line needs two different persons."))

    dag = g.to_networkx()
    if not nx.is_directed_acyclic_graph(dag):
        cycle = nx.find_cycle(dag)
        raise GenogramError(
            tr("Genogram", "{name} cannot be their own ancestor.").format(name=_who(g, cycle[0][0]))
        )
    if dates:
        _check_dates(g, before)


def with_person(g: Genogram, person: Person) -> Genogram:
    """A copy with one person added or replaced (no validation; edits validate)."""
    return replace(g, persons={**g.persons, person.id: person})
