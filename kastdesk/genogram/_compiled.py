"""Which genogram layout runs: the one compiled by setup.py, unless its source has changed since.

setup.py compiles layout.py with mypyc where it can and records the hash of the source it
compiled (``_compiled_stamp``). A compiled module shadows the .py file beside it, so in a
development checkout an edit to layout.py would not run until the next ``pip install -e .``;
tests would then pass or fail on old code. :func:`use_current_layout` loads the source instead
whenever it no longer matches what was compiled. Installed and frozen builds are unaffected:
their source and compiled module come from the same build.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

LAYOUT = __package__ + ".layout"
SOURCE = Path(__file__).with_name("layout.py")


def use_current_layout() -> None:
    """Make ``kastdesk.genogram.layout`` the compiled module only if it is still current."""
    if LAYOUT in sys.modules:
        return
    try:
        from ._compiled_stamp import LAYOUT_SHA256
    except ImportError:
        return  # never compiled: the source is what imports anyway
    spec = importlib.util.find_spec(LAYOUT)
    if spec is None or spec.origin is None or spec.origin.endswith(".py"):
        return  # nothing compiled in the way (the build had no C compiler)
    try:
        digest = hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    except OSError:
        return  # a frozen build ships no source: its compiled module is the one it was built with
    if digest != LAYOUT_SHA256:
        load_source(LAYOUT)


def load_source(name: str) -> ModuleType:
    """Import layout.py from its source under ``name``, even where a compiled module exists."""
    spec = importlib.util.spec_from_file_location(name, SOURCE)
    if spec is None or spec.loader is None:  # pragma: no cover - the file is ours
        raise ImportError(f"cannot load {SOURCE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def describe() -> str:
    """Which layout runs, in a line (the bench prints it)."""
    if is_compiled():
        return "compiled with mypyc (setup.py)"
    spec = importlib.util.find_spec(LAYOUT + "__mypyc")
    if spec is not None:
        return "Python: layout.py changed since it was compiled (pip install -e . recompiles it)"
    return "Python (not compiled)"


def is_compiled() -> bool:
    """Whether the layout in use is the compiled one (for the bench and the tests)."""
    from . import layout

    return not (layout.__file__ or "").endswith(".py")


use_current_layout()  # on import: kastdesk.genogram imports this module before any other
