"""Keep decrypted case data out of crash dumps.

While a vault is open the process holds the passphrase, the vault and case keys and the
text of open notes in memory. A crash (Qt has aborted the process before) then wrote all of
it into a core file that systemd-coredump or apport keeps on disk, readable by an
administrator long after the case was erased: a leak hunt found a client's name, whole
session notes and the passphrase in one. KeePassXC, GnuPG's agent and ssh-agent refuse core
dumps for the same reason; so does KastDesk, from the first line of ``kastdesk.cli.main``.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

#: prctl(2) options: whether the kernel may dump the process's memory (and let other
#: processes of the same user attach to it).
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def no_core_dumps() -> None:
    """Ask the system to write no memory dump of this process, whatever it was set to.

    POSIX: the core file size limit goes to zero, for good (also the hard limit). Linux:
    the process is made non-dumpable, which also covers a core pattern that pipes dumps
    to a collector (systemd-coredump, apport) and stops other processes of the same user
    from attaching a debugger. Windows: no crash dialog, so no dump offered to send (Windows
    Error Reporting keeps no local dumps unless an administrator turned them on). Each
    step that the system refuses is skipped: the app must start in any case.
    """
    if sys.platform == "win32":
        with contextlib.suppress(AttributeError, OSError):
            sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(AttributeError, OSError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
