"""Frame time of the genogram editor's view panning and zooming a large family, offscreen.

Renders the real ``GenogramView`` viewport into a QImage (``view.render``) after each
transform change, as a screen repaint would, and prints ms/frame and fps for pan and zoom.
Goal (issue 4): 60 fps or better with 500 persons.

    QT_QPA_PLATFORM=offscreen python bench/genogram_ui.py [--persons 500] [--frames 120]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=500)
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=850)
    parser.add_argument("--method", choices=("grab", "render"), default="grab",
                        help="grab: repaint the viewport widget as the screen does (item "
                             "caches used); render: QGraphicsView.render into a QImage")
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
    app.processEvents()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)

    def frame() -> float:
        start = time.perf_counter()
        if args.method == "grab":
            view.viewport().grab()
        else:
            image.fill(QColor("white"))
            painter = QPainter(image)
            view.render(painter)
            painter.end()
        return (time.perf_counter() - start) * 1000

    def run(name: str, step: object) -> None:
        frame()  # warm the item caches at this zoom
        times = []
        for i in range(args.frames):
            step(i)  # type: ignore[operator]
            times.append(frame())
        mean = statistics.fmean(times)
        p95 = sorted(times)[int(len(times) * 0.95) - 1]
        print(f"{name:<28} {mean:7.2f} ms/frame  p95 {p95:6.2f} ms  {1000 / mean:7.1f} fps")

    print(f"{len(g.persons)} persons, {len(g.unions)} couples, "
          f"{len(scene.items())} items; layout {1000 * (t1 - t0):.0f} ms, "
          f"scene build {1000 * (t2 - t1):.0f} ms; viewport {args.width}x{args.height}, "
          f"method {args.method}")
    index = g.index_person
    centre = scene.persons[index.id] if index else next(iter(scene.persons.values()))
    for zoom in (1.0, 0.5):
        view.resetTransform()
        view.scale(zoom, zoom)
        view.centerOn(centre)
        run(f"pan at zoom {zoom:.2f}", lambda i: _pan(view, 6 if i % 80 < 40 else -6))
    view.resetTransform()
    view.centerOn(centre)
    run("zoom 1.0 <-> 0.3 (wheel)", lambda i: view.zoom(0.97 if (i // 40) % 2 == 0 else 1 / 0.97))
    view.fit()
    run(f"pan whole map (zoom {view.zoom_level():.2f})",
        lambda i: _pan(view, 2))


def _pan(view: object, dx: int) -> None:
    bar = view.horizontalScrollBar()  # type: ignore[attr-defined]
    bar.setValue(bar.value() + dx)


if __name__ == "__main__":
    main()
