"""The ``kastdesk export-pdf`` verb: a case summary PDF from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kastdesk import cli
from kastdesk.i18n import tr

from .export import ExportOptions, export_case_summary
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
    options = ExportOptions(sections=sections, start=args.date_from, end=args.date_to,
                            pseudonymize=args.pseudonymize, extra_names=extra)
    out = cli.out_path(args.out, args.force)
    with cli.Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        entry = vault.client_by_code(args.case)
        result = export_case_summary(vault, entry.id, out, options)
    print(tr("Cli", "Wrote {path} ({pages} pages, {kb} KB)").format(
        path=result.path, pages=result.pages, kb=result.size // 1024))
    if result.reference is not None:
        print(tr("Cli", "In it, the client is {reference}; the case's audit log keeps which "
                        "case that reference stands for.").format(reference=result.reference))
    return cli.EXIT_OK


def _register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export-pdf", parents=[common], help="write a case summary PDF")
    p.add_argument("--case", required=True, metavar="CODE", help="the client code")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--pseudonymize", action="store_true",
                   help="replace names by roles, shift dates, scrub free text")
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
    p.set_defaults(func=cmd_export_pdf)


cli.EXTRA_COMMANDS.append(_register)
