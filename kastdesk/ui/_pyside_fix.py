"""Guard against a PySide6 6.12.0 refcount bug on Python < 3.12: keep ``None`` alive.

Every call of a void method that takes an enum (``QPainter.setRenderHint``,
``QGraphicsItem.setFlag``, ``QPainter.setPen(Qt.NoPen)``, ...) drops one reference to
``None`` that it never took. A genogram repaints thousands of items, so after a while the
interpreter aborts with "deallocating None". Python 3.12 made ``None`` immortal; here we
give it the same protection by adding a huge reference count once. Harmless when the bug
is fixed. pyproject excludes 6.12.0; this guard is for a machine that has it anyway,
and runs at the app's start-up (``kastdesk.ui.app``) only for that version.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = False


def keep_none_alive() -> None:
    """Add 2**40 references to ``None`` once per process (no-op on 3.12+)."""
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12):
        return
    import PySide6

    if not PySide6.__version__.startswith("6.12.0"):
        return
    ref = ctypes.c_ssize_t.from_address(id(None))
    ref.value += 1 << 40
    _PINNED = True
