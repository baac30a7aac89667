"""Pseudonymize a case snapshot before it leaves the vault (PDF export, supervision packet).

Names become roles relative to the client ("father", "partner", "child 1"), exact dates
shift back by one secret offset per export (intervals stay true, the calendar does not;
``DATE_SHIFT_DAYS``),
the family map shows ages instead of birth and death years, occupations and genogram
notes go, and free text is scrubbed of every name known to the case plus the therapist's
own list (places, employers, nicknames), however a note spells them (another apostrophe, no
accents, decomposed or composed) and the initials of the client and the named relatives
("M.L.", "ML", "M. L.", "M L", "m.l.", "ML-s": the role, unless an abbreviation too, "OK",
which is listed, or "m.m.", which is left), and
of what patterns can find: dates (also a day
and month alone), e-mail addresses (also "(at)" and spelt out), user names and web
addresses that name their owner, IP and MAC addresses, phone numbers, personnummer and
fødselsnummer, bank accounts (IBAN, bankgiro, plusgiro) and organisation numbers, police,
court and other authorities' case numbers, street addresses and postcodes, car
registration numbers; and the real calendar a note names beside the moved dates (a
month, a holiday, a week's number: "i oktober", "sedan jul", "vecka 36" are "i [month]",
"sedan [holiday]", "[week]", "juni 2026" is "[date]"; see ``_HOLIDAYS``, ``_WEEK``).
The replacements are listed for the therapist to review first, and :func:`suspects` points
at what may still identify someone (a near miss, a capitalized word no list knows, a name
that is also an everyday word left in small letters, a long number): free text cannot be
scrubbed perfectly, so the therapist is shown where to look.

Supervision material must not identify anyone, and must not tell the supervisor false
things either: a relative's role put where the note meant a word ("lämnad i fred" as "left
in father") misleads as much as a name leaks. So what is as often a word as a name is left
and listed rather than replaced: a name that is an everyday word (``COMMON_WORD_NAMES``) in
small letters or at the start of a sentence, a word that begins a field of the family map
("Polis", "Depression"); a word the therapist then withholds from that list becomes
"[withheld]", never a role (:meth:`Pseudonymizer.set_withhold_words`); a word of the map's
free text the therapist knows is no name ("Arbetar som Polis i Borås") may be kept
(``keep_words``), never a person's name. Amounts, spans of
years, numbered plans, times, fractions and chapters are no phones, addresses or dates. A
date long before the first contact keeps its year; the shift is whole weeks. A name of the
case that is a month's ("Juni"), a medicine's ("Lyrica") or a small word's ("Edit") is the
person where what is around it says so ("glad i Juni"), the month, medicine or word where
that does ("i Juni" is "i [month]", "Lyrica 75 mg", "Edit-funktionen"), and
"[withheld]" where it may be either ("Since June was born"): true both ways, and
nothing left for the check to miss.
"""

from __future__ import annotations

import contextlib
import copy
import html
import json
import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from kastdesk.genogram import Genogram
from kastdesk.genogram.gedcom import names_in_notes
from kastdesk.genogram.kinship import kinship
from kastdesk.genogram.model import (
    ChildLink,
    Person,
    PersonKind,
    Relationship,
    Union,
    anchor_of,
)
from kastdesk.genogram.symbols import person_age
from kastdesk.i18n import current_language, tr
from kastdesk.resources import resources_dir

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
_FULL_MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    "januar|februar|mai|august|desember|"
    "january|february|march|may|june|july|october"
)
# Only a short form takes a dot of its own ("3 jan. 2025"), and not where it ends the
# sentence ("3 jan. Klienten…"): after a full month the dot ends the sentence ("Bokat 3
# juni. Klienten…" lost it: "Bokat [date] Klienten…").
_MONTHS = (
    rf"(?:{_FULL_MONTHS}"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|des)"
    r"(?:\.(?!\s*$|\s+(?-i:[A-ZÅÄÖÆØ])))?)"
)
# The day as Swedish, Norwegian and English write it: "3", "3." (also "3.juni"), "3:e",
# "3e", "1:a", "2a", "3:dje", "3rd"; a span of days before it ("3-4 juni", "3–4. juni")
# goes with it.
_DAY = r"\d{1,2}(?:\.\s*|(?::?(?:e|a|dje|de)|st|nd|rd|th)?\s+)"
_WORD_DATE = re.compile(
    rf"(?<![\w.])(?:(?:\d{{1,2}}\.?\s?[-–]\s?)?{_DAY}(?:of\s+)?{_MONTHS}"
    rf"(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)(?!\w)",
    re.IGNORECASE,
)
#: The full months' names, folded: some are first names too ("Juni", "Maj", "Mai",
#: "Augusti", "April").
_MONTH_WORDS = frozenset(_FULL_MONTHS.split("|"))
# Where such a name, capitalized, reads as the month (as "i juni" in small letters does):
# before a year ("Återfall i Maj 2025") and after "in", "during", "all", "every" or "at
# the end of" ("i Juni", "hela Juni", "i slutten av Mai", "in May"). The daughter Juni's
# role there made the note say "i child 1" ("in child 1"). Not after "från", "till",
# "efter" ("ringde till Juni"), where the name is as likely; nor a possessive ("i Junis
# rum").
_MONTH_AFTER = re.compile(r"\s+(?:19|20)\d\d(?!\d)")
_MONTH_BEFORE = re.compile(
    r"(?<![\w-])(?:i|in|under|during|hela|hele|heile|whole|all|all\s+of|varje|hver|every"
    r"|(?:början|slutet|mitten|starten|slutten|midten"
    r"|begynnelsen|beginning|end|middle)\s+(?:av|på|pa|of))\s+$",
    re.IGNORECASE,
)


# For a month's name no one of the case bears, also after "from", "since", "until",
# "before", "next", "last" ("från Augusti" was listed three times as a name): a name
# outside the case after them ("sms från Juni") is far rarer than the month.
_MONTH_BEFORE_LOOSE = re.compile(
    r"(?<![\w-])(?:från|fra|from|sedan|siden|since|tills|until|innan|före|fore|før|for"
    r"|before|efter|etter|after|nästa|nasta|neste|next|förra|forra|last)\s+$",
    re.IGNORECASE,
)


def is_month_name(word: str) -> bool:
    """Whether ``word`` is a month's name in Swedish, Norwegian or English ("Juni", "Maj",
    "August"): as a name of the case it stays where it reads as the month ("i Juni"), which
    the review says."""
    return _key(word) in _MONTH_WORDS


def _reads_as_month(text: str, start: int, end: int, *, loose: bool = False) -> bool:
    """Whether the month's name at ``text[start:end]`` reads as the month there (with
    ``loose``, also after the words of ``_MONTH_BEFORE_LOOSE``)."""
    return bool(_MONTH_AFTER.match(text, end)
                or _MONTH_BEFORE.search(text, max(0, start - 24), start)
                or (loose and _MONTH_BEFORE_LOOSE.search(text, max(0, start - 12), start)))


# ----- a month that is a name of the case: the month, the person, or either --------------
# "in" idioms that take a person (QA 19, 4): "glad i Juni" (Norwegian "fond of"), "kär i
# Maj", "forelsket i", "trygg i", "confided in June": the daughter, never the month.
_PERSON_IDIOM = re.compile(
    r"(?<![\w-])(?:glad|glade|kär|kära|forelsket|forelska|förälskad|förälskade"
    r"|forelskad|betatt|trygg|trygge|tryg|sikker|interessert|intresserad"
    r"|confided|confide|confides|believes|believe|believed|trust|trusts|trusted|faith"
    r"|interested)\s+(?:i|in)\s+$",
    re.IGNORECASE,
)
# Norwegian's possessive after the name ("August sitt nærvær", "Juni sin sykkel").
_PERSON_AFTER = re.compile(r"\s+(?:sin|sitt|sine)(?!\w)", re.IGNORECASE)
# Words after which a month's name is the month whatever the case's names: "Nästa Maj
# fyller mamma 70", "next May", "förra Juni", "last May" (QA 19, 6: "Nästa mother").
_MONTH_STRONG = re.compile(
    r"(?<![\w-])(?:nästa|nasta|neste|next|förra|forra|forrige|last|kommande|kommende"
    r"|coming|i\s+fjor|ifjor)\s+$",
    re.IGNORECASE,
)
# "From" reads as the month before "av", "on", "and on" ("Fra August av", "from May on"):
# alone it takes a person as often ("sms från Juni").
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:från|fran|fra|from)\s+$", re.IGNORECASE)
_FROM_MONTH_AFTER = re.compile(
    r"\s+(?:av|on|onwards|onward|and\s+on|og\s+utover|och\s+framåt|och\s+fram)(?!\w)",
    re.IGNORECASE,
)
# Since, after, before, until, between: the month where the phrase ends there or the
# sentence goes on with its subject ("Sedan Maj har han…", "Since May he has…", "Efter
# August blir det…"); the person where the name is the subject ("Since June was born"
# is left and listed: either).
_LOOSE_BEFORE = re.compile(
    r"(?<![\w-])(?:sedan|siden|since|efter|etter|after|innan|före|fore|før|before|tills"
    r"|until|mellan|mellom|between)\s+$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"(?<![\w-])(?:between|mellan|mellom)\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"(?<![\w-])(?:sedan|siden|since)\s+$", re.IGNORECASE)
# The other end of "between X and Y" (see ``_between_months``), compiled once: the check
# runs for each month's name in every text of a case.
_AND_MONTH_AFTER = re.compile(rf"\s+(?:and|och|og|&)\s+(?:{_FULL_MONTHS})(?![\w'’])",
                              re.IGNORECASE)
_BETWEEN_MONTH_AND_BEFORE = re.compile(
    rf"(?<![\w-])(?:between|mellan|mellom)\s+(?:{_FULL_MONTHS})\s+(?:and|och|og|&)\s+$",
    re.IGNORECASE)
_SUBJECTS = (r"(?:han|hon|hun|hen|vi|jag|jeg|de|dei|dom|du|ni|dere|det|man|he|she|they"
             r"|we|(?-i:I)|you|it|there|klienten|client)")
_SUBJECT_AFTER = re.compile(
    rf"\s*,?\s+(?:{_SUBJECTS}|[^\W\d_]+\s+{_SUBJECTS})(?!\w)", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# A span of months ("Juni-Juli", "Maj och September", "Juni till Augusti"): a month on the
# other side of a dash or "and", "to", "or".
_SPAN_WORDS = r"(?:-|–|—|och|og|and|&|till|til|to|until|through|eller|or|el\.)"


def _span(text: str, start: int, end: int, mark: str, names: frozenset[str]) -> bool:
    """Whether the word at ``text[start:end]`` is one end of a span of months: another
    month's name on the other side of a dash, "och", "till" ("Juni-Juli", "Maj och
    September"), or the placeholder ``mark`` one became; not a month that is a name of the
    case too (``names``: "med Juni og August" are the children)."""
    other = rf"(?:(?P<mark>{re.escape(mark)})|(?P<month>{_FULL_MONTHS})(?![\w'’]))"
    for found in (
            re.match(rf"\s*{_SPAN_WORDS}\s*{other}", text[end:end + 40], re.IGNORECASE),
            re.search(rf"(?<![\w'’]){other}\s*{_SPAN_WORDS}\s*$",
                      text[max(0, start - 40):start], re.IGNORECASE)):
        if found and (found.group("mark") or _key(found.group("month")) not in names):
            return True
    return False


# ----- the calendar in words -----------------------------------------------------------
# The summary's dates are moved back a secret whole number of weeks: a month or a holiday
# written beside them ("i oktober", "sedan jul", "fram til påske", "after Halloween") gives
# the real calendar, so the offset to within weeks, and the weekday the shift keeps then
# pins it (QA 19, 2). A month with its year is "[date]" (its year alone long before the
# first contact, as an ISO date); a month or a holiday alone is "[month]", "[holiday]".
# Moving a month with the dates is no answer: the shift is weeks, so a month moved is a
# month or its neighbour, and a holiday cannot move at all. Seasons ("i somras",
# "vinteren") are left: three months wide, and everyday words. The packet, whose dates are
# distances from its own day, withholds them alike: one rule for both, and a month
# says nothing there that its distances do not.
_SHORT_MONTHS = r"jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|des"
_MONTH_YEAR = re.compile(
    rf"(?<![\w'’.@/\-])(?P<month>{_FULL_MONTHS}|{_SHORT_MONTHS})\.?,?\s+"
    r"(?P<year>(?:19|20)\d\d)(?![\d\w])",
    re.IGNORECASE,
)
# A month alone (with the short forms no word has: "okt", "nov", "dec", "sept").
_MONTH_ALONE = re.compile(
    rf"(?<![\w'’.@/])(?:{_FULL_MONTHS}|okt|oct|nov|dec|sept)(?![\w'’]|\.\w)", re.IGNORECASE)
# Holidays and the school breaks named after them, Swedish, Norwegian and English.
_HOLIDAYS = re.compile(
    r"(?<![\w'’.@/-])(?:"
    # Swedish
    r"jul|julen|julafton|julaftonen|juldagen|juldag|jullov|jullovet|julledigheten|julhelgen"
    r"|mellandagarna|nyår|nyåret|nyårsafton|nyårsaftonen|nyårsdagen|trettondagen"
    r"|trettondagsafton|påsk|påsken|påskafton|påskdagen|påsklov|påsklovet|påskhelgen"
    r"|långfredagen|långfredag|valborg|valborgsmässoafton|midsommar|midsommarafton"
    r"|midsommarhelgen|pingst|pingsten|allhelgona|allhelgonahelgen|sportlov|sportlovet"
    r"|höstlov|höstlovet|sommarlov|sommarlovet|nationaldagen"
    # Norwegian
    r"|julaften|juledag|juledagen|juleferie|juleferien|julehelgen|romjul|romjula|romjulen"
    r"|nyttår|nyttåret|nyttårsaften|påske|påskeferie|påskeferien|påskeaften|påskehelgen"
    r"|skjærtorsdag|langfredag|pinse|pinsen|sankthans|sankthansaften|vinterferie"
    r"|vinterferien|høstferie|høstferien|sommerferie|sommerferien"
    # English
    r"|christmas|xmas|easter|halloween|thanksgiving|midsummer|boxing\s+day|good\s+friday"
    r"|(?-i:New\s+Year(?:'s|’s)?(?:\s+(?:Eve|Day))?))(?![\w'’]|\.\w)",
    re.IGNORECASE,
)
# "May I…", "March on": at a sentence's start before a pronoun, English's verb.
_VERB_AFTER = re.compile(r"\s+(?:i|we|he|she|they|you|it|one|the)(?!\w)", re.IGNORECASE)
# What makes "Juni 11" no date (QA 19, 7): a number after the month followed by "år",
# "years" is an age ("Mor Maj 67 år"); a day is no more than 31.
_AGE_AFTER = re.compile(
    r"\s*(?:-?åring|-?aring|år|ar|års|years?|yrs|y/o|yo)(?!\w)", re.IGNORECASE)
# Where "June 11" (a month that is a name of the case, and a number) is the date: after
# "on", "den", a weekday; before a time.
_DATE_BEFORE = re.compile(
    r"(?<![\w-])(?:on|den|the|by|until|since|sedan|siden|from|innan|before|after|efter"
    r"|etter|due|[^\W\d_]+(?:day|dag|dagen),?)\s+$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r",?\s+(?:kl|klockan|klokka|klokken|at\s+\d)(?!\w)|,?\s+\d{1,2}[:.]\d{2}",
    re.IGNORECASE)


# A day and month without a year: "12/3" (Swedish), "12.3." (Norwegian, with its closing
# dot: "3.5" without one is a decimal). A birthday needs no year to identify someone. Not a
# common fraction ("1/2", "3/4"), "24/7" or a score out of ten ("8/10", an urge log's), which
# are far more often meant than a date: false positives make the text unreadable.
# With its year after a dash, as Swedish notes write it ("3/6-25"): the year went out
# beside the day withheld ("[date]-25").
_DAY_MONTH = re.compile(
    r"(?<![\w./,])(?P<day>\d{1,2})(?:/(?P<month>\d{1,2})(?![\d/.]\d|\d)"
    r"(?:-(?:\d{4}|\d{2})(?!\d))?|\.(?P<month2>\d{1,2})(?=\.(?!\d)))"
)
_NOT_DATES = frozenset({"1/2", "1/3", "2/3", "1/4", "3/4", "24/7"})
# What makes a number no date, phone, plate or address (QA session 18, M2): an amount
# ("1 200 000 kr", "3000 NOK", "$1 200"), a count after a month ("i mars 2 gånger"), a
# fraction of something ("6/8 av dagarna"), a time ("kl 9.05."), a chapter ("Kapitel 3.2.").
_MONEY = r"(?:kr|kronor|kroner|kroners|sek|nok|dkk|eur|euro|euros|usd|dollar|dollars|:-|€|\$)"
_MONEY_AFTER = re.compile(rf"\s?{_MONEY}(?![^\W\d_])", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"[$€£]\s?$")
_COUNTED = re.compile(
    r"\s+(?:gånger|gång|ggr|ganger|gang|times?|av|of|dagar|dager|days|veckor|uker|weeks"
    r"|timmar|timer|hours|kvällar|kvelder|evenings|nätter|netter|nights)(?!\w)",
    re.IGNORECASE,
)
_NUMBERED_BEFORE = re.compile(
    r"(?:\b(?:kl|klockan|klokka|klokken|kap|kapitel|kapittel|chapter|avsnitt|section|punkt"
    r"|steg|step|version|nivå|level|sida|side|page|sid|s|p|fig|figur|tabell|table|rum|rom"
    r"|room|ICD|DSM|F)\.?|\bat)\s*$",
    re.IGNORECASE,
)
# A week's number ("vecka 36", "v. 36", "v36", "v.36", "uke 37", "veke 37", "week 36",
# "v. 36-38", "veckorna 36 och 37"): the commonest Scandinavian way to date something, and
# beside the shifted dates it gives the secret shift away to the day (QA 21, 1: "vecka 36"
# beside a session moved to 2026-02-26, ISO week 9). "[week]", as a month is "[month]". Not
# a count ("vecka 3 av 8", "week 2 of the programme", "varje vecka 2 gånger"), nor a number
# no week has (54 and up): ``Pseudonymizer._week``.
_WEEK_NUMBER = r"\d{1,2}(?![\d:]|[.,]\d)"
_WEEK = re.compile(
    r"(?<![\w.\-/])(?:vecka|veckorna|v|uke|ukene|veke|vekene|week|weeks|wk)\.?"
    r"(?:[ \t\u00a0]?(?:nr|no|nummer|number)\.?)?[ \t\u00a0]?"
    rf"(?P<week>{_WEEK_NUMBER})"
    rf"(?:[ \t\u00a0]?[-–/][ \t\u00a0]?(?:v\.?[ \t\u00a0]?)?{_WEEK_NUMBER})?"
    r"(?:[ \t\u00a0]+(?:och|og|and|eller|or|till|til|to)[ \t\u00a0]+(?:v\.?[ \t\u00a0]?)?"
    rf"{_WEEK_NUMBER}(?!{_COUNTED.pattern}))?",
    re.IGNORECASE,
)
# A day and month without a year written with a dot and no closing one ("den 1.9", Norwegian
# and Swedish both): as often a decimal in a note ("2.5 poäng", "3.5 av 10", "kl. 14.30",
# "version 2.1"), so a date only where what is around it says so (``_short_date``): after
# "den", a weekday, "född", "dated" (``_SHORT_DATE_BEFORE``), after a date already withheld
# ("den 1/9 och 1.9": "1.9" went out beside "[date]") or before a time.
_DAY_DOT_MONTH = re.compile(
    r"(?<![\w./,:])(?<!\w[-–])(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?!\w|[.,:/]\d)")
# A weekday's short form with its dot, in Swedish, Norwegian and English ("tis.", "lør.").
_WEEKDAY_SHORT = (r"(?:mån|tis|tisd|ons|tors|fre|lör|sön|man|tir|tirs|lør|søn|mon|tue|tues"
                  r"|wed|thu|thur|thurs|fri|sat|sun)\.")
_SHORT_DATE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:den|dagen|datum|dato|date|dated|datert|daterad|daterat|född|fodd|født"
    r"|fødd|born|[^\W\d_]+dag|[^\W\d_]+dagen|[^\W\d_]+day),?"
    rf"|d\.|{_WEEKDAY_SHORT})[ \t\u00a0]+$",
    re.IGNORECASE,
)
# A weekday's name right before a number ("tisdag 9.05", "mandag, 14.10", "tis. 9.05"): a
# weekday is said of a time as often as of a date, so there "9.05" with two digits after
# its dot is the time (``_clock_after_weekday``). Not "tisdag den 9.05", nor a day that is
# no weekday ("födelsedag 9.05": a birthday, the date).
_WEEKDAY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:mån|man|tis|tirs|ons|tors|fre|lör|lør|lor|sön|søn|son)dag(?:en)?"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    rf"|{_WEEKDAY_SHORT}),?[ \t\u00a0]+$",
    re.IGNORECASE,
)

# A weekday only Norwegian spells so ("tirsdag", "lørdag", "man."), and what marks a note
# as Norwegian beside a weekday both languages write ("fredag"): its letters æ and ø, or
# its commonest small words that Swedish lacks ("ikke", "jeg", "hun", "neste").
_NORWEGIAN_WEEKDAY = re.compile(
    r"(?:mandag|tirsdag|lørdag|søndag|tirs|tir|lør|søn|man)\b",
    re.IGNORECASE)
_NORWEGIAN_MARK = re.compile(
    r"[æøÆØ]|\b(?:ikke|jeg|hun|neste|etter|noe|mye|hva|hvor|hvis|uke|uka)\b",
    re.IGNORECASE)


# A time after a time ("9.10-9.50", "9.10 til 9.50", "9.10–10.05"): where the second has
# minutes no month has (or a colon), the first is a time too.
_TO_CLOCK = re.compile(
    r"[ \t\u00a0]*(?:-|–|til|till|to)[ \t\u00a0]*(?:kl\.?[ \t\u00a0]*)?"
    r"\d{1,2}(?P<sep>[.:])(?P<minutes>\d{2})(?!\d)", re.IGNORECASE)


def _norwegian(text: str) -> bool:
    """Whether ``text`` reads as Norwegian (``_NORWEGIAN_MARK``): read once per note, not
    at each weekday in it (``_per_text``)."""
    return _per_text(("no", hash(text)), lambda: _NORWEGIAN_MARK.search(text) is not None)


#: What was found once in a note, by the note's hash: a note's every weekday or initials
#: read the whole note again (a long note took seconds). Hashes only: no note's words are
#: kept in memory after the export.
_FOUND_IN_TEXT: dict[tuple[str, int], bool] = {}


def _per_text(key: tuple[str, int], find: Callable[[], bool]) -> bool:
    found = _FOUND_IN_TEXT.get(key)
    if found is None:
        if len(_FOUND_IN_TEXT) >= 256:
            _FOUND_IN_TEXT.clear()
        found = _FOUND_IN_TEXT[key] = find()
    return found


def _clock_after_weekday(match: re.Match[str], hour: str, minutes: str) -> bool:
    """Whether the day and month ``hour``.``minutes`` at ``match`` are a time of day: right
    after a weekday, an hour (up to 23) and two digits of minutes ("tisdag 9.05", "fredag
    14.10"), no time after it ("tisdag 9.05 kl 10": then it is the date). A time names no
    one, a date may: "tisdag 9.05" was "tisdag [date]", where the note meant five past
    nine. A month in one digit ("tisdag 9.5"), "den" between ("tisdag den 9.05"), a
    slash ("tisdag 9/5") keep it a date; so does a Norwegian note, where a time takes
    "kl." and "fredag 14.10" is the fourteenth of October."""
    text, start, end = match.string, match.start(), match.end()
    if len(minutes) != 2 or int(hour) > 23 or int(minutes) > 59:
        return False
    weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if weekday is None:
        return False
    if int(minutes) <= 12 and (_NORWEGIAN_WEEKDAY.match(weekday.group())
                               or _norwegian(text)):
        # Norwegian writes the time "kl. 9.05" and the date "fredag 14.10": a day and a
        # month there after a weekday, which went out as written ("Neste time fredag
        # 14.10.", "Søndag 17.05"), unlisted. Unless a time no date can be follows it
        # ("tirsdag 9.10-9.50": from ten past nine).
        until = _TO_CLOCK.match(text, end)
        if until is None or (int(until.group("minutes")) <= 12 and until.group("sep") == "."):
            return False
    after = end + 1 if text[end:end + 1] == "." else end
    return not _TIME_AFTER.match(text, after)


# What joins two dates ("den [date] och 1.9", "[date]-3.9").
_DATE_JOIN = r"[ \t\u00a0]*(?:-|–|,|och|og|and|&|till|til|to|eller|or)[ \t\u00a0]*"
# A measure after a number: "3.5 poäng", "2.5 mg", "1.5 km", "4.5 %": no date.
_MEASURE_AFTER = re.compile(
    r"[ \t\u00a0]?(?:%|‰|°|poäng|poang|poeng|points?|p|procent|prosent|percent|mg|ml|g|kg"
    r"|km|m|cm|mm|l|liter|dl|cl|µg|μg|mcg|h|min|grader|degrees|år|ar|years?|timmar|timer"
    r"|hours?|minuter|minutter|minutes|st|stk)(?!\w)",
    re.IGNORECASE,
)
# A street and its number ("Storgatan 12", "Karl Johans gate 5 B", "Baker Street 221b"),
# with a postcode and town after it ("41301 Göteborg", Norwegian four digits "0159 Oslo").
_STREET_WORDS = (
    "gatan|gata|gate|gaten|vägen|väg|veien|vei|vegen|veg|gränd|gränden|stigen|stig|stien|sti|"
    "allén|allé|alle|alléen|torget|torg|torv|plass|plassen|plan|backen|backe|bakken|kaj|kajen|"
    "brygga|bryggen|street|road|lane|avenue"
)
_TOWN = r"[A-ZÅÄÖÆØ][\w\-]+"
# A plan numbered in one word is a clinical one ("Krisplan 2", "Behandlingsplan 3",
# "Säkerhetsplan 1", "Tiltaksplan 1", "Kriseplan 2"), no street: a street named "-plan"
# is written in two words ("Gustav Adolfs plan 3") or is in the therapist's list.
_PLAN_WORD = re.compile(r"^[^\W\d_][\w\-]*plan(?:en)?$", re.IGNORECASE)
_ADDRESS = re.compile(
    rf"(?<![\w-])(?:[A-ZÅÄÖÆØ][\w\-]*?(?:{_STREET_WORDS})"
    rf"|(?:[A-ZÅÄÖÆØ][\w\-]+\s+)?[A-ZÅÄÖÆØ][\w\-]+\s+(?:{_STREET_WORDS}))"
    rf"\s+\d{{1,4}}(?:\s?[A-Za-z](?![\w]))?"
    rf"(?:,?\s+(?:\d{{3}}\s?\d{{2}}|\d{{4}})\s+{_TOWN})?"
)
# A Swedish postcode with its town on its own ("413 01 Göteborg", "41301 Göteborg"), a
# Norwegian one ("0159 Oslo"; not a year before a capitalized word, "2015 Moa", which is far
# more often meant: "1900 Fetsund" is left as written).
_POSTCODE = re.compile(
    rf"(?<![\w-])(?:\d{{3}}\s?\d{{2}}|(?!(?:19|20)\d\d(?!\d))\d{{4}})\s+{_TOWN}"
)
# Car registration plates: Swedish "ABC 123" / "ABC 12A" (no I, Q, V), Norwegian "AB 12345".
_PLATE = re.compile(
    r"(?<![\w-])(?!(?:SOS|BUP|BVC|MVC|VUP|PHQ|GAD|DPS|NAV|BUF|HVB|LVM|LVU|KBT|PBU|SFB)\b)(?:[A-HJ-PR-UW-Z]{3}\s?\d{2}[\dA-HJ-PR-UW-Z]|[A-Z]{2}\s?\d{5})(?![\w-])"
)  # not "SOS 112", the emergency number
# The same in small letters, as a phone types them: "abc123" (no space: "sid 123" is a
# page), "el 12345"; not after an abbreviation that numbers things ("nr 12345").
_PLATE_LOWER = re.compile(
    r"(?<![\w-])(?:[a-hj-pr-uw-z]{3}\d{2}[\da-hj-pr-uw-z]|[a-z]{2}\s?\d{5})(?![\w-]|\.[a-z])"
)  # not a site's name ("bet365.com" read "[registration number].com")
_NOT_PLATES = frozenset({
    "nr", "no", "tf", "kl", "st", "ca", "id", "ex", "pg", "bg", "tel", "mob",
    # small words before an amount or a count: "en bot av 25000 kr", "lön om 32000"
    "av", "om", "en", "ei", "et", "er", "ar", "at", "in", "on", "of", "to", "by", "vi", "ni",
    "du", "de", "da", "sa", "nu", "pa", "is", "as", "up", "we", "he", "it", "an", "ja", "se",
    "ga", "fa", "ha", "ta", "ju", "jo", "ok", "mm", "cm", "km", "kg", "ml", "mg", "rs",
})
# A nickname on a family-map label, in any of the quotes people type.
_QUOTED = re.compile(
    "|".join(f"{a}[^{b}\\n]{{1,30}}{b}" for a, b in ("''", '""', "«»", "“”", "‘’"))
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An e-mail address written so that a spam filter (or a reader) will not take it for one:
# "erik.j(at)gmail.com", "erik [at] gmail [dot] com", "erik @ gmail.com"; and in words,
# "erik punkt johansson at gmail" (the big providers only: "at" is an English word).
_EMAIL_AT = re.compile(
    r"[\w.+-]+\s?[(\[{<]\s?(?:at|snabel-a)\s?[)\]}>]\s?[\w-]+"
    r"(?:\s?(?:\.|[(\[]\s?(?:dot|punkt)\s?[)\]])\s?[\w-]+)*"
    r"|[\w.+-]+\s+@\s*[\w-]+(?:\.[\w-]+)+|[\w.+-]+@\s+[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_EMAIL_WORDS = re.compile(
    r"[\w.+-]+(?:\s+(?:punkt|dot)\s+[\w.+-]+)*\s+(?:at|snabel-a)\s+"
    r"(?:gmail|hotmail|outlook|yahoo|icloud|protonmail|proton|msn|telia)\b"
    r"(?:\s*(?:\.|punkt|dot)\s*(?:com|se|no|net|org)\b)?",
    re.IGNORECASE,
)
# A user name on social media ("@erikj80"), once e-mail addresses are gone.
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[\w.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# ... and without its "@" ("På Snapchat heter han stefanv84", "Snap: juni.vold"): a word
# with digits, an underscore or, in small letters, a dot inside, that has a name of the
# case in it (``Pseudonymizer._user_name``).
_USER_TOKEN = re.compile(r"(?<![\w@/.\-])(?=\w*[\d_]|\w+\.\w)\w+(?:\.\w+)*")
# A web address ("instagram.com/mikke_lindqvist", "lindqvist84.blogspot.com",
# "https://www.facebook.com/mikael.lindqvist.7"), once e-mail addresses are gone: a
# profile or a blog names its owner in a form no name list matches ("lindqvist84",
# "mikke_lindqvist"). A site alone ("spelpaus.se", "www.unibet.com") names no one and
# tells supervision what the client uses: it stays (``_web``), unless a name of the case
# is in it ("voldbygg.no", "www.Vold-Bygg.no"). Any top-level domain with a path after it
# ("stefan-vold.xyz/blogg" read "the client-vold.xyz/blogg").
_WEB = re.compile(
    r"(?<![\w@.\-/])(?P<scheme>https?://)?(?P<host>(?:[\w-]+\.)+"
    r"(?:com|se|no|nu|net|org|io|me|dk|fi|eu|info|biz|tv|app|blog|co|uk|de"
    r"|[a-z]{2,24}(?=/\w)))(?![\w-])"
    r"(?P<path>(?::\d+)?/(?:[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?)?"
    r"|https?://[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]",
    re.IGNORECASE,
)
# An IP address ("IP 10.0.0.12", "192.168.1.20"): a home router's or a phone's, which the
# provider can tie to its subscriber. Whole, before the dates: its tail was read as one ("IP
# 10.[date]", QA 21, 10). Four numbers up to 255, not a version's ("version 1.2.3.4").
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IP_ADDRESS = re.compile(rf"(?<![\w.:])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w:]|\.\d)")
# A network card's MAC address ("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", Cisco's
# "001a.2b3c.4d5e"): a phone's or a laptop's, which a router's log, a provider or a
# workplace's network ties to its owner as an IP address is; it went out whole and unlisted.
# Six pairs one separator apart (the same throughout), or three fours with dots and a
# letter among them ("1234.5678.9012" is a number, left to the check), or twelve written
# together as a router's page or a sticker prints them ("00A0C914C829", "00a0c914c829":
# they went out whole), with a letter and a digit among them, so that a number of twelve
# digits ("198501011234", left to the id number's check) or a word is none. Whole, before
# the dates and phones, as the IP address.
_HEX = "[0-9A-Fa-f]"
_MAC_ADDRESS = re.compile(
    rf"(?<![\w:.\-])(?:{_HEX}{{2}}(?P<sep>[:\-]){_HEX}{{2}}(?:(?P=sep){_HEX}{{2}}){{4}}"
    rf"|(?=[\d.]*[A-Fa-f]){_HEX}{{4}}\.{_HEX}{{4}}\.{_HEX}{{4}}"
    rf"|(?=\d*[A-Fa-f])(?=[A-Fa-f]*\d){_HEX}{{12}})(?![\w:\-]|\.\w)")
# A Swedish personnummer or samordningsnummer ("19800101-1234", "800101-1234", "800101+1234"
# for someone over a hundred, an en dash as Word types it, "198001011234") and a Norwegian
# fødselsnummer or D-number ("01018012345", "010180 12345", "010180-12345"). Ten digits
# alone are one where the Luhn check digit holds, or where they do not begin with 0 (every
# Swedish phone number does, written without its country code: "7903141234" was
# "[phone]", QA 21, 10). Each is checked for a date (``_id_number``); what fails is left to
# the phone pattern.
_ID_NUMBER = re.compile(
    r"(?<![\w+\u2013-])(?:(?P<sep>(?:19|20)?\d{6})\s?[-+\u2013]\s?\d{4}"
    r"|(?P<long>(?:19|20)\d{10})|(?P<no>\d{6}[\s\-\u2013]?\d{5})|(?P<ten>\d{10}))"
    r"(?![\w\u2013-])"
)
# A police report number ("5000-K123456-26": unit, K and a serial, year) and numbers
# of other authorities written alike.
_CASE_NUMBER = re.compile(r"(?<![\w-])\d{3,4}-[A-Z]{1,2}\d{3,8}-\d{2}(?![\w-])", re.IGNORECASE)
# ----- bank accounts and organisation numbers --------------------------------------------
# A client's own bank account names him as surely as a personnummer, and a note about the
# money spent names it (QA 21, 3: "kontonummer 123 456 789-0", "1234.56.78903", an IBAN
# read "SE45 [phone]", "556036-0793" went out whole and unlisted). "[account number]",
# "[organisation number]" where the form or the word before it says so; a long number that
# only may be one is listed by :func:`suspects` (``NUMBER``).
_GAP = r"[ \t\u00a0]"
# An IBAN ("SE45 5000 0000 0583 9825 7466", "NO93 8601 1117 947", unspaced too): the
# country, two check digits and up to 30 letters and digits, in groups of four or not.
# Withheld where its check digits hold (``_iban_valid``), or after the word "IBAN".
_IBAN = re.compile(
    rf"(?<![\w-])(?P<iban>[A-Z]{{2}}\d{{2}}(?:{_GAP}?[A-Z0-9]{{4}}){{2,7}}"
    rf"(?:{_GAP}?[A-Z0-9]{{1,3}})?)(?![\w-])")
_IBAN_BEFORE = re.compile(rf"(?<![\w-])IBAN(?:-?(?:nr|nummer|number|no)\.?)?{_GAP}*:?{_GAP}*$",
                          re.IGNORECASE)
# A number after a word that says it is an account ("kontonummer 123 456 789-0", "konto i
# Swedbank: 8327-9, 123 456 789-0", "clearingnummer 8327-9", "account no. 12345678"):
# digits in groups, seven at least (``_accounts``).
_ACCOUNT_WORDS = (
    r"(?:bank)?konto(?:t|nr|nummer|numret|nummeret)?|bankkontonummer|lönekonto(?:t)?"
    r"|lønnskonto(?:en)?|sparkonto(?:t)?|personkonto(?:t)?|brukskonto(?:en)?"
    r"|clearing(?:nr|nummer|numret)?|kto|account|acct")
# Between the word and the number, a few small words or a bank's name ("kontot i
# Swedbank är", "konto hos Nordea:"), no verb ("Kontot hade 12 000 000").
_ACCOUNT_BETWEEN = (
    r"(?:är|er|var|was|is|i|hos|på|pa|in|at|with|med|the|his|her|their|hans|hennes|hens"
    r"|deras|sitt|sin|hennar|(?-i:[A-ZÅÄÖÆØ])[\w.]*)")
_KEYED_ACCOUNT = re.compile(
    rf"(?<![\w-])(?P<lead>(?P<word>{_ACCOUNT_WORDS})\.?(?:{_GAP}*(?:nr|nummer|no|number)\.?)?"
    rf"(?:{_GAP}*[:,]?{_GAP}+{_ACCOUNT_BETWEEN}(?!\w)){{0,3}}?{_GAP}*[:,]?{_GAP}*)"
    r"(?P<number>\d(?:\d|[ \u00a0.\-–](?=\d)|,[ \u00a0]?(?=\d{3}))*\d)(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
# Without a word before it: Swedbank's clearing number with its check digit and the
# account ("8327-9, 123 456 789-0", "8327-9 123 456 789-0"); a Norwegian account in its
# groups ("1234.56.78903", "1234 56 78903").
_SHAPED_ACCOUNT = re.compile(
    r"(?<![\w.,\-])(?:8\d{3}-\d(?:,[ \u00a0]?|[ \u00a0]+|-)\d(?:[ \u00a0\-]?\d){5,11}"
    r"|\d{4}(?P<sep>[. \u00a0])\d{2}(?P=sep)\d{5})(?![\w\-]|[.,]\d)"
)
# Bankgiro and plusgiro after their word ("bg 123-4567", "BG: 5050-1055", "pg 12 34 56-7",
# "plusgiro 4000123").
_GIRO = re.compile(
    rf"(?<![\w-])(?P<lead>(?:bankgiro|bankgirot|bankgironr|bankgironummer|bg|plusgiro"
    rf"|plusgirot|plusgironr|plusgironummer|postgiro|postgirot|pg)\.?"
    rf"(?:{_GAP}*(?:nr|nummer)\.?)?{_GAP}*:?{_GAP}*)"
    r"(?P<number>\d{1,8}(?:[ \u00a0]\d{2,4})*-\d{1,4}|\d{5,8})(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)
# An organisation number after its word ("organisationsnummer 556036-0793", "org.nr. 923
# 609 016", "orgnr 923609016 MVA").
_KEYED_ORGANISATION = re.compile(
    rf"(?<![\w-])(?P<lead>(?:org(?:anisations|anisasjons)?\.?{_GAP}?(?:nr|nummer|no)"
    rf"|foretaksnummer|foretaksnr|företagsnummer)\.?{_GAP}*:?{_GAP}*(?:(?:NO|SE){_GAP}?)?)"
    r"(?P<number>\d{6}[-\u2013]?\d{4}|\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)
# Numbers with no word before them that their own check digits make an account or an
# organisation (``_bare_account``): a Norwegian account of eleven digits, a Swedish
# organisation number ("556036-0793": a month of 20 and up, so no personnummer), a
# Norwegian one of nine digits beginning 8 or 9 ("923609016", "923 609 016").
_BARE_ACCOUNT = re.compile(
    r"(?<![\w.,:/+\-])(?:\d{11}|\d{6}-\d{4}|\d{9}|\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3})"
    r"(?![\w\-]|[.,:/]\d)"
)
# What :func:`suspects` lists as a long number that may still identify (``NUMBER``): seven
# digits or more in groups, once the patterns above are done.
_LONG_NUMBER = re.compile(
    r"(?<![\w.,:/+\-])\d(?:\d|[ \u00a0.\-–](?=\d))*\d(?![\w]|[.,:/]?\d)")
_LONG_NUMBER_ALLOWED = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ \u00a0]?[-–][ \u00a0]?\d{4}-\d{2}-\d{2})?"  # a date, a span
    r"|(?:19|20)\d\d(?:[ \u00a0]?[-–][ \u00a0]?(?:19|20)\d\d)?"  # a year, a span of years
    r"|\d{1,3}(?:[ \u00a0.]\d{3})+"  # an amount in thousands: "1 200 000"
    r"|\d{1,2}[.:]\d{2}[ \u00a0]?[-–][ \u00a0]?\d{1,2}[.:]\d{2}"  # hours: "10.00-11.30"
)
# Also with the trunk zero in brackets after the country code ("+46 (0)70-123 45 67").
_PHONE = re.compile(
    r"(?<![\w-])(?:\+\d{1,3}\s?\(0\)\s?\d[\d \-]{5,}\d|\+?\d[\d \-]{6,}\d)(?![\w-])")
# A court's case number ("mål nr B 1234-19", "B 4567-21": public, the verdict can be asked
# for by it), an authority's file number ("dnr IFO 2025/123", "diarienummer 2025-12345",
# "saksnr. 23-123456TVI-OTIR/05"): named by a word before it, and with a dash or a slash
# (the word "mål" is also a goal: "mål 2" stays), or in the courts' own form alone.
_FILE_NUMBER = re.compile(
    r"(?P<lead>\b(?i:(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|arendenr"
    r"|saksnr|saksnummer|journalnr|journalnummer|målnr|målnummer|mål\s+nr|sak\s+nr"
    r"|case\s+(?:no|number))\.?:?\s*(?=[A-ZÅÄÖÆØ]{0,4}\s?\d+(?:[-/]\d|\d{3}))"
    r"|(?:mål|sak|dom|case)\.?:?\s*"
    r"(?=[A-ZÅÄÖÆØ]{1,4}\s?\d+[-/]|\d{3,}[-/]\d|\d{2}-\d{5,6})))"
    r"(?P<number>(?:[A-ZÅÄÖÆØ]{1,4}\s?)?\d+(?:[-/][\dA-ZÅÄÖÆØ]+)*)"
    r"|(?<![\w-])[BTÖF]\s\d{1,6}-\d{2}(?![\w-])",
)

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
# The same letters as a keyboard without them also spells them: "Haakon", "Oeberg".
_TRANSLITERATED = str.maketrans({
    "ö": "oe", "ä": "ae", "å": "aa", "ø": "oe", "æ": "ae", "ü": "ue",
    "Ö": "Oe", "Ä": "Ae", "Å": "Aa", "Ø": "Oe", "Æ": "Ae", "Ü": "Ue",
})


@lru_cache(maxsize=8192)
def _fold_char(c: str, before_lower: bool) -> str:
    """One character as it is compared: apostrophes alike, accents and other marks dropped
    (after canonical decomposition, so a name stored decomposed is the one typed composed),
    a soft hyphen dropped (between two words it is a space: ``_folded``). Case is kept:
    ``_compile`` decides which cases match. An "Æ" before a small letter is "Ae", as
    typed ("Aero"), not "AE"."""
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
        if c == "\u00ad" and nxt.isupper() and text[i - 1 : i].islower():
            # A soft hyphen joining two words, as a web page's text pasted has it
            # ("Stefan\u00adVold" shows "StefanVold"): a space, so the full name is
            # found. Inside a word ("Lind\u00adqvist") it is nothing, as before.
            parts.append(" ")
            where.append(i)
            continue
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
    """One thing the export will replace, for the review list shown before export.

    ``capitalised_only``: the word is replaced only where it is written capitalized or in
    capitals (a name that is also an everyday word, "Bo", "Per", or a word taken from the
    family map's free text, "Volvo"): the review must not claim that "bo" went too. Where it
    is left in small letters, :meth:`Pseudonymizer.suspects_in` and :func:`suspects` say so.
    """

    original: str
    replacement: str
    source: str  # "client", "genogram", "extra", "map" (a word of its free text), "history"
    capitalised_only: bool = False
    #: A word of the map's free text (an occupation, a label, a note: "Polis" of "Arbetar
    #: som Polis i Borås"), no person's name nor a role's word: the therapist may keep it
    #: (``keep_words`` of :meth:`Pseudonymizer.for_snapshot`).
    keepable: bool = False


# ----- which words are names -----------------------------------------------------------
#: Names that are also everyday words in Swedish, Norwegian or English, in their folded
#: small form (:func:`fold_name`, then ``casefold``: "Sjö" is "sjo", "Ås" is "as"), by kind.
#: Such a name (a single word of a person's name) is treated as a word until it reads as a
#: name (:meth:`Pseudonymizer._names`):
#:
#: - in small letters it is never replaced ("lämnad i fred", "en saga", "vill bo kvar",
#:   "i juni"); :func:`suspects` lists each hit (``LOWER_CASE_NAME``);
#: - capitalized at the start of a sentence, a line or a clause it is not replaced either
#:   ("Hans mamma dog", "Per vecka", "Dag för dag", "Dags att…"): every word is capitalized
#:   there; :func:`suspects` lists it (``SENTENCE_START``) and the therapist decides (not
#:   for the names of ``NAME_FIRST``, which begin a sentence as names);
#: - capitalized (or in capitals) inside a sentence it is the name ("träffar Dag i morgon").
#:
#: Every other name ("Erik", "Moa", "Liam") is replaced in any case and anywhere. Replacing
#: an everyday word with a role makes the note say something false ("han vill far kvar"),
#: which is as bad for supervision as a leak is for the client; what is left is listed.
COMMON_WORD_NAMES = frozenset({
    # Swedish and Norwegian first names that are words: virtues, nature, things
    "alf", "alv", "as", "ask", "axel", "ben", "bjorn", "bo", "bror", "dag", "elv", "even",
    "falk", "finn", "frej", "fred", "frid", "gard", "glad", "gry", "gull", "hans", "hauk",
    "iris", "jan", "kaj", "karl", "klara", "knut", "lilja", "linnea", "liv", "lo", "love",
    "lykke", "lycka", "nova", "odd", "ola", "orn", "per", "ravn", "rune", "runa",
    "rut", "sa", "saga", "sol", "sten", "stein", "stig", "storm", "tage", "tilde",
    "tom", "tone", "tor", "tuva", "ulv", "var", "vide", "vilja", "viola", "rosa", "yr",
    # Swedish and Norwegian first names that are small everyday words: "inga problem" (no
    # problems), "dina barn", "mina", "sina" (your, my, their own), "jeg aner ikke", "lena
    # händer" (smooth), "det ebbar ut", "såret må gro", "matt" (tired), "en line"; and
    # English words ("they are", "what else", "bent", "a gun", "edit")
    "inga", "dina", "mina", "sina", "ane", "lena", "ebba", "gro", "matt", "line", "are",
    "else", "bent", "gun", "edit",
    # months and a day that are names
    "april", "augusti", "august", "juni", "juli", "mai", "maj", "june", "may",
    # family names that are nature, place or trade words, or others (Swedish: "han är
    # stolt", "ork och kraft", "en lång dag")
    "stolt", "kraft", "lang", "malm", "ljung",
    "alm", "asp", "back", "berg", "bjork", "blom", "bonde", "borg", "dal", "ek", "fors",
    "frisk", "frost", "gran", "hed", "hjort", "holm", "hok", "kvist", "lax", "lind", "lund",
    "mark", "modig", "mo", "nord", "rask", "ros", "sand", "sjo", "skog", "sommar", "stark",
    "strand", "strom", "sund", "svan", "varg", "vik", "vinter", "ang", "soder",
    # family names that are nature, place or trade words (Norwegian)
    "aas", "bakke", "bakken", "berge", "brekke", "bru", "dahl", "dalen", "eng", "fisker",
    "fjell", "foss", "hagen", "hammer", "haug", "haugen", "hole", "holt", "krog", "li",
    "lie", "lien", "lunde", "moe", "myr", "nes", "rud", "skar", "vang", "viken",
    # ... and Norwegian family names that are words a case note needs: "vold" (violence:
    # "vold i nære relasjoner"), "rød", "brun"
    "vold", "rod", "brun",
    # English first names and family names that are words
    "amber", "art", "baker", "bell", "bill", "bishop", "black", "bob", "bond", "brook",
    "brown", "carter", "chase", "chip", "cliff", "cook", "crane", "cross", "daisy", "dale",
    "dawn", "don", "drake", "earl", "eve", "faith", "field", "finch", "fisher", "fox",
    "frank", "gene", "glen", "grace", "gray", "green", "grey", "guy", "hall", "hazel",
    "heath", "heather", "hill", "holly", "honey", "hope", "hunter", "ivy", "jack", "joy",
    "king", "lamb", "lily", "little", "long", "major", "marsh", "mason", "max", "miller",
    "nick", "page", "pat", "pearl", "penny", "porter", "ray", "rich", "river", "rob",
    "rose", "ruby", "sandy", "sky", "smith", "star", "sue", "summer", "sunny", "swan",
    "tea", "violet", "walker", "ward", "wells", "white", "will", "wolf", "wood", "young",
    "winter", "miles", "drew", "price", "sharp", "strong", "short", "moody", "wise", "stone",
})

#: Of ``COMMON_WORD_NAMES``, those that at the start of a sentence are far more often the
#: name than the word ("Björn ringde", "Saga sov", "Berg sa", "Ås kom"; "Björn" begins no
#: Swedish sentence as "bear" in a case note): replaced there as inside a sentence, left
#: only in small letters. "Hans", "Per", "Dag", "Bo", "Så", "Will" and the like begin
#: sentences as words every day and stay in the rule above, as do "Else", "Bent", "Gun",
#: "Line" and "Edit", which begin English sentences as words ("Else, nothing changed",
#: "Line by line", "Gun ownership came up", "Edit:": QA 19, 9, "Mother, nothing changed").
NAME_FIRST = frozenset({
    "as", "axel", "bjorn", "frej", "fred", "frid", "gry", "iris", "karl", "klara", "knut",
    "lilja", "linnea", "nova", "ola", "rut", "saga", "tilde", "tone", "tor", "tuva", "viola",
    "vilja", "lena", "ebba", "gro", "ane",
    "alm", "asp", "berg", "bjork", "borg", "dahl", "dal", "ek", "eng", "falk",
    "fors", "gran", "haug", "holm", "kvist", "lind", "lund", "moe", "nes", "sjo",
    "skog", "strand", "strom", "vik", "bakke", "brekke", "foss", "lunde", "lie", "lien",
})

#: The clinic's and the method's own name ("KAST", "Kast", "KAST-modellen",
#: "Kast-brosjyren"), folded: no one's name, never listed by :func:`suspects`; withheld on
#: the therapist's word only where it stands alone, never inside a compound (the method's
#: name says nothing of the client; "[withheld]-modellen" says nothing at all).
CLINIC_WORDS = frozenset({"kast"})

#: Medicines a psychiatric or addiction case note names, generic (Swedish, Norwegian and
#: English spelling) and brand (as sold in Sweden and Norway), folded and in small letters,
#: by kind. Capitalized, a brand is a proper noun no list knows, and the check listed
#: "Sertralin", "Antabus", "Lergigan" beside the towns and colleagues it is for: a medicine
#: names no one. Not listed as a capitalized word (:func:`suspects`), nor withheld as a word
#: of the family map's text ("Tar Antabus"), in any inflection ("Antabusen", "Concertas");
#: a name of the case is replaced before and a near miss of one still listed, so the list
#: never hides a name. No word here is a first or family name in these languages.
MEDICINES = frozenset({
    # antidepressants (SSRI, SNRI, tricyclics and others)
    "sertralin", "sertraline", "zoloft", "citalopram", "cipramil", "escitalopram",
    "cipralex", "fluoxetin", "fluoxetine", "fontex", "prozac", "paroxetin", "paroxetine",
    "seroxat", "fluvoxamin", "fluvoxamine", "venlafaxin", "venlafaxine", "efexor",
    "duloxetin", "duloxetine", "cymbalta", "mirtazapin", "mirtazapine", "remeron",
    "bupropion", "voxra", "wellbutrin", "vortioxetin", "vortioxetine", "brintellix",
    "agomelatin", "agomelatine", "valdoxan", "amitriptylin", "amitriptyline", "saroten",
    "klomipramin", "clomipramine", "anafranil", "nortriptylin", "nortriptyline",
    "sensaval", "trazodon", "trazodone", "moklobemid", "moclobemide", "aurorix",
    "esketamin", "esketamine", "spravato",
    # mood stabilisers
    "litium", "lithium", "lithionit", "lamotrigin", "lamotrigine", "lamictal", "valproat",
    "valproate", "ergenyl", "orfiril", "karbamazepin", "carbamazepine", "tegretol",
    "oxkarbazepin", "oxcarbazepine", "trileptal",
    # antipsychotics
    "quetiapin", "quetiapine", "ketiapin", "seroquel", "olanzapin", "olanzapine", "zyprexa",
    "aripiprazol", "aripiprazole", "abilify", "risperidon", "risperidone", "risperdal",
    "haloperidol", "haldol", "klozapin", "clozapine", "leponex", "clozaril", "paliperidon",
    "paliperidone", "xeplion", "ziprasidon", "ziprasidone", "zeldox", "levomepromazin",
    "levomepromazine", "nozinan", "flupentixol", "fluanxol", "zuklopentixol",
    "zuclopenthixol", "cisordinol", "perfenazin", "perphenazine", "trilafon", "lurasidon",
    "lurasidone", "latuda", "kariprazin", "cariprazine", "reagila",
    # for anxiety and sleep: benzodiazepines and others
    "diazepam", "stesolid", "vival", "valium", "oxazepam", "sobril", "alprazolam", "xanor",
    "xanax", "klonazepam", "clonazepam", "rivotril", "lorazepam", "temesta", "ativan",
    "nitrazepam", "mogadon", "flunitrazepam", "rohypnol", "zopiklon", "zopiclone",
    "imovane", "zolpidem", "stilnoct", "propiomazin", "propiomazine", "propavan",
    "prometazin", "promethazine", "lergigan", "phenergan", "alimemazin", "alimemazine",
    "theralen", "hydroxizin", "hydroxyzine", "atarax", "melatonin", "circadin",
    "pregabalin", "lyrica", "buspiron", "buspirone", "klometiazol", "clomethiazole",
    "heminevrin", "propranolol", "inderal", "klonidin", "clonidine", "catapresan",
    # for ADHD
    "metylfenidat", "methylphenidate", "concerta", "ritalin", "medikinet", "equasym",
    "lisdexamfetamin", "lisdexamfetamine", "elvanse", "dexamfetamin", "dexamfetamine",
    "attentin", "atomoxetin", "atomoxetine", "strattera", "guanfacin", "guanfacine",
    "intuniv", "modafinil",
    # for alcohol and opioid dependence, tobacco
    "disulfiram", "antabus", "antabuse", "akamprosat", "acamprosate", "campral",
    "naltrexon", "naltrexone", "nalmefen", "nalmefene", "selincro", "baklofen", "baclofen",
    "buprenorfin", "buprenorphine", "subutex", "suboxone", "buvidal", "metadon",
    "methadone", "naloxon", "nalokson", "naloxone", "nyxoid", "vareniklin", "varenicline",
    "champix", "nicorette",
    # painkillers and others a case of dependence names
    "tramadol", "tradolan", "oxykodon", "oksykodon", "oxycodone", "oxycontin", "oxynorm",
    "kodein", "codeine", "citodon", "paralgin", "fentanyl", "morfin", "morphine",
    "ketamin", "ketamine", "gabapentin", "neurontin",
})
#: How a medicine is inflected in a note ("Antabusen", "Concertan", "Sertralinets").
_INFLECTIONS = ("s", "n", "en", "et", "ens", "ets", "ns")


def _is_medicine(key: str) -> bool:
    """Whether ``key`` (a folded word in small letters) is a medicine of ``MEDICINES``, as
    written or inflected."""
    return key in MEDICINES or any(
        key.endswith(end) and key[: -len(end)] in MEDICINES for end in _INFLECTIONS)


#: Capitalized words of the family map's free text (roles, occupations, labels, notes) that
#: are no names: kinship and other roles, and words that begin a sentence, in Swedish,
#: Norwegian and English. Folded and in small letters, as ``COMMON_WORD_NAMES``. A word
#: that begins a sentence is also no name where the case writes it in small letters
#: elsewhere ("Alkohol, bor i Lerum" beside "mycket alkohol"), see ``_map_words``.
_NOT_NAMES = frozenset({
    # kinship and roles
    "mor", "far", "mamma", "pappa", "mormor", "morfar", "farmor", "farfar", "bror", "broder",
    "brodern", "syster", "systern", "soster", "sosteren", "son", "sonen", "dotter", "dottern",
    "datter", "datteren", "barn", "barnet", "barnen", "fru", "frun", "man", "mannen", "make",
    "maken", "maka", "hustru", "kone", "kona", "sambo", "samboer", "partner", "partnern",
    "flickvan", "pojkvan", "kjaereste", "ex", "exfru", "exman", "svarmor", "svarfar",
    "svigermor", "svigerfar", "svagerska", "svager", "svigerinne", "farbror", "morbror",
    "faster", "moster", "tante", "onkel", "kusin", "fetter", "kusine", "syssling", "nevo",
    "niese", "brorson", "systerson", "brorsdotter", "systerdotter", "barnbarn", "barnebarn",
    "oldemor", "oldefar", "gammelmormor", "styvmor", "styvfar", "styvpappa", "styvmamma",
    "stemor", "stefar", "halvbror", "halvsyster", "halvsoster", "fosterbarn", "fosterson",
    "fosterdotter", "fostermor", "fosterfar", "tvilling", "tvillingbror", "tvillingsyster",
    "alskarinna", "alskare", "alskarinnan", "elskerinne", "elsker", "affar", "affare",
    "kollega", "kollegan", "chef", "chefen", "sjef", "sjefen", "granne", "grannen", "nabo",
    "van", "vannen", "venn", "vennen", "venninne", "kompis", "kompisen", "klient", "klienten",
    "mother", "father", "mum", "mom", "dad", "brother", "sister", "daughter", "child",
    "children", "wife", "husband", "girlfriend", "boyfriend", "grandmother", "grandfather",
    "grandma", "grandpa", "aunt", "uncle", "cousin", "niece", "nephew", "stepmother",
    "stepfather", "stepson", "stepdaughter", "affair", "lover", "colleague", "boss",
    "neighbour", "neighbor", "friend", "client", "maternal", "paternal", "half", "step",
    "foster", "former", "late", "baby", "twin", "mister", "miscarriage", "missfall",
    "abort", "abortion",
    # words that begin a sentence or a label
    "i", "pa", "med", "och", "og", "en", "ett", "ei", "et", "den", "det", "de", "dei", "han",
    "hon", "hun", "hen", "vi", "ni", "dere", "jag", "jeg", "du", "som", "har", "hade",
    "hadde", "ar", "er", "var", "vart", "blev", "ble", "bor", "bodde", "jobbar", "jobber",
    "jobbade", "jobbet", "arbetar", "arbeider", "gar", "gick", "kallas", "kalles", "kallad",
    "kalt", "fodd", "fodt", "dod", "dode", "gift", "gifte", "skild", "skilt",
    "separerad", "separert", "ingen", "inte", "ikke", "nej", "nei", "ja", "alla", "alle",
    "efter", "etter", "fore", "for", "fran", "fra", "till", "til", "mot", "om", "under",
    "over", "vid", "ved", "hos", "utan", "uten", "sedan", "siden", "nar", "da", "nu", "na",
    "ofta", "ofte", "aldrig", "aldri", "alltid", "bara", "bare", "mycket", "mye", "lite",
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "from", "with", "by", "he",
    "she", "they", "we", "his", "her", "their", "has", "had", "is", "was",
    "lives", "lived", "works", "worked", "called", "born", "died", "dead", "married",
    "divorced", "separated", "no", "not", "yes", "also", "known", "as", "see", "note",
    "tidigare", "tidligere", "numera", "nytt", "ny", "nya", "gammal", "gamle",
    "dr", "prof", "mr", "mrs", "ms", "herr", "froken",
    # days and months, capitalized in English
    "mandag", "tisdag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "jul", "pask", "midsommar",
})

#: Titles before a name ("Dr. Anna Berg"): no first name.
_TITLES = frozenset({
    "dr", "doktor", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "fru", "herr",
    "froken", "sr", "jr", "pastor", "kyrkoherde", "advokat",
})
#: The small words of family names ("van der Berg", "af Klint"): not names on their own.
_PARTICLES = frozenset({
    "af", "av", "von", "van", "de", "der", "den", "la", "le", "di", "da", "du", "del", "y",
})
# A nickname or another name written inside a name, in any quotes or brackets people type:
# 'Erik "Bosse" Johansson', "Anne «Annie» Berg", "Erik (Bosse) Johansson", "“KJ”".
_IN_NAME = re.compile(
    r'"([^"\n]{1,40})"|“([^”\n]{1,40})”|”([^”\n]{1,40})”|«([^»\n]{1,40})»|»([^«\n]{1,40})«'
    r"|„([^“”\n]{1,40})[“”]|‘([^’\n]{1,40})’|\(([^)\n]{1,40})\)|\[([^\]\n]{1,40})\]"
    r"|(?<!\w)'([^'\n]{1,40})'(?!\w)"
)
_TRIM = "\"'«»“”„‘’‚()[]{}<>.,;:!?*"
# A capitalized word of free text (with its hyphens and apostrophes), and where a sentence
# or a line begins.
_CAPITALISED = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)")
_WORD_AT = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’]*")


def _alternation(forms: Mapping[str, bool], *, line_breaks: bool = False) -> str:
    """One regex alternation of folded word ``forms``, longest first; a form marked True
    matches in its own case only. The clinic's own name (``CLINIC_WORDS``) does not match
    as the first part of a compound ("KAST-modellen": the method, no place). With
    ``line_breaks`` a hyphen may be followed by a line break ("Anna-⏎Karin")."""
    parts = []
    for form, exact in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        part = f"(?-i:{re.escape(form)})" if exact else re.escape(form)
        if line_breaks:
            part = part.replace("\\-", "-\n?")
        parts.append(part + ("(?!-\\w)" if form.casefold() in CLINIC_WORDS else ""))
    return "|".join(parts)


def _key(word: str) -> str:
    """A word as the lists above hold it: folded, small letters."""
    return fold_name(word).casefold()


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _at_sentence_start(text: str, i: int) -> bool:
    """Whether the word at ``text[i]`` begins the text, a sentence, a line, a bracket or a
    clause after a dash (so is capitalized whatever it is); not after a title's dot ("dr.
    Solveig Hammer": the first name was taken for a sentence's first word and never listed)
    nor after "f." (född, født) or "fd." before a birth name ("Sara (f. Öhman)"), nor a
    word alone in quotes (a nickname: «Kikki», "Micke").
    """
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j == i - 1 and j >= 0 and text[j] in _OPENING_QUOTES:
        word = _WORD_AT.match(text, i)
        if word and text[word.end():word.end() + 1] in tuple(_CLOSING_QUOTES):
            return False
    if j >= 0 and text[j] == "." and j < i - 1:
        before = _WORD_BEFORE.search(text, max(0, j - _TITLE_REACH), j)
        if before and _key(before.group()) in _TITLES | _BEFORE_NAMES:
            return False
    if j < 0 or text[j] in ".!?:;\n(\"«“":
        return True
    return text[j] in "-–" and j < i - 1 and (j == 0 or text[j - 1].isspace())


def _starts_sentence(text: str, i: int) -> bool:
    """Whether the word at ``text[i]`` begins the text, a line or a sentence (after ".",
    "!" or "?", not after a title's dot, "Dr."), where a role written for a name is
    capitalized."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    if text[j] in "!?":
        return j < i - 1
    if text[j] != "." or j == i - 1:
        return False
    before = _WORD_BEFORE.search(text, max(0, j - _TITLE_REACH), j)
    return not (before and (_key(before.group()) in _TITLES or len(before.group()) == 1))


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# How far back the word before a dot is read (a title, "Dr.", or an initial, "H."): from
# the text's start, each name after a full stop read the note again, and a long note with
# "Per A J" or "Per" after each sentence took seconds.
_TITLE_REACH = 40
_OPENING_QUOTES = "\"«“„"
_CLOSING_QUOTES = "\"»”“"
#: Abbreviations before a birth or former name, with their dot: "f. Öhman" (född, født),
#: "fd.", "geb.", "née." (folded).
_BEFORE_NAMES = frozenset({"f", "fd", "geb", "nee"})
# A capitalized part of a compound name after a name, or before it ("Maj-Britt",
# "Anna-Maj", "Lindqvist-Öhman"; also broken at the hyphen across a line).
_COMPOUND_AFTER = re.compile(r"-\n?([^\W\d_][\w'’]*)")
_COMPOUND_BEFORE = re.compile(r"(?<![\w'’\]-])([^\W\d_][\w'’]*)-\n?$")
# A medicine's dose after its name ("Lyrica 75 mg", "Lyrica 2 tabletter").
_DOSE_AFTER = re.compile(
    r"\s*\d+(?:[.,]\d+)?\s*(?:mg|ml|µg|μg|mcg|g|mikrogram|tabletter|tablett|tabl|tbl"
    r"|tabletten|kapslar|kapsler|kapsel|st|stk|doser|dose|dos|gånger|gång|ganger|gang"
    r"|times)(?!\w)", re.IGNORECASE)
# ... or before it ("150 mg Lyrica").
_DOSE_BEFORE = re.compile(r"\d\s*(?:mg|ml|µg|μg|mcg|g)\s+$", re.IGNORECASE)
# A word's compound after a name that is an everyday word ("Edit-funktionen"): no name.
_LOWER_COMPOUND = re.compile(r"-\n?(?=[^\W\d_])(?-i:[^A-ZÅÄÖÆØ])")
# A word split by a hyphen at a line's end: its two parts (``Pseudonymizer._rejoined``).
_SPLIT_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)-[ \t]*\n[ \t]*([^\W\d_][\w'’]*)")
# A nickname right after the same person's name: "Fredrik (kallad Fredde)" became
# "the client (kallad the client)". The second is left out: "the client".
_CALLED = re.compile(
    r"(?P<role>\b[^\W\d_][^\W_]*(?: [^\W\d_]+)?(?: \d+)?|\[[^\[\]\n]{1,30}\])"
    r"(?:\s*\((?:kallad|kallas|kalt|kalles|called|known as|aka)\s+(?P<a>[^()\n]{1,40})\)"
    r"|,\s*(?:kallad|kalt|called)\s+(?P<b>[^,.;:!?()\n]{1,40}?)(?=[,.;:!?]|$))",
    re.IGNORECASE,
)


def _called_once(m: re.Match[str]) -> str:
    again = m.group("a") or m.group("b") or ""
    return m.group("role") if again.casefold() == m.group("role").casefold() else m.group(0)


#: In how many of the case's texts a word in small letters must be for the case to vouch
#: for it when it is one letter from a name ("andras" beside Anders is a word; "stefann"
#: once, a misspelt name): ``Pseudonymizer`` ``rare_words``.
_VOUCHED_TEXTS = 3


def _words_in(snapshot: Any) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words the case writes in small letters, those it writes capitalized inside a
    sentence (folded, small letters), across all its free text, and of the first those
    written in fewer than ``_VOUCHED_TEXTS`` texts."""
    small: Counter[str] = Counter()
    capital: set[str] = set()
    for text in _strings(snapshot):
        seen: set[str] = set()
        for m in _WORD_AT.finditer(text):
            word = m.group()
            if not _is_capitalised(word):
                seen.add(_key(word))
            elif not _at_sentence_start(text, m.start()):
                capital.add(_key(word))
        small.update(seen)
    rare = frozenset(w for w, n in small.items() if n < _VOUCHED_TEXTS)
    return frozenset(small), frozenset(capital), rare


@dataclass(frozen=True)
class _NameParts:
    """A name taken apart: its given names, its family name(s), the nicknames written in
    it, and the name without those ("Erik Johansson" of 'JOHANSSON, Erik "Bosse"')."""

    plain: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    nicknames: tuple[str, ...]


def _name_parts(name: str) -> _NameParts:
    """A name as a therapist or a genealogy program writes it, taken apart.

    A nickname in quotes or brackets is a name of its own (bare: "Bosse", never
    '"Bosse"', which no note writes). "JOHANSSON, ERIK" is surname first. Punctuation round
    a word goes ("ERIK," is "ERIK"); a title ("Dr.") and an initial ("E.") are no names; the
    last word is the family name.
    """
    nicknames = tuple(
        w.strip(_TRIM)
        for m in _IN_NAME.finditer(name)
        for w in next(g for g in m.groups() if g).split()
        if len(w.strip(_TRIM)) >= 2
    )
    rest = _IN_NAME.sub(" ", name)
    if "," in rest:
        last, _, first = rest.partition(",")
        rest = f"{first} {last}"
    words = [w.strip(_TRIM) for w in rest.split()]
    words = [
        w for w in words
        if len(w.replace(".", "")) >= 2 and _key(w).rstrip(".") not in _TITLES
        and _key(w) not in _PARTICLES
    ]
    if len(words) <= 1:
        return _NameParts(" ".join(words), tuple(words), (), nicknames)
    return _NameParts(" ".join(words), tuple(words[:-1]), (words[-1],), nicknames)


# ----- ordinary words at a sentence's start --------------------------------------------
#: Words a case note begins its sentences with, Swedish, Norwegian and English, that no
#: list above holds: adverbs, pronouns, conjunctions, a note's own verbs and headings. A
#: capitalized word at a sentence's start that is none of these, no everyday word and no
#: word of the case's notes is listed as a possible name (``Pseudonymizer._name_like_start``);
#: these keep ordinary first words off the list. Folded when read (``_sentence_words``).
_SENTENCE_WORDS = """
    idag igår imorgon ikväll inatt nyligen senast efteråt därefter därför dessutom också
    även samtidigt senare först sist slutligen nästa denna detta dessa denne vilket vilka
    vilken vad varför hur när där här trots eftersom medan innan både antingen varken
    någon något några ingenting inget allt många flera båda fler mer mest mindre minst
    annars alltså ibland oftast sällan kanske troligen förmodligen egentligen verkligen
    faktiskt absolut tyvärr lyckligtvis tack hej okej jaha nja mhm sammanfattning
    sammanfattningsvis bedömning planering uppföljning hemuppgift hemuppgiften hemläxa
    läxa tema fokus mål status övrigt anteckning anteckningar samtal samtalet sessionen
    session mötet besök besöket telefonsamtal terapeuten behandlaren behandlingen
    behandling avslut avslutning inledning bakgrund nuläge aktuellt riskbedömning
    suicidrisk återfall återfallet suget sug skam skuld ångest oro ilska sorg glädje
    lättnad berättar berättade pratar pratade säger sade tycker tyckte tror trodde tänker
    tänkte känner kände mår mådde vill kan kunde ska skulle får fick måste behöver
    behövde vet visste ser såg verkar verkade upplever upplevde beskriver beskrev uppger
    uppgav reflekterar reflekterade funderar funderade diskuterar diskuterade
    diskuterades pratades gick kom kommer ringde ringer skrev skriver började börjar
    slutade slutar fortsätter fortsatte försöker försökte lyckades lyckas blir gör gjorde
    tar tog ger gav hoppas önskar undviker undvek sov äter dricker drack köpte köper
    besökte träffade träffar planerar planerade bokade avbokade uteblev tillbaka kort
    lång bra dåligt sämre bättre fint svårt jobbigt lugnt stressigt helt andra annan
    annat egen eget hela samma olika vissa varje mellan
    ikke også derfor deretter etterpå kanskje neste denne dette disse hvorfor hva hvordan
    hvem hvilken hvilket hvilke hvor her der mens fordi selv noen noe ingenting mange
    flere begge ofte sjelden egentlig faktisk virkelig dessverre heldigvis sannsynligvis
    antakelig uansett samtidig senere endelig samtalen timen møtet økten økta besøket
    terapeuten behandleren behandlingen oppsummering vurdering oppfølging hjemmelekse
    diverse notat bakgrunn risiko tilbakefall skyld angst uro sinne glede ensomhet
    forteller fortalte sier snakker snakket synes syntes tenker tenkte føler følte gjør
    ville kunne skulle må måtte trenger trengte visste virker virket opplever opplevde
    oppgir oppga reflekterer reflekterte diskuterer diskuterte gikk ringte begynte
    begynner sluttet slutter fortsetter prøver prøvde klarte klarer håper ønsker unngår
    unngikk sover spiste drikker drakk kjøpte kjøper møtte møter planlegger avlyste uteble
    dårlig verre bedre vanskelig tungt rolig travelt mye litt annen annet hele ulike hver
    today yesterday tomorrow tonight recently lately then afterwards later earlier first
    finally next last however therefore maybe perhaps probably actually really
    unfortunately fortunately this that these those what why how when where who which
    here there while because although though both either neither someone something
    nobody nothing everyone everything all many several some most more less each every
    other another session meeting call homework focus plan goal goals assessment summary
    background status notes note topic risk relapse shame guilt anxiety worry anger grief
    relief loneliness therapist discussed reports reported says said talks talked tells
    told thinks thought feels felt wants wanted can could will would should must needs
    needed knows knew sees saw seems seemed describes described reflects reflected went
    goes came comes calls wrote writes started starts stopped stops continues continued
    tries tried managed took takes gave gives hopes wishes avoids avoided sleeps slept
    ate eats drinks drank bought buys visited met meets plans planned booked cancelled
    canceled good bad worse better fine hard difficult calm busy much very agreed
    explored noted did does do are were have our my your its it you mood sleep work
    family kids urges urge triggers trigger alcohol porn pornography internet money job
    home weekend week month year morning evening night afternoon before during until
    without about for if so but nor yet still already again once twice never always often
    sometimes usually rarely overall thanks okay hi hello things life stress people
    relationship marriage situation therapy police everybody
    veckan helgen kvällen morgonen natten dagen jobbet arbetet relationen äktenskapet
    ekonomin trangen lusten ångesten skammen skulden frun frugan sambon familjen barnen
    ungarna läget situationen planen målet målen övningen terapin polisen socialtjänsten
    livet sömnen humöret stämningen
    uka helga kvelden morgenen natta dagen jobben arbeidet forholdet ekteskapet
    økonomien trangen lysten angsten skammen skylden kona samboeren familien barna ungene
    situasjonen planen målet øvelsen terapien politiet barnevernet livet søvnen humøret
    stemningen
    läkaren psykologen kuratorn socialsekreteraren handläggaren advokaten doktorn
    sjuksköterskan sköterskan arbetsgivaren psykiatern åklagaren domstolen tingsrätten
    kommunen skolan förskolan kvinnan flickan pojken tjejen killen säljaren eskorten
    damen legen fastlegen saksbehandleren kvinnen jenta gutten retten skolen barnehagen
    doctor psychologist lawyer counsellor counselor caseworker woman girl escort seller
    court school
"""


#: Relatives and professionals as a note names them when it begins a sentence with
#: them, Swedish, Norwegian and English: the definite form ("Faren sa", "Barnmorskan
#: ringde", "Rådgiveren mente"), a family word ("Gubben", "Exet", "Brorsan", "Bestemor")
#: or an English title used as one ("Matron said", "Nurse came"). Each was listed as a
#: possible name, one more row to Keep. A compound ending in one of the longer ones is
#: one too ("Styvsonen", "Skolpsykologen", "Exsambon": ``_is_role_word``). Left listed
#: where a place or a name reads so too: "Mora" (a Swedish town), "Nan".
_ROLE_WORDS = """
    modern fadern mutsan morsan farsan gubben gumman makan maken mannen frun
    pojkvännen flickvännen exet expartnern exmannen exfrun brorsan syrran bebisen babyn
    mostern fastern morbrodern farbrodern svärmodern svärfadern svågern svägerskan
    bonuspappan bonusmamman bonusbarnet styvfadern styvmodern styvpappan styvmamman
    fostermamman fosterpappan fosterbarnet plastpappan plastmamman systerdottern
    brorsdottern systersonen brorsonen svärsonen svärdottern halvbrodern halvsystern
    lillebror lillasyster storebror storasyster föräldrarna väninnan sonen dottern
    brodern systern barnet
    barnmorskan skötaren undersköterskan utredaren domaren polismannen läraren mentorn
    rektorn förskolläraren fritidsledaren tränaren prästen diakonen imamen rabbinen
    handledaren tandläkaren sjukgymnasten specialpedagogen kontaktpersonen förvaltaren
    förmyndaren vårdnadshavaren assistenten familjehemmet jourhemmet kontaktfamiljen
    socionomen försvararen nämndemannen lagmannen elevhälsan tolken biträdet
    moren faren bestemor bestefar farmora mormora kusina ekskona eksmannen eksen
    venninna dattera søstera fatteren muttern stesønnen stedatteren niesa broren
    søsteren datteren sønnen jordmora jordmoren sykepleieren sykepleiersken rådgiveren
    dommeren politimannen læreren rektoren treneren presten helsesøsteren
    helsesykepleieren tannlegen vergen betjenten konstabelen aktoren forsvareren
    lensmannen sosionomen vernepleieren pleieren pedagogen terapeuten psykologen
    psykiateren advokaten mamman pappan kjæresten fostermora foreldrene sekretæren
    spesialisten sakkyndige støttekontakten
    matron midwife nurse psychiatrist solicitor judge officer teacher headteacher
    headmaster headmistress principal coach priest vicar chaplain carer caregiver
    granny grandad granddad grandson granddaughter grandmother grandfather stepdad
    stepmum stepmom stepson stepdaughter godmother godfather fiance fiancee exhusband
    exwife paramedic paediatrician pediatrician surgeon consultant physio
    physiotherapist dentist tutor mentor interpreter magistrate barrister detective
    sergeant constable guardian
"""
#: The roles ``_SENTENCE_WORDS`` already holds, as the ends of compounds ("Exsambon",
#: "Skolkuratorn", "Överläkaren", "Biståndshandläggaren").
_ROLE_ENDS_TOO = """
    sambon samboeren läkaren psykologen kuratorn sekreteraren handläggaren advokaten
    doktorn sköterskan arbetsgivaren psykiatern åklagaren kvinnan flickan pojken tjejen
    killen legen saksbehandleren kvinnen gutten terapeuten behandlaren behandleren frugan
"""
# Not a compound's ending: a family name ends so too ("Aleksen", "Hansen").
_NOT_ROLE_ENDINGS = frozenset({"eksen"})


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(_key(w) for w in _ROLE_WORDS.split())


@lru_cache(maxsize=1)
def _role_ends() -> tuple[str, ...]:
    """The roles a compound may end in: five letters or more, so "Exet", "Frun" are
    whole words only."""
    words = _role_words() | {_key(w) for w in _ROLE_ENDS_TOO.split()}
    return tuple(sorted(w for w in words if len(w) >= 5 and w not in _NOT_ROLE_ENDINGS))


def _is_role_word(key: str) -> bool:
    """Whether ``key`` (folded) names a relative or a professional by their role
    (``_ROLE_WORDS``), or is a compound ending in such a word of five letters or more
    after two letters at least ("styvsonen", "skolpsykologen", "exsambon")."""
    return key in _role_words() or any(
        key.endswith(w) and len(key) - len(w) >= 2 for w in _role_ends())


@lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    return frozenset(_key(w) for w in _SENTENCE_WORDS.split())


#: The verbs a note writes after its subject, Swedish, Norwegian and English ("Kikki
#: ringde", "Jonte sa", "Kikki sin", "Micke said"): after an unknown capitalized first
#: word they make it read as a name (``Pseudonymizer._name_like_start``).
_SUBJECT_VERBS = """
    är var har hade ska skulle kan kunde vill ville ringde ringer sa sade säger kom
    kommer mår mådde tycker tyckte tror trodde känner kände blev blir gick går fick får
    bor bodde jobbar jobbade arbetar tog skrev skriver skickade hörde berättade berättar
    vet visste verkar verkade brukar borde måste behöver hoppas flyttade lämnade hotade
    hittade upptäckte fyller fyllde sms:ade messade frågade frågar svarade ville slog
    er ble blir hadde skal kunne vil ringte sier synes syntes føler følte fikk jobber
    sendte fortalte forteller virker virket pleier burde må måtte trenger håper flyttet
    forlot truet fant oppdaget fylte spurte spør svarte sin sitt sine
    is was has had will would can could wants wanted called calls said says came comes
    thinks thought feels felt became went goes got gets lives lived works worked took
    wrote texted sent heard told tells knows knew seems seemed should must needs hopes
    moved left threatened found discovered asked asks answered
"""
# The word after a sentence's first (its verb, for ``_SUBJECT_VERBS``).
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w:]*)")
#: Relatives after a possessive ("Kikkis mamma", "Jontes fru", "Micke's wife").
_KIN_WORDS = """
    mamma pappa mor far mormor morfar farmor farfar fru man make maka sambo partner bror
    syster barn son dotter pojkvän flickvän kille tjej mamman pappan kone mann samboer
    kjæreste søster datter sønn mother father mum mom dad wife husband partner brother
    sister son daughter kids children boyfriend girlfriend
"""
_KIN = frozenset(_key(w) for w in _KIN_WORDS.split())


@lru_cache(maxsize=1)
def _subject_verbs() -> frozenset[str]:
    return frozenset(_key(w) for w in _SUBJECT_VERBS.split())


#: Names of ``COMMON_WORD_NAMES`` whose word begins a sentence before a verb as often as
#: the name does ("Inga kom", none came; "Mina har flyttat", mine have; "Gun was found"):
#: at a sentence's start left and listed whatever follows (``Pseudonymizer._subject_name``),
#: as are those that are themselves such a verb ("Var", "Sa"), a sentence's first word
#: ("Will") or a relative ("Bror ringde", brother).
_WORD_BEFORE_VERB = frozenset({"inga", "dina", "mina", "sina", "else", "edit", "gun"})
#: The verbs of ``_SUBJECT_VERBS`` that follow a possessive used alone ("Hans är större",
#: his is): after "Hans" at a sentence's start only the other verbs make it the name
#: ("Hans ringde").
_AUXILIARY_WORDS = """
    är var har hade ska skulle kan kunde vill ville blev blir brukar borde måste verkar
    verkade er ble hadde skal kunne vil må måtte burde pleier virker virket sin sitt sine
    is was has had will would can could should must seems seemed
"""
_AUXILIARY_VERBS = frozenset(_key(w) for w in _AUXILIARY_WORDS.split())


#: Endings no first name or nickname has (of words of seven letters or more): "-ning",
#: "-het", "-skap", "-lig", "-else", "-tion", "-ness" (folded: "-sjon" as typed).
_NOT_NAME_ENDINGS = (
    "ning", "ningen", "ningar", "ninger", "het", "heten", "heter", "skap", "skapet",
    "else", "elsen", "lig", "ligt", "liga", "lige", "ligen", "ande", "ende", "andet",
    "endet", "isk", "iska", "iskt", "iske", "tion", "tionen", "sjon", "sjonen", "ness",
    "ment", "erade", "erar", "erer", "erte", "ering", "eringen", "itet", "iteten", "ism",
    "ismen",
)
#: Endings taken off a capitalized first word to find it among the case's words
#: ("Berättade" is "berätt", as "berättar" is): not "-a", "-n", "-s", "-or", which end
#: names ("Hanna" beside "hann", "Viktor" beside "vikt").
_WORD_ENDINGS = (
    "ar", "er", "ade", "ad", "at", "ande", "ende", "de", "te", "dde", "tte", "ede", "et", "an",
    "en", "ene", "erna", "arna", "orna", "ena", "ing", "ingen", "ning", "ningen", "ed",
    "ly", "ings", "es",
)
#: Endings taken off the case's own words for that comparison: any.
_STEM_ENDINGS = (*_WORD_ENDINGS, "a", "e", "n", "s", "t", "or", "na", "as")


def _stems(words: Iterable[str]) -> frozenset[str]:
    """``words`` (folded, small letters), and each without an ending of ``_STEM_ENDINGS``
    where four letters or more are left: "berättar" is also "berätt"."""
    out = set(words)
    for w in list(out):
        out.update(w[:len(w) - len(end)] for end in _STEM_ENDINGS
                   if w.endswith(end) and len(w) - len(end) >= 4)
    return frozenset(out)


@lru_cache(maxsize=1)
def _word_stems() -> frozenset[str]:
    """The stems (``_stems``) of the everyday lists and ``_SENTENCE_WORDS``: "Pratar"
    is a word as "pratade" is."""
    return _stems(_everyday_words() | _sentence_words())


# ----- initials -----------------------------------------------------------------------
#: Abbreviations a case note writes in capitals, Swedish, Norwegian and English (folded:
#: "BRÅ" is "BRA"): where a person's initials are one of them ("OK" for Olle Karlsson,
#: "TV" for Tove Viklund, "KBT"), they are left as written and listed for the therapist
#: (``INITIALS``), never replaced: "the client-tittande" says something false. With dots
#: too ("O.K.", "P.S.", "U.S."), as those are written so.
_ABBREVIATION_WORDS = """
    OK TV PC IT ID CV VD HR PR PM AM PS NB OBS EU FN UN US USA UK NY LA DC AD BC CEO VIP
    SMS MMS GPS DVD CD MC SUV BMW VW AB AS ASA HB KB ICA SJ SL NSB VY SAS ATG NRK SVT TV2
    TV4 UR DN SVD GP BT VG DB TT NTB AI IP WC XL SE NO DK FI KK UD JO JK LO NHO TCO SACO
    KD SD MP FP AP FRP SV SP KRF MDG OL OS VM EM NM SM DM AKA FYI ASAP RIP DIY LOL OMG
    WTF BTW IRL TBA TBD ETA BUP BVC MVC VUP VC HC KBT DBT ACT MI EMDR PHQ GAD DSM ICD DPS
    NAV BUF HVB LVM LVU LPT LRV PBU SFB SOS IVO FK AF KI RMV SIS SOL LSS SFI CSN UDI PST
    RFSU RFSL AIDS HIV STI STD SSRI SNRI ADHD ADD OCD PTSD ASD AST BPD GHB LSD THC CBD
    MDMA BMI MS ALS EKG EEG MR MRI CT AT ST ER ICU IVA AVD TSB LAR ROP RVTS SLAA SAA AA
    NA GA CA OA PT OT SOU BRA KS SU OUS HUS UNN PPT SSB SSP NKS RPS NOA FHM FHI NHS
    APA WHO GDPR PDF URL SSL VPN WIFI APP KAST II III IV VI VII VIII IX XI XII MVG IG FB
    YT SC HD NN SA HI OH FM
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
#: The abbreviations above that are written with a ring or dots, as written.
_MARKED_ABBREVIATIONS = frozenset({"BRÅ"})


def _no_word_in_capitals(key: str, text: str, start: int = -1, end: int = -1,
                         names: frozenset[str] = frozenset()) -> bool:
    """Whether initials ``key`` in plain capitals (at ``start``:``end`` of ``text``) are
    no word there: a word only with
    the ring or dots they lack ("PA": "på" is "PÅ" in capitals, ``_folded_only_words``),
    in a note that does not write that word without them in small letters ("gick pa
    stan": typed on a keyboard without rings, where "PA" may be "PÅ" too), nor in a
    sentence in capitals ("VI GICK PA STAN", "VI SA PA", "JEG MA PA DO": the word, typed
    so; :func:`_sentence_in_capitals`). "PA" for Per
    Arne was listed and left, as the word "på" folded; a real word in capitals ("JA",
    "OM") is left still. ``names``: the case's names (folded), which beside initials
    make no sentence ("PA JOHANSEN" is Per Arne Johansen)."""
    word = key.casefold()
    if word not in _folded_only_words() or _writes_word(word, text):
        return False
    if start < 0:
        return True
    return not _sentence_in_capitals(_capitals_beside(text, start, end), names)


def _writes_word(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` (small letters) as a word of its own: asked for
    each initials in a note, read once per note (a long note's every "PA" read the whole
    note again: ``_per_text``)."""
    return _per_text((word, hash(text)), lambda: re.search(
        rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])", text) is not None)


# A word right before or after initials, a space (or a comma and a space) apart, on the
# same line: read one at a time while they are in capitals (``_capitals_beside``).
_WORD_RUN_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[^\W\d_]+),?[ \t\u00a0]+\Z")
_WORD_RUN_AFTER = re.compile(r",?[ \t\u00a0]+(?P<word>[^\W\d_]+)(?![\w'’\-])")
# How far the words beside initials are read: a sentence says what it is within a few
# words, and a long note's every "PA" must not read the line again.
_RUN_REACH = 60


def _capitals_beside(text: str, start: int, end: int) -> list[str]:
    """The words in capitals of two letters or more written right before ``start`` and
    after ``end`` of ``text``, one after the other ("VI SA" of "VI SA PA", "STAN" of
    "VI GICK PA STAN"), up to the first that is not, within ``_RUN_REACH`` each side."""
    words: list[str] = []
    floor, at = max(0, start - _RUN_REACH), start
    while (m := _WORD_RUN_BEFORE.search(text, floor, at)) is not None:
        if len(m.group("word")) < 2 or not m.group("word").isupper():
            break
        words.append(m.group("word"))
        at = m.start()
    ceiling, at = min(len(text), end + _RUN_REACH), end
    while (m := _WORD_RUN_AFTER.match(text, at, ceiling)) is not None:
        if len(m.group("word")) < 2 or not m.group("word").isupper():
            break
        words.append(m.group("word"))
        at = m.end()
    return words


def _sentence_in_capitals(words: Sequence[str], names: frozenset[str]) -> bool:
    """Whether ``words`` in capitals beside initials make them a sentence's word: one of
    three letters or more that is no abbreviation ("GICK PA STAN"), or two everyday words,
    short or also an abbreviation ("VI SA PA": "vi sa på"; "VI ER PA"). Not an
    abbreviation alone ("BUP PA", "OBS PA"), nor someone's initials ("KD PA"), nor one
    small word ("OK PA"), nor a name of the case (``names``: "PA JOHANSEN")."""
    spoken = 0
    for word in words:
        key = _key(word)
        if key in names:
            continue
        if len(word) >= 3 and not _is_abbreviation(word):
            return True
        if key in _everyday_words():
            spoken += 1
    return spoken >= 2


def _is_abbreviation(letters: str) -> bool:
    """Whether initials, as written (letters only), are an abbreviation: compared as
    written, not folded. "ØL", "ÖÄ", "ÅÅ" are someone's initials, not "OL" (the
    Olympics), "OA", "AA", which their plain-letter folding is; "BRÅ" is one."""
    written = unicodedata.normalize("NFC", letters).upper()
    return written in _ABBREVIATIONS or written in _MARKED_ABBREVIATIONS
#: Abbreviations Swedish, Norwegian and English write in small letters with dots, as
#: their letters: "m.m." (med mera), "o.l." (og lignende), "t.h." (till höger), "e.g.".
#: Initials in small letters with dots ("m.l.") are someone's only where they are none of
#: these: "m.m." beside a client Maria Magnusson is "med mera", and listing each one would
#: drown the check's true rows, so they are neither replaced nor listed.
_SMALL_ABBREVIATION_WORDS = """
    mm ol el th tv fn fd fm em sk ed od oa ok ua pp vv fo da dy fk ps nb pt ds dd de
    mv ma sa su as nn vs to eg ie am pm cc ad bc qv ip pc pa
    dvs osv tom fom pga iom mao mht map aka vgv sas osa isf fvb vha odl rip eta fyi iou
    cod wrt rsvp qed
"""
_SMALL_ABBREVIATIONS = frozenset(_SMALL_ABBREVIATION_WORDS.split())


def _is_small_abbreviation(written: str) -> bool:
    """Whether initials written in small letters ("m.m.", "t.h.") are an abbreviation of
    ``_SMALL_ABBREVIATIONS``; initials with a capital are never one of these."""
    letters = "".join(c for c in written if c.isalpha())
    return letters.islower() and fold_name(letters) in _SMALL_ABBREVIATIONS


# After initials with a dot: the end of the text or a line, or a new sentence ("träffade
# M.L. Han…"), where that dot ended the sentence too and stays after the role.
_SENTENCE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)|\s+[A-ZÅÄÖÆØ]")
# A capital alone, as a name's initial without its dot ("J" of "Per A J"), in a pattern
# that ignores case otherwise.
_CAPITAL_ALONE = r"(?-i:[A-ZÅÄÖÆØÜÉ])(?![^\W\d_])"


def _initials_of(name: str) -> set[str]:
    """The initials a note may write for ``name``: the first given name's first letter
    (or every part of it, or of all given names) and the family name's ("Mikael
    Lindqvist": "ML"; "Anna-Karin Berg": "AKB", "AB"; "Sara Lindqvist-Öhman": "SLÖ",
    "SL"), two to four letters; two given names also alone ("PA" for Per Arne
    Johansen); a hyphenated given name also with its hyphen and alone ("A-KB", "A-K",
    "AK"), particles in small letters ("JvdB" for Jan van der Berg). A name of one word
    has none: one capital is no one's."""
    split = _name_parts(name)
    if not split.given or not split.family:
        return set()

    def letters(words: Sequence[str]) -> str:
        return "".join(p[:1] for w in words for p in w.split("-") if p[:1].isalpha())

    givens = {split.given[0][:1], letters(split.given[:1]), letters(split.given)}
    families = {split.family[0][:1], letters(split.family)}
    out = {(g + f).upper() for g in givens for f in families
           if 2 <= len(g + f) <= 4 and (g + f).isalpha()}
    # Two given names, also without the family name ("PA" for Per Arne Johansen, as "AK"
    # for Anna-Karin): a nickname made of them went out as written and unlisted ("kalles
    # PA", QA 21, 10).
    both = letters(split.given)
    if len(split.given) >= 2 and 2 <= len(both) <= 4 and both.isalpha():
        out.add(both.upper())
    # A hyphenated given name: also with its hyphen ("A-K B", "A-KB", "A.-K."), and alone
    # ("AK", "A-K" for Anna-Karin), as notes write it; a hyphen marks where one may stand.
    first = [p[:1] for p in split.given[0].split("-") if p[:1].isalpha()]
    if len(first) >= 2:
        hyphened = "-".join(first).upper()
        out |= {hyphened, hyphened.replace("-", "")}
        out |= {hyphened + f.upper() for f in families if len(first) + len(f) <= 4}
    # A family name's particles in small letters ("JvdB", "J.v.d.B." for Jan van der
    # Berg, "JVDB" too).
    words = [w.strip(_TRIM) for w in _IN_NAME.sub(" ", name).split()]
    before = words[:-1]
    small = "".join(w[:1].lower() for w in before[len(split.given):]
                    if _key(w) in _PARTICLES)
    if small and len(split.given[0][:1] + small) + 1 <= 4 and "," not in name:
        out.add(split.given[0][:1].upper() + small + split.family[0][:1].upper())
    return out


def _initials_key(letters: str) -> str:
    """Initials as compared: folded, in capitals ("SÖ" and "SO" are one)."""
    return fold_name(unicodedata.normalize("NFC", letters)).upper()


def _letter_class(letter: str) -> str:
    """A pattern for one capital of someone's initials: as written, or without its ring,
    dots or stroke ("Ö" or "O"), an accent typed apart after it."""
    forms = {letter}
    bare = fold_name(letter)
    if len(bare) == 1:
        forms.add(bare)
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "][\u0300-\u036f]?"


def _small_letter_class(letter: str) -> str:
    """As :func:`_letter_class`, in small letters: "m.l." and "s.ö." are written so too."""
    forms = {letter.lower()}
    bare = fold_name(letter).lower()
    if len(bare) == 1:
        forms.add(bare)
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "][\u0300-\u036f]?"


def _map_words(
    text: str, vocabulary: frozenset[str], *, role: bool = False,
    starts: list[str] | None = None,
) -> list[str]:
    """The capitalized words of a family map's free text that may be names or places.

    Not a kinship or everyday word (``_NOT_NAMES``), outside a role no medicine
    (``MEDICINES``: "Tar Antabus") and no acronym in capitals ("ADHD": a
    name is rarely typed so in a label). Outside a role only a word capitalized inside a
    sentence ("bor i Lerum", "jobbar på Volvo") may be a proper noun: a word that begins
    the field or a sentence ("Polis", "Depression", "Alkohol", "Spelade bort lönen") is
    capitalized anyway, and withholding it made the notes say "[withheld] har inte varit
    inblandad" about the police. Such words go to ``starts`` (where given) unless the case
    writes them in small letters (``vocabulary``), for :func:`suspects` to list. A role is a
    few words ("Lisa (otrohetsaffär)", "mormor Greta"): every capitalized word of it that is
    no kinship word is a name, also first.
    """
    out: list[str] = []
    for m in _CAPITALISED.finditer(text):
        word = m.group(1).rstrip("'’-")
        if len(word) < 2 or not _is_capitalised(word):
            continue
        key = _key(word)
        if key in _NOT_NAMES or (not role and (word.isupper() or _is_medicine(key))):
            continue
        if not role and _at_sentence_start(text, m.start()):
            if starts is not None and key not in vocabulary and word not in starts:
                starts.append(word)
            continue
        if word not in out:
            out.append(word)
    return out


def _given_units(
    people: Sequence[tuple[str, str, str]], parts: Sequence[tuple[_NameParts, str, str]],
) -> dict[str, tuple[str, str]]:
    """A person's given names as one name, as notes write a double first name: "Per Arne"
    of "Per Arne Johansen" (and "Per-Arne"), "Karl Johan" of "Karl-Johan Sten", "Anna
    Karin" of "Anna-Karin Berg". Word by word, "Per Arne forteller" became "Per [name]
    forteller" ("Per" is an everyday word where it begins a sentence) and "klienten [name]"
    inside one (QA 21, 4): one unit is one role. The person's role where no one else's
    given names are written so, else "[name]"; in any case, as a name of two words is no
    everyday word."""
    forms: dict[str, tuple[str, str, str]] = {}  # form -> role, source, key compared
    roles: dict[str, set[str]] = {}
    for (name, role, source), (split, _, _) in zip(people, parts, strict=True):
        for whole in (name, split.plain):
            roles.setdefault(_key(" ".join(whole.replace("-", " ").split())), set()).add(role)
        given = split.given
        units = [" ".join(given[:n]) for n in range(2, len(given) + 1)]
        units += [given[0]] if given and "-" in given[0] else []
        for unit in units:
            key = _key(" ".join(unit.replace("-", " ").split()))
            if key != _key(" ".join(name.replace("-", " ").split())):
                roles.setdefault(key, set()).add(role)
            for form in dict.fromkeys((unit, unit.replace("-", " "), unit.replace(" ", "-"))):
                forms.setdefault(form, (role, source, key))
    no_one = tr("Pseudonym", "[name]")
    return {
        form: (role if len(roles[key]) == 1 else no_one, source)
        for form, (role, source, key) in forms.items()
    }


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
    # Eldest first by birth year; where the years tie or one is not given, in birth order
    # as drawn (left to right among their parents' children, twins too). A person drawn
    # without a year came first ("or 0"): a sister just added became "sister 1" before the
    # one born 1999, and twins were numbered by their ids, right to left on some maps.
    drawn: dict[str, int] = {}
    for link in g.child_links.values():
        anchor = link.union_id if link.union_id is not None else link.parent_id
        if link.child_id not in drawn and anchor is not None:
            for rank, sibling in enumerate(g.children_of_anchor(anchor)):
                drawn.setdefault(sibling.child_id, rank)

    def eldest_first(pid: str) -> tuple[bool, int, int, str]:
        year = g.persons[pid].birth_year
        return (year is None, year or 0, drawn.get(pid, 0), pid)

    # A pregnancy or a loss is no child to number: kinship names it ("miscarriage").
    children = sorted(
        {c for c in g.children_of(index.id) if g.persons[c].kind is PersonKind.PERSON},
        key=eldest_first,
    )
    for number, child in enumerate(children, start=1):
        roles[child] = tr("Pseudonym", "child {n}").format(n=number)
    # Number every role that occurs more than once ("brother 1", "brother 2").
    counts = Counter(r for pid, r in roles.items() if pid not in children)
    seen: Counter[str] = Counter()
    for p in sorted(persons, key=lambda p: eldest_first(p.id)):
        role = roles[p.id]
        if p.id in children or counts[role] < 2:
            continue
        seen[role] += 1
        roles[p.id] = f"{role} {seen[role]}"
    return roles


# ----- the pseudonymizer ---------------------------------------------------------------
#: How far back a pseudonymized export's dates go: a secret number of days in this range,
#: drawn for each export, a whole number of weeks (5 to 52), so a weekday a note names
#: ("torsdag") is still the weekday of the date it shows. Only back: a shifted date is
#: never later than the real one, so never after the export ("Signed 2027-06-25" beside a
#: cover of 2026-12-04 told the offset to the day). At least a month, so no shifted date is
#: the real one give or take a few days; at most a year, so seasons and ages stay about
#: right.
DATE_SHIFT_DAYS = (35, 364)
#: An ISO date in free text this long before the first contact is reduced to its year,
#: not shifted: it may be a birth date ("född 1980-01-01"), which a known offset would
#: give back exactly, but it is as often when something began ("Första köpet skedde
#: 2009-06-01"), which supervision needs: the year keeps that and gives no day away (the
#: map's own birth dates are withheld whole). The map shows ages, which say as much.
_LONG_BEFORE = timedelta(days=365)


def _english_genitive(suffix: str) -> str:
    """A possessive ending after a role put for a name, in English where the roles are
    English (no catalogue translates them): "the client's", "child 1's", "[name]'s", not
    "the clients" ("Mikaels dotter" read "The clients dotter", QA 21, 10); Swedish and
    Norwegian keep their "s", ":s" ("klientens", "bror 2:s"). Anything else as given."""
    if suffix in ("s", ":s", "-s") and tr("Pseudonym", "the client") == "the client":
        return "'s"
    return suffix


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
        capitalised_only: Iterable[str] = (),
        first_contact: date | None = None,
        vocabulary: Iterable[str] = (),
        rare_words: Iterable[str] | None = None,
        capitalised_words: Iterable[str] = (),
        withhold_words: Iterable[str] = (),
        map_words_kept: Iterable[str] = (),
        kept: Iterable[str] = (),
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
        self.first_contact = first_contact
        # The words the case writes in small letters (folded): a capitalized one of them at
        # a sentence's start is no name (``suspects``). Not a known name, nor one letter
        # from one that the case writes in few texts (``rare_words``; all, where not
        # given), unless the app's own texts have it too: the case's notes are read whole,
        # so the note that misspells a name ("stefann", "www.stefanvold.no") or an e-mail
        # address withheld later ("stefan.vold84@…") vouched for it, and the check never
        # listed it in a real export (QA 19, 3). A word of many notes ("andras" beside
        # Anders) still vouches: the check lists what may be a name, not every such word.
        near = _near_index(self)
        everyday = _everyday_words()
        vocabulary = frozenset(vocabulary)
        rare = vocabulary if rare_words is None else frozenset(rare_words)

        def vouched(word: str) -> bool:
            name = _near_name(word, near)
            return word in everyday or not name or (
                word not in rare and _key(name) != word)

        self.vocabulary = frozenset(w for w in vocabulary if vouched(w))
        self._known_keys = frozenset(_key(n) for n in self.names)
        # The names of the case that are months' ("Juni", "Maj", "August"): the month, the
        # person or either, by what is around them (``_month_reading``).
        self._month_names = frozenset(
            _key(n) for n, (_, source) in self.names.items()
            if source != "map" and _key(n) in _MONTH_WORDS)
        # The names that are medicines' ("Lyrica", a partner's second name): the medicine
        # before a dose, else either (``_medicine_reading``).
        self._medicine_names = frozenset(
            _key(n) for n, (_, source) in self.names.items()
            if source != "map" and " " not in n and _is_medicine(_key(n)))
        # The words of the names of four letters or more, folded, in small letters: a
        # site or a user name with one in it names its owner ("voldbygg.no", "stefanv84").
        self._name_words = frozenset(
            w for n, (_, source) in self.names.items() if source != "map"
            for w in re.split(r"[\s\-]+", _key(n)) if len(w) >= 4 and w.isalpha())
        # The words it writes capitalized inside a sentence: names, places, employers.
        self.capitalised_words = frozenset(capitalised_words)
        self.roles = dict(roles or {})
        # Replaced only capitalized or in capitals: the given words (from the map's free
        # text) and every one-word name that is an everyday word (COMMON_WORD_NAMES).
        self.capitalised_only = {
            n for n in self.names
            if n in set(capitalised_only) or (" " not in n and _key(n) in COMMON_WORD_NAMES)
        }
        # Of those, the ones that read as words, not names, at the start of a sentence: the
        # everyday-word names, and a word of the map the case also writes in small letters
        # ("Depression" beside "depression"). Left there and listed (``SENTENCE_START``).
        self.everyday = {
            n for n in self.capitalised_only
            if " " not in n and (
                (_key(n) in COMMON_WORD_NAMES and _key(n) not in NAME_FIRST)
                or (self.names[n][1] == "map" and _key(n) in self.vocabulary)
            )
        }
        # Words of the map's free text that begin its field or a sentence there ("Polis",
        # "Alkohol"): no names for sure, so not withheld; :func:`suspects` lists them where
        # the text has them capitalized (``CASE_WORD``), and the therapist decides.
        self.map_words_kept = frozenset(_key(w) for w in map_words_kept)
        # Words the therapist keeps (``keep_words`` of :meth:`for_snapshot`), folded: left as
        # written and never listed again as ``CASE_WORD`` or ``CAPITALISED`` (a near miss
        # of a name still is). Never a person's name, a role's word or the code.
        self.kept = frozenset(_key(w) for w in kept)
        # The map's free-text words withheld (no names, no roles'): what Keep is offered on.
        self._keepable = frozenset(n for n in capitalised_only if self.names.get(
            n, ("", ""))[1] == "map")
        self.withhold_words: frozenset[str] = frozenset()
        self._withhold: re.Pattern[str] | None = None
        self.set_withhold_words(withhold_words)
        self._pattern = self._compile()
        self._lower = self._compile_lower()
        self._lookup: tuple[dict[str, list[tuple[str, str]]], frozenset[str]] | None = None
        # The initials of the client and the named relatives ("M.L.", "ML", "M. L." for
        # Mikael Lindqvist), folded, in capitals: what each stands for, whose they are
        # and where the name came from (``_initials_in``).
        self._initials: dict[str, tuple[str, str, str, str]] = {}
        self._initials_pattern = self._compile_initials()
        # A name with the other part as an initial ("Mikael L.", "M. Lindqvist"): the
        # whole as the person's role (``_with_initial``).
        self._with_initial_roles: dict[str, str] = {}
        self._with_initial_keys: list[str] = []
        self._with_initial_pattern = self._compile_with_initial()
        # The words of the case's notes with their endings off ("berätt" of "berättade"),
        # for the check's words at a sentence's start (``_name_like_start``); made once.
        self._stems: frozenset[str] | None = None

    @classmethod
    def for_snapshot(
        cls,
        snapshot: Mapping[str, Any],
        extra_names: Iterable[str] = (),
        *,
        date_offset_days: int | None = None,
        reference: str | None = None,
        former_map: Mapping[str, Iterable[Any]] | None = None,
        withhold_words: Iterable[str] = (),
        keep_words: Iterable[str] = (),
    ) -> Pseudonymizer:
        """Collect every name the case knows and pick a secret date offset.

        Names come from the register card and the family map (each person's name, its
        nicknames and other names written in quotes or brackets, every part of it), from
        earlier versions of the map (``former_map``, from
        :func:`kastdesk.report.snapshot.former_map`: a person since deleted, a name since
        corrected; from :func:`~kastdesk.report.snapshot.former_maps` also the maps of the
        client's linked cases, a map of those by its roles, ``former_map["maps"]``), the
        therapist's own list, and the capitalized words of the
        map's free text: a role ("Lisa (otrohetsaffär)" for a partner drawn without a
        name), an occupation, a label, a person's or a relationship's note
        (``_map_words``). A given name becomes the person's role where no one else shares
        it, else "[name]"; a family name "[family name]".

        ``keep_words``: words the therapist keeps (the check's and the review's *Keep*): a
        word of the map's free text whose folded form (or its possessive) is one of them is
        left as written ("Arbetar som Polis i Borås": "Polis" is no name, and police
        involvement is what supervision discusses), and :func:`suspects` no longer lists
        it nor a capitalized word so kept. Never a person's name (of the register card,
        the map, its earlier versions), a word of a role ("Lisa (otrohetsaffär)"), the
        client code, nor a word also in ``extra_names`` or ``withhold_words``: withholding
        wins, and Keep is no way to let "Bo" through. :attr:`kept` holds what was kept.
        """
        roles: dict[str, str] = {}
        people: list[tuple[str, str, str]] = []  # name, role, source
        birth_dates: list[str] = []
        map_texts: list[str] = []  # occupations, labels, notes: the map's free text
        role_texts: list[str] = []  # roles as typed
        if snapshot.get("genogram"):
            genogram = Genogram.from_dict(snapshot["genogram"])
            roles = kinship_roles(genogram)
            for p in genogram.persons.values():
                if p.name.strip():
                    people.append((_nfc(p.name), roles[p.id], "genogram"))
                # Names a GEDCOM import kept in the notes: the whole of one too long for
                # the map, other names (married, birth name).
                people += [(_nfc(n), roles[p.id], "genogram") for n in names_in_notes(p.notes)]
                if p.birth_date:
                    birth_dates.append(p.birth_date)
                role_texts.append(p.role)
                map_texts.extend([p.occupation, p.notes, *p.labels])
            map_texts.extend(r.note for r in genogram.relationships.values())
        client_name = _nfc(snapshot.get("name") or "")
        if client_name:
            people.insert(0, (client_name, tr("Pseudonym", "the client"), "client"))
        former = former_map or {}
        # The map of a linked case (a returning client's earlier course) where this case
        # has none: the same person's family, by their roles there.
        for data in former.get("maps", ()):
            linked = Genogram.from_dict(data)
            linked_roles = kinship_roles(linked)
            for p in linked.persons.values():
                written = [p.name] if p.name.strip() else []
                people += [(_nfc(n), linked_roles[p.id], "genogram")
                           for n in [*written, *names_in_notes(p.notes)]]
                if p.birth_date:
                    birth_dates.append(p.birth_date)
        for name in former.get("names", ()):
            people.append((_nfc(str(name)), tr("Pseudonym", "[name]"), "history"))
        role_texts.extend(str(r) for r in former.get("roles", ()))
        map_texts.extend(str(t) for t in former.get("texts", ()))

        parts = [(_name_parts(name), role, source) for name, role, source in people]
        # Who each given name (and nickname) may stand for, counted as compared ("Björn" and
        # "Bjorn" are one): the register's client and the map's client are one person.
        first_roles: dict[str, set[str]] = {}
        for split, role, _ in parts:
            for word in (*split.given[:1], *split.nicknames):
                first_roles.setdefault(_key(word), set()).add(role)

        def unique(word: str, role: str) -> str:
            if role != tr("Pseudonym", "[name]") and len(first_roles.get(_key(word), ())) == 1:
                return role
            return tr("Pseudonym", "[name]")

        names: dict[str, tuple[str, str]] = {}
        for (name, role, source), (split, _, _) in zip(people, parts, strict=True):
            names.setdefault(name, (role, source))
            if split.plain and (split.family or split.nicknames):
                names.setdefault(split.plain, (role, source))
        units = {n: v for n, v in _given_units(people, parts).items() if n not in names}
        names.update(units)
        given_name = tr("Pseudonym", "[name]")
        family_name = tr("Pseudonym", "[family name]")
        taken = {_key(n) for n in names}  # one entry for "ERIK" and "Erik"
        for split, role, source in parts:
            words: list[tuple[str, str]] = []
            for i, word in enumerate(split.given):
                words.append((word, unique(word, role) if i == 0 else given_name))
                words += [(w, given_name) for w in word.split("-")]
            for word in split.nicknames:
                words.append((word, unique(word, role)))
            for word in split.family:
                words.append((word, family_name))
                words += [(w, family_name) for w in word.split("-")]
            for word, replacement in words:
                if len(word) >= 2 and _key(word) not in taken:
                    names[word] = (replacement, source)
                    taken.add(_key(word))

        # The capitalized words of the map's free text: a role's are names, the others
        # (occupations, labels, notes) names or places, replaced only capitalized.
        vocabulary, capitalised, rare = _words_in(snapshot)
        known = {_key(n) for n in names}

        def new_word(word: str) -> bool:  # not known, nor a known one's possessive
            key = _key(word)
            return key not in known and not (key.endswith("s") and key[:-1] in known)

        # What the therapist keeps, less what is withheld too (withholding wins) and the
        # client code; names and roles' words are known first and never kept.
        withheld_keys = {_key(w) for w in [*extra_names, *withhold_words] if w.strip()}
        withheld_keys |= {_key(w) for e in extra_names for w in e.split()}
        code_key = _key(str(snapshot.get("code") or ""))
        keep = {_key(w) for w in keep_words if w.strip()} - withheld_keys - {code_key, ""}

        def kept_word(word: str) -> bool:
            key = _key(word)
            return key in keep or (key.endswith("s") and key[:-1] in keep)

        # Given names that are everyday words, all ("Hans Dag"), only capitalized: "Hans
        # dag var lång" is his day.
        given: list[str] = [u for u in units if all(
            _key(w) in COMMON_WORD_NAMES for w in re.split(r"[\s-]+", u))]
        for text in role_texts:
            for word in _map_words(text, vocabulary, role=True):
                if new_word(word):
                    names.setdefault(word, (given_name, "map"))
                    known.add(_key(word))
        # No name nor a role's word is kept, however the therapist typed it.
        keep = {k for k in keep if k not in known and not (k.endswith("s") and k[:-1] in known)}
        starts: list[str] = []  # words that begin a field or sentence: listed, not withheld
        for text in map_texts:
            for word in _map_words(text, vocabulary, starts=starts):
                if new_word(word) and not kept_word(word):
                    names.setdefault(word, (tr("Pseudonym", "[withheld]"), "map"))
                    given.append(word)
                    known.add(_key(word))
        # The therapist's own list: each entry whole, and each capitalized word of an entry
        # of several ("Volvo" of "Volvo Torslanda": a note says "Volvo" alone). A word that
        # is a known name written otherwise ("bo" for the father Bo, added from the check's
        # row of small-letter hits) is withheld as that word, never as the father
        # (``set_withhold_words``): "Han vill bo kvar" is not "Han vill far kvar".
        withheld = tr("Pseudonym", "[withheld]")
        person_keys = {_key(n) for n, (_, source) in names.items() if source != "map"}
        withhold = [w for w in withhold_words if w.strip()]
        for extra in extra_names:
            extra = _nfc(extra)
            if not extra:
                continue
            if " " not in extra and _key(extra) in person_keys and (
                extra not in names or _key(extra) in COMMON_WORD_NAMES
            ):
                withhold.append(extra)
                if extra not in names:
                    continue
            words = [extra, *(_map_words(extra, frozenset(), role=True) if " " in extra else [])]
            for word in words:
                if names.get(word, ("", ""))[1] == "map":  # listed: withheld in any case
                    del names[word]
                    given = [w for w in given if w != word]
                names.setdefault(word, (withheld, "extra"))

        if date_offset_days is None:
            low, high = DATE_SHIFT_DAYS
            weeks = low // 7 + secrets.randbelow(high // 7 - low // 7 + 1)
            date_offset_days = -7 * weeks
        first_contact = None
        with contextlib.suppress(TypeError, ValueError):
            first_contact = date.fromisoformat(
                str((snapshot.get("profile") or {}).get("first_contact_date"))[:10]
            )
        return cls(
            names,
            date_offset_days=date_offset_days,
            birth_dates=birth_dates,
            roles=roles,
            code=str(snapshot.get("code") or ""),
            reference=reference,
            capitalised_only=given,
            first_contact=first_contact,
            vocabulary=vocabulary,
            rare_words=rare,
            capitalised_words=capitalised,
            withhold_words=withhold,
            map_words_kept=[w for w in starts if _key(w) not in known and not kept_word(w)],
            kept=keep - {_key(n) for n in names},
        )

    def set_withhold_words(self, words: Iterable[str]) -> None:
        """Withhold exactly these words, as "[withheld]", wherever they are left once the
        names are replaced: the Withhold button of the check of what is left
        (:func:`suspects`). Unlike a name, a withheld word never becomes a person's role:
        withholding the row "bo ×6" (a father called Bo, "bo" Swedish for "live") gives
        "Han vill [withheld] kvar", not "Han vill father kvar"; "Bo" inside a sentence is
        still the father.

        A word in small letters ("bo") is withheld in any case, small letters included;
        a capitalized one ("Hans", listed where it began a sentence) only capitalized or
        in capitals, so withholding "Hans" does not take every "hans" (Swedish "his"). A
        possessive goes with it ("Bos" is "[withheld]"). Matched as names are (without
        accents, other apostrophes). The clinic's own name (``CLINIC_WORDS``) is withheld
        alone but not as the first part of a compound ("KAST-modellen" stays: the method,
        not a place).
        """
        self.withhold_words = frozenset(w.strip() for w in words if w.strip())
        forms: dict[str, bool] = {}  # folded form -> case-sensitive
        for word in self.withhold_words:
            folded = fold_name(_nfc(word))
            if not folded:
                continue
            if folded.islower() or not _is_capitalised(folded):
                forms[folded.casefold()] = False
            else:
                for form in (folded, folded.upper()):
                    forms.setdefault(form, True)
        if not forms:
            self._withhold = None
            return
        alternation = _alternation(forms)
        self._withhold = re.compile(rf"(?<!\w)(?:{alternation})(?:'?[sS])?(?!\w)", re.I)

    def _withhold_in(self, text: str) -> str:
        """``text`` with every word of ``withhold_words`` as "[withheld]"."""
        if self._withhold is None:
            return text
        folded, where = _folded(text)
        out: list[str] = []
        done = 0
        for m in self._withhold.finditer(folded):
            start, end = where[m.start()], _span_end(text, where, m.end())
            out += [text[done:start], tr("Pseudonym", "[withheld]")]
            done = end
        out.append(text[done:])
        return "".join(out)

    def review(self) -> list[Replacement]:
        """What will be replaced (the client code, then names longest first), for the
        therapist to check. A name replaced only capitalized says so
        (``Replacement.capitalised_only``); where it stays in small letters,
        :meth:`suspects_in` finds it."""
        code = [Replacement(self.code, self.reference, "client")] if self.code else []
        # Initials replaced, as the case's names spell them ("SÖ", not the folded "SO");
        # those left as abbreviations are the check's (``INITIALS``), not the review's.
        initials = [
            Replacement(".".join(letters) + "." if letters == key and _plain_word(
                key.casefold()) else letters, repl, source)
            for key, (repl, _name, source, letters) in sorted(self._initials.items())
            if not _is_abbreviation(letters) and key.casefold() not in self.kept]
        return code + [
            Replacement(original, repl, source, original in self.capitalised_only,
                        original in self._keepable)
            for original, (repl, source) in sorted(
                self.names.items(), key=lambda kv: (-len(kv[0]), kv[0])
            )
        ] + initials

    def _compile(self) -> re.Pattern[str] | None:
        """One pattern for every name, matched on folded text (:func:`fold_name`): a name is
        found with other apostrophes, without its accents (or with accents it was stored
        without), decomposed or composed, in any case ("ERIK", "erik", "JOHANSSON" for
        "Johansson"); a name in ``capitalised_only`` only as written, capitalized or in
        capitals ("Bo", "BO", not "bo")."""
        alternatives: dict[str, bool] = {}  # folded form -> case-sensitive
        variants: dict[str, list[str]] = {}  # folded, small letters -> names
        for name in self.names:
            folded = fold_name(name)
            if not folded:
                continue
            # Å, Ä, Ö, Ø, Æ as a keyboard without them spells them, too: "Haakon" for
            # "Håkon", "Oeberg" for "Öberg", "Bjoernstad" for "Bjørnstad".
            spelt = fold_name(_nfc(name).translate(_TRANSLITERATED))
            for one in dict.fromkeys((folded, spelt)):
                if name in self.capitalised_only:
                    for form in (one, one.upper(), one[:1].upper() + one[1:]):
                        alternatives.setdefault(form, True)
                else:
                    alternatives[one.casefold()] = False
                named = variants.setdefault(one.casefold(), [])
                if name not in named:
                    named.append(name)
        if not alternatives:
            return None
        self._variant_of = variants
        # A hyphenated name broken at its hyphen across a line ("Anna-⏎Karin") is the name.
        # The clinic's own name withheld (``CLINIC_WORDS``) stays in a compound: the
        # method "KAST-modellen" is no place, "[withheld]-modellen" no sentence.
        alternation = _alternation(alternatives, line_breaks=True)
        # The Swedish and Norwegian possessive ("Eriks mor", "HÅKONS mamma", "Hans' bil",
        # English "Erik's") is the name: an s in either case, after an apostrophe or not.
        return re.compile(
            rf"(?<!\w)({alternation})((?:'?[sS])|'(?=\s))?(?!\w)", re.IGNORECASE
        )

    def _compile_lower(self) -> re.Pattern[str] | None:
        """The names replaced only capitalized, in any case: to find where they stayed."""
        forms = {fold_name(n).casefold() for n in self.capitalised_only} - {""}
        if not forms:
            return None
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<!\w)({alternation})(?:'?s)?(?!\w)", re.IGNORECASE)

    def _compile_initials(self) -> re.Pattern[str] | None:
        """One pattern for the initials of every person of the case (the client, the
        family map's named people, a name since deleted from it): in capitals, with dots
        or without ("M.L.", "M. L.", "ML", a possessive "ML:s", "ML's"; not a thing's
        ending after a colon, "TV:n", "BUP:en", nor a compound, "TV-tittande"); the genitive
        also without its colon, as Swedish and Norwegian notes often write it ("MLs mamma",
        "M.L.s bror", "ÅØs mor": left, it went out as written and, beginning a sentence,
        unlisted: a word with a capital there is no evidence), or with a hyphen ("ML-s
        mamma"); capitals a space apart ("M L ringde", not in a row of single capitals,
        "storlek S M L"), and in small letters with dots ("m.l. sa", not an abbreviation
        of ``_SMALL_ABBREVIATIONS``, "m.m."), as notes typed in haste write them; a letter
        with a ring, dots or a stroke also without them ("SO" for Sara Öhman). Fills
        ``_initials``; where two people share initials they stand for "[name]"."""
        roles: dict[str, set[str]] = {}
        whose: dict[str, tuple[str, str, str]] = {}
        written: set[str] = set()
        for name, (role, source) in self.names.items():
            if source not in ("client", "genogram", "history"):
                continue
            # The form without a hyphen first: the review shows it ("AK", not "A-K").
            for letters in sorted(_initials_of(name), key=lambda w: ("-" in w, w)):
                key = _initials_key("".join(c for c in letters if c.isalpha()))
                roles.setdefault(key, set()).add(role)
                whose.setdefault(key, (name, source, letters))
                written.add(letters)
        self._initials = {
            key: (next(iter(r)) if len(r) == 1 else tr("Pseudonym", "[name]"), *whose[key])
            for key, r in roles.items()}
        if not written:
            return None
        dotted, compact, spaced = [], [], []
        for letters in sorted(written, key=lambda w: (-len(w), w)):
            if "-" in letters:  # "A-K B", "A-KB", "A.-K. B.", "A-K"
                given, _, family = letters.rpartition("-")
                parts = [_letter_class(c) for c in given.split("-")]
                form = r"\.?-".join([*parts, _letter_class(family[:1])])
                if family[1:]:
                    form += r"\.?[ \u00a0]?" + r"\.?".join(
                        _letter_class(c) for c in family[1:])
                dotted.append(form + r"\.?")
                continue
            classes = [_letter_class(c) if c.isupper() else f"[{c}{c.upper()}]"
                       for c in letters]
            dotted.append(r"\.[ \u00a0]?".join(classes) + r"\.?")
            compact.append("".join(classes))
            # In small letters only with dots ("m.l.", "m. l."): "ml" is a measure.
            dotted.append(r"\.[ \u00a0]?".join(_small_letter_class(c) for c in letters)
                          + r"\.?")
            if letters.isupper():
                # Capitals a space apart ("M L ringde"), not inside a row of single
                # letters ("S M L XL", "A B C D").
                spaced.append(r"[ \u00a0]".join(classes))
        alternation = "|".join(dotted + compact)
        if spaced:
            capital = "[A-ZÅÄÖÆØÜÉ]"
            alternation += (rf"|(?<![^\w.'’\-]{capital}[ \u00a0])(?<!^{capital}[ \u00a0])"
                            rf"(?:{'|'.join(spaced)})"
                            rf"(?![ \u00a0]{capital}(?![\w.'’\-]))")
        # The genitive with a colon, an apostrophe, a hyphen ("ML-s mamma") or none.
        return re.compile(
            rf"(?<![\w.'’\-])(?P<ini>{alternation})"
            r"(?:(?P<suffix>:s|['’]s|-s|s)(?!\w))?(?!\w|[-‐:]\w|\.\w)")

    def _compile_with_initial(self) -> re.Pattern[str] | None:
        """One pattern for the names of the case written with one part as an initial:
        the given name and the family name's initial ("Mikael L.", "mikael L.", "Sara
        Ö:s"), or the given name's initial and the family name ("M. Lindqvist"). Replacing
        the name alone left the initial beside the role ("The client L. sa", "M. [family
        name] sa"), unlisted: with the other part it narrows the person down. Only the
        person's own initial goes with the name (a capital, as written or without its
        ring, dots or stroke), so "Mikael K." is left as it is. Fills
        ``_with_initial_roles``: each form's key, folded, and what it stands for
        ("[name]" where two people share it)."""
        roles: dict[str, set[str]] = {}
        forms: dict[str, str] = {}
        loose: dict[str, str] = {}

        def word(w: str) -> str:
            # A name that is an everyday word ("Bo", "Per") only capitalized, as elsewhere.
            variants = {w, fold_name(w)}
            if _key(w) in COMMON_WORD_NAMES:
                return "(?:" + "|".join(
                    "(?-i:" + re.escape(v[:1]) + ")" + re.escape(v[1:])
                    for v in sorted(variants)) + ")"
            return "(?:" + "|".join(re.escape(v) for v in sorted(variants)) + ")"

        for name, (role, source) in self.names.items():
            if source not in ("client", "genogram", "history"):
                continue
            split = _name_parts(name)
            if not split.given or not split.family:
                continue
            family = split.family[0]
            given = split.given[0]
            if not family[:1].isalpha() or not given[:1].isalpha():
                continue
            initial = "(?-i:" + _letter_class(family[:1].upper()) + ")"
            # Every given name, and all of them as written ("Per Arne J.", "Arne J." where
            # the second is the one he goes by): the first alone left "The client J." of
            # "Per Arne J.", the surname's initial beside the role.
            givens = [g for g in split.given if g[:1].isalpha()]
            for g in {*givens, *(p for w in givens for p in w.split("-") if len(p) >= 2)}:
                key = _key(g) + " " + _initials_key(family[:1])
                roles.setdefault(key, set()).add(role)
                forms[key] = (rf"{word(g)}[ \u00a0]+{initial}(?![^\W\d_])"
                              rf"(?!\.?[ \u00a0]+{_CAPITAL_ALONE})\.?")
            # All of them however they are joined: "Per-Arne J." of a Per Arne, "Per Arne
            # J." of a Per-Arne (the other left "The client J."); a later one may be its
            # initial ("Per A. J." left "The client. J."), also without its dot where
            # another capital alone follows ("Per A J" left "The client J"), not before a
            # word ("Per A Johansen" is the name and the family name, each replaced).
            parts = [p for g in givens for p in g.split("-") if p[:1].isalpha()]
            if len(parts) >= 2:
                key = " ".join(_key(p) for p in parts) + " " + _initials_key(family[:1])
                roles.setdefault(key, set()).add(role)
                later = "".join(
                    rf"(?:[ \u00a0]+|-)(?:{word(p)}|(?-i:{_letter_class(p[:1].upper())})"
                    rf"(?:\.|(?=[ \u00a0]+{_CAPITAL_ALONE})))"
                    for p in parts[1:])
                forms[key] = (word(parts[0]) + later
                              + rf"(?:[ \u00a0]+|(?<=\.)){initial}(?![^\W\d_])\.?")
            g_initial = "(?-i:" + _letter_class(given[:1].upper()) + ")"
            key = _initials_key(given[:1]) + ". " + _key(family)
            roles.setdefault(key, set()).add(role)
            forms[key] = rf"{g_initial}\.[ \u00a0]?{word(family)}"
            # A given name of the case before two capitals alone that are none of the forms
            # above ("Per A B" of a Per Arne Johansen): somebody else of that name, or the
            # person with a slip of the pen. "Per A" was read as "Per Arne" and left "The
            # client B", naming the client for what may be another man and keeping an
            # initial beside him; the whole is "[name]". Tried after every form above.
            for g in givens:
                key = _key(g) + " ? ?"
                roles.setdefault(key, set()).add(tr("Pseudonym", "[name]"))
                loose[key] = rf"{word(g)}(?:[ \u00a0]+{_CAPITAL_ALONE}\.?){{2}}"
        if not forms:
            return None
        self._with_initial_roles = {
            key: next(iter(r)) if len(r) == 1 else tr("Pseudonym", "[name]")
            for key, r in roles.items()}
        ordered = sorted(forms.items(), key=lambda kv: -len(kv[1])) + sorted(loose.items())
        self._with_initial_keys = [key for key, _ in ordered]
        alternation = "|".join(f"(?P<w{i}>{form})" for i, (_, form) in enumerate(ordered))
        return re.compile(
            rf"(?<![\w.'’\-])(?:{alternation})(?P<suffix>:s|['’]s|s)?(?![\w\-]|['’]\w)",
            re.IGNORECASE)

    def _with_initial(self, match: re.Match[str]) -> str:
        """A name written with an initial as the person's role ("Mikael L. sa" is "The
        client sa"); the dot that also ended the sentence stays ("träffade Mikael L.")."""
        which = next(k for k, v in match.groupdict().items() if v and k.startswith("w"))
        key = self._with_initial_keys[int(which[1:])]
        written = match.group(which)
        if _key(written).casefold() in self.kept:
            return match.group(0)
        role = self._with_initial_roles[key]
        text, start, end = match.string, match.start(), match.end(which)
        if _starts_sentence(text, start):
            role = role[:1].upper() + role[1:]
        suffix = match.group("suffix") or ""
        if suffix in ("s", ":s"):
            suffix = ":s" if role[-1:].isdigit() or role.endswith("]") else "s"
        suffix = _english_genitive(suffix)
        dot = ""
        if not suffix and written.endswith(".") and _SENTENCE_END_AFTER.match(text, end):
            dot = "."
        return role + suffix + dot

    def _initials_match(
        self, match: re.Match[str]
    ) -> tuple[str, str, str, str, str] | None:
        """What the initials at ``match`` stand for: their key, the replacement, whose
        they are, the name's source and the initials as the name spells them; None
        where they are left: initials that are also an abbreviation ("OK", "TV", "BUP",
        "O.K.") or, without dots, an everyday word in capitals ("JA", "OM"), which
        :func:`suspects` lists (``INITIALS``), and those the therapist keeps."""
        written = match.group("ini")
        letters = "".join(c for c in written if c.isalpha())
        key = _initials_key(letters)
        found = self._initials.get(key)
        if found is None or key.casefold() in self.kept or _is_small_abbreviation(written):
            return None
        # "SÖ" is no word, "SO" is (English "so"): a word only as written in plain letters;
        # so is an abbreviation ("ØL" is not "OL", "ÖÄ" not "OA": ``_is_abbreviation``).
        compact = not any(c == "." or c.isspace() for c in written)
        if _is_abbreviation(letters) or (compact and letters == key
                                         and _plain_word(key.casefold())
                                         and not _no_word_in_capitals(
                                             key, match.string, *match.span("ini"),
                                             names=self._known_keys)):
            return None
        return (key, *found)

    def _initials_in(self, match: re.Match[str]) -> str:
        """Initials of someone in the case as that person's role ("M.L. sa" is "The
        client sa", "ML:s mamma" "the clients mamma"); the dot that also ended the
        sentence stays ("träffade M.L. Han…")."""
        found = self._initials_match(match)
        if found is None:
            return match.group(0)
        role = found[1]
        text, start, end = match.string, match.start(), match.end("ini")
        if _starts_sentence(text, start):
            role = role[:1].upper() + role[1:]
        suffix = match.group("suffix") or ""
        if suffix in ("s", "-s"):
            suffix = ":s"  # "MLs", "ML-s mamma" as "ML:s": "the clients", "[name]:s"
        if suffix == ":s" and not (role[-1:].isdigit() or role.endswith("]")):
            suffix = "s"
        suffix = _english_genitive(suffix)
        dot = ""
        if not suffix and match.group("ini").endswith(".") and _SENTENCE_END_AFTER.match(
                text, end):
            dot = "."
        return role + suffix + dot

    def _names(self, text: str) -> str:
        """Every name in ``text`` replaced by its role, the rest as written."""
        assert self._pattern is not None
        folded, where = _folded(text)
        out: list[str] = []
        done = 0
        for m in self._pattern.finditer(folded):
            start = where[m.start()]
            if start < done:
                continue  # inside a compound name already replaced whole
            end = _span_end(text, where, m.end(1))
            stop = _span_end(text, where, m.end()) if m.group(2) else end
            name = self._which(m.group(1), text[start:end])
            role = self.names[name][0]
            # Part of a compound name no list knows ("Maj-Britt" beside the mother Maj,
            # "Anna-Maj", "Lindqvist-Öhman"): the whole goes, as "[name]" (it may be
            # someone else: "mother-Britt" said she was the mother, and "Britt" went out
            # unlisted), also where it begins a sentence (a compound is a name there too).
            # A person's full name so extended keeps the role ("Sara Lindqvist-Öhman"); a
            # family name stays "[family name]".
            after = _COMPOUND_AFTER.match(text, end) if stop == end else None
            after = after if after and after.group(1)[0].isupper() else None
            before = _COMPOUND_BEFORE.search(text, done, start)
            before = before if before and before.group(1)[0].isupper() else None
            key = _key(text[start:end])
            month = key in self._month_names and not m.group(2) and _is_capitalised(
                text[start:end])
            if month and (after or before) and _span(
                    text, start, end, self._month_mark(), self._month_names):
                after = before = None  # "Juni-Juli": two months, no compound name
            if after or before:
                end = stop = after.end() if after else end
                start = before.start() if before else start
                if " " not in name and not role.startswith("["):
                    role = tr("Pseudonym", "[name]")
            elif month and (reading := self._month_reading(text, start, end)) != "person":
                # "i Juni", "nästa Maj": the month, withheld as one. "Since June was born":
                # the month or the child, "[withheld]", true either way; left and listed,
                # it went out wherever the check is not shown (the command line's export).
                out += [text[done:start], self._month_mark() if reading == "month"
                        else tr("Pseudonym", "[withheld]")]
                done = end
                continue
            elif name in self.everyday and _at_sentence_start(text, start) and not (
                    self._subject_name(name, text, stop, bool(m.group(2)))):
                continue  # "Hans mamma dog", "Per vecka", "Dags att": listed, not replaced
            elif key in self._medicine_names and " " not in name:
                # "Han tar Lyrica 75 mg", "Lyrica-dosen": the medicine, as written (as
                # "[name]" it read "Han tar [name] 75 mg"). Alone, the medicine or the
                # person: "[withheld]", true either way.
                if not (_DOSE_AFTER.match(text, stop) or _LOWER_COMPOUND.match(text, stop)
                        or _DOSE_BEFORE.search(text, max(0, start - 12), start)):
                    out += [text[done:start], tr("Pseudonym", "[withheld]")]
                    done = stop
                continue
            elif (name in self.capitalised_only and not role.startswith("[")
                  and _LOWER_COMPOUND.match(text, stop)):
                continue  # "Edit-funktionen": a word's compound, no one's role; listed
            if _starts_sentence(text, start):
                role = role[:1].upper() + role[1:]  # "The client came.", "Klienten kom."
            suffix = text[end:stop].lower()
            if suffix == "s" and role[-1:].isdigit():
                suffix = ":s"  # "bror 2:s fru", not "bror 2s"
            suffix = _english_genitive(suffix)
            out += [text[done:start], role, suffix]
            done = stop
        out.append(text[done:])
        return _CALLED.sub(_called_once, "".join(out))

    def _subject_name(self, name: str, text: str, end: int, possessive: bool) -> bool:
        """Whether a person's name that is an everyday word, at a sentence's start ending
        at ``text[end]``, is written as the person there: a verb follows it ("Bo är 7 år",
        "Sten berättade", "Maj ringde"; ``_SUBJECT_VERBS``) or, with its possessive, a
        relative ("Bos mamma"; ``_KIN``). Left, these named the family as written
        whenever the check's list was not read (QA 21, 4): the case knows them as its
        people, and the word ("bo", "sten", "maj") does not begin a sentence so. Not for a
        word of the map's free text, nor for the names whose word reads so too
        (``_WORD_BEFORE_VERB``, "Hans är" his is: ``_AUXILIARY_VERBS``)."""
        if self.names[name][1] not in ("client", "genogram", "history"):
            return False
        key = _key(name)
        if key in _WORD_BEFORE_VERB or key in _KIN or key in _subject_verbs() or (
                key in _sentence_words()):
            return False
        after = _NEXT_WORD.match(text, end)
        following = _key(after.group(1)) if after else ""
        if possessive:
            return following in _KIN
        if key == "hans" and following in _AUXILIARY_VERBS:
            return False
        return following in _subject_verbs()

    def _which(self, variant: str, written: str) -> str:
        """The name a match stands for. Two people's names may fold alike ("Björn" and
        "Bjorn"): the one written exactly so (but for case), else the first that may be
        written in this case."""
        names = self._variant_of[variant.replace("-\n", "-").casefold()]
        if len(names) > 1:
            written = _nfc(written)
            for name in names:
                if name.casefold() == written.casefold():
                    return name
            if not _is_capitalised(written):
                return next((n for n in names if n not in self.capitalised_only), names[0])
        return names[0]

    # ----- text and dates ------------------------------------------------------------
    def text(self, value: str) -> str:
        """Scrub one piece of free text."""
        if not value:
            return value
        # The code first: it is the key to the register, and a note that names it ("K-2026-042
        # said…") gave it away although the cover printed the reference.
        out = self._code.sub(self.reference, value) if self._code is not None else value
        email = tr("Pseudonym", "[e-mail]")
        out = _EMAIL.sub(email, out)
        out = _EMAIL_AT.sub(email, out)
        out = _EMAIL_WORDS.sub(email, out)
        out = _HANDLE.sub(tr("Pseudonym", "[user name]"), out)
        out = _WEB.sub(self._web, out)
        out = _MAC_ADDRESS.sub(tr("Pseudonym", "[MAC address]"), out)
        out = _IP_ADDRESS.sub(
            lambda m: m.group(0) if _NUMBERED_BEFORE.search(
                m.string, max(0, m.start() - 12), m.start())
            else tr("Pseudonym", "[IP address]"), out)
        out = _CASE_NUMBER.sub(tr("Pseudonym", "[case number]"), out)
        case_number = tr("Pseudonym", "[case number]")
        out = _FILE_NUMBER.sub(
            lambda m: (m.group("lead") or "") + case_number if m.group("number") else case_number,
            out)
        out = _accounts(out)
        out = _ID_NUMBER.sub(_id_number, out)
        out = _BARE_ACCOUNT.sub(_bare_account, out)
        out = _ISO_IN_TEXT.sub(self._text_day, out)
        out = _LOCAL_DATE.sub(tr("Pseudonym", "[date]"), out)
        out = _WORD_DATE.sub(self._word_date, out)
        out = self._calendar(out)
        out = _DAY_MONTH.sub(self._day_month, out)
        out = _WEEK.sub(self._week, out)
        out = self._short_dates(out)
        address = tr("Pseudonym", "[address]")
        out = _ADDRESS.sub(
            lambda m: m.group(0) if _PLAN_WORD.match(m.group(0).split()[0]) else address, out
        )
        out = _POSTCODE.sub(lambda m: m.group(0) if _is_money(m) else address, out)
        plate = tr("Pseudonym", "[registration number]")
        out = _PLATE.sub(plate, out)
        out = _PLATE_LOWER.sub(
            lambda m: m.group(0) if m.group(0)[:3].rstrip(" 0123456789") in _NOT_PLATES
            or _is_money(m) else plate,
            out,
        )
        out = _PHONE.sub(_phone, out)
        if self._name_words:  # once dates are withheld: "3.juni" is none
            out = _USER_TOKEN.sub(self._user_name, out)
        out = _SPLIT_WORD.sub(self._rejoined, out)
        if self._with_initial_pattern is not None:
            out = self._with_initial_pattern.sub(self._with_initial, out)
        if self._initials_pattern is not None:
            out = self._initials_pattern.sub(self._initials_in, out)
        if self._pattern is not None:
            out = self._names(out)
        return self._withhold_in(out)

    def _rejoined(self, match: re.Match[str]) -> str:
        """A word split by a hyphen at a line's end ("Lind-⏎qvist", as a note wrapped by
        hand or pasted from a PDF has it) joined again where whole it is a name or a word
        to withhold, so that it is replaced as one: the check listed it, and withholding
        it (as "Lindqvist") did nothing, as the text had no "Lindqvist". Any other word
        stays split as written ("Anna-⏎Karin" is matched as the name it is, "sol-⏎sken"
        is no name)."""
        joined = match.group(1) + match.group(2)
        folded = fold_name(joined)
        for pattern in (self._pattern, self._withhold):
            if pattern is not None and pattern.fullmatch(folded):
                return joined
        return match.group(0)

    def _month_mark(self) -> str:
        return tr("Pseudonym", "[month]")

    def _calendar(self, text: str) -> str:
        """The real calendar named in words withheld (``_MONTH_YEAR``, ``_HOLIDAYS``,
        ``_MONTH_ALONE``): "juni 2026" is "[date]", "i oktober" "i [month]", "sedan jul"
        "sedan [holiday]". A month that is a name of the case, capitalized, is left to
        :meth:`_names` (the month, the person or either: :meth:`_month_reading`)."""
        text = _MONTH_YEAR.sub(self._month_year, text)
        holiday = tr("Pseudonym", "[holiday]")
        text = _HOLIDAYS.sub(
            lambda m: m.group(0) if _is_capitalised(m.group(0)) and _key(m.group(0))
            in self._known_keys else holiday, text)
        return _MONTH_ALONE.sub(self._month_alone, text)

    def _month_year(self, match: re.Match[str]) -> str:
        """A month with its year: "[date]"; its year alone where that lies long before the
        first contact ("född i juni 1984": "född i 1984"), as an ISO date's."""
        if match.group("month") in ("may", "march", "jul"):
            return match.group(0)  # "he may 2025…"? English verbs; "jul" is Christmas
        year = int(match.group("year"))
        if self.first_contact is not None and date(year, 12, 31) < (
                self.first_contact - _LONG_BEFORE):
            return match.group("year")
        return tr("Pseudonym", "[date]")

    def _month_alone(self, match: re.Match[str]) -> str:
        """A month's name alone as "[month]"; not the English verbs ("may", "May I…",
        "March on"), nor a part of a compound name ("Maj-Britt", "Anna-Maj"), nor a name
        of the case capitalized (:meth:`_names` reads it)."""
        word, text = match.group(0), match.string
        key = _key(word)
        if word in ("may", "march") or (
                _is_capitalised(word) and key in self._month_names):
            return word
        after = _COMPOUND_AFTER.match(text, match.end())
        before = _COMPOUND_BEFORE.search(text, max(0, match.start() - 40), match.start())
        for part in (after, before):
            if part and part.group(1)[0].isupper() and _key(part.group(1)) not in _MONTH_WORDS:
                return word
        if word in ("May", "March") and _at_sentence_start(text, match.start()) and (
                _VERB_AFTER.match(text, match.end())):
            return word
        return self._month_mark()

    def _month_reading(self, text: str, start: int, end: int) -> str:
        """How a name of the case that is a month's, capitalized at ``text[start:end]``,
        reads: "month" ("i Juni", "hela Juni", "nästa Maj", "all of August", "Sedan Maj
        har han…", "Fra August av", "Juni-Juli", "Maj och September"), "person" ("glad i
        Juni", "confided in June", "August sitt nærvær", "hos Juni", "sms från Juni"), or
        "either" (after since, after, before, until, between with nothing else to tell:
        "Since June was born"), which is left and listed."""
        lo = max(0, start - 30)
        if _MONTH_AFTER.match(text, end) or _span(
                text, start, end, self._month_mark(), self._month_names):
            return "month"
        if self._between_months(text, start, end):
            return "month"  # "Between May and June he was sober", both names of the case
        if _PERSON_AFTER.match(text, end):
            return "person"
        if _MONTH_BEFORE.search(text, lo, start):
            return "person" if _PERSON_IDIOM.search(text, lo, start) else "month"
        if _MONTH_STRONG.search(text, lo, start):
            return "month"
        if _FROM_BEFORE.search(text, lo, start):
            return "month" if _FROM_MONTH_AFTER.match(text, end) else "person"
        if _LOOSE_BEFORE.search(text, lo, start):
            if _SUBJECT_AFTER.match(text, end) or (
                    _SINCE_BEFORE.search(text, lo, start) and _PHRASE_END.match(text, end)):
                return "month"
            return "either"
        return "person"

    def _between_months(self, text: str, start: int, end: int) -> bool:
        """Whether the month's name at ``text[start:end]`` is one end of "between X and
        Y" ("mellan", "mellom") whose other end is a month's name too."""
        return bool(
            (_BETWEEN.search(text, max(0, start - 12), start)
             and _AND_MONTH_AFTER.match(text[end:end + 20]))
            or _BETWEEN_MONTH_AND_BEFORE.search(text[max(0, start - 40):start]))

    def _word_date(self, match: re.Match[str]) -> str:
        """A date in words becomes "[date]", but not a count after a month ("I mars 2
        gånger", "efter jul 1 gång"), an age ("Mor Maj 67 år": no day is 67; "Juni 11 år"),
        nor a name of the case that is a month's with a number and no year, unless "on",
        "den", a weekday or a time make it a date ("två barn, Juni 11 och August 8" read
        "två barn, [date] och [date]")."""
        written, text = match.group(0), match.string
        numbers = re.findall(r"\d+", written)
        if numbers and len(numbers[0]) <= 2 and int(numbers[0]) > 31:
            return written
        if written[:1].isalpha() and not re.search(r"\d{4}", written):
            month = re.match(r"[^\W\d_]+", written)
            if _COUNTED.match(text, match.end()) or _AGE_AFTER.match(text, match.end()):
                return written
            if month and _is_capitalised(month.group()) and _key(
                    month.group()) in self._month_names and not (
                    _DATE_BEFORE.search(text, max(0, match.start() - 16), match.start())
                    or _TIME_AFTER.match(text, match.end())):
                return written
        return tr("Pseudonym", "[date]")

    def _web(self, match: re.Match[str]) -> str:
        """A web address becomes "[web address]" where it has a path or a host below the
        site's ("lindqvist84.blogspot.com"; "www." is none) or a name of the case in it
        ("voldbygg.no", "www.Vold-Bygg.no"); any other site alone stays ("spelpaus.se")."""
        host = match.group("host")
        if host is None:
            return tr("Pseudonym", "[web address]")  # digits: "https://10.0.0.1/x"
        labels = host.lower().removeprefix("www.").split(".")
        if len(labels) > 2 or (match.group("path") or "").strip("/"):
            return tr("Pseudonym", "[web address]")
        site = _key("".join(labels[:-1])).replace("-", "").replace("_", "")
        if any(word in site for word in self._name_words):
            return tr("Pseudonym", "[web address]")
        return match.group(0)

    def _user_name(self, match: re.Match[str]) -> str:
        """A user name without its "@" that has a name of the case in it ("stefanv84",
        "juni.vold", "s.vold") as "[user name]": a word with digits or an underscore, or
        in small letters with a dot inside (no sentence's end)."""
        token = match.group(0)
        if not (any(c.isdigit() for c in token) or "_" in token or (
                "." in token and token.islower())) or not any(c.isalpha() for c in token):
            return token
        folded = _key(token)
        if any(word in folded for word in self._name_words):
            return tr("Pseudonym", "[user name]")
        return token

    def _text_day(self, match: re.Match[str]) -> str:
        """An ISO date in free text: shifted; withheld where it is a birth date of the map's;
        its year alone where it lies long before the first contact (``_LONG_BEFORE``)."""
        iso = match.group(0)
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return tr("Pseudonym", "[date]")
        if iso in self.birth_dates:
            return tr("Pseudonym", "[date]")
        if self.first_contact is not None and day < self.first_contact - _LONG_BEFORE:
            return str(day.year)  # "Första köpet skedde 2009": when it began still counts
        return self.shift_day(iso)

    @staticmethod
    def _day_month(match: re.Match[str]) -> str:
        """A day and month become "[date]"; a fraction, a score, a time ("kl 9.05."), a
        chapter ("Kapitel 3.2.") or no date stays as written."""
        day = int(match.group("day"))
        month = int(match.group("month") or match.group("month2"))
        if match.group(0) in _NOT_DATES or (match.group("month") == "10" and day <= 10):
            return match.group(0)
        text, start, end = match.string, match.start(), match.end()
        if _NUMBERED_BEFORE.search(text, max(0, start - 12), start) or (
            match.group("month") and _COUNTED.match(text, end)
        ):
            return match.group(0)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        if match.group("month2") and _clock_after_weekday(
                match, match.group("day"), match.group("month2")):
            return match.group(0)  # "Ringde tisdag 9.05.": the time, and the sentence's dot
        return tr("Pseudonym", "[date]")

    @staticmethod
    def _week(match: re.Match[str]) -> str:
        """A week's number (``_WEEK``) as "[week]"; a count ("vecka 3 av 8", "week 2 of
        the programme", "varje vecka 2 gånger") or a number no week has stays."""
        if not 1 <= int(match.group("week")) <= 53 or _COUNTED.match(
                match.string, match.end()):
            return match.group(0)
        return tr("Pseudonym", "[week]")

    @staticmethod
    def _short_dates(text: str) -> str:
        """Every day and month written "1.9" (``_DAY_DOT_MONTH``) that what is around it
        makes a date, as "[date]"; again while one more is found, as "den 1.9 och 3.9"
        makes the second a date only once the first is withheld."""
        for _ in range(4):
            done = _DAY_DOT_MONTH.sub(Pseudonymizer._short_date, text)
            if done == text:
                break
            text = done
        return text

    @staticmethod
    def _short_date(match: re.Match[str]) -> str:
        """"1.9" as "[date]" where it reads as a date: after "den", a weekday, "född",
        "dated" (``_SHORT_DATE_BEFORE``), after a date withheld ("[date] och 1.9",
        "[date]-3.9"; not before one: "från 3.5 till [date]" is a scale as often) or
        before a time ("1.9 kl 10"); never where it is a measure, a
        count, an amount, a time or a number of a chapter or version ("2.5 poäng", "3.5
        av 10", "kl. 14.30", "version 2.1"), nor a day or month no calendar has."""
        written, text = match.group(0), match.string
        start, end = match.start(), match.end()
        day, month = int(match.group("day")), int(match.group("month"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return written
        if (_NUMBERED_BEFORE.search(text, max(0, start - 12), start)
                or _COUNTED.match(text, end) or _MONEY_AFTER.match(text, end)
                or _MEASURE_AFTER.match(text, end)
                or _clock_after_weekday(match, match.group("day"), match.group("month"))):
            return written
        mark = tr("Pseudonym", "[date]")
        if (_SHORT_DATE_BEFORE.search(text, max(0, start - 16), start)
                or re.search(rf"{re.escape(mark)}{_DATE_JOIN}$", text[max(0, start - 40):start])
                or _TIME_AFTER.match(text, end)):
            return mark
        return written

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
        """A family-map label as free text, a word in quotes taken for a nickname ("Håkon
        'Hakke'"). The pseudonymized map leaves labels out (:meth:`genogram`); kept for a
        caller that shows one."""
        return _QUOTED.sub(tr("Pseudonym", "[name]"), self.text(text))

    def genogram(
        self, data: Mapping[str, Any], reference_year: date | int | None = None,
        *, fresh_ids: bool = False,
    ) -> dict[str, Any]:
        """Names become roles; ages stand for birth and death years; occupations, notes,
        labels, birth dates and the years of couples go.

        Ages, not years (nor years shifted with the dates): the date offset is under a year,
        so a shifted year is the real one or next to it, and "mother 1946–1995" or "child 1
        b. 2021" beside shifted session dates gives the shift away and names the family
        anyway. An age (at death for the deceased, else on the day ``reference_year``, or in
        that year, counting a known birthday) still says what the supervisor needs: how old
        the client was when a parent died, how young the children are. The couples' years
        go for the same reason (their kind stays). The children keep their order (it was by
        birth year, which is gone).

        Labels (the free-text markers) go as the initials-only export leaves them out:
        "Alkohol, bor i Lerum", "Jobbar på Volvo" name places and employers no list
        knows; the fixed markers (``markers``) stay.

        ``fresh_ids``: every person, couple, child link, relationship and twin group gets
        a new random id, as in :meth:`apply`: the map's ids were the same in every packet
        (linking a case's packets) and a GEDCOM import's may be a genealogy service's id
        of a public tree. The map drawn on screen (``False``) keeps its own.
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
                    labels=(),
                )
            )
        unions = [replace(u, start_year=None, end_year=None) for u in g.unions.values()]
        relationships = [replace(r, note="") for r in g.relationships.values()]
        links = _children_in_order(g)
        if fresh_ids:
            persons, unions, links, relationships = _fresh_ids(
                persons, unions, links, relationships
            )
        out = Genogram.build(persons, unions, links, relationships, check=False)
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
        # The day the map's ages were worked out for goes with the birth dates: the ages are
        # in the map now, and the day (often the export day) would give the shift away.
        reference: date | int | None = snap.get("reference_year")
        with contextlib.suppress(TypeError, ValueError):
            reference = date.fromisoformat(snap.pop("reference_date", None))
        out: dict[str, Any] = self.value(snap)
        if exported_on is not None:
            out["exported_on"] = tr("Pseudonym", "[date]")
        out["name"] = None
        if "code" in out:
            out["code"] = self.reference
        out["genogram"] = (
            self.genogram(genogram, reference, fresh_ids=True)
            if genogram else None
        )
        out["pseudonymized"] = True
        return out

    def _suspect_lookup(self) -> tuple[dict[str, list[tuple[str, str]]], frozenset[str]]:
        """What :func:`suspects` compares words with, made once: the known names by their
        near forms, and the words of the roles written in their place."""
        if self._lookup is None:
            written = [r for r, _ in self.names.values()] + [
                tr("Pseudonym", t) for t in _PLACEHOLDER_SOURCES]
            roles = frozenset(_key(w) for r in written for w in r.split())
            self._lookup = (_near_index(self), roles)
        return self._lookup

    def _name_like_start(self, word: str, text: str, end: int) -> bool:
        """Whether ``word``, capitalized at a sentence's start at ``text[:end]`` and known
        to no list the check reads, reads as a name there ("Kikki ringde", "Jonte sa
        nej", "Kikkis mamma", a nickname the case does not know) rather than as an
        ordinary first word ("Idag", "Berättar om", "Returned to", "Progress on"): it
        does what a subject does (a verb after it: ``_SUBJECT_VERBS``; a possessive
        before a relative: ``_KIN``), is of three letters or more, no word of
        ``_SENTENCE_WORDS`` nor of the everyday lists, has no ending names do not have
        ("-ning", "-het", "-lig"), and is no word of the case's notes with another ending
        ("Berättade" beside "berättar", "Snakket" beside "snakker"). Notes begin many
        sentences with a verb and no subject: a word the lists miss is listed only where
        a name would stand, so ordinary first words do not flood the list. A compound of
        capitalized parts ("Anna-Karin") always reads as a name."""
        parts = word.split("-")
        if len(parts) > 1:
            return all(len(p) >= 2 and _is_capitalised(p) for p in parts)
        after = _NEXT_WORD.match(text, end)
        following = _key(after.group(1)) if after else ""
        possessive = word.endswith(("'s", "’s", "s")) and following in _KIN
        if not (following in _subject_verbs() or possessive):
            return False
        key = _key(re.sub(r"(?:['’]?s)$", "", word) if possessive else word)
        if len(key) < 3 or not key.isalpha() or word.isupper():
            return False
        if key in _sentence_words() or key in _everyday_words() or key in self.vocabulary:
            return False
        if _is_role_word(key):
            return False
        if len(key) >= 7 and key.endswith(_NOT_NAME_ENDINGS):
            return False
        if self._stems is None:  # made once, for the first such word
            self._stems = _stems(self.vocabulary)
        return not any(
            key.endswith(end) and len(key) - len(end) >= 4
            and (stem := key[:len(key) - len(end)]) not in _MONTH_WORDS  # "Julian", "Juli"
            and (stem in self._stems or stem in _word_stems())
            for end in _WORD_ENDINGS)

    def suspects_in(self, data: Any) -> list[tuple[Suspect, int]]:
        """What :func:`suspects` finds in every string of ``data`` (a pseudonymized
        snapshot, a list of texts), one entry per word and reason with how often it
        occurs, most frequent first: for a review that warns before export ("'bo' stays 2
        times: a known name in small letters")."""
        counts: Counter[tuple[str, str]] = Counter()
        first: dict[tuple[str, str], Suspect] = {}
        for text in _strings(data):
            for found in suspects(text, self):
                # One row for a word however a line splits it ("Lind-⏎quist", "Lindquist").
                key = (found.word.replace("-\n", "").replace("-", "").casefold(), found.why)
                counts[key] += 1
                first.setdefault(key, found)
        return [(first[k], n) for k, n in sorted(counts.items(), key=lambda kv: -kv[1])]


# ----- what may still identify ---------------------------------------------------------
#: Why a word of pseudonymized text is shown to the therapist before export (``Suspect.why``).
CAPITALISED = "capitalised"  # a capitalized word, not replaced, not at a sentence's start
NEAR_NAME = "near_name"  # one letter from a known name ("Erikk", "Johanson", "Oeberg")
LOWER_CASE_NAME = "lower_case_name"  # a known name that is an everyday word, in small letters
CASE_WORD = "case_word"  # a word of the family map's text (a place, an employer), small letters
# A name that is also an everyday word, capitalized at the start of a sentence ("Hans
# mamma", "Per vecka", "Dag för dag"): a word or the name, the therapist decides.
SENTENCE_START = "sentence_start"
# A known name that is also a month's, capitalized where it may be either ("Since June
# was born"): such a one is "[withheld]" (``Pseudonymizer._month_reading``), the month
# "[month]", the person a role; listed only in text the pseudonymizer did not write.
MONTH_NAME = "month_name"
# A known name that is also an everyday word, before a word's part ("Edit-funktionen"):
# left.
NAME_OR_WORD = "name_or_word"
# Initials of someone in the case that are also an abbreviation or, in plain capitals, an
# everyday word ("OK" with a client Olle Karlsson, "TV", "JA"): left.
INITIALS = "initials"
# A long number left in the text, seven digits or more, that no pattern could tell for
# sure: an account ("5000-1234567", "123 456 789-0"), an organisation's or an id number
# with a wrong check digit. Not a date, a year or a span of them, an amount or an hour.
NUMBER = "number"


@dataclass(frozen=True)
class Suspect:
    """A word of pseudonymized text that may still identify someone.

    ``word`` as written, at ``start``:``end`` of the text given to :func:`suspects`;
    ``why`` one of ``CAPITALISED``, ``NEAR_NAME``, ``LOWER_CASE_NAME``, ``CASE_WORD``,
    ``SENTENCE_START``, ``MONTH_NAME``, ``NAME_OR_WORD``, ``INITIALS``, ``NUMBER``
    (:attr:`reason` says it in words); ``name`` the
    known name it is
    near or stands for (empty for ``CAPITALISED``).
    """

    word: str
    why: str
    start: int
    end: int
    name: str = ""

    @property
    def reason(self) -> str:
        """``why`` in the user's language, for the preview."""
        return {
            CAPITALISED: tr("Pseudonym", "capitalized word not replaced"),
            NEAR_NAME: tr("Pseudonym", "one letter from a known name"),
            LOWER_CASE_NAME: tr("Pseudonym", "known name in small letters (also an everyday word)"),
            CASE_WORD: tr("Pseudonym", "word of the family map (a place or employer?)"),
            SENTENCE_START: tr("Pseudonym", "name or word at the start of a sentence"),
            # Neutral: "read as a month" invited keeping the daughter Juni's name (QA 19, 4).
            MONTH_NAME: tr("Pseudonym", "a name of the case or a month: check"),
            NAME_OR_WORD: tr("Pseudonym", "a name of the case or a word: check"),
            INITIALS: tr("Pseudonym", "initials of someone in the case, or an abbreviation"),
            NUMBER: tr("Pseudonym", "a long number: an account, an id or a phone number?"),
        }.get(self.why, self.why)


def withheld_in_place(why: str) -> bool:
    """Whether a word the check lists for ``why`` (``Suspect.why``) is withheld where the
    text has it, as "[withheld]" (``withhold_words``: the dialog's Withhold words, the
    command line's --withhold-words-file), rather than as a name (``extra_names``: Also
    withhold, --extra-names-file): every kind but a capitalized word no list knows and a
    near miss of a name. A name in small letters ("bo"), initials that are a word too
    ("PA", "på" folded) or a month's name as a name would take every such word, or none."""
    return why not in (CAPITALISED, NEAR_NAME)


def as_typed(word: str) -> str:
    """A listed word as the therapist would type it to withhold it: a name split at a
    line's end ("Lind-⏎qvist") joined again; a hyphen before a capital is the name's own
    ("Anna-⏎Karin" is "Anna-Karin", as the note writes it on one line)."""
    return re.sub(r"-\n(?=[^\W\d_])", lambda m: "-" if word[m.end()].isupper() else "",
                  word).replace("\n", " ")


# A word not inside another (after a letter, an apostrophe, a hyphen), but after an
# opening single quote: a nickname so quoted ("known as 'Jacko'") was no word at all.
_WORD = re.compile(
    r"(?:(?<![\w'’\[-])|(?<=[\s(]['‘]))[^\W\d_][\w'’]*(?:-\n?[^\W\d_][\w'’]*)*")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")
# An initial after a word: " H." ("Kari H. ringde"), not a word of one letter ending a
# sentence's clause before another ("i. Hon").
_INITIAL_AFTER = re.compile(r" [A-ZÅÄÖÆØ]\.(?![^\W\d_])")
# Initials after a word without their dots: " A J" ("Lars A J kom" was passed over as a
# sentence's first word while "Lars A. J. kom" was listed). Two at least, capitals standing
# alone before a space, a stop or the end: one alone is as often a word's letter
# ("Vitamin D", "Fas B", "Bilaga A") or a word ("Afterward I felt").
_INITIALS_AFTER_BARE = re.compile(r"(?: [A-ZÅÄÖÆØ](?=[\s,.;:!?)]|$)){2,}")


def _initials_after(text: str, end: int) -> bool:
    """Whether initials follow the word ending at ``text[end]``, with their dots ("Kari H.
    ringde") or two and more without ("Lars A J kom")."""
    return bool(_INITIAL_AFTER.match(text, end) or _INITIALS_AFTER_BARE.match(text, end))


def _ordinary_first_word(key: str) -> bool:
    """Whether a capitalized word that begins a sentence (``key``, folded) is an ordinary
    word there ("Alone in the evening", "Ensam hemma", "Alene igjen"): a word of
    ``_SENTENCE_WORDS`` or of the everyday lists that is no name as well (``_plain_word``:
    "Hans", "Berg", "Lund" are names too, and keep their own rules). Such a word is no
    suspect at a sentence's start even where the case also writes it capitalized inside a
    sentence ("Triggers: Stress, Alone at home") or a field of the family map began with
    it: either made "Alone" a row of the check, one more word to Keep."""
    return key in _sentence_words() or _plain_word(key)


def suspects(
    text: str, pseudonymizer: Pseudonymizer, *, sentence_starts: bool = False
) -> list[Suspect]:
    """The words of ``text`` (already pseudonymized by ``pseudonymizer.text``) that may
    still identify someone, in order, for a preview that highlights them.

    Free text cannot be scrubbed perfectly; this says where to look:

    - ``LOWER_CASE_NAME``: a known name that is also an everyday word ("bo", "per",
      ``COMMON_WORD_NAMES``), left in small letters;
    - ``CASE_WORD``: a word of the family map's free text or of the therapist's list (an
      employer, a town) left in small letters ("volvo"), replaced only capitalized;
    - ``NEAR_NAME``: one letter (added, dropped, changed, or two neighbours swapped) from
      a known name ("Erikk", "Johanson", "Lindquist", "Ana" for "Anna"), also a name split
      by a hyphen at a line's end ("Lind-⏎qvist"); not a word the case also writes in
      small letters ("Very" is one letter from "Vera"), and a word in small letters only
      from six letters on ("bara" is one letter from "Sara");
    - ``MONTH_NAME``: a known name that is a month's too, capitalized where it may be the
      month or the person (the pseudonymizer writes "[month]", the role or "[withheld]"
      there itself: this is for text it did not write);
    - ``NAME_OR_WORD``: a known name that is an everyday word too, before a word's part
      ("Edit-funktionen"), left;
    - ``INITIALS``: initials of someone in the case left in the text because they are an
      abbreviation too ("OK" beside a client Olle Karlsson, "TV", "O.K.") or, without
      dots, an everyday word in capitals ("JA"); ``Suspect.name`` is whose they may be;
    - ``NUMBER``: a number of seven digits or more left ("5000-1234567", "123 456
      789-0"): an account, an organisation's or an id number no pattern could be sure of;
      not a date, a year or a span of them, an amount ("1 200 000", "15000 kr") nor hours
      ("10.00-11.30");
    - ``CAPITALISED``: any other capitalized word not replaced and no kinship or everyday
      word, medicine (``MEDICINES``) or month read as one ("Kungälv", "Greta", "Skanska"),
      and the first name before it where that begins a sentence ("Handläggare: Anna Ek").
      A word that begins a sentence is capitalized
      anyway: it counts only where the case also writes it capitalized inside a sentence
      (as names are: "Greta dog." beside "mormor Greta") and never in small letters,
      where it reads as a name (a verb after it, no word any list or the case's notes
      know: "Kikki ringde", "Jonte sa", ``Pseudonymizer._name_like_start``), or, with
      ``sentence_starts``, wherever the case never writes it in small letters (more
      thorough, and many more everyday words).

    Placeholders ("[name]"), the roles the pseudonymizer writes and the export's reference
    are never suspects. Found on the text as given: offsets index ``text``.
    """
    if not text:
        return []
    out: list[Suspect] = []
    taken: set[int] = set()
    if pseudonymizer._lower is not None:
        folded, where = _folded(text)
        for m in pseudonymizer._lower.finditer(folded):
            start = where[m.start()]
            end = _span_end(text, where, m.end(1))
            word = text[start:end]
            name = next((n for n in pseudonymizer.capitalised_only
                         if _key(n) == _key(word)), word)
            if _is_capitalised(word):
                # Left where it begins a sentence ("Hans mamma", "Dags att"), where it may
                # be the month ("Since June was born") or is a word's compound
                # ("Edit-funktionen"); elsewhere replaced where it was a name, or a role's
                # own word.
                whole = _span_end(text, where, m.end())
                if name in pseudonymizer.everyday and _at_sentence_start(text, start):
                    out.append(Suspect(text[start:whole], SENTENCE_START, start, whole, name))
                    taken.update(range(start, whole))
                elif (_key(word) in pseudonymizer._month_names and end == whole
                      and pseudonymizer._month_reading(text, start, end) != "person"):
                    out.append(Suspect(word, MONTH_NAME, start, end, name))
                    taken.update(range(start, end))
                elif not pseudonymizer.names.get(name, ("[",))[0].startswith("[") and (
                        _LOWER_COMPOUND.match(text, whole)):
                    out.append(Suspect(word, NAME_OR_WORD, start, end, name))
                    taken.update(range(start, end))
                continue
            why = CASE_WORD if pseudonymizer.names.get(name, ("", ""))[1] in (
                "map", "extra") else LOWER_CASE_NAME
            out.append(Suspect(word, why, start, end, name))
            taken.update(range(start, end))
    if pseudonymizer._initials_pattern is not None:
        # Initials of someone in the case left in the text: an abbreviation too ("OK" of
        # Olle Karlsson), or text the pseudonymizer did not write.
        for m in pseudonymizer._initials_pattern.finditer(text):
            written = m.group("ini")
            key = _initials_key("".join(c for c in written if c.isalpha()))
            found = pseudonymizer._initials.get(key)
            if found is None or key.casefold() in pseudonymizer.kept or m.start() in taken:
                continue
            if _is_small_abbreviation(written):
                continue  # "m.m.", "t.h.": the abbreviation, far likelier than the person
            out.append(Suspect(written, INITIALS, m.start(), m.end("ini"), found[1]))
            taken.update(range(m.start(), m.end("ini")))
    for m in _LONG_NUMBER.finditer(text):
        if m.start() in taken or not _long_number(m):
            continue
        out.append(Suspect(m.group(), NUMBER, m.start(), m.end()))
        taken.update(range(m.start(), m.end()))
    near_index, roles = pseudonymizer._suspect_lookup()
    vocabulary = pseudonymizer.vocabulary
    fixed = _app_words()
    # A capitalized word passed over as a sentence's first, for the family name after it
    # ("Handläggare: Anna Ek.", "Anna" once "Ek" is listed).
    first_word: tuple[str, int] | None = None
    for m in _WORD.finditer(_PLACEHOLDER.sub(lambda p: " " * len(p.group()), text)):
        if m.start() in taken:
            continue
        word = m.group().rstrip("'’")
        joined = word.replace("-\n", "")
        key = _key(joined)
        if key in roles or key == _key(pseudonymizer.reference):
            continue
        if key in _MONTH_WORDS and _reads_as_month(text, m.start(), m.end(), loose=True):
            continue  # "i Augusti", "från Augusti": a month no one of the case is named
        first = _key(word.split("-")[0])
        head = word.split("-")[0]
        if first in CLINIC_WORDS or (head.isupper() and len(head) <= 5):
            continue  # the clinic's name, an acronym ("STI", "AUDIT", "BUP"): no names
        # An ordinary word capitalized as a sentence's first ("Alone at home"): no row.
        ordinary_start = not sentence_starts and _is_capitalised(word) and (
            _ordinary_first_word(key) and _at_sentence_start(text, m.start()))
        if _is_capitalised(word) and not ordinary_start and (
                key in pseudonymizer.map_words_kept or _key(
                re.sub(r"(?:'?s)$", "", word)) in pseudonymizer.map_words_kept):
            if key not in vocabulary:  # "Polis", the start of an occupation: ask
                out.append(Suspect(word, CASE_WORD, m.start(), m.start() + len(word)))
            continue
        if first in pseudonymizer._medicine_names and _is_capitalised(word) and (
                "-" in word or _DOSE_AFTER.match(text, m.start() + len(word))
                or _DOSE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "Lyrica 75 mg", "Lyrica-dosen": the medicine, left as such
        # A word in small letters only when long: "bara" is one letter from "Sara"; no
        # word the case writes in small letters, of the app's own texts or the everyday
        # lists ("Very" is not "Vera", "Risk" not "Rask", "therapist" not "Therapist").
        near = ""
        if (_is_capitalised(word) or len(joined) >= 6) and not (
            key in vocabulary or key in _everyday_words()
        ):
            near = _near_name(key, near_index) or _near_name(first, near_index)
        if near:
            out.append(Suspect(word, NEAR_NAME, m.start(), m.start() + len(word), near))
            continue
        if not _is_capitalised(word) or len(word) < 2:
            continue
        bare = _key(re.sub(r"(?:'?s)$", "", word))
        if key in _NOT_NAMES or bare in _NOT_NAMES or key in vocabulary or key in fixed:
            continue
        if _is_medicine(key):
            continue  # "Sertralin", "Antabus": a medicine names no one
        if key in pseudonymizer.kept or bare in pseudonymizer.kept:
            continue  # the therapist keeps it ("Polis"): no name, seen and left
        if _MONEY_AFTER.fullmatch(" " + joined) or _PLAN_WORD.match(joined):
            continue  # "Kronor", "Euro"; "Krisplan", "Behandlingsplan": no one's name
        if _at_sentence_start(text, m.start()) and not (
            sentence_starts or (not ordinary_start and (
                key in pseudonymizer.capitalised_words
                or bare in pseudonymizer.capitalised_words))
        ):
            if (_initials_after(text, m.end()) and not _plain_word(key)) or (
                    pseudonymizer._name_like_start(joined, text, m.start() + len(word))):
                # A first name and an initial begin the sentence ("Kari H. ringde"), or a
                # word no list knows that looks like a name ("Kikki ringde", "Jonte sa").
                out.append(Suspect(word, CAPITALISED, m.start(), m.start() + len(word)))
            else:
                first_word = (word, m.start())
            continue
        if first_word is not None and text[
                first_word[1] + len(first_word[0]):m.start()] == " " and not _plain_word(
                _key(first_word[0])):
            # A name's first word begins the sentence, its family name is listed: both
            # name the same person ("Anna Ek", "Solveig Hammer").
            out.append(Suspect(first_word[0], CAPITALISED, first_word[1],
                               first_word[1] + len(first_word[0])))
        first_word = None
        out.append(Suspect(word, CAPITALISED, m.start(), m.start() + len(word)))
    return sorted(out, key=lambda s: s.start)


#: Words the app itself writes into pseudonymized text (a signature's "the therapist"):
#: never suspects, whatever names the case holds ("Demo Therapist").
_PLACEHOLDER_SOURCES = ("the client", "the therapist", "child {n}", "person {n}")
_APP_TEXT_KEYS = frozenset({"id", "form_id", "version", "type", "export_key", "order"})


def _app_texts() -> Iterable[tuple[str, str]]:
    """The app's own fixed texts that reach a case's text, with their translation context:
    the titles, items, choices and labels of the forms (intake, self-rating) and of the
    exercises, as their definitions hold them (English)."""
    folders = (("forms", lambda _stem: "forms"), ("exercises", lambda stem: f"exercise_{stem}"))
    for folder, context in folders:
        for path in sorted((resources_dir() / folder).glob("*.json")):
            with contextlib.suppress(OSError, ValueError):
                data = json.loads(path.read_text(encoding="utf-8"))
                ctx = context(path.stem.split(".")[0])
                yield from ((ctx, t) for t in _json_texts(data))


def _json_texts(data: Any, key: str = "") -> Iterable[str]:
    if isinstance(data, str):
        if key not in _APP_TEXT_KEYS:
            yield data
    elif isinstance(data, Mapping):
        for k, v in data.items():
            yield from _json_texts(v, str(k))
    elif isinstance(data, list):
        for v in data:
            yield from _json_texts(v, key)


def _catalogue_texts(contexts: frozenset[str] | None) -> Iterable[str]:
    """The translations, in every language the app ships (its .ts catalogues, read as
    text: no .qm is needed), of the messages of ``contexts`` (``None``: of every context
    but the demo's, with their English sources)."""
    for path in sorted((resources_dir() / "translations").glob("kastdesk_core_*.ts")):
        with contextlib.suppress(OSError):
            xml = path.read_text(encoding="utf-8")
            for block in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", xml,
                                     re.DOTALL):
                if contexts is None and block.group(1) != "Demo":
                    for t in re.findall(r"<source>([^<]*)</source>", block.group(2)):
                        yield html.unescape(t)
                if (contexts is None and block.group(1) != "Demo") or (
                        contexts is not None and block.group(1) in contexts):
                    for t in re.findall(r"<translation[^>]*>([^<]*)</translation>",
                                        block.group(2)):
                        yield html.unescape(t)


@lru_cache(maxsize=4)
def _app_words_in(language: str) -> frozenset[str]:
    texts = list(_app_texts())
    words: set[str] = set()
    contexts = frozenset(ctx for ctx, _ in texts)
    for text in [*(t for _, t in texts), *(tr(c, t) for c, t in texts),
                 *_catalogue_texts(contexts)]:
        words.update(_key(w) for w in _WORD_AT.findall(text))
    return frozenset(words)


def _app_words() -> frozenset[str]:
    """The words of the app's own fixed texts (:func:`_app_texts`) in English, in the
    current language and in every shipped catalogue, folded: an intake answer's label
    ("Abroad", "Utomlands", "Sömnproblem"), a scale's ("Very", "Upplever") is no one's
    name, and listing it drowned the few words the therapist must look at."""
    return _app_words_in(current_language())


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """Every word of the app's own texts in every language it ships, folded: Swedish,
    Norwegian and English words no near miss of a name is ("Risk" is one letter from
    "Rask", "therapist" from "Therapist", "Very" from "Vera")."""
    words = {_key(w) for t in _catalogue_texts(None) for w in _WORD_AT.findall(t)}
    return frozenset(words) | _app_words() | _NOT_NAMES | COMMON_WORD_NAMES


@lru_cache(maxsize=1)
def _folded_only_words() -> frozenset[str]:
    """The everyday words (folded, small letters) that are words only with a ring, dots or
    a stroke the folding took off: "pa" ("på"), "ar" ("är", "år"), "fa" ("få"), no word as
    the app's texts in any language write them. Initials in such plain capitals ("PA" for
    Per Arne) are no word: "PÅ" is written with its ring."""
    written = {unicodedata.normalize("NFC", w).casefold()
               for t in _catalogue_texts(None) for w in _WORD_AT.findall(t)}
    return frozenset(_key(w) for w in written if _key(w) != w) - written


def _plain_word(key: str) -> bool:
    """Whether ``key`` (folded, small letters) is an everyday word and no name that is one
    too ("Sedan", not "Lena" or "Per"): before a family name listed, or an initial, such a
    name is a first name ("Lena Ek ringde", "Per H. kom")."""
    return key in _everyday_words() and key not in COMMON_WORD_NAMES


def _near_index(pseudonymizer: Pseudonymizer) -> dict[str, list[tuple[str, str]]]:
    """The known names (and their single words) of three letters or more, as compared for
    a near miss (folded, small letters), under each form with one letter dropped: a word
    one letter from a name shares one such form with it, so the lookup is a few dict
    reads however many names the family has."""
    forms: dict[str, str] = {}
    for name, (_, source) in pseudonymizer.names.items():
        if source == "map":  # a word of the map's text: no name for sure
            continue
        for word in {name, *name.split()}:
            word = word.strip(_TRIM)
            if len(word) >= 3:
                forms.setdefault(_key(word), word)
    index: dict[str, list[tuple[str, str]]] = {}
    for form, name in forms.items():
        for variant in {form, *(form[:i] + form[i + 1 :] for i in range(len(form)))}:
            index.setdefault(variant, []).append((form, name))
    return index


def _near_name(key: str, index: Mapping[str, list[tuple[str, str]]]) -> str:
    """The known name ``key`` is, or is one letter from, else "" (a name of four letters or
    more, or a word of four or more one letter from a three-letter name)."""
    if len(key) < 3:
        return ""
    for variant in {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}:
        for form, name in index.get(variant, ()):
            if form == key or ((len(form) >= 4 or len(key) >= 4) and _one_edit(key, form)):
                return name  # the same: a name the text splits ("Lind-⏎qvist")
    return ""


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed, or two
    neighbours swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _strings(data: Any) -> Iterable[str]:
    """Every string in JSON-like ``data``."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, Mapping):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list | tuple):
        for v in data:
            yield from _strings(v)


def _is_money(match: re.Match[str]) -> bool:
    """Whether a number found by a pattern is an amount: a currency after or before it."""
    text = match.string
    digits = re.search(r"\d(?:[\d ]*\d)?", match.group(0))
    end = match.start() + digits.end() if digits else match.end()
    return bool(_MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(
        text, max(0, match.start() - 2), match.start()))


def _long_number(match: re.Match[str]) -> bool:
    """Whether a number ``_LONG_NUMBER`` found may still identify someone (``NUMBER``):
    seven digits or more, and no date, year, span of them, amount or hours, nor a
    chapter's, a version's or a time's number ("version 10.0.19045")."""
    written, text = match.group(), match.string
    return not (
        len(_digits(written)) < 7 or _LONG_NUMBER_ALLOWED.fullmatch(written)
        or _is_money(match)
        or _NUMBERED_BEFORE.search(text, max(0, match.start() - 12), match.start()))


def _phone(match: re.Match[str]) -> str:
    """A phone number becomes "[phone]"; not an amount ("1 200 000 kr"), a span of years
    ("1995-2003"), an ISO date, nor digits with a dash whose first group has no area code
    ("1234-5678", an account: a Swedish number with a dash starts 0, "031-12 34 56", a
    Norwegian one has no dash)."""
    written = match.group(0)
    if _ISO_IN_TEXT.fullmatch(written) or _is_money(match):
        return written
    if re.fullmatch(r"(?:19|20)\d\d\s?-\s?(?:19|20)\d\d", written):
        return written
    if "-" in written and not written.startswith(("0", "+")):
        return written
    return tr("Pseudonym", "[phone]")


def _id_number(match: re.Match[str]) -> str:
    """A personnummer or fødselsnummer found by ``_ID_NUMBER`` as "[id number]" where its
    date is one (a samordningsnummer's day +60, a D-number's +40), and ten digits alone only
    where the Luhn check digit holds or they do not begin with 0 (a phone number's trunk
    prefix); anything else is left (for the phone pattern)."""
    digits = re.sub(r"\D", "", match.group(0))
    if match.group("no"):
        day, month = int(digits[0:2]), int(digits[2:4])
        ok = (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12
    else:
        short = digits[-10:]
        month, day = int(short[2:4]), int(short[4:6])
        ok = 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)
        if match.group("ten"):
            ok = ok and (_luhn(short) or not short.startswith("0"))
    return tr("Pseudonym", "[id number]") if ok else match.group(0)


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(digits):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _mod11(digits: str, weights: Sequence[int]) -> bool:
    """Whether the last of ``digits`` is their modulus-11 check digit under ``weights``
    (a Norwegian account's, 5432765432; an organisation number's, 32765432)."""
    rest = sum(int(d) * w for d, w in zip(digits[:-1], weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == int(digits[-1])


def _iban_valid(iban: str) -> bool:
    """Whether an IBAN's check digits hold (ISO 13616: mod 97 of the rearranged number)."""
    compact = re.sub(r"\s", "", iban).upper()
    moved = compact[4:] + compact[:4]
    return 15 <= len(compact) <= 34 and int(
        "".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _digits(written: str) -> str:
    return re.sub(r"\D", "", written)


def _accounts(text: str) -> str:
    """Bank accounts (IBAN, after a word that says so, in the shape only an account has),
    bankgiro and plusgiro, and organisation numbers after their word, withheld; the word
    before stays ("kontonummer [account number]")."""
    account = tr("Pseudonym", "[account number]")
    organisation = tr("Pseudonym", "[organisation number]")

    def iban(match: re.Match[str]) -> str:
        written = match.group("iban")
        # A group too many taken from what follows ("… 7466 AB"): the IBAN without it.
        for cut in (written, written[:written.rfind(" ")] if " " in written else ""):
            if cut and _iban_valid(cut):
                return account + written[len(cut):]
        if _IBAN_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
            return account
        return written

    def keyed(match: re.Match[str]) -> str:
        # Seven digits at least; a clearing number alone has four or five ("8327-9"), and
        # names the bank's branch.
        number = match.group("number")
        least = 4 if match.group("word").lower().startswith("clearing") else 7
        if len(_digits(number)) < least or _is_money(match) or re.fullmatch(
                r"\d{4}-\d{2}-\d{2}|(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d", number):
            return match.group(0)
        return match.group("lead") + account

    def shaped(match: re.Match[str]) -> str:
        return match.group(0) if _is_money(match) else account

    text = _IBAN.sub(iban, text)
    text = _KEYED_ORGANISATION.sub(lambda m: m.group("lead") + organisation, text)
    text = _GIRO.sub(lambda m: m.group("lead") + account, text)
    text = _KEYED_ACCOUNT.sub(keyed, text)
    return _SHAPED_ACCOUNT.sub(shaped, text)


def _bare_account(match: re.Match[str]) -> str:
    """A number with no word before it that its check digits make an account or an
    organisation: eleven digits, a Norwegian account (``_mod11``); "556036-0793", a
    Swedish organisation (a month of 20 and up, the Luhn digit); nine digits beginning 8
    or 9, a Norwegian organisation. Anything else, and an amount, as written."""
    written = match.group(0)
    digits = _digits(written)
    if _is_money(match):
        return written
    if len(digits) == 11 and _mod11(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)):
        return tr("Pseudonym", "[account number]")
    if "-" in written and int(digits[2]) >= 2 and _luhn(digits):
        return tr("Pseudonym", "[organisation number]")
    if len(digits) == 9 and digits[0] in "89" and _mod11(digits, (3, 2, 7, 6, 5, 4, 3, 2)):
        return tr("Pseudonym", "[organisation number]")
    return written


def _fresh_ids(
    persons: list[Person], unions: list[Union], links: list[ChildLink],
    relationships: list[Relationship],
) -> tuple[list[Person], list[Union], list[ChildLink], list[Relationship]]:
    """The map's objects with new random ids, every reference among them kept."""
    def new(prefix: str) -> str:
        return f"{prefix}-{secrets.token_hex(6)}"

    pid = {p.id: new("p") for p in persons}
    uid = {u.id: new("u") for u in unions}
    twins = {t: new("t") for t in {link.twin_group for link in links} if t}
    return (
        [replace(p, id=pid[p.id]) for p in persons],
        [replace(u, id=uid[u.id], partners=(pid[u.partners[0]], pid[u.partners[1]]))
         for u in unions],
        [replace(link, id=new("c"), child_id=pid[link.child_id],
                 union_id=uid.get(link.union_id) if link.union_id else None,
                 parent_id=pid.get(link.parent_id) if link.parent_id else None,
                 twin_group=twins.get(link.twin_group) if link.twin_group else None)
         for link in links],
        [replace(r, id=new("r"), persons=(pid[r.persons[0]], pid[r.persons[1]]))
         for r in relationships],
    )


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
