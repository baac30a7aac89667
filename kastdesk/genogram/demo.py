"""Fictional demo families for the demo case files, the layout tests and the benchmark.

Everything is driven by the caller's ``random.Random`` so the same seed gives the same family,
which keeps demo screenshots, tests and benchmark figures reproducible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from kastdesk.i18n import tr

from .kinship import kinship
from .model import (
    ChildKind,
    ChildLink,
    Genogram,
    Marker,
    Person,
    PersonKind,
    Relationship,
    RelationshipKind,
    Sex,
    Union,
    UnionKind,
)

MALE_NAMES = [
    "Anders",
    "Bengt",
    "Björn",
    "Carl",
    "Daniel",
    "Erik",
    "Fredrik",
    "Gustav",
    "Håkan",
    "Ingvar",
    "Johan",
    "Karl",
    "Lars",
    "Magnus",
    "Nils",
    "Olof",
    "Per",
    "Ragnar",
    "Sven",
    "Tore",
    "Ulf",
    "Viktor",
    "Åke",
    "Oskar",
    "Emil",
    "Leif",
    "Knut",
    "Sigurd",
    "Arne",
    "Jonas",
    "Henrik",
    "Mattias",
    "Stig",
    "Gunnar",
    "Einar",
    "Torbjørn",
    "Øyvind",
    "Kjell",
    "Rune",
    "Petter",
]
FEMALE_NAMES = [
    "Agnes",
    "Astrid",
    "Birgitta",
    "Britt",
    "Cecilia",
    "Dagny",
    "Elin",
    "Elsa",
    "Frida",
    "Greta",
    "Hanna",
    "Ingrid",
    "Johanna",
    "Karin",
    "Linnea",
    "Maja",
    "Margit",
    "Nora",
    "Ragnhild",
    "Sara",
    "Sigrid",
    "Solveig",
    "Tove",
    "Ulla",
    "Vera",
    "Åsa",
    "Ebba",
    "Ida",
    "Kristin",
    "Liv",
    "Marit",
    "Siri",
    "Gunhild",
    "Ylva",
    "Hedda",
    "Signe",
    "Tuva",
    "Jorunn",
    "Berit",
    "Linn",
]
SURNAMES = [
    "Andersson",
    "Berg",
    "Dahl",
    "Ek",
    "Forsberg",
    "Granlund",
    "Holm",
    "Isaksen",
    "Jakobsen",
    "Lind",
    "Lundqvist",
    "Moberg",
    "Nyström",
    "Olsen",
    "Pettersson",
    "Rask",
    "Sandvik",
    "Strand",
    "Sundberg",
    "Tangen",
    "Vik",
    "Wallin",
    "Åberg",
    "Hagen",
    "Bakke",
    "Haugen",
    "Lindholm",
    "Sjöberg",
    "Nordin",
    "Solberg",
]

_NOW = 2024
#: A relation's word for a man and for a woman, whichever of the two the caller named.
_GENDERED = {
    word: pair
    for pair in (("son", "daughter"), ("brother", "sister"), ("half-brother", "half-sister"))
    for word in pair
}


class _Family:
    """Direct builder (no per-step validation) so large benchmark families stay fast."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.persons: dict[str, Person] = {}
        self.unions: dict[str, Union] = {}
        self.links: dict[str, ChildLink] = {}
        self.rels: dict[str, Relationship] = {}
        self.surname: dict[str, str] = {}
        self.unions_of: dict[str, list[str]] = {}
        self.children: dict[str, list[str]] = {}
        self.has_parents: set[str] = set()
        self.ids: list[str] = []
        self.anchor_of: dict[str, str] = {}
        # Persons whose partners and children are given (the client with a register card):
        # growing the family adds none to them or to their couples.
        self.fixed: set[str] = set()

    def person(
        self,
        sex: Sex,
        born: int,
        *,
        surname: str | None = None,
        name: str | None = None,
        role: str = "",
        kind: PersonKind = PersonKind.PERSON,
    ) -> str:
        rng = self.rng
        pid = f"p{len(self.persons) + 1}"
        surname = surname or rng.choice(SURNAMES)
        first = rng.choice(MALE_NAMES if sex is Sex.MALE else FEMALE_NAMES)
        birth_date = None
        if kind is PersonKind.PERSON and rng.random() < 0.3:
            birth_date = f"{born:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        death_year = None
        lifespan = rng.randint(45, 95)
        if kind is PersonKind.PERSON and born + lifespan < _NOW:
            death_year = born + lifespan
        self.persons[pid] = Person(
            id=pid,
            sex=sex,
            name="" if kind is not PersonKind.PERSON else (name or f"{first} {surname}"),
            # The relation in the user interface's language, as the editor writes it (the
            # words are kinship.py's); the demo's names and notes stay as they are.
            role=tr("Pseudonym", role) if role else "",
            birth_year=born,
            birth_date=birth_date,
            death_year=death_year,
            deceased=death_year is not None or kind is not PersonKind.PERSON,
            kind=kind,
        )
        self.surname[pid] = surname
        self.ids.append(pid)
        return pid

    def union(self, a: str, b: str, kind: UnionKind, start: int | None) -> str:
        uid = f"u{len(self.unions) + 1}"
        order = max(len(self.unions_of.get(a, ())), len(self.unions_of.get(b, ())))
        sa, sb = self.persons[a].sex, self.persons[b].sex
        if sa is Sex.FEMALE and sb is Sex.MALE:
            a, b = b, a
        end = None
        if start is not None:
            # Nobody in the demo marries before 18 (the grandparents' year came from the
            # older partner's birth, which made a younger wife a bride at 13). No draw is
            # added, so a seed's family stays the same.
            start = min(_NOW, max(start, self.born(a) + 18, self.born(b) + 18))
        if kind in (UnionKind.DIVORCED, UnionKind.SEPARATED) and start is not None:
            end = min(_NOW, start + self.rng.randint(2, 15))
        self.unions[uid] = Union(uid, (a, b), kind, start, end, order)
        self.unions_of.setdefault(a, []).append(uid)
        self.unions_of.setdefault(b, []).append(uid)
        return uid

    def child(
        self,
        anchor: str,
        born: int,
        *,
        sex: Sex | None = None,
        kind: ChildKind = ChildKind.BIOLOGICAL,
        role: str = "",
        person_kind: PersonKind = PersonKind.PERSON,
        child_id: str | None = None,
    ) -> str:
        rng = self.rng
        if child_id is None:
            sex = sex or rng.choice((Sex.MALE, Sex.FEMALE))
            # The role follows the sex drawn: a circle read "half-brother" and a square
            # "daughter" (the sex is drawn as before, so a seed's family stays the same).
            role = _GENDERED.get(role, (role, role))[sex is Sex.FEMALE]
            fam = self.unions.get(anchor)
            surname = self.surname[fam.partners[0]] if fam else self.surname.get(anchor)
            child_id = self.person(sex, born, surname=surname, role=role, kind=person_kind)
        siblings = self.children.setdefault(anchor, [])
        lid = f"c{len(self.links) + 1}"
        union_id = anchor if anchor in self.unions else None
        self.links[lid] = ChildLink(
            lid,
            child_id,
            union_id=union_id,
            parent_id=None if union_id else anchor,
            kind=kind,
            birth_order=len(siblings),
        )
        siblings.append(child_id)
        self.anchor_of.setdefault(child_id, anchor)
        if kind is ChildKind.BIOLOGICAL:
            self.has_parents.add(child_id)
        return child_id

    def rel(self, a: str, b: str, kind: RelationshipKind, directed: bool = False) -> None:
        rid = f"r{len(self.rels) + 1}"
        self.rels[rid] = Relationship(rid, (a, b), kind, directed)

    def mark(self, pid: str, *markers: Marker) -> None:
        p = self.persons[pid]
        self.persons[pid] = replace(p, markers=tuple(dict.fromkeys((*p.markers, *markers))))

    def born(self, pid: str) -> int:
        return self.persons[pid].birth_year or 1950

    def genogram(self) -> Genogram:
        return Genogram.build(
            self.persons.values(),
            self._ends_after_children(),
            self.links.values(),
            self.rels.values(),
        )

    def _ends_after_children(self) -> list[Union]:
        """The couples, a divorce or separation dated after the couple's last child.

        The end year is drawn when the couple is made and the children come later, so a
        couple read "m. 1990 d. 1992" above twins born in 1995 (QA 20). Moving the end
        rather than drawing it later keeps every seed's family as it was.
        """
        out: list[Union] = []
        for uid, u in self.unions.items():
            kids = self.children.get(uid)
            if u.end_year is not None and kids:
                last = max(self.born(c) for c in kids)
                if last >= u.end_year:
                    u = replace(u, end_year=max(u.start_year or 0, min(_NOW, last + 1)))
            out.append(u)
        return out

    # ----- growth used for the bigger families ---------------------------------------
    def children_for(self, uid: str, count: int) -> list[str]:
        a, b = self.unions[uid].partners
        base = max(self.born(a), self.born(b)) + self.rng.randint(20, 32)
        out = []
        for i in range(count):
            year = base + i * self.rng.randint(1, 4)
            if year > _NOW:
                break
            out.append(self.child(uid, year))
        return out

    def add_partner(self, pid: str, kind: UnionKind | None = None) -> str:
        rng = self.rng
        p = self.persons[pid]
        sex = Sex.FEMALE if p.sex is Sex.MALE else Sex.MALE
        partner = self.person(sex, self.born(pid) + rng.randint(-4, 4))
        if kind is None:
            kind = rng.choices(
                (
                    UnionKind.MARRIED,
                    UnionKind.LIVING_TOGETHER,
                    UnionKind.DIVORCED,
                    UnionKind.SEPARATED,
                    UnionKind.WIDOWED,
                ),
                weights=(6, 2, 2, 1, 1),
            )[0]
        start = self.born(pid) + rng.randint(20, 30)
        return self.union(pid, partner, kind, start if start <= _NOW else None)

    def grow(self, size: int) -> None:
        """Add relatives around existing persons until the family has ``size`` persons."""
        rng = self.rng
        attempts = 0
        while len(self.persons) < size and attempts < size * 50:
            attempts += 1
            pid = rng.choice(self.ids)
            p = self.persons[pid]
            if p.kind is not PersonKind.PERSON:
                continue
            roll = rng.random()
            own = self.unions_of.get(pid, [])
            if roll < 0.55:
                if self.born(pid) > _NOW - 22 or pid in self.fixed:
                    continue
                if not own or (rng.random() < 0.2 and len(own) < 3):
                    uid = self.add_partner(pid)
                    partner = next(x for x in self.unions[uid].partners if x != pid)
                    if rng.random() < 0.15 and self.born(partner) > 1860:
                        self.add_parents(partner)
                    self.children_for(uid, rng.choice((0, 1, 2, 2, 3, 3, 4)))
                else:
                    uid = rng.choice(own)
                    if not self.children.get(uid) and not self.fixed & set(
                        self.unions[uid].partners
                    ):
                        self.children_for(uid, rng.randint(1, 3))
            elif roll < 0.8:
                if pid not in self.has_parents and self.born(pid) > 1860:
                    uid = self.add_parents(pid)
                    self.children_for(uid, rng.randint(0, 2))
            else:
                anchor = self.anchor_of.get(pid)
                if anchor is not None and rng.random() < 0.5:
                    sibs = self.children.get(anchor, [])
                    last = self.born(sibs[-1]) if sibs else self.born(pid)
                    if last + 2 <= _NOW:
                        self.child(anchor, last + rng.randint(1, 4))

    def add_parents(self, pid: str) -> str:
        rng = self.rng
        born = self.born(pid)
        surname = self.surname[pid]
        father = self.person(Sex.MALE, born - rng.randint(24, 38), surname=surname)
        mother = self.person(Sex.FEMALE, born - rng.randint(20, 34))
        kind = rng.choices(
            (UnionKind.MARRIED, UnionKind.DIVORCED, UnionKind.WIDOWED, UnionKind.LIVING_TOGETHER),
            weights=(6, 2, 1, 1),
        )[0]
        uid = self.union(father, mother, kind, born - rng.randint(0, 6))
        self.child(uid, born, child_id=pid)
        return uid


@dataclass(frozen=True)
class ClientFacts:
    """What the client's register card says, which the map must say too.

    A demo client was born in a year the card's age group could not hold, divorced with a
    daughter on the map while single and childless on the card. ``relationship`` and
    ``children`` are the card's values; ``now`` is the year the map is drawn in.
    """

    born: int
    relationship: str
    children: int
    now: int


#: The couple line for a card's partner now.
_PARTNER_NOW = {
    "married": UnionKind.MARRIED,
    "partner_living_together": UnionKind.LIVING_TOGETHER,
    "partner_living_apart": UnionKind.LIVING_APART,
}


def _own_family(f: _Family, client: str, sex: Sex, facts: ClientFacts) -> None:
    """The client's partnerships and children, as the register card states them."""
    rng = f.rng
    born = facts.born
    other = Sex.FEMALE if sex is Sex.MALE else Sex.MALE
    kind = _PARTNER_NOW.get(facts.relationship)
    if kind is None:
        kind = {
            "separated_divorced": UnionKind.DIVORCED,
            "widowed": UnionKind.WIDOWED,
        }.get(facts.relationship, UnionKind.SEPARATED if facts.children else None)
    if kind is None:
        return  # single, no children: nobody to draw
    partner = f.person(other, born + rng.randint(-3, 3))
    start = min(born + rng.randint(20, 28), facts.now - 1)
    uid = f.union(client, partner, kind, start)
    # The youngest child at about thirty (or last year), the others two years apart.
    youngest = min(born + 30, facts.now - 1)
    if kind in (UnionKind.DIVORCED, UnionKind.SEPARATED):
        # Separated last year on the card; a single client parted after the last child.
        end = facts.now - 1 if facts.relationship == "separated_divorced" else youngest + 2
        f.unions[uid] = replace(f.unions[uid], end_year=min(max(end, start), facts.now))
    if facts.relationship in _PARTNER_NOW:
        # The partner now is alive: drawn as anyone else, a client of 70 had a partner who
        # died in 2017 on the map and "living together" on the card.
        f.persons[partner] = replace(f.persons[partner], death_year=None, deceased=False)
    if kind is UnionKind.WIDOWED:
        died = facts.now - rng.randint(1, 3)
        f.persons[partner] = replace(f.persons[partner], death_year=died, deceased=True)
    for i in range(facts.children):
        year = max(youngest - 2 * (facts.children - 1 - i), born + 17)
        f.child(uid, year, role=rng.choice(("son", "daughter")))


def _core_family(
    f: _Family, client_name: str | None, sex: Sex, facts: ClientFacts | None = None
) -> str:
    """The 3-4 generations a therapist draws in the first sessions; returns the client id.

    With ``facts``, the client's birth year, partnerships and children are the register
    card's; without them they are drawn (the layout tests and the benchmark draw families
    of their own, the same for a seed as before).
    """
    rng = f.rng
    born = rng.randint(1968, 1996)
    if facts is not None:
        born = facts.born  # drawn all the same, so the draws after it stay where they were
    surname = rng.choice(SURNAMES)
    # Grandparents
    pgf = f.person(
        Sex.MALE, born - rng.randint(55, 65), surname=surname, role="paternal grandfather"
    )
    pgm = f.person(Sex.FEMALE, born - rng.randint(52, 62), role="paternal grandmother")
    mgf = f.person(Sex.MALE, born - rng.randint(52, 66), role="maternal grandfather")
    mgm = f.person(Sex.FEMALE, born - rng.randint(50, 60), role="maternal grandmother")
    pu = f.union(pgf, pgm, UnionKind.MARRIED, f.born(pgf) + 24)
    mu = f.union(mgf, mgm, rng.choice((UnionKind.MARRIED, UnionKind.DIVORCED)), f.born(mgm) + 21)
    f.mark(pgf, Marker.SUBSTANCE_ABUSE)
    f.mark(mgm, rng.choice((Marker.MENTAL_ILLNESS, Marker.PHYSICAL_ILLNESS)))
    # Parents and their siblings
    father = f.child(pu, born - rng.randint(26, 34), sex=Sex.MALE, role="father")
    uncle = f.child(pu, f.born(father) + rng.randint(2, 5), sex=Sex.MALE, role="paternal uncle")
    f.child(mu, born - rng.randint(30, 38), sex=Sex.FEMALE, role="maternal aunt")
    mother = f.child(mu, born - rng.randint(22, 29), sex=Sex.FEMALE, role="mother")
    f.child(mu, f.born(mother) + 3, person_kind=PersonKind.MISCARRIAGE)
    f.persons[father] = replace(f.persons[father], occupation=tr("Demo", "carpenter"))
    parents_kind = rng.choice((UnionKind.DIVORCED, UnionKind.MARRIED, UnionKind.SEPARATED))
    pu2 = f.union(father, mother, parents_kind, born - 2)
    f.mark(father, Marker.SUBSTANCE_ABUSE, Marker.TRAUMA)
    f.mark(mother, Marker.MENTAL_ILLNESS)
    # The client and siblings
    older = f.child(pu2, born - rng.randint(2, 4), role="sister", sex=Sex.FEMALE)
    client = f.child(pu2, born, sex=sex, role="client")
    p = f.persons[client]
    name = client_name if client_name is not None else p.name
    # The client is alive: drawn as anyone else, two demo clients in follow-up had died.
    f.persons[client] = replace(p, name=name, is_index=True, death_year=None, deceased=False)
    f.mark(client, Marker.TRAUMA)
    if rng.random() < 0.5:
        twin_a = f.child(pu2, born + 3, sex=Sex.MALE, role="brother")
        twin_b = f.child(pu2, born + 3, sex=Sex.MALE, role="brother")
        identical = rng.random() < 0.5
        for lid, lk in list(f.links.items()):
            if lk.child_id in (twin_a, twin_b):
                order = (lk.birth_order or 0) - (1 if lk.child_id == twin_b else 0)
                f.links[lid] = replace(
                    lk, birth_order=order, twin_group="twins-1", identical=identical
                )
    else:
        f.child(pu2, born + rng.randint(2, 5), role="brother", sex=Sex.MALE)
    # Father's new family: half-siblings, and an affair
    stepmother = f.person(Sex.FEMALE, f.born(father) + rng.randint(0, 8), role="stepmother")
    su = f.union(father, stepmother, UnionKind.MARRIED, born + 9)
    f.child(su, born + 10, role="half-brother")
    f.child(su, born + 13, role="half-sister")
    lover = f.person(Sex.FEMALE, f.born(father) + 5)
    f.union(father, lover, UnionKind.AFFAIR, born + 6)
    # Mother lives with a new partner who fosters a child
    if rng.random() < 0.7:
        partner = f.person(Sex.MALE, f.born(mother) - 2, role="stepfather")
        nu = f.union(mother, partner, UnionKind.LIVING_TOGETHER, born + 12)
        f.child(nu, born + 8, kind=ChildKind.FOSTER, role="foster sister", sex=Sex.FEMALE)
    # The client's own partnerships and children
    if facts is not None:
        _own_family(f, client, sex, facts)
        f.fixed.add(client)
    else:
        _drawn_own_family(f, client, sex, born)
    # Emotional relationships
    f.rel(client, father, rng.choice((RelationshipKind.CONFLICTUAL, RelationshipKind.DISTANT)))
    f.rel(client, mother, rng.choice((RelationshipKind.CLOSE, RelationshipKind.FUSED)))
    f.rel(father, client, RelationshipKind.PHYSICAL_ABUSE, directed=True)
    f.rel(father, uncle, RelationshipKind.CUT_OFF)
    f.rel(pgf, father, RelationshipKind.EMOTIONAL_ABUSE, directed=True)
    f.rel(older, client, RelationshipKind.CARETAKER, directed=True)
    f.rel(mother, mgm, RelationshipKind.CLOSE_HOSTILE)
    return client


def _drawn_own_family(f: _Family, client: str, sex: Sex, born: int) -> None:
    """A divorce with a daughter, and often a second marriage: a family without a card."""
    rng = f.rng
    ex = f.person(Sex.FEMALE if sex is Sex.MALE else Sex.MALE, born + rng.randint(-3, 3))
    eu = f.union(client, ex, UnionKind.DIVORCED, born + 22)
    f.child(eu, born + 25, role="daughter", sex=Sex.FEMALE)
    if rng.random() < 0.6:
        now = f.person(Sex.FEMALE if sex is Sex.MALE else Sex.MALE, born + rng.randint(-2, 6))
        cu = f.union(client, now, UnionKind.MARRIED, born + 31)
        if born + 33 <= _NOW:
            f.child(cu, born + 33, role="son", sex=Sex.MALE)
        if born + 35 <= _NOW and rng.random() < 0.5:
            f.child(cu, born + 35, kind=ChildKind.ADOPTED, role="daughter")


def make_demo_genogram(
    rng: random.Random,
    client_name: str | None,
    sex: str,
    size: int = 0,
    facts: ClientFacts | None = None,
) -> Genogram:
    """A realistic fictional family of 3–4 generations around the client (index person).

    ``size`` grows the family with further relatives to about that many persons; ``facts``
    makes the client's birth year, partners and children those of the register card.
    """
    f = _Family(rng)
    _core_family(f, client_name, Sex(sex), facts)
    if size:
        f.grow(size)
    return _with_kinship_roles(f.genogram())


def _with_kinship_roles(g: Genogram) -> Genogram:
    """Every person the family's structure has a word for, with that word as their role.

    The editor writes it for each relative it creates (``kinship``), so a map drawn by hand
    has one for everyone placed; the demo wrote a role only where it named one itself, and
    the client's former wife, the current partner, the father's affair partner and every
    relative ``grow`` adds kept a blank role (their initials in privacy mode). The words the
    demo did name are kinship's own, so they stay as they are.
    """
    words = kinship(g, unplaced=False)
    persons = {
        pid: replace(p, role=words[pid]) if not p.role and words.get(pid) else p
        for pid, p in g.persons.items()
    }
    return replace(g, persons=persons)


def generate_family(seed: int, size: int) -> Genogram:
    """A deterministic family of about ``size`` persons for the layout benchmark and tests."""
    rng = random.Random(seed)
    f = _Family(rng)
    _core_family(f, None, rng.choice((Sex.MALE, Sex.FEMALE)))
    f.grow(size)
    return f.genogram()
