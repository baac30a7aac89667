"""Demo extender: every demo client gets a fictional 3–4 generation family map.

Registered with ``kastdesk.demo`` on import (the demo imports this module when present).
The large demo case gets about 80 persons, enough to show the editor on a busy map.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from kastdesk.demo import EXTENDERS, register_extender
from kastdesk.i18n import tr

from .demo import ClientFacts, make_demo_genogram
from .model import Genogram, Sex
from .storage import save_genogram

LARGE_SIZE = 80
DEMO_LABEL = "Demo: draw the genogram"

_SEX_BY_GENDER = {"man": Sex.MALE, "woman": Sex.FEMALE, "other": Sex.OTHER}


def demo_genogram(
    rng: random.Random,
    name: str | None,
    gender: str,
    large: bool,
    facts: ClientFacts | None = None,
) -> Genogram:
    """The family for one demo client; the client is the index person.

    A named client shows under their name; an anonymous one only as "client", because the
    map must not invent a name the register does not have. The word is the one a new map
    writes (kinship's, in the user interface's language): the English one stood on Swedish
    and Norwegian demo maps.
    """
    sex = _SEX_BY_GENDER.get(gender, Sex.MALE)
    g = make_demo_genogram(rng, name, sex.value, LARGE_SIZE if large else 0, facts)
    index = g.index_person
    if index is not None and not name:
        role = tr("Pseudonym", "client")  # kinship.py's word for the client
        g = replace(g, persons={**g.persons, index.id: replace(index, name="", role=role)})
    return g


def extend_case(case: Any, rng: random.Random, info: dict[str, Any]) -> None:
    """Draw and save the client's genogram (its own rng, so other extenders stay stable)."""
    own = random.Random(rng.getrandbits(64))
    profile = case.profile.get()
    gender = str(getattr(profile.gender, "value", "man"))
    facts = None
    if "birth_year" in info:  # the demo's register card: the map says what it says
        facts = ClientFacts(
            born=info["birth_year"],
            relationship=profile.relationship_status,
            children=profile.children or 0,
            now=info["anchor"].year,
        )
    g = demo_genogram(own, info.get("name"), gender, bool(info.get("large")), facts)
    save_genogram(case, g, DEMO_LABEL)


if extend_case not in EXTENDERS:
    register_extender(extend_case)
