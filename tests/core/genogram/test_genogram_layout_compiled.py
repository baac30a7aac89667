"""The compiled layout (setup.py, mypyc) against its own source, and what compiling must not break.

Compiled code recurses on the C stack, so a very long family must still lay out on a thread
with a small stack (worker threads get 0.5–1 MB on some systems). The comparison and the
stale-build check only mean something where the build could compile (it needs a C compiler):
they are skipped, saying so, where it could not.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import sysconfig
import threading
import types
from dataclasses import replace
from pathlib import Path

import pytest

import kastdesk.genogram.layout as layout_module
from kastdesk.genogram import _compiled
from kastdesk.genogram.demo import generate_family, make_demo_genogram
from kastdesk.genogram.layout import Layout, layout_genogram
from kastdesk.genogram.model import ChildLink, Genogram, Person, Sex, Union

needs_compiled = pytest.mark.skipif(
    not _compiled.is_compiled(), reason="this build has no compiled layout (no C compiler)"
)


def test_the_build_compiled_the_layout_where_it_could() -> None:
    """With a C compiler and Python's headers, setup.py must have compiled the layout.

    It falls back to plain Python quietly (a user without a compiler still gets KastDesk), so
    a type error in layout.py, which stops mypyc, would otherwise only show as a slower bench.
    """
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    compiler = shutil.which("cc") or shutil.which("gcc")
    if os.environ.get("KASTDESK_PURE_PYTHON") or not (headers.exists() and compiler):
        pytest.skip("built without a compiler, or asked to stay pure Python")
    assert _compiled.is_compiled(), (
        "layout.py was not compiled: run `mypy --follow-imports=silent --ignore-missing-imports "
        "kastdesk/genogram/layout.py`, fix what it finds, then `pip install -e .`"
    )


def _everything(layout) -> tuple:
    return (
        sorted((p, b.x, b.y, b.generation) for p, b in layout.persons.items()),
        sorted((k, tuple(v)) for k, v in layout.unions.items()),
        sorted((k, tuple(v)) for k, v in layout.sibships.items()),
        sorted((k, tuple(v)) for k, v in layout.children.items()),
        [tuple(t) for t in layout.twin_bars],
        sorted((k, tuple(v)) for k, v in layout.relationships.items()),
        layout.width,
        layout.height,
    )


@needs_compiled
def test_compiled_layout_gives_exactly_what_its_source_gives() -> None:
    source = _compiled.load_source("kastdesk.genogram._layout_as_source")
    try:
        assert source.__file__.endswith("layout.py")
        families = [generate_family(seed=s, size=n) for n in (20, 100, 500) for s in (1, 2)]
        families += [make_demo_genogram(random.Random(s), "Client", "male") for s in range(4)]
        for g in families:
            compiled = layout_genogram(replace(g))
            # The source module has record classes of its own: compare plain values.
            plain = source.layout_genogram(replace(g), source.LayoutOptions())
            assert _everything(compiled) == _everything(plain)
    finally:
        sys.modules.pop("kastdesk.genogram._layout_as_source", None)


@needs_compiled
def test_an_edit_after_the_build_runs_the_edited_source(monkeypatch) -> None:
    """A stale compiled module (its source hash no longer matches) gives way to the source."""
    stamp = types.ModuleType("kastdesk.genogram._compiled_stamp")
    stamp.LAYOUT_SHA256 = "0" * 64  # as if layout.py had been edited since it was compiled
    monkeypatch.setitem(sys.modules, "kastdesk.genogram._compiled_stamp", stamp)
    monkeypatch.delitem(sys.modules, _compiled.LAYOUT)
    _compiled.use_current_layout()
    try:
        assert sys.modules[_compiled.LAYOUT].__file__.endswith("layout.py")
    finally:
        sys.modules[_compiled.LAYOUT] = layout_module  # monkeypatch restores it, too


def test_the_layout_in_use_matches_the_source_on_disk() -> None:
    """Compiled or not, what runs is the current layout.py (no stale build shadows it)."""
    if _compiled.is_compiled():
        import hashlib

        from kastdesk.genogram._compiled_stamp import LAYOUT_SHA256

        assert hashlib.sha256(_compiled.SOURCE.read_bytes()).hexdigest() == LAYOUT_SHA256
    else:
        assert layout_module.__file__.endswith("layout.py")


def _chain(generations: int) -> Genogram:
    """A family as long as it can be: each person the only child of the one before, partnered."""
    persons = [Person(f"p{i}", Sex.MALE, name=f"P{i}") for i in range(generations)]
    persons += [Person(f"w{i}", Sex.FEMALE) for i in range(generations - 1)]
    unions = [Union(f"u{i}", (f"p{i}", f"w{i}"), order=0) for i in range(generations - 1)]
    links = [
        ChildLink(f"l{i}", f"p{i + 1}", union_id=f"u{i}", birth_order=0)
        for i in range(generations - 1)
    ]
    g = Genogram.build(persons, unions, links)
    return g


def _layout_on_a_worker(g: Genogram, stack: int) -> Layout:
    """``layout_genogram(g)`` on a thread with ``stack`` bytes, as a worker thread would."""
    result: list[Layout] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(layout_genogram(g))
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    before = threading.stack_size(stack)
    try:
        thread = threading.Thread(target=work)
        thread.start()
    finally:
        threading.stack_size(before)
    thread.join()
    assert not errors
    return result[0]


def test_a_very_long_family_lays_out_on_a_small_worker_stack() -> None:
    g = _chain(3000)
    boxes = _layout_on_a_worker(g, 512 * 1024).persons  # macOS gives secondary threads this
    assert len(boxes) == len(g.persons)
    assert [boxes[f"p{i}"].generation for i in range(3000)] == list(range(3000))


def _threads_started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the threads started from now on (the layout's own is "genogram-layout")."""
    started: list[str] = []

    class Recorded(threading.Thread):
        def start(self) -> None:
            started.append(self.name)
            super().start()

    monkeypatch.setattr(threading, "Thread", Recorded)
    return started


def test_a_family_of_few_generations_is_laid_out_in_the_callers_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Starting a thread with a big stack cost the bench's 500 persons about a tenth of their
    time, so only a deep tree gets one: the bench's 2,000 persons (a tree 30 levels deep) do
    not, a chain of 3,000 generations does."""
    started = _threads_started(monkeypatch)
    layout_genogram(generate_family(seed=2000, size=2000))
    assert "genogram-layout" not in started
    layout_genogram(_chain(3000))
    assert "genogram-layout" in started


def test_a_tree_just_shallow_enough_fits_a_small_worker_stack() -> None:
    """The deepest tree built in the caller's thread, on a quarter of the smallest worker
    stack we know of (macOS's 512 KB): a chain of generations as deep as the limit allows."""
    generations = layout_module._DEEP_TREE // 2
    g = _chain(generations)
    tl = layout_module._TreeLayout(g, "p0", layout_module.LayoutOptions(), set())
    assert tl.depth <= layout_module._DEEP_TREE
    assert len(_layout_on_a_worker(g, 128 * 1024).persons) == len(g.persons)
