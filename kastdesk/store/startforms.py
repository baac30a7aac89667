"""Where each case's start self-rating stands, read for register lines that do not say yet.

The register keeps the state (index schema step 3) so the Due list names a start form not
filled in without opening every case; a line written before that step has none until its
case is opened. After an upgrade the Due list's group was therefore empty for a case 210
days overdue (QA 19 #12). The states are read here in a worker thread after unlock:

- The index's connection belongs to the thread that unlocked the vault, and one connection
  used from two threads interleaves their transactions. So everything read from the index
  (each case's key, file and the audit entry the register last saw) is gathered in that
  thread first (``Vault.start_form_checks``), and the states are written there afterwards
  (``Vault.keep_start_forms``); the worker touches no index at all.
- The worker opens each case file read-only with a connection of its own, and closes it
  before the next: nothing is written to the file, and a save in the app waits at most
  for one short read. A case open in the app is left out (opening it filled its line).
- A file older than the register saw (a backup copy put back) or one that cannot be read
  gives no state: its line stays unchecked, and opening the case says what is wrong.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kastdesk.store.casefile import CaseFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartFormCheck:
    """What reading one case's start-form state needs, gathered in the vault's thread."""

    client_id: str
    path: Path
    key: bytes = field(repr=False)
    #: The newest audit entry (seq, hash) the register saw in the file; (0, "") for none.
    seen: tuple[int, str]
    actor: str
    today: date


def read_start_forms(
    checks: Iterable[StartFormCheck],
    stop: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    """Each case's start-form state ("done", "partly", "none") by client id, read in the
    calling thread; a case that cannot be read, or is an older copy, is left out.
    ``stop`` set (the vault is being locked) ends the reading after the current case."""
    from kastdesk.forms.storage import start_form_state

    checks = list(checks)
    states: dict[str, str] = {}
    for done, check in enumerate(checks):
        if stop is not None and stop.is_set():
            break
        if progress is not None:
            progress(done, len(checks))
        try:
            case = CaseFile(check.path, check.key, check.client_id, check.actor,
                            read_only=True, today=lambda day=check.today: day)
        except Exception as exc:  # missing, damaged, busy: its opening says what to do
            log.info("start form of %s not read: %r", check.client_id, exc)
            continue
        try:
            seq, digest = check.seen
            if seq > 0 and not case.holds_entry(seq, digest):
                continue  # an older copy of the file: what it says is out of date
            states[check.client_id] = start_form_state(case)
        except Exception as exc:  # as above: left unchecked, the Due list says so
            log.info("start form of %s not read: %r", check.client_id, exc)
        finally:
            case.close()
    return states


__all__ = ["StartFormCheck", "read_start_forms"]
