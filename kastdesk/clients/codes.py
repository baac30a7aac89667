"""Whether a client's code identifies the client: an id number, a phone, a name in it.

The code is what privacy mode shows on the screen, what ``kastdesk clients`` prints
without ``--show-names``, what the audit log export and the exported files' names carry.
A code typed as the client's personnummer, phone number, e-mail address, name, or
initials and birth date ("ML790314", common in social services) defeats all of that
without a word (QA 21, 5), so the register refuses such a code (:func:`check_details
<kastdesk.clients.details.check_details>`) and the client forms say so under the field.
With no name typed (an anonymous client) initials cannot be compared, so two to four
letters beside a date that reads as a birth date are refused whoever's initials they are
("PA-850312", "JK120585", "MJ 1985-03-12"); a date of the case is no birth date, and
letters the clinic numbers its codes with are no initials (:class:`CodeSeries`: "KST-000123",
read as 23 January 2000, is the clinic's 123rd client once "KST-000001" is in the register;
"PA-850312" stays a birth date whatever the register holds, as its digits are no running
number padded with zeros). A code of digits alone that reads as a birth date ("19850312",
"850312", "120585", "850312-12") is refused too: the date of birth is most of an id number.

The numbers are found by the pseudonymizer's own patterns and checks (a date inside an id
number, the Luhn digit of ten digits alone, a phone's area code), so a code is refused
for what an export would withhold, and the two cannot drift apart.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from kastdesk.i18n import tr
from kastdesk.report.pseudonymize import (
    _EMAIL,
    _EMAIL_AT,
    _ID_NUMBER,
    _PHONE,
    _id_number,
    _initials_key,
    _initials_of,
    _name_parts,
    _phone,
    fold_name,
)


class CodeLeak(StrEnum):
    """What a code gives away."""

    ID_NUMBER = "id_number"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    INITIALS_AND_BIRTH_DATE = "initials_and_birth_date"
    LETTERS_AND_BIRTH_DATE = "letters_and_birth_date"
    BIRTH_DATE = "birth_date"


# Digits with the separators an id number or a phone is written with: each such run of a
# code is checked whole ("K-790314-1234" holds "790314-1234").
_NUMBER_RUN = re.compile(r"[+\d][\d \-\u2013+]*\d")
# What a code's parts are joined with ("ML-790314", "ML 790314", "ML.790314").
_JOINERS = re.compile(r"[\s\-\u2013_./]+")


def _has_id_number(code: str) -> bool:
    for run in _NUMBER_RUN.finditer(code):
        written = run.group().strip(" -\u2013+")
        match = _ID_NUMBER.fullmatch(written)
        if match is not None and _id_number(match) != match.group(0):
            return True
    return False


def _has_phone(code: str) -> bool:
    for run in _NUMBER_RUN.finditer(code):
        written = run.group().strip(" -\u2013")
        match = _PHONE.fullmatch(written)
        if match is None or _phone(match) == match.group(0):
            continue
        # Digits alone beginning with a year are a year and a running number ("20260017"),
        # no phone: a Swedish number begins with its trunk 0, a Norwegian one never 19 or 20.
        if re.fullmatch(r"(?:19|20)\d+", written):
            continue
        return True
    return False


def _folded(text: str) -> str:
    return fold_name(unicodedata.normalize("NFC", text)).casefold()


def _has_name(code: str, name: str) -> bool:
    """Whether a word of ``name`` (given, family or nickname) is in ``code``, however its
    accents are typed: one of four letters or more anywhere ("MLindqvist79"), a shorter
    one as a word of its own ("BO-2026", not "BOR-1")."""
    parts = _name_parts(name)
    words = {_folded(w) for w in (*parts.given, *parts.family, *parts.nicknames)}
    runs = re.findall(r"[^\W\d_]+", _folded(code))
    for word in words:
        letters = "".join(c for c in word if c.isalpha())
        if len(letters) < 2:
            continue
        if len(letters) >= 4 and any(letters in run for run in runs):
            return True
        if letters in runs:
            return True
    return False


def _is_birth_date(digits: str) -> bool:
    """Whether six or eight digits are a date, as a Swedish (year first) or a Norwegian
    (day first) id number writes it: "790314", "140379", "19790314", "14031979"."""
    if len(digits) == 6:
        yy, mm, dd = digits[0:2], digits[2:4], digits[4:6]
        shapes = [(c + yy, mm, dd) for c in ("19", "20")]
        shapes += [(c + dd, mm, yy) for c in ("19", "20")]  # day first: DDMMYY
    else:
        shapes = [(digits[0:4], digits[4:6], digits[6:8]),
                  (digits[4:8], digits[2:4], digits[0:2])]
    for year, month, day in shapes:
        if not year.startswith(("19", "20")):
            continue
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            continue
        return True
    return False


def _has_initials_and_birth_date(code: str, name: str) -> bool:
    """Whether ``code`` is the initials of ``name`` beside six (or eight) digits that make
    a date, either way round and joined or not ("ML790314", "ML-19790314", "790314 ML")."""
    compact = _JOINERS.sub("", unicodedata.normalize("NFC", code))
    for initials in {_initials_key(i.replace("-", "")) for i in _initials_of(name)}:
        mark = re.escape(initials)
        for pattern in (rf"(?<![^\W\d_]){mark}(\d{{8}}|\d{{6}})(?!\d)",
                        rf"(?<!\d)(\d{{8}}|\d{{6}}){mark}(?![^\W\d_])"):
            for match in re.finditer(pattern, _initials_key(compact)):
                if _is_birth_date(match.group(1)):
                    return True
    return False


# A whole date in a code: six or eight digits ("850312", "120585", "19850312"), or a year,
# month and day with the same dash, dot or slash between them either way round
# ("1985-03-12", "12.3.1985", "12.03.85").
_DATE_IN_CODE = re.compile(
    r"(?<!\d)(?:(?P<digits>\d{8}|\d{6})"
    r"|(?P<a>\d{4}|\d{1,2})(?P<sep>[-./\u2013])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{1,2}))"
    r"(?!\d)")
# Two to four letters, a word of their own, beside it: initials ("PA-850312", "JK120585",
# "MJ 1985-03-12", "850312 PA"), also with their dots ("P.A.-850312", "P. A. 850312": they
# were taken); one letter is a code's prefix ("K-260105").
_INITIALS = r"(?<![^\W\d_])(?:[^\W\d_]{2,4}|[^\W\d_](?:\.[ ]?[^\W\d_]){1,3}\.?)"
_LETTERS_BEFORE = re.compile(_INITIALS + r"[\s\-\u2013_./]*$")
_LETTERS_AFTER = re.compile(r"[\s\-\u2013_./]*" + _INITIALS + r"(?![^\W\d_])")
# The youngest and the oldest a client's age is taken to be, for a date to read as a birth.
_YOUNGEST, _OLDEST = 15, 100


def _readings(match: re.Match[str]) -> list[date]:
    """Every day the date at ``match`` may be, as the codes of both countries write it:
    six digits year first (Swedish, "850312") or day first (Norwegian, "120585"), a
    two-digit year in the 1900s or the 2000s."""
    shapes: list[tuple[str, str, str]] = []  # year, month, day
    digits = match.group("digits")
    if digits and len(digits) == 8:
        shapes = [(digits[0:4], digits[4:6], digits[6:8]), (digits[4:8], digits[2:4], digits[0:2])]
    elif digits:
        shapes = [(digits[0:2], digits[2:4], digits[4:6]), (digits[4:6], digits[2:4], digits[0:2])]
    else:
        a, b, c = match.group("a", "b", "c")
        if len(a) != 4:
            shapes.append((c, b, a))  # day first
        if len(c) != 4 and len(a) != 1:
            shapes.append((a, b, c))  # year first
    out: list[date] = []
    for year, month, day in shapes:
        if len(year) not in (2, 4):
            continue
        years = [year] if len(year) == 4 else ["19" + year, "20" + year]
        for y in years:
            with contextlib.suppress(ValueError):
                out.append(date(int(y), int(month), int(day)))
    return out


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _birth_window(today: date, first_contact: date | None = None) -> tuple[date, date]:
    """The earliest and the latest day a client's birth may be: ``_OLDEST`` years before
    today, ``_YOUNGEST`` before the first contact (today where it is not known)."""
    return _years_before(today, _OLDEST), _years_before(first_contact or today, _YOUNGEST)


def _letters_key(letters: str) -> str:
    """Letters beside a date as compared with a series' ("P.A. " and "pa" are one)."""
    return _initials_key(re.sub(r"[\s\-\u2013_./]", "", letters))


_DIGIT = re.compile(r"\d")


def _shape(match: re.Match[str]) -> str:
    """A date's digits as their width: "000123" and "850312" are one shape, "1985-03-12"
    another."""
    return _DIGIT.sub("0", match.group())


def _padded(match: re.Match[str]) -> bool:
    """Whether the date at ``match`` is six or eight digits that begin with two zeros: a
    running number padded to its width ("000123"), which reads as a date only as the
    year 2000 written year first. A series excuses only such digits: "850312" is a birth
    date beside any letters, whatever codes the register holds ("PA-000001" made
    "PA-850312" a series' code)."""
    digits = match.group("digits")
    return bool(digits) and digits.startswith("00")


_LETTER = re.compile(r"[^\W\d_]")


def _marks(code: str, match: re.Match[str]) -> list[tuple[str, str]]:
    """What stands beside the date at ``match`` as a series compares it: the letters
    before and after it (:func:`_letters_beside`), or, in a code with no letter at all,
    the digits alone ("alone", "")."""
    if _LETTER.search(code) is None:
        return [("alone", "")]
    return _letters_beside(code, match)


def _letters_beside(code: str, match: re.Match[str]) -> list[tuple[str, str]]:
    """The letters written before and after the date at ``match``, each with its side
    ("before", "after") and as :func:`_letters_key` compares them."""
    out: list[tuple[str, str]] = []
    before = _LETTERS_BEFORE.search(code, 0, match.start())
    if before is not None:
        out.append(("before", _letters_key(before.group())))
    after = _LETTERS_AFTER.match(code, match.end())
    if after is not None:
        out.append(("after", _letters_key(after.group())))
    return out


class CodeSeries:
    """The letters the clinic numbers its clients' codes with, found in the register's
    other codes: letters beside a run of digits that is no birth date ("KST-000001",
    "KST-000310": no day at all, or none that makes anyone 15 to 100 years old today).

    A clinic numbering "KST-000001" to "KST-000999" wrote 274 codes that read as a birth
    date ("KST-000123" as 23 January 2000) and were refused as initials beside one. Letters
    that another code carries on the same side of digits of the same width, where those
    digits are no birth date, are the series' prefix, not the client's initials, and such
    a code is taken: from the first code of the series ("KST-000001", no date), a clinic
    never meets the refusal. Compared per side and width, so "KST-000001" says nothing of
    "KST 1985-03-12" or "850312-KST"; and only digits padded with zeros as a running number
    is (:func:`_padded`: "KST-000123", not "KST-850312", which is a birth date whatever
    series the register holds). Codes of digits alone are a series of their own ("000001"
    excuses "000123"). Initials of a name typed are refused all the same (:func:`code_leak`).

    Built once from the codes, and only when a code is first asked about: the forms ask
    at every key typed, and a register holds thousands of clients.
    """

    def __init__(self, codes: Iterable[str], today: date) -> None:
        self._codes: Iterable[str] | None = codes
        self._today = today
        self._series: set[tuple[str, str, str]] = set()

    def _build(self) -> None:
        codes, self._codes = self._codes, None
        if codes is None:
            return
        earliest, latest = _birth_window(self._today)
        # Codes written alike but for their digits ("KST-000000") whose prefixes are all
        # known: once the series is, its thousands of codes cost a substitution each.
        known: set[str] = set()
        for written in codes:
            template = _DIGIT.sub("0", written)
            if template in known:
                continue
            code = unicodedata.normalize("NFC", written.strip())
            complete = True
            for match in _DATE_IN_CODE.finditer(code):
                shape = _shape(match)
                new = {(letters, side, shape) for side, letters in _marks(code, match)}
                if not new - self._series:
                    continue
                if any(earliest <= d <= latest for d in _readings(match)):
                    complete = False  # a birth date, or may be one: no sign of a series
                    continue
                self._series |= new
            if complete:
                known.add(template)

    def numbers(self, letters: str, side: str, shape: str) -> bool:
        """Whether the register numbers its codes with ``letters`` (as :func:`_letters_key`
        gives them) on ``side`` of digits of ``shape``."""
        self._build()
        return (letters, side, shape) in self._series


def _birth_dates(code: str, first_contact: date | None, today: date) -> list[re.Match[str]]:
    """The dates in ``code`` that read as the client's birth: at least ``_YOUNGEST`` years
    before the first contact (today where it is not known), at most ``_OLDEST`` before
    today. Not where the date may as well be one of the case's, from a year before the
    first contact to a year from today ("KD-260105" for a first contact in January 2026),
    as a clinic's codes may carry."""
    reference = first_contact or today
    earliest_birth, latest_birth = _birth_window(today, first_contact)
    case_from, case_until = _years_before(reference, 1), _years_before(today, -1)
    out: list[re.Match[str]] = []
    for match in _DATE_IN_CODE.finditer(code):
        days = _readings(match)
        if any(case_from <= d <= case_until for d in days):
            continue
        if any(earliest_birth <= d <= latest_birth for d in days):
            out.append(match)
    return out


def _has_letters_and_birth_date(code: str, first_contact: date | None, today: date,
                                series: CodeSeries | None = None) -> bool:
    """Whether ``code`` is letters beside a date that reads as the client's birth
    (:func:`_birth_dates`). A code made of initials and a birth date ("PA-850312",
    "JK120585", "MJ 1985-03-12") identifies the client whether or not the name is typed:
    with no name the register took it (QA 21, 5). Not where the digits are a running
    number padded with zeros (:func:`_padded`) and every letter beside them is a prefix
    ``series`` numbers codes with ("KST-000123", not "KST-850312")."""
    code = unicodedata.normalize("NFC", code)
    for match in _birth_dates(code, first_contact, today):
        beside = _letters_beside(code, match)
        if not beside:
            continue
        shape = _shape(match)
        if series is not None and _padded(match) and all(
                series.numbers(letters, side, shape) for side, letters in beside):
            continue
        return True
    return False


def _is_birth_date_alone(code: str, first_contact: date | None, today: date,
                         series: CodeSeries | None = None) -> bool:
    """Whether ``code``, with no letter in it, holds a date that reads as the client's
    birth ("19850312", "850312", "120585", "1985-03-12", "850312-12": an id number's first
    part; :func:`_birth_dates`), but for a running number padded with zeros where the
    register numbers codes of digits alone so ("000123" beside "000001")."""
    code = unicodedata.normalize("NFC", code)
    if _LETTER.search(code) is not None:
        return False
    return any(
        series is None or not _padded(match) or not series.numbers("", "alone", _shape(match))
        for match in _birth_dates(code, first_contact, today))


def code_leak(code: str, name: str | None = None, *, first_contact: date | None = None,
              today: date | None = None,
              others: CodeSeries | Iterable[str] = ()) -> CodeLeak | None:
    """What ``code`` gives away about the client named ``name`` (None: anonymous, or the
    name is not known here), or None when it looks like a code that names no one.
    ``first_contact``: the client's first contact, to tell a date of the case in a code
    from a birth date; ``today`` the day a birth date is counted back from; ``others``:
    the register's other clients' codes (not this client's own), whose series prefix is
    no initials (:class:`CodeSeries`; built once by a caller that asks often)."""
    today = today or date.today()
    series = others if isinstance(others, CodeSeries) else CodeSeries(others, today)
    code = code.strip()
    if not code:
        return None
    if _EMAIL.search(code) or _EMAIL_AT.search(code):
        return CodeLeak.EMAIL
    if _has_id_number(code):
        return CodeLeak.ID_NUMBER
    if _has_phone(code):
        return CodeLeak.PHONE
    if name and name.strip():
        if _has_initials_and_birth_date(code, name):
            return CodeLeak.INITIALS_AND_BIRTH_DATE
        if _has_name(code, name):
            return CodeLeak.NAME
    if _has_letters_and_birth_date(code, first_contact, today, series):
        return CodeLeak.LETTERS_AND_BIRTH_DATE
    if _is_birth_date_alone(code, first_contact, today, series):
        return CodeLeak.BIRTH_DATE
    return None


def code_leak_message(leak: CodeLeak, example: str) -> str:
    """The sentence shown under the code field and given for a refused save: that a code
    must not identify the client, what this one looks like, and a code that would do."""
    texts = {
        CodeLeak.ID_NUMBER: tr(
            "Clients", "A code must not identify the client, and this one looks like a "
                       "personal identity number: use a code such as {example}."),
        CodeLeak.PHONE: tr(
            "Clients", "A code must not identify the client, and this one looks like a "
                       "phone number: use a code such as {example}."),
        CodeLeak.EMAIL: tr(
            "Clients", "A code must not identify the client, and this one looks like an "
                       "e-mail address: use a code such as {example}."),
        CodeLeak.NAME: tr(
            "Clients", "A code must not identify the client, and this one holds the "
                       "client's name: use a code such as {example}."),
        CodeLeak.INITIALS_AND_BIRTH_DATE: tr(
            "Clients", "A code must not identify the client, and this one holds the "
                       "client's initials and a date of birth: use a code such as "
                       "{example}."),
        CodeLeak.LETTERS_AND_BIRTH_DATE: tr(
            "Clients", "A code must not identify the client, and this one looks like "
                       "initials and a date of birth: use a code such as {example}."),
        CodeLeak.BIRTH_DATE: tr(
            "Clients", "A code must not identify the client, and this one looks like a "
                       "date of birth: use a code such as {example}."),
    }
    return texts[leak].format(example=example)


__all__ = ["CodeLeak", "CodeSeries", "code_leak", "code_leak_message"]
