"""Figures for the app (issue 3): unlock → register shown, select → workspace drawn, memory.

Runs offscreen on a demo vault made once with ``kastdesk demo`` and cached under /tmp:

    python bench/app.py                      # quick: 200 clients
    python bench/app.py --clients 1000       # the issue's figure (first run builds the vault)

Goals: selecting a client draws its workspace in under 100 ms (median); the app with the
largest case open stays under 250 MB resident.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "bench passphrase 1000"


def rss_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, from /proc (no psutil needed)."""
    values: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def ensure_vault(folder: Path, clients: int, sessions: int) -> None:
    if (folder / "vault.json").exists():
        return
    secret = folder.parent / (folder.name + ".pass")
    secret.write_text(PASSPHRASE)
    print(f"building a {clients}-client demo vault in {folder} (once)…", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kastdesk", "demo", "--vault", str(folder), "--clients",
         str(clients), "--sessions", str(sessions), "--passphrase-file", str(secret)],
        check=True,
    )
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def wait_for(app: object, condition: object, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        time.sleep(0.001)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--vault", type=Path, default=None,
                        help="an existing demo vault (passphrase: 'bench passphrase 1000')")
    parser.add_argument("--samples", type=int, default=9, help="clients to select and time")
    parser.add_argument("--shell-only", action="store_true",
                        help="a placeholder instead of the case workspace: the shell's own cost")
    args = parser.parse_args(argv)
    folder = args.vault or Path(f"/tmp/kastdesk-bench-app-{args.clients}")
    ensure_vault(folder, args.clients, args.sessions)

    from kastdesk.ui.app import make_application
    from kastdesk.ui.main_window import MainWindow

    if args.shell_only:
        import kastdesk.ui.main_window as main_window

        main_window._RealWorkspace = None
    app = make_application(["bench"])
    rss_start, _ = rss_mb()
    window = MainWindow(folder)
    window.show()
    app.processEvents()

    screen = window.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    started = time.perf_counter()
    screen.try_unlock()
    wait_for(app, lambda: window.vault is not None and window.register.model.rowCount() > 0)
    window.register.table.viewport().repaint()
    unlock_s = time.perf_counter() - started
    vault = window.vault
    assert vault is not None
    kdf_s = vault.timings.kdf_s
    clients = vault.clients()

    rng = random.Random(3)
    sample = rng.sample(clients, min(args.samples, len(clients)))
    times_ms: list[float] = []
    for entry in sample:
        started = time.perf_counter()
        window.register.select(entry.id)
        app.processEvents()
        assert window.workspace is not None and window.case.client_id == entry.id
        window.workspace.repaint()
        times_ms.append((time.perf_counter() - started) * 1000)

    # The largest case: the biggest case file on disk.
    largest = max(vault.case_files(), key=lambda p: p.stat().st_size)
    started = time.perf_counter()
    window.register.select(largest.stem)
    app.processEvents()
    window.workspace.repaint()
    largest_ms = (time.perf_counter() - started) * 1000
    for tab in getattr(window.workspace, "tab_names", list)():
        window.workspace.set_current_tab(tab)  # visit every tab: the memory of a used case
        app.processEvents()
        window.workspace.repaint()
    rss, peak = rss_mb()
    sessions = window.case.sessions.count() if window.case is not None else 0

    print(f"vault: {folder} ({len(clients)} clients)")
    print(f"unlock → register shown: {unlock_s * 1000:.0f} ms "
          f"(of which Argon2 {kdf_s * 1000:.0f} ms, the rest {(unlock_s - kdf_s) * 1000:.0f} ms)")
    print(f"select → workspace drawn: median {statistics.median(times_ms):.0f} ms, "
          f"max {max(times_ms):.0f} ms over {len(times_ms)} clients (goal < 100 ms)")
    print(f"largest case ({sessions} sessions, {largest.stat().st_size / 1024:.0f} KiB): "
          f"{largest_ms:.0f} ms to draw")
    print(f"resident memory with it open: {rss:.0f} MB (peak {peak:.0f} MB, "
          f"{rss_start:.0f} MB before the window; goal < 250 MB)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
