"""CSV files that open right in the clinics' Excel: every CSV export writes through here.

Excel splits a CSV file at its regional list separator, which is ';' where the decimal
mark is a comma (Swedish and Norwegian settings, the clinics' laptops): a comma-separated
file opened there is one column. It reads UTF-8 only after a byte-order mark, else å, ä,
ö, æ and ø come out garbled. And a cell that starts with '=', '+', '-' or '@' is run as a
formula: free text typed by a therapist (a name, a note) must never become one. One
place for all three, so a new export cannot forget one of them. No Qt: the CLI writes
these files too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from kastdesk.i18n import current_language
from kastdesk.store.fsutil import write_export

#: The separators offered (``kastdesk audit --separator``); anything else is refused.
SEPARATORS = (",", ";")

#: Languages whose Excel splits at ';': Swedish and Norwegian (Bokmål, Nynorsk, generic).
_SEMICOLON_LANGUAGES = frozenset({"sv", "nb", "nn", "no"})

#: What a spreadsheet takes as the start of a formula (OWASP's list, tab and CR included).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def separator_for(language: str) -> str:
    """';' for a Swedish or Norwegian ``language`` ("sv_SE", "nb-NO", "no"), ',' otherwise.

    KastDesk speaks English on every other computer, and English Excel splits at ','.
    """
    code = language.replace("-", "_").split("_", 1)[0].lower()
    return ";" if code in _SEMICOLON_LANGUAGES else ","


def default_separator() -> str:
    """The separator for the language KastDesk speaks now (',' when no catalogue is loaded)."""
    return separator_for(current_language())


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never run: a leading formula character gets a
    single quote in front, as OWASP recommends for CSV injection ("=HYPERLINK(…)" typed as
    a name would otherwise be a live link in the clinic's Excel)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[str]],
           separator: str | None = None) -> str:
    """``header`` and ``rows`` as CSV text: quoted where a cell holds the separator, a quote
    or a line break (the csv module's rules, which Excel reads), lines ended with CRLF, and
    every cell made safe. ``separator`` None: the language's."""
    sep = default_separator() if separator is None else separator
    if sep not in SEPARATORS:
        raise ValueError(f"CSV separator must be one of {SEPARATORS}, not {sep!r}")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in header])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return out.getvalue()


def to_bytes(header: Sequence[str], rows: Iterable[Sequence[str]],
             separator: str | None = None) -> bytes:
    """The file's bytes: UTF-8 with a byte-order mark, the one way Excel reads å, ä, ö."""
    return to_csv(header, rows, separator).encode("utf-8-sig")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]],
              separator: str | None = None) -> None:
    """Write the file where the user chose, whole or not at all (temp file and rename; a
    full disk or a read-only folder is one sentence, :class:`ExportFailed`), never into a
    vault's folder (:class:`ExportIntoVault`)."""
    write_export(Path(path), to_bytes(header, rows, separator))


__all__ = ["SEPARATORS", "default_separator", "safe_cell", "separator_for", "to_bytes",
           "to_csv", "write_csv"]
