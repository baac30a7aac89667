"""Forms and exercises import and work with PySide6, reportlab and sqlcipher3 blocked."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
for name in ("PySide6", "reportlab", "sqlcipher3"):
    sys.modules[name] = None
import random
from datetime import date
import kastdesk.forms, kastdesk.forms.demo, kastdesk.forms.storage
import kastdesk.exercises, kastdesk.exercises.demo, kastdesk.exercises.storage
from kastdesk.exercises import all_exercises
assert len(all_exercises()) == 6
kastdesk.forms.demo.make_demo_responses(random.Random(1), date(2025, 1, 1), None, None, 0.0)
"""


def test_core_packages_need_no_qt_pdf_or_sqlcipher() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
