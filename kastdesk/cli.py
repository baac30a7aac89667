"""The ``kastdesk`` command: no verb starts the app, verbs do headless work.

Exit codes: 0 ok, 1 a file or folder the system refused, 2 usage, 3 wrong passphrase or
recovery key, 4 damaged or tampered data (or a full disk), 5 vault in use; a closed
output pipe (``| head``) ends quietly with 0. Errors are one plain line on
stderr; ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kastdesk import i18n
from kastdesk.domain.models import RegisterEntry
from kastdesk.domain.status import status_label
from kastdesk.hardening import no_core_dumps
from kastdesk.i18n import tr
from kastdesk.store import StoreError, Vault, default_vault_folder
from kastdesk.store.errors import ExportIntoVault, NotAVault
from kastdesk.store.fsutil import inside_vault
from kastdesk.store.vault import check_passphrase

EXIT_OK, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED, EXIT_IN_USE = 0, 2, 3, 4, 5
EXIT_OSERROR = 1  # a file or folder the system refused (permission, disk); one line too
PASSPHRASE_ENV = "KASTDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "KASTDESK_NEW_PASSPHRASE"


class UsageError(Exception):
    """A mistake in how the command was called; exit code 2."""


def out_path(text: str, force: bool) -> Path:
    """An export's ``--out``: its folder must exist, and a file there is only replaced with
    ``--force`` (a client's own research file was overwritten without a word)."""
    out = Path(text).expanduser()
    if not out.parent.is_dir():
        raise UsageError(tr("Cli", "The folder {path} does not exist.").format(path=out.parent))
    if out.is_dir():
        raise UsageError(
            tr("Cli", "{path} is a folder; give the name of the file to write.").format(path=out)
        )
    if inside_vault(out):  # checked again where it is written; here before the vault opens
        raise UsageError(ExportIntoVault().message)
    if out.exists() and not force:
        raise UsageError(
            tr("Cli", "{path} exists already; add --force to replace it. Nothing was written.")
            .format(path=out)
        )
    return out


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError as exc:
        raise UsageError(tr(
            "Cli", "Cannot read the passphrase file {path}: there is no such file."
        ).format(path=path)) from exc
    except PermissionError as exc:
        raise UsageError(tr(
            "Cli", "Cannot read the passphrase file {path}: you have no permission to read it."
        ).format(path=path)) from exc
    except OSError as exc:  # the system's own reason is English; the sentence around it is not
        raise UsageError(tr("Cli", "Cannot read the passphrase file {path}: {reason}.")
                         .format(path=path, reason=exc.strerror or type(exc).__name__)) from exc
    except UnicodeDecodeError as exc:
        raise UsageError(tr(
            "Cli", "The passphrase file {path} is not plain text; save it as UTF-8 text "
            "and try again."
        ).format(path=path)) from exc
    return text.rstrip("\r\n")


def _passphrase(args: argparse.Namespace, *, confirm: bool = False, new: bool = False) -> str:
    """From --passphrase-file, else $KASTDESK_PASSPHRASE, else a prompt.

    ``new``: the passphrase is being chosen, so the vault's rule is applied at once (before
    it is typed again, before Argon2 is tuned), not after the wait.
    """
    if getattr(args, "passphrase_file", None):
        text = _read_secret_file(args.passphrase_file)
    elif os.environ.get(PASSPHRASE_ENV):
        text = os.environ[PASSPHRASE_ENV]
    else:
        return _prompt(tr("Cli", "Passphrase: "), confirm, new)
    if new:
        check_passphrase(text)
    return text


def _new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        text = _read_secret_file(args.new_passphrase_file)
    elif os.environ.get(NEW_PASSPHRASE_ENV):
        text = os.environ[NEW_PASSPHRASE_ENV]
    else:
        return _prompt(tr("Cli", "New passphrase: "), True, True)
    check_passphrase(text)
    return text


def _prompt(label: str, confirm: bool, new: bool = False) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(tr(
            "Cli", "No passphrase given: use --passphrase-file FILE or set {variable}."
        ).format(variable=PASSPHRASE_ENV))
    first = getpass.getpass(label)
    if new:  # said before "Again:", so a refused passphrase is not typed twice for nothing
        check_passphrase(first)
    if confirm and getpass.getpass(tr("Cli", "Again: ")) != first:
        raise UsageError(tr("Cli", "The two passphrases differ. Nothing was changed."))
    return first


def _vault_folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_folder()


def _check_new_vault_folder(folder: Path) -> None:
    """A vault can be made at ``folder``: checked before the passphrase is asked for and
    before anything is created (``--vault FILE`` was an "unexpected error")."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(tr(
            "Cli", "{path} is a file, not a folder; give a folder for the vault. "
            "Nothing was created."
        ).format(path=folder))
    for parent in folder.parents:  # the nearest part of the path that exists
        if parent.exists():
            if not parent.is_dir():
                raise UsageError(tr(
                    "Cli", "{path} is a file, so no folder can be made inside it; give another "
                    "folder for the vault. Nothing was created."
                ).format(path=parent))
            if not folder.exists() and not os.access(parent, os.W_OK | os.X_OK):
                raise UsageError(tr(
                    "Cli", "A folder cannot be made in {path} (no permission); give another "
                    "folder for the vault. Nothing was created."
                ).format(path=parent))
            break


def _print_recovery_key(key: str) -> None:
    print(tr("Cli", "Recovery key (shown once; print it or write it down and keep it safe):"))
    print()
    print("    " + key)
    print()
    print(tr("Cli", "Anyone with this key and the vault folder can read the vault."))


def cmd_init(args: argparse.Namespace) -> int:
    folder = _vault_folder(args)
    _check_new_vault_folder(folder)
    passphrase = _passphrase(args, confirm=True, new=True)
    print(tr("Cli", "Creating the vault (tuning the key derivation to this machine)…"),
          file=sys.stderr)
    vault, recovery = Vault.create(folder, passphrase, therapist=args.therapist or "")
    vault.close()
    print(tr("Cli", "Vault created in {folder}").format(folder=folder))
    _print_recovery_key(recovery)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kastdesk.demo import DEMO_THERAPIST, DemoOptions, fill_vault

    # Every argument is checked before a vault is made: a vault whose recovery key was
    # never shown is worse than no vault (a bad --anchor failed after creating one).
    options = DemoOptions(clients=args.clients, seed=args.seed, sessions=args.sessions,
                          anchor=_anchor_date(args.anchor))
    if options.clients < 1:
        raise UsageError(tr("Cli", "--clients must be 1 or more. Nothing was created."))
    if options.sessions is not None and options.sessions < 0:
        raise UsageError(tr("Cli", "--sessions must be 0 or more. Nothing was created."))
    folder = _vault_folder(args)
    making = not Vault.is_vault(folder)
    if making:
        _check_new_vault_folder(folder)
    passphrase = _passphrase(args, new=making)
    if Vault.is_vault(folder):
        vault = Vault.unlock(folder, passphrase)
        recovery = None
    else:
        vault, recovery = Vault.create(folder, passphrase, therapist=DEMO_THERAPIST)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print("\r" + tr("Cli", "{done}/{total} clients").format(done=done, total=total),
                      end="", file=sys.stderr, flush=True)

        codes = fill_vault(vault, options, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    except BaseException:
        if recovery:  # the vault exists even if filling it failed: its key is shown
            _print_recovery_key(recovery)
        raise
    finally:
        vault.close()
    print(tr("Cli", "Added {n} fictional clients to {folder}").format(n=len(codes), folder=folder))
    if recovery:
        _print_recovery_key(recovery)
    return EXIT_OK


def _anchor_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(tr(
            "Cli", "--anchor {text} is not a date; write it as YYYY-MM-DD, for example "
            "2026-11-01. Nothing was created."
        ).format(text=text)) from exc


def cmd_clients(args: argparse.Namespace) -> int:
    with Vault.unlock(_vault_folder(args), _passphrase(args)) as vault:
        entries = vault.clients()
    if args.json:
        print(json.dumps([_client_json(e, args.show_names) for e in entries],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    # Codes only unless asked: a screen may be seen by someone in the room. The status in
    # the words the register uses (translated), not its stored value ("first_contact").
    statuses = {e.id: status_label(e.status) for e in entries}
    width = max((len(label) for label in statuses.values()), default=0)
    for e in entries:
        name = f"  {e.name}" if (args.show_names and e.name) else ""
        last = (tr("Cli", "last contact {date}").format(date=e.last_contact_date.isoformat())
                if e.last_contact_date else "")
        print(f"{e.code:<14} {statuses[e.id]:<{width}}  {last:<24}{name}".rstrip())
    print(tr("Cli", "{n} clients").format(n=len(entries)))
    return EXIT_OK


def _client_json(e: RegisterEntry, show_names: bool) -> dict[str, Any]:
    """One client for ``clients --json``: the table's rule, codes only unless --show-names.

    Without it the name and the kinds of risk flag are left out (only how many flags,
    as the register's red markers show), since JSON goes to screens and files alike; the
    keys are then absent rather than null, so no one takes a hidden name for an anonymous
    client. Values stay the stored ones ("first_contact"): this output is for programs.
    """
    out: dict[str, Any] = {
        "id": e.id,
        "code": e.code,
        "status": e.status.value,
        "first_contact_date": _iso(e.first_contact_date),
        "first_session_date": _iso(e.first_session_date),
        "last_contact_date": _iso(e.last_contact_date),
        "next_session": e.next_session.isoformat() if e.next_session else None,
        "followup_due": _iso(e.followup_due),
        "waiting_days": e.waiting_days,
        "flag_count": len(e.flags),
    }
    if show_names:
        out["name"] = e.name
        out["flags"] = list(e.flags)
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def cmd_verify(args: argparse.Namespace) -> int:
    with Vault.unlock(_vault_folder(args), _passphrase(args)) as vault:
        problems = vault.verify()
        count = len(vault.clients())
    for line in problems:
        print(line)
    if problems:
        print(tr("Cli", "{n} problems found; each line above says what to do.").format(
            n=len(problems)), file=sys.stderr)
        return EXIT_DAMAGED
    print(tr("Cli", "Vault OK: the index and {n} case files verified.").format(n=count))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    folder = _vault_folder(args)
    old = _passphrase(args)
    with Vault.unlock(folder, old) as vault:
        vault.change_passphrase(old, _new_passphrase(args))
    print(tr("Cli", "Passphrase changed."))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    folder = _vault_folder(args)
    Vault.read_meta(folder)
    vault = Vault.recover(folder, args.recovery_key, _new_passphrase(args))
    vault.close()
    print(tr("Cli", "Vault recovered; the new passphrase is set."))
    return EXIT_OK


def _size_text(size: int) -> str:
    """A file size as people say it: whole kilobytes below a megabyte, else megabytes."""
    if size < 1024 * 1024:
        return tr("Cli", "{n} KB").format(n=max(1, round(size / 1024)))
    return tr("Cli", "{n} MB").format(n=round(size / (1024 * 1024)))


def _clients_text(n: int) -> str:
    """"1 client" or "6 clients", whole, for the catalogue to word."""
    return tr("Cli", "1 client") if n == 1 else tr("Cli", "{n} clients").format(n=n)


def _local_time(when: datetime) -> str:
    """A backup's time as the therapist's clock showed it (stored in UTC)."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _progress_line(label: str) -> Callable[[int, int], None]:
    """``done/total`` on one line of stderr, only where a person watches it."""
    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and total:
            print("\r" + label.format(done=done, total=total), end="", file=sys.stderr,
                  flush=True)
    return progress


def _backup_out(text: str, force: bool) -> Path:
    """``backup --out``: a file, or a folder to put a dated backup in; its folder must exist,
    it is never in a vault's folder, and a file there is replaced only with ``--force``.

    A name without ``.kastbak`` gets it, because the app's restore dialog lists only files
    ending so: a backup called ``mybackup`` would be invisible exactly when it is needed. A
    name ending in a slash meant a folder, so a missing one is refused rather than written
    as a file of that name."""
    from kastdesk.store.backup import BACKUP_SUFFIX, BackupIntoVault, default_backup_name

    out = Path(text).expanduser()
    if out.is_dir():
        out = out / default_backup_name()
    elif text.endswith(("/", os.sep)):
        raise UsageError(tr("Cli", "The folder {path} does not exist.").format(path=out))
    elif out.suffix.lower() != BACKUP_SUFFIX:
        out = out.with_name(out.name + BACKUP_SUFFIX)
    if not out.parent.is_dir():
        raise UsageError(tr("Cli", "The folder {path} does not exist.").format(path=out.parent))
    if inside_vault(out):
        raise BackupIntoVault()
    if out.exists() and not force:
        raise UsageError(
            tr("Cli", "{path} exists already; add --force to replace it. Nothing was written.")
            .format(path=out)
        )
    return out


def cmd_backup(args: argparse.Namespace) -> int:
    """``backup --out FILE`` writes one; ``backup --check FILE`` checks one, restoring nothing."""
    if args.check:
        return _check_backup(args)
    from kastdesk.store.backup import make_backup

    out = _backup_out(args.out, args.force)
    with Vault.unlock(_vault_folder(args), _passphrase(args)) as vault:
        result = make_backup(vault, out, progress=_progress_line(tr("Cli", "{done}/{total} files")))
        if sys.stderr.isatty():
            print(file=sys.stderr)
        missing = [vault.client(client_id).code for client_id in result.missing]
    print(tr("Cli", "Backup saved: {path} ({clients}, {size}). It opens with the vault's "
                    "passphrase as it is now, or with the recovery key.").format(
        path=result.path, clients=_clients_text(result.clients), size=_size_text(result.size)))
    if missing:
        print(tr("Cli", "The case files of {codes} could not be read, so they are not in the "
                        "backup; kastdesk verify says what to do.")
              .format(codes=", ".join(missing)), file=sys.stderr)
        return EXIT_DAMAGED
    return EXIT_OK


def _check_backup(args: argparse.Namespace) -> int:
    from kastdesk.store.backup import check_backup, read_backup

    path = Path(args.check).expanduser()
    read_backup(path)  # a damaged file is said before a passphrase is asked for
    if args.recovery_key:
        info = check_backup(path, recovery_key=args.recovery_key)
        opens = tr("Cli", "Backup OK: made {when}, {clients}, every file complete and intact; "
                          "the recovery key opens it.")
    else:
        info = check_backup(path, passphrase=_passphrase(args))
        opens = tr("Cli", "Backup OK: made {when}, {clients}, every file complete and intact; "
                          "the passphrase opens it.")
    print(opens.format(when=_local_time(info.created), clients=_clients_text(info.clients or 0)))
    if info.missing:
        print(tr("Cli", "{n} clients' case files could not be read when the backup was made, so "
                        "they are not in it.").format(n=len(info.missing)), file=sys.stderr)
        return EXIT_DAMAGED
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore the whole vault from a backup; a vault in the folder is moved aside first,
    and only with ``--force``."""
    from kastdesk.store.backup import aside_folder, holds_vault, read_backup, restore_backup

    folder = _vault_folder(args)
    path = Path(args.file).expanduser()
    read_backup(path)  # checked before anything is asked for or moved
    if holds_vault(folder) and not args.force:
        raise UsageError(tr(
            "Cli", "A vault already exists in {folder}; add --force to move it to {aside} and "
                   "restore the backup in its place. Nothing was changed."
        ).format(folder=folder, aside=aside_folder(folder)))
    # With the recovery key, the passphrase of the backup's day is not known: a new one is set.
    keys = ({"recovery_key": args.recovery_key, "new_passphrase": _new_passphrase(args)}
            if args.recovery_key else {"passphrase": _passphrase(args)})
    restored = restore_backup(path, folder, replace=args.force,
                              progress=_progress_line(tr("Cli", "{done}/{total} files")),
                              **keys)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    clients = len(restored.vault.clients())
    restored.vault.close()
    print(tr("Cli", "Vault restored in {folder} from the backup made {when} ({clients}).")
          .format(folder=folder, when=_local_time(restored.info.created),
                  clients=_clients_text(clients)))
    if restored.aside is not None:
        print(tr("Cli", "The vault that was there was moved to {aside}; nothing in it was changed "
                        "or deleted.").format(aside=restored.aside))
    if args.recovery_key:
        print(tr("Cli", "The new passphrase is set."))
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    try:
        from kastdesk.ui.app import run_app
    except ImportError as exc:
        install_translations()  # the app, which loads its own catalogues, did not start
        raise UsageError(tr("Cli", "The KastDesk window cannot start here: {reason}.")
                         .format(reason=exc)) from exc
    packet = Path(args.packet).expanduser() if args.packet else None
    if packet is not None and not packet.is_file():
        install_translations()
        raise UsageError(tr("Cli", "There is no supervision packet at {path}.")
                         .format(path=packet))
    return run_app(vault=Path(args.vault).expanduser() if args.vault else None, demo=args.demo,
                   packet=packet)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="DIR", help="the vault folder")
    common.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from FILE (else ${PASSPHRASE_ENV}, else ask)")
    common.add_argument("--debug", action="store_true", help="show tracebacks")

    parser = argparse.ArgumentParser(
        prog="kastdesk",
        description="KastDesk: encrypted case files for KAST therapists. "
                    "Without a command, the app starts.",
    )
    parser.add_argument("--vault", metavar="DIR", help="open this vault in the app")
    parser.add_argument("--packet", metavar="FILE",
                        help="supervisor mode: open a .kastsup packet read-only, no vault")
    parser.add_argument("--demo", action="store_true",
                        help="build a fresh demo vault in a temporary folder and open it")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a vault")
    p.add_argument("--therapist", help="your name, as it appears in the audit log")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "demo", parents=[common], help="create or fill a vault with fictional clients"
    )
    p.add_argument("--clients", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--sessions", type=int, default=None,
                   help="exactly this many sessions per client (benchmarks)")
    p.add_argument("--anchor", metavar="DATE", help="the demo's 'today' (default: today)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("clients", parents=[common], help="list the clients")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show-names", action="store_true",
                   help="also print names (and, with --json, the kinds of risk flag)")
    p.set_defaults(func=cmd_clients)

    p = sub.add_parser("verify", parents=[common], help="check every file of the vault")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("passwd", parents=[common], help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", parents=[common],
                       help="set a new passphrase with the recovery key")
    p.add_argument("--recovery-key", metavar="KEY", required=True)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("backup", parents=[common],
                       help="write the whole vault to one backup file, or check a backup")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="FILE",
                      help="the backup file to write (.kastbak is added if missing; an existing "
                           "folder: a dated file in it)")
    what.add_argument("--check", metavar="FILE",
                      help="check a backup (complete, and opens) without restoring it")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--recovery-key", metavar="KEY",
                   help="with --check: open the backup with the recovery key")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="restore the whole vault from a backup file")
    p.add_argument("file", metavar="FILE", help="the backup (.kastbak)")
    p.add_argument("--force", action="store_true",
                   help="a vault in the folder is moved aside to a dated folder, then replaced")
    p.add_argument("--recovery-key", metavar="KEY",
                   help="open the backup with the recovery key and set a new passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    for extend in EXTRA_COMMANDS:
        extend(sub, common)
    return parser


# Other packages add verbs here (genogram import/export, export-pdf) without editing main.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]] = []


def _load_extra_commands() -> None:
    import importlib

    for module in ("kastdesk.genogram.cli", "kastdesk.report.cli", "kastdesk.clients.cli",
                   "kastdesk.audit.cli"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def _quiet_stdout() -> None:
    """After the reader of our output went away (``kastdesk clients | head``): whatever is
    still buffered goes nowhere, so neither we nor Python at exit report a broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


_catalogues: list[Any] = []  # a loaded catalogue must outlive the translator that uses it


def install_translations() -> bool:
    """The core's catalogue for the computer's language, as the app loads it.

    Messages and PDFs then come out in Swedish or Norwegian as in the app. Only QtCore's
    catalogue reader is used (no display, no application object); without PySide6 the
    text stays English. Returns whether a catalogue was loaded.
    """
    try:
        from PySide6.QtCore import QLocale, QTranslator
    except ImportError:
        return False
    from kastdesk.resources import resource_path

    catalogue = QTranslator()
    if not catalogue.load(QLocale.system(), "kastdesk_core", "_",
                          str(resource_path("translations"))):
        return False
    _catalogues.append(catalogue)
    i18n.set_translator(lambda context, text: catalogue.translate(context, text) or text,
                        catalogue.language())
    return True


def main(argv: Sequence[str] | None = None) -> int:
    no_core_dumps()  # before any passphrase or case is in memory
    _load_extra_commands()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    func = getattr(args, "func", cmd_app)
    previous, previous_language = i18n.current_translator(), i18n.current_language()
    try:
        if func is not cmd_app:  # the app installs its own (widgets and Qt's too)
            install_translations()
        code = func(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader gone is found here, not in Python's last flush
        return code
    except BrokenPipeError:
        # The reader closed the pipe (``| head`` had its lines): the end a pipe expects,
        # not an error to report. Exit 0, as README's table has no code for it.
        _quiet_stdout()
        return EXIT_OK
    except StoreError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"kastdesk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except UsageError as exc:
        print(f"kastdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(tr("Cli", "kastdesk: interrupted; nothing half-written was kept."), file=sys.stderr)
        return 130
    except OSError as exc:  # the computer said no (a folder, a disk, a permission): one line
        if args.debug:
            traceback.print_exc()
        reason = exc.strerror or type(exc).__name__
        if exc.filename is not None:
            text = tr("Cli", "{path} could not be used: {reason}. Check the path and try again.")
        else:
            text = tr("Cli", "A file could not be read or written: {reason}. Check the disk "
                             "and try again.")
        print("kastdesk: " + text.format(path=exc.filename, reason=reason), file=sys.stderr)
        return EXIT_OSERROR
    except Exception as exc:  # the last line of defence: never a traceback for a user
        if args.debug:
            traceback.print_exc()
        print("kastdesk: " + tr(
            "Cli", "unexpected error ({kind}); run again with --debug and report it."
        ).format(kind=type(exc).__name__), file=sys.stderr)
        return 1
    finally:  # a caller in the same process (a test) keeps the language it had
        i18n.set_translator(previous, previous_language)


__all__ = ["NotAVault", "build_parser", "main"]
