"""Figures for the sealed rescue copy: what one write costs on a large case, on the window's
thread, so typing never waits on it (kastdesk.ui.rescue writes it half a second after typing
pauses, at least every two seconds while it goes on, and before every write to the vault).

    python bench/rescue.py                   # 300 sessions, a 60,000-character note typed

Builds a vault in a temporary folder (test key costs: only the copy is timed), opens the
real main window offscreen on the client, types a long note into the newest session with
the intake answered too, and times 20 writes of the copy (each after one more character),
the check before a save that finds nothing new to write, and the removal once all is saved.
The copy goes to a folder beside the vault on the same disk, written as the app writes it
(whole, fsynced, renamed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _case_window import build, open_on_client  # bench/, beside this script

PASSPHRASE = "bench passphrase rescue"
WORDS = ("Klienten berättade om veckan, sömnen och arbetet; vi gick igenom planen och "
         "vad som hjälpte förra gången. ")  # fictional



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--note", type=int, default=60_000, help="characters typed")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication


    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="kastdesk-rescue-bench-") as tmp:
        folder, rescue = Path(tmp) / "vault", Path(tmp) / "rescue"
        build(folder, args.sessions, PASSPHRASE, WORDS)
        window = open_on_client(app, folder, rescue, PASSPHRASE)
        workspace = window.workspace
        workspace.tab("intake").form.set_answer("family_situation", WORDS * 5)
        workspace.set_current_tab("sessions")
        editor = workspace.tab("sessions").editor
        editor.timer.setInterval(3_600_000)  # no autosave while timing: only the copy
        workspace.tab("intake").timer.setInterval(3_600_000)
        note = editor.note
        note.moveCursor(note.textCursor().MoveOperation.End)
        note.insertPlainText((WORDS * (args.note // len(WORDS) + 1))[:args.note])
        keeper = window.rescue

        def timed(action: object) -> float:
            started = time.perf_counter()
            action()  # type: ignore[operator]
            return (time.perf_counter() - started) * 1000

        writes = []
        for _ in range(20):
            note.insertPlainText("x")  # one more key: the copy is written again
            writes.append(timed(keeper.write_now))  # as before a save: waited for
        size = keeper.path.stat().st_size if keeper.path else 0
        paused, behind = [], []
        for _ in range(20):
            note.insertPlainText("x")
            paused.append(timed(keeper._write_later))  # a pause in typing: written behind
            behind.append(timed(lambda: keeper._worker.submit(lambda: None).result()))
        same = [timed(keeper.before_write) for _ in range(20)]  # nothing new to write
        collect = [timed(window.rescue_items) for _ in range(20)]
        editor.save()
        workspace.tab("intake").flush()
        gone = timed(keeper.write_now)
        saves: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(10):  # a note's save with the copy written first, and without
            for hooked in (True, False):
                window.vault.on_write_attempt = keeper.before_write if hooked else None
                note.insertPlainText("x")
                saves[hooked].append(timed(editor.save))
                keeper.write_now()  # saved: the copy goes, not timed
        window.vault.on_write_attempt = keeper.before_write
        print(f"case: {args.sessions} sessions, the note typed {len(editor.note_text()):,} "
              f"characters; copy {size / 1024:.0f} KiB on disk")
        print(f"one write of the copy, before a save (waited for): median "
              f"{statistics.median(writes):.1f} ms, max {max(writes):.1f} ms (20 writes)")
        print(f"a pause in typing, on the window's thread: median "
              f"{statistics.median(paused):.2f} ms, max {max(paused):.2f} ms; the write "
              f"itself in the background: median {statistics.median(behind):.1f} ms")
        print(f"check before a save, nothing new: median {statistics.median(same):.2f} ms")
        print(f"reading what is typed alone: median {statistics.median(collect):.2f} ms")
        print(f"removing it once saved:      {gone:.1f} ms")
        print(f"a save of the note: median {statistics.median(saves[False]):.1f} ms; with the "
              f"copy written first: median {statistics.median(saves[True]):.1f} ms")
        window.ending = True
        window.close()


if __name__ == "__main__":
    main()
