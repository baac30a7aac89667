"""Pseudonymize a case snapshot before it leaves the vault (PDF export, supervision packet).

Names become roles relative to the client ("father", "partner", "child 1"), exact dates
shift by one secret offset per export (intervals stay true, the calendar does not),
the family map shows ages instead of birth and death years, occupations and genogram
notes go, and free text is scrubbed of every name known to the case plus the therapist's
own list (places, employers, nicknames), however a note spells them (another apostrophe, no
accents, decomposed or composed), and of what patterns can find: dates (also a day
and month alone), e-mail addresses, phone numbers, street addresses and postcodes, car
registration numbers. The replacements are listed for the therapist to review first.
"""

from __future__ import annotations

import copy
import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from kastdesk.genogram import Genogram
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import ChildLink, PersonKind, anchor_of
from kastdesk.genogram.symbols import person_age
from kastdesk.i18n import tr

CTX = "Pseudonym"

# Values under these keys are ids, enum values or counts: never rewritten.
_KEEP_KEYS = frozenset(
    {
        "id",
        "client_id",
        "format",
        "version",
        "kind",
        "state",
        "status",
        "modality",
        "present",
        "variant",
        "change",
        "better",
        "code",
        "exercise",
        "need_id",
        "trigger_id",
        "number",
        "seriousness",
        "lapse_kind",
        "empty",
        "session_id",
    }
)
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(T[\d:.]+(?:[+-]\d{2}:\d{2}|Z)?)?$")
_ISO_IN_TEXT = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_LOCAL_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)")
# Months written out, in Swedish, Norwegian and English (full and short): "14. juni 1975",
# "3 mars", "June 14, 1975". A date in words is as telling as a numeric one (a birthday).
_MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    "januar|februar|mai|august|desember|"
    "january|february|march|may|june|july|october|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|des"
)
_WORD_DATE = re.compile(
    rf"(?<![\w.])(?:\d{{1,2}}(?:\.|:e|:a|st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?"
    rf"(?:,?\s+\d{{4}})?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)(?!\w)",
    re.IGNORECASE,
)
# A day and month without a year: "12/3" (Swedish), "12.3." (Norwegian, with its closing
# dot: "3.5" without one is a decimal). A birthday needs no year to identify someone. Not a
# common fraction ("1/2", "3/4"), "24/7" or a score out of ten ("8/10", an urge log's), which
# are far more often meant than a date: false positives make the text unreadable.
_DAY_MONTH = re.compile(
    r"(?<![\w./,])(?P<day>\d{1,2})(?:/(?P<month>\d{1,2})(?![\d/.]\d|\d)"
    r"|\.(?P<month2>\d{1,2})(?=\.(?!\d)))"
)
_NOT_DATES = frozenset({"1/2", "1/3", "2/3", "1/4", "3/4", "24/7"})
# A street and its number ("Storgatan 12", "Karl Johans gate 5 B", "Baker Street 221b"),
# with a postcode and town after it ("41301 Göteborg", Norwegian four digits "0159 Oslo").
_STREET_WORDS = (
    "gatan|gata|gate|gaten|vägen|väg|veien|vei|vegen|veg|gränd|gränden|stigen|stig|stien|sti|"
    "allén|allé|alle|alléen|torget|torg|torv|plass|plassen|plan|backen|backe|bakken|kaj|kajen|"
    "brygga|bryggen|street|road|lane|avenue"
)
_TOWN = r"[A-ZÅÄÖÆØ][\w\-]+"
_ADDRESS = re.compile(
    rf"(?<![\w-])(?:[A-ZÅÄÖÆØ][\w\-]*?(?:{_STREET_WORDS})"
    rf"|(?:[A-ZÅÄÖÆØ][\w\-]+\s+)?[A-ZÅÄÖÆØ][\w\-]+\s+(?:{_STREET_WORDS}))"
    rf"\s+\d{{1,4}}(?:\s?[A-Za-z](?![\w]))?"
    rf"(?:,?\s+(?:\d{{3}}\s?\d{{2}}|\d{{4}})\s+{_TOWN})?"
)
# A Swedish postcode with its town on its own ("413 01 Göteborg", "41301 Göteborg").
_POSTCODE = re.compile(rf"(?<![\w-])\d{{3}}\s?\d{{2}}\s+{_TOWN}")
# Car registration plates: Swedish "ABC 123" / "ABC 12A" (no I, Q, V), Norwegian "AB 12345".
_PLATE = re.compile(
    r"(?<![\w-])(?!SOS\b)(?:[A-HJ-PR-UW-Z]{3}\s?\d{2}[\dA-HJ-PR-UW-Z]|[A-Z]{2}\s?\d{5})(?![\w-])"
)  # not "SOS 112", the emergency number
# A nickname on a family-map label, in any of the quotes people type.
_QUOTED = re.compile(
    "|".join(f"{a}[^{b}\\n]{{1,30}}{b}" for a, b in ("''", '""', "«»", "“”", "‘’"))
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w-])\+?\d[\d \-]{6,}\d(?![\w-])")

# ----- names as written -----------------------------------------------------------------
# A name is found however the note spells it: names and text are compared in a folded form
# (below) and the text's own characters are replaced, so the rest stays exactly as written.
#
# Apostrophes as Word and Outlook autocorrect them (’), as phones and foreign keyboards type
# them (ʼ ‘ ` ´): "O’Brien" is "O'Brien". Also the hyphens that look like "-".
_SAME_MARK = str.maketrans(
    dict.fromkeys("\u2019\u2018\u201b\u02bc\u02b9`\u00b4\u2032\uff07", "'")
    | dict.fromkeys("\u2010\u2011", "-")
)
# Letters that do not decompose into a base letter and a mark (ø is not o + a stroke in
# Unicode), spelled as a keyboard without them writes them: "Zolc" for "Żółć", "Aero" for
# "Ærø". Å, Ä and Ö decompose and lose their ring and dots like any accent: "Bjorn" is
# "Björn", "Asa" is "Åsa". To a Swedish or Norwegian reader they are letters of their own,
# but a keyboard borrowed abroad drops them, and a name let through is worse than a word
# withheld (a short name is only matched capitalized or in capitals, see ``_compile``).
_BARE_LETTERS = {
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ß": "ss", "ẞ": "SS",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
}
_MARKS = frozenset({"Mn", "Me"})


@lru_cache(maxsize=8192)
def _fold_char(c: str, before_lower: bool) -> str:
    """One character as it is compared: apostrophes alike, accents and other marks dropped
    (after canonical decomposition, so a name stored decomposed is the one typed composed),
    a soft hyphen dropped. Case is kept: ``_compile`` decides which cases match. An "Æ"
    before a small letter is "Ae", as typed ("Aero"), not "AE"."""
    if c == "\u00ad":
        return ""
    bare = "".join(
        x for x in unicodedata.normalize("NFD", c.translate(_SAME_MARK))
        if unicodedata.category(x) not in _MARKS
    )
    out = "".join(_BARE_LETTERS.get(x, x) for x in bare)
    if before_lower and len(out) > 1 and out.isupper():
        out = out[0] + out[1:].lower()
    return out


def fold_name(text: str) -> str:
    """``text`` as names are compared (case kept): "O’Brien" → "O'Brien", "Żółć" → "Zolc",
    "Ærø" → "Aero"; decomposed and composed forms fold alike."""
    return _folded(text)[0]


def _folded(text: str) -> tuple[str, Sequence[int]]:
    """``text`` folded, and for each folded character the index of the character of
    ``text`` it came from (a folded match is replaced in the text as written)."""
    if text.isascii() and "`" not in text:
        return text, range(len(text))
    parts: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        nxt = unicodedata.normalize("NFD", text[i + 1 : i + 2])[:1]
        piece = _fold_char(c, nxt.islower())
        parts.append(piece)
        where.extend([i] * len(piece))
    return "".join(parts), where


def _span_end(text: str, where: Sequence[int], end: int) -> int:
    """The end in ``text`` of a folded match ending at ``end``: after the last matched
    character and the accents written after it (decomposed "José" is "Jose" + a mark)."""
    i = where[end - 1] + 1
    while i < len(text) and unicodedata.category(text[i]) in _MARKS:
        i += 1
    return i


@dataclass(frozen=True)
class Replacement:
    """One thing the export will replace, for the review list shown before export."""

    original: str
    replacement: str
    source: str  # "client", "genogram", "extra"


# ----- roles -------------------------------------------------------------------------
def kinship_roles(g: Genogram) -> dict[str, str]:
    """A role for every person relative to the index person; duplicates numbered.

    Derived from the family structure (:func:`kastdesk.genogram.kinship.kinship`, not from
    the free-text ``role`` field, which may itself hold a name). Children of the client are
    always numbered ("child 1").
    """
    index = g.index_person
    persons = list(g.persons.values())
    if index is None:
        return {p.id: tr("Pseudonym", "person {n}").format(n=i) for i, p in enumerate(persons, 1)}
    roles = kinship(g)
    roles[index.id] = tr("Pseudonym", "the client")
    # A pregnancy or a loss is no child to number: kinship names it ("miscarriage").
    children = sorted(
        {c for c in g.children_of(index.id) if g.persons[c].kind is PersonKind.PERSON},
        key=lambda p: (g.persons[p].birth_year or 0, p),
    )
    for number, child in enumerate(children, start=1):
        roles[child] = tr("Pseudonym", "child {n}").format(n=number)
    # Number every role that occurs more than once ("brother 1", "brother 2").
    counts = Counter(r for pid, r in roles.items() if pid not in children)
    seen: Counter[str] = Counter()
    ordered = sorted(persons, key=lambda p: (p.birth_year or 0, p.id))
    for p in ordered:
        role = roles[p.id]
        if p.id in children or counts[role] < 2:
            continue
        seen[role] += 1
        roles[p.id] = f"{role} {seen[role]}"
    return roles


# ----- the pseudonymizer ---------------------------------------------------------------
class Pseudonymizer:
    """Replacements for one export; call :meth:`apply` on a snapshot."""

    def __init__(
        self,
        names: Mapping[str, tuple[str, str]],
        *,
        date_offset_days: int,
        birth_dates: Iterable[str] = (),
        roles: Mapping[str, str] | None = None,
        code: str = "",
        reference: str | None = None,
    ) -> None:
        self.names = dict(names)  # original -> (replacement, source)
        # The client code is the key to the clinic's register and carries the year of first
        # contact, which narrows the secret date offset: the export shows a reference of its
        # own instead, recorded in the audit log so the therapist can tell which case it was.
        self.code = code
        self.reference = reference or new_reference()
        self._code = (
            re.compile(rf"(?<![\w-]){re.escape(code.strip())}(?![\w-])", re.IGNORECASE)
            if code.strip()
            else None
        )
        self.offset = timedelta(days=date_offset_days)
        self.birth_dates = {d for d in birth_dates if d}
        self.roles = dict(roles or {})
        self._pattern = self._compile()

    @classmethod
    def for_snapshot(
        cls,
        snapshot: Mapping[str, Any],
        extra_names: Iterable[str] = (),
        *,
        date_offset_days: int | None = None,
        reference: str | None = None,
    ) -> Pseudonymizer:
        """Collect every name the case knows and pick a secret date offset."""
        names: dict[str, tuple[str, str]] = {}
        first_names: Counter[str] = Counter()
        roles: dict[str, str] = {}
        people: list[tuple[str, str, str]] = []  # name, role, source
        birth_dates: list[str] = []
        genogram = None
        if snapshot.get("genogram"):
            genogram = Genogram.from_dict(snapshot["genogram"])
            roles = kinship_roles(genogram)
            for p in genogram.persons.values():
                if p.name.strip():
                    people.append((_nfc(p.name), roles[p.id], "genogram"))
                if p.birth_date:
                    birth_dates.append(p.birth_date)
        client_name = _nfc(snapshot.get("name") or "")
        if client_name:
            people.insert(0, (client_name, tr("Pseudonym", "the client"), "client"))
        # Counted as compared: "Björn" and "Bjorn" are one first name in a note.
        for name, _, _ in people:
            first_names.update({fold_name(name.split()[0]).casefold()})
        for name, role, source in people:
            names.setdefault(name, (role, source))
        for name, role, source in people:
            tokens = [t for t in re.split(r"[\s\-]+", name) if len(t) >= 2]
            for i, token in enumerate(tokens):
                if token in names:
                    continue
                if i == 0 and first_names[fold_name(token).casefold()] == 1:
                    names[token] = (role, source)
                elif i == 0:
                    names[token] = (tr("Pseudonym", "[name]"), source)
                else:
                    names[token] = (tr("Pseudonym", "[family name]"), source)
        for extra in extra_names:
            extra = _nfc(extra)
            if extra and extra not in names:
                names[extra] = (tr("Pseudonym", "[withheld]"), "extra")
        if date_offset_days is None:
            magnitude = 35 + secrets.randbelow(330)
            date_offset_days = magnitude if secrets.randbelow(2) else -magnitude
        return cls(
            names,
            date_offset_days=date_offset_days,
            birth_dates=birth_dates,
            roles=roles,
            code=str(snapshot.get("code") or ""),
            reference=reference,
        )

    def review(self) -> list[Replacement]:
        """What will be replaced (the client code, then names longest first), for the
        therapist to check."""
        code = [Replacement(self.code, self.reference, "client")] if self.code else []
        return code + [
            Replacement(original, repl, source)
            for original, (repl, source) in sorted(
                self.names.items(), key=lambda kv: (-len(kv[0]), kv[0])
            )
        ]

    def _compile(self) -> re.Pattern[str] | None:
        """One pattern for every name, matched on folded text (:func:`fold_name`): a name is
        found with other apostrophes, without its accents (or with accents it was stored
        without), decomposed or composed. As written, in capitals, capitalized; in small
        letters only for names of five letters or more: "tone", "per", "as" (for "Ås") and
        "öla" (for "Ola") are ordinary words."""
        variants: dict[str, list[str]] = {}
        for name in self.names:
            forms = [name, name.upper()]
            if len(name) >= 5:
                forms.append(name.lower())
            if name[:1].islower():
                forms.append(name[:1].upper() + name[1:])
            for form in forms:
                named = variants.setdefault(fold_name(form), [])
                if name not in named:
                    named.append(name)
        variants.pop("", None)
        if not variants:
            return None
        self._variant_of = variants
        alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        # The Swedish and Norwegian possessive ("Eriks mor", "HÅKONS mamma", "Hans' bil",
        # English "Erik's") is the name: an s in either case, after an apostrophe or not.
        return re.compile(rf"(?<!\w)({alternation})((?:'?[sS])|'(?=\s))?(?!\w)")

    def _names(self, text: str) -> str:
        """Every name in ``text`` replaced by its role, the rest as written."""
        assert self._pattern is not None
        folded, where = _folded(text)
        out: list[str] = []
        done = 0
        for m in self._pattern.finditer(folded):
            start = where[m.start()]
            end = _span_end(text, where, m.end(1))
            stop = _span_end(text, where, m.end()) if m.group(2) else end
            role = self.names[self._which(m.group(1), text[start:end])][0]
            out += [text[done:start], role, text[end:stop].lower()]
            done = stop
        out.append(text[done:])
        return "".join(out)

    def _which(self, variant: str, written: str) -> str:
        """The name a match stands for. Two people's names may fold alike ("Björn" and
        "Bjorn"): the one written exactly so (but for case), else the first."""
        names = self._variant_of[variant]
        if len(names) > 1:
            written = _nfc(written).casefold()
            for name in names:
                if name.casefold() == written:
                    return name
        return names[0]

    # ----- text and dates ------------------------------------------------------------
    def text(self, value: str) -> str:
        """Scrub one piece of free text."""
        if not value:
            return value
        # The code first: it is the key to the register, and a note that names it ("K-2026-042
        # said…") gave it away although the cover printed the reference.
        out = self._code.sub(self.reference, value) if self._code is not None else value
        out = _EMAIL.sub(tr("Pseudonym", "[e-mail]"), out)
        out = _ISO_IN_TEXT.sub(lambda m: self.shift_day(m.group(0)), out)
        out = _LOCAL_DATE.sub(tr("Pseudonym", "[date]"), out)
        out = _WORD_DATE.sub(tr("Pseudonym", "[date]"), out)
        out = _DAY_MONTH.sub(self._day_month, out)
        address = tr("Pseudonym", "[address]")
        out = _ADDRESS.sub(address, out)
        out = _POSTCODE.sub(address, out)
        out = _PLATE.sub(tr("Pseudonym", "[registration number]"), out)
        phone = tr("Pseudonym", "[phone]")
        out = _PHONE.sub(lambda m: m.group(0) if _ISO_IN_TEXT.fullmatch(m.group(0)) else phone, out)
        if self._pattern is not None:
            out = self._names(out)
        return out

    @staticmethod
    def _day_month(match: re.Match[str]) -> str:
        """A day and month become "[date]"; a fraction, a score or no date stays as written."""
        day = int(match.group("day"))
        month = int(match.group("month") or match.group("month2"))
        if match.group(0) in _NOT_DATES or (match.group("month") == "10" and day <= 10):
            return match.group(0)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        return tr("Pseudonym", "[date]")

    def shift_day(self, iso: str) -> str:
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return tr("Pseudonym", "[date]")
        shifted = day + self.offset
        while shifted.isoformat() in self.birth_dates:  # never print a real birth date
            shifted += timedelta(days=1)
        return shifted.isoformat() + iso[10:]

    def value(self, value: Any, key: str = "") -> Any:
        """Walk JSON-like data: shift ISO dates, scrub strings, keep ids and enums."""
        if isinstance(value, str):
            if key in _KEEP_KEYS or key.endswith("_id"):
                return value
            if _ISO_DAY.match(value):
                return self.shift_day(value)
            return self.text(value)
        if isinstance(value, Mapping):
            return {k: self.value(v, str(k)) for k, v in value.items()}
        if isinstance(value, list | tuple):
            if key in _KEEP_KEYS or key.endswith("_ids"):
                return list(value)
            return [self.value(v, key) for v in value]
        return value

    # ----- the whole snapshot --------------------------------------------------------
    def label(self, text: str) -> str:
        """A family-map label: free text, and a word in quotes is a nickname ("Håkon
        'Hakke'"): on a map the quotes mean a name, which no list of names knows."""
        return _QUOTED.sub(tr("Pseudonym", "[name]"), self.text(text))

    def genogram(
        self, data: Mapping[str, Any], reference_year: int | None = None
    ) -> dict[str, Any]:
        """Names become roles; ages stand for birth and death years; occupations, notes,
        birth dates and the years of couples go.

        Ages, not years (nor years shifted with the dates): the date offset is under a year,
        so a shifted year is the real one or next to it, and "mother 1946–1995" or "child 1
        b. 2021" beside shifted session dates gives the shift away and names the family
        anyway. An age (at death for the deceased, else in ``reference_year``) still says
        what the supervisor needs: how old the client was when a parent died, how young the
        children are. The couples' years go for the same reason (their kind stays). The
        children keep their order (it was by birth year, which is gone).
        """
        g = Genogram.from_dict(data)
        persons = []
        for p in g.persons.values():
            role = self.roles.get(p.id, "")
            persons.append(
                replace(
                    p,
                    name=role if p.name.strip() or p.is_index else "",
                    role=role,
                    birth_date=None,
                    birth_year=None,
                    death_year=None,
                    age=person_age(p, reference_year),
                    deceased=p.is_deceased,
                    occupation="",
                    notes="",
                    labels=tuple(self.label(label) for label in p.labels),
                )
            )
        unions = [replace(u, start_year=None, end_year=None) for u in g.unions.values()]
        relationships = [replace(r, note="") for r in g.relationships.values()]
        out = Genogram.build(
            persons, unions, _children_in_order(g), relationships, check=False
        )
        return out.to_dict()

    def apply(self, snapshot: Mapping[str, Any]) -> dict[str, Any]:
        """A pseudonymized deep copy of ``snapshot``."""
        snap = copy.deepcopy(dict(snapshot))
        genogram = snap.pop("genogram", None)
        snap.pop("name", None)
        # The export's own date is withheld ("Exported [date]"). Real beside the shifted
        # period ("Exported 2026-12-03", "Period 2027-06-24 – 2027-09-30") it gave away the
        # shift's direction; shifted, it gave away the offset itself to a reader who knows
        # roughly when the PDF came (and the PDF's creation date holds the real day).
        exported_on = snap.pop("exported_on", None)
        out: dict[str, Any] = self.value(snap)
        if exported_on is not None:
            out["exported_on"] = tr("Pseudonym", "[date]")
        out["name"] = None
        if "code" in out:
            out["code"] = self.reference
        out["genogram"] = (
            self.genogram(genogram, snap.get("reference_year")) if genogram else None
        )
        out["pseudonymized"] = True
        return out


def _nfc(name: str) -> str:
    """A name as the replacements list it: composed (NFC), trimmed."""
    return unicodedata.normalize("NFC", name.strip())


def _children_in_order(g: Genogram) -> list[ChildLink]:
    """The child links with their birth order written out, as the map drew them: once the
    birth years are gone, siblings would otherwise be drawn in the order of their ids."""
    anchors = dict.fromkeys(anchor_of(link) for link in g.child_links.values())
    return [
        replace(link, birth_order=n)
        for anchor in anchors
        for n, link in enumerate(g.children_of_anchor(anchor))
    ]


#: Letters and digits that cannot be misread for one another (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
_REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"


def new_reference() -> str:
    """A random reference for one pseudonymized export, e.g. "P-7KQ4": says nothing about the
    client, and is short enough to read out over the phone to the supervisor."""
    return "P-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(4))


def known_names(snapshot: Mapping[str, Any]) -> list[str]:
    """Every full name the case knows (client and genogram), for tests and review."""
    names = []
    if snapshot.get("name"):
        names.append(str(snapshot["name"]))
    if snapshot.get("genogram"):
        names.extend(p["name"] for p in snapshot["genogram"].get("persons", []) if p.get("name"))
    return names
