"""Kinship words for the persons of a family map, relative to the client (the index person).

The editor writes them as the role of a relative it creates ("father", "maternal aunt"), so
a map reads as it is drawn, before anyone has typed a name; the supervision export numbers
them into pseudonyms ("brother 1"). They come from the family's structure only, never from
names, and in the language of the user interface.
"""

from __future__ import annotations

from kastdesk.i18n import N_, tr

from .model import ChildKind, Genogram, PersonKind, Sex, UnionKind, other_partner

CTX = "Pseudonym"

# (man, woman, either) words for each kinship role, marked for the catalogues; the sides are
# written out because "paternal grandfather" is one expression to translate, not two words.
_PARENT = (N_("Pseudonym", "father"), N_("Pseudonym", "mother"), N_("Pseudonym", "parent"))
_CHILD = (N_("Pseudonym", "son"), N_("Pseudonym", "daughter"), N_("Pseudonym", "child"))
_GRANDPARENT = {
    "paternal": (
        N_("Pseudonym", "paternal grandfather"),
        N_("Pseudonym", "paternal grandmother"),
        N_("Pseudonym", "paternal grandparent"),
    ),
    "maternal": (
        N_("Pseudonym", "maternal grandfather"),
        N_("Pseudonym", "maternal grandmother"),
        N_("Pseudonym", "maternal grandparent"),
    ),
}
_AUNT_UNCLE = {
    "paternal": (
        N_("Pseudonym", "paternal uncle"),
        N_("Pseudonym", "paternal aunt"),
        N_("Pseudonym", "paternal aunt or uncle"),
    ),
    "maternal": (
        N_("Pseudonym", "maternal uncle"),
        N_("Pseudonym", "maternal aunt"),
        N_("Pseudonym", "maternal aunt or uncle"),
    ),
}
_SIBLING = (N_("Pseudonym", "brother"), N_("Pseudonym", "sister"), N_("Pseudonym", "sibling"))
_HALF_SIBLING = (
    N_("Pseudonym", "half-brother"),
    N_("Pseudonym", "half-sister"),
    N_("Pseudonym", "half-sibling"),
)
_FOSTER_SIBLING = (
    N_("Pseudonym", "foster brother"),
    N_("Pseudonym", "foster sister"),
    N_("Pseudonym", "foster sibling"),
)
_ADOPTIVE_SIBLING = (
    N_("Pseudonym", "adoptive brother"),
    N_("Pseudonym", "adoptive sister"),
    N_("Pseudonym", "adoptive sibling"),
)
_STEP_PARENT = (
    N_("Pseudonym", "stepfather"),
    N_("Pseudonym", "stepmother"),
    N_("Pseudonym", "step-parent"),
)
#: A parent's affair partner is not a step-parent: they never lived with the family. Named
#: after the parent, since that is who the supervisor needs to place them by.
_PARENTS_AFFAIR_PARTNER = (
    N_("Pseudonym", "father's affair partner"),
    N_("Pseudonym", "mother's affair partner"),
    N_("Pseudonym", "parent's affair partner"),
)
_NEPHEW_NIECE = (N_("Pseudonym", "nephew"), N_("Pseudonym", "niece"), N_("Pseudonym", "nibling"))
#: A partner's father and mother: "parent-in-law" was all the map had, where the therapist
#: (and Swedish, svärfar/svärmor) says which.
_PARENT_IN_LAW = (
    N_("Pseudonym", "father-in-law"),
    N_("Pseudonym", "mother-in-law"),
    N_("Pseudonym", "parent-in-law"),
)
_CHILD_IN_LAW = (
    N_("Pseudonym", "son-in-law"),
    N_("Pseudonym", "daughter-in-law"),
    N_("Pseudonym", "child-in-law"),
)
#: A sibling's partner and a partner's sibling, as both are called (svåger, svägerska): they
#: had no word, and privacy mode wrote their initials on the screen instead.
_SIBLING_IN_LAW = (
    N_("Pseudonym", "brother-in-law"),
    N_("Pseudonym", "sister-in-law"),
    N_("Pseudonym", "sibling-in-law"),
)
#: A step-parent's child from another couple (a parent's partner's child: styvsyster).
_STEP_SIBLING = (
    N_("Pseudonym", "stepbrother"),
    N_("Pseudonym", "stepsister"),
    N_("Pseudonym", "stepsibling"),
)
#: The couples of the client's partner with others: named after the partner, by whether the
#: other couple came before (or has ended), was an affair, or came after the client's ended.
_PARTNERS_FORMER_PARTNER = N_("Pseudonym", "partner's former partner")
_PARTNERS_AFFAIR_PARTNER = N_("Pseudonym", "partner's affair partner")
_FORMER_PARTNERS_NEW_PARTNER = N_("Pseudonym", "former partner's new partner")
_ENDED = frozenset({UnionKind.DIVORCED, UnionKind.SEPARATED, UnionKind.WIDOWED})
#: A pregnancy, and a pregnancy lost, is named as what it is, wherever it stands in the
#: family: called "maternal aunt 2" in a supervision packet, a grandmother's miscarriage read
#: as a living relative (and took a number from the aunts), which is wrong and may hurt.
_PREGNANCY_WORDS = {
    PersonKind.PREGNANCY: N_("Pseudonym", "pregnancy"),
    PersonKind.MISCARRIAGE: N_("Pseudonym", "miscarriage"),
    PersonKind.STILLBIRTH: N_("Pseudonym", "stillbirth"),
}


def _sexed(sex: Sex, male: str, female: str, neutral: str) -> str:
    if sex is Sex.MALE:
        return tr(CTX, male)
    if sex is Sex.FEMALE:
        return tr(CTX, female)
    return tr(CTX, neutral)


def kinship(g: Genogram, *, unplaced: bool = True) -> dict[str, str]:
    """Every person's relation to the client, unnumbered ("brother" for each brother).

    Empty when the map has no index person: there is nobody to be related to. Whoever the
    structure does not place (a partner's cousin, an unconnected person) is a "relative", or
    left out with ``unplaced=False``.
    """
    index = g.index_person
    if index is None:
        return {}
    cid = index.id
    parents = set(g.parents_of(cid))
    grandparents: dict[str, str] = {}  # id -> side
    for parent in parents:
        side = "paternal" if g.persons[parent].sex is Sex.MALE else "maternal"
        for gp in g.parents_of(parent):
            grandparents.setdefault(gp, side)
    partners = g.partners_of(cid)
    union_kind = {
        (u.partners[0] if u.partners[1] == cid else u.partners[1]): u.kind for u in g.unions_of(cid)
    }
    roles: dict[str, str] = {cid: tr("Pseudonym", "client")}
    children = sorted(set(g.children_of(cid)), key=lambda p: (g.persons[p].birth_year or 0, p))

    def link_kind(child: str) -> ChildKind:
        links = g.links_of_child(child)
        return links[0].kind if links else ChildKind.BIOLOGICAL

    for child in children:
        roles[child] = _sexed(g.persons[child].sex, *_CHILD)
    for p in parents:
        roles.setdefault(p, _sexed(g.persons[p].sex, *_PARENT))
    for p in partners:
        # The client's affair partner and late partner are not "partner", the word of the
        # one at home: in privacy mode and an initials-only export the two read the same.
        kind = union_kind.get(p)
        if kind in (UnionKind.DIVORCED, UnionKind.SEPARATED):
            roles.setdefault(p, tr("Pseudonym", "former partner"))
        elif kind is UnionKind.AFFAIR:
            roles.setdefault(p, tr("Pseudonym", "affair partner"))
        elif kind is UnionKind.WIDOWED:
            roles.setdefault(p, tr("Pseudonym", "late partner"))
        else:
            roles.setdefault(p, tr("Pseudonym", "partner"))
    for gp, side in grandparents.items():
        roles.setdefault(gp, _sexed(g.persons[gp].sex, *_GRANDPARENT[side]))
    # Siblings and half-siblings.
    siblings: list[str] = []
    for p in parents:
        for sib in g.children_of(p):
            if sib in roles:
                continue
            siblings.append(sib)
            shared = parents & set(g.parents_of(sib))
            sex = g.persons[sib].sex
            kind = link_kind(sib)
            if kind is ChildKind.FOSTER:
                roles[sib] = _sexed(sex, *_FOSTER_SIBLING)
            elif kind is ChildKind.ADOPTED:
                roles[sib] = _sexed(sex, *_ADOPTIVE_SIBLING)
            elif len(shared) >= 2 or len(parents) < 2:
                roles[sib] = _sexed(sex, *_SIBLING)
            else:
                roles[sib] = _sexed(sex, *_HALF_SIBLING)
    # Step-parents: partners of a parent who are not parents themselves.
    for p in parents:
        for u in g.unions_of(p):
            partner = other_partner(u, p)
            if partner in roles:
                continue
            if u.kind is UnionKind.AFFAIR:
                roles[partner] = _sexed(g.persons[p].sex, *_PARENTS_AFFAIR_PARTNER)
            else:
                roles[partner] = _sexed(g.persons[partner].sex, *_STEP_PARENT)
    # Uncles and aunts, then cousins.
    for gp, side in grandparents.items():
        for child in g.children_of(gp):
            if child not in roles:
                roles[child] = _sexed(g.persons[child].sex, *_AUNT_UNCLE[side])
                for cousin in g.children_of(child):
                    roles.setdefault(cousin, tr("Pseudonym", "cousin"))
    # Nephews and nieces, grandchildren, in-laws, step-children.
    for sib in siblings:
        for child in g.children_of(sib):
            roles.setdefault(child, _sexed(g.persons[child].sex, *_NEPHEW_NIECE))
    for child in children:
        for grandchild in g.children_of(child):
            roles.setdefault(grandchild, tr("Pseudonym", "grandchild"))
    for partner in partners:
        for pp in g.parents_of(partner):
            roles.setdefault(pp, _sexed(g.persons[pp].sex, *_PARENT_IN_LAW))
        for child in g.children_of(partner):
            roles.setdefault(child, tr("Pseudonym", "stepchild"))
    # In-laws by marriage: a child's partner, a sibling's partner, a partner's sibling.
    for child in children:
        for other in g.partners_of(child):
            roles.setdefault(other, _sexed(g.persons[other].sex, *_CHILD_IN_LAW))
    for sib in siblings:
        for other in g.partners_of(sib):
            roles.setdefault(other, _sexed(g.persons[other].sex, *_SIBLING_IN_LAW))
    for partner in partners:
        for pp in g.parents_of(partner):
            for other in g.children_of(pp):
                roles.setdefault(other, _sexed(g.persons[other].sex, *_SIBLING_IN_LAW))
    # A step-parent's children with someone else: step-siblings. The step-parent's children
    # with the client's parent are half-siblings, named above.
    for p in parents:
        for u in g.unions_of(p):
            step = other_partner(u, p)
            if step in parents or u.kind is UnionKind.AFFAIR:
                continue
            for child in g.children_of(step):
                roles.setdefault(child, _sexed(g.persons[child].sex, *_STEP_SIBLING))
    # The partner's other partners: the one before the client (a stepchild's other parent),
    # an affair, or the new partner of a former partner of the client.
    for u in g.unions_of(cid):
        partner = other_partner(u, cid)
        order = [x.id for x in g.unions_of(partner)]
        for other_union in g.unions_of(partner):
            other = other_partner(other_union, partner)
            if other == cid:
                continue
            if other_union.kind is UnionKind.AFFAIR:
                word = _PARTNERS_AFFAIR_PARTNER
            elif (
                u.kind in _ENDED
                and other_union.kind not in _ENDED
                and order.index(other_union.id) > order.index(u.id)
            ):
                word = _FORMER_PARTNERS_NEW_PARTNER
            else:
                word = _PARTNERS_FORMER_PARTNER
            roles.setdefault(other, tr(CTX, word))
    if unplaced:
        for p in g.persons.values():
            roles.setdefault(p.id, tr("Pseudonym", "relative"))
    # Last, over whatever the structure made of them: placed or not, they are no relative.
    for p in g.persons.values():
        if p.kind in _PREGNANCY_WORDS and not p.is_index:
            roles[p.id] = tr(CTX, _PREGNANCY_WORDS[p.kind])
    return roles
