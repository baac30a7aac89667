"""``kastdesk genogram import|export``: GEDCOM in and out of a case's genogram, headless.

Exit codes follow ``kastdesk.cli``: a GEDCOM file that cannot be imported is a problem
with the *input* the user gave, so it is exit 2 (usage) with one plain line, like any
other wrong argument; exit 4 stays reserved for damaged data *in the vault* (including a
stored genogram that no longer reads). In every failure nothing in the vault changes:
the file is read and checked completely before the vault is even unlocked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kastdesk import cli
from kastdesk.i18n import tr
from kastdesk.store import CaseDamaged, CaseFile, Vault
from kastdesk.store.fsutil import stage_export

from .gedcom import (
    DEFAULT_MAX_PERSONS,
    MAX_PERSONS,
    GedcomError,
    export_gedcom,
    import_gedcom_with_notices,
    with_the_client,
)
from .model import Genogram
from .storage import (
    DamagedGenogram,
    load_genogram,
    record_export,
    record_export_not_completed,
    save_genogram,
)

IMPORT_LABEL = "Import genogram from GEDCOM"


def _load(case: CaseFile) -> Genogram:
    try:
        return load_genogram(case)
    except DamagedGenogram as exc:
        raise CaseDamaged(exc.message) from None


def cmd_import(args: argparse.Namespace) -> int:
    """Import a GEDCOM file as the case's genogram (a new version; the old one is kept)."""
    path = Path(args.file).expanduser()
    if path.is_dir():  # "There is no file" read wrong: the folder is there
        raise cli.UsageError(
            tr("Cli", "{path} is a folder: give the GEDCOM file in it.").format(path=path)
        )
    if not path.is_file():
        raise cli.UsageError(tr("Cli", "There is no file {path}.").format(path=path))
    try:
        result = import_gedcom_with_notices(
            str(path),
            center=args.center,
            generations=args.generations,
            max_persons=args.max_persons,
        )
    except GedcomError as exc:
        raise cli.UsageError(
            tr("Cli", "{message} Nothing was changed.").format(message=exc.message)
        ) from None
    imported = result.genogram
    with Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        entry = vault.client_by_code(args.case)
        case = vault.open_case(entry.id)
        current = _load(case)
        if current.persons and not args.replace:
            raise cli.UsageError(
                tr(
                    "Cli",
                    "The case {code} already has a genogram; add --replace to replace it "
                    "(the old one stays in the history). Nothing was changed.",
                ).format(code=entry.code)
            )
        imported, unmarked = with_the_client(imported, case.profile.get().name)
        save_genogram(case, imported, IMPORT_LABEL)
    if len(imported.persons) == 1:
        done = tr("Cli", "Imported one person into the genogram of {code}.")
    else:
        done = tr("Cli", "Imported {n} persons into the genogram of {code}.")
    print(done.format(n=len(imported.persons), code=entry.code))
    if args.center and len(imported.persons) >= args.max_persons:
        # The nearest relatives came first; say so rather than stop short without a word.
        print(
            tr(
                "Cli",
                "That is the limit of {n} persons (--max-persons): relatives further out "
                "than these were left out.",
            ).format(n=args.max_persons)
        )
    _print_left_out((*result.notices, unmarked) if unmarked else result.notices)
    return cli.EXIT_OK


def _print_left_out(notices: tuple[str, ...]) -> None:
    """Every date or year the import left out, twin mark taken off and approximate date
    brought in as an exact year, one a line, after a line that counts them: all of them
    (the user can page or save the output), on standard output, as the import itself
    succeeded. The count line says "notes", not "left out": an approximate year came
    in, and a twin mark's twins came in as siblings."""
    if not notices:
        return
    if len(notices) == 1:
        print(tr("Cli", "One note on the import:"))
    else:
        print(tr("Cli", "{n} notes on the import:").format(n=len(notices)))
    for notice in notices:
        print(f"  {notice}")


def cmd_export(args: argparse.Namespace) -> int:
    """Write the case's genogram as GEDCOM 5.5.1 (UTF-8), atomically."""
    out = cli.out_path(args.out, args.force)
    with Vault.unlock(cli._vault_folder(args), cli._passphrase(args)) as vault:
        entry = vault.client_by_code(args.case)
        case = vault.open_case(entry.id)
        g = _load(case)
        if not g.persons:  # a file that no program, this one included, would import
            raise cli.UsageError(
                tr("Cli", "The genogram of {code} is empty: there is nothing to export.")
                .format(code=entry.code)
            )
        text = export_gedcom(g)
        # Whole or not at all: a failed export never leaves half a file. An export takes
        # names out of the vault: it belongs in the audit log, with the file's path (the one
        # record of it when the client is deleted), recorded before the file has its name,
        # so one the vault cannot record is dropped unnamed (ExportNotRecorded says so).
        stage_export(out, text.encode("utf-8")).place_recorded(
            lambda: record_export(case, out, "GEDCOM", persons=len(g.persons)),
            lambda: record_export_not_completed(case, out),
        )
    if len(g.persons) == 1:
        done = tr("Cli", "Exported one person to {path}.")
    else:
        done = tr("Cli", "Exported {n} persons to {path}.")
    print(done.format(n=len(g.persons), path=out))
    return cli.EXIT_OK


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The ``genogram`` verb with its ``import`` and ``export`` sub-verbs."""
    p = sub.add_parser("genogram", help="import or export a case's genogram as GEDCOM")
    verbs = p.add_subparsers(dest="genogram_command", metavar="ACTION", required=True)

    imp = verbs.add_parser("import", parents=[common], help="import a GEDCOM file")
    imp.add_argument("--case", required=True, metavar="CODE", help="the client's code")
    imp.add_argument("file", metavar="FILE", help="the GEDCOM file (.ged)")
    imp.add_argument("--center", metavar="XREF",
                     help="take only persons around this one (e.g. I12); becomes the client")
    imp.add_argument("--generations", type=int, default=3, metavar="N",
                     help="generations up and down from --center (default 3)")
    imp.add_argument("--max-persons", type=int, default=DEFAULT_MAX_PERSONS, metavar="N",
                     help=f"at most N persons (default {DEFAULT_MAX_PERSONS}, "
                          f"highest {MAX_PERSONS})")
    imp.add_argument("--replace", action="store_true",
                     help="replace an existing genogram (it stays in the history)")
    imp.set_defaults(func=cmd_import)

    exp = verbs.add_parser("export", parents=[common], help="export as GEDCOM 5.5.1")
    exp.add_argument("--case", required=True, metavar="CODE", help="the client's code")
    exp.add_argument("--out", required=True, metavar="FILE", help="where to write the .ged")
    exp.add_argument("--force", action="store_true", help="replace the file if it exists")
    exp.set_defaults(func=cmd_export)


if add_commands not in cli.EXTRA_COMMANDS:
    cli.EXTRA_COMMANDS.append(add_commands)

__all__ = ["add_commands", "cmd_export", "cmd_import"]
