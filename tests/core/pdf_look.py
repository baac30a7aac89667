"""PDFs rendered for a test, and written out as pages for people to look at."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

from kastdesk.report import document as d
from kastdesk.report.pdf import render_pdf

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def render(doc: d.Document) -> bytes:
    buffer = BytesIO()
    render_pdf(doc, buffer)
    return buffer.getvalue()


def look(data: bytes, name: str, dpi: int = 80) -> list[Path] | None:
    """``artifacts/screenshots/<name>.pdf`` and its pages as PNG: the pages' files, or None
    where pdftoppm is not installed."""
    if shutil.which("pdftoppm") is None:
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / name
    target.with_suffix(".pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(target.with_suffix(".pdf")),
                    str(target)], check=True)
    return sorted(SCREENSHOTS.glob(f"{name}-*.png"))
