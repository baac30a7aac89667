"""Figures for a one-client dialog's draft: what following typing costs on the window's
thread (kastdesk.ui.common.TypingDialog writes the draft into the case file half a second
after typing pauses, at least every second while it goes on, never at every key).

    python bench/dialog_draft.py              # 300 sessions, a 3,000-character amendment

Builds a vault in a temporary folder (test key costs: only the draft is timed), opens the
real main window offscreen on the client with its sealed rescue copy on, opens the
amendment dialog on the newest session (signed) and types into it; then times the look
at each key (does the draft differ from the last one seen? the pause restarted), and 20
writes of the draft (each after one more character), with the rescue copy written first
as before every write to the vault, and without it.
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

PASSPHRASE = "bench passphrase dialog draft"
WORDS = ("The date of the arrest was the twelfth, not the second; he said so himself in "
         "the next session. ")  # fictional



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--text", type=int, default=3_000, help="characters typed")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from kastdesk.ui.workspace.sessions import AmendmentDialog

    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="kastdesk-draft-bench-") as tmp:
        folder, rescue = Path(tmp) / "vault", Path(tmp) / "rescue"
        build(folder, args.sessions, PASSPHRASE, WORDS, sign_last=True)
        window = open_on_client(app, folder, rescue, PASSPHRASE)
        window.workspace.set_current_tab("sessions")
        tab = window.workspace.tab("sessions")
        session = tab.editor.session
        dialog = AmendmentDialog(tab)
        dialog.draft_key = f"amendment:{session.id}"
        dialog.show()  # its draft follows from here (no exec: the bench drives it)
        app.processEvents()
        dialog._draft_timer.setInterval(3_600_000)  # no write while timing the looks
        dialog.reason.setText("A date was wrong")
        text = dialog.text
        text.insertPlainText((WORDS * (args.text // len(WORDS) + 1))[:args.text])

        def timed(action: object) -> float:
            started = time.perf_counter()
            action()  # type: ignore[operator]
            return (time.perf_counter() - started) * 1000

        looks = []
        for _ in range(200):
            text.blockSignals(True)  # the key's own look is the one timed
            text.insertPlainText("x")
            text.blockSignals(False)
            looks.append(timed(dialog._look_for_draft))
        writes: dict[bool, list[float]] = {True: [], False: []}
        keeper = window.rescue
        for _ in range(20):
            for hooked in (True, False):
                window.vault.on_write_attempt = keeper.before_write if hooked else None
                text.insertPlainText("x")
                writes[hooked].append(timed(dialog._write_draft))
                keeper.write_now()  # the copy follows what is left: not timed
        window.vault.on_write_attempt = keeper.before_write
        print(f"case: {args.sessions} sessions; the amendment typed "
              f"{len(text.toPlainText()):,} characters")
        print(f"the look at each key (the draft read and compared, the pause restarted): "
              f"median {statistics.median(looks):.2f} ms, max {max(looks):.2f} ms (200 keys)")
        print(f"one write of the draft, the rescue copy written first: median "
              f"{statistics.median(writes[True]):.1f} ms, max {max(writes[True]):.1f} ms; "
              f"without the copy: median {statistics.median(writes[False]):.1f} ms "
              f"(20 writes each)")
        dialog.reject()
        window.ending = True
        window.close()


if __name__ == "__main__":
    main()
