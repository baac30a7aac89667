"""GEDCOM 5.5/5.5.1 import (via ged4py) and export of genograms.

Import reads the whole file into plain dicts first and checks it (references, loops, sizes)
before a genogram is built, so a bad file raises one ``GedcomError`` sentence and never yields
half a family. A date or year the map cannot take (a typo, a child born before a parent) is
left out of a family that does come in, and said in one sentence each (``GedcomImport``);
so is an approximate date ("ABT 1952", "BEF 1950", "BET 1950 AND 1955"), whose year comes
in as the map's plain year (the model has no "about"; the export writes that plain year).
Export writes standard lineage-linked GEDCOM 5.5.1 in UTF-8; what GEDCOM has no
tag for (KastDesk ids, couple kinds, markers) travels in ``_KD*`` tags that other programs
ignore, and emotional relationships are written as NOTE records a human can read.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import io
import logging
import os
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import networkx as nx

from kastdesk.i18n import tr

from .model import (
    NAME_MAX,
    YEAR_MAX,
    YEAR_MIN,
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
    date_problems,
    shown_name,
)
from .symbols import _labels as notation_labels

MAX_BYTES = 20 * 1024 * 1024
# ged4py logs what it finds odd in a file, with the line itself ("Line 5: b'1 CHAR ANSI'"),
# to stderr and to any log the app might have: case content outside the vault, and noise
# beside the one sentence the user gets. Its messages stay inside it.
logging.getLogger("ged4py").addHandler(logging.NullHandler())
logging.getLogger("ged4py").propagate = False
MAX_RECORDS = 200_000
DEFAULT_MAX_PERSONS = 500
#: The most an import may bring in, whatever is asked: the map is measured for 2,000 persons
#: (bench/genogram.py); 10,000 from the command line made a case that took 4.6 GB to open.
MAX_PERSONS = 2000

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_PEDI = {"adopted": ChildKind.ADOPTED, "foster": ChildKind.FOSTER}
_NOT_MARRIED = frozenset(
    {UnionKind.AFFAIR, UnionKind.LIVING_TOGETHER, UnionKind.LIVING_APART, UnionKind.ENGAGED}
)
_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class GedcomError(ValueError):
    """A GEDCOM file that cannot be imported; ``message`` is one plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class _Indi:
    xref: str
    name: str = ""
    sex: Sex = Sex.UNKNOWN
    birth_year: int | None = None
    birth_date: str | None = None
    deceased: bool = False
    death_year: int | None = None
    occupation: str = ""
    notes: list[str] = field(default_factory=list)
    famc: dict[str, ChildKind] = field(default_factory=dict)
    fams: list[str] = field(default_factory=list)
    kd_id: str | None = None
    kind: PersonKind = PersonKind.PERSON
    markers: list[Marker] = field(default_factory=list)
    index: bool = False
    role: str = ""
    labels: list[str] = field(default_factory=list)
    age: int | None = None
    note_refs: set[int] = field(default_factory=set)  # notes that are still a record's xref
    # Dates the map could not use, as written ("birth", "death"), and a death year left out
    # as before the birth: said to the user when the person is imported (see _left_out).
    unused: dict[str, str] = field(default_factory=dict)
    # Dates only approximate, as written ("birth", "death"): their year came in as if
    # exact, which the import says (see _left_out).
    approximate: dict[str, str] = field(default_factory=dict)
    death_before_birth: int | None = None
    slash_read_as_space: bool = False  # a "/" of the NAME line not round the surname
    surname: str = ""  # of the first NAME record, where the line marks one
    nicknames: list[str] = field(default_factory=list)  # NICK
    other_names: list[str] = field(default_factory=list)  # _MARNM, a second NAME record


@dataclass
class _Fam:
    xref: str
    partners: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    married: bool = False
    divorced: bool = False
    start_year: int | None = None
    end_year: int | None = None
    kind: UnionKind | None = None
    kd_id: str | None = None
    order: int | None = None
    birth_order: dict[str, int] = field(default_factory=dict)
    twins: dict[str, tuple[str, bool]] = field(default_factory=dict)
    unused: dict[str, str] = field(default_factory=dict)  # "marriage", "divorce": as _Indi's
    approximate: dict[str, str] = field(default_factory=dict)  # as _Indi's
    end_before_start: int | None = None


@dataclass
class _Rel:
    """An emotional relationship read back from the NOTE record KastDesk wrote for it."""

    kind: RelationshipKind
    persons: tuple[str, str]  # INDI xrefs
    directed: bool = False
    note: str = ""
    kd_id: str | None = None


# ----- reading ---------------------------------------------------------------------------------
def _read_bytes(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        try:
            if os.path.getsize(source) > MAX_BYTES:
                raise GedcomError(tr("Genogram", "The GEDCOM file is too large to import."))
            with open(source, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError:
            raise GedcomError(tr("Genogram", "The GEDCOM file could not be read.")) from None
    if len(data) > MAX_BYTES:
        raise GedcomError(tr("Genogram", "The GEDCOM file is too large to import."))
    return data


class _When(NamedTuple):
    """What a DATE record gives the map: the year; for an exact Gregorian day, its ISO date;
    and the date as written where the map could not use it: all of it (no year), or its day
    (a year and no ISO date: "31 FEB 1950"); and the date as written where it is only
    approximate ("ABOUT 1952", "BETWEEN 1950 AND 1955"): the map has no place for "about",
    so the year comes in as if exact, and the import says so."""

    year: int | None = None
    iso: str | None = None
    unused: str = ""
    approximate: str = ""


def _approximate_kinds() -> dict[Any, int]:
    """The ged4py kinds of an approximate date, each with which end of ``value.key()``
    holds the year the map keeps: the one the date names ("BEFORE 1950" is 1950, its other
    end is 5000 B.C.; "BETWEEN 1950 AND 1955" and "FROM 1950 TO 1955" are their first)."""
    from ged4py.date import DateValueTypes as K

    return {K.ABOUT: 0, K.CALCULATED: 0, K.ESTIMATED: 0, K.AFTER: 0, K.FROM: 0,
            K.RANGE: 0, K.PERIOD: 0, K.BEFORE: 1, K.TO: 1}


def _date(rec: Any) -> _When:
    """The year and day of a DATE record, and what of it was left out (see _When)."""
    value = getattr(rec, "value", None)
    try:
        from ged4py.calendar import CalendarType
        from ged4py.date import DateValueTypes

        if value is None:
            return _When()
        if value.kind is DateValueTypes.PHRASE:  # words, not a date ("2 DATE" alone: nothing)
            return _When(unused=_one_line(value.phrase))
        written = _one_line(str(value))
        approximate = _approximate_kinds()
        cd = value.key()[approximate.get(value.kind, 0)]
        if cd is None or cd.bc or not isinstance(cd.year, int) or not 1 <= cd.year <= 9999:
            return _When(unused=written)
        if value.kind in approximate:
            return _When(cd.year, approximate=written)
        if (
            value.kind is DateValueTypes.SIMPLE
            and cd.calendar is CalendarType.GREGORIAN
            and cd.month_num
            and cd.day
        ):
            try:
                return _When(cd.year, _dt.date(cd.year, cd.month_num, cd.day).isoformat())
            except ValueError:
                return _When(cd.year, None, written)
        return _When(cd.year)
    except Exception:  # ged4py date objects vary by calendar; a bad date is just unknown
        try:
            return _When(unused=_one_line(str(value)) or "?")
        except Exception:
            return _When(unused="?")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _printable(text: str) -> str:
    """Without control characters (a NUL byte in a name), which no label can show; line
    breaks and tabs stay (a tab in a note was dropped and joined two words).

    Composed (NFC) as typed text is: ANSEL files carry "Å" as A and a ring, which looked
    right but was another string than a typed "Åsa" (search, sorting, the export).
    """
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch in "\n\t" or (ch >= " " and ch != "\x7f"))


def _written(value: Any) -> str:
    """A text value as written: printable, with GEDCOM's doubled "@" single again."""
    return _printable(_text(value)).replace("@@", "@")


def _unix_lines(data: bytes) -> bytes:
    """The file with "\n" line ends where it has none (old Macs' "\r"), for the raw scans."""
    return data if b"\n" in data else data.replace(b"\r", b"\n")


def _one_line(value: Any) -> str:
    """A one-line value as written (GEDCOM doubles an "@" in text), on one line."""
    return " ".join(_written(value).split())


def _ptr(value: Any) -> str | None:
    """A pointer ("@N1@"), or None for text: an id holds no "@", so "@@erik@@" (the text
    "@erik@", its "@" doubled as GEDCOM wants) is text (it was read as a pointer and lost)."""
    v = _text(value).strip()
    return v if len(v) > 2 and v[0] == v[-1] == "@" and "@" not in v[1:-1] else None


def _from_utf16(data: bytes) -> bytes:
    """GEDCOM 5.5.1 allows UTF-16 (``CHAR UNICODE``), which ged4py cannot read (it needs an
    encoding where a line's level and tag are ASCII bytes): such a file is recoded to UTF-8
    here, its CHAR line with it. Any other file is returned as it is."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codec = "utf-16"
    elif data[:2] == b"0\x00":
        codec = "utf-16-le"
    elif data[:2] == b"\x000":
        codec = "utf-16-be"
    else:
        return data
    try:
        text = data.decode(codec)
    except UnicodeError:
        raise GedcomError(
            tr("Genogram", "The GEDCOM file's character encoding is wrong or not supported.")
        ) from None
    text = re.sub(r"(?m)^(\s*1\s+CHAR\s+)\S+", r"\g<1>UTF-8", text.lstrip("\ufeff"), count=1)
    return text.encode("utf-8")


def _parse(data: bytes) -> tuple[dict[str, _Indi], dict[str, _Fam], list[_Rel]]:
    from ged4py.parser import CodecError, GedcomReader, IntegrityError, ParserError

    data = _from_utf16(data)
    head = data[:256].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if not re.match(rb"0[ \t]+HEAD\b", head):
        raise GedcomError(tr("Genogram", "This is not a GEDCOM file."))
    _check_records(data)
    data = _with_charset(data)
    indis: dict[str, _Indi] = {}
    fams: dict[str, _Fam] = {}
    rels: list[_Rel] = []
    notes: dict[str, str] = {}
    note_ids: set[str] = set()
    rel_ids: set[str] = set()  # the NOTE records that are emotional relationships
    xrefs: dict[str, str] = {}
    try:
        reader = GedcomReader(io.BytesIO(data))
        if len(reader.index0) > MAX_RECORDS:
            raise GedcomError(tr("Genogram", "The GEDCOM file has too many records to import."))
        for rec in reader.records0():
            # A person and a family under one id (one kind twice is said below).
            if rec.xref_id and xrefs.setdefault(rec.xref_id, rec.tag) != rec.tag:
                raise GedcomError(
                    tr("Genogram", "The GEDCOM file gives two of its records the same id.")
                )
            if rec.tag == "INDI" and rec.xref_id:
                if rec.xref_id in indis:
                    raise GedcomError(tr("Genogram", "The GEDCOM file lists a person twice."))
                indis[rec.xref_id] = _read_indi(rec)
            elif rec.tag == "FAM" and rec.xref_id:
                if rec.xref_id in fams:
                    raise GedcomError(tr("Genogram", "The GEDCOM file lists a family twice."))
                fams[rec.xref_id] = _read_fam(rec)
            elif rec.tag == "NOTE" and rec.xref_id:
                # Which of two texts under one id a person's pointer means cannot be told.
                if rec.xref_id in note_ids:
                    raise GedcomError(tr("Genogram", "The GEDCOM file lists a note twice."))
                note_ids.add(rec.xref_id)
                rel = _read_rel(rec)
                if rel is not None:
                    rels.append(rel)
                    rel_ids.add(rec.xref_id)
                else:
                    notes[rec.xref_id] = _written(rec.value)
    except GedcomError:
        raise
    except (CodecError, UnicodeError, LookupError):
        raise GedcomError(
            tr("Genogram", "The GEDCOM file's character encoding is wrong or not supported.")
        ) from None
    except (ParserError, IntegrityError):
        raise GedcomError(tr("Genogram", "The GEDCOM file's structure is broken.")) from None
    except Exception:  # ged4py raises assorted errors on malformed input
        raise GedcomError(tr("Genogram", "The GEDCOM file could not be understood.")) from None
    for ind in indis.values():
        if ind.note_refs:  # a pointer to no note record stays as it was written
            # A pointer to an emotional relationship's note (KastDesk writes one under both
            # persons) is the relationship, read back as a line, not a note on the person.
            ind.notes = [
                notes.get(text, text) if i in ind.note_refs else text
                for i, text in enumerate(ind.notes)
                if not (i in ind.note_refs and text in rel_ids)
            ]
            ind.note_refs = set()
    return indis, fams, rels


def _read_rel(rec: Any) -> _Rel | None:
    """A relationship from KastDesk's own tags in a NOTE record (None for any other note).
    Its note is the text after the record's first line (which says the relationship in
    words for other programs)."""
    found: dict[str, str] = {}
    for sub in rec.sub_records:
        if sub.tag in ("_KDREL", "_KDFROM", "_KDTO", "_KDDIR", "_KDID"):
            found[sub.tag] = _text(sub.value).strip()
    a, b = _ptr(found.get("_KDFROM")), _ptr(found.get("_KDTO"))
    try:
        kind = RelationshipKind(found.get("_KDREL", ""))
    except ValueError:
        return None
    if a is None or b is None:
        return None
    text = _written(rec.value)
    note = text.split("\n", 1)[1] if "\n" in text else ""
    return _Rel(kind, (a, b), found.get("_KDDIR") == "Y", note, found.get("_KDID"))


#: Lines one record may have: a long note is some hundreds; the parser slows down sharply
#: past some hundred thousand (a 6 MB note of 500,000 lines took minutes to read).
MAX_RECORD_LINES = 20_000
_LEVEL0 = re.compile(rb"(?m)^[ \t]*0[ \t]+(?:@[^@\r\n]*@[ \t]+)?(\w*)")


def _with_charset(data: bytes) -> bytes:
    """A file whose header names no character set is read as UTF-8 where it is that (the
    parser took it for ANSEL and refused every "å" as a wrong encoding); the ANSEL the
    standard assumes stays for any other."""
    lines = _unix_lines(data)
    match = _LEVEL0.search(lines, 1)
    header = lines[: match.start() if match else len(lines)]
    if re.search(rb"(?m)^[ \t]*1[ \t]+CHAR\b", header):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    breaks = re.search(rb"\r\n|\r|\n", data)
    if breaks is None:
        return data
    return data[: breaks.end()] + b"1 CHAR UTF-8" + breaks.group() + data[breaks.end() :]


def _check_records(data: bytes) -> None:
    """The file whole (ending with its TRLR record: a file cut short read as half a family)
    and no record too long to read, checked on the raw lines before the parser runs."""
    lines = _unix_lines(data)
    starts = [(m.start(), m.group(1)) for m in _LEVEL0.finditer(lines)]
    if not starts or starts[-1][1] != b"TRLR":
        raise GedcomError(
            tr(
                "Genogram",
                "The GEDCOM file is incomplete (it does not end as a GEDCOM file must); "
                "it may have been cut short.",
            )
        )
    ends = [p for p, _tag in starts[1:]] + [len(lines)]
    for (start, _tag), end in zip(starts, ends, strict=True):
        if lines.count(b"\n", start, end) > MAX_RECORD_LINES:
            raise GedcomError(
                tr("Genogram", "A record in the GEDCOM file is too long to import.")
            )


def _read_indi(rec: Any) -> _Indi:
    ind = _Indi(rec.xref_id)
    for sub in rec.sub_records:
        tag = sub.tag
        if tag == "NAME":
            _read_names(ind, sub)
        elif tag == "SEX":
            ind.sex = {"M": Sex.MALE, "F": Sex.FEMALE}.get(
                _text(sub.value).strip().upper(), ind.sex
            )
        elif tag == "_KDSEX":
            with contextlib.suppress(ValueError):
                ind.sex = Sex(_text(sub.value).strip())
        elif tag == "BIRT":
            for d in sub.sub_records:
                if d.tag == "DATE":
                    when = _date(d)
                    ind.birth_year, ind.birth_date = when.year, when.iso
                    ind.unused["birth"] = when.unused
                    ind.approximate["birth"] = when.approximate
        elif tag == "DEAT":
            ind.deceased = True
            for d in sub.sub_records:
                if d.tag == "DATE":
                    when = _date(d)
                    ind.death_year = when.year
                    # Of a death the map keeps the year only: a wrong day loses nothing.
                    ind.unused["death"] = when.unused if when.year is None else ""
                    ind.approximate["death"] = when.approximate
        elif tag == "OCCU":
            ind.occupation = _one_line(sub.value)
        elif tag == "_KDROLE":
            ind.role = _one_line(sub.value)
        elif tag == "_KDLABEL":
            label = _one_line(sub.value)
            if label:
                ind.labels.append(label)
        elif tag == "_KDAGE" and _text(sub.value).strip().isdigit():
            age = int(_text(sub.value).strip())
            ind.age = age if age <= 130 else None
        elif tag == "NOTE":
            ref = _ptr(sub.value)
            if ref is None:  # GEDCOM doubles an "@" in text
                ind.notes.append(_written(sub.value))
            else:  # a shared note record (as Gramps writes), read when all records are in
                ind.notes.append(ref)
                ind.note_refs.add(len(ind.notes) - 1)
        elif tag == "FAMC":
            fam = _ptr(sub.value)
            if fam:
                kind = ChildKind.BIOLOGICAL
                for d in sub.sub_records:
                    if d.tag == "PEDI":
                        kind = _PEDI.get(_text(d.value).strip().lower(), ChildKind.BIOLOGICAL)
                ind.famc.setdefault(fam, kind)
        elif tag == "FAMS":
            fam = _ptr(sub.value)
            if fam and fam not in ind.fams:
                ind.fams.append(fam)
        elif tag == "_KDID":
            ind.kd_id = _text(sub.value).strip()
        elif tag == "_KDKIND":
            with contextlib.suppress(ValueError):
                ind.kind = PersonKind(_text(sub.value).strip())
        elif tag == "_KDMARK":
            with contextlib.suppress(ValueError):
                ind.markers.append(Marker(_text(sub.value).strip()))
        elif tag == "_KDINDEX":
            ind.index = True
    _keep_other_names(ind)
    if (
        ind.birth_year is not None
        and ind.death_year is not None
        and (ind.death_year < ind.birth_year)
    ):
        # contradictory dates: keep the birth, drop the death year
        ind.death_before_birth, ind.death_year = ind.death_year, None
    return ind


def _read_names(ind: _Indi, rec: Any) -> None:
    """A NAME record: the first is the person's name; a later one (a married or birth name,
    an alias: "2 TYPE married") and a married surname (_MARNM) are other names, a NICK a
    nickname (:func:`_keep_other_names` says where the map keeps them)."""
    name, slash = _read_name(rec)
    value = rec.value
    surname = " ".join(value[1].split()) if isinstance(value, tuple) and len(value) > 1 \
        and isinstance(value[1], str) else ""
    if not ind.name:
        ind.name, ind.slash_read_as_space, ind.surname = name, slash, surname
    elif name:
        ind.other_names.append(name)
    for sub in rec.sub_records:
        text = _one_line(sub.value)
        if not text:
            continue
        if sub.tag == "NICK":
            # A program may write the nickname in quotes ('2 NICK "Livvi"'): bare, or the
            # name became 'Liv ""Livvi"" Dahl' when it was quoted into the name.
            bare = (n.strip().strip(_NICK_QUOTES).strip() for n in re.split(r"\s*[,;]\s*", text))
            ind.nicknames.extend(n for n in bare if n)
        elif sub.tag == "_MARNM":
            married = " ".join(text.replace("/", " ").split())
            ind.other_names.append(
                name[: name.rfind(surname)] + married
                if surname and name.endswith(surname) else f"{name} {married}".strip()
            )


#: The line of a person's notes that holds their other names from a GEDCOM import, as
#: English; ``_also_known_as_line`` gives it in the language of the moment.
ALSO_KNOWN_AS = "Also known as: {names}"


#: The line's beginning in every shipped catalogue (tests/core/genogram/
#: test_gedcom_other_names.py checks them against the .ts files).
ALSO_KNOWN_AS_HEADS = ("Also known as: ", "Även känd som: ", "Også kjent som: ")


def _also_known_as_line() -> str:
    return tr("Genogram", "Also known as: {names}")


_NICK_QUOTES = "\"'«»“”„‘’‚()[]"


def _keep_other_names(ind: _Indi) -> None:
    """Keep a person's nicknames and other names where the map shows them and a
    pseudonymized export finds and withholds them (the map has one ``name`` field).

    A nickname goes into the name in quotes, as genealogy programs display it ('Erik
    "Bosse" Johansson', before the surname), unless the name already holds it: the map
    shows it where the therapist looks for the person, and the pseudonymizer takes a word
    in quotes in a name for a name of its own. Other names (a married or birth name, an
    alias) would make the map's label long: they go into the person's notes on a line of
    their own, "Also known as: Åsa Öberg", which the pseudonymizer reads as this
    person's names (:func:`also_known_as`). Dropping them, as before, left the client's
    married name ("Öberg, kallad Sassa") in every pseudonymized export.
    """
    for nick in dict.fromkeys(ind.nicknames):
        if not ind.name:
            ind.name = f'"{nick}"'
        elif nick.casefold() not in ind.name.casefold():
            at = ind.name.rfind(ind.surname) if ind.surname else -1
            ind.name = (
                f'{ind.name[:at]}"{nick}" {ind.name[at:]}' if at > 0
                else f'{ind.name} "{nick}"'
            )
    plain = ind.name.casefold()
    others = [n for n in dict.fromkeys(ind.other_names) if n.casefold() != plain]
    if others:
        ind.notes.append(_also_known_as_line().format(names="; ".join(others)))


def _after_heads(notes: str, shipped: tuple[str, ...], line: str) -> list[str]:
    """The rest of each line of ``notes`` that begins with a head of a line an import
    writes, stripped, where there is any: the head in every shipped catalogue
    (``shipped``) and in the language of the moment (``line``'s text before its field).
    The notes keep the language of the import, not of the export reading them."""
    heads = [h for h in dict.fromkeys((*shipped, line.split("{")[0])) if h.strip()]
    out: list[str] = []
    for text in notes.splitlines():
        head = next((h for h in heads if text.startswith(h)), None)
        if head is not None and text[len(head):].strip():
            out.append(text[len(head):].strip())
    return out


def also_known_as(notes: str) -> list[str]:
    """The other names a GEDCOM import wrote into a person's notes (``ALSO_KNOWN_AS``), in
    any language the app speaks: a family imported in Swedish may be exported in Norwegian,
    and its other names must still be known as names."""
    return [n.strip() for rest in _after_heads(notes, ALSO_KNOWN_AS_HEADS, _also_known_as_line())
            for n in rest.split(";") if n.strip()]


#: The line of a person's notes that holds the whole of a name longer than ``NAME_MAX`` (the
#: map's name is its beginning), as English; ``_whole_name_line`` gives it in the language
#: of the moment.
WHOLE_NAME = "The whole name in the GEDCOM file: {name}"


#: The line's beginning in every shipped catalogue (tests/core/genogram/
#: test_gedcom_long_names.py checks them against the .ts files).
WHOLE_NAME_HEADS = (
    "The whole name in the GEDCOM file: ",
    "Hela namnet i GEDCOM-filen: ",
    "Hele navnet i GEDCOM-filen: ",
)


def _whole_name_line() -> str:
    return tr("Genogram", "The whole name in the GEDCOM file: {name}")


def names_in_notes(notes: str) -> list[str]:
    """Every name of the person a GEDCOM import wrote into their notes, in any language the
    app speaks: the whole of a name too long for the map, then the other names
    (:func:`also_known_as`). The pseudonymizer knew only the map's name, the first
    ``NAME_MAX`` characters, and the rest of the long name went out with the notes."""
    return _after_heads(notes, WHOLE_NAME_HEADS, _whole_name_line()) + also_known_as(notes)


def _squash(text: str) -> str:
    """A name as a NAME line says it: the "/" round the surname is no part of it, and
    whitespace runs are one space."""
    return " ".join(text.replace("/", " ").split())


def _slashes_in_line(value: Any) -> int:
    """How many "/" of a NAME line are not the two that mark the surname.

    ged4py splits the line at its first two "/" (given, surname, the rest), so any "/" left
    in the pieces was one more than GEDCOM's marks: "Anna/Lena /Berg/" splits as "Anna",
    "Lena", "Berg/". A line read as it is (a string) keeps all of them.
    """
    if isinstance(value, tuple):
        return sum(v.count("/") for v in value if isinstance(v, str))
    return max(0, _written(value).count("/") - 2)


def _with_parts(name: str, parts: dict[str, str]) -> str:
    """``name`` (read from the line) with a GIVN or SURN that holds a "/" put back in it,
    where the part without its "/" stands in the name as whole words: "Dr Anna Lena Berg"
    with GIVN "Anna/Lena" is "Dr Anna/Lena Berg". The line alone cannot hold such a "/"."""
    for tag in ("GIVN", "SURN"):
        part = " ".join(parts.get(tag, "").split())
        if "/" not in part or not _squash(part):
            continue
        name = re.sub(
            r"(?:(?<= )|^)" + re.escape(_squash(part)) + r"(?= |$)",
            lambda _m, part=part: part,
            name,
            count=1,
        )
    return name


def _read_name(rec: Any) -> tuple[str, bool]:
    """The name of a NAME record, and whether a "/" of it was read as a space.

    The name is the record's line with the "/" round the surname taken out and spaces
    tidied, or the exact name its GIVN and SURN parts give where they say the same.

    The parts are what KastDesk writes where the line cannot carry a typed name as it is
    (a "/" in it, two spaces, see ``_gedcom_name``); a part may end in a space ("Anna " of
    "Anna  Berg"), which the parser keeps. A file whose parts say anything but the line
    (a prefix or suffix, surname first, a list "Berg,Lund") is read from its line: the
    parts never change what the name says, only how it is spelt (a "/" of a part is put
    back in the line's name). A "/" the line has beyond the two round the surname
    ("1 NAME Anna/Lena /Berg/") cannot be told from a mark in GEDCOM, so it is read as a
    space, and the import says so: a name changed without a word went unnoticed.
    """
    value = rec.value
    extra = _slashes_in_line(value)
    if isinstance(value, tuple):  # ged4py splits names into (given, surname, suffix)
        value = " ".join(v for v in value if isinstance(v, str))
    name = _squash(_written(value))
    parts = {d.tag: _written(d.value) for d in rec.sub_records}
    if not name:  # the parts only, as subrecords ("1 NAME" / "2 GIVN" / "2 SURN")
        given = " ".join(parts.get(t, "") for t in ("NPFX", "GIVN", "SPFX", "SURN", "NSFX"))
        return " ".join(given.split()), False
    if "GIVN" in parts or "SURN" in parts:
        exact = " ".join(parts[t] for t in ("GIVN", "SURN") if parts.get(t))
        exact = re.sub(r"[\t\n]", " ", exact).strip()  # a part continued on a CONT line
        if _squash(exact) == name:
            return exact, exact.count("/") < extra
        name = _with_parts(name, parts)
    return name, name.count("/") < extra


def _read_fam(rec: Any) -> _Fam:
    fam = _Fam(rec.xref_id)
    for sub in rec.sub_records:
        tag = sub.tag
        if tag in ("HUSB", "WIFE"):
            ref = _ptr(sub.value)
            if ref:
                fam.partners.append(ref)
        elif tag == "CHIL":
            ref = _ptr(sub.value)
            if ref and ref not in fam.children:
                fam.children.append(ref)
                for d in sub.sub_records:
                    value = _text(d.value).strip()
                    if d.tag == "_KDBORD" and value.isdigit():
                        fam.birth_order[ref] = int(value)
                    elif d.tag == "_KDTWIN" and value:
                        fam.twins[ref] = (value[:64], fam.twins.get(ref, ("", False))[1])
                    elif d.tag == "_KDIDENT":
                        fam.twins[ref] = (fam.twins.get(ref, ("", False))[0], True)
        elif tag in ("MARR", "DIV"):
            when = _When()
            for d in sub.sub_records:
                if d.tag == "DATE":
                    when = _date(d)
            year = when.year
            # Of a couple the map keeps years only: a wrong day loses nothing.
            unused = when.unused if year is None else ""
            fam.unused["marriage" if tag == "MARR" else "divorce"] = unused
            fam.approximate["marriage" if tag == "MARR" else "divorce"] = when.approximate
            if tag == "MARR":
                fam.married, fam.start_year = True, year
            else:
                fam.divorced, fam.end_year = True, year
        elif tag == "_KDKIND":
            with contextlib.suppress(ValueError):
                fam.kind = UnionKind(_text(sub.value).strip())
        elif tag == "_KDID":
            fam.kd_id = _text(sub.value).strip()
        elif tag in ("_KDEND", "_KDSTART", "_KDORDER") and _text(sub.value).strip().isdigit():
            number = int(_text(sub.value).strip())
            # KastDesk's own exact year: whatever a date before it said is no longer it.
            if tag == "_KDEND":
                fam.end_year = number
                fam.approximate.pop("divorce", None)
            elif tag == "_KDSTART":
                fam.start_year = number
                fam.approximate.pop("marriage", None)
            else:
                fam.order = number
    if fam.start_year is not None and fam.end_year is not None and fam.end_year < fam.start_year:
        fam.end_before_start, fam.end_year = fam.end_year, None
    return fam


def _check(indis: dict[str, _Indi], fams: dict[str, _Fam]) -> None:
    missing = tr("Genogram", "The GEDCOM file refers to a person or family that is not in it.")
    # A link may be written on one side only, as some programs do: a child's FAMC without the
    # family's CHIL line or the other way round, a partner's FAMS without the family's HUSB or
    # WIFE. Each is completed from the side that has it; ignored, parents and partners went
    # missing silently (and a loop written that way went unnoticed).
    for ind in indis.values():
        for ref in ind.famc:
            fam = fams.get(ref)
            if fam is not None and ind.xref not in fam.children:
                fam.children.append(ind.xref)
        for ref in ind.fams:
            fam = fams.get(ref)
            if fam is None:
                raise GedcomError(missing)
            if ind.xref not in fam.partners:
                fam.partners.append(ind.xref)
    for fam in fams.values():
        for child in fam.children:
            ind = indis.get(child)
            if ind is not None and fam.xref not in ind.famc:
                ind.famc[fam.xref] = ChildKind.BIOLOGICAL
    for fam in fams.values():
        if any(p not in indis for p in fam.partners + fam.children):
            raise GedcomError(missing)
        if len(fam.partners) > 2:
            raise GedcomError(
                tr("Genogram", "A family in the GEDCOM file has more than two partners.")
            )
        if len(fam.partners) == 2 and fam.partners[0] == fam.partners[1]:
            raise GedcomError(tr("Genogram", "The GEDCOM file has a person married to themselves."))
        if set(fam.partners) & set(fam.children):
            raise GedcomError(
                tr("Genogram", "The GEDCOM file has a person who is a child of their own family.")
            )
    for ind in indis.values():
        if any(f not in fams for f in ind.famc):
            raise GedcomError(missing)
    dag: nx.DiGraph = nx.DiGraph()
    for fam in fams.values():
        for p in fam.partners:
            for c in fam.children:
                dag.add_edge(p, c)
    if not nx.is_directed_acyclic_graph(dag):
        raise GedcomError(
            tr(
                "Genogram",
                "The GEDCOM file has a loop in its ancestry (someone is their own ancestor).",
            )
        )


def _select(
    indis: dict[str, _Indi],
    fams: dict[str, _Fam],
    center: str | None,
    generations: int,
    max_persons: int,
) -> list[str]:
    """Persons within ``generations`` steps up or down of the centre, nearest first.

    Within reach, too: at most ``2 * generations + 1`` family links away (a parent, a child
    or a partner is one link). The generation alone let the choice spread sideways through
    in-laws and their in-laws across a whole tree: "one generation" brought 482 persons, most
    of them six to sixteen links from the centre. Now one generation is the parents, partners,
    children and siblings, the partners' parents and siblings, and nephews and nieces.
    """
    if center is None:
        if len(indis) > max_persons:
            raise GedcomError(
                tr(
                    "Genogram",
                    "The GEDCOM file has {count} persons; "
                    "choose a centre person to import part of it.",
                ).format(count=len(indis))
            )
        return list(indis)
    key = center if center.startswith("@") else f"@{center}@"
    if key not in indis:
        if key in fams:  # "F3" for "I3": the id is there, but it is a family's
            raise GedcomError(
                tr(
                    "Genogram",
                    "The chosen centre is a family in the GEDCOM file, not a person: "
                    "choose a person's id (one of an INDI record, such as I12).",
                )
            )
        raise GedcomError(tr("Genogram", "The chosen centre person is not in the GEDCOM file."))
    spouse_fams: dict[str, list[_Fam]] = {}
    for fam in fams.values():
        for p in fam.partners:
            spouse_fams.setdefault(p, []).append(fam)
    offset = {key: 0}
    links = {key: 0}
    reach = 2 * generations + 1
    queue = deque([key])
    order = [key]
    while queue and len(order) < max_persons:
        pid = queue.popleft()
        here = offset[pid]
        if links[pid] >= reach:
            continue
        steps: list[tuple[str, int]] = []
        for f in indis[pid].famc:
            steps += [(p, here - 1) for p in fams[f].partners]
        for fam in spouse_fams.get(pid, []):
            steps += [(p, here) for p in fam.partners if p != pid]
            steps += [(c, here + 1) for c in fam.children]
        for nxt, off in steps:
            if nxt not in offset and abs(off) <= generations and len(order) < max_persons:
                offset[nxt] = off
                links[nxt] = links[pid] + 1
                order.append(nxt)
                queue.append(nxt)
    return order


@dataclass(frozen=True)
class _Dropped:
    """A year ``_possible_years`` left out: of whom (a person's or a couple's id), which one,
    and why: the kind of problem the model names (``date_problems``), with the parent or
    partner it names and their birth year, or a couple's start year for "ended"."""

    oid: str
    attr: str  # birth_year, death_year, start_year or end_year
    year: int
    why: str  # early, late, born, died, expected, child, couple or ended
    other: str = ""
    other_year: int | None = None


def _build(
    indis: dict[str, _Indi],
    fams: dict[str, _Fam],
    chosen: list[str],
    center: str | None,
    rels: Iterable[_Rel] = (),
) -> GedcomImport:
    kd_ids = [indis[x].kd_id for x in chosen]
    use_kd = all(i is not None and _ID_RE.match(i) for i in kd_ids) and len(set(kd_ids)) == len(
        kd_ids
    )
    pid = {x: (indis[x].kd_id if use_kd else x.strip("@")) for x in chosen}
    center_key = None if center is None else (center if center.startswith("@") else f"@{center}@")
    persons = []
    long_names: dict[str, str] = {}  # a name longer than NAME_MAX, by the person's id
    for x in chosen:
        ind = indis[x]
        name, notes = ind.name, ind.notes
        if len(name) > NAME_MAX:
            # Nothing lost: the map's name is the beginning, the notes hold the whole. (The
            # file's records stay as read: the dialog extracts from them again and again.)
            long_names[str(pid[x])] = name
            name = name[:NAME_MAX].rstrip()
            notes = [*notes, _whole_name_line().format(name=ind.name)]
        persons.append(
            Person(
                id=str(pid[x]),
                sex=ind.sex,
                name=name,
                birth_year=ind.birth_year,
                birth_date=ind.birth_date,
                death_year=ind.death_year,
                deceased=ind.deceased,
                is_index=(x == center_key) if center_key else ind.index,
                occupation=ind.occupation,
                notes="\n".join(notes),
                markers=tuple(dict.fromkeys(ind.markers)),
                kind=ind.kind,
                role=ind.role,
                labels=tuple(dict.fromkeys(ind.labels)),
                age=ind.age,
            )
        )
    unions: list[Union] = []
    fam_of: dict[str, _Fam] = {}  # each couple brought in, by its id
    links: list[ChildLink] = []
    order: dict[str, int] = {}
    fam_ids = [f.kd_id for f in fams.values()]
    use_fam_kd = all(i is not None and _ID_RE.match(i) for i in fam_ids) and len(
        set(fam_ids)
    ) == len(fam_ids)
    for fam in fams.values():
        inside = [p for p in fam.partners if p in pid]
        uid = str(fam.kd_id) if use_fam_kd else fam.xref.strip("@")
        anchor_union: str | None = None
        anchor_parent: str | None = None
        if len(inside) == 2:
            a, b = inside
            kind = fam.kind or (UnionKind.DIVORCED if fam.divorced else UnionKind.MARRIED)
            rank = max(order.get(a, 0), order.get(b, 0))
            order[a] = order[b] = rank + 1
            if fam.order is not None:
                rank = fam.order
            unions.append(
                Union(uid, (str(pid[a]), str(pid[b])), kind, fam.start_year, fam.end_year, rank)
            )
            anchor_union = uid
            fam_of[uid] = fam
        elif len(inside) == 1:
            anchor_parent = str(pid[inside[0]])
        else:
            continue
        for i, child in enumerate(fam.children):
            if child not in pid:
                continue
            kind_c = indis[child].famc.get(fam.xref, ChildKind.BIOLOGICAL)
            twin, identical = fam.twins.get(child, ("", False))
            links.append(
                ChildLink(
                    f"{uid}.{pid[child]}",
                    str(pid[child]),
                    union_id=anchor_union,
                    parent_id=anchor_parent,
                    kind=kind_c,
                    birth_order=fam.birth_order.get(child, i),
                    twin_group=twin or None,
                    identical=identical and bool(twin),
                )
            )
    relationships = []
    for i, rel in enumerate(rels, 1):
        a, b = rel.persons
        if a in pid and b in pid and a != b:  # both brought in: the line comes with them
            rid = rel.kd_id if rel.kd_id and _ID_RE.match(rel.kd_id) else f"R{i}"
            relationships.append(
                Relationship(rid, (str(pid[a]), str(pid[b])), rel.kind, rel.directed, rel.note)
            )
    if len({r.id for r in relationships}) != len(relationships):
        relationships = [replace(r, id=f"R{i}") for i, r in enumerate(relationships, 1)]
    persons, unions, dropped = _possible_years(persons, unions, links)
    links, twin_notices = _possible_twins(persons, links)
    try:
        genogram = Genogram.build(persons, unions, links, relationships)
    except GenogramError as exc:
        raise GedcomError(
            tr("Genogram", "The GEDCOM file describes an impossible family: {reason}").format(
                reason=exc.message
            )
        ) from None
    names = {str(pid[x]): shown_name(indis[x].name) or tr(
        "Genogram", "the person {xref}").format(xref=x.strip("@")) for x in chosen}
    notices = _left_out(
        [(indis[x], str(pid[x])) for x in chosen], [(u, fam_of[u.id]) for u in unions],
        names, dropped, long_names,
    )
    return GedcomImport(genogram, (*notices, *twin_notices))


def _possible_twins(
    persons: list[Person], links: list[ChildLink]
) -> tuple[list[ChildLink], list[str]]:
    """The child links with twin marks the map would refuse taken off, and a sentence for
    each: twins born more than a year apart, identical twins of a man and a woman; a mark
    on one child alone (its twin not brought in) is taken off without one.

    The map refuses such twins (``model.twin_problems``), and refusing the whole file for a
    mark was more than the mark was worth: the persons and their years come in, the twin
    mark (or only "identical") stays out, and the therapist is told.
    """
    by_id = {p.id: p for p in persons}
    groups: dict[tuple[str, str], list[ChildLink]] = {}
    for lk in links:
        if lk.twin_group is not None:
            groups.setdefault((lk.union_id or lk.parent_id or "", lk.twin_group), []).append(lk)
    notices: list[str] = []
    drop: dict[str, bool] = {}  # link id: the whole mark (True) or only "identical"
    for group in groups.values():
        twins = [by_id[lk.child_id] for lk in group if lk.child_id in by_id]
        if len(group) < 2:
            # A twin whose twin is not brought in (outside the chosen generations), or a
            # mark on one child alone: the map draws twins from one point, so two at least.
            drop.update((lk.id, True) for lk in group)
            continue
        names = ", ".join(shown_name(p.name) or p.id for p in twins)
        years = [p.birth_year for p in twins if p.birth_year is not None]
        if years and max(years) - min(years) > 1:
            drop.update((lk.id, True) for lk in group)
            notices.append(tr("Genogram", "{names} were marked as twins in the file but were "
                              "born more than a year apart: they came in as siblings.").format(
                names=names))
        elif any(lk.identical for lk in group) and {p.sex for p in twins} >= {Sex.MALE,
                                                                              Sex.FEMALE}:
            drop.update((lk.id, False) for lk in group)
            notices.append(tr("Genogram", "{names} were marked as identical twins in the file "
                              "but are a man and a woman: they came in as twins, not identical."
                              ).format(names=names))
    if not drop:
        return links, notices
    out = [
        lk if lk.id not in drop
        else replace(lk, twin_group=None, identical=False) if drop[lk.id]
        else replace(lk, identical=False)
        for lk in links
    ]
    return out, notices


def _left_out(
    persons: list[tuple[_Indi, str]],
    couples: list[tuple[Union, _Fam]],
    names: dict[str, str],
    dropped: list[_Dropped],
    long_names: dict[str, str] | None = None,
) -> list[str]:
    """One plain sentence for each date or year of the persons and couples brought in that
    the map could not take: the year, whose it was and why; and for each approximate date
    whose year came in as if exact ("ABOUT 1952" as 1952: the map has no "about", and the
    therapist took it for known); persons first, nearest the
    centre first, then couples. A file's typo was dropped without a word, and the therapist
    never knew to look for it. ``names`` are the persons' names by id (the file's xref for
    a person without one: what the genealogy program shows). A name whose "/" was read as
    a space is said first, as it is how the person is named in the sentences after it.
    """
    by_whom: dict[str, list[_Dropped]] = {}
    for d in dropped:
        by_whom.setdefault(d.oid, []).append(d)
    out: list[str] = []
    for ind, pid in persons:
        name, drops = names[pid], by_whom.get(pid, [])
        if long_names and pid in long_names:
            out.append(tr("Genogram", "The name of {name} is {n} characters long: the map "
                          "keeps the first {max} as the name and the whole name in the "
                          "person's notes.").format(
                name=name, n=len(long_names[pid]), max=NAME_MAX))
        if ind.slash_read_as_space:
            out.append(tr("Genogram", 'A "/" in the name of {name} was read as a space: in '
                          'GEDCOM, "/" marks the surname.').format(name=name))
        birth, death = ind.unused.get("birth"), ind.unused.get("death")
        if birth and ind.birth_year is None:
            out.append(tr("Genogram", 'Birth date "{date}" of {name} was left out: it is not a '
                          "date the map can read.").format(date=birth, name=name))
        elif birth and not any(d.attr == "birth_year" for d in drops):
            out.append(tr("Genogram", 'Birth date "{date}" of {name} is not a real day: only '
                          "the year {year} was kept.").format(
                date=birth, name=name, year=ind.birth_year))
        if ind.approximate.get("birth") and ind.birth_year is not None and not any(
                d.attr == "birth_year" for d in drops):
            out.append(tr("Genogram", 'Birth date "{date}" of {name} is approximate: it came in '
                          "as the year {year}.").format(
                date=ind.approximate["birth"], name=name, year=ind.birth_year))
        if death:
            out.append(tr("Genogram", 'Death date "{date}" of {name} was left out: it is not a '
                          "date the map can read.").format(date=death, name=name))
        if ind.approximate.get("death") and ind.death_year is not None and not any(
                d.attr == "death_year" for d in drops):
            out.append(tr("Genogram", 'Death date "{date}" of {name} is approximate: it came in '
                          "as the year {year}.").format(
                date=ind.approximate["death"], name=name, year=ind.death_year))
        if ind.death_before_birth is not None:
            out.append(tr("Genogram", "Death year {year} of {name} was left out: it is before "
                          "the birth year {born}.").format(
                year=ind.death_before_birth, name=name, born=ind.birth_year))
        out.extend(_person_notice(d, name, names.get(d.other, "")) for d in drops)
    for u, fam in couples:
        pair = tr("Genogram", "{a} and {b}").format(a=names[u.partners[0]], b=names[u.partners[1]])
        if fam.unused.get("marriage"):
            out.append(tr("Genogram", 'Marriage date "{date}" of {couple} was left out: it is '
                          "not a date the map can read.").format(
                date=fam.unused["marriage"], couple=pair))
        if fam.unused.get("divorce"):
            out.append(tr("Genogram", 'Divorce date "{date}" of {couple} was left out: it is '
                          "not a date the map can read.").format(
                date=fam.unused["divorce"], couple=pair))
        drops = by_whom.get(u.id, [])
        left = {d.attr for d in drops}
        if fam.approximate.get("marriage") and u.start_year is not None and (
                "start_year" not in left):
            out.append(tr("Genogram", 'Marriage date "{date}" of {couple} is approximate: it '
                          "came in as the start year {year}.").format(
                date=fam.approximate["marriage"], couple=pair, year=u.start_year))
        if fam.approximate.get("divorce") and u.end_year is not None and (
                "end_year" not in left):
            out.append(tr("Genogram", 'Divorce date "{date}" of {couple} is approximate: it '
                          "came in as the end year {year}.").format(
                date=fam.approximate["divorce"], couple=pair, year=u.end_year))
        if fam.end_before_start is not None:
            drops = [_Dropped(u.id, "end_year", fam.end_before_start, "ended",
                              other_year=fam.start_year), *drops]
        out.extend(_couple_notices(drops, pair, names))
    return out


def _person_notice(d: _Dropped, name: str, other: str) -> str:
    """The sentence for a birth or death year of ``name`` left out (see _left_out)."""
    if d.why == "child":
        text = tr("Genogram", "Birth year {year} of {name} was left out: their parent {parent} "
                  "was born later, in {parent_year}.")
    elif d.why == "expected":
        text = tr("Genogram", "Expected year {year} of {name} was left out: an expected birth "
                  "can be next year at the latest.")
    elif d.why in ("born", "died"):
        text = (tr("Genogram", "Birth year {year} of {name} was left out: that year has not "
                   "come yet.") if d.attr == "birth_year" else
                tr("Genogram", "Death year {year} of {name} was left out: that year has not "
                   "come yet."))
    else:  # early
        text = (tr("Genogram", "Birth year {year} of {name} was left out: the map takes years "
                   "from {first} on.") if d.attr == "birth_year" else
                tr("Genogram", "Death year {year} of {name} was left out: the map takes years "
                   "from {first} on."))
    return text.format(year=d.year, name=name, parent=other, parent_year=d.other_year,
                       first=YEAR_MIN)


def _couple_notices(drops: list[_Dropped], couple: str, names: dict[str, str]) -> list[str]:
    """The sentences for a couple's start and end years left out (see _left_out)."""
    out = []
    years = {d.attr: d for d in drops if d.why == "couple"}
    if years:  # both years go when the couple began before a partner was born
        first = years.get("start_year") or years["end_year"]
        name, born = names.get(first.other, first.other), first.other_year
        if len(years) == 2:
            out.append(tr(
                "Genogram", "Start year {start} and end year {end} of the couple {couple} were "
                "left out: {name} was born after the start, in {born}.").format(
                start=years["start_year"].year, end=years["end_year"].year, couple=couple,
                name=name, born=born))
        else:
            text = (tr("Genogram", "Start year {year} of the couple {couple} was left out: "
                       "{name} was born later, in {born}.") if "start_year" in years else
                    tr("Genogram", "End year {year} of the couple {couple} was left out: "
                       "{name} was born later, in {born}."))
            out.append(text.format(year=first.year, couple=couple, name=name, born=born))
    for d in drops:
        start = d.attr == "start_year"
        if d.why == "ended":
            text = tr("Genogram", "End year {year} of the couple {couple} was left out: it is "
                      "before their start year {start}.")
        elif d.why == "early":
            text = (tr("Genogram", "Start year {year} of the couple {couple} was left out: the "
                       "map takes years from {first} on.") if start else
                    tr("Genogram", "End year {year} of the couple {couple} was left out: the "
                       "map takes years from {first} on."))
        elif d.why == "late":
            text = (tr("Genogram", "Start year {year} of the couple {couple} was left out: the "
                       "map takes years up to {last}.") if start else
                    tr("Genogram", "End year {year} of the couple {couple} was left out: the "
                       "map takes years up to {last}."))
        else:
            continue
        out.append(text.format(year=d.year, couple=couple, start=d.other_year, first=YEAR_MIN,
                               last=YEAR_MAX))
    return out


def _possible_years(
    persons: list[Person], unions: list[Union], links: list[ChildLink]
) -> tuple[list[Person], list[Union], list[_Dropped]]:
    """The persons and couples with every impossible year left out, and those years.

    A family tree from a genealogy program often holds a typo ("1097" for 1970, a child
    born before a parent). The map refuses such years (model.date_problems), and refusing
    the whole file for one of them left a therapist with nothing to import and nothing they
    could mend; a death before the birth was already dropped this way. The person, the
    couple and every other year come in; only the year that cannot be comes out (the
    child's, when a child is older than a parent: the older generation's is kept). The
    rules are the model's own: each problem it names says which year to drop. The years
    dropped are returned so the import can say so (a year dropped without a word was a year
    the therapist never knew to look for).
    """
    people = {p.id: p for p in persons}
    couples = {}
    dropped: list[_Dropped] = []
    for u in unions:  # ended before it began: keep when it began
        couples[u.id] = u
        if u.start_year is not None and u.end_year is not None and u.end_year < u.start_year:
            dropped.append(_Dropped(u.id, "end_year", u.end_year, "ended", other_year=u.start_year))
            couples[u.id] = replace(u, end_year=None)
    lines = {lk.id: lk for lk in links}

    def drop(oid: str, attr: str, why: str, other: str = "", other_year: int | None = None) -> None:
        """Leave out one year, once: two problems of one year in a round drop it once."""
        obj: Person | Union = couples[oid] if attr in ("start_year", "end_year") else people[oid]
        year = getattr(obj, attr)
        if year is None:
            return
        dropped.append(_Dropped(oid, attr, year, why, other, other_year))
        if isinstance(obj, Union):
            couples[oid] = (replace(obj, start_year=None) if attr == "start_year"
                            else replace(obj, end_year=None))
        elif attr == "birth_year":
            people[oid] = replace(obj, birth_year=None, birth_date=None)
        else:
            people[oid] = replace(obj, death_year=None)

    while problems := date_problems(Genogram(people, couples, lines)):
        for kind, oid, *rest in problems:
            if oid in couples:  # a year out of range, or before a partner was born
                if kind in ("early", "late"):
                    drop(oid, rest[0], kind)
                else:
                    drop(oid, "start_year", kind, rest[0], rest[2])
                    drop(oid, "end_year", kind, rest[0], rest[2])
            elif kind == "died" or (kind == "early" and rest[0] == "death_year"):
                drop(oid, "death_year", kind)
            elif kind == "child":  # a child older than a parent
                drop(oid, "birth_year", kind, rest[0], rest[2])
            else:  # too early, not come yet
                drop(oid, "birth_year", kind)
    return [people[p.id] for p in persons], [couples[u.id] for u in unions], dropped


@contextlib.contextmanager
def _understood() -> Iterator[None]:
    """A file that passed parsing but trips the checks or the build: one plain sentence."""
    try:
        yield
    except GedcomError:
        raise
    except (RecursionError, MemoryError, ValueError, KeyError, TypeError):
        raise GedcomError(tr("Genogram", "The GEDCOM file could not be understood.")) from None


def _check_choice(generations: int, max_persons: int) -> None:
    if generations < 0 or max_persons < 1:
        raise GedcomError(
            tr("Genogram", "Choose at least one person and zero or more generations.")
        )
    if max_persons > MAX_PERSONS:
        raise GedcomError(
            tr(
                "Genogram",
                "A family map can hold at most {n} persons; choose a centre person and "
                "fewer generations.",
            ).format(n=MAX_PERSONS)
        )


@dataclass(frozen=True)
class GedcomPerson:
    """One person of a GEDCOM file, as offered when choosing whom to centre an import on."""

    xref: str  # without the @ signs, as ``center`` takes it
    name: str
    birth_year: int | None


@dataclass(frozen=True)
class GedcomImport:
    """A family taken from a GEDCOM file, and what of the file it left out.

    ``notices`` has one plain sentence for each date or year the map could not take (a
    date it cannot read, a child born before a parent, a year out of range): the family
    comes in without it, and the user is told which, to mend it if they wish. A "/" of a
    name that GEDCOM's line could only read as a space is said too.
    """

    genogram: Genogram
    notices: tuple[str, ...] = ()


def _same_name(name: str) -> str:
    """A name as compared with the client's: composed, case-folded, single-spaced."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def with_the_client(
    imported: Genogram, client_name: str | None, has_client: bool = False
) -> tuple[Genogram, str | None]:
    """The imported family with the client marked, and a sentence when nobody could be.

    A file imported without a centre person (the dialog's "Everyone", the CLI without
    ``--center``) marks nobody as the client unless it was exported by KastDesk, and a map
    without a client names everyone "person N" in supervision material and the
    pseudonymized summary. So the one person whose name is the client's (as the register
    card has it) becomes the client; when there is none or more than one, the user is told
    to pick the client on the map. ``has_client`` says the map the family is merged into
    already has one, which then stays the client and nothing is said.
    """
    if has_client or any(p.is_index for p in imported.persons.values()):
        return imported, None
    if client_name:
        wanted = _same_name(client_name)
        same = [p for p in imported.persons.values() if p.name and _same_name(p.name) == wanted]
        if len(same) == 1:
            persons = dict(imported.persons)
            persons[same[0].id] = replace(same[0], is_index=True)
            return replace(imported, persons=persons), None
    return imported, tr(
        "Genogram",
        "Nobody on the imported map is marked as the client: in the family map, right-click "
        "the client and choose Set as index person, so that supervision material names "
        "everyone by their role.",
    )


class GedcomFile:
    """A GEDCOM file read and checked once, from which families can then be taken quickly.

    Reading (ged4py's parse and the checks) is the slow part: a few seconds for a file of
    thousands of persons. The import dialog reads once and then takes a part of the file for
    each choice of centre and generations without reading it again.
    """

    def __init__(
        self, indis: dict[str, _Indi], fams: dict[str, _Fam], rels: list[_Rel] | None = None
    ) -> None:
        self._indis = indis
        self._fams = fams
        self._rels = rels or []

    @classmethod
    def read(cls, source: str | os.PathLike[str] | bytes) -> GedcomFile:
        """Read and check a file (path or bytes); raises GedcomError and nothing else."""
        data = _read_bytes(source)
        indis, fams, rels = _parse(data)
        if not indis:
            raise GedcomError(tr("Genogram", "The GEDCOM file has no persons in it."))
        with _understood():
            _check(indis, fams)
        return cls(indis, fams, rels)

    def __len__(self) -> int:
        return len(self._indis)

    def people(self) -> list[GedcomPerson]:
        """Everyone in the file, by name, with the xref that :meth:`extract` takes."""
        out = [
            GedcomPerson(i.xref.strip("@"), i.name, i.birth_year) for i in self._indis.values()
        ]
        out.sort(key=lambda p: (p.name.casefold(), p.birth_year or 0, p.xref))
        return out

    def extract(
        self,
        *,
        center: str | None = None,
        generations: int = 3,
        max_persons: int = DEFAULT_MAX_PERSONS,
    ) -> Genogram:
        """A new genogram of the persons around ``center`` (see :func:`import_gedcom`)."""
        return self.extract_with_notices(
            center=center, generations=generations, max_persons=max_persons
        ).genogram

    def extract_with_notices(
        self,
        *,
        center: str | None = None,
        generations: int = 3,
        max_persons: int = DEFAULT_MAX_PERSONS,
    ) -> GedcomImport:
        """As :meth:`extract`, with a sentence for each date or year it left out."""
        _check_choice(generations, max_persons)
        with _understood():
            chosen = _select(self._indis, self._fams, center, generations, max_persons)
            return _build(self._indis, self._fams, chosen, center, self._rels)


def import_gedcom(
    source: str | os.PathLike[str] | bytes,
    *,
    center: str | None = None,
    generations: int = 3,
    max_persons: int = DEFAULT_MAX_PERSONS,
) -> Genogram:
    """Read a GEDCOM file (path or bytes) into a new genogram.

    With ``center`` (an INDI xref such as ``"I12"`` or ``"@I12@"``) only persons up to
    ``generations`` steps above or below that person are taken, nearest first, at most
    ``max_persons``; the centre becomes the index person. Raises GedcomError, never anything
    else, and never returns a partial family.
    """
    return import_gedcom_with_notices(
        source, center=center, generations=generations, max_persons=max_persons
    ).genogram


def import_gedcom_with_notices(
    source: str | os.PathLike[str] | bytes,
    *,
    center: str | None = None,
    generations: int = 3,
    max_persons: int = DEFAULT_MAX_PERSONS,
) -> GedcomImport:
    """As :func:`import_gedcom`, with a plain sentence for each date or year of the family
    that the map could not take and left out (``GedcomImport.notices``), to show the user.
    """
    _check_choice(generations, max_persons)  # before reading: a wrong choice costs no parse
    return GedcomFile.read(source).extract_with_notices(
        center=center, generations=generations, max_persons=max_persons
    )


# ----- writing ---------------------------------------------------------------------------------
def _text_value(text: str) -> str:
    """A one-line text value: on one line, "@" doubled as GEDCOM wants ("/" only means
    something in a NAME, so an occupation keeps it)."""
    return " ".join(text.split()).replace("@", "@@")


def _name_as_typed(name: str) -> str:
    """A name as a GEDCOM line can hold it: a tab or line break is a space (a NAME has no
    continuation lines), and the spaces at its ends go (readers drop them from a line, and
    the properties panel trims a typed name the same way)."""
    return re.sub(r"[\t\n\r\v\f\x85\u2028\u2029]", " ", name).strip()


def _gedcom_name(name: str) -> list[str]:
    """The NAME line of a person and, where that line cannot say the name exactly, its
    GIVN and SURN parts (the lines after "1 NAME", or nothing for no name).

    The last word is the surname ("Anna Maria /Berg/"), as before. A "/" cannot stand in a
    NAME line (it marks the surname), so the line has a space there, and the two spaces of
    "Anna  Berg" would come back as one: for such a name the line stays the tidy form other
    programs show, and GIVN and SURN, which GEDCOM defines as the name's parts and which
    may hold a "/" and any spacing, carry it exactly ("A/S" as GIVN A/S). ``_read_name``
    takes them when they spell what the line says. "@" is doubled, as GEDCOM wants in a
    value, in the line and the parts alike; an ordinary name is written as it was.
    """
    name = _name_as_typed(name)
    given, space, surname = name.rpartition(" ")
    if not space:
        given, surname = name, ""
    line = _squash(given)
    if _squash(surname):
        line = f"{line} /{_squash(surname)}/".lstrip()
    if not name:
        return []
    out = [f"1 NAME {line}".rstrip().replace("@", "@@")]
    if _squash(name) != name:
        out += [f"2 {tag} {part.replace('@', '@@')}"
                for tag, part in (("GIVN", given), ("SURN", surname)) if part]
    return out


def _gedcom_date(year: int | None, iso: str | None) -> str | None:
    if iso:
        d = _dt.date.fromisoformat(iso)
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return None if year is None else str(year)


def _pieces(line: str, size: int = 200) -> list[str]:
    """A long line in pieces for CONC, never cut next to a space: readers strip the spaces at
    the ends of GEDCOM lines, and "a word" came back as "aword"."""
    out = []
    while len(line) > size:
        cut = size
        while cut > 1 and (line[cut - 1] == " " or line[cut] == " "):
            cut -= 1
        if cut <= 1:  # nothing but spaces to cut at
            cut = size
        out.append(line[:cut])
        line = line[cut:]
    out.append(line)
    return out


def _long_text(level: int, tag: str, text: str) -> Iterable[str]:
    lines = text.replace("\r", "").split("\n")
    first = True
    for line in lines:
        for j, chunk in enumerate(_pieces(line)):
            if first:
                yield f"{level} {tag} {chunk}" if chunk else f"{level} {tag}"
                first = False
            elif j == 0:
                yield f"{level + 1} CONT {chunk}" if chunk else f"{level + 1} CONT"
            else:
                yield f"{level + 1} CONC {chunk}"


def _free_name(taken: set[str], n: int) -> str:
    """A twin group name for the file that no group of the map has."""
    name = f"twins-{n + 1}"
    while name in taken:
        name += "x"
    taken.add(name)
    return name


def export_gedcom(g: Genogram) -> str:
    """The genogram as GEDCOM 5.5.1 text (UTF-8, lineage-linked)."""
    ixref = {pid: f"@I{i}@" for i, pid in enumerate(g.persons, 1)}
    twin_names: dict[str, str] = {}
    taken = {lk.twin_group for lk in g.child_links.values() if lk.twin_group}
    fams: list[tuple[str, str | None, tuple[str, ...], list[ChildLink], Union | None]] = []
    fxref: dict[str, str] = {}
    for u in g.unions.values():
        fx = f"@F{len(fams) + 1}@"
        fxref[u.id] = fx
        fams.append((fx, u.id, u.partners, g.children_of_anchor(u.id), u))
    for pid in g.persons:
        single = g.children_of_anchor(pid)
        if single:
            fx = f"@F{len(fams) + 1}@"
            fxref[pid] = fx
            fams.append((fx, None, (pid,), single, None))
    fams_of: dict[str, list[str]] = {}
    famc_of: dict[str, list[tuple[str, ChildKind]]] = {}
    for fx, _uid, partners, links, _u in fams:
        for p in partners:
            fams_of.setdefault(p, []).append(fx)
        for lk in links:
            famc_of.setdefault(lk.child_id, []).append((fx, lk.kind))

    rel_notes: dict[str, list[str]] = {}
    for i, r in enumerate(g.relationships.values(), 1):
        for pid in dict.fromkeys(r.persons):
            rel_notes.setdefault(pid, []).append(f"@N{i}@")
    out = [
        "0 HEAD",
        "1 SOUR KASTDESK",
        "2 NAME KastDesk",
        "1 GEDC",
        "2 VERS 5.5.1",
        "2 FORM LINEAGE-LINKED",
        "1 CHAR UTF-8",
        "1 SUBM @SUB1@",
        "0 @SUB1@ SUBM",
        "1 NAME KastDesk",
    ]
    for pid, p in g.persons.items():
        out.append(f"0 {ixref[pid]} INDI")
        out.extend(_gedcom_name(p.name))
        out.append(f"1 SEX {({Sex.MALE: 'M', Sex.FEMALE: 'F'}).get(p.sex, 'U')}")
        if p.sex is Sex.OTHER:
            out.append("1 _KDSEX other")
        if _ID_RE.match(pid):
            out.append(f"1 _KDID {pid}")
        if p.kind is not PersonKind.PERSON:
            out.append(f"1 _KDKIND {p.kind.value}")
        if p.is_index:
            out.append("1 _KDINDEX Y")
        out.extend(f"1 _KDMARK {m.value}" for m in p.markers)
        birth = _gedcom_date(p.birth_year, p.birth_date)
        if birth:
            out += ["1 BIRT", f"2 DATE {birth}"]
        if p.is_deceased:
            if p.death_year is not None:
                out += ["1 DEAT", f"2 DATE {p.death_year}"]
            else:
                out.append("1 DEAT Y")
        if p.occupation:
            out.append(f"1 OCCU {_text_value(p.occupation)}")
        if p.role:
            out.append(f"1 _KDROLE {_text_value(p.role)}")
        out.extend(f"1 _KDLABEL {_text_value(label)}" for label in p.labels if label.strip())
        if p.age is not None:
            out.append(f"1 _KDAGE {p.age}")
        if p.notes:
            out.extend(_long_text(1, "NOTE", p.notes.replace("@", "@@")))
        # Each emotional relationship's note is pointed to from both persons: a genealogy
        # program shows a note no person points to, if at all, as one attached to no one.
        out.extend(f"1 NOTE {nx}" for nx in rel_notes.get(pid, []))
        for fx, kind in famc_of.get(pid, []):
            out.append(f"1 FAMC {fx}")
            if kind is not ChildKind.BIOLOGICAL:
                out.append(f"2 PEDI {kind.value}")
        out.extend(f"1 FAMS {fx}" for fx in fams_of.get(pid, []))
    for fx, uid, partners, links, u in fams:
        out.append(f"0 {fx} FAM")
        roles = ["HUSB", "WIFE"]
        if len(partners) == 1 and g.persons[partners[0]].sex is Sex.FEMALE:
            roles = ["WIFE"]
        elif (
            len(partners) == 2
            and g.persons[partners[0]].sex is Sex.FEMALE
            and (g.persons[partners[1]].sex is not Sex.FEMALE)
        ):
            partners = (partners[1], partners[0])
        for role, p in zip(roles, partners, strict=False):
            out.append(f"1 {role} {ixref[p]}")
        if uid is not None and _ID_RE.match(uid):
            out.append(f"1 _KDID {uid}")
        if u is not None:
            out.append(f"1 _KDKIND {u.kind.value}")
            out.append(f"1 _KDORDER {u.order}")
            if u.kind in _NOT_MARRIED:
                if u.start_year is not None:
                    out.append(f"1 _KDSTART {u.start_year}")
            else:
                out.append("1 MARR" + ("" if u.start_year is not None else " Y"))
                if u.start_year is not None:
                    out.append(f"2 DATE {u.start_year}")
            if u.kind is UnionKind.DIVORCED:
                out.append("1 DIV" + ("" if u.end_year is not None else " Y"))
                if u.end_year is not None:
                    out.append(f"2 DATE {u.end_year}")
            elif u.end_year is not None:
                out.append(f"1 _KDEND {u.end_year}")
        for lk in links:
            out.append(f"1 CHIL {ixref[lk.child_id]}")
            if lk.birth_order is not None:
                out.append(f"2 _KDBORD {lk.birth_order}")
            if lk.twin_group is not None:
                # A group id a file cannot carry is written as a number: it only has to tie
                # the twins together within the file (they were lost).
                group = lk.twin_group if _ID_RE.match(lk.twin_group) else \
                    twin_names.setdefault(lk.twin_group, _free_name(taken, len(twin_names)))
                out.append(f"2 _KDTWIN {group}")
                if lk.identical:
                    out.append("2 _KDIDENT Y")
    kind_words = notation_labels()
    for i, r in enumerate(g.relationships.values(), 1):
        a, b = (g.persons[x] for x in r.persons)
        arrow = "→" if r.directed else "–"
        text = tr("Genogram", "Emotional relationship: {kind}, {a} {arrow} {b}").format(
            # The legend's words ("close and hostile"), not the stored value's.
            kind=kind_words[f"relationship:{r.kind.value}"].lower(),
            a=" ".join(a.name.split()) or ixref[a.id],
            arrow=arrow,
            b=" ".join(b.name.split()) or ixref[b.id],
        )
        if r.note:
            text += f"\n{r.note}"
        out.extend(_long_text(0, f"@N{i}@ NOTE", text.replace("@", "@@")))
        # The same in KastDesk's own tags, so an import brings the line back.
        out += [f"1 _KDREL {r.kind.value}", f"1 _KDFROM {ixref[r.persons[0]]}",
                f"1 _KDTO {ixref[r.persons[1]]}"]
        if r.directed:
            out.append("1 _KDDIR Y")
        if _ID_RE.match(r.id):
            out.append(f"1 _KDID {r.id}")
    out.append("0 TRLR")
    return "\n".join(out) + "\n"
