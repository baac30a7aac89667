"""Qt-free description of genogram notation (McGoldrick, Gerson and Petry) and the legend.

The Qt editor and the reportlab PDF both ask this module *what* to draw (shape, fills, line
style) and draw it their own way, so the two always show the same notation.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from kastdesk.i18n import tr

from .model import (
    DIRECTED_KINDS,
    SMALL_KINDS,
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
    death_ages,
)

if TYPE_CHECKING:
    from .layout import Layout, UnionLine


class Shape(StrEnum):
    SQUARE = "square"  # male
    CIRCLE = "circle"  # female
    DIAMOND = "diamond"  # other
    QUESTION = "question"  # unknown sex: a square with a question mark
    TRIANGLE = "triangle"  # pregnancy
    SMALL_CIRCLE = "small_circle"  # miscarriage: a small filled circle
    SMALL_SHAPE_X = "small_shape_x"  # stillbirth: small sex symbol with an X


def cross_reach(shape: Shape) -> float:
    """Where the deceased X's arms meet the outline of ``shape``, along its diagonals, as a
    fraction of half the symbol's size: the drawings end the X there and a little beyond,
    as they end it at a square's corners. A diamond's edges cross its diagonals halfway
    out: an X to the corners of its square reached far past the diamond, into the space
    beside it. The circle keeps the square's X, as the notation draws it."""
    return 0.5 if shape is Shape.DIAMOND else 1.0


class Fill(StrEnum):
    """A part of the symbol filled, in the order drawn (a later part covers an earlier one).

    Solid parts are in the drawing's fill ink, except those a ``PersonSymbol`` lists in
    ``grey_fills``: serious physical illness, in ``PHYSICAL_ILLNESS_COLOUR``.
    """

    LOWER_HALF = "lower_half"  # substance abuse
    LOWER_HALF_HATCHED = "lower_half_hatched"  # suspected substance abuse
    LOWER_HALF_DOTTED = "lower_half_dotted"  # in recovery
    LEFT_HALF = "left_half"  # mental illness (ink) or serious physical illness (grey)
    THREE_QUARTERS = "three_quarters"  # mental illness together with substance abuse
    #: Mental illness over the left half of serious physical illness: a person with both
    #: has the upper left quarter in ink, the lower left in grey.
    UPPER_LEFT_QUARTER = "upper_left_quarter"


#: The fill of serious physical illness: the left half, as mental illness, in a mid grey
#: instead of the ink, so the map and its legend tell the two apart (they were the same
#: symbol, and the legend showed two identical samples). Light enough to stay apart from
#: the ink on screen, on paper and on a black-and-white copy; the age's plate keeps its
#: digits readable on it.
PHYSICAL_ILLNESS_COLOUR = "#aeb6bd"


class Stroke(StrEnum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"
    DASH_DOT = "dash_dot"  # partners living apart: committed (dashes) in two homes (dots)


class Pattern(StrEnum):
    """How an emotional relationship line is drawn between two persons."""

    LINES = "lines"  # ``count`` parallel solid lines
    DOTTED = "dotted"
    ZIGZAG = "zigzag"
    LINES_ZIGZAG = "lines_zigzag"  # close-hostile: parallel lines with a zigzag over them
    BROKEN = "broken"  # line with a gap and bars on both sides
    BROKEN_REPAIRED = "broken_repaired"  # cut off then repaired: gap bridged by a circle
    ARROW = "arrow"


@dataclass(frozen=True)
class PersonSymbol:
    shape: Shape
    fills: tuple[Fill, ...]
    deceased_cross: bool
    double_outline: bool  # the index person (the client)
    small: bool
    trauma_mark: bool  # small triangle inside the symbol
    labels: tuple[str, ...]  # free-text markers written under the symbol
    #: The solid ``fills`` drawn in ``PHYSICAL_ILLNESS_COLOUR`` instead of the ink.
    grey_fills: tuple[Fill, ...] = ()


@dataclass(frozen=True)
class UnionStyle:
    stroke: Stroke
    slashes: int  # one for separation, two for divorce
    ring: bool  # engaged: a small open circle on the line
    cross_mark: bool  # widowed: the deceased partner carries the X; line stays solid


@dataclass(frozen=True)
class ChildStyle:
    stroke: Stroke
    from_twin_point: bool
    identical_bar: bool


@dataclass(frozen=True)
class RelationshipStyle:
    pattern: Pattern
    count: int  # parallel lines for LINES / DOTTED / ZIGZAG / LINES_ZIGZAG
    arrow: bool  # directed kinds get an arrow head at the second person
    dashed: bool = False  # LINES / ZIGZAG drawn dashed: tells kinds of one pattern apart
    arrow_back: bool = False  # and one at the first person: both ways (mutual abuse)


@dataclass(frozen=True)
class LegendEntry:
    key: str  # stable id, e.g. "union:divorced"
    label: str
    category: str  # "person", "marker", "union", "caption", "child", "relationship"


# ----- persons --------------------------------------------------------------------------------
_SEX_SHAPE = {
    Sex.MALE: Shape.SQUARE,
    Sex.FEMALE: Shape.CIRCLE,
    Sex.OTHER: Shape.DIAMOND,
    Sex.UNKNOWN: Shape.QUESTION,
}


@dataclass(frozen=True)
class MarkerDrawing:
    """How a person's markers are drawn: the fills in drawing order, those of them in grey,
    and the legend keys ("marker:…") of what the fills show: exactly what is drawn, so the
    legend lists no marker that the map does not show."""

    fills: tuple[Fill, ...]
    grey_fills: tuple[Fill, ...]
    legend_keys: tuple[str, ...]


def marker_drawing(markers: tuple[Marker, ...]) -> MarkerDrawing:
    """Fills for markers: substance abuse the lower half, illness the left half (mental in
    ink, serious physical illness in grey), illness with substance abuse three quarters.

    Where one part of the symbol would have to show two markers, one is drawn, and the
    legend names only that one: in recovery takes the place of substance abuse's solid half
    (dotted; drawn over it, it would not show, and the symbol would read as abuse still
    going on) and of a suspicion (recovery says the abuse was real); with substance abuse,
    the one illness quarter shows mental illness. Both illnesses without substance abuse
    share the left half: mental illness the upper quarter, physical illness the lower.
    """
    m = set(markers)
    recovering = Marker.IN_RECOVERY in m
    substance = Marker.SUBSTANCE_ABUSE in m and not recovering
    mental = Marker.MENTAL_ILLNESS in m
    physical = Marker.PHYSICAL_ILLNESS in m
    fills: list[Fill] = []
    grey: list[Fill] = []
    keys: list[str] = []
    if substance and mental:
        fills.append(Fill.THREE_QUARTERS)
        keys.append("marker:illness_and_substance")
    elif substance and physical:
        # The grey left half under the ink's lower half: three quarters, the illness grey.
        fills += [Fill.LEFT_HALF, Fill.LOWER_HALF]
        grey.append(Fill.LEFT_HALF)
        keys += ["marker:physical_illness", "marker:substance_abuse"]
    elif substance:
        fills.append(Fill.LOWER_HALF)
        keys.append("marker:substance_abuse")
    elif mental and physical:
        fills += [Fill.LEFT_HALF, Fill.UPPER_LEFT_QUARTER]
        grey.append(Fill.LEFT_HALF)
        keys += ["marker:mental_illness", "marker:physical_illness"]
    elif mental or physical:
        fills.append(Fill.LEFT_HALF)
        if physical:
            grey.append(Fill.LEFT_HALF)
        keys.append("marker:mental_illness" if mental else "marker:physical_illness")
    if recovering:
        fills.append(Fill.LOWER_HALF_DOTTED)
        keys.append("marker:in_recovery")
    elif not substance and Marker.SUSPECTED_SUBSTANCE_ABUSE in m:
        fills.append(Fill.LOWER_HALF_HATCHED)
        keys.append("marker:suspected_substance_abuse")
    if Marker.TRAUMA in m:
        keys.append("marker:trauma")
    return MarkerDrawing(tuple(fills), tuple(grey), tuple(keys))


def person_fills(markers: tuple[Marker, ...]) -> tuple[Fill, ...]:
    """The fills drawn for these markers, in drawing order (see ``marker_drawing``)."""
    return marker_drawing(markers).fills


def person_symbol(person: Person) -> PersonSymbol:
    """How to draw one person."""
    if person.kind is PersonKind.PREGNANCY:
        shape = Shape.TRIANGLE
    elif person.kind is PersonKind.MISCARRIAGE:
        shape = Shape.SMALL_CIRCLE
    elif person.kind is PersonKind.STILLBIRTH:
        shape = Shape.SMALL_SHAPE_X
    else:
        shape = _SEX_SHAPE[person.sex]
    small = person.kind in SMALL_KINDS
    drawing = marker_drawing(person.markers)
    return PersonSymbol(
        shape=shape,
        fills=drawing.fills,
        deceased_cross=person.is_deceased and person.kind is PersonKind.PERSON,
        double_outline=person.is_index,
        small=small,
        trauma_mark=Marker.TRAUMA in person.markers,
        labels=person.labels,
        grey_fills=drawing.grey_fills,
    )


def legend_symbol(key: str) -> PersonSymbol | None:
    """The sample a legend draws for a "person:…" or "marker:…" entry (a square, unless the
    entry is a shape), made by the map's own rules: a sample drawn by hand showed mental
    and physical illness alike. None for the other entries (lines)."""
    category, _, value = key.partition(":")
    if category == "marker":
        markers = (
            (Marker.MENTAL_ILLNESS, Marker.SUBSTANCE_ABUSE)
            if value == "illness_and_substance"
            else (Marker(value),)
        )
        return person_symbol(Person("legend", Sex.MALE, markers=markers))
    if category != "person":
        return None
    kinds = {k.value: k for k in PersonKind}
    if value in kinds:
        sex = Sex.MALE if value == "stillbirth" else Sex.UNKNOWN
        return person_symbol(Person("legend", sex, kind=kinds[value]))
    if value in Sex._value2member_map_:
        return person_symbol(Person("legend", Sex(value)))
    return person_symbol(
        Person("legend", Sex.MALE, is_index=value == "index", deceased=value == "deceased")
    )


# ----- lines ----------------------------------------------------------------------------------
def union_style(union: Union) -> UnionStyle:
    """Couple line: dashed living together, dash-dot living apart, dotted affair, slashes for
    separation/divorce.

    McGoldrick draws a committed couple who are not married with dashes, whether or not they
    share a home; the clinics' clients often do not (särbo), so living apart gets dashes with
    dots between them: still read as a committed couple, and told apart in the legend.
    """
    k = union.kind
    stroke = {
        UnionKind.LIVING_TOGETHER: Stroke.DASHED,
        UnionKind.LIVING_APART: Stroke.DASH_DOT,
        UnionKind.AFFAIR: Stroke.DOTTED,
    }.get(k, Stroke.SOLID)
    slashes = {UnionKind.SEPARATED: 1, UnionKind.DIVORCED: 2}.get(k, 0)
    return UnionStyle(stroke, slashes, ring=k is UnionKind.ENGAGED, cross_mark=False)


def couple_mark_x(x1: float, x2: float) -> float:
    """Where the editor draws a couple line's slashes or engagement ring (the line from
    ``x1`` to ``x2``): left of the middle, so they never hide the children's line."""
    return (x1 + x2) / 2 - min(14.0, abs(x2 - x1) / 5)


def slash_marks(
    slashes: int, x1: float, x2: float, y: float
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The editor's separation or divorce slashes on the couple line from ``x1`` to ``x2``
    at height ``y``, each from its lower left to its upper right (``couple_mark_x``, then
    leftwards). Relationship lines are routed round them (routing.py)."""
    mid = couple_mark_x(x1, x2)
    return [((mid - i * 6 - 4, y + 7), (mid - i * 6 + 4, y - 7)) for i in range(slashes)]


def child_style(link: ChildLink) -> ChildStyle:
    """Child line: adopted dashed, foster dotted; twins from one point, bar when identical."""
    stroke = {ChildKind.ADOPTED: Stroke.DASHED, ChildKind.FOSTER: Stroke.DOTTED}.get(
        link.kind, Stroke.SOLID
    )
    twin = link.twin_group is not None
    return ChildStyle(stroke, from_twin_point=twin, identical_bar=twin and link.identical)


#: Pattern, parallel lines, dashed. Every kind looks different without its colour (a page may
#: be printed in black): caretaker is a dashed line where focused-on is solid, emotional abuse
#: a dashed zigzag where physical abuse is solid, neglect two dotted lines where distance is one.
_REL_STYLE: dict[RelationshipKind, tuple[Pattern, int, bool]] = {
    RelationshipKind.NORMAL: (Pattern.LINES, 1, False),
    RelationshipKind.CLOSE: (Pattern.LINES, 2, False),
    RelationshipKind.FUSED: (Pattern.LINES, 3, False),
    RelationshipKind.DISTANT: (Pattern.DOTTED, 1, False),
    RelationshipKind.CONFLICTUAL: (Pattern.ZIGZAG, 1, False),
    RelationshipKind.HOSTILE: (Pattern.ZIGZAG, 2, False),
    RelationshipKind.CLOSE_HOSTILE: (Pattern.LINES_ZIGZAG, 2, False),
    RelationshipKind.CUT_OFF: (Pattern.BROKEN, 1, False),
    RelationshipKind.CUT_OFF_REPAIRED: (Pattern.BROKEN_REPAIRED, 1, False),
    RelationshipKind.FOCUSED_ON: (Pattern.ARROW, 1, False),
    RelationshipKind.PHYSICAL_ABUSE: (Pattern.ZIGZAG, 1, False),
    RelationshipKind.SEXUAL_ABUSE: (Pattern.ZIGZAG, 2, False),
    RelationshipKind.EMOTIONAL_ABUSE: (Pattern.ZIGZAG, 1, True),
    RelationshipKind.NEGLECT: (Pattern.DOTTED, 2, False),
    RelationshipKind.CARETAKER: (Pattern.LINES, 1, True),
}


def relationship_style(rel: Relationship) -> RelationshipStyle:
    """Emotional line: parallel lines for closeness, dotted distance, zigzag hostility,
    broken for cut-off, zigzag with an arrow for abuse (abuser → abused).

    Only the kinds that have a direction (``DIRECTED_KINDS``) get arrows, and they always do:
    recorded without a direction (it goes both ways, or nobody knows who started), they get an
    arrow at both ends. Otherwise physical abuse would look exactly like conflictual, sexual
    abuse like hostile and focused-on like a normal relationship, with or without arrows.
    """
    pattern, count, dashed = _REL_STYLE[rel.kind]
    if rel.kind not in DIRECTED_KINDS:
        return RelationshipStyle(pattern, count, arrow=False, dashed=dashed)
    return RelationshipStyle(
        pattern, count, arrow=True, dashed=dashed, arrow_back=not rel.directed
    )


# ----- labels ---------------------------------------------------------------------------------
#: Vowels written before the consonant they follow in speech (Thai เ แ โ ใ ไ, Lao, Tai Lue,
#: Tai Viet: Unicode's Logical_Order_Exception): "ใจดี" is known by its "จ".
_LEADING_VOWELS = frozenset(
    "\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4"
    "\u19b5\u19b6\u19b7\u19ba\uaab5\uaab6\uaab9\uaabb\uaabc"
)
#: Alphabets whose accents are part of the letter ("Å", "Ñ"): an initial keeps them. In
#: other scripts a mark after the first letter is a vowel or a tone (Thai, Devanagari).
_ACCENTED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def _initial(word: str) -> str:
    """The first letter of ``word`` (else its first digit), capital, with its accents; ""
    if it has neither. Quotes, brackets and modifier letters (the apostrophe-like "ʼ" and
    "ʻ") are skipped: "(Mamma)" is "M"."""
    for wanted in ("L", "N"):
        for i, c in enumerate(word):
            kind = unicodedata.category(c)
            if not kind.startswith(wanted) or kind == "Lm" or c in _LEADING_VOWELS:
                continue
            capital = c.title()
            out = capital if len(capital) == 1 else c
            if unicodedata.name(c, "").startswith(_ACCENTED_SCRIPTS):
                for mark in word[i + 1 :]:
                    if not unicodedata.category(mark).startswith("M"):
                        break
                    out += mark
            return unicodedata.normalize("NFC", out)
    return ""


def initials(name: str) -> str:
    """ "Anna Maria Berg" → "A.M.B." (for supervision, where names must not be shown).

    Composed first (a name pasted decomposed, "A" + ring, is "Å." as typed); a word's
    initial is its first letter, not a quote, bracket or combining mark ("(Mamma)" → "M.",
    '"Pelle" Berg' → "P.B."), nor a leading vowel (Thai "ใจดี" → "จ."). Words with no letter
    or digit give nothing. A nickname in quotes or brackets after a given name is left out
    ('Erik "Bosse" Johansson' → "E.J."): it is an alias, and one more letter narrows down
    who the family is; one that stands first is the name the person goes by, and stays."""
    words = unicodedata.normalize("NFC", name).replace("-", " ").replace("\u2010", " ").split()
    kept = [w for i, w in enumerate(words) if i == 0 or not _quoted(w)]
    return "".join(f"{letter}." for letter in map(_initial, kept) if letter)


_OPENING = "\"'«»‘’‚“”„‹›([{"


def _quoted(word: str) -> bool:
    """A word wholly in quotes or brackets: '"Bosse"', "(Bosse)", "«Annie»"."""
    return len(word) > 2 and word[0] in _OPENING and word[-1] in _OPENING + ")]}"


def person_label(
    person: Person, *, initials_only: bool = False, year: date | int | None = None
) -> list[str]:
    """Text lines drawn next to a symbol: name (or initials), years, age.

    ``year`` is the day (or year) for an age computed from the birth (``person_age``).
    """
    lines: list[str] = []
    name = person.name.strip()
    shown = initials(name) if initials_only else name
    if shown:
        lines.append(shown)
    elif person.role and not initials_only:
        lines.append(person.role)
    born, died = person.birth_year, person.death_year
    if person.kind is not PersonKind.PERSON and born is not None and died in (None, born):
        lines.append(str(born))  # a miscarriage or stillbirth has one year, not a life span
    elif born is not None or died is not None:
        if died is not None:
            lines.append(f"{born if born is not None else '?'}–{died}")
        elif person.is_deceased:
            lines.append(f"{born}–?")
        else:
            lines.append(tr("Genogram", "b. {year}").format(year=born))
    age = person_age(person, year)
    if age is not None:
        lines.append(tr("Genogram", "{age} y").format(age=age))
    return lines


class LabelMode(StrEnum):
    """What is written next to a symbol."""

    NAMES = "names"  # full names (roles where there is no name)
    INITIALS = "initials"  # initials for supervision; roles stay ("father")
    PRIVATE = "private"  # privacy mode: roles, else initials


def display_name(person: Person, mode: LabelMode) -> str:
    """The first line under a symbol, following the label mode (privacy before all)."""
    name = person.name.strip()
    if mode is LabelMode.NAMES:
        return name or person.role
    if mode is LabelMode.INITIALS:
        return initials(name) or person.role
    return person.role or initials(name)


#: The oldest age worked out for a living person (birth year, no death). A great-grandparent
#: born in 1850 and never marked deceased is not 176, only not marked so (GEDCOM trees bring
#: many such); past 110, a death nobody recorded is far likelier than a real age, so the
#: label keeps the birth year and writes no age rather than an impossible one.
MAX_LIVING_AGE = 110


def person_age(person: Person, today: date | int | None) -> int | None:
    """The age written for a person (age at death for the deceased), or None for none.

    The one place an age label is worked out: the editor's symbols, its PNG/SVG/PDF export
    and the case-summary PDF all ask here, so none of them writes an impossible age.

    ``today`` is the day the map is drawn for (the export day, a summary's last day). With
    a full birth date the age counts the birthday: born 31 December 1985, a man is 40 until
    that day in 2026 (he was written 41 all year). Given only a year, the age is the one
    reached that year, as it must be for a birth year alone.

    Born and died both known, the years decide: a stored age at death (told before the
    years were) is written only where the years allow it, the birthday not yet come in the
    year of death or come (the model refuses a contradiction; a map saved before that
    check still opens, and "1990–2015" with 60 inside said two things).
    """
    if person.kind is not PersonKind.PERSON:
        return None
    born, died = person.birth_year, person.death_year
    if born is not None and died is not None:
        if died < born:
            return None
        return person.age if person.age in death_ages(born, died) else died - born
    if person.age is not None:
        return person.age
    if born is None or person.is_deceased or today is None:
        return None
    if isinstance(today, date):
        age = today.year - born
        birthday = _month_day(person.birth_date)
        if birthday is not None and (today.month, today.day) < birthday:
            age -= 1
    else:
        age = today - born
    return age if 0 <= age <= MAX_LIVING_AGE else None


def _month_day(iso: str | None) -> tuple[int, int] | None:
    """Month and day of an ISO birth date, or None where there is none (or it is not one)."""
    if not iso:
        return None
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return None
    return day.month, day.day


def person_lines(person: Person, mode: LabelMode, year: date | int | None) -> list[str]:
    """Name line, then years; the age goes inside the symbol instead of a line of its own,
    except for a person of unknown sex, whose symbol holds the question mark. The editor and
    the case-summary PDF write the same lines."""
    lines = [display_name(person, mode)]
    rest = person_label(replace(person, name="", role=""), year=year)
    if rest and age_inside(person, year):
        rest = rest[:-1]
    lines.extend(rest)
    if person.labels:
        lines.append(", ".join(person.labels))
    return [line for line in lines if line]


def age_inside(person: Person, year: date | int | None) -> bool:
    """Whether the age is written inside the symbol (not for the question mark's)."""
    return person_age(person, year) is not None and person.sex is not Sex.UNKNOWN


#: Each kind of emotional relationship in its own colour, the same on screen and on paper.
RELATIONSHIP_COLOURS: dict[RelationshipKind, str] = {
    RelationshipKind.NORMAL: "#4a5560",
    RelationshipKind.CLOSE: "#2e7d32",
    RelationshipKind.FUSED: "#1b5e20",
    RelationshipKind.DISTANT: "#607d8b",
    RelationshipKind.CONFLICTUAL: "#d84315",
    RelationshipKind.HOSTILE: "#c62828",
    RelationshipKind.CLOSE_HOSTILE: "#ad1457",
    RelationshipKind.CUT_OFF: "#37474f",
    RelationshipKind.CUT_OFF_REPAIRED: "#00796b",
    RelationshipKind.FOCUSED_ON: "#1565c0",
    RelationshipKind.PHYSICAL_ABUSE: "#b71c1c",
    RelationshipKind.SEXUAL_ABUSE: "#880e4f",
    RelationshipKind.EMOTIONAL_ABUSE: "#c2185b",
    RelationshipKind.NEGLECT: "#6d4c41",
    RelationshipKind.CARETAKER: "#0277bd",
}
TRAUMA_COLOUR = "#e0a800"  # the small triangle inside the symbol


# ----- legend ---------------------------------------------------------------------------------
def _labels() -> dict[str, str]:
    return {
        "person:male": tr("Genogram", "Man"),
        "person:female": tr("Genogram", "Woman"),
        "person:other": tr("Genogram", "Other gender"),
        "person:unknown": tr("Genogram", "Sex unknown"),
        "person:index": tr("Genogram", "Index person (client)"),
        "person:deceased": tr("Genogram", "Deceased"),
        "person:pregnancy": tr("Genogram", "Pregnancy"),
        "person:miscarriage": tr("Genogram", "Miscarriage"),
        "person:stillbirth": tr("Genogram", "Stillbirth"),
        "marker:substance_abuse": tr("Genogram", "Substance abuse"),
        "marker:suspected_substance_abuse": tr("Genogram", "Suspected substance abuse"),
        "marker:in_recovery": tr("Genogram", "In recovery"),
        "marker:mental_illness": tr("Genogram", "Mental illness"),
        "marker:physical_illness": tr("Genogram", "Serious physical illness"),
        "marker:illness_and_substance": tr("Genogram", "Mental illness and substance abuse"),
        "marker:trauma": tr("Genogram", "Trauma"),
        "union:married": tr("Genogram", "Married"),
        "union:living_together": tr("Genogram", "Living together"),
        "union:living_apart": tr("Genogram", "Partners living apart"),
        "union:engaged": tr("Genogram", "Engaged"),
        "union:separated": tr("Genogram", "Separated"),
        "union:divorced": tr("Genogram", "Divorced"),
        "union:widowed": tr("Genogram", "Widowed"),
        "union:affair": tr("Genogram", "Affair"),
        "child:biological": tr("Genogram", "Biological child"),
        "child:adopted": tr("Genogram", "Adopted child"),
        "child:foster": tr("Genogram", "Foster child"),
        "child:twins": tr("Genogram", "Twins"),
        "child:identical_twins": tr("Genogram", "Identical twins"),
        "relationship:normal": tr("Genogram", "Normal"),
        "relationship:close": tr("Genogram", "Close"),
        "relationship:fused": tr("Genogram", "Fused"),
        "relationship:distant": tr("Genogram", "Distant"),
        "relationship:conflictual": tr("Genogram", "Conflictual"),
        "relationship:hostile": tr("Genogram", "Hostile"),
        "relationship:close_hostile": tr("Genogram", "Close and hostile"),
        "relationship:cut_off": tr("Genogram", "Cut off"),
        "relationship:cut_off_repaired": tr("Genogram", "Cut off and repaired"),
        "relationship:focused_on": tr("Genogram", "Focused on"),
        "relationship:physical_abuse": tr("Genogram", "Physical abuse"),
        "relationship:sexual_abuse": tr("Genogram", "Sexual abuse"),
        "relationship:emotional_abuse": tr("Genogram", "Emotional abuse"),
        "relationship:neglect": tr("Genogram", "Neglect"),
        "relationship:caretaker": tr("Genogram", "Caretaker"),
    }


def legend_entries(g: Genogram) -> list[LegendEntry]:
    """One entry for every symbol the genogram actually uses, in a fixed reading order."""
    used: set[str] = set()
    for p in g.persons.values():
        if p.kind is PersonKind.PERSON:
            used.add(f"person:{p.sex.value}")
        else:
            used.add(f"person:{p.kind.value}")
        if p.is_index:
            used.add("person:index")
        if p.is_deceased and p.kind is PersonKind.PERSON:
            used.add("person:deceased")
        # What the fills draw, not every marker the person has: a suspicion under
        # "in recovery" and substance abuse inside three quarters were listed, unseen.
        used.update(marker_drawing(p.markers).legend_keys)
    for u in g.unions.values():
        used.add(f"union:{u.kind.value}")
    for lk in g.child_links.values():
        used.add(f"child:{lk.kind.value}")
        if lk.twin_group is not None:
            used.add("child:identical_twins" if lk.identical else "child:twins")
    for r in g.relationships.values():
        used.add(f"relationship:{r.kind.value}")
    labels = _labels()
    return [
        LegendEntry(key, label, key.split(":", 1)[0])
        for key, label in labels.items()
        if key in used
    ]


# ----- couple line captions -------------------------------------------------------------
# A couple line writes its years with an abbreviation before each ("m. 2005", "d. 2010").
# The editor's couple lines and legend and the case summary's legend all read them here, so
# the legend explains exactly the abbreviations the lines write, in one set of words.
def couple_start_abbreviation(kind: UnionKind) -> str:
    """The abbreviation before the year a couple got together ("g." in Swedish)."""
    if kind is UnionKind.LIVING_TOGETHER:
        #: Abbreviation before a year on a couple line: living together since.
        return tr("Genogram", "lt.")
    if kind is UnionKind.LIVING_APART:
        #: Abbreviation before a year on a couple line: partners living apart since.
        return tr("Genogram", "la.")
    if kind is UnionKind.ENGAGED:
        #: Abbreviation before a year on a couple line: engaged in.
        return tr("Genogram", "e.")
    if kind is UnionKind.AFFAIR:
        #: Abbreviation before a year on a couple line: affair since.
        return tr("Genogram", "a.")
    #: Abbreviation before a year on a couple line: married in.
    return tr("Genogram", "m.")


def couple_end_abbreviation(kind: UnionKind) -> str:
    """The abbreviation before the year a couple ended (separated, divorced, widowed); a
    dash for any other couple (a married couple's end year needs no word)."""
    if kind is UnionKind.SEPARATED:
        #: Abbreviation before a year on a couple line: separated in.
        return tr("Genogram", "s.")
    if kind is UnionKind.DIVORCED:
        #: Abbreviation before a year on a couple line: divorced in.
        return tr("Genogram", "d.")
    if kind is UnionKind.WIDOWED:
        #: Abbreviation before a year on a couple line: widowed in.
        return tr("Genogram", "w.")
    return "–"


def couple_caption(union: Union) -> list[str]:
    """The lines a couple line writes under itself: the year they got together and the
    year it ended, each after its abbreviation ("m. 2005", "d. 2010"); none without years.
    The editor and the case summary's map both write these."""
    lines = []
    if union.start_year is not None:
        lines.append(f"{couple_start_abbreviation(union.kind)} {union.start_year}")
    if union.end_year is not None:
        lines.append(f"{couple_end_abbreviation(union.kind)} {union.end_year}")
    return lines


#: From the children's line (the middle of the couple line) to the start of its years.
CAPTION_GAP = 4.0
#: How far right of the middle the years reach ("m. 1975", "d. 1987"), in scene units.
CAPTION_REACH = 64.0
#: The years' size in scene units (the names are 10.5).
CAPTION_SIZE = 7.5


def caption_floors(layout: Layout) -> dict[str, float]:
    """For couple lines whose years another couple line runs under (a later partner's line,
    drawn lower to pass the earlier partner): the lowest such line's height. The years go
    below it, or that line struck them through."""
    rows: dict[int, list[UnionLine]] = {}
    for line in layout.unions.values():
        rows.setdefault(round(min(line.y1, line.y2) / 10), []).append(line)
    floors: dict[str, float] = {}
    for lines in rows.values():
        if len(lines) < 2:
            continue
        for u in lines:
            lo = (u.x1 + u.x2) / 2 + CAPTION_GAP
            hi = lo + CAPTION_REACH
            below = [
                v.y
                for v in lines
                if u.y < v.y <= u.y + 40 and min(v.x1, v.x2) < hi and max(v.x1, v.x2) > lo
            ]
            if below:
                floors[u.union_id] = max(below)
    return floors


def couple_caption_words(which: str, kind: UnionKind) -> str:
    """What a couple line's abbreviation stands for, as the legend says it: ``which`` is
    "start" or "end"; "" for an end year written with a dash."""
    if which == "start":
        return {
            UnionKind.LIVING_TOGETHER: tr("Genogram", "living together since (year)"),
            UnionKind.LIVING_APART: tr("Genogram", "living apart together since (year)"),
            UnionKind.ENGAGED: tr("Genogram", "engaged in (year)"),
            UnionKind.AFFAIR: tr("Genogram", "affair since (year)"),
        }.get(kind) or tr("Genogram", "married in (year)")
    return {
        UnionKind.SEPARATED: tr("Genogram", "separated in (year)"),
        UnionKind.DIVORCED: tr("Genogram", "divorced in (year)"),
        UnionKind.WIDOWED: tr("Genogram", "widowed in (year)"),
    }.get(kind, "")


def with_couple_captions(entries: list[LegendEntry], g: Genogram) -> list[LegendEntry]:
    """The legend's entries and, after the couples', one row for each abbreviation the
    couple lines write before a year (key "caption:<abbreviation>", category "caption"):
    unexplained, "d." read as died. Nothing is added to an empty legend."""
    if not entries:
        return entries
    rows: dict[str, str] = {}
    for u in g.unions.values():
        if u.start_year is not None:
            words = couple_caption_words("start", u.kind)
            rows.setdefault(couple_start_abbreviation(u.kind), words)
        if u.end_year is not None:
            words = couple_caption_words("end", u.kind)
            if words:  # a married couple's end year has a dash, not an abbreviation
                rows.setdefault(couple_end_abbreviation(u.kind), words)
    if not rows:
        return entries
    captions = [LegendEntry(f"caption:{abbr}", words, "caption") for abbr, words in rows.items()]
    last = max((i for i, e in enumerate(entries) if e.category == "union"), default=-1)
    return entries[: last + 1] + captions + entries[last + 1 :]


def name_breaks(text: str) -> list[tuple[str, str, bool]]:
    """Every way to set a name in two lines: at a space (which goes), or after a hyphen
    inside a double name (which stays: "Johansson-" / "Lindqvist"); True for a space.

    One rule for the editor and the PDF, which each measure the lines in their own fonts
    (they had a copy each, and only the editor's knew the Unicode hyphen).
    """
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            first, second = text[:i].rstrip(), text[i + 1 :].lstrip()
        elif ch in "-\u2010" and 0 < i < len(text) - 1 and " " not in text[i - 1 : i + 2]:
            first, second = text[: i + 1], text[i + 1 :]
        else:
            continue
        if first and second:
            out.append((first, second, ch == " "))
    return out


def name_halves(
    text: str, width: Callable[[str], float], room: float = math.inf
) -> tuple[str, str] | None:
    """A name in two lines at the break that leaves the wider line narrowest, ``width``
    measuring a line: at a space rather than inside a double name ("Fatima / Al-Zahra
    Hassan", not "Fatima Al- / Zahra Hassan") where a break at a space gives two lines
    within ``room``. None for a name that cannot break."""
    breaks = name_breaks(text)
    if not breaks:
        return None

    def wider(h: tuple[str, str, bool]) -> float:
        return max(width(h[0]), width(h[1]))

    fitting = [h for h in breaks if wider(h) <= room]
    spaces = [h for h in fitting if h[2]]
    first, second, _space = min(spaces or fitting or breaks, key=wider)
    return first, second
