"""The core packages import and work with PySide6 unavailable (design rule 1).

Every module of every core package is imported, so a new module is covered without a test
of its own."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
sys.modules['PySide6'] = None  # any 'import PySide6...' now raises ImportError
import kastdesk.domain.models, kastdesk.domain.status, kastdesk.demo, kastdesk.cli
import kastdesk.csvfile, kastdesk.i18n
import importlib, pkgutil
for pkg in ('store', 'audit', 'clients', 'genogram', 'forms', 'exercises', 'report',
            'supervision'):
    base = importlib.import_module('kastdesk.' + pkg)
    for info in pkgutil.walk_packages(base.__path__, base.__name__ + '.'):
        importlib.import_module(info.name)
assert not any(name.startswith('PySide6.') for name in sys.modules)
print('ok')
"""


def test_core_imports_with_pyside6_blocked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
