"""``kastdesk delete-client``: erase a client for good from the command line.

For an erasure request handled without the app (or a script at the clinic). Nothing is
asked for once ``--yes`` is given; otherwise the code must be typed again, as in the
app's dialog, and without a terminal to type it in the verb refuses before the vault is
even unlocked.
"""

from __future__ import annotations

import argparse
import sys

from kastdesk import cli
from kastdesk.i18n import tr

from .details import code_key
from .erase import erase_client
from .exports import recorded_exports


def _confirm(code: str) -> None:
    """Ask for the code to be typed again; UsageError unless it is."""
    print(tr("Cli", "This erases client {code} for good: the case file with every session, "
                    "note, self-rating scale, family map and exercise. It cannot be undone.")
          .format(code=code), file=sys.stderr)
    try:
        typed = input(tr("Cli", "Type the client code to confirm: "))
    except EOFError:
        typed = ""
    if code_key(typed) != code_key(code):
        raise cli.UsageError(tr("Cli", "That is not the code {code}. Nothing was deleted.")
                             .format(code=code))


def cmd_delete_client(args: argparse.Namespace) -> int:
    if not args.yes and not (sys.stdin and sys.stdin.isatty()):
        raise cli.UsageError(tr(
            "Cli", "Deleting a client cannot be undone: run the command where you can type "
                   "the code to confirm, or add --yes. Nothing was deleted."))
    with cli.Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        entry = vault.client_by_code(args.case)
        if not args.yes:
            _confirm(entry.code)
        # Read before the erasure: where the exports went is in the case's log alone.
        exports = recorded_exports(vault, entry.id)
        erased = erase_client(vault, entry.id)
    print(tr("Cli", "Client {code} deleted: the case file and every reference to it are "
                    "erased. The audit log keeps that it was deleted, with the code only.")
          .format(code=erased.code))
    if exports.paths:
        print(tr("Cli", "Files exported from the case are not deleted with it; delete them "
                        "too, wherever they are kept:"))
        for path in exports.paths:
            print("  " + path)
        # An export cut short may have left a hidden copy beside them (RecordedExports.folders).
        print(tr("Cli", "An export cut short may have left a hidden copy beside them (a name "
                        "that starts with a dot and ends in .tmp or .part); look in these "
                        "folders too:"))
        for folder in exports.folders:
            print("  " + folder)
    return cli.EXIT_OK


def _register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("delete-client", parents=[common],
                       help="erase a client and the case file for good (cannot be undone)")
    p.add_argument("--case", required=True, metavar="CODE", help="the client code")
    p.add_argument("--yes", action="store_true",
                   help="do not ask to type the code again")
    p.set_defaults(func=cmd_delete_client)


cli.EXTRA_COMMANDS.append(_register)
