"""``kastdesk audit``: who opened, changed, exported or deleted what, and when.

The History screen's list for the command line: a clinic checking its access logs
regularly (as Swedish patient data law expects) can do it from a script too. It prints
the same words as the screen, and exits with 4 when the log does not verify, so a
scheduled check notices. ``--out FILE`` saves the list as the screen's *Export as CSV…*
does (the separator the language's Excel expects, or ``--separator``), and the export is
written to the log.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from kastdesk import cli
from kastdesk.csvfile import SEPARATORS
from kastdesk.i18n import tr

from .describe import Kind, kind_label
from .log import (
    AuditLog,
    AuditRow,
    case_log,
    export_csv,
    status_line,
    to_json,
    vault_log,
)

_KINDS = {k.value: k for k in Kind}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _kinds(text: str) -> frozenset[Kind]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in _KINDS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"kinds are {', '.join(_KINDS)} (comma-separated), not {text!r}")
    return frozenset(_KINDS[n] for n in names)


#: ';' must be quoted in a shell (it ends the command there), so the names work too.
_SEPARATOR_NAMES = {**{sep: sep for sep in SEPARATORS}, "comma": ",", "semicolon": ";"}


def _separator(text: str) -> str:
    try:
        return _SEPARATOR_NAMES[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"the separator is ',' or ';' (or comma, semicolon), not {text!r}") from None


def _table(rows: list[AuditRow], with_client: bool) -> list[str]:
    """Aligned columns: time, who, kind, [client,] what, target."""
    columns = [[r.when_text for r in rows], [r.who for r in rows],
               [kind_label(r.kind) for r in rows]]
    if with_client:
        columns.append([r.client for r in rows])
    widths = [max((len(v) for v in c), default=0) for c in columns]
    lines = []
    for i, r in enumerate(rows):
        cells = [c[i].ljust(w) for c, w in zip(columns, widths, strict=True)]
        what = r.what + (f"  [{r.target}]" if r.target else "")
        lines.append("  ".join([*cells, what]).rstrip())
    return lines


def cmd_audit(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise cli.UsageError(tr("Cli", "--from must not be after --to."))
    if args.separator is not None and args.out is None:
        raise cli.UsageError(tr("Cli", "--separator is for the CSV file; add --out FILE."))
    # Checked before the vault opens: a mistyped path costs no passphrase.
    out = cli.out_path(args.out, args.force) if args.out is not None else None
    with cli.Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        client_id = vault.client_by_code(args.case).id if args.case else None
        if client_id is not None:
            log: AuditLog = case_log(vault, client_id)
        else:
            log = vault_log(vault, include_cases=args.all_cases)
        rows = log.filtered(args.date_from, args.date_to, args.kinds)
        if out is not None:
            # As the screen's export: the file whole or not at all, named once the log
            # says so (none where the log cannot: a file no log line names is never left).
            export_csv(vault, rows, out, args.separator, client_id)
    if args.json:
        print(json.dumps({"intact": log.intact, "problems": log.problems,
                          "entries": to_json(rows)}, ensure_ascii=False, indent=2))
    elif out is not None:
        print(status_line(log))
        saved = (tr("Cli", "1 entry saved to {path}") if len(rows) == 1
                 else tr("Cli", "{n} entries saved to {path}"))
        print(saved.format(n=len(rows), path=out))
    else:
        print(status_line(log))
        for line in _table(rows, with_client=not args.case):
            print(line)
        print(tr("Cli", "1 entry shown") if len(rows) == 1
              else tr("Cli", "{n} entries shown").format(n=len(rows)))
    if not log.intact:
        print(tr("Cli", "The audit log does not verify; run kastdesk verify for what to do."),
              file=sys.stderr)
        return cli.EXIT_DAMAGED
    return cli.EXIT_OK


def _register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common],
                       help="show the audit log: who opened, changed, exported or deleted what")
    p.add_argument("--case", metavar="CODE", help="one client's case file (else the vault's log)")
    p.add_argument("--all-cases", action="store_true",
                   help="with the vault's log, every client's too, merged by time")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                   help="from this day (local time, included)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                   help="to this day (local time, included)")
    p.add_argument("--kind", dest="kinds", type=_kinds, default=frozenset(Kind),
                   metavar="LIST", help=f"only these kinds, from: {','.join(_KINDS)}")
    p.add_argument("--json", action="store_true", help="for programs")
    p.add_argument("--out", metavar="FILE",
                   help="save the list as CSV for a spreadsheet; the export is audited")
    p.add_argument("--force", action="store_true", help="with --out, replace FILE if it exists")
    p.add_argument("--separator", type=_separator, metavar="SEP",
                   help="with --out: ',' or ';' (quoted in a shell, or comma/semicolon); "
                        "default ';' when KastDesk speaks Swedish or Norwegian, else ','")
    p.set_defaults(func=cmd_audit)


cli.EXTRA_COMMANDS.append(_register)
