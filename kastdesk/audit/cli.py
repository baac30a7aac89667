"""``kastdesk audit``: who opened, changed, exported or deleted what, and when.

The History screen's list for the command line: a clinic checking its access logs
regularly (as Swedish patient data law expects) can do it from a script too. It prints
the same words as the screen, and exits with 4 when the log does not verify, so a
scheduled check notices.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from kastdesk import cli
from kastdesk.i18n import tr

from .describe import Kind, kind_label
from .log import AuditLog, AuditRow, case_log, status_line, to_json, vault_log

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
    with cli.Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        if args.case:
            log: AuditLog = case_log(vault, vault.client_by_code(args.case).id)
        else:
            log = vault_log(vault, include_cases=args.all_cases)
    rows = log.filtered(args.date_from, args.date_to, args.kinds)
    if args.json:
        print(json.dumps({"intact": log.intact, "problems": log.problems,
                          "entries": to_json(rows)}, ensure_ascii=False, indent=2))
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
    p.set_defaults(func=cmd_audit)


cli.EXTRA_COMMANDS.append(_register)
