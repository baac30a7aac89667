"""Packaging glue: the top-level ``resources/`` folder as ``kastdesk/_resources``, and the
genogram layout compiled to C.

Everything else lives in pyproject.toml; setuptools cannot map a folder outside the
package into it from pyproject alone while also discovering the packages.

The automatic genogram layout (kastdesk/genogram/layout.py) runs on every edit of the family
map, so it is compiled with mypyc where a C compiler is at hand: the same source, the same
results, about twice as fast (bench/genogram.py prints which one ran). Without a compiler, or
with KASTDESK_PURE_PYTHON=1, the pure-Python module is installed and used as it is. The
source's hash is written next to it (``_compiled_stamp.py``) so that a development checkout
notices an edit made after the build and runs the edited source (kastdesk/genogram/_compiled.py).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
LAYOUT = "kastdesk/genogram/layout.py"
STAMP = HERE / "kastdesk" / "genogram" / "_compiled_stamp.py"


#: Commands that only write metadata. pip runs setup.py for two of them before the build;
#: the compile (a mypy pass over the layout first) belongs to the build alone.
_METADATA_ONLY = frozenset({"egg_info", "dist_info"})


def _compiled_layout() -> list:
    """The mypyc extension for the layout, or none (the pure-Python module then serves)."""
    if _METADATA_ONLY.intersection(sys.argv[1:2]):
        return []
    # A compiled module from an earlier build would shadow the source even if this build
    # cannot compile: remove it first, so what runs is always this source.
    for pattern in ("layout*.so", "layout*.pyd"):
        for old in (HERE / "kastdesk" / "genogram").glob(pattern):
            old.unlink()
    STAMP.unlink(missing_ok=True)
    if os.environ.get("KASTDESK_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        extensions = mypycify(
            ["--follow-imports=silent", "--ignore-missing-imports", LAYOUT], opt_level="3"
        )
    except (SystemExit, Exception) as exc:  # a type error in the source ends in SystemExit
        print(f"kastdesk: layout not compiled ({exc!r}); it runs as Python", file=sys.stderr)
        return []
    for ext in extensions:
        ext.optional = True  # no C compiler: a warning, and the pure-Python layout
    digest = hashlib.sha256((HERE / LAYOUT).read_bytes()).hexdigest()
    STAMP.write_text(
        '"""Written by setup.py when it compiled layout.py: the hash of the source compiled."""\n\n'
        f'LAYOUT_SHA256 = "{digest}"\n',
        encoding="utf-8",
    )
    return extensions


setup(
    packages=[*find_packages(include=["kastdesk", "kastdesk.*"]), "kastdesk._resources"],
    package_dir={"kastdesk._resources": "resources"},
    package_data={"kastdesk": ["py.typed"], "kastdesk._resources": ["*", "*/*", "*/*/*"]},
    include_package_data=False,
    ext_modules=_compiled_layout(),
)
