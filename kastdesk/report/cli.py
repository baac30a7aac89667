"""The ``kastdesk export-pdf`` verb: a case summary PDF from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kastdesk import cli
from kastdesk.i18n import tr

from .export import ExportOptions, ExportResult, export_case_summary
from .pseudonymize import as_typed, withheld_in_place
from .summary import SECTION_KEYS


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _names_in_file(path: str) -> tuple[str, ...]:
    """The names to withhold in a UTF-8 text file, one a line (blank lines skipped).

    A file, not the command line: names typed as arguments stay in the shell's history and
    are shown by ``ps`` to every user of the machine while the export runs. A line is one
    name whatever it holds ("Volvo Torslanda", "Lindqvist, Per"): commas are no separator
    here. A byte-order mark (Windows Notepad writes one) is no part of the first name.
    """
    try:
        text = Path(path).read_text("utf-8-sig")
    except FileNotFoundError as exc:
        raise cli.UsageError(tr(
            "Cli", "Cannot read the names file {path}: there is no such file."
        ).format(path=path)) from exc
    except PermissionError as exc:
        raise cli.UsageError(tr(
            "Cli", "Cannot read the names file {path}: you have no permission to read it."
        ).format(path=path)) from exc
    except UnicodeDecodeError as exc:
        raise cli.UsageError(tr(
            "Cli", "The names file {path} is not plain text; save it as UTF-8 text and try "
            "again."
        ).format(path=path)) from exc
    except OSError as exc:  # the system's own reason is English; the sentence around it is not
        raise cli.UsageError(tr("Cli", "Cannot read the names file {path}: {reason}.")
                             .format(path=path, reason=exc.strerror or type(exc).__name__)
                             ) from exc
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def cmd_export_pdf(args: argparse.Namespace) -> int:
    sections = tuple(s.strip() for s in args.sections.split(",")) if args.sections else \
        SECTION_KEYS
    unknown = set(sections) - set(SECTION_KEYS)
    if unknown:
        raise cli.UsageError(f"Unknown sections: {', '.join(sorted(unknown))}. "
                             f"Known: {', '.join(SECTION_KEYS)}.")
    extra = tuple(n.strip() for n in (args.extra_names or "").split(",") if n.strip())
    if args.extra_names_file:
        extra += _names_in_file(args.extra_names_file)
    words = _names_in_file(args.withhold_words_file) if args.withhold_words_file else ()
    options = ExportOptions(sections=sections, start=args.date_from, end=args.date_to,
                            pseudonymize=args.pseudonymize, extra_names=extra,
                            withhold_words=words)
    out = cli.out_path(args.out, args.force)
    with cli.Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        entry = vault.client_by_code(args.case)
        result = export_case_summary(vault, entry.id, out, options)
    print(tr("Cli", "Wrote {path} ({pages} pages, {kb} KB)").format(
        path=result.path, pages=result.pages, kb=result.size // 1024))
    if result.reference is not None:
        print(tr("Cli", "In it, the client is {reference}; the case's audit log keeps which "
                        "case that reference stands for.").format(reference=result.reference))
    _say_still_in_text(result)
    return cli.EXIT_OK


def _say_still_in_text(result: ExportResult) -> None:
    """The words the pseudonymized PDF still has that may identify someone, on stderr, as
    the app's export dialog lists them under "Still in the text" (the same computation,
    ``export.still_in_text``), each with the option that withholds it as that dialog's
    Withhold does: a name with --extra-names-file, a word where the text has it with
    --withhold-words-file (``withheld_in_place``). The PDF is written all the same, and
    the exit code stays 0: the list is the therapist's to judge, as in the app, where
    exporting with words listed is allowed too. Without it the command printed nothing,
    and its PDF went out as pseudonymized with names in it (QA 21, 2)."""
    left = result.still_in_text
    if not left:
        return
    if len(left) == 1:
        head = tr("Cli", "The PDF still has 1 word that may identify someone, as the app's "
                         "export dialog would list it. To withhold it, write it in a UTF-8 "
                         "text file and export again with that file after the option named "
                         "beside it:")
    else:
        head = tr("Cli", "The PDF still has {n} words that may identify someone, as the "
                         "app's export dialog would list them. To withhold them, write them "
                         "one a line in a UTF-8 text file and export again with that file "
                         "after the option named beside each:").format(n=len(left))
    print(head, file=sys.stderr)
    for suspect, times in left:
        option = ("--withhold-words-file" if withheld_in_place(suspect.why)
                  else "--extra-names-file")
        print(tr("Cli", "  {word} ({times}×): {reason}; {option}").format(
            word=as_typed(suspect.word), times=times, reason=suspect.reason, option=option),
            file=sys.stderr)


def _register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export-pdf", parents=[common], help="write a case summary PDF")
    p.add_argument("--case", required=True, metavar="CODE", help="the client code")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--pseudonymize", action="store_true",
                   help="replace names by roles, shift dates, scrub free text; then list "
                        "on stderr the words still in it that may identify someone (as the "
                        "app's export dialog does), each with the option that withholds it")
    p.add_argument("--sections", metavar="LIST",
                   help=f"comma-separated, from: {','.join(SECTION_KEYS)}")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p.add_argument("--extra-names-file", metavar="FILE",
                   help="more names or places to withhold, one a line in a UTF-8 text file "
                        "(recommended: kept out of shell history and the process list)")
    p.add_argument("--extra-names", metavar="A,B",
                   help="more names or places to withhold, comma-separated (they stay in "
                        "shell history and show in ps: prefer --extra-names-file)")
    p.add_argument("--withhold-words-file", metavar="FILE",
                   help="words to withhold only where the text has them, as [withheld], one "
                        "a line in a UTF-8 text file: the names in small letters, initials "
                        "and numbers that --pseudonymize lists with this option (a name in "
                        "--extra-names-file would also take every everyday word it matches)")
    p.set_defaults(func=cmd_export_pdf)


cli.EXTRA_COMMANDS.append(_register)
