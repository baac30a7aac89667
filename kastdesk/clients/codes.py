"""Whether a client's code identifies the client: an id number, a phone, a name in it.

The code is what privacy mode shows on the screen, what ``kastdesk clients`` prints
without ``--show-names``, what the audit log export and the exported files' names carry.
A code typed as the client's personnummer, phone number, e-mail address, name, or
initials and birth date ("ML790314", common in social services) defeats all of that
without a word (QA 21, 5), so the register refuses such a code (:func:`check_details
<kastdesk.clients.details.check_details>`) and the client forms say so under the field.

The numbers are found by the pseudonymizer's own patterns and checks (a date inside an id
number, the Luhn digit of ten digits alone, a phone's area code), so a code is refused
for what an export would withhold, and the two cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata
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


def code_leak(code: str, name: str | None = None) -> CodeLeak | None:
    """What ``code`` gives away about the client named ``name`` (None: anonymous, or the
    name is not known here), or None when it looks like a code that names no one."""
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
    }
    return texts[leak].format(example=example)


__all__ = ["CodeLeak", "code_leak", "code_leak_message"]
