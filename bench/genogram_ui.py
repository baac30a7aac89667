"""Frame time of the genogram editor's view panning and zooming a large family, offscreen.

The primary figure is what a user sees: one pan step (scroll bars) or one zoom step (the
view's transform), then a synchronous repaint of the *whole* viewport
(``viewport().repaint()``) and ``processEvents()``, all inside the timed region, so item
cache refreshes, the scroll blit and any queued updates are paid for. Two secondary
columns time ``viewport().grab()`` (full repaint into a pixmap after the step) and
``QGraphicsView.render`` into a QImage (no item caches, as an export would draw).
Medians over many frames, with the 95th percentile of the primary figure.

Goal (issue 4): 60 fps or better with 500 persons, i.e. a primary median of 16.7 ms or less
in every scenario; the last line says whether it is met.

    QT_QPA_PLATFORM=offscreen python bench/genogram_ui.py [--persons 500] [--frames 200]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

GOAL_MS = 1000 / 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=500)
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=850)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from kastdesk.genogram.demo import generate_family
    from kastdesk.genogram.layout import layout_genogram
    from kastdesk.ui.genogram.editor import GenogramView
    from kastdesk.ui.genogram.scene import GenogramScene, LabelMode

    g = generate_family(1, args.persons)
    scene = GenogramScene()
    scene.label_mode = LabelMode.NAMES
    scene.year = 2026
    t0 = time.perf_counter()
    layout = layout_genogram(g, scene.options)
    t1 = time.perf_counter()
    scene.show_genogram(g, layout)
    t2 = time.perf_counter()
    view = GenogramView(scene)
    view.resize(args.width, args.height)
    view.show()
    # Zoom steps around the middle of the view (the index person), the densest place: the
    # wheel zooms around the cursor, which offscreen sits in a corner of the map.
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
    app.processEvents()
    port = view.viewport()
    image = QImage(port.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def repaint(step: Callable[[], None]) -> float:
        start = time.perf_counter()
        step()
        port.repaint()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    def grab(step: Callable[[], None]) -> float:
        step()
        start = time.perf_counter()
        port.grab()
        ms = (time.perf_counter() - start) * 1000
        app.processEvents()  # flush the step's own update outside the timed region
        return ms

    def render(step: Callable[[], None]) -> float:
        step()
        start = time.perf_counter()
        image.fill(QColor("white"))
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        ms = (time.perf_counter() - start) * 1000
        app.processEvents()
        return ms

    print(f"{len(g.persons)} persons, {len(g.unions)} couples, "
          f"{len(scene.items())} items; layout {1000 * (t1 - t0):.0f} ms, "
          f"scene build {1000 * (t2 - t1):.0f} ms; viewport {args.width}x{args.height}")
    print(f"{'scenario':<26} {'repaint median':>14} {'p95':>7} {'fps':>6}   "
          f"{'grab':>6} {'render':>7}  (ms/frame)")
    index = g.index_person
    centre = scene.persons[index.id] if index else next(iter(scene.persons.values()))
    worst = 0.0

    def scenario(name: str, setup: Callable[[], None], step: Callable[[int], None]) -> None:
        nonlocal worst
        columns = []
        for method in (repaint, grab, render):
            setup()
            app.processEvents()
            port.repaint()  # warm the item caches at the starting view
            times = [method(functools.partial(step, i)) for i in range(args.frames)]
            columns.append(times)
        primary = columns[0]
        median = statistics.median(primary)
        p95 = sorted(primary)[int(len(primary) * 0.95) - 1]
        worst = max(worst, median)
        print(f"{name:<26} {median:14.2f} {p95:7.2f} {1000 / median:6.0f}   "
              f"{statistics.median(columns[1]):6.2f} {statistics.median(columns[2]):7.2f}")

    def at(zoom: float) -> Callable[[], None]:
        def setup() -> None:
            view.resetTransform()
            view.scale(zoom, zoom)
            view.centerOn(centre)
        return setup

    def pan(i: int) -> None:
        # 40 steps of 6 px one way, then back, so the view stays over the same family.
        _pan(view, 6 if i % 80 < 40 else -6)

    def zoom(i: int) -> None:
        # 0.97 per step: 40 steps take 1.0 to 0.30 and the next 40 bring it back.
        view.zoom(0.97 if (i // 40) % 2 == 0 else 1 / 0.97)

    scenario("pan at zoom 1.00", at(1.0), pan)
    scenario("pan at zoom 0.50", at(0.5), pan)
    scenario("pan at zoom 0.30", at(0.3), pan)
    scenario("zoom 1.0 <-> 0.3", at(1.0), zoom)
    scenario("pan, whole map visible", view.fit, lambda i: _pan(view, 2 if i % 80 < 40 else -2))
    verdict = "met" if worst <= GOAL_MS else "NOT met"
    print(f"goal 60 fps (repaint median <= {GOAL_MS:.1f} ms in every scenario): {verdict}; "
          f"worst {worst:.2f} ms = {1000 / worst:.0f} fps")


def _pan(view: object, dx: int) -> None:
    bar = view.horizontalScrollBar()  # type: ignore[attr-defined]
    bar.setValue(bar.value() + dx)


if __name__ == "__main__":
    main()
