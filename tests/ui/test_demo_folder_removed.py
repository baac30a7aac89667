"""``kastdesk --demo`` removes its temporary folder on every way out, also when the window
cannot be made or shown before the event loop runs: the folder (a fictional vault, but
still left in the temp folder) was only removed once ``app.exec`` had run.

The app runs in a process of its own with its temp folder in the test's. The failure is
injected at the boundary the app does not own: the main window class it builds (a
subclass that fails where a real one could, in its making or when shown)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = r"""
import sys
import kastdesk.ui.app as app
from kastdesk.ui.main_window import MainWindow

where = sys.argv[1]

class FailingWindow(MainWindow):
    def __init__(self, *args, **kwargs):
        if where == "made":
            raise RuntimeError("fictional: the window cannot be made")
        super().__init__(*args, **kwargs)

    def show(self):
        if where == "shown":
            raise RuntimeError("fictional: the window cannot be shown")
        super().show()

app.MainWindow = FailingWindow
try:
    app.run_app(demo=True)
except RuntimeError as exc:
    print("failed:", exc)
"""


@pytest.mark.parametrize("where", ["made", "shown"])
def test_a_demo_whose_window_fails_leaves_no_folder(tmp_path: Path, where: str) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp))
    result = subprocess.run([sys.executable, "-c", RUN, where], env=env, capture_output=True,
                            text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert f"failed: fictional: the window cannot be {where}" in result.stdout, result.stderr
    assert list(temp.glob("kastdesk-demo-*")) == []
