"""Does an edited genogram layout still draw exactly what another version drew? A guard for
changes meant only to make the layout faster (or tidier), run before each commit.

Lays out the bench families (20, 100, 500 and 2,000 persons), generated families of 20-200
persons for seeds 0-300 (two sizes each), the 30 families of 40 the tests score (seeds 40-69),
the 40 demo maps of 40 persons, ten demo maps of 60 with a client's name, a few of 300-700
persons, and the first five demo maps again with every seventh person placed by hand; compares
every record of every layout (persons, couple lines, sibships, child lines, twin bars,
relationships, size) and the order of each mapping (the renderers draw in it), as text.

The reference is another layout.py: by default the committed one (``git show HEAD:...``), or
any file (``--against path``), loaded from source beside the package; the layout under test is
the one the package imports (compiled by setup.py if that is current, else the source). So
the usual run is: edit layout.py, ``python setup.py build_ext --inplace -q``, then
  PYTHONPATH=$PWD python tools/genogram_same_layout.py [--against REV_OR_FILE]
It prints the first differing layouts, and exits 1 if there are any.

A change to model.py (which both layouts import) is not covered that way. For that, record
the layouts of a checkout of the reference revision, run from that checkout with its own
package (``PYTHONPATH=<checkout> python tools/genogram_same_layout.py --record ref.json``),
and compare with the file (``--against ref.json``): each layout's record is kept as a hash.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import kastdesk.genogram  # noqa: F401  (the package, before a layout file is loaded into it)
from kastdesk.genogram._compiled import describe
from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram

LAYOUT = "kastdesk/genogram/layout.py"


def reference_layout(against: str) -> ModuleType:
    """The layout to compare with: a file, or layout.py at a git revision."""
    path = Path(against)
    if not path.is_file():
        source = subprocess.run(
            ["git", "show", f"{against}:{LAYOUT}"], capture_output=True, text=True, check=True
        ).stdout
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(source)
        path = Path(f.name)
    spec = importlib.util.spec_from_file_location("kastdesk.genogram.layout_reference", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def pinned(g: Genogram) -> Genogram:
    """The map with every seventh person placed by hand somewhere on it."""
    persons = [
        dataclasses.replace(p, position=(i * 37.0 % 900, (i % 4) * 170.0 + 13.0))
        if i % 7 == 3
        else p
        for i, p in enumerate(g.persons.values())
    ]
    return Genogram.build(
        persons, g.unions.values(), g.child_links.values(), g.relationships.values(), check=False
    )


def families() -> Iterator[tuple[str, Callable[[], Genogram]]]:
    for size in (20, 100, 500, 2000):
        yield f"bench {size}", lambda size=size: generate_family(seed=size, size=size)
    for seed in range(301):
        for size in (20 + (seed * 37) % 181, 20 + (seed * 61 + 90) % 181):
            yield (
                f"generated seed {seed} size {size}",
                lambda seed=seed, size=size: generate_family(seed=seed, size=size),
            )
    for seed in range(40, 70):
        yield (
            f"generated seed {seed} size 40",
            lambda seed=seed: generate_family(seed=seed, size=40),
        )
    for seed in range(40):
        yield (
            f"demo {seed}",
            lambda seed=seed: make_demo_genogram(random.Random(seed), None, "male", 40),
        )
    for seed in range(10):
        yield (
            f"demo {seed} of 60",
            lambda seed=seed: make_demo_genogram(random.Random(seed), "Rolf Test", "male", 60),
        )
    for seed in (3, 5, 11):
        for size in (300, 301, 700):
            yield (
                f"generated seed {seed} size {size}",
                lambda seed=seed, size=size: generate_family(seed=seed, size=size),
            )
    for seed in range(5):
        yield (
            f"demo {seed}, pinned",
            lambda seed=seed: pinned(make_demo_genogram(random.Random(seed), None, "male", 40)),
        )


def record(lay: object) -> str:
    """Every record in full, each mapping in its own order."""
    return repr(
        tuple(
            list(m.items()) if isinstance(m, dict) else m
            for m in (
                lay.persons,  # type: ignore[attr-defined]
                lay.unions,  # type: ignore[attr-defined]
                lay.sibships,  # type: ignore[attr-defined]
                lay.children,  # type: ignore[attr-defined]
                lay.twin_bars,  # type: ignore[attr-defined]
                lay.relationships,  # type: ignore[attr-defined]
                lay.width,  # type: ignore[attr-defined]
                lay.height,  # type: ignore[attr-defined]
            )
        )
    )


def digest(layout: Callable[[Genogram], object], make: Callable[[], Genogram]) -> str:
    """A layout's record as a hash; a failure is a record too (so it differs from a layout)."""
    try:
        text = record(layout(make()))
    except Exception as exc:
        text = repr(exc)
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="git revision or layout.py file")
    parser.add_argument(
        "--record", metavar="JSON", help="only write each layout's hash to this file"
    )
    args = parser.parse_args()
    start = time.perf_counter()
    differ: list[str] = []
    count = 0
    if args.record:
        hashes = [[name, digest(layout_genogram, make)] for name, make in families()]
        Path(args.record).write_text(json.dumps(hashes, indent=0), encoding="utf-8")
        print(f"{describe()}: {len(hashes)} layouts recorded in {args.record}")
        return 0
    if args.against.endswith(".json"):
        recorded = json.loads(Path(args.against).read_text(encoding="utf-8"))
        print(f"layout under test: {describe()}; reference: {args.against} (recorded)")
        for (name, make), (was, theirs) in zip(families(), recorded, strict=False):
            count += 1
            if name != was or digest(layout_genogram, make) != theirs:
                differ.append(name)
        if count != len(recorded):
            differ.append(f"{len(recorded)} recorded, {count} laid out")
    else:
        reference = reference_layout(args.against)
        print(f"layout under test: {describe()}; reference: {args.against} (source)")
        for name, make in families():
            count += 1
            if digest(layout_genogram, make) != digest(reference.layout_genogram, make):
                differ.append(name)
    print(f"{count} layouts in {time.perf_counter() - start:.1f} s")
    if differ:
        print(f"{len(differ)} differ: {', '.join(differ[:20])}")
        return 1
    print("all identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
