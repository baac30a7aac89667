"""Draw one demo family twice: our layout, and the other choice the rules leave, made by hand.

The layout rules ask for zero breaches; in nearly every demo family something has to give.
Here the mother has an elder sister and a younger sibling (a miscarriage). Partners stand side
by side with nobody between them, so to keep birth order her younger sibling must stand beyond
the father's partners, and her parents, centred over all their children, move above the
middle; the miscarriage's line then crosses the father's family's line once. That is what
KastDesk's layout draws (its mending pass trades a birth-order breach for at most two
crossings). The other choice keeps the mother's family together on her side: the miscarriage
left of its sister, one birth-order breach and no crossing. This script writes both pictures
(docs/genogram-tradeoff.png, top: ours, bottom: the other choice by hand) and prints the rule
breaches and line crossings of each, measured by kastdesk.genogram.metrics.

Run: QT_QPA_PLATFORM=offscreen python tools/genogram_tradeoff.py
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from kastdesk.genogram import Genogram, Layout

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "genogram-tradeoff.png"

# By hand, on the editor's grid: the miscarriage left of its sister, beside its elder aunt,
# with its parents above the mother's family and the father's parents above theirs.
MOVES = {
    "miscarriage": (120.0, 200.0),
    "paternal uncle": (1560.0, 200.0),
    "maternal grandfather": (120.0, 0.0),
    "maternal grandmother": (240.0, 0.0),
    "paternal grandfather": (1320.0, 0.0),
    "paternal grandmother": (1440.0, 0.0),
}


def main() -> int:
    from kastdesk.genogram.demo import make_demo_genogram
    from kastdesk.genogram.layout import layout_genogram
    from kastdesk.ui.genogram.scene import EDITOR_LAYOUT

    g = make_demo_genogram(random.Random(3), "Client", "male")
    ours = layout_genogram(g, EDITOR_LAYOUT)
    coords = ours.coordinates()
    by_role = {(p.role or p.kind.value): pid for pid, p in g.persons.items()}
    positions = {by_role[role]: xy for role, xy in MOVES.items()}
    hand = replace(
        g,
        persons={
            pid: replace(p, position=positions.get(pid, coords[pid]))
            for pid, p in g.persons.items()
        },
    )
    drawn = layout_genogram(hand, EDITOR_LAYOUT)
    captions = [
        "KastDesk's layout: no rule breached; the miscarriage beyond the father's partners, "
        "its parents above the middle",
        "The other choice, by hand: one birth-order exception (the miscarriage left of its "
        "sister), no crossing",
    ]
    draw_stacked([(captions[0], g, ours), (captions[1], hand, drawn)], OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


def draw_stacked(
    rows: list[tuple[str, Genogram, Layout]], out_path: Path, scale: float = 1.0
) -> None:
    """Draw each (caption, family, layout) as the editor does, one below the other, to a PNG;
    prints each layout's breaches and crossings as the metric counts them."""
    from kastdesk.genogram.metrics import count_crossings, rule_breaches
    from kastdesk.ui.genogram.export import render_image
    from kastdesk.ui.genogram.scene import GenogramScene
    from kastdesk.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)  # type: ignore[arg-type]
    images = []
    for caption, model, lay in rows:
        c = lay.coordinates()
        b = rule_breaches(model, c, lay.options.symbol_size)
        print(f"breaches {b.total} {b}, crossings {count_crossings(model, c)}: {caption}")
        scene = GenogramScene()
        scene.show_genogram(model, lay)
        images.append((caption, render_image(scene, scale=scale)))
    width = max(i.width() for _, i in images)
    height = sum(i.height() + 40 for _, i in images)
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    font = QFont()
    font.setPointSize(14)
    font.setBold(True)
    painter.setFont(font)
    y = 0
    for caption, image in images:
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QPointF(20, y + 28), caption)
        painter.drawImage(QPointF(0, y + 40), image)
        y += image.height() + 40
    painter.end()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out.save(str(out_path))


if __name__ == "__main__":
    sys.exit(main())
